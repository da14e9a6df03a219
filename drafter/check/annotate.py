"""``drafter check --comments``: a copy of the draft with each finding as a Word comment on its paragraph, so a
chair can send the draft back as a Word file."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from drafter.check.report import FIXABLE, SEVERITY_WORDS, Finding, Report
from drafter.files import write_atomic
from drafter.word import comments, reader


def comment_text(finding: Finding, lang: str) -> str:
    """What a finding's comment says, in ``lang``: severity, rule id and message, the paragraphs it covers,
    and what --fix would do."""
    severity = SEVERITY_WORDS[lang][finding.severity]
    where = finding.where(lang)
    message, fix = finding.said[lang], finding.fixes[lang]
    if lang == "zh":
        lines = [f"{severity}（{finding.rule}）：{message}" + (f"（{where}）" if where else "")]
        if fix:
            lines.append(f"{FIXABLE['zh']}{fix}")
        return "\n".join(lines)
    lines = [f"{severity} ({finding.rule}): {message}" + (f" ({where})" if where else "")]
    if fix:
        lines.append(f"{FIXABLE['en']} {fix}")
    return "\n".join(lines)


def annotate(findings: list[Finding], report: Report, doc: reader.Document, out: Path, author: str, force: bool,
             when: dt.datetime | None = None) -> int:
    """Write ``doc`` (as it stands: --fix may have corrected it) to ``out`` with ``findings`` as comments by
    ``author`` in the report's language; returns how many comments were written."""
    elements = {p.index: p.element for p in doc.paragraphs}
    notes = [comments.Note(elements[f.paragraph], comment_text(f, report.message_lang))
             for f in findings if f.paragraph in elements]
    count = comments.add_comments(doc.docx, notes, author, when)
    buffer = io.BytesIO()
    doc.docx.save(buffer)
    write_atomic(out, buffer.getvalue(), force=force)
    return count
