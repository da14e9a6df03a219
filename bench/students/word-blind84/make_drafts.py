"""Build the word-blind84 drafts: ordinary English .docx drafts of GA Main Committees and ECOSOC commissions.

Six drafts typed for this set (helper word-blind84, round 36) into six conferences' Word templates, written here as
raw WordprocessingML: the heading as tab-aligned lines or a two-column table; the organ line italic or bold as the
template has it; clauses numbered by Word's multilevel list (numbering.xml: w:abstractNum with lvlText "%1." /
"(%2)" / "(%3)" or "%1." / "%2." / "%3.", w:num pointing at it; "Restart at 1" is a second w:num with a
w:lvlOverride/w:startOverride); fonts set as Word writes them (w:rFonts w:ascii / w:hAnsi / w:cs in the Normal
style, and on a run pasted from elsewhere).

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
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class R:
    """A run; a Tab inside the text is written as w:tab; font = a font pasted with the text (w:rFonts on the run)."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    font: str = ""


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
    tabs: bool = False  # a heading line: label, Tab, value, with a left tab stop the template sets


@dataclass
class Table:
    rows: list[tuple[str, str]]
    bold_labels: bool = True
    faults: dict[int, list[Fault]] = field(default_factory=dict)  # cell paragraph index (0-based, row-major)


# list shapes: per level (numFmt, lvlText)
SHAPES = {
    "paren": (("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")),
    "dots": (("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")),
}


@dataclass
class Num:
    abstract: int  # index into the draft's abstracts
    restart: bool = False  # lvlOverride/startOverride at level 0


@dataclass
class Draft:
    name: str
    font: str
    abstracts: list[str]  # shape of each w:abstractNum
    nums: list[Num]  # numId 1, 2, …
    body: list[P | Table]

    def paras(self) -> list[P]:
        out: list[P] = []
        for item in self.body:
            if isinstance(item, Table):
                for k, (a, b) in enumerate(item.rows):
                    out.append(P([R(a, b=item.bold_labels)], faults=item.faults.get(2 * k, [])))
                    out.append(P([R(b)], faults=item.faults.get(2 * k + 1, [])))
            else:
                out.append(item)
        return out


def title(text: str) -> P:
    return P([R(text, b=True)], center=True)


def line(label: str, value: str, bold_label: bool = False, **kw) -> P:
    return P([R(label, b=bold_label), R("\t" + value)], tabs=True, **kw)


def plain(text: str, **kw) -> P:
    return P([R(text)], **kw)


def cl(lead: str, rest: str, emph: str = "i", **kw) -> P:
    """A clause: its lead emphasised ("i" italic, "u" underline, "b" bold, "" none), then the rest plain."""
    return P([R(lead, i="i" in emph, u="u" in emph, b="b" in emph), R(rest)], **kw)


def organ(text: str, emph: str = "i", **kw) -> P:
    return P([R(text[:-1], i="i" in emph, u="u" in emph, b="b" in emph), R(text[-1])], **kw)


# ---------------------------------------------------------------- WordprocessingML


def fonts(name: str) -> str:
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:cs="{name}"/>'


def run_xml(r: R) -> str:
    parts = (fonts(r.font) if r.font else "") + ("<w:b/>" if r.b else "") + ("<w:i/>" if r.i else "") \
        + ('<w:u w:val="single"/>' if r.u else "")
    inner = []
    for m, piece in enumerate(r.text.split("\t")):
        if m:
            inner.append("<w:tab/>")
        if piece:
            inner.append(f'<w:t xml:space="preserve">{esc(piece)}</w:t>')
    return f"<w:r>{f'<w:rPr>{parts}</w:rPr>' if parts else ''}{''.join(inner)}</w:r>"


def para_xml(p: P, decl: bool = True) -> str:
    ppr = []
    if p.num:
        ppr.append('<w:pStyle w:val="ListParagraph"/>')
        ppr.append(f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>')
    if p.tabs:
        ppr.append('<w:tabs><w:tab w:val="left" w:pos="2160"/></w:tabs><w:ind w:left="2160" w:hanging="2160"/>')
    if p.center:
        ppr.append('<w:jc w:val="center"/>')
    head = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p{' ' + NSDECL if decl else ''}>{head}{''.join(run_xml(r) for r in p.runs)}</w:p>"


def table_xml(t: Table) -> str:
    rows = []
    for a, b in t.rows:
        cells = []
        for text, width, bold in ((a, 2400, t.bold_labels), (b, 6600, False)):
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                         + para_xml(P([R(text, b=bold)]), decl=False) + "</w:tc>")
        rows.append("<w:tr>" + "".join(cells) + "</w:tr>")
    return (f'<w:tbl {NSDECL}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
            '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="6600"/></w:tblGrid>' + "".join(rows) + "</w:tbl>")


def numbering_xml(d: Draft) -> str:
    out = []
    for aid, shape in enumerate(d.abstracts):
        levels = []
        for ilvl, (fmt, text) in enumerate(SHAPES[shape]):
            levels.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                          f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
                          f'<w:ind w:left="{720 + 720 * ilvl}" w:hanging="360"/></w:pPr></w:lvl>')
        out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{0x3C840000 + aid * 0x111:08X}"/>'
                   f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>')
    for n, num in enumerate(d.nums, 1):
        over = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if num.restart else ""
        out.append(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{num.abstract}"/>{over}</w:num>')
    return "".join(out)


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    rpr = normal.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    rpr.insert(0, parse_xml(f"<w:rFonts {NSDECL} " + fonts(d.font)[len("<w:rFonts "):]))
    if "List Paragraph" not in [s.name for s in doc.styles]:
        doc.styles.add_style("List Paragraph", 1)
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(f"<w:numbering {NSDECL}>{numbering_xml(d)}</w:numbering>"):
        numbering.append(child)
    sect = body.find(qn("w:sectPr"))
    for item in d.body:
        sect.addprevious(parse_xml(table_xml(item) if isinstance(item, Table) else para_xml(item)))
    path = HERE / f"{d.name}.docx"
    doc.save(str(path))
    again = docx.Document(str(path))
    count = len(list(again.element.body.iter(qn("w:p"))))
    assert count == len(d.paras()), (d.name, count, len(d.paras()))
    return path


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii"]


def labels(d: Draft) -> list[str]:
    """The label Word shows. Word counts per abstract list: w:num instances of one w:abstractNum share its counters,
    except one with a startOverride, which starts again at 1 the first time it is used (and counts on its own after);
    an item resets the deeper levels; a paragraph outside any list shows only what was typed."""
    out: list[str] = []
    counters: dict[object, list[int]] = {}
    for p in d.paras():
        if not p.num:
            out.append("")
            continue
        numid, lvl = p.num
        num = d.nums[numid - 1]
        key: object = ("num", numid) if num.restart else ("abs", num.abstract)
        c = counters.setdefault(key, [0, 0, 0])
        c[lvl] += 1
        for deeper in range(lvl + 1, 3):
            c[deeper] = 0
        fmt, text = SHAPES[d.abstracts[num.abstract]][lvl]
        n = c[lvl]
        shown = {"decimal": str(n), "lowerLetter": "abcdefghij"[n - 1], "lowerRoman": ROMAN[n - 1]}[fmt]
        out.append(text.replace(f"%{lvl + 1}", shown))
    return out


# ---------------------------------------------------------------- the drafts

# en-01: Fourth Committee (SPECPOL) at a UNA-USA-style university conference; Times New Roman; heading as tab-aligned
# lines; organ line italic; leads italic in both parts (the conference's guide); list "1." / "(a)". Nearly clean: one
# preambular clause ends with a semicolon.
EN01 = Draft("en-01-specpol-atomic-radiation-nearly-clean", "Times New Roman", ["paren"], [Num(0)], [
    title("Resolution SPECPOL/2/1"),
    line("Committee:", "Special Political and Decolonization Committee (Fourth Committee)"),
    line("Topic:", "Effects of atomic radiation"),
    line("Sponsors:", "Japan, Kazakhstan, Marshall Islands"),
    line("Signatories:", "Australia, Belarus, Fiji, Kiribati, Norway, Ukraine, Viet Nam"),
    organ("The General Assembly,"),
    cl("Recalling", " the establishment of the United Nations Scientific Committee on the Effects of Atomic "
       "Radiation in 1955,"),
    cl("Mindful", " of the lasting consequences of nuclear testing for the peoples of the Pacific and of Central "
       "Asia;", faults=[F("preambular-end-mark", '"…of the Pacific and of Central Asia;" - a preambular clause ends '
                          "with a semicolon; expected «…and of Central Asia,» (UN-B05, MUN-F04)")]),
    cl("Noting", " the growing use of ionizing radiation in medical diagnosis and treatment,"),
    cl("Welcoming", " the work of the Scientific Committee on the health effects of the Fukushima Daiichi accident,"),
    cl("Commends", " the Scientific Committee for the quality of its assessments;", num=(1, 0)),
    cl("Encourages", " Member States to share with the Scientific Committee data on:", num=(1, 0)),
    plain("exposure of patients and medical staff to radiation;", num=(1, 1)),
    plain("levels of radon in homes and workplaces;", num=(1, 1)),
    cl("Invites", " the Scientific Committee to continue its study of the effects of low doses of radiation on "
       "children;", num=(1, 0)),
    cl("Requests", " the United Nations Environment Programme to continue to support the Scientific Committee "
       "within existing resources;", num=(1, 0)),
    cl("Decides", " to include in the provisional agenda of its eighty-second session the item entitled "
       "\u201cEffects of atomic radiation\u201d.", num=(1, 0)),
])

# en-02: Commission on the Status of Women at a THIMUN-procedure school conference; Calibri; heading in a borderless
# two-column table (labels bold), organ line in capitals and bold as the template has it; every lead underlined; list
# "1." / "a.". An operative verb opens a preambular clause; a State's name misspelt; the last clause was pasted from a
# delegate's other file and keeps that file's own list, so it shows "1." where «5.» belongs.
EN02 = Draft("en-02-csw-women-small-scale-fisheries-second-list", "Calibri", ["dots", "dots"], [Num(0), Num(1)], [
    Table([("FORUM:", "Commission on the Status of Women"),
           ("QUESTION OF:", "Women in small-scale fisheries and aquaculture"),
           ("SUBMITTED BY:", "Senegal"),
           ("CO-SUBMITTERS:", "Chile, Indonesia, Iceland, Madagaskar, Philippines, Sri Lanka")],
          faults={7: [F("state-name", '"Madagaskar" - the State\'s name is misspelt; expected «Madagascar» '
                        "(UN-H06)")]}),
    organ("THE COMMISSION ON THE STATUS OF WOMEN,", emph="b"),
    cl("Recognizing", " that women make up about half of the workforce of small-scale fisheries, most of them in "
       "processing and trade,", emph="u"),
    cl("Concerned", " that women who process and sell fish rarely own boats, gear or cold storage,", emph="u"),
    cl("Urges", " that the Voluntary Guidelines for Securing Sustainable Small-Scale Fisheries call for gender "
       "equality in the sector,", emph="u",
       faults=[F("wrong-lead-form", '"Urges that the Voluntary Guidelines" - "Urges", an operative verb, opens a '
                 "preambular clause; a preambular clause opens with a preambulatory phrase (e.g. «Noting») "
                 "(UN-B03, MUN-F02)")]),
    cl("Noting", " the 2022 International Year of Artisanal Fisheries and Aquaculture,", emph="u"),
    cl("Encourages", " Member States to recognise women fish workers in national fisheries statistics;",
       emph="u", num=(1, 0)),
    cl("Calls upon", " Member States to improve women's access to:", emph="u", num=(1, 0)),
    plain("credit and insurance for fish processing businesses;", num=(1, 1)),
    plain("ice, cold storage and clean landing sites;", num=(1, 1)),
    plain("seats on the boards of fishing cooperatives;", num=(1, 1)),
    cl("Invites", " the Food and Agriculture Organization of the United Nations to support training for women in "
       "fish processing and marketing;", emph="u", num=(1, 0)),
    cl("Recommends", " that Member States protect the customary rights of coastal communities to fishing "
       "grounds;", emph="u", num=(1, 0)),
    cl("Decides", " to remain actively seized of the matter.", emph="u", num=(2, 0),
       faults=[F("numbering", '"Decides to remain actively seized of the matter" keeps the list of the file it was '
                 'pasted from and shows "1." after clause 4; expected «5.» (UN-B07, MUN-F05)')]),
])

# en-03: Commission on Narcotic Drugs at an HMUN-style university conference (signatories only); Garamond; heading
# as tab-aligned lines; organ line bold; leads bold (the conference's guide); list "1." / "(a)". Restart at 1 on
# clause 4 (a second w:num with lvlOverride/startOverride): clauses 4 and 5 show "1." and "2."; a lead misspelt; a
# lead's second word capitalised.
EN03 = Draft("en-03-cnd-xylazine-restart-at-1-bold-leads", "Garamond", ["paren"], [Num(0), Num(0, restart=True)], [
    title("DRAFT RESOLUTION 2.1"),
    line("Committee:", "Commission on Narcotic Drugs"),
    line("Topic:", "Xylazine and other adulterants in the illicit drug supply"),
    line("Signatories:", "Canada, Colombia, Dominican Republic, Germany, Mexico, Netherlands, Portugal, "
         "United States of America"),
    organ("The Commission on Narcotic Drugs,", emph="b"),
    cl("Alarmed", " by reports of xylazine, a veterinary sedative, mixed into illicit fentanyl,", emph="b"),
    cl("Noting", " that the sedative effects of xylazine are not reversed by naloxone,", emph="b"),
    cl("Deeply concerned", " about the severe wounds found among people who use drugs mixed with xylazine,",
       emph="b"),
    cl("Recalling", " the outcome document of the special session of the General Assembly on the world drug "
       "problem held in 2016,", emph="b"),
    cl("Encourgaes", " Member States to monitor adulterants found in seized drugs and to share the results "
       "through the Early Warning Advisory;", emph="b", num=(1, 0),
       faults=[F("misspelt-lead", '"Encourgaes" - the lead is misspelt; expected «Encourages» (UN-B06, MUN-F03)')]),
    cl("Strongly Urges", " Member States to make drug checking services and wound care available to people who use "
       "drugs;", emph="b", num=(1, 0),
       faults=[F("capital-after-lead", 'the lead is typed "Strongly Urges": the verb after the adverb takes no '
                 "capital; expected «Strongly urges» (UN-B12, MUN-F03)")]),
    cl("Invites", " the World Health Organization to:", emph="b", num=(1, 0)),
    plain("review the evidence on the harms of xylazine;", num=(1, 1)),
    plain("publish guidance on the treatment of xylazine-related wounds;", num=(1, 1)),
    cl("Requests", " the United Nations Office on Drugs and Crime to include adulterants in its World Drug "
       "Report;", emph="b", num=(2, 0),
       faults=[F("numbering", 'Restart at 1 was applied to "Requests the United Nations Office on Drugs and Crime to '
                 'include adulterants", which shows "1." after clause 3; expected «4.» (UN-B07, MUN-F05)')]),
    cl("Decides", " to consider the question at its seventieth session.", emph="b", num=(2, 0),
       faults=[F("numbering", 'continues the restarted list: "Decides to consider the question at its seventieth '
                 'session" shows "2."; expected «5.» (UN-B07, MUN-F05)')]),
])

# en-04: Sixth Committee (Legal) at a UNA-USA-style school conference; Times New Roman; heading as tab-aligned lines
# with no Sponsors line; organ line italic; leads italic; list "1." / "(a)". A preambular clause pasted twice; the
# second item of clause 2 left at the list's level 0 (shows "3."), so the last clause shows "4." for «3.».
EN04 = Draft("en-04-legal-disaster-protection-sub-clause-at-level-0", "Times New Roman", ["paren"], [Num(0)], [
    title("DRAFT RESOLUTION 6/1"),
    line("Committee:", "Sixth Committee (Legal)"),
    line("Topic:", "Protection of persons in the event of disasters",
         faults=[F("heading-field-missing", "the heading has no Sponsors line: the draft does not say who submits it "
                   "(MUN-H01)")]),
    line("Signatories:", "Brazil, Ecuador, Haiti, Italy, Nepal, Philippines, Tonga, Vanuatu"),
    organ("The General Assembly,"),
    cl("Recalling", " the draft articles on the protection of persons in the event of disasters adopted by the "
       "International Law Commission in 2016,"),
    cl("Noting", " that the number of people affected by disasters has grown in every region,"),
    cl("Convinced", " that affected States bear the primary duty to protect persons on their territory,"),
    cl("Convinced", " that affected States bear the primary duty to protect persons on their territory,",
       faults=[F("duplicate-clause", '"Convinced that affected States bear the primary duty to protect persons on '
                 'their territory" is pasted twice, as two paragraphs one after the other (MUN-F04)')]),
    cl("Bearing in mind", " the views expressed by Member States on the recommendation of the Commission,"),
    cl("Takes note", " of the draft articles and commends them to the attention of Governments;", num=(1, 0)),
    cl("Invites", " Governments to submit comments on:", num=(1, 0)),
    plain("the recommendation of the Commission to elaborate a convention on the basis of the draft articles;",
          num=(1, 1)),
    plain("the duty of affected States to seek external assistance;", num=(1, 0),
          faults=[F("sub-clause-label", 'the second item of clause 2 "the duty of affected States to seek external '
                    'assistance" sits at the list\'s level 0 and shows "3." where «(b)» belongs (MUN-F06, UN-B10)')]),
    cl("Decides", " to include in the provisional agenda of its eighty-second session the item entitled "
       "\u201cProtection of persons in the event of disasters\u201d.", num=(1, 0),
       faults=[F("numbering", 'counts on from the item at level 0: "Decides to include in the provisional agenda" '
                 'shows "4."; expected «3.» (UN-B07, MUN-F05)')]),
])

# en-05: Commission on Crime Prevention and Criminal Justice at a university conference; Calibri; heading in a
# two-column table; organ line italic; preambular leads italic, operative leads underlined (the guide asks for both);
# list "1." / "a.". A clause pasted in Times New Roman; a clause that is not the last ends with a full stop; a number
# typed by hand inside a list paragraph, so it shows "3. 3.".
EN05 = Draft("en-05-ccpcj-illegal-logging-typed-number-mixed-font", "Calibri", ["dots"], [Num(0)], [
    title("DRAFT RESOLUTION CCPCJ/1"),
    Table([("Committee:", "Commission on Crime Prevention and Criminal Justice"),
           ("Topic:", "Crimes that affect the environment: illegal logging and timber trafficking"),
           ("Sponsors:", "Brazil, Gabon, Indonesia"),
           ("Signatories:", "Cameroon, Ecuador, France, Malaysia, Peru, Thailand, United Kingdom")]),
    organ("The Economic and Social Council,"),
    cl("Recalling", " the United Nations Convention against Transnational Organized Crime,"),
    P([R("Concerned", i=True, font="Times New Roman"),
       R(" that illegal logging is often linked to corruption, money-laundering and fraud,", font="Times New Roman")],
      faults=[F("fonts-mixed", 'mixed fonts: "Concerned that illegal logging is often linked to corruption…" is '
                "pasted in Times New Roman in a body typed in «Calibri» (MUN-F08)")]),
    cl("Noting", " that timber is moved through several countries before it reaches its final market,"),
    cl("Urges", " Member States to make illegal logging and trafficking in timber serious crimes under their "
       "laws;", emph="u", num=(1, 0)),
    cl("Encourages", " Member States to use financial investigations to trace the proceeds of timber "
       "trafficking.", emph="u", num=(1, 0),
       faults=[F("operative-end-mark", '"…trace the proceeds of timber trafficking." - an operative clause that is '
                 "not the last ends with a full stop; expected «…timber trafficking;» (UN-B09, MUN-F05)")]),
    P([R("3. "), R("Calls upon", u=True), R(" customs and forestry authorities to:")], num=(1, 0),
      faults=[F("numbering", 'the student typed "3." before "Calls upon customs and forestry authorities", so the '
                'clause shows "3. 3."; expected «3.» once (UN-B07, MUN-F05)')]),
    plain("exchange information on shipments of timber;", num=(1, 1)),
    plain("use timber identification methods such as wood anatomy and DNA testing;", num=(1, 1)),
    cl("Requests", " the United Nations Office on Drugs and Crime to provide technical assistance to States that "
       "ask for it;", emph="u", num=(1, 0)),
    cl("Decides", " to remain seized of the matter.", emph="u", num=(1, 0)),
])

# en-06: Second Committee (ECOFIN) at a school conference; Garamond; heading as tab-aligned lines with bold labels;
# organ line italic; leads italic; list "1." / "a." / "i.". A preambular lead opens an operative clause; a full stop
# inside a clause; a State under a name the United Nations no longer uses; the last clause ends with a semicolon.
EN06 = Draft("en-06-ecofin-credit-ratings-lead-in-wrong-part", "Garamond", ["dots"], [Num(0)], [
    title("Draft Resolution ECOFIN/3"),
    line("Committee:", "Economic and Financial Committee (Second Committee)", bold_label=True),
    line("Topic:", "Sovereign credit ratings and the cost of borrowing for developing countries", bold_label=True),
    line("Sponsors:", "Ghana, Barbados, Turkey", bold_label=True,
         faults=[F("state-name", '"Turkey" - the State\'s name in United Nations documents is «Türkiye» since 2022 '
                   "(UN-H06)")]),
    line("Signatories:", "Egypt, Ethiopia, Jamaica, Pakistan, South Africa, Zambia", bold_label=True),
    organ("The General Assembly,"),
    cl("Noting with concern", " that developing countries pay higher interest on their debt than their economic "
       "fundamentals justify,"),
    cl("Recognizing", " the influence of credit rating agencies on the cost of borrowing,"),
    cl("Recalling", " the Addis Ababa Action Agenda of the Third International Conference on Financing for "
       "Development,"),
    cl("Calls upon", " credit rating agencies to publish the methods and data behind their sovereign ratings;",
       num=(1, 0)),
    cl("Noting", " the need for credit ratings that take into account long-term investment in climate "
       "resilience;", num=(1, 0),
       faults=[F("operative-without-verb", '"Noting the need for credit ratings" - operative clause 2 opens with a '
                 "preambulatory phrase, not an operative verb; expected e.g. «Stresses» (UN-B06, MUN-F05)")]),
    cl("Encourages", " regional development banks to:", num=(1, 0)),
    plain("study the creation of a public credit rating agency for developing countries;", num=(1, 1)),
    plain("support debt management offices in their dealings with rating agencies;", num=(1, 1)),
    cl("Requests", " the Secretary-General to convene an expert meeting on sovereign ratings. The meeting should "
       "include representatives of borrowing countries;", num=(1, 0),
       faults=[F("full-stop-inside-clause", '"…an expert meeting on sovereign ratings. The meeting should include…" '
                 "- a full stop inside an operative clause: the resolution is one sentence (MUN-F05)")]),
    cl("Decides", " to continue its consideration of the question at its eighty-second session;", num=(1, 0),
       faults=[F("operative-end-mark", '"…at its eighty-second session;" - the last operative clause ends with a '
                 "semicolon; expected «…eighty-second session.» (UN-B09, MUN-F05)")]),
])

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


def shown(p: P) -> str:
    out = []
    for r in p.runs:
        t = r.text.replace("\t", "→")
        t = f"[i:{t}]" if r.i else f"[u:{t}]" if r.u else f"[b:{t}]" if r.b else t
        out.append(f"{{{r.font}}}{t}" if r.font else t)
    return "".join(out)


def annotations() -> str:
    import yaml
    lines = ["# word-blind84: faults a chair would mark, written by make_drafts.py from the F() marks before any run of",
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
    for d in DRAFTS:  # each quote of a note (its parts around "…") stands in the draft, labels as Word shows them
        whole = "\n".join(lab + " " + "".join(r.text for r in p.runs).replace("\t", " ")
                          for p, lab in zip(d.paras(), labels(d)))
        for p in d.paras():
            for f in p.faults:
                for q in f.note.split('"')[1::2]:
                    assert all(part in whole for part in q.split("…") if part), (d.name, q)
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
