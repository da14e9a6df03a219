"""Build the drafts of the blind set word-blind15 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

The drafts are shaped like what Google Docs ("File > Download > Microsoft Word") and Apple Pages ("Export To >
Word") write: no paragraph styles (every paragraph "Normal"), fonts and sizes on every run and on every paragraph
mark, one w:abstractNum per list (Google: "%1." / "%2." / "%3." with the indents 720 / 1440 / 2160 on the levels and
again on each paragraph, bullets "●" "○" "■"), heading lines made of bold runs with paragraph spacing, line breaks
(w:br) inside one paragraph, Google "chips" and team templates as content controls (w:sdt), sponsors in a table.
python-docx gives the package (its default template); every piece of WordprocessingML is written with lxml by the
helpers below (layout of R / P / Lvl / Numbering / Draft and the F(kind, note) marks after
../word-blind7/make_drafts.py; shapes and texts written for this set; nothing of drafter is imported).
Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based
index of the w:p in the body in document order (table-cell, content-control and empty paragraphs included),
counted when building and checked again on the saved file.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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


# ---------------------------------------------------------------- editor profiles (run and paragraph-mark properties)
@dataclass
class Look:
    """What the exporting editor writes on every run / paragraph mark."""
    latin: str
    ea: str
    size: int                 # half-points
    google: bool = True       # Google: w:rtl 0 on every run, spacing 0/0 line 276 on every paragraph
    color: str | None = None  # Pages writes the colour on every run


# ---------------------------------------------------------------- runs
@dataclass
class R:
    """A run: text ("\n" = w:br) and its formatting; sdt = ("dropdown" | "text", alias, [items]) wraps it."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    charspace: int | None = None        # w:spacing in rPr (expanded characters)
    sdt: tuple | None = None


def rpr_xml(look: Look, r: R | None = None) -> etree._Element:
    rpr = el("rPr")
    rpr.append(el("rFonts", {"ascii": look.latin, "cs": look.latin, "eastAsia": look.ea, "hAnsi": look.latin}))
    if r is not None and r.b:
        rpr.append(el("b", {"val": "1"}))
    if r is not None and r.i:
        rpr.append(el("i", {"val": "1"}))
    if look.color:
        rpr.append(el("color", {"val": look.color}))
    if r is not None and r.charspace:
        rpr.append(el("spacing", {"val": str(r.charspace)}))
    rpr.append(el("sz", {"val": str(look.size)}))
    rpr.append(el("szCs", {"val": str(look.size)}))
    if r is not None and r.u:
        rpr.append(el("u", {"val": "single"}))
    if look.google:
        rpr.append(el("rtl", {"val": "0"}))
    return rpr


def run_xml(r: R, look: Look) -> etree._Element:
    node = el("r")
    node.append(rpr_xml(look, r))
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
        else:
            buf += ch
    flush()
    if r.sdt:
        kind, alias, items = r.sdt
        sdt = el("sdt")
        pr = el("sdtPr", None, el("alias", {"val": alias}), el("tag", {"val": alias.lower().replace(" ", "-")}),
                el("id", {"val": str(zlib.crc32(alias.encode()) % 2_000_000_000)}))
        if kind == "dropdown":
            dd = el("dropDownList")
            for item in items:
                dd.append(el("listItem", {"displayText": item, "value": item}))
            pr.append(dd)
        else:
            pr.append(el("text"))
        sdt.append(pr)
        sdt.append(el("sdtContent", None, node))
        return sdt
    return node


# ---------------------------------------------------------------- paragraphs
@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    num: tuple[int, int] | None = None   # (numId, ilvl)
    ind: tuple[int, int] | None = None   # (left, hanging) written on the paragraph
    jc: str | None = None
    before: int = 0
    after: int = 0

    def xml(self, look: Look) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if look.google:
            ppr.append(el("spacing", {"after": str(self.after), "before": str(self.before), "line": "276",
                                      "lineRule": "auto"}))
        else:
            ppr.append(el("spacing", {"after": str(self.after), "before": str(self.before)}))
        if self.ind:
            ppr.append(el("ind", {"left": str(self.ind[0]), "hanging": str(self.ind[1])}))
        elif look.google:
            ppr.append(el("ind", {"left": "0", "firstLine": "0"}))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        ppr.append(rpr_xml(look))
        p.append(ppr)
        for r in self.runs:
            p.append(run_xml(r, look))
        return p

    @property
    def text(self) -> str:
        out = ""
        for r in self.runs:
            t = r.text.replace("\n", "⏎")
            out += f"[{t}]" if r.sdt else t
        return out


@dataclass
class Table:
    rows: list[list[P]]   # one paragraph per cell
    borders: bool = True

    def xml(self, look: Look) -> etree._Element:
        tbl = el("tbl")
        tblpr = el("tblPr", None, el("tblW", {"w": "9000", "type": "dxa"}))
        tb = el("tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            tb.append(el(side, {"val": "single" if self.borders else "nil", "sz": "8", "space": "0",
                                "color": "000000"}))
        tblpr.append(tb)
        tblpr.append(el("tblLayout", {"type": "fixed"}))
        tbl.append(tblpr)
        ncols = max(len(r) for r in self.rows)
        grid = el("tblGrid")
        for _ in range(ncols):
            grid.append(el("gridCol", {"w": str(9000 // ncols)}))
        tbl.append(grid)
        for row in self.rows:
            tr = el("tr")
            for cell in row:
                tc = el("tc", None, el("tcPr", None, el("tcW", {"w": str(9000 // ncols), "type": "dxa"})))
                tc.append(cell.xml(look))
                tr.append(tc)
            tbl.append(tr)
        return tbl

    def paragraphs(self) -> list[P]:
        return [c for row in self.rows for c in row]


@dataclass
class Sdt:
    """A block-level content control (a team template's locked block) around whole paragraphs."""
    alias: str
    paras: list[P]

    def xml(self, look: Look) -> etree._Element:
        sdt = el("sdt")
        sdt.append(el("sdtPr", None, el("alias", {"val": self.alias}),
                      el("tag", {"val": self.alias.lower().replace(" ", "-")}),
                      el("id", {"val": str(zlib.crc32(self.alias.encode()) % 2_000_000_000)}),
                      el("lock", {"val": "sdtLocked"})))
        content = el("sdtContent")
        for p in self.paras:
            content.append(p.xml(look))
        sdt.append(content)
        return sdt

    def paragraphs(self) -> list[P]:
        return list(self.paras)


# ---------------------------------------------------------------- numbering
@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, lowerRoman, bullet
    text: str         # lvlText
    left: int
    hanging: int = 360
    suff: str | None = None   # Pages writes w:suff tab

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": "1"}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.suff:
            node.append(el("suff", {"val": self.suff}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        node.append(el("rPr", None, el("u", {"val": "none"})))
        return node


def google_numbered(sub: str = "%2.") -> list[Lvl]:
    """Google Docs' numbered list: nine levels, decimal / lowerLetter / lowerRoman repeating, 720 apart."""
    fmts = [("decimal", "%{}."), ("lowerLetter", "%{}."), ("lowerRoman", "%{}.")]
    levels = []
    for k in range(9):
        fmt, text = fmts[k % 3]
        levels.append(Lvl(fmt, text.format(k + 1), 720 * (k + 1), 360 if k % 3 != 2 else 180))
    levels[1] = Lvl("lowerLetter", sub, 1440, 360)
    return levels


def google_bullets() -> list[Lvl]:
    glyphs = ["●", "○", "■"]
    return [Lvl("bullet", glyphs[k % 3], 720 * (k + 1), 360) for k in range(9)]


def pages_numbered(sub: str = "(%2)") -> list[Lvl]:
    return [Lvl("decimal", "%1.", 720, 360, suff="tab"), Lvl("lowerLetter", sub, 1440, 360, suff="tab"),
            Lvl("lowerRoman", "(%3)", 2160, 360, suff="tab")]


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)   # numId -> abstractNumId

    def add(self, levels: list[Lvl]) -> int:
        """One list as Google Docs writes it: a new abstractNum and a w:num of its own; returns the numId."""
        aid = len(self.abstracts) + 1
        self.abstracts[aid] = levels
        self.nums[aid] = aid
        return aid

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            a = el("abstractNum", {"abstractNumId": str(aid)})
            for k, lvl in enumerate(levels):
                a.append(lvl.xml(k))
            root.append(a)
        for nid, aid in self.nums.items():
            root.append(el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)})))

    def labels(self, paras: list[tuple[int, P]]) -> dict[int, str]:
        """The label Word shows on each numbered paragraph (one counter set per abstractNum, a level restarting
        after a higher level; an empty numbered paragraph shows and counts its number)."""
        counters: dict[int, list[int]] = {}
        out: dict[int, str] = {}
        for index, p in paras:
            if not p.num:
                continue
            nid, ilvl = p.num
            aid = self.nums[nid]
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [0] * 9)
            cnt[ilvl] += 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = 0
            lvl = levels[ilvl]
            if lvl.fmt == "bullet":
                out[index] = lvl.text
                continue
            text = lvl.text
            for lv in range(ilvl + 1):
                value = max(cnt[lv], 1)
                fmt = levels[lv].fmt
                if fmt == "lowerLetter":
                    shown = chr(ord("a") + value - 1)
                elif fmt == "lowerRoman":
                    shown = ["i", "ii", "iii", "iv", "v", "vi"][value - 1]
                else:
                    shown = str(value)
                text = text.replace(f"%{lv + 1}", shown)
            out[index] = text
        return out


# ---------------------------------------------------------------- drafts
Block = P | Table | Sdt


@dataclass
class Draft:
    name: str
    lang: str
    look: Look
    blocks: list[Block]
    numbering: Numbering

    def paragraphs(self) -> list[P]:
        out: list[P] = []
        for block in self.blocks:
            out.extend(block.paragraphs() if isinstance(block, (Table, Sdt)) else [block])
        return out


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
    if d.look.google:   # Google Docs: Arial 11 defaults, the run fonts do the rest
        rpr.append(el("rFonts", {"ascii": "Arial", "cs": "Arial", "eastAsia": "Arial", "hAnsi": "Arial"}))
        rpr.append(el("sz", {"val": "22"}))
        rpr.append(el("szCs", {"val": "22"}))
        rpr.append(el("lang", {"val": "en"}))
    else:               # Pages: Helvetica Neue defaults
        rpr.append(el("rFonts", {"ascii": "Helvetica Neue", "cs": "Helvetica Neue", "eastAsia": "Helvetica Neue",
                                 "hAnsi": "Helvetica Neue"}))
        rpr.append(el("sz", {"val": "20"}))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "0", "line": "276", "lineRule": "auto"}))
    d.numbering.xml(doc.part.numbering_part.element)
    for block in d.blocks:
        body.insert(len(body) - 1, block.xml(d.look))
    count = len(body.findall(f".//{w('p')}"))
    assert count == len(d.paragraphs()), (d.name, count, len(d.paragraphs()))
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = ""
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(d.paragraphs()), (d.name, count)
    return path


# ---------------------------------------------------------------- helpers for the texts
GD_EN = Look("Times New Roman", "Times New Roman", 24)
PAGES_EN = Look("Helvetica Neue", "Helvetica Neue", 22, google=False, color="000000")
GD_ZH = Look("SimSun", "SimSun", 24)
PAGES_ZH = Look("PingFang SC", "PingFang SC", 24, google=False, color="000000")



def blank() -> P:
    return P([])


def title(text: str) -> P:
    return P([R(text, b=True, charspace=20)], jc="center", before=0, after=240)


def field_line(label: str, value: str | R, faults: list[F] | None = None, after: int = 60) -> P:
    runs = [R(label, b=True)]
    runs.append(value if isinstance(value, R) else R(value))
    return P(runs, faults or [], after=after)


def organ(name: str, zh: bool = False, comma: str = ",") -> P:
    return P([R(name, b=zh, i=not zh), R(comma)], before=120, after=120)


def pre(lead: str, rest: str, faults: list[F] | None = None, style: str = "i") -> P:
    return P([R(lead, i=style == "i", u=style == "u"), R(rest)], faults or [], after=120)


def op(lead: str, rest: str, num: tuple[int, int] | None, faults: list[F] | None = None, prefix: str = "",
       ind: tuple[int, int] | None = (720, 360)) -> P:
    runs = [R(prefix)] if prefix else []
    runs += [R(lead, u=True), R(rest)]
    return P(runs, faults or [], num=num, ind=ind if num else None, after=120)


def sub(text: str, num: tuple[int, int] | None, faults: list[F] | None = None,
        ind: tuple[int, int] = (1440, 360)) -> P:
    return P([R(text)], faults or [], num=num, ind=ind, after=60)


# ---------------------------------------------------------------- en-w01
def en_w01() -> Draft:
    n = Numbering()
    ops = n.add(google_numbered())
    B: list[Block] = [
        title("DRAFT RESOLUTION WHA/2.4"),
        P([R("Committee:", b=True), R(" World Health Assembly, Committee A\n"),
           R("Topic:", b=True), R(" Protecting people from radon in homes and schools\n"),
           R("Sponsors:", b=True), R(" Ireland, Czechia, Norway\n"),
           R("Signatories:", b=True), R(" Canada, Finland, Luxembourg, Slovenia, Sweden")], after=0),
        blank(),
        organ("The World Health Assembly"),
        pre("Alarmed", " that radon, a radioactive gas that seeps from the ground into buildings, is the second "
            "leading cause of lung cancer after tobacco smoking,"),
        pre("Noting", " that radon cannot be seen, smelled or tasted, so that most households never learn how much "
            "of it they breathe,"),
        pre("Recognizing", " that a simple measurement over three months is enough to find the homes and classrooms "
            "where levels are high.",
            [F("preambular-end-mark", 'preambular clause ends with "." ("where levels are high.") instead of «,» '
               '(UN-B05, MUN-F04)')]),
        pre("Aware", " that sealing floors and fitting a small fan beneath the building usually lowers the "
            "concentration by more than half,"),
        pre("Bearing in mind", " the reference levels recommended by the World Health Organization for indoor "
            "radon,"),
        blank(),
        op("Urges", " Member States to set a national reference level for radon in dwellings and in buildings "
           "open to the public;", (ops, 0)),
        op("Recommends", " that national radon programmes:", (ops, 0)),
        sub("map the areas where high concentrations are most likely;", (ops, 1)),
        sub("offer free or low-cost detectors to households in those areas;", (ops, 1)),
        P([], [F("numbering", 'an empty numbered paragraph left between clauses 2 and 3: Word shows "3." with no '
                 'text, and the clauses after it are numbered "4." "5." "6." («3.» «4.» «5.») (UN-B07, MUN-F05)')],
          num=(ops, 0), ind=(720, 360), after=120),
        op("Encourages", " ministries of education to measure radon in every school building that stands in a "
           "high-radon area;", (ops, 0)),
        op("Calls upon", " Member States to include radon-resistant construction in their building codes for new "
           "houses;", (ops, 0)),
        op("Requests", " the Director-General to report on progress to the Eightieth World Health Assembly;",
           (ops, 0), [F("operative-end-mark", 'the last operative clause ends with ";" instead of «.» '
                        '(UN-B09, MUN-F05)')]),
    ]
    return Draft("en-w01-gdocs-heading-block-line-breaks-empty-numbered-item", "en", GD_EN, B, n)


# ---------------------------------------------------------------- en-w02
def en_w02() -> Draft:
    n = Numbering()
    first = n.add(google_numbered())
    pasted = n.add(google_numbered())
    bullets = n.add(google_bullets())
    B: list[Block] = [
        title("Draft Resolution 1.2"),
        field_line("Committee:", " Economic and Social Council"),
        field_line("Topic:", " Eliminating industrially produced trans fats from the food supply"),
        field_line("Sponsors:", " Thailand, Denmark, Chile"),
        field_line("Signatories:", " Argentina, Georgia, India, Latvia, Nigeria, Peru"),
        blank(),
        organ("The Economic and Social Council"),
        pre("Deeply Concerned", " that diets high in industrially produced trans fats raise the risk of heart "
            "disease and are linked to several hundred thousand deaths each year,",
            [F("capital-after-lead", '"Deeply Concerned" - capitalised word inside the lead phrase '
               '(«Deeply concerned»)')]),
        pre("Noting", " that partially hydrogenated oils, the main source of these fats, can be replaced by other "
            "oils without raising the price of most foods,"),
        pre("Recognizing", " that countries which have limited trans fats to two grams per hundred grams of total "
            "fat have seen fewer heart attacks within a few years,"),
        pre("Welcoming", " the commitments already made by several large food manufacturers,"),
        blank(),
        op("Urges", " Member States to limit industrially produced trans fats in all foods to two grams per "
           "hundred grams of total fat, or to ban partially hydrogenated oils outright;", (first, 0)),
        P([R("Calls upon", u=True), R(" national food safety authorities to test samples of bakery products, fried "
                                      "snacks and margarines every year;\n"),
           R("Encourages", u=True), R(" food manufacturers in developing countries to share reformulation methods "
                                      "through regional industry networks;")],
          [F("numbering", 'two clauses in one paragraph: after a manual line break "Encourages food manufacturers …" '
             'stands as a clause of its own with no number (expected «3.», the next clause «4.») '
             '(UN-B07, MUN-F05)')], num=(first, 0), ind=(720, 360), after=120),
        op("Recommends", " that packaged foods sold in Member States show the trans fat content on their "
           "nutrition labels;", (first, 0)),
        op("Requests", " the World Health Organization to offer laboratory training to countries that do not yet "
           "measure trans fats in food;", (pasted, 0),
           [F("numbering", 'clauses pasted from another document form a new list: the numbering restarts at "1." '
              'after clause "3." (expected «4.», or «5.» once the clause after the line break has its number) '
              '(UN-B07, MUN-F05)')]),
        op("Invites", " international donors to support:", (pasted, 0)),
        sub("the replacement of old frying equipment in small bakeries;", (bullets, 1),
            [F("sub-clause-label", 'sub-clause drawn with a bullet "○" instead of a letter («(a)» / «a.») '
               '(UN-B10, MUN-F06)')]),
        sub("public campaigns that explain how to read nutrition labels;", (bullets, 1),
            [F("sub-clause-label", 'sub-clause drawn with a bullet "○" instead of a letter («(b)» / «b.») '
               '(UN-B10, MUN-F06)')]),
        op("Decides", " to review the progress made by Member States at its substantive session in 2028.",
           (pasted, 0)),
    ]
    return Draft("en-w02-gdocs-pasted-list-restarts-two-clauses-one-paragraph-bullet-subs", "en", GD_EN, B, n)


# ---------------------------------------------------------------- en-w03
def en_w03() -> Draft:
    n = Numbering()
    ops = n.add(google_numbered())
    committee = R("United Nations Environment Assembly",
                  sdt=("dropdown", "Committee", ["General Assembly Second Committee",
                                                 "United Nations Environment Assembly", "Human Rights Council"]))
    topic = R("Plugging orphaned oil and gas wells", sdt=("text", "Topic", []))

    def cell(text: str, bold: bool = False) -> P:
        return P([R(text, b=bold)] if text else [], after=0)

    B: list[Block] = [
        title("Draft Resolution 3.1"),
        field_line("Committee: ", committee),
        field_line("Topic: ", topic, after=120),
        Table([[cell("Sponsors", True), cell("Signatories", True)],
               [cell("Canada"), cell("Colombia")],
               [cell("Nigeria"), cell("Kazakhstan")],
               [cell("Romania"), cell("Mexico")],
               [cell(""), cell("Norway")]]),
        blank(),
        organ("The United Nations Environment Assembly"),
        pre("Alarmed", " that millions of oil and gas wells have been abandoned without being sealed, and that many "
            "of them leak methane into the air and brine into groundwater,"),
        pre("Noting", " that the companies which drilled many of these wells no longer exist, so that no owner can be "
            "made to pay for plugging them,",
            [F("emphasis", 'lead "Noting" in plain type; the other preambular leads are italic (UN-B04, MUN-F02)')],
            style=""),
        pre("Recognizing", " that methane traps far more heat than carbon dioxide over the first twenty years after "
            "its release,"),
        pre("Aware", " that plugging a well and restoring the land around it creates local jobs for workers from the "
            "oil and gas industry,"),
        op("Calls upon", " Member States to draw up a national inventory of orphaned wells, with their location, "
           "depth and measured emissions;", (ops, 0), ind=(720, 360)),
        op("Encourages", " Member States to require operators to post a financial bond that covers the full cost "
           "of plugging each new well.", (ops, 0),
           [F("operative-end-mark", 'operative clause 2 (not the last) ends with "." instead of «;» '
              '(UN-B09, MUN-F05)')]),
        op("Recommends", " that plugging programmes give priority to:", (ops, 0)),
        P([R("(a)\twells within one kilometre of homes, schools or sources of drinking water;")],
          ind=(1440, 360), after=60),
        P([R("(c)\twells with the highest measured methane emissions;")],
          [F("sub-clause-label", 'the typed sub-clause labels run "(a)" "(c)": «(b)» expected (UN-B10, MUN-F06)')],
          ind=(1440, 360), after=60),
        op("Invites", " the United Nations Environment Programme to publish methods for measuring emissions from "
           "abandoned wells;", (ops, 0)),
        op("Requests", " the Executive Director to report on the implementation of the present resolution at the "
           "next session of the Assembly.", (ops, 0)),
    ]
    return Draft("en-w03-gdocs-content-control-chips-sponsor-table-typed-subs", "en", GD_EN, B, n)


# ---------------------------------------------------------------- en-w04
def en_w04() -> Draft:
    n = Numbering()
    ops = n.add(pages_numbered())
    B: list[Block] = [
        title("DRAFT RESOLUTION"),
        field_line("Committee:", " General Assembly Second Committee"),
        field_line("Topic:", " Fire safety in informal settlements"),
        field_line("Sponsors:", " Kenya, Philippines, South Africa"),
        field_line("Signatories:", " Bangladesh, Brazil, Haiti, India, Indonesia", after=240),
        organ("The General Assembly"),
        pre("Alarmed", " that fires in densely built informal settlements destroy thousands of homes every year and "
            "spread quickly between dwellings made of wood, plastic sheeting and corrugated iron,"),
        pre("Noting", " that fire engines often cannot enter settlements whose lanes are narrower than three "
            "metres;",
            [F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)')]),
        pre("Recognizing", " that residents are usually the first to respond and can put out many fires if they "
            "have water, sand and basic training,"),
        pre("Convinced", " that safe electrical connections reduce the number of fires started by overloaded or "
            "illegal wiring,"),
        op("Encourages", " Member States to include fire breaks and access lanes in plans to upgrade informal "
           "settlements;", (ops, 0)),
        op("Calls upon", " local authorities to place water tanks, sand buckets and fire extinguishers at fixed "
           "points in each settlement. These points should be marked on maps shared with residents;", (ops, 0),
           [F("full-stop-inside-clause", 'a full stop inside operative clause 2 ("fixed points in each settlement. '
              'These points …"); the resolution is one sentence (MUN-F05)')]),
        op("Recommends", " training for community fire volunteers, covering:", (ops, 0)),
        sub("how to raise the alarm and help neighbours leave their homes;", (ops, 1)),
        sub("how to use extinguishers and fire blankets safely;", (ops, 1)),
        op("Urges", " electricity providers to offer affordable legal connections to households in informal "
           "settlements;", (ops, 0)),
        op("Invites", " the United Nations Human Settlements Programme to collect and share examples of successful "
           "community fire-safety programmes.", (ops, 0)),
        P([], [F("numbering", 'an empty numbered paragraph after the last clause: Word shows "6." with nothing after '
                 'it (UN-B07, MUN-F05)')], num=(ops, 0), ind=(720, 360), after=120),
    ]
    return Draft("en-w04-pages-run-fonts-trailing-empty-numbered-item", "en", PAGES_EN, B, n)


# ---------------------------------------------------------------- en-w05 (clean)
def en_w05() -> Draft:
    n = Numbering()
    ops = n.add(google_numbered())
    committee = R("World Health Assembly, Committee A",
                  sdt=("dropdown", "Committee", ["World Health Assembly, Committee A",
                                                 "World Health Assembly, Committee B"]))
    B: list[Block] = [
        title("Draft Resolution 2.1"),
        field_line("Committee: ", committee),
        field_line("Topic:", " Reducing salt intake"),
        field_line("Sponsors:", " Portugal, Japan, Malaysia"),
        field_line("Signatories:", " Chile, Costa Rica, Fiji, Mongolia, Türkiye"),
        blank(),
        organ("The World Health Assembly"),
        pre("Concerned", " that most adults eat about twice the amount of salt that the World Health Organization "
            "recommends,"),
        pre("Noting", " that high blood pressure caused by salt raises the risk of stroke and heart disease,"),
        pre("Recognizing", " that most of the salt in many diets comes from bread, processed meat, sauces and ready "
            "meals rather than from the salt shaker,"),
        pre("Welcoming", " the voluntary targets for the sodium content of foods that several Member States have "
            "already agreed with industry,"),
        blank(),
        op("Encourages", " Member States to set targets for the sodium content of the food categories that "
           "contribute most to salt intake;", (ops, 0)),
        blank(),
        op("Recommends", " that Member States:", (ops, 0)),
        sub("require a front-of-pack warning on foods high in salt;", (ops, 1)),
        sub("limit salt in meals served in schools, hospitals and prisons;", (ops, 1)),
        blank(),
        op("Invites", " bakers' associations to lower the salt content of bread step by step, so that consumers "
           "can adapt to the taste;", (ops, 0)),
        blank(),
        op("Requests", " the Director-General to report on progress to the Eighty-first World Health Assembly.",
           (ops, 0)),
    ]
    return Draft("en-w05-clean-gdocs-dropdown-chip-blank-lines", "en", GD_EN, B, n)


# ---------------------------------------------------------------- zh-w06
def zh_w06() -> Draft:
    n = Numbering()
    first = n.add(google_numbered())
    pasted = n.add(google_numbered())
    B: list[Block] = [
        title("决议草案"),
        field_line("委员会：", "联合国环境大会"),
        field_line("议题：", "城市生活垃圾分类"),
        field_line("起草国：", "瑞典、新加坡、韩国"),
        field_line("附议国：", "奥地利、越南、卢旺达、智利"),
        blank(),
        organ("联合国环境大会", zh=True, comma="，"),
        pre("关切地注意到", "全球城市每年产生的生活垃圾超过二十亿吨，并且预计到2050年还将大幅增加，", style="u"),
        pre("认识到", "混合收集的垃圾难以回收利用，大部分只能填埋或焚烧，", style="u"),
        pre("又认识到", "厨余垃圾在填埋场中腐烂会产生甲烷和渗滤液；",
            [F("preambular-end-mark", '序言性条款以 "；" 结尾；应为 «，» (UN-B05, ZH-B02)')], style="u"),
        pre("欢迎", "一些城市通过按量收费和上门宣传显著提高分类投放率的经验，", style="u"),
        blank(),
        op("鼓励", "会员国制定统一的生活垃圾分类标准，并在公共场所设置颜色和标识一致的分类收集容器；", (first, 0)),
        P([R("促请", u=True), R("地方政府对已分类的垃圾分类运输、分类处理，避免前端分类、后端混运；\n"),
           R("请", u=True), R("城市环卫部门定期公布各类垃圾的收运量和处理去向；")],
          [F("numbering", 'two clauses in one paragraph: after a manual line break "请城市环卫部门……" stands as a clause '
             'of its own with no number (expected «3.», the next clause «4.») (UN-B07, ZH-B03)')],
          num=(first, 0), ind=(720, 360), after=120),
        op("建议", "会员国对厨余垃圾进行就地或集中堆肥、厌氧发酵等处理；", (first, 0)),
        op("邀请", "各国学校把垃圾分类纳入环境教育课程，并组织学生参与社区宣传；", (pasted, 0),
           [F("numbering", 'clauses pasted from another document form a new list: the numbering restarts at "1." '
              'after clause "3." (expected «4.», or «5.» once the clause after the line break has its number) '
              '(UN-B07, ZH-B03)')]),
        op("请", "执行主任在环境大会下届会议上报告本决议的执行情况。", (pasted, 0)),
    ]
    return Draft("zh-w06-gdocs-pasted-list-restarts-two-clauses-one-paragraph", "zh", GD_ZH, B, n)


# ---------------------------------------------------------------- zh-w07
def zh_w07() -> Draft:
    n = Numbering()
    ops = n.add(pages_numbered())
    bullets = n.add(google_bullets())

    def cell(text: str, bold: bool = False) -> P:
        return P([R(text, b=bold)], after=0)

    B: list[Block] = [
        title("决议草案"),
        field_line("委员会：", "联合国大会第二委员会"),
        field_line("议题：", "城市轨道交通的安全运营", after=120),
        Table([[cell("起草国", True), cell("附议国", True)],
               [cell("日本"), cell("巴西")],
               [cell("埃及"), cell("德国")],
               [cell("墨西哥"), cell("泰国")]]),
        organ("大会", zh=True, comma="，"),
        pre("注意到", "越来越多的发展中国家城市正在修建地铁和轻轨，", style="u"),
        pre("认识到", "站台门能够防止乘客跌落轨道，并减少列车进站时的延误,",
            [F("half-width-punctuation-in-chinese", '序言性条款以半角 "," 结尾；应为 «，» (ZH-P01, UN-B05)')],
            style="u"),
        pre("关切地注意到", "高峰时段的严重拥挤容易引发踩踏和乘客受伤，", style="u"),
        pre("强调", "运营人员培训和应急演练对于保障乘客安全的重要作用，", style="u"),
        op("鼓励", "会员国在新建地铁线路的所有车站安装站台门；", (ops, 0)),
        op("建议", "各运营单位在高峰时段：", (ops, 0)),
        sub("在换乘站采取分批进站的限流措施；", (bullets, 0),
            [F("sub-clause-label", 'sub-clause drawn with a bullet "●" instead of a letter («(a)») (ZH-B04, UN-B10)')],
            ind=(1440, 360)),
        sub("增派站台引导人员；", (bullets, 0),
            [F("sub-clause-label", 'sub-clause drawn with a bullet "●" instead of a letter («(b)») (ZH-B04, UN-B10)')],
            ind=(1440, 360)),
        op("促请", "会员国为地铁车站配备足够的疏散通道、应急照明和广播系统；", (ops, 0)),
        P([], [F("numbering", 'an empty numbered paragraph left between clauses 3 and 4: Word shows "4." with no '
                 'text, and the clauses after it are numbered "5." "6." («4.» «5.») (UN-B07, ZH-B03)')],
          num=(ops, 0), ind=(720, 360), after=120),
        op("邀请", "国际公共交通协会等相关组织与会员国分享地铁安全运营的技术标准；", (ops, 0)),
        op("请", "秘书长在大会第八十三届会议上报告本决议的执行情况。", (ops, 0)),
    ]
    return Draft("zh-w07-pages-sponsor-table-bullet-subs-empty-numbered-item", "zh", PAGES_ZH, B, n)


# ---------------------------------------------------------------- zh-w08 (clean)
def zh_w08() -> Draft:
    n = Numbering()
    ops = n.add(google_numbered(sub="(%2)"))
    B: list[Block] = [
        title("决议草案"),
        P([R("委员会：", b=True), R("联合国大会第二委员会\n"), R("议题：", b=True), R("减少学校食堂的食物浪费")], after=60),
        Sdt("Sponsors", [field_line("起草国：", "意大利、秘鲁、中国"),
                         field_line("附议国：", "法国、加纳、印度、菲律宾")]),
        blank(),
        organ("大会", zh=True, comma="，"),
        pre("回顾", "《2030年可持续发展议程》中到2030年将零售和消费环节的全球人均粮食浪费减半的具体目标，", style="u"),
        pre("注意到", "学校食堂每天供应大量餐食，其中相当一部分未被食用就被倒掉，", style="u"),
        pre("认识到", "让学生参与菜单设计并按需取餐可以明显减少剩饭剩菜，", style="u"),
        pre("欢迎", "一些学校开展“光盘”活动并每周公布剩餐数量的做法，", style="u"),
        blank(),
        op("鼓励", "会员国将减少食物浪费纳入学校供餐标准；", (ops, 0)),
        op("建议", "学校食堂：", (ops, 0)),
        sub("提供不同分量的餐食，允许学生按需取餐；", (ops, 1)),
        sub("定期称量并记录剩餐数量；", (ops, 1)),
        op("促请", "会员国将无法避免的厨余垃圾用于堆肥或饲料生产；", (ops, 0)),
        op("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", (ops, 0)),
    ]
    return Draft("zh-w08-clean-gdocs-heading-line-break-sponsors-content-control", "zh", GD_ZH, B, n)


DRAFTS = [en_w01, en_w02, en_w03, en_w04, en_w05, zh_w06, zh_w07, zh_w08]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            paras = d.paragraphs()
            labels = d.numbering.labels(list(enumerate(paras, 1)))
            print(f"== {d.name}")
            for k, p in enumerate(paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{k:3} {labels.get(k, ''):>5} {p.text}  {marks}")
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
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based index of the body w:p "
                 "in document order (empty, table-cell and content-control paragraphs included). Judged on the page "
                 "as Word shows it (labels computed by the script, see --list).\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
