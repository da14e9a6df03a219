"""Dash items under the line that stands in for the organ line ("Be It Hereby Resolved That The General Assembly:",
after the preamble, as a middle-school template writes it) are the operative paragraphs, marked instead of numbered
(holdout75, #20); tested with sentences of our own."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

HEAD = ["Re.: Clean water in rural schools", "Submitted to: General Assembly", "Submitted by: Peru",
        "Date: March 3, 2024", "Alarmed that one school in three has no drinking water,",
        "Noting that children walk far to fetch water,", "Be It Hereby Resolved That The General Assembly:"]


def test_dash_items_under_the_resolving_formula_are_operative_paragraphs(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    items = ["- We will dig wells beside every rural school;", "- Asks Member States to fund the wells."]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *items])), lib)
    assert tree.organ is not None and tree.organ.text == HEAD[-1] and not tree.organ.children
    assert [n.text for n in tree.operative] == items
    assert [(n.label, n.level, n.parent) for n in tree.operative] == [("-", 0, None), ("-", 0, None)]
    assert tree.operative[1].lead == "Asks"

    # numbered clauses after the formula are read as they were
    items = ["1. Requests Member States to dig wells beside rural schools;", "2. Asks donors to fund the wells."]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *items], "numbered.docx")), lib)
    assert [n.label for n in tree.operative] == ["1", "2"]
