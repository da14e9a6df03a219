"""General causes behind false alarms left over every set held (round 32, precision): each tested with paragraphs of
our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make

from drafter import library

THIMUN_HEADING: list[Para] = ["FORUM: General Assembly Sixth Committee", "QUESTION OF: Attacks on aid workers",
                              "SUBMITTED BY: Norway", "CO-SUBMITTERS: Chile, Ghana, Japan",
                              [("The General Assembly", "i"), (",", "")]]
UNA_HEADING: list[Para] = ["Committee: Third Committee", "Topic: Adult literacy", "Sponsors: Chile, Kenya",
                           "Signatories: Ghana, Peru", [("The General Assembly", "i"), (",", "")],
                           [("Noting", "i"), (" that many adults cannot read,", "")]]


# -- a preambular "Condemning" at a THIMUN-procedure conference (sc-only-phrase) -------------------------------------

def test_a_preambular_condemning_is_no_council_word(tmp_path: Path, lib: library.Library) -> None:
    # MUN-F09's list reserves the preambular Declaring and Deploring, not Condemning: the Assembly condemns too
    draft: list[Para] = [*THIMUN_HEADING,
                         [("Condemning", "i"), (" every attack on the staff of humanitarian organizations,", "")],
                         [("Strongly condemning", "i"), (" the killing of aid workers in armed conflict,", "")],
                         [("1. ", ""), ("Urges", "u"), (" Member States to protect aid convoys;", "")],
                         [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report on attacks.", "")]]
    assert "sc-only-phrase" not in rules(make(tmp_path, draft, "condemning.docx"), lib)


def test_the_reserved_words_stay_the_councils(tmp_path: Path, lib: library.Library) -> None:
    # the preambular Deploring and the operative Condemns stay reserved at such a conference
    draft: list[Para] = [*THIMUN_HEADING,
                         [("Deploring", "i"), (" every attack on the staff of humanitarian organizations,", "")],
                         [("1. ", ""), ("Condemns", "u"), (" the killing of aid workers in armed conflict;", "")],
                         [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report on attacks.", "")]]
    assert rules(make(tmp_path, draft, "deploring.docx"), lib).get("sc-only-phrase") == [6, 7]


# -- an operative clause marked with a bullet: one slip, one finding (numbering-form, not numbering-sequence too) ---

def test_a_bulleted_clause_is_one_numbering_finding(tmp_path: Path, lib: library.Library) -> None:
    draft: list[Para] = [*UNA_HEADING,
                         [("- ", ""), ("Encourages", "i"), (" Member States to fund evening classes for adults;", "")],
                         [("- ", ""), ("Requests", "i"), (" the Secretary-General to report on adult literacy.", "")]]
    found = rules(make(tmp_path, draft, "dashes.docx"), lib)
    assert found.get("numbering-form") == [7, 8]
    assert "numbering-sequence" not in found
    # a bullet among numbered clauses takes its place in the count: the numbers after it are right
    mixed: list[Para] = [*UNA_HEADING,
                         [("• ", ""), ("Encourages", "i"), (" Member States to fund evening classes for adults;", "")],
                         [("2. ", ""), ("Invites", "i"), (" donors to support public libraries;", "")],
                         [("3. ", ""), ("Requests", "i"), (" the Secretary-General to report on adult literacy.", "")]]
    found = rules(make(tmp_path, mixed, "bullet.docx"), lib)
    assert found.get("numbering-form") == [7]
    assert "numbering-sequence" not in found


def test_a_number_out_of_place_after_a_bullet_is_still_said(tmp_path: Path, lib: library.Library) -> None:
    # a bullet between clauses 1 and 3 stands second: the clause after it numbered "2." is out of place
    draft: list[Para] = [*UNA_HEADING,
                         [("1. ", ""), ("Encourages", "i"), (" Member States to fund evening classes for adults;", "")],
                         [("• ", ""), ("Invites", "i"), (" donors to support public libraries;", "")],
                         [("2. ", ""), ("Requests", "i"), (" the Secretary-General to report on adult literacy.", "")]]
    found = rules(make(tmp_path, draft, "bullet-between.docx"), lib)
    assert found.get("numbering-form") == [8]
    assert found.get("numbering-sequence") == [9]
