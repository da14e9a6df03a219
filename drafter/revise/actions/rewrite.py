"""Words rewritten inside one paragraph with the fewest tracked changes."""

from __future__ import annotations

from collections.abc import Sequence

from drafter.revise.tokens import opcodes, tokens
from drafter.revise.view import DraftView
from drafter.sameends import same_ends
from drafter.structure import Node
from drafter.word import revisions as rv


def rewrite(view: DraftView, node: Node, start: int, old: str, new: str, author: rv.Author, lang: str,
            one_change: bool = False) -> None:
    """Turn ``old`` (at ``start``) into ``new`` with the fewest tracked changes, word by word.

    ``one_change``: keep only the words both share at the start and the end; the rest is one
    struck passage and one inserted one (for words a person named: "replace X with Y").
    """
    a, b = tokens(old, lang), tokens(new, lang)
    offsets = [start]
    for token in a:
        offsets.append(offsets[-1] + len(token))
    ops: Sequence[tuple[str, int, int, int, int]]
    if one_change:
        head, tail = same_ends(a, b)
        op = "replace" if head < len(a) - tail else "insert"
        ops = [(op, head, len(a) - tail, head, len(b) - tail)]
    else:
        ops = opcodes(a, b)
    for op, i1, i2, j1, j2 in reversed(ops):
        if op == "equal":
            continue
        words = "".join(b[j1:j2])
        if i2 > i1:
            view.replace(node, offsets[i1], offsets[i2], words, author, keep_format=True)
        else:
            view.insert(node, offsets[i1], words, author)
