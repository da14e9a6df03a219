"""Fields whose shown result an edit leaves stale: a table of contents lists the headings' text and numbers as they
were when Word last updated it. Flagging the field dirty (w:dirty, ECMA-376 17.16.18 and 17.16.19) makes Word
recompute it when it opens the file; LibreOffice keeps the result until Tools ▸ Update ▸ Update All."""

from __future__ import annotations

from typing import Any

from drafter.word.runtext import W

_FLD_CHAR, _INSTR_TEXT, _FLD_SIMPLE = f"{W}fldChar", f"{W}instrText", f"{W}fldSimple"
_TYPE, _INSTR, _DIRTY = f"{W}fldCharType", f"{W}instr", f"{W}dirty"


def _begins_of(root: Any, code: str) -> list[Any]:
    """The w:fldChar begins and the w:fldSimple elements of every field under ``root`` whose code opens with
    ``code`` (nested fields too)."""
    found: list[Any] = []
    begins: list[Any] = []  # the begin of each complex field open, the innermost last
    codes: list[str | None] = []  # its code so far; None once its separator is passed
    for element in root.iter(_FLD_CHAR, _INSTR_TEXT, _FLD_SIMPLE):
        if element.tag == _FLD_SIMPLE:
            if (element.get(_INSTR) or "").split()[:1] == [code]:
                found.append(element)
        elif element.tag == _INSTR_TEXT:
            if codes and codes[-1] is not None:
                codes[-1] += element.text or ""
        elif element.get(_TYPE) == "begin":
            begins.append(element)
            codes.append("")
        elif element.get(_TYPE) in ("separate", "end") and begins:
            read = codes[-1]
            if read is not None and read.split()[:1] == [code]:
                found.append(begins[-1])
            if element.get(_TYPE) == "end":
                begins.pop()
                codes.pop()
            else:
                codes[-1] = None
    return found


def mark_contents_stale(root: Any) -> int:
    """Flag every table-of-contents field under ``root`` for Word to update when it opens the file; return how
    many there are."""
    fields = _begins_of(root, "TOC")
    for element in fields:
        element.set(_DIRTY, "true")
    return len(fields)


def stale_contents(root: Any) -> int:
    """How many table-of-contents fields under ``root`` are flagged for Word to update."""
    return sum(1 for element in _begins_of(root, "TOC") if element.get(_DIRTY) in ("true", "1", "on"))
