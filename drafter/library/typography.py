"""How the text of a library entry must be written, as patterns: what may not end it, what marks a placeholder
or other template markup, and which half-width punctuation does not belong in Chinese text."""

from __future__ import annotations

import re

from drafter.patterns import lazy
from drafter.punctuation import FINAL_MARKS

# Punctuation the renderer adds at the end of a paragraph; a library text must not end with it.
TERMINAL = tuple(FINAL_MARKS)
PLACEHOLDER = lazy(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
JINJA_MARKUP = lazy(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
HALF_WIDTH_IN_ZH = lazy(r"[,;]|:(?![/\d])|(?<=[\u4e00-\u9fff])[.?!]|[.?!](?=[\u4e00-\u9fff])")
FULL_WIDTH = {",": "，", ";": "；", ":": "：", ".": "。", "?": "？", "!": "！"}


def half_width_in_zh(text: str) -> re.Match[str] | None:
    """The first half-width mark in Chinese text that should be full width (its full form: ``FULL_WIDTH``)."""
    return HALF_WIDTH_IN_ZH.search(text)
