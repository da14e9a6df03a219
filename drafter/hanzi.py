"""Traditional and simplified Chinese characters: one form to compare names, labels and lead phrases in.

Drafts come in either script (議題 / 议题, 俄羅斯 / 俄罗斯, 回顧 / 回顾); the library and the label tables are written
in simplified characters, so text is looked up in its simplified form. The document's text is never changed.
Text that fits GB 2312 (the simplified character set) has no traditional character and is returned as it is, so
the OpenCC tables (opencc-purepy) are read only for a draft that has traditional characters. The Kangxi radicals a
PDF's font maps for ordinary characters (⼤ for 大) are read as those characters too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

from drafter.patterns import lazy


@cache
def _converter(config: str = "t2s") -> Callable[[str], str]:
    from opencc_purepy import OpenCC  # reads its tables on first use: only for traditional text

    convert: Callable[[str], str] = OpenCC(config).convert
    return convert


_NOT_HAN = lazy("[^\u3400-\u9fff\uf900-\ufaff]+")
# the Kangxi radicals and CJK compatibility ideographs a PDF's font maps for ordinary characters (⼤ for 大, ⽂ for 文):
# they look the same on the page, so a reader takes each for the one character it stands for
_STAND_INS = lazy("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


@cache
def _stand_in_table() -> dict[int, str]:
    """Each radical or compatibility ideograph that stands for one ordinary character, mapped to it."""
    table: dict[int, str] = {}
    for block in ((0x2E80, 0x2FE0), (0xF900, 0xFB00), (0x2F800, 0x2FA20)):
        for code in range(*block):
            plain = unicodedata.normalize("NFKC", chr(code))
            if len(plain) == 1 and plain != chr(code):
                table[code] = plain
    return table


def unradical(text: str) -> str:
    """``text`` with Kangxi radicals and compatibility ideographs read as the characters they stand for,
    character for character (the same length)."""
    return text.translate(_stand_in_table()) if _STAND_INS.search(text) else text


def has_traditional(text: str) -> bool:
    """``text`` has Chinese characters outside the simplified set (GB 2312) that could be traditional ones: those
    the traditional set (Big5) holds. A character neither holds (a Japanese kanji, 笹; a rare name's character)
    is no traditional one."""
    if text.isascii():
        return False
    han = _NOT_HAN.sub("", text)
    try:
        han.encode("gb2312")
    except UnicodeEncodeError:
        return any(_traditional(c) for c in han)
    return False


@lru_cache(maxsize=4096)
def _traditional(character: str) -> bool:
    try:
        character.encode("gb2312")
        return False
    except UnicodeEncodeError:
        pass
    try:
        character.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


def as_written(text: str, written: str) -> str:
    """``text`` (a listed form, in simplified characters) in the script of ``written``, the words a writer typed
    in its place: in traditional characters when ``written`` has any (認識道 is corrected to 認識到, not 认识到), each
    character the writer typed kept where it reads as the one wanted (the writer's variant, 台 or 臺), the others
    converted. ``text`` as it is for a writer of simplified characters."""
    if not has_traditional(written):
        return text
    convert = _converter("s2t")
    out = []
    for i, character in enumerate(text):
        own = written[i] if i < len(written) else ""
        if own and simplified(own) == character:
            out.append(own)
            continue
        converted = convert(character)
        out.append(converted if len(converted) == 1 else character)
    return "".join(out)


@lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """``text`` with traditional characters read as simplified ones, character for character (the same length,
    so an offset in the result is an offset in ``text``). A radical a PDF put for a character (⼤ for 大) is read
    as that character too."""
    text = unradical(text)
    if not has_traditional(text):
        return text
    convert = _converter()
    whole = convert(text)
    if len(whole) == len(text):
        return whole
    # a phrase table changed the length: convert one character at a time instead
    return "".join(c2 if len(c2 := convert(c)) == 1 else c for c in text)
