"""Make a batch of paragraph edits on a document opened by python-docx as one change: its paragraphs in
document order, a :class:`Checkpoint` to put the document back as it was when one edit of the batch fails, and
where the parts of a paragraph an edit split in two end."""

from __future__ import annotations

import copy
from typing import Any

from drafter.word import placement, runtext


def list_definitions(docx: Any) -> Any | None:
    """The w:numbering element of the python-docx document ``docx`` (None when it has no numbering part)."""
    try:
        return docx.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return None


def paragraph_positions(docx: Any) -> dict[Any, int]:
    """Every w:p of the document (in tables, text boxes and content controls too) → its place in document order."""
    return {p: i for i, p in enumerate(placement.paragraphs_in(docx.element))}


class Checkpoint:
    """The document's XML and its list definitions as they were when the checkpoint was taken."""

    def __init__(self, docx: Any) -> None:
        self._docx = docx
        self._kept = [(element, copy.deepcopy(element))
                      for element in (docx.element, list_definitions(docx)) if element is not None]

    def restore(self) -> list[Any]:
        """Put the document back as it was, once (the kept copy itself goes back in); return its w:p elements in
        document order (new elements: any paragraph element held from before the restore no longer belongs to it)."""
        for element, saved in self._kept:
            for child in list(element):
                element.remove(child)
            element.extend(list(saved))
        return placement.paragraphs_in(self._docx.element)


def next_element(p: Any) -> Any | None:
    """The element right after the w:p ``p`` in its parent (None at the end)."""
    return p.getnext()


def last_part(p: Any, following: Any) -> Any:
    """The last of the paragraphs a split made of the w:p ``p``: the one right before ``following``, the element that
    came after ``p`` before the split (the paragraphs between are its parts)."""
    last = p
    while last.getnext() is not None and last.getnext() is not following:
        last = last.getnext()
    return last


def drop_opening(p: Any, count: int) -> bool:
    """Take out the runs that hold the first ``count`` characters of the w:p ``p`` when they hold just those
    (a booklet's margin line number); False, and ``p`` unchanged, when they do not."""
    opening: list[Any] = []
    taken = 0
    for r in runtext.runs(p):
        if taken >= count:
            break
        opening.append(r)
        taken += len(runtext.run_text(r))
    if taken != count:
        return False
    for r in opening:
        r.getparent().remove(r)
    return True
