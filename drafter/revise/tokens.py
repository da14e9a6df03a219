"""The units amendments and comparisons work in, and their alignment.

Amendments count characters in Chinese (:func:`tokens`); a comparison reads words in both languages
(:func:`words`): Chinese words come from jieba, a maintained segmenter, loaded only when a Chinese text is compared.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from drafter.chinesewords import segmenter as _segmenter

_WORDS = re.compile(r"\w+|\s+|[^\w\s]")
_ZH_NUMERAL = "〇零一二三四五六七八九十百千万亿两"
_NUMERALS = re.compile(f"[{_ZH_NUMERAL}]{{2,}}")  # a Chinese number of two characters or more is one word
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LONG = 2000  # tokens (or paragraphs) past which the changed middle is aligned with difflib's popular-item heuristic
Opcode = tuple[str, int, int, int, int]


def tokens(text: str, lang: str) -> list[str]:
    """Words (with spaces and punctuation as their own tokens) in English, characters in Chinese."""
    return list(text) if lang == "zh" else _WORDS.findall(text)


def words(text: str, lang: str) -> list[str]:
    """Words (with spaces and punctuation as their own tokens) of either language, for comparing two texts: Chinese
    text is cut into words by jieba, a Chinese number ("七十九") is one word whatever jieba makes of it."""
    if lang != "zh" or not _HAN.search(text):
        return _WORDS.findall(text)
    cut: list[str] = []
    for piece in _segmenter().cut(text, HMM=False):
        if cut and cut[-1][-1:] in _ZH_NUMERAL and piece[:1] in _ZH_NUMERAL:
            piece = cut.pop() + piece  # jieba cut inside a number ("第八", "十一届"): put it together again
        cut.append(piece)
    out: list[str] = []
    for piece in cut:
        at = 0
        for number in _NUMERALS.finditer(piece):
            out += [t for t in (piece[at:number.start()], number.group()) if t]
            at = number.end()
        if piece[at:]:
            out.append(piece[at:])
    return out


def opcodes(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """difflib's opcodes from ``a`` to ``b`` in bounded time: the common start and end are set aside first, and a
    middle longer than LONG is aligned without anchoring on items that fill more than 1 % of it (a 100,000-character
    paragraph, or thousands of alike paragraphs, would otherwise take minutes)."""
    limit = min(len(a), len(b))
    start = 0
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    middle_a, middle_b = a[start:len(a) - end], b[start:len(b) - end]
    ops: list[Opcode] = [("equal", 0, start, 0, start)] if start else []
    if middle_a or middle_b:
        long = max(len(middle_a), len(middle_b)) > LONG
        matcher = difflib.SequenceMatcher(None, middle_a, middle_b, autojunk=long)
        ops += [(op, i1 + start, i2 + start, j1 + start, j2 + start) for op, i1, i2, j1, j2 in matcher.get_opcodes()]
    if end:
        ops.append(("equal", len(a) - end, len(a), len(b) - end, len(b)))
    return ops
