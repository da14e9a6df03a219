"""Write a :class:`~drafter.compose.bookletdoc.Booklet` as .docx on drafter's reference document: a cover, the
contents (one line per resolution with a PAGEREF field to a bookmark on its first line, which Word updates on
opening and LibreOffice computes whenever it lays out the pages), each resolution from a new page, and the page
number (a PAGE field) at the foot of every page after the cover."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from drafter.compose import reference
from drafter.compose import styles as house
from drafter.compose.bookletdoc import Block, Booklet, Piece, Resolution
from drafter.compose.render import WESTERN_IN_CHINESE, open_reference, unbreakable
from drafter.plurals import counted
from drafter.word import ooxml

BOOKMARK = "_Booklet_{}"  # hidden bookmarks (a leading underscore), one on each resolution's first line
STYLE_OF: dict[str, str] = {"organ": "organ", "preambular": "preambular", "operative": "operative", "sub": "sub1",
                            "section": "section", "continuation": "operative", "closing": "body", "annex": "body",
                            "sponsors": "heading"}


def to_docx(booklet: Booklet, template: Path | None = None) -> bytes:
    """The booklet as the bytes of a .docx file."""
    layout = reference.layout_for("resolution", "cn-mun" if booklet.zh else "thimun", booklet.language)
    document, styles = open_reference(template, booklet.language, layout)
    writer = _Writer(document, booklet, styles)
    writer.cover()
    writer.contents(estimate_pages(booklet, len(booklet.resolutions)))
    for number, resolution in enumerate(booklet.resolutions, start=1):
        writer.resolution(number, resolution)
    writer.pages()
    ooxml.update_fields_on_open(document)
    core = document.core_properties
    core.title = f"{booklet.conference}：通过的决议" if booklet.zh else f"{booklet.conference}: resolutions adopted"
    core.author = "drafter"
    core.comments = f"booklet; language {booklet.language}; {counted(len(booklet.resolutions), 'resolution')}"
    core.language = "zh-CN" if booklet.zh else "en-GB"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class _Writer:
    def __init__(self, document: Any, booklet: Booklet, styles: dict[str, Any]) -> None:
        self.document = document
        self.booklet = booklet
        self.zh = booklet.zh
        self.east_asia = (ooxml.default_east_asian_font(document) or house.EAST_ASIAN_FONT) if self.zh else None
        self.style_ids = {key: style.style_id for key, style in styles.items()}
        section = document.sections[0]
        self.width = int(section.page_width - section.left_margin - section.right_margin)

    # -- runs and paragraphs ----------------------------------------------------------------------------------

    def paragraph(self, style_key: str) -> Any:
        para = self.document.add_paragraph()
        para._p.style = self.style_ids[style_key]
        return para

    def run(self, paragraph: Any, text: str, *, bold: bool = False, italic: bool = False, underline: bool = False,
            size: float | None = None) -> Any:
        from docx.shared import Pt

        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if underline:
            run.underline = True
        if size:
            run.font.size = Pt(size)
        if self.zh:
            rpr = run._r.get_or_add_rPr()
            ooxml.set_run_fonts(rpr, east_asia=self.east_asia)
            ooxml.set_language(rpr, WESTERN_IN_CHINESE, "zh-CN")
        return run

    def line(self, style_key: str, text: str, *, align: str = "left", bold: bool = False, italic: bool = False,
             size: float | None = None, before: float | None = None, after: float | None = None) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        para = self.paragraph(style_key)
        para.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
        if before is not None:
            para.paragraph_format.space_before = Pt(before)
        if after is not None:
            para.paragraph_format.space_after = Pt(after)
        self.run(para, unbreakable(text), bold=bold, italic=italic, size=size)
        return para

    # -- the parts ----------------------------------------------------------------------------------------------

    def cover(self) -> None:
        booklet = self.booklet
        self.line("heading", booklet.conference, align="center", bold=True, size=22, before=160, after=18)
        self.line("heading", "通过的决议" if self.zh else "Resolutions adopted", align="center", size=16, after=36)
        for committee in booklet.committees:
            self.line("heading", committee, align="center", size=13, after=6)
        self.line("heading", booklet.date, align="center", size=12, before=30)

    def contents(self, first_pages: list[int]) -> None:
        """The contents; ``first_pages`` are the page numbers shown until Word or LibreOffice computes them."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
        from docx.shared import Emu, Pt, Twips

        heading = self.line("title", "目录" if self.zh else "Contents", align="center", size=16, after=18)
        heading.paragraph_format.page_break_before = True
        for number, resolution in enumerate(self.booklet.resolutions, start=1):
            para = self.paragraph("operative")  # a style without the body's first-line indent (两字 in Chinese)
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT
            fmt = para.paragraph_format
            fmt.first_line_indent = Twips(-reference.CM)
            fmt.left_indent = Twips(reference.CM)
            fmt.space_after = Pt(6)
            fmt.tab_stops.add_tab_stop(Emu(self.width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            self.run(para, unbreakable(_entry(resolution, self.zh)) + "\t")
            ooxml.add_field(para._p, f"PAGEREF {BOOKMARK.format(number)} \\h", str(first_pages[number - 1]),
                            self.field_rpr())

    def resolution(self, number: int, resolution: Resolution) -> None:
        """One resolution from a new page; its committee and vote in italics (upright in Chinese, which has none)."""
        first = None
        if resolution.number:
            first = self.line("title", resolution.number, align="center", size=14, after=6)
        if resolution.title or first is None:
            title = self.line("title", resolution.title, align="center", size=13, after=12)
            first = first or title
        first.paragraph_format.page_break_before = True
        first.paragraph_format.keep_with_next = True
        ooxml.set_outline_level(first._p, 0)
        ooxml.add_bookmark(first._p, number, BOOKMARK.format(number))
        if resolution.committee:
            self.line("heading", resolution.committee, align="center", italic=not self.zh, after=6)
        for block in resolution.sponsors:
            self.block(block, "heading")
        if resolution.vote:
            self.line("heading", resolution.vote, align="center", italic=not self.zh, before=6, after=12)
        for block in resolution.body:
            self.block(block)

    def block(self, block: Block, style_key: str = "") -> None:
        from docx.shared import Twips

        key = style_key or STYLE_OF[block.role]
        if block.role == "sub":
            key = f"sub{min(max(block.level, 1), 3)}"
        para = self.paragraph(key)
        fmt = para.paragraph_format
        if block.labelled or block.role == "continuation":
            fmt.left_indent = Twips(reference.CM * (block.level + 1))
            fmt.first_line_indent = Twips(-reference.CM if block.labelled else 0)
        if block.label:
            self.run(para, block.label + "\t")
        for piece in block.pieces:
            self.piece(para, piece)

    def piece(self, para: Any, piece: Piece) -> None:
        self.run(para, piece.text, bold=piece.bold, italic=piece.italic, underline=piece.underline)

    def pages(self) -> None:
        """The conference's name at the top and the page number at the foot of every page but the cover."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        section = self.document.sections[0]
        section.different_first_page_header_footer = True
        head = section.header.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.run(head, unbreakable(self.booklet.conference), size=9)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ooxml.add_field(foot._p, "PAGE", "1", self.field_rpr())
        foot.paragraph_format.space_before = Pt(6)

    def field_rpr(self) -> Any:
        from docx.oxml import OxmlElement

        rpr = OxmlElement("w:rPr")
        if self.zh:
            ooxml.set_run_fonts(rpr, east_asia=self.east_asia)
        return rpr


def _entry(resolution: Resolution, zh: bool) -> str:
    """A line of the contents: the number or symbol, then the title."""
    if not resolution.number or not resolution.title:
        return resolution.number or resolution.title
    return f"{resolution.number}\u3000{resolution.title}" if zh else f"{resolution.number}  {resolution.title}"


PAGE_POINTS = 698  # the text height of an A4 page with 2.54 cm margins
LINE_POINTS = {"en": 14.0, "zh": 17.5}  # one line of 12-point text in Times New Roman / a CJK face
LINE_WIDTH = {"en": 85, "zh": 76}  # half-width characters on one line (a Chinese character counts two)
SPACE_AFTER = {"en": 12, "zh": 6}


def estimate_pages(booklet: Booklet, entries: int) -> list[int]:
    """The page each resolution is estimated to start on (the cover is page 1, the contents follow), from the
    length of its paragraphs: the value a page reference shows until the application lays the pages out."""
    import unicodedata

    lang = "zh" if booklet.zh else "en"
    line, width = LINE_POINTS[lang], LINE_WIDTH[lang]
    contents_lines = 3 + entries * 2
    page = 2 + max(0, int(contents_lines * line) // PAGE_POINTS)
    starts = []
    for resolution in booklet.resolutions:
        page += 1
        starts.append(page)
        used = 6 * line
        for block in (*resolution.sponsors, *resolution.body):
            chars = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in block.text)
            height = max(1, -(-chars // width)) * line + SPACE_AFTER[lang]
            if used + height > PAGE_POINTS:
                page += 1
                used = 0
            used += height
    return starts
