"""Edit a paragraph (a w:p element) at character offsets of its current text.

An edit is a small value: :class:`Replace` text, :class:`Emphasise` text, :class:`Number` the paragraph with
Word's list in place of a typed label, move it to another Word list or level (:class:`SetList`), give its
runs an :class:`EastAsianFont`, or :class:`Split` it in two at a manual line break; or change the list definitions themselves (a
:data:`~drafter.word.listdesign.ListEdit`, made on numbering.xml by :func:`drafter.word.listdesign.apply`, never on a
paragraph). :func:`apply` carries out a paragraph's edit. Offsets count characters as
:mod:`drafter.word.runtext` does, over the whole paragraph the reader reads (:func:`~drafter.word.runtext.joined_runs`:
with the paragraphs before it whose marks are struck). Runs are split where an edit starts or
ends inside one, so everything else keeps its formatting and every character outside the edit is kept; a
run that cannot be split or rewritten safely (a field character, a drawing, a symbol) is left alone and
the edit is refused.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Literal

from drafter.word import fieldnumbers, runsplit, runtext
from drafter.word.elements import OxmlElement, qn
from drafter.word.listdesign import LIST_EDITS, ListEdit

Emphasis = Literal["italic", "bold", "underline"]


# w:rPr children in schema order, up to w:u: a new emphasis element goes before the first later one
_RPR_ORDER = ["w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
              "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
              "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs",
              "w:highlight", "w:u"]
_EMPHASIS_TAG: dict[Emphasis, str] = {"italic": "w:i", "bold": "w:b", "underline": "w:u"}


@dataclass(frozen=True)
class Replace:
    """Replace characters [start, end) with ``text``; with start == end, insert it there. ``counted``: the
    characters are the result of a self-numbering field (AUTONUM, LISTNUM) and ``text`` the number Word will count
    for it once the finding's other edits are made (a numbered preamble's field taken out): the field is kept and
    its result rewritten, where another edit of such a number makes the field plain text (Word would count it
    again)."""

    start: int
    end: int
    text: str
    counted: bool = False


@dataclass(frozen=True)
class Emphasise:
    """Make characters [start, end) italic, bold or underlined."""

    start: int
    end: int
    kind: Emphasis


@dataclass(frozen=True)
class Number:
    """Remove the typed label at [start, end) and number the paragraph with Word's list ``num_id`` at ``level`` (0,
    or the level at which a list linked to the heading styles numbers the clauses: Heading 2's)."""

    start: int
    end: int
    num_id: int
    level: int = 0


@dataclass(frozen=True)
class SetList:
    """Number the paragraph with Word's list ``num_id`` at ``level``; numId 0 takes Word's numbering away
    (also the numbering its style gives it). The text is not touched."""

    num_id: int
    level: int = 0


@dataclass(frozen=True)
class EastAsianFont:
    """Give every run of the paragraph an explicit East Asian font."""

    font: str


@dataclass(frozen=True)
class JoinNext:
    """Join the paragraph with the one right after it: that one's runs move to the end of this one (``between``
    the two texts unless either side has a space there: " " in English, "" in Chinese), and its paragraph mark
    goes; this paragraph keeps its properties (its style, its Word numbering)."""

    between: str = " "


@dataclass(frozen=True)
class Split:
    """End the paragraph at ``start`` and open a new paragraph after it at ``end``: the characters between (a
    manual line break and the spaces round it) go, the runs after ``end`` move whole to the new paragraph, which
    has the first's paragraph properties (its style, and its Word list, whose count it continues) and begins
    with ``label`` (a typed number) when one is given."""

    start: int
    end: int
    label: str = ""


Edit = Replace | Emphasise | Number | SetList | EastAsianFont | JoinNext | Split | ListEdit
_TRACKED = ("ins", "del", "moveFrom", "moveTo")


def apply(p: Any, edit: Edit) -> bool:
    """Carry out ``edit`` on the w:p element ``p``; False (and ``p`` unchanged) when it cannot be done safely."""
    from drafter.word import ooxml  # loaded on use: it loads python-docx, which a check that edits nothing never needs

    if isinstance(edit, EastAsianFont):
        set_east_asian_font(p, edit.font)
        return True
    if isinstance(edit, LIST_EDITS):
        return False  # made on numbering.xml (drafter.word.listdesign.apply), never on a paragraph
    if isinstance(edit, SetList):
        ooxml.set_numbering(p, edit.num_id, edit.level)
        return True
    if isinstance(edit, Number):
        if not replace(p, edit.start, edit.end, ""):
            return False
        ooxml.set_numbering(p, edit.num_id, edit.level)
        return True
    if isinstance(edit, Emphasise):
        return emphasise(p, edit.start, edit.end, edit.kind)
    if isinstance(edit, JoinNext):
        return join_next(p, edit.between)
    if isinstance(edit, Split):
        return split(p, edit.start, edit.end, edit.label)
    return replace(p, edit.start, edit.end, edit.text, edit.counted)


def right_to_left(edit: Edit) -> tuple[int, bool]:
    """Sort key for applying several edits to one paragraph: right to left, so earlier offsets stay valid,
    and emphasis before a replacement at the same place. Sort with ``reverse=True``."""
    start = 0 if isinstance(edit, (EastAsianFont, SetList, JoinNext, *LIST_EDITS)) else edit.start
    return start, isinstance(edit, Emphasise)


def replace(p: Any, start: int, end: int, text: str, counted: bool = False) -> bool:
    """Replace characters [start, end) of ``p`` with ``text`` (see :class:`Replace`; ``counted``: its field kept)."""
    runs = _runs_over(p, start, end)
    if runs is None:
        return False
    if not runs:
        return _insert(p, start, text)
    # a deletion takes the tabs and breaks inside its range with it ("1.<tab/>" typed before a clause); a
    # replacement rewrites plain text only, since its text cannot say where a tab or a break should stand
    if not all(runsplit.plain(r) or (not text and runsplit.splittable(r)) for r in runs) \
            or not (counted or fieldnumbers.dissolve(p, runs)):
        return False
    runsplit.set_text(runs[0], text)
    for r in runs[1:]:
        r.getparent().remove(r)
    return True


def join_next(p: Any, between: str = " ") -> bool:
    """Join ``p`` with the w:p right after it (see :class:`JoinNext`). Refused when no paragraph follows it
    directly, when either carries tracked changes or ends a section of the document."""
    following = p.getnext()
    if following is None or following.tag != runtext.w("p") or _tracked(p) or _tracked(following):
        return False
    if any(el.find(runtext.w("pPr") + "/" + runtext.w("sectPr")) is not None for el in (p, following)):
        return False
    before, after = runtext.current_text(p), runtext.current_text(following)
    if between and before and after and not before[-1].isspace() and not after[0].isspace() \
            and not _insert(p, len(before), between):
        return False
    for child in list(following):
        if child.tag != runtext.w("pPr"):
            p.append(child)
    following.getparent().remove(following)
    return True


def _tracked(p: Any) -> bool:
    """``p`` holds a tracked insertion, deletion or move, or its paragraph mark is struck or inserted."""
    return any(next(p.iter(runtext.w(tag)), None) is not None for tag in _TRACKED)


def split(p: Any, start: int, end: int, label: str = "") -> bool:
    """Split ``p`` in two (see :class:`Split`); False, and ``p`` unchanged, when it cannot be done safely: a
    paragraph joined to another by a struck mark, a run that cannot be cut, or a cut inside markup that holds
    text on both sides (a hyperlink, a tracked insertion)."""
    if runtext.joined(p) != [p] or not 0 < start <= end:
        return False
    cut = runtext.current_runs(p)
    if end >= (cut[-1][2] if cut else 0):
        return False
    if not all(runsplit.splittable(r) for r, s, e in cut if e > start and s < end):
        return False
    if not (runsplit.split_at(p, start, strict=True) and runsplit.split_at(p, end, strict=True)):
        return False
    pieces = runtext.current_runs(p)
    first_moved = next(r for r, s, _ in pieces if s == end)
    moving = first_moved
    while moving.getparent() is not p:
        moving = moving.getparent()
    if any(r is not first_moved and _inside(r, moving) for r, s, _ in pieces if s < end):
        return False  # markup round text on both sides of the cut: left for a person
    label_rpr = pieces[0][0].find(runtext.w("rPr"))  # a typed number looks like the paragraph's first run
    label_rpr = copy.deepcopy(label_rpr) if label_rpr is not None else None
    for r, s, e in pieces:
        if e > start and s < end:
            r.getparent().remove(r)
    new = OxmlElement("w:p")
    ppr = p.find(runtext.w("pPr"))
    if ppr is not None:
        new.append(copy.deepcopy(ppr))
        section = ppr.find(runtext.w("sectPr"))  # a section ends after the second paragraph now
        if section is not None:
            ppr.remove(section)
    following = moving
    while following is not None:
        after = following.getnext()
        new.append(following)
        following = after
    if label:
        run = OxmlElement("w:r")
        if label_rpr is not None:
            run.append(label_rpr)
        runsplit.set_text(run, label)
        new.insert(1 if ppr is not None else 0, run)
    p.addnext(new)
    return True


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def mirror_text_boxes(root: Any) -> int:
    """Make the VML copy of every text box Word writes twice (mc:AlternateContent: the DrawingML box under
    mc:Choice, its VML copy under mc:Fallback) hold the same paragraphs as the DrawingML one when their text
    differs (after edits made there: the reader reads that copy), so an editor that shows the fallback shows the
    edits too; return how many boxes were copied. A shape whose two copies hold different numbers of boxes is
    left alone."""
    copied = 0
    for alternate in root.iter(f"{_MC}AlternateContent"):
        choice, fallback = alternate.find(f"{_MC}Choice"), alternate.find(f"{_MC}Fallback")
        if choice is None or fallback is None:
            continue
        chosen, old = list(choice.iter(runtext.w("txbxContent"))), list(fallback.iter(runtext.w("txbxContent")))
        if len(chosen) != len(old):
            continue
        for box, stale in zip(chosen, old, strict=True):
            if _box_text(box) == _box_text(stale):
                continue
            for child in list(stale):
                stale.remove(child)
            stale.extend(copy.deepcopy(child) for child in box)
            copied += 1
    return copied


def _box_text(box: Any) -> list[str]:
    return [runtext.current_text(p) for p in box.iter(runtext.w("p"))]


def _inside(run: Any, top: Any) -> bool:
    """Whether ``run`` is ``top`` or inside it."""
    while run is not None:
        if run is top:
            return True
        run = run.getparent()
    return False


def _insert(p: Any, at: int, text: str) -> bool:
    """Put ``text`` at ``at`` (a run boundary) in a run of its own, formatted like the text just before it
    (like the text just after it at the start of the paragraph)."""
    all_runs = runtext.joined_runs(p)
    before = next((r for r, _, e in all_runs if e == at), None)
    after = next((r for r, s, _ in all_runs if s == at), None)
    neighbour = before if before is not None else after
    if neighbour is None or not runsplit.splittable(neighbour):
        return False
    run = OxmlElement("w:r")
    rpr = neighbour.find(runtext.w("rPr"))
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    runsplit.set_text(run, text)
    if before is not None:
        before.addnext(run)
    else:
        neighbour.addprevious(run)
    return True


def emphasise(p: Any, start: int, end: int, kind: Emphasis) -> bool:
    """Make characters [start, end) of ``p`` italic, bold or underlined (see :class:`Emphasise`)."""
    runs = _runs_over(p, start, end)
    if runs is None:
        return False
    for r in runs:
        _set_emphasis(r, kind)
    return True


def set_east_asian_font(p: Any, font: str) -> None:
    """Give every run of ``p`` that holds text an explicit East Asian font."""
    for r, _, _ in runtext.joined_runs(p):
        from drafter.word import ooxml  # loaded on use: it loads python-docx, as in apply

        ooxml.set_run_fonts(_rpr(r), east_asia=font)


def _runs_over(p: Any, start: int, end: int) -> list[Any] | None:
    """The runs covering [start, end) once split at both ends; None when a run there cannot be split."""
    if not (runsplit.split_at(p, start, strict=True, whole=True) and runsplit.split_at(p, end, strict=True, whole=True)):
        return None
    return [r for r, s, e in runtext.joined_runs(p) if e > start and s < end]


def _rpr(r: Any) -> Any:
    """The run's w:rPr, created when missing."""
    rpr = r.find(runtext.w("rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        r.insert(0, rpr)
    return rpr


def _set_emphasis(r: Any, kind: Emphasis) -> None:
    rpr = _rpr(r)
    tag = _EMPHASIS_TAG[kind]
    el = rpr.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        later = {qn(t) for t in _RPR_ORDER[_RPR_ORDER.index(tag) + 1:]}
        for child in list(rpr):
            if child.tag in later:
                child.addprevious(el)
                break
        else:
            rpr.append(el)
    el.set(qn("w:val"), "single" if kind == "underline" else "1")
