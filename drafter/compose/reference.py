"""Build the default reference document (templates/reference.docx), and the page layout of each profile.

Run ``python -m drafter.compose.reference templates/reference.docx`` to regenerate it. A conference
can pass its own reference document to ``drafter build --template``; it must define the
paragraph styles in :data:`drafter.word.styles.STYLE_NAMES`, and its styles are used as they are
(the profile layouts below are applied only to drafter's own reference document).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.compose import styles
from drafter.word import ooxml


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
    ooxml.set_run_fonts(rpr, east_asia=styles.EAST_ASIAN_FONT, western=styles.WESTERN_FONT)
    ooxml.declare_font(document, styles.EAST_ASIAN_FONT, styles.EAST_ASIAN_FALLBACK)

    normal = document.styles["Normal"]
    normal.font.name = styles.WESTERN_FONT
    normal.font.size = Pt(12)
    ooxml.set_run_fonts(normal.element.get_or_add_rPr(), east_asia=styles.EAST_ASIAN_FONT, western=styles.WESTERN_FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    def paragraph_style(key: str, *, bold: bool = False, space_after: float = 6, first_line: float | None = None,
                        left: float | None = None, align: object = WD_ALIGN_PARAGRAPH.JUSTIFY, size: float = 12,
                        keep_with_next: bool = False) -> None:
        style = document.styles.add_style(styles.STYLE_NAMES[key], WD_STYLE_TYPE.PARAGRAPH)
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
    document.styles[styles.STYLE_NAMES["organ"]].paragraph_format.space_before = Pt(12)
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


@dataclass(frozen=True)
class Layout:
    """How a profile sets the text: sizes in points, indents in twentieths of a point (567 = 1 cm)."""

    size: float  # body text
    space_after: float  # between clauses
    line_exact: float | None  # exact line pitch, or None for single spacing
    body_left: int  # left edge of the text column (the heading block stays at the margin)
    first_line: int  # organ line and preambular paragraphs: first-line indent
    first_line_chars: int  # Chinese: first-line indent in characters (replaces first_line when set)
    levels: tuple[tuple[int, int, int], ...]  # numbered levels: (left, first line (<0: hanging), text tab)


CM = 567
HALF_INCH = 720
# UN documents (FORMAT.md §1A; DGACM layout): 10 pt on a 12 pt pitch, 6 pt between paragraphs, the text set in
# a column indented 1.27 cm; the organ line and preambular paragraphs indented a further 1.27 cm on their first
# line; operative numbers stand at that first-line indent and their text runs back to the column edge (no
# hanging indent), each sub-paragraph degree a further 0.635 cm in.
UN = Layout(size=10, space_after=6, line_exact=12, body_left=HALF_INCH, first_line=HALF_INCH, first_line_chars=0,
            levels=tuple((HALF_INCH, HALF_INCH + 360 * n, 2 * HALF_INCH + 360 * n + 576) for n in range(4)))
# English MUN (MUN-F08): Times New Roman 12 pt, single spacing, a blank line between clauses; clauses start at
# the margin; operative numbers and sub-clause labels hang, 1 cm a level.
MUN_EN = Layout(size=12, space_after=12, line_exact=None, body_left=0, first_line=0, first_line_chars=0,
                levels=tuple((CM * (n + 1), -CM, CM * (n + 1)) for n in range(4)))
# Chinese MUN (ZPP-03, ZH-B02..B04): 宋体 小四 (12 pt), single spacing; organ line and 序言性条款 indented two
# characters (首行缩进两字); operative numbers and labels hang.
MUN_ZH = Layout(size=12, space_after=6, line_exact=None, body_left=0, first_line=0, first_line_chars=2,
                levels=MUN_EN.levels)
# Position papers (PP-02, ZPP-03): 12 pt, single spacing, 2.54 cm margins; body paragraphs indented on the first
# line (two characters in Chinese); the proposals list hangs.
PAPER_EN = Layout(size=12, space_after=4, line_exact=None, body_left=0, first_line=425, first_line_chars=0,
                  levels=MUN_EN.levels)
PAPER_ZH = Layout(size=12, space_after=4, line_exact=None, body_left=0, first_line=0, first_line_chars=2,
                  levels=MUN_EN.levels)


def layout_for(kind: str, profile: str, language: str) -> Layout:
    """The layout of a document kind under a profile, in a language."""
    if kind == "position-paper":
        return PAPER_ZH if language == "zh" else PAPER_EN
    if profile == "un":
        return UN
    return MUN_ZH if language == "zh" else MUN_EN


def apply_layout(styles: dict[str, Any], layout: Layout) -> None:
    """Set drafter's paragraph styles (by key of :data:`drafter.word.styles.STYLE_NAMES`, in a document opened from
    drafter's reference document) to ``layout``."""
    from docx.shared import Pt, Twips

    for key, style in styles.items():
        fmt = style.paragraph_format
        if key not in ("title",):
            style.font.size = Pt(layout.size)
        if layout.line_exact:
            from docx.enum.text import WD_LINE_SPACING

            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(layout.line_exact if key != "title" else layout.line_exact + 2)
        if key in ("organ", "preambular", "operative", "sub1", "sub2", "sub3", "body"):
            fmt.space_after = Pt(layout.space_after)
            fmt.left_indent = Twips(layout.body_left)
            fmt.first_line_indent = Twips(layout.first_line) if key in ("organ", "preambular", "body") else None
            if layout.first_line_chars and key in ("organ", "preambular", "body"):
                ooxml.set_first_line_chars(style.element.get_or_add_pPr(), layout.first_line_chars)


if __name__ == "__main__":  # pragma: no cover
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "templates/reference.docx"))
