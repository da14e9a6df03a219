"""Build the drafts of the blind set word-blind31 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, list label, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 50-dpi PNG pages of each draft

The drafts imitate .docx files written by producers other than Word's default "Word Document" save:
Word's "Strict Open XML Document" (ISO/IEC 29500 Strict: every part in the purl.oclc.org namespaces, relationship
types under http://purl.oclc.org/ooxml/officeDocument/relationships/, w:conformance="strict", w:jc "start",
w:ind w:start), OnlyOffice Docs and Zoho Writer exports (their own app.xml, styles without w:latentStyles, one
abstractNum per list, w14:paraId / w14:textId on every paragraph under mc:Ignorable), a main part that is not named
document.xml (word/document2.xml, found only through _rels/.rels and [Content_Types].xml), heading fields in content
controls bound to core properties or to a customXml part (w:dataBinding), a UTF-8 byte order mark and
standalone="no" declarations, Word 2007 compatibility mode (w:compat with doNotUseHTMLParagraphAutoSpacing and
compatibilityMode 12).

python-docx gives the package (its default template); the body, numbering.xml, styles edits and every package
change (renamed part, Strict namespaces, custom XML parts, declarations) are written with lxml / zipfile by the
helpers below (written for this set after reading ../word-blind17/make_drafts.py; nothing imported from drafter).
Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based
index of the w:p in the body (content-control paragraphs included), counted on the saved main part, which is found
through the package relationships as any reader must. Frozen with the commit that annotated the set.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
WP14_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CORE_STORE = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"  # Word's store item id of the core properties
CORE_PREFIXES = ("xmlns:ns0='http://purl.org/dc/elements/1.1/' "
                 "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' ")


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    node = etree.Element(w(tag))
    for key, value in (attrs or {}).items():
        node.set(w(key), str(value))
    for child in children:
        node.append(child)
    return node


@dataclass
class F:
    kind: str
    note: str


@dataclass
class R:
    """A run of text with its emphasis; ``bind`` puts it in an inline content control bound to a data store."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    bind: tuple[str, str, str, str] | None = None  # (alias, xpath, prefix mappings, store item id)


def run_xml(r: R, font: str | None, size: int | None) -> etree._Element:
    node = el("r")
    rpr = el("rPr")
    if font:
        rpr.append(el("rFonts", {"ascii": font, "hAnsi": font, "cs": font}))
    if r.b:
        rpr.append(el("b"))
    if r.i:
        rpr.append(el("i"))
    if r.u:
        rpr.append(el("u", {"val": "single"}))
    if size:
        rpr.append(el("sz", {"val": str(size)}))
    if len(rpr):
        node.append(rpr)
    t = el("t")
    t.text = r.text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    node.append(t)
    if r.bind is None:
        return node
    return sdt(r.bind, node)


SDT_IDS = iter(range(401127, 409999, 7))


def sdt(bind: tuple[str, str, str, str], content: etree._Element) -> etree._Element:
    """A content control around ``content`` whose text is bound to an XML data store (w:dataBinding)."""
    alias, xpath, prefixes, store = bind
    pr = el("sdtPr", None,
            el("alias", {"val": alias}),
            el("tag", {"val": alias}),
            el("id", {"val": str(next(SDT_IDS))}),
            el("lock", {"val": "sdtLocked"}),
            el("dataBinding", {"prefixMappings": prefixes, "xpath": xpath, "storeItemID": store}),
            el("text"))
    return el("sdt", None, pr, el("sdtContent", None, content))


@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    num: tuple[int, int] | None = None   # (numId, ilvl)
    jc: str | None = None
    ind: dict[str, str] | None = None
    style: str | None = None
    block_bind: tuple[str, str, str, str] | None = None  # the whole paragraph inside a block content control

    def xml(self, font: str | None, size: int | None) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}),
                          el("numId", {"val": str(self.num[0])})))
        if self.ind:
            ppr.append(el("ind", self.ind))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if len(ppr):
            p.append(ppr)
        for r in self.runs:
            p.append(run_xml(r, font, size))
        if self.block_bind:
            return sdt(self.block_bind, p)
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Lvl:
    fmt: str
    text: str
    left: int
    hanging: int = 360

    def xml(self, ilvl: int) -> etree._Element:
        return el("lvl", {"ilvl": str(ilvl)},
                  el("start", {"val": "1"}), el("numFmt", {"val": self.fmt}), el("lvlText", {"val": self.text}),
                  el("lvlJc", {"val": "left"}),
                  el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))

    def show(self, n: int) -> str:
        value = chr(ord("a") + n - 1) if self.fmt == "lowerLetter" else str(n)
        return re.sub(r"%\d", value, self.text)


@dataclass
class Draft:
    name: str
    producer: str            # word-strict, onlyoffice, zoho, sharepoint, word2007
    paragraphs: list[P]
    lists: dict[int, list[Lvl]] = field(default_factory=dict)  # numId -> levels (one abstractNum each)
    font: str | None = None
    size: int | None = None
    east_asia: str | None = None
    core: dict[str, str] = field(default_factory=dict)       # core properties (title, subject, category)
    custom_xml: str | None = None                            # a customXml data part the heading binds to
    custom_store: str | None = None

    def labels(self) -> list[str]:
        counters: dict[int, list[int]] = {}
        out = []
        for p in self.paragraphs:
            if not p.num:
                out.append("")
                continue
            nid, lvl = p.num
            c = counters.setdefault(nid, [0] * 9)
            c[lvl] += 1
            for k in range(lvl + 1, 9):
                c[k] = 0
            out.append(self.lists[nid][lvl].show(c[lvl]))
        return out


# ---------------------------------------------------------------- building
def build_base(d: Draft) -> bytes:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    for p in d.paragraphs:
        body.insert(len(body) - 1, p.xml(d.font, d.size))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for k, (_nid, levels) in enumerate(sorted(d.lists.items())):
        a = el("abstractNum", {"abstractNumId": str(k)},
               el("nsid", {"val": f"{0x3D7A0100 + 17 * k:08X}"}), el("multiLevelType", {"val": "hybridMultilevel"}))
        for i, lvl in enumerate(levels):
            a.append(lvl.xml(i))
        numbering.insert(k, a)
    for k, nid in enumerate(sorted(d.lists)):
        numbering.append(el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(k)})))
    styles = doc.styles.element
    defaults = styles.find(w("docDefaults"))
    rfonts = defaults.find(f"{w('rPrDefault')}/{w('rPr')}/{w('rFonts')}")
    if d.east_asia is not None and rfonts is not None:
        rfonts.set(w("eastAsia"), d.east_asia)
        rfonts.attrib.pop(w("eastAsiaTheme"), None)
    for key, value in d.core.items():
        setattr(doc.core_properties, key, value)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def read_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_parts(parts: dict[str, bytes], out: Path) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        order = ["[Content_Types].xml", "_rels/.rels"] + [n for n in parts if n not in ("[Content_Types].xml",
                                                                                          "_rels/.rels")]
        for n in order:
            z.writestr(n, parts[n])


def drop_part(parts: dict[str, bytes], name: str) -> None:
    """Remove a part with its content-type override and the relationships that point at it."""
    parts.pop(name, None)
    ct = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = re.sub(rf'<Override PartName="/{re.escape(name)}"[^>]*/>', "", ct).encode()
    base = name.rsplit("/", 1)[-1]
    for rel in [n for n in parts if n.endswith(".rels")]:
        text = parts[rel].decode()
        new = re.sub(rf'<Relationship [^>]*Target="(?:\.\./)?(?:[\w/]*/)?{re.escape(base)}"/>', "", text)
        parts[rel] = new.encode()


def edit_xml(parts: dict[str, bytes], name: str, fn) -> None:
    root = etree.fromstring(parts[name])
    fn(root)
    parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def app_xml(application: str, version: str | None) -> bytes:
    ver = f"<AppVersion>{version}</AppVersion>" if version else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Template></Template><TotalTime>0</TotalTime><Application>{application}</Application>"
            "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
            f"<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>{ver}</Properties>").encode()


def strip_word_extras(parts: dict[str, bytes]) -> None:
    """What a non-Word producer does not write: stylesWithEffects, webSettings, the bibliography customXml, the
    thumbnail, latent styles."""
    for name in ("word/stylesWithEffects.xml", "word/webSettings.xml", "docProps/thumbnail.jpeg"):
        drop_part(parts, name)
    for name in [n for n in parts if n.startswith("customXml/")]:
        drop_part(parts, name)
    edit_xml(parts, "word/styles.xml", lambda root: [root.remove(x) for x in root.findall(w("latentStyles"))])


def paragraph_ids(parts: dict[str, bytes], main: str) -> None:
    """w14:paraId / w14:textId on every paragraph, under mc:Ignorable="w14 w15 wp14" (OnlyOffice, Word 2010+)."""
    old = etree.fromstring(parts[main])
    nsmap = dict(old.nsmap)
    nsmap.update({"w14": W14_NS, "w15": W15_NS, "wp14": WP14_NS, "mc": MC_NS})
    root = etree.Element(old.tag, nsmap=nsmap)
    root.set(f"{{{MC_NS}}}Ignorable", "w14 w15 wp14")
    for child in list(old):
        root.append(child)
    for k, p in enumerate(root.iter(w("p"))):
        p.set(f"{{{W14_NS}}}paraId", f"{0x1A2B0000 + 97 * k:08X}")
        p.set(f"{{{W14_NS}}}textId", f"{0x77DE0000 + 131 * k:08X}")
    parts[main] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def declarations(parts: dict[str, bytes], standalone_no: bool) -> None:
    for name, data in parts.items():
        if name.endswith((".xml", ".rels")) and standalone_no:
            parts[name] = re.sub(rb"standalone=(['\"])yes\1", b'standalone="no"', data, count=1)


def add_custom_xml(parts: dict[str, bytes], main: str, xml: str, store: str) -> None:
    """A customXml data part (item2.xml) with its properties part, related from the main part."""
    parts["customXml/item2.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml).encode()
    parts["customXml/itemProps2.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{store}" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        '<ds:schemaRefs/></ds:datastoreItem>').encode()
    parts["customXml/_rels/item2.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" '
        'Target="itemProps2.xml"/></Relationships>').encode()
    ct = parts["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>", '<Override PartName="/customXml/itemProps2.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>')
    parts["[Content_Types].xml"] = ct.encode()
    rels = main.replace("word/", "word/_rels/") + ".rels"
    text = parts[rels].decode().replace(
        "</Relationships>", f'<Relationship Id="rId90" Type="{R_NS}/customXml" Target="../customXml/item2.xml"/>'
        "</Relationships>")
    parts[rels] = text.encode()


def rename_main(parts: dict[str, bytes], new: str) -> str:
    """word/document.xml -> ``new`` (SharePoint / Office 365 saves word/document2.xml): part, its rels, the
    package relationship and the content-type override."""
    parts[new] = parts.pop("word/document.xml")
    parts[new.replace("word/", "word/_rels/") + ".rels"] = parts.pop("word/_rels/document.xml.rels")
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b'Target="word/document.xml"', f'Target="{new}"'.encode())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b'PartName="/word/document.xml"', f'PartName="/{new}"'.encode())
    return new


STRICT = [  # transitional -> ISO/IEC 29500 Strict (the specific URIs first)
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
     "http://purl.oclc.org/ooxml/officeDocument/relationships/customXmlProps"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
     "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/customXml",
     "http://purl.oclc.org/ooxml/officeDocument/customXml"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"),
    ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
     "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"),
]


def to_strict(parts: dict[str, bytes], main: str) -> None:
    """Save as "Strict Open XML Document": Strict namespaces and relationship types, w:conformance="strict",
    w:jc start/end and w:ind w:start/w:end (ST_Jc and CT_Ind of Strict)."""
    drop_part(parts, "word/stylesWithEffects.xml")  # a Word 2010 Transitional extension part
    for name in list(parts):
        if not name.endswith((".xml", ".rels")):
            continue
        text = parts[name].decode("utf-8")
        for old, new in STRICT:
            text = text.replace(old, new)
        if name.startswith("word/") and "/_rels/" not in name:
            text = re.sub(r'w:jc w:val="left"', 'w:jc w:val="start"', text)
            text = re.sub(r'w:jc w:val="right"', 'w:jc w:val="end"', text)
            text = re.sub(r'(<w:ind\b[^>]*?) w:left=', r"\1 w:start=", text)
            text = re.sub(r'(<w:ind\b[^>]*?) w:right=', r"\1 w:end=", text)
        if name == main:
            text = text.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
        parts[name] = text.encode("utf-8")


def word2007(parts: dict[str, bytes]) -> None:
    """Word 2007 compatibility mode: the compat block Word keeps for a file first saved by Word 2007."""
    def fn(root: etree._Element) -> None:
        compat = root.find(w("compat"))
        for child in list(compat):
            compat.remove(child)
        compat.append(el("doNotUseHTMLParagraphAutoSpacing"))
        compat.append(el("useFELayout"))
        setting = el("compatSetting", {"name": "compatibilityMode", "uri": "http://schemas.microsoft.com/office/word",
                                       "val": "12"})
        compat.append(setting)
    edit_xml(parts, "word/settings.xml", fn)


def save(d: Draft) -> Path:
    parts = read_parts(build_base(d))
    main = "word/document.xml"
    if d.producer == "word-strict":
        parts["docProps/app.xml"] = app_xml("Microsoft Office Word", "16.0000")
        to_strict(parts, main)
    elif d.producer == "onlyoffice":
        strip_word_extras(parts)
        parts["docProps/app.xml"] = app_xml("ONLYOFFICE/8.2.2.22", None)
        paragraph_ids(parts, main)
        declarations(parts, standalone_no=d.name.startswith("zh"))
    elif d.producer == "zoho":
        strip_word_extras(parts)
        parts["docProps/app.xml"] = app_xml("Zoho Writer", None)
        declarations(parts, standalone_no=True)
    elif d.producer == "sharepoint":
        parts["docProps/app.xml"] = app_xml("Microsoft Office Word", "16.0000")
        main = rename_main(parts, "word/document2.xml")
        paragraph_ids(parts, main)
        add_custom_xml(parts, main, d.custom_xml or "", d.custom_store or "")
    elif d.producer == "word2007":
        parts["docProps/app.xml"] = app_xml("Microsoft Office Word", "12.0000")
        drop_part(parts, "word/stylesWithEffects.xml")
        word2007(parts)
        parts[main] = b"\xef\xbb\xbf" + parts[main]
    out = HERE / d.name
    write_parts(parts, out)
    check_saved(out, len(d.paragraphs))
    return out


def check_saved(path: Path, expected: int) -> None:
    """Find the main part as a reader must (package relationship of type officeDocument, Transitional or Strict)
    and count its body paragraphs."""
    with zipfile.ZipFile(path) as z:
        rels = etree.fromstring(z.read("_rels/.rels"))
        target = next(r.get("Target") for r in rels if r.get("Type").endswith("/officeDocument"))
        root = etree.fromstring(z.read(target.lstrip("/")))
    ns = root.tag[1:].split("}")[0]
    body = root.find(f"{{{ns}}}body")
    count = len(body.findall(f".//{{{ns}}}p"))
    assert count == expected, (path.name, count, expected)


# ---------------------------------------------------------------- helpers for clauses
def pre(lead: str, rest: str, *faults: F, u: bool = False) -> P:
    return P([R(lead, i=not u, u=u), R(rest)], list(faults))


def op(nid: int, lead: str, rest: str, *faults: F, u: bool = False) -> P:
    return P([R(lead, i=not u, u=u), R(rest)], list(faults), num=(nid, 0))


def sub(nid: int, text: str, *faults: F) -> P:
    return P([R(text)], list(faults), num=(nid, 1))


def line(text: str, *faults: F, b: bool = False, jc: str | None = None) -> P:
    return P([R(text, b=b)], list(faults), jc=jc)


UN_LEVELS = [Lvl("decimal", "%1.", 720), Lvl("lowerLetter", "(%2)", 1440)]


# ---------------------------------------------------------------- en-s01: Word, Strict Open XML Document (UN style)
def en_s01() -> Draft:
    ps = [
        line("A/80/L.23", jc="right"),
        line("General Assembly", b=True),
        line("Distr.: Limited"),
        line("14 November 2025"),
        line("Original: English"),
        line("Eightieth session"),
        line("Agenda item 98"),
        line("General and complete disarmament"),
        line("Argentina, Ghana, Indonesia, Norway and Uruguay: draft resolution"),
        line("Security of disused sealed radioactive sources", b=True),
        P([R("The General Assembly", i=True), R(",")]),
        pre("Recalling", " its previous resolutions on measures to prevent terrorist groups from acquiring "
            "radioactive material,"),
        pre("Aware", " that sealed sources used in hospitals, oil wells and food irradiation plants often remain in "
            "storage long after their working life has ended,"),
        pre("Concerned", " that disused sources which are lost, abandoned or stolen can seriously harm people who "
            "find them without knowing the danger.",
            F("preambular-end-mark", 'preambular paragraph ends with a full stop ("knowing the danger."); expected '
              "«,» (UN-B05; the only full stop of a resolution ends its last operative paragraph, UN-B09)")),
        pre("Noting with appreciation", " the work of the International Atomic Energy Agency in helping States to "
            "locate, recover and condition orphan sources,"),
        pre("Welcoming", " the growing number of States that have made a political commitment to the Code of Conduct "
            "on the Safety and Security of Radioactive Sources,"),
        op(1, "Urges", " all Member States to keep a national register of high-activity sealed sources that follows "
           "each source from manufacture to final disposal;"),
        op(1, "Encourages", " States that export sealed sources to agree with the receiving State, before shipment, "
           "on the return of each source to its supplier once it is no longer used;"),
        op(1, "Calls upon", " Member States to strengthen the physical protection of sites where disused sources are "
           "stored. Such protection should include locks, alarms and regular checks of the inventory;",
           F("full-stop-inside-clause", 'full stop inside operative paragraph 3 ("sources are stored. Such '
             'protection"); expected «stored, including locks, alarms …;» — the resolution is one sentence whose '
             "only full stop ends the last operative paragraph (UN-B09)")),
        op(1, "Requests", " the Director General of the International Atomic Energy Agency, within existing "
           "resources;",
           F("operative-end-mark", 'paragraph introducing subparagraphs ends with a semicolon ("within existing '
             'resources;"); expected «:» (UN-B11)')),
        sub(1, "To continue to assist States, upon request, in searching for and recovering orphan sources;"),
        sub(1, "To report to the General Assembly at its eighty-second session on the implementation of the present "
            "resolution;"),
        op(1, "Decides", " to include in the provisional agenda of its eighty-second session, under the item entitled "
           "“General and complete disarmament”, the sub-item entitled “Security of disused sealed radioactive "
           "sources”;",
           F("operative-end-mark", 'last operative paragraph ends with a semicolon ("radioactive sources”;"); '
             "expected «.» (UN-B09)")),
    ]
    return Draft("en-s01-word-strict-ooxml-un-chapeau-semicolon.docx", "word-strict", ps, {1: UN_LEVELS},
                 font="Times New Roman", size=24)


# ---------------------------------------------------------------- en-s02: OnlyOffice Docs export (UNA-USA)
def en_s02() -> Draft:
    oo = [Lvl("decimal", "%1.", 720), Lvl("lowerLetter", "%2.", 1440)]
    ps = [
        P([R("Committee:", b=True), R(" Third Committee (Social, Humanitarian and Cultural)")]),
        P([R("Topic:", b=True), R(" Rights of seasonal agricultural migrant workers")]),
        P([R("Sponsors:", b=True), R(" Guatemala, Morocco, the Philippines, Spain")]),
        P([R("Signatories:", b=True), R(" ")],
          [F("heading-field-missing", 'the "Signatories:" field is empty; expected «Signatories: <States>» '
             "(MUN-H01)")]),
        P([R("The General Assembly", i=True), R(",")]),
        pre("Recognizing", " that seasonal workers plant and harvest a large share of the fruit and vegetables sold "
            "in many countries,", u=True),
        pre("Deeply Concerned", " by reports of workers whose passports are kept by recruiters or employers for the "
            "whole season,",
            F("capital-after-lead", 'capital letter inside the lead phrase ("Deeply Concerned"); expected '
              "«Deeply concerned» (MUN-F02: only the first word capitalised; UN-B04)"), u=True),
        pre("Noting", " that many seasonal workers cannot join a health insurance scheme because their contracts "
            "last less than six months",
            F("preambular-end-mark", 'preambular clause has no end mark ("less than six months"); expected «,» '
              "(MUN-F04, UN-B05)"), u=True),
        pre("Bearing in mind", " the International Convention on the Protection of the Rights of All Migrant Workers "
            "and Members of Their Families,", u=True),
        op(3, "Calls upon", " Member States to forbid recruiters and employers from keeping the identity documents "
           "of seasonal workers;", u=True),
        op(3, "Encourages", " receiving States to issue multiple-entry seasonal visas that allow workers to return "
           "in later years without a new application;", u=True),
        P([R("A voluntary code for farms that employ seasonal workers, covering housing, drinking water and rest "
             "periods in hot weather;")],
          [F("operative-without-verb", 'operative clause 3 has no operative verb ("A voluntary code for farms …"); '
             "expected a lead verb such as «Recommends a voluntary code …» (UN-B06, MUN-F05)")], num=(3, 0)),
        op(3, "Recommends", " that sending and receiving States conclude bilateral agreements which:", u=True),
        sub(3, "require a written contract in a language the worker understands;"),
        sub(3, "ensure that wages are paid into an account in the worker's own name;"),
        sub(3, "allow workers to change employer without losing their visa;"),
        op(3, "Requests", " the Special Rapporteur on the human rights of migrants to give particular attention to "
           "seasonal agricultural work in the next annual report.", u=True),
    ]
    return Draft("en-s02-onlyoffice-export-paraids-una-usa-empty-signatories.docx", "onlyoffice", ps, {3: oo},
                 font="Arial", size=22)


# ---------------------------------------------------------------- en-s03: Zoho Writer export (THIMUN)
def en_s03() -> Draft:
    zoho = [Lvl("decimal", "%1.", 720), Lvl("lowerLetter", "%2)", 1440)]
    ps = [
        P([R("FORUM:", b=True), R(" Economic and Social Council")]),
        P([R("QUESTION OF:", b=True), R(" Expanding rural electrification through solar mini-grids")]),
        P([R("SUBMITTED BY:", b=True), R(" Kenya")]),
        P([R("CO-SUBMITTERS:", b=True), R(" Bangladesh, Denmark, Nigeria, Peru")]),
        line("THE ECONOMIC AND SOCIAL COUNCIL,"),
        pre("Noting", " that several hundred million people, most of them in rural areas, still live without "
            "electricity,"),
        pre("Recognizing", " that mini-grids can supply villages far from the national grid at a lower cost than "
            "new transmission lines;",
            F("preambular-end-mark", 'preambular clause ends with a semicolon ("new transmission lines;"); '
              "expected «,» (MUN-F04, UN-B05)")),
        pre("Aware", " that many mini-grid operators close within a few years because their tariffs do not cover "
            "maintenance,"),
        pre("Welcoming", " the fall in the price of solar panels and batteries over the past decade,"),
        op(5, "Encourages", " Member States to adopt clear rules on what happens to a mini-grid when the main grid "
           "reaches the village;", u=True),
        op(5, "Urging", " development banks to offer loans in local currency to small mini-grid operators;",
           F("wrong-lead-form", 'operative clause opens with a participle ("Urging"); expected the present tense '
             "«Urges» (UN-B06, MUN-F05)"), u=True),
        op(5, "Recommends", " the creation of regional training centres for local technicians, which would:", u=True),
        sub(5, "teach the repair and replacement of inverters and batteries;",
            F("sub-clause-label", 'a single sub-clause "a)" under clause 3; a sub-clause list needs at least two '
              "items (MUN-F06): expected «a) … b) …» or the text run into the clause")),
        op(5, "Calls upon", " Member States to publish each year the number of households connected through "
           "mini-grids;", u=True),
        op(5, "Requests", " the Secretary-General to report on progress to the Council at its next substantive "
           "session",
           F("operative-end-mark", 'last operative clause has no end mark ("next substantive session"); expected '
             "«.» (MUN-F05)"), u=True),
    ]
    return Draft("en-s03-zoho-writer-standalone-no-thimun-single-sub-clause.docx", "zoho", ps, {5: zoho},
                 font="Times New Roman", size=24)


# ---------------------------------------------------------------- en-s04: document2.xml, bound heading, clean
CUSTOM_STORE = "{B4E1C7A2-5D93-4F0B-9E61-2A7C3D8F1E05}"
CUSTOM_PREFIX = "xmlns:d='urn:example:mun-draft-form' "
CUSTOM_XML = ('<d:draft xmlns:d="urn:example:mun-draft-form"><d:committee>Legal Committee</d:committee>'
              "<d:topic>Protection of submarine communication cables</d:topic></d:draft>")


def en_s04() -> Draft:
    ps = [
        P([R("DRAFT RESOLUTION 1.2", b=True)], jc="center",
          block_bind=("Title", "/ns1:coreProperties[1]/ns0:title[1]", CORE_PREFIXES, CORE_STORE)),
        P([R("Committee: "), R("Legal Committee", bind=("Committee", "/d:draft[1]/d:committee[1]", CUSTOM_PREFIX,
                                                          CUSTOM_STORE))]),
        P([R("Topic: "), R("Protection of submarine communication cables",
                           bind=("Topic", "/d:draft[1]/d:topic[1]", CUSTOM_PREFIX, CUSTOM_STORE))]),
        line("Signatories: Brazil, Estonia, Fiji, Japan, Portugal, Singapore, Togo"),
        P([R("The General Assembly", i=True), R(",")]),
        pre("Recognizing", " that submarine cables carry almost all intercontinental internet traffic,"),
        pre("Recalling", " the freedom to lay submarine cables on the continental shelf and on the high seas set out "
            "in the United Nations Convention on the Law of the Sea,"),
        pre("Concerned", " that most cable faults are caused by fishing gear and ship anchors,"),
        pre("Noting", " that repair ships are few and often need weeks to reach a damaged cable,"),
        op(7, "Calls upon", " coastal States to mark cable routes on nautical charts and to inform fishing fleets of "
           "them;"),
        op(7, "Encourages", " States to adopt national laws that make the wilful or negligent breaking of a submarine "
           "cable an offence;"),
        op(7, "Invites", " cable owners and States:"),
        sub(7, "To share information on cable faults and their causes;"),
        sub(7, "To agree in advance on permits for repair ships, so that repairs are not delayed at the limit of a "
            "State's waters;"),
        op(7, "Requests", " the Secretary-General to include a section on submarine cables in the next report on "
           "oceans and the law of the sea."),
    ]
    return Draft("en-s04-clean-sharepoint-document2-custom-xml-bound-heading.docx", "sharepoint", ps,
                 {7: UN_LEVELS}, font="Times New Roman", size=24, core={"title": "DRAFT RESOLUTION 1.2"},
                 custom_xml=CUSTOM_XML, custom_store=CUSTOM_STORE)


# ---------------------------------------------------------------- zh-s05: Word 2007 compatibility mode, BOM
def zh_s05() -> Draft:
    zh = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "(%2)", 840, 420)]
    ps = [
        line("决议草案", b=True, jc="center"),
        line("委员会：经济及社会理事会"),
        line("议题：城市高温热浪的应对"),
        line("起草国：印度、墨西哥、西班牙、埃及"),
        line("附议国：澳大利亚、智利、法国、肯尼亚、越南"),
        line("草案编号：1.1"),
        line("经社理事会，"),
        pre("认识到", "城市中的高温热浪日益频繁，对老年人、户外劳动者和低收入家庭造成严重威胁，", u=True),
        pre("回顾", "《巴黎协定》关于增强适应能力的目标，", u=True),
        pre("注意到", "城市绿地和水体能够降低周边街区的气温，", u=True),
        pre("关切地注意到", "许多城市尚未建立高温预警系统,",
            F("half-width-punctuation-in-chinese", '序言性条款以半角逗号结尾（"高温预警系统,"）；应为全角 «，» '
              "(ZH-P01, ZH-B02)"), u=True),
        op(9, "鼓励", "各成员国制定城市高温行动计划，明确卫生、应急和住房部门的职责；"),
        op(9, "呼吁", "各城市在高温期间开放公共避暑场所。避暑场所应当免费并延长开放时间；",
           F("full-stop-inside-clause", '行动性条款中间出现句号（"公共避暑场所。避暑场所"）；草案正文是一个长句，'
             "只在最后一条结尾用 «。» (ZH-B05)")),
        op(9, "建议", "各国参照联合国气候变化框架公约下的国家适应计划进程，将高温风险纳入城市规划；",
           F("missing-book-title-marks", '公约名称没有书名号（"参照联合国气候变化框架公约下"）；应为 '
             "«《联合国气候变化框架公约》» (ZH-P01)")),
        op(9, "请", "世界气象组织协助各国："),
        sub(9, "建立以健康影响为依据的高温预警标准；"),
        sub(9, "培训地方气象和卫生人员；"),
        op(9, "决定", "继续积极处理此案；",
           F("operative-end-mark", '最后一条行动性条款以分号结尾（"继续积极处理此案；"）；应为 «。» (ZH-B03)')),
    ]
    return Draft("zh-s05-word2007-compat-mode-bom-half-width-comma.docx", "word2007", ps, {9: zh},
                 font="Times New Roman", size=24, east_asia="宋体")


# ---------------------------------------------------------------- zh-s06: OnlyOffice, core-property-bound heading
def zh_s06() -> Draft:
    oo = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "(%2)", 840, 420)]
    ps = [
        P([R("决议草案", b=True)], jc="center",
          block_bind=("标题", "/ns1:coreProperties[1]/ns0:title[1]", CORE_PREFIXES, CORE_STORE)),
        P([R("委员会："), R("联合国大会第二委员会",
                           bind=("类别", "/ns1:coreProperties[1]/ns1:category[1]", CORE_PREFIXES, CORE_STORE))]),
        P([R("议题："), R("发展中国家的移动支付与普惠金融",
                         bind=("主题", "/ns1:coreProperties[1]/ns0:subject[1]", CORE_PREFIXES, CORE_STORE))]),
        line("起草国：肯尼亚、孟加拉国、印度尼西亚"),
        line("附议国：巴西、加纳、菲律宾、卢旺达、泰国"),
        line("大会，"),
        pre("认识到", "移动支付使许多没有银行账户的家庭能够储蓄、汇款和获得小额贷款，", u=True),
        pre("注意到", "农村地区的网络覆盖和代理网点仍然不足，", u=True),
        pre("关切地注意到", "针对移动支付用户的诈骗案件不断增加；",
            F("preambular-end-mark", '序言性条款以分号结尾（"诈骗案件不断增加；"）；应为 «，» (ZH-B02, UN-B05)'),
            u=True),
        pre("重申", "《2030年可持续发展议程》关于普及金融服务的承诺，", u=True),
        op(11, "鼓励", "各成员国简化开立移动支付账户的身份核验手续；", u=True),
        op(11, "呼吁", "移动运营商和银行公开转账费用，并降低小额汇款的收费；", u=True),
        P([R("关于用户保护，各国中央银行应制定投诉处理和赔付规则；")],
          [F("operative-without-verb", '行动性条款不以动词开头（"关于用户保护，各国中央银行应……"）；应以行动性动词开头，'
             "如 «请各国中央银行制定……» (ZH-B03, UN-B06)")], num=(11, 0)),
        op(11, "建议", "各国：", u=True),
        P([R("(a) 在学校和社区开展数字金融知识教育；")], ind={"left": "840"}),
        P([R("(b) 为农村代理网点提供补贴，扩大服务覆盖；")], ind={"left": "840"}),
        P([R("(d) 建立跨境汇款的统一数据标准；")],
          [F("sub-clause-label", '子条款编号跳过 (c)（"(d) 建立跨境汇款"）；应为 «(c)» (ZH-B04, UN-B10)')],
          ind={"left": "840"}),
        P([R("请", u=True), R("秘书长在大会第八十一届会议上就本决议的执行情况提出报告。")],
          [F("numbering", '最后一条行动性条款没有编号（"请秘书长在大会第八十一届会议上……"）；应为 «5.» '
             "(UN-B07, ZH-B03)")]),
    ]
    return Draft("zh-s06-onlyoffice-core-property-bound-heading-skipped-sub-label.docx", "onlyoffice", ps,
                 {11: oo}, font="Arial", size=22, east_asia="微软雅黑",
                 core={"title": "决议草案", "subject": "发展中国家的移动支付与普惠金融", "category": "联合国大会第二委员会"})


DRAFTS = [en_s01, en_s02, en_s03, en_s04, zh_s05, zh_s06]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            print(f"== {d.name}")
            for k, (p, label) in enumerate(zip(d.paragraphs, d.labels()), 1):
                marks = "; ".join(f"{f.kind}" for f in p.faults)
                print(f"{k:3} {label:5} {p.text[:100]}" + (f"   <- {marks}" if marks else ""))
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for d in drafts:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / d.name)],
                           check=True, capture_output=True)
            pdf = out / (Path(d.name).stem + ".pdf")
            subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(out / Path(d.name).stem)], check=True)
        return
    annotations: dict[str, dict[str, list[dict[str, object]]]] = {}
    for d in drafts:
        save(d)
        faults = [{"paragraph": k, "kind": f.kind, "note": f.note}
                  for k, p in enumerate(d.paragraphs, 1) for f in p.faults]
        annotations[d.name] = {"faults": faults}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based index of the body w:p "
                 "(content-control paragraphs included)\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=120)


if __name__ == "__main__":
    main()
