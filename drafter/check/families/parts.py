"""The body's parts: an operative part exists, preambular paragraphs stand before it, and (MUN drafts) no
heading lines split it."""

from __future__ import annotations

import re

from drafter.check.context import Context
from drafter.labelkinds import read_typed
from drafter.structure import heading_words
from drafter.structure.classify import COLON_HEADING

CLAUSE_COMMA = re.compile(r"[，；;]")  # a student's heading line has none; a clause cut short does


def check(ctx: Context) -> None:
    """A resolution without operative paragraphs; preambular paragraphs found among the operative ones; section
    headings in a MUN draft (UN texts, Security Council ones above all, do carry them)."""
    tree = ctx.tree
    if not tree.operative:
        body = tree.preamble
        anchor = body[0].para if body else (ctx.doc.paragraphs[0] if ctx.doc.paragraphs else None)
        if anchor is not None:
            ctx.add("no-operative", anchor)
    for node in tree.preamble:
        if node.misplaced:
            ctx.add("preambular-after-operative", node)
    if ctx.profile != "un":
        for section in tree.sections:
            text = section.text
            if not (read_typed(text) or ctx.phrases.match(text)) \
                    and heading_words(text, ctx.lang) and not CLAUSE_COMMA.search(text) \
                    and len(text.strip()) <= COLON_HEADING[ctx.lang]:
                ctx.add("section-heading", section)
