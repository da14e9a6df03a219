"""General causes behind the findings on the held-out student set holdout93 (Civitas-form drafts: "Whereas" preambles
with no organ line, a resolving formula after the preamble and another between the clauses), each tested with
paragraphs of our own (UN-B01, UN-B02, MUN-F01)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library

HEAD = ["Re.: Clean water in rural schools", "Submitted to: Social Committee", "Submitted by: Ghana",
        "Date: March 3, 2026"]
PREAMBLE = [[("Noting", "i"), (" that one school in three has no safe drinking water,", "")],
            [("Recalling", "i"), (" its resolution 64/292 on the human right to water,", "")]]
CLAUSES = [[("1. ", ""), ("Urges", "u"), (" Member States to dig wells at rural schools;", "")],
           [("2. ", ""), ("Requests", "u"), (" the United Nations Children's Fund to train the school staff;", "")],
           [("3. ", ""), ("Invites", "u"), (" donors to fund the pumps for five years.", "")]]


# -- a resolving formula with "Now," / "Therefore," before it and any body's name after it stands in for the organ line

@pytest.mark.parametrize("formula", ["Therefore, be it resolved that the Social Committee:",
                                     "Now, therefore, be it resolved by the Special Political Committee:",
                                     "NOW, THEREFORE, BE IT HEREBY RESOLVED THAT THE YOUTH ASSEMBLY:"])
def test_a_resolving_formula_after_the_preamble_stands_in_for_the_organ_line(tmp_path: Path,
                                                                           lib: library.Library,
                                                                           formula: str) -> None:
    """No organ line before the preamble, and the legislature's formula where the operative part begins: one
    organ-line finding on that line, no preambular lead or end asked of it (as for "Be It Hereby Resolved That The
    General Assembly:")."""
    found = rules_at(tmp_path, lib, [*HEAD, *PREAMBLE, formula, *CLAUSES])
    assert found == [(7, "organ-line")], found


# -- the formula written again between two operative clauses ----------------------------------------------------------

@pytest.mark.parametrize("again", ["Be it further resolved that the Social Committee:", "Be it further resolved:"])
def test_a_resolving_formula_between_clauses_is_the_organ_line_again(tmp_path: Path, lib: library.Library,
                                                                     again: str) -> None:
    """"Be it further resolved …:" typed between clauses 2 and 3 is no wrapped line of clause 2: it is reported on
    its own line, and the clauses around it keep their numbers and ends."""
    formula = "Therefore, be it resolved that the Social Committee:"
    found = rules_at(tmp_path, lib, [*HEAD, *PREAMBLE, formula, *CLAUSES[:2], again, CLAUSES[2]])
    assert found == [(7, "organ-line"), (10, "organ-line")], found
    organ = [("The General Assembly", "i"), (",", "")]
    found = rules_at(tmp_path, lib, [*HEAD, organ, *PREAMBLE, *CLAUSES[:2], again, CLAUSES[2]])
    assert found == [(10, "organ-line")], found


def test_a_clause_that_opens_with_be_it_resolved_is_no_formula(tmp_path: Path, lib: library.Library) -> None:
    """A line of a clause that says more after the body's name ("… that the Committee must act,") is no formula:
    it stays a line of its clause."""
    organ = [("The General Assembly", "i"), (",", "")]
    wrapped = "be it resolved that the Committee must act on the report within a year;"
    found = rules_at(tmp_path, lib, [*HEAD, organ, *PREAMBLE, *CLAUSES[:2], wrapped, CLAUSES[2]])
    assert (10, "organ-line") not in found, found
