"""Citations of resolutions in the body: 'resolution 2165 (2014)' in English, '第2165(2014)号决议' in Chinese."""

from __future__ import annotations

import re

from drafter.check.context import Context
from drafter.word.edit import Replace


def check(ctx: Context) -> None:
    """UN-B15: a resolution's number and year written the way the language cites them."""
    if ctx.lang == "en":
        pattern = re.compile(r"\bresolutions? (\d{3,4})\((\d{4})\)")
        good = "{0} ({1})"
    else:
        pattern = re.compile(r"第(\d{3,4}) +\((\d{4})\)|第(\d{3,4})（(\d{4})）")
        good = "{0}({1})"
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub"):
            continue
        for match in pattern.finditer(part.text):
            number = match.group(1) or match.group(3)
            year = match.group(2) or match.group(4)
            bad = match.group(0)
            head = bad[: bad.index(number)]
            fixed = head + good.format(number, year)
            ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(), match.end(), fixed)], found=bad, fixed=fixed)
