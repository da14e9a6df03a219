"""What the first wave of round 33 left (#20), held by sentences of our own with passing drafts beside them:

* a Chinese operative clause headed by a noun phrase and a colon, «3. 能力建设与培训：设立……», is a heading where the
  clause's verb belongs (`operative-no-verb`, UN-B06, ZH-B03), as the English «3. Funding: establishes …» already was;
  a clause that opens with its verb before a colon («1. 请秘书长：…», «2. 决定如下：…») stays clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区国家的水资源", "起草国：尼泊尔、秘鲁", "附议国：不丹、玻利维亚"]
ORGAN = "大会，"
PRE = "回顾其关于可持续山区发展的各项决议，"
OP = "1. 鼓励会员国加强冰川监测网络；"
LAST = "3. 决定在下届会议上继续审议这一问题。"


# -- a noun-phrase label and a colon where a Chinese clause's verb belongs -------------------------------------------

@pytest.mark.parametrize("clause", ["2. 能力建设与培训：设立区域培训中心，向山区国家的水文机构提供支持；",
                                    "2. 數據共享：建立區域冰川數據平台，供各國免費使用；",
                                    "2. 监测与预警：各国应在2028年前建立洪水预警系统；"])
def test_a_noun_label_before_a_chinese_clause_is_no_verb(lib: library.Library, tmp_path: Path, clause: str) -> None:
    found = rules(make(tmp_path, [*HEAD, ORGAN, PRE, OP, clause, LAST]), lib)
    assert found.get("operative-no-verb") == [9]


@pytest.mark.parametrize("clause", ["2. 请秘书长：在2027年前提交关于冰川融化的报告；",
                                    "2. 决定如下：设立山区国家水资源问题特别工作组；",
                                    "2. 强调：冰川监测应当覆盖所有山区国家；",
                                    "2. 请各国在以下领域开展合作：数据共享、预警和培训；"])
def test_a_chinese_clause_opening_with_its_verb_before_a_colon_stays_clean(lib: library.Library, tmp_path: Path,
                                                                            clause: str) -> None:
    found = rules(make(tmp_path, [*HEAD, ORGAN, PRE, OP, clause, LAST]), lib)
    assert "operative-no-verb" not in found


# -- a Chinese preambular clause broken after a comma inside it ------------------------------------------------------

@pytest.mark.parametrize("rest", ["以及山区社区面临的日益严重的缺水问题，", "并且各国的监测能力差异很大，",
                                  "包括小岛屿发展中国家和内陆发展中国家，", "尤其是高山地区的冰川湖溃决风险，"])
def test_a_chinese_preamble_broken_after_its_comma_is_found(lib: library.Library, tmp_path: Path, rest: str) -> None:
    path = make(tmp_path, [*HEAD, ORGAN, PRE, "关切地注意到冰川加速消融对下游供水造成的影响，", rest, OP,
                           "2. 请秘书长提交报告；", LAST])
    assert rules(path, lib).get("paragraph-broken") == [8]


@pytest.mark.parametrize("second", ["和平利用山区水资源对地区稳定至关重要，", "及时预警可以挽救许多生命，",
                                    "又回顾其关于山区国家的第78/150号决议，"])
def test_a_chinese_preamble_after_a_comma_opening_on_its_own_stays_one(lib: library.Library, tmp_path: Path,
                                                                       second: str) -> None:
    path = make(tmp_path, [*HEAD, ORGAN, PRE, "关切地注意到冰川加速消融对下游供水造成的影响，", second, OP,
                           "2. 请秘书长提交报告；", LAST])
    assert "paragraph-broken" not in rules(path, lib)
