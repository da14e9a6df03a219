"""Build the drafts of the blind set word-blind8 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

python-docx gives the package (its default template); every piece of WordprocessingML (numbering.xml with picture
bullets, style links, legal numbering and level restarts, paragraph and numbering styles, fields, footnotes,
endnotes, comments, tracked moves / insertions / deletions / format changes, content controls, a vertical VML text
box, section breaks, right-to-left paragraphs, theme fonts) is written with lxml by the helpers below. The helper
layout (R / P / Lvl / Numbering / Draft, F marks) follows ../word-blind7/make_drafts.py; the texts and every shape
are written for this set. Faults are marked with F(kind, note) next to the paragraph that carries them; the
paragraph index is the 1-based index of the `w:p` in the body (table-cell and content-control paragraphs included,
text-box paragraphs not: a text box's lines belong to the paragraph that anchors it), counted after building and
checked again on the saved file.
"""

from __future__ import annotations

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
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
NSMAP = {"w": W_NS, "r": R_NS, "v": V_NS, "o": O_NS}
DATE = "2026-03-02T09:00:00Z"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    node = etree.Element(w(tag), nsmap=NSMAP)
    for key, value in (attrs or {}).items():
        node.set(w(key), str(value))
    for child in children:
        node.append(child)
    return node


_ids = [100]


def next_id() -> str:
    _ids[0] += 1
    return str(_ids[0])


# ---------------------------------------------------------------- faults
@dataclass
class F:
    kind: str
    note: str


# ---------------------------------------------------------------- runs
@dataclass
class R:
    """A run: text ("\n" = w:br, "\t" = w:tab) and its formatting / wrapping.

    track: None, "ins", "del", "moveFrom", "moveTo"; fmt_was: formatting before a tracked format change
    ("u" / "i" / "b"); field: a complex field code whose cached result is `text`; foot / end: a footnote or
    endnote reference (text = the note's text), link: wrap the run in a w:hyperlink to that anchor;
    theme: (asciiTheme, eastAsiaTheme) fonts of the run; comment: a comment anchored on the run (text of it).
    """
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    ea: str | None = None
    theme: tuple[str, str] | None = None
    track: str | None = None
    fmt_was: str | None = None
    field: str | None = None
    foot: bool = False
    end: bool = False
    link: str | None = None
    comment: str | None = None
    vbox: str | None = None      # a vertical VML text box anchored here, holding this text


def rpr_xml(r: R, superscript: bool = False) -> etree._Element:
    rpr = el("rPr")
    if r.ea or r.theme:
        fonts = el("rFonts")
        if r.theme:
            fonts.set(w("asciiTheme"), r.theme[0])
            fonts.set(w("hAnsiTheme"), r.theme[0])
            fonts.set(w("eastAsiaTheme"), r.theme[1])
        if r.ea:
            fonts.set(w("eastAsia"), r.ea)
            fonts.set(w("hint"), "eastAsia")
        rpr.append(fonts)
    if r.b:
        rpr.append(el("b"))
    if r.i:
        rpr.append(el("i"))
    if r.u:
        rpr.append(el("u", {"val": "single"}))
    if superscript:
        rpr.append(el("vertAlign", {"val": "superscript"}))
    if r.fmt_was:
        old = el("rPr")
        old.append({"u": el("u", {"val": "single"}), "i": el("i"), "b": el("b")}[r.fmt_was])
        rpr.append(el("rPrChange", {"id": next_id(), "author": "Delegate of Kenya", "date": DATE}, old))
    return rpr


def text_run(r: R, text: str, deleted: bool = False) -> etree._Element:
    node = el("r")
    rpr = rpr_xml(r)
    if len(rpr):
        node.append(rpr)
    buf = ""

    def flush() -> None:
        nonlocal buf
        if buf:
            t = el("delText" if deleted else "t")
            t.text = buf
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            node.append(t)
            buf = ""

    for ch in text:
        if ch == "\n":
            flush()
            node.append(el("br"))
        elif ch == "\t":
            flush()
            node.append(el("tab"))
        else:
            buf += ch
    flush()
    return node


def vml_text_box(text: str) -> etree._Element:
    """A floating VML text box whose text runs top to bottom (a leftover of a template's side banner)."""
    node = el("r")
    pict = el("pict")
    shape = etree.SubElement(pict, f"{{{V_NS}}}shape", nsmap=NSMAP)
    shape.set("id", f"banner{next_id()}")
    shape.set("type", "#_x0000_t202")
    shape.set("style", "position:absolute;margin-left:-60pt;margin-top:0;width:28pt;height:330pt;"
                       "z-index:1;mso-position-horizontal-relative:text;mso-position-vertical-relative:text")
    shape.set("stroked", "f")
    box = etree.SubElement(shape, f"{{{V_NS}}}textbox", nsmap=NSMAP)
    box.set("style", "layout-flow:vertical;mso-layout-flow-alt:top-to-bottom")
    content = el("txbxContent")
    p = el("p")
    p.append(el("pPr", None, el("jc", {"val": "center"})))
    run = el("r", None, el("rPr", None, el("color", {"val": "A6A6A6"}), el("sz", {"val": "28"})))
    t = el("t")
    t.text = text
    run.append(t)
    p.append(run)
    content.append(p)
    box.append(content)
    node.append(pict)
    return node


class Notes:
    """footnotes.xml / endnotes.xml / comments.xml contents of one draft."""

    def __init__(self) -> None:
        self.foot: list[str] = []
        self.end: list[str] = []
        self.comments: list[str] = []


def runs_xml(r: R, notes: Notes) -> list[etree._Element]:
    if r.vbox:
        return [vml_text_box(r.vbox)]
    if r.foot or r.end:
        node = el("r")
        node.append(rpr_xml(R(""), superscript=True))
        if r.foot:
            notes.foot.append(r.text)
            node.append(el("footnoteReference", {"id": str(len(notes.foot))}))
        else:
            notes.end.append(r.text)
            node.append(el("endnoteReference", {"id": str(len(notes.end))}))
        if r.link:
            return [el("hyperlink", {"anchor": r.link, "history": "1"}, node)]
        return [node]
    if r.field:
        out = [el("r", None, el("fldChar", {"fldCharType": "begin"}))]
        instr = el("instrText")
        instr.text = f" {r.field} "
        instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        out.append(el("r", None, instr))
        out.append(el("r", None, el("fldChar", {"fldCharType": "separate"})))
        out.append(text_run(r, r.text))
        out.append(el("r", None, el("fldChar", {"fldCharType": "end"})))
        return out
    if r.track in ("ins", "del", "moveFrom", "moveTo"):
        wrap = el(r.track, {"id": next_id(), "author": "Delegate of Kenya", "date": DATE})
        wrap.append(text_run(r, r.text, deleted=r.track in ("del", "moveFrom")))
        return [wrap]
    node = text_run(r, r.text)
    if r.comment:
        notes.comments.append(r.comment)
        cid = str(len(notes.comments) - 1)
        ref = el("r", None, el("rPr", None, el("rStyle", {"val": "CommentReference"})),
                 el("commentReference", {"id": cid}))
        return [el("commentRangeStart", {"id": cid}), node, el("commentRangeEnd", {"id": cid}), ref]
    if r.link:
        return [el("hyperlink", {"anchor": r.link, "history": "1"}, node)]
    return [node]


# ---------------------------------------------------------------- paragraphs
@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None   # (numId, ilvl); numId 0 switches numbering off
    jc: str | None = None
    bidi: bool = False
    mark: str | None = None              # tracked paragraph mark: "moveFrom" / "moveTo" / "ins"
    move: str | None = None              # name of the move range this paragraph belongs to
    section_end: dict[str, str] | None = None   # a section ends here (sectPr in pPr): page size / orientation

    def xml(self, notes: Notes) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.bidi:
            ppr.append(el("bidi"))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if self.mark:
            ppr.append(el("rPr", None, el(self.mark, {"id": next_id(), "author": "Delegate of Kenya", "date": DATE})))
        if self.section_end:
            sect = el("sectPr")
            sect.append(el("pgSz", self.section_end))
            sect.append(el("pgMar", {"top": "1440", "right": "1440", "bottom": "1440", "left": "1440",
                                     "header": "708", "footer": "708", "gutter": "0"}))
            ppr.append(sect)
        if len(ppr):
            p.append(ppr)
        if self.move:
            kind = self.mark or "moveTo"
            rid = next_id()
            p.append(el(f"{kind}RangeStart", {"id": rid, "name": self.move, "author": "Delegate of Kenya",
                                             "date": DATE}))
        for r in self.runs:
            for node in runs_xml(r, notes):
                p.append(node)
        if self.move:
            p.append(el(f"{kind}RangeEnd", {"id": rid}))
        return p

    @property
    def text(self) -> str:
        out = ""
        for r in self.runs:
            if r.vbox:
                out += f"[vertical text box: {r.vbox}]"
            elif r.foot:
                out += "[fn]"
            elif r.end:
                out += "[en]"
            elif r.track in ("del", "moveFrom"):
                out += f"~~{r.text}~~"
            elif r.track in ("ins", "moveTo"):
                out += f"++{r.text}++"
            elif r.field:
                out += f"{{{r.field.split()[0]}: {r.text}}}"
            else:
                out += r.text
        return out.replace("\n", "⏎").replace("\t", "→")


@dataclass
class Sdt:
    """A block content control around whole paragraphs."""
    paras: list[P]
    alias: str
    tag: str

    def xml(self, notes: Notes) -> etree._Element:
        sdt = el("sdt")
        pr = el("sdtPr", None, el("alias", {"val": self.alias}), el("tag", {"val": self.tag}),
                el("id", {"val": str(-100000 - int(next_id()))}), el("richText"))
        sdt.append(pr)
        content = el("sdtContent")
        for p in self.paras:
            content.append(p.xml(notes))
        sdt.append(content)
        return sdt


# ---------------------------------------------------------------- numbering
FORMATS = {
    "decimal": lambda n: str(n),
    "lowerLetter": lambda n: chr(ord("a") + n - 1),
    "lowerRoman": lambda n: ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n],
    "upperRoman": lambda n: ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n],
    "ideographDigital": lambda n: "〇一二三四五六七八九"[n],
    "chineseCounting": lambda n: " 一二三四五六七八九十"[n],
    "decimalEnclosedCircle": lambda n: " ①②③④⑤⑥⑦⑧⑨⑩"[n],
    "decimalFullWidth": lambda n: "０１２３４５６７８９"[n],
}


@dataclass
class Lvl:
    fmt: str
    text: str
    left: int
    hanging: int = 360
    start: int = 1
    restart: int | None = None     # w:lvlRestart
    legal: bool = False           # w:isLgl
    suff: str | None = None       # w:suff
    pic: int | None = None        # w:lvlPicBulletId
    pstyle: str | None = None

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.restart is not None:
            node.append(el("lvlRestart", {"val": str(self.restart)}))
        if self.pstyle:
            node.append(el("pStyle", {"val": self.pstyle}))
        if self.legal:
            node.append(el("isLgl"))
        if self.suff:
            node.append(el("suff", {"val": self.suff}))
        node.append(el("lvlText", {"val": self.text}))
        if self.pic is not None:
            node.append(el("lvlPicBulletId", {"val": str(self.pic)}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        if self.fmt == "bullet" and self.pic is None:
            node.append(el("rPr", None, el("rFonts", {"ascii": "Symbol", "hAnsi": "Symbol", "hint": "default"})))
        return node


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)       # numId -> abstractId
    style_link: dict[int, str] = field(default_factory=dict)  # abstractId -> w:styleLink name (holds the levels)
    num_style_link: dict[int, str] = field(default_factory=dict)  # abstractId -> w:numStyleLink (levels elsewhere)
    pic_bullets: bool = False

    def xml(self, root: etree._Element, pic_rid: str | None) -> None:
        for child in list(root):
            root.remove(child)
        if self.pic_bullets:
            pb = el("numPicBullet", {"numPicBulletId": "0"})
            pict = el("pict")
            shape = etree.SubElement(pict, f"{{{V_NS}}}shape", nsmap=NSMAP)
            shape.set("id", "_x0000_i1025")
            shape.set("type", "#_x0000_t75")
            shape.set("style", "width:9pt;height:9pt")
            shape.set(f"{{{O_NS}}}bullet", "t")
            img = etree.SubElement(shape, f"{{{V_NS}}}imagedata", nsmap=NSMAP)
            img.set(f"{{{R_NS}}}id", pic_rid or "")
            img.set(f"{{{O_NS}}}title", "")
            pb.append(pict)
            root.append(pb)
        for aid in sorted(set(self.abstracts) | set(self.num_style_link)):
            a = el("abstractNum", {"abstractNumId": str(aid)})
            a.append(el("multiLevelType", {"val": "multilevel" if aid in self.style_link or aid in
                                            self.num_style_link else "hybridMultilevel"}))
            if aid in self.style_link:
                a.append(el("styleLink", {"val": self.style_link[aid]}))
            if aid in self.num_style_link:
                a.append(el("numStyleLink", {"val": self.num_style_link[aid]}))
            for i, lvl in enumerate(self.abstracts.get(aid, [])):
                a.append(lvl.xml(i))
            root.append(a)
        for nid, aid in self.nums.items():
            root.append(el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)})))

    def resolve(self, nid: int, styles: dict[str, tuple[int, int]]) -> int:
        aid = self.nums[nid]
        if aid in self.num_style_link:
            target_num = styles[self.num_style_link[aid]][0]
            aid = self.nums[target_num]
        return aid

    def labels(self, paras: list[tuple[int, P]], styles: dict[str, tuple[int, int]]) -> dict[int, str]:
        """The label Word shows on each numbered paragraph (one counter set per abstractNum after following
        numStyleLink; a deeper level restarts when a level above its w:lvlRestart is used (default: any higher
        level); w:isLgl shows every number of the level in Arabic digits)."""
        counters: dict[int, list[int | None]] = {}
        out: dict[int, str] = {}
        for index, p in paras:
            num = p.num if p.num is not None else (styles.get(p.style) if p.style else None)
            if not num or num[0] == 0:
                continue
            nid, ilvl = num
            aid = self.resolve(nid, styles)
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [None] * 9)
            cnt[ilvl] = (cnt[ilvl] if cnt[ilvl] is not None else levels[ilvl].start - 1) + 1
            for deeper in range(ilvl + 1, len(levels)):
                restart = levels[deeper].restart
                if restart is None or (restart != 0 and ilvl < restart):
                    cnt[deeper] = None
            lvl = levels[ilvl]
            if lvl.fmt == "bullet":
                out[index] = "[picture]" if lvl.pic is not None else lvl.text
                continue
            text = lvl.text
            for lv in range(ilvl + 1):
                value = cnt[lv] if cnt[lv] is not None else levels[lv].start
                fmt = "decimal" if lvl.legal else levels[lv].fmt
                text = text.replace(f"%{lv + 1}", FORMATS[fmt](value))
            out[index] = text + ("" if lvl.suff == "nothing" else " ")
        return out


# ---------------------------------------------------------------- drafts
@dataclass
class Style:
    sid: str
    name: str
    kind: str = "paragraph"           # or "numbering"
    based: str | None = None
    num: tuple[int, int] | None = None
    ind: int | None = None


@dataclass
class Draft:
    name: str
    lang: str
    blocks: list[P | Sdt]
    numbering: Numbering | None = None
    ea_font: str | None = None
    latin_font: str | None = "Times New Roman"
    theme_fonts: bool = False          # docDefaults name only theme fonts
    size: int = 24
    styles: list[Style] = field(default_factory=list)
    last_section: dict[str, str] | None = None

    def paragraphs(self) -> list[P]:
        out: list[P] = []
        for block in self.blocks:
            out.extend(block.paras if isinstance(block, Sdt) else [block])
        return out

    def style_nums(self) -> dict[str, tuple[int, int]]:
        """styleId -> numPr, following w:basedOn (a numId 0 on the derived style switches numbering off)."""
        by = {s.sid: s for s in self.styles}
        out = {}
        for s in self.styles:
            cur: Style | None = s
            while cur is not None and cur.num is None:
                cur = by.get(cur.based) if cur.based else None
            if cur is not None and cur.num is not None:
                out[s.sid] = cur.num
        return out


def png(size: int = 12) -> bytes:
    raw = b"".join(b"\x00" + bytes([0x1F, 0x4E, 0x9A]) * size for _ in range(size))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def notes_part(kind: str, texts: list[str], package) -> Part:
    root = etree.Element(w(f"{kind}s"), nsmap=NSMAP)
    for nid, ntype in (("-1", "separator"), ("0", "continuationSeparator")):
        n = el(kind, {"type": ntype, "id": nid})
        n.append(el("p", None, el("r", None, el("separator" if nid == "-1" else "continuationSeparator"))))
        root.append(n)
    for k, text in enumerate(texts, 1):
        n = el(kind, {"id": str(k)})
        p = el("p")
        ref = el("r", None, el("rPr", None, el("vertAlign", {"val": "superscript"})), el(f"{kind}Ref"))
        t = el("t")
        t.text = " " + text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        p.append(ref)
        p.append(el("r", None, t))
        n.append(p)
        root.append(n)
    ctype = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"
    return Part(PackURI(f"/word/{kind}s.xml"), ctype, etree.tostring(root, xml_declaration=True,
                                                                      encoding="UTF-8", standalone=True), package)


def comments_part(texts: list[str], package) -> Part:
    root = etree.Element(w("comments"), nsmap=NSMAP)
    for k, text in enumerate(texts):
        c = el("comment", {"id": str(k), "author": "Chair", "initials": "CH", "date": DATE})
        t = el("t")
        t.text = text
        c.append(el("p", None, el("r", None, t)))
        root.append(c)
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    return Part(PackURI("/word/comments.xml"), ctype, etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                                                     standalone=True), package)


def body_paragraphs(body: etree._Element) -> list[etree._Element]:
    return [p for p in body.iter(w("p")) if not any(a.tag == w("txbxContent") for a in p.iterancestors())]


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    if d.last_section:
        sect.find(w("pgSz")).attrib.update({w(k): v for k, v in d.last_section.items()})
        sect.insert(0, el("type", {"val": "nextPage"}))
    styles = doc.styles.element
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    if d.theme_fonts:
        fonts = el("rFonts", {"asciiTheme": "minorHAnsi", "hAnsiTheme": "minorHAnsi", "eastAsiaTheme": "minorEastAsia",
                              "cstheme": "minorBidi"})
    else:
        fonts = el("rFonts", {"ascii": d.latin_font, "hAnsi": d.latin_font, "cs": d.latin_font})
        if d.ea_font:
            fonts.set(w("eastAsia"), d.ea_font)
    rpr.append(fonts)
    rpr.append(el("sz", {"val": str(d.size)}))
    rpr.append(el("szCs", {"val": str(d.size)}))
    rpr.append(el("lang", {"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"}))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "120", "line": "240", "lineRule": "auto"}))
    for s in d.styles:
        node = el("style", {"type": s.kind, "customStyle": "1", "styleId": s.sid}, el("name", {"val": s.name}))
        if s.based:
            node.append(el("basedOn", {"val": s.based}))
        if s.kind == "paragraph":
            node.append(el("qFormat"))
        spp = el("pPr")
        if s.num:
            spp.append(el("numPr", None, *([el("ilvl", {"val": str(s.num[1])})] if s.kind == "paragraph" else []),
                          el("numId", {"val": str(s.num[0])})))
        if s.ind is not None:
            spp.append(el("ind", {"left": str(s.ind), "hanging": "0" if s.num and s.num[0] == 0 else "360"}))
        if len(spp):
            node.append(spp)
        styles.append(node)
    if d.lang == "zh":
        tfl = doc.settings.element.find(w("themeFontLang"))
        if tfl is not None:
            tfl.set(w("eastAsia"), "zh-CN")
    notes = Notes()
    for block in d.blocks:
        body.insert(len(body) - 1, block.xml(notes))
    if d.numbering:
        part = doc.part.numbering_part
        rid = None
        if d.numbering.pic_bullets:
            img = Part(PackURI("/word/media/image1.png"), "image/png", png(), doc.part.package)
            rid = part.relate_to(img, RT.IMAGE)
        d.numbering.xml(part.element, rid)
    if notes.foot:
        doc.part.relate_to(notes_part("footnote", notes.foot, doc.part.package), RT.FOOTNOTES)
    if notes.end:
        doc.part.relate_to(notes_part("endnote", notes.end, doc.part.package), RT.ENDNOTES)
    if notes.comments:
        doc.part.relate_to(comments_part(notes.comments, doc.part.package), RT.COMMENTS)
    assert len(body_paragraphs(body)) == len(d.paragraphs()), (d.name, len(body_paragraphs(body)))
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "delegate"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(body_paragraphs(tree.find(w("body"))))
    assert count == len(d.paragraphs()), (d.name, count)
    return path


# ---------------------------------------------------------------- helpers for the texts
def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def led(lead: str, rest: str, faults: list[F] | None = None, style: str = "i", **kw) -> P:
    return P([R(lead, i=style == "i", u=style == "u", b=style == "b"), R(rest)], faults or [], **kw)


def organ(name: str, comma: str = ",", style: str = "i") -> P:
    return P([R(name, i=style == "i", b=style == "b"), R(comma)])


LANDSCAPE = {"w": "16838", "h": "11906", "orient": "landscape"}
PORTRAIT = {"w": "11906", "h": "16838"}


def en_levels(first: Lvl | None = None) -> list[Lvl]:
    return [first or Lvl("decimal", "%1.", 720), Lvl("lowerLetter", "(%2)", 1440), Lvl("lowerRoman", "(%3)", 2160)]


# ---------------------------------------------------------------- en-j01: clean; isLgl turns a Roman template into 1. 2.
def en_j01() -> Draft:
    n = Numbering()
    n.abstracts[1] = en_levels(Lvl("upperRoman", "%1.", 720, legal=True))
    n.nums[1] = 1
    B = [plain("Committee: General Assembly Third Committee"),
         plain("Topic: Road safety for children who cycle to school"),
         plain("Sponsors: Denmark, Netherlands, Rwanda"),
         plain("Signatories: Chile, Ethiopia, Japan, Lithuania, Senegal"),
         P([R("Date: "), R("9 March 2026", field='DATE \\@ "d MMMM yyyy"')]),
         organ("The General Assembly"),
         led("Noting", " that children riding bicycles to school are among the road users most often hurt in "
             "traffic in towns without separate cycle lanes,"),
         led("Recognizing", " that cycling to school gives children daily exercise and spares families the cost "
             "of transport,"),
         led("Recalling", " the Global Plan for the Decade of Action for Road Safety 2021-2030,"),
         led("Encourages", " Member States to build protected cycle lanes on the streets that lead to primary and "
             "secondary schools;", style="u", num=(1, 0)),
         led("Recommends", " that local authorities:", style="u", num=(1, 0)),
         plain("lower the speed limit near schools to thirty kilometres per hour;", num=(1, 1)),
         plain("mark safe crossing points staffed at the start and the end of the school day;", num=(1, 1)),
         led("Invites", " schools to offer cycling lessons, in the schoolyard and then in light traffic, to "
             "pupils from the age of nine;", style="u", num=(1, 0)),
         led("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
             "eighty-second session.", style="u", num=(1, 0))]
    return Draft("en-j01-clean-legal-numbering-over-roman-theme-fonts-date-field", "en", B, n, theme_fonts=True)


# ---------------------------------------------------------------- en-j02: style-linked list, lvlRestart 1, picture bullets
def en_j02() -> Draft:
    n = Numbering()
    lv = en_levels()
    lv[2].restart = 1          # (i) restarts only after a clause, not after a new (a)/(b)
    n.abstracts[1] = lv
    n.style_link[1] = "ResolutionOutline"
    n.num_style_link[2] = "ResolutionOutline"
    n.abstracts[3] = [Lvl("bullet", "", 1440, pic=0)]
    n.pic_bullets = True
    n.nums = {1: 1, 2: 2, 3: 3}
    pic = 'sub-clause labelled with a picture bullet (a small blue square, w:lvlPicBulletId); expected «({})» ' \
          '(UN-B10, MUN-F06)'
    B = [plain("Committee: Economic and Social Council"),
         plain("Topic: Aircraft noise around urban airports"),
         plain("Sponsors: Austria, Ireland, Singapore"),
         plain("Signatories: Brazil, Jordan, Kenya, Portugal, Thailand"),
         organ("The Economic and Social Council"),
         led("Concerned", " that people living under the approach paths of busy airports sleep less and suffer more "
             "often from high blood pressure,"),
         led("Noting", " that night flights cause most complaints from residents near airports,"),
         led("Aware", " that quieter engines and steeper landing approaches already reduce noise at several "
             "airports,"),
         led("Urges", " Member States to publish noise maps for every airport that handles more than fifty thousand "
             "flights a year;", style="u", num=(2, 0)),
         led("Encourages", " airport operators to fund sound insulation for the homes and schools most affected, in "
             "particular:", style="u", num=(2, 0)),
         plain("homes where the night-time noise level passes the limits recommended by the World Health "
               "Organization;", [F("sub-clause-label", pic.format("a"))], num=(3, 0)),
         plain("schools whose classrooms face the runway;", [F("sub-clause-label", pic.format("b"))], num=(3, 0)),
         led("Recommends", " that civil aviation authorities limit night flights between 11 p.m. and 6 a.m.;",
             style="u", num=(2, 0)),
         led("Calls upon", " Member States to involve residents in airport planning by:", style="u", num=(2, 0)),
         plain("holding public hearings before a new runway is approved, in which:", num=(2, 1)),
         plain("residents may question the operator;", num=(2, 2)),
         plain("the noise maps are shown;", num=(2, 2)),
         plain("setting up a standing committee of residents, airlines and the airport, which:", num=(2, 1)),
         plain("meets at least twice a year;",
               [F("sub-clause-label", 'second-degree sub-clause under "(b)" shows "(iii)": the level does not '
                  'restart after a new first-degree sub-clause (w:lvlRestart 1); expected «(i)» (UN-B10, MUN-F06)')],
               num=(2, 2)),
         plain("publishes its minutes;", num=(2, 2)),
         led("Requests", " the International Civil Aviation Organization to report to the Council on progress at "
             "its next session;", [F("operative-end-mark", 'the last operative clause ends with ";" instead of «.» '
                                     '(UN-B09, MUN-F05)')], style="u", num=(2, 0))]
    styles = [Style("ResolutionOutline", "Resolution Outline", kind="numbering", num=(1, 0))]
    return Draft("en-j02-style-linked-list-restart-after-clause-picture-bullets", "en", B, n, styles=styles)


# ---------------------------------------------------------------- en-j03: a tracked move, a tracked format change
def en_j03() -> Draft:
    n = Numbering()
    n.abstracts[1] = en_levels()
    n.nums[1] = 1
    moved = ("Encourages", " Member States to set up laboratories that can test paint for lead at low cost;")
    B = [plain("Committee: United Nations Environment Assembly"),
         plain("Topic: Eliminating lead in paint"),
         plain("Sponsors: Colombia, Philippines, Uganda"),
         plain("Signatories: Georgia, Moldova, Nigeria, Sri Lanka"),
         organ("The United Nations Environment Assembly"),
         led("Alarmed", " that lead-based paint is still sold for homes, schools and toys in many countries,"),
         led("Recognizing", " that even low exposure to lead harms the brain development of young children;",
             [F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)')]),
         led("Welcoming", " the Global Alliance to Eliminate Lead Paint,"),
         led("Urges", " Member States to adopt laws that limit the total lead content of paint to 90 parts per "
             "million;", style="u", num=(1, 0)),
         P([R(moved[0], u=True, track="moveFrom"), R(moved[1], track="moveFrom")], mark="moveFrom", move="move1",
           num=(1, 0)),
         led("Calls upon", " paint manufacturers to replace lead pigments and driers in all their products within "
             "three years;", style="u", num=(1, 0)),
         P([R("Recommends", fmt_was="u"), R(" that importers and retailers label every tin of paint with its lead "
                                             "content;")],
           [F("emphasis", 'lead "Recommends" not underlined: its underline was taken away by a tracked format '
              'change (w:rPrChange; accepted, plain), unlike the other operative leads (MUN-F03)')], num=(1, 0)),
         led("Requests", " the Executive Director to report on progress at the next session of the Assembly.",
             [F("operative-end-mark", 'no longer the last clause once the tracked move is accepted (the '
                "Encourages clause moved after it), so it needs «;» and not \".\" (UN-B09, MUN-F05)")], style="u",
             num=(1, 0)),
         P([R(moved[0], u=True, track="moveTo"), R(moved[1], track="moveTo")],
           [F("operative-end-mark", 'the clause moved to the end as a tracked move (w:moveTo) is now the last '
              'operative clause and ends with ";" instead of «.» (UN-B09, MUN-F05)')], mark="moveTo", move="move1",
           num=(1, 0))]
    return Draft("en-j03-tracked-move-of-a-clause-and-format-change", "en", B, n)


# ---------------------------------------------------------------- en-j04: hyperlinked footnote reference, endnote, comment
def en_j04() -> Draft:
    n = Numbering()
    n.abstracts[1] = en_levels()
    n.nums[1] = 1
    B = [plain("Committee: World Health Assembly"),
         plain("Topic: A safe and sufficient supply of blood for transfusion"),
         plain("Sponsors: Ghana, Malaysia, Uruguay"),
         plain("Signatories: Bolivia, Cameroon, Greece, Laos, Zambia"),
         organ("The World Health Assembly"),
         led("Noting", " that many low-income countries collect fewer than ten units of blood per thousand people "
             "each year,"),
         P([R("Recalling", i=True), R(" World Health Assembly resolution WHA63.12 on the availability, safety and "
                                      "quality of blood products"),
            R("WHA63.12, adopted on 21 May 2010.", foot=True, link="_ftn1")],
           [F("preambular-end-mark", 'preambular clause has no end mark: it stops at "blood products" and its '
              'hyperlinked footnote reference; expected «,» before the reference (UN-B05, MUN-F04)')]),
         led("Aware", " that blood from regular unpaid donors is the safest,"),
         P([R("Encourages", u=True, comment="Kenya asks whether \"regular\" should be defined."),
            R(" Member States to build a national donor register and to invite registered donors by text message "
              "before stocks run low;")], num=(1, 0)),
         led("Calls Upon", " ministries of health to screen all donated blood for infections transmissible by "
             "transfusion;", [F("capital-after-lead", '"Calls Upon" - capitalised word inside the lead phrase '
                              '(«Calls upon») (MUN-F03)')], style="u", num=(1, 0)),
         led("Recommends", " mobile collection units for rural districts. Such units should visit each district at "
             "least four times a year;", [F("full-stop-inside-clause", 'full stop inside operative clause 3 '
                                         '("rural districts. Such units"); one sentence per resolution (MUN-F05)')],
             style="u", num=(1, 0)),
         P([R("Invites", u=True), R(" employers to give staff paid time off to donate blood;"),
            R("Employers in several Member States already grant half a day.", end=True)], num=(1, 0)),
         led("Requests", " the Director-General to report on progress to the Seventy-ninth World Health Assembly.",
             style="u", num=(1, 0))]
    return Draft("en-j04-hyperlinked-footnote-reference-endnote-comment", "en", B, n)


# ---------------------------------------------------------------- en-j05: PP/OP labels, section break, RTL clause
def en_j05() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "PP%1", 720, suff="space")]
    n.abstracts[2] = [Lvl("decimal", "OP%1", 720, suff="space"), Lvl("lowerLetter", "(%2)", 1440)]
    n.nums = {1: 1, 2: 2}
    pp = 'preambular clause numbered "PP{}" by Word (lvlText "PP%1"); preambular clauses are not numbered ' \
         '(UN-B05, MUN-F04)'
    op = 'operative clause numbered "OP{}" by Word (lvlText "OP%1"); expected «{}.» (UN-B07, MUN-F05)'
    B = [plain("Committee: General Assembly Second Committee"),
         plain("Topic: Protecting undersea internet cables"),
         plain("Sponsors: Egypt, Norway, Tonga"),
         plain("Signatories: Comoros, Estonia, Oman, Samoa, Somalia"),
         organ("The General Assembly"),
         led("Noting", " that undersea cables carry nearly all internet traffic between continents,",
             [F("numbering", pp.format(1))], num=(1, 0)),
         led("Concerned", " that ship anchors and bottom trawling damage cables more than one hundred times a year,",
             [F("numbering", pp.format(2))], num=(1, 0)),
         led("Recalling", " the United Nations Convention on the Law of the Sea,",
             [F("numbering", pp.format(3))], num=(1, 0)),
         led("Calls upon", " coastal States to mark cable routes on their nautical charts;",
             [F("numbering", op.format(1, 1))], style="u", num=(2, 0)),
         led("Encourages", " Member States to keep a cable repair ship on call in each region;",
             [F("numbering", op.format(2, 2))], style="u", num=(2, 0), section_end=PORTRAIT),
         led("Recommends", " that small island developing States be connected by at least two cables that land at "
             "different places;", [F("numbering", op.format(3, 3)),
                                   F("other", 'right-to-left paragraph (w:bidi, left from an Arabic version): the page shows '
                                     'its label "OP3" at the right margin and its ";" at the left, before the lead '
                                     '(";Recommends … different placesOP3"); the clause must read left to right and end '
                                     'with «;» (UN-B09, MUN-F05)')], style="u", num=(2, 0), bidi=True),
         led("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
             "eighty-second session.", [F("numbering", op.format(4, 4))], style="u", num=(2, 0))]
    return Draft("en-j05-pp-op-labels-section-break-rtl-clause", "en", B, n, last_section=LANDSCAPE)


# ---------------------------------------------------------------- en-j06: vertical text box, clauses in content controls
def en_j06() -> Draft:
    n = Numbering()
    n.abstracts[1] = en_levels()
    n.nums[1] = 1
    B = [P([R("Committee: United Nations Environment Assembly"), R("", vbox="DELEGATE COPY - DO NOT CIRCULATE")]),
         plain("Topic: Reducing light pollution"),
         plain("Sponsors: Chile, Namibia, Spain"),
         plain("Signatories: Australia, Croatia, Mongolia, New Zealand"),
         organ("The United Nations Environment Assembly"),
         led("Noting", " that artificial light at night has grown brighter and more widespread in every region,"),
         led("Concerned", " that it disturbs migrating birds, nesting turtles and the sleep of people living in "
             "cities,"),
         led("Recognizing", " that shielded streetlights save energy as well as reducing glare,"),
         Sdt([led("Encourages", " Member States to adopt standards for outdoor lighting that limit glare and light "
                  "shining upwards;", style="u", num=(1, 0)),
              P([R("Invites", u=True, comment="Suggest adding: Further invites the International Astronomical Union "
                   "to share its data;"), R(" cities to switch off or dim the lighting of empty office buildings "
                                           "and advertisements after midnight,")],
                [F("operative-end-mark", 'operative clause 2 ends with "," instead of «;» (UN-B09, MUN-F05)')],
                num=(1, 0))], "Clauses 1-2", "block-a"),
         Sdt([led("Recommends", " that protected areas near coasts:", style="u", num=(1, 0)),
              plain("use amber lights during the nesting season;", num=(1, 1)),
              plain("turn off beach lighting after ten in the evening;", num=(1, 1)),
              led("Requests", " the Executive Director to report on progress at the next session of the Assembly.",
                  style="u", num=(1, 0))], "Clauses 3-4", "block-b")]
    return Draft("en-j06-vertical-text-box-clauses-in-content-controls-comment", "en", B, n)


# ---------------------------------------------------------------- Chinese
def zh_j07() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("ideographDigital", "%1、", 420, 420, suff="nothing"),
                      Lvl("decimalFullWidth", "（%2）", 840, 420)]
    n.nums[1] = 1
    th = ("minorHAnsi", "majorEastAsia")
    cl = 'Word 列表把执行性条款编为 "{}、"（ideographDigital，lvlText "%1、"）；应为 «{}.» (UN-B07, ZH-B03)'
    sub = '子条款编号为 "（{}）"（decimalFullWidth）；应为 «({})» 或 «（{}）» (ZH-B04, UN-B10)'
    B = [plain("决议草案", jc="center"),
         plain("委员会：联合国预防犯罪和刑事司法委员会"),
         plain("议题：打击跨国电信网络诈骗"),
         plain("起草国：柬埔寨、泰国、中国"),
         plain("附议国：菲律宾、老挝、缅甸、越南"),
         P([R("预防犯罪和刑事司法委员会", b=True), R("，")]),
         P([R("关切地注意到", u=True, theme=th), R("跨国电信网络诈骗案件数量逐年增加，受害者遍及各个年龄段，")]),
         P([R("认识到", u=True, theme=th), R("诈骗团伙利用虚拟货币和境外账户转移赃款，给追赃挽损带来困难，")]),
         P([R("回顾", u=True, theme=th), R("《联合国打击跨国有组织犯罪公约》，")]),
         P([R("敦促", u=True, theme=th), R("会员国建立涉诈银行账户和电话号码的快速冻结机制；")],
           [F("numbering", cl.format("一", 1))], num=(1, 0)),
         P([R("鼓励", u=True, theme=th), R("电信运营商和银行：")], [F("numbering", cl.format("二", 2))], num=(1, 0)),
         P([R("向可能受骗的用户及时发出风险提示；")], [F("sub-clause-label", sub.format("１", "a", "a"))], num=(1, 1)),
         P([R("协助执法部门追查资金去向；")], [F("sub-clause-label", sub.format("２", "b", "b"))], num=(1, 1)),
         P([R("呼吁", u=True, theme=th), R("各国在移交被告人和返还被骗资金方面加强司法合作；")],
           [F("numbering", cl.format("三", 3))], num=(1, 0)),
         P([R("请", u=True, theme=th), R("联合国毒品和犯罪问题办公室在委员会下届会议上报告本决议的执行情况。")],
           [F("numbering", cl.format("四", 4))], num=(1, 0))]
    return Draft("zh-j07-ideograph-digital-clauses-full-width-digit-subs-theme-leads", "zh", B, n, ea_font="宋体")


def zh_j08() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420)]
    n.nums[1] = 1
    styles = [Style("Clause", "条款", num=(1, 0), ind=420), Style("SubClause", "子条款", based="Clause", num=(0, 0),
                                                                 ind=840)]
    B = [plain("决议草案", jc="center"),
         P([R("草案编号：1.1　　　　第 "), R("1", field="PAGE"), R(" 页")]),
         plain("委员会：联合国教育、科学及文化组织"),
         plain("议题：传统手工艺的传承与青年就业"),
         plain("起草国：秘鲁、摩洛哥、中国"),
         plain("附议国：玻利维亚、印度、突尼斯、乌兹别克斯坦"),
         P([R("联合国教育、科学及文化组织", b=True), R("，")]),
         led("注意到", "许多传统手工艺只靠少数年长的匠人口传身教，后继乏人,",
             [F("half-width-punctuation-in-chinese", '序言性条款以半角 "," 结尾；应为全角 «，» (ZH-P01, UN-B05)')],
             style="u"),
         led("认识到", "刺绣、剪纸、制陶等手工艺可以为农村青年提供就业机会，", style="u"),
         P([R("鼓励", u=True), R("会员国在职业学校开设传统手工艺课程，并聘请匠人担任教师；")], style="Clause"),
         P([R("建议", u=True), R("各国为手工艺作坊提供小额贷款和税收优惠"), R("；", track="del"), R("。", track="ins")],
           [F("operative-end-mark", '非最后一条执行性条款以 "。" 结尾（修订：删去 "；"、插入 "。"，接受修订后）；应为 «；» '
              '(UN-B09, ZH-B03, ZH-B05)')], style="Clause"),
         P([R("3. "), R("促请", u=True), R("各国：")], style="SubClause"),
         P([R("（a）建立匠人名录，记录其技艺和作品；")], style="SubClause"),
         P([R("（b）支持手工艺品通过电子商务平台销售；")], style="SubClause"),
         P([R("邀请", u=True), R("博物馆和文化中心举办手工艺展览和现场演示；")],
           [F("numbering", '条款 "邀请……" 由 Word 编为 "3."，紧接在手工键入的 "3. 促请" 之后（该条用了取消编号的"子条款"样式，'
              'w:numId 0）：页面上出现两个 "3."；应为 «4.» (UN-B07, ZH-B03)')], style="Clause"),
         P([R("请", u=True), R("总干事在下届大会上报告本决议的执行情况。")], style="Clause")]
    return Draft("zh-j08-num-id-0-in-a-style-typed-number-tracked-stop-page-field", "zh", B, n, ea_font="宋体",
                 styles=styles)


def zh_j09() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "(%2)", 840, 420)]
    n.nums[1] = 1
    B = [P([R("决议草案"), R("", vbox="第五届模拟联合国大会")], jc="center"),
         plain("委员会：世界卫生大会"),
         plain("议题：登革热的预防和控制"),
         plain("起草国：巴西、马来西亚、越南"),
         P([R("附议国：孟加拉国、古巴、斯里兰卡、印度尼西亚", comment="主席：附议国数量尚未达到要求，请会前补齐。")]),
         P([R("世界卫生大会", b=True), R("，")]),
         led("关切地注意到", "登革热的发病范围随着气候变暖和城市化不断扩大。",
             [F("preambular-end-mark", '序言性条款以 "。" 结尾；应为 «，» (UN-B05, ZH-B02, ZH-B05)')], style="u"),
         led("认识到", "清除积水和容器中的伊蚊孳生地是最经济有效的预防措施，", style="u"),
         led("回顾", "国际卫生条例(2005)，",
             [F("missing-book-title-marks", '文书名称 "国际卫生条例(2005)" 未加书名号；应为 «《国际卫生条例(2005)》» '
                '(UN-B18, ZH-P01)')], style="u"),
         Sdt([led("敦促", "会员国建立登革热病例和蚊媒密度的监测系统，并及时发布预警；", style="u", num=(1, 0))],
             "条款", "op-1"),
         Sdt([led("鼓励", "各国社区：", style="u", num=(1, 0)),
              plain("每周组织一次清除积水的卫生运动；", num=(1, 1)),
              plain("在学校开展防蚊知识教育；", num=(1, 1))], "条款", "op-2"),
         Sdt([led("请", "总干事支持登革热疫苗和快速诊断试剂的研发，并在下届大会上报告进展情况；",
                  [F("operative-end-mark", '最后一条执行性条款以 "；" 结尾；应为 «。» (UN-B09, ZH-B03)')], style="u",
                  num=(1, 0))], "条款", "op-3")]
    return Draft("zh-j09-vertical-text-box-comment-clauses-in-content-controls", "zh", B, n, ea_font="宋体")


def zh_j10() -> Draft:
    n = Numbering()
    lv = [Lvl("decimal", "%1.", 420, 420, suff="space"), Lvl("lowerLetter", "(%2)", 840, 420, restart=1)]
    n.abstracts[1] = lv
    n.style_link[1] = "决议条款列表"
    n.num_style_link[2] = "决议条款列表"
    n.nums = {1: 1, 2: 2}
    th = ("minorHAnsi", "minorEastAsia")

    def tl(lead: str, rest: str, **kw) -> P:
        return P([R(lead, u=True, theme=th), R(rest, theme=th)], **kw)

    B = [P([R("决议草案", theme=th)], jc="center"),
         P([R("委员会：联合国大会第三委员会", theme=th)]),
         P([R("议题：校园食品安全与学生营养", theme=th)]),
         P([R("起草国：法国、加纳、中国", theme=th)]),
         P([R("附议国：埃及、芬兰、秘鲁、泰国", theme=th)]),
         P([R("日期：", theme=th), R("2026年3月9日", theme=th, field='DATE \\@ "yyyy\'年\'M\'月\'d\'日\'"')]),
         P([R("大会", b=True, theme=th), R("，", theme=th)]),
         tl("注意到", "许多学校食堂缺少冷藏设备和经过培训的厨师，"),
         tl("认识到", "营养均衡的校餐有助于学生的健康成长和学习，"),
         tl("鼓励", "会员国制定校园食品安全标准，并每学期对学校食堂进行检查；", num=(2, 0)),
         tl("建议", "各国教育部门：", num=(2, 0)),
         tl("", "为学校食堂配备冷藏设备和留样柜；", num=(2, 1)),
         tl("", "每年为食堂工作人员提供食品安全培训；", num=(2, 1)),
         tl("邀请", "家长代表参与校餐菜单的制定和监督；", num=(2, 0)),
         tl("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", num=(2, 0))]
    styles = [Style("决议条款列表", "决议条款列表", kind="numbering", num=(1, 0))]
    return Draft("zh-j10-clean-style-linked-list-theme-fonts-date-field", "zh", B, n, theme_fonts=True, styles=styles)


DRAFTS = [en_j01, en_j02, en_j03, en_j04, en_j05, en_j06, zh_j07, zh_j08, zh_j09, zh_j10]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            paras = d.paragraphs()
            labels = d.numbering.labels(list(enumerate(paras, 1)), d.style_nums()) if d.numbering else {}
            print(f"== {d.name}")
            for k, p in enumerate(paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{k:3} {labels.get(k, ''):>6}{p.text}  {marks}")
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1]).resolve()
        out.mkdir(parents=True, exist_ok=True)
        for d in drafts:
            src = HERE / f"{d.name}.docx"
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)],
                           check=True, capture_output=True)
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out),
                            str(src)], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "50", str(out / f"{d.name}.pdf"), str(out / d.name)],
                           check=True)
        return
    annotations = {}
    for d in drafts:
        build(d)
        faults = [{"paragraph": k, "kind": f.kind, "note": f.note}
                  for k, p in enumerate(d.paragraphs(), 1) for f in p.faults]
        annotations[f"{d.name}.docx"] = {"faults": faults}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
