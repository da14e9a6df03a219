"""Student drafts kept as text (two ``#`` comment lines, then one paragraph a non-empty line) made into .docx."""

from __future__ import annotations

from pathlib import Path

from docx import Document


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a student draft: every non-empty line after the leading comment lines, as typed."""
    lines = text.splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return [line for line in lines if line.strip()]


def student_docx(source: Path, out: Path) -> Path:
    """Write the draft ``source`` (.txt) as a .docx of plain paragraphs at ``out``; returns ``out``."""
    doc = Document()
    for line in paragraphs(source.read_text(encoding="utf-8")):
        doc.add_paragraph(line)
    doc.save(str(out))
    return out
