"""New paragraphs an amendment writes: the lead phrase split from the text, runs formatted like a
neighbouring paragraph, and the node that joins the tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.compose.answers import tidy_body
from drafter.library import Library
from drafter.revise.step import Step
from drafter.revise.view import DraftView
from drafter.structure import Node
from drafter.word import placement, tracked_paragraphs
from drafter.word.runtext import w

if TYPE_CHECKING:
    from lxml.etree import _Element

Pieces = list[tuple[str, "_Element | None", bool]]  # (text, run to copy formatting from, plain)


_FORMS: dict[tuple[int, str], list[str]] = {}


def _operative_forms(lib: Library, lang: str) -> list[str]:
    """Every form of every operative phrase in ``lang``, longest first (computed once per library)."""
    key = (id(lib), lang)
    if key not in _FORMS:
        forms = {form for phrase in lib.phrases.values() if phrase.kind == "operative" for form in phrase.forms(lang)}
        _FORMS[key] = sorted(forms, key=len, reverse=True)
    return _FORMS[key]


def split_lead(text: str, phrase_id: str, lib: Library, lang: str) -> tuple[str, str]:
    """Lead phrase and body of a new operative paragraph's text."""
    text = tidy_body(text, lang)
    if phrase_id:
        phrase = lib.phrases[phrase_id]
        return phrase.text[lang], text
    best = next((form for form in _operative_forms(lib, lang) if text.startswith(form) and (
        lang == "zh" or len(text) == len(form) or not text[len(form)].isalnum())), "")
    if not best:
        return "", text
    return best, text[len(best):].lstrip() if lang == "en" else text[len(best):]


def pieces(view: DraftView, step: Step, like: Node, text: str, phrase_id: str,
           is_sub: bool) -> tuple[str, Pieces]:
    """The lead phrase and the runs of a new paragraph text, formatted like paragraph ``like``."""
    lead, body = ("", text) if is_sub else split_lead(text, phrase_id, step.lib, view.lang)
    like_lead = view.live[like]
    body_like = view.run_at(like, len(view.text(like)))
    out: Pieces = []
    if lead:
        lead_like = view.run_at(like, like_lead.lead_start + 1) if like_lead.lead else body_like
        out.append((lead, lead_like, not like_lead.lead))
        body = (" " if view.lang == "en" and body else "") + body
    out.append((body, body_like, True))
    return lead, out


def new_node(view: DraftView, step: Step, like: Node, text: str, phrase_id: str, parent: Node | None,
             is_sub: bool, level: int | None = None) -> Node:
    """A new tracked-inserted paragraph like ``like`` (at ``level`` if given), as a node not yet placed."""
    lead, runs = pieces(view, step, like, text, phrase_id, is_sub)
    p = tracked_paragraphs.new_paragraph(like.para.element, step.author, runs)
    if level is not None and level != like.level:
        set_level(p, level)
    return view.added(p, like.level if level is None else level, parent, step.author, lead)


def add_subparagraphs(view: DraftView, step: Step, node: Node, texts: list[str]) -> None:
    """New sub-paragraphs at the end of ``node``'s block, one per text."""
    after = tracked_paragraphs.after_paragraph(view.last_p(node))
    for text in texts:
        like = example(view, node.level + 1) or node
        child = new_node(view, step, like, text, "", node, is_sub=True, level=node.level + 1)
        placement.put_after(after, child.para.element)
        after = child.para.element
        node.children.append(child)


def example(view: DraftView, level: int) -> Node | None:
    """The first paragraph of the original text at ``level``, for a new one to look like."""
    return next((n for n in view.structure.walk() if n.level == level and view.live[n].added_by is None), None)


def set_level(p: _Element, level: int) -> None:
    """Put a Word-numbered paragraph at list ``level``."""
    ilvl = p.find(f"{w('pPr')}/{w('numPr')}/{w('ilvl')}")
    if ilvl is not None:
        ilvl.set(w("val"), str(level))
