"""After every amendment: a repeated lead phrase's form follows what comes before it.

"Also encourages" needs an "Encourages" before it; once an amendment strikes or rewords that paragraph, the
lead becomes "Encourages" again (and "Further encourages" becomes "Also encourages"), as a tracked change by
the amendment that caused it. Only forms that were right in the draft as read are put right: a draft's own
fault is left for ``drafter check``.
"""

from __future__ import annotations

from collections import Counter

from drafter.library import Library
from drafter.library.model import Phrase
from drafter.revise.step import Said, zh_address
from drafter.revise.view import DraftView
from drafter.structure import Node
from drafter.word import revisions as rv

FORMS = ("plain", "also", "further")


def _forms(lib: Library, lang: str) -> dict[str, tuple[Phrase, str]]:
    """Every operative lead phrase as written in ``lang``, with its phrase and its form."""
    out: dict[str, tuple[Phrase, str]] = {}
    for phrase in lib.phrases.values():
        if phrase.kind != "operative":
            continue
        for form, text in (("plain", phrase.text), ("also", phrase.also), ("further", phrase.further)):
            if text and text[lang]:
                out.setdefault(text[lang], (phrase, form))
    return out


def _due(phrase: Phrase, n: int) -> str:
    """The form the ``n``-th use of ``phrase`` takes."""
    if n == 1:
        return "plain"
    if n >= 3 and phrase.further:
        return "further"
    return "also" if phrase.also else ("further" if phrase.further else "plain")


def _uses(view: DraftView, forms: dict[str, tuple[Phrase, str]], numbering: str) -> dict[Node, int]:
    """How many times each operative paragraph's lead phrase has been used up to it, in ``numbering``."""
    seen: Counter[str] = Counter()
    out: dict[Node, int] = {}
    for node in view.visible(view.top, numbering):
        known = forms.get(view.live[node].lead)
        if known is not None:
            seen[known[0].id] += 1
            out[node] = seen[known[0].id]
    return out


def repeated_leads(view: DraftView, lib: Library, author: rv.Author | None,
                   original: dict[Node, int] | None = None) -> list[Said]:
    """Put right the also / further form of every operative lead the amendments made wrong; what it did."""
    if author is None:
        return []
    forms = _forms(lib, view.lang)
    before = original if original is not None else {}
    done: list[Said] = []
    for node, n in _uses(view, forms, "now").items():
        live = view.live[node]
        phrase, form = forms[live.lead]
        if form == "plain" or live.added_by is not None or before.get(node) is None:
            continue
        if _due(phrase, before[node]) != form:
            continue  # wrong in the draft as read: check reports it
        due = _due(phrase, n)
        if due == form:
            continue
        new = {"plain": phrase.text, "also": phrase.also, "further": phrase.further}[due]
        if not new or not new[view.lang]:
            continue
        was = live.lead
        view.replace(node, live.lead_start, live.lead_start + len(was), new[view.lang], author, keep_format=True)
        live.lead = new[view.lang]
        address = view.address(node)
        done.append(Said(f"{was!r} became {live.lead!r} in paragraph {address}",
                         f"{zh_address(address)}的“{was}”改为“{live.lead}”"))
    return done


def original_uses(view: DraftView, lib: Library) -> dict[Node, int]:
    """How many times each paragraph's lead had been used up to it in the draft as read."""
    return _uses(view, _forms(lib, view.lang), "original")
