"""Build the word-blind82 drafts: ordinary English .docx drafts of high-school delegates at six conferences.

Six drafts typed for this set (helper word-blind82, round 35) as delegates make them in Word for Windows, Word for Mac
and Word Online, written here as raw WordprocessingML: clauses numbered by Word's list commands (a multilevel list
"%1." / "(%2)" / "(%3)" on Windows, "%1." / "%2." / "%3." lowerLetter / lowerRoman on the Mac, "%1." / "%2)" / "%3."
in Word Online) or typed by hand ("5." and a Tab); "Restart at 1" writes a new w:num with a startOverride; a
paragraph typed outside the list keeps no w:numPr. Leads italic, underlined or bold as each conference asks, a lead
sometimes split across runs ("Urge" + "s", both emphasised), a soft line break (w:br) inside a clause, a footnote
(w:footnoteReference, word/footnotes.xml), headings as lines (label, Tab, value) or in a two-column table.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the marks.
Paragraph = 1-based index of the body's w:p in document order (table-cell paragraphs counted). Nothing of drafter or
of another set is imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # each body paragraph: index, the label Word shows, text, fault kinds
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
CT_FOOT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class R:
    """A run. Tabs and "\\n" (a soft line break, w:br) inside text are written as w:tab / w:br; note = footnote id."""
    text: str = ""
    i: bool = False
    u: bool = False
    b: bool = False
    note: int | None = None


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


@dataclass
class Table:
    rows: list[tuple[str, str]]
    faults: dict[int, list[Fault]] = field(default_factory=dict)  # cell paragraph index (0-based, row-major) -> faults


# list shapes: per level (numFmt, lvlText)
ABSTRACTS = {
    "win": (("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")),
    "mac": (("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")),
    "online": (("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3.")),
}


@dataclass
class Draft:
    name: str
    nums: list[tuple[str, bool]]  # numId 1, 2, …: (abstract kind, restart at 1)
    body: list[P | Table]
    footnotes: dict[int, str] = field(default_factory=dict)

    def paras(self) -> list[P]:
        out: list[P] = []
        for item in self.body:
            if isinstance(item, Table):
                for k, (a, b) in enumerate(item.rows):
                    out.append(P([R(a, b=True)], faults=item.faults.get(2 * k, [])))
                    out.append(P([R(b)], faults=item.faults.get(2 * k + 1, [])))
            else:
                out.append(item)
        return out


def title(text: str) -> P:
    return P([R(text, b=True)], center=True)


def line(label: str, value: str, bold_label: bool = False, **kw) -> P:
    return P([R(label, b=bold_label), R("\t" + value)], **kw)


def plain(text: str, **kw) -> P:
    return P([R(text)], **kw)


def cl(lead: str, rest: str, emph: str = "i", num: tuple[int, int] | None = None, typed: str = "", **kw) -> P:
    """A clause: emph "i" italic, "u" underline, "b" bold, "" none; typed = a label typed by hand before a Tab."""
    runs = [R(typed + "\t")] if typed else []
    runs += [R(lead, i="i" in emph, u="u" in emph, b="b" in emph), R(rest)] if emph else [R(lead + rest)]
    return P(runs, num=num, **kw)


def organ(text: str, emph: str = "i", **kw) -> P:
    return P([R(text[:-1], i="i" in emph, u="u" in emph, b="b" in emph), R(text[-1])], **kw)


# ---------------------------------------------------------------- WordprocessingML


def rpr(r: R) -> str:
    parts = ("<w:b/>" if r.b else "") + ("<w:i/>" if r.i else "") + ('<w:u w:val="single"/>' if r.u else "")
    return f"<w:rPr>{parts}</w:rPr>" if parts else ""


def run_xml(r: R) -> str:
    if r.note is not None:
        return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{r.note}"/></w:r>'
    inner = []
    for k, chunk in enumerate(r.text.split("\n")):
        if k:
            inner.append("<w:br/>")
        for m, piece in enumerate(chunk.split("\t")):
            if m:
                inner.append("<w:tab/>")
            if piece:
                inner.append(f'<w:t xml:space="preserve">{esc(piece)}</w:t>')
    return f"<w:r>{rpr(r)}{''.join(inner)}</w:r>"


def para_xml(p: P) -> str:
    ppr = []
    if p.num:
        ppr.append('<w:pStyle w:val="ListParagraph"/>')
        ppr.append(f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>')
    elif p.runs and "\t" in p.runs[0].text and p.runs[0].text.split("\t")[0].endswith("."):
        # a typed label and a Tab: the hanging indent the user set with the ruler (sub-items one step further in)
        left = 720 if p.runs[0].text[:1].isdigit() else 1440
        ppr.append(f'<w:ind w:left="{left}" w:hanging="360"/>')
    if p.center:
        ppr.append('<w:jc w:val="center"/>')
    head = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p {NSDECL}>{head}{''.join(run_xml(r) for r in p.runs)}</w:p>"


def table_xml(t: Table) -> str:
    rows = []
    for a, b in t.rows:
        cells = []
        for text, width, bold in ((a, 2200, True), (b, 6800, False)):
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                         + para_xml(P([R(text, b=bold)])).replace(f"<w:p {NSDECL}>", "<w:p>") + "</w:tc>")
        rows.append("<w:tr>" + "".join(cells) + "</w:tr>")
    return (f'<w:tbl {NSDECL}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="2200"/><w:gridCol w:w="6800"/></w:tblGrid>' + "".join(rows) + "</w:tbl>")


def numbering_xml(d: Draft) -> str:
    kinds = sorted({k for k, _ in d.nums})
    out = []
    for aid, kind in enumerate(kinds):
        levels = []
        for ilvl, (fmt, text) in enumerate(ABSTRACTS[kind]):
            levels.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                          f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
                          f'<w:ind w:left="{720 + 720 * ilvl}" w:hanging="360"/></w:pPr></w:lvl>')
        out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{0x5B820000 + aid * 0x101:08X}"/>'
                   f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>')
    for n, (kind, restart) in enumerate(d.nums, 1):
        over = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
        out.append(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{kinds.index(kind)}"/>{over}</w:num>')
    return "".join(out)


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    if "List Paragraph" not in [s.name for s in doc.styles]:
        doc.styles.add_style("List Paragraph", 1)
    styles = doc.styles.element
    styles.append(parse_xml(f'<w:style {NSDECL} w:type="character" w:styleId="FootnoteReference">'
                            '<w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                            "</w:style>"))
    styles.append(parse_xml(f'<w:style {NSDECL} w:type="paragraph" w:styleId="FootnoteText">'
                            '<w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/>'
                            "</w:rPr></w:style>"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(f"<w:numbering {NSDECL}>{numbering_xml(d)}</w:numbering>"):
        numbering.append(child)
    sect = body.find(qn("w:sectPr"))
    for item in d.body:
        sect.addprevious(parse_xml(table_xml(item) if isinstance(item, Table) else para_xml(item)))
    if d.footnotes:
        notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                 "</w:p></w:footnote>"]
        for fid, text in sorted(d.footnotes.items()):
            notes.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                         '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                         f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
        blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NSDECL}>'
                + "".join(notes) + "</w:footnotes>").encode("utf-8")
        doc.part.relate_to(Part(PackURI("/word/footnotes.xml"), CT_FOOT, blob, doc.part.package), RT.FOOTNOTES)
    path = HERE / f"{d.name}.docx"
    doc.save(str(path))
    again = docx.Document(str(path))
    count = len(list(again.element.body.iter(qn("w:p"))))
    assert count == len(d.paras()), (d.name, count, len(d.paras()))
    return path


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii"]


def labels(d: Draft) -> list[str]:
    """The label Word shows: each w:num keeps its own counters (a restart starts at 1); an item resets the deeper
    levels of its list; a paragraph outside the list shows what was typed."""
    out: list[str] = []
    counters: dict[int, list[int]] = {}
    for p in d.paras():
        if not p.num:
            out.append("")
            continue
        num, lvl = p.num
        c = counters.setdefault(num, [0, 0, 0])
        c[lvl] += 1
        for deeper in range(lvl + 1, 3):
            c[deeper] = 0
        fmt, text = ABSTRACTS[d.nums[num - 1][0]][lvl]
        n = c[lvl]
        shown = {"decimal": str(n), "lowerLetter": "abcdefghij"[n - 1], "lowerRoman": ROMAN[n - 1]}[fmt]
        out.append(text.replace(f"%{lvl + 1}", shown))
    return out


# ---------------------------------------------------------------- the drafts

# en-01: GA Second Committee (a UNA-USA-style school conference, Word for Windows), microfinance for rural women.
# Nearly clean. Heading as lines, preambular leads italic, operative leads underlined (the conference's guide asks
# for both), Windows multilevel list with "(a)" "(b)"; a footnote after a preambular clause's comma; a soft line break
# inside clause 3. One fault: the last clause ends with ";"
EN01 = Draft("en-01-ga2-microfinance-rural-women-nearly-clean", [("win", False)], [
    title("Resolution GA2/1.3"),
    line("Committee:", "Second Committee (Economic and Financial)"),
    line("Topic:", "Access to microfinance for rural women"),
    line("Sponsors:", "Bangladesh, Kenya, Peru"),
    line("Signatories:", "Bolivia (Plurinational State of), Cambodia, Ethiopia, Ghana, Nepal, Norway, Senegal"),
    organ("The General Assembly,"),
    P([R("Recalling", i=True), R(" the 2030 Agenda for Sustainable Development, in particular Goal 5 on gender "
                                 "equality,"), R(note=1)]),
    cl("Noting with concern", " that women in rural areas are less likely than men to hold an account at a bank or a "
       "mobile money provider,"),
    cl("Recognizing", " the role of savings groups and cooperatives in the economic life of rural communities,"),
    cl("Aware", " that high interest rates charged by some microfinance institutions can lead borrowers into debt,"),
    cl("Encourages", " Member States to simplify the identity documents rural women need to open an account;",
       emph="u", num=(1, 0)),
    cl("Calls upon", " microfinance institutions to cap the interest rates charged on loans to first-time "
       "borrowers;", emph="u", num=(1, 0)),
    cl("Recommends", " that national development banks offer:", emph="u", num=(1, 0)),
    plain("credit lines to cooperatives led by women, with repayment schedules\nthat follow the harvest;",
          num=(1, 1)),
    plain("training in bookkeeping and digital payments to the members of savings groups;", num=(1, 1)),
    cl("Invites", " the International Fund for Agricultural Development to share its experience with rural finance "
       "programmes;", emph="u", num=(1, 0)),
    cl("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
       "eighty-second session;", emph="u", num=(1, 0),
       faults=[F("operative-end-mark", '"…at its eighty-second session;" - the last operative clause ends with a '
                 'semicolon; expected «…eighty-second session.» (UN-B09, MUN-F05)')]),
], footnotes={1: "General Assembly resolution 70/1 of 25 September 2015."})

# en-02: ECOSOC at a THIMUN-procedure school conference (Word Online), child labour in cocoa farming. THIMUN heading,
# organ line in capitals, every lead underlined; list "1." / "a)". After clause 4 the student typed "5." and a Tab
# outside the list; the list then goes on with "5." "6."; a lead split across runs ("Urge" + "s", both underlined);
# a State's name as the student knows it; a misspelt lead
EN02 = Draft("en-02-ecosoc-cocoa-child-labour-typed-number-in-list", [("online", False)], [
    line("FORUM:", "Economic and Social Council", bold_label=True),
    line("QUESTION OF:", "Ending child labour in cocoa farming", bold_label=True),
    line("SUBMITTED BY:", "Ghana", bold_label=True),
    line("CO-SUBMITTERS:", "Belgium, Cameroon, Ecuador, Ivory Coast, Switzerland", bold_label=True,
         faults=[F("state-name", '"Ivory Coast" - the State\'s name in United Nations documents is «Côte d\'Ivoire» '
                   "(UN-H06)")]),
    organ("THE ECONOMIC AND SOCIAL COUNCIL,", emph=""),
    cl("Alarmed", " that more than one and a half million children work on cocoa farms in West Africa,", emph="u"),
    cl("Recalling", " the Worst Forms of Child Labour Convention, 1999 (No. 182), of the International Labour "
       "Organization,", emph="u"),
    cl("Acknowledging", " that the low price paid to farmers for cocoa beans is a root cause of child labour,",
       emph="u"),
    cl("Welcoming", " the commitments of chocolate companies to trace their cocoa to the farm,", emph="u"),
    P([R("Urge", u=True), R("s", u=True), R(" cocoa-producing States to extend free primary education to every "
                                            "farming community;")], num=(1, 0)),
    cl("Calls upon", " chocolate companies to pay a living income differential to the cooperatives they buy "
       "from;", emph="u", num=(1, 0)),
    cl("Encourages", " community child labour monitoring systems which:", emph="u", num=(1, 0)),
    plain("train local volunteers to identify children at risk;", num=(1, 1)),
    plain("refer the children they find to schools and social services;", num=(1, 1)),
    cl("Supports", " the certification of cocoa grown without child labour;", emph="u", num=(1, 0)),
    cl("Recomends", " that importing States require companies to report on child labour in their supply chains;",
       emph="u", typed="5.",
       faults=[F("misspelt-lead", '"Recomends" - the lead is misspelt; expected «Recommends» (UN-B06, MUN-F03)')]),
    cl("Requests", " the International Labour Organization to publish a yearly report on child labour in cocoa "
       "farming;", emph="u", num=(1, 0),
       faults=[F("numbering", 'the list goes on after the clause typed "5." by hand, so "Requests the International '
                 'Labour Organization to publish a yearly report" shows "5." again; expected «6.» (UN-B07, '
                 "MUN-F05)")]),
    cl("Decides", " to remain actively seized of the matter.", emph="u", num=(1, 0),
       faults=[F("numbering", 'shows "6." for the same reason: "Decides to remain actively seized" expected «7.» '
                 "(UN-B07, MUN-F05)")]),
])

# en-03: World Health Assembly (a school conference whose guide asks for bold leads; Word for Mac), noma. Heading as
# lines without a Topic line; list "1." / "a."; "Restart at 1" clicked on clause 4 (a new w:num with startOverride);
# a lead split across runs, both bold ("Urge" + "s"); a soft line break inside a preambular clause; one lead not bold
EN03 = Draft("en-03-wha-noma-restart-at-1-bold-leads", [("mac", False), ("mac", True)], [
    title("DRAFT RESOLUTION WHA/2.1"),
    line("Committee:", "World Health Assembly",
         faults=[F("heading-field-missing", "the heading has no Topic line: the draft never says which question it "
                   "answers (MUN-H01)")]),
    line("Sponsors:", "Niger, Nigeria"),
    line("Signatories:", "Burkina Faso, Chad, Ethiopia, Mali, Sudan, Sweden, Togo"),
    organ("The World Health Assembly,", emph="b"),
    cl("Recalling", " the decision of 2023 to add noma to the list of neglected tropical diseases,", emph="b"),
    cl("Deeply concerned", " that noma kills most of the children it affects when they are not treated in time,\n"
       "and leaves the survivors with severe disfigurement,", emph="b"),
    cl("Noting", " that noma is linked to malnutrition, poor oral hygiene and extreme poverty,", emph="",
       faults=[F("emphasis", 'the lead "Noting" is not bold, unlike every other lead of the draft (UN-B04, '
                 "MUN-F02)")]),
    cl("Recognizing", " that early treatment with antibiotics and nutritional support can cure the disease,",
       emph="b"),
    P([R("Urge", b=True), R("s", b=True), R(" Member States to include noma in their national health information "
                                            "systems;")], num=(1, 0)),
    cl("Calls upon", " Member States to train community health workers to recognise the first signs of noma;",
       emph="b", num=(1, 0)),
    cl("Encourages", " partnerships between ministries of health and:", emph="b", num=(1, 0)),
    plain("nutrition programmes for children under five;", num=(1, 1)),
    plain("surgical teams offering reconstructive surgery to survivors;", num=(1, 1)),
    cl("Requests", " the Director-General to develop a global strategy for the prevention and control of noma;",
       emph="b", num=(2, 0),
       faults=[F("numbering", 'Restart at 1 was applied to "Requests the Director-General to develop a global '
                 'strategy", which shows "1." after clause 3; expected «4.» (UN-B07, MUN-F05)')]),
    cl("Further requests", " the Director-General to report on progress to the Eightieth World Health Assembly.",
       emph="b", num=(2, 0),
       faults=[F("numbering", 'continues the restarted list: "Further requests the Director-General to report" '
                 "shows \"2.\"; expected «5.» (UN-B07, MUN-F05)")]),
])

# en-04: GA Third Committee at an HMUN-style conference (signatories only; Word for Windows), transitional justice.
# Heading as lines, leads italic, Windows multilevel list. A preambular phrase opens operative clause 1; a preambular
# clause ends with a full stop; clause 3's third item was left at level 0 (shows "4."), so the next clause shows "5."
EN04 = Draft("en-04-ga3-truth-commissions-sub-clause-at-level-0", [("win", False)], [
    title("DRAFT RESOLUTION 3.2"),
    line("Committee:", "Third Committee (Social, Humanitarian and Cultural)"),
    line("Topic:", "Truth commissions and transitional justice"),
    line("Signatories:", "Argentina, Chile, Colombia, Guatemala, Morocco, Sierra Leone, South Africa, Timor-Leste, "
         "Tunisia"),
    organ("The General Assembly,"),
    cl("Reaffirming", " the right of victims of gross violations of human rights to know the truth,"),
    cl("Recalling", " the Basic Principles and Guidelines on the Right to a Remedy and Reparation adopted in 2005."
       , faults=[F("preambular-end-mark", '"…Right to a Remedy and Reparation adopted in 2005." - a preambular clause '
                   "ends with a full stop; expected «…adopted in 2005,» (UN-B05, MUN-F04)")]),
    cl("Bearing in mind", " the experience of more than forty truth commissions since 1974,"),
    cl("Emphasizing", " that truth commissions complement but do not replace criminal justice,"),
    cl("Noting with appreciation", " the work of the Special Rapporteur on the promotion of truth, justice, "
       "reparation and guarantees of non-recurrence;", num=(1, 0),
       faults=[F("operative-without-verb", '"Noting with appreciation the work of the Special Rapporteur" - operative '
                 "clause 1 opens with a preambulatory phrase, not an operative verb; expected e.g. «Commends» (UN-B06, "
                 "MUN-F05)")]),
    cl("Encourages", " States emerging from conflict to consult victims before they set up a truth commission;",
       num=(1, 0)),
    cl("Recommends", " that the mandate of a truth commission:", num=(1, 0)),
    plain("set a clear period of time for its investigations;", num=(1, 1)),
    plain("guarantee the protection of witnesses and of the commission's archives;", num=(1, 1)),
    plain("oblige the commission to publish its final report;", num=(1, 0),
          faults=[F("sub-clause-label", 'the third item of clause 3 "oblige the commission to publish its final '
                    'report" sits at the list\'s level 0 and shows "4." where «(c)» belongs (MUN-F06, UN-B10)')]),
    cl("Calls upon", " States to implement the recommendations of truth commissions on reparations;", num=(1, 0),
       faults=[F("numbering", 'counts on from the item at level 0: "Calls upon States to implement the '
                 'recommendations" shows "5."; expected «4.» (UN-B07, MUN-F05)')]),
    cl("Decides", " to continue its consideration of the question at its eighty-second session.", num=(1, 0)),
])

# en-05: UNESCO at a school conference using Word Online, endangered languages. Heading in a two-column table, leads
# italic, list "1." / "a)"; a footnote after an operative clause; a full stop in the middle of a clause; a lead's
# second word capitalised; an operative clause ends with a comma; a State's name misspelt
EN05 = Draft("en-05-unesco-endangered-languages-table-heading", [("online", False)], [
    title("DRAFT RESOLUTION"),
    Table([("Committee:", "United Nations Educational, Scientific and Cultural Organization (UNESCO)"),
           ("Topic:", "Protecting endangered and indigenous languages"),
           ("Sponsors:", "Mexico, New Zealand"),
           ("Signatories:", "Canada, Finland, Guatemala, Norway, Papua New Guinea, Phillipines, Vanuatu")],
          faults={7: [F("state-name", '"Phillipines" - the State\'s name is misspelt; expected «Philippines» '
                        "(UN-H06)")]}),
    organ("The General Conference,"),
    cl("Noting", " that about forty per cent of the world's languages are in danger of disappearing,"),
    cl("Recalling", " the International Decade of Indigenous Languages 2022–2032,"),
    cl("Convinced", " that children learn best in the language they speak at home,"),
    cl("Encourages", " Member States to offer primary education in indigenous languages. Schools should also "
       "teach in the national language;", num=(1, 0),
       faults=[F("full-stop-inside-clause", '"…in indigenous languages. Schools should also teach…" - a full stop '
                 "inside an operative clause: the resolution is one sentence (MUN-F05)")]),
    P([R("Invites", i=True), R(" universities to record and publish dictionaries of endangered languages;"),
       R(note=1)], num=(1, 0)),
    cl("Further Invites", " broadcasters to produce programmes for children in indigenous languages;", num=(1, 0),
       faults=[F("capital-after-lead", 'the lead is typed "Further Invites": the verb after "Further" takes no '
                 "capital; expected «Further invites» (UN-B12, MUN-F03)")]),
    cl("Calls upon", " Member States to:", num=(1, 0)),
    plain("recognise indigenous languages in their laws;", num=(1, 1)),
    plain("fund community language centres,", num=(1, 1),
          faults=[F("operative-end-mark", '"fund community language centres," - the last item of clause 4 ends the '
                    "clause with a comma; expected «…language centres;» (UN-B11, MUN-F05, MUN-F06)")]),
    cl("Requests", " the Director-General to report on the progress made at the next session of the General "
       "Conference.", num=(1, 0)),
], footnotes={1: "See the UNESCO Atlas of the World's Languages in Danger."})

# en-06: First Committee (DISEC) at a school conference whose template has no list (Word for Mac): every label typed
# by hand, "1." and a Tab, sub-clauses "a." and a Tab; leads italic in the preamble and underlined in the operative
# part as the guide asks. The typed labels skip "3."; a preambular clause has no end mark; a sub-clause ends with "."
EN06 = Draft("en-06-disec-explosive-weapons-typed-labels", [("mac", False)], [
    title("DRAFT RESOLUTION 1.4"),
    line("Committee:", "Disarmament and International Security Committee"),
    line("Topic:", "Protecting civilians from explosive weapons in populated areas"),
    line("Sponsors:", "Austria, Ireland, Mexico"),
    line("Signatories:", "Chile, Costa Rica, Jordan, Lebanon, Philippines, Sierra Leone"),
    organ("The General Assembly,"),
    cl("Deeply alarmed", " that nine in ten people killed or injured by explosive weapons in towns and cities are "
       "civilians,"),
    cl("Recalling", " the Political Declaration on Strengthening the Protection of Civilians from the Humanitarian "
       "Consequences Arising from the Use of Explosive Weapons in Populated Areas, adopted in Dublin in 2022",
       faults=[F("preambular-end-mark", '"…adopted in Dublin in 2022" - the preambular clause ends with no mark; '
                 "expected «…in Dublin in 2022,» (UN-B05, MUN-F04)")]),
    cl("Noting", " that damage to water, power and health services harms civilians long after the fighting ends,"),
    cl("Encourages", " all States to endorse the Political Declaration;", emph="u", typed="1."),
    cl("Urges", " States to avoid the use of explosive weapons with wide-area effects in populated areas;",
       emph="u", typed="2."),
    cl("Calls upon", " armed forces to:", emph="u", typed="4.",
       faults=[F("numbering", 'the typed labels skip a number: "Calls upon armed forces to" is numbered "4." '
                 'right after "2."; expected «3.» (UN-B07, MUN-F05)')]),
    plain("a.\tassess the effects of the weapons they use on civilian infrastructure;"),
    plain("b.\ttrain their officers in the protection of civilians.",
          faults=[F("operative-end-mark", '"…in the protection of civilians." - the last item of a clause that is not '
                    "the last ends with a full stop; expected «…protection of civilians;» (UN-B11, MUN-F05)")]),
    cl("Requests", " the Secretary-General to collect data on civilian harm from explosive weapons;", emph="u",
       typed="5."),
    cl("Decides", " to include in the provisional agenda of its eighty-second session the item entitled "
       "\u201cGeneral and complete disarmament\u201d.", emph="u", typed="6."),
])

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


def shown(p: P) -> str:
    out = []
    for r in p.runs:
        if r.note is not None:
            out.append(f"[^{r.note}]")
            continue
        t = r.text.replace("\t", "→").replace("\n", "↵")
        t = f"[i:{t}]" if r.i else f"[u:{t}]" if r.u else f"[b:{t}]" if r.b else t
        out.append(t)
    return "".join(out)


def annotations() -> str:
    import yaml
    lines = ["# word-blind82: faults a chair would mark, written by make_drafts.py from the F() marks before any run of",
             "# drafter. paragraph = 1-based index of the w:p among all w:p of the body in document order (table",
             "# cells counted); list labels in notes are the ones Word shows (computed by labels())."]
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": n, "kind": f.kind, "note": f.note}
                  for n, p in enumerate(d.paras(), 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return "\n".join(lines) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for d in DRAFTS:
            print(d.name)
            for n, (p, lab) in enumerate(zip(d.paras(), labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                ind = "  " * (p.num[1] if p.num else 0)
                print(f"  {n:2} {ind}{lab:4} {shown(p)} {marks}")
        return
    for d in DRAFTS:  # each quote of a note (its parts around "…") stands in the draft
        whole = "\n".join(lab + " " + "".join(r.text for r in p.runs).replace("\t", " ").replace("\n", " ")
                          for p, lab in zip(d.paras(), labels(d)))
        for p in d.paras():
            for f in p.faults:
                for q in f.note.split('"')[1::2]:
                    assert all(part in whole for part in q.split("…") if part), (d.name, q)
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
