"""A draft's document symbol and session line as its committee writes them on the draft's date: the General
Assembly's A/81/L.5 and "Eighty-first session", a Main Committee's A/C.3/81/L.12, ECOSOC's E/2027/L.3, the Security
Council's S/2026/123, a commission's E/CN.15/2027/L.3 (a committee whose symbol is only a prefix).

A draft may name the session it is for (``session:`` in the answers): the symbol's year is then that session's (the
CCPCJ meets once a year since 1992, so its thirty-sixth session and E/CN.15/2027/L.1 go with 2027)."""

from __future__ import annotations

import datetime as dt

from drafter.library.model import Committee, Sessions

_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_UNITS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                  "nine": "ninth", "twelve": "twelfth"}
_ZH_DIGITS = "零一二三四五六七八九"


def cardinal_en(number: int) -> str:
    """English words for 1-999: "seventy-four", "one hundred and six"."""
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds:
        words.append(f"{_UNITS[hundreds]} hundred")
    if rest:
        tens, units = divmod(rest, 10)
        part = _UNITS[rest] if rest < 20 else _TENS[tens] + (f"-{_UNITS[units]}" if units else "")
        words.append(("and " if hundreds else "") + part)
    return " ".join(words)


def ordinal_en(number: int) -> str:
    """"Seventy-fourth", "Thirty-sixth", "First" (1-999, else "1000th"), capitalised as a heading line starts."""
    if not 1 <= number <= 999:
        return f"{number}th"
    words = cardinal_en(number)
    head, sep, last = words.rpartition("-") if "-" in words.split()[-1] else words.rpartition(" ")
    if last in _ORDINAL_UNITS:
        last = _ORDINAL_UNITS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return (head + sep + last).capitalize()


def numeral_zh(number: int) -> str:
    """Chinese numerals for 1-999, as session lines write them: 七十四, 三十六, 十五, 一百零六 (else the digits)."""
    if not 1 <= number <= 999:
        return str(number)
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    out = f"{_ZH_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _ZH_DIGITS[tens]) + "十"
    elif hundreds and units:
        out += "零"
    if units:
        out += _ZH_DIGITS[units]
    return out


def session_number(sessions: Sessions, day: dt.date) -> int:
    """The session open on ``day``: the last one that opened in or before its month (at least the first)."""
    per_year = len(sessions.months)

    def index(year: int, month: int) -> int:  # how many sessions opened before this month's, counted from year 0
        opened = [m for m in sessions.months if m <= month]
        return year * per_year + len(opened) - 1

    return max(1, sessions.number + index(day.year, day.month) - index(sessions.year, sessions.month))


def opening(sessions: Sessions, number: int) -> tuple[int, int]:
    """The year and month session ``number`` opens (counted from the one the library names)."""
    per_year = len(sessions.months)
    index = sessions.months.index(sessions.month) + number - sessions.number
    return sessions.year + index // per_year, sessions.months[index % per_year]


def draft_session(committee: Committee, day: dt.date, number: int = 0) -> tuple[int, int]:
    """The session a draft dated ``day`` is for (``number`` when the answers name one) and the year it opens
    (0 and the date's year for a committee without numbered sessions)."""
    if committee.sessions is None:
        return 0, day.year
    number = number or session_number(committee.sessions, day)
    return number, opening(committee.sessions, number)[0]


def draft_symbol(committee: Committee, day: dt.date, number: str, session: int = 0) -> str:
    """The draft's symbol: the committee's pattern filled, or PREFIX/<year>/L.<number> for a bare prefix (the year
    the session opens: a draft dated in 2026 for the thirty-sixth session of the CCPCJ is E/CN.15/2027/L.1)."""
    session, year = draft_session(committee, day, session)
    if "{" not in committee.symbol:
        return f"{committee.symbol}/{year}/L.{number}"
    return committee.symbol.replace("{year}", str(year)).replace("{session}", str(session or 1)).replace(
        "{number}", number)


def session_line(committee: Committee, day: dt.date, lang: str, session: int = 0) -> str:
    """The committee's session line in ``lang`` for a draft dated ``day`` ("" when it has none)."""
    text = committee.session[lang]
    if committee.sessions and not text:
        text = "{ordinal} session" if lang == "en" else "第{ordinal}届会议"
    number, year = draft_session(committee, day, session)
    if "{ordinal}" not in text:
        return text.replace("{year}", str(year))
    return text.replace("{year}", str(year)).replace(
        "{ordinal}", ordinal_en(number or 1) if lang == "en" else numeral_zh(number or 1))
