"""Faults of the blind set holdout37 (#20): drafts handed to the chair in the middle of a negotiation, its markup
still in them. Each held by sentences of our own, with a passing draft beside it: words left in square brackets
("[Urges] [Encourages]", "[by 2030]", "[from Draft Resolution 2.4]"), a status mark "(agreed ad ref)", an "(Alt.)"
clause, a facilitator's note in a clause or on a line between clauses (rule negotiation-mark); a struck clause whose
number stands inside the strike marks (amendment-trace); a preambular paragraph tagged "PP2" (preambular-numbered);
a second list of sponsors kept from a merged draft (heading-repeated); words set off by capitals inside a
clause, "national AND REGIONAL plans" (emphasis-in-text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: General Assembly Third Committee", "Topic: Public libraries in rural areas",
        "Sponsors: Estonia, Malawi", "Signatories: Bhutan, Uruguay", "The General Assembly,",
        "Recalling the Universal Declaration of Human Rights,"]
LAST = "2. Requests the Secretary-General to report on the matter."


# -- the marks of an open negotiation ----------------------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "1. [Invites] [Encourages] Member States to open a library in every district;",
    "1. Invites Member States to open a library in every district [by 2035] [as soon as they can];",
    "1. Invites Member States to open a library in every [rural] district;",
    "1. [from Draft Resolution 2.4] Invites Member States to open a library in every district;",
    "1. Invites Member States to open a library in every district; (agreed ad ref)",
    "1. Invites Member States to open a library in every district [ad referendum];",
    "1. (Alt.) Invites Member States to open a library in every district;",
    "1. Invites Member States to open a library in every district (Note: Malawi to check the figures);",
])
def test_a_negotiation_mark_in_a_clause_is_found(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, LAST]
    assert 7 in rules(make(tmp_path, paragraphs), lib).get("negotiation-mark", [])


@pytest.mark.parametrize("line", ["NOTE: Estonia to propose wording on funding",
                                  "Facilitator's note: paragraph 2 still open"])
def test_a_note_between_clauses_is_found(lib: library.Library, tmp_path: Path, line: str) -> None:
    paragraphs = [*HEAD, "1. Invites Member States to open a library in every district;", line, LAST]
    assert 8 in rules(make(tmp_path, paragraphs), lib).get("negotiation-mark", [])


@pytest.mark.parametrize("clause", [
    "1. Invites Member States to apply the \"[free] access for all\" principle of the Manifesto;",
    "1. Invites Member States to open libraries that are \"open to all [sic]\" in every district;",
    "1. Invites Member States to study library designs (alternative models) for every district;",
    "1. Invites Member States to apply article 8 bis of the regional charter to libraries;",
    "1. Invites Member States to note that the figures were agreed by the regional bodies;",
    "1. Invites Member States to honour the promise of \u2018a library [for every child]\u2019 in every district;",
    "1. Invites Member States to open a library in every district [EK2] by 2035;",
])
def test_brackets_and_words_of_a_settled_text_are_no_negotiation_mark(lib: library.Library, tmp_path: Path,
                                                                      clause: str) -> None:
    paragraphs = [*HEAD, clause, LAST]
    assert "negotiation-mark" not in rules(make(tmp_path, paragraphs), lib)


def test_an_amendment_trace_is_said_once(lib: library.Library, tmp_path: Path) -> None:
    """A bracket that names an amendment is an amendment's trace, not also a negotiation mark."""
    clause = "1. Invites Member States to open a library in every district [friendly amendment: add \"rural\"];"
    found = rules(make(tmp_path, [*HEAD, clause, LAST]), lib)
    assert 7 in found.get("amendment-trace", [])
    assert "negotiation-mark" not in found


# -- a struck clause with its number inside the strike marks -----------------------------------------------------------

def test_a_struck_clause_with_its_number_is_found(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "1. Invites Member States to open a library in every district;",
                  "~~2. Encourages libraries to lend tablets to pupils;~~", "3. Requests the Secretary-General to "
                  "report on the matter."]
    assert 8 in rules(make(tmp_path, paragraphs), lib).get("amendment-trace", [])


# -- "PP2": a preambular paragraph tagged in the rolling text ----------------------------------------------------------

def test_a_preambular_paragraph_tagged_pp_is_found(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD[:5], "PP1 Recalling the Universal Declaration of Human Rights,",
                  "PP2 Noting that many villages have no library,", "1. Invites Member States to open a library in "
                  "every district;", LAST]
    found = rules(make(tmp_path, paragraphs), lib)
    assert {6, 7} <= set(found.get("preambular-numbered", []))
    assert "operative-unnumbered" not in found


def test_words_starting_with_pp_are_no_tag(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Noting that PPE is in short supply in rural clinics,", "1. Invites Member States to open a "
                  "library in every district;", LAST]
    assert "preambular-numbered" not in rules(make(tmp_path, paragraphs), lib)


# -- two lists of sponsors in a merged draft ---------------------------------------------------------------------------

def test_a_second_sponsor_list_of_a_merged_draft_is_found(lib: library.Library, tmp_path: Path) -> None:
    head = [HEAD[0], HEAD[1], "Sponsors (Draft Resolution 2.1): Estonia, Malawi", "Sponsors (Draft Resolution 2.4): "
            "Peru", *HEAD[3:]]
    paragraphs = [*head, "1. Invites Member States to open a library in every district;", LAST]
    assert rules(make(tmp_path, paragraphs), lib).get("heading-repeated") == [4]


def test_a_main_submitter_and_sponsors_are_no_second_list(lib: library.Library, tmp_path: Path) -> None:
    head = [HEAD[0], HEAD[1], "Submitted by: Estonia", "Sponsors: Malawi, Peru", *HEAD[3:]]
    paragraphs = [*head, "1. Invites Member States to open a library in every district;", LAST]
    assert "heading-repeated" not in rules(make(tmp_path, paragraphs), lib)


# -- words set off by capitals (a friendly amendment typed in so) ------------------------------------------------------

def test_words_typed_in_capitals_inside_a_clause_are_found(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "1. Invites Member States to open a library in every district AND VILLAGE;", LAST]
    assert 7 in rules(make(tmp_path, paragraphs), lib).get("emphasis-in-text", [])


@pytest.mark.parametrize("clause", [
    "1. Invites UNESCO and the IFLA to help Member States open a library in every district;",
    "1. INVITES MEMBER STATES TO OPEN A LIBRARY IN EVERY DISTRICT;",
    "1. Invites Member States to join the \"BOOKS FOR ALL\" campaign in every district;",
])
def test_acronyms_a_clause_in_capitals_and_quotations_are_not_set_off(lib: library.Library, tmp_path: Path,
                                                                     clause: str) -> None:
    paragraphs = [*HEAD, clause, LAST]
    assert "emphasis-in-text" not in rules(make(tmp_path, paragraphs), lib)
