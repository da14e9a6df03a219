"""Small machinery for the word-blind5 drafts: python-docx for the package, lxml for the WordprocessingML.

Written for this set, independently of drafter and of the earlier sets' scripts. A ``Draft`` holds one document;
paragraphs are appended to the body (or to a table cell) and may carry fault marks, which ``faults()`` turns into
1-based body paragraph indexes (every ``w:p`` of the body in order, table-cell paragraphs included).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W_NS = nsdecls("w")
DATE = "2026-11-20T10:00:00Z"
Fault = tuple[str, str]


def F(kind: str, note: str) -> Fault:
    """A fault mark placed next to the paragraph that carries it."""
    return (kind, note)


def rpr(i: bool = False, u: bool = False, b: bool = False, sup: bool = False, font: str | None = None,
        east: str | None = None) -> str:
    """Run properties as Word writes them (fonts first, then emphasis)."""
    parts = []
    if font or east:
        attrs = (f' w:ascii="{font}" w:hAnsi="{font}"' if font else "") + (f' w:eastAsia="{east}"' if east else "")
        parts.append(f"<w:rFonts{attrs}/>")
    if b:
        parts.append("<w:b/>")
    if i:
        parts.append("<w:i/>")
    if u:
        parts.append('<w:u w:val="single"/>')
    if sup:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run(text: str, **fmt: Any) -> str:
    """One run of text; "\\n" becomes a manual line break (Shift+Enter)."""
    pieces = []
    for n, chunk in enumerate(text.split("\n")):
        if n:
            pieces.append("<w:br/>")
        if chunk:
            pieces.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{rpr(**fmt)}{''.join(pieces)}</w:r>"


_change_id = [100]


def _next_id() -> int:
    _change_id[0] += 1
    return _change_id[0]


def deleted(text: str, author: str = "Delegate of Chile", **fmt: Any) -> str:
    """A tracked deletion."""
    return (f'<w:del w:id="{_next_id()}" w:author="{author}" w:date="{DATE}"><w:r>{rpr(**fmt)}'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def inserted(text: str, author: str = "Delegate of Chile", **fmt: Any) -> str:
    """A tracked insertion."""
    return f'<w:ins w:id="{_next_id()}" w:author="{author}" w:date="{DATE}">{run(text, **fmt)}</w:ins>'


def footnote_ref(number: int) -> str:
    """The superscript reference mark of footnote ``number``."""
    return f'<w:r>{rpr(sup=True)}<w:footnoteReference w:id="{number}"/></w:r>'


def lvl(ilvl: int, fmt: str, text: str, left: int, hanging: int = 360, start: int = 1, font: str | None = None,
        pstyle: str | None = None, suff: str | None = None, is_lgl: bool = False) -> str:
    """One level of an abstract numbering definition."""
    rp = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            + (f'<w:pStyle w:val="{pstyle}"/>' if pstyle else "")
            + ("<w:isLgl/>" if is_lgl else "")
            + (f'<w:suff w:val="{suff}"/>' if suff else "")
            + f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rp}</w:lvl>')


class Draft:
    """One .docx under construction."""

    def __init__(self, east: str = "SimSun", size: int = 24) -> None:
        self.doc = docx.Document()
        self.body = self.doc.element.body
        self.marks: list[tuple[Any, list[Fault]]] = []
        normal = self.doc.styles["Normal"].element
        rp = normal.get_or_add_rPr()
        for old in rp.findall(qn("w:rFonts")) + rp.findall(qn("w:sz")):
            rp.remove(old)
        rp.append(parse_xml(f'<w:rFonts {W_NS} w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
                            f'w:eastAsia="{east}" w:cs="Times New Roman"/>'))
        rp.append(parse_xml(f'<w:sz {W_NS} w:val="{size}"/>'))
        self.numbering = self.doc.part.numbering_part.element
        self.footnotes: list[str] = []

    # ---------- paragraphs ----------
    def para(self, *runs: str, num: tuple[int, int] | None = None, style: str | None = None,
             ind: tuple[int, int] | None = None, jc: str | None = None, faults: list[Fault] | None = None,
             into: Any = None, extra_ppr: str = "") -> Any:
        """Append a paragraph (to the body, or to the cell ``into``); ``ind`` = (left, hanging) in twips."""
        ppr = ""
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += extra_ppr
        if ind:
            ppr += f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>'
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        p = parse_xml(f"<w:p {W_NS}>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>")
        if into is None:
            self.body.find(qn("w:sectPr")).addprevious(p)
        else:
            into.append(p)
        if faults:
            self.marks.append((p, faults))
        return p

    def one_cell_table(self, borders: bool = True) -> Any:
        """A full-width one-cell table (a frame around text); returns its cell, empty."""
        border = "".join(f'<w:{side} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
                         for side in ("top", "left", "bottom", "right")) if borders else ""
        tbl = parse_xml(f'<w:tbl {W_NS}><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{border}'
                        f'</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/>'
                        f'</w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="pct"/></w:tcPr></w:tc></w:tr>'
                        f'</w:tbl>')
        self.body.find(qn("w:sectPr")).addprevious(tbl)
        return tbl.find(qn("w:tr")).find(qn("w:tc"))

    def page_break(self) -> Any:
        """An empty paragraph holding a page break."""
        return self.para('<w:r><w:br w:type="page"/></w:r>')

    # ---------- numbering ----------
    def abstract(self, abstract_id: int, levels: list[str], kind: str = "hybridMultilevel",
                 extra: str = "") -> None:
        """Add an abstract numbering definition (before the first w:num, as the schema orders them)."""
        node = parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}"><w:nsid w:val="{abstract_id:08X}"/>'
                         f'<w:multiLevelType w:val="{kind}"/>{extra}{"".join(levels)}</w:abstractNum>')
        first_num = self.numbering.find(qn("w:num"))
        if first_num is None:
            self.numbering.append(node)
        else:
            first_num.addprevious(node)

    def num(self, num_id: int, abstract_id: int, start_override: dict[int, int] | None = None) -> None:
        """Add a list instance, optionally restarting levels with w:startOverride."""
        overrides = "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                            for k, v in (start_override or {}).items())
        self.numbering.append(parse_xml(f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                                        f'{overrides}</w:num>'))

    # ---------- parts ----------
    def footnote(self, text: str) -> int:
        """Register a footnote; returns its id for ``footnote_ref``."""
        self.footnotes.append(text)
        return len(self.footnotes)

    def _write_footnotes(self) -> None:
        if not self.footnotes:
            return
        notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                 '</w:p></w:footnote>']
        for n, text in enumerate(self.footnotes, 1):
            notes.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:pPr>'
                         f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                         f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                         f'</w:p></w:footnote>')
        blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>{"".join(notes)}'
                f'</w:footnotes>').encode()
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    def set_theme_fonts(self, hans: str) -> None:
        """Fonts only through the theme: docDefaults name theme fonts, the theme's Hans font is ``hans``."""
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        rp = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        for old in rp.findall(qn("w:rFonts")):
            rp.remove(old)
        rp.insert(0, parse_xml(f'<w:rFonts {W_NS} w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
                               f'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'))
        normal_rp = self.doc.styles["Normal"].element.get_or_add_rPr()
        for old in normal_rp.findall(qn("w:rFonts")):
            normal_rp.remove(old)
        theme = next(p for p in self.doc.part.package.parts if "theme" in str(p.partname))
        text = theme.blob.decode("utf-8")
        text = text.replace('<a:font script="Hans" typeface="宋体"/>', f'<a:font script="Hans" typeface="{hans}"/>')
        text = text.replace('<a:latin typeface="Cambria"/>', '<a:latin typeface="Times New Roman"/>')
        theme._blob = text.encode("utf-8")
        settings = self.doc.settings.element
        settings.append(parse_xml(f'<w:themeFontLang {W_NS} w:val="en-US" w:eastAsia="zh-CN"/>'))

    def save(self, path: Path) -> None:
        """Write the .docx."""
        self._write_footnotes()
        self.doc.save(str(path))

    def faults(self) -> list[dict[str, Any]]:
        """The fault marks as annotation entries, by body paragraph index."""
        paragraphs = list(self.body.iter(qn("w:p")))
        entries = []
        for p, marks in self.marks:
            for kind, note in marks:
                entries.append({"paragraph": paragraphs.index(p) + 1, "kind": kind, "note": note})
        return sorted(entries, key=lambda e: e["paragraph"])
