"""Build the drafts of the blind set word-blind35 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, layout marks, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The drafts are shaped as PDF-to-Word converters leave a text that a delegate downloaded as PDF (a UN draft, a
conference's sample, last year's booklet), converted (Word's PDF reflow, Acrobat's export, an online converter,
WPS's PDF转Word) and then edited:

* a section break (w:sectPr in the pPr of the page's last paragraph, next page) at the end of every PDF page;
* fonts by their PostScript names on every run ("TimesNewRomanPSMT", "TimesNewRomanPS-ItalicMT",
  subset names "ABCDEE+Calibri", East Asian "SimSun-ExtB", "FZSSK--GBK1-0"), w:kern and character spacing
  (w:spacing) and scaling (w:w) on runs;
* the PDF's line ends kept as w:br inside a paragraph, a word hyphenated at such a line end;
* labels and their text set apart by many spaces, by tabs, or in separate paragraphs (side by side in frames);
* a heading laid out in a borderless table (UN masthead, label cell + value cell);
* every paragraph of a page positioned in a frame (w:framePr anchored to the page);
* a text box (VML) holding the dais's draft number;
* the PDF's running header / footer text (a UN job number, the document symbol, "2/3", "— 1 —") left as body
  paragraphs between clauses, a clause split where the page ended.

Faults are marked with F(kind, note) next to the paragraph that carries them. The paragraph index is the 1-based
index of the `w:p` in the body in document order (table-cell paragraphs included; paragraphs inside a text box are
not counted, a fault there would sit on the anchoring paragraph), counted while building and checked again on the
saved file. python-docx gives the package (its default template, body emptied); every paragraph, run, table, frame
and text box is written with lxml by the helpers below (written for this set; nothing of drafter imported).
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W10_NS = "urn:schemas-microsoft-com:office:word"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NSMAP = {"w": W_NS, "v": V_NS, "o": O_NS, "w10": W10_NS, "r": R_NS}


def el(tag: str, attrs: dict[str, object] | None = None, *children: etree._Element, ns: str = W_NS) -> etree._Element:
    node = etree.Element(f"{{{ns}}}{tag}", nsmap=NSMAP)
    for key, value in (attrs or {}).items():
        node.set(key if key.startswith("{") or ns != W_NS else f"{{{W_NS}}}{key}", str(value))
    for child in children:
        node.append(child)
    return node


def t_el(text: str) -> etree._Element:
    node = el("t")
    node.text = text
    node.set(XML_SPACE, "preserve")
    return node


@dataclass
class F:
    kind: str
    note: str


# ---------------------------------------------------------------- fonts (PostScript names, as converters write them)
TNR, TNR_I, TNR_B = "TimesNewRomanPSMT", "TimesNewRomanPS-ItalicMT", "TimesNewRomanPS-BoldMT"
CAL, CAL_I, CAL_B = "ABCDEE+Calibri", "BCDFEE+Calibri-Italic", "BCDGEE+Calibri-Bold"


@dataclass
class R:
    """A run: text ("\t" = w:tab, "\n" = w:br) and its formatting."""
    text: str
    i: bool = False
    b: bool = False
    u: bool = False
    font: str = TNR
    ea: str | None = None
    sz: int = 24
    kern: int | None = 0
    cs: int | None = None      # w:spacing (twentieths of a point)
    scale: int | None = None   # w:w (per cent)

    def xml(self) -> etree._Element:
        run = el("r")
        rpr = el("rPr")
        fonts = el("rFonts", {"ascii": self.font, "hAnsi": self.font, "cs": self.font})
        if self.ea:
            fonts.set(f"{{{W_NS}}}eastAsia", self.ea)
            fonts.set(f"{{{W_NS}}}hint", "eastAsia")
        rpr.append(fonts)
        if self.b:
            rpr.append(el("b"))
            rpr.append(el("bCs"))
        if self.i:
            rpr.append(el("i"))
            rpr.append(el("iCs"))
        rpr.append(el("color", {"val": "000000"}))
        if self.cs is not None:
            rpr.append(el("spacing", {"val": self.cs}))
        if self.scale is not None:
            rpr.append(el("w", {"val": self.scale}))
        if self.kern is not None:
            rpr.append(el("kern", {"val": self.kern}))
        rpr.append(el("sz", {"val": self.sz}))
        rpr.append(el("szCs", {"val": self.sz}))
        if self.u:
            rpr.append(el("u", {"val": "single"}))
        run.append(rpr)
        for piece in re.split(r"([\t\n])", self.text):
            if piece == "\t":
                run.append(el("tab"))
            elif piece == "\n":
                run.append(el("br"))
            elif piece:
                run.append(t_el(piece))
        return run


@dataclass
class Box:
    """A VML text box at the top right of the page, anchored in its paragraph, holding paragraphs."""
    paras: list[P]

    def xml(self) -> etree._Element:
        shapetype = el("shapetype", {"id": "_x0000_t202", "coordsize": "21600,21600",
                                     "path": "m,l,21600r21600,l21600,xe"}, ns=V_NS)
        shapetype.set(f"{{{O_NS}}}spt", "202")
        shape = el("shape", {"id": "TextBox 7", "type": "#_x0000_t202", "stroked": "t", "filled": "f",
                             "style": "position:absolute;margin-left:380pt;margin-top:40pt;width:110pt;height:24pt;"
                                      "z-index:251661312;mso-position-horizontal-relative:page;"
                                      "mso-position-vertical-relative:page"}, ns=V_NS)
        box = el("textbox", {"inset": "4pt,2pt,4pt,2pt"}, ns=V_NS)
        content = el("txbxContent")
        for p in self.paras:
            content.append(p.xml())
        box.append(content)
        shape.append(box)
        shape.append(el("wrap", {"anchorx": "page", "anchory": "page"}, ns=W10_NS))
        return el("r", None, el("pict", None, shapetype, shape))

    def shown(self) -> str:
        return "[text box: " + " ‖ ".join(p.shown() for p in self.paras) + "]"


PAGE = {"w": 11906, "h": 16838}   # A4, as the converter took it from the PDF
MARGIN = {"top": 1440, "right": 1440, "bottom": 1440, "left": 1440, "header": 709, "footer": 709, "gutter": 0}


def sect_pr(refs: list[etree._Element] | None = None) -> etree._Element:
    node = el("sectPr")
    for ref in refs or []:
        node.append(deepcopy(ref))
    node.append(el("type", {"val": "nextPage"}))
    node.append(el("pgSz", PAGE))
    node.append(el("pgMar", MARGIN))
    node.append(el("cols", {"space": 720}))
    node.append(el("docGrid", {"linePitch": 360}))
    return node


@dataclass
class P:
    pieces: list[R | Box]
    faults: list[F] = field(default_factory=list)
    ind: dict[str, int] | None = None
    after: int = 120
    jc: str | None = None
    frame: dict[str, object] | None = None
    page_end: bool = False          # a section break (next page) ends the PDF page here

    def xml(self, refs: list[etree._Element] | None = None) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.frame:
            ppr.append(el("framePr", self.frame))
        ppr.append(el("widowControl", {"val": 0}))
        ppr.append(el("autoSpaceDE", {"val": 0}))
        ppr.append(el("autoSpaceDN", {"val": 0}))
        ppr.append(el("spacing", {"before": 0, "after": self.after, "line": 240, "lineRule": "auto"}))
        ppr.append(el("ind", self.ind or {"left": 0}))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if self.page_end:
            ppr.append(sect_pr(refs))
        p.append(ppr)
        for piece in self.pieces:
            p.append(piece.xml())
        return p

    def shown(self) -> str:
        return "".join(x.shown() if isinstance(x, Box) else x.text for x in self.pieces)

    def text(self) -> str:
        return "".join(x.text for x in self.pieces if isinstance(x, R))


@dataclass
class Table:
    """A borderless layout table: rows of cells, each cell a list of paragraphs; widths in twips."""
    rows: list[list[list[P]]]
    widths: list[int]

    def xml(self, refs: list[etree._Element] | None = None) -> etree._Element:
        tbl = el("tbl")
        borders = el("tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(el(side, {"val": "nil"}))
        tbl.append(el("tblPr", None, el("tblW", {"w": sum(self.widths), "type": "dxa"}), borders,
                      el("tblLayout", {"type": "fixed"}),
                      el("tblCellMar", None, el("left", {"w": 0, "type": "dxa"}), el("right", {"w": 0, "type": "dxa"}))))
        grid = el("tblGrid")
        for width in self.widths:
            grid.append(el("gridCol", {"w": width}))
        tbl.append(grid)
        for row in self.rows:
            tr = el("tr")
            for width, cell in zip(self.widths, row):
                tc = el("tc", None, el("tcPr", None, el("tcW", {"w": width, "type": "dxa"})))
                for p in cell:
                    tc.append(p.xml(refs))
                tr.append(tc)
            tbl.append(tr)
        return tbl

    def paragraphs(self) -> list[P]:
        return [p for row in self.rows for cell in row for p in cell]


@dataclass
class Draft:
    name: str
    blocks: list[P | Table]
    footer: str | None = None      # text of a real page footer (the converter recognised it), with a PAGE field
    header: str | None = None

    def paragraphs(self) -> list[P]:
        out: list[P] = []
        for block in self.blocks:
            out.extend(block.paragraphs() if isinstance(block, Table) else [block])
        return out


# ---------------------------------------------------------------- builders for the shapes
def frame(y: int, x: int = 1440, width: int = 9026) -> dict[str, object]:
    """Acrobat's "retain page layout": a frame anchored to the page at (x, y) twips."""
    return {"w": width, "hSpace": 0, "wrap": "around", "vAnchor": "page", "hAnchor": "page", "x": x, "y": y}


def lines(text: str, width: int) -> str:
    """The text broken into the PDF's printed lines of at most ``width`` characters (w:br at each line end)."""
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n".join(out)


def zh_lines(text: str, width: int) -> str:
    """Chinese text broken every ``width`` characters, as the PDF's lines ended (inside words); as the typesetter did,
    no line starts with a punctuation mark and no number is broken (the line is one character shorter then)."""
    out, start = [], 0
    while len(text) - start > width:
        end = start + width
        while text[end] in "，。；：、）》”" or (text[end - 1] + text[end]).isascii():
            end -= 1
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return "\n".join(out)


# ================================================================ en-c01: Word's PDF reflow of a UN-format draft
def en_c01() -> Draft:
    name = "en-c01-word-reflow-un-masthead-table-job-number-and-symbol-left-in-text.docx"

    def r(text: str, **kw: object) -> R:
        return R(text, font=TNR_I if kw.get("i") else TNR_B if kw.get("b") else TNR, cs=-2, **kw)  # type: ignore[arg-type]

    def pre(lead: str, rest: str, faults: list[F] | None = None, **kw: object) -> P:
        return P([r(lead, i=True), r(rest)], faults or [], ind={"firstLine": 1247}, **kw)  # type: ignore[arg-type]

    def op(n: int, lead: str, rest: str, faults: list[F] | None = None, **kw: object) -> P:
        return P([r(f"{n}.\t"), r(lead, i=True), r(rest)], faults or [],
                 ind={"left": 1247, "hanging": 0}, **kw)  # type: ignore[arg-type]

    masthead = Table([
        [[P([R("United Nations", b=True, font=TNR_B, sz=28)], after=0)],
         [P([R("A/C.2/80/L.23", font="Arial", sz=36)], jc="right", after=0)]],
        [[P([R("General Assembly", b=True, font=TNR_B, sz=40)], after=0)],
         [P([R("Distr.: Limited")], after=0), P([R("4 November 2025")], after=0),
          P([R("Original: English")], after=240)]],
    ], [5400, 3626])
    blocks: list[P | Table] = [
        masthead,                                                                                   # ¶1–6
        P([r("Eightieth session", b=True)], after=0),                                              # ¶7
        P([r("Second Committee", b=True)], after=0),                                               # ¶8
        P([r("Agenda item 18")], after=0),                                                         # ¶9
        P([r("Sustainable development", b=True)], after=240),                                      # ¶10
        P([r("Bangladesh, Ghana, Greece, Liberia, Panama and Türkiye: draft resolution")], after=240),  # ¶11
        P([r("Safe and environmentally sound recycling of ships", b=True, sz=28)], after=240),    # ¶12
        P([r("The General Assembly", i=True), r(",")], ind={"firstLine": 1247}),                    # ¶13
        pre("Recalling", " the Hong Kong International Convention for the Safe and Environmentally Sound Recycling "
            "of Ships, adopted in 2009, which entered into force on 26 June 2025,"),                # ¶14
        pre("Recog-nizing", " that most ships reaching the end of their operational life are dismantled on tidal "
            "beaches in a small number of countries, where workers face falls, fires, explosions and exposure to "
            "asbestos and heavy metals,",                                                           # ¶15
            [F("misspelt-lead", 'the PDF hyphenated the lead at a line end and the reflow joined the lines keeping '
               'the hyphen: the page shows "Recog-nizing" in mid-line («Recognizing») (UN-B03, MUN-F04)')]),
        pre("Noting", " the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their "
            "Disposal and the technical guidelines adopted under it for the full and partial dismantling of ships;",
            [F("preambular-end-mark", 'the preambular clause ends with "ships;" («ships,») (UN-B05, MUN-F04)')]),  # ¶16
        pre("Concerned", " that ships are often sold for scrapping through cash buyers and re-flagged shortly "
            "before their last voyage, so that the obligations of the flag State are avoided,"),  # ¶17
        P([r("25-18342 (E)", sz=16)], [F("other", 'the PDF\'s page footer, the UN job number "25-18342 (E)" of '
                                              'page 1, left in the text between two preambular clauses by the '
                                              'reflow (not part of a resolution; delete) (UN-B01)')],
          after=0, page_end=True),                                                                 # ¶18
        P([r("A/C.2/80/L.23", b=True, sz=20)], [F("other", 'the running header of page 2, the symbol '
                                                       '"A/C.2/80/L.23", left in the text between two preambular '
                                                       'clauses by the reflow (not part of a resolution; delete) '
                                                       '(UN-B01)')], after=240),                  # ¶19
        pre("Aware", " that the recycling of ships supplies steel and equipment to local economies and provides "
            "employment to tens of thousands of workers, many of whom are migrants without written contracts,"),  # ¶20
        op(1, "Calls upon", " Member States that have not yet done so to consider ratifying or acceding to the Hong "
           "Kong International Convention;"),                                                       # ¶21
        op(2, "Encourages", " flag States, port States and recycling States to cooperate in the exchange of "
           "information on ships destined for recycling, including through the inventory of hazardous materials "
           "carried on board;"),                                                                    # ¶22
        op(3, "Urges", " recycling States to move ship dismantling from open beaches to impermeable floors with "
           "drainage systems that prevent oil, paint chips and bilge water from reaching the sea;"),  # ¶23
        op(4, "Invites", " the International Maritime Organization, the International Labour Organization and the "
           "secretariat of the Basel Convention to develop joint training for inspectors of ship recycling "
           "facilities, so that every inspector is",                                                # ¶24
           [F("operative-end-mark", 'operative clause 4 is split where page 2 ended: "…so that every inspector is" '
              'ends with no mark, the page number and a new page follow and the clause goes on in a paragraph of '
              'its own (one clause, ending «;») (UN-B09, MUN-F05)')]),
        P([r("2/3", sz=18)], [F("other", 'the PDF\'s page number "2/3" left in the text inside operative clause 4 '
                                      'by the reflow (not part of a resolution; delete) (UN-B01)')],
          jc="right", after=0, page_end=True),                                                     # ¶25
        P([r("qualified to assess worker safety as well as environmental protection;")],
          [F("other", 'the rest of operative clause 4, "qualified to assess worker safety as well as environmental '
             'protection;", a paragraph of its own at the top of page 3 with no label or lead (join it to the '
             'clause) (UN-B06, UN-B07)')], ind={"left": 1247}),                                   # ¶26
        op(5, "Requests", " the Secretary-General to include in his report on oceans and the law of the sea a "
           "section on the recycling of ships, with data on the number of ships dismantled in each region;"),  # ¶27
        op(6, "Decides", " to include in the provisional agenda of its eighty-second session, under the item "
           "entitled “Sustainable development”, a sub-item entitled “Safe and environmentally sound recycling of "
           "ships”."),                                                                              # ¶28
    ]
    return Draft(name, blocks)


# ================================================================ en-c02: online converter, lines as w:br, labels + spaces
def en_c02() -> Draft:
    name = "en-c02-online-converter-line-breaks-spaced-labels-label-alone-sponsors-below.docx"

    def r(text: str, **kw: object) -> R:
        return R(text, font=TNR_I if kw.get("i") else TNR_B if kw.get("b") else TNR, kern=16, cs=-1,
                 scale=98, **kw)  # type: ignore[arg-type]

    def pre(lead: str, rest: str, faults: list[F] | None = None, **kw: object) -> P:
        body = lines(lead + rest, 80)[len(lead):]
        return P([r(lead, i=True), r(body)], faults or [], **kw)  # type: ignore[arg-type]

    def op(label: str, lead: str, rest: str, faults: list[F] | None = None, indent: int = 0, **kw: object) -> P:
        body = lines(lead + rest, 70)[len(lead):]
        return P([r(label + " " * (10 - len(label))), r(lead, u=True), r(body)], faults or [],
                 ind={"left": indent}, **kw)  # type: ignore[arg-type]

    def sub(label: str, text: str, **kw: object) -> P:
        return P([r(label + " " * (10 - len(label)) + lines(text, 64))], ind={"left": 720}, **kw)  # type: ignore[arg-type]

    blocks: list[P | Table] = [
        P([r("DRAFT RESOLUTION 2.4", b=True, sz=28)], jc="center", after=240),                  # ¶1
        P([r("Committee:", b=True), r("\t\tUnited Nations Environment Assembly")], after=0),     # ¶2
        P([r("Topic:", b=True), r("\t\t\tConservation and restoration of salt marshes and tidal wetlands")],
          after=0),                                                                              # ¶3
        P([r("Sponsors:", b=True)], after=0),                                                    # ¶4
        P([r("Bangladesh, France, Guinea-Bissau, the Netherlands, Senegal")], after=0),          # ¶5
        P([r("Signatories:", b=True), r("\tArgentina, Australia, Cameroon, Chile, Denmark, Gambia, Mexico, "
                                         "Viet Nam")], after=240),                                 # ¶6
        P([r("The United Nations Environment Assembly,", i=True)]),                               # ¶7
        pre("Recognizing", " that salt marshes store large amounts of carbon in their soils, protect coastlines "
            "from storm surges and serve as nurseries for fish and migratory birds,"),            # ¶8
        pre("Alarmed by", " estimates that between a quarter and a half of the world’s tidal wetlands have been "
            "lost since 1900 to land reclamation, ports, aquaculture ponds and embankments,"),    # ¶9
        pre("Bearing In Mind", " the Convention on Wetlands and the resolutions of its Conference of the Parties "
            "on coastal wetlands, including those on the conservation of intertidal flats,",
            [F("capital-after-lead", 'the lead is typed "Bearing In Mind" with a capital "In" («Bearing in mind») '
               '(MUN-F04: only the first word capitalised)')]),                                   # ¶10
        pre("Noting", " that rising sea levels will drown many marshes that cannot migrate inland because of sea "
            "walls, roads and buildings behind them,", page_end=True),                              # ¶11
        op("1.", "Urges", " Member States to include salt marshes and tidal flats in their nationally determined "
           "contributions and in their national biodiversity strategies and action plans;"),      # ¶12
        P([r("2." + " " * 8), r("Calls upon", u=True),
           r(" coastal States to map the extent and condition of their salt marshes\n"
             "by 2030, using common methods that allow the maps to be com-\npared across borders;")]),                   # ¶13
        op("3.", "Encourages", " the managed realignment of sea defences where the land behind them is of low "
           "value, in order to:", after=60),                                                        # ¶14
        sub("(a)", "allow marshes to move inland as the sea rises;", after=60),                   # ¶15
        sub("(b)", "restore the natural exchange of water and sediment between rivers and the sea;"),  # ¶16
        op("4.", "Recommends", " that restoration projects use native plant species and monitor their results for "
           "at least ten years after planting.",
           [F("operative-end-mark", 'operative clause 4, not the last, ends with "planting." («planting;») '
              '(UN-B09, MUN-F05)')]),                                                              # ¶17
        P([r("5.")], [F("numbering", 'the label "5." stands alone in a paragraph and the text of clause 5 (Requests '
                                     'the United Nations Environment Programme …) starts on the next line as a '
                                     'paragraph of its own («5. Requests …» in one paragraph) (UN-B07, MUN-F05)')],
          after=0),                                                                                # ¶18
        P([r("Requests", u=True), r(" " + lines("the United Nations Environment Programme to publish a global "
                                          "assessment of tidal wetlands every five years, in cooperation with the "
                                          "secretariat of the Convention on Wetlands;", 76))],
          ind={"left": 720}),                                                                      # ¶19
        op("6.", "Further requests", " the Executive Director to report on the implementation of the present "
           "resolution to the Environment Assembly at its eighth session."),                       # ¶20
    ]
    return Draft(name, blocks)


# ================================================================ en-c03: Acrobat "retain page layout", frames
def en_c03() -> Draft:
    name = "en-c03-acrobat-frames-labels-beside-clauses-skipped-sub-label.docx"
    y = [1440]
    line_h = 276

    def r(text: str, **kw: object) -> R:
        return R(text, font=TNR_I if kw.get("i") else TNR_B if kw.get("b") else TNR, cs=-3, **kw)  # type: ignore[arg-type]

    def placed(pieces: list[R], faults: list[F] | None = None, x: int = 1440, width: int = 9026,
               chars: int = 72, gap: int = 1, label: tuple[str, int, list[F]] | None = None) -> list[P]:
        """One framed paragraph at the current height (and its label in a frame of its own beside it)."""
        text = "".join(p.text for p in pieces)
        n = max(1, -(-len(text) // chars))
        out = []
        if label:
            out.append(P([r(label[0])], label[2], after=0, frame=frame(y[0], label[1], 520)))
        out.append(P(pieces, faults or [], after=0, frame=frame(y[0], x, width)))
        y[0] += (n + gap) * line_h
        return out

    def op(n: str, lead: str, rest: str, faults: list[F] | None = None, label_faults: list[F] | None = None,
           x: int = 2000) -> list[P]:
        return placed([r(lead, u=True), r(rest)], faults, x=x, width=10466 - x, chars=64,
                      label=(n, 1440, label_faults or []))

    blocks: list[P | Table] = []
    blocks += placed([r("Committee: World Health Assembly", b=True)], gap=0)                    # ¶1
    blocks += placed([r("Topic: Health of night-shift and rotating-shift workers", b=True)], gap=0)  # ¶2
    blocks += placed([r("Sponsors: Finland, Japan, Republic of Korea, Uruguay", b=True)], gap=0)   # ¶3
    blocks += placed([r("Signatories: Brazil, Canada, Egypt, Estonia, Ghana, India, Morocco, Peru, Spain",
                        b=True)], gap=1)                                                           # ¶4
    blocks += placed([r("The World Health Assembly,", i=True)])                                    # ¶5
    blocks += placed([r("Aware", i=True), r(" that about one in five workers works at night or on rotating shifts, "
                                            "in hospitals, factories, transport, security and cleaning services,")])  # ¶6
    blocks += placed([r("Noting With Concern", i=True),
                      r(" the evidence linking long-term night work with disturbed sleep, metabolic disorders and "
                        "an increased risk of accidents at work,")],
                     [F("capital-after-lead", 'the lead is typed "Noting With Concern" with capitals inside it '
                        '(«Noting with concern») (MUN-F04)')])                                     # ¶7
    blocks += placed([r("Recalling", i=True), r(" the Night Work Convention, 1990 (No. 171), of the International "
                                                "Labour Organization.")],
                     [F("preambular-end-mark", 'the preambular clause ends with "Organization." '
                        '(«Organization,») (UN-B05, MUN-F04)')])                                    # ¶8
    blocks += placed([r("Recognizing", i=True), r(" that shift schedules designed with the participation of workers "
                                                  "reduce fatigue without lowering the services provided,")])  # ¶9
    blocks += op("1.", "Urges", " Member States to limit the number of consecutive night shifts and to guarantee a "
                 "rest period of at least eleven hours between two shifts;")                       # ¶10–11
    blocks += placed([r("Member States should offer free health assessments to night workers before they are "
                        "assigned to night work and at regular intervals afterwards;")],
                     [F("operative-without-verb", 'operative clause 2 opens "Member States should offer …" with no '
                        'operative verb («Invites Member States to offer …») (UN-B06, MUN-F05)')],
                     x=2000, width=8466, chars=64, label=("2.", 1440, []))                         # ¶12–13
    blocks += op("3.", "Encourages", " employers to:")                                             # ¶14–15
    blocks += placed([r("adopt forward-rotating shift patterns, from morning to afternoon to night;")],
                     x=2560, width=7906, chars=58, label=("(a)", 2000, []))                        # ¶16–17
    blocks += placed([r("provide transport home to workers whose shifts end when public transport does not run;")],
                     x=2560, width=7906, chars=58,
                     label=("(c)", 2000, [F("sub-clause-label", 'the second sub-clause of clause 3 is labelled "(c)" '
                                            'after (a) («(b)») (UN-B10, MUN-F06)')]))           # ¶18–19
    blocks += op("4.", "Requests", " the Director-General to prepare technical guidance on the design of shift "
                 "schedules for health workers and to report to the Eighty-first World Health Assembly.")  # ¶20–21
    return Draft(name, blocks)


# ================================================================ en-c04: clean, Acrobat export (flowing), table heading
def en_c04() -> Draft:
    name = "en-c04-clean-acrobat-export-heading-table-subset-fonts-hyphen-at-line-end.docx"

    def r(text: str, **kw: object) -> R:
        kw = {"sz": 22, **kw}
        return R(text, font=CAL_I if kw.get("i") else CAL_B if kw.get("b") else CAL, kern=0, cs=-1,
                 **kw)  # type: ignore[arg-type]

    def pre(lead: str, rest: str, **kw: object) -> P:
        body = lines(lead + rest, 98)[len(lead):]
        return P([r(lead, i=True), r(body)], **kw)  # type: ignore[arg-type]

    def op(label: str, lead: str, rest: str, **kw: object) -> P:
        body = lines(lead + rest, 90)[len(lead):]
        return P([r(label + "     "), r(lead, i=True), r(body)], ind={"left": 0}, **kw)  # type: ignore[arg-type]

    def sub(label: str, text: str, **kw: object) -> P:
        return P([r(label + "     " + text)], ind={"left": 567}, after=60, **kw)  # type: ignore[arg-type]

    def cell(text: str, bold: bool = False) -> list[P]:
        return [P([r(text, b=bold)], after=60)]

    heading = Table([
        [cell("Committee:", True), cell("General Assembly Third Committee")],
        [cell("Topic:", True), cell("Preservation of documentary heritage held in national archives")],
        [cell("Sponsors:", True), cell("Jamaica, Mali, Norway, Philippines")],
        [cell("Signatories:", True), cell("Belize, Benin, Chad, Fiji, Georgia, Iceland, Nepal, Oman, Togo")],
    ], [1900, 7126])
    blocks: list[P | Table] = [
        P([r("DRAFT RESOLUTION 3.1", b=True, sz=26)], jc="center", after=240),                  # ¶1
        heading,                                                                                 # ¶2–9
        P([r("", sz=8)], after=0),                                                               # ¶10 (empty)
        P([r("The General Assembly", i=True), r(",")]),                                          # ¶11
        pre("Recognizing", " that archives keep the records on which citizens rely to prove their identity, their "
            "property and their rights,"),                                                       # ¶12
        pre("Concerned", " that many national archives are housed in buildings exposed to floods, fire, "
            "humidity and pests, and that paper and film records are lost every year,"),        # ¶13
        P([r("Recalling", i=True), r(" the Recommendation concerning the Preservation of, and Access to, Documentary "
                                     "Heritage including in Digital Form, adopted by the General Con-\nference of "
                                     "UNESCO in 2015,")]),                                      # ¶14
        pre("Noting", " that digital copies lose their value when file formats become obsolete and storage media are "
            "not renewed,", page_end=True),                                                     # ¶15
        op("1.", "Encourages", " Member States to assess the risks to which their national archives are exposed "
           "and to prepare plans for the emergency evacuation of records;"),  # ¶16
        op("2.", "Invites", " Member States to store security copies of their most important records in a "
           "second location, preferably in another region of the country;"),   # ¶17
        op("3.", "Calls upon", " donors to support archives in developing countries in:", after=60),  # ¶18
        sub("(a)", "training conservators and archivists;"),                                    # ¶19
        sub("(b)", lines("installing climate control and fire detection in storage rooms;", 90)),  # ¶20
        sub("(c)", lines("digitizing records at risk and migrating existing digital copies to current formats;", 90)),  # ¶21
        op("4.", "Requests", " the United Nations Educational, Scientific and Cultural Organization to keep a "
           "register of archives damaged by disasters and of the assistance offered to them."),                                                         # ¶22
    ]
    return Draft(name, blocks, footer="Page ", header="GA3 · Draft Resolution 3.1")


# ================================================================ zh-c05: WPS PDF转Word, Chinese
def zh_c05() -> Draft:
    name = "zh-c05-wps-pdf-to-word-spaced-heading-labels-page-number-in-text-split-clause.docx"
    SONG, EXTB = "SimSun", "SimSun-ExtB"

    def r(text: str, ea: str = SONG, **kw: object) -> R:
        kw = {"sz": 24, **kw}
        return R(text, font=TNR, ea=ea, kern=2, cs=-6, **kw)  # type: ignore[arg-type]

    def pre(lead: str, rest: str, faults: list[F] | None = None, **kw: object) -> P:
        body = zh_lines(lead + rest, 36)[len(lead):]
        return P([r(lead, u=True), r(body)], faults or [], ind={"firstLine": 480}, **kw)  # type: ignore[arg-type]

    def op(n: str, lead: str, rest: str, faults: list[F] | None = None, ea: str = SONG, **kw: object) -> P:
        body = zh_lines(lead + rest, 33)[len(lead):]
        return P([r(n + "　　"), r(lead, u=True, ea=ea), r(body, ea=ea)], faults or [],
                 ind={"left": 0}, **kw)  # type: ignore[arg-type]

    blocks: list[P | Table] = [
        P([r("决 议 草 案", b=True, sz=32)], jc="center", after=240),                             # ¶1
        P([r("委 员 会：世界卫生大会")], after=0),                                                  # ¶2
        P([r("议　　题：饮水型地方性氟中毒的防治")], after=0),                                      # ¶3
        P([r("起 草 国：孟加拉国、埃塞俄比亚、印度、肯尼亚、坦桑尼亚")], after=0),                  # ¶4
        P([r("附 议 国：阿根廷、厄立特里亚、墨西哥、巴基斯坦、斯里兰卡、泰国")], after=240),        # ¶5
        P([r("世界卫生大会", b=True), r("，")]),                                                    # ¶6
        pre("认识到", "长期饮用含氟量过高的地下水会导致牙齿和骨骼氟中毒，在一些国家影响着数以千万计的农村居民，"),  # ¶7
        pre("注意到", "世界卫生组织《饮用水水质准则》将饮用水中氟化物的准则值定为每升1.5毫克；",
            [F("preambular-end-mark", '序言性条款以"每升1.5毫克；"结尾（应为«，»）(ZH-B02, UN-B05)')]),  # ¶8
        pre("关切地注意到", "在干旱地区，居民往往只能依靠深井取水，而这些井水的含氟量常常远高于准则值,",
            [F("half-width-punctuation-in-chinese", 'the preambular clause ends with a half-width comma: '
               '"远高于准则值," («远高于准则值，») (ZH-P01, ZH-B02)')]),                              # ¶9
        pre("铭记", "《2030年可持续发展议程》目标6关于人人普遍和公平获得安全和负担得起的饮用水的承诺，"),  # ¶10
        op("1.", "敦促", "受影响的会员国对农村水源的含氟量进行普查，并公布普查结果；"),           # ¶11
        op("2.", "鼓励", "各国在高氟地区推广改水降氟措施，包括引入低氟地表水、修建集中供水工程和安装社区除氟设备；",
           ea=EXTB),                                                                             # ¶12
        op("3.", "呼吁", "各国政府和发展伙伴为除氟设备的维护提供长期资金，确保设备在项目结束后仍能为村民提供安全的",
           [F("operative-end-mark", '第3条在PDF换页处被拆开："……仍能为村民提供安全的"没有标点，后面是页码和新的一页，'
              '条款的其余部分成了单独的段落（应为一个条款，以«；»结尾）(ZH-B03, UN-B09)')]),       # ¶13
        P([r("— 1 —", sz=21)], [F("other", 'PDF的页脚页码"— 1 —"被转换留在第3条中间（不属于决议，应删除）'
                                          '(UN-B01) — the page number left in the text')],
          jc="center", after=0, page_end=True),                                                  # ¶14
        P([r("饮用水；")], [F("other", '第3条的其余部分"饮用水；"在第2页顶端成为单独的段落，没有编号和引导词'
                                     '（应并入第3条）(ZH-B03) — the rest of a split clause')]),            # ¶15
        op("4.", "请", "世界卫生组织与联合国儿童基金会合作，制定学校饮用水含氟量监测指南；"),     # ¶16
        op("5.", "请", "总干事向第八十一届世界卫生大会报告本决议的执行情况。"),                  # ¶17
    ]
    return Draft(name, blocks)


# ================================================================ zh-c06: clean, Acrobat export of a Chinese draft
def zh_c06() -> Draft:
    name = "zh-c06-clean-acrobat-heading-table-text-box-number-postscript-fonts.docx"
    FZ = "FZSSK--GBK1-0"

    def r(text: str, **kw: object) -> R:
        kw = {"sz": 24, **kw}
        return R(text, font=TNR, ea=FZ, kern=0, cs=-4, scale=100, **kw)  # type: ignore[arg-type]

    def pre(lead: str, rest: str, **kw: object) -> P:
        body = zh_lines(lead + rest, 35)[len(lead):]
        return P([r(lead, u=True), r(body)], ind={"firstLine": 480}, **kw)  # type: ignore[arg-type]

    def op(n: str, lead: str, rest: str, **kw: object) -> P:
        body = zh_lines(lead + rest, 33)[len(lead):]
        return P([r(n + "\t"), r(lead, u=True), r(body)], ind={"left": 480, "hanging": 480}, **kw)  # type: ignore[arg-type]

    def sub(label: str, text: str, **kw: object) -> P:
        return P([r(label + "\t" + zh_lines(text, 31))], ind={"left": 960, "hanging": 480}, after=60, **kw)  # type: ignore[arg-type]

    def cell(text: str) -> list[P]:
        return [P([r(text)], after=60)]

    number = Box([P([r("草案编号：2.1")], after=0, jc="center")])
    heading = Table([
        [cell("委员会："), cell("联合国大会第二委员会")],
        [cell("议题："), cell("农村地区雷电灾害的防御")],
        [cell("起草国："), cell("巴西、哥伦比亚、马拉维、尼泊尔、乌干达")],
        [cell("附议国："), cell("秘鲁、卢旺达、孟加拉国、印度尼西亚、赞比亚、刚果民主共和国")],
    ], [1600, 7426])
    blocks: list[P | Table] = [
        P([r("决议草案", b=True, sz=32), number], jc="center", after=240),                         # ¶1
        heading,                                                                                 # ¶2–9
        P([r("大会", b=True), r("，")], after=120),                                               # ¶10
        pre("认识到", "雷电每年在世界各地造成数千人死亡，其中多数是在田间劳作或在缺乏防雷设施的简易建筑中躲避雷雨的农村居民，"),  # ¶11
        pre("关切地注意到", "许多农村学校、卫生所和集市没有安装避雷装置，雷雨季节儿童和病人面临的风险尤其高，"),  # ¶12
        pre("回顾", "《2015－2030年仙台减少灾害风险框架》关于减少灾害死亡人数和基础设施损失的目标，"),  # ¶13
        pre("注意到", "雷电监测网络和手机短信预警已在一些国家显著减少了雷击伤亡，", page_end=True),  # ¶14
        op("1.", "鼓励", "会员国将雷电灾害纳入国家减少灾害风险战略，并收集雷击伤亡的统计数据；"),  # ¶15
        op("2.", "促请", "各国为农村学校和卫生所安装符合标准的避雷装置，并定期检查其接地系统；"),  # ¶16
        op("3.", "请", "世界气象组织协助发展中国家：", after=60),                               # ¶17
        sub("(a)", "建立或扩展雷电定位监测网络；"),                                               # ¶18
        sub("(b)", "通过手机短信和社区广播向农民和学校发布雷电预警；"),                           # ¶19
        op("4.", "呼吁", "各国在学校课程中加入雷雨天气自我保护的知识，教导儿童不在空旷田野、孤立大树下或水边停留；"),  # ¶20
        op("5.", "决定", "在第八十二届会议上审议本决议的执行情况。"),                            # ¶21
    ]
    return Draft(name, blocks, footer="第 ", header=None)


DRAFTS = [en_c01, en_c02, en_c03, en_c04, zh_c05, zh_c06]


# ---------------------------------------------------------------- writing
def header_footer_refs(doc: docx.document.Document, draft: Draft) -> list[etree._Element]:
    """Real header / footer parts (what the converter recognised as such), with a PAGE field in the footer."""
    section = doc.sections[0]
    if draft.header:
        section.header.paragraphs[0].text = draft.header
    if draft.footer:
        para = section.footer.paragraphs[0]
        para.text = draft.footer
        if draft.footer.endswith(" "):   # "Page " / "第 " + PAGE field (+ " 页")
            p = para._p
            for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
                run = el("r")
                if kind:
                    run.append(el("fldChar", {"fldCharType": kind}))
                elif text == " PAGE ":
                    node = el("instrText")
                    node.text = text
                    node.set(XML_SPACE, "preserve")
                    run.append(node)
                else:
                    run.append(t_el(text or ""))
                p.append(run)
            if draft.footer.startswith("第"):
                p.append(el("r", None, t_el(" 页")))
    sect = section._sectPr
    return [child for child in sect if etree.QName(child).localname in ("headerReference", "footerReference")]


# the converter's font table: each PostScript name with the family it stands for (w:altName), as Acrobat writes it
ALT_NAMES = {TNR: "Times New Roman", TNR_I: "Times New Roman", TNR_B: "Times New Roman", CAL: "Calibri",
             CAL_I: "Calibri", CAL_B: "Calibri", "SimSun-ExtB": "SimSun", "FZSSK--GBK1-0": "SimSun"}


def add_font_table(path: Path) -> None:
    """Rewrite word/fontTable.xml of the saved package with the PostScript names and their w:altName."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    root = etree.fromstring(parts["word/fontTable.xml"])
    for name, alt in ALT_NAMES.items():
        node = etree.SubElement(root, f"{{{W_NS}}}font")
        node.set(f"{{{W_NS}}}name", name)
        etree.SubElement(node, f"{{{W_NS}}}altName").set(f"{{{W_NS}}}val", alt)
        etree.SubElement(node, f"{{{W_NS}}}family").set(f"{{{W_NS}}}val", "roman" if "Times" in alt else "swiss")
    parts["word/fontTable.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def build(draft: Draft, out_dir: Path) -> list[tuple[int, P]]:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if etree.QName(child).localname != "sectPr":
            body.remove(child)
    refs = header_footer_refs(doc, draft)
    final = body.find(f"{{{W_NS}}}sectPr")
    for child in list(final):
        if etree.QName(child).localname not in ("headerReference", "footerReference"):
            final.remove(child)
    for child in list(sect_pr()):
        final.append(child)
    for block in draft.blocks:
        final.addprevious(block.xml(refs))
    path = out_dir / draft.name
    doc.save(str(path))
    add_font_table(path)
    numbered = list(enumerate(draft.paragraphs(), 1))
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body_el = root.find(f"{{{W_NS}}}body")
    count = sum(1 for p in body_el.iter(f"{{{W_NS}}}p") if not any(
        etree.QName(a).localname == "txbxContent" for a in p.iterancestors()))
    assert count == len(numbered), (draft.name, count, len(numbered))
    return numbered


def check_quotes(name: str, index: int, p: P, fault: F) -> None:
    """Every "…" quote of a note (cut at "…") is in the text the page shows."""
    shown = p.text().replace("\n", " ").replace("\t", " ")
    joined = p.text().replace("\n", "").replace("\t", " ")
    squeezed = re.sub(r" +", " ", shown)
    for quote in re.findall(r'"([^"]+)"', fault.note):
        for part in quote.split("…"):
            part = part.strip()
            if part and part not in shown and part not in joined and part not in squeezed:
                raise SystemExit(f"{name} ¶{index}: quote {part!r} not in the paragraph's text")


def main() -> None:
    args = sys.argv[1:]
    drafts = [make() for make in DRAFTS]
    if args[:1] == ["--list"]:
        for draft in drafts:
            print(f"== {draft.name}")
            for i, p in enumerate(draft.paragraphs(), 1):
                marks = ("frame " if p.frame else "") + ("§ " if p.page_end else "")
                print(f"{i:3} {marks}{p.shown().replace(chr(10), '⏎').replace(chr(9), '→')}")
                for f in p.faults:
                    print(f"      ! {f.kind}: {f.note}")
        return
    if args[:1] == ["--render"]:
        out = Path(args[1])
        out.mkdir(parents=True, exist_ok=True)
        for draft in drafts:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out),
                            str(HERE / draft.name)], check=True, capture_output=True)
            pdf = out / draft.name.replace(".docx", ".pdf")
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / draft.name[:6])], check=True)
        return
    annotations: dict[str, dict[str, list[dict[str, object]]]] = {}
    for draft in drafts:
        numbered = build(draft, HERE)
        faults = []
        for index, p in numbered:
            for fault in p.faults:
                check_quotes(draft.name, index, p, fault)
                faults.append({"paragraph": index, "kind": fault.kind, "note": fault.note})
        annotations[draft.name] = {"faults": faults}
    head = ("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based index of the body's w:p in "
            "document order (table-cell and framed paragraphs counted as any body paragraph; text-box paragraphs "
            "not counted)\n")
    (HERE / "annotations.yaml").write_text(head + yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False,
                                                                 width=120), encoding="utf-8")
    total = sum(len(v["faults"]) for v in annotations.values())
    print(f"{len(drafts)} drafts, {total} faults")


if __name__ == "__main__":
    main()
