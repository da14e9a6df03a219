"""General causes behind the findings of the twenty-sixth held-out student set (bench/students/holdout26: drafts
from a paste host, a published Google Doc and document hosts): typed bullets ("•") under a numbered operative
paragraph that was left open (no ";" or "." at its end, or a ":") are its items, even when an operative verb opens
them ("• Defines …"), not operative paragraphs numbered "•"; a heading that calls the text adopted ("Resolution
adopted by the Security Council") asks for no sponsor line (UN-D01); and a symbol or an agenda-item line that does
not fit the organ the text names (symbol-organ: "A/RES/…" on a Council text, UN-H01; "Agenda item" on a Council
text, UN-H05). Paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import rules_at

from drafter import library

GA_HEAD = ["Committee: Second Committee", "Topic: Rural broadband", "Sponsors: Chile, Ghana",
           "Signatories: Nepal, Peru"]
GA_ORGAN = [("The General Assembly", "i"), (",", "")]
NOTING = [("Noting", "i"), (" the gap in broadband coverage between towns and villages,", "")]
OP_LAST = [("3. ", ""), ("Invites", "u"), (" donors to fund community access points.", "")]


def _rules(found: set[tuple[int, str]], paragraph: int) -> set[str]:
    return {rule for at, rule in found if at == paragraph}


# -- bullets under a numbered clause left open ------------------------------------------------------------------

def test_bullets_under_an_open_numbered_clause_are_its_items(tmp_path: Path, lib: library.Library) -> None:
    """"1. Recognizing …, the committee" then "• Defines …" "• Further defines …;": two items, not clauses "•"."""
    open_clause = [("1. ", ""), ("Recognizing", "u"), (" the lack of a shared definition of rural coverage, the"
                                                       " committee", "")]
    first = [("• Defines rural coverage as a connection within five kilometres of every household", "")]
    second = [("• Further defines an access point as a public building with a shared connection;", "")]
    op2 = [("2. ", ""), ("Requests", "u"), (" the regional commissions to map coverage;", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, open_clause, first, second, op2, OP_LAST])
    for at in (8, 9):
        assert not _rules(found, at) & {"numbering-form", "numbering-sequence", "operative-end"}, found
        assert "sub-label-style" in _rules(found, at), found
    assert "sub-end" in _rules(found, 8), found  # the first item ends with no mark
    assert "chapeau-colon" in _rules(found, 7), found  # the clause announcing them lacks its ":"
    assert not _rules(found, 10) & {"numbering-sequence", "numbering-form"}, found  # "2." goes on from "1."


def test_bullets_under_a_numbered_clause_ending_with_a_colon_are_its_items(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    chapeau = [("1. ", ""), ("Calls upon", "u"), (" Member States:", "")]
    first = [("• Encourages operators to share towers;", "")]
    second = [("• Supports public access points in schools;", "")]
    op2 = [("2. ", ""), ("Requests", "u"), (" the regional commissions to map coverage;", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, chapeau, first, second, op2, OP_LAST])
    for at in (8, 9):
        assert not _rules(found, at) & {"numbering-form", "numbering-sequence"}, found


def test_a_bulleted_clause_after_a_closed_numbered_clause_is_still_a_clause(tmp_path: Path,
                                                                            lib: library.Library) -> None:
    """A clause that ends with ";" closes; a bullet before an operative lead after it is read as before: a clause
    marked "•" instead of numbered."""
    closed = [("1. ", ""), ("Requests", "u"), (" the regional commissions to map coverage;", "")]
    bulleted = [("• Encourages operators to share towers;", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, closed, bulleted, OP_LAST])
    assert _rules(found, 8) & {"numbering-form", "numbering-sequence"}, found


# -- an adopted text needs no sponsor line (UN-D01) -------------------------------------------------------------

SC_ORGAN = [("The Security Council", "i"), (",", "")]
SC_NOTING = [("Noting", "i"), (" the rise of attacks on hospital networks,", "")]
SC_OP1 = [("1. ", ""), ("Calls upon", "i"), (" all States to protect hospital networks;", "")]
SC_OP2 = [("2. ", ""), ("Decides", "i"), (" to remain seized of the matter.", "")]


def test_a_heading_that_says_adopted_asks_for_no_sponsors(tmp_path: Path, lib: library.Library) -> None:
    head = ["Riverside School Model United Nations 2024", "Security Council", "Topic: Attacks on hospitals",
            "Resolution adopted by the Security Council"]
    found = rules_at(tmp_path, lib, [*head, SC_ORGAN, SC_NOTING, SC_OP1, SC_OP2])
    assert "heading-missing" not in {rule for _, rule in found}, found


def test_a_draft_heading_still_asks_for_sponsors(tmp_path: Path, lib: library.Library) -> None:
    head = ["Riverside School Model United Nations 2024", "Committee: Security Council",
            "Topic: Attacks on hospitals"]
    found = rules_at(tmp_path, lib, [*head, SC_ORGAN, SC_NOTING, SC_OP1, SC_OP2])
    assert (1, "heading-missing") in found, found


# -- a symbol or an agenda-item line that does not fit the organ (UN-H01, UN-H05) -------------------------------

def test_an_assembly_symbol_on_a_council_text_is_told(tmp_path: Path, lib: library.Library) -> None:
    head = ["Riverside School Model United Nations A/RES/2024/7", "Security Council", "Agenda Item 2",
            "Resolution adopted by the Security Council"]
    found = rules_at(tmp_path, lib, [*head, SC_ORGAN, SC_NOTING, SC_OP1, SC_OP2])
    assert (1, "symbol-organ") in found, found
    assert (3, "symbol-organ") in found, found  # the Council has no agenda items


def test_the_organ_named_only_by_the_adoption_line_is_enough(tmp_path: Path, lib: library.Library) -> None:
    head = ["Riverside School Model United Nations A/RES/2024/7", "Security Council",
            "Resolution adopted by the Security Council"]
    found = rules_at(tmp_path, lib, [*head, SC_NOTING, SC_OP1, SC_OP2])
    assert (1, "symbol-organ") in found, found


def test_a_council_symbol_on_an_assembly_text_is_told(tmp_path: Path, lib: library.Library) -> None:
    head = ["S/RES/12 (2024)", "General Assembly", "Agenda item 19", "Rural broadband"]
    found = rules_at(tmp_path, lib, [*head, GA_ORGAN, NOTING, OP_LAST])
    assert (1, "symbol-organ") in found, found
    assert (3, "symbol-organ") not in found, found  # the Assembly's texts have agenda items


def test_a_symbol_that_fits_and_a_cited_resolution_are_left_alone(tmp_path: Path, lib: library.Library) -> None:
    head = ["Riverside School Model United Nations S/RES/7 (2024)", "Security Council",
            "Resolution adopted by the Security Council"]
    found = rules_at(tmp_path, lib, [*head, SC_ORGAN, SC_NOTING, SC_OP1, SC_OP2])
    assert "symbol-organ" not in {rule for _, rule in found}, found
    cited = ["Committee: Second Committee", "Topic: Follow-up to resolution S/RES/2417 (2018)",
             "Sponsors: Chile, Ghana", "Signatories: Nepal, Peru"]
    found = rules_at(tmp_path, lib, [*cited, GA_ORGAN, NOTING, OP_LAST])
    assert "symbol-organ" not in {rule for _, rule in found}, found


def test_no_organ_named_no_finding(tmp_path: Path, lib: library.Library) -> None:
    head = ["A/RES/2024/7", "Committee: Disarmament", "Topic: Drones"]
    found = rules_at(tmp_path, lib, [*head, NOTING, OP_LAST])
    assert "symbol-organ" not in {rule for _, rule in found}, found


def test_dash_marked_clauses_without_end_marks_stay_clauses(tmp_path: Path, lib: library.Library) -> None:
    """Clauses all marked "-" instead of numbered, the student's end marks left out: the second is no item of the
    first (only a clause ending with ":" announces items)."""
    first = [("- Requests the regional commissions to map coverage", "")]
    second = [("- Encourages operators to share towers", "")]
    third = [("- Invites donors to fund community access points.", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, first, second, third])
    assert "sub-label-style" not in _rules(found, 8), found
    assert _rules(found, 8) & {"numbering-form", "numbering-absent", "operative-unnumbered"}, found


def test_dash_items_under_a_dash_clause_ending_with_a_colon_are_its_items(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    chapeau = [("- Calls upon Member States:", "")]
    first = [("- Encourages operators to share towers;", "")]
    second = [("- Supports public access points in schools;", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, chapeau, first, second, OP_LAST])
    for at in (8, 9):
        assert not _rules(found, at) & {"numbering-form", "numbering-sequence"}, found
