"""Document-wide faults: runs of empty paragraphs, and body paragraphs that repeat an earlier one."""

from __future__ import annotations

import re

from drafter.check.context import Context
from drafter.structure import Node


def check(ctx: Context) -> None:
    """Three or more empty paragraphs in a row; a preambular, operative or sub-paragraph said twice."""
    seen: dict[str, int] = {}
    empties = 0
    first_empty: Node | None = None
    for part in ctx.nodes:
        if part.role == "empty":
            empties += 1
            first_empty = first_empty or part
            continue
        if empties >= 3 and first_empty is not None:
            ctx.add("empty-paragraphs", first_empty, count=empties)
        empties, first_empty = 0, None
        if part.role not in ("preambular", "operative", "sub"):
            continue
        key = re.sub(r"\s+", " ", part.content.strip().rstrip(",，;；.。:："))
        if len(key) < 12:
            continue
        if key in seen:
            ctx.add("duplicate-paragraph", part, first=seen[key])
        else:
            seen[key] = part.para.index
