"""Gaps of the blind set holdout-zh77 (#20, round 35: Chinese drafts of the Security Council, a historical Council, a
crisis committee, the Human Rights Council, the IAEA Board and ECOSOC), held by sentences of our own with passing
drafts beside them:

* an officer addressed by title alone in Chinese (请秘书长 in a draft of the IAEA's or WHO's organs, 请总干事 in one of
  the United Nations' organs): `officer-other-body` read English only; the IAEA's and the ILO's organs were not
  known by their Chinese names;
* a crisis committee demanding in its own right (要求各航空公司……), named with words between 危机 and 委员会
  (危机联合应对委员会): `council-language` reported it as the Security Council's word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


def _head(committee: str, organ: str) -> list[str]:
    return ["决议草案", f"委员会：{committee}", "议题：老旧设施的安全管理", "起草国：阿根廷、挪威", "附议国：秘鲁、加纳",
            organ]


PRE = "注意到许多设施已运行四十年以上，"
LAST = "2. 鼓励各方分享经验。"


# -- officer-other-body: the officer addressed in Chinese -----------------------------------------------------------

@pytest.mark.parametrize(("committee", "organ", "clause", "own"), [
    ("国际原子能机构理事会", "理事会，", "1. 请秘书长就老化管理编写一份报告；", "总干事"),
    ("国际原子能机构大会", "大会，", "1. 又请秘书长向成员国通报进展；", "总干事"),
    ("世界卫生大会", "第七十九届世界卫生大会，", "1. 请秘书长制定一项全球行动计划；", "总干事"),
    ("国际劳工大会", "国际劳工组织大会，", "1. 请秘书长就此编写报告；", "总干事"),
    ("人权理事会", "人权理事会，", "1. 请总干事向特别报告员提供协助；", "秘书长"),
    ("安全理事会", "安全理事会，", "1. 请总干事每九十天提出一次报告；", "秘书长"),
])
def test_an_officer_the_organ_does_not_have(lib: library.Library, tmp_path: Path, committee: str, organ: str,
                                            clause: str, own: str) -> None:
    found = _findings(make(tmp_path, [*_head(committee, organ), PRE, clause, LAST]), lib, "officer-other-body")
    assert [w for w, _ in found] == [8]
    assert own in found[0][1]


@pytest.mark.parametrize(("committee", "organ", "clause"), [
    ("国际原子能机构理事会", "理事会，", "1. 请总干事就老化管理编写一份报告；"),
    ("国际原子能机构理事会", "理事会，", "1. 邀请联合国秘书长在其报告中提及这一问题；"),
    ("国际原子能机构理事会", "理事会，", "1. 请秘书长特别代表与机构合作；"),
    ("人权理事会", "人权理事会，", "1. 请秘书长向特别报告员提供协助；"),
    ("人权理事会", "人权理事会，", "1. 请教科文组织总干事分享数据；"),
    ("大会第三委员会", "大会，", "1. 请秘书长提交报告；"),
    ("安全理事会", "安全理事会，", "1. 表示注意到总干事的报告；"),
])
def test_the_own_officer_or_one_named_with_its_body_stays_clean(lib: library.Library, tmp_path: Path, committee: str,
                                                                organ: str, clause: str) -> None:
    path = make(tmp_path, [*_head(committee, organ), PRE, clause, LAST])
    assert _findings(path, lib, "officer-other-body") == []


# -- council-language: a crisis committee's demands -----------------------------------------------------------------

@pytest.mark.parametrize(("committee", "organ"), [
    ("2015年地中海移民危机联合应对委员会", "危机联合应对委员会，"),
    ("危机委员会（1962年）", "危机委员会，"),
    ("山火危机应对委员会", "山火危机应对委员会，"),
])
def test_a_crisis_committee_demands_in_its_own_right(lib: library.Library, tmp_path: Path, committee: str,
                                                      organ: str) -> None:
    lines = [*_head(committee, organ), PRE, "1. 要求各港口当局立即暂停所有船舶进出港；", LAST]
    assert _findings(make(tmp_path, lines), lib, "council-language") == []


@pytest.mark.parametrize(("committee", "organ"), [("人权理事会", "人权理事会，"), ("经济及社会理事会", "经济及社会理事会，")])
def test_another_body_demanding_is_still_reported(lib: library.Library, tmp_path: Path, committee: str,
                                                  organ: str) -> None:
    lines = [*_head(committee, organ), PRE, "1. 要求各国立即停止此类做法；", LAST]
    assert [w for w, _ in _findings(make(tmp_path, lines), lib, "council-language")] == [8]


def test_a_general_conference_under_a_heading_with_no_committee_label(lib: library.Library, tmp_path: Path) -> None:
    """大会， alone opens the IAEA's general conference's texts too: with no committee line saying whose draft it is,
    its 请总干事 is not read as the General Assembly's."""
    lines = ["决议草案", "国际原子能机构大会", "议题：老旧设施的安全管理", "起草国：阿根廷、挪威", "附议国：秘鲁、加纳",
             "大会，", PRE, "1. 请总干事就老化管理编写一份报告；", LAST]
    assert _findings(make(tmp_path, lines), lib, "officer-other-body") == []
