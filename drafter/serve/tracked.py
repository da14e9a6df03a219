"""A draft as the room's screen shows it: each paragraph's label and its pieces of unchanged, inserted and
deleted text (from Word's tracked changes)."""

from __future__ import annotations

from typing import Any

from drafter.library import Library
from drafter.structure import read_structure
from drafter.word import placement, reader
from drafter.word.runtext import joined, revision_pieces


def draft_pieces(doc: reader.Document, lib: Library) -> list[dict[str, Any]]:
    """Every body paragraph of ``doc`` in order: {"label", "head", "pieces": [[kind, text], …]} with kind "",
    "ins" or "del", and ``head`` true for the heading block (the screen shows it small); empty paragraphs are
    left out."""
    # keyed by the w:p elements themselves, which keeps them alive: lxml makes a new proxy object for an element no
    # one holds, whose id() another element's proxy could take again
    labels = {_shown_at(p.element): p.label for p in doc.paragraphs if p.element is not None and p.label}
    structure = read_structure(doc, lib)
    heading = {node.para.element for node in structure.heading}
    out: list[dict[str, Any]] = []
    for p in placement.paragraphs_in(doc.docx.element.body):
        pieces = revision_pieces(p)
        if not any(text.strip() for _, text in pieces):
            continue
        out.append({"label": labels.get(p, ""), "head": p in heading,
                    "pieces": [[kind, text] for kind, text in pieces]})
    return out


def _shown_at(p: Any) -> Any:
    """The w:p that shows the start of ``p``'s paragraph once changes are accepted. When a paragraph is struck
    with the mark of the one before it, the reader's paragraph (numbered as Word numbers it) is the struck
    element; its text, and so its label, begins in the paragraph before."""
    for part in joined(p):
        if any(kind != "del" and text.strip() for kind, text in revision_pieces(part)):
            return part
    return p
