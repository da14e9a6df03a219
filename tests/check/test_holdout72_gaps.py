"""Faults of General Assembly committee drafts the checker missed on the blind set holdout72 (#20), held by
sentences of our own with a passing draft beside it: an operative clause whose last words are a modal with no verb
after it ("… a new body that will;") announces the items that finish its sentence, so the "1." "2." after it are its
sub-paragraphs numbered like clauses (not clauses counted again from 1), and its ";" is the chapeau's wrong mark."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: Disarmament and International Security Committee", "Topic: Small arms and light weapons",
        "Sponsors: Ghana, Peru", "Signatories: Chile, Mali, Nepal", "The General Assembly,",
        "Alarmed by the spread of small arms across borders,", "Recalling the Programme of Action of 2001,"]
LAST = "2. Requests the Secretary-General to report on the register at its next session."


@pytest.mark.parametrize("modal", ["will", "shall", "would"])
def test_items_numbered_after_a_modal_are_sub_paragraphs(lib: library.Library, tmp_path: Path, modal: str) -> None:
    path = make(tmp_path, [*HEAD, f"1. Establishes a regional register of brokers which {modal};",
                           "1. record every licence granted to a broker,", "2. publish a yearly list of them,",
                           "3. share the list with customs services;", LAST])
    found = rules(path, lib)
    assert found.get("chapeau-colon") == [8]
    assert found.get("sub-label-style") == [9, 10, 11]
    assert "numbering-sequence" not in found and "operative-end" not in found


def test_the_same_list_under_a_colon_and_letters_passes(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "1. Establishes a regional register of brokers that will:",
                           "(a) Record every licence granted to a broker;", "(b) Publish a yearly list of them;",
                           "(c) Share the list with customs services;", LAST])
    found = rules(path, lib)
    assert not {"chapeau-colon", "sub-label-style", "numbering-sequence", "operative-end"} & found.keys()


def test_a_clause_ending_with_a_full_verb_announces_nothing(lib: library.Library, tmp_path: Path) -> None:
    """A relative clause with its verb ("… that will follow;") ends the clause: the next "2." is a clause."""
    path = make(tmp_path, [*HEAD, "1. Welcomes the regional meetings that will follow;", LAST])
    found = rules(path, lib)
    assert not {"chapeau-colon", "sub-label-style", "numbering-sequence"} & found.keys()
