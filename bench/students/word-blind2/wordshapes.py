"""Raw WordprocessingML for the shapes students' Word files carry (written here with lxml, independently of drafter).

A paragraph is written in a small markup: ``<i>``, ``<u>``, ``<b>`` direct formatting; ``<cs>`` the character style
"Lead Phrase"; ``<ins>`` / ``<del>`` tracked changes (author "Co-sponsor"); ``<br/>`` a manual line break;
``<date/>`` a DATE field whose result is ``DATE_RESULT``; ``<cm>`` a range carrying a Word comment; U+00AD is
written as ``w:softHyphen``; everything else (U+00A0, smart quotes, "…", U+3000) is literal text.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.shared import Pt
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (f'xmlns:w="{W_NS}" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
DATE_RESULT = "3 December 2026"
CHANGE = 'w:author="Co-sponsor" w:date="2026-11-28T10:15:00Z"'
_ids = iter(range(100, 10_000))


@dataclass
class Para:
    """One body paragraph: markup, paragraph options and the faults a chair marks on it (kind, note)."""

    markup: str
    align: str | None = None
    deleted: bool = False  # the whole paragraph, mark included, is a tracked deletion
    section_break: str | None = None  # "1col": this paragraph ends a one-column section
    faults: list[tuple[str, str]] = field(default_factory=list)
    comment: str | None = None  # text of the comment on the <cm> range


@dataclass
class Table:
    """A heading block typed as a two-column table without borders: (label, value) rows."""

    rows: list[tuple[str, str]]
    faults: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # row-cell paragraph offset -> faults


@dataclass
class TextBox:
    """A paragraph holding only a text box (Word 2010+ shape with its VML fallback) whose lines are given."""

    lines: list[str]
    faults: list[tuple[str, str]] = field(default_factory=list)


def _rpr(fmt: set[str], zh: bool) -> str:
    parts = []
    if "cs" in fmt:
        parts.append('<w:rStyle w:val="LeadPhrase"/>')
    if zh:
        parts.append('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" '
                     'w:hint="eastAsia"/>')
    if "b" in fmt:
        parts.append("<w:b/>")
    if "i" in fmt:
        parts.append("<w:i/>")
    if "u" in fmt:
        parts.append('<w:u w:val="single"/>')
    if zh:
        parts.append('<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:eastAsia="zh-CN"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _text_run(text: str, fmt: set[str], zh: bool, deleted: bool) -> str:
    tag = "w:delText" if deleted else "w:t"
    pieces = []
    for i, chunk in enumerate(text.split("\u00ad")):
        if i:
            pieces.append("<w:softHyphen/>")
        if chunk:
            pieces.append(f'<{tag} xml:space="preserve">{escape(chunk)}</{tag}>')
    return f"<w:r>{_rpr(fmt, zh)}{''.join(pieces)}</w:r>"


def _field_runs(fmt: set[str], zh: bool) -> str:
    rpr = _rpr(fmt, zh)
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rpr}<w:t>{DATE_RESULT}</w:t></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


def runs_xml(markup: str, zh: bool, whole_deleted: bool = False) -> str:
    """The runs of a paragraph written in the markup above."""
    out: list[str] = []
    fmt: set[str] = set()
    for token in re.split(r"(<[^>]+>)", markup):
        if not token:
            continue
        if token.startswith("<"):
            name = token.strip("</>")
            if name == "br":
                out.append(wrap(f"<w:r>{_rpr(fmt, zh)}<w:br/></w:r>", fmt, whole_deleted))
            elif name == "date":
                out.append(wrap(_field_runs(fmt, zh), fmt, whole_deleted))
            elif name == "cm":
                out.append("<CMSTART/>" if not token.startswith("</") else "<CMEND/>")
            elif token.startswith("</"):
                fmt.discard(name)
            else:
                fmt.add(name)
            continue
        deleted = whole_deleted or "del" in fmt
        out.append(wrap(_text_run(token, fmt, zh, deleted), fmt, whole_deleted))
    return "".join(out)


def wrap(run: str, fmt: set[str], whole_deleted: bool) -> str:
    if whole_deleted or "del" in fmt:
        return f'<w:del w:id="{next(_ids)}" {CHANGE}>{run}</w:del>'
    if "ins" in fmt:
        return f'<w:ins w:id="{next(_ids)}" {CHANGE}>{run}</w:ins>'
    return run


def paragraph_xml(para: Para, zh: bool) -> str:
    ppr = []
    if para.section_break == "1col":
        ppr.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
                   'w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
                   '<w:cols w:space="720"/></w:sectPr>')
    if para.align:
        ppr.append(f'<w:jc w:val="{para.align}"/>')
    if para.deleted:
        ppr.append(f'<w:rPr><w:del w:id="{next(_ids)}" {CHANGE}/></w:rPr>')
    ppr_xml = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    body = runs_xml(para.markup, zh, para.deleted).replace("<CMSTART/>", "").replace("<CMEND/>", "")
    return f"<w:p {NSDECL}>{ppr_xml}{body}</w:p>"


def textbox_xml(lines: list[str], zh: bool) -> str:
    inner = "".join(f"<w:p>{runs_xml(line, zh)}</w:p>" for line in lines)
    shape_id = next(_ids)
    return (f'<w:p {NSDECL}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="5400000" cy="{360000 * len(lines)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapTopAndBottom/><wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="5400000" cy="{360000 * len(lines)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape id="Text Box {shape_id}" type="#_x0000_t202" style="width:425pt;height:{28 * len(lines)}pt">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def table_xml(rows: list[tuple[str, str]], zh: bool) -> str:
    cells = "".join(
        f'<w:tr><w:tc><w:tcPr><w:tcW w:w="2200" w:type="dxa"/></w:tcPr><w:p>{runs_xml(label, zh)}</w:p></w:tc>'
        f'<w:tc><w:tcPr><w:tcW w:w="6800" w:type="dxa"/></w:tcPr><w:p>{runs_xml(value, zh)}</w:p></w:tc></w:tr>'
        for label, value in rows)
    return (f'<w:tbl {NSDECL}><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>'
            + "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + '</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2200"/>'
            f'<w:gridCol w:w="6800"/></w:tblGrid>{cells}</w:tbl>')


def logo_png() -> bytes:
    """A small two-colour PNG standing for a conference logo."""
    width = height = 48
    rows = b"".join(b"\x00" + b"".join(
        (b"\x1f\x5f\xa8" if (x - 24) ** 2 + (y - 24) ** 2 < 400 else b"\xff\xff\xff") for x in range(width))
        for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def build(name: str, blocks: list[Para | Table | TextBox], *, zh: bool, header: str | None = None,
          two_columns: bool = False) -> list[tuple[int, str, str]]:
    """Write ``name``.docx; return the faults as (body paragraph index, kind, note)."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14 if zh else 12)
    if zh:
        rpr = normal.element.get_or_add_rPr()
        rpr.rFonts.set(f"{{{W_NS}}}eastAsia", "宋体")
    lead = doc.styles.add_style("Lead Phrase", WD_STYLE_TYPE.CHARACTER)
    lead.font.italic = True
    lead.element.set(f"{{{W_NS}}}styleId", "LeadPhrase")
    if header:
        hp = doc.sections[0].header.paragraphs[0]
        hp.add_run().add_picture(_png_path(), width=Pt(28))
        hp.add_run("  " + header).bold = True
    body = doc.element.body
    sect = body[-1]
    faults: list[tuple[int, str, str]] = []
    index = 0
    comments: list[tuple[Paragraph, str]] = []
    for block in blocks:
        if isinstance(block, Table):
            sect.addprevious(parse_xml(table_xml(block.rows, zh)))
            for offset, items in block.faults.items():
                faults += [(index + offset, kind, note) for kind, note in items]
            index += 2 * len(block.rows)
        elif isinstance(block, TextBox):
            sect.addprevious(parse_xml(textbox_xml(block.lines, zh)))
            index += 1
            faults += [(index, kind, note) for kind, note in block.faults]
        else:
            element = parse_xml(paragraph_xml(block, zh))
            sect.addprevious(element)
            index += 1
            faults += [(index, kind, note) for kind, note in block.faults]
            if block.comment:
                comments.append((Paragraph(element, doc.part), block.comment))
    if two_columns:
        cols = sect.find(f"{{{W_NS}}}cols")
        cols.set(f"{{{W_NS}}}num", "2")
        cols.set(f"{{{W_NS}}}space", "425")
        sect.find(f"{{{W_NS}}}pgSz").addprevious(parse_xml(f'<w:type {NSDECL} w:val="continuous"/>'))
    for paragraph, text in comments:
        runs = [r for r in paragraph.runs if r.text.strip()]
        doc.add_comment(runs[len(runs) // 2:len(runs) // 2 + 1] or runs[-1:], text=text, author="Co-sponsor",
                        initials="CS")
    doc.core_properties.author = "Delegate"
    doc.save(str(HERE / f"{name}.docx"))
    return faults


def _png_path() -> str:
    path = HERE / "src" / "logo.png"
    path.parent.mkdir(exist_ok=True)
    if not path.exists():
        path.write_bytes(logo_png())
    return str(path)
