"""Letters that look Latin and are not: the Cyrillic and Greek letters a keyboard left on another layout, a template
or a chat puts into English words ("Rеaffirming" with a Cyrillic е, "Кenya" with a Cyrillic К), and the full-width
Latin letters, digits and marks a Chinese input method in full-width mode types ("Ｎｏｔｉｎｇ"). A reader sees the
word; a spell-checker, a search or a list of phrases does not. The Latin reading replaces each such character by one
character, so a span found in the reading is the same span of the text.
"""

from __future__ import annotations

import unicodedata

from drafter.bilingual import Text

# Cyrillic and Greek letters drawn as a Latin letter in the fonts drafts are typed in (whole-letter look-alikes of
# Unicode's confusables; not "в" or "п", which look like no Latin small letter, nor Greek "α" or "ι")
_LOOK_ALIKES = {
    # Cyrillic capitals and small letters
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y", "Ԛ": "Q", "Ԝ": "W",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h",
    # Greek capitals and small letters
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v",
}
LOOK_ALIKE_LETTERS = "".join(_LOOK_ALIKES)
# the look-alikes alone, and with them the full-width forms of ASCII (U+FF01-U+FF5E) and the ideographic space
LATIN_LETTERS = str.maketrans(_LOOK_ALIKES)
_READING = str.maketrans(_LOOK_ALIKES | {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
                         | {"\u3000": " "})


def latin_reading(text: str) -> str:
    """``text`` with each look-alike letter and each full-width Latin character read as its Latin character (one
    for one: the lengths stay)."""
    return text.translate(_READING)


def strangers(text: str) -> list[str]:
    """The characters of ``text`` that :func:`latin_reading` changes, each once, in order."""
    seen: list[str] = []
    for char in text:
        if char != " " and char.translate(_READING) != char and char not in seen:
            seen.append(char)
    return seen


def described(text: str) -> Text:
    """What is wrong with the characters of ``text`` that look Latin and are not, at the end of a message: "; its
    'Е' is U+0415 CYRILLIC CAPITAL LETTER IE, not the Latin letter" (full-width characters together); EMPTY when
    there are none."""
    chars = strangers(text)
    if not chars:
        return Text("", "")
    wide = [c for c in chars if c not in _LOOK_ALIKES]
    other = [c for c in chars if c in _LOOK_ALIKES]
    en: list[str] = []
    zh: list[str] = []
    for char in other[:2]:
        name = unicodedata.name(char, "?")
        en.append(f"{char!r} is U+{ord(char):04X} {name}, not the Latin letter")
        zh.append(f"“{char}”是 U+{ord(char):04X} {name}，不是拉丁字母")
    if wide:
        en.append("it is typed in full-width characters")
        zh.append("其中有全角字符")
    return Text("; " + "; ".join(en), "；" + "；".join(zh))


# pairs of Chinese characters told apart by a stroke or a part only (形近字), which a delegate who writes by hand,
# types with a shape-based input method (五笔) or copies a scanned text mistakes for each other: 批淮 for 批准, 往意到
# for 注意到, 持别指出 for 特别指出, 激请 for 邀请. The classic pairs of the characters of listed leads; a slip of shape is
# read only where the text as written is no word (see ``Phrases.misspelled``); not pairs where a clause's
# ordinary opening would read as a slip (该可 for 核可: 该可持续……)
_SHAPE_PAIRS = ("准淮", "注往", "特持", "邀激", "要耍", "深探", "坚竖", "铭铬", "惜借", "感惑", "宣宜", "又叉", "再冉",
                "促捉", "决快", "赏尝", "吁盱", "识织", "循盾")
_SHAPE_ALIKE = frozenset(pair for both in _SHAPE_PAIRS for pair in (both, both[::-1]))


def shape_alike(a: str, b: str) -> bool:
    """Two Chinese characters told apart only by a stroke or a part (淮 and 准, 往 and 注): a slip of the eye or the
    hand, not of the ear."""
    return a + b in _SHAPE_ALIKE
