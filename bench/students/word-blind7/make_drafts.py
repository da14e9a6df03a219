"""Build the drafts of the blind set word-blind7 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

python-docx gives the package (its default template); every piece of WordprocessingML (numbering.xml, styles,
runs with line and page breaks, tabs, smart tags, custom XML, tables) is written with lxml by the helpers below,
written for this set (no import of drafter, no earlier set's script). Faults are marked with F(kind, note) next to
the paragraph that carries them; the paragraph index is the 1-based index of the `w:p` in the body (table-cell
paragraphs included), counted after building and checked again on the saved file.
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
MARK = "{urn:word-blind7}mark"


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
    """A run: text ("\n" = w:br, "\f" = page break, "\t" = w:tab) and its formatting."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    ea: str | None = None       # East Asian font of the run
    latin: str | None = None    # ascii/hAnsi font of the run
    wrap: str | None = None     # "smartTag" or "customXml": wrap the run in that element


def run_xml(r: R) -> etree._Element:
    node = el("r")
    rpr = el("rPr")
    if r.ea or r.latin:
        fonts = el("rFonts")
        if r.latin:
            fonts.set(w("ascii"), r.latin)
            fonts.set(w("hAnsi"), r.latin)
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
        elif ch == "\f":
            flush()
            node.append(el("br", {"type": "page"}))
        elif ch == "\t":
            flush()
            node.append(el("tab"))
        else:
            buf += ch
    flush()
    if r.wrap == "smartTag":
        tag = el("smartTag", {"uri": "urn:schemas-microsoft-com:office:smarttags", "element": "place"})
        tag.append(node)
        return tag
    if r.wrap == "customXml":
        tag = el("customXml", {"uri": "http://schemas.mun-club.example/resolution", "element": "leadPhrase"})
        tag.append(node)
        return tag
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

    def xml(self) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.ind:
            ppr.append(el("ind", self.ind))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if len(ppr):
            p.append(ppr)
        for r in self.runs:
            p.append(run_xml(r))
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs).replace("\n", "⏎").replace("\f", "⇟").replace("\t", "→")


@dataclass
class Table:
    rows: list[list[P]]   # one paragraph per cell

    def xml(self) -> etree._Element:
        tbl = el("tbl")
        tblpr = el("tblPr", None, el("tblW", {"w": "0", "type": "auto"}))
        borders = el("tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(el(side, {"val": "nil"}))
        tblpr.append(borders)
        tbl.append(tblpr)
        grid = el("tblGrid")
        ncols = max(len(r) for r in self.rows)
        for _ in range(ncols):
            grid.append(el("gridCol", {"w": str(9000 // ncols)}))
        tbl.append(grid)
        for row in self.rows:
            tr = el("tr")
            for cell in row:
                tc = el("tc", None, el("tcPr", None, el("tcW", {"w": str(9000 // ncols), "type": "dxa"})))
                tc.append(cell.xml())
                tr.append(tc)
            tbl.append(tr)
        return tbl


# ---------------------------------------------------------------- numbering
@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, bullet
    text: str         # lvlText
    left: int
    hanging: int = 360
    start: int = 1
    pstyle: str | None = None
    font: str | None = None

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.pstyle:
            node.append(el("pStyle", {"val": self.pstyle}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        if self.font:
            node.append(el("rPr", None, el("rFonts", {"ascii": self.font, "hAnsi": self.font, "hint": "default"})))
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
            a.append(el("multiLevelType", {"val": "hybridMultilevel"}))
            for i, lvl in enumerate(levels):
                a.append(lvl.xml(i))
            root.append(a)
        for nid, (aid, overrides) in self.nums.items():
            n = el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)}))
            for ilvl, start in overrides.items():
                n.append(el("lvlOverride", {"ilvl": str(ilvl)}, el("startOverride", {"val": str(start)})))
            root.append(n)

    def labels(self, paras: list[tuple[int, P]], styles_num: dict[str, tuple[int, int]]) -> dict[int, str]:
        """The label Word shows on each numbered paragraph (OOXML counting: one counter set per abstractNum,
        a startOverride applies at the first paragraph of its w:num, a level restarts after a higher level)."""
        counters: dict[int, list[int | None]] = {}
        used: set[int] = set()
        out: dict[int, str] = {}
        for index, p in paras:
            num = p.num or (styles_num.get(p.style) if p.style else None)
            if not num:
                continue
            nid, ilvl = num
            aid, overrides = self.nums[nid]
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [None] * 9)
            if nid not in used and overrides:
                used.add(nid)
                for lv, start in overrides.items():
                    cnt[lv] = start - 1
            used.add(nid)
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
                shown = chr(ord("a") + value - 1) if levels[lv].fmt == "lowerLetter" else str(value)
                text = text.replace(f"%{lv + 1}", shown)
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
    lang_ea: str | None = "zh-CN"      # docDefaults w:lang w:eastAsia (None: attribute left out)
    heading3_num: tuple[int, int] | None = None   # Heading 3 numbered through its style

    def paragraphs(self) -> list[P]:
        out: list[P] = []
        for block in self.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    out.extend(row)
            else:
                out.append(block)
        return out


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    # defaults: fonts, size, language
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
    lang = el("lang", {"val": "en-US", "bidi": "ar-SA"})
    if d.lang_ea:
        lang.set(w("eastAsia"), d.lang_ea)
    rpr.append(lang)
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "120", "line": "240", "lineRule": "auto"}))
    if d.heading3_num:
        h3 = doc.styles["Heading 3"].element
        h3ppr = h3.find(w("pPr"))
        h3ppr.insert(2, el("numPr", None, el("ilvl", {"val": str(d.heading3_num[1])}),
                           el("numId", {"val": str(d.heading3_num[0])})))
        sp = h3ppr.find(w("spacing"))
        sp.set(w("before"), "0")
        sp.set(w("after"), "120")
        h3rpr = h3.find(w("rPr"))
        for child in list(h3rpr):
            h3rpr.remove(child)
        h3rpr.append(el("rFonts", {"ascii": d.latin_font, "hAnsi": d.latin_font, "cs": d.latin_font}))
        h3rpr.append(el("b", {"val": "0"}))
        h3rpr.append(el("color", {"val": "000000"}))
        h3rpr.append(el("sz", {"val": str(d.size)}))
    if d.numbering:
        d.numbering.xml(doc.part.numbering_part.element)
    for block in d.blocks:
        node = block.xml()
        body.insert(len(body) - 1, node)
    # mark the paragraphs to count them in document order
    marks = {}
    for k, p in enumerate(d.paragraphs()):
        marks[k] = p
    k = 0
    for block_node in body:
        for p in block_node.iter(w("p")):
            p.set(MARK, str(k))
            k += 1
    assert k == len(d.paragraphs()), (d.name, k, len(d.paragraphs()))
    for p in body.iter(w("p")):
        del p.attrib[MARK]
    # app name: a file saved by Word
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "delegate"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(d.paragraphs()), (d.name, count)
    return path


def styles_num(d: Draft) -> dict[str, tuple[int, int]]:
    return {"Heading3": d.heading3_num} if d.heading3_num else {}


# ---------------------------------------------------------------- helpers for the texts
def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def led(lead: str, rest: str, faults: list[F] | None = None, style: str = "i", prefix: str = "",
        ea: str | None = None, lead_ea: str | None = None, wrap: str | None = None, **kw) -> P:
    runs = [R(prefix)] if prefix else []
    runs.append(R(lead, i=style == "i", u=style == "u", b=style == "b", ea=lead_ea, wrap=wrap))
    runs.append(R(rest, ea=ea))
    return P(runs, faults or [], **kw)


def en_numbering(sub: str = "(%2)") -> Numbering:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 720), Lvl("lowerLetter", sub, 1440), Lvl("lowerRoman", "(%3)", 2160)]
    n.nums[1] = (1, {})
    return n


# ---------------------------------------------------------------- en-i01: a web / WeChat paste, sub-clauses after line breaks
def en_i01() -> Draft:
    B = []
    B += [plain("Committee: General Assembly Second Committee"),
          plain("Topic: Reducing deaths from lightning in rural communities"),
          plain("Sponsors: Bangladesh, Malawi, Uganda"),
          plain("Signatories: Colombia, Nepal, Peru, Zambia"),
          P([R("The General Assembly", i=True), R(",")])]
    B += [led("Alarmed", " that lightning kills several thousand people every year, most of them farm workers, herders "
              "and children walking to or from school across open fields,"),
          led("Noting", " that many rural schools, clinics and markets have no lightning protection system and no "
              "shelter that a crowd can reach within a few minutes,"),
          led("Recognizing", " the work of the national meteorological services that already send thunderstorm "
              "warnings by text message;",
              [F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)')]),
          led("Aware", " that the families of the victims often lose their only wage earner and are left without "
              "any support,")]
    B += [P([R("1. "), R("Encourages", u=True), R(" Member States to fit lightning protection systems to rural schools "
                                                 "and health centres, giving priority to:\n"
                                                 "(a) schools in districts that record the highest number of strikes "
                                                 "per square kilometre;\n"
                                                 "(b) health centres that can serve as shelters for the fields "
                                                 "around them;")]),
          P([R("2. "), R("Calls upon", u=True), R(" national meteorological services to:\n"
                                                  "(a) issue thunderstorm warnings by text message and community radio "
                                                  "at least thirty minutes ahead;\n"
                                                  "(b) share lightning detection data with neighbouring States.\n"
                                                  "(c) train teachers and village leaders to read those warnings;")],
            [F("full-stop-inside-clause", 'sub-clause (b) of non-final clause 2 ends with "." ("with neighbouring '
               'States.") before its line break and sub-clause (c); a full stop inside the resolution (MUN-F05, '
               'MUN-F06)')]),
          P([R("3. "), R("Recommends", u=True), R(" that schools teach the 30-30 rule and the safe crouch position "
                                                  "from the first year of primary school;")]),
          P([R("4. "), R("Requests", u=True), R(" the United Nations Development Programme to support:\n"
                                                "(a) low-cost shelters built with local materials in open farmland;\n"
                                                "(b) a fund for families who lose a wage earner to lightning;\n"
                                                "(b) the collection of casualty figures by district health offices;")],
            [F("sub-clause-label", 'the third sub-clause after the line breaks is labelled "(b)" a second time; '
               'expected «(c)» (UN-B10, MUN-F06)')]),
          P([R("5. "), R("Decides", u=True), R(" to include in the provisional agenda of its eighty-second session an "
                                               "item entitled \u201cLightning safety in rural communities\u201d.")])]
    return Draft("en-i01-web-paste-sub-clauses-after-line-breaks", "en", B)


# ---------------------------------------------------------------- en-i02: Word-numbered clauses, sub-clauses typed with tabs
def en_i02() -> Draft:
    n = en_numbering()
    B = [plain("Committee: Economic and Social Council"),
         plain("Topic: Counterfeit and illegal pesticides"),
         plain("Sponsors: Ghana, Kenya, Viet Nam"),
         plain("Signatories: Benin, Ecuador, Indonesia, Senegal, Togo"),
         P([R("The Economic and Social Council", i=True), R(",")]),
         led("Deeply concerned", " that counterfeit and illegal pesticides make up a growing share of the products "
             "sold to small farms in many regions,"),
         led("Noting", " that such products often contain banned active ingredients or none at all, and that their "
             "labels copy the packaging of registered brands,"),
         led("Recalling", " the International Code of Conduct on Pesticide Management,"),
         led("Bearing in mind", " that poisoned soil and water harm whole villages long after a single spraying "
             "season,"),
         led("Urges", " Member States to inspect pesticide shops and border crossings at least twice a year;",
             style="u", num=(1, 0)),
         led("Encourages", " the use of scratch codes on every container, which a buyer can check by text message "
             "free of charge;", style="u", num=(1, 0)),
         led("Recommends", " that national registration offices:", style="u", num=(1, 0)),
         plain("\ta)\tpublish a list of registered products on a public website;"),
         plain("\tb)\tremove expired registrations within six months;"),
         plain("\td)\tshare their seizure records with customs authorities;",
               [F("sub-clause-label", 'the typed sub-clause labels run "a)" "b)" "d)": "d)" where «c)» is expected '
                  '(UN-B10, MUN-F06)')]),
         led("Calls upon", " associations of producers and dealers to report suspected counterfeits to the national "
             "authorities.", [F("operative-end-mark", 'operative clause 4 ends with "." instead of «;» (UN-B09, '
                                  'MUN-F05)')], style="u", num=(1, 0)),
         led("Requests", " the Food and Agriculture Organization of the United Nations to help national laboratories "
             "test seized products, in particular:", style="u", num=(1, 0)),
         plain("\ta)\tby lending portable testing kits to border posts.",
               [F("sub-clause-label", 'a single sub-clause "a)" under clause 5 - a sub-clause list needs at least '
                  'two items (MUN-F06)')])]
    return Draft("en-i02-typed-tab-letters-under-word-numbers", "en", B, n)


# ---------------------------------------------------------------- en-i03: one list for preamble and operative part
def en_i03() -> Draft:
    n = en_numbering()
    B = [plain("Committee: United Nations Environment Assembly"),
         plain("Topic: Abandoned, lost and discarded fishing gear"),
         plain("Sponsors: Iceland, Maldives, Portugal"),
         plain("Signatories: Chile, Fiji, Mauritius, Norway, Seychelles"),
         P([R("The United Nations Environment Assembly", i=True), R(",")])]
    pre = [("Alarmed", " that nets, lines and traps lost at sea go on catching fish, turtles and seabirds for years, "
            "which is known as ghost fishing,", "(a)", []),
           ("Noting", " that fishing gear makes up a large share of the plastic found on beaches and reefs,", "(b)", []),
           ("Recognizing", " That most gear is lost in storms or snagged on rocks rather than thrown away on purpose,",
            "(c)", [F("capital-after-lead", '"Recognizing That" - capitalised word right after the lead phrase '
                      '(«Recognizing that») (MUN-F04)')]),
           ("Welcoming", " the Voluntary Guidelines on the Marking of Fishing Gear of the Food and Agriculture "
            "Organization of the United Nations,", "(d)", [])]
    for lead, rest, label, extra in pre:
        B.append(led(lead, rest, [F("numbering", f'preambular clause lettered "{label}" by Word (it sits at level 2 '
                                    f'of the operative list); preambular clauses are not numbered or lettered '
                                    f'(UN-B05, MUN-F04)')] + extra, num=(1, 1)))
    B += [led("Encourages", " Member States to require that every net, trap and longline buoy carry a mark naming "
              "its owner and vessel;", style="u", num=(1, 0)),
          led("Calls upon", " fishing fleets to report lost gear, with its last known position, to the port "
              "authorities within forty-eight hours;", style="u", num=(1, 0)),
          led("Recommends", " port reception facilities that accept worn-out gear free of charge, with:", style="u",
              num=(1, 0)),
          plain("collection bins at every landing site;", num=(1, 1)),
          plain("recycling contracts for old nylon nets;", num=(1, 1)),
          led("Invites", " coastal communities to join retrieval programmes that pay divers and fishers for each net "
              "they bring ashore;", style="u", num=(1, 0)),
          led("Requests", " the Executive Director to report on progress at the next session of the Assembly.",
              style="u", num=(1, 0))]
    return Draft("en-i03-one-list-preamble-at-letter-level", "en", B, n)


# ---------------------------------------------------------------- en-i04: list continued from another file (start 7)
def en_i04() -> Draft:
    n = en_numbering()
    n.nums[2] = (1, {0: 7})
    B = [plain("Committee: General Assembly Third Committee"),
         plain("Topic: Protecting outdoor workers from extreme heat"),
         plain("Sponsors: India, Qatar, Spain"),
         plain("Signatories: Egypt, Mexico, Pakistan, Tunisia"),
         P([R("The General Assembly", i=True), R(",")]),
         led("Alarmed", " by the rising number of days each year on which the heat index in many regions passes the "
             "level at which heavy physical work becomes dangerous,"),
         led("Noting", " that farm hands, builders and street vendors often cannot stop working in the hottest hours "
             "without losing their pay,"),
         led("Recalling", " the Occupational Safety and Health Convention, 1981 (No. 155), of the International Labour "
             "Organization.", [F("preambular-end-mark", 'preambular clause ends with "." instead of «,» (UN-B05, '
                                 'MUN-F04)')]),
         led("Convinced", " that shade, water and rest breaks save lives at little cost,"),
         led("Urges", " Member States to set a heat index above which heavy outdoor work must stop or be moved to "
             "cooler hours;", [F("numbering", 'the first operative clause shows "7." - the list continues the '
                                 'numbering of another document (w:startOverride 7); operative clauses are numbered '
                                 'from «1.» (UN-B07, MUN-F05)')], style="u", num=(2, 0)),
         led("Encourages", " employers to provide shade, drinking water and a rest break every hour while a heat "
             "warning is in force;", style="u", wrap="customXml", num=(2, 0)),
         led("Calls upon", " national weather services to issue heat warnings that name the hours of greatest danger "
             "and \freach workers through their mobile telephones;", style="u", num=(2, 0)),
         led("Recommends", " that ministries of labour record heat-related illness and death as occupational "
             "injuries;", style="u", num=(2, 0)),
         led("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
             "eighty-second session.", style="u", num=(2, 0))]
    return Draft("en-i04-list-continued-at-seven-page-break-custom-xml", "en", B, n)


# ---------------------------------------------------------------- en-i05: Word's numbers and typed numbers
def en_i05() -> Draft:
    n = en_numbering()
    B = [plain("Committee: Social, Humanitarian and Cultural Committee"),
         plain("Topic: Saving film and sound archives at risk"),
         plain("Sponsors: Burkina Faso, Greece, Philippines"),
         plain("Signatories: Argentina, Cuba, Jamaica, Senegal, Sri Lanka"),
         P([R("The General Assembly", i=True), R(",")]),
         led("Recalling", " the Recommendation for the Safeguarding and Preservation of Moving Images of the United "
             "Nations Educational, Scientific and Cultural Organization,"),
         led("Alarmed", " that nitrate and acetate film decays, and that nitrate film can catch fire, when it is kept "
             "in hot and humid rooms,"),
         led("Noting", " that magnetic tapes recorded before the year 2000 will soon become unreadable because the "
             "machines that play them are no longer made,"),
         led("Aware", " that many national archives lack the staff and equipment to copy their holdings before they "
             "are lost,")]
    typed = [("Urges", " Member States to survey the film, tape and disc collections held by public bodies and to "
              "list those at greatest risk;"),
             ("Encourages", " archives to give priority to recordings of oral history and traditional music;"),
             ("Calls upon", " donors to fund cold storage vaults for film in regions where none exists;")]
    for k, (lead, rest) in enumerate(typed, 1):
        B.append(led(lead, rest, [F("numbering", f'label doubled: Word numbers the clause "{k}." and the student '
                                    f'typed "{k}. " before the lead, so the page shows "{k}. {k}. {lead}" (UN-B07)')],
                     style="u", prefix=f"{k}. ", num=(1, 0)))
    B += [led("Recommends", " that archives share copying equipment through regional centres, and that:", style="u",
              num=(1, 0)),
          plain("the centres train technicians from neighbouring countries;", num=(1, 1)),
          plain("every copy is kept in at least two places;", num=(1, 1)),
          led("Invites", " broadcasters to open their archives to researchers and to the public;", style="u",
              num=(1, 0)),
          led("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
              "eighty-second session;", [F("operative-end-mark", 'the last operative clause ends with ";" instead '
                                          'of «.» (UN-B09, MUN-F05)')], style="u", num=(1, 0))]
    return Draft("en-i05-word-numbers-and-typed-numbers", "en", B, n)


# ---------------------------------------------------------------- en-i06: nearly clean; heading table, Heading 3 clauses
def en_i06() -> Draft:
    n = en_numbering()
    n.abstracts[1][0].pstyle = "Heading3"
    B = [Table([[plain("Committee: United Nations Environment Assembly"),
                 plain("Topic: Conservation of the snow leopard and its mountain habitat")]]),
         plain("Sponsors: Bhutan, Kyrgyzstan, Mongolia"),
         plain("Signatories: Kazakhstan, Nepal, Pakistan, Tajikistan, Uzbekistan"),
         P([R("The United Nations Environment Assembly", i=True), R(",")]),
         led("Noting", " that fewer than seven thousand snow leopards are thought to live in the wild across twelve "
             "range States,", wrap="smartTag"),
         led("Recognizing", " that herders lose livestock to snow leopards and sometimes kill them in return,",
             wrap="smartTag"),
         led("Welcoming", " the Global Snow Leopard and Ecosystem Protection Program launched in Bishkek in 2013,"),
         P([R("Encourages", u=True), R(" range States to pay herders for livestock lost to snow leopards through "
                                       "community insurance schemes;")], style="Heading3"),
         P([R("Calls upon", u=True), R(" range States to:")], style="Heading3"),
         plain("strengthen patrols against poaching and the illegal trade in skins and bones;", num=(1, 1)),
         plain("keep mountain corridors free of fences that block the movement of wild sheep and goats;",
               num=(1, 1)),
         P([R("Invites", u=True), R(" the United Nations Development Programme to support camera-trap surveys across "
                                    "borders,")], [F("operative-end-mark", 'operative clause 3 ends with "," instead '
                                                     'of «;» (UN-B09, MUN-F05)')], style="Heading3"),
         P([R("Requests", u=True), R(" the Executive Director to report to the Assembly at its next session.")],
           style="Heading3")]
    for p in B:
        if isinstance(p, P):
            p.jc = "both"
    return Draft("en-i06-nearly-clean-heading-table-heading3-clauses-smart-tags", "en", B, n, heading3_num=(1, 0))


# ---------------------------------------------------------------- Chinese
ZH_SP = "\u3000\u3000"


def zh_i07() -> Draft:
    B = [plain("决议草案", jc="center"),
         plain("委员会：联合国大会第三委员会"),
         plain("议题：儿童和青少年近视的预防"),
         plain("起草国：新加坡、中国、日本"),
         plain("附议国：爱尔兰、大韩民国、芬兰、越南"),
         P([R("大会", b=True), R("，")])]
    pre = [("关切地注意到", "全球儿童和青少年的近视率在过去二十年中迅速上升，在一些城市已超过八成，", []),
           ("认识到", "户外活动时间不足和长时间近距离用眼是近视发生和加深的主要原因，", []),
           ("又认识到", "高度近视会增加成年后视网膜脱离和青光眼的风险；",
            [F("preambular-end-mark", '序言性条款以 "；" 结尾；应为 «，» (UN-B05, ZH-B02)')]),
           ("欢迎", "世界卫生组织在视力和眼保健方面开展的各项工作，", [])]
    for lead, rest, faults in pre:
        B.append(P([R(ZH_SP), R(lead, u=True), R(rest)], faults, jc="both"))
    ops = [("1. ", "鼓励", "会员国保证中小学生每天在校户外活动时间不少于两小时；", []),
           ("2. ", "促请", "各国教育部门：\n（a）减少小学低年级的书面作业；\n（b）在教室安装符合标准的照明设备；\n"
            "（c）每学年为学生检查一次视力并建立视力档案；", []),
           ("3. ", "建议", "各国卫生部门：\n（一）培训基层医生开展散瞳验光；\n（二）向家长宣传儿童使用电子屏幕时间的建议；",
            [F("sub-clause-label", 'sub-clauses after the line breaks labelled "（一）" "（二）"; expected «（a）» '
               '«（b）», as under clause 2 (ZH-B04)')]),
           ("4. ", "请", "世界卫生组织与联合国教育、科学及文化组织合作，制定学校视力保护技术指南；", []),
           ("5. ", "请", "秘书长在大会第八十二届会议上报告本决议的执行情况；",
            [F("operative-end-mark", "last operative paragraph ends with ； («。») (UN-B09, ZH-B03)")])]
    for label, lead, rest, faults in ops:
        B.append(P([R(ZH_SP + label), R(lead, u=True), R(rest)], faults, jc="both"))
    return Draft("zh-i07-wechat-paste-full-width-indents-line-broken-subs", "zh", B, ea_font="宋体")


def zh_numbering(sub: str = "（%2）") -> Numbering:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", sub, 840, 420)]
    n.nums[1] = (1, {})
    return n


def zh_i08() -> Draft:
    n = zh_numbering()
    H = "黑体"
    B = [P([R("决议草案", ea=H)], jc="center"),
         Table([[plain("委员会：联合国大会第二委员会"), plain("议题：加强海上搜寻和救助合作")]]),
         plain("起草国：菲律宾、希腊、印度尼西亚"),
         plain("附议国：马耳他、挪威、新西兰、智利"),
         P([R("大会", ea=H), R("，")]),
         led("回顾", "1979年《国际海上搜寻救助公约》，", style="", lead_ea=H),
         led("深为关切", "每年都有大量渔民、移民和乘客在海上遇险后因救援不及时而丧生。",
             [F("preambular-end-mark", '序言性条款以 "。" 结尾；应为 «，» (UN-B05, ZH-B02, ZH-B05)')], style="", lead_ea=H),
         led("注意到", "许多沿海发展中国家缺少搜救船只、飞机和经过训练的协调人员，",
             [F("emphasis", 'lead "注意到" is in the body font 仿宋_GB2312, not set off in 黑体 like the other leads '
                '(nor underlined) (ZH-B02)')], style=""),
         led("认识到", "区域搜救协调中心之间的信息共享能够缩短救援时间，", style="", lead_ea=H),
         led("敦促", "会员国划定并公布各自的搜救责任区，并指定一个全天候运作的救援协调中心；", style="", lead_ea=H,
             num=(1, 0)),
         led("鼓励", "沿海国家为小型渔船配备低成本的卫星示位标和救生衣；", style="", lead_ea=H, num=(1, 0)),
         led("请", "国际海事组织为沿海发展中国家培训搜救协调人员；",
             [F("numbering", 'label doubled: Word numbers the clause "3." and the student typed "3、" before the '
                'lead, so the page shows "3. 3、请" (UN-B07)')], style="", prefix="3、", lead_ea=H, num=(1, 0)),
         led("呼吁", "各国救助所有遇险人员，不论其国籍、身份或所处情况；", style="", lead_ea=H, num=(1, 0)),
         led("请", "秘书长就本决议的执行情况向大会第八十二届会议提交报告。", style="", lead_ea=H, num=(1, 0))]
    return Draft("zh-i08-fangsong-body-heiti-leads-table-heading", "zh", B, n, ea_font="仿宋_GB2312", size=28)


def zh_i09() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("bullet", "•", 420, 420, font="宋体"), Lvl("lowerLetter", "(%2)", 840, 420)]
    n.nums[1] = (1, {})
    bullet = F("numbering", 'operative paragraph in a Word bullet list ("•"); operative paragraphs are numbered '
               '«1.» «2.» (UN-B07, ZH-B03)')
    B = [plain("决议草案", jc="center"),
         plain("委员会：联合国环境大会"),
         plain("议题：古树名木的保护"),
         plain("起草国：希腊、黎巴嫩、中国"),
         plain("附议国：格鲁吉亚、意大利、日本、土耳其"),
         P([R("联合国环境大会", b=True), R("，")]),
         led("认识到", "树龄数百年乃至上千年的古树是重要的自然遗产和文化遗产，", style="u"),
         led("关切地注意到", "城市扩张、道路修建和病虫害正在使许多古树衰弱和死亡，", style="u"),
         led("注意到", "许多国家尚未对古树进行普查和登记，", style="u"),
         led("强调", "古树所在社区在日常养护中发挥的作用，", style="u"),
         led("鼓励", "会员国开展古树普查，为每一株古树建立档案并挂牌标识；", [bullet], style="u", num=(1, 0)),
         led("促请", "各国在城市规划和道路建设中避让古树，并：", [bullet], style="u", num=(1, 0)),
         plain("在古树周围划定保护范围，禁止硬化地面；", num=(1, 1)),
         plain("禁止在保护范围内堆放建筑材料和倾倒废水；", num=(1, 1)),
         led("建议", "各国林业部门组建专业养护队伍，定期检查古树的\f健康状况并及时防治病虫害;",
             [bullet, F("half-width-punctuation-in-chinese", 'operative paragraph ends with a half-width ";" («；») '
                        '(ZH-P01, UN-B09)')], style="u", num=(1, 0)),
         led("邀请", "社区居民和志愿者参与古树的巡护和宣传；", [bullet], style="u", num=(1, 0)),
         led("请", "执行主任在下届会议上报告本决议的执行情况。", [bullet], style="u", num=(1, 0))]
    return Draft("zh-i09-bullet-clauses-page-break-in-a-clause", "zh", B, n, ea_font="宋体")


def zh_i10() -> Draft:
    n = zh_numbering()
    B = [plain("决议草案", jc="center"),
         plain("委员会：联合国大会第三委员会"),
         plain("议题：城市无障碍设施与视障人士出行"),
         plain("起草国：巴西、肯尼亚、泰国"),
         plain("附议国：厄瓜多尔、约旦、蒙古、乌干达"),
         P([R("大会", b=True), R("，")]),
         led("回顾", "《残疾人权利公约》第九条关于无障碍的规定，", style="u"),
         led("注意到", "许多城市的盲道被车辆、摊位和施工围挡占用，或在路口中断，", style="u", wrap="customXml"),
         led("认识到", "视障人士独立、安全地出行是其参与社会生活的前提，", style="u", wrap="customXml"),
         led("鼓励", "会员国制定盲道和无障碍过街设施的国家标准，并定期检查执行情况；", style="u", num=(1, 0)),
         led("促请", "地方政府清理占用盲道的车辆和设施，并对占用行为予以处罚，",
             [F("operative-end-mark", '执行段以 "，" 结尾；应为 «；» (UN-B09, ZH-B03)')], style="u", num=(1, 0)),
         led("建议", "在主要路口安装带声音提示的交通信号灯；", style="u", num=(1, 0)),
         led("邀请", "视障人士组织参与城市道路的设计和验收；", style="u", wrap="smartTag", num=(1, 0)),
         led("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", style="u", num=(1, 0))]
    return Draft("zh-i10-nearly-clean-en-us-language-custom-xml-leads", "zh", B, n, ea_font="宋体", lang_ea=None)


DRAFTS = [en_i01, en_i02, en_i03, en_i04, en_i05, en_i06, zh_i07, zh_i08, zh_i09, zh_i10]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            paras = d.paragraphs()
            labels = d.numbering.labels(list(enumerate(paras, 1)), styles_num(d)) if d.numbering else {}
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
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
