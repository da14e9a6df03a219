"""General causes behind the false alarms of the held-out student set holdout81 (drafts typed after UK, Irish,
Australian, New Zealand and South African conferences), each tested with paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import OP1, OP2, PRE, rules_at

from drafter import library
from drafter.structure.heading import bare_line, is_committee

GA_ORGAN = [("The General Assembly", "i"), (",", "")]
SC_ORGAN = [("The Security Council", "i"), (",", "")]
NOT_COMMITTEES = ["Special session on the world drug problem", "Eleventh emergency special session",
                  "Plenary session of the youth forum", "The special session on children"]


# -- an organ named with the sitting a conference simulates -------------------------------------------------------

@pytest.mark.parametrize("line", ["General Assembly Special Session", "Security Council Emergency Session",
                                  "GENERAL ASSEMBLY PLENARY", "Special Session of the General Assembly",
                                  "Eleventh Emergency Special Session of the General Assembly",
                                  "Human Rights Council Special Session"])
def test_an_organ_and_its_sitting_is_a_committee_line(line: str) -> None:
    """The organ named with its sitting is the committee; a sitting without an organ stays a title."""
    assert is_committee(line)
    assert bare_line(line) == "committee"
    assert not any(is_committee(other) for other in NOT_COMMITTEES)


def test_a_heading_naming_the_special_session_gives_the_committee(tmp_path: Path, lib: library.Library) -> None:
    head = ["Western Cape Schools Model UN", "General Assembly Special Session",
            "Topic: Access to water in informal settlements", "Sponsors: Lesotho, Namibia", "Signatories: Chile"]
    found = rules_at(tmp_path, lib, [*head, GA_ORGAN, PRE, OP1, OP2])
    assert not [r for r in found if r[1] == "heading-missing"]
    found = rules_at(tmp_path, lib, [head[0], *head[2:], GA_ORGAN, PRE, OP1, OP2])
    assert (1, "heading-missing") in found  # without the session's line the committee is not named


# -- a competition's numbered resolution with its title after a colon or a dash --------------------------------

@pytest.mark.parametrize("title", ["Resolution 3: The question of Western Sahara",
                                   "Resolution 1 – Cyber attacks on hospitals"])
def test_a_numbered_resolution_with_its_title_lists_no_sponsors(tmp_path: Path, lib: library.Library,
                                                                title: str) -> None:
    head = ["Schools Security Council Competition 2024", "Security Council", title]
    found = rules_at(tmp_path, lib, [*head, SC_ORGAN, PRE, OP1, OP2])
    assert not [r for r in found if r[1] == "heading-missing"]
    # a field for the submitters makes it a draft: left empty it is still reported
    found = rules_at(tmp_path, lib, [*head, "Sponsors:", SC_ORGAN, PRE, OP1, OP2])
    assert (4, "heading-missing") in found
    # a title in words after the word ("Resolution on …") is no number: the sponsors are still asked for
    found = rules_at(tmp_path, lib, [*head[:2], "Resolution on the question of Western Sahara", SC_ORGAN, PRE, OP1,
                                     OP2])
    assert (1, "heading-missing") in found
