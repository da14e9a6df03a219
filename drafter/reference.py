"""Build the default reference document (templates/reference.docx).

Run ``python -m drafter.reference templates/reference.docx`` to regenerate it. A conference
can pass its own reference document to ``drafter build --template``; it must define the
paragraph styles in :data:`drafter.ooxml.STYLE_NAMES`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from drafter import ooxml


def build(path: Path) -> None:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.54))

    rpr = ooxml.doc_defaults_rpr(document)
    ooxml.set_run_fonts(rpr, east_asia=ooxml.EAST_ASIAN_FONT, western=ooxml.WESTERN_FONT)
    ooxml.declare_font(document, ooxml.EAST_ASIAN_FONT, ooxml.EAST_ASIAN_FALLBACK)

    normal = document.styles["Normal"]
    normal.font.name = ooxml.WESTERN_FONT
    normal.font.size = Pt(12)
    ooxml.set_run_fonts(normal.element.get_or_add_rPr(), east_asia=ooxml.EAST_ASIAN_FONT, western=ooxml.WESTERN_FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    def paragraph_style(key: str, *, bold: bool = False, space_after: float = 6, first_line: float | None = None,
                        left: float | None = None, align: object = WD_ALIGN_PARAGRAPH.JUSTIFY, size: float = 12,
                        keep_with_next: bool = False) -> None:
        style = document.styles.add_style(ooxml.STYLE_NAMES[key], WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.bold = bold
        fmt = style.paragraph_format
        fmt.space_after = Pt(space_after)
        fmt.alignment = align
        fmt.keep_with_next = keep_with_next
        if first_line is not None:
            fmt.first_line_indent = Cm(first_line)
        if left is not None:
            fmt.left_indent = Cm(left)

    paragraph_style("heading", space_after=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    paragraph_style("title", bold=True, space_after=12, align=WD_ALIGN_PARAGRAPH.LEFT, size=13, keep_with_next=True)
    paragraph_style("organ", space_after=6, first_line=1.0, keep_with_next=True)
    document.styles[ooxml.STYLE_NAMES["organ"]].paragraph_format.space_before = Pt(12)
    paragraph_style("preambular", first_line=1.0)
    paragraph_style("operative")
    paragraph_style("sub1")
    paragraph_style("sub2")
    paragraph_style("sub3")
    paragraph_style("section", bold=True, space_after=6, align=WD_ALIGN_PARAGRAPH.LEFT, keep_with_next=True)
    paragraph_style("body", first_line=0.75)

    core = document.core_properties
    core.author, core.title, core.comments = "drafter", "drafter reference document", "Styles used by drafter build"
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


if __name__ == "__main__":  # pragma: no cover
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "templates/reference.docx"))
