"""Plain-text tables that line up with Chinese (double-width) characters."""

from __future__ import annotations

import unicodedata
from typing import Sequence


def display_width(text: str) -> int:
    """Columns a string takes on a terminal: East Asian wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def truncate(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` columns, ending with … when cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], max_widths: Sequence[int] | None = None) -> str:
    """Format rows under headers, columns separated by two spaces."""
    cells = [[str(c) for c in row] for row in rows]
    if max_widths:
        cells = [[truncate(c, w) if w else c for c, w in zip(row, max_widths)] for row in cells]
    widths = [display_width(h) for h in headers]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row)]

    def line(values: Sequence[str]) -> str:
        padded = [v + " " * (w - display_width(v)) for v, w in zip(values, widths)]
        return "  ".join(padded).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    return "\n".join(out)
