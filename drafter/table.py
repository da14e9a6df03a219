"""Plain-text tables and wrapped text that line up with Chinese (double-width) characters."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# characters a Chinese line must not start with (they stay at the end of the line before)
_NO_LINE_START = set("，。、；：？！）》」』】”’,.;:?!)")


def display_width(text: str) -> int:
    """Columns a string takes on a terminal: East Asian wide and full-width characters count two."""
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def truncate(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` columns, ending with … when cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + "…"


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns."""
    return text + " " * max(0, width - display_width(text))


def wrap(text: str, width: int, indent: str = "", first: str | None = None) -> list[str]:
    """Break ``text`` into lines of at most ``width`` columns: at spaces, or between any two Chinese characters.

    ``first`` prefixes the first line (default ``indent``), ``indent`` the others. A closing mark
    (，。） …) never starts a line: the character before it moves down with it.
    """
    prefixes = [indent if first is None else first]
    lines: list[list[str]] = [[]]
    for token in _tokens(text):
        line = lines[-1]
        room = max(10, width - display_width(prefixes[-1]))
        if line and display_width("".join(line) + token.rstrip()) > room and token.strip():
            carried: list[str] = []
            if token[0] in _NO_LINE_START and len(line) > 1:
                carried = [line.pop()]
            lines.append([t.lstrip() if i == 0 else t for i, t in enumerate(carried + [token])])
            prefixes.append(indent)
        else:
            line.append(token)
    return [(prefix + "".join(line)).rstrip() for prefix, line in zip(prefixes, lines)]


def _tokens(text: str) -> list[str]:
    """Pieces a line may break between: a word with the space before it, or one wide character."""
    tokens: list[str] = []
    current = ""
    for ch in text:
        if _char_width(ch) == 2 or ch in _NO_LINE_START and current == "":
            if current:
                tokens.append(current)
                current = ""
            tokens.append(ch)
        elif ch == " ":
            if current:
                tokens.append(current)
            current = " "
        else:
            current += ch
    if current:
        tokens.append(current)
    return tokens


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
