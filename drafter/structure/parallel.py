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

from drafter.patterns import lazy
from drafter.word import reader

_HAN = lazy("[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = lazy("[A-Za-z]")
MIN_EACH = 4  # paragraphs of each language a parallel text has at least
ALTERNATING = 0.6  # share of the other language's paragraphs that stand right after a paragraph of the first


def script(text: str) -> str:
    """"zh" for a paragraph of Chinese (a Chinese character and no more Latin letters than six per Chinese
    character: "委员会 Committee：世界卫生大会" is Chinese), "en" for one with Latin letters and no Chinese character,
    "" for one with neither (a blank line, a bare number)."""
    han = len(_HAN.findall(text))
    if not han:
        return "en" if _LATIN.search(text) else ""
    return "zh" if len(_LATIN.findall(text)) <= 6 * han else ""


def bilingual(text: str) -> bool:
    """A line in both languages ("Draft Resolution 决议草案"): Chinese characters and a Latin word."""
    return bool(_HAN.search(text)) and len(_LATIN.findall(text)) >= 2


def _alternates(paragraphs: list[reader.Paragraph]) -> bool:
    """Both languages have :data:`MIN_EACH` paragraphs and they alternate: most paragraphs of the rarer language
    stand right after (or right before) one of the other, as translations do."""
    tagged = [(p, lang) for p in paragraphs if (lang := script(p.text))]
    counts = {lang: sum(1 for _, t in tagged if t == lang) for lang in ("en", "zh")}
    if min(counts.values()) < MIN_EACH:
        return False
    rarer = min(counts, key=lambda lang: counts[lang])
    switches = sum(1 for (_, a), (_, b) in zip(tagged, tagged[1:], strict=False) if a != b)
    return switches >= 2 * ALTERNATING * counts[rarer]


def parallel_texts(doc: reader.Document, language: str) -> list[tuple[reader.Document, str]]:
    """The drafts ``doc`` holds, each with the language to check it in: ``[(doc, language)]`` for a draft in one
    language; for a two-column table of parallel text, the paragraphs of each language (the table's and those
    outside it that are in that language or in neither) as two drafts; for translation lines interleaved with the
    clauses, the draft without the lines in the other language. Paragraph indexes stay the file's."""
    paragraphs = doc.paragraphs
    if not _alternates(paragraphs):
        return [(doc, language)]
    tabled = [p for p in paragraphs if p.in_table and script(p.text)]
    langs = [script(p.text) for p in tabled]
    if len(tabled) >= 2 * MIN_EACH and {"en", "zh"} <= set(langs) and _alternates(tabled):
        out = []
        for lang in ("en", "zh") if language == "en" else ("zh", "en"):
            kept = [p for p in paragraphs if script(p.text) in (lang, "") or (not p.in_table and bilingual(p.text))]
            out.append((dataclasses.replace(doc, paragraphs=kept), lang))
        return out
    kept = [p for p in paragraphs if script(p.text) != ("en" if language == "zh" else "zh")]
    return [(dataclasses.replace(doc, paragraphs=kept), language)]
