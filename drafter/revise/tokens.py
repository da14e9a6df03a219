"""The units amendments and comparisons work in: words in English, characters in Chinese."""

from __future__ import annotations

import re

_WORDS = re.compile(r"\w+|\s+|[^\w\s]")


def tokens(text: str, lang: str) -> list[str]:
    """Words (with spaces and punctuation as their own tokens) in English, characters in Chinese."""
    return list(text) if lang == "zh" else _WORDS.findall(text)
