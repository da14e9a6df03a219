"""Which session of a committee a draft is for, and the year its symbol carries: they follow each other.

A committee that meets once a year (``sessions: {first_year: 1992}`` in the library: the CCPCJ's thirty-sixth
session meets in 2027) has its session worked out from the draft's date, or the date's year checked against a
session the answers name; the symbol's year is the session's (E/CN.15/2027/L.1 for the thirty-sixth session).
"""

from __future__ import annotations

import datetime as dt

from drafter.library.model import Committee

_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
            "twelve": "twelfth"}
_ZH_DIGITS = "零一二三四五六七八九"


def ordinal_en(number: int) -> str:
    """36 as "thirty-sixth", 20 as "twentieth" (1 to 99)."""
    tens, units = divmod(number, 10)
    if number < 20:
        word = _UNITS[number]
        return _ORDINAL.get(word, word + "th")
    if units == 0:
        return _TENS[tens][:-1] + "ieth"
    unit = _UNITS[units]
    return f"{_TENS[tens]}-{_ORDINAL.get(unit, unit + 'th')}"


def numeral_zh(number: int) -> str:
    """36 as 三十六, 10 as 十, 12 as 十二 (1 to 99)."""
    tens, units = divmod(number, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _ZH_DIGITS[tens] + "十"
    return head + (_ZH_DIGITS[units] if units else "")


def session_number(committee: Committee, year: int) -> int:
    """The number of the session the committee holds in ``year`` (0 when it has no yearly sessions)."""
    return year - committee.first_year + 1 if committee.first_year else 0


def session_year(committee: Committee, number: int) -> int:
    """The year the committee holds its session ``number``."""
    return committee.first_year + number - 1


def session_name(committee: Committee, number: int, language: str) -> str:
    """"Thirty-sixth session" / 第三十六届会议; the committee's fixed session text when it has no yearly ones."""
    if not committee.first_year or number < 1:
        return committee.session[language]
    if language == "zh":
        return f"第{numeral_zh(number)}届会议"
    return f"{ordinal_en(number).capitalize()} session"


def draft_session(committee: Committee, day: dt.date, number: int = 0) -> tuple[int, int]:
    """The session a draft dated ``day`` is for (``number`` when the answers name one) and its year."""
    if not committee.first_year:
        return 0, day.year
    number = number or session_number(committee, day.year)
    return number, session_year(committee, number)
