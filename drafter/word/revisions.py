"""Word's own tracked changes (w:ins / w:del), written into paragraphs of a .docx, and accepted.

python-docx has no API for revisions, so this module writes the few WordprocessingML elements
itself. Offsets are positions in a paragraph's *current* text: the text a reader sees once every
change is accepted (runs inside w:del are not part of it, runs inside w:ins are), counted the way
:mod:`drafter.word.reader` counts (a tab or a line break is one character).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from typing import Any

from drafter.word.runsplit import runs_between, split_at
from drafter.word.runtext import W_NS, XML_SPACE, current_runs, w

EMPHASIS_TAGS = {w("i"), w("iCs"), w("b"), w("bCs"), w("u")}
MARK_TAGS = {w("ins"), w("del"), w("moveFrom"), w("moveTo")}
RANGE_TAGS = {w(f"{k}Range{e}") for k in ("moveFrom", "moveTo") for e in ("Start", "End")}
# CT_PPr children that the schema places after w:rPr
AFTER_PARAGRAPH_RPR = {w("sectPr"), w("pPrChange")}


def timestamp(moment: dt.datetime | None = None) -> str:
    """A w:date value (UTC, seconds)."""
    moment = moment or dt.datetime.now(dt.UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Ids:
    """w:id values for revisions, unique within one document part."""

    def __init__(self, root: Any) -> None:
        used = [int(v) for el in root.iter() if (v := el.get(w("id"))) is not None and v.lstrip("-").isdigit()]
        self.next = max(used, default=0) + 1

    def take(self) -> int:
        value = self.next
        self.next += 1
        return value


MAX_AUTHOR = 255


def author_problem(name: str, lang: str = "en") -> str:
    """Why ``name`` cannot be a tracked change's author (XML cannot hold control characters), in ``lang``;
    "" if fine."""
    zh = lang == "zh"
    if not name.strip():
        return "为空" if zh else "is empty"
    if len(name) > MAX_AUTHOR:
        return f"超过 {MAX_AUTHOR} 个字符" if zh else f"is longer than {MAX_AUTHOR} characters"
    bad = next((c for c in name if (ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) < 0xE000
                                     or ord(c) in (0xFFFE, 0xFFFF))), None)
    if bad is not None:
        return f"含有控制字符 U+{ord(bad):04X}" if zh else f"holds the control character U+{ord(bad):04X}"
    return ""


@dataclass
class Author:
    """Who made a change and when: every mark it makes carries w:author and w:date."""

    name: str
    date: str
    ids: Ids

    def mark(self, tag: str) -> Any:
        from lxml import etree

        element = etree.Element(w(tag), nsmap={"w": W_NS})
        element.set(w("id"), str(self.ids.take()))
        element.set(w("author"), self.name)
        element.set(w("date"), self.date)
        return element


# -- writing changes ------------------------------------------------------------------------------


def _to_deleted(run: Any) -> None:
    for t in run.iter(w("t")):
        t.tag = w("delText")
        t.set(XML_SPACE, "preserve")
    for t in run.iter(w("instrText")):
        t.tag = w("delInstrText")


def wrap_runs(runs: list[Any], make: Any) -> None:
    """Wrap each group of adjacent sibling runs in a fresh element from ``make()``."""
    groups: list[list[Any]] = []
    for run in runs:
        if groups and groups[-1][-1].getnext() is run:
            groups[-1].append(run)
        else:
            groups.append([run])
    for group in groups:
        wrapper = make()
        group[0].addprevious(wrapper)
        for run in group:
            wrapper.append(run)


def delete_range(p: Any, start: int, end: int, author: Author) -> None:
    """Strike [start, end) of the current text as a tracked deletion."""
    if end <= start:
        return
    runs = runs_between(p, start, end)
    for run in runs:
        _to_deleted(run)
    wrap_runs(runs, lambda: author.mark("del"))


def mark_inserted(p: Any, start: int, end: int, author: Author) -> None:
    """Record existing text [start, end) as a tracked insertion (used by diff)."""
    if end <= start:
        return
    wrap_runs(runs_between(p, start, end), lambda: author.mark("ins"))


def new_run(text: str, like: Any = None, plain: bool = True) -> Any:
    """A w:r holding ``text`` with the run properties of ``like`` (emphasis removed when ``plain``)."""
    from lxml import etree

    run = etree.Element(w("r"), nsmap={"w": W_NS})
    rpr = like.find(w("rPr")) if like is not None else None
    if rpr is not None:
        rpr = copy.deepcopy(rpr)
        for child in list(rpr):
            if child.tag in MARK_TAGS or child.tag == w("rPrChange") or (plain and child.tag in EMPHASIS_TAGS):
                rpr.remove(child)
        run.append(rpr)
    _append_text(run, text)
    return run


def _append_text(run: Any, text: str) -> None:
    from lxml import etree

    pieces = text.replace("\r", "").split("\n")
    for i, line in enumerate(pieces):
        if i:
            etree.SubElement(run, w("br"))
        for j, chunk in enumerate(line.split("\t")):
            if j:
                etree.SubElement(run, w("tab"))
            if chunk:
                t = etree.SubElement(run, w("t"))
                t.text = chunk
                t.set(XML_SPACE, "preserve")


def _top(p: Any, element: Any) -> Any:
    while element.getparent() is not p:
        element = element.getparent()
    return element


TRACKED_WRAPPERS = ("ins", "moveTo")  # a tracked insertion cannot stand inside one of these: split it instead


def _insertion_point(p: Any, offset: int, author: Author) -> tuple[Any, str]:
    """Where new content for ``offset`` goes: (element, "after"|"before"), at the paragraph's top level.

    New text goes after deleted text that stands at the same place, so a reader sees the old words
    struck and then the new ones. An offset inside an earlier tracked insertion splits it there.
    """
    runs = current_runs(p)
    before = [r for r, s, e in runs if e <= offset]
    if before:
        anchor = _top(p, before[-1])
        if anchor is not before[-1] and anchor.tag in tuple(w(t) for t in TRACKED_WRAPPERS):
            anchor = _split_after(p, anchor, before[-1], author)
    else:
        ppr = p.find(w("pPr"))
        anchor = ppr
        if anchor is None:
            first = next((c for c in p), None)
            if first is None:
                return p, "append"
            return _skip_deleted(first, p)
    nxt = anchor.getnext()
    while nxt is not None and nxt.tag == w("del"):
        anchor = nxt
        nxt = anchor.getnext()
    return anchor, "after"


def _split_after(p: Any, wrapper: Any, run: Any, author: Author) -> Any:
    """Split the tracked insertion ``wrapper`` after ``run`` (and the deletions right after it) when current text
    follows inside it; return the part that ends there."""
    child = run
    while child.getparent() is not wrapper:
        child = child.getparent()
    while child.getnext() is not None and child.getnext().tag == w("del"):
        child = child.getnext()
    rest = list(child.itersiblings())
    if not any(t.text for node in rest for t in node.iter(w("t"))):
        return wrapper
    second = copy.copy(wrapper)
    for node in list(second):
        second.remove(node)
    second.set(w("id"), str(author.ids.take()))
    for node in rest:
        second.append(node)
    wrapper.addnext(second)
    return wrapper


def _skip_deleted(first: Any, p: Any) -> tuple[Any, str]:
    anchor = first
    if anchor.tag != w("del"):
        return anchor, "before"
    while anchor.getnext() is not None and anchor.getnext().tag == w("del"):
        anchor = anchor.getnext()
    return anchor, "after"


def _place(p: Any, offset: int, element: Any, author: Author) -> None:
    anchor, how = _insertion_point(p, offset, author)
    if how == "append":
        p.append(element)
    elif how == "before":
        anchor.addprevious(element)
    else:
        anchor.addnext(element)


def run_at(p: Any, offset: int) -> Any:
    """The run that gives formatting to text typed at ``offset`` (the one before it, else the first)."""
    runs = current_runs(p)
    before = [r for r, s, e in runs if s < offset]
    if before:
        return before[-1]
    if runs:
        return runs[0][0]
    deleted = p.find(f".//{w('r')}")
    return deleted


def insert_text(p: Any, offset: int, text: str, author: Author, like: Any = None, plain: bool = True) -> Any:
    """Insert ``text`` at ``offset`` of the current text as a tracked insertion; return the w:ins."""
    split_at(p, offset)
    like = like if like is not None else run_at(p, offset)
    ins = author.mark("ins")
    ins.append(new_run(text, like, plain))
    _place(p, offset, ins, author)
    return ins


def insert_deleted_text(p: Any, offset: int, text: str, author: Author, like: Any = None) -> None:
    """Put ``text`` at ``offset`` as struck-out text (text of the old version, used by diff)."""
    split_at(p, offset)
    like = like if like is not None else run_at(p, offset)
    run = new_run(text, like, plain=False)
    _to_deleted(run)
    deleted = author.mark("del")
    deleted.append(run)
    _place(p, offset, deleted, author)


def insert_deleted_pieces(p: Any, offset: int, pieces: list[tuple[str, Any]], author: Author) -> None:
    """Put struck-out text at ``offset``, one run for each (text, run to copy formatting from) of ``pieces``: text
    of the old version keeps the formatting of its old runs (used by diff)."""
    split_at(p, offset)
    deleted = author.mark("del")
    for text, like in pieces:
        if text:
            run = new_run(text, like if like is not None else run_at(p, offset), plain=False)
            _to_deleted(run)
            deleted.append(run)
    if len(deleted):
        _place(p, offset, deleted, author)


def run_properties(run: Any | None) -> Any | None:
    """The run's w:rPr (None for none, or for no run)."""
    return run.find(w("rPr")) if run is not None else None


def mark_formatted(p: Any, start: int, end: int, old_rpr: Any, author: Author) -> None:
    """Record that the run properties of [start, end) of the current text were ``old_rpr`` (a w:rPr, or None for
    none) before this change: a tracked change of formatting (w:rPrChange)."""
    from lxml import etree

    split_at(p, start)
    split_at(p, end)
    for run in runs_between(p, start, end):
        rpr = run.find(w("rPr"))
        if rpr is None:
            rpr = etree.Element(w("rPr"))
            run.insert(0, rpr)
        for change in rpr.findall(w("rPrChange")):
            rpr.remove(change)
        change = author.mark("rPrChange")
        before = etree.SubElement(change, w("rPr"))
        for child in list(old_rpr) if old_rpr is not None else []:
            if child.tag not in MARK_TAGS and child.tag != w("rPrChange"):
                before.append(copy.deepcopy(child))
        rpr.append(change)


def replace_range(p: Any, start: int, end: int, text: str, author: Author, keep_format: bool = False) -> None:
    """Strike [start, end) and insert ``text`` in its place (formatted like the struck text if ``keep_format``)."""
    like = None
    if keep_format:
        runs = runs_between(p, start, end)
        like = runs[0] if runs else None
    delete_range(p, start, end, author)
    if text:
        if like is None:
            like = run_at(p, start)
        insert_text(p, start, text, author, like=like, plain=not keep_format)


def unwrap(element: Any) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for child in list(element):
        parent.insert(index, child)
        index += 1
    parent.remove(element)
