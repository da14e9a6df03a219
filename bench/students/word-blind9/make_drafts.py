"""Build the drafts of the blind set word-blind9 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

The files are shaped like what editors other than Word export: Google Docs (.docx download), WPS Office, Apple
Pages, and a web page pasted into Word. python-docx gives the package (its default template); every piece of
WordprocessingML (numbering.xml, styles, docDefaults, runs, hyperlinks, extra namespaces, docProps) is written with
lxml / zipfile by the helpers below (layout of R / P / Lvl / Numbering / Draft and the F(kind, note) marks after
../word-blind7/make_drafts.py; no import of drafter or of an earlier set's script). Faults are marked with
F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based index of the `w:p` in the
body (empty paragraphs included), counted after building and checked again on the saved file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NBSP = "\u00a0"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    node = etree.Element(w(tag))
    for key, value in (attrs or {}).items():
        node.set(w(key), str(value))
    for child in children:
        node.append(child)
    return node


# ---------------------------------------------------------------- faults
@dataclass
class F:
    kind: str
    note: str


# ---------------------------------------------------------------- runs
@dataclass
class R:
    """A run: text ("\n" = w:br, "\t" = w:tab) and its formatting."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    ea: str | None = None        # East Asian font of the run
    latin: str | None = None     # ascii/hAnsi/cs font of the run
    hint: bool = False           # w:hint="eastAsia" (WPS)
    color: str | None = None
    link: str | None = None      # external hyperlink address: the run is wrapped in w:hyperlink


def run_xml(r: R, part) -> etree._Element:
    node = el("r")
    rpr = el("rPr")
    if r.link:
        rpr.append(el("rStyle", {"val": "Hyperlink"}))
    if r.ea or r.latin or r.hint:
        fonts = el("rFonts")
        if r.latin:
            for a in ("ascii", "hAnsi", "cs"):
                fonts.set(w(a), r.latin)
        if r.ea:
            fonts.set(w("eastAsia"), r.ea)
        if r.hint:
            fonts.set(w("hint"), "eastAsia")
        rpr.append(fonts)
    if r.b:
        rpr.append(el("b"))
    if r.i:
        rpr.append(el("i"))
    if r.color:
        rpr.append(el("color", {"val": r.color}))
    if r.u:
        rpr.append(el("u", {"val": "single"}))
    if len(rpr):
        node.append(rpr)
    buf = ""

    def flush() -> None:
        nonlocal buf
        if buf:
            t = el("t")
            t.text = buf
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            node.append(t)
            buf = ""

    for ch in r.text:
        if ch == "\n":
            flush()
            node.append(el("br"))
        elif ch == "\t":
            flush()
            node.append(el("tab"))
        else:
            buf += ch
    flush()
    if r.link:
        rid = part.relate_to(r.link, RT.HYPERLINK, is_external=True)
        h = etree.Element(w("hyperlink"))
        h.set(f"{{{R_NS}}}id", rid)
        h.set(w("history"), "1")
        h.append(node)
        return h
    return node


# ---------------------------------------------------------------- paragraphs
@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None   # (numId, ilvl)
    jc: str | None = None
    ind: dict[str, str] | None = None
    spacing: dict[str, str] | None = None
    tabs: list[int] | None = None
    ppr_fonts: dict[str, str] | None = None   # fonts on the paragraph mark (Google Docs writes them)

    def xml(self, part) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.tabs:
            tabs = el("tabs")
            for pos in self.tabs:
                tabs.append(el("tab", {"val": "left", "pos": str(pos)}))
            ppr.append(tabs)
        if self.spacing:
            ppr.append(el("spacing", self.spacing))
        if self.ind:
            ppr.append(el("ind", self.ind))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if self.ppr_fonts:
            ppr.append(el("rPr", None, el("rFonts", self.ppr_fonts)))
        if len(ppr):
            p.append(ppr)
        for r in self.runs:
            p.append(run_xml(r, part))
        return p

    @property
    def text(self) -> str:
        return ("".join(r.text for r in self.runs).replace("\n", "⏎").replace("\t", "→")
                .replace(NBSP, "°"))


# ---------------------------------------------------------------- numbering
ROMAN = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
CN = "零一二三四五六七八九十"


def roman(n: int) -> str:
    out = ""
    for value, sym in ROMAN:
        while n >= value:
            out += sym
            n -= value
    return out


@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, lowerRoman, chineseCounting, bullet
    text: str         # lvlText
    left: int
    hanging: int = 360
    start: int = 1
    suff: str | None = None     # tab (default), space, nothing
    tab: bool = False           # a w:tab w:val="num" stop at the text position (Pages)
    font: str | None = None

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.suff:
            node.append(el("suff", {"val": self.suff}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        ppr = el("pPr")
        if self.tab:
            ppr.append(el("tabs", None, el("tab", {"val": "num", "pos": str(self.left)})))
        ppr.append(el("ind", {"left": str(self.left), "hanging": str(self.hanging)}))
        node.append(ppr)
        if self.font:
            node.append(el("rPr", None, el("rFonts", {"ascii": self.font, "hAnsi": self.font, "cs": self.font})))
        return node

    def show(self, value: int) -> str:
        if self.fmt == "lowerLetter":
            return chr(ord("a") + value - 1)
        if self.fmt == "lowerRoman":
            return roman(value)
        if self.fmt == "chineseCounting":
            return CN[value] if value <= 10 else str(value)
        return str(value)


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)   # numId -> abstractId
    nsid: bool = False                                   # WPS / Word write w:nsid and w:tmpl

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            a = el("abstractNum", {"abstractNumId": str(aid)})
            if self.nsid:
                a.append(el("nsid", {"val": f"{0x2A3B4C00 + aid:08X}"}))
            a.append(el("multiLevelType", {"val": "multilevel" if len(levels) > 1 else "singleLevel"}))
            if self.nsid:
                a.append(el("tmpl", {"val": f"{0x0C1D2E00 + aid:08X}"}))
            for i, lvl in enumerate(levels):
                a.append(lvl.xml(i))
            root.append(a)
        for nid, aid in self.nums.items():
            root.append(el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)})))

    def labels(self, paras: list[tuple[int, P]]) -> dict[int, str]:
        """The label Word shows on each numbered paragraph (one counter set per abstractNum; a level restarts
        after a higher level of the same abstractNum)."""
        counters: dict[int, list[int | None]] = {}
        out: dict[int, str] = {}
        for index, p in paras:
            if not p.num:
                continue
            nid, ilvl = p.num
            aid = self.nums[nid]
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [None] * 9)
            cnt[ilvl] = (cnt[ilvl] if cnt[ilvl] is not None else levels[ilvl].start - 1) + 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = None
            lvl = levels[ilvl]
            if lvl.fmt == "bullet":
                out[index] = lvl.text
                continue
            text = lvl.text
            for lv in range(ilvl + 1):
                value = cnt[lv] if cnt[lv] is not None else levels[lv].start
                text = text.replace(f"%{lv + 1}", levels[lv].show(value))
            out[index] = text
        return out


# ---------------------------------------------------------------- drafts
@dataclass
class Draft:
    name: str
    lang: str
    editor: str                      # google, pages, wps, web
    blocks: list[P]
    numbering: Numbering | None = None
    latin_font: str = "Times New Roman"
    ea_font: str | None = None       # docDefaults w:eastAsia (None: attribute left out)
    size: int = 24
    lang_attrs: dict[str, str] | None = None   # docDefaults w:lang (None: no w:lang at all)

    def paragraphs(self) -> list[P]:
        return list(self.blocks)


APP = {"google": None, "pages": "Pages", "wps": "WPS Office_11.1.0.11664", "web": "Microsoft Office Word"}
WPS_NS = {
    "wpsCustomData": "http://www.wps.cn/officeDocument/2013/wpsCustomData",
    "wpsdr": "http://www.wps.cn/officeDocument/2017/drawingml",
}


def style_rpr(doc, style_id: str, children: list[etree._Element], ppr: list[etree._Element] | None = None) -> None:
    st = doc.styles.element.find(f"{w('style')}[@{w('styleId')}='{style_id}']")
    rpr = st.find(w("rPr"))
    if rpr is None:
        rpr = el("rPr")
        st.append(rpr)
    for child in list(rpr):
        rpr.remove(child)
    for child in children:
        rpr.append(child)
    if ppr is not None:
        old = st.find(w("pPr"))
        if old is not None:
            st.remove(old)
        node = el("pPr")
        for child in ppr:
            node.append(child)
        st.insert(list(st).index(rpr), node)


def add_style(doc, style_id: str, name: str, rpr: list[etree._Element], ppr: list[etree._Element] | None = None,
              kind: str = "paragraph") -> None:
    st = el("style", {"type": kind, "styleId": style_id}, el("name", {"val": name}))
    if kind == "paragraph":
        st.append(el("basedOn", {"val": "Normal"}))
        st.append(el("qFormat"))
    if ppr:
        st.append(el("pPr", None, *ppr))
    st.append(el("rPr", None, *rpr))
    doc.styles.element.append(st)


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    styles = doc.styles.element
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    fonts = el("rFonts", {"ascii": d.latin_font, "hAnsi": d.latin_font, "cs": d.latin_font})
    if d.ea_font:
        fonts.set(w("eastAsia"), d.ea_font)
    rpr.append(fonts)
    rpr.append(el("sz", {"val": str(d.size)}))
    rpr.append(el("szCs", {"val": str(d.size)}))
    if d.lang_attrs is not None:
        rpr.append(el("lang", d.lang_attrs))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    if d.editor == "google":
        ppr.append(el("spacing", {"after": "0", "line": "276", "lineRule": "auto"}))
        # Google's Title and Subtitle: Arial, 26 pt / 15 pt grey, keepNext, no theme fonts
        style_rpr(doc, "Title", [el("rFonts", {"ascii": "Arial", "hAnsi": "Arial", "cs": "Arial"}),
                                 el("sz", {"val": "52"}), el("szCs", {"val": "52"})],
                  [el("keepNext"), el("keepLines"), el("spacing", {"after": "60"})])
        style_rpr(doc, "Subtitle", [el("rFonts", {"ascii": "Arial", "hAnsi": "Arial", "cs": "Arial"}),
                                    el("color", {"val": "666666"}), el("sz", {"val": "30"}), el("szCs", {"val": "30"})],
                  [el("keepNext"), el("keepLines"), el("spacing", {"after": "320"})])
    elif d.editor == "pages":
        ppr.append(el("spacing", {"after": "0", "line": "240", "lineRule": "auto"}))
        add_style(doc, "Body", "Body",
                  [el("rFonts", {"ascii": "Helvetica Neue", "hAnsi": "Helvetica Neue", "cs": "Arial Unicode MS",
                                 "eastAsia": "Arial Unicode MS"}),
                   el("color", {"val": "000000"}), el("sz", {"val": "22"}), el("szCs", {"val": "22"})],
                  [el("spacing", {"after": "120"})])
        style_rpr(doc, "Title", [el("rFonts", {"ascii": "Helvetica Neue", "hAnsi": "Helvetica Neue", "cs": "Helvetica Neue"}),
                                 el("b"), el("sz", {"val": "32"})], [el("jc", {"val": "center"})])
    elif d.editor == "wps":
        ppr.append(el("spacing", {"line": "360", "lineRule": "auto"}))
    elif d.editor == "web":
        ppr.append(el("spacing", {"after": "160", "line": "259", "lineRule": "auto"}))
        add_style(doc, "NormalWeb", "Normal (Web)", [el("sz", {"val": str(d.size)})],
                  [el("spacing", {"before": "100", "beforeAutospacing": "1", "after": "100",
                                  "afterAutospacing": "1"})])
    if d.numbering:
        d.numbering.xml(doc.part.numbering_part.element)
    for block in d.blocks:
        body.insert(len(body) - 1, block.xml(doc.part))
    assert len(body.findall(w("p"))) == len(d.paragraphs())
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "delegate"
    doc.save(path)
    if d.editor == "wps":
        wps_patch(path)
    if APP[d.editor]:
        app_patch(path, APP[d.editor])
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(d.paragraphs()), (d.name, count)
    return path


def rewrite(path: Path, edit) -> None:
    tmp = Path(tempfile.mkdtemp()) / path.name
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        files = {n: zin.read(n) for n in names}
        edit(files)
        for n, data in files.items():
            zout.writestr(n, data)
    shutil.move(tmp, path)


def wps_patch(path: Path) -> None:
    """WPS's extra namespaces (declared on the root, listed in mc:Ignorable) and its custom property
    KSOProductBuildVer in docProps/custom.xml."""
    def edit(files: dict[str, bytes]) -> None:
        xml = files["word/document.xml"].decode("utf-8")
        decl = " ".join(f'xmlns:{k}="{v}"' for k, v in WPS_NS.items())
        xml = re.sub(r"<w:document ", f"<w:document {decl} ", xml, count=1)
        if "mc:Ignorable=" in xml:
            xml = re.sub(r'mc:Ignorable="([^"]*)"', lambda m: f'mc:Ignorable="{m.group(1)} wpsCustomData"', xml, count=1)
        else:
            xml = xml.replace("<w:document ", '<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-'
                              'compatibility/2006" mc:Ignorable="wpsCustomData" ', 1)
        files["word/document.xml"] = xml.encode("utf-8")
        files["docProps/custom.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
            b'<vt:lpwstr>2052-11.1.0.11664</vt:lpwstr></property></Properties>')
        ct = files["[Content_Types].xml"].decode("utf-8")
        if "/docProps/custom.xml" not in ct:
            ct = ct.replace("</Types>", '<Override PartName="/docProps/custom.xml" ContentType="application/'
                            'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
        files["[Content_Types].xml"] = ct.encode("utf-8")
        rels = files["_rels/.rels"].decode("utf-8")
        if "custom.xml" not in rels:
            rels = rels.replace("</Relationships>", '<Relationship Id="rIdCustom1" Type="http://schemas.'
                                'openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
                                'Target="docProps/custom.xml"/></Relationships>')
        files["_rels/.rels"] = rels.encode("utf-8")
    rewrite(path, edit)


def app_patch(path: Path, app: str) -> None:
    def edit(files: dict[str, bytes]) -> None:
        if "docProps/app.xml" in files:
            xml = files["docProps/app.xml"].decode("utf-8")
            xml = re.sub(r"<Application>[^<]*</Application>", f"<Application>{app}</Application>", xml)
            files["docProps/app.xml"] = xml.encode("utf-8")
    rewrite(path, edit)


# ---------------------------------------------------------------- helpers for the texts
def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


# Google Docs: Arial on every run and on the paragraph mark, no w:eastAsia; runs split at every change
GF = {"ascii": "Arial", "hAnsi": "Arial", "cs": "Arial"}
GSP = {"before": "0", "after": "0", "line": "276", "lineRule": "auto"}


def g(*parts: tuple[str, str] | str, faults: list[F] | None = None, **kw) -> P:
    """A Google Docs paragraph: parts are plain strings or (flags, text) with flags from "iub"."""
    runs = []
    for part in parts:
        flags, text = ("", part) if isinstance(part, str) else part
        runs.append(R(text, i="i" in flags, u="u" in flags, b="b" in flags, latin="Arial"))
    kw.setdefault("spacing", GSP)
    return P(runs, faults or [], ppr_fonts=GF, **kw)


def gempty() -> P:
    return P([], spacing=GSP, ppr_fonts=GF)


def google_list(n: Numbering, aid: int, left: int = 720) -> None:
    """One Google Docs list: its own abstractNum, "%1." / "%2." / "%3." and its own indents."""
    n.abstracts[aid] = [Lvl("decimal", "%1.", left, 360), Lvl("lowerLetter", "%2.", left + 720, 360),
                        Lvl("lowerRoman", "%3.", left + 1440, 180)]
    n.nums[aid] = aid


# ---------------------------------------------------------------- en-k01: Google Docs, pasted blocks restart the list
def en_k01() -> Draft:
    n = Numbering()
    google_list(n, 1)
    google_list(n, 2)
    B = [g("Draft Resolution 1.3", style="Title"),
         g("Committee: General Assembly Second Committee", style="Subtitle"),
         g("Topic: Underwater noise from commercial shipping"),
         g("Sponsors: Canada, Fiji, Portugal"),
         g("Signatories: Chile, Denmark, Kenya, Mauritius, Panama"),
         gempty(),
         g(("i", "The General Assembly"), ","),
         gempty(),
         g(("i", "Alarmed"), " that the noise of ship engines and propellers has doubled in the main shipping lanes "
           "every decade since the 1960s,"),
         gempty(),
         g(("i", "Noting"), " that whales, dolphins and many fish use sound to find food, keep in contact and "
           "avoid predators,"),
         gempty(),
         g(("i", "Noting"), ("i", " Further"), " that slower speeds and better propeller design reduce the noise of "
           "most vessels at little cost,",
           faults=[F("capital-after-lead", '"Noting Further" - capitalised word inside the lead phrase («Further '
                     'noting» / «Noting further») (MUN-F02, UN-B12)')]),
         gempty(),
         g(("i", "Recognizing"), " the voluntary guidelines on underwater noise adopted by the International "
           "Maritime Organization,"),
         gempty(),
         g(("u", "Encourages"), " Member States to set voluntary speed limits for large vessels in the feeding and "
           "breeding areas of marine mammals;", num=(1, 0)),
         gempty(),
         g(("u", "Calls"), ("u", " upon"), " shipowners to:", num=(1, 0)),
         g("fit quieter propellers when their ships are next in dry dock;", num=(1, 1)),
         g("keep hulls clean so that engines run at lower power;", num=(1, 1)),
         gempty(),
         g(("u", "Invites"), " ports to offer lower fees to ships that meet the noise targets of the guidelines;",
           num=(1, 0)),
         gempty(),
         # second pasted block: a new Google list (own abstractNum), so Word starts again at "1."
         g(("u", "Requests"), " the International Maritime Organization to publish a map of the sea areas where "
           "noise levels are highest;", num=(2, 0),
           faults=[F("numbering", 'operative clause 4 numbered "1." (the clauses pasted from a second document '
                     'became a new list that starts again); expected «4.» (UN-B07, MUN-F05)')]),
         gempty(),
         g(("u", "Encourages"), " research institutes to share their recordings of ocean noise in an open "
           "database.", num=(2, 0),
           faults=[F("operative-end-mark", 'operative clause (Word: "2.") ends with "." though a clause follows; '
                     'expected «;» (UN-B09, MUN-F05)')]),
         gempty(),
         g(("u", "Decides"), " to remain seized of the matter.", num=(2, 0))]
    return Draft("en-k01-google-docs-pasted-blocks-restart-title-styles", "en", "google", B, n,
                 latin_font="Arial", size=22, lang_attrs=None)


# ---------------------------------------------------------------- en-k02: Google Docs, clean
def en_k02() -> Draft:
    n = Numbering()
    google_list(n, 1)
    google_list(n, 2, left=1440)
    B = [g("Draft Resolution 2.1", style="Title"),
         g("Committee: General Assembly Third Committee", style="Subtitle"),
         g("Topic: Hearing loss from personal audio devices and loud venues"),
         g("Sponsors: Ghana, Netherlands, Uruguay"),
         g("Signatories: Bolivia, India, Jamaica, Sierra Leone, Viet Nam"),
         gempty(),
         g(("i", "The General Assembly"), ","),
         gempty(),
         g(("i", "Aware"), " that more than a billion young people risk permanent hearing loss from listening to "
           "music too loud and for too long,"),
         gempty(),
         g(("i", "Concerned"), " that ", "hearing", " damage from noise builds up slowly, gives no pain and cannot be "
           "reversed,"),
         gempty(),
         g(("i", "Noting"), " that few smartphones and headphones tell their users how much sound they have heard "
           "in a week,"),
         gempty(),
         g(("u", "Encourages"), " Member States to adopt standards for safe listening on personal audio devices;",
           num=(1, 0)),
         gempty(),
         g(("u", "Recommends"), " that Governments:", num=(1, 0)),
         g("require concert halls and nightclubs to keep sound below an agreed average level;", num=(1, 1)),
         g("offer free hearing checks to pupils in their last year of school;", num=(1, 1)),
         gempty(),
         g(("u", "Invites"), " manufacturers of phones and headphones to:", num=(1, 0)),
         # a sub-list pasted from another document: a Google list of its own, indented as a sub-level, "a." again
         g("show each user the weekly sound dose as a share of the safe limit;", num=(2, 0)),
         g("lower the volume automatically once the weekly limit is reached;", num=(2, 0)),
         gempty(),
         g(("u", "Requests"), " the Secretary-General to report on the implementation of this resolution at its "
           "eighty-second session.", num=(1, 0))]
    n.abstracts[2] = [Lvl("lowerLetter", "%1.", 1440, 360), Lvl("lowerRoman", "%2.", 2160, 180)]
    return Draft("en-k02-clean-google-docs-title-styles-empty-lines-split-runs", "en", "google", B, n,
                 latin_font="Arial", size=22, lang_attrs=None)


# ---------------------------------------------------------------- Apple Pages
PF = "Helvetica Neue"


def pg(lead: str | None, rest: str, flags: str = "", faults: list[F] | None = None, **kw) -> P:
    runs = []
    if lead:
        runs.append(R(lead, i="i" in flags, u="u" in flags, b="b" in flags))
    runs.append(R(rest))
    kw.setdefault("style", "Body")
    return P(runs, faults or [], **kw)


def pages_list(sub_fmt: str, sub_text: str) -> Numbering:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 720, 360, suff="tab", tab=True),
                      Lvl(sub_fmt, sub_text, 1440, 360, suff="tab", tab=True),
                      Lvl("lowerRoman", "%3.", 2160, 360, suff="tab", tab=True)]
    n.nums[1] = 1
    return n


def en_k03() -> Draft:
    n = pages_list("decimal", "%2.")
    sub = 'sub-clause numbered "{}" by the list (Pages\' numbered list shows decimal numbers at the second level); ' \
          'sub-clauses are lettered «({})» / «{}.» (UN-B10, MUN-F06)'
    B = [pg(None, "Draft Resolution 3.4", style="Title"),
         pg(None, "Committee: Economic and Social Council"),
         pg(None, "Topic: Early warning of landslides in mountain communities"),
         pg(None, "Sponsors: Colombia, Nepal, Tajikistan"),
         pg(None, "Signatories: Ecuador, Italy, Japan, Malawi, Philippines"),
         pg("The Economic and Social Council", ",", "i"),
         pg("Deeply concerned", " that landslides kill thousands of people every year, most of them in villages "
            "built on steep slopes below roads and terraces,", "i"),
         pg("Noting", " that heavy rain over a few hours is the most common trigger of the \u201cshallow\u201d "
            "landslides that strike without visible warning.", "i",
            [F("preambular-end-mark", 'preambular clause ends with "." instead of «,» (UN-B05, MUN-F04)')]),
         pg("Recognizing", " that low-cost rain gauges and soil-moisture sensors can give villages several hours\u2019 "
            "warning,", "i"),
         pg("Encourages", " Member States to map the slopes above settlements and to mark the most dangerous ones on "
            "local plans;", "u", num=(1, 0)),
         pg("Calls upon", " national disaster agencies to:", "u", num=(1, 0)),
         pg(None, "install rain gauges in villages at the foot of unstable slopes;", num=(1, 1),
            faults=[F("sub-clause-label", sub.format("1.", "a", "a"))]),
         pg(None, "send warnings by siren and text message when rainfall passes agreed limits;", num=(1, 1),
            faults=[F("sub-clause-label", sub.format("2.", "b", "b"))]),
         pg("Recommends", " that road builders drain the slopes they cut and plant them with deep-rooted grasses;",
            "u", num=(1, 0)),
         pg("Requests", " the Secretary-General to report on progress at the next session of the Council.", "u",
            num=(1, 0))]
    return Draft("en-k03-pages-body-style-decimal-second-level", "en", "pages", B, n, latin_font=PF, size=22,
                 lang_attrs={"val": "en-US"})


def en_k04() -> Draft:
    n = pages_list("lowerLetter", "(%2)")
    B = [pg(None, "Draft Resolution 1.2", style="Title"),
         pg(None, "Committee: World Health Assembly"),
         pg(None, "Topic: Carbon monoxide poisoning in the home"),
         pg(None, "Sponsors: Mongolia, Norway, Peru"),
         pg(None, "Signatories: Belgium, Chile, Kazakhstan, Nigeria, Pakistan"),
         pg("The World Health Assembly", ",", "i"),
         pg("Alarmed", " that carbon monoxide from stoves, heaters and generators kills tens of thousands of people "
            "every year, often while they sleep,", "i"),
         pg("Noting", " that the gas has no colour, smell or taste, and that its first signs \u2013 headache, "
            "dizziness and nausea \u2013 are easily taken for \u201cflu\u201d,", "i"),
         pg("Aware", " that a carbon monoxide alarm costs less than a day\u2019s wage in most countries,", "i"),
         pg("Urges", " Member States to require carbon monoxide alarms in new homes and in rented housing that has a "
            "fuel-burning appliance;", "u", num=(1, 0)),
         pg("Recommends", " that public health campaigns explain:", "u", num=(1, 0)),
         pg(None, "why a generator must never run indoors or in a garage;", num=(1, 1)),
         pg(None, "how to recognize the early signs of poisoning;", num=(1, 1)),
         pg("Encourages", " manufacturers of stoves and heaters to fit automatic shut-off devices;", "u", num=(1, 0)),
         pg("Requests", " the Director-General to report to the next World Health Assembly on the implementation of "
            "this resolution.", "u", num=(1, 0))]
    return Draft("en-k04-clean-pages-body-style-tab-numbers-smart-quotes", "en", "pages", B, n, latin_font=PF,
                 size=22, lang_attrs={"val": "en-US"})


# ---------------------------------------------------------------- a web page pasted into Word
def web(*parts: tuple[str, str] | str, faults: list[F] | None = None, links: dict[str, str] | None = None,
        font: str = "Segoe UI", ea: str | None = None, **kw) -> P:
    """A pasted line: one w:p in "Normal (Web)" whose text ends with the page's <br> (a w:br before the mark)."""
    runs = []
    for part in parts:
        flags, text = ("", part) if isinstance(part, str) else part
        if flags == "a":
            runs.append(R(text, link=(links or {})[text], latin=font, ea=ea, color="0563C1", u=True))
        else:
            runs.append(R(text, i="i" in flags, u="u" in flags, b="b" in flags, latin=font, ea=ea))
    runs.append(R("\n", latin=font, ea=ea))
    kw.setdefault("style", "NormalWeb")
    return P(runs, faults or [], **kw)


def linked_list(names: list[str], base: str, sep: str) -> list[tuple[str, str] | str]:
    out: list[tuple[str, str] | str] = []
    for k, name in enumerate(names):
        if k:
            out.append(sep)
        out.append(("a", name))
    return out


def en_k05() -> Draft:
    names = ["Australia", "Belize", "Palau", "Seychelles"]
    links = {nm: f"https://en.wikipedia.org/wiki/{nm}" for nm in names}
    sig = ["Maldives", "Mexico", "Samoa", "Thailand", "Tonga"]
    links.update({nm: f"https://en.wikipedia.org/wiki/{nm}" for nm in sig})
    N = NBSP
    B = [web(("b", "Draft Resolution 1.6"), links=links),
         web(f"Committee:{N}United Nations Environment Assembly", links=links),
         web(f"Topic:{N}Sunscreen chemicals and coral reefs", links=links),
         web(f"Sponsors:{N}", *linked_list(names, "", ", "), links=links),
         web(f"Signatories:{N}", *linked_list(sig, "", ", "), links=links),
         web(("i", "The United Nations Environment Assembly"), ",", links=links),
         web(("i", "Concerned"), f" that{N}oxybenzone and octinoxate, found in many sunscreens, harm young corals at "
             "very low concentrations,", links=links),
         web(("i", f"Taking{N}note"), " of the bans on these chemicals in Palau, Hawaii and the United States "
             "Virgin Islands;", links=links,
             faults=[F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)')]),
         web(("i", "Noting"), " that most sunscreen enters the sea from swimmers at a small number of popular "
             "beaches and dive sites,", links=links),
         web(f"1.{N}", ("u", "Encourages"), " Member States with coral reefs to restrict the sale of sunscreens that "
             "contain oxybenzone or octinoxate near reef beaches;", links=links),
         web(f"2.{N}", ("u", "Calls"), ("u", f"{N}upon"), " tour operators to hand out reef-safe sunscreen and "
             "sun-protective clothing to their guests;", links=links),
         web(f"3.{N}", "Invites", " research institutes to test the effects on corals of the filters that replace "
             "these chemicals;", links=links,
             faults=[F("emphasis", 'operative lead "Invites" not underlined (nor italic), unlike the other operative '
                       'leads (MUN-F03)')]),
         web(f"3.{N}", ("u", "Requests"), " the Executive Director to report on the implementation of this "
             "resolution at the next session of the Assembly.", links=links,
             faults=[F("numbering", 'typed number "3." a second time; expected «4.» (UN-B07, MUN-F05)')])]
    return Draft("en-k05-web-paste-line-end-breaks-no-break-spaces-linked-states", "en", "web", B, None,
                 latin_font="Calibri", size=22, lang_attrs={"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"})


# ---------------------------------------------------------------- WPS Office
def wp(lead: str | None, rest: str, flags: str = "", faults: list[F] | None = None, ea: str = "宋体",
       latin: str | None = None, **kw) -> P:
    runs = []
    if lead:
        runs.append(R(lead, i="i" in flags, u="u" in flags, b="b" in flags, ea=ea, latin=latin, hint=True))
    runs.append(R(rest, ea=ea, latin=latin, hint=True))
    return P(runs, faults or [], **kw)


def en_k06() -> Draft:
    n = Numbering(nsid=True)
    n.abstracts[0] = [Lvl("decimal", "%1.", 425, 425, suff="tab"), Lvl("lowerLetter", "(%2)", 850, 425, suff="tab")]
    n.nums[1] = 0
    T = "Times New Roman"
    B = [wp(None, "Draft Resolution 2.2", latin=T, jc="center"),
         wp(None, "Committee: World Health Organization", latin=T),
         wp(None, "Topic: Dengue control in growing cities", latin=T),
         wp(None, "Sponsors: Brazil, Indonesia, Singapore", latin=T),
         wp(None, "Signatories: Bangladesh, Cuba, Egypt, Malaysia, Sri Lanka", latin=T),
         wp("The World Health Organization", ",", "i", latin=T),
         wp("Alarmed", " that the number of dengue cases reported to the World Health Organization has grown "
            "tenfold in two decades,", "i", latin=T),
         wp("Noting", " that the Aedes mosquito breeds in small amounts of clean water left in tyres, flower pots "
            "and water tanks\uff0c", "i", latin=T,
            faults=[F("preambular-end-mark", 'preambular clause ends with a full-width comma "，" (typed with the '
                      'Chinese input method); expected «,» (UN-B05, MUN-F04)')]),
         wp("Recognizing", " the results of community clean-up campaigns in several cities,", "i", latin=T),
         wp("Encourages", " Member States to organize weekly neighbourhood campaigns to empty and cover water "
            "containers;", "u", latin=T, num=(1, 0)),
         wp("Calls upon", " city governments to\uff1a", "u", latin=T, num=(1, 0),
            faults=[F("operative-end-mark", 'the chapeau of clause 2 ends with a full-width colon "：" (Chinese input '
                      'method); expected «:» (UN-B11, MUN-F06)')]),
         wp(None, "collect discarded tyres and other waste that holds rainwater;", latin=T, num=(1, 1)),
         wp(None, "map the neighbourhoods with the most cases each month;", latin=T, num=(1, 1)),
         wp("Recommends", " that schools teach children to find and remove mosquito breeding sites at home\uff1b", "u",
            latin=T, num=(1, 0),
            faults=[F("operative-end-mark", 'operative clause ends with a full-width semicolon "；" (Chinese input '
                      'method); expected «;» (UN-B09, MUN-F05)')]),
         wp("Requests", " the Director-General to report on dengue control to the next World Health Assembly.", "u",
            latin=T, num=(1, 0))]
    return Draft("en-k06-wps-english-draft-chinese-input-punctuation", "en", "wps", B, n, latin_font=T,
                 ea_font="宋体", size=24, lang_attrs={"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"})


# ---------------------------------------------------------------- zh-k07: Google Docs, Chinese with Arial only
def zh_k07() -> Draft:
    n = Numbering()
    google_list(n, 1)
    google_list(n, 2)
    B = [g("决议草案", style="Title"),
         g("委员会：联合国环境大会"),
         g("议题：快递包装废弃物的减量与回收"),
         g("起草国：德国、韩国、中国"),
         g("附议国：奥地利、智利、印度尼西亚、南非"),
         gempty(),
         g(("b", "联合国环境大会"), "，"),
         gempty(),
         g(("u", "注意到"), "网络购物的快速增长使快递包装的数量每年大幅增加，"),
         gempty(),
         # a clause pasted from a numbered list of another document: a Google list of its own
         g(("u", "关切"), "大量胶带、塑料袋和填充物无法回收，最终被填埋或焚烧，", num=(2, 0),
           faults=[F("numbering", '序言段被编号 "1."（粘贴时带入了另一个列表）；序言段不编号 (UN-B05, ZH-B02)')]),
         gempty(),
         g(("u", "关切地"), "注意到", "一些国家已经推行可循环使用的快递箱，"),
         gempty(),
         g(("u", "鼓励"), "会员国制定快递包装的国家标准，限制过度包装；", num=(1, 0)),
         gempty(),
         g(("u", "促请"), "快递企业：", num=(1, 0)),
         g("在城市社区设置包装回收点;", num=(1, 1),
           faults=[F("half-width-punctuation-in-chinese", '分段以半角 ";" 结尾；应为 «；» (ZH-P01, UN-B11)')]),
         g("使用可降解的胶带和填充物；", num=(1, 1)),
         gempty(),
         g(("u", "建议"), "电商平台为选择简易包装的消费者提供优惠；", num=(1, 0)),
         gempty(),
         g(("u", "请"), "执行主任在下届会议上报告本决议的执行情况；", num=(1, 0),
           faults=[F("operative-end-mark", '最后一个执行段以 "；" 结尾；应为 «。» (UN-B09, ZH-B03)')])]
    B[12].faults.append(F("emphasis", '引导词 "关切地注意到" 只有 "关切地" 加了下划线，"注意到" 没有 (ZH-B02)'))
    return Draft("zh-k07-google-docs-arial-only-no-language-pasted-list", "zh", "google", B, n,
                 latin_font="Arial", size=22, lang_attrs=None)


# ---------------------------------------------------------------- zh-k08: WPS, chineseCounting section headings
def zh_k08() -> Draft:
    n = Numbering(nsid=True)
    n.abstracts[0] = [Lvl("chineseCounting", "%1、", 0, 0, suff="nothing")]
    n.abstracts[1] = [Lvl("decimal", "%1.", 425, 425), Lvl("decimal", "(%2)", 850, 425)]
    n.nums[1] = 0
    n.nums[2] = 1
    FS = "仿宋"
    sec = '"{}" - 模板中的分节标题留在决议正文里（WPS 编号 "{}"）；组织名称之后直接是序言段，序言段之后直接是执行段 (UN-B01)'
    sub = '分段编号 "{}"（WPS 列表第二级为数字）；分段用英文字母 «(a)» «(b)» (ZH-B04, UN-B10)'
    B = [wp(None, "决议草案", ea="黑体", jc="center"),
         wp(None, "委员会：联合国大会第三委员会", ea=FS),
         wp(None, "议题：防止校园欺凌", ea=FS),
         wp(None, "起草国：芬兰、墨西哥、新加坡", ea=FS),
         wp(None, "附议国：阿根廷、爱尔兰、肯尼亚、菲律宾", ea=FS),
         wp("大会", "，", "b", ea=FS),
         wp(None, "序言部分", ea="黑体", num=(1, 0),
            faults=[F("other", sec.format("一、序言部分", "一、"))]),
         wp("回顾", "《儿童权利公约》第十九条关于保护儿童免受一切形式暴力的规定，", "u", ea=FS),
         wp("注意到", "许多学生因受到欺凌而不愿上学，学习成绩随之下降；", "u", ea=FS,
            faults=[F("preambular-end-mark", '序言段以 "；" 结尾；应为 «，» (UN-B05, ZH-B02)')]),
         wp("认识到", "网络欺凌使欺凌从校园延伸到学生的家中，", "u", ea=FS),
         wp(None, "执行部分", ea="黑体", num=(1, 0),
            faults=[F("other", sec.format("二、执行部分", "二、"))]),
         wp("鼓励", "会员国将防止欺凌纳入学校的安全管理制度；", "u", ea=FS, num=(2, 0)),
         wp("建议", "各国教育部门：", "u", ea=FS, num=(2, 0)),
         wp(None, "为教师提供识别和处理欺凌的培训；", ea=FS, num=(2, 1),
            faults=[F("sub-clause-label", sub.format("(1)"))]),
         wp(None, "设立学生可以匿名报告欺凌的渠道；", ea=FS, num=(2, 1),
            faults=[F("sub-clause-label", sub.format("(2)"))]),
         wp("邀请", "家长委员会参与制定学校的反欺凌规则；", "u", ea=FS, num=(2, 0)),
         wp("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", "u", ea=FS, num=(2, 0))]
    return Draft("zh-k08-wps-chinese-counting-section-headings-fangsong", "zh", "wps", B, n, latin_font="Times New Roman",
                 ea_font="宋体", size=28, lang_attrs={"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"})


# ---------------------------------------------------------------- zh-k09: WPS, clean
def zh_k09() -> Draft:
    n = Numbering(nsid=True)
    n.abstracts[0] = [Lvl("decimal", "%1.", 425, 425), Lvl("lowerLetter", "（%2）", 850, 425)]
    n.nums[1] = 0
    FS = "仿宋"
    B = [wp(None, "决议草案", ea="黑体", jc="center"),
         wp(None, "委员会：联合国教育、科学及文化组织", ea=FS),
         wp(None, "议题：传统村落的保护与活化", ea=FS),
         wp(None, "起草国：法国、秘鲁、中国", ea=FS),
         wp(None, "附议国：不丹、希腊、摩洛哥、越南", ea=FS),
         wp("联合国教育、科学及文化组织", "，", "b", ea=FS),
         wp("回顾", "《保护世界文化和自然遗产公约》，", "u", ea=FS),
         wp("注意到", "许多传统村落因人口外迁而逐渐空心化，老建筑无人维修，", "u", ea=FS),
         wp("认识到", "传统村落保存着地方的建筑技艺、民俗和农耕知识，", "u", ea=FS),
         wp("鼓励", "会员国开展传统村落普查，并为列入名录的村落制定保护规划；", "u", ea=FS, num=(1, 0)),
         wp("建议", "各国：", "u", ea=FS, num=(1, 0)),
         wp(None, "为修缮老建筑的村民提供补贴和技术指导；", ea=FS, num=(1, 1)),
         wp(None, "培养掌握传统建筑技艺的工匠；", ea=FS, num=(1, 1)),
         wp("邀请", "高等院校与村落结对，开展调查、记录和设计工作；", "u", ea=FS, num=(1, 0)),
         wp("请", "总干事在下届大会上报告本决议的执行情况。", "u", ea=FS, num=(1, 0))]
    return Draft("zh-k09-clean-wps-fangsong-namespaces-custom-properties", "zh", "wps", B, n,
                 latin_font="Times New Roman", ea_font="宋体", size=28,
                 lang_attrs={"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"})


# ---------------------------------------------------------------- zh-k10: a web page pasted into Word
def zh_k10() -> Draft:
    names = ["澳大利亚", "荷兰", "中国"]
    sig = ["加拿大", "日本", "新西兰", "瑞士"]
    links = {nm: f"https://zh.wikipedia.org/wiki/{nm}" for nm in names + sig}
    N = NBSP
    YH = "微软雅黑"
    kw = {"links": links, "font": YH, "ea": YH}
    B = [web(("b", "决议草案"), **kw),
         web(f"委员会：{N}联合国大会第二委员会", **kw),
         web(f"议题：{N}电动自行车锂电池火灾的预防", **kw),
         web("起草国：", *linked_list(names, "", "、"), **kw),
         web("附议国：", *linked_list(sig, "", "、"), **kw),
         web(("b", "大会"), "，", **kw),
         web(("b", "关切地注意到"), "电动自行车锂电池引发的火灾在许多城市明显增多，", **kw),
         web(("b", "注意到"), "在楼道和室内为电池充电是造成伤亡的主要原因。", **kw,
             faults=[F("preambular-end-mark", '序言段以 "。" 结尾；应为 «，» (UN-B05, ZH-B02)')]),
         web(("b", "认识到"), "集中充电设施能够大大降低火灾风险，", **kw),
         web(f"1.{N}", ("b", "鼓励"), "会员国制定电动自行车锂电池的强制性安全标准；", **kw),
         web(f"2.{N}", ("b", "促请"), "地方政府在居民区建设带有自动灭火装置的集中充电点;", **kw,
             faults=[F("half-width-punctuation-in-chinese", '执行段以半角 ";" 结尾；应为 «；» (ZH-P01, UN-B09)')]),
         web(f"4.{N}", ("b", "建议"), "各国禁止销售改装过的电池和充电器；", **kw,
             faults=[F("numbering", '执行段编号 "4."，跳过了 3；应为 «3.» (UN-B07, ZH-B03)')]),
         web(f"5.{N}", ("b", "请"), "秘书长在大会第八十二届会议上报告本决议的执行情况。", **kw)]
    return Draft("zh-k10-web-paste-line-end-breaks-no-break-spaces-linked-states", "zh", "web", B, None,
                 latin_font="Calibri", ea_font="宋体", size=22,
                 lang_attrs={"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"})


DRAFTS = [en_k01, en_k02, en_k03, en_k04, en_k05, en_k06, zh_k07, zh_k08, zh_k09, zh_k10]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            paras = d.paragraphs()
            labels = d.numbering.labels(list(enumerate(paras, 1))) if d.numbering else {}
            print(f"== {d.name}")
            for k, p in enumerate(paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{k:3} {labels.get(k, ''):>6} {p.text}  {marks}")
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
