"""Text as the imported library writes it: bodies cleaned the way the renderer writes text (typed footnote numbers
removed, spaces where the renderer puts them, Chinese marks and brackets full width), excerpts shortened, texts
keyed for near-duplicates, identifiers made from words and document symbols."""

from __future__ import annotations

import re

from drafter.importer.footnotes import drop_marks
from drafter.punctuation import HALF_DIGITS, strip_end, zh_typography
from drafter.structure import fold_spelling

_WIDE = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef《》“”‘’"  # Chinese characters and full-width marks
_SPACE_IN_ZH = re.compile(rf"\s+(?=[{_WIDE}])|(?<=[{_WIDE}])\s+")
_CITATION_YEAR = re.compile(r"(?<=[\s(]\d{3})(\((?:19|20)\d\d\))|(?<=[\s(]\d{4})(\((?:19|20)\d\d\))")
_SPACE_IN_EN = re.compile(r"\s+(?=[,;:.!?)\]”’]|$)|(?<=[(\[“‘])\s+")


def clean(text: str, lang: str) -> str:
    """A body as the library wants it (see :func:`clean_with_notes`)."""
    return clean_with_notes(text, lang)[0]


def clean_with_notes(text: str, lang: str) -> tuple[str, list[str]]:
    """A body as the renderer would write it, and the typed footnote numbers taken out of it: spaces collapsed,
    none before a mark or inside brackets and quotation marks (none next to Chinese at all), no final mark,
    full-width marks and brackets and half-width digits in Chinese."""
    text, notes = drop_marks(text, lang)
    text = strip_end(" ".join(text.split()))
    if lang == "zh":
        text = zh_typography(text).translate(HALF_DIGITS)  # "2011年４月7日" typed in A/RES/74/82 C
        text = re.sub(r"[,;]", lambda m: {",": "，", ";": "；"}[m.group()], text)
        text = re.sub(r":(?![/\d])", "：", text)
        text = _SPACE_IN_ZH.sub("", text)
    else:
        text = _SPACE_IN_EN.sub("", text)
        text = _CITATION_YEAR.sub(lambda m: " " + m.group(0), text)  # "resolution 2461(2019)": the UN cites "2461 (2019)"
    return strip_end(text), notes


def short(text: str) -> str:
    """Spaces collapsed and cut to 60 characters, for a line of the report."""
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def same_lead(form: str, written: str, lang: str) -> bool:
    """A phrase form and a lead as written are the same words (case and -ise/-ize aside in English)."""
    return fold_spelling(form) == fold_spelling(written) if lang == "en" else form == written


def normalise(text: str) -> str:
    """The text compared for near-duplicates: case, numbers, punctuation and spacing set aside."""
    text = re.sub(r"\d+", "#", text.casefold())
    return " ".join(re.sub(r"[^\w#]+", " ", text).split())


def slug(text: str, limit: int = 48) -> str:
    """Lower-case words joined by '-', cut at a word within ``limit`` characters, not ending on a small word."""
    kept: list[str] = []
    for word in re.findall(r"[a-z0-9]+", text.casefold()):
        if kept and len("-".join(kept + [word])) > limit:
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1] in ("a", "an", "and", "for", "in", "of", "on", "the", "to", "with", "by"):
        kept.pop()
    return "-".join(kept)


def symbol_slug(name: str) -> str:
    """a74-247 for A/RES/74/247, a74-260b for A/RES/74/260 B, else the file name's words."""
    parts = [p for p in re.findall(r"[A-Za-z0-9]+", name) if p.upper() != "RES" and p.lower() != "docx"]
    if len(parts) >= 2 and parts[0].isalpha() and parts[1][:1].isdigit():
        parts = [parts[0] + parts[1], *parts[2:]]
    head, tail = parts[0] if parts else "doc", parts[1:]
    joined = "-".join([head] + tail).casefold()
    return re.sub(r"(\d)-([a-z])$", r"\1\2", joined)
