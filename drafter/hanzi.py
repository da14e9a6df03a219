"""Traditional and simplified Chinese characters: one form to compare names and labels in.

Drafts come in either script (議題 / 议题, 俄羅斯 / 俄罗斯); the library and the label tables are written in
simplified characters, so text is looked up in its simplified form. The text itself is never changed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from drafter.punctuation import CJK


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@lru_cache(maxsize=1)
def _converter() -> _Converter:
    from opencc_purepy import OpenCC  # loads its dictionaries: only once Chinese text is compared

    converter: _Converter = OpenCC("t2s")
    return converter


@lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """``text`` with traditional characters in their simplified form (text without Chinese comes back as is)."""
    if not CJK.search(text):
        return text
    converted = _converter().convert(text)
    # the comparison needs the same offsets: keep the original where a conversion changed the length
    return converted if len(converted) == len(text) else text
