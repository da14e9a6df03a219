"""A plain Word document for the dais's sheets, in the house styles and the sheet's language."""

from __future__ import annotations

import io
from typing import Any

from drafter.compose import styles as house
from drafter.compose.render import default_template
from drafter.word import ooxml


class SheetDocument:
    """An empty document on the house template, its language and East Asian font set for ``lang``."""

    def __init__(self, lang: str) -> None:
        from docx import Document

        self.lang = lang
        self.document = Document(str(default_template()))
        body = self.document.element.body
        for child in list(body):
            if not child.tag.endswith("}sectPr"):
                body.remove(child)
        defaults = ooxml.doc_defaults_rpr(self.document)
        self.east_asia = (ooxml.default_east_asian_font(self.document) or house.EAST_ASIAN_FONT) if lang == "zh" else None
        if self.east_asia:
            ooxml.set_language(defaults, "zh-CN", "zh-CN")
            ooxml.set_run_fonts(defaults, east_asia=self.east_asia)
        else:
            ooxml.set_language(defaults, "en-GB", "zh-CN")
        self.styles = {key: self.document.styles[name] for key, name in house.STYLE_NAMES.items()}

    def add(self, paragraph: Any, text: str, bold: bool = False) -> None:
        """Add a run of ``text`` to ``paragraph``."""
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        if self.east_asia:
            rpr = run._r.get_or_add_rPr()
            ooxml.set_run_fonts(rpr, east_asia=self.east_asia)
            ooxml.set_language(rpr, "zh-CN", "zh-CN")

    def line(self, style: str, label: str, text: str, bold: bool = False) -> Any:
        """A paragraph in the house style ``style``: ``label`` in bold, then ``text``."""
        para = self.document.add_paragraph(style=self.styles[style])
        if label:
            self.add(para, label, bold=True)
        self.add(para, text, bold=bold)
        return para

    def centred(self, style: str, text: str) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        para = self.line(style, "", text)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    def indented(self, text: str) -> Any:
        para = self.line("body", "", text)
        para.paragraph_format.left_indent = 360000  # EMU: 1 cm
        return para

    def to_bytes(self, title: str) -> bytes:
        core = self.document.core_properties
        core.title = title
        core.author = "drafter"
        core.language = "zh-CN" if self.lang == "zh" else "en-GB"
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()
