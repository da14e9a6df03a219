"""Paragraph-final punctuation and Chinese full-width punctuation, shared by builder and checker."""

from __future__ import annotations

from drafter.patterns import lazy

END = {
    "en": {"organ": ",", "preambular": ",", "operative": ";", "last": ".", "chapeau": ":", "sub": ";"},
    "zh": {"organ": "，", "preambular": "，", "operative": "；", "last": "。", "chapeau": "：", "sub": "；"},
}
FINAL_MARKS = ",;.:，；。："  # every mark a clause or paragraph may end with, half- and full-width
# a list's joiner ending an item, which then needs no mark of its own: "…; and", "…, or", "…；以及", "…；或"
LIST_JOINER = lazy(r"(?:[,;，；]\s*(?:and|or|以及|和|或|并)|[；;](?:以及|和|或|并))$")
HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
FULL_TO_HALF = {v: k for k, v in HALF_TO_FULL.items()}
# the UN's Chinese texts write dates and numbers in half-width digits
HALF_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# every full-width form of an ASCII character (Ａ／ＲＥＳ／７０／１) as that character, one for one: a text read through it
# keeps its offsets
HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
# the digits an Arabic or Persian keyboard types (Arabic-Indic ٠–٩, Persian ۰–۹), and those written in Western digits
OTHER_SCRIPT_DIGITS = "\u0660-\u0669\u06f0-\u06f9"
WESTERN_DIGITS = str.maketrans("０１２３４５６７８９٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 3)
CJK_CHAR = r"[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef《》“”]"
_HALF_NEAR_CJK = lazy(rf"(?<={CJK_CHAR})\s*([,;:?!])\s*|\s*([,;:?!])\s*(?={CJK_CHAR})")
_PERIOD_AFTER_CJK = lazy(rf"(?<={CJK_CHAR})\.(?=\s*$|\s*{CJK_CHAR})")
CJK = lazy(r"[\u3400-\u4dbf\u4e00-\u9fff]")  # Chinese characters
# Chinese characters and full-width punctuation: text that is Chinese, not English
CJK_TEXT = lazy(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def is_chinese(text: str) -> bool:
    return bool(CJK.search(text))


def half_width_in_chinese(text: str) -> list[tuple[int, str]]:
    """Positions and characters of half-width , ; : ? ! . used next to Chinese text."""
    if not any(mark in text for mark in ",;:?!."):  # most Chinese paragraphs: nothing to look at
        return []
    found = []
    for match in _HALF_NEAR_CJK.finditer(text):
        char = match.group(1) or match.group(2)
        found.append((match.start() + match.group(0).index(char), char))
    for match in _PERIOD_AFTER_CJK.finditer(text):
        found.append((match.start(), "."))
    return sorted(found)


def to_full_width(text: str) -> str:
    """Replace half-width punctuation used within Chinese text by its full-width form."""
    text = _HALF_NEAR_CJK.sub(lambda m: HALF_TO_FULL[m.group(1) or m.group(2)], text)
    return _PERIOD_AFTER_CJK.sub("。", text)


def strip_end(text: str) -> str:
    """Text without its final punctuation and spaces."""
    return text.rstrip().rstrip(",;.:，；。：").rstrip()


def joiner(lang: str, body: str) -> str:
    """What goes between a lead phrase and its body: nothing in Chinese, nor before a comma ("Urges, once
    again, all States") or when there is no body ("Decides:" before its sub-paragraphs); a space otherwise."""
    return "" if lang == "zh" or not body or body[0] in (",", ";", ":") else " "


_CJK_OR_FULL = lazy(CJK_CHAR)
_UN_CITATION_YEAR = lazy(r"\d{4}")


def full_width_brackets(text: str) -> str:
    """Half-width ( ) that enclose or touch Chinese text become （）.

    The UN's citation form 第2165(2014)号决议 (UN-B15, ZH-P02) keeps its half-width brackets.
    """
    out = list(text)
    opened: list[int] = []
    for index, char in enumerate(text):
        if char == "(":
            opened.append(index)
        elif char == ")" and opened:
            start = opened.pop()
            before = text[start - 1] if start else ""
            after = text[index + 1] if index + 1 < len(text) else ""
            inner = text[start + 1:index]
            if before.isdigit() and _UN_CITATION_YEAR.fullmatch(inner):
                continue
            if _CJK_OR_FULL.search(before + after + inner):
                out[start], out[index] = "（", "）"
    return "".join(out)


def zh_typography(text: str) -> str:
    """Chinese text with full-width punctuation and brackets wherever they stand next to Chinese."""
    return full_width_brackets(to_full_width(text))
