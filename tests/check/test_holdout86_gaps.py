"""Faults and false alarms of the blind set holdout86 (#20): English drafts handed back after debate, the
amendments applied by hand. Held by sentences of our own, each with a passing text beside it: the heading of an
amendment left at the head of a clause or on a line of its own ("Amendment 3 by Chile:"), a vote's note after the
clause's end ("(Amendment 2, adopted 15-7-2)"), where a moved clause stood ("(formerly clause 2)"), a clause added
at the end numbered "NEW 3.", and an item inserted as "(b bis)" (UN-B07, UN-B10, MUN-A01, MUN-A04)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: General Assembly Second Committee", "Topic: Coastal dunes", "Sponsors: Chile, Senegal",
        "Signatories: Fiji, Norway", "The General Assembly,", "Recalling the Convention on Wetlands,"]
FIRST = "1. Encourages Member States to map their coastal dunes;"
LAST = "3. Requests the Secretary-General to report on the present resolution."


# -- notes of amendment of other shapes -------------------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "2. Amendment 3 by Chile: Invites coastal cities to restore dunes;",
    "2. Friendly amendment (Fiji): Invites coastal cities to restore dunes;",
    "2. Invites coastal cities to restore dunes; (Amendment 2, adopted 15-7-2)",
    "2. Invites coastal cities to restore dunes; (Amendment B by Fiji and Norway: passed)",
    "2. (formerly clause 3) Invites coastal cities to restore dunes;",
    "2. Invites coastal cities to restore dunes (previously operative paragraph 4);",
    "2. Invites coastal cities to restore dunes (moved from 3);",
])
def test_a_note_of_amendment_is_found(lib: library.Library, tmp_path: Path, clause: str) -> None:
    found = rules(make(tmp_path, [*HEAD, FIRST, clause, LAST]), lib)
    assert 8 in found.get("amendment-trace", []), found
    assert 8 not in found.get("operative-end", []), found


def test_an_amendment_line_of_its_own_is_found(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, FIRST, "2. Invites coastal cities to restore dunes;",
                  "Unfriendly amendment tabled by Norway and adopted by the committee:", LAST]
    assert 9 in rules(make(tmp_path, paragraphs), lib).get("amendment-trace", [])


@pytest.mark.parametrize("clause", [
    "2. Welcomes the amendments to the Convention adopted in 2024;",
    "2. Invites States to ratify the Amendment (amendment 5 to the Protocol, adopted in 2016);",
    "2. Invites Eswatini (formerly Swaziland) and Chile to share dune maps;",
    "2. Invites States to apply paragraph 4 (previously paragraph 5 of resolution 70/1);",
    "2. Invites States to explain how each amendment 2 proposal: would protect dunes;",
])
def test_words_like_a_note_of_amendment_are_none(lib: library.Library, tmp_path: Path, clause: str) -> None:
    found = rules(make(tmp_path, [*HEAD, FIRST, clause, LAST]), lib)
    assert "amendment-trace" not in found, found


# -- a clause added at the end and numbered "NEW 3." ------------------------------------------------------------------

@pytest.mark.parametrize("label", ["NEW 3.", "New 3.", "NEW 2."])
@pytest.mark.parametrize("line", [[], ["Friendly amendment submitted by Fiji and accepted by the sponsors:"]])
def test_a_clause_numbered_new_n_is_an_added_clause(lib: library.Library, tmp_path: Path, label: str,
                                                    line: list[str]) -> None:
    paragraphs = [*HEAD, FIRST, "2. Invites coastal cities to restore dunes;", *line,
                  f"{label} Requests the Secretary-General to report on the present resolution."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert 9 + len(line) in found.get("numbering-form", []), found
    assert "stray-full-stop" not in found, found


# -- an item inserted as "(b bis)" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("labels", [("(a)", "(b)", "(b bis)", "(c)"), ("a)", "b)", "(b-bis)", "c)")])
def test_an_item_numbered_b_bis_is_one_finding(lib: library.Library, tmp_path: Path, labels: tuple[str, ...]) -> None:
    items = ["protecting dune grasses;", "fencing off nesting sites;", "closing beach roads at night;",
             "training park wardens;"]
    paragraphs = [*HEAD, "1. Encourages Member States to protect their coastal dunes by:",
                  *[f"{label} {item}" for label, item in zip(labels, items)], LAST.replace("3.", "2.")]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("sub-label-sequence") == [10], found
    for rule in ("chapeau-colon", "sub-clause-single", "sub-end"):
        assert rule not in found, (rule, found)
