"""Build the word-blind29 drafts: text in the parts of Word a reader can forget.

Six drafts (four English, two Chinese), typed for this set, whose words sit in Word's structure around the text:
real footnotes and endnotes (word/footnotes.xml, word/endnotes.xml, w:footnoteReference / w:endnoteReference; a
reference mark inside a two-word lead, after a lead, before a comma or semicolon, in place of a comma, after the final
full stop), the heading block in the **first-page header** (w:titlePg + header of type "first") or in a **first section
with another page layout** (a w:sectPr in the w:pPr of the last heading paragraph: two columns with a column break;
a cover page centred vertically, then a next-page break), a **continuous** and a **next-page** section break between
preamble and operative part, a lead phrase and a resolution symbol inside a **w:hyperlink** (pasted from a web page
keeping its black text), leads chosen in **run-level drop-down content controls** (w:sdt / w:dropDownList; one left
showing its placeholder "Choose an item."), run-level plain-text controls around leads, a **block-level control around
the heading block**, **bookmarks** (_Hlk / _Ref) around and inside words, **smart tags** (w:smartTag, nested place /
City), a **DATE field** as w:fldSimple in a heading line and **REF fields** (complex) cross-referring to a clause number.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the marks.
Paragraph = 1-based index of the body's w:p in document order (content-control paragraphs included; the paragraphs
of headers, footnotes and endnotes are not body paragraphs). Nothing of drafter is imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # every body paragraph with its index and what Word shows
    python make_drafts.py --render D # PDF + PNG of each draft through soffice / pdftoppm
"""
from __future__ import annotations

import argparse
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.enum.section import WD_SECTION_START
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
CT_FOOT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CT_END = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
SMART_URI = "urn:schemas-microsoft-com:office:smarttags"
PLACEHOLDER = "Choose an item."
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

_ids = iter(range(300, 10**6))


def el(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        e.set(qn(k if ":" in k else "w:" + k), v)
    return e


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    e = el(tag, **attrs)
    parent.append(e)
    return e


# ---------------------------------------------------------------- the little language of the drafts
@dataclass
class R:
    """A run of text with its emphasis."""
    text: str
    i: bool = False
    b: bool = False
    u: bool = False
    grey: bool = False
    colbreak: bool = False  # a column break before the text


@dataclass
class Note:
    """A footnote (end=False) or an endnote reference mark; parts = the note's text."""
    parts: list
    end: bool = False


@dataclass
class Link:
    """A w:hyperlink around parts; styled=False keeps the pasted text's own look (black, no underline)."""
    url: str
    parts: list
    styled: bool = False


@dataclass
class Drop:
    """A run-level drop-down content control; value None = still showing the placeholder."""
    items: list[str]
    value: str | None
    i: bool = False
    u: bool = False
    alias: str = "Clause phrase"


@dataclass
class Ctl:
    """A run-level content control around runs: plain text (w:text) or rich text (no type element)."""
    alias: str
    parts: list
    plain: bool = True


@dataclass
class Smart:
    """A smart tag (w:smartTag) around parts; element = its type (place, City, country-region)."""
    element: str
    parts: list


@dataclass
class BM:
    """A bookmark around parts."""
    name: str
    parts: list


@dataclass
class Simple:
    """A simple field (w:fldSimple) with its stored result."""
    instr: str
    result: str


@dataclass
class Fld:
    """A complex field (fldChar begin / instrText / separate / result / end)."""
    instr: str
    result: str


Part = R | Note | Link | Drop | Ctl | Smart | BM | Simple | Fld


@dataclass
class F:
    kind: str
    note: str


@dataclass
class Sect:
    """The w:sectPr a paragraph ends its section with."""
    cols: int = 1
    start: str | None = None  # how the *next* section starts is written in the next sectPr; this is this one's type
    valign: str | None = None


@dataclass
class P:
    parts: list
    faults: list[F] = field(default_factory=list)
    num: int | None = None  # level in the Word list (0 clause, 1 sub-clause)
    jc: str | None = None
    bold_all: bool = False
    sect: Sect | None = None


@dataclass
class Block:
    """A block-level content control around paragraphs."""
    alias: str
    paras: list[P]


# ---------------------------------------------------------------- writing WordprocessingML
class Draft:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.doc = docx.Document()
        self.body = self.doc.element.body
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        self.marks: list[tuple[etree._Element, F]] = []
        self.notes: dict[bool, list[tuple[int, list]]] = {False: [], True: []}
        self.numbered = False
        normal = self.doc.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        rfonts = normal.element.rPr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), "SimSun" if lang == "zh" else "Times New Roman")
        if lang == "zh":
            sub(normal.element.rPr, "w:lang", val="en-US", eastAsia="zh-CN")
        # the parts that take hyperlinks and notes are made up front so that their relationships can be added
        self.foot = self._notes_part(False)
        self.end = self._notes_part(True)

    def _notes_part(self, end: bool) -> XmlPart:
        kind = "endnote" if end else "footnote"
        root = parse_xml(f'<w:{kind}s xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
                         f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                         f'<w:r><w:separator/></w:r></w:p></w:{kind}>'
                         f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/>'
                         f'</w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}></w:{kind}s>')
        name = PackURI(f"/word/{kind}s.xml")
        part = XmlPart(name, CT_END if end else CT_FOOT, root, self.doc.part.package)
        self.doc.part.relate_to(part, RT.ENDNOTES if end else RT.FOOTNOTES)
        return part

    # ------------------------------------------------------------ runs
    def run(self, r: R) -> etree._Element:
        e = el("w:r")
        pr = sub(e, "w:rPr")
        if r.b:
            sub(pr, "w:b")
        if r.i:
            sub(pr, "w:i")
        if r.grey:
            sub(pr, "w:color", val="808080")
        if r.u:
            sub(pr, "w:u", val="single")
        if len(pr) == 0:
            e.remove(pr)
        if r.colbreak:
            sub(e, "w:br", type="column")
        t = sub(e, "w:t")
        t.text = r.text
        t.set(XML_SPACE, "preserve")
        return e

    def parts(self, parent: etree._Element, parts: list, owner: XmlPart) -> None:
        for part in parts:
            if isinstance(part, R):
                parent.append(self.run(part))
            elif isinstance(part, Note):
                kind = "endnote" if part.end else "footnote"
                n = len(self.notes[part.end]) + 1
                self.notes[part.end].append((n, part.parts))
                r = sub(parent, "w:r")
                sub(sub(r, "w:rPr"), "w:vertAlign", val="superscript")
                sub(r, f"w:{kind}Reference", id=str(n))
            elif isinstance(part, Link):
                rid = owner.relate_to(part.url, RT.HYPERLINK, is_external=True)
                h = sub(parent, "w:hyperlink", **{"r:id": rid, "w:history": "1"})
                for sub_part in part.parts:
                    if part.styled and isinstance(sub_part, R):
                        r = self.run(sub_part)
                        pr = r.find(qn("w:rPr"))
                        if pr is None:
                            pr = el("w:rPr")
                            r.insert(0, pr)
                        sub(pr, "w:color", val="0563C1")
                        sub(pr, "w:u", val="single")
                        h.append(r)
                    else:
                        self.parts(h, [sub_part], owner)
            elif isinstance(part, Drop):
                sdt = sub(parent, "w:sdt")
                pr = sub(sdt, "w:sdtPr")
                sub(pr, "w:alias", val=part.alias)
                sub(pr, "w:tag", val=part.alias.lower().replace(" ", "-"))
                sub(pr, "w:id", val=str(next(_ids) * 7717))
                if part.value is None:
                    sub(pr, "w:showingPlcHdr")
                dd = sub(pr, "w:dropDownList")
                if part.value is not None:
                    dd.set(qn("w:lastValue"), part.value)
                sub(dd, "w:listItem", displayText=PLACEHOLDER, value="")
                for item in part.items:
                    sub(dd, "w:listItem", displayText=item, value=item)
                content = sub(sdt, "w:sdtContent")
                if part.value is None:
                    content.append(self.run(R(PLACEHOLDER, grey=True)))
                else:
                    content.append(self.run(R(part.value, i=part.i, u=part.u)))
            elif isinstance(part, Ctl):
                sdt = sub(parent, "w:sdt")
                pr = sub(sdt, "w:sdtPr")
                sub(pr, "w:alias", val=part.alias)
                sub(pr, "w:tag", val=part.alias.lower().replace(" ", "-"))
                sub(pr, "w:id", val=str(next(_ids) * 7717))
                if part.plain:
                    sub(pr, "w:text")
                self.parts(sub(sdt, "w:sdtContent"), part.parts, owner)
            elif isinstance(part, Smart):
                st = sub(parent, "w:smartTag", uri=SMART_URI, element=part.element)
                self.parts(st, part.parts, owner)
            elif isinstance(part, BM):
                bid = str(next(_ids))
                sub(parent, "w:bookmarkStart", id=bid, name=part.name)
                self.parts(parent, part.parts, owner)
                sub(parent, "w:bookmarkEnd", id=bid)
            elif isinstance(part, Simple):
                fs = sub(parent, "w:fldSimple", instr=part.instr)
                fs.append(self.run(R(part.result)))
            elif isinstance(part, Fld):
                sub(sub(parent, "w:r"), "w:fldChar", fldCharType="begin")
                it = sub(sub(parent, "w:r"), "w:instrText")
                it.text = part.instr
                it.set(XML_SPACE, "preserve")
                sub(sub(parent, "w:r"), "w:fldChar", fldCharType="separate")
                parent.append(self.run(R(part.result)))
                sub(sub(parent, "w:r"), "w:fldChar", fldCharType="end")
            else:
                raise TypeError(part)

    # ------------------------------------------------------------ paragraphs
    def para(self, p: P, owner: XmlPart | None = None) -> etree._Element:
        e = el("w:p")
        ppr = sub(e, "w:pPr")
        if p.num is not None:
            self.numbered = True
            npr = sub(ppr, "w:numPr")
            sub(npr, "w:ilvl", val=str(p.num))
            sub(npr, "w:numId", val="29")
        if p.jc:
            sub(ppr, "w:jc", val=p.jc)
        if p.sect:
            ppr.append(self.sect_pr(p.sect))
        if len(ppr) == 0:
            e.remove(ppr)
        parts = [R(x.text, i=x.i, b=True, u=x.u) if p.bold_all and isinstance(x, R) else x for x in p.parts]
        self.parts(e, parts, owner or self.doc.part)
        for f in p.faults:
            self.marks.append((e, f))
        return e

    @staticmethod
    def sect_pr(s: Sect) -> etree._Element:
        pr = el("w:sectPr")
        if s.start:
            sub(pr, "w:type", val=s.start)
        sub(pr, "w:pgSz", w="11906", h="16838")
        sub(pr, "w:pgMar", top="1440", right="1440", bottom="1440", left="1440", header="708", footer="708",
            gutter="0")
        cols = sub(pr, "w:cols", space="720")
        if s.cols > 1:
            cols.set(qn("w:num"), str(s.cols))
        if s.valign:
            sub(pr, "w:vAlign", val=s.valign)
        sub(pr, "w:docGrid", linePitch="360")
        return pr

    def add(self, *items: P | Block) -> None:
        sect = self.body.find(qn("w:sectPr"))
        for item in items:
            if isinstance(item, P):
                sect.addprevious(self.para(item))
            else:
                sdt = el("w:sdt")
                pr = sub(sdt, "w:sdtPr")
                sub(pr, "w:alias", val=item.alias)
                sub(pr, "w:tag", val=item.alias.lower().replace(" ", "-"))
                sub(pr, "w:id", val=str(next(_ids) * 7717))
                content = sub(sdt, "w:sdtContent")
                for p in item.paras:
                    content.append(self.para(p))
                sect.addprevious(sdt)

    def header(self, first: list[P] | None, default: list[P] | None) -> None:
        section = self.doc.sections[0]
        for hdr, paras in ((section.first_page_header, first), (section.header, default)):
            if paras is None:
                continue
            if first is not None:
                section.different_first_page_header_footer = True
            root = hdr._element
            for child in list(root):
                root.remove(child)
            for p in paras:
                root.append(self.para(p, owner=hdr.part))

    def last_section(self, start: str | None = None, note_format: str | None = None) -> None:
        sect = self.body.find(qn("w:sectPr"))
        if note_format:
            fpr = el("w:footnotePr")
            sub(fpr, "w:numFmt", val=note_format)
            first = next(c for c in sect if c.tag not in (qn("w:headerReference"), qn("w:footerReference")))
            first.addprevious(fpr)
        if start:
            self.doc.sections[-1].start_type = {"continuous": WD_SECTION_START.CONTINUOUS,
                                                "nextPage": WD_SECTION_START.NEW_PAGE}[start]

    def _numbering(self, fmt: tuple[str, str]) -> None:
        numbering = self.doc.part.numbering_part.element
        ab = el("w:abstractNum", abstractNumId="29")
        sub(ab, "w:multiLevelType", val="hybridMultilevel")
        for ilvl, (num_fmt, text) in enumerate((("decimal", "%1."), fmt)):
            lvl = sub(ab, "w:lvl", ilvl=str(ilvl))
            sub(lvl, "w:start", val="1")
            sub(lvl, "w:numFmt", val=num_fmt)
            sub(lvl, "w:lvlText", val=text)
            sub(lvl, "w:lvlJc", val="left")
            sub(sub(lvl, "w:pPr"), "w:ind", left=str(420 + 420 * ilvl), hanging="420")
        nums = numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(ab)
        else:
            numbering.append(ab)
        num = sub(numbering, "w:num", numId="29")
        sub(num, "w:abstractNumId", val="29")

    def _write_notes(self) -> None:
        for end, part in ((False, self.foot), (True, self.end)):
            kind = "endnote" if end else "footnote"
            for n, parts in self.notes[end]:
                note = sub(part.element, f"w:{kind}", id=str(n))
                p = sub(note, "w:p")
                sub(sub(p, "w:pPr"), "w:spacing", after="0")
                ref = sub(p, "w:r")
                sub(sub(ref, "w:rPr"), "w:vertAlign", val="superscript")
                sub(ref, f"w:{kind}Ref")
                p.append(self.run(R(" ")))
                # notes' own links and marks belong to the notes part
                self.parts(p, parts, part)
            if not self.notes[end]:
                # an unused part is dropped again
                for rid, rel in list(self.doc.part.rels.items()):
                    if rel.reltype == (RT.ENDNOTES if end else RT.FOOTNOTES):
                        self.doc.part.drop_rel(rid)

    def body_paras(self) -> list[etree._Element]:
        return list(self.body.iter(qn("w:p")))

    def save(self, name: str, sub_fmt: tuple[str, str] = ("lowerLetter", "(%2)")) -> dict:
        if self.numbered:
            self._numbering(sub_fmt)
        self._write_notes()
        if self.notes[False] or self.notes[True]:
            settings = self.doc.settings.element
            for kind in ("footnote", "endnote"):
                if self.notes[kind == "endnote"]:
                    pr = el(f"w:{kind}Pr")
                    sub(pr, f"w:{kind}", id="-1")
                    sub(pr, f"w:{kind}", id="0")
                    settings.append(pr)
            _order_settings(settings)
        path = HERE / name
        self.doc.save(str(path))
        order = {id(e): i for i, e in enumerate(self.body_paras(), 1)}
        for e, f in self.marks:
            shown = shown_text(e)
            for quote in re.findall(r'"([^"]+)"', f.note):
                assert quote in shown, (name, order[id(e)], quote, shown)
        faults = [{"paragraph": order[id(e)], "kind": f.kind, "note": f.note} for e, f in self.marks]
        faults.sort(key=lambda f: f["paragraph"])
        again = docx.Document(str(path))
        assert len(list(again.element.body.iter(qn("w:p")))) == len(order), name
        return {"faults": faults}


# settings.xml children must keep the schema's order; footnotePr / endnotePr come right after w:characterSpacingControl
_SETTINGS_AFTER = ("characterSpacingControl", "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent",
                   "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving",
                   "saveThroughXslt", "showXMLTags", "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults")


def _order_settings(settings: etree._Element) -> None:
    notes = [c for c in settings if c.tag in (qn("w:footnotePr"), qn("w:endnotePr"))]
    for c in notes:
        settings.remove(c)
    anchor = None
    for c in settings:
        if etree.QName(c).localname in _SETTINGS_AFTER:
            anchor = c
    later = [c for c in settings if etree.QName(c).localname in ("compat", "docVars", "rsids", "mathPr",
                                                                  "attachedSchema", "themeFontLang", "clrSchemeMapping",
                                                                  "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
                                                                  "forceUpgrade", "captions", "readModeInkLockDown",
                                                                  "smartTagType", "schemaLibrary", "shapeDefaults",
                                                                  "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")]
    for c in reversed(notes):
        if anchor is not None:
            anchor.addnext(c)
        elif later:
            later[0].addprevious(c)
        else:
            settings.append(c)


def shown_text(p: etree._Element) -> str:
    """What the printed paragraph shows, note marks left out (they are superscript numbers)."""
    out = []
    for node in p.iter(qn("w:t"), qn("w:tab"), qn("w:instrText")):
        if node.tag == qn("w:t"):
            out.append(node.text or "")
        elif node.tag == qn("w:tab"):
            out.append("\t")
    return "".join(out)


def listing(p: etree._Element) -> str:
    """The paragraph for --list: ¹ footnote, ⁱ endnote, [..] content control, {..} field result, <..> link."""
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        for c in node:
            tag = etree.QName(c).localname
            if tag == "r":
                for x in c:
                    xt = etree.QName(x).localname
                    if xt == "t":
                        out.append(x.text or "")
                    elif xt == "footnoteReference":
                        out.append(f"^fn{x.get(qn('w:id'))}")
                    elif xt == "endnoteReference":
                        out.append(f"^en{x.get(qn('w:id'))}")
                    elif xt == "br":
                        out.append("⇥col⇥")
            elif tag == "sdt":
                out.append("[")
                walk(c.find(qn("w:sdtContent")))
                out.append("]")
            elif tag == "hyperlink":
                out.append("<")
                walk(c)
                out.append(">")
            elif tag == "fldSimple":
                out.append("{")
                walk(c)
                out.append("}")
            elif tag in ("smartTag", "sdtContent"):
                walk(c)
            elif tag == "pPr" and c.find(qn("w:sectPr")) is not None:
                out.append("§")
    walk(p)
    text = "".join(out)
    return text


# ---------------------------------------------------------------- the drafts
PP_LIST = ["Alarmed by", "Bearing in mind", "Commending", "Deeply concerned", "Noting with concern", "Reaffirming",
           "Recalling", "Recognizing", "Welcoming"]
OP_LIST = ["Calls upon", "Encourages", "Recommends", "Requests", "Urges"]
UNDOCS = "https://undocs.org/"


def it(lead: str, rest: str) -> list[Part]:
    return [R(lead, i=True), R(rest)]


def en_k01() -> tuple[str, dict]:
    """Heading in the first-page header (Signatories missing); footnote marks in and after leads, before end marks."""
    d = Draft("en")
    d.header(
        first=[P([R("Committee: ", b=True), R("General Assembly Third Committee (SOCHUM)")]),
               P([R("Topic: ", b=True), R("Protection of migrant domestic workers")]),
               P([R("Sponsors: ", b=True), R("Indonesia, Nepal, Philippines")]),
               P([R("DRAFT RESOLUTION 2.1", b=True)], jc="center")],
        default=[P([R("SOCHUM | Draft resolution 2.1 | page "), Fld(" PAGE ", "2")], jc="right")])
    fn = Note
    d.add(
        P(it("The General Assembly,", ""), [F("heading-field-missing",
          'the heading block (first-page header) names Committee, Topic and Sponsors but no Signatories line; '
          'expected «Signatories: <States>» (MUN-H01)')]),
        P([R("Bearing in mind", i=True), fn([R("International Labour Organization, Convention concerning Decent Work "
           "for Domestic Workers, 2011 (No. 189).")]),
           R(" that the Convention concerning Decent Work for Domestic Workers entered into force in 2013,")]),
        P([R("Recalling", i=True), fn([R("A/RES/74/148, "), Link(UNDOCS + "A/RES/74/148", [R(UNDOCS + "A/RES/74/148")],
                                                              styled=True), R(".")]),
           R(" also", i=True), R(" its resolution 74/148 of 18 December 2019 on the protection of migrants,")]),
        P([*it("Deeply concerned", " that many migrant domestic workers live in the household of their employer "
               "and cannot leave it freely"), fn([R("See A/78/180, paras. 12–19.")]), R(",")]),
        P([*it("Noting with appreciation", " the work of the Special Rapporteur on the human rights of migrants, in "
               "particular the report on labour migration"), fn([R("A/77/189.")])],
          [F("preambular-end-mark", 'the clause ends "on labour migration" followed only by a footnote mark: no comma; '
             'expected «…on labour migration,» (UN-B05, MUN-F04)')]),
        P(it("Welcoming", " the efforts of countries of origin to give pre-departure training to workers who leave "
             "for employment abroad,")),
        P([R("1. "), *it("Calls upon", " all States to extend the protection of national labour law to domestic "
                     "workers. This includes limits on working hours and a weekly day of rest;")],
          [F("full-stop-inside-clause", 'full stop inside the operative clause: "to domestic workers. This includes '
             'limits"; expected «…to domestic workers, including limits…» — one full stop, at the end (UN-B09, '
             'MUN-F05)')]),
        P([R("2. "), *it("Urges", " States to ensure that workers keep their own passports and identity documents"),
           fn([R("Cf. article 9 of Convention No. 189.")]), R(";")]),
        P([R("3. "), *it("Encourages", " States to set up complaint mechanisms that domestic workers can reach in "
                     "their own language, including:")]),
        P([R("(a) telephone lines open at all hours;")]),
        P([R("(b) labour inspections of private households where national law allows them;")]),
        P([R("4. "), *it("Requests", " the Secretary-General to report to the General Assembly at its eighty-third "
                     "session on the implementation of the present resolution."),
           fn([R("The report may be combined with the report requested in resolution 74/148.")])]),
    )
    return "en-k01-heading-in-first-page-header-footnote-marks-in-and-after-leads.docx", d.save(
        "en-k01-heading-in-first-page-header-footnote-marks-in-and-after-leads.docx")


def en_k02() -> tuple[str, dict]:
    """Heading in a two-column first section; continuous and next-page breaks; lead and symbols in hyperlinks."""
    d = Draft("en")
    name = "en-k02-heading-in-two-column-section-next-page-break-lead-in-hyperlink.docx"
    d.add(
        P([R("Committee: ", b=True), R("Economic and Social Council")]),
        P([R("Topic: ", b=True), R("Closing the digital divide in rural schools")]),
        P([R("Sponsors: ", b=True, colbreak=True), R("Chile, Kenya, Viet Nam")]),
        P([R("Signatories: ", b=True), R("Estonia, Ghana, Jamaica, Mongolia, Uruguay")], sect=Sect(cols=2)),
        P(it("The Economic and Social Council,", "")),
        P([Link("https://docs.un.org/en/E/RES/2023/3", [BM("_Hlk160412201", [R("Recalling", i=True)]),
                                                         R(" its resolution 2023/3")]),
           R(" on science, technology and innovation for development,")]),
        P([*it("Reaffirming", " the aim of universal and meaningful connectivity by 2030 set out in the "),
           Link("https://www.un.org/global-digital-compact", [R("Global Digital Compact")]), R(",")]),
        P(it("Deeply Concerned", " that two thirds of the world's school-age children have no internet connection "
             "at home,"),
          [F("capital-after-lead", 'capitalised second word of the lead "Deeply Concerned"; expected «Deeply '
             'concerned» (MUN-F04)')]),
        P([*it("Aware", " that rural schools often lack a stable supply of electricity, without which no "
               "connection can work,")], sect=Sect(start="continuous")),
        P([R("1. "), *it("Encourages", " Member States to include the connectivity of rural schools in their "
                     "national development plans;")]),
        P([R("2. "), *it("Invites", " the "), Link("https://www.itu.int/", [R("International Telecommunication Union")]),
           R(" to share its school connectivity maps with national ministries of education;")]),
        P([R("3. "), *it("Recommends", " that donors finance solar power for schools together with connectivity "
                     "projects;")]),
        P([R("4. "), *it("Calls upon", " mobile network operators to offer reduced rates for educational content;")],
          [F("operative-end-mark", 'the last operative clause ends "for educational content;"; expected «…for '
             'educational content.» — the resolution closes with a full stop (UN-B09, MUN-F05)')]),
    )
    d.last_section(start="nextPage")
    return name, d.save(name)


def en_k03() -> tuple[str, dict]:
    """THIMUN heading with a DATE field; leads in drop-down content controls; smart tags; bookmark inside a lead."""
    d = Draft("en")
    name = "en-k03-lead-drop-downs-placeholder-left-smart-tags-date-field.docx"
    pp = PP_LIST
    ops = OP_LIST + ["Encouraging"]  # one list for both parts in this template
    d.add(
        P([R("FORUM: ", b=True), Ctl("Forum", [R("Human Rights Council")])]),
        P([R("QUESTION OF: ", b=True), Ctl("Question", [R("The right to safe drinking water in informal "
                                                         "settlements")])]),
        P([R("SUBMITTED BY: ", b=True), Ctl("Main submitter", [R("Bolivia (Plurinational State of)")])]),
        P([R("CO-SUBMITTERS: ", b=True), Ctl("Co-submitters", [R("Egypt, Portugal, Senegal")])]),
        P([R("DATE: ", b=True), Simple(' DATE \\@ "d MMMM yyyy" ', "3 May 2027")]),
        P([R("THE HUMAN RIGHTS COUNCIL,")]),
        P([Drop(pp, "Recalling", i=True), R(" its resolutions on the human right to safe drinking water and "
                                             "sanitation adopted at its sessions held at "),
           Smart("place", [Smart("City", [R("Geneva")])]), R(",")]),
        P([R("Alar", i=True), BM("_Hlk170332", [R("med by", i=True), R(" the number of households in informal "
                                                                        "settlements that buy water from private "
                                                                        "vendors at many times the price of piped "
                                                                        "water,")])]),
        P([Drop(pp, None), R(" the efforts of local water committees to maintain standpipes in informal "
                             "settlements,")],
          [F("other", 'the lead slot (drop-down content control) still shows the placeholder "Choose an item." in '
             'front of "the efforts of local water committees": no lead phrase; expected a preambulatory phrase such '
             'as «Commending the efforts…» (UN-B03, MUN-F04)')]),
        P([Drop(pp, "Noting with concern", i=True), R(" that women and girls in "),
           Smart("country-region", [R("Bolivia")]), R(" and elsewhere spend hours each day collecting water;")],
          [F("preambular-end-mark", 'the preambular clause ends "collecting water;"; expected «…collecting water,» '
             '(UN-B05, MUN-F04)')]),
        P([R("1. "), Drop(ops, "Calls upon", u=True), R(" States to recognize the right of residents of informal "
                                                       "settlements to water services regardless of land tenure;")]),
        P([R("2. "), Drop(ops, "Encouraging", u=True), R(" municipalities to extend piped networks to informal "
                                                        "settlements before formalizing them;")],
          [F("operative-without-verb", 'the operative clause opens with the preambulatory form "Encouraging" chosen '
             'in the lead drop-down; expected the operative verb «Encourages» (UN-B06, MUN-F05)')]),
        P([R("3. "), Drop(ops, "Requests", u=True), R(" the Office of the United Nations High Commissioner for Human "
                                                     "Rights to prepare a study on water vendors and present it to "
                                                     "the Council at its sixtieth session.")]),
    )
    return name, d.save(name)


def en_k04() -> tuple[str, dict]:
    """Clean: footnotes and an endnote after the final stop, smart tags, links, REF field to a Word-numbered clause."""
    d = Draft("en")
    name = "en-k04-clean-word-list-ref-field-endnote-after-final-stop-smart-tags.docx"
    d.add(
        P([R("Committee: ", b=True), R("Disarmament and International Security Committee")]),
        P([R("Topic: ", b=True), R("Clearance of explosive remnants of war in farmland")]),
        P([R("Sponsors: ", b=True), R("Cambodia, Colombia, Croatia")]),
        P([R("Signatories: ", b=True), R("Austria, Ireland, Lao People's Democratic Republic, Mozambique, "
                                         "New Zealand")]),
        P([R("Date: ", b=True), Simple(' DATE \\@ "d MMMM yyyy" ', "12 March 2027")]),
        P(it("The General Assembly,", "")),
        P([*it("Recalling", " the Convention on Cluster Munitions"),
           Note([R("United Nations, "), R("Treaty Series", i=True), R(", vol. 2688, No. 47713.")]),
           R(" and the Protocol on Explosive Remnants of War"),
           Note([R("Protocol V to the Convention on Certain Conventional Weapons, adopted on 28 November 2003.")]),
           R(",")]),
        P(it("Deeply concerned", " that unexploded ordnance keeps farmers from cultivating their land decades after a "
             "conflict has ended,")),
        P([*it("Recognizing", " the work of the mine action centres of "), Smart("country-region", [R("Cambodia")]),
           R(" and "), Smart("country-region", [R("Colombia")]), R(" in returning cleared land to farming,")]),
        P([Ctl("Operative phrase", plain=False, parts=[R("Urges", i=True)]), R(" States that used explosive weapons to give technical "
                                                            "assistance for clearance, including:")], num=0),
        P([R("maps of the areas where such weapons were used;")], num=1),
        P([R("funding for the survey of suspected hazardous areas;")], num=1),
        P([BM("_Ref170000201", [Ctl("Operative phrase", plain=False, parts=[R("Encourages", i=True)]),
                                R(" mine action centres to give priority to farmland and irrigation channels;")])],
          num=0),
        P([Ctl("Operative phrase", plain=False, parts=[R("Invites", i=True)]), R(" donors to support the work described in paragraph "),
           Fld(" REF _Ref170000201 \\r \\h ", "2"), R(" above through multi-year funding;")], num=0),
        P([Ctl("Operative phrase", plain=False, parts=[R("Requests", i=True)]), R(" the Secretary-General to include information on "
                                                               "the clearance of farmland in his next report on "
                                                               "assistance in mine action."),
           Note([R("See the latest report, "), Link(UNDOCS + "A/78/259", [R("A/78/259")], styled=True), R(".")],
                end=True)], num=0),
    )
    return name, d.save(name)


def zh_k05() -> tuple[str, dict]:
    """Cover-page heading (first section, centred vertically, next-page break); circled footnote marks."""
    d = Draft("zh")
    name = "zh-k05-cover-page-section-circled-footnote-marks-half-width-end.docx"
    u = True
    d.add(
        P([R("决议草案")], jc="center", bold_all=True),
        P([R("委员会：联合国大会第二委员会（经济和金融）")], jc="center"),
        P([R("议题：小岛屿发展中国家的债务可持续性")], jc="center"),
        P([R("起草国：巴巴多斯、斐济、马尔代夫")], jc="center"),
        P([R("附议国：")], [F("heading-field-missing", 'the field "附议国：" is left empty: no State is named; '
                          'expected «附议国：<国家>» (ZH-H01)')], jc="center", sect=Sect(valign="center")),
        P([R("大会，")]),
        P([R("回顾", u=u), R("其关于《2030年可持续发展议程》的第70/1号决议"),
           Note([R("A/RES/70/1，"), Link(UNDOCS + "A/RES/70/1", [R(UNDOCS + "A/RES/70/1")], styled=True), R("。")]),
           R("，")]),
        P([R("重申", u=u), R("对《小岛屿发展中国家安提瓜和巴布达议程》的承诺"),
           Note([R("第78/317号决议，附件。")]), R("，")]),
        P([R("深为关切地注意到", u=u), R("许多小岛屿发展中国家的公共债务已超过国内生产总值的百分之七十"),
           Note([R("见国际货币基金组织2024年债务可持续性分析。")])],
          [F("preambular-end-mark", 'the clause ends "百分之七十" followed only by a footnote mark: no comma; expected '
             '«……百分之七十，» (ZH-B02)')]),
        P([R("认识到", u=u), R("一场气候灾害可在一夜之间毁掉多年的发展成果，")]),
        P([R("1. "), R("鼓励", u=u), R("债权国在债务协议中纳入气候适应性债务条款;")],
          [F("half-width-punctuation-in-chinese", 'the operative clause ends with a half-width semicolon "债务条款;"; '
             'expected «……债务条款；» (ZH-P01, ZH-B03)')]),
        P([R("2. "), R("请", u=u), R("国际货币基金组织和世界银行在评估债务可持续性时考虑多维脆弱性指数"),
           Note([R("第78/232号决议。")]), R("；")]),
        P([R("3. "), R("敦促", u=u), R("各国向小岛屿发展中国家提供更多赠款而非贷款。同时支持其债务转换项目；")],
          [F("full-stop-inside-clause", 'full stop inside the operative clause: "赠款而非贷款。同时支持"; expected '
             '«……赠款而非贷款，同时支持……» (ZH-B05, UN-B09)')]),
        P([R("4. "), R("决定", u=u), R("在第八十三届会议上审议本决议的执行情况。")]),
    )
    d.last_section(start="nextPage", note_format="decimalEnclosedCircle")
    return name, d.save(name)


def zh_k06() -> tuple[str, dict]:
    """Clean: heading in a block content control, leads in run-level controls, link, endnote, REF field."""
    d = Draft("zh")
    name = "zh-k06-clean-heading-block-control-lead-controls-ref-field-endnote.docx"
    lead = lambda w: Ctl("条款引导词", [R(w, u=True)], plain=False)  # noqa: E731
    d.header(first=[P([R("2027年东湖中学模拟联合国大会")], jc="right")], default=None)
    d.add(
        Block("决议草案抬头", [
            P([R("决议草案")], jc="center", bold_all=True),
            P([R("委员会：安全理事会")]),
            P([R("议题：武装冲突中对学校的攻击")]),
            P([R("起草国：尼日尔、挪威")]),
            P([R("附议国：厄瓜多尔、马耳他、塞拉利昂")]),
        ]),
        P([R("安全理事会，")]),
        P([lead("回顾"), R("其第1612(2005)号、第1998(2011)号和"),
           Link(UNDOCS + "S/RES/2601(2021)", [R("第2601(2021)号决议")]), R("，")]),
        P([lead("严重关切"), R("对学校和医院的攻击以及将学校用于军事目的的情况"),
           Note([R("见秘书长关于儿童与武装冲突的报告（"), Link(UNDOCS + "A/78/842", [R("A/78/842")], styled=True),
                 R("）。")]), R("，")]),
        P([lead("强调指出"), R("保护教育是保护儿童的重要组成部分，")]),
        P([lead("强烈谴责"), R("一切违反国际法攻击学校的行为；")], num=0),
        P([BM("_Ref170000602", [lead("敦促"), R("冲突各方：")])], num=0),
        P([R("不将学校用于军事目的；")], num=1),
        P([R("允许学生和教师安全往返学校；")], num=1),
        P([lead("请"), R("秘书长在其关于儿童与武装冲突的年度报告中列入各方执行第"),
           Fld(" REF _Ref170000602 \\r \\h ", "2"), R("段的情况；")], num=0),
        P([lead("决定"), R("继续积极处理此案。"), Note([R("参见第2601(2021)号决议第5段。")], end=True)], num=0),
    )
    return name, d.save(name, sub_fmt=("lowerLetter", "(%2)"))


DRAFTS = [en_k01, en_k02, en_k03, en_k04, zh_k05, zh_k06]


def show(path: Path) -> None:
    doc = docx.Document(str(path))
    print(f"== {path.name}")
    counters = [0, 0]
    for i, p in enumerate(doc.element.body.iter(qn("w:p")), 1):
        label = ""
        npr = p.find(qn("w:pPr") + "/" + qn("w:numPr"))
        if npr is not None:
            lvl = int(npr.find(qn("w:ilvl")).get(qn("w:val")))
            counters[lvl] += 1
            if lvl == 0:
                counters[1] = 0
                label = f"{counters[0]}. "
            else:
                label = f"({'abcdefgh'[counters[1] - 1]}) "
        print(f"{i:3} {label}{listing(p)}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(HERE.glob("*.docx")):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)],
                       check=True, capture_output=True)
        pdf = out / (path.stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(out / path.stem)], check=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--render", type=Path)
    args = ap.parse_args()
    if args.list:
        for path in sorted(HERE.glob("*.docx")):
            show(path)
        return
    if args.render:
        render(args.render)
        return
    annotations = {}
    for make in DRAFTS:
        name, entry = make()
        annotations[name] = entry
    head = ("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based index of the body's w:p "
            "(content-control paragraphs included; header, footnote and endnote paragraphs are not body "
            "paragraphs)\n")
    text = yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(head + text, encoding="utf-8")
    total = sum(len(v["faults"]) for v in annotations.values())
    print(f"{len(annotations)} drafts, {total} faults")


if __name__ == "__main__":
    main()
