"""The numbers of self-numbering fields (AUTONUM, AUTONUMLGL, AUTONUMOUT, LISTNUM) and the characters of enclosing EQ
fields (带圈字符, :mod:`drafter.word.eqfields`), shown as Word shows them.

Word keeps no result for these fields: it counts them each time it lays the page out (a paragraph numbered
"AUTONUM" is saved with the field's code and nothing after it). :func:`show_numbers` counts them the way Word does
and writes each field's number as its result, as updating the fields would, so that every reader of the
paragraph's text sees the number the page shows. A result already stored is no number Word shows ("You cannot
manually update an AUTONUM field": Word counts again on opening): one the count differs from (left stale when
another such field was taken out or copied) gives way to the count. :func:`counted_without` counts them as they
will stand once some are taken out (a numbered preamble's), for a fix to say what the later ones show then.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from drafter.labels import word_number
from drafter.patterns import lazy
from drafter.word.elements import OxmlElement, qn
from drafter.word.eqfields import enclosed_text
from drafter.word.runtext import SELF_NUMBERING, Field, fields, w

_P, _R, _T, _RPR, _BODY = w("p"), w("r"), w("t"), w("rPr"), w("body")
_INSTR_TEXT, _FLD_SIMPLE, _INSTR = w("instrText"), w("fldSimple"), w("instr")
# the longer names first: "AUTONUMLGL" is no "AUTONUM"
_SELF_NUMBERING = lazy(r"^\s*(" + "|".join(sorted(SELF_NUMBERING, key=len, reverse=True)) + r")\b",
                       re.IGNORECASE)
_LEVELS = 9

# each level's number format and the text around it: Word's built-in lists for LISTNUM, and AUTONUMOUT's outline
_LIST_FORMS: dict[str, list[tuple[str, str, str]]] = {
    "NUMBERDEFAULT": [("", "decimal", ")"), ("", "lowerLetter", ")"), ("", "lowerRoman", ")"), ("(", "decimal", ")"),
                      ("(", "lowerLetter", ")"), ("(", "lowerRoman", ")"), ("", "decimal", "."),
                      ("", "lowerLetter", "."), ("", "lowerRoman", ".")],
    "OUTLINEDEFAULT": [("", "upperRoman", "."), ("", "upperLetter", "."), ("", "decimal", "."),
                       ("", "lowerLetter", ")"), ("(", "decimal", ")"), ("(", "lowerLetter", ")"),
                       ("(", "lowerRoman", ")"), ("(", "lowerLetter", ")"), ("(", "lowerRoman", ")")],
}
_FORMAT_SWITCH = {"arabic": "decimal", "alphabetic": "lowerLetter", "roman": "lowerRoman"}


class _Field:
    """One self-numbering field as its code reads: kind, list, level (1-based) and switches."""

    def __init__(self, code: str) -> None:
        words = code.split()
        self.kind = words[0].upper()
        self.list = "NUMBERDEFAULT"
        if self.kind == "LISTNUM" and len(words) > 1 and not words[1].startswith("\\"):
            self.list = words[1].strip('"').upper()
        self.level = _int_switch(code, "l") or 1
        self.start = _int_switch(code, "s") if self.kind == "LISTNUM" else None
        separator = re.search(r'\\s\s+"?([^"\s\\])', code)
        self.separator = separator.group(1) if separator and self.kind == "AUTONUM" else "."
        self.plain = bool(re.search(r"\\e\b", code))  # AUTONUMLGL \e: no final period
        chosen = re.search(r"\\\*\s+(\w+)", code)  # "\* roman" lower case, "\* ROMAN" upper case
        self.format = ""
        if chosen:
            name = chosen.group(1)
            self.format = _FORMAT_SWITCH.get(name.lower(), "decimal")
            if name.isupper():
                self.format = self.format.replace("lower", "upper")

    def key(self) -> tuple[str, str]:
        return (self.kind, self.list if self.kind == "LISTNUM" else "")

    def text(self, counts: list[int]) -> str:
        """The number Word shows for this field, ``counts`` being its list's counters, this field's level last."""
        level = len(counts) - 1
        value = counts[-1]
        if self.kind == "AUTONUMLGL":
            return ".".join(str(c) for c in counts) + ("" if self.plain else ".")
        if self.kind == "AUTONUM":
            return word_number(value, self.format or "decimal") + self.separator
        if self.kind == "LISTNUM" and self.list == "LEGALDEFAULT":
            return ".".join(str(c) for c in counts) + "."
        forms = _LIST_FORMS["OUTLINEDEFAULT" if self.kind == "AUTONUMOUT" or self.list == "OUTLINEDEFAULT"
                            else "NUMBERDEFAULT"]
        before, fmt, after = forms[min(level, _LEVELS - 1)]
        return before + word_number(value, self.format or fmt) + after


def field_level(code: str) -> int:
    """The level (1-based) a self-numbering field's ``code`` counts at: LISTNUM's \\l switch, else 1, the outline
    level of body text (AUTONUM numbers at the paragraph's outline level; its \\* switch changes the number's form
    only: " AUTONUM \\* roman " counts at level 1 as " AUTONUM " does, showing i., ii., iii.)."""
    return max(1, min(_Field(code).level, _LEVELS))


def _int_switch(code: str, name: str) -> int | None:
    found = re.search(rf"\\{name}\s*\"?(\d+)", code)
    return int(found.group(1)) if found else None


def _counted(body: Any, dropped: Any = ()) -> Iterator[tuple[Any, Field, str]]:
    """Each self-numbering field of ``body`` (a w:body element) in document order, with the w:p holding it and the
    number Word shows for it, the paragraphs ``dropped`` not counted (as though their fields were taken out)."""
    counters: dict[tuple[str, str], list[int]] = {}
    for p in body.iter(_P):
        if p in dropped:
            continue
        for found in fields(p):
            if not _SELF_NUMBERING.match(found.code):
                continue
            field = _Field(found.code)
            counts = counters.setdefault(field.key(), [0] * _LEVELS)
            level = max(1, min(field.level, _LEVELS)) - 1
            counts[level] = field.start if field.start is not None else counts[level] + 1
            for deeper in range(level + 1, _LEVELS):
                counts[deeper] = 0
            yield p, found, field.text([max(c, 1) for c in counts[:level]] + [counts[level]])


def show_numbers(body: Any) -> int:
    """Count the self-numbering fields of ``body`` (a w:body element) in document order and write the number of each
    field as its result where it has none or another (a stale one); returns how many results were written."""
    if not any(_SELF_NUMBERING.match(_code(element)) for element in body.iter(_INSTR_TEXT, _FLD_SIMPLE)):
        return 0
    written = 0
    for _, found, text in list(_counted(body)):
        stored = found.result()
        if stored.strip():
            if stored.strip() != text.strip() and _rewrite_result(found, text):
                written += 1
        # a complex field begun and ended in one run gets no result written (Word writes them apart)
        elif found.simple is not None or found.begin is not found.end:
            write_result(found, text)
            written += 1
    return written


def counted_without(dropped: list[Any]) -> dict[Any, list[tuple[str, str]]]:
    """The self-numbering fields of the document body that holds the w:p elements ``dropped``, by w:p, each as
    (its result as stored, the number Word will show for it once the fields of ``dropped`` are taken out: a
    numbered preamble's, whose numbers go while the clauses' count goes on without them); empty when nothing is
    dropped or the paragraphs stand in no body."""
    body = next(dropped[0].iterancestors(_BODY), None) if dropped else None
    out: dict[Any, list[tuple[str, str]]] = {}
    if body is None:
        return out
    for p, found, text in _counted(body, set(dropped)):
        out.setdefault(p, []).append((found.result(), text))
    return out


def show_enclosed(body: Any) -> int:
    """Write, as its result, what the page shows for each enclosing EQ field of ``body`` (a w:body element) that has
    no result ("eq \\o\\ac(○,1)" → "①"); returns how many results were written."""
    owners = {next(t.iterancestors(_P), None) for t in body.iter(_INSTR_TEXT) if "\\o" in (t.text or "")}
    written = 0
    for p in body.iter(_P):
        if p not in owners:
            continue
        for found in fields(p):
            shown = enclosed_text(found.code)
            if shown and not found.result() and (found.simple is not None or found.begin is not found.end):
                write_result(found, shown)
                written += 1
    return written


def _redrawn(code: str) -> bool:
    """A field Word computes anew at layout (its stored result is not what it keeps): self-numbering, enclosing."""
    return _SELF_NUMBERING.match(code) is not None or enclosed_text(code) is not None


def _code(element: Any) -> str:
    return (element.text or "") if element.tag == _INSTR_TEXT else (element.get(_INSTR) or "")


def _result_run(model: Any, text: str) -> Any:
    run = OxmlElement("w:r")
    rpr = model.find(_RPR) if model is not None else None
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    return run


def write_result(field: Field, text: str) -> None:
    """Write ``text`` as the result of ``field``, which has none (as updating the field would)."""
    if field.simple is not None:
        for run in list(field.simple.iter(_R)):  # an empty result run, if any, gives way to the number
            run.getparent().remove(run)
        field.simple.append(_result_run(None, text))
        return
    if field.separate is None:
        separate = OxmlElement("w:r")
        rpr = field.begin.find(_RPR)
        if rpr is not None:
            separate.append(copy.deepcopy(rpr))
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), "separate")
        separate.append(char)
        field.end.addprevious(separate)
    field.end.addprevious(_result_run(field.begin, text))


def _rewrite_result(field: Field, text: str) -> bool:
    """Make the stored result of ``field`` read ``text`` (in its first text run, the others emptied of text); False,
    and nothing changed, when a result run holds anything but text (a nested field, a tab)."""
    held = list(field.simple.iter(_R)) if field.simple is not None \
        else [run for run in field.result_runs if run is not field.end]
    if not held or not all(child.tag in (_T, _RPR) for run in held for child in run):
        return False
    first = next((run for run in held if run.find(_T) is not None), None)
    if first is None:
        return False
    for run in held:
        for t in run.findall(_T):
            if run is not first or t is not first.find(_T):
                run.remove(t)
    first.find(_T).text = text
    return True


def dissolve(p: Any, runs: list[Any]) -> bool:
    """Turn each self-numbering or enclosing field of the w:p ``p`` whose result holds one of ``runs`` into plain text (its result
    runs kept, its code taken out), so that an edit of that text is not undone when Word counts the field again.
    False (and ``p`` unchanged) when a field's code shares a run with text."""
    chosen = set(runs)
    doomed: list[Any] = []  # code and mark runs of the fields to dissolve
    unwrap: list[Any] = []  # simple fields to dissolve
    for field in fields(p):
        if not _redrawn(field.code):
            continue
        if field.simple is not None:
            if any(r in chosen for r in field.simple.iter(_R)):
                unwrap.append(field.simple)
        elif any(r in chosen for r in field.result_runs):
            doomed.extend(r for r in (field.begin, *field.code_runs, field.separate, field.end) if r is not None)
    if any(r in chosen or r.find(_T) is not None for r in doomed):
        return False
    for run in dict.fromkeys(doomed):
        run.getparent().remove(run)
    for simple in unwrap:
        for child in list(simple):
            simple.addprevious(child)
        simple.getparent().remove(simple)
    return True
