"""Faults of the blind set holdout101 (#20): English drafts by delegates whose first language is Spanish, French,
Portuguese, German or Italian. Each held by sentences of our own, with a passing draft beside it: a German low
opening quote „ closed by a straight " on a keyboard without the German closing mark (quote-unclosed); a THIMUN
heading typed with French spacing before its colons ("FORUM :", "QUESTION OF :"; heading-repeated,
heading-missing); sub-items labelled with a capital roman numeral and a dash ("I -", "II -", "III –": the Brazilian
inciso form; sub-label-style); a question mark ending a sentence inside a clause, with a second sentence after it
(stray-full-stop); the bench's sponsor-line sub-kind answered by sponsor-last-and."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Wildlife trafficking by air",
        "Sponsors: Austria, Kenya", "Signatories: Gabon, Viet Nam", "The Commission on Crime Prevention and Criminal Justice,",
        "Recalling the Convention on International Trade in Endangered Species of Wild Fauna and Flora,"]
LAST = "2. Requests the Executive Director to report on the matter."


# -- a low German quote closed by a straight mark ----------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    '1. Welcomes the campaign „Leave it wild" of the airports of the region;',
    '1. Welcomes the campaigns „Leave it wild" and „Not for sale" of the airports of the region;',
    '1. Welcomes the campaign „Leave it wild“ of the airports of the region;',  # the German pair, as before
])
def test_a_low_quote_closed_by_a_straight_mark_is_closed(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, LAST]
    assert "quote-unclosed" not in rules(make(tmp_path, paragraphs), lib)


def test_a_low_quote_left_open_is_still_reported(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "1. Welcomes the campaign „Leave it wild of the airports of the region;", LAST]
    assert 7 in rules(make(tmp_path, paragraphs), lib).get("quote-unclosed", [])


# -- a THIMUN heading typed with French spacing before its colons ------------------------------------------------------

THIMUN_SPACED = ["FORUM : Commission on Crime Prevention and Criminal Justice",
                 "QUESTION OF : Wildlife trafficking by air", "SUBMITTED BY : Austria",
                 "CO-SUBMITTERS : Gabon, Kenya, Viet Nam", "THE COMMISSION ON CRIME PREVENTION AND CRIMINAL JUSTICE,",
                 "Recalling the Convention on International Trade in Endangered Species of Wild Fauna and Flora,",
                 "1. Urges States to train customs officers at airports ;", LAST]


def test_heading_labels_with_a_space_before_the_colon_are_one_heading(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, THIMUN_SPACED), lib)
    assert "heading-repeated" not in found
    assert "heading-missing" not in found


@pytest.mark.parametrize("line", ["QUESTION OF : Wildlife trafficking by air", "QUESTION OF: Wildlife trafficking by air",
                                  "Question of Wildlife trafficking by air", "Submitted by : Austria"])
def test_a_label_before_a_spaced_colon_gives_one_field(line: str) -> None:
    from drafter.structure.heading import fields_in
    assert len(fields_in(line)) == 1


# -- sub-items labelled with a capital roman numeral and a dash (the Brazilian inciso) ---------------------------------

INCISOS = ["1. Requests the Executive Director to assist States, including through:",
           "I - the training of customs officers,", "II - scanners for the cargo of airports,",
           "III – a register of seizures;", LAST]


def test_roman_numerals_with_a_dash_are_each_a_sub_label(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*HEAD, *INCISOS]), lib)
    assert found.get("sub-label-style", []) == [8, 9, 10]
    assert "sub-clause-single" not in found


@pytest.mark.parametrize("text, value", [("II - the training of customs officers,", 2),
                                         ("III – a register of seizures;", 3), ("iv - a hotline,", 4)])
def test_a_roman_numeral_and_a_dash_is_read_as_a_label(text: str, value: int) -> None:
    from drafter.labelkinds import read_typed
    typed = read_typed(text)
    assert typed is not None and typed.kind == "roman" and typed.shape == "dash" and typed.value == value


@pytest.mark.parametrize("text", ["IV-drug users are at risk,", "XX-century treaties remain in force,",
                                  "CIVIC - a network of NGOs,"])
def test_words_with_a_dash_are_no_roman_label(text: str) -> None:
    from drafter.labelkinds import read_typed
    typed = read_typed(text)
    assert typed is None or typed.kind != "roman"


# -- a question mark with French spacing ending a sentence inside a clause ---------------------------------------------

@pytest.mark.parametrize("clause", [
    "1. Asks whether airports can afford scanners ? The Commission recommends a study of the costs;",
    "1. Urges States to act now ! Every seizure counts for the species;",
    "1. Asks whether airports can afford scanners\u00a0? The Commission recommends a study of the costs;",
])
def test_a_spaced_question_mark_inside_a_clause_is_found(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert 7 in rules(make(tmp_path, [*HEAD, clause, LAST]), lib).get("stray-full-stop", [])


@pytest.mark.parametrize("clause", [
    "1. Invites airports to display the question « Is it legal ? » beside their scanners ;",
    "1. Invites airports to ask travellers (is it legal ?) before they board ;",
    "1. Urges States to train customs officers at airports ;",
])
def test_a_spaced_mark_in_quotes_brackets_or_at_the_end_is_no_stray_stop(lib: library.Library, tmp_path: Path,
                                                                         clause: str) -> None:
    assert "stray-full-stop" not in rules(make(tmp_path, [*HEAD, clause, LAST]), lib)


# -- the bench: a sponsor line whose last two names a comma joins is answered by sponsor-last-and ----------------------

def test_a_sponsor_line_without_and_is_answered_by_sponsor_last_and() -> None:
    from students import bench_students
    note = ('"Fiji, Norway, Seychelles: draft resolution" - in the sponsor line the last two sponsors are joined by a '
            'comma, not "and"; «Fiji, Norway and Seychelles: draft resolution» (UN-H06)')
    kind, answering = bench_students.refine("other", note)
    assert "sponsor-last-and" in answering and "sponsor-line" in answering
