"""Build the drafts of the blind set word-blind13 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, Word's label (All Markup / Final), text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

Drafts as a team co-writes them in Word Online / Word for Mac and hands them in without cleaning up: tracked
insertions and deletions left unaccepted, a whole clause deleted with tracking on, co-authors' comments anchored on
clauses, clauses numbered through the Heading 2 style (a multilevel list linked to headings), "Set Numbering Value"
after a table, legal-style sub-numbers, line numbering, a two-column heading block, highlighting left from review,
a hidden paragraph.

python-docx gives the package (its default template) and the comments part (`Document.add_comment`); every other
piece of WordprocessingML (numbering.xml, the Heading 2 / Heading 3 restyling, runs with w:ins / w:del / w:vanish /
w:highlight, deleted paragraph marks, section properties with w:cols and w:lnNumType, tables) is written with lxml
by the helpers below, written for this set (no import of drafter; the layout R / P / Lvl / Numbering / Draft and the
F(kind, note) marks follow ../word-blind7/make_drafts.py). Faults are marked with F(kind, note) next to the paragraph
that carries them; the paragraph index is the 1-based index of the `w:p` in the body (table-cell paragraphs, empty,
hidden and tracked-deleted paragraphs included), counted after building and checked again on the saved file.

Reading annotated (see README.md): the text the draft says once its tracked changes are accepted (a chair reading
Word's default "All Markup" view reads struck text as gone and coloured insertions as part of the draft); comments,
line numbers, columns and the markup itself are no faults; hidden text is not on the page.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2027-03-11T09:30:00Z"
_ids = iter(range(100, 100000))


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    node = etree.Element(w(tag))
    for key, value in (attrs or {}).items():
        node.set(w(key), str(value))
    for child in children:
        node.append(child)
    return node


def change(tag: str, author: str) -> etree._Element:
    return el(tag, {"id": str(next(_ids)), "author": author, "date": DATE})


# ---------------------------------------------------------------- faults
@dataclass
class F:
    kind: str
    note: str


# ---------------------------------------------------------------- runs
@dataclass
class R:
    """A run: its text and formatting; `chg` "ins" / "del" wraps it in a tracked insertion / deletion."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    hl: str | None = None        # w:highlight colour
    vanish: bool = False         # hidden text
    ea: str | None = None        # East Asian font of the run
    chg: str | None = None       # "ins" or "del"
    by: str = "Co-author"        # author of the tracked change

    def xml(self) -> etree._Element:
        node = el("r")
        rpr = el("rPr")
        if self.ea:
            rpr.append(el("rFonts", {"eastAsia": self.ea, "hint": "eastAsia"}))
        if self.b:
            rpr.append(el("b"))
        if self.i:
            rpr.append(el("i"))
        if self.vanish:
            rpr.append(el("vanish"))
        if self.hl:
            rpr.append(el("highlight", {"val": self.hl}))
        if self.u:
            rpr.append(el("u", {"val": "single"}))
        if len(rpr):
            node.append(rpr)
        t = el("delText" if self.chg == "del" else "t")
        t.text = self.text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        node.append(t)
        if self.chg:
            wrap = change(self.chg, self.by)
            wrap.append(node)
            return wrap
        return node

    def shown(self) -> str:
        t = self.text
        if self.hl:
            t = f"=={t}=="
        if self.vanish:
            t = f"{{hidden:{t}}}"
        if self.chg == "ins":
            t = f"++{t}++"
        if self.chg == "del":
            t = f"~~{t}~~"
        return t


def ins(text: str, by: str = "Co-author", **kw) -> R:
    return R(text, chg="ins", by=by, **kw)


def dele(text: str, by: str = "Co-author", **kw) -> R:
    return R(text, chg="del", by=by, **kw)


# ---------------------------------------------------------------- paragraphs
@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None     # (numId, ilvl) given directly
    jc: str | None = None
    mark_del: str | None = None            # author who deleted the paragraph mark (whole paragraph deleted)
    mark_vanish: bool = False              # the paragraph mark hidden too
    sect: etree._Element | None = None     # a section break ending in this paragraph (w:sectPr in w:pPr)
    comment: tuple[str, str] | None = None  # (author, text) anchored on the paragraph's first to last plain run

    def xml(self) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if self.mark_del or self.mark_vanish:
            rpr = el("rPr")
            if self.mark_del:
                rpr.append(change("del", self.mark_del))
            if self.mark_vanish:
                rpr.append(el("vanish"))
            ppr.append(rpr)
        if self.sect is not None:
            ppr.append(self.sect)
        if len(ppr):
            p.append(ppr)
        for r in self.runs:
            p.append(r.xml())
        return p

    @property
    def text(self) -> str:
        return "".join(r.shown() for r in self.runs)

    @property
    def deleted(self) -> bool:
        """Gone once the tracked changes are accepted (mark deleted and every run deleted)."""
        return bool(self.mark_del) and all(r.chg == "del" for r in self.runs)


@dataclass
class Table:
    rows: list[list[P]]   # one paragraph per cell

    def xml(self) -> etree._Element:
        tbl = el("tbl")
        tblpr = el("tblPr", None, el("tblStyle", {"val": "TableGrid"}), el("tblW", {"w": "0", "type": "auto"}),
                   el("tblInd", {"w": "1080", "type": "dxa"}))
        borders = el("tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(el(side, {"val": "single", "sz": "4", "space": "0", "color": "auto"}))
        tblpr.append(borders)
        tbl.append(tblpr)
        ncols = max(len(r) for r in self.rows)
        grid = el("tblGrid")
        for _ in range(ncols):
            grid.append(el("gridCol", {"w": str(7600 // ncols)}))
        tbl.append(grid)
        for row in self.rows:
            tr = el("tr")
            for cell in row:
                tc = el("tc", None, el("tcPr", None, el("tcW", {"w": str(7600 // ncols), "type": "dxa"})))
                tc.append(cell.xml())
                tr.append(tc)
            tbl.append(tr)
        return tbl


def section(cols: int, kind: str | None = None, line_numbers: bool = False) -> etree._Element:
    """A w:sectPr (A4, 1-inch margins) with `cols` columns; kind "continuous" for a section that starts on the page
    of the one before; line_numbers adds w:lnNumType (every line, continuous through the document)."""
    s = el("sectPr")
    if kind:
        s.append(el("type", {"val": kind}))
    s.append(el("pgSz", {"w": "11906", "h": "16838"}))
    s.append(el("pgMar", {"top": "1440", "right": "1440", "bottom": "1440", "left": "1440", "header": "708",
                          "footer": "708", "gutter": "0"}))
    if line_numbers:
        s.append(el("lnNumType", {"countBy": "1", "distance": "360", "restart": "continuous"}))
    s.append(el("cols", {"num": str(cols), "space": "720"}))
    s.append(el("docGrid", {"linePitch": "360"}))
    return s


# ---------------------------------------------------------------- numbering
@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter
    text: str         # lvlText
    left: int
    hanging: int = 360
    start: int = 1
    pstyle: str | None = None
    lgl: bool = False

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.pstyle:
            node.append(el("pStyle", {"val": self.pstyle}))
        if self.lgl:
            node.append(el("isLgl"))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        return node


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstractId, startOverrides)

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            a = el("abstractNum", {"abstractNumId": str(aid)})
            a.append(el("multiLevelType", {"val": "multilevel"}))
            for i, lvl in enumerate(levels):
                a.append(lvl.xml(i))
            root.append(a)
        for nid, (aid, overrides) in self.nums.items():
            n = el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)}))
            for ilvl, start in overrides.items():
                n.append(el("lvlOverride", {"ilvl": str(ilvl)}, el("startOverride", {"val": str(start)})))
            root.append(n)

    def labels(self, paras: list[tuple[int, P]], styles_num: dict[str, tuple[int, int]], final: bool) -> dict[int, str]:
        """The label Word shows on each numbered paragraph: one counter set per abstractNum, a startOverride applies
        at the first paragraph of its w:num, a level restarts after a higher level, w:isLgl shows decimal.
        final=True: tracked-deleted paragraphs left out (Word's "No Markup" / Final); False: counted (All Markup)."""
        counters: dict[int, list[int | None]] = {}
        used: set[int] = set()
        out: dict[int, str] = {}
        for index, p in paras:
            if final and p.deleted:
                continue
            num = p.num or (styles_num.get(p.style) if p.style else None)
            if not num:
                continue
            nid, ilvl = num
            aid, overrides = self.nums[nid]
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [None] * 9)
            if nid not in used and overrides:
                for lv, start in overrides.items():
                    cnt[lv] = start - 1
            used.add(nid)
            cnt[ilvl] = (cnt[ilvl] if cnt[ilvl] is not None else levels[ilvl].start - 1) + 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = None
            lvl = levels[ilvl]
            text = lvl.text
            for lv in range(ilvl + 1):
                value = cnt[lv] if cnt[lv] is not None else levels[lv].start
                letter = levels[lv].fmt == "lowerLetter" and not lvl.lgl
                text = text.replace(f"%{lv + 1}", chr(ord("a") + value - 1) if letter else str(value))
            out[index] = text
        return out


# ---------------------------------------------------------------- drafts
@dataclass
class Draft:
    name: str
    lang: str
    blocks: list[P | Table]
    numbering: Numbering | None = None
    ea_font: str | None = None
    latin_font: str = "Times New Roman"
    size: int = 24
    headings_num: dict[str, tuple[int, int]] = field(default_factory=dict)   # style id -> (numId, ilvl)
    body_sect: etree._Element | None = None      # the final w:sectPr (default: one column, no line numbers)

    def paragraphs(self) -> list[P]:
        out: list[P] = []
        for block in self.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    out.extend(row)
            else:
                out.append(block)
        return out


def restyle_heading(doc: docx.document.Document, name: str, d: Draft, num: tuple[int, int] | None) -> None:
    """Heading 2 / Heading 3 made to look like body text (Times New Roman 12, not bold, black), numbered through
    the style's w:numPr (the list's level carries w:pStyle back to the style: a list linked to headings)."""
    st = doc.styles[name].element
    ppr = st.find(w("pPr"))
    for child in list(ppr):
        if child.tag in (w("spacing"), w("outlineLvl")):
            continue
        ppr.remove(child)
    if num:
        ppr.insert(0, el("numPr", None, el("ilvl", {"val": str(num[1])}), el("numId", {"val": str(num[0])})))
    sp = ppr.find(w("spacing"))
    sp.set(w("before"), "0")
    sp.set(w("after"), "120")
    rpr = st.find(w("rPr"))
    for child in list(rpr):
        rpr.remove(child)
    fonts = el("rFonts", {"ascii": d.latin_font, "hAnsi": d.latin_font, "cs": d.latin_font})
    if d.ea_font:
        fonts.set(w("eastAsia"), d.ea_font)
    rpr.append(fonts)
    rpr.append(el("b", {"val": "0"}))
    rpr.append(el("bCs", {"val": "0"}))
    rpr.append(el("color", {"val": "000000"}))
    rpr.append(el("sz", {"val": str(d.size)}))
    rpr.append(el("szCs", {"val": str(d.size)}))


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
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
    rpr.append(el("lang", {"val": "en-US", "eastAsia": "zh-CN" if d.lang == "zh" else "en-US", "bidi": "ar-SA"}))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "120", "line": "240", "lineRule": "auto"}))
    for sid, name in (("Heading2", "Heading 2"), ("Heading3", "Heading 3")):
        if sid in d.headings_num:
            restyle_heading(doc, name, d, d.headings_num[sid])
    if d.numbering:
        d.numbering.xml(doc.part.numbering_part.element)
    for block in d.blocks:
        body.append(block.xml())
    body.append(d.body_sect if d.body_sect is not None else section(1))
    # count the body paragraphs in document order
    nodes = list(body.iter(w("p")))
    paras = d.paragraphs()
    assert len(nodes) == len(paras), (d.name, len(nodes), len(paras))
    # comments: anchored from the first to the last run that is a direct child of the paragraph
    for node, p in zip(nodes, paras):
        if p.comment:
            para = Paragraph(node, doc._body)
            runs = [Run(r, para) for r in node.findall(w("r"))]
            assert runs, (d.name, "a comment needs a plain run to anchor on")
            c = doc.add_comment(runs, text=p.comment[1], author=p.comment[0], initials=p.comment[0][:2].upper())
            c._comment_elm.set(w("date"), DATE)
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "Delegation"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(paras), (d.name, count)
    return path


# ---------------------------------------------------------------- helpers for the texts
def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def pre(lead: str, rest: str | list[R], faults: list[F] | None = None, **kw) -> P:
    """A preambular clause: italic lead, then the rest (a string or runs)."""
    runs = [R(lead, i=True)] + ([R(rest)] if isinstance(rest, str) else rest)
    return P(runs, faults or [], **kw)


def op(lead: str, rest: str | list[R], faults: list[F] | None = None, u: bool = True, **kw) -> P:
    """An operative clause or sub-clause: underlined lead (none if lead is ""), then the rest."""
    runs = ([R(lead, u=u)] if lead else []) + ([R(rest)] if isinstance(rest, str) else rest)
    return P(runs, faults or [], **kw)


def organ(text: str = "The General Assembly") -> P:
    return P([R(text, i=True), R(",")])


def zorgan(text: str = "大会") -> P:
    return P([R(text, b=True), R("，")])


def decimal_list(sub_text: str = "(%2)", sub_fmt: str = "lowerLetter", lgl: bool = False) -> Numbering:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 720), Lvl(sub_fmt, sub_text, 1440, lgl=lgl)]
    n.nums[1] = (1, {})
    return n


def heading_list(start_override: int | None = None) -> Numbering:
    """A multilevel list linked to headings: level 1 Heading 1 "%1.", level 2 Heading 2 "%2." (the clause number
    alone), level 3 Heading 3 "(%3)"; numId 2 is "Set Numbering Value" (a startOverride on the Heading 2 level)."""
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 360, pstyle="Heading1"),
                      Lvl("decimal", "%2.", 720, pstyle="Heading2"),
                      Lvl("lowerLetter", "(%3)", 1440, pstyle="Heading3")]
    n.nums[1] = (1, {})
    if start_override:
        n.nums[2] = (1, {1: start_override})
    return n


def number_clauses(blocks: list[P | Table], first: int) -> None:
    """Put every non-empty paragraph from blocks[first] on that has no style or number into the clause list."""
    for p in blocks[first:]:
        if isinstance(p, P) and p.num is None and p.style is None and p.runs and any(r.text for r in p.runs):
            p.num = (1, 0)


# ---------------------------------------------------------------- en-q01
def en_q01() -> Draft:
    """Ferries: tracked changes inside clauses, comments, the last clause deleted with tracking on."""
    B: list[P | Table] = [
        plain("Committee: General Assembly Second Committee"),
        plain("Topic: Safety of passenger ferries on rivers, lakes and coastal routes"),
        plain("Sponsors: Bangladesh, Philippines, United Republic of Tanzania"),
        plain("Signatories: Cameroon, Haiti, Indonesia, Myanmar, Senegal"),
        organ(),
        pre("Deeply concerned", " that overloaded and unseaworthy ferries cause hundreds of deaths every year, many "
            "of them during festivals and school holidays,"),
        pre("Noting", [R(" that most of these vessels operate on domestic routes that the International Convention "
                        "for the Safety of Life at Sea does not cover"), dele(",", by="Philippines"),
                       ins(";", by="Philippines")],
            [F("preambular-end-mark", 'preambular clause ends with ";" once the tracked change is accepted (the '
               '"," struck, ";" inserted) instead of «,» (UN-B05, MUN-F04)')]),
        pre("Recognizing", [R(" the work of the International Maritime Organization on "), ins("the safety of ",
                                                                                               by="Bangladesh"),
                            R("domestic ferries and the model regulations it has drafted for them,")]),
        pre("Aware", " that passengers often board without tickets, so that no list of those on board exists when a "
            "vessel sinks,"),
        op("Encourages", " Member States to set and enforce a maximum number of passengers for every licensed ferry "
           "and to paint it on the hull where passengers can read it;",
           comment=("Haiti", "Can we say 'painted at the gangway' instead? Hulls are repainted every year.")),
        op("Calls upon", [R(" port authorities to "), dele("require", by="Bangladesh"), ins("introduce",
                                                                                         by="Bangladesh"),
                          R(" passenger lists and ticket sales at every terminal, including on holidays;")]),
        op("Requests", " the International Maritime Organization to offer technical assistance to national "
           "maritime administrations that ask for help in inspecting small ferries;"),
        op("Invites", [R(" Member States to equip every ferry with life jackets for all passengers and crew"),
                       ins(", children's sizes included", by="Philippines"), R(";")],
           [F("operative-end-mark", 'clause 4 is the last operative clause once the tracked deletion of clause 5 '
              'is accepted, and it ends with ";" instead of «.» (UN-B09, MUN-F05)')],
           comment=("Bangladesh", "I deleted clause 5 (\"remains seized\" is Security Council language).")),
        P([dele("Decides", by="Bangladesh", u=True),
           dele(" to remain seized of the matter.", by="Bangladesh")], mark_del="Bangladesh"),
        plain(""),
    ]
    number_clauses(B, 9)
    return Draft("en-q01-ferries-tracked-changes-last-clause-deleted-comments", "en", B, decimal_list())


# ---------------------------------------------------------------- en-q02
def en_q02() -> Draft:
    """Wildfires: clauses in Heading 2 numbered through the style, a table, "Set Numbering Value" 5, and a clause
    before the table deleted with tracking on: All Markup 1 2 3 4 | 5 6, Final 1 2 3 | 5 6."""
    H2, H3 = "Heading2", "Heading3"
    B: list[P | Table] = [
        plain("Committee: General Assembly Second Committee"),
        plain("Topic: Protecting rural communities from wildfires"),
        plain("Sponsors: Australia, Bolivia (Plurinational State of), Greece"),
        plain("Signatories: Canada, Chile, Kazakhstan, Portugal, Türkiye"),
        organ(),
        pre("Alarmed", " that wildfires now burn for longer seasons and reach villages that had never been threatened "
            "by fire before,"),
        pre("Noting", " that most rural fire brigades are staffed by volunteers who train in their free time and "
            "often lack protective clothing,"),
        pre("Convinced", " that fires are best fought before they start, by clearing dry vegetation and planning "
            "escape routes,"),
        op("Urges", " Member States to prepare a wildfire plan for every village in areas at risk, including:",
           style=H2),
        op("", "the routes by which residents leave the village and the places where they gather;", style=H3),
        op("", "the way in which residents who cannot leave on their own are helped;", style=H3),
        op("Encourages", " local authorities to clear dry vegetation around houses, schools and roads before the "
           "start of every fire season;", style=H2),
        P([dele("Recommends", by="Greece", u=True),
           dele(" that volunteer firefighters receive the same protective clothing as professional crews;",
                by="Greece")],
          style=H2, mark_del="Greece"),
        op("Invites", " Member States to strengthen their volunteer fire brigades in stages, following the timetable "
           "below:", style=H2, comment=("Greece", "Protective clothing is now stage 1 of the table, so I deleted "
                                        "the clause above.")),
        Table([[plain("Stage"), plain("Measure"), plain("Target year")],
               [plain("1"), plain("Protective clothing for every volunteer firefighter"), plain("2029")],
               [plain("2"), plain("Radio equipment linking brigades to the nearest fire station"), plain("2030")],
               [plain("3"), plain("Yearly training with professional crews"), plain("2031")]]),
        op("Requests", " the Food and Agriculture Organization of the United Nations to collect data on the area "
           "burned and the damage caused by wildfires each year;", style=H2, num=(2, 1),
           faults=[F("numbering", 'once the tracked deletion of clause 3 is accepted, the clause before the table '
                     'is "3." and the clause after it keeps the value fixed with Set Numbering Value, "5." («4.»): '
                     'the operative clauses are not numbered consecutively (UN-B07, MUN-F05)')]),
        op("Decides", " to include in the provisional agenda of its eighty-third session an item entitled "
           "\u201cWildfires and rural communities\u201d.", style=H2, num=(2, 1)),
    ]
    return Draft("en-q02-wildfires-heading2-table-set-value-after-deleted-clause", "en", B,
                 heading_list(start_override=5), headings_num={"Heading2": (1, 1), "Heading3": (1, 2)})


# ---------------------------------------------------------------- en-q03
def en_q03() -> Draft:
    """Glass: sub-clauses of a list with legal-style numbering ("2.1"), line numbering, a highlight."""
    L = (1, 0)
    S = (1, 1)
    B: list[P | Table] = [
        plain("Committee: United Nations Environment Assembly"),
        plain("Topic: Collection and recycling of glass packaging"),
        plain("Sponsors: Chile, Slovenia, Sri Lanka"),
        plain("Signatories: Belgium, Costa Rica, Jordan, Mauritius, Paraguay, Tunisia"),
        organ("The United Nations Environment Assembly"),
        pre("Concerned", " that most glass bottles and jars in developing countries are thrown away after one use, "
            "although glass can be melted and made again without any loss of quality,"),
        pre("Recognizing", " that refillable bottles and deposit systems have long been used for beer, milk and "
            "soft drinks in many countries,"),
        pre("Noting", " that collected glass mixed with ceramics and stones cannot be melted in the furnaces of "
            "bottle makers,"),
        op("Encourages", " Member States to introduce deposit systems for glass bottles and to keep the existing "
           "ones;", num=L),
        op("Calls upon", " municipalities to:", num=L),
        op("", "collect glass separately from other waste, sorted by colour where possible;", num=S,
           faults=[F("sub-clause-label", 'sub-clause numbered "2.1" (Word\'s legal-style numbering on the '
                     'sub-clause level); sub-clauses are lettered «(a)» (UN-B10, MUN-F06)')]),
        op("", "place bottle banks at markets, schools and shopping centres;", num=S,
           faults=[F("sub-clause-label", 'sub-clause numbered "2.2" (legal-style numbering); expected «(b)» '
                     '(UN-B10, MUN-F06)')]),
        op("Invites", [R(" beverage producers to use standard bottles that can be refilled by any producer, "),
                       R("in particular for water and soft drinks", hl="yellow"),
                       R(", so that bottles can circulate between companies;")], num=L,
           faults=[F("emphasis", 'the words "in particular for water and soft drinks" are highlighted (yellow) in the '
                     'running text of the clause; only the lead is set off (UN-B17, MUN-F03)')]),
        op("Requests", " the United Nations Environment Programme to:", num=L),
        op("", "support small glassworks in developing countries in using recycled glass;", num=S,
           faults=[F("sub-clause-label", 'sub-clause numbered "4.1" (legal-style numbering); expected «(a)» '
                     '(UN-B10, MUN-F06)')]),
        op("", "report to the Assembly at its next session on the rates of glass recycling in each region.",
           num=S,
           faults=[F("sub-clause-label", 'sub-clause numbered "4.2" (legal-style numbering); expected «(b)» '
                     '(UN-B10, MUN-F06)')]),
    ]
    return Draft("en-q03-glass-recycling-legal-style-sub-numbers-line-numbers-highlight", "en", B,
                 decimal_list(sub_text="%1.%2", sub_fmt="lowerLetter", lgl=True),
                 body_sect=section(1, line_numbers=True))


# ---------------------------------------------------------------- en-q04
def en_q04() -> Draft:
    """Mountain rescue: the heading block in two columns (continuous section break in its last line), line
    numbering through the document, comments on clauses."""
    B: list[P | Table] = [
        plain("Committee: General Assembly Third Committee"),
        plain("Topic: Search and rescue in mountain areas"),
        plain("Sponsors: Nepal, Peru, Switzerland",
              [F("heading-field-missing", 'the heading gives committee, topic and sponsors but no «Signatories:» '
                 'line (MUN-H01)')],
              sect=section(2, line_numbers=True)),
        organ(),
        pre("Noting", " that the number of visitors to high mountain areas has grown quickly, while the rescue "
            "services of many mountain countries rely on volunteers,"),
        pre("Concerned", " that rescuers often cannot reach injured people before nightfall because helicopters "
            "cannot fly above certain altitudes or in bad weather."
            , [F("preambular-end-mark", 'preambular clause ends with "." instead of «,» (UN-B05, MUN-F04)')],
            comment=("Peru", "Source for the altitude limit? Otherwise drop 'above certain altitudes'.")),
        pre("Recognizing", " the skills of local guides and porters, who are often the first to reach an accident,"),
        op("Encourages", " Member States to train and equip local mountain guides as first responders;"),
        op("Recommends", " that mountain countries share weather, avalanche and route information with rescue "
           "services in neighbouring countries,",
           [F("operative-end-mark", 'operative clause 2 ends with "," instead of «;» (UN-B09, MUN-F05)')]),
        op("Calls upon", " tour operators to register the routes and return dates of the groups they send into high "
           "mountain areas;", comment=("Switzerland", "Registration exists in NP already - ask Nepal for wording.")),
        op("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
           "eighty-third session."),
    ]
    number_clauses(B, 7)
    return Draft("en-q04-mountain-rescue-two-column-heading-line-numbers-comments", "en", B, decimal_list(),
                 body_sect=section(1, kind="continuous", line_numbers=True))


# ---------------------------------------------------------------- en-q05
def en_q05() -> Draft:
    """Public toilets: a whole preambular clause hidden (w:vanish on its runs and its mark), highlights left from
    review, a tracked insertion."""
    B: list[P | Table] = [
        plain("Committee: Economic and Social Council"),
        plain("Topic: Access to public toilets in cities"),
        plain("Sponsors: India, Kenya, Netherlands"),
        plain("Signatories: Brazil, Cambodia, Ethiopia, Nigeria, Viet Nam"),
        organ("The Economic and Social Council"),
        pre("Recalling", " the human rights to safe drinking water and sanitation,"),
        pre("Noting", " that market traders, street vendors, drivers and homeless people often have no toilet they "
            "can use during the day,"),
        P([R("Noting further", i=True, vanish=True),
           R(" that half of the public toilets in large cities are closed at night;", vanish=True)],
          mark_vanish=True),
        pre("Deeply Concerned", " that the lack of toilets keeps women and girls from working, trading and "
            "travelling in the city,",
            [F("capital-after-lead", '"Deeply Concerned" - capitalised word inside the lead phrase («Deeply '
               'concerned») (MUN-F02)')]),
        op("Encourages", [R(" city authorities to build and maintain public toilets "),
                          R("at markets, bus stations and parks", hl="yellow"), R(", open day and night;")],
           faults=[F("emphasis", 'the words "at markets, bus stations and parks" are highlighted (yellow) in the '
                     'running text of the clause; only the lead is set off (UN-B17, MUN-F03)')]),
        op("Recommends", " that public toilets be free of charge or charge a fee that the poorest users can "
           "afford;"),
        op("Urges", [R(" Member States to design public toilets that are safe for women and girls, accessible to "
                       "persons with disabilities"), ins(" and lit at night", by="Kenya"), R(",")],
           [F("operative-end-mark", 'operative clause 3 ends with "," instead of «;» (UN-B09, MUN-F05)')]),
        op("Invites", [R(" development banks to fund "), R("sewer connections", hl="green"),
                       R(" for public toilets in informal settlements;")],
           faults=[F("emphasis", 'the words "sewer connections" are highlighted (green) in the running text of the '
                     'clause (UN-B17, MUN-F03)')]),
        op("Decides", " to consider the question again at its management segment of 2029."),
    ]
    number_clauses(B, 9)
    return Draft("en-q05-public-toilets-hidden-preambular-clause-highlights", "en", B, decimal_list())


# ---------------------------------------------------------------- en-q06 (clean)
def en_q06() -> Draft:
    """Clean: tracked changes inside clauses, a middle clause deleted with tracking on (All Markup 1-5, Final 1-4,
    consecutive either way), comments, line numbering."""
    B: list[P | Table] = [
        plain("Committee: Food and Agriculture Organization Council"),
        plain("Topic: Neglected and underutilized crops"),
        plain("Sponsors: Burkina Faso, Ecuador, Papua New Guinea"),
        plain("Signatories: Bolivia (Plurinational State of), Lao People's Democratic Republic, Mali, Peru"),
        organ("The Council of the Food and Agriculture Organization"),
        pre("Recognizing", " that a small number of crops supplies most of the calories eaten in the world,"),
        pre("Noting", [R(" that millet, fonio, quinoa, taro and many other orphan crops "),
                       dele("can ", by="Mali"), ins("often ", by="Mali"),
                       R("grow on poor soils and in dry years,")]),
        pre("Concerned", " that the seeds of many of these crops are kept only by farmers, in small quantities,"),
        op("Encourages", " Member States to include orphan crops in their national research and extension "
           "programmes;", comment=("Peru", "Add 'and school meals'? We can live without it.")),
        op("Invites", [R(" farmers' organizations to set up community seed libraries"),
                       ins(" and seed fairs", by="Ecuador"), R(";")],
           comment=("Mali", "The next clause repeats clause 4 (gene banks), I deleted it.")),
        P([dele("Calls upon", by="Mali", u=True),
           dele(" donors to fund the storage of orphan crop seeds in national gene banks;", by="Mali")],
          num=(1, 0), mark_del="Mali"),
        op("Requests", " the Food and Agriculture Organization to support the storage of orphan crop seeds in "
           "national and regional gene banks;"),
        op("Decides", " to review the progress made at its next regular session."),
    ]
    number_clauses(B, 8)
    return Draft("en-q06-clean-orphan-crops-tracked-changes-deleted-middle-clause", "en", B, decimal_list(),
                 body_sect=section(1, line_numbers=True))


# ---------------------------------------------------------------- en-q07 (clean)
def en_q07() -> Draft:
    """Clean: two-column heading block, clauses in Heading 2 numbered through the style, a table after clause 4 and
    "Set Numbering Value" 5 on the clause after it (right)."""
    H2 = "Heading2"
    B: list[P | Table] = [
        plain("Committee: International Maritime Organization Council"),
        plain("Topic: The future of historic lighthouses"),
        plain("Sponsors: Greece, Norway, Uruguay"),
        plain("Signatories: Chile, Croatia, Ireland, Portugal, Sri Lanka, Tunisia",
              sect=section(2)),
        organ("The Council of the International Maritime Organization"),
        pre("Noting", " that satellite navigation has made many lighthouses unnecessary for shipping,"),
        pre("Aware", " that lighthouses are part of the maritime heritage of coastal communities and that many "
            "of them are falling into disrepair,"),
        op("Encourages", " Member States to keep lighthouses that still serve shipping in working order;", style=H2),
        op("Invites", " coastal communities to find new uses for lighthouses that are no longer needed, such as "
           "museums, weather stations or guest houses;", style=H2),
        op("Recommends", " that historic lighthouses be listed as protected buildings under national law;",
           style=H2),
        op("Requests", " Member States to survey their lighthouses by the dates set out below:", style=H2),
        Table([[plain("Lighthouses"), plain("Survey completed by")],
               [plain("still in service"), plain("2029")],
               [plain("out of service"), plain("2031")]]),
        op("Calls upon", " maritime administrations to share plans and records of their lighthouses with "
           "heritage bodies;", style=H2, num=(2, 1)),
        op("Decides", " to keep the matter under review.", style=H2, num=(2, 1)),
    ]
    return Draft("en-q07-clean-lighthouses-two-column-heading-heading2-set-value-after-table", "en", B,
                 heading_list(start_override=5), headings_num={"Heading2": (1, 1)},
                 body_sect=section(1, kind="continuous"))


# ---------------------------------------------------------------- zh-q08
def zh_q08() -> Draft:
    """城市噪声: tracked changes, a middle clause deleted with tracking on (its number shows in All Markup), comments."""
    B: list[P | Table] = [
        plain("决议草案", jc="center"),
        plain("委员会：联合国人类住区规划署执行局"),
        plain("议题：城市噪声污染"),
        plain("起草国：德国、墨西哥、越南"),
        plain("附议国：埃及、菲律宾、哥伦比亚、肯尼亚、西班牙"),
        zorgan("执行局"),
        op("注意到", "交通、建筑工地和娱乐场所产生的噪声已成为许多城市居民健康的主要威胁之一，"),
        op("关切地注意到", [R("长期暴露于夜间噪声会导致睡眠障碍"), ins("、心血管疾病", by="墨西哥"),
                       R("和儿童学习能力下降；")],
           [F("preambular-end-mark", '序言性条款以 "；" 结尾；应为 «，» (UN-B05, ZH-B02)')]),
        op("认识到", "城市规划是减少噪声的最有效手段之一，"),
        op("鼓励", "各会员国制定城市噪声地图，并每五年更新一次；", num=(1, 0),
           comment=("越南", "五年是否太长？可以改为三年。")),
        op("建议", [R("各城市在学校、医院和住宅区周围设立安静区"), ins(",并限制夜间施工", by="德国"), R("；")],
           num=(1, 0), comment=("德国", "下一条“要求”语气太强，已删去。"),
           faults=[F("half-width-punctuation-in-chinese", '插入的文字以半角逗号开头（"区,并限制"）；应为全角 «，» '
                     '(ZH-P01)')]),
        P([dele("要求", by="德国", u=True), dele("各会员国禁止在夜间使用鸣笛；", by="德国")], num=(1, 0),
          mark_del="德国"),
        op("请", "各会员国在公共交通中推广低噪声车辆和低噪声路面；", num=(1, 0)),
        op("请", [R("联合国人类住区规划署在下届会议上报告本决议的执行情况"), dele("。", by="墨西哥"), ins("；", by="墨西哥")],
           num=(1, 0),
           faults=[F("operative-end-mark", '最后一个执行性条款在接受修订后以 "；" 结尾（"。" 被删除，插入 "；"）；应为 «。» '
                     '(UN-B09, ZH-B03)')]),
    ]
    return Draft("zh-q08-urban-noise-tracked-changes-deleted-middle-clause-comments", "zh", B,
                 decimal_list(sub_text="（%2）"), ea_font="宋体")


# ---------------------------------------------------------------- zh-q09
def zh_q09() -> Draft:
    """食盐加碘: legal-style sub-numbers "2.1", highlight, a hidden preambular paragraph, line numbering."""
    L = (1, 0)
    S = (1, 1)
    B: list[P | Table] = [
        plain("决议草案", jc="center"),
        plain("委员会：世界卫生大会"),
        plain("议题：食盐加碘与碘缺乏病的防治"),
        plain("起草国：孟加拉国、秘鲁、坦桑尼亚联合共和国"),
        plain("附议国：厄瓜多尔、加纳、蒙古、尼泊尔、乌兹别克斯坦"),
        zorgan("世界卫生大会"),
        op("认识到", "碘缺乏是可以预防的智力损害的最常见原因，"),
        P([R("注意到", u=True, vanish=True), R("部分国家的加碘盐覆盖率在过去十年中有所下降；", vanish=True)],
          mark_vanish=True),
        op("关切地注意到", "许多小型盐场缺乏加碘设备和质量检测能力，"),
        op("鼓励", "各会员国通过法律规定食用盐必须加碘；", num=L),
        op("促请", "各会员国：", num=L),
        op("", "为小型盐场提供加碘设备和技术培训；", num=S,
           faults=[F("sub-clause-label", '子条款编号为 "2.1"（Word 的“正规形式编号”）；应为 «(a)» (ZH-B04, UN-B10)')]),
        op("", "定期检测市场上出售的食盐的含碘量；", num=S,
           faults=[F("sub-clause-label", '子条款编号为 "2.2"；应为 «(b)» (ZH-B04, UN-B10)')]),
        op("请", [R("世界卫生组织与联合国儿童基金会合作，"), R("每三年", hl="yellow"),
                  R("评估一次各国儿童和孕妇的碘营养状况；")], num=L,
           faults=[F("emphasis", '正文中的 "每三年" 以黄色突出显示；只有引导词应予突出 (UN-B17, ZH-B03)')]),
        op("决定", "在第八十三届世界卫生大会上审议本决议的执行情况。", num=L),
    ]
    return Draft("zh-q09-iodized-salt-legal-style-sub-numbers-hidden-clause-highlight", "zh", B,
                 decimal_list(sub_text="%1.%2", sub_fmt="lowerLetter", lgl=True), ea_font="宋体",
                 body_sect=section(1, line_numbers=True))


# ---------------------------------------------------------------- zh-q10 (clean)
def zh_q10() -> Draft:
    """Clean: title alone, the heading block in two columns, clauses in Heading 2 numbered through the style, a
    comment, a tracked insertion."""
    H2 = "Heading2"
    B: list[P | Table] = [
        plain("决议草案", jc="center", sect=section(1)),
        plain("委员会：国际劳工组织理事会"),
        plain("议题：外卖骑手的劳动安全"),
        plain("起草国：巴西、印度尼西亚、南非"),
        plain("附议国：阿根廷、埃及、马来西亚、墨西哥、泰国", sect=section(2, kind="continuous")),
        zorgan("理事会"),
        op("注意到", "通过网络平台接单的外卖骑手人数在许多城市迅速增长，"),
        op("关切地注意到", "骑手为按时送达而超速行驶，交通事故频繁发生，"),
        op("认识到", "许多骑手没有工伤保险，受伤后得不到医疗费用和收入补偿，"),
        op("鼓励", "各会员国将平台骑手纳入工伤保险制度；", style=H2,
           comment=("南非", "“纳入”之后是否要写明费用由平台承担？")),
        op("促请", [R("网络平台合理设定送达时间，"), ins("不得因恶劣天气造成的延误扣减骑手收入，", by="巴西"),
                  R("并为骑手提供头盔和反光服；")], style=H2),
        op("邀请", "各城市在商业区设立骑手休息点；", style=H2),
        op("请", "国际劳工局总干事在理事会下届会议上报告本决议的执行情况。", style=H2),
    ]
    return Draft("zh-q10-clean-delivery-riders-two-column-heading-heading2-comment", "zh", B,
                 heading_list(), ea_font="宋体", headings_num={"Heading2": (1, 1)},
                 body_sect=section(1, kind="continuous"))


DRAFTS = [en_q01, en_q02, en_q03, en_q04, en_q05, en_q06, en_q07, zh_q08, zh_q09, zh_q10]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            paras = list(enumerate(d.paragraphs(), 1))
            marked = d.numbering.labels(paras, d.headings_num, final=False) if d.numbering else {}
            final = d.numbering.labels(paras, d.headings_num, final=True) if d.numbering else {}
            print(f"== {d.name}")
            for k, p in paras:
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                lab = marked.get(k, "")
                if final.get(k, "") != lab:
                    lab = f"{lab}|{final.get(k, '-')}"
                note = " (comment)" if p.comment else ""
                print(f"{k:3} {lab:>6} {p.text}{note}  {marks}")
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1]).resolve()
        out.mkdir(parents=True, exist_ok=True)
        profile = Path(tempfile.mkdtemp(prefix="lo-", dir=out)).as_uri()
        env = dict(os.environ)
        for d in drafts:
            src = HERE / f"{d.name}.docx"
            for target in ("pdf", "txt:Text (encoded):UTF8"):
                subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                                "--outdir", str(out), str(src)], check=True, capture_output=True, env=env)
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
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index "
                 "(table-cell, empty, hidden and tracked-deleted paragraphs included); judged on the text with the "
                 "tracked changes accepted, hidden text not on the page, comments no part of the text\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
