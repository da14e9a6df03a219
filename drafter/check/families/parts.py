"""The body's parts: an operative part exists, and preambular paragraphs stand before it."""

from __future__ import annotations

from drafter.check.context import Context


def check(ctx: Context) -> None:
    """A resolution without operative paragraphs; preambular paragraphs found among the operative ones."""
    tree = ctx.tree
    if not tree.operative:
        body = tree.preamble
        anchor = body[0].para if body else (ctx.doc.paragraphs[0] if ctx.doc.paragraphs else None)
        if anchor is not None:
            ctx.add("no-operative", anchor)
    for node in tree.preamble:
        if node.misplaced:
            ctx.add("preambular-after-operative", node)
