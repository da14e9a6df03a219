"""General causes behind the misses and the false alarm of the eightieth held-out student set
(bench/students/holdout80), each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP2, ORGAN, PRE, Para, rules_at

from drafter import library

# -- a topic's title numbered as an operative clause, a clause after it ----------------------------------------------

AFTER = [("2. ", ""), ("Calls upon", "u"), (" Member States to fund rural clinics;", "")]
LAST = [("3. ", ""), ("Urges", "u"), (" donors to report on their pledges.", "")]


@pytest.mark.parametrize("title", ["Funding Plan:", "Implementation Timeline:", "Phase One:"])
def test_a_numbered_title_between_clauses_is_a_section_heading(tmp_path: Path, lib: library.Library,
                                                               title: str) -> None:
    """"1. Funding Plan:" with "2. Calls upon …" after it: a heading numbered as a clause, not a chapeau missing its
    items, so section-heading says it and the clause end rules leave it alone."""
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, [("1. " + title, "")], AFTER, LAST])
    assert (7, "section-heading") in found
    assert not [r for r in found if r[0] == 7 and r[1] in ("operative-end", "chapeau-colon")]


def test_only_a_title_between_clauses_is_such_a_heading(tmp_path: Path, lib: library.Library) -> None:
    """A numbered chapeau opening with its lead ("1. Requests the Secretary-General:") stays a clause, and so does a
    title with lettered items of its own (a clause without its verb); the title between two clauses is a heading."""
    def at_seven(*paragraphs: Para) -> list[str]:
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        folder.mkdir()
        return [rule for at, rule in rules_at(folder, lib, [*EN_HEAD, ORGAN, PRE, *paragraphs]) if at == 7]

    chapeau = [("1. ", ""), ("Requests", "u"), (" the Secretary-General:", "")]
    assert "section-heading" not in at_seven(chapeau, "(a) to report on wells;", "(b) to report on filters;", OP2)
    assert "section-heading" not in at_seven([("1. Water Programmes:", "")], "(a) wells in rural districts;",
                                             "(b) filters for schools;", OP2)
    assert "section-heading" in at_seven([("1. Water Programmes:", "")], AFTER, LAST)


# -- a bare verb the phrase list lacks, with a State's name as its object --------------------------------------------

@pytest.mark.parametrize("clause", ["Send Malawi and Zambia mobile clinics", "Supply South Sudan with water filters",
                                    "Give Haiti three years to rebuild its schools"])
def test_a_bare_verb_before_a_state_is_a_command(tmp_path: Path, lib: library.Library, clause: str) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, [("1. " + clause + ";", "")], OP2])
    assert (7, "lead-form") in found


def test_a_state_as_a_subject_or_after_a_modal_is_no_command(tmp_path: Path, lib: library.Library) -> None:
    """A State opening its own sentence, a State's name after a noun, or after a modal (a question) makes no
    command; the same name after a bare verb does."""
    def lead_form(clause: str) -> bool:
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        folder.mkdir()
        return (7, "lead-form") in rules_at(folder, lib, [*EN_HEAD, ORGAN, PRE, [("1. " + clause + ";", "")], OP2])

    assert not lead_form("Japan will host a summit on clean water")
    assert not lead_form("Kenya Water Week shall take place every year")
    assert not lead_form("Can Malawi join the programme")
    assert lead_form("Send Malawi mobile clinics")
