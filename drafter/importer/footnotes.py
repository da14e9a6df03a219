"""Footnote reference numbers typed into the text ("the Convention1", "the Part XI Agreement;23", "《公约》1 通过"):
a person copying a resolution keeps the number and loses the superscript. They are found by where they stand
(glued to a word or after a mark, never where a number belongs) and removed, in English and in Chinese."""

from __future__ import annotations

import re

_MARKS = r"\d{1,3}(?:,\d{1,3})*"  # "1" or "1,2": several notes at one place
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

EN = re.compile(
    # glued to a word of lower-case letters: "Convention1", "thereto2", "reports1,2"
    rf"(?<=[a-z]{{3}})(?P<word>{_MARKS})(?=[\s,;:.)\]]|$)"
    # after a closing quotation mark or bracket: "”3 ", "(2015)2 and"
    rf"|(?<=[”’)\]])(?P<close>{_MARKS})(?=[\s,;:.]|$)"
    # after a comma that follows no digit ("Rights,4 the"; never "6,000"), or one or two digits after one that
    # does ("resolution 42/9,1 to": thousands come in threes); not a day before its month ("),17 August")
    rf"|(?<=[^\d\s],)(?P<comma>\d{{1,3}})(?=\s|$)(?!\s(?:{_MONTHS})\b)|(?<=\d,)(?P<comma2>\d{{1,2}})(?=\s|$)"
    # after a semicolon or a colon that follows no digit ("Agreement;23", "in 2020;5"; never "10:30")
    rf"|(?<=;)(?P<semi>{_MARKS})(?=\s|$)|(?<=[^\d\s]:)(?P<colon>{_MARKS})(?=\s|$)"
    # after a full stop ending a sentence: "Development.3 The", never "CP.21" or "11.3"
    rf"|(?<=[a-z]\.)(?P<stop>{_MARKS})(?=\s+[A-Z]|$)"
)

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
# a number after these is part of the sentence ("第1", "至2030年", "和3", "百万分之405"), never a note
_NUMBER_WORDS = "第至和及或与约共达为于在到自逾近超过前后增减额计每之"
# a number before these counts something ("5年", "26个星期", "998名学生"): never a note
_MEASURES = "年月日时分秒号个名项次周岁亿万千百十元%％届条款段章节倍家人国份种类起件册页位米吨度"
ZH = re.compile(
    # after a Chinese character, a closing mark or bracket, before a space (not a digit group: "189 300美元"),
    # a mark or the end: "《公约》1 通过", "第42/9号决议1 决定", "报告2，" (never "可持续发展目标14，": a goal)
    rf"(?<=[{_CJK}》”）」』])(?<![{_NUMBER_WORDS}])(?<!目标)(?P<word>\d{{1,3}}(?:[,，、]\d{{1,3}})*)"
    rf"(?=\s(?!\d)|[，；。：]|$)"
    # after a closing title or quotation mark, before a Chinese character that does not count ("《公约》1的",
    # "“我们希望的未来”7中"; never "《协定》5年后")
    rf"|(?<=[》”])(?P<title>\d{{1,3}})(?=[{_CJK}])(?![{_MEASURES}])"
    # after a mark, before a space or the end: "的保留，以期予以撤回；15", "》、4 《" (never "、426 (1978)")
    rf"|(?<=[，；。：、])(?P<mark>\d{{1,3}})(?=\s(?![\d(])|$)"
)


def drop_marks(text: str, lang: str) -> tuple[str, list[str]]:
    """``text`` without its typed footnote numbers, and the numbers removed (in order)."""
    pattern = ZH if lang == "zh" else EN
    found: list[str] = []

    def drop(match: re.Match[str]) -> str:
        found.append(match.group(0))
        return ""

    text = pattern.sub(drop, text)
    return text, found


# a number standing between Chinese characters: a note only when the other language says so
_GLUED_ZH = re.compile(rf"(?<=[{_CJK}》”）])(?<![{_NUMBER_WORDS}])(?<!目标)(\d{{1,3}})(?=[{_CJK}])(?![{_MEASURES}])")


def drop_known_marks(text: str, marks: list[str], other: str) -> tuple[str, list[str]]:
    """Chinese ``text`` without the numbers glued between its characters that the English version of the same
    paragraph has as footnote numbers (``marks``) and nowhere as a number of its own (``other``, its cleaned text):
    "拟订一项公约的建议1提出评论" beside "… the recommendation …;1"."""
    notes = {n for mark in marks for n in re.split(r"[,，、]", mark)}
    found: list[str] = []

    def drop(match: re.Match[str]) -> str:
        number = match.group(1)
        if number not in notes or re.search(rf"(?<![\d.,/]){number}(?![\d.,/])", other):
            return number
        found.append(number)
        return ""

    if notes:
        text = _GLUED_ZH.sub(drop, text)
    return text, found
