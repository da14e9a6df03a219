"""Build the drafts of the blind set word-blind46 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, style, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Theme: a delegate downloads an official UN document as Word (documents.un.org / ODS) and types the draft over it.
What the UN's file brings along, and the drafts keep:

* the UN's own paragraph styles, with basedOn chains, indents and tab stops: New York "SingleTxt" (name
  "_ Single Txt"), "SM" / "SL" (session and agenda lines), "SLG" (agenda item title), "H1" ("_ H_1"), "HCh"
  ("_ H _Ch"), "XLarge"; Geneva "SingleTxtG", "H1G", "HChG", "SLG"; Chinese "SingleTxtGC", "H1GC", "HChGC",
  based on the English ones, East Asian font 宋体 / SimSun in w:eastAsia; "Titre" (the French side's title style
  left in a template that served several languages);
* the masthead ("United Nations" | symbol; emblem + "General Assembly" | "Distr.: …" / date / "Original: …") in a
  borderless table of the first-page header (w:titlePg, header of type "first"), in a table at the top of the body,
  or in frames (w:framePr) at the top of the body;
* the first-page footer with the job number, the barcode picture and the "Please recycle" picture; the running
  header of the other pages with the symbol and the page number (PAGE field);
* footnotes (w:footnoteReference, word/footnotes.xml) citing instruments, after the clause's comma as the UN sets them;
* clause numbers typed with a tab after them, and a tab before them, as the UN's typists do ("\t1.\tDecides"),
  sub-clauses "\t\t(a)\t…", preambular clauses opened by a tab;
* the old document's leftovers beside the student's own: an agenda item line, a sponsor line, the symbol and
  distribution line of an adopted text, the adoption line, a numbered title, the closing meeting line.

Faults are marked with F(kind, note) next to the paragraph that carries them. The paragraph index is the 1-based
index of the `w:p` in the body in document order (table-cell and framed paragraphs included; header, footer and
footnote paragraphs are not body paragraphs), counted while building and checked again on the saved file. A fault in
the first-page header is put on paragraph 1 (the first body paragraph, on the page the header heads).
python-docx gives the package (its default template, body emptied) and the header / footer parts; paragraphs, runs,
tables, frames, styles, pictures' XML and the footnotes part are written with lxml by the helpers below (written for
this set; nothing of drafter or of another set imported).
"""

from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Cm
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
CT_FOOT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, **attrs: object) -> etree._Element:
    node = etree.Element(w(tag), nsmap={"w": W_NS})
    for k, v in attrs.items():
        node.set(w(k), str(v))
    return node


def sub(parent: etree._Element, tag: str, **attrs: object) -> etree._Element:
    node = el(tag, **attrs)
    parent.append(node)
    return node


# ---------------------------------------------------------------- pictures (PNG written by hand, no PIL)

def png(width: int, height: int, pixel) -> bytes:
    """A greyscale PNG whose pixel(x, y) is 0 (black) or 255 (white)."""
    raw = b"".join(b"\x00" + bytes(pixel(x, y) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def barcode_png() -> bytes:
    bars = [1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1]
    return png(128, 24, lambda x, y: 0 if bars[(x // 4) % len(bars)] else 255)


def recycle_png() -> bytes:
    def pix(x: int, y: int) -> int:
        r = ((x - 16) ** 2 + (y - 16) ** 2) ** 0.5
        return 0 if 9 <= r <= 13 and not (x > 16 and abs(y - 16) < 3) else 255
    return png(32, 32, pix)


def emblem_png() -> bytes:
    def pix(x: int, y: int) -> int:
        r = ((x - 20) ** 2 + (y - 20) ** 2) ** 0.5
        return 0 if 17 <= r <= 19 or 10 <= r <= 11 or (r < 17 and (x == 20 or y == 20)) else 255
    return png(40, 40, pix)


# ---------------------------------------------------------------- styles

# (styleId, name, basedOn, pPr xml, rPr xml) -- the UN templates' styles as they reach a downloaded file
NY_TABS = "".join(f'<w:tab w:val="left" w:pos="{p}"/>' for p in (1742, 2218, 2693, 3182, 3658, 4133, 4608, 5083))
UN_STYLES = [
    ("UNNormal", "Normal", None, '<w:spacing w:line="240" w:lineRule="atLeast"/>',
     '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:spacing w:val="4"/>'
     '<w:w w:val="103"/><w:kern w:val="14"/><w:sz w:val="20"/>'),
    ("SingleTxt", "_ Single Txt", "Normal",
     f'<w:tabs>{NY_TABS}</w:tabs><w:suppressAutoHyphens/><w:spacing w:after="120" w:line="240" w:lineRule="exact"/>'
     '<w:ind w:left="1267" w:right="1267"/><w:jc w:val="both"/>', ""),
    ("SM", "_ S_M", "Normal", '<w:spacing w:line="240" w:lineRule="exact"/>', ""),
    ("SL", "_ S_L", "SM", '<w:keepNext/>', '<w:sz w:val="20"/>'),
    ("SLG", "_ S_L_G", "SL", '<w:ind w:right="5040"/>', '<w:b/>'),
    ("H1", "_ H_1", "Normal",
     '<w:keepNext/><w:keepLines/><w:tabs><w:tab w:val="right" w:pos="360"/></w:tabs><w:suppressAutoHyphens/>'
     '<w:spacing w:line="270" w:lineRule="exact"/><w:ind w:left="1267" w:right="1260" w:hanging="1267"/>'
     '<w:outlineLvl w:val="0"/>', '<w:b/><w:sz w:val="24"/>'),
    ("HCh", "_ H _Ch", "H1", '<w:spacing w:line="300" w:lineRule="exact"/>', '<w:spacing w:val="-2"/><w:sz w:val="28"/>'),
    ("XLarge", "_ XLarge", "HCh", '<w:spacing w:line="390" w:lineRule="exact"/><w:ind w:left="0" w:right="0" w:hanging="0"/>', '<w:sz w:val="40"/>'),
    ("Titre", "Titre", "HCh", '<w:jc w:val="left"/>', '<w:sz w:val="28"/>'),
    ("FootnoteText", "footnote text", "Normal",
     '<w:tabs><w:tab w:val="right" w:pos="1195"/><w:tab w:val="left" w:pos="1267"/></w:tabs>'
     '<w:spacing w:line="210" w:lineRule="exact"/><w:ind w:left="1267" w:right="1267" w:hanging="1267"/>',
     '<w:sz w:val="17"/>'),
    # Geneva
    ("SingleTxtG", "_ Single Txt_G", "Normal",
     '<w:spacing w:after="120"/><w:ind w:left="1134" w:right="1134"/><w:jc w:val="both"/>', ""),
    ("H1G", "_ H_1_G", "Normal",
     '<w:keepNext/><w:keepLines/><w:tabs><w:tab w:val="right" w:pos="851"/></w:tabs>'
     '<w:spacing w:before="360" w:after="240" w:line="270" w:lineRule="exact"/>'
     '<w:ind w:left="1134" w:right="1134" w:hanging="1134"/>', '<w:b/><w:sz w:val="24"/>'),
    ("HChG", "_ H _Ch_G", "H1G", '<w:spacing w:line="300" w:lineRule="exact"/>', '<w:sz w:val="28"/>'),
    # Chinese (based on the English ones)
    ("SingleTxtGC", "_ Single Txt_GC", "SingleTxt",
     '<w:spacing w:after="120" w:line="320" w:lineRule="exact"/>',
     '<w:rFonts w:eastAsia="{ea}"/><w:spacing w:val="0"/><w:w w:val="100"/><w:sz w:val="21"/><w:lang w:eastAsia="zh-CN"/>'),
    ("H1GC", "_ H_1_GC", "H1", '<w:spacing w:line="320" w:lineRule="exact"/>',
     '<w:rFonts w:eastAsia="SimHei"/><w:lang w:eastAsia="zh-CN"/>'),
    ("HChGC", "_ H _Ch_GC", "HCh", '<w:spacing w:line="360" w:lineRule="exact"/>',
     '<w:rFonts w:eastAsia="SimHei"/><w:lang w:eastAsia="zh-CN"/>'),
    ("SMGC", "_ S_M_GC", "SM", '<w:spacing w:line="320" w:lineRule="exact"/>',
     '<w:rFonts w:eastAsia="{ea}"/><w:sz w:val="21"/><w:lang w:eastAsia="zh-CN"/>'),
]


def install_styles(document: docx.document.Document, east_asian: str) -> None:
    styles = document.styles.element
    for sid, name, based, ppr, rpr in UN_STYLES:
        if sid == "UNNormal":  # the UN's Normal: rewrite the template's own Normal style
            normal = styles.xpath('w:style[@w:styleId="Normal"]')[0]
            for child in list(normal):
                if child.tag in (w("pPr"), w("rPr")):
                    normal.remove(child)
            normal.append(etree.fromstring(f'<w:pPr xmlns:w="{W_NS}">{ppr}</w:pPr>'))
            normal.append(etree.fromstring(f'<w:rPr xmlns:w="{W_NS}">'
                                           + rpr.replace("<w:rFonts ", f'<w:rFonts w:eastAsia="{east_asian}" ')
                                           + '</w:rPr>'))
            continue
        for old in styles.xpath(f'w:style[@w:styleId="{sid}"]'):
            styles.remove(old)
        kind = "paragraph"
        xml = (f'<w:style xmlns:w="{W_NS}" w:type="{kind}" w:customStyle="1" w:styleId="{sid}">'
               f'<w:name w:val="{name}"/>' + (f'<w:basedOn w:val="{based}"/>' if based else "")
               + f'<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr.format(ea=east_asian)}</w:rPr></w:style>')
        styles.append(etree.fromstring(xml))
    styles.append(etree.fromstring(
        f'<w:style xmlns:w="{W_NS}" w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
        '<w:position w:val="3"/><w:spacing w:val="5"/><w:w w:val="103"/><w:kern w:val="14"/><w:sz w:val="12"/>'
        '<w:vertAlign w:val="baseline"/></w:rPr></w:style>'))


# ---------------------------------------------------------------- paragraphs

@dataclass
class F:
    kind: str
    note: str


@dataclass
class P:
    style: str
    text: str  # "*…*" italic, "_…_" lead in 楷体 (Chinese), "\t" tab, "^n" footnote reference n
    faults: list[F] = field(default_factory=list)
    frame: str | None = None  # "left" / "right": a frame at the top of the page
    frame_y: int = 720  # its distance from the top of the page (twips)
    jc: str | None = None


TOKEN = re.compile(r"(\*[^*]+\*|_[^_]+_|\^\d+|\t)")


def runs(parent: etree._Element, text: str, lang: str, kai: str = "KaiTi") -> None:
    for token in TOKEN.split(text):
        if not token:
            continue
        r = sub(parent, "r")
        if token == "\t":
            sub(r, "tab")
            continue
        if re.fullmatch(r"\^\d+", token):
            rpr = sub(r, "rPr")
            sub(rpr, "rStyle", val="FootnoteReference")
            sub(r, "footnoteReference", id=token[1:])
            continue
        rpr = sub(r, "rPr")
        if token.startswith("*"):
            sub(rpr, "i")
            token = token[1:-1]
        elif token.startswith("_") and token.endswith("_") and len(token) > 2:
            sub(rpr, "rFonts", eastAsia=kai, hint="eastAsia")
            token = token[1:-1]
        if lang == "zh":
            sub(rpr, "lang", eastAsia="zh-CN")
        t = sub(r, "t")
        t.text = token
        t.set(XML_SPACE, "preserve")
        if len(rpr) == 0:
            r.remove(rpr)


def para(p: P, lang: str, kai: str = "KaiTi") -> etree._Element:
    node = el("p")
    ppr = sub(node, "pPr")
    sub(ppr, "pStyle", val=p.style)
    if p.frame:
        sub(ppr, "framePr", w=4820 if p.frame == "left" else 4300, h=567, hSpace=180, wrap="around",
            vAnchor="page", hAnchor="margin", xAlign=p.frame, y=p.frame_y)
    if p.jc:
        sub(ppr, "jc", val=p.jc)
    runs(node, p.text, lang, kai)
    return node


@dataclass
class Draft:
    name: str
    lang: str
    east_asian: str = "Times New Roman"
    kai: str = "KaiTi"
    body: list = field(default_factory=list)  # P or ("table", rows)
    footnotes: dict[int, str] = field(default_factory=dict)
    first_header: list | None = None  # masthead rows for a first-page header table
    job: str = ""
    symbol: str = ""
    header_faults: list[F] = field(default_factory=list)
    top_margin_cm: float = 2.54


def masthead_table(rows: list[list[list[str]]], lang: str, pic: bytes | None, container, part) -> etree._Element:
    """A borderless two-column table: each cell a list of lines ("!emblem" = the emblem picture)."""
    tbl = el("tbl")
    tpr = sub(tbl, "tblPr")
    sub(tpr, "tblW", w=9638, type="dxa")
    borders = sub(tpr, "tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        sub(borders, side, val="nil")
    sub(tpr, "tblLayout", type="fixed")
    grid = sub(tbl, "tblGrid")
    for width in (1267, 4253, 4118):
        sub(grid, "gridCol", w=width)
    for r_i, row in enumerate(rows):
        tr = sub(tbl, "tr")
        trpr = sub(tr, "trPr")
        sub(trpr, "trHeight", val=850 if r_i == 0 else 2013, hRule="exact")
        cells = row if len(row) == 3 else [[]] + row
        for c_i, cell in enumerate(cells):
            tc = sub(tr, "tc")
            tcpr = sub(tc, "tcPr")
            sub(tcpr, "tcW", w=(1267, 4253, 4118)[c_i], type="dxa")
            if r_i == 0 or c_i < 2:
                b = sub(tcpr, "tcBorders")
                sub(b, "bottom", val="single", sz=4, space=0, color="auto")
            sub(tcpr, "vAlign", val="bottom" if r_i == 0 else "top")
            for line in cell or [""]:
                if line == "!emblem" and pic is not None:
                    pp = el("p")
                    ppr = sub(pp, "pPr")
                    sub(ppr, "spacing", before=120)
                    pp.append(picture_run(part, pic, 1.1, 1.1))
                    tc.append(pp)
                    continue
                style, text = line.split("|", 1) if "|" in line else ("Normal", line)
                pp = para(P(style, text, jc="right" if c_i == 2 and r_i == 0 else None), lang)
                tc.append(pp)
    return tbl


def picture_run(part, blob: bytes, wcm: float, hcm: float) -> etree._Element:
    """A run holding an inline picture, its image related to ``part`` (body, header or footer part)."""
    _rid, image = part.get_or_add_image(io.BytesIO(blob))
    inline = part.new_pic_inline(io.BytesIO(blob), Cm(wcm), Cm(hcm))
    r = el("r")
    drawing = sub(r, "drawing")
    drawing.append(inline)
    return r


def build(d: Draft) -> tuple[Path, list[dict]]:
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect_pr = body.find(w("sectPr"))
    install_styles(document, d.east_asian)
    if d.lang == "zh":
        lang = document.styles.element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        lang_el = lang.find(w("lang")) if lang is not None else None
        if lang_el is not None:
            lang_el.set(w("eastAsia"), "zh-CN")
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)  # the UN's Letter page in New York
    section.left_margin = section.right_margin = Cm(2.54)
    section.top_margin, section.bottom_margin = Cm(d.top_margin_cm), Cm(2.54)
    section.header_distance, section.footer_distance = Cm(1.27), Cm(1.27)
    section.different_first_page_header_footer = True
    emblem = emblem_png()
    # first-page header: the masthead table (or nothing when the masthead is in the body)
    first_hdr = section.first_page_header
    hdr_el = first_hdr._element
    for p in list(hdr_el):
        hdr_el.remove(p)
    if d.first_header:
        hdr_el.append(masthead_table(d.first_header, d.lang, emblem, hdr_el, first_hdr.part))
    hdr_el.append(para(P("Normal", ""), d.lang))
    # first-page footer: job number, barcode, "Please recycle"
    first_ftr = section.first_page_footer
    ftr_el = first_ftr._element
    for p in list(ftr_el):
        ftr_el.remove(p)
    fp = para(P("Normal", f"{d.job}\t"), d.lang)
    fp.append(picture_run(first_ftr.part, barcode_png(), 4.0, 0.75))
    tab_r = sub(fp, "r")
    sub(tab_r, "tab")
    fp.append(picture_run(first_ftr.part, recycle_png(), 0.9, 0.9))
    ppr = fp.find(w("pPr"))
    tabs = sub(ppr, "tabs")
    sub(tabs, "tab", val="left", pos=2500)
    sub(tabs, "tab", val="right", pos=9638)
    ftr_el.append(fp)
    ftr_el.append(para(P("Normal", "*" + re.sub(r"\D", "", d.job.split()[0])[:7] + "*" if d.job else ""), d.lang))
    # running header / footer of the other pages: symbol, page number
    hdr2 = section.header._element
    for p in list(hdr2):
        hdr2.remove(p)
    hdr2.append(para(P("Normal", d.symbol, jc="right" if d.lang == "en" else "left"), d.lang))
    ftr2 = section.footer._element
    for p in list(ftr2):
        ftr2.remove(p)
    pn = para(P("Normal", ""), d.lang)
    for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
        r = sub(pn, "r")
        if kind:
            sub(r, "fldChar", fldCharType=kind)
        elif instr:
            it = sub(r, "instrText")
            it.text = instr
            it.set(XML_SPACE, "preserve")
        else:
            t = sub(r, "t")
            t.text = "2"
    r = sub(pn, "r")
    t = sub(r, "t")
    t.text = f"/{d.job.split()[0] if d.job else ''}"
    ftr2.append(pn)
    # body
    marks: list[dict] = []
    count = 0
    for item in d.body:
        if isinstance(item, tuple) and item[0] == "table":
            tbl = masthead_table(item[1], d.lang, emblem, body, document.part)
            body.insert(len(body) - 1, tbl)
            count += len(tbl.findall(f".//{w('p')}"))
            continue
        node = para(item, d.lang, d.kai)
        body.insert(len(body) - 1, node)
        count += 1
        for f in item.faults:
            marks.append({"paragraph": count, "kind": f.kind, "note": f.note})
    for f in d.header_faults:
        marks.append({"paragraph": 1, "kind": f.kind, "note": f.note})
    marks.sort(key=lambda m: m["paragraph"])
    # footnotes part
    if d.footnotes:
        root = etree.Element(w("footnotes"), nsmap={"w": W_NS})
        for fid, ftype in ((-1, "separator"), (0, "continuationSeparator")):
            fn = sub(root, "footnote", type=ftype, id=fid)
            p = sub(fn, "p")
            pr = sub(p, "pPr")
            sub(pr, "spacing", after=0, line=240, lineRule="auto")
            r = sub(p, "r")
            sub(r, "separator" if fid == -1 else "continuationSeparator")
        for fid, text in sorted(d.footnotes.items()):
            fn = sub(root, "footnote", id=fid)
            p = sub(fn, "p")
            pr = sub(p, "pPr")
            sub(pr, "pStyle", val="FootnoteText")
            r = sub(p, "r")
            sub(r, "tab")
            r = sub(p, "r")
            rpr = sub(r, "rPr")
            sub(rpr, "rStyle", val="FootnoteReference")
            sub(rpr, "sz", val=20)
            sub(r, "footnoteRef")
            r = sub(p, "r")
            sub(r, "tab")
            runs(p, text, d.lang)
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"), CT_FOOT, blob, document.part.package)
        document.part.relate_to(part, RT.FOOTNOTES)
        settings = document.settings.element
        fpr = etree.fromstring(f'<w:footnotePr xmlns:w="{W_NS}"><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                               '</w:footnotePr>')
        # settings: footnotePr goes after w:characterSpacingControl in schema order; Word tolerates the end too
        anchor = settings.find(w("characterSpacingControl"))
        if anchor is not None:
            anchor.addnext(fpr)
        else:
            settings.append(fpr)
    if d.lang == "zh":
        sect_pr.append(el("docGrid", type="lines", linePitch=312))
    path = HERE / d.name
    document.core_properties.author = "United Nations"
    document.core_properties.title = d.symbol
    document.save(str(path))
    saved = saved_body_paragraphs(path)
    assert saved == count, (d.name, saved, count)
    return path, marks


def saved_body_paragraphs(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return len(root.find(w("body")).findall(f".//{w('p')}"))


# ---------------------------------------------------------------- the drafts

def en_u01() -> Draft:
    """UN (Third Committee draft A/C.3/78/L.21 downloaded, overwritten): masthead in the first-page header table."""
    d = Draft("en-u01-third-committee-l-doc-masthead-in-first-page-header-old-agenda-line-numbers-skipped.docx", "en",
              job="24-18231 (E)    041024", symbol="A/C.3/79/L.12")
    d.first_header = [
        [["XLarge|United Nations"], ["XLarge|A/C.3/79/L.12"]],
        [["!emblem"], ["XLarge|General Assembly"], ["Normal|Distr.: Limited", "Normal|4 October 2024",
                                                    "Normal|Original: English"]],
    ]
    d.footnotes = {1: "Resolution 217 A (III).", 2: "See resolution 2200 A (XXI), annex.",
                   3: "*Report of the Second World Assembly on Ageing, Madrid, 8–12 April 2002* (United Nations "
                      "publication, Sales No. E.02.IV.4), chap. I, resolution 1, annexes I and II.",
                   4: "A/HRC/54/26."}
    d.body = [
        P("SM", "Seventy-ninth session"),
        P("SM", "Third Committee"),
        P("SM", "Agenda item 68", [F("other", 'the old document\'s agenda item line "Agenda item 68" left above the '
                                   'student\'s own "Agenda item 71 (b)" (¶4): the heading block has one agenda item '
                                   'line («Agenda item 71 (b)»; delete the old one) (UN-H05)')]),
        P("SM", "Agenda item 71 (b)"),
        P("SLG", "Promotion and protection of human rights: human rights questions, including alternative approaches "
                 "for improving the effective enjoyment of human rights and fundamental freedoms"),
        P("SingleTxt", "Argentina, Chile, Costa Rica, Ecuador, Portugal and Slovenia: draft resolution"),
        P("H1", "Human rights of older persons in humanitarian emergencies"),
        P("SingleTxt", "\t*The General Assembly*,"),
        P("SingleTxt", "\t*Recalling* the Universal Declaration of Human Rights^1 and the International Covenant on "
                       "Economic, Social and Cultural Rights,^2"),
        P("SingleTxt", "\t*Reaffirming* the Political Declaration and the Madrid International Plan of Action on "
                       "Ageing, 2002,^3"),
        P("SingleTxt", "\t*Recalling* its resolution 77/190 of 15 December 2022 on the follow-up to the Second World "
                       "Assembly on Ageing,"),
        P("SingleTxt", "\t*Noting with concern* that older persons are often left out of needs assessments and "
                       "evacuation plans, and that their mortality in disasters is disproportionately high.",
          [F("preambular-end-mark", 'the preambular clause ends with "disproportionately high." («…high,») '
                                    '(UN-B05)')]),
        P("SingleTxt", "\tRecognizing the contribution of older persons to the preparedness and resilience of their "
                       "communities,",
          [F("emphasis", 'the lead "Recognizing" is not italic (pasted as plain text), while every other lead of the '
                         'draft is («*Recognizing*») (UN-B04)')]),
        P("SingleTxt", "\t*Welcoming* the report of the Independent Expert on the enjoyment of all human rights by "
                       "older persons,^4"),
        P("SingleTxt", "\t1.\t*Calls upon* States to ensure that older persons are included in disaster risk "
                       "reduction strategies, early warning systems and evacuation plans;"),
        P("SingleTxt", "\t2.\t*Urges* humanitarian actors to collect and use data disaggregated by age, sex and "
                       "disability in needs assessments and in the planning of assistance;"),
        P("SingleTxt", "\t4.\t*Encourages* Member States to involve organizations of older persons in the design "
                       "and monitoring of humanitarian response plans;",
          [F("numbering", 'operative clauses numbered "2." then "4.": the old clause 3 was deleted and the numbers '
                          'typed by hand were not changed («3.», then «4.», «5.») (UN-B07)')]),
        P("SingleTxt", "\t5.\t*Requests* the Secretary-General to submit to the General Assembly at its eighty-first "
                       "session a report on the implementation of the present resolution;"),
        P("SingleTxt", "\t6.\t*Decides* to continue its consideration of the question at its eighty-first session "
                       "under the item entitled “Promotion and protection of human rights”."),
    ]
    return d


def en_u02() -> Draft:
    """Clean UN plenary draft: the masthead in a table at the top of the body (an older ODS layout)."""
    d = Draft("en-u02-clean-plenary-l-doc-masthead-table-in-body-footnotes-typed-tab-labels.docx", "en",
              job="24-22307 (E)    221124", symbol="A/79/L.34")
    d.footnotes = {1: "Resolution 70/1.", 2: "Resolution 66/288, annex.",
                   3: "See resolution 53/199 and A/53/PV.85."}
    d.body = [
        ("table", [
            [["XLarge|United Nations"], ["XLarge|A/79/L.34"]],
            [["!emblem"], ["XLarge|General Assembly"], ["Normal|Distr.: Limited", "Normal|22 November 2024",
                                                        "Normal|Original: English"]],
        ]),
        P("SM", "Seventy-ninth session"),
        P("SM", "Agenda item 13"),
        P("SLG", "Integrated and coordinated implementation of and follow-up to the outcomes of the major United "
                 "Nations conferences and summits in the economic, social and related fields"),
        P("SingleTxt", "Bhutan, Kyrgyzstan, Nepal, Peru and Switzerland: draft resolution"),
        P("H1", "International Day of Mountain Rangers"),
        P("SingleTxt", "\t*The General Assembly*,"),
        P("SingleTxt", "\t*Recalling* its resolution 70/1 of 25 September 2015, entitled “Transforming our world: "
                       "the 2030 Agenda for Sustainable Development”,^1"),
        P("SingleTxt", "\t*Recalling also* the outcome document of the United Nations Conference on Sustainable "
                       "Development, entitled “The future we want”,^2 in particular its paragraphs on mountains,"),
        P("SingleTxt", "\t*Recognizing* that mountain rangers protect ecosystems that provide fresh water to half of "
                       "humanity, often at great personal risk,"),
        P("SingleTxt", "\t*Bearing in mind* its resolution 53/199 of 15 December 1998, in which it proclaimed "
                       "2002 the International Year of Mountains,^3"),
        P("SingleTxt", "\t1.\t*Decides* to proclaim 11 December, the day of International Mountain Day, also "
                       "International Day of Mountain Rangers, to be observed every year;"),
        P("SingleTxt", "\t2.\t*Invites* all Member States, organizations of the United Nations system and other "
                       "stakeholders to observe the Day in an appropriate manner, including through:"),
        P("SingleTxt", "\t\t(a)\teducation and activities to raise public awareness of the work of rangers;"),
        P("SingleTxt", "\t\t(b)\tthe recognition of rangers killed or injured in the line of duty;"),
        P("SingleTxt", "\t3.\t*Stresses* that the cost of all activities that may arise from the implementation of "
                       "the present resolution should be met from voluntary contributions;"),
        P("SingleTxt", "\t4.\t*Requests* the Secretary-General to bring the present resolution to the attention of "
                       "all Member States and the organizations of the United Nations system."),
    ]
    return d


def en_u03() -> Draft:
    """UN, built on the adopted resolution A/RES/78/215 downloaded from ODS: masthead in frames, adopted-text
    leftovers."""
    d = Draft("en-u03-adopted-resolution-overwritten-masthead-frames-adoption-line-numbered-title-plenary-line.docx",
              "en", job="23-25841 (E)    050124", symbol="A/RES/78/215", top_margin_cm=4.4)
    d.footnotes = {1: "United Nations, *Treaty Series*, vol. 75, Nos. 970–973.",
                   2: "Ibid., vol. 1125, Nos. 17512 and 17513."}
    adopted = 'the old document is the adopted resolution A/RES/78/215'
    d.body = [
        P("XLarge", "United Nations", frame="left", frame_y=700),
        P("XLarge", "A/RES/78/215", [F("other", f'"A/RES/78/215" - the symbol of an adopted resolution left at the top '
                                                f'of a draft ({adopted}); a draft carries an L-symbol '
                                                '(«A/C.3/79/L.…») (UN-H01, UN-D01)')], frame="right", frame_y=700),
        P("XLarge", "General Assembly", frame="left", frame_y=1300),
        P("Normal", "Distr.: General", [F("other", '"Distr.: General" on a draft (kept from the adopted text); a draft '
                                                   'is «Distr.: Limited» (UN-H02, UN-D01)')], frame="right", frame_y=1300),
        P("Normal", "8 October 2024", frame="right", frame_y=1300),
        P("SM", "Seventy-ninth session"),
        P("SM", "Agenda item 71 (b)"),
        P("SLG", "Promotion and protection of human rights: human rights questions, including alternative approaches "
                 "for improving the effective enjoyment of human rights and fundamental freedoms"),
        P("H1", "Resolution adopted by the General Assembly on 19 December 2023",
          [F("other", '"Resolution adopted by the General Assembly on 19 December 2023" - an adoption line on a draft, '
                      f'left from the old document ({adopted}); a draft has none, it has the sponsor line '
                      '«…: draft resolution» (UN-H08, UN-D01)')]),
        P("SingleTxt", "[on the report of the Third Committee (A/78/481/Add.2)]",
          [F("other", '"[on the report of the Third Committee (A/78/481/Add.2)]" - the bracketed provenance of the '
                      'adoption line of an adopted text: part of an adoption line on a draft (delete it) '
                      '(UN-H08, UN-D01)')]),
        P("Titre", "78/215.\tSafety of journalists reporting on armed conflict",
          [F("other", '"78/215.  Safety of journalists…" - the title keeps the old resolution number before it; a '
                      'draft\'s title has no resolution number («Safety of journalists reporting on armed conflict») '
                      '(UN-H07, UN-D01)')]),
        P("SingleTxt", "\t*The General Assembly*,"),
        P("SingleTxt", "\t*Guided by* the purposes and principles of the Charter of the United Nations,"),
        P("SingleTxt", "\t*Recalling* the Geneva Conventions of 12 August 1949^1 and the Additional Protocols thereto "
                       "of 1977,^2"),
        P("SingleTxt", "\t*Recalling also* Security Council resolution 2222 (2015) of 27 May 2015 on the protection "
                       "of journalists, media professionals and associated personnel in armed conflict,"),
        P("SingleTxt", "\t*Deeply concerned* by the number of journalists and media workers killed, injured or "
                       "detained in armed conflicts in recent years;",
          [F("preambular-end-mark", 'the preambular clause ends with "in recent years;" («…years,») (UN-B05)')]),
        P("SingleTxt", "\t*Stressing* that impunity for attacks against journalists encourages the repetition of "
                       "such attacks,"),
        P("SingleTxt", "\t1.\t*Condemns unequivocally* all attacks and violence against journalists and media workers "
                       "in situations of armed conflict;"),
        P("SingleTxt", "\t2.\t*Calls upon* all parties to armed conflict to respect the status of journalists as "
                       "civilians under international humanitarian law;"),
        P("SingleTxt", "\t3.\t*Urges* States:"),
        P("SingleTxt", "\t\t(a)\tTo investigate promptly, impartially and effectively every attack on a journalist "
                       "within their jurisdiction;"),
        P("SingleTxt", "\t\t(b)\tTo bring perpetrators to justice and to provide victims and their families with "
                       "access to effective remedies;"),
        P("SingleTxt", "\t4.\t*Requests* the Secretary-General to include information on the safety of journalists "
                       "in armed conflict in his next report on the protection of civilians;"),
        P("SingleTxt", "\t5.\t*Decides* to continue its consideration of the question at its eighty-first session."),
        P("SingleTxt", "50th plenary meeting",
          [F("other", '"50th plenary meeting" - the closing meeting line of the adopted resolution left after the '
                      'text; a draft has no closing meeting line (UN-B13, UN-D01)')], jc="right"),
        P("SingleTxt", "19 December 2023",
          [F("other", '"19 December 2023" - the date of the old closing meeting line left after the text; a draft has '
                      'no closing meeting line (UN-B13, UN-D01)')], jc="right"),
    ]
    d.header_faults = []
    # document-level: the fields a draft's heading needs and the adopted text did not have
    d.body[8].faults.append(F("heading-field-missing", 'no sponsor line: the adopted text had none and the student did '
                                                       'not add one («Argentina, …: draft resolution» above the title) '
                                                       '(UN-H06, UN-D01)'))
    d.body[4].faults.append(F("heading-field-missing", 'no "Original: English" line under the date: an adopted text '
                                                       'has none, a draft must («Original: English») (UN-H04, UN-D01)'))
    return d


def zh_u04() -> Draft:
    """Chinese UN draft (Second Committee A/C.2/78/L.19 in Chinese downloaded, overwritten): masthead in the
    first-page header, styles SingleTxtGC / H1GC based on the English ones, 宋体 in w:eastAsia, leads in 楷体."""
    d = Draft("zh-u04-second-committee-chinese-l-doc-first-page-header-old-sponsor-line-kept.docx", "zh",
              east_asian="宋体", kai="楷体", job="24-18845 (C)    111024", symbol="A/C.2/79/L.15")
    d.first_header = [
        [["XLarge|联合国"], ["XLarge|A/C.2/79/L.15"]],
        [["!emblem"], ["XLarge|大  会"], ["Normal|Distr.: Limited", "Normal|10 October 2024", "Normal|Chinese",
                                          "Normal|Original: English"]],
    ]
    d.footnotes = {1: "第69/283号决议，附件二。", 2: "联合国，《条约汇编》，第1771卷，第30822号。",
                   3: "见FCCC/CP/2015/10/Add.1，第1/CP.21号决定，附件。"}
    d.body = [
        P("SMGC", "第七十九届会议"),
        P("SMGC", "第二委员会"),
        P("SMGC", "议程项目18(c)"),
        P("SMGC", "可持续发展：减少灾害风险"),
        P("SingleTxtGC", "孟加拉国、斐济、马尔代夫、菲律宾和瓦努阿图：决议草案"),
        P("SingleTxtGC", "安提瓜和巴布达、伯利兹和圭亚那：决议草案",
          [F("other", '"安提瓜和巴布达、伯利兹和圭亚那：决议草案" - a second sponsor line kept from the old document under '
                      'the student\'s own (¶5); a draft has one sponsor line (delete the old one) (UN-H06)')]),
        P("H1GC", "小岛屿发展中国家和沿海低洼地区的海平面上升与减少灾害风险"),
        P("SingleTxtGC", "\t_大会_，"),
        P("SingleTxtGC", "\t_回顾_其2015年9月25日题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议，"),
        P("SingleTxtGC", "\t_又回顾_《2015-2030年仙台减少灾害风险框架》，^1"),
        P("SingleTxtGC", "\t_重申_《联合国气候变化框架公约》^2和《巴黎协定》，^3"),
        P("SingleTxtGC", "\t_深为关切_海平面上升对小岛屿发展中国家的生存构成威胁；",
          [F("preambular-end-mark", '序言段以"构成威胁；"结尾，应为«，» (UN-B05, ZH-B02)')]),
        P("SingleTxtGC", "\t_认识到_早期预警系统对于挽救生命和减少经济损失的重要作用，"),
        P("SingleTxtGC", "\t1.\t_鼓励_会员国将海平面上升的预测纳入国家减少灾害风险战略和土地使用规划；"),
        P("SingleTxtGC", "\t2.\t_促请_国际金融机构为小岛屿发展中国家的适应项目提供更多优惠资金；"),
        P("SingleTxtGC", "\t3.\t_请_秘书长在联合国减少灾害风险办公室的支持下，向大会第八十一届会议提交一份关于本决议执行情况的报告。",
          [F("operative-end-mark", '第3段不是最后一段，却以"报告。"结尾，应为«；» (UN-B09, ZH-B03)')]),
        P("SingleTxtGC", "\t4.\t_决定_在第八十一届会议临时议程“可持续发展”项目下列入题为“减少灾害风险”的分项目。"),
    ]
    return d


def zh_u05() -> Draft:
    """Clean Chinese UN draft: masthead in a table at the top of the body, SimSun, footnotes, sub-clauses."""
    d = Draft("zh-u05-clean-chinese-l-doc-masthead-table-simsun-footnotes-sub-clauses.docx", "zh",
              east_asian="SimSun", kai="KaiTi", job="24-20117 (C)    011124", symbol="A/C.2/79/L.20")
    d.footnotes = {1: "第70/1号决议。", 2: "第69/313号决议，附件。"}
    d.body = [
        ("table", [
            [["XLarge|联合国"], ["XLarge|A/C.2/79/L.20"]],
            [["!emblem"], ["XLarge|大  会"], ["Normal|Distr.: Limited", "Normal|1 November 2024", "Normal|Chinese",
                                              "Normal|Original: English"]],
        ]),
        P("SMGC", "第七十九届会议"),
        P("SMGC", "第二委员会"),
        P("SMGC", "议程项目16"),
        P("SMGC", "信息和通信技术促进可持续发展"),
        P("SingleTxtGC", "哈萨克斯坦、蒙古、尼泊尔和乌兹别克斯坦：决议草案"),
        P("H1GC", "内陆发展中国家的数字连通性"),
        P("SingleTxtGC", "\t_大会_，"),
        P("SingleTxtGC", "\t_回顾_其2015年9月25日题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议，^1"),
        P("SingleTxtGC", "\t_又回顾_《第三次发展筹资问题国际会议亚的斯亚贝巴行动议程》，^2"),
        P("SingleTxtGC", "\t_关切地注意到_内陆发展中国家的宽带费用仍远高于世界平均水平，"),
        P("SingleTxtGC", "\t_认识到_跨境光缆和区域互联网交换点对于降低连接费用的作用，"),
        P("SingleTxtGC", "\t1.\t_鼓励_过境国和内陆发展中国家合作铺设跨境光缆："),
        P("SingleTxtGC", "\t\t(a)\t简化过境许可程序；"),
        P("SingleTxtGC", "\t\t(b)\t共享现有的道路和铁路通行权；"),
        P("SingleTxtGC", "\t2.\t_请_国际电信联盟继续向内陆发展中国家提供技术援助；"),
        P("SingleTxtGC", "\t3.\t_决定_在第八十一届会议临时议程“信息和通信技术促进可持续发展”项目下审议本决议的执行情况。"),
    ]
    return d


def en_u06() -> Draft:
    """UN Geneva (Human Rights Council draft downloaded from ODS): Geneva styles SingleTxtG / HChG / H1G, masthead in
    the first-page header with "Distr.: General" left in it."""
    d = Draft("en-u06-hrc-geneva-styles-distr-general-left-in-first-page-header-clause-without-verb.docx", "en",
              job="GE.25-04567(E)", symbol="A/HRC/58/L.12")
    d.first_header = [
        [["XLarge|United Nations"], ["XLarge|A/HRC/58/L.12"]],
        [["!emblem"], ["XLarge|General Assembly"], ["Normal|Distr.: General", "Normal|28 March 2025",
                                                    "Normal|Original: English"]],
    ]
    d.header_faults = [F("other", '"Distr.: General" left in the masthead of the first-page header (the old document '
                                  'was an adopted text); a draft with an L-symbol is «Distr.: Limited» '
                                  '(UN-H02, UN-D01)')]
    d.footnotes = {1: "Resolution 217 A (III).", 2: "United Nations, *Treaty Series*, vol. 2515, No. 44910."}
    d.body = [
        P("SM", "Human Rights Council"),
        P("SM", "Fifty-eighth session"),
        P("SM", "24 February–4 April 2025"),
        P("SM", "Agenda item 3"),
        P("SLG", "Promotion and protection of all human rights, civil, political, economic, social and cultural "
                 "rights, including the right to development"),
        P("SingleTxtG", "Ecuador, Finland, Ghana, Mexico and New Zealand: draft resolution"),
        P("H1G", "58/…\tRights of persons with disabilities to accessible digital public services"),
        P("SingleTxtG", "\t*The Human Rights Council*,"),
        P("SingleTxtG", "\t*Guided by* the Universal Declaration of Human Rights^1 and the Convention on the Rights "
                        "of Persons with Disabilities,^2"),
        P("SingleTxtG", "\t*Recalling* its resolution 55/8 of 3 April 2024 on the rights of persons with "
                        "disabilities,"),
        P("SingleTxtG", "\t*Noting* that public services are moving online faster than they are made accessible,"),
        P("SingleTxtG", "\t1.\t*Calls upon* States to adopt accessibility standards for all digital public "
                        "services;"),
        P("SingleTxtG", "\t2.\tThe importance of involving persons with disabilities and their representative "
                        "organizations in the design and testing of digital services;",
          [F("operative-without-verb", 'operative clause 2 opens with "The importance of involving…", no operative '
                                       'verb («*Stresses* the importance of involving…») (UN-B06)')]),
        P("SingleTxtG", "\t3.\t*Requests* the Office of the United Nations High Commissioner for Human Rights to "
                        "prepare a study on good practices, and to present it to the Council at its sixty-first "
                        "session;"),
        P("SingleTxtG", "\t4.\t*Decides* to remain seized of the matter;",
          [F("operative-end-mark", 'the last operative clause ends with "of the matter;" («…matter.») (UN-B09)')]),
    ]
    return d


DRAFTS = [en_u01, en_u02, en_u03, zh_u04, zh_u05, en_u06]


def shown(p: etree._Element) -> str:
    out = []
    for node in p.iter():
        if node.tag == w("t"):
            out.append(node.text or "")
        elif node.tag == w("tab") and node.getparent().tag == w("r"):
            out.append("→")
        elif node.tag == w("footnoteReference"):
            out.append(f"^{node.get(w('id'))}")
    return "".join(out)


def listing(path: Path, marks: list[dict]) -> None:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    print(f"== {path.name}")
    for i, p in enumerate(root.find(w("body")).findall(f".//{w('p')}"), 1):
        style = p.find(f"{w('pPr')}/{w('pStyle')}")
        frame = " frame" if p.find(f"{w('pPr')}/{w('framePr')}") is not None else ""
        print(f"  {i:3} [{style.get(w('val')) if style is not None else '-'}{frame}] {shown(p)}")
        for m in marks:
            if m["paragraph"] == i:
                print(f"        !! {m['kind']}: {m['note'][:110]}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(HERE.glob("*.docx")):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)], check=True,
                       capture_output=True)
        pdf = out / (path.stem + ".pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / path.stem)], check=True)


def main() -> None:
    annotations: dict[str, dict] = {}
    built = []
    for make in DRAFTS:
        d = make()
        path, marks = build(d)
        built.append((path, marks))
        annotations[d.name] = {"faults": marks}
    header = ("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based index of the body's w:p "
              "in document order (table-cell and framed paragraphs counted; header, footer and footnote paragraphs "
              "not; a fault in the first-page header is put on paragraph 1)\n")
    (HERE / "annotations.yaml").write_text(header + yaml.safe_dump(annotations, allow_unicode=True, sort_keys=True,
                                                                   width=120), encoding="utf-8")
    if "--list" in sys.argv:
        for path, marks in built:
            listing(path, marks)
    if "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))


if __name__ == "__main__":
    main()
