"""General causes behind the findings on the held-out student set holdout87 (real drafts of 2024 conferences found on
Scribd: three Security Council drafts on Gaza and a First Committee draft on artificial intelligence), each tested
with paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import OP1, OP2, findings
from docmaker import make

from drafter import library

TITLE = ["Draft Resolution 2.3", "Committee: Human Rights Council", "Topic: Protection of journalists"]
ORGAN = [("The Human Rights Council", "i"), (",", "")]
NOTING = [("Noting with concern", "i"), (" the growing number of journalists detained,", "")]
STRESSING = [("Stressing", "i"), (" the role of a free press in every society,", "")]


def _found(tmp_path: Path, lib: library.Library, paragraphs: list) -> list[tuple[int, str]]:
    """(paragraph, rule) of every finding, suggestions included."""
    return [(f.paragraph, f.rule) for f in findings(make(tmp_path, paragraphs), lib)]


# -- a list of names under its label alone on the line above, ended with a clause's mark -------------------------------

@pytest.mark.parametrize("names", ["Kenya, Peru, Ghana, Norway;", "Kenya, Peru, Ghana, Norway,", "Kenya;"])
def test_names_under_a_label_alone_may_end_with_a_clause_mark(tmp_path: Path, lib: library.Library,
                                                             names: str) -> None:
    """"Signatories:" alone and the names on the next line, which end with ";" or "," as a clause would: the field
    is filled, and its names are read (Kenya, a sponsor too, is listed on both lists). A sentence after the label is
    no list: the field stays empty."""
    found = _found(tmp_path, lib, [*TITLE, "Sponsors: Kenya, Chile", "Signatories:", names, ORGAN, NOTING,
                                   OP1, OP2])
    assert not [r for r in found if r[1] == "heading-missing"], found
    assert (6, "sponsor-signatory") in found
    found = _found(tmp_path, lib, [*TITLE, "Sponsors: Kenya, Chile", "Signatories:",
                                   "to be collected during the first session of the committee,", ORGAN, NOTING,
                                   OP1, OP2])
    assert (5, "heading-missing") in found


# -- a paragraph holding only a mark ---------------------------------------------------------------------------------

@pytest.mark.parametrize("mark", [".", ";", ","])
def test_a_paragraph_holding_only_a_mark_is_an_empty_clause(tmp_path: Path, lib: library.Library,
                                                            mark: str) -> None:
    """"." alone between the preamble and clause 1 holds no clause: empty-clause, and no end mark asked of it."""
    found = _found(tmp_path, lib, [*TITLE, "Sponsors: Kenya, Chile", "Signatories: Peru", ORGAN, NOTING, STRESSING,
                                   mark, OP1, OP2])
    assert (9, "empty-clause") in found
    assert (9, "preambular-end") not in found


# -- a stray capital glued before a lead ------------------------------------------------------------------------------

@pytest.mark.parametrize(("lead", "rest"), [("KNoting with concern", " the growing number of journalists detained,"),
                                            ("TStressing", " the role of a free press in every society,")])
def test_a_stray_capital_before_a_lead_is_a_misspelt_lead(tmp_path: Path, lib: library.Library, lead: str,
                                                          rest: str) -> None:
    """"KNoting with concern": a letter a PDF's text layer left before the lead; the lead is misspelt, not unknown.
    A clause opening with an acronym ("UNESCO's programmes …") is no lead with a stray letter."""
    found = _found(tmp_path, lib, [*TITLE, "Sponsors: Kenya, Chile", "Signatories: Peru", ORGAN, NOTING,
                                   [(lead, "i"), (rest, "")], OP1, OP2])
    assert (8, "lead-misspelled") in found
    assert (8, "lead-unknown") not in found
    found = _found(tmp_path, lib, [*TITLE, "Sponsors: Kenya, Chile", "Signatories: Peru", ORGAN, NOTING,
                                   "UNESCO's programmes on media literacy being of value,", OP1, OP2])
    assert (8, "lead-misspelled") not in found

