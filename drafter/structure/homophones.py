"""Whether two Chinese characters read alike (tones aside), by pypinyin's readings.

pypinyin reads its dictionaries on import (about half a second); the readings of the common simplified
characters (GB 2312, the characters a pinyin input method types) are kept between runs as a table
(:func:`drafter.cachedir.table`), so a slip is looked up without importing pypinyin. Any other character is
asked of pypinyin itself.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

from drafter import cachedir

# initials told apart by aspiration alone: b/p, d/t, g/k, j/q, z/c, zh/ch
ASPIRATION = {"b": "p", "p": "b", "d": "t", "t": "d", "g": "k", "k": "g", "j": "q", "q": "j", "z": "c", "c": "z",
              "zh": "ch", "ch": "zh"}


def homophones(a: str, b: str) -> bool:
    """Two Chinese characters read alike (tones aside)."""
    readings = _both(a, b)
    return readings is not None and bool(readings[0] & readings[1])


def near_homophones(a: str, b: str) -> bool:
    """Two Chinese characters whose readings differ only in the aspiration of their initial (足 zú and 促 cù,
    调 diào and 跳 tiào): a slip of the ear, or of a speaker whose dialect sounds them alike (敦足 for 敦促)."""
    return _initials_apart(a, b, ASPIRATION)


# initials told apart by the tongue's curl alone: z/zh, c/ch, s/sh (平翘舌)
RETROFLEX = {"z": "zh", "zh": "z", "c": "ch", "ch": "c", "s": "sh", "sh": "s"}


def retroflex_homophones(a: str, b: str) -> bool:
    """Two Chinese characters whose readings differ only in a flat initial against its retroflex one (从 cóng and
    重 chóng, 足 zú and 注 zhù, 资 zī and 支 zhī): the fuzzy pair every pinyin input method offers to merge, and the
    slip of a speaker whose dialect does not tell them apart (从申 for 重申)."""
    return _initials_apart(a, b, RETROFLEX)


def _initials_apart(a: str, b: str, pairs: dict[str, str]) -> bool:
    """Two characters with a reading each whose initials are a pair of ``pairs`` and whose finals are the same."""
    readings = _both(a, b)
    if readings is None:
        return False
    for read_a in readings[0]:
        initial_a = _initial(read_a)
        for read_b in readings[1]:
            initial_b = _initial(read_b)
            if pairs.get(initial_a) == initial_b and read_a[len(initial_a):] == read_b[len(initial_b):]:
                return True
    return False


def nasal_homophones(a: str, b: str) -> bool:
    """Two Chinese characters whose readings differ only in the nasal that ends the final: front against back nasal
    (印 yìn and 迎 yíng, the fuzzy pair pinyin input methods offer to merge), or a nasal against none (督 dū and 敦
    dūn: "ducu" typed for "duncu")."""
    readings_ = _both(a, b)
    return readings_ is not None and any(_nasal_apart(x, y) for x in readings_[0] for y in readings_[1])


def _nasal_apart(a: str, b: str) -> bool:
    """Two toneless readings that differ only in their final's nasal: -n against -ng (yin / ying, shen / sheng), or
    a nasal against none (du / dun, yi / ying), the final's vowels the same."""
    short, long = sorted((a, b), key=len)
    return short[-1:] in "aeiouv" and long in (short + "n", short + "ng") \
        or short.endswith("n") and long == short + "g"


def readings(char: str) -> set[str]:
    """The toneless readings of one Chinese character ("jue" of 决; "dun", "dui", … of 敦); empty when unknown."""
    table = _table()
    found = table.get(char) if table is not None else None
    if found is None:
        asked = _readings([char])
        found = asked.get(char) if asked is not None else None
    return set(found.split(",")) if found else set()


def _initial(reading: str) -> str:
    """The initial consonant of a toneless pinyin reading ("zh" of "zhu", "c" of "cu"; "" of "an")."""
    if reading[:2] in ("zh", "ch", "sh"):
        return reading[:2]
    return reading[:1] if reading[:1] not in "aeiouv" else ""


def _both(a: str, b: str) -> tuple[set[str], set[str]] | None:
    """The toneless readings of two different characters; None when they are the same character or no readings
    can be had."""
    if a == b:
        return None
    table = _table()
    read_a = table.get(a) if table is not None else None
    read_b = table.get(b) if table is not None else None
    if read_a is None or read_b is None:
        found = _readings([c for c, r in ((a, read_a), (b, read_b)) if r is None])
        if found is None:  # pragma: no cover - a dependency; without it no Chinese slip is named
            return None
        read_a = read_a if read_a is not None else found[a]
        read_b = read_b if read_b is not None else found[b]
    return set(read_a.split(",")), set(read_b.split(","))


@cache
def _table() -> dict[str, str] | None:
    """Readings ("zhong,chong") of every GB 2312 character, from the cache after the first run."""
    spec = find_spec("pypinyin")
    try:  # the kept table is the one built from this very dictionary file
        listed = Path(spec.origin).parent / "pinyin_dict.py"  # type: ignore[union-attr, arg-type]
        info = listed.stat()
    except (OSError, TypeError, AttributeError):
        return None
    return cachedir.table("pinyin-gb2312", f"{info.st_size}-{info.st_mtime_ns}", _build, str)


def _build() -> dict[str, str]:
    chars = []
    for high in range(0xB0, 0xF8):  # the GB 2312 hanzi rows
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return _readings(chars) or {}


def _readings(chars: list[str]) -> dict[str, str] | None:
    """pypinyin's toneless readings of each character, joined by commas; None without pypinyin."""
    try:  # pypinyin loads its dictionaries on import: only when the table is built or a rare character is asked
        from pypinyin import Style, pinyin
    except ImportError:  # pragma: no cover - a dependency
        return None
    return {c: ",".join(sorted({r for r in pinyin(c, style=Style.NORMAL, heteronym=True)[0]})) for c in chars}
