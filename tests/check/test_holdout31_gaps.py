"""Faults of the blind set holdout31 (#20): English drafts typed as by delegates whose first language is not English.
Each held by sentences of our own, with passing drafts beside it: an -ing form where the lead is the adjective in -ed
("Concerning that", "Deeply concerning about"); a lead phrase written in real words that are not its own ("Calls up
on", "Noting with concerns"); a capitalised article or preposition before a name right after the lead ("Recalling The
Kyoto Protocol", "Urges To all Member States"); the organ's name in small letters ("The general assembly,")."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: General Assembly Second Committee", "Topic: Glacial lake outburst floods",
        "Sponsors: Nepal, Peru", "Signatories: Bhutan, Switzerland", "The General Assembly,"]
OPERATIVE = ["1. Encourages Member States to map the glacial lakes above their mountain villages;",
             "2. Requests the Secretary-General to report on the implementation of the present resolution."]


def findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, str(f.message)) for f in report.findings if f.rule == rule]


# -- an -ing form where the adjective in -ed is the lead -------------------------------------------------------------

@pytest.mark.parametrize(("clause", "right"), [
    ("Concerning that several glacial lakes have doubled in size since 1990,", "Concerned"),
    ("Deeply concerning about the villages built below unstable moraine dams,", "Deeply concerned"),
    ("Alarming by the floods that destroyed two hydropower plants last summer,", "Alarmed by"),
    ("Convincing that early warning saves more lives than any wall,", "Convinced"),
])
def test_an_ing_form_where_the_adjective_is_meant_is_a_wrong_lead(lib: library.Library, tmp_path: Path, clause: str,
                                                                   right: str) -> None:
    paragraphs = [*HEAD, clause, *OPERATIVE]
    found = findings(make(tmp_path, paragraphs), lib, "lead-form")
    assert [p for p, _ in found] == [6]
    assert f"write {right.split()[0]!r}" in found[0][1] or f"write {right!r}" in found[0][1]


@pytest.mark.parametrize("clause", [
    "Encouraging the mountain communities that already watch their lakes,",  # a listed lead in -ing
    "Determining that the floods threaten regional peace and security,",
    "Convincing parties to share their satellite images of the glaciers,",  # a verb with its object, no adjective
    "Concerned that several glacial lakes have doubled in size since 1990,",
    "Deeply concerned about the villages built below unstable moraine dams,",
])
def test_listed_leads_and_a_verb_with_its_object_are_not_read_as_the_adjective(
        lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, *OPERATIVE]
    assert not [m for _, m in findings(make(tmp_path, paragraphs), lib, "lead-form") if "-ed" in m]


# -- a lead phrase in real words that are not its own ----------------------------------------------------------------

@pytest.mark.parametrize(("clause", "paragraph", "right"), [
    ("1. Calls up on Member States to map the glacial lakes above their villages;", 7, "Calls upon"),
    ("Noting with concerns that the lakes grow faster than the dams are studied,", 6, "Noting with concern"),
    ("Taking into accounts the cost of lowering a lake by a few metres,", 6, "Taking into account"),
    ("Bearing in minds the Sendai targets on early warning,", 6, "Bearing in mind"),
])
def test_a_lead_split_or_in_the_plural_is_misspelled(lib: library.Library, tmp_path: Path, clause: str, paragraph: int,
                                                      right: str) -> None:
    if clause.startswith("1."):
        paragraphs = [*HEAD, "Recalling its resolution on mountain development,", clause, OPERATIVE[1]]
    else:
        paragraphs = [*HEAD, clause, *OPERATIVE]
    found = findings(make(tmp_path, paragraphs), lib, "lead-misspelled")
    assert [p for p, _ in found] == [paragraph]
    assert repr(right) in found[0][1]


@pytest.mark.parametrize("clause", [
    "Taking into account the concerns of the communities living below the lakes,",
    "Bearing in mind its resolutions on sustainable mountain development,",
    "Noting with concern that the lakes grow faster than the dams are studied,",
])
def test_right_leads_with_plurals_after_them_are_no_slip(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, *OPERATIVE]
    assert "lead-misspelled" not in rules(make(tmp_path, paragraphs), lib)


def test_two_real_words_opening_a_paragraph_are_no_split_lead(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Recalling its resolution on mountain development,",
                  "1. Under lines of supply that cross the passes, the villages need stores of food;", OPERATIVE[1]]
    assert "lead-misspelled" not in rules(make(tmp_path, paragraphs), lib)


# -- a capitalised article or preposition before a name right after the lead -----------------------------------------

@pytest.mark.parametrize(("clause", "paragraph", "word"), [
    ("Recalling The Kyoto Protocol and its Adaptation Fund,", 6, "The"),
    ("Welcoming The United Nations Office for Disaster Risk Reduction's work on mountains,", 6, "The"),
    ("1. Urges To all Member States to map the glacial lakes above their villages;", 7, "To"),
])
def test_a_capital_article_or_preposition_before_a_name_is_found(lib: library.Library, tmp_path: Path, clause: str,
                                                                 paragraph: int, word: str) -> None:
    if clause.startswith("1."):
        paragraphs = [*HEAD, "Recalling its resolution on mountain development,", clause, OPERATIVE[1]]
    else:
        paragraphs = [*HEAD, clause, *OPERATIVE]
    found = findings(make(tmp_path, paragraphs), lib, "capital-after-lead")
    assert [p for p, _ in found] == [paragraph]
    assert repr(word) in found[0][1]


@pytest.mark.parametrize("clause", [
    "Recalling The Hague Convention on the protection of cultural property,",  # a city's name keeps its capital
    "Recalling “The Future We Want”, the outcome document of the Conference,",  # a quoted title
    "Recalling the Kyoto Protocol and its Adaptation Fund,",
    "Welcoming Nepal's work on early warning in the high valleys,",
])
def test_names_and_quoted_titles_after_the_lead_keep_their_capitals(lib: library.Library, tmp_path: Path,
                                                                     clause: str) -> None:
    paragraphs = [*HEAD, clause, *OPERATIVE]
    assert "capital-after-lead" not in rules(make(tmp_path, paragraphs), lib)


# -- the organ's name in small letters -------------------------------------------------------------------------------

@pytest.mark.parametrize(("organ", "right"), [
    ("The general assembly,", "The General Assembly"),
    ("the General Assembly,", "The General Assembly"),
    ("The Security council,", "The Security Council"),
])
def test_an_organ_line_in_small_letters_is_found(lib: library.Library, tmp_path: Path, organ: str,
                                                 right: str) -> None:
    paragraphs = [*HEAD[:4], organ, "Recalling its resolution on mountain development,", *OPERATIVE]
    found = findings(make(tmp_path, paragraphs), lib, "organ-line")
    assert [p for p, _ in found] == [5]
    assert "small letters" in found[0][1]
    report, doc = check.check_file(make(tmp_path, paragraphs), lib)
    finding = next(f for f in report.findings if f.rule == "organ-line")
    assert finding.fix == f"write {right!r}"


@pytest.mark.parametrize("organ", ["The General Assembly,", "THE GENERAL ASSEMBLY,", "The Security Council,"])
def test_an_organ_line_in_its_own_capitals_is_right(lib: library.Library, tmp_path: Path, organ: str) -> None:
    paragraphs = [*HEAD[:4], organ, "Recalling its resolution on mountain development,", *OPERATIVE]
    assert "organ-line" not in rules(make(tmp_path, paragraphs), lib)


def test_the_organ_line_message_has_a_chinese_form(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD[:4], "The general assembly,", "Recalling its resolution on mountain development,",
                  *OPERATIVE]
    report, _ = check.check_file(make(tmp_path, paragraphs), lib)
    finding = next(f for f in report.findings if f.rule == "organ-line")
    assert "大小写" in finding.said.zh


def test_an_organ_line_with_words_before_the_name_and_small_letters_is_mended_in_one_fix(
        lib: library.Library, tmp_path: Path) -> None:
    from drafter.check import fix
    from drafter.word import reader

    paragraphs = [*HEAD[:4], "The United Nations Security council,", "Recalling its resolution on mountain development,",
                  *OPERATIVE]
    report, doc = check.check_file(make(tmp_path, paragraphs), lib)
    assert [p for p, _ in findings(make(tmp_path, paragraphs), lib, "organ-line")] == [5, 5]
    fixed = tmp_path / "fixed.docx"
    fix.fix(report, doc, fixed, force=True)
    assert reader.read(fixed).paragraphs[4].text == "The Security Council,"
    assert "organ-line" not in rules(fixed, lib)
