"""Cutting runs and rewriting their text: what --fix, tracked revisions and amendments do to runs. Offsets count
the text :mod:`drafter.word.runtext` reads (the one place that says which characters a run contributes)."""

from __future__ import annotations

import copy
from typing import Any

from drafter.word.runtext import INVISIBLE, XML_SPACE, current_runs, joined_runs, piece_text, shown_text, t_text_raw, w


def splittable(run: Any) -> bool:
    """Whether every child of ``run`` is text or properties, so it can be cut anywhere and rewritten."""
    return all(piece_text(child) is not None for child in run)


_PLAIN = (w("t"), w("rPr"), w("lastRenderedPageBreak"))
_KEPT = (w("rPr"), w("lastRenderedPageBreak"))  # a run's properties, and where Word last broke the page


def plain(run: Any) -> bool:
    """A run whose text comes only from w:t elements (safe to rewrite as one w:t; Word's record of where it last
    broke the page is kept beside it)."""
    return all(child.tag in _PLAIN for child in run)


def _raw_index(t: Any, visible: int) -> int:
    """The index in the raw text of w:t (markup removed) where its ``visible``-th visible character starts."""
    raw = t_text_raw(t)
    seen = 0
    for i, ch in enumerate(raw):
        if seen == visible:
            return i
        if ch not in INVISIBLE:
            seen += 1
    return len(raw)


def _set_raw(t: Any, raw: str) -> None:
    for markup in list(t):  # comments, processing instructions, entity references: never text
        t.remove(markup)
    t.text = raw or None  # an emptied w:t is written <w:t/> at once, as it is when read and saved again
    t.set(XML_SPACE, "preserve")


def split_run(run: Any, at: int) -> Any:
    """Split ``run`` so that its first ``at`` visible characters stay; return the new run (after it) with the rest.

    Children that are not text move whole to the side they stand on.
    """
    rest = copy.deepcopy(run)
    for child in list(rest):
        if child.tag != w("rPr"):
            rest.remove(child)
    pos = 0
    moving = False
    for child in list(run):
        if child.tag == w("rPr"):
            continue
        if moving:
            run.remove(child)
            rest.append(child)
            continue
        length = len(shown_text(child))
        if pos + length <= at:
            pos += length
            if pos == at and length:
                moving = True
            continue
        if child.tag == w("t"):
            raw = t_text_raw(child)
            cut = _raw_index(child, at - pos)
            tail = copy.deepcopy(child)
            _set_raw(child, raw[:cut])
            _set_raw(tail, raw[cut:])
            rest.append(tail)
        else:
            run.remove(child)
            rest.append(child)
        moving = True
        pos += length
    run.addnext(rest)
    return rest


def split_at(p: Any, offset: int, strict: bool = False, whole: bool = False) -> bool:
    """Make ``offset`` of the current text fall on a run boundary. With ``strict``, a run there that is not
    :func:`splittable` is left whole and the answer is False. With ``whole``, offsets count the
    :func:`joined` paragraph."""
    for run, start, end in (joined_runs(p) if whole else current_runs(p)):
        if start < offset < end:
            if strict and not splittable(run):
                return False
            split_run(run, offset - start)
            return True
    return True


def runs_between(p: Any, start: int, end: int) -> list[Any]:
    """The runs that make up [start, end) of the current text, split at both ends."""
    split_at(p, start)
    split_at(p, end)
    return [r for r, s, e in current_runs(p) if s >= start and e <= end]


def set_text(run: Any, text: str) -> None:
    """Make a :func:`splittable` run hold exactly ``text`` (in its first w:t; any other piece of text, another w:t
    or a tab, break or hyphen, is removed)."""
    for child in list(run):
        if child.tag != w("t") and child.tag not in _KEPT and piece_text(child) is not None:
            run.remove(child)
    ts = [child for child in run if child.tag == w("t")]
    if not ts:
        from lxml import etree

        ts = [etree.SubElement(run, w("t"))]
    _set_raw(ts[0], text)
    for extra in ts[1:]:
        run.remove(extra)
