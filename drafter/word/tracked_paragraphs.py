"""Whole paragraphs as tracked changes: inserted, struck or moved paragraph marks, new paragraphs, struck copies."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from drafter.word.revisions import AFTER_PARAGRAPH_RPR, MARK_TAGS, Author, delete_range, new_run, unwrap, wrap_runs
from drafter.word.runtext import W_NS, current_runs, current_text, w


def _paragraph_rpr(p: Any) -> Any:
    from lxml import etree

    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        p.insert(0, ppr)
    rpr = ppr.find(w("rPr"))
    if rpr is None:
        rpr = etree.Element(w("rPr"))
        later = next((c for c in ppr if c.tag in AFTER_PARAGRAPH_RPR), None)
        if later is not None:
            later.addprevious(rpr)
        else:
            ppr.append(rpr)
    return rpr


def mark_paragraph(p: Any, kind: str, author: Author) -> None:
    """Record the paragraph mark itself as inserted (``"ins"``), deleted (``"del"``) or moved
    (``"moveFrom"`` / ``"moveTo"``)."""
    rpr = _paragraph_rpr(p)
    for old in rpr.findall(w(kind)):
        rpr.remove(old)
    mark = author.mark(kind)
    if kind == "del" and rpr.find(w("ins")) is not None:
        rpr.find(w("ins")).addnext(mark)
    else:
        rpr.insert(0, mark)


def paragraph_mark(p: Any) -> str:
    """"ins", "del" or "" for the paragraph mark's own revision (a move counts as its two halves)."""
    rpr = p.find(f"{w('pPr')}/{w('rPr')}")
    if rpr is None:
        return ""
    if rpr.find(w("del")) is not None or rpr.find(w("moveFrom")) is not None:
        return "del"
    return "ins" if rpr.find(w("ins")) is not None or rpr.find(w("moveTo")) is not None else ""


def mark_moved(p: Any, kind: str, name: str, author: Author) -> None:
    """Record the whole paragraph as moved away from here (``"moveFrom"``) or to here (``"moveTo"``).

    Both halves of one move carry the same ``name``; the text stays in w:t on both sides.
    """
    wrap_runs([r for r, _, _ in current_runs(p)], lambda: author.mark(kind))
    mark_paragraph(p, kind, author)
    start = author.mark(f"{kind}RangeStart")
    start.set(w("name"), name)
    end = author.mark(f"{kind}RangeEnd")
    for attr in (w("author"), w("date")):
        del end.attrib[attr]
    end.set(w("id"), start.get(w("id")))
    ppr = p.find(w("pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def _paragraph_properties(p: Any) -> bytes:
    from lxml import etree

    ppr = p.find(w("pPr"))
    if ppr is None:
        return b""
    ppr = copy.deepcopy(ppr)
    for child in ppr.findall(w("rPr")):
        ppr.remove(child)
    return etree.tostring(ppr) if len(ppr) or ppr.attrib else b""


def strike_paragraph(p: Any, author: Author, earlier: Sequence[Any] = ()) -> None:
    """Strike a whole paragraph: its text and one paragraph mark. ``earlier``: the paragraphs before ``p``
    whose struck marks join them to it (:func:`~drafter.word.runtext.joined`), struck with it.

    Once accepted, the paragraph's text stands between two live marks: the one before it and the first
    one at or after ``p``. One of them is struck. When the paragraph before has the same properties (the
    same style and list level), its mark is the one struck, so the paragraph after keeps its own mark:
    accepting gives the same text either way, and LibreOffice then numbers the paragraphs that follow
    correctly while changes are shown.
    """
    for part in (*earlier, p):
        delete_range(part, 0, len(current_text(part)), author)
    closing = p  # the first live mark at or after p: an earlier revision may have struck p's own
    while paragraph_mark(closing) == "del":
        following = closing.getnext()
        if following is None or following.tag != w("p"):
            break
        closing = following
    previous = (earlier[0] if earlier else p).getprevious()
    while previous is not None and previous.tag == w("p") and paragraph_mark(previous) == "del":
        previous = previous.getprevious()
    if (previous is not None and previous.tag == w("p")
            and _paragraph_properties(previous) == _paragraph_properties(closing)):
        mark_paragraph(previous, "del", author)
    else:
        mark_paragraph(closing, "del", author)


def after_paragraph(p: Any) -> Any:
    """The paragraph after which new paragraphs may go once ``p`` is passed.

    A paragraph whose text stays but whose mark is struck joins the next one when changes are
    accepted, so nothing may be put between them; its text carries on through every following
    paragraph whose mark is struck too, even one whose own text is all struck.
    """
    carrying = False
    while paragraph_mark(p) == "del":
        carrying = carrying or bool(current_text(p).strip())
        following = p.getnext()
        if not carrying or following is None or following.tag != w("p"):
            break
        p = following
    return p


def new_paragraph(like: Any, author: Author, pieces: list[tuple[str, Any, bool]]) -> Any:
    """A new, tracked-inserted w:p with the paragraph properties of ``like``.

    ``pieces`` are (text, run to copy formatting from, plain) in order.
    """
    from lxml import etree

    p = etree.Element(w("p"), nsmap={"w": W_NS})
    ppr = like.find(w("pPr")) if like is not None else None
    if ppr is not None:
        ppr = copy.deepcopy(ppr)
        for child in list(ppr):
            if child.tag in AFTER_PARAGRAPH_RPR:
                ppr.remove(child)
        rpr = ppr.find(w("rPr"))
        if rpr is not None:
            for child in list(rpr):
                if child.tag in MARK_TAGS:
                    rpr.remove(child)
        p.append(ppr)
    ins = author.mark("ins")
    for text, like_run, plain in pieces:
        if text:
            ins.append(new_run(text, like_run, plain))
    p.append(ins)
    mark_paragraph(p, "ins", author)
    return p


def copy_as_deleted(p: Any, author: Author, move: str = "") -> Any:
    """A deep copy of ``p`` (from another document) with all its text and its mark struck (used by diff);
    with ``move``, recorded as the source of the named move instead."""
    clone = copy.deepcopy(p)
    for el in list(clone.iter(*(w(f"{k}Range{e}") for k in ("moveFrom", "moveTo") for e in ("Start", "End")))):
        el.getparent().remove(el)
    for el in list(clone.iter(w("moveFrom"))):
        if el.getparent() is not None and el.getparent().tag != w("rPr"):
            el.getparent().remove(el)
    for el in list(clone.iter(w("moveTo"))):
        if el.getparent() is not None and el.getparent().tag != w("rPr"):
            unwrap(el)
    for el in list(clone.iter(w("ins"))):
        if el.getparent() is not None and el.getparent().tag != w("rPr"):
            unwrap(el)
    for el in list(clone.iter(w("del"))):
        if el.getparent() is not None and el.getparent().tag != w("rPr"):
            el.getparent().remove(el)
    rpr = clone.find(f"{w('pPr')}/{w('rPr')}")
    if rpr is not None:
        for child in list(rpr):
            if child.tag in MARK_TAGS:
                rpr.remove(child)
    if move:
        mark_moved(clone, "moveFrom", move, author)
    else:
        strike_paragraph(clone, author)
    return clone


def ends_inserted(p: Any) -> bool:
    """Whether the paragraph's last content is a tracked insertion (its text ends with inserted words)."""
    content = [c for c in p if c.tag not in (w("pPr"),) and not c.tag.endswith("RangeEnd")
               and not c.tag.endswith("RangeStart") and c.tag != w("bookmarkEnd")]
    return bool(content) and content[-1].tag == w("ins")


def carry_mark_forward(previous: Any, inserted: Sequence[Any], author: Author) -> bool:
    """``previous`` ends with an insertion and ``inserted`` (the paragraphs right after it, each wholly inserted,
    mark included) follow: write the equally valid form in which ``previous``'s mark is the inserted one and the last
    inserted paragraph keeps an ordinary mark, so the insertion is one unbroken range. LibreOffice's "Reject All"
    joins ``previous`` to the paragraph after the insertion otherwise; Word undoes both forms alike. Only when all of
    them have the same paragraph properties (which mark survives then does not matter); returns whether it did."""
    if not inserted or paragraph_mark(previous) or not ends_inserted(previous):
        return False
    properties = _paragraph_properties(previous)
    if any(_paragraph_properties(p) != properties or paragraph_mark(p) != "ins" for p in inserted):
        return False
    last_rpr = inserted[-1].find(f"{w('pPr')}/{w('rPr')}")
    for mark in list(last_rpr) if last_rpr is not None else []:
        if mark.tag == w("ins"):
            last_rpr.remove(mark)
    mark_paragraph(previous, "ins", author)
    return True


def carry_marks_forward(added: Sequence[Any], author: Author) -> None:
    """Each run of paragraphs of ``added`` (wholly inserted ones) that stands right after a paragraph not among them,
    written as one unbroken insertion with that paragraph where it ends with one (:func:`carry_mark_forward`)."""
    members = {id(p) for p in added}
    for p in added:
        previous = p.getprevious()
        if previous is None or previous.tag != w("p") or id(previous) in members:
            continue
        following_run = [p]
        following = p.getnext()
        while following is not None and id(following) in members:
            following_run.append(following)
            following = following.getnext()
        carry_mark_forward(previous, following_run, author)


def list_properties(p: Any) -> Any | None:
    """The paragraph's own w:numPr (its Word list and level; None when it sets none)."""
    return p.find(f"{w('pPr')}/{w('numPr')}")


def number_like(p: Any, numbering: Any) -> None:
    """Give ``p``, a paragraph with its own w:numPr, a copy of ``numbering`` (another paragraph's w:numPr) in its
    place; a paragraph without one is left as it is."""
    own = list_properties(p)
    if own is not None:
        own.getparent().replace(own, copy.deepcopy(numbering))


def has_revisions(root: Any) -> bool:
    return any(True for _ in root.iter(w("ins"), w("del"), w("moveFrom"), w("moveTo")))


