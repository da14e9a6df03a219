"""A draft's document symbol and session line as its committee writes them on the draft's date: the General
Assembly's A/81/L.5 and "Eighty-first session", a Main Committee's A/C.3/81/L.12, ECOSOC's E/2027/L.3, the Security
Council's S/2026/123, a commission's E/CN.15/2027/L.3 (a committee whose symbol is only a prefix).

A draft may name the session it is for (``session:`` in the answers): the symbol's year is then that session's (the
CCPCJ meets once a year since 1992, so its thirty-sixth session and E/CN.15/2027/L.1 go with 2027)."""

from __future__ import annotations

import datetime as dt

from drafter.library.model import Committee, Sessions
from drafter.numberwords import numeral_zh, ordinal_en


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
