"""Text fitted to terminal columns: widths (an East Asian wide character takes two), lines broken at spaces or
between Chinese characters under the rules of Chinese line breaking, and text cut at its end or in its middle.

Every command and widget that wraps or cuts text for the terminal goes through this module.
"""

from __future__ import annotations

import re
import unicodedata

# a line never starts with these (they stay with the character before them) …
NO_LINE_START = frozenset("，。、；：？！）》〉」』】〕］｝”’…·％‰,.;:?!)]}%")
# … and never ends with these (they go down with the character after them)
NO_LINE_END = frozenset("（《〈「『【〔［｛“‘([{")
# doubled marks that stay together: …… and ——
_PAIRED = frozenset("…—")
ELLIPSIS = "…"


def char_width(ch: str) -> int:
    """Columns one character takes: 2 for East Asian wide and full-width characters, 0 for combining ones."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def display_width(text: str) -> int:
    """Columns a string takes on a terminal."""
    return sum(char_width(ch) for ch in text)


def truncate(text: str, width: int) -> str:
    """``text`` cut at its end to at most ``width`` columns, ending with … when cut."""
    if display_width(text) <= width:
        return text
    return _head(text, width - 1).rstrip() + ELLIPSIS


def shorten_middle(text: str, width: int) -> str:
    """``text`` shortened in its middle to at most ``width`` columns (``docs/…/draft.docx``): both ends stay,
    the end (a file's name, the last names of a list) getting the larger share."""
    if display_width(text) <= width:
        return text
    if width < 3:
        return _head(text, width)
    room = width - 1
    tail = _tail(text, room - room * 2 // 5)
    return _head(text, room - display_width(tail)) + ELLIPSIS + tail


def _head(text: str, width: int) -> str:
    used = 0
    for i, ch in enumerate(text):
        used += char_width(ch)
        if used > width:
            return text[:i]
    return text


def _tail(text: str, width: int) -> str:
    used = 0
    for i in range(len(text) - 1, -1, -1):
        used += char_width(text[i])
        if used > width:
            return text[i + 1:]
    return text


def _units(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` a break may not fall inside: a word (a run of narrow characters: a clause id stays
    whole), one wide character, or a run of spaces; closing marks joined to what comes before them, opening
    marks to what follows, …… and —— kept whole."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(line):
        ch = line[i]
        j = i + 1
        if ch == " ":
            while j < len(line) and line[j] == " ":
                j += 1
        elif char_width(ch) != 2 and ch not in NO_LINE_START and ch not in NO_LINE_END:
            while j < len(line) and line[j] != " " and char_width(line[j]) != 2 and line[j] not in NO_LINE_START \
                    and line[j] not in NO_LINE_END:
                j += 1
        spans.append((i, j))
        i = j
    glued: list[tuple[int, int]] = []
    opening = False  # the last span ended with an opening mark: what follows joins it
    for start, end in spans:
        first = line[start]
        joins_before = glued and line[glued[-1][1] - 1] != " " and (
            first in NO_LINE_START or opening or (first in _PAIRED and line[glued[-1][1] - 1] == first))
        if joins_before and first != " ":
            glued[-1] = (glued[-1][0], end)
        else:
            glued.append((start, end))
        opening = line[end - 1] in NO_LINE_END
    return glued


def line_spans(line: str, width: int, first_width: int | None = None) -> list[tuple[int, int]]:
    """Where the rows of one line (no newline in it) start and end when it is broken to ``width`` columns
    (``first_width`` for the first row).

    Rows cover the line: the spaces a row breaks at stay at its end (they do not count towards its width).
    A piece wider than a whole row (a very long word) is broken where it reaches the edge.
    """
    rest = max(2, width)
    width = rest if first_width is None else max(2, first_width)
    rows: list[tuple[int, int]] = []
    start, used = 0, 0  # the row being filled and the columns of its text without trailing spaces
    pending = 0  # columns of the spaces after the row's text so far
    for a, b in _units(line):
        piece = line[a:b]
        if piece[0] == " ":
            pending += len(piece)
            continue
        size = display_width(piece)
        if used and used + pending + size > width:
            rows.append((start, a))
            start, used, pending, width = a, 0, 0, rest
        used += pending
        pending = 0
        while used + size > width and size > 0:  # a piece longer than a row: cut it where the row ends
            cut = a + len(_head(line[a:b], width - used)) or a + 1
            rows.append((start, cut))
            start, used, width = cut, 0, rest
            a = cut
            size = display_width(line[a:b])
        used += size
    rows.append((start, len(line)))
    return rows


def wrap(text: str, width: int, indent: str = "", first: str | None = None,
         keep: re.Pattern[str] | None = None) -> list[str]:
    """``text`` broken into lines of at most ``width`` columns, each newline of ``text`` starting a new line.

    ``first`` prefixes the first line (default ``indent``), ``indent`` the others; breaks fall at spaces or
    between Chinese characters, never before a closing mark (，。、》）…) nor after an opening one (《（“), nor
    inside what ``keep`` matches (a path, an id) unless it is wider than a whole row.
    """
    out: list[str] = []
    lead = indent if first is None else first
    for line in text.split("\n"):
        own = line[:len(line) - len(line.lstrip(" "))]
        body = line[len(own):]
        prefix = lead if not out else indent
        room = width - display_width(indent) - len(own)
        body, kept = _held(body, keep, room) if keep else (body, {})
        spans = line_spans(body, room, width - display_width(prefix) - len(own))
        for n, (start, end) in enumerate(spans):
            row = ((prefix if n == 0 else indent) + own + body[start:end]).rstrip()
            for stand_in, original in kept.items():
                row = row.replace(stand_in, original)
            out.append(row)
    return out


def _held(line: str, keep: re.Pattern[str], room: int) -> tuple[str, dict[str, str]]:
    """``line`` with each piece ``keep`` matches (that fits a row) replaced by a stand-in of as many columns that
    no break falls inside (a run of one private-use character), and the stand-ins with what they stand for."""
    kept: dict[str, str] = {}

    def hold(match: re.Match[str]) -> str:
        piece = match.group(0)
        size = display_width(piece)
        breakable = any(char_width(ch) == 2 or ch in NO_LINE_START or ch in NO_LINE_END or ch == " " for ch in piece)
        if not breakable or size >= room or len(kept) >= 6400:
            return piece  # a narrow run without marks is never broken anyway; one wider than a row must be
        stand_in = chr(0xE000 + len(kept)) * size
        kept[stand_in] = piece
        return stand_in

    return keep.sub(hold, line), kept


def fill(text: str, width: int) -> str:
    """``text`` wrapped to ``width`` columns, its lines keeping their own leading spaces."""
    return "\n".join(wrap(text, width))
