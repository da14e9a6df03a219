"""A decision written as the UN writes one (holdout67, #20), tested with sentences of our own: one paragraph that opens
with the organ's name and runs on to its verb ("The Commission on the Status of Women, recalling …, decides:") over
lettered items is the decision's chapeau, its items its sub-paragraphs; the same paragraph with no items under it
is left as it was read (no body found)."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

HEAD = ["Commission on the Status of Women", "Seventy-first session", "Fiji and Peru: draft decision",
        "Priority theme of the seventy-second session"]
RUNNING = "The Commission on the Status of Women, recalling its earlier decisions on its themes, decides:"
ITEMS = ["(a) That the priority theme of its seventy-second session shall be the land rights of rural women;",
         "(b) To invite Member States to send experts on land registration to the interactive dialogue."]


def test_a_decision_in_one_paragraph_is_the_chapeau_of_its_items(tmp_path: Path, lib: library.Library) -> None:
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, RUNNING, *ITEMS])), lib)
    assert tree.decision is not None and tree.decision.text == RUNNING
    assert tree.operative == [tree.decision] and [c.label for c in tree.decision.children] == ["(a)", "(b)"]
    assert tree.organ is None and not tree.preamble and [n.text for n in tree.heading] == HEAD
    # with no items under it, the paragraph is no decision's chapeau
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, RUNNING[:-1] + " to defer the matter."], "no.docx")),
                          lib)
    assert tree.decision is None
