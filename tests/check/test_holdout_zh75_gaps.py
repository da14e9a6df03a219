"""Gaps of the blind set holdout-zh75 (#20, round 34: ordinary Chinese drafts of ECOSOC's functional commissions),
held by sentences of our own with passing drafts beside them:

* the instruments those commissions cite bare where no shape knows them as titles (ZH-P01): the 1988 drug
  convention and the Cairo Programme of Action, whose 和 / 与 reads as a description's word; the CCPCJ's standard
  minimum rules and the Fundamental Principles of Official Statistics, which end with no instrument word (规则, 原则);
  and such a title the draft writes in 《》 elsewhere, then bare: `title-marks`;
* a four-character lead whose modifier's second character is typed as a homophone (强列敦促 for 强烈敦促):
  `lead-misspelled`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：麻醉药品委员会", "议题：减少毒品需求", "起草国：葡萄牙、泰国", "附议国：秘鲁、加纳",
        "麻醉药品委员会，"]
PRE = "回顾其以往关于减少毒品需求的各项决议，"
OP = "1. 鼓励会员国扩大以社区为基础的治疗服务；"
LAST = "2. 决定在下届会议上继续审议这一问题。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# -- title-marks: the commissions' instruments typed bare -----------------------------------------------------------

@pytest.mark.parametrize(("line", "title"), [
    ("铭记联合国禁止非法贩运麻醉药品和精神药物公约关于前体管制的各项规定，", "联合国禁止非法贩运麻醉药品和精神药物公约"),
    ("重申国际人口与发展会议行动纲领对于减少孕产妇死亡的意义，", "国际人口与发展会议行动纲领"),
    ("铭记联合国囚犯待遇最低限度标准规则关于囚犯医疗的要求，", "联合国囚犯待遇最低限度标准规则"),
    ("强调官方统计基本原则对于编制毒品统计数据的指导作用，", "官方统计基本原则"),
])
def test_a_commission_instrument_typed_bare(lib: library.Library, tmp_path: Path, line: str, title: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, PRE, line, OP, LAST]), lib, "title-marks")
    assert [w for w, _ in found] == [8]
    assert f"《{title}》" in found[0][1]


def test_a_plain_title_the_draft_marks_elsewhere_then_bare(lib: library.Library, tmp_path: Path) -> None:
    lines = ["回顾大会通过的《联合国关于替代发展的指导原则》，", OP,
             "2. 请会员国在执行联合国关于替代发展的指导原则时照顾小农的利益；", LAST.replace("2.", "3.")]
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "title-marks")
    assert [w for w, _ in found] == [9]


def test_the_titles_in_marks_or_as_short_names_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = ["回顾《联合国囚犯待遇最低限度标准规则》（纳尔逊·曼德拉规则）和《官方统计基本原则》，",
             "又回顾《进一步执行国际人口与发展会议行动纲领的关键行动》，",
             "注意到各国监狱管理规则和统计工作原则差异很大，",
             "1. 鼓励会员国遵守《纳尔逊·曼德拉规则》和《国际人口与发展会议行动纲领》；", LAST]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "title-marks") == []


# -- lead-misspelled: a homophone in a four-character lead's modifier ------------------------------------------------

def test_a_homophone_in_the_modifier_of_a_four_character_lead(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "1. 强列敦促会员国扩大以社区为基础的治疗服务；", LAST]
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "lead-misspelled")
    assert [w for w, _ in found] == [8]
    assert "强烈敦促" in found[0][1]


def test_a_modifier_that_is_a_word_of_its_own_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "1. 强烈敦促会员国扩大以社区为基础的治疗服务；", "2. 大力鼓励会员国减少对吸毒者的污名化；",
             "3. 决定在下届会议上继续审议这一问题。"]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "lead-misspelled") == []
