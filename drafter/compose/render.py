"""Write a :class:`~drafter.compose.draft.Draft` as .docx (python-docx on a reference document), .md or .txt."""

from __future__ import annotations

import io
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from drafter.compose import reference
from drafter.compose import styles as house
from drafter.compose.draft import Draft, ListItem, SubParagraph
from drafter.compose.listformats import list_formats, paper_list_formats
from drafter.compose.preview import to_text
from drafter.library import builtin_templates
from drafter.oserrors import reason_zh
from drafter.problems import joined_zh, q
from drafter.punctuation import joiner
from drafter.status import DrafterError, ExitStatus
from drafter.word import ooxml

FORMATS = ("docx", "md", "txt", "pdf")


def default_template() -> Path:
    return builtin_templates() / "reference.docx"


WORD_JOINER = "\u2060"
# Document symbols and resolution numbers (A/RES/74/247, E/CN.15/2027/L.4, 65/230, 24/7) and numbers with a space
# between thousands (17 000): text that must not be broken across lines.
_SYMBOL = re.compile(r"(?<![A-Za-z0-9./])[A-Za-z0-9][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+")
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d])")


def unbreakable(text: str) -> str:
    """``text`` with symbols tied together by WORD JOINER around each "/" and thousands joined by NARROW
    NO-BREAK SPACE (LibreOffice breaks a plain no-break space in Chinese lines). drafter.word.reader drops the
    joiners, so the checker reads the text as typed."""
    if "/" in text:
        text = _SYMBOL.sub(lambda m: m.group(0).replace("/", f"{WORD_JOINER}/{WORD_JOINER}"), text)
    if " " not in text:
        return text
    return _THOUSANDS.sub(lambda m: m.group(0).replace(" ", "\u202f"), text)


@lru_cache(maxsize=8)
def _template_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DrafterError(f"{path}: cannot read the template: {exc.strerror}",
                           zh=f"{path}：无法读取模板（{reason_zh(exc)}）") from None


def _open_template(path: Path) -> Any:
    from docx import Document

    try:
        return Document(io.BytesIO(_template_bytes(path)))
    except DrafterError:
        raise
    except Exception as exc:  # python-docx raises several kinds for a file that is not a .docx
        raise DrafterError(f"{path}: not a usable Word document ({type(exc).__name__}: {exc})",
                           ExitStatus.UNREADABLE,
                           zh=f"{path}：不是可用的 Word 文档（{type(exc).__name__}：{exc}）") from None


def to_docx(draft: Draft, template: Path | None = None) -> bytes:
    """Render a draft to the bytes of a .docx file."""
    layout = reference.layout_for(draft.kind, draft.profile, draft.language)
    document, styles = open_reference(template, draft.language, layout)
    writer = _Writer(document, draft, layout, styles)
    writer.write()
    writer.pages()
    core = document.core_properties
    core.title = draft.title or (draft.heading[0].text if draft.heading else "")
    core.author = "drafter"
    core.comments = f"{draft.kind}; language {draft.language}; profile {draft.profile}"
    core.language = "zh-CN" if draft.language == "zh" else "en-GB"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def open_reference(template: Path | None, language: str, layout: reference.Layout) -> tuple[Any, dict[str, Any]]:
    """The reference document (drafter's own, or a conference's ``template``) emptied of its text, set to
    ``language``, and drafter's paragraph styles in it by key of :data:`drafter.compose.styles.STYLE_NAMES`
    (set to ``layout`` in drafter's own reference document; a conference's styles are used as they are)."""
    template = template or default_template()
    document = _open_template(template)
    present = _styles_by_name(document)
    missing = [name for name in house.STYLE_NAMES.values() if name not in present]
    if missing:
        raise DrafterError(f"{template}: the reference document lacks the paragraph "
                           f"{'style' if len(missing) == 1 else 'styles'} {', '.join(repr(m) for m in missing)}; add them or start from drafter's templates/reference.docx",
                           zh=f"{template}：参考文档缺少段落样式{joined_zh(q(m) for m in missing)}；"
                              "请添加，或从 drafter 的 templates/reference.docx 开始")
    body = document.element.body
    for child in list(body):
        if child.tag.endswith("}sectPr"):
            continue
        body.remove(child)
    _set_language(document, language)
    styles = {key: present[name] for key, name in house.STYLE_NAMES.items()}
    if template == default_template():
        reference.apply_layout(styles, layout)
    return document, styles


def _styles_by_name(document: Any) -> dict[str, Any]:
    """drafter's paragraph styles present in ``document``, by name (without wrapping every style of it)."""
    from docx.oxml.ns import qn
    from docx.styles.style import StyleFactory

    wanted = set(house.STYLE_NAMES.values())
    found = {}
    for element in document.styles.element.findall(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")) in wanted:
            found[name.get(qn("w:val"))] = StyleFactory(element)
    return found


# The language of the Latin-script text (symbols, numbers) inside a Chinese document. Tagged zh-CN, LibreOffice
# breaks lines inside it ("2026" → "20" / "26", "A/" / "RES/74/247"); the Chinese text itself stays zh-CN.
WESTERN_IN_CHINESE = "en-GB"


def _set_language(document: Any, language: str) -> None:
    rpr = ooxml.doc_defaults_rpr(document)
    if language == "zh":
        ooxml.set_language(rpr, WESTERN_IN_CHINESE, "zh-CN")
        east = ooxml.default_east_asian_font(document) or house.EAST_ASIAN_FONT
        ooxml.set_run_fonts(rpr, east_asia=east)
    else:
        ooxml.set_language(rpr, "en-GB", "zh-CN")


class _Writer:
    def __init__(self, document: Any, draft: Draft, layout: reference.Layout, styles: dict[str, Any]) -> None:
        self.document = document
        self.draft = draft
        self.layout = layout
        self.zh = draft.language == "zh"
        self.east_asia = (ooxml.default_east_asian_font(document) or house.EAST_ASIAN_FONT) if self.zh else None
        self.styles = styles
        self.style_ids = {key: style.style_id for key, style in self.styles.items()}
        self.num_id: int | None = None

    def paragraph(self, style_key: str) -> Any:
        para = self.document.add_paragraph()
        para._p.style = self.style_ids[style_key]
        return para

    def run(self, paragraph: Any, text: str, emphasis: str = "none", bold: bool = False) -> Any:
        run = paragraph.add_run(unbreakable(text))
        if emphasis == "italic":
            run.italic = True
        elif emphasis == "bold":
            run.bold = True
        elif emphasis == "underline":
            run.underline = True
        if bold:
            run.bold = True
        if self.zh:
            rpr = run._r.get_or_add_rPr()
            ooxml.set_run_fonts(rpr, east_asia=self.east_asia)
            ooxml.set_language(rpr, WESTERN_IN_CHINESE, "zh-CN")
        return run

    def write(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        align = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                 "center": WD_ALIGN_PARAGRAPH.CENTER}
        draft = self.draft
        for line in draft.heading:
            style = "title" if line.role == "title" else "heading"
            para = self.paragraph(style)
            para.alignment = align[line.align]
            if line.label:
                self.run(para, line.label, bold=True)
            run = self.run(para, line.text, bold=line.bold and style != "title")
            if draft.profile == "un" and draft.kind == "resolution":
                self.un_masthead(para, run, line.role)
        if draft.kind == "position-paper":
            for section in draft.sections:
                self.run(self.paragraph("section"), section.heading)
                for text in section.paragraphs:
                    if section.kind == "references":
                        self.reference(text)
                    else:
                        self.run(self.paragraph("body"), text)
                if section.items:
                    if self.num_id is None:
                        self.num_id = ooxml.add_numbering(self.document, paper_list_formats(draft.language),
                                                          list(self.layout.levels))
                    self.list_items(section.items, 0)
            return
        if draft.organ:
            para = self.paragraph("organ")
            self.run(para, draft.organ, draft.organ_emphasis)
            self.run(para, draft.organ_end)
        for pre in draft.preambular:
            para = self.paragraph("preambular")
            self.run(para, pre.lead, draft.preambular_emphasis)
            self.run(para, f"{joiner(draft.language, pre.body)}{pre.body}{pre.end}")
        if draft.operative:
            self.num_id = ooxml.style_num_id(self.styles["operative"]) or ooxml.add_numbering(
                self.document, list_formats(draft.profile, draft.language), list(self.layout.levels))
        for op in draft.operative:
            para = self.paragraph("operative")
            assert self.num_id is not None
            ooxml.set_numbering(para._p, self.num_id, 0)
            self.run(para, op.lead, draft.operative_emphasis)
            self.run(para, f"{joiner(draft.language, op.body)}{op.body}{op.end}")
            self.subparagraphs(op.subparagraphs, 1)

    def reference(self, text: str) -> None:
        """One entry of a position paper's references: set left, a size smaller, its number hanging (web
        addresses would stretch a justified line)."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        para = self.paragraph("body")
        para.alignment = WD_ALIGN_PARAGRAPH.LEFT
        para.paragraph_format.left_indent = Pt(21)
        para.paragraph_format.first_line_indent = Pt(-21)
        para.paragraph_format.space_after = Pt(2)
        self.run(para, text).font.size = Pt(9)

    def un_masthead(self, para: Any, run: Any, role: str) -> None:
        """The UN heading block: large "United Nations", symbol and organ; sponsor line and title in the text
        column."""
        from docx.shared import Pt, Twips

        sizes = {"un-name": 14, "symbol": 14, "organ-name": 16, "title": 12}
        if role in sizes:
            run.font.size = Pt(sizes[role])
            para.paragraph_format.line_spacing = 1.0  # the text's 12 pt pitch would clip larger type
        if role == "symbol":
            run.bold = True
        if role in ("sponsors", "title"):
            para.paragraph_format.left_indent = Twips(self.layout.body_left)
        if role == "sponsors":
            para.paragraph_format.space_before = Pt(12)
            para.paragraph_format.space_after = Pt(6)

    def list_items(self, items: list[ListItem], level: int) -> None:
        for item in items:
            para = self.paragraph("body")
            assert self.num_id is not None
            ooxml.set_numbering(para._p, self.num_id, min(level, 3))
            self.run(para, item.text)
            self.list_items(item.children, level + 1)

    def pages(self) -> None:
        """Running heads and page numbers, as Word fields, unless the template brings its own."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        section = self.document.sections[0]
        if not (section.header.is_linked_to_previous and section.footer.is_linked_to_previous):
            return
        draft = self.draft
        left, right, center = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.CENTER
        if draft.kind == "resolution" and draft.profile == "un":
            # UN documents: page 1 carries the heading block only; later pages the symbol at the top and the
            # page number at the foot, both on the outer edge (right on odd pages, left on even ones).
            section.different_first_page_header_footer = True
            self.document.settings.odd_and_even_pages_header_footer = True
            for header, side in ((section.header, right), (section.even_page_header, left)):
                self.running_head(header, draft.running_head, side, rule=True)
            for footer, side in ((section.footer, right), (section.even_page_footer, left)):
                self.page_number(footer, side, "{page}/{pages}")
            return
        # MUN conferences number every page; position papers carry the delegation (ZPP-03: the delegate's name)
        # at the top right of every page.
        if draft.running_head:
            self.running_head(section.header, draft.running_head, right, rule=False)
        self.page_number(section.footer, center, "第{page}页，共{pages}页" if self.zh else "Page {page} of {pages}")

    def running_head(self, header: Any, text: str, alignment: Any, rule: bool) -> None:
        from docx.shared import Pt

        para = header.paragraphs[0]
        para.alignment = alignment
        run = self.run(para, text, bold=rule)
        run.font.size = Pt(10 if rule else 9)
        if rule:
            ooxml.set_bottom_border(para._p)

    def page_number(self, footer: Any, alignment: Any, pattern: str) -> None:
        from docx.shared import Pt

        para = footer.paragraphs[0]
        para.alignment = alignment
        for piece in re.split(r"(\{page\}|\{pages\})", pattern):
            if piece == "{page}":
                ooxml.add_field(para._p, "PAGE", "1", self.field_rpr())
            elif piece == "{pages}":
                ooxml.add_field(para._p, "NUMPAGES", "1", self.field_rpr())
            elif piece:
                self.run(para, piece).font.size = Pt(9)

    def field_rpr(self) -> Any:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        rpr = OxmlElement("w:rPr")
        if self.zh:
            ooxml.set_run_fonts(rpr, east_asia=self.east_asia)
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "18")
        rpr.append(size)
        return rpr

    def subparagraphs(self, subs: list[SubParagraph], level: int) -> None:
        for sub in subs:
            para = self.paragraph(f"sub{min(level, 3)}")
            assert self.num_id is not None
            ooxml.set_numbering(para._p, self.num_id, min(level, 3))
            self.run(para, f"{sub.body}{sub.end}")
            self.subparagraphs(sub.children, level + 1)


def render(draft: Draft, fmt: str, template: Path | None = None) -> bytes:
    """Bytes of the draft in ``fmt`` (docx, md or txt; pdf is made from docx by :func:`drafter.compose.pdf.to_pdf`)."""
    if fmt == "docx":
        return to_docx(draft, template)
    if fmt in ("md", "txt"):
        return to_text(draft, markdown=fmt == "md").encode("utf-8")
    raise DrafterError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}",
                       zh=f"未知格式{q(fmt)}；可用：{joined_zh(FORMATS)}")
