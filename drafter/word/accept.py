"""Accepting (or rejecting) every tracked change of a document body, as Word's "Accept All" ("Reject All") does;
saving a revised document."""

from __future__ import annotations

import io
from typing import Any

from drafter.word.ooxml import track_revisions
from drafter.word.revisions import MARK_TAGS, RANGE_TAGS, unwrap
from drafter.word.runtext import current_text, w
from drafter.word.tracked_paragraphs import paragraph_mark


def revised_bytes(docx: Any, accept: bool = False) -> bytes:
    """A python-docx document holding tracked changes, saved with Track Changes on (``accept``: with every change
    accepted instead)."""
    if accept:
        accept_all(docx.element.body)
    else:
        track_revisions(docx)
    out = io.BytesIO()
    docx.save(out)
    return out.getvalue()


def accept_all(body: Any) -> None:
    """Accept every insertion and deletion under ``body`` (text and paragraph marks)."""
    for el in list(body.iter(w("del"), w("moveFrom"))):
        parent = el.getparent()
        if parent is not None and parent.tag != w("rPr"):
            parent.remove(el)
    for el in list(body.iter(w("ins"), w("moveTo"))):
        parent = el.getparent()
        if parent is not None and parent.tag != w("rPr"):
            unwrap(el)
    for el in list(body.iter(*RANGE_TAGS)):
        el.getparent().remove(el)
    for change in list(body.iter(w("rPrChange"))):
        change.getparent().remove(change)
    for p in list(body.iter(w("p"))):
        mark = paragraph_mark(p)
        rpr = p.find(f"{w('pPr')}/{w('rPr')}")
        if rpr is not None:
            for child in list(rpr):
                if child.tag in MARK_TAGS:
                    rpr.remove(child)
        if mark == "del":
            _merge_into_next(p)


def reject_all(body: Any) -> None:
    """Reject every insertion and deletion under ``body``: inserted text and paragraph marks go (a paragraph whose
    mark was inserted joins the next one), struck text and marks come back, changed run properties are restored."""
    for el in list(body.iter(w("ins"), w("moveTo"))):
        parent = el.getparent()
        if parent is not None and parent.tag != w("rPr"):
            parent.remove(el)
    for el in list(body.iter(w("del"), w("moveFrom"))):
        parent = el.getparent()
        if parent is None or parent.tag == w("rPr"):
            continue
        for t in el.iter(w("delText")):
            t.tag = w("t")
        for t in el.iter(w("delInstrText")):
            t.tag = w("instrText")
        unwrap(el)
    for el in list(body.iter(*RANGE_TAGS)):
        el.getparent().remove(el)
    for change in list(body.iter(w("rPrChange"))):
        rpr = change.getparent()
        old = change.find(w("rPr"))
        for child in list(rpr):
            rpr.remove(child)
        for child in list(old) if old is not None else []:
            rpr.append(child)
    for p in list(body.iter(w("p"))):
        rpr = p.find(f"{w('pPr')}/{w('rPr')}")
        if rpr is None:
            continue
        inserted = rpr.find(w("ins")) is not None or rpr.find(w("moveTo")) is not None
        for child in list(rpr):
            if child.tag in MARK_TAGS:
                rpr.remove(child)
        if inserted:
            _merge_into_next(p)


def _merge_into_next(p: Any) -> None:
    """A paragraph whose mark is deleted joins the following paragraph (or goes, when empty and last)."""
    following = p.getnext()
    while following is not None and following.tag != w("p"):
        following = following.getnext()
    content = [c for c in p if c.tag != w("pPr")]
    if following is None:
        if not current_text(p).strip():
            p.getparent().remove(p)
        return
    anchor = following.find(w("pPr"))
    for child in content:
        if anchor is not None:
            anchor.addnext(child)
        else:
            following.insert(0, child)
        anchor = child
    p.getparent().remove(p)
