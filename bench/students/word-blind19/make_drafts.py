"""Build the drafts of the blind set word-blind19 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, layout marks, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

The drafts are shaped as PDF-to-Word converters leave a draft when a delegate converts the conference's PDF (a
resolution booklet, last year's sample, the committee's working paper) into Word and then edits it:

* pdf2docx: one paragraph per text block of the PDF, the PDF's line ends kept as manual line breaks (w:br) inside
  the paragraph, hyphenated line ends ("ter-" + w:br + "ritory"), typed labels "1." / "(a)" followed by a tab on
  hanging indents with explicit tab stops, spacing and indents written on every paragraph, fonts by name on every
  run, no paragraph styles.
* Word's own PDF reflow of a booklet: the booklet's margin line numbers ("5", "10", …) kept as runs followed by a tab;
  where such a number stood at the start of a continuation line, the reflow began a new paragraph there (a clause
  split in two); the booklet's page footer ("Page 1 of 3") and running header typed into the body between clauses.
* Acrobat's export ("retain page layout"): positioned text in frames (w:framePr anchored to the page): the draft's
  number at the top right, the PDF's page footers at the bottom of each page; a page break before page 2's text.
* Online converters: the heading block in a positioned VML text box (w:pict / v:textbox / w:txbxContent, wrapped
  top-and-bottom) anchored in the title paragraph; runs split at every text span of the PDF, with condensed
  character spacing (w:spacing) and scaling (w:w); or, in "flowing text" mode, every line of the PDF a paragraph
  of its own (a clause split into several paragraphs at the PDF's line ends, one of them inside a hyphenated word).

Faults are marked with F(kind, note) next to the paragraph that carries them. The paragraph index is the 1-based
index of the `w:p` in the body (paragraphs inside a text box are NOT counted; a fault there would sit on the
anchoring paragraph; a framed paragraph is an ordinary body paragraph), counted while building and checked again
on the saved file. python-docx gives the package (its default template); every paragraph and run is written with
lxml by the helpers below, written for this set (no import of drafter, no earlier set's script).
"""

from __future__ import annotations

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
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W10_NS = "urn:schemas-microsoft-com:office:word"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NSMAP = {"w": W_NS, "v": V_NS, "o": O_NS, "w10": W10_NS}


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element, ns: str = W_NS) -> etree._Element:
    node = etree.Element(f"{{{ns}}}{tag}", nsmap=NSMAP)
    for key, value in (attrs or {}).items():
        node.set(key if key.startswith("{") or ns != W_NS else f"{{{ns}}}{key}", str(value))
    for child in children:
        node.append(child)
    return node


def text_el(text: str) -> etree._Element:
    t = el("t")
    t.text = text
    t.set(XML_SPACE, "preserve")
    return t


# ---------------------------------------------------------------- faults
@dataclass
class F:
    kind: str
    note: str


# ---------------------------------------------------------------- runs
@dataclass
class R:
    """A run: text ("\t" = w:tab, "\n" = w:br) and its formatting, fonts by name on the run."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    font: str = "Times New Roman"
    ea: str | None = None
    sz: int = 24
    cspacing: int | None = None   # w:spacing in the run (twentieths of a point; negative = condensed)
    scale: int | None = None      # w:w (per cent)

    def xml(self) -> etree._Element:
        node = el("r")
        rpr = el("rPr")
        fonts = el("rFonts", {"ascii": self.font, "hAnsi": self.font, "cs": self.font})
        if self.ea:
            fonts.set(w("eastAsia"), self.ea)
            fonts.set(w("hint"), "eastAsia")
        rpr.append(fonts)
        if self.b:
            rpr.append(el("b"))
            rpr.append(el("bCs"))
        if self.i:
            rpr.append(el("i"))
            rpr.append(el("iCs"))
        rpr.append(el("color", {"val": "000000"}))
        if self.cspacing is not None:
            rpr.append(el("spacing", {"val": str(self.cspacing)}))
        if self.scale is not None:
            rpr.append(el("w", {"val": str(self.scale)}))
        rpr.append(el("sz", {"val": str(self.sz)}))
        rpr.append(el("szCs", {"val": str(self.sz)}))
        if self.u:
            rpr.append(el("u", {"val": "single"}))
        node.append(rpr)
        buf = ""
        for ch in self.text:
            if ch in "\t\n":
                if buf:
                    node.append(text_el(buf))
                    buf = ""
                node.append(el("tab") if ch == "\t" else el("br"))
            else:
                buf += ch
        if buf:
            node.append(text_el(buf))
        return node

    def shown(self) -> str:
        return self.text.replace("\t", "→").replace("\n", "⏎")


@dataclass
class Box:
    """A VML text box positioned under its anchor paragraph (wrap top and bottom), holding paragraphs."""
    paras: list[P]
    top_pt: int
    height_pt: int

    def xml(self) -> etree._Element:
        shapetype = el("shapetype", {"id": "_x0000_t202", "coordsize": "21600,21600",
                                     "path": "m,l,21600r21600,l21600,xe"}, ns=V_NS)
        shapetype.set(f"{{{O_NS}}}spt", "202")
        shapetype.append(el("stroke", {"joinstyle": "miter"}, ns=V_NS))
        path = el("path", {"gradientshapeok": "t"}, ns=V_NS)
        path.set(f"{{{O_NS}}}connecttype", "rect")
        shapetype.append(path)
        shape = el("shape", {"id": "Text Box 2", "type": "#_x0000_t202", "stroked": "f", "filled": "f",
                             "style": f"position:absolute;margin-left:0;margin-top:{self.top_pt}pt;width:451pt;"
                                      f"height:{self.height_pt}pt;z-index:251659264;"
                                      "mso-position-horizontal-relative:margin;"
                                      "mso-position-vertical-relative:text"}, ns=V_NS)
        shape.set(f"{{{O_NS}}}spid", "_x0000_s1026")
        tb = el("textbox", {"inset": "0,0,0,0"}, ns=V_NS)
        content = el("txbxContent")
        for p in self.paras:
            content.append(p.xml())
        tb.append(content)
        shape.append(tb)
        shape.append(el("wrap", {"type": "topAndBottom"}, ns=W10_NS))
        return el("r", None, el("pict", None, shapetype, shape))

    def shown(self) -> str:
        return "[text box: " + " ‖ ".join(p.text for p in self.paras) + "]"


# ---------------------------------------------------------------- paragraphs
@dataclass
class P:
    pieces: list[R | Box]
    faults: list[F] = field(default_factory=list)
    ind: dict[str, int] | None = None
    spacing: dict[str, str] | None = None
    tabs: list[int] | None = None
    jc: str | None = None
    frame: dict[str, str] | None = None   # w:framePr attributes
    page_break_before: bool = False

    def xml(self) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.page_break_before:
            ppr.append(el("pageBreakBefore"))
        if self.frame:
            ppr.append(el("framePr", self.frame))
        ppr.append(el("widowControl", {"val": "0"}))
        ppr.append(el("autoSpaceDE", {"val": "0"}))
        ppr.append(el("autoSpaceDN", {"val": "0"}))
        if self.tabs:
            tabs = el("tabs")
            for pos in self.tabs:
                tabs.append(el("tab", {"val": "left", "pos": str(pos)}))
            ppr.append(tabs)
        ppr.append(el("spacing", self.spacing or {"before": "0", "after": "0", "line": "240", "lineRule": "auto"}))
        ppr.append(el("ind", {k: str(v) for k, v in (self.ind or {"left": 0}).items()}))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        p.append(ppr)
        for piece in self.pieces:
            p.append(piece.xml())
        return p

    @property
    def text(self) -> str:
        return "".join(piece.shown() for piece in self.pieces)

    @property
    def box_faults(self) -> list[F]:
        return [f for piece in self.pieces if isinstance(piece, Box) for q in piece.paras for f in q.faults]

    def marks(self) -> str:
        out = []
        if self.frame:
            out.append("frame")
        if self.page_break_before:
            out.append("pgbrk")
        return ",".join(out)


@dataclass
class Draft:
    name: str
    lang: str
    paras: list[P]


def body_paragraphs(body: etree._Element) -> list[etree._Element]:
    """The w:p of the body in order, text-box paragraphs left out."""
    return [p for p in body.iter(w("p")) if not any(a.tag == w("txbxContent") for a in p.iterancestors())]


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    # A4, 2.54 cm margins, as the converters set the page from the PDF
    for child in list(sect):
        if child.tag in (w("pgSz"), w("pgMar")):
            sect.remove(child)
    sect.insert(0, el("pgMar", {"top": "1440", "right": "1440", "bottom": "1440", "left": "1440", "header": "720",
                                "footer": "720", "gutter": "0"}))
    sect.insert(0, el("pgSz", {"w": "11906", "h": "16838"}))
    for p in d.paras:
        body.insert(len(body) - 1, p.xml())
    assert len(body_paragraphs(body)) == len(d.paras), (d.name, len(body_paragraphs(body)))
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "delegate"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(body_paragraphs(tree.find(w("body"))))
    assert count == len(d.paras), (d.name, count)
    return path


# ---------------------------------------------------------------- converter shapes
HANG = {"left": 720, "hanging": 720}
HANG_SUB = {"left": 1440, "hanging": 720}


def sp(before: int = 0, after: int = 0, line: int = 240, rule: str = "auto") -> dict[str, str]:
    return {"before": str(before), "after": str(after), "line": str(line), "lineRule": rule}


def runs(text: str, lead: str = "", style: str = "", sz: int = 24, ea: str | None = None,
         font: str = "Times New Roman") -> list[R | Box]:
    """A lead (emphasised as `style`: i, u, b) and the rest of the text, as two runs."""
    out: list[R | Box] = []
    if lead:
        out.append(R(lead, i="i" in style, u="u" in style, b="b" in style, sz=sz, ea=ea, font=font))
    out.append(R(text, sz=sz, ea=ea, font=font))
    return out


# ---------------------------------------------------------------- en-p01: pdf2docx, line ends as w:br, typed labels
def en_p01() -> Draft:
    S = 22  # the booklet's 11 pt

    def pre(lead: str, rest: str, faults: list[F] | None = None) -> P:
        return P(runs(rest, lead, "i", S), faults or [], ind={"left": 0, "firstLine": 0}, spacing=sp(120, 0, 253, "exact"))

    def op(label: str, lead: str, rest: str, faults: list[F] | None = None) -> P:
        return P([R(label + "\t", sz=S)] + runs(rest, lead, "u", S), faults or [], ind=HANG, tabs=[720],
                 spacing=sp(120, 0, 253, "exact"))

    def sub(label: str, rest: str, faults: list[F] | None = None) -> P:
        return P([R(label + "\t", sz=S), R(rest, sz=S)], faults or [], ind=HANG_SUB, tabs=[1440],
                 spacing=sp(60, 0, 253, "exact"))

    def head(label: str, rest: str) -> P:
        return P([R(label, b=True, sz=S), R(rest, sz=S)], ind={"left": 0}, spacing=sp(0, 0, 253, "exact"))

    B = [
        head("Committee: ", "United Nations Environment Assembly"),
        head("Topic: ", "Preventing the failure of mine tailings dams"),
        head("Sponsors: ", "Brazil, Chile, Zambia"),
        head("Signatories: ", "Canada, Ghana, Mongolia, Peru, Sweden"),
        P([R("The United Nations Environment Assembly", i=True, sz=S), R(",", sz=S)], spacing=sp(240, 0, 253, "exact")),
        pre("Recalling", " the Global Industry Standard on Tailings Management, published in 2020 by\n"
            "the mining industry together with the United Nations Environment Programme,"),
        pre("Alarmed", " that the collapse of a tailings dam can bury villages, rivers and farmland\n"
            "under millions of cubic metres of mud within minutes,"),
        pre("Recognizes", " that many tailings dams were built decades ago and are watched by no-\n"
            "body, as the companies that built them have closed or been sold,",
            [F("wrong-lead-form", '"Recognizes" - an operative verb form opening a preambular clause («Recognizing») '
               '(UN-B03, MUN-F04)')]),
        pre("Noting", " that satellite radar can detect the slow movement of a dam wall months before\n"
            "the wall fails,"),
        op("1.", "Urges", " Member States to keep a public register of every tailings dam on their ter-\n"
           "ritory, giving its height, its volume and the villages that lie downstream of it;"),
        op("2.", "Calls upon", " mining companies to:"),
        sub("(a)", "carry out an independent review of the safety of each dam at least once\n"
            "every five years;"),
        sub("(b)", "prepare emergency plans together with the communities living below each dam",
            [F("operative-end-mark", 'sub-clause (b), the last of clause 2, ends with no mark: it carries the '
               "clause's own end mark «;» (UN-B09, UN-B11, MUN-F06)")]),
        op("3.", "Encourages", " States to use satellite radar to watch the walls of dams that are at\n"
           "risk and to warn the people who live downstream in time;"),
        op("5.", "Invites", " the United Nations Environment Programme to help countries to train in-\n"
           "spectors of tailings dams;",
           [F("numbering", 'clause number skipped: "5." follows clause 3 («4.»; the next clause «5.», not 6.) '
              "(UN-B07, MUN-F05)")]),
        op("6.", "Requests", " the Executive Director to report on the progress made at the next session\n"
           "of the Assembly."),
    ]
    return Draft("en-p01-pdf2docx-line-breaks-hyphens-typed-tab-labels", "en", B)


# ---------------------------------------------------------------- en-p02: Word's reflow of a booklet, line numbers
def en_p02() -> Draft:
    WSP = sp(0, 160, 259)   # Word's own spacing, written on every paragraph

    def line_no(n: str) -> R:
        return R(n + "\t", sz=20, font="Arial")

    def pre(lead: str, rest: str, faults: list[F] | None = None, number: str = "") -> P:
        pieces: list[R | Box] = ([line_no(number)] if number else []) + runs(rest, lead, "i")
        return P(pieces, faults or [], ind={"left": 720, "hanging": 720 if number else 0}, tabs=[720], spacing=WSP)

    def op(label: str, lead: str, rest: str, faults: list[F] | None = None, number: str = "") -> P:
        pieces: list[R | Box] = ([line_no(number)] if number else [R("\t")]) + [R(label + "\t")] + runs(rest, lead, "u")
        return P(pieces, faults or [], ind={"left": 1440, "hanging": 1440}, tabs=[720, 1440], spacing=WSP)

    def plain(text: str, faults: list[F] | None = None, number: str = "", hang: int = 720, **kw) -> P:
        pieces: list[R | Box] = ([line_no(number)] if number else []) + ([R("\t")] if number and hang > 720 else [])
        pieces.append(R(text))
        return P(pieces, faults or [], ind={"left": hang, "hanging": hang if number else 0}, tabs=[720, 1440],
                 spacing=WSP, **kw)

    B = [
        plain("Committee: Assembly of the International Civil Aviation Organization"),
        plain("Topic: Reducing collisions between aircraft and birds"),
        plain("Sponsors: Kenya, Netherlands, Singapore"),
        plain("Signatories: Egypt, Fiji, Israel, Norway, Uruguay"),
        P([R("The Assembly of the International Civil Aviation Organization", i=True), R(",")],
          ind={"left": 720}, spacing=WSP),
        pre("Recalling", " Annex 14 to the Convention on International Civil Aviation, which asks the operators of "
            "airports to reduce the danger from wildlife on and near their grounds,"),
        pre("Alarmed", " that collisions with birds damage thousands of aircraft every year and have forced many "
            "crews to turn back and land soon after take-off,",
            number="5"),
        pre("Noting", " that landfills, fish farms and wetlands close to airports attract large flocks of gulls and",
            [F("preambular-end-mark", 'the clause is broken where the booklet\'s line number 10 stood: "…large '
               'flocks of gulls and" ends with no mark and the clause goes on in the next paragraph (one clause, '
               'ending «,») (UN-B05, MUN-F04)')]),
        plain("geese, and that their numbers rise sharply in the seasons of migration,",
              [F("other", 'the rest of the broken clause, "geese, and that their numbers rise …", a paragraph of its '
                 'own with no lead phrase (the line number "10" stands in the margin before it; join it to the '
                 'paragraph above) (UN-B03, MUN-F04)')], number="10"),
        pre("Aware", " that radar built to detect birds can warn air traffic controllers of flocks crossing the "
            "runways,"),
        op("1.", "Urges", " Member States to keep new landfills and other sites that attract birds away from "
           "airports;"),
        op("2.", "Encourages", " airport operators to record every collision with a bird and to send the reports "
           "to the Organization;", number="15"),
        plain("Page 1 of 3",
              [F("other", 'the booklet\'s page footer "Page 1 of 3" left in the text between clauses 2 and 3 by the '
                 'reflow (not part of a resolution; delete) (UN-B01)')], jc="center", hang=0),
        plain("Riverside Model United Nations 2025 \u00b7 Resolution Booklet \u00b7 ICAO Assembly",
              [F("other", 'the booklet\'s running header of page 2, "Riverside Model United Nations 2025 · Resolution '
                 'Booklet · ICAO Assembly", left in the text between clauses 2 and 3 (not part of a resolution; '
                 'delete) (UN-B01)')], jc="center", hang=0),
        op("3.", "Calls upon", " States to train the staff of airports in the use of falcons, dogs, lasers and "
           "other humane ways of driving birds away",
           [F("operative-end-mark", 'operative clause 3 (not the last) ends with no mark («;») (UN-B09, MUN-F05)')]),
        op("4.", "Recommends", " that airports keep the grass beside their runways at a height that gulls and geese "
           "avoid;"),
        op("5.", "Invites", " the makers of aircraft engines to test their engines against larger birds;"),
        op("6.", "Requests", " the Secretary General to report to the Assembly at its next session on the progress "
           "made in",
           [F("operative-end-mark", 'the last clause is broken where the booklet\'s line number 20 stood: "…on the '
              'progress made in" ends with no mark and the clause goes on in the next paragraph (one clause, ending '
              '«.») (UN-B09, MUN-F05)')]),
        plain("reducing collisions between aircraft and birds.",
              [F("other", 'the rest of the broken last clause, "reducing collisions between aircraft and birds.", a '
                 'paragraph of its own with no label and no lead (the line number "20" stands in the margin before '
                 'it; join it to clause 6) (UN-B07, MUN-F05)')], number="20", hang=1440),
        plain("Page 2 of 3",
              [F("other", 'the booklet\'s page footer "Page 2 of 3" left in the text after the last clause (not part '
                 'of a resolution; delete) (UN-B01)')], jc="center", hang=0),
    ]
    return Draft("en-p02-word-reflow-booklet-line-numbers-page-footer-in-text", "en", B)


# ---------------------------------------------------------------- en-p03: Acrobat export, frames, page break
def en_p03() -> Draft:
    A = sp(0, 0, 276, "exact")

    def frame_at(x: int, y: int, width: int) -> dict[str, str]:
        return {"w": str(width), "hSpace": "180", "wrap": "around", "vAnchor": "page", "hAnchor": "page",
                "x": str(x), "y": str(y)}

    def pre(lead: str, rest: str, faults: list[F] | None = None) -> P:
        return P(runs(rest, lead, "i"), faults or [], ind={"left": 0, "right": 6}, spacing=sp(120, 0, 276, "exact"))

    def op(label: str, lead: str, rest: str, faults: list[F] | None = None, **kw) -> P:
        return P([R(label + "\t")] + runs(rest, lead, "u"), faults or [], ind={"left": 720, "hanging": 720},
                 tabs=[720], spacing=sp(120, 0, 276, "exact"), **kw)

    def sub(label: str, rest: str) -> P:
        return P([R(label + "\t"), R(rest)], ind={"left": 1440, "hanging": 720}, tabs=[1440],
                 spacing=sp(60, 0, 276, "exact"))

    def line(text: str, bold_label: str = "", **kw) -> P:
        pieces: list[R | Box] = ([R(bold_label, b=True)] if bold_label else []) + [R(text)]
        return P(pieces, ind={"left": 0}, spacing=A, **kw)

    B = [
        line("Draft Resolution 4.1", frame=frame_at(8100, 700, 2400), jc="right"),
        line("Economic and Social Council", "Committee: "),
        line("Safety of workers in grain silos and storage bins", "Topic: "),
        line("Argentina, Kazakhstan, Ukraine", "Sponsors: "),
        line("Australia, Canada, France, India, Romania", "Signatories: "),
        P([R("The Economic and Social Council", i=True), R(",")], spacing=sp(240, 0, 276, "exact")),
        pre("Deeply concerned", " that workers who enter grain silos can be buried within seconds when a crust of "
            "grain collapses beneath them,"),
        pre("Noting", " that dust from grain can explode when it meets a spark inside a closed storage building",
            [F("preambular-end-mark", 'preambular clause ends with no mark («,») (UN-B05, MUN-F04)')]),
        pre("Aware", " that many deaths in silos happen on small fam-ily farms where no labour inspector ever "
            "visits,"),
        pre("Welcoming", " the guidance of the International Labour Organization on safety and health in "
            "agriculture,"),
        line("Page 1 of 2", frame=frame_at(1440, 15900, 9026), jc="center"),
        op("1.", "Urges", " Member States to forbid anyone to enter a silo while grain is being drawn out of it;"),
        op("2.", "Calls upon", " employers to provide:", page_break_before=True),
        sub("a)", "harnesses and lifelines for every worker who enters a storage bin;"),
        sub("b)", "detectors that measure dust and gases before anyone goes inside;"),
        op("3.", "Encouraging", " agricultural colleges to teach silo safety to young farmers;",
           [F("wrong-lead-form", '"Encouraging" - a participle opening an operative clause; operative clauses open '
              'with a verb in the present tense («Encourages») (UN-B06, MUN-F05)')]),
        line("Page 2 of 2", frame=frame_at(1440, 15900, 9026), jc="center"),
        op("4.", "Requests", " the Secretary-General to report on the progress made at the next session of the "
           "Council."),
    ]
    return Draft("en-p03-acrobat-export-frames-page-footers-page-break", "en", B)


# ---------------------------------------------------------------- en-p04: clean, online converter, text-box heading
def en_p04() -> Draft:
    def spans(text: str, lead: str = "", style: str = "") -> list[R | Box]:
        """Runs split at the PDF's text spans (every few words), condensed by a twip or two, scaled 99 %."""
        out: list[R | Box] = []
        if lead:
            out.append(R(lead, i="i" in style, u="u" in style, cspacing=-2, scale=99))
        words = text.split(" ")
        chunk: list[str] = []
        for k, word in enumerate(words):
            chunk.append(word)
            if len(chunk) == 4 or k == len(words) - 1:
                out.append(R(" ".join(chunk) + ("" if k == len(words) - 1 else " "), cspacing=-2 if k % 8 else -1,
                             scale=99))
                chunk = []
        return out

    S = sp(0, 120, 240)

    def pre(lead: str, rest: str) -> P:
        return P(spans(rest, lead, "i"), ind={"left": 0, "firstLine": 0}, spacing=S)

    def op(label: str, lead: str, rest: str) -> P:
        return P([R(label + "\t", scale=99)] + spans(rest, lead, "u"), ind={"left": 720, "hanging": 720},
                 tabs=[720], spacing=S)

    def sub(label: str, rest: str) -> P:
        return P([R(label + "\t", scale=99)] + spans(rest), ind={"left": 1440, "hanging": 720}, tabs=[1440],
                 spacing=S)

    heading = [P([R("Committee: ", b=True), R("World Health Assembly")], spacing=sp(0, 0, 240)),
               P([R("Topic: ", b=True), R("Eliminating human African trypanosomiasis (sleeping sickness)")],
                 spacing=sp(0, 0, 240)),
               P([R("Sponsors: ", b=True), R("Angola, Chad, Uganda")], spacing=sp(0, 0, 240)),
               P([R("Signatories: ", b=True), R("Belgium, Côte d\u2019Ivoire, Guinea, Malawi, Spain")],
                 spacing=sp(0, 0, 240))]
    B = [
        P([R("DRAFT RESOLUTION 1.2", b=True), Box(heading, 22, 64)], jc="center", spacing=sp(0, 120, 240)),
        P([R("The World Health Assembly", i=True), R(",")], spacing=S),
        pre("Recalling", " its resolution WHA56.7 on the Pan African Tsetse and Trypanosomiasis Eradication "
            "Campaign,"),
        pre("Noting with satisfaction", " that the number of reported cases of sleeping sickness has fallen to "
            "fewer than one thousand a year,"),
        pre("Concerned", " that the disease persists in remote areas where few clinics are able to test for it,"),
        pre("Aware", " that a treatment taken as tablets now allows patients to be cured without a stay in "
            "hospital,"),
        op("1.", "Urges", " Member States where the disease occurs to:"),
        sub("(a)", "test the people of villages at risk with mobile teams;"),
        sub("(b)", "place insecticide-treated targets along the rivers where tsetse flies feed;"),
        op("2.", "Encourages", " partners to keep funding the medicines until the disease is eliminated;"),
        op("3.", "Invites", " research institutions to develop simpler tests that can be used without a "
           "laboratory;"),
        op("4.", "Requests", " the Director-General to report to the Health Assembly on the progress made towards "
           "elimination."),
    ]
    return Draft("en-p04-clean-online-converter-text-box-heading-split-runs", "en", B)


# ---------------------------------------------------------------- en-p05: online converter, every PDF line a paragraph
def en_p05() -> Draft:
    L = sp(0, 0, 240)       # lines of one PDF paragraph: no space between
    G = sp(120, 0, 240)     # the gap the PDF left before a new clause

    def pre(lead: str, rest: str, faults: list[F] | None = None) -> P:
        return P(runs(rest, lead, "i"), faults or [], ind={"left": 0}, spacing=G)

    def op(label: str, lead: str, rest: str, faults: list[F] | None = None) -> P:
        return P([R(label + "\t")] + runs(rest, lead, "u"), faults or [], ind={"left": 720, "hanging": 720},
                 tabs=[720], spacing=G)

    def sub(label: str, rest: str, faults: list[F] | None = None) -> P:
        return P([R(label + "\t"), R(rest)], faults or [], ind={"left": 1440, "hanging": 720}, tabs=[1440],
                 spacing=sp(60, 0, 240))

    def cont(text: str, faults: list[F], left: int) -> P:
        return P([R(text)], faults, ind={"left": left}, spacing=L)

    def rest_note(what: str, join: str, label: bool) -> F:
        return F("other", f'the rest of {what}, "{join}", on a paragraph of its own with no '
                 f'{"label or " if label else ""}lead (the PDF\'s line end; join it to the paragraph above) '
                 f'({"UN-B07, MUN-F05" if label else "UN-B03, MUN-F04"})')

    B = [
        P([R("Committee: General Assembly Second Committee")], spacing=L),
        P([R("Topic: Inspection and maintenance of ageing road bridges")], spacing=L),
        P([R("Sponsors: Italy, Japan, Mozambique")], spacing=L),
        P([R("Signatories: Bolivia, Greece, Malaysia, Poland, Tunisia")], spacing=L),
        P([R("The General Assembly", i=True), R(",")], spacing=sp(240, 0, 240)),
        pre("Recalling", " its resolution 70/1, in which Member States committed themselves to developing quality, "
            "reliable,",
            [F("preambular-end-mark", 'the clause is broken at the PDF\'s line end after "quality, reliable,": the '
               'line is a paragraph of its own and the clause goes on in the next one (one clause, ending «,») '
               '(UN-B05, MUN-F04)')]),
        cont("sustainable and resilient infrastructure,", [rest_note("the clause", "sustainable and resilient "
                                                                     "infrastructure,", False)], 0),
        pre("Concerned", " that many road bridges built in the second half of the twentieth century are reaching "
            "the end of the life for which they were designed,"),
        pre("Noting", " that several bridges have collapsed in recent years after warning signs such as cracks and "
            "rust went",
            [F("preambular-end-mark", 'the clause is broken at the PDF\'s line end after "cracks and rust went": its '
               'first part ends with no mark (one clause, ending «,») (UN-B05, MUN-F04)')]),
        cont("unreported,", [rest_note("the clause", "unreported,", False)], 0),
        pre("Aware", " that sensors fixed to a bridge can measure its movement and warn engineers of damage between "
            "inspections,"),
        op("1.", "Calls upon", " Member States to inspect every road bridge at intervals set by law and to publish "
           "the re-",
           [F("operative-end-mark", 'operative clause 1 is broken inside the hyphenated word "re-" at the PDF\'s '
              'line end: its first part ends with no mark (join «results»; the clause ends «;») (UN-B09, MUN-F05)')]),
        cont("sults;", [rest_note("clause 1", "sults;", True)], 720),
        op("2.", "Encourages", " national road agencies to:"),
        sub("3.", "keep a register of all bridges with the date and the result of the last inspection;",
            [F("sub-clause-label", 'the first sub-clause of clause 2 numbered "3." like a clause; the items under '
               'clause 2 are lettered («(a)», as its next item (b)) (UN-B10, MUN-F06)')]),
        sub("(b)", "close bridges found to be unsafe, or limit the weight allowed on them, until they are "
            "repaired;"),
        op("3.", "Recommends", " that engineers be trained to use drones and sensors for the inspection of "
           "bridges;"),
        op("4.", "Invites", " the regional development banks to fund the repair of bridges on the main trade "
           "routes;"),
        op("5.", "Requests", " the Secretary-General to report to the General Assembly at its eighty-second session "
           "on the",
           [F("operative-end-mark", 'the last clause is broken at the PDF\'s line end after "session on the": its '
              'first part ends with no mark (one clause, ending «.») (UN-B09, MUN-F05)')]),
        cont("implementation of the present resolution.",
             [rest_note("the last clause", "implementation of the present resolution.", True)], 720),
    ]
    return Draft("en-p05-online-converter-lines-as-paragraphs-sub-clause-numbered", "en", B)


# ---------------------------------------------------------------- Chinese
ZH_FONT = "SimSun"


def zr(text: str, **kw) -> R:
    return R(text, ea=ZH_FONT, **kw)


def zh_p06() -> Draft:
    WSP = sp(0, 160, 259)

    def pre(lead: str, rest: str, faults: list[F] | None = None) -> P:
        return P([zr(lead, u=True), zr(rest)], faults or [], ind={"firstLine": 480}, spacing=WSP)

    def op(label: str, lead: str, rest: str, faults: list[F] | None = None) -> P:
        return P([zr(label + "\t"), zr(lead, u=True), zr(rest)], faults or [], ind={"left": 480, "hanging": 480},
                 tabs=[480], spacing=WSP)

    def plain(text: str, faults: list[F] | None = None, **kw) -> P:
        return P([zr(text)], faults or [], spacing=WSP, **kw)

    B = [
        plain("决议草案 2.3", jc="center"),
        plain("委员会：国际海事组织大会"),
        plain("议题：内河与湖泊渡船的安全"),
        plain("起草国：孟加拉国、菲律宾、坦桑尼亚联合共和国"),
        plain("附议国：埃及、印度尼西亚、马拉维、秘鲁、越南"),
        P([zr("国际海事组织大会", b=True), zr("，")], spacing=WSP),
        pre("回顾", "《国际海上人命安全公约》以及本组织关于客船安全的各项决议，"),
        pre("深感关切", "的是，每年有数千人在内河与湖泊的渡船事故中丧生，其中许多事故是由于",
            [F("preambular-end-mark", 'the preambular paragraph is broken at the PDF\'s line end: "…其中许多事故是由于" ends with '
               'no mark and the sentence goes on in the next paragraph (one paragraph, ending «，») (UN-B05, ZH-B02)')]),
        plain("超载和恶劣天气造成的，",
              [F("other", 'the rest of the broken preambular paragraph, "超载和恶劣天气造成的，", a paragraph of its own with '
                 'no lead (join it to the paragraph above) (UN-B03, ZH-B02)')]),
        pre("注意到", "许多渡船没有足够的救生衣，乘客名单也往往不完整，"),
        plain("第1页 共2页",
              [F("other", 'the booklet\'s page footer "第1页 共2页" left in the text between two preambular paragraphs by '
                 'the reflow (not part of a resolution; delete) (UN-B01)')],
              jc="center"),
        plain("2025年滨江模拟联合国大会 · 决议汇编 · 国际海事组织大会",
              [F("other", 'the booklet\'s running header of page 2, "2025年滨江模拟联合国大会 · 决议汇编 · 国际海事组织大会", '
                 'left in the text between two preambular paragraphs (not part of a resolution; delete) (UN-B01)')], jc="center"),
        pre("认识到", "准确的天气预报和对船员的培训能够大大减少事故，"),
        op("1.", "敦促", "各会员国为每条渡船规定最大载客量，并在码头公开张贴；"),
        op("2.", "呼吁", "渡船经营者为每位乘客配备救生衣，并在开船前清点乘客人数；"),
        op("4.", "鼓励", "各国气象部门及时向渡口发布大风和暴雨预警；",
           [F("numbering", 'clause number skipped: "4." follows clause 2 («3.»; the next clauses «4.» «5.») (UN-B07, ZH-B03)')]),
        op("5.", "邀请", "各区域组织交流渡船安全检查的经验",
           [F("operative-end-mark", 'operative paragraph "5." (not the last) ends with no mark («；») (UN-B09, ZH-B03)')]),
        op("6.", "请", "国际海事组织秘书长协助各国培训渡船船员和码头管理人员，并在大会下届会议上报告本决议的",
           [F("operative-end-mark", 'the last operative paragraph is broken at the PDF\'s line end: "…报告本决议的" ends with '
              'no mark and the sentence goes on in the next paragraph (one paragraph, ending «。») (UN-B09, ZH-B03)')]),
        P([zr("执行情况。")],
          [F("other", 'the rest of the broken last operative paragraph, "执行情况。", a paragraph of its own with no '
             'number and no lead (join it to the paragraph above) (UN-B07, ZH-B03)')], ind={"left": 480}, spacing=WSP),
        plain("第2页 共2页",
              [F("other", 'the booklet\'s page footer "第2页 共2页" left in the text after the last operative paragraph (not '
                 'part of a resolution; delete) (UN-B01)')],
              jc="center"),
    ]
    return Draft("zh-p06-word-reflow-booklet-split-lines-page-header-footer", "zh", B)


def zh_p07() -> Draft:
    S = sp(60, 0, 320, "exact")

    def pre(lead: str, rest: str) -> P:
        return P([zr(lead, u=True), zr(rest)], ind={"left": 0, "firstLine": 480}, spacing=S)

    def op(label: str, lead: str, rest: str) -> P:
        return P([zr(label + "\t"), zr(lead, u=True), zr(rest)], ind={"left": 480, "hanging": 480}, tabs=[480],
                 spacing=S)

    def sub(label: str, rest: str) -> P:
        return P([zr(label + "\t"), zr(rest)], ind={"left": 960, "hanging": 480}, tabs=[960], spacing=S)

    def plain(text: str, **kw) -> P:
        return P([zr(text)], spacing=S, **kw)

    B = [
        plain("决议草案", jc="center"),
        plain("委员会：联合国粮食及农业组织大会"),
        plain("议题：减少冰雹对农业造成的损害"),
        plain("起草国：阿根廷、格鲁吉亚、肯尼亚"),
        plain("附议国：奥地利、智利、蒙古、南非、瑞士"),
        P([zr("粮食及农业组织大会", b=True), zr("，")], spacing=sp(240, 0, 320, "exact")),
        pre("注意到", "冰雹可在几分钟之内毁掉农民一整季的收成，并损坏温室、果园、\n农机和牲畜，"),
        pre("关切地注意到", "许多小农户没有任何作物保险，一旦遭受冰雹灾害便很难在下一季\n恢复生产，"),
        pre("认识到", "防雹网和及时的天气预警能够显著减少冰雹给农民造成的经济\n损失，"),
        op("1.", "鼓励", "各会员国扶持农民在果园和菜地安装防雹网；"),
        op("2.", "促请", "各国气象部门："),
        sub("(a)", "在冰雹多发的季节每天发布冰雹预警；"),
        sub("(b)", "通过手机短信把预警及时发送给农民；"),
        op("3.", "请", "粮农组织协助各国为小农户设计价格合理、理赔简便的作物保险，\n并帮助农民了解投保的办法；"),
        op("4.", "请", "总干事在下届会议上报告本决议的执行情况。"),
    ]
    return Draft("zh-p07-clean-pdf2docx-line-breaks-typed-labels", "zh", B)


DRAFTS = [en_p01, en_p02, en_p03, en_p04, en_p05, zh_p06, zh_p07]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            print(f"== {d.name}")
            for k, p in enumerate(d.paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults + p.box_faults)
                print(f"{k:3} {p.marks():>11} {p.text}  {marks}")
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
                  for k, p in enumerate(d.paras, 1) for f in p.faults + p.box_faults]
        annotations[f"{d.name}.docx"] = {"faults": faults}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index "
                 "(framed paragraphs counted as any body paragraph; text-box paragraphs not counted: their faults "
                 "would sit on the anchoring paragraph)\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
