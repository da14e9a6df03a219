"""Parallel text in a second language inside one draft: a bilingual conference's draft laid out as a two-column
table (English in one column, Chinese in the other, one row per clause), or a draft with each clause followed by
its translation (the original in a smaller type under each Chinese clause, or the reverse).

Read as one text, the paragraphs of the other language break every count and mark (a Chinese clause judged by
English rules, "1." after "1.", the last clause followed by its translation, a sponsor list and its translation
read as duplicates). So such a draft is split by language: a two-column table gives two drafts, each checked in
its own language; translation lines between the clauses are a gloss for the reader and are left out of the
draft, which is checked in its main language.
"""

from __future__ import annotations

import dataclasses

from drafter.structure.detect import NOT_CJK, NOT_LATIN
from drafter.word import reader

MIN_EACH = 4  # paragraphs of each language a parallel text has at least
ALTERNATING = 0.6  # share of the other language's paragraphs that stand right after a paragraph of the first


def _counts(text: str) -> tuple[int, int]:
    """(Chinese characters, Latin letters) in ``text``, counted as :func:`detect_language` counts them."""
    if text.isascii():
        return 0, len(NOT_LATIN.sub("", text))
    return len(NOT_CJK.sub("", text)), len(NOT_LATIN.sub("", text))


def script(text: str) -> str:
    """"zh" for a paragraph of Chinese (a Chinese character and no more Latin letters than six per Chinese
    character: "委员会 Committee：世界卫生大会" is Chinese), "en" for one with Latin letters and no Chinese character,
    "" for one with neither (a blank line, a bare number)."""
    han, latin = _counts(text)
    if not han:
        return "en" if latin else ""
    return "zh" if latin <= 6 * han else ""


def bilingual(text: str) -> bool:
    """A line in both languages ("Draft Resolution 决议草案"): Chinese characters and a Latin word."""
    han, latin = _counts(text)
    return bool(han) and latin >= 2


def _alternates(scripts: list[str]) -> bool:
    """Both languages have :data:`MIN_EACH` paragraphs and they alternate: most paragraphs of the rarer language
    stand right after (or right before) one of the other, as translations do (``scripts``: each paragraph's)."""
    tagged = [lang for lang in scripts if lang]
    counts = {lang: tagged.count(lang) for lang in ("en", "zh")}
    if min(counts.values()) < MIN_EACH:
        return False
    rarer = min(counts, key=lambda lang: counts[lang])
    switches = sum(1 for a, b in zip(tagged, tagged[1:], strict=False) if a != b)
    return switches >= 2 * ALTERNATING * counts[rarer]


def parallel_texts(doc: reader.Document, language: str) -> list[tuple[reader.Document, str]]:
    """The drafts ``doc`` holds, each with the language to check it in: ``[(doc, language)]`` for a draft in one
    language; for a two-column table of parallel text, the paragraphs of each language (the table's and those
    outside it that are in that language or in neither) as two drafts; for translation lines interleaved with the
    clauses, the draft without the lines in the other language. Paragraph indexes stay the file's."""
    paragraphs = doc.paragraphs
    scripts = [script(p.text) for p in paragraphs]  # each paragraph's language, read once
    if not _alternates(scripts):
        return [(doc, language)]
    tabled = [lang for p, lang in zip(paragraphs, scripts, strict=True) if p.in_table and lang]
    if len(tabled) >= 2 * MIN_EACH and {"en", "zh"} <= set(tabled) and _alternates(tabled):
        out = []
        for lang in ("en", "zh") if language == "en" else ("zh", "en"):
            kept = [p for p, own in zip(paragraphs, scripts, strict=True)
                    if own in (lang, "") or (not p.in_table and bilingual(p.text))]
            out.append((dataclasses.replace(doc, paragraphs=kept), lang))
        return out
    other = "en" if language == "zh" else "zh"
    kept = [p for p, own in zip(paragraphs, scripts, strict=True) if own != other]
    return [(dataclasses.replace(doc, paragraphs=kept), language)]
