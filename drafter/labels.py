"""Paragraph labels of UN resolutions: 1. → (a) → (i) → a. (Chinese UN style: (a) → ㈠)."""

from __future__ import annotations

ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
ZH_PAREN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"


def roman(n: int) -> str:
    out = []
    for value, letters in ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """a, b, … z, aa, bb, … as in UN sub-paragraph lettering."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def label(n: int, depth: int, lang: str = "en") -> str:
    """The label of the ``n``-th paragraph at ``depth`` (0 operative, 1–3 sub-paragraph levels)."""
    if depth == 0:
        return f"{n}."
    if depth == 1:
        return f"({letters(n)})"
    if depth == 2:
        if lang == "zh" and n <= len(ZH_PAREN):
            return ZH_PAREN[n - 1]
        return f"({roman(n)})"
    return f"{letters(n)}."
