"""Gaps of the blind set holdout-zh63 (#20, round 32: Chinese drafts typed after the shapes of real Chinese
drafts), held by sentences of our own with passing drafts beside them:

* an operative clause written as an instruction, opening with the verb of the action itself (改进……, 扩大……, 加强……),
  the organ's operative verb dropped (UN-B06, ZH-B03): `operative-no-verb`, as a clause opening with a subject or a
  preposition already was; sub-clauses under a chapeau open with such verbs rightly, and a clause whose lead is the
  organ's (呼吁改进……) is right;
* two heading fields typed on one line, the second label after one space ("起草国：斐济、图瓦卢 附议国：……", as
  real drafts print them): the second label is a field of its own, so a State named twice among the sponsors is
  `sponsor-duplicate`, and the signatories are not read as one more sponsor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：小岛屿国家的灾后重建", "起草国：斐济、萨摩亚", "附议国：汤加、瓦努阿图",
        "大会，"]
PRE = "回顾其关于减少灾害风险的各项决议，"
LAST = "3. 请秘书长在下届会议上提交报告。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# -- operative-no-verb: the verb of the action where the organ's verb belongs ----------------------------------------

@pytest.mark.parametrize("clause", [
    "1. 改进灾后重建资金的申请程序；",
    "1. 扩大小岛屿国家获得优惠贷款的渠道；",
    "1. 加强区域预警中心之间的数据共享；",
    "1. 擴大小島嶼國家獲得優惠貸款的渠道；",
])
def test_a_clause_opening_with_the_verb_of_the_action_has_no_operative_verb(lib: library.Library, tmp_path: Path,
                                                                              clause: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, clause, "2. 鼓励会员国提供技术援助；", LAST])
    assert [w for w, _ in _findings(path, lib, "operative-no-verb")] == [8]


def test_a_chapeau_opening_with_the_verb_of_the_action_is_told_its_items_are_not(lib: library.Library,
                                                                                 tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 简化灾后重建资金的申请程序：", "(a) 统一各基金的申请表格；",
                           "(b) 缩短审批时间；", "2. 鼓励会员国提供技术援助；", LAST])
    assert [w for w, _ in _findings(path, lib, "operative-no-verb")] == [8]


def test_the_organs_verb_before_the_action_passes(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 呼吁简化灾后重建资金的申请程序：", "(a) 统一各基金的申请表格；",
                           "(b) 加强各基金之间的协调；", "2. 决定扩大小岛屿国家获得优惠贷款的渠道；", LAST])
    assert "operative-no-verb" not in rules(path, lib)


# -- two heading fields on one line --------------------------------------------------------------------------------

def test_a_state_twice_among_sponsors_on_a_line_with_the_signatories(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, ["决议草案1.2 委员会：大会第二委员会", "议题：小岛屿国家的灾后重建",
                           "起草国：斐济、图瓦卢、萨摩亚、图瓦卢 附议国：新西兰、葡萄牙", "大会，", PRE,
                           "1. 鼓励会员国提供技术援助；", "2. 请秘书长在下届会议上提交报告。"])
    found = _findings(path, lib, "sponsor-duplicate")
    assert [w for w, _ in found] == [3]
    assert "图瓦卢" in found[0][1]


def test_sponsors_and_signatories_on_one_line_are_two_lists(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, ["决议草案1.2 委员会：大会第二委员会", "议题：小岛屿国家的灾后重建",
                           "起草国：斐济、图瓦卢 附议国：新西兰、斐济", "大会，", PRE,
                           "1. 鼓励会员国提供技术援助；", "2. 请秘书长在下届会议上提交报告。"])
    found = rules(path, lib)
    assert "sponsor-duplicate" not in found
    assert "sponsor-signatory" in found  # 斐济 a sponsor and a signatory: the lists are read apart
