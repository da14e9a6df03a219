"""Gaps of the blind set holdout-zh84 (#20, round 37: Chinese drafts of ECOSOC's functional commissions), held by
sentences of our own with passing drafts beside them:

* a commission's last clause passing a draft on to ECOSOC ("4. 建议经济及社会理事会通过下述决议草案：") over that draft
  (经济及社会理事会，, its preamble, its clauses numbered from 1): a text of its own, not more clauses of the
  commission's (no numbering finding), whose Chinese is still judged for half-width marks (ZH-P01); 下述 is the UN's
  "following" as 下列 and 以下 are;
* a Chinese organ line one or two characters off the body the heading's committee names (社会发展委会，, 妇女地为委员会，):
  the body's name written wrongly (ZH-B01, UN-B02);
* a two-character State's name with its second character typed as a homophone (乍德 for 乍得): `state-name` (ZH-H02);
* a title the draft writes in 《》 with its period in brackets (《……行动计划（2021—2030年）》) cited again bare: `title-marks`
  (ZH-P01).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


def _head(committee: str, sponsors: str = "乌拉圭、约旦、挪威", signatories: str = "马来西亚、冰岛") -> list[str]:
    return ["决议草案", f"委员会：{committee}", "议题：农村妇女与土地权利", f"起草国：{sponsors}", f"附议国：{signatories}"]


OWN = ["回顾其以往关于农村妇女的各项决议，", "认识到土地权利对于农村妇女的经济独立至关重要，",
       "1. 鼓励各国审查有关土地继承的法律；", "2. 请联合国粮食及农业组织提供技术支持；"]


@pytest.mark.parametrize("word", ["下述", "下列"])
def test_a_draft_passed_on_at_the_end_is_a_text_of_its_own(lib: library.Library, tmp_path: Path, word: str) -> None:
    path = make(tmp_path, [*_head("妇女地位委员会"), "妇女地位委员会，", *OWN,
                           f"3. 建议经济及社会理事会通过{word}决议草案：", "经济及社会理事会，",
                           "注意到妇女地位委员会关于农村妇女土地权利的工作，",
                           "1. 决定在2027年协调部分审议农村妇女的土地权利问题；", "2. 请秘书长向理事会提交报告。"])
    assert _findings(path, lib, "numbering-sequence") == []
    assert _findings(path, lib, "final-stop") == []


def test_a_half_width_mark_in_the_passed_on_draft_is_found(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head("妇女地位委员会"), "妇女地位委员会，", *OWN,
                           "3. 建议经济及社会理事会通过下述决议草案：", "经济及社会理事会，",
                           "注意到妇女地位委员会关于农村妇女土地权利的工作,",
                           "1. 决定在2027年协调部分审议农村妇女的土地权利问题；", "2. 请秘书长向理事会提交报告。"])
    assert [p for p, _ in _findings(path, lib, "half-width-zh")] == [13]


def test_a_clause_adopting_no_organs_text_still_counts_on(lib: library.Library, tmp_path: Path) -> None:
    # a clause passing a draft on with no organ line after it: the lines after it are still read as they were
    path = make(tmp_path, [*_head("妇女地位委员会"), "妇女地位委员会，", *OWN,
                           "3. 建议经济及社会理事会通过下述决议草案：", "1. 决定审议农村妇女问题；", "5. 请秘书长提交报告。"])
    assert _findings(path, lib, "numbering-sequence") != []


@pytest.mark.parametrize(("organ", "committee"), [("社会发展委会", "社会发展委员会"), ("妇女地为委员会", "妇女地位委员会")])
def test_an_organ_name_written_wrongly_is_said(lib: library.Library, tmp_path: Path, organ: str,
                                               committee: str) -> None:
    path = make(tmp_path, [*_head(committee), f"{organ}，", *OWN[:3], "2. 请秘书长提交报告。"])
    found = _findings(path, lib, "organ-line")
    assert [p for p, _ in found] == [6] and committee in found[0][1]


@pytest.mark.parametrize(("organ", "committee"), [("社会发展委员会", "社会发展委员会"), ("经济及社会理事会", "社会发展委员会"),
                                                  ("安全理事会", "安理会"), ("人口与发展委员会", "人口与发展委员会（大学组）")])
def test_an_organ_line_with_the_bodys_name_stays_clean(lib: library.Library, tmp_path: Path, organ: str,
                                                       committee: str) -> None:
    path = make(tmp_path, [*_head(committee), f"{organ}，", *OWN[:3], "2. 请秘书长提交报告。"])
    assert _findings(path, lib, "organ-line") == []


def test_a_two_character_name_typed_with_a_homophone_is_said(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head("妇女地位委员会", sponsors="乌拉圭、乍德、挪威"), "妇女地位委员会，", *OWN[:3],
                           "2. 请秘书长提交报告。"])
    found = _findings(path, lib, "state-name")
    assert [p for p, _ in found] == [4] and "乍得" in found[0][1]


def test_two_character_names_as_written_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head("妇女地位委员会", sponsors="乍得、加蓬、加纳、秘鲁"), "妇女地位委员会，", *OWN[:3],
                           "2. 请秘书长提交报告。"])
    assert _findings(path, lib, "state-name") == []


PLAN = "《联合国海洋科学促进可持续发展十年行动计划（2021—2030年）》"


def test_a_title_with_its_period_cited_again_bare_is_said(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head("妇女地位委员会"), "妇女地位委员会，", f"回顾{PLAN}，", OWN[1],
                           "1. 鼓励各国根据联合国海洋科学促进可持续发展十年行动计划支持沿海妇女；", "2. 请秘书长提交报告。"])
    assert [p for p, _ in _findings(path, lib, "title-marks")] == [9]


def test_a_title_with_its_period_cited_again_in_marks_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head("妇女地位委员会"), "妇女地位委员会，", f"回顾{PLAN}，", OWN[1],
                           "1. 鼓励各国根据《联合国海洋科学促进可持续发展十年行动计划》支持沿海妇女；", "2. 请秘书长提交报告。"])
    assert _findings(path, lib, "title-marks") == []
