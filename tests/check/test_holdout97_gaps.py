"""General causes behind the misses and false alarms of the ninety-seventh held-out set (bench/students/holdout97:
drafts for committees that simulate specialised agencies' and treaty bodies' organs), each tested with paragraphs of
our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import Para, rules_at

from drafter import library


def _at(tmp_path: Path, lib: library.Library, paragraphs: list[Para], profile: str | None = None
        ) -> list[tuple[int, str]]:
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    return rules_at(folder, lib, paragraphs, profile)


def _lead(label: str, lead: str, rest: str) -> Para:
    return [(label, ""), (lead, "i"), (rest, "")]


def _draft(committee: str, organ: str, operative: list[Para], head: list[str] | None = None) -> list[Para]:
    """A conference draft: four heading lines (or ``head``), the organ line, two preambular paragraphs and the
    operative paragraphs given."""
    heading = head if head is not None else [f"Committee: {committee}", "Topic: Safe water in rural schools",
                                             "Sponsors: Ecuador, Jordan", "Signatories: Fiji, Latvia, Togo"]
    return [*heading, [(organ, "i"), (",", "")],
            _lead("", "Noting", " that one school in four has no safe drinking water,"),
            _lead("", "Recognizing", " the role of local water committees,"), *operative]


CLOSE = _lead("2. ", "Encourages", " Member States to publish school water data.")


# -- The organ line that names its session --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The General Conference of the International Labour Organization, meeting in its 110th Session, 2022",
    "The General Conference of the International Labour Organization, having met at its 109th Session",
    "THE GENERAL CONFERENCE OF THE INTERNATIONAL LABOUR ORGANIZATION, MEETING AT ITS 111TH SESSION, 2023"])
def test_an_organ_line_that_names_its_session_is_the_organ_line(tmp_path: Path, lib: library.Library,
                                                                line: str) -> None:
    """The ILO Conference's texts open with its name and the session it meets at: the organ line, not a missing one
    (the preamble after it no heading line)."""
    draft = _draft("International Labour Conference", line,
                   [_lead("1. ", "Invites", " the Governing Body to discuss rest breaks for drivers;"), CLOSE])
    found = _at(tmp_path, lib, draft)
    assert not [r for r in found if r[1] == "organ-line"], found


def test_a_long_line_with_no_session_is_still_no_organ_line(tmp_path: Path, lib: library.Library) -> None:
    """Only the session after the name lets a line longer than an organ's name stand as the organ line."""
    line = ("The General Conference of the International Labour Organization and the Governing Body of the "
            "International Labour Office together")
    draft = _draft("International Labour Conference", line,
                   [_lead("1. ", "Invites", " the Governing Body to discuss rest breaks for drivers;"), CLOSE])
    found = _at(tmp_path, lib, draft)
    assert [r for r in found if r[1] == "organ-line"], found


# -- "Decides" in a specialised agency's organ at a THIMUN conference ---------------------------------------------------

THIMUN = ["FORUM: {forum}", "QUESTION OF: Safe water in rural schools", "SUBMITTED BY: Ecuador",
          "CO-SUBMITTERS: Fiji, Jordan, Latvia"]


@pytest.mark.parametrize("forum, organ", [("IAEA General Conference", "THE GENERAL CONFERENCE"),
                                          ("World Health Assembly", "THE WORLD HEALTH ASSEMBLY"),
                                          ("International Labour Conference", "THE GENERAL CONFERENCE")])
def test_decides_is_the_word_of_an_agency_organ_too(tmp_path: Path, lib: library.Library, forum: str,
                                                    organ: str) -> None:
    """MUN-F09 keeps "Decides" for the Council against the Assembly's committees; a specialised agency's governing
    organ decides in its own right (a fund, a technical meeting)."""
    head = [line.format(forum=forum) for line in THIMUN]
    draft = _draft("", organ, [_lead("1. ", "Decides", " to convene a technical meeting on school water in 2028;"),
                               CLOSE], head)
    found = _at(tmp_path, lib, draft, "thimun")
    assert (8, "sc-only-phrase") not in found, found


def test_decides_stays_the_councils_in_a_commission(tmp_path: Path, lib: library.Library) -> None:
    head = [line.format(forum="Commission on the Status of Women") for line in THIMUN]
    draft = _draft("", "THE COMMISSION ON THE STATUS OF WOMEN",
                   [_lead("1. ", "Decides", " to convene a technical meeting on school water in 2028;"), CLOSE], head)
    found = _at(tmp_path, lib, draft, "thimun")
    assert (8, "sc-only-phrase") in found, found


# -- The General Assembly's organ line under an agency organ's heading ------------------------------------------------

@pytest.mark.parametrize("committee", ["World Health Assembly", "UNESCO General Conference",
                                       "International Labour Conference", "IAEA"])
def test_the_assemblys_organ_line_under_an_agency_organs_heading(tmp_path: Path, lib: library.Library,
                                                                 committee: str) -> None:
    """MUN-F01: a specialised agency's organ opens with its own name, not "The General Assembly,"."""
    draft = _draft(committee, "The General Assembly",
                   [_lead("1. ", "Requests", " the Director-General to collect school water data;"), CLOSE])
    found = _at(tmp_path, lib, draft)
    assert (5, "organ-line") in found, found


# -- The Health Assembly's "(1)" sub-paragraphs -------------------------------------------------------------------------

def _numbered_items(committee: str, organ: str) -> list[Para]:
    return _draft(committee, organ, [
        _lead("1. ", "URGES", " Member States:"), "(1) to test the water of every rural school each year;",
        "(2) to train teachers in safe water storage;", CLOSE])


def test_a_health_assembly_draft_numbers_its_sub_paragraphs(tmp_path: Path, lib: library.Library) -> None:
    """"(1) (2)" are the Health Assembly's own sub-paragraph labels ("URGES Member States: (1) to …;")."""
    found = _at(tmp_path, lib, _numbered_items("World Health Assembly", "The Eightieth World Health Assembly"))
    assert not [r for r in found if r[1] == "sub-label-style"], found


def test_numbered_sub_paragraphs_stay_a_fault_elsewhere(tmp_path: Path, lib: library.Library) -> None:
    found = _at(tmp_path, lib, _numbered_items("Human Rights Council", "The Human Rights Council"))
    assert [r for r in found if r[1] == "sub-label-style"], found


# -- A committee named by its letter -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["WORLD HEALTH ASSEMBLY – COMMITTEE B", "World Health Assembly - Committee A",
                                  "WHA Committee B"])
def test_a_main_committee_named_by_its_letter_is_the_committee_line(tmp_path: Path, lib: library.Library,
                                                                    line: str) -> None:
    head = [line, "Topic: Safe water in rural schools", "Sponsors: Ecuador, Jordan", "Signatories: Fiji, Latvia"]
    draft = _draft("", "The Eightieth World Health Assembly",
                   [_lead("1. ", "Requests", " the Director-General to collect school water data;"), CLOSE], head)
    found = _at(tmp_path, lib, draft)
    assert not [r for r in found if r[1] == "heading-missing"], found


# -- An officer the organ does not have -----------------------------------------------------------------------------

@pytest.mark.parametrize("committee, organ, officer", [
    ("World Health Assembly", "The Eightieth World Health Assembly", "the Secretary-General"),
    ("UNESCO General Conference", "The General Conference", "the Executive Director"),
    ("International Labour Conference", "The General Conference of the International Labour Organization",
     "the Secretary-General"),
    ("Human Rights Council", "The Human Rights Council", "the Director-General"),
    ("Third Committee", "The General Assembly", "the Director General")])
def test_an_officer_the_organ_does_not_have(tmp_path: Path, lib: library.Library, committee: str, organ: str,
                                            officer: str) -> None:
    """UN-B06: the organ acts through its own officers; another body's, by title alone, is a slip."""
    draft = _draft(committee, organ, [_lead("1. ", "Requests", f" {officer} to collect school water data;"), CLOSE])
    found = _at(tmp_path, lib, draft)
    assert (8, "officer-other-body") in found, found


@pytest.mark.parametrize("committee, organ, officer", [
    ("World Health Assembly", "The Eightieth World Health Assembly", "the Director-General"),
    ("IAEA General Conference", "The General Conference", "the Director General"),
    ("Human Rights Council", "The Human Rights Council", "the Secretary-General"),
    ("World Health Assembly", "The Eightieth World Health Assembly", "the Secretary-General of the United Nations"),
    ("Third Committee", "The General Assembly", "the Director-General of UNESCO"),
    ("United Nations Environment Assembly", "The United Nations Environment Assembly", "the Executive Director"),
    ("Committee A", "The Special Conference", "the Secretary-General")])
def test_an_organs_own_officer_or_one_named_with_its_body(tmp_path: Path, lib: library.Library, committee: str,
                                                          organ: str, officer: str) -> None:
    draft = _draft(committee, organ, [_lead("1. ", "Requests", f" {officer} to collect school water data;"), CLOSE])
    found = _at(tmp_path, lib, draft)
    assert (8, "officer-other-body") not in found, found


def test_a_chinese_health_assembly_draft_keeps_letters(tmp_path: Path, lib: library.Library) -> None:
    """ZH-B04: a Chinese draft labels sub-clauses with letters or roman numerals, the Health Assembly's too."""
    draft = ["委员会：世界卫生大会", "议题：农村学校的安全饮用水", "起草国：厄瓜多尔、约旦", "附议国：斐济、拉脱维亚",
             [("世界卫生大会", "b"), ("，", "")], [("注意到", "b"), ("四分之一的学校没有安全饮用水，", "")],
             [("1. ", ""), ("敦促", "b"), ("会员国：", "")], "（1）每年检测农村学校的饮用水；", "（2）培训教师安全储水；",
             [("2. ", ""), ("鼓励", "b"), ("会员国公布学校用水数据。", "")]]
    found = _at(tmp_path, lib, draft)
    assert [r for r in found if r[1] == "sub-label-style"], found
