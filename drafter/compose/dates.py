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
