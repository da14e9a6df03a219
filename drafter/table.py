"""Plain-text tables that line up with Chinese (double-width) characters."""

from __future__ import annotations

from collections.abc import Sequence

from drafter.wrapping import display_width, truncate


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns."""
    return text + " " * max(0, width - display_width(text))


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], max_widths: Sequence[int] | None = None,
           width: int | None = None, shrink: Sequence[tuple[int, int]] = ()) -> str:
    """Format rows under headers, columns separated by two spaces.

    ``max_widths`` caps single columns (0: no cap). With ``width``, the columns named in ``shrink``
    as (column, narrowest) are narrowed in that order until the table fits ``width`` columns;
    cut cells end with ….
    """
    cells = [[str(c) for c in row] for row in rows]
    if max_widths:
        cells = [[truncate(c, w) if w else c for c, w in zip(row, max_widths)] for row in cells]
    widths = [display_width(h) for h in headers]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row)]
    if width:
        excess = sum(widths) + 2 * (len(widths) - 1) - width
        for column, narrowest in shrink:
            if excess <= 0:
                break
            cut = min(excess, max(0, widths[column] - narrowest))
            widths[column] -= cut
            excess -= cut
        cells = [[truncate(c, w) for c, w in zip(row, widths)] for row in cells]

    def line(values: Sequence[str]) -> str:
        return "  ".join(pad(v, w) for v, w in zip(values, widths)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    return "\n".join(out)
