"""The numbered lists of each profile and language, as Word numbering formats, and the label each item shows."""

from __future__ import annotations

import re

from drafter.labels import word_number


# Sub-paragraph label formats per profile and language: (numFmt, lvlText) for levels 0..3.
def list_formats(profile: str, language: str) -> list[tuple[str, str]]:
    second = ("chineseCounting", "(%3)") if language == "zh" and profile == "un" else ("lowerRoman", "(%3)")
    if profile == "thimun":
        return [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3."), ("lowerLetter", "%4.")]
    if language == "zh" and profile != "un":  # Chinese MUN: full-width brackets around Latin labels
        return [("decimal", "%1."), ("lowerLetter", "（%2）"), ("lowerRoman", "（%3）"), ("lowerLetter", "%4.")]
    return [("decimal", "%1."), ("lowerLetter", "(%2)"), second, ("lowerLetter", "%4.")]


# Numbered lists of position papers (the proposals): 1. → (a) → (i); Chinese 1. → （1） → ①.
def paper_list_formats(language: str) -> list[tuple[str, str]]:
    if language == "zh":
        return [("decimal", "%1."), ("decimal", "（%2）"), ("decimalEnclosedCircleChinese", "%3"), ("lowerLetter", "%4.")]
    return [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)"), ("lowerLetter", "%4.")]


def preview_label(n: int, depth: int, formats: list[tuple[str, str]]) -> str:
    """The label Word shows for the ``n``-th item at ``depth`` of a list with these (numFmt, lvlText) levels."""
    fmt, text = formats[min(depth, len(formats) - 1)]
    return re.sub(r"%\d", word_number(n, fmt), text)
