"""Small .docx drafts for checker tests, built the way editors write them: each paragraph plain text, or runs of
(text, flags) where the flags say "i" italic, "b" bold, "u" underlined (any together, or "")."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

Para = str | list[tuple[str, str]]


def make(tmp_path: Path, paragraphs: list[Para], name: str = "doc.docx", *, east_asia: bool = True,
         fonts: dict[int, str] | None = None) -> Path:
    """The draft as ``tmp_path / name``. ``east_asia``: every run names an East Asian font (SimSun), as Word does
    for a Chinese user; ``fonts`` gives paragraphs (0-based) a Latin font."""
    doc = Document()
    for i, spec in enumerate(paragraphs):
        para = doc.add_paragraph()
        for text, flags in [(spec, "")] if isinstance(spec, str) else spec:
            run = para.add_run(text)
            run.italic = "i" in flags or None
            run.bold = "b" in flags or None
            run.underline = "u" in flags or None
            if east_asia:
                run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
            if fonts and i in fonts:
                run.font.name = fonts[i]
    path = tmp_path / name
    doc.save(str(path))
    return path
