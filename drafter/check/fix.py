"""``drafter check --fix``: carry out the findings' edits on a copy of the document.

The edits themselves are :mod:`drafter.word.edit` values; this module only says which paragraph each one
applies to, in what order, and which findings were fixed.
"""

from __future__ import annotations

import io
from pathlib import Path

from drafter.check.report import Finding, Report
from drafter.files import write_atomic
from drafter.status import DrafterError
from drafter.word import edit, reader


def fix(report: Report, doc: reader.Document, out: Path, force: bool) -> tuple[list[Finding], list[Finding]]:
    """Write a fixed copy of ``doc`` to ``out``; return (fixed, needs a person)."""
    source = Path(report.file).resolve()
    if out.resolve() == source:
        raise DrafterError(f"{out}: --fix never changes the original; give another file name")
    done: set[int] = set()
    failed: set[int] = set()
    by_paragraph: dict[int, list[tuple[edit.Edit, Finding]]] = {}
    for finding in report.findings:
        for correction in finding.edits:
            if correction.everywhere:  # a document-wide setting: every paragraph
                for para in doc.paragraphs:
                    edit.apply(para.element, correction.edit)
                done.add(id(finding))
                continue
            target = finding.paragraph if correction.paragraph is None else correction.paragraph
            by_paragraph.setdefault(target, []).append((correction.edit, finding))
    elements = {p.index: p.element for p in doc.paragraphs}
    for index, edits in by_paragraph.items():
        p = elements[index]
        edits.sort(key=lambda item: edit.right_to_left(item[0]), reverse=True)
        for change, finding in edits:
            (done if edit.apply(p, change) else failed).add(id(finding))
    fixed = [f for f in report.findings if id(f) in done and id(f) not in failed]
    needs_person = [f for f in report.findings if id(f) not in done or id(f) in failed]
    buffer = io.BytesIO()
    doc.docx.save(buffer)
    write_atomic(out, buffer.getvalue(), force=force)
    return fixed, needs_person
