"""Enclosed characters (Word's 带圈字符 / 帶圈字元 / 囲い文字): EQ fields that draw a character inside a circle or a box.

Word saves an enclosed character as the code of an EQ field, ``eq \\o\\ac(○,1)`` (the enclosure and the character
overstruck, centred), with no result: it draws the pair each time it lays the page out, and the page shows ①.
:func:`enclosed_text` says what the page shows for such a code — the character Unicode encloses in a circle when
there is one (① for 1, ⑳ for 20, Ⓐ, ⓐ, ㊀), else the enclosed character itself (a boxed or triangled one, a circled
Chinese character); :func:`drafter.word.fieldnumbers.show_enclosed` writes it as the field's result, so that every
reader of the paragraph's text reads what is printed.
"""

from __future__ import annotations

import re

from drafter.patterns import lazy

# eq \o (overstrike), optionally aligned (\al \ac \ar), over two characters: "eq \o\ac(○,1)"; the list separator is
# "," or, where the decimal sign is a comma, ";"
_OVERSTRIKE = lazy(r"^\s*eq\s+\\o\s*(?:\\a[lcr]\s*)?\((?P<pair>[^()]*(?:\([^()]*\)[^()]*)?)\)\s*$", re.IGNORECASE)
# a character raised or lowered inside the pair ("\s\up 1(1)", Word's smaller enclosed text): the character
_SHIFTED = lazy(r"\\s\s*\\(?:up|do)\s*-?\d*\s*\((?P<inner>[^()]*)\)", re.IGNORECASE)
CIRCLES = "○◯〇"
ENCLOSURES = CIRCLES + "□◇△"
_CHINESE_NUMERALS = "一二三四五六七八九十"


def circled(inner: str) -> str | None:
    """The Unicode character of ``inner`` in a circle (1–50, 0, A–Z, a–z, 一–十), None when Unicode has none."""
    if inner.isascii() and inner.isdigit():
        n = int(inner)
        if n == 0:
            return "\u24ea"
        if 1 <= n <= 20:
            return chr(0x2460 + n - 1)
        if 21 <= n <= 35:
            return chr(0x3251 + n - 21)
        if 36 <= n <= 50:
            return chr(0x32B1 + n - 36)
        return None
    if len(inner) == 1 and "A" <= inner <= "Z":
        return chr(0x24B6 + ord(inner) - ord("A"))
    if len(inner) == 1 and "a" <= inner <= "z":
        return chr(0x24D0 + ord(inner) - ord("a"))
    if len(inner) == 1 and inner in _CHINESE_NUMERALS:
        return chr(0x3280 + _CHINESE_NUMERALS.index(inner))
    return None


def enclosed_text(code: str) -> str | None:
    """What the page shows for the field code ``code`` when it encloses a character ("eq \\o\\ac(○,1)" → "①",
    "eq \\o\\ac(□,甲)" → "甲"); None for any other code."""
    found = _OVERSTRIKE.match(code)
    if found is None:
        return None
    pair = [part.strip() for part in re.split(r"[,;]", _SHIFTED.sub(r"\g<inner>", found.group("pair")))]
    if len(pair) != 2 or not any(part in ENCLOSURES for part in pair):
        return None
    enclosure, inner = pair if pair[0] in ENCLOSURES else pair[::-1]
    if not inner:
        return None
    return (circled(inner) if enclosure in CIRCLES else None) or inner
