"""Build the drafts of the blind set word-blind16 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

python-docx gives the package (its default template) and the header part; every other piece of WordprocessingML
(numbering.xml, the footnotes part, complex fields SEQ / LISTNUM / AUTONUM with or without a stored result, a VML
text box holding clauses, a bordered one-cell table, a next-page section break inside a paragraph) is written with
lxml by the helpers below, written for this set (no import of drafter, no earlier set's script). Faults are marked
with F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based index of the `w:p`
in the body (table-cell paragraphs included, paragraphs inside a text box NOT counted: a fault inside a text box is
marked on the paragraph that anchors the box), counted after building and checked again on the saved file.

What a chair sees in Word is what is annotated: a SEQ field shows its stored result until fields are updated (a
copied clause keeps the number of the clause it was copied from); LISTNUM and AUTONUM fields are computed by Word
whenever it lays out the page (their stored result, written here equal to Word's computed value, does not matter).
"""

from __future__ import annotations

import copy
import subprocess
import sys
import zipfile
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
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element, ns: str = W_NS) -> etree._Element:
    node = etree.Element(f"{{{ns}}}{tag}", nsmap={"w": W_NS, "v": V_NS, "o": O_NS})
    for key, value in (attrs or {}).items():
        # WordprocessingML attributes are w:-qualified; VML attributes are not
        node.set(key if key.startswith("{") or ns != W_NS else f"{{{ns}}}{key}", str(value))
    for child in children:
        node.append(child)
    return node


def text_el(text: str, tag: str = "t") -> etree._Element:
    t = el(tag)
    t.text = text
    t.set(XML_SPACE, "preserve")
    return t


# ---------------------------------------------------------------- faults
@dataclass
class F:
    kind: str
    note: str


# ---------------------------------------------------------------- run-level pieces
@dataclass
class R:
    """A run: text ("\t" = w:tab) and its formatting."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    ea: str | None = None

    def shown(self) -> str:
        return self.text.replace("\t", "→")


@dataclass
class Fld:
    """A complex field: begin, instruction, (separate, stored result,) end."""
    instr: str
    result: str | None      # stored result; None: no separate / result (as the spec asks for LISTNUM / AUTONUM)
    word_shows: str         # what Word displays (stored result for SEQ, computed value for LISTNUM / AUTONUM)

    def shown(self) -> str:
        return f"⟦{self.word_shows}⟧"


@dataclass
class FN:
    """A footnote reference; the footnote's text goes to the footnotes part."""
    note: str

    def shown(self) -> str:
        return "¹"


@dataclass
class Box:
    """An inline VML text box holding paragraphs (w:txbxContent)."""
    paras: list[P]
    height_pt: int

    def shown(self) -> str:
        return "[text box: " + " ‖ ".join(p.text for p in self.paras) + "]"


Piece = R | Fld | FN | Box


class Ctx:
    """Collects footnotes while the XML is written."""

    def __init__(self) -> None:
        self.footnotes: list[str] = []


def rpr_of(r: R) -> etree._Element | None:
    rpr = el("rPr")
    if r.ea:
        rpr.append(el("rFonts", {"eastAsia": r.ea, "hint": "eastAsia"}))
    if r.b:
        rpr.append(el("b"))
    if r.i:
        rpr.append(el("i"))
    if r.u:
        rpr.append(el("u", {"val": "single"}))
    return rpr if len(rpr) else None


def piece_xml(piece: Piece, ctx: Ctx) -> list[etree._Element]:
    if isinstance(piece, R):
        node = el("r")
        rpr = rpr_of(piece)
        if rpr is not None:
            node.append(rpr)
        parts = piece.text.split("\t")
        for k, part in enumerate(parts):
            if k:
                node.append(el("tab"))
            if part:
                node.append(text_el(part))
        return [node]
    if isinstance(piece, Fld):
        out = [el("r", None, el("fldChar", {"fldCharType": "begin"})),
               el("r", None, text_el(f" {piece.instr} ", "instrText"))]
        if piece.result is not None:
            out.append(el("r", None, el("fldChar", {"fldCharType": "separate"})))
            out.append(el("r", None, el("rPr", None, el("noProof")), text_el(piece.result)))
        out.append(el("r", None, el("fldChar", {"fldCharType": "end"})))
        return out
    if isinstance(piece, FN):
        ctx.footnotes.append(piece.note)
        fid = len(ctx.footnotes)
        return [el("r", None, el("rPr", None, el("vertAlign", {"val": "superscript"})),
                   el("footnoteReference", {"id": str(fid)}))]
    if isinstance(piece, Box):
        shape = el("shape", {"id": f"TextBox{id(piece) % 10000}", "type": "#_x0000_t202",
                             "style": f"width:453pt;height:{piece.height_pt}pt;mso-wrap-style:square",
                             "strokeweight": "1pt", "strokecolor": "#000000"}, ns=V_NS)
        shape.set(f"{{{O_NS}}}spid", f"_x0000_s{1025 + id(piece) % 1000}")
        tb = el("textbox", {"style": "mso-fit-shape-to-text:t", "inset": "7.2pt,7.2pt,7.2pt,7.2pt"}, ns=V_NS)
        content = el("txbxContent")
        for p in piece.paras:
            content.append(p.xml(ctx))
        tb.append(content)
        shape.append(tb)
        shapetype = el("shapetype", {"id": "_x0000_t202", "coordsize": "21600,21600",
                                     "path": "m,l,21600r21600,l21600,xe"}, ns=V_NS)
        shapetype.set(f"{{{O_NS}}}spt", "202")
        shapetype.append(el("stroke", {"joinstyle": "miter"}, ns=V_NS))
        path = el("path", {"gradientshapeok": "t"}, ns=V_NS)
        path.set(f"{{{O_NS}}}connecttype", "rect")
        shapetype.append(path)
        return [el("r", None, el("pict", None, shapetype, shape))]
    raise TypeError(piece)


# ---------------------------------------------------------------- paragraphs
@dataclass
class P:
    pieces: list[Piece]
    faults: list[F] = field(default_factory=list)
    num: tuple[int, int] | None = None   # (numId, ilvl)
    jc: str | None = None
    ind: dict[str, str] | None = None
    tabs: list[int] | None = None
    sect: bool = False                   # a next-page section break ends this paragraph (w:sectPr in its w:pPr)
    label: str = ""                      # the label Word shows from a list (filled by Numbering.labels)

    def xml(self, ctx: Ctx, sect_template: etree._Element | None = None) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.tabs:
            tabs = el("tabs")
            for pos in self.tabs:
                tabs.append(el("tab", {"val": "left", "pos": str(pos)}))
            ppr.append(tabs)
        if self.ind:
            ppr.append(el("ind", self.ind))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if self.sect:
            assert sect_template is not None
            sp = copy.deepcopy(sect_template)
            for child in list(sp):
                if child.tag in (w("headerReference"), w("footerReference")):
                    sp.remove(child)
            sp.insert(0, el("type", {"val": "nextPage"}))
            ppr.append(sp)
        if len(ppr):
            p.append(ppr)
        for piece in self.pieces:
            for node in piece_xml(piece, ctx):
                p.append(node)
        return p

    @property
    def text(self) -> str:
        return "".join(piece.shown() for piece in self.pieces)

    @property
    def box_faults(self) -> list[F]:
        return [f for piece in self.pieces if isinstance(piece, Box) for p in piece.paras for f in p.faults]


@dataclass
class Table:
    """One cell, single border: the "frame" of a school template; its paragraphs are body paragraphs."""
    paras: list[P]

    def xml(self, ctx: Ctx, sect_template: etree._Element | None = None) -> etree._Element:
        tbl = el("tbl")
        tblpr = el("tblPr", None, el("tblW", {"w": "9060", "type": "dxa"}))
        borders = el("tblBorders")
        for side in ("top", "left", "bottom", "right"):
            borders.append(el(side, {"val": "single", "sz": "8", "space": "0", "color": "000000"}))
        tblpr.append(borders)
        tblpr.append(el("tblCellMar", None, el("top", {"w": "113", "type": "dxa"}),
                        el("left", {"w": "170", "type": "dxa"}), el("bottom", {"w": "113", "type": "dxa"}),
                        el("right", {"w": "170", "type": "dxa"})))
        tbl.append(tblpr)
        tbl.append(el("tblGrid", None, el("gridCol", {"w": "9060"})))
        tc = el("tc", None, el("tcPr", None, el("tcW", {"w": "9060", "type": "dxa"})))
        for p in self.paras:
            tc.append(p.xml(ctx))
        tbl.append(el("tr", None, tc))
        return tbl


# ---------------------------------------------------------------- numbering (Word lists)
@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, chineseCountingThousand
    text: str         # lvlText
    left: int
    hanging: int = 360
    suff: str | None = None

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": "1"}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.suff:
            node.append(el("suff", {"val": self.suff}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        return node


CN_DIGITS = "零一二三四五六七八九十"


def cn_count(n: int) -> str:
    if n <= 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + CN_DIGITS[n - 10]
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)   # numId -> abstractId

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            a = el("abstractNum", {"abstractNumId": str(aid)})
            a.append(el("multiLevelType", {"val": "hybridMultilevel"}))
            for k, lvl in enumerate(levels):
                a.append(lvl.xml(k))
            root.append(a)
        for nid, aid in self.nums.items():
            root.append(el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)})))

    def labels(self, paras: list[P]) -> None:
        counters: dict[int, list[int]] = {}
        for p in paras:
            if not p.num:
                continue
            nid, ilvl = p.num
            aid = self.nums[nid]
            cnt = counters.setdefault(aid, [0] * 9)
            cnt[ilvl] += 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = 0
            levels = self.abstracts[aid]
            text = levels[ilvl].text
            for lv in range(ilvl + 1):
                fmt = levels[lv].fmt
                v = cnt[lv]
                shown = (chr(ord("a") + v - 1) if fmt == "lowerLetter" else cn_count(v)
                         if fmt == "chineseCountingThousand" else str(v))
                text = text.replace(f"%{lv + 1}", shown)
            p.label = text


# ---------------------------------------------------------------- drafts
Block = P | Table


@dataclass
class Draft:
    name: str
    lang: str
    blocks: list[Block]
    numbering: Numbering | None = None
    header: list[P] | None = None
    ea_font: str | None = None
    latin_font: str = "Times New Roman"
    size: int = 24

    def paragraphs(self) -> list[P]:
        out: list[P] = []
        for block in self.blocks:
            out.extend(block.paras if isinstance(block, Table) else [block])
        return out

    def all_paragraphs(self) -> list[P]:
        """Body paragraphs and the paragraphs inside their text boxes (for the list labels)."""
        out: list[P] = []
        for p in self.paragraphs():
            out.append(p)
            for piece in p.pieces:
                if isinstance(piece, Box):
                    out.extend(piece.paras)
        return out


def footnotes_part(doc: docx.document.Document, notes: list[str], ea: str | None) -> None:
    root = el("footnotes")
    for fid, ftype in ((-1, "separator"), (0, "continuationSeparator")):
        root.append(el("footnote", {"type": ftype, "id": str(fid)},
                       el("p", None, el("pPr", None, el("spacing", {"after": "0", "line": "240", "lineRule": "auto"})),
                          el("r", None, el(ftype)))))
    for fid, note in enumerate(notes, 1):
        rpr = el("rPr", None, el("sz", {"val": "18"}))
        if ea:
            rpr.insert(0, el("rFonts", {"eastAsia": ea, "hint": "eastAsia"}))
        root.append(el("footnote", {"id": str(fid)},
                       el("p", None, el("pPr", None, el("spacing", {"after": "0"})),
                          el("r", None, el("rPr", None, el("vertAlign", {"val": "superscript"}), el("sz", {"val": "18"})),
                             el("footnoteRef")),
                          el("r", None, rpr, text_el(" " + note)))))
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def body_paragraphs(body: etree._Element) -> list[etree._Element]:
    """The w:p of the body in order, table cells included, text-box paragraphs left out."""
    return [p for p in body.iter(w("p")) if not any(a.tag == w("txbxContent") for a in p.iterancestors())]


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
    rpr.append(el("lang", {"val": "en-GB" if d.lang == "en" else "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"}))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "120", "line": "240", "lineRule": "auto"}))
    if d.numbering:
        d.numbering.xml(doc.part.numbering_part.element)
    ctx = Ctx()
    if d.header:
        hdr = doc.sections[0].header
        hdr.is_linked_to_previous = False
        hbody = hdr._element
        for child in list(hbody):
            hbody.remove(child)
        for p in d.header:
            hbody.append(p.xml(ctx))
    for block in d.blocks:
        body.insert(len(body) - 1, block.xml(ctx, sect))
    if ctx.footnotes:
        footnotes_part(doc, ctx.footnotes, d.ea_font)
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


def organ(name: str, style: str = "i", comma: str = ",") -> P:
    return P([R(name, i=style == "i", b=style == "b"), R(comma)])


HANG = {"left": "720", "hanging": "720"}
HANG_SUB = {"left": "1440", "hanging": "720"}


def seq(stored: int, lead: str, rest: str, faults: list[F] | None = None, shown: int | None = None,
        tail: list[Piece] | None = None, style: str = "u", sect: bool = False) -> P:
    """An operative clause numbered by { SEQ clause \\* ARABIC } + "." + tab on a hanging indent."""
    pieces: list[Piece] = [Fld("SEQ clause \\* ARABIC", str(stored), str(stored)), R(".\t"),
                           R(lead, i=style == "i", u=style == "u"), R(rest)]
    return P(pieces + (tail or []), faults or [], ind=HANG, tabs=[720], sect=sect)


# ---------------------------------------------------------------- en-r01: SEQ numbers, one copied and stale; footnotes
def en_r01() -> Draft:
    B: list[Block] = [
        plain("Committee: United Nations Environment Assembly"),
        plain("Topic: Protecting and restoring kelp forests"),
        plain("Sponsors: Chile, Norway, South Africa"),
        plain("Signatories: Australia, Canada, Japan, Namibia, Peru"),
        organ("The United Nations Environment Assembly"),
        P([R("Noting", i=True), FN("United Nations Environment Programme, Into the Blue: Securing a Sustainable "
                                   "Future for Kelp Forests (Nairobi, 2023)."),
           R(" that kelp forests line about a quarter of the world\u2019s coastlines and give food and shelter to "
             "many of the fish and shellfish caught by coastal communities,")]),
        P([R("Alarmed", i=True), R(" that kelp forests have shrunk along many coasts in recent decades, and that "
                                    "marine heatwaves are speeding up the loss,"),
           FN("Food and Agriculture Organization of the United Nations, The State of World Fisheries and "
              "Aquaculture 2024 (Rome, 2024).")]),
        led("Recognizing", " that marine heatwaves, the spread of sea urchins after the loss of their predators and "
            "polluted runoff from the land are the main causes of that loss;",
            [F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)')]),
        led("Welcoming", " the projects in which divers and fishers remove sea urchins and replant young kelp on "
            "rocky reefs,"),
        seq(1, "Encourages", " coastal States to map their kelp forests and to publish the maps;"),
        seq(2, "Calls upon", " fisheries authorities to protect the otters, lobsters and fish that feed on sea "
            "urchins."),
        seq(3, "Invites", " regional fisheries bodies to close kelp forests to bottom trawling;"),
        seq(3, "Further invites", " development banks to fund the restoration of kelp forests by coastal "
            "communities;",
            [F("numbering", 'the page shows "3." twice: the clause number is a SEQ field copied with clause 3, whose '
               'stored result "3" Word shows until the fields are updated; expected «4.», the clauses after it '
               'showing «5.» «6.» (UN-B07, MUN-F05)')]),
        seq(4, "Recommends", " that Member States include kelp forests in their national plans for adaptation to "
            "climate change;"),
        seq(5, "Requests", " the Executive Director to report on the implementation of the present resolution at "
            "the next session of the Assembly."),
    ]
    # clause 2 ends with a full stop: the fault sits on that paragraph
    B[10].faults.append(F("operative-end-mark", 'operative clause 2 (not the last) ends with "." instead of «;» '
                          '(UN-B09, MUN-F05)'))
    return Draft("en-r01-seq-fields-copied-clause-shows-three-twice-footnotes", "en", B)


# ---------------------------------------------------------------- en-r02: LISTNUM numbers "1)", heading in the header
def listnum(level: int, shown: str) -> Fld:
    return Fld(f"LISTNUM NumberDefault \\l {level}", shown, shown)


def en_r02() -> Draft:
    header = [plain("Committee: World Health Assembly"),
              plain("Topic: Preventing typhoid fever"),
              plain("Sponsors: Bangladesh, Malawi, Zimbabwe"),
              plain("Signatories: Fiji, Ghana, Nepal, Pakistan, Samoa"),
              plain("")]
    num_fault = ('clause numbered "{0}" by a LISTNUM field (NumberDefault, level 1); operative clauses are numbered '
                 '«{1}» (UN-B07, MUN-F05)')
    B: list[Block] = [
        organ("The World Health Assembly"),
        led("Recalling", " the Immunization Agenda 2030, which it endorsed at its seventy-third session,"),
        led("Alarmed", " that typhoid fever still strikes millions of people every year, most of them children in "
            "places without safe water and sanitation,"),
        led("Noting", " That strains of the typhoid bacterium resistant to most antibiotics have spread in several "
            "regions,",
            [F("capital-after-lead", '"Noting That" - capitalised word right after the lead («Noting that»)')]),
        led("Aware", " that typhoid conjugate vaccines protect young children with a single dose,"),
        P([listnum(1, "1)"), R(" "), R("Urges", u=True), R(" Member States to:")],
          [F("numbering", num_fault.format("1)", "1."))], ind=HANG, tabs=[720]),
        P([listnum(2, "a)"), R(" "), R("introduce typhoid conjugate vaccines into their routine immunization "
                                       "schedules where the disease is common;")], ind=HANG_SUB),
        P([listnum(2, "b)"), R(" "), R("improve the supply of safe drinking water and sanitation in schools and "
                                       "markets;")], ind=HANG_SUB),
        P([listnum(1, "2)"), R(" "), R("Encourages", u=True), R(" health ministries to strengthen laboratory "
                                                              "testing so that patients receive an antibiotic that "
                                                              "still works;")],
          [F("numbering", num_fault.format("2)", "2."))], ind=HANG, tabs=[720]),
        P([listnum(1, "3)"), R(" "), R("Calls upon", u=True), R(" manufacturers to increase the supply of typhoid "
                                                              "conjugate vaccines at an affordable price;")],
          [F("numbering", num_fault.format("3)", "3."))], ind=HANG, tabs=[720]),
        P([listnum(1, "4)"), R(" "), R("Requests", u=True), R(" the Director-General to report to the Assembly on "
                                                            "the progress made at its next session.")],
          [F("numbering", num_fault.format("4)", "4."))], ind=HANG, tabs=[720]),
    ]
    return Draft("en-r02-listnum-clause-numbers-one-paren-heading-in-page-header", "en", B, header=header)


# ---------------------------------------------------------------- en-r03: AUTONUM numbers in a one-cell table frame
def autonum() -> Fld:
    return Fld("AUTONUM", None, "")   # word_shows filled below (Word computes it)


def en_r03() -> Draft:
    inner = [
        organ("The Economic and Social Council"),
        led("Concerned", " that asbestos remains in the roofs, pipes and walls of many schools, hospitals and homes "
            "built before its use was restricted,"),
        led("Noting", " that breathing asbestos fibres can cause lung cancer, mesothelioma and asbestosis decades "
            "after the exposure,"),
        led("Aware", " that workers who renovate or demolish old buildings often do not know that the materials they "
            "break contain asbestos,"),
        P([autonum(), R("\t"), R("Recognizing", i=True), R(" the role that labour inspectors can play in protecting "
                                                           "demolition and construction workers,")],
          [F("numbering", 'preambular clause numbered "1." (an AUTONUM field pasted with the clause text); '
             'preambular clauses are not numbered, and the operative clauses then start at "2." instead of «1.» '
             '(UN-B05, UN-B07, MUN-F04)')], ind=HANG, tabs=[720]),
        P([autonum(), R("\t"), R("Encourages", u=True), R(" Member States to keep registers of the public buildings "
                                                          "that contain asbestos;")],
          ind=HANG, tabs=[720]),
        P([autonum(), R("\t"), R("Recommends", u=True), R(" that only trained and licensed workers remove materials "
                                                          "containing asbestos;")],
          ind=HANG, tabs=[720]),
        P([autonum(), R("\t"), R("Invites", u=True), R(" the International Labour Organization to share guidance on "
                                                       "the safe disposal of asbestos waste;")], ind=HANG, tabs=[720]),
        P([autonum(), R("\t"), R("Calls upon", u=True), R(" the World Health Organization to help countries to "
                                                          "diagnose diseases caused by asbestos;")],
          [F("operative-end-mark", 'the last operative clause ends with ";" instead of «.» (UN-B09, MUN-F05)')],
          ind=HANG, tabs=[720]),
    ]
    k = 0
    for p in inner:
        for piece in p.pieces:
            if isinstance(piece, Fld):
                k += 1
                piece.word_shows = f"{k}."
                piece.result = f"{k}."
    B: list[Block] = [plain("Committee: Economic and Social Council"),
                      plain("Topic: Safe removal of asbestos from old buildings"),
                      plain("Sponsors: Italy, Namibia, Republic of Korea"),
                      plain("Signatories: Brazil, Croatia, Egypt, Finland, Malaysia"),
                      Table(inner)]
    return Draft("en-r03-autonum-clause-numbers-in-one-cell-table-preambular-numbered", "en", B)


# ---------------------------------------------------------------- en-r04: clauses in a text box
def en_r04() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 720, 720), Lvl("lowerLetter", "(%2)", 1440, 720)]
    n.nums[1] = 1
    box = Box([
        led("Urges", " Member States to test the water of every public well for arsenic and to mark the wells that "
            "are unsafe;", style="u", num=(1, 0)),
        led("Calls Upon", " water authorities to:", style="u", num=(1, 0),
            faults=[F("capital-after-lead", '(inside the text box) "Calls Upon" - capitalised word inside the lead '
                      'phrase («Calls upon») (MUN-F03)')]),
        plain("offer safe deep wells or piped water to villages whose wells are unsafe;", num=(1, 1)),
        plain("train local technicians to maintain filters that remove arsenic.", num=(1, 1),
              faults=[F("operative-end-mark", '(inside the text box) sub-clause (b), the last of clause 2, ends with '
                        '"." although clause 2 is not the last clause: it carries the clause\'s own end mark «;» '
                        '(UN-B09, UN-B11, MUN-F06)')]),
        led("Encourages", " schools to teach children which wells in their village are safe;", style="u",
            num=(1, 0)),
        led("Requests", " the Secretary-General to report on the progress made at the eighty-second session.",
            style="u", num=(1, 0)),
    ], height_pt=170)
    B: list[Block] = [
        plain("Committee: General Assembly Second Committee"),
        plain("Topic: Arsenic in drinking water from wells"),
        plain("Sponsors: Cambodia, Mexico, Nepal"),
        plain("Signatories: Argentina, Chile, Ghana, Hungary, Viet Nam"),
        organ("The General Assembly"),
        led("Deeply concerned", " that the water of many tube wells contains arsenic at levels far above the "
            "guideline value of the World Health Organization,"),
        led("Noting", " that drinking such water for years causes skin lesions, cancers and heart disease, and that "
            "many of those affected do not know the cause."),
        led("Aware", " that simple field kits can show within minutes whether the water of a well is safe,"),
        P([R("Operative clauses:", b=True)], []),
        P([box], []),
    ]
    B[6].faults.append(F("preambular-end-mark", 'preambular clause ends with "." instead of «,» (UN-B05, MUN-F04)'))
    B[8].faults.append(F("other", '"Operative clauses:" - a template section heading left between the preamble and '
                         'the operative part; the clauses follow the preamble directly (UN-B01)'))
    return Draft("en-r04-operative-clauses-in-a-text-box-template-heading", "en", B, n)


# ---------------------------------------------------------------- en-r05: clean; SEQ numbers, section break, footnotes
def en_r05() -> Draft:
    B: list[Block] = [
        plain("Committee: General Assembly Second Committee"),
        plain("Topic: Protecting cassava harvests from plant diseases"),
        plain("Sponsors: Ghana, Thailand, Uganda"),
        plain("Signatories: Brazil, Cameroon, Indonesia, Malawi, Nigeria"),
        organ("The General Assembly"),
        P([R("Noting", i=True), R(" that cassava feeds hundreds of millions of people in the tropics and grows on "
                                  "poor soils where other crops fail,"),
           FN("Food and Agriculture Organization of the United Nations, Save and Grow: Cassava (Rome, 2013).")]),
        led("Alarmed", " that viral diseases of cassava, spread by whiteflies and by infected cuttings, can destroy "
            "most of a harvest,"),
        P([R("Recalling", i=True), R(" the 2030 Agenda for Sustainable Development,"),
           FN("General Assembly resolution 70/1.")]),
        seq(1, "Encourages", " States where cassava is grown to set up systems that give farmers clean planting "
            "material;"),
        seq(2, "Calls upon", " Member States to monitor cassava fields for disease and to share the results across "
            "borders;"),
        seq(3, "Recommends", " that research institutes breed cassava varieties that resist the main viral "
            "diseases;", sect=True),
        seq(4, "Invites", " the Food and Agriculture Organization of the United Nations to support national plant "
            "protection services;", tail=[FN("See also the International Plant Protection Convention.")]),
        seq(5, "Requests", " the Secretary-General to report on the implementation of the present resolution at "
            "its eighty-second session."),
    ]
    return Draft("en-r05-clean-seq-fields-section-break-in-operative-part-footnotes", "en", B)


# ---------------------------------------------------------------- Chinese
def zh_seq(stored: int, lead: str, rest: str, faults: list[F] | None = None, sect: bool = False,
           tail: list[Piece] | None = None) -> P:
    pieces: list[Piece] = [Fld("SEQ clause \\* ARABIC", str(stored), str(stored)), R(".\t"), R(lead, u=True),
                           R(rest)]
    return P(pieces + (tail or []), faults or [], ind={"left": "420", "hanging": "420"}, tabs=[420], sect=sect)


def zh_r06() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("chineseCountingThousand", "（%1）", 840, 420, suff="nothing")]
    n.nums[1] = 1
    sub_fault = ('sub-clause labelled "{0}" (list level in chineseCountingThousand, "（%1）"); sub-clauses are '
                 'labelled with letters «{1}» (ZH-B04, UN-B10)')
    B: list[Block] = [
        plain("决议草案", jc="center"),
        plain("委员会：联合国大会第三委员会"),
        plain("议题：减少道路交通事故中的儿童伤亡"),
        plain("起草国：瑞典、墨西哥、越南"),
        plain("附议国：阿根廷、加纳、马来西亚、摩洛哥"),
        P([R("大会", b=True), R("，")]),
        led("关切地注意到", "道路交通伤害是五至二十九岁人群死亡的首要原因，每年有大量儿童在车祸中丧生，", style="u"),
        led("认识到", "正确使用儿童安全座椅可以大幅降低婴幼儿在车祸中死亡的风险，", style="u"),
        led("注意到", "许多国家尚未立法要求儿童乘车时使用安全座椅或增高垫。",
            [F("preambular-end-mark", '序言性条款以 "。" 结尾；应为 «，» (UN-B05, ZH-B02, ZH-B05)')], style="u"),
        led("欢迎", "联合国道路安全信托基金支持的各项项目，", style="u"),
        zh_seq(1, "鼓励", "会员国立法规定儿童乘坐汽车时必须使用与其年龄和体重相适应的安全座椅；"),
        zh_seq(2, "促请", "各国政府："),
        P([R("降低低收入家庭购买安全座椅的费用；")], [F("sub-clause-label", sub_fault.format("（一）", "(a)"))],
          num=(1, 0)),
        P([R("在学校周边设置限速区和安全过街设施；")], [F("sub-clause-label", sub_fault.format("（二）", "(b)"))],
          num=(1, 0)),
        zh_seq(3, "建议", "各国将安全座椅的检查纳入定期车辆检验；"),
        zh_seq(3, "请", "世界卫生组织协助各国收集儿童道路交通伤亡的数据；",
               [F("numbering", '页面上两次出现 "3."：条款编号是随第3条一起复制的 SEQ 域，Word 在更新域之前显示其存储的结果 "3"；'
                  '应为 «4.»，其后各条相应顺延 (UN-B07, ZH-B03)')]),
        zh_seq(4, "请", "秘书长在大会第八十二届会议上报告本决议的执行情况。"),
    ]
    return Draft("zh-r06-seq-fields-copied-clause-stale-three-chinese-counting-subs", "zh", B, n, ea_font="宋体")


def zh_r07() -> Draft:
    header = [plain("决议草案", jc="center"),
              plain("委员会：世界卫生大会"),
              plain("议题：消除血吸虫病"),
              plain("起草国：埃及、菲律宾、马达加斯加"),
              plain("附议国：巴西、柬埔寨、马里、尼日尔"),
              plain("")]
    ind = {"left": "420", "hanging": "420"}
    inner = [
        P([autonum(), R("\t"), R("鼓励", u=True), R("会员国在流行地区定期为学龄儿童和高危人群发放吡喹酮；")],
          ind=ind, tabs=[420]),
        P([autonum(), R("\t"), R("促请", u=True), R("各国卫生部门加强血吸虫病病例的监测和报告。")],
          [F("operative-end-mark", '非最后一条执行段以 "。" 结尾；应为 «；» (UN-B09, ZH-B03, ZH-B05)')],
          ind=ind, tabs=[420]),
        P([autonum(), R("\t"), R("建议", u=True), R("各国改善流行地区的供水和卫生设施，减少居民与疫水的接触；")],
          ind=ind, tabs=[420]),
        P([autonum(), R("\t"), R("请", u=True), R("世界卫生组织协助各国开展钉螺监测和灭螺工作；")],
          ind=ind, tabs=[420]),
        P([autonum(), R("\t"), R("请", u=True), R("总干事向下届世界卫生大会报告本决议的执行情况。")],
          ind=ind, tabs=[420]),
    ]
    for k, p in enumerate(inner, 1):
        fld = p.pieces[0]
        assert isinstance(fld, Fld)
        fld.result = fld.word_shows = f"{k}."
    B: list[Block] = [
        P([R("世界卫生大会", b=True), R("，")]),
        led("关切地注意到", "血吸虫病仍在七十多个国家流行，受害者多为在河湖中劳作、洗涤和游泳的农村居民和儿童，", style="u"),
        P([R("认识到"), R("兴修水利、环境改变和人口流动可能使钉螺扩散到新的地区,")],
          [F("emphasis", 'lead "认识到" not underlined, unlike the other leads (ZH-B02)'),
           F("half-width-punctuation-in-chinese", 'preambular paragraph ends with a half-width "," («，») (ZH-P01, '
             'UN-B05)')]),
        led("注意到", "吡喹酮是安全、有效且价格低廉的治疗药物，", style="u"),
        Table(inner),
    ]
    return Draft("zh-r07-heading-in-page-header-autonum-clauses-in-one-cell-table", "zh", B, header=header,
                 ea_font="宋体")


def zh_r08() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("lowerLetter", "(%1)", 840, 420)]
    n.nums[1] = 1
    B: list[Block] = [
        plain("决议草案", jc="center"),
        plain("委员会：联合国大会第三委员会"),
        plain("议题：预防家庭一氧化碳中毒"),
        plain("起草国：蒙古、挪威、土耳其"),
        plain("附议国：哈萨克斯坦、秘鲁、大韩民国、塞尔维亚"),
        P([R("大会", b=True), R("，")]),
        P([R("关切地注意到", u=True), R("每年冬季都有许多家庭因在通风不良的室内使用煤炉、炭火或燃气热水器而发生一氧化碳中毒，"),
           FN("世界卫生组织，《世卫组织室内空气质量指南：家庭燃料燃烧》，2014年。")]),
        P([R("认识到", u=True), R("一氧化碳无色无味，中毒者往往在睡眠中失去知觉，"),
           FN("参见可持续发展目标3及其具体目标3.9。")]),
        led("欢迎", "一些国家推广家用一氧化碳报警器所取得的进展，", style="u"),
        zh_seq(1, "鼓励", "会员国制定家用燃气和取暖设备的安全标准；"),
        zh_seq(2, "促请", "各国政府："),
        P([R("降低一氧化碳报警器的价格，使低收入家庭能够负担；")], num=(1, 0)),
        P([R("在冬季到来之前开展预防一氧化碳中毒的宣传；")], num=(1, 0), sect=True),
        zh_seq(3, "邀请", "世界卫生组织为各国提供中毒急救和诊断方面的技术支持；"),
        zh_seq(4, "请", "秘书长在大会第八十二届会议上报告本决议的执行情况。"),
    ]
    return Draft("zh-r08-clean-seq-fields-footnotes-section-break-in-sub-clauses", "zh", B, n, ea_font="宋体")


DRAFTS = [en_r01, en_r02, en_r03, en_r04, en_r05, zh_r06, zh_r07, zh_r08]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    for d in drafts:
        if d.numbering:
            d.numbering.labels(d.all_paragraphs())
    if "--list" in sys.argv:
        for d in drafts:
            print(f"== {d.name}")
            for k, p in enumerate(d.paragraphs(), 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults + p.box_faults)
                print(f"{k:3} {p.label:>5} {p.text}  {marks}")
                for piece in p.pieces:
                    if isinstance(piece, Box):
                        for q in piece.paras:
                            print(f"    box {q.label:>5} {q.text}  {'; '.join(f'[{f.kind}]' for f in q.faults)}")
            if d.header:
                print("    header: " + " | ".join(p.text for p in d.header if p.text))
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
                  for k, p in enumerate(d.paragraphs(), 1) for f in p.faults + p.box_faults]
        annotations[f"{d.name}.docx"] = {"faults": faults}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index "
                 "(text-box paragraphs not counted: their faults sit on the anchoring paragraph)\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
