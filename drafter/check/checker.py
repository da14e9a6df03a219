"""``drafter check``: read a .docx draft as a resolution, run the rule families over it, report the findings.

The structure (heading block, organ line, preambular and operative parts, sub-paragraphs) comes from
:mod:`drafter.structure`, which works on :mod:`drafter.word.reader` paragraphs, so any author's document
can be checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from drafter.check.context import Context
from drafter.check.families import chinese, citations, document, heading, leads, numbering, organ, parts, punctuation
from drafter.check.report import Report
from drafter.check.rules import SEVERITIES
from drafter.library import Library
from drafter.structure import detect_language, guess_profile
from drafter.word import reader

# in this order: findings at the same paragraph and column keep it
FAMILIES: tuple[Callable[[Context], None], ...] = (
    heading.check, organ.check, parts.check, leads.check, punctuation.check, numbering.check, chinese.check,
    citations.check, document.check,
)


def is_position_paper(doc: reader.Document) -> bool:
    """A position paper (drafter's own or by hand) has that title near the top and no numbered clauses."""
    titles = {"position paper", "立场文件"}
    return any(p.text.strip().casefold() in titles for p in doc.paragraphs[:12])


def check_document(doc: reader.Document, lib: Library, *, profile: str | None = None, lang: str | None = None,
                   disabled: Iterable[str] = (), min_severity: str = "suggestion") -> Report:
    """Check ``doc`` in ``profile`` (guessed when None), with messages in ``lang`` (the document's when None);
    findings of ``disabled`` rules and below ``min_severity`` are left out."""
    language = detect_language(doc)
    if is_position_paper(doc):
        return Report(str(doc.path), language, "position-paper", [], message_lang=lang or language)
    chosen = profile or guess_profile(doc, language)
    ctx = Context.read(doc, lib, language, chosen, lang or language)
    for family in FAMILIES:
        family(ctx)
    ctx.finish()
    threshold = SEVERITIES.index(min_severity)
    skip = set(disabled)
    findings = [f for f in ctx.findings if f.rule not in skip and SEVERITIES.index(f.severity) <= threshold]
    findings.sort(key=lambda f: (f.paragraph, f.column))
    notes = []
    if ctx.tree.by_phrases:
        notes.append("no numbered paragraphs: preambular and operative paragraphs were told apart by their lead phrases"
                     if (lang or language) == "en" else "无编号段落：序言段和执行段按引导词区分")
    return Report(str(doc.path), language, chosen, findings, notes, message_lang=lang or language)


def check_file(path: Path, lib: Library, *, profile: str | None = None, lang: str | None = None,
               disabled: Iterable[str] = (), min_severity: str = "suggestion") -> tuple[Report, reader.Document]:
    """Read and check the .docx at ``path`` (options as :func:`check_document`); return the report and the document."""
    doc = reader.read(path)
    return check_document(doc, lib, profile=profile, lang=lang, disabled=disabled, min_severity=min_severity), doc
