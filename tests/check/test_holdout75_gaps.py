"""General causes behind the misses of the held-out set of pupils' and school clubs' drafts (bench/students/
holdout75), each tested with paragraphs of our own in the patterns those drafts take."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, rules_at

from drafter import library

# -- dash items under "Be It Hereby Resolved That The General Assembly:" are the operative clauses ------------------

CLUB_HEAD = ["Re.: Clean water in rural schools", "Submitted to: General Assembly", "Submitted by: Peru",
             "Date: March 3, 2024"]
CLUB_PREAMBLE = ["Alarmed that one school in three has no drinking water,",
                 "Noting that children walk far to fetch water,"]
RESOLVED = "Be It Hereby Resolved That The General Assembly:"


def test_dash_items_under_the_resolving_formula_are_judged_as_clauses(tmp_path: Path, lib: library.Library) -> None:
    items = ["- We will dig wells beside every rural school. Teachers will keep them clean;",
             "- Asks Member States to fund the wells."]
    found = rules_at(tmp_path, lib, [*CLUB_HEAD, *CLUB_PREAMBLE, RESOLVED, *items])
    first, second = 8, 9
    assert (first, "operative-no-verb") in found  # "We will dig …": no operative verb
    assert (first, "numbering-form") in found and (second, "numbering-form") in found  # a dash for a number
    assert (first, "stray-full-stop") in found  # "… school. Teachers will …"

    # numbered clauses after the formula are read as they were
    items = ["1. Requests Member States to dig wells beside rural schools;", "2. Asks donors to fund the wells."]
    found = rules_at(tmp_path, lib, [*CLUB_HEAD, *CLUB_PREAMBLE, RESOLVED, *items])
    assert not [r for r in found if r[1].startswith("numbering") or r[1] == "operative-no-verb"]


# -- a base-form operative verb ending in a double s ("Express", "Stress") ----------------------------------------

@pytest.mark.parametrize(("clause", "lead"), [("1. Express its deep regret for the lives lost;", "Express"),
                                               ("1. Stress the need for schools to stay open;", "Stress")])
def test_a_base_form_ending_in_double_s_is_the_wrong_form(tmp_path: Path, lib: library.Library, clause: str,
                                                         lead: str) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP2])
    assert (7, "lead-form") in found, lead
    # a noun ending in a double s opens no base form
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, "1. Access to water must be free for all;", OP2])
    assert (7, "lead-form") not in found


# -- "And" before a preambular lead, the clause ending in a colon: a preambular paragraph, no section heading ------

def test_and_before_a_preambular_lead_is_no_section_heading(tmp_path: Path, lib: library.Library) -> None:
    joined = "And determined to end hunger in our lifetime, we:"
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, joined, OP1, OP2])
    assert (7, "section-heading") not in found
    assert (7, "lead-form") in found  # "And" before the lead
    assert (7, "preambular-end") in found  # "we:" for a comma
