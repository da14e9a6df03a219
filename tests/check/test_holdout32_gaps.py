"""Faults of the blind set holdout32 (#20): English drafts typed for bodies other than the General Assembly's Main
Committees. Each held by sentences of our own, with passing drafts beside it: the Security Council's closing formula
("Decides to remain seized of the matter.") in the draft of a body that does not close so; a body whose own name is
a committee ("The Executive Committee,", "The Ad Hoc Committee on …,") taken for a committee of an organ; the record
of a vote typed under the text; the bare verb of a lead of several words ("Bear in mind that"); the operative verb
proposed after an adverb with a capital ("Further Encourages")."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

PREAMBLE = ["Noting that most landslides in the region follow heavy rain on deforested slopes,"]
OPERATIVE = ["1. Encourages Member States to map the slopes above their villages;"]


def head(committee: str, organ: str) -> list[str]:
    return [f"Committee: {committee}", "Topic: Landslide early warning", "Sponsors: Nepal, Peru",
            "Signatories: Bhutan, Colombia", organ]


def findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, str(f.message)) for f in report.findings if f.rule == rule]


# -- the Council's closing formula outside the Council ---------------------------------------------------------------

@pytest.mark.parametrize(("committee", "organ", "closing"), [
    ("World Health Assembly", "The World Health Assembly,", "2. Decides to remain actively seized of the matter."),
    ("UNESCO General Conference", "The General Conference,", "2. Decides to remain seized of the matter."),
    ("Commission on Population and Development", "The Commission on Population and Development,",
     "2. Further decides to remain seized of the matter."),
    ("Ad Hoc Committee on Landslides", "The Ad Hoc Committee on Landslides,",
     "2. Decides to remain actively seized of this matter."),
])
def test_the_councils_closing_formula_in_another_bodys_draft(lib: library.Library, tmp_path: Path, committee: str,
                                                            organ: str, closing: str) -> None:
    paragraphs = [*head(committee, organ), *PREAMBLE, *OPERATIVE, closing]
    found = findings(make(tmp_path, paragraphs), lib, "council-seized")
    assert [p for p, _ in found] == [8]
    assert "Security Council's closing formula" in found[0][1]


@pytest.mark.parametrize(("committee", "organ"), [
    ("Security Council", "The Security Council,"),
    ("General Assembly Second Committee", "The General Assembly,"),  # the Assembly has closed so itself
    ("Human Rights Council", "The Human Rights Council,"),  # and the Human Rights Council often does
])
def test_the_closing_formula_where_it_is_used(lib: library.Library, tmp_path: Path, committee: str,
                                              organ: str) -> None:
    paragraphs = [*head(committee, organ), *PREAMBLE, *OPERATIVE, "2. Decides to remain seized of the matter."]
    assert findings(make(tmp_path, paragraphs), lib, "council-seized") == []


def test_another_decision_of_a_body_is_no_closing_formula(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*head("World Health Assembly", "The World Health Assembly,"), *PREAMBLE, *OPERATIVE,
                  "2. Decides to remain engaged with the countries most at risk."]
    assert findings(make(tmp_path, paragraphs), lib, "council-seized") == []


def test_the_closing_formula_in_chinese(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["决议草案", "委员会：国际原子能机构大会", "议题：山体滑坡预警", "起草国：尼泊尔、秘鲁", "附议国：不丹",
                  "国际原子能机构大会，", "注意到该地区的大多数山体滑坡发生在毁林坡地降雨之后，",
                  "1. 鼓励各会员国绘制村庄上方坡地的地图；", "2. 决定继续积极处理此案。"]
    assert [p for p, _ in findings(make(tmp_path, paragraphs), lib, "council-seized")] == [9]
    paragraphs[1], paragraphs[5], paragraphs[8] = "委员会：大会第二委员会", "大会，", "2. 决定继续处理此案。"
    assert findings(make(tmp_path, paragraphs), lib, "council-seized") == []


@pytest.mark.parametrize(("committee", "organ", "closing"), [
    ("General Assembly Second Committee", "The General Assembly,",
     "2. Decides to remain actively seized of the matter."),
    ("Human Rights Council", "The Human Rights Council,", "2. Decides to remain actively seized of the matter."),
    ("委员会：大会第三委员会", "大会，", "2. 决定继续积极处理此案。"),
])
def test_actively_seized_is_the_councils_own_even_in_the_assembly(lib: library.Library, tmp_path: Path,
                                                                 committee: str, organ: str, closing: str) -> None:
    if organ == "大会，":
        paragraphs = ["决议草案", committee, "议题：山体滑坡预警", "起草国：尼泊尔、秘鲁", "附议国：不丹", organ,
                      "注意到该地区的大多数山体滑坡发生在毁林坡地降雨之后，", "1. 鼓励各会员国绘制村庄上方坡地的地图；", closing]
    else:
        paragraphs = [*head(committee, organ), *PREAMBLE, *OPERATIVE, closing]
    assert [p for p, _ in findings(make(tmp_path, paragraphs), lib, "council-seized")] == [len(paragraphs)]


# -- a body whose own name is a committee ----------------------------------------------------------------------------

@pytest.mark.parametrize(("committee", "organ"), [
    ("Executive Committee of the High Commissioner's Programme", "The Executive Committee,"),
    ("Ad Hoc Committee on Landslides", "The Ad Hoc Committee on Landslides,"),
    ("Committee on the Peaceful Uses of Outer Space", "The Committee on the Peaceful Uses of Outer Space,"),
    ("Special Committee on Decolonization", "The Special Committee,"),
])
def test_a_committee_that_is_a_body_of_its_own_opens_with_its_name(lib: library.Library, tmp_path: Path,
                                                                  committee: str, organ: str) -> None:
    paragraphs = [*head(committee, organ), *PREAMBLE, *OPERATIVE,
                  "2. Requests the Secretariat to report on progress at the next session."]
    assert [m for _, m in findings(make(tmp_path, paragraphs), lib, "organ-line") if "more than the organ" in m] == []


@pytest.mark.parametrize("organ", ["The Third Committee,", "The Disarmament and International Security Committee,",
                                   "The Social, Humanitarian and Cultural Committee,"])
def test_a_main_committee_in_the_organ_line_is_still_reported(lib: library.Library, tmp_path: Path,
                                                              organ: str) -> None:
    paragraphs = [*head("General Assembly Third Committee", organ), *PREAMBLE, *OPERATIVE,
                  "2. Requests the Secretary-General to report on progress."]
    assert [p for p, m in findings(make(tmp_path, paragraphs), lib, "organ-line") if "more than the organ" in m] == [5]


# -- a vote recorded under the text ----------------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Adopted by 11 votes in favour, 1 against, 3 abstentions",
    "Vote: 10 in favour, 2 against, 3 abstaining",
    "Passed unanimously",
    "Result: 14 in favor, none against",
])
def test_a_vote_typed_under_the_text(lib: library.Library, tmp_path: Path, note: str) -> None:
    paragraphs = [*head("Security Council", "The Security Council,"), *PREAMBLE, *OPERATIVE,
                  "2. Decides to remain seized of the matter.", note]
    found = findings(make(tmp_path, paragraphs), lib, "vote-after-text")
    assert [p for p, _ in found] == [9]
    assert "records no vote" in found[0][1]
    assert findings(make(tmp_path, paragraphs), lib, "signed-after-text") == []


def test_a_last_clause_about_votes_is_no_vote_record(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*head("Security Council", "The Security Council,"), *PREAMBLE, *OPERATIVE,
                  "2. Requests the Secretary-General to report on the votes cast in the provincial elections."]
    assert findings(make(tmp_path, paragraphs), lib, "vote-after-text") == []


def test_a_vote_typed_under_a_chinese_text(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["决议草案", "委员会：安全理事会", "议题：山体滑坡预警", "起草国：尼泊尔、秘鲁", "附议国：不丹",
                  "安全理事会，", "注意到该地区的大多数山体滑坡发生在毁林坡地降雨之后，", "1. 决定继续处理此案。",
                  "以11票赞成、4票弃权通过"]
    assert [p for p, _ in findings(make(tmp_path, paragraphs), lib, "vote-after-text")] == [9]


# -- the bare verb of a lead of several words ------------------------------------------------------------------------

@pytest.mark.parametrize(("clause", "right"), [
    ("Bear in mind that landslides kill more people each year than floods in the region,", "Bearing in mind"),
    ("Take into account the rainfall records kept by village schools,", "Taking into account"),
    ("Keep in mind the limited mobile coverage in the mountains,", "Keeping in mind"),
])
def test_the_bare_verb_of_a_lead_of_several_words(lib: library.Library, tmp_path: Path, clause: str,
                                                  right: str) -> None:
    paragraphs = [*head("World Health Assembly", "The World Health Assembly,"), clause, *OPERATIVE]
    found = findings(make(tmp_path, paragraphs), lib, "lead-form")
    assert [p for p, _ in found] == [6]
    assert f"write {right!r}" in found[0][1]


@pytest.mark.parametrize("clause", [
    "Bearing in mind that landslides kill more people each year than floods in the region,",
    "Taking into account the rainfall records kept by village schools,",
])
def test_the_leads_themselves_pass(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*head("World Health Assembly", "The World Health Assembly,"), clause, *OPERATIVE]
    assert findings(make(tmp_path, paragraphs), lib, "lead-form") == []


# -- the operative verb proposed after an adverb ---------------------------------------------------------------------

@pytest.mark.parametrize(("clause", "right"), [
    ("2. Further encouraging the sharing of rainfall data between neighbouring States;", "Further encourages"),
    ("2. Strongly encouraging donors to fund rain gauges in mountain schools;", "Strongly encourages"),
])
def test_the_verb_after_an_adverb_keeps_its_small_letter(lib: library.Library, tmp_path: Path, clause: str,
                                                         right: str) -> None:
    paragraphs = [*head("World Health Assembly", "The World Health Assembly,"), *PREAMBLE, *OPERATIVE, clause,
                  "3. Requests the Director-General to report on progress."]
    found = findings(make(tmp_path, paragraphs), lib, "lead-form")
    assert [p for p, _ in found] == [8]
    assert f"write {right!r}" in found[0][1]
