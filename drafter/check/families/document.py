"""Document-wide faults: runs of empty paragraphs, and body paragraphs that repeat an earlier one."""

from __future__ import annotations

import re

from drafter.check.context import Context
from drafter.structure import Node


def check(ctx: Context) -> None:
    """Three or more empty paragraphs in a row; a preambular, operative or sub-paragraph said twice."""
    seen: dict[str, int] = {}
    empties: list[Node] = []
    for part in ctx.nodes:
        if part.role == "empty":
            empties.append(part)
            continue
        if len(empties) >= 3:
            ctx.add("empty-paragraphs", empties[0], count=len(empties)).cover(p.para.index for p in empties)
        empties = []
        if part.role not in ("preambular", "operative", "sub"):
            continue
        key = re.sub(r"\s+", " ", part.content.strip().rstrip(",，;；.。:："))
        if len(key) < 12:
            continue
        if key in seen:
            ctx.add("duplicate-paragraph", part, first=seen[key]).cover([seen[key]])
        else:
            seen[key] = part.para.index
