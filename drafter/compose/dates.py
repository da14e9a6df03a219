"""Dates as the documents print them, in English and Chinese."""

from __future__ import annotations

import datetime as dt

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def format_date(day: dt.date, language: str) -> str:
    """``20 May 2027`` in English, ``2027年5月20日`` in Chinese."""
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_partial(text: str, language: str) -> str:
    """A date the data may give in part: ``2025-10-25`` as :func:`format_date`, ``2025-10`` as "October 2025" /
    "2025年10月", ``2016`` as "2016" / "2016年"."""
    parts = text.split("-")
    if len(parts) == 3:
        return format_date(dt.date.fromisoformat(text), language)
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        return f"{year}年{month}月" if language == "zh" else f"{MONTHS[month - 1]} {year}"
    return f"{text}年" if language == "zh" else text
