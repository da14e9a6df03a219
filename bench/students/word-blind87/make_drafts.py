"""Build the word-blind87 drafts: English .docx drafts laid out in tables and carrying Word comments.

Six drafts typed for this set (helper word-blind87, round 37) as high-school and university delegates hand them in at
six conferences, written as raw WordprocessingML: a cover page with the conference's logo text (large bold lines and
a page break) before the heading; a heading block laid out as a table (Forum | Question of | Submitted by |
Co-submitted by, label cell and value cell) or as lines; drafts laid out whole in a table, either two columns (the
lead in the left cell, the rest of the clause in the right) or one row per clause (a number cell and a text cell, or
one cell); Word comments of co-submitters on clauses (w:commentRangeStart / w:commentRangeEnd / w:commentReference,
word/comments.xml). Clauses are numbered by Word's lists (numbering.xml; a clause typed into a second list is a
second w:abstractNum and w:num, so Word shows "1." again) or typed by hand.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the
marks. Paragraph = 1-based index of the body's w:p in document order, table cells included (row by row, cells left
to right, the paragraphs of a cell in order; an empty cell's w:p counts). Nothing of drafter or of another set is
imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # each body paragraph: index, where it stands, the label Word shows, text, faults
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]
DATE = "2027-02-18T19:40:00Z"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class R:
    text: str = ""
    i: bool = False
    u: bool = False
    b: bool = False
    size: int = 0  # half-points; 0: the style's
    page_break: bool = False  # a page break after the text


@dataclass
class Fault:
    kind: str
    note: str


F = Fault


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    center: bool = False
    comment: tuple[str, str] | None = None  # (author, text) on the whole paragraph


@dataclass
class T:
    """A table: rows of cells, each cell a list of paragraphs; widths in twips per column."""
    rows: list[list[list[P]]]
    widths: list[int]
    borders: bool = True


SHAPES = {
    "paren": (("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")),
    "thimun": (("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3.")),
    "dots": (("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")),
}


@dataclass
class Draft:
    name: str
    font: str
    abstracts: list[str]  # shape of each w:abstractNum; numId n points at abstract n-1
    body: list[P | T]


def paras(d: Draft) -> list[tuple[P, str]]:
    """Every body paragraph in document order with where it stands ("" body, "r2c1" table row 2 cell 1)."""
    out: list[tuple[P, str]] = []
    for block in d.body:
        if isinstance(block, P):
            out.append((block, ""))
            continue
        for ri, row in enumerate(block.rows, 1):
            for ci, cell in enumerate(row, 1):
                out.extend((p, f"r{ri}c{ci}") for p in cell)
    return out


# ---------------------------------------------------------------- shorthand

def cover(*lines: str) -> list[P]:
    """The cover page: the conference's logo text, large and bold, centred; a page break after the last line."""
    out = [P([R(t, b=True, size=44 if n == 0 else 28)], center=True) for n, t in enumerate(lines)]
    out[-1].runs.append(R(page_break=True))
    return out


def plain(*parts: str | R, **kw) -> P:
    return P([x if isinstance(x, R) else R(x) for x in parts], **kw)


def cl(lead: str, *rest: str | R, emph: str = "i", **kw) -> P:
    return P([R(lead, i="i" in emph, u="u" in emph, b="b" in emph)]
             + [x if isinstance(x, R) else R(x) for x in rest], **kw)


def lead(text: str, emph: str = "i", **kw) -> P:
    return P([R(text, i="i" in emph, u="u" in emph, b="b" in emph)], **kw)


def typed_lead(number: str, text: str, emph: str = "u") -> P:
    """A lead with its number typed before it, the number not emphasised ("1. Encourages")."""
    return P([R(number + " "), R(text, i="i" in emph, u="u" in emph, b="b" in emph)])


def empty() -> P:
    return P([])


def heading_table(*rows: tuple[str, str] | tuple[str, str, list[Fault]]) -> T:
    """The template's heading block: a bold label cell and a value cell a row."""
    out = []
    for row in rows:
        label, value = row[0], row[1]
        faults = list(row[2]) if len(row) > 2 else []
        out.append([[P([R(label, b=True)], faults=faults)], [P([R(value)] if value else [])]])
    return T(out, [2600, 6400])


def two_col(rows: list[tuple[P, P]]) -> T:
    return T([[[a], [b]] for a, b in rows], [2700, 6300], borders=False)


# ---------------------------------------------------------------- WordprocessingML

class Builder:
    def __init__(self, d: Draft) -> None:
        self.d = d
        self.comments: list[tuple[str, str]] = []

    def run_xml(self, r: R) -> str:
        parts = ("<w:b/>" if r.b else "") + ("<w:i/>" if r.i else "") + ('<w:u w:val="single"/>' if r.u else "") \
            + (f'<w:sz w:val="{r.size}"/>' if r.size else "")
        inner = []
        for m, piece in enumerate(r.text.split("\t")):
            if m:
                inner.append("<w:tab/>")
            if piece:
                inner.append(f'<w:t xml:space="preserve">{esc(piece)}</w:t>')
        if r.page_break:
            inner.append('<w:br w:type="page"/>')
        return f"<w:r>{f'<w:rPr>{parts}</w:rPr>' if parts else ''}{''.join(inner)}</w:r>"

    def para_xml(self, p: P) -> str:
        ppr = []
        if p.num:
            ppr.append('<w:pStyle w:val="ListParagraph"/>')
            ppr.append(f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>')
        if p.center:
            ppr.append('<w:jc w:val="center"/>')
        head = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        runs = "".join(self.run_xml(r) for r in p.runs)
        if p.comment:
            cid = len(self.comments)
            self.comments.append(p.comment)
            runs = (f'<w:commentRangeStart w:id="{cid}"/>{runs}<w:commentRangeEnd w:id="{cid}"/>'
                    f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{cid}"/></w:r>')
        return f"<w:p>{head}{runs}</w:p>"

    def table_xml(self, t: T) -> str:
        line = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        borders = "".join(line.format(s) for s in ("top", "left", "bottom", "right", "insideH", "insideV")) \
            if t.borders else "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right",
                                                                        "insideH", "insideV"))
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in t.widths)
        rows = []
        for row in t.rows:
            cells = []
            for w, cell in zip(t.widths, row):
                body = "".join(self.para_xml(p) for p in cell) or "<w:p/>"
                cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{body}</w:tc>')
            rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
        return (f'<w:tbl {NSDECL}><w:tblPr><w:tblW w:w="{sum(t.widths)}" w:type="dxa"/><w:tblBorders>{borders}'
                f'</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
                f'{"".join(rows)}</w:tbl>')

    def block_xml(self, block: P | T) -> str:
        if isinstance(block, T):
            return self.table_xml(block)
        return self.para_xml(block).replace("<w:p>", f"<w:p {NSDECL}>", 1)

    def comments_xml(self) -> bytes:
        out = []
        for cid, (author, text) in enumerate(self.comments):
            initials = "".join(w[0] for w in author.split())
            out.append(f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="{DATE}" w:initials="{initials}">'
                       f'<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
                       f'</w:p></w:comment>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NSDECL}>{"".join(out)}'
                f'</w:comments>').encode()


def numbering_xml(d: Draft) -> str:
    out = []
    for aid, shape in enumerate(d.abstracts):
        levels = []
        for ilvl, (fmt, text) in enumerate(SHAPES[shape]):
            levels.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                          f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
                          f'<w:ind w:left="{360 + 360 * ilvl}" w:hanging="360"/></w:pPr></w:lvl>')
        out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{0x5A870000 + aid * 0x137:08X}"/>'
                   f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>')
    for n in range(1, len(d.abstracts) + 1):
        out.append(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n - 1}"/></w:num>')
    return "".join(out)


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    normal.font.name = d.font
    normal.paragraph_format.space_after = Pt(6)
    if "List Paragraph" not in [s.name for s in doc.styles]:
        doc.styles.add_style("List Paragraph", 1)
    if d.abstracts:
        numbering = doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for child in parse_xml(f"<w:numbering {NSDECL}>{numbering_xml(d)}</w:numbering>"):
            numbering.append(child)
    b = Builder(d)
    sect = body.find(qn("w:sectPr"))
    for block in d.body:
        sect.addprevious(parse_xml(b.block_xml(block)))
    if b.comments:
        part = Part(PackURI("/word/comments.xml"), CT_COMMENTS, b.comments_xml(), doc.part.package)
        doc.part.relate_to(part, RT.COMMENTS)
    path = HERE / f"{d.name}.docx"
    doc.save(str(path))
    again = docx.Document(str(path))
    count = len(list(again.element.body.iter(qn("w:p"))))
    assert count == len(paras(d)), (d.name, count, len(paras(d)))
    return path


def labels(d: Draft) -> list[str]:
    """The label Word shows: each w:num here has its own w:abstractNum, so each keeps its own counters."""
    out: list[str] = []
    counters: dict[int, list[int]] = {}
    for p, _ in paras(d):
        if not p.num:
            out.append("")
            continue
        numid, lvl = p.num
        c = counters.setdefault(numid, [0, 0, 0])
        c[lvl] += 1
        for deeper in range(lvl + 1, 3):
            c[deeper] = 0
        fmt, text = SHAPES[d.abstracts[numid - 1]][lvl]
        n = c[lvl]
        shown = {"decimal": str(n), "lowerLetter": "abcdefghij"[n - 1], "lowerRoman": ROMAN[n - 1]}[fmt]
        out.append(text.replace(f"%{lvl + 1}", shown))
    return out


# ---------------------------------------------------------------- the drafts

# en-01: Special Political and Decolonization Committee at a THIMUN-procedure school conference; cover page with the
# logo text; the template's heading table (Forum | Question of | Submitted by | Co-submitted by); organ line in
# capitals; leads underlined; Word's list "1." / "a)"; two co-submitters' comments. Nearly clean: one misspelt lead.
EN01 = Draft("en-01-specpol-space-weather-heading-table-comments-nearly-clean", "Arial", ["thimun"], [
    *cover("NORTHGATE MODEL UNITED NATIONS", "NGMUN 2027", "Special Political and Decolonization Committee"),
    heading_table(("Forum:", "Special Political and Decolonization Committee (GA4)"),
                  ("Question of:", "International cooperation on space weather"),
                  ("Submitted by:", "Norway"),
                  ("Co-submitted by:", "Australia, Brazil, Finland, Japan, Mexico, South Africa")),
    plain(R("THE GENERAL ASSEMBLY,")),
    cl("Recalling", " the Guidelines for the Long-term Sustainability of Outer Space Activities adopted by the "
       "Committee on the Peaceful Uses of Outer Space in 2019,", emph="u"),
    cl("Aware", " that solar storms can damage satellites, power grids and radio communications on which "
       "aviation and shipping depend,", emph="u"),
    cl("Acknowleding", " the work of the World Meteorological Organization on space weather services,", emph="u",
       faults=[F("misspelt-lead", '"Acknowleding" - the lead is misspelt; expected «Acknowledging» (MUN-F02)')]),
    cl("Noting with concern", " that few developing countries can forecast space weather or share its data,",
       emph="u", comment=("Kenji Sato (Japan)", "add a figure here?")),
    cl("Encourages", " Member States to share data from their ground-based and space-based observatories through "
       "open platforms;", emph="u", num=(1, 0)),
    cl("Calls upon", " Member States to prepare national plans for severe space weather events that include:",
       emph="u", num=(1, 0), comment=("Ana Ribeiro (Brazil)", "should this be 'Urges'?")),
    plain("the protection of power grids and satellite operations;", num=(1, 1)),
    plain("warnings to aviation, shipping and emergency services;", num=(1, 1)),
    cl("Invites", " the Office for Outer Space Affairs to offer training on space weather to developing "
       "countries;", emph="u", num=(1, 0)),
    cl("Requests", " the Secretary-General to report to the General Assembly at its eighty-third session on the "
       "implementation of the present resolution.", emph="u", num=(1, 0)),
])

# en-02: World Health Assembly at an HMUN-style university conference; cover page; heading as lines (DRAFT
# RESOLUTION 1.1, Committee, Topic, Signatories); the whole body in a two-column table without borders, the lead
# in the left cell (italic) and the rest of the clause in the right; operative leads numbered by Word's list in
# the left cell; sub-clauses in the right cell of a row whose left cell is empty; comments.
EN02 = Draft("en-02-wha-mass-gatherings-two-column-lead-cell", "Times New Roman", ["paren"], [
    *cover("HARBOURVIEW UNIVERSITY MUN", "HUMUN XII", "World Health Assembly"),
    plain(R("DRAFT RESOLUTION 1.1", b=True)),
    plain("Committee: World Health Assembly"),
    plain("Topic: Public health at mass gatherings"),
    plain("Signatories: Brazil, Egypt, Indonesia, Kazakstan, Morocco, Qatar, Saudi Arabia, Senegal, Spain",
          faults=[F("state-name", '"Kazakstan" - the State\'s name is misspelt; expected «Kazakhstan» (UN-H06)')]),
    plain(R("The World Health Assembly,", i=True)),
    two_col([
        (lead("Recalling"), plain("resolution WHA62.14 and the International Health Regulations (2005),")),
        (lead("Noting"), plain("that pilgrimages, festivals and sporting events bring millions of people together "
                               "for days in crowded places;"),),
        (lead("Concerned"), plain("that outbreaks of measles, meningitis and heat illness have followed mass "
                                  "gatherings,")),
        (lead("Recognizing"), plain("the experience of host countries in planning health services for large "
                                    "events,")),
        (lead("Encourages", num=(1, 0)), plain("Member States hosting mass gatherings to plan health services with "
                                               "the organizers from the start;")),
        (lead("Urges", num=(1, 0)), plain("host countries to strengthen surveillance before, during and after "
                                          "mass gatherings by:")),
        (empty(), plain("sharing data on cases with neighbouring countries;", num=(1, 1))),
        (empty(), plain("testing visitors who fall ill at the event;", num=(1, 1))),
        (lead("Further Requests", num=(1, 0)), plain("Member States to offer vaccination to travellers before large "
                                                     "religious and sporting events;",
                                                     comment=("Leila Haddad (Morocco)", "which vaccines? meningitis "
                                                              "only?"))),
        (lead("Noting", num=(1, 0)), plain("that heat illness at summer events can be prevented with water, shade "
                                           "and rest areas;")),
        (lead("Requests", num=(1, 0)), plain("the Director-General to publish guidance on mass gatherings and to "
                                             "report to the Eighty-first World Health Assembly.")),
    ]),
])
# faults on en-02's table cells, set by index below (the cell they stand in)
_t2 = EN02.body[-1].rows
_t2[1][1][0].faults.append(F("preambular-end-mark", '"…for days in crowded places;" - a preambular clause ends with '
                             'a semicolon; expected «…crowded places,» (UN-B05, MUN-F04)'))
_t2[8][0][0].faults.append(F("capital-after-lead", 'the lead is typed "Further Requests": the second word takes no '
                             "capital; expected «Further requests» (MUN-F03, UN-B04)"))
_t2[9][0][0].faults.append(F("operative-without-verb", '"Noting" opens operative clause 5, a preambulatory phrase '
                             "in the operative part; expected an operative verb, e.g. «Stresses» (UN-B06, MUN-F05)"))

# en-03: UN Environment Assembly at a UNA-USA-style school conference; heading as lines (Committee / Topic /
# Sponsors / Signatories); cover page; one row per clause in a bordered table, a narrow number cell (typed "1.",
# left empty for preambular clauses) and a text cell with the lead in bold; comments.
EN03 = Draft("en-03-unea-soil-microplastics-row-per-clause-typed-numbers", "Calibri", [], [
    *cover("RIVERSIDE HIGH SCHOOL MUN CONFERENCE", "RHSMUN 2027", "United Nations Environment Assembly"),
    plain("Committee: United Nations Environment Assembly"),
    plain("Topic: Microplastics in agricultural soils"),
    plain("Sponsors:", faults=[F("heading-field-missing", 'the "Sponsors:" line is left empty: the draft does not '
                                "say who submits it (MUN-H01)")]),
    plain("Signatories: Chile, Denmark, Ghana, India, Netherlands, Peru, Viet Nam"),
    plain("The United Nations Environment Assembly,"),
    T([
        [[empty()], [cl("Recalling", " its resolution 5/14 to develop an international legally binding "
                        "instrument on plastic pollution,", emph="b")]],
        [[empty()], [cl("Alarmed", " that plastic mulch films and sewage sludge spread on fields leave "
                        "microplastics in the soil,", emph="b")]],
        [[empty()], [cl("Noting", " that little is known of how microplastics affect soil organisms and crops,",
                        emph="b", comment=("Priya Nair (India)", "source for this?"))]],
        [[empty()], [cl("Recognising", " the work of the Food and Agriculture Organization of the United Nations "
                        "on agricultural plastics,", emph="b")]],
        [[plain("1.")], [cl("Encourages", " Member States to replace plastic mulch films with biodegradable "
                            "alternatives where these are proven safe;", emph="b")]],
        [[plain("2.")], [cl("Calls upon", " Member States to set limits on microplastics in sewage sludge used as "
                            "fertilizer;", emph="b")]],
        [[plain("3.")], [cl("Requests", " the Food and Agriculture Organization to develop methods to measure "
                            "microplastics in soil;", emph="b")]],
        [[plain("3.", faults=[F("numbering", 'the fourth clause is typed "3." again after clause 3; expected «4.» '
                                 "(UN-B07, MUN-F05)")])],
         [cl("Requests", " the Food and Agriculture Organization to develop methods to measure microplastics in "
             "soil;", emph="b", faults=[F("duplicate-clause", '"Requests the Food and Agriculture Organization to '
                                          'develop methods to measure microplastics in soil" is pasted twice, one '
                                          "row after the other (MUN-F05)")])]],
        [[plain("5.")], [cl("Invites", " farmers' organizations and research institutes to share what they learn "
                            "about plastic-free farming;", emph="b")]],
        [[plain("6.")], [cl("Requests", " the Executive Director to report on progress to the Environment Assembly "
                            "at its seventh session;", emph="b",
                            faults=[F("operative-end-mark", '"…at its seventh session;" - the last operative clause '
                                      "ends with a semicolon; expected «…seventh session.» (UN-B09, MUN-F05)")])]],
    ], [900, 8100]),
])

# en-04: Second Committee at a THIMUN-procedure school conference; cover page; the heading table; organ line
# italic; leads italic; Word's list "1." / "(a)"; a clause typed after a gap lands in a second list and shows "1."
# again; comments of two co-submitters.
EN04 = Draft("en-04-ecofin-peatland-fires-heading-table-second-list", "Cambria", ["paren", "paren"], [
    *cover("ST. AIDAN'S MODEL UNITED NATIONS", "SAMUN", "Economic and Financial Committee"),
    heading_table(("Forum:", "Economic and Financial Committee (GA2)"),
                  ("Question of:", "Preventing peatland fires"),
                  ("Submitted by:", "Indonesia"),
                  ("Co-submitted by:", "Canada, Columbia, Finland, Malaysia, Peru, Republic of Congo")),
    plain(R("The General Assembly,", i=True)),
    cl("Recalling", " the United Nations Environment Assembly resolution 4/16 on the conservation and sustainable "
       "management of peatlands,"),
    cl("Deeply concerned", " that peatland fires release large amounts of carbon and cause haze that harms the "
       "health of millions,"),
    cl("Noting", " that drained peatlands burn more easily and for longer than intact ones,",
       comment=("Mika Laine (Finland)", "should this be 'Noting with concern'?")),
    cl("Recognizing", " the Global Peatlands Initiative led by the United Nations Environment Programme,"),
    cl("Encouages", " Member States to restore drained peatlands by blocking canals and rewetting the land;",
       num=(1, 0), faults=[F("misspelt-lead", '"Encouages" - the lead is misspelt; expected «Encourages» (MUN-F03)')]),
    cl("Calls Upon", " Member States to ban the use of fire to clear land on peat soils;", num=(1, 0),
       faults=[F("capital-after-lead", 'the lead is typed "Calls Upon": the second word takes no capital; expected '
                 "«Calls upon» (MUN-F03, UN-B04)")]),
    cl("Urges", " Member States to set up early warning systems for peatland fires that use:", num=(1, 0)),
    plain("satellite data on hot spots;", num=(1, 1)),
    plain("measurements of the water table in peatlands;", num=(1, 1)),
    cl("Invites", " the Green Climate Fund to finance the restoration of peatlands in developing countries;",
       num=(2, 0), comment=("Aisha Rahman (Malaysia)", "GCF or GEF?"),
       faults=[F("numbering", '"Invites the Green Climate Fund" was typed into a second list and shows "1." after '
                 "clause 3; expected «4.» (UN-B07, MUN-F05)")]),
    cl("Requests", " the Secretary-General to report on peatland fires at the eighty-second session.", num=(2, 0),
       faults=[F("numbering", 'the last clause continues the second list and shows "2."; expected «5.» '
                 "(UN-B07, MUN-F05)")]),
])

# en-05: Third Committee at a UNA-USA-style university conference; cover page; the heading table without borders
# (Committee | Topic | Sponsors | Signatories); the whole body in a two-column table with the numbers typed by hand
# in the left cell before the lead ("1. Urges"); leads underlined; comments.
EN05 = Draft("en-05-sochum-sign-languages-two-column-typed-numbers", "Garamond", [], [
    *cover("LAKESHORE INTERCOLLEGIATE MUN", "LIMUN 2027", "Third Committee"),
    heading_table(("Committee:", "Social, Humanitarian and Cultural Committee (Third Committee)"),
                  ("Topic:", "The rights of deaf persons to sign languages"),
                  ("Sponsors:", "Ireland, New Zealand"),
                  ("Signatories:", "Argentina, Ghana, Jordan, Nepal, Paraguay, Sweden, Uganda")),
    plain(R("The General Assembly,", i=True)),
    two_col([
        (lead("Recalling", emph="u"), plain("article 21 of the Convention on the Rights of Persons with "
                                            "Disabilities,")),
        (lead("Recalling Also", emph="u"), plain("its resolution 72/161 proclaiming 23 September the International "
                                                 "Day of Sign Languages,")),
        (lead("Urges", emph="u"), plain("that most deaf children are born to hearing parents who do not know a sign "
                                        "language,")),
        (lead("Concerned", emph="u"), plain("that many deaf persons cannot use public services in their sign "
                                            "language,")),
        (typed_lead("1.", "Encourages"), plain("Member States to recognize their national sign languages in "
                                                "law;")),
        (typed_lead("2.", "Calls upon"), plain("Member States to offer sign language classes to the families of "
                                                "deaf children.")),
        (typed_lead("3.", "Recommends"), plain("that public broadcasters provide sign language interpretation of "
                                                "news and emergency announcements;",
                                                comment=("Tom Gallagher (Ireland)", "add captions as well?"))),
        (typed_lead("4.", "Recommends"), plain("that public broadcasters provide sign language interpretation of "
                                                "news and emergency announcements;")),
        (typed_lead("5.", "Invites"), plain("organizations of deaf persons to take part in training interpreters;")),
        (typed_lead("6.", "Requests"), plain("the Secretary-General to report on the implementation of the present "
                                              "resolution at the eighty-third session.")),
    ]),
])
_t5 = EN05.body[-1].rows
_t5[1][0][0].faults.append(F("capital-after-lead", 'the lead is typed "Recalling Also": the second word takes no '
                             "capital; expected «Recalling also» (MUN-F02, UN-B04)"))
_t5[2][0][0].faults.append(F("wrong-lead-form", '"Urges that most deaf children are born to hearing parents" - '
                             '"Urges", an operative verb, opens a preambular clause; expected a preambulatory '
                             "phrase, e.g. «Aware» (UN-B03, MUN-F02)"))
_t5[5][1][0].faults.append(F("operative-end-mark", '"…to the families of deaf children." - an operative clause that is '
                             "not the last ends with a full stop; expected «…deaf children;» (UN-B09, MUN-F05)"))
_t5[7][1][0].faults.append(F("duplicate-clause", '"Recommends that public broadcasters provide sign language '
                             'interpretation of news and emergency announcements" is pasted twice, as clauses 3 and '
                             "4 (MUN-F05)"))

# en-06: Second Committee at an MUN of a university in Asia; cover page; the heading table with the Co-submitted
# by row left empty; the whole body in a one-column table, one clause a row, the operative clauses numbered by
# Word's list inside the cells "1." / "a."; leads bold; comments.
EN06 = Draft("en-06-ecofin-volcanic-hazards-one-column-rows-empty-cosubmitters", "Calibri", ["dots", "dots"], [
    *cover("PACIFIC RIM MODEL UNITED NATIONS", "PRMUN 2027", "GA Second Committee"),
    heading_table(("Forum:", "General Assembly Second Committee"),
                  ("Question of:", "Early warning of volcanic hazards"),
                  ("Submitted by:", "Philippines"),
                  ("Co-submitted by:", "", [F("heading-field-missing", 'the "Co-submitted by:" row is left empty: '
                                              "the draft names no co-submitters (MUN-H02)")])),
    plain(R("THE GENERAL ASSEMBLY,", b=True)),
    T([
        [[cl("Recalling", " the Sendai Framework for Disaster Risk Reduction 2015-2030,", emph="b")]],
        [[cl("Noting", " that about 800 million people live within 100 kilometres of an active volcano,",
             emph="b")]],
        [[cl("Aware", " that volcanic ash closes airports and damages crops, water supplies and roofs,",
             emph="b")]],
        [[cl("Welcoming", " the Early Warnings for All initiative of the Secretary-General.", emph="b",
             faults=[F("preambular-end-mark", '"…initiative of the Secretary-General." - a preambular clause ends '
                       "with a full stop; expected «…Secretary-General,» (UN-B05, MUN-F04)")])]],
        [[cl("Encourages", " Member States to monitor their active volcanoes with seismic and gas sensors;",
             emph="b", num=(1, 0))]],
        [[cl("Calls upon", " Member States to prepare evacuation plans for communities near volcanoes that:",
             emph="b", num=(1, 0), comment=("Dewi Putri (Indonesia)", "should this be 'Encourages'?"))]],
        [[plain("name safe routes and shelters;", num=(1, 1))]],
        [[plain("are practised with the communities each year;", num=(1, 1))]],
        [[cl("Invites", " the World Meteorological Organization and the International Civil Aviation "
             "Organization to improve warnings of ash clouds to airlines;", emph="b", num=(2, 0),
             faults=[F("numbering", '"Invites the World Meteorological Organization" was typed into a second list '
                       'and shows "1." after clause 2; expected «3.» (UN-B07, MUN-F05)')])]],
        [[cl("Supports", " the sharing of volcano monitoring data between neighbouring countries;", emph="b",
             num=(2, 0), faults=[F("numbering", 'the clause continues the second list and shows "2."; expected '
                                   "«4.» (UN-B07, MUN-F05)")])]],
        [[cl("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
             "eighty-third session,", emph="b", num=(2, 0),
             faults=[F("numbering", 'the last clause continues the second list and shows "3."; expected «5.» '
                       "(UN-B07, MUN-F05)"),
                     F("operative-end-mark", '"…at its eighty-third session," - the last operative clause ends with '
                       "a comma; expected «…eighty-third session.» (UN-B09, MUN-F05)")])]],
    ], [9000]),
])

EN04.body[3].rows[3][1][0].faults.append(
    F("state-name", '"Columbia" - the State\'s name is misspelt; expected «Colombia» (UN-H06)'))

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


def shown(p: P) -> str:
    out = []
    for r in p.runs:
        t = r.text.replace("\t", "→") + ("⏎page" if r.page_break else "")
        t = f"[i:{t}]" if r.i else f"[u:{t}]" if r.u else f"[b:{t}]" if r.b else t
        out.append(t)
    return "".join(out) + (f"  «comment: {p.comment[1]}»" if p.comment else "")


def annotations() -> str:
    import yaml
    lines = ["# word-blind87: faults a chair would mark, written by make_drafts.py from the F() marks before any run of",
             "# drafter. paragraph = 1-based index of the w:p among all w:p of the body in document order, table",
             "# cells included (row by row, cells left to right; an empty cell's w:p counts); the cover page's lines",
             "# count; list labels in notes are the ones Word shows (labels()). Comments are not faults."]
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": n, "kind": f.kind, "note": f.note}
                  for n, (p, _) in enumerate(paras(d), 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return "\n".join(lines) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for d in DRAFTS:
            print(d.name)
            for n, ((p, where), lab) in enumerate(zip(paras(d), labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"  {n:2} {where:5} {lab:4} {shown(p)} {marks}")
        return
    for d in DRAFTS:  # each quote of a note (its parts around "…") stands in the draft
        whole = "\n".join(lab + " " + "".join(r.text for r in p.runs).replace("\t", " ")
                          for (p, _), lab in zip(paras(d), labels(d)))
        whole += "\n" + " ".join("".join(r.text for r in p.runs) for p, _ in paras(d))
        for p, _ in paras(d):
            for f in p.faults:
                for q in f.note.split('"')[1::2]:
                    assert all(part in whole for part in q.split("…") if part), (d.name, q)
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
