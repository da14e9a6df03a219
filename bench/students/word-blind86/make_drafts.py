"""Build the word-blind86 drafts: ordinary English .docx drafts that cite their sources.

Six drafts typed for this set (helper word-blind86, round 36) as delegates hand them in at six conferences that ask
for sources, written as raw WordprocessingML: Word footnotes and endnotes (w:footnoteReference / w:endnoteReference,
word/footnotes.xml and word/endnotes.xml with their separators), hyperlinks to UN documents (w:hyperlink with an
external relationship), references typed by hand in brackets ("(A/RES/46/91)", "[1]"), numbers typed as text and
formatted superscript (w:vertAlign), and a "Sources" or "Bibliography" list after the last clause. Clauses are
numbered by Word's lists (numbering.xml: w:abstractNum / w:num); a clause typed into a second list is a second
w:abstractNum and w:num, so Word shows "1." again.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the
marks. Paragraph = 1-based index of the body's w:p in document order (footnote and endnote paragraphs are not body
paragraphs). Nothing of drafter or of another set is imported.

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
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}+xml"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class R:
    """A run. fn / en: a footnote / endnote reference mark whose note reads fn / en (text is then empty);
    sup: text typed and formatted superscript; link: the run sits in a w:hyperlink to that address."""
    text: str = ""
    i: bool = False
    u: bool = False
    b: bool = False
    sup: bool = False
    fn: str = ""
    en: str = ""
    link: str = ""


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
    tabs: bool = False


SHAPES = {
    "paren": (("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")),
    "dots": (("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")),
    "thimun": (("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3.")),
}


@dataclass
class Draft:
    name: str
    font: str
    abstracts: list[str]  # shape of each w:abstractNum; numId n points at abstract n-1
    body: list[P]


def title(text: str) -> P:
    return P([R(text, b=True)], center=True)


def line(label: str, value: str, bold_label: bool = False, **kw) -> P:
    return P([R(label, b=bold_label), R("\t" + value)], tabs=True, **kw)


def plain(*parts: str | R, **kw) -> P:
    return P([x if isinstance(x, R) else R(x) for x in parts], **kw)


def cl(lead: str, *rest: str | R, emph: str = "i", **kw) -> P:
    """A clause: its lead emphasised ("i" italic, "u" underline, "b" bold, "" none), then the rest."""
    return P([R(lead, i="i" in emph, u="u" in emph, b="b" in emph)]
             + [x if isinstance(x, R) else R(x) for x in rest], **kw)


def organ(text: str, emph: str = "i", **kw) -> P:
    return P([R(text[:-1], i="i" in emph, u="u" in emph, b="b" in emph), R(text[-1])], **kw)


def fn(note: str) -> R:
    return R(fn=note)


def en(note: str) -> R:
    return R(en=note)


def sup(text: str) -> R:
    return R(text, sup=True)


def link(text: str, url: str) -> R:
    return R(text, link=url)


# ---------------------------------------------------------------- WordprocessingML


def fonts(name: str) -> str:
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:cs="{name}"/>'


class Builder:
    def __init__(self, d: Draft, doc) -> None:
        self.d, self.doc = d, doc
        self.notes: dict[str, list[str]] = {"footnote": [], "endnote": []}

    def run_xml(self, r: R) -> str:
        if r.fn or r.en:
            kind = "footnote" if r.fn else "endnote"
            self.notes[kind].append(r.fn or r.en)
            nid = len(self.notes[kind])  # ids 0 and -1 … are the separators; notes from 1
            return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:{kind}Reference w:id="{nid}"/></w:r>')
        parts = ("<w:b/>" if r.b else "") + ("<w:i/>" if r.i else "") \
            + ('<w:color w:val="0563C1"/><w:u w:val="single"/>' if r.link else
               '<w:u w:val="single"/>' if r.u else "") \
            + ('<w:vertAlign w:val="superscript"/>' if r.sup else "")
        inner = []
        for m, piece in enumerate(r.text.split("\t")):
            if m:
                inner.append("<w:tab/>")
            if piece:
                inner.append(f'<w:t xml:space="preserve">{esc(piece)}</w:t>')
        xml = f"<w:r>{f'<w:rPr>{parts}</w:rPr>' if parts else ''}{''.join(inner)}</w:r>"
        if r.link:
            rid = self.doc.part.relate_to(r.link, RT.HYPERLINK, is_external=True)
            xml = f'<w:hyperlink r:id="{rid}" w:history="1">{xml}</w:hyperlink>'
        return xml

    def para_xml(self, p: P) -> str:
        ppr = []
        if p.num:
            ppr.append('<w:pStyle w:val="ListParagraph"/>')
            ppr.append(f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>')
        if p.tabs:
            ppr.append('<w:tabs><w:tab w:val="left" w:pos="2160"/></w:tabs><w:ind w:left="2160" w:hanging="2160"/>')
        if p.center:
            ppr.append('<w:jc w:val="center"/>')
        head = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        return f"<w:p {NSDECL}>{head}{''.join(self.run_xml(r) for r in p.runs)}</w:p>"

    def notes_xml(self, kind: str) -> bytes:
        sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{kind}>'
               f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
        body = []
        for nid, text in enumerate(self.notes[kind], 1):
            body.append(f'<w:{kind} w:id="{nid}"><w:p><w:pPr><w:spacing w:after="0"/><w:rPr><w:sz w:val="20"/>'
                        f'</w:rPr></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>'
                        f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r>'
                        f'</w:p></w:{kind}>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s {NSDECL}>{sep}'
               f'{"".join(body)}</w:{kind}s>')
        return xml.encode("utf-8")


def numbering_xml(d: Draft) -> str:
    out = []
    for aid, shape in enumerate(d.abstracts):
        levels = []
        for ilvl, (fmt, text) in enumerate(SHAPES[shape]):
            levels.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                          f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
                          f'<w:ind w:left="{720 + 720 * ilvl}" w:hanging="360"/></w:pPr></w:lvl>')
        out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{0x5A860000 + aid * 0x131:08X}"/>'
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
    b = Builder(d, doc)
    sect = body.find(qn("w:sectPr"))
    for p in d.body:
        sect.addprevious(parse_xml(b.para_xml(p)))
    for kind, rt in (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES)):
        if b.notes[kind]:
            part = Part(PackURI(f"/word/{kind}s.xml"), CT.format(f"{kind}s"), b.notes_xml(kind), doc.part.package)
            doc.part.relate_to(part, rt)
    path = HERE / f"{d.name}.docx"
    doc.save(str(path))
    again = docx.Document(str(path))
    count = len(list(again.element.body.iter(qn("w:p"))))
    assert count == len(d.body), (d.name, count, len(d.body))
    return path


def labels(d: Draft) -> list[str]:
    """The label Word shows: each w:num here has its own w:abstractNum, so each keeps its own counters."""
    out: list[str] = []
    counters: dict[int, list[int]] = {}
    for p in d.body:
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

UNDOCS = "https://undocs.org/"

# en-01: Second Committee (ECOFIN) at a UNA-USA-style university conference whose guide asks for sources in
# footnotes and a "Sources" list after the text; Times New Roman; leads italic; list "1." / "(a)"; footnote marks
# after the end mark, one before a comma. Nearly clean: one lead with a capital after its first word.
EN01 = Draft("en-01-ecofin-digital-public-infrastructure-footnotes-nearly-clean", "Times New Roman", ["paren"], [
    title("DRAFT RESOLUTION 2/4"),
    line("Committee:", "Economic and Financial Committee (Second Committee)"),
    line("Topic:", "Digital public infrastructure for sustainable development"),
    line("Sponsors:", "Estonia, India, Rwanda"),
    line("Signatories:", "Brazil, Ghana, Indonesia, Jamaica, Kenya, Peru, Singapore, Togo, Uruguay"),
    organ("The General Assembly,"),
    cl("Recalling", " the 2030 Agenda for Sustainable Development,", fn("A/RES/70/1, 25 September 2015."),
       " in particular Goal 9 on resilient infrastructure,"),
    cl("Noting", " that about a third of the world's population remains offline,",
       fn("International Telecommunication Union, Facts and Figures 2024.")),
    cl("Recognizing", " that digital identity, digital payment and data exchange systems built as public goods can "
       "widen access to public services,"),
    cl("Taking Note", " of the Global Digital Compact adopted at the Summit of the Future,",
       fn("A/RES/79/1, annex I."),
       faults=[F("capital-after-lead", 'the lead is typed "Taking Note": the second word takes no capital; '
                 "expected «Taking note» (MUN-F02, UN-B04)")]),
    cl("Encourages", " Member States to build digital public infrastructure on open standards that allow systems "
       "to work together;", num=(1, 0)),
    cl("Calls upon", " Member States to protect personal data in digital public infrastructure by:", num=(1, 0)),
    plain("adopting data protection laws with an independent supervisory authority;", num=(1, 1)),
    plain("limiting the data collected to what each service needs;", num=(1, 1)),
    cl("Invites", " the United Nations Development Programme to help developing countries share their experience "
       "of digital public infrastructure;", fn("UNDP, Accelerating the SDGs through Digital Public Infrastructure, "
                                               "2023."), num=(1, 0)),
    cl("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
       "eighty-second session.", fn("The report may draw on the work of the Office for Digital and Emerging "
                                    "Technologies."), num=(1, 0)),
    P([R("Sources", b=True)]),
    plain("United Nations General Assembly, resolution 70/1, Transforming our world: the 2030 Agenda for "
          "Sustainable Development (2015)."),
    plain("United Nations General Assembly, resolution 79/1, The Pact for the Future (2024)."),
    plain("International Telecommunication Union, Measuring digital development: Facts and Figures 2024."),
])

# en-02: Third Committee (SOCHUM) at a THIMUN-procedure school conference that asks delegates to link the UN
# documents they cite; Calibri; THIMUN heading as tab-aligned lines, organ line in capitals; leads underlined; list
# "1." / "a)"; hyperlinks to undocs.org; a symbol typed in brackets. A co-submitter misspelt; a clause typed after
# pressing Enter twice lands in a second list and shows "1."; an operative clause that is not the last ends with
# a full stop; a clause pasted twice.
EN02 = Draft("en-02-sochum-older-persons-hyperlinks-second-list", "Calibri", ["thimun", "thimun"], [
    line("FORUM:", "Social, Humanitarian and Cultural Committee (GA3)"),
    line("QUESTION OF:", "Protecting the rights of older persons"),
    line("SUBMITTED BY:", "Argentina"),
    line("CO-SUBMITTERS:", "Chile, Japan, Phillipines, Slovenia, Uganda",
         faults=[F("state-name", '"Phillipines" - the State\'s name is misspelt; expected «Philippines» (UN-H06)')]),
    organ("THE GENERAL ASSEMBLY,", emph=""),
    cl("Recalling", " the United Nations Principles for Older Persons ", R("("),
       link("A/RES/46/91", UNDOCS + "A/RES/46/91"), R("),"), emph="u"),
    cl("Recalling also", " the Madrid International Plan of Action on Ageing adopted in 2002,", emph="u"),
    cl("Noting", " that the number of persons aged 65 or over is expected to double by 2050,", emph="u"),
    cl("Concerned", " that older persons face age discrimination in employment, health care and access to "
       "credit,", emph="u"),
    cl("Aware", " of the work of the Open-ended Working Group on Ageing established by resolution ",
       link("65/182", UNDOCS + "A/RES/65/182"), R(","), emph="u"),
    cl("Encourages", " Member States to prohibit discrimination on the basis of age in their national laws;",
       emph="u", num=(1, 0)),
    cl("Calls upon", " Member States to ensure that older persons have access to:", emph="u", num=(1, 0)),
    plain("long-term care that respects their autonomy;", num=(1, 1)),
    plain("pensions that protect them from poverty;", num=(1, 1)),
    plain("digital skills training adapted to their needs;", num=(1, 1)),
    cl("Urges", " Member States to collect data on older persons disaggregated by age, sex and disability, as "
       "asked by the ", link("2030 Agenda for Sustainable Development", UNDOCS + "A/RES/70/1"), R("."),
       emph="u", num=(1, 0),
       faults=[F("operative-end-mark", '"…the 2030 Agenda for Sustainable Development." - an operative clause that '
                 "is not the last ends with a full stop; expected «…Sustainable Development;» (UN-B09, MUN-F05)")]),
    cl("Supports", " the work of the Open-ended Working Group on Ageing towards an international instrument on the "
       "rights of older persons;", emph="u", num=(2, 0),
       faults=[F("numbering", '"Supports the work of the Open-ended Working Group" was typed into a second list and '
                 'shows "1." after clause 3; expected «4.» (UN-B07, MUN-F05)')]),
    cl("Supports", " the work of the Open-ended Working Group on Ageing towards an international instrument on the "
       "rights of older persons;", emph="u", num=(2, 0),
       faults=[F("duplicate-clause", '"Supports the work of the Open-ended Working Group on Ageing towards an '
                 'international instrument" is pasted twice, one after the other (MUN-F05)'),
               F("numbering", 'the copy of "Supports the work of the Open-ended Working Group" continues the '
                 'second list and shows "2."; expected «5.» (UN-B07, MUN-F05)')]),
    cl("Requests", " the Secretary-General to submit a report on the rights of older persons to the General "
       "Assembly at its eighty-first session.", emph="u", num=(2, 0),
       faults=[F("numbering", '"Requests the Secretary-General to submit a report on the rights of older persons" '
                 'continues the second list and shows "3."; expected «6.» (UN-B07, MUN-F05)')]),
])

# en-03: World Health Assembly at an HMUN-style university conference (signatories only) whose guide asks for
# numbered references; Garamond; heading as tab-aligned lines; organ line italic; leads italic; list "1." / "(a)";
# reference numbers typed as text and formatted superscript, an endnote, and a numbered "Sources" list. A lead
# misspelt; a typed reference number where the comma should be; a capital after a lead.
EN03 = Draft("en-03-wha-snakebite-typed-superscripts-endnote", "Garamond", ["paren"], [
    title("DRAFT RESOLUTION 1.2"),
    line("Committee:", "World Health Assembly"),
    line("Topic:", "Snakebite envenoming as a neglected tropical disease"),
    line("Signatories:", "Bangladesh, Brazil, Costa Rica, India, Kenya, Nigeria, Papua New Guinea, Sri Lanka"),
    organ("The World Health Assembly,"),
    cl("Recongizing", " that snakebite envenoming was added to the list of neglected tropical diseases in 2017,",
       sup("1"),
       faults=[F("misspelt-lead", '"Recongizing" - the lead is misspelt; expected «Recognizing» (UN-B03, MUN-F02)')]),
    cl("Recalling", " resolution WHA71.5 on addressing the burden of snakebite envenoming,", sup("2")),
    cl("Alarmed", " that snakebites kill between 81 000 and 138 000 people every year", sup("3"),
       faults=[F("preambular-end-mark", '"…between 81 000 and 138 000 people every year" is followed only by the '
                 "typed reference number 3: the preambular clause has no comma; expected «…every year,» "
                 "(UN-B05, MUN-F04)")]),
    cl("Concerned", " that many antivenoms are of poor quality or unavailable in rural areas,"),
    cl("Welcomes", " the strategy of the World Health Organization to halve deaths and disabilities caused by "
       "snakebite by 2030;", sup("4"), num=(1, 0)),
    cl("Calls Upon", " Member States to include antivenoms in their national lists of essential medicines;",
       num=(1, 0),
       faults=[F("capital-after-lead", 'the lead is typed "Calls Upon": the second word takes no capital; expected '
                 "«Calls upon» (UN-B06, MUN-F03)")]),
    cl("Encourages", " Member States to train community health workers in first aid for snakebite and in the "
       "safe transport of patients;", num=(1, 0)),
    cl("Requests", " the Director-General to:", num=(1, 0)),
    plain("support regional production of antivenoms;", num=(1, 1)),
    plain("report on progress to the Eighty-first World Health Assembly.", en("The conference asks for the "
                                                                               "report to be oral."), num=(1, 1)),
    P([R("Sources", b=True)]),
    plain("1. World Health Organization, Neglected tropical diseases, list of diseases (2017)."),
    plain("2. World Health Assembly, resolution WHA71.5 (2018)."),
    plain("3. World Health Organization, Snakebite envenoming fact sheet (2023)."),
    plain("4. World Health Organization, Snakebite envenoming: a strategy for prevention and control (2019)."),
])

# en-04: Sixth Committee (Legal) at a UNA-USA-style school conference that asks for references typed in square
# brackets and a bibliography; Times New Roman; heading as tab-aligned lines; organ line italic; leads italic;
# list "1." / "(a)". The Signatories line left empty; a preambular clause pasted twice; a preambular phrase opening
# an operative clause.
EN04 = Draft("en-04-legal-crimes-against-humanity-bracketed-refs-bibliography", "Times New Roman", ["paren"], [
    title("DRAFT RESOLUTION 6/2"),
    line("Committee:", "Sixth Committee (Legal)"),
    line("Topic:", "Crimes against humanity"),
    line("Sponsors:", "Gambia, Mexico, Sierra Leone"),
    line("Signatories:", "",
         faults=[F("heading-field-missing", 'the "Signatories:" line of the heading is left empty (MUN-H01)')]),
    organ("The General Assembly,"),
    cl("Recalling", " the draft articles on prevention and punishment of crimes against humanity adopted by the "
       "International Law Commission in 2019 [1],"),
    cl("Noting", " that no treaty yet addresses crimes against humanity as the Genocide Convention addresses "
       "genocide [2],"),
    cl("Convinced", " that a convention would strengthen cooperation between States in preventing and punishing "
       "these crimes,"),
    cl("Convinced", " that a convention would strengthen cooperation between States in preventing and punishing "
       "these crimes,",
       faults=[F("duplicate-clause", '"Convinced that a convention would strengthen cooperation between States" is '
                 "pasted twice, one after the other (MUN-F04)")]),
    cl("Welcoming", " the resumed sessions of the Sixth Committee held in 2024 [3],"),
    cl("Decides", " to convene a diplomatic conference to elaborate a convention on the basis of the draft "
       "articles;", num=(1, 0)),
    cl("Recognizing", " the need for mutual legal assistance between States in the investigation of these "
       "crimes;", num=(1, 0),
       faults=[F("operative-without-verb", '"Recognizing the need for mutual legal assistance" - operative clause 2 '
                 "opens with a preambulatory phrase, not an operative verb; expected e.g. «Stresses» "
                 "(UN-B06, MUN-F05)")]),
    cl("Invites", " Member States to submit to the Secretary-General, before the conference:", num=(1, 0)),
    plain("their comments on the draft articles;", num=(1, 1)),
    plain("information on their national laws on crimes against humanity;", num=(1, 1)),
    cl("Requests", " the Secretary-General to provide the services the conference needs [4].", num=(1, 0)),
    P([R("Bibliography", b=True)], center=True),
    plain("[1] International Law Commission, Draft articles on Prevention and Punishment of Crimes Against "
          "Humanity, Yearbook of the International Law Commission, 2019."),
    plain("[2] Convention on the Prevention and Punishment of the Crime of Genocide, 1948."),
    plain("[3] United Nations, Sixth Committee, resumed session on crimes against humanity, April 2024."),
    plain("[4] Charter of the United Nations, Article 98."),
])

# en-05: UN-Habitat Assembly at a university conference whose guide asks for footnotes; Arial; heading as
# tab-aligned lines with bold labels; organ line italic; leads italic; list "1." / "a." / "i."; Word footnotes, the
# mark placed before the end mark or after it. A preambular clause ends with a full stop before its footnote mark; an
# operative verb opens a preambular clause; a State misspelt; a full stop inside a clause.
EN05 = Draft("en-05-habitat-informal-settlements-footnote-before-end-mark", "Arial", ["dots"], [
    title("Draft Resolution HA/1"),
    line("Committee:", "United Nations Habitat Assembly", bold_label=True),
    line("Topic:", "Upgrading informal settlements", bold_label=True),
    line("Sponsors:", "Columbia, Kenya, Philippines", bold_label=True,
         faults=[F("state-name", '"Columbia" - the State\'s name is misspelt; expected «Colombia» (UN-H06)')]),
    line("Signatories:", "Bangladesh, Egypt, Ethiopia, Mexico, Morocco, Spain, Sweden", bold_label=True),
    organ("The United Nations Habitat Assembly,"),
    cl("Recalling", " the New Urban Agenda", fn("A/RES/71/256, annex."),
       ", and Sustainable Development Goal 11 on sustainable cities and communities,"),
    cl("Noting", " that more than one billion people live in slums or informal settlements.",
       fn("UN-Habitat, World Cities Report 2022."),
       faults=[F("preambular-end-mark", '"…live in slums or informal settlements." - a preambular clause ends with a '
                 "full stop (before its footnote mark); expected «…informal settlements,» (UN-B05, MUN-F04)")]),
    cl("Encourages", " local governments to involve residents in the planning of upgrading programmes,",
       faults=[F("wrong-lead-form", '"Encourages local governments to involve residents" - "Encourages", an '
                 "operative verb, opens a preambular clause; expected a preambulatory phrase such as «Encouraging» "
                 "(UN-B03, MUN-F02)")]),
    cl("Concerned", " that forced evictions leave families without shelter or livelihoods,",
       fn("Office of the United Nations High Commissioner for Human Rights, Fact Sheet No. 25.")),
    cl("Urges", " Member States to give residents of informal settlements security of tenure;", num=(1, 0)),
    cl("Calls upon", " Member States to extend to informal settlements:", num=(1, 0)),
    plain("safe drinking water and sanitation;", fn("Sustainable Development Goal 6."), num=(1, 1)),
    plain("drainage that protects homes from floods;", num=(1, 1)),
    cl("Invites", " development banks to finance upgrading programmes led by local governments. Such programmes "
       "should include housing for renters;", num=(1, 0),
       faults=[F("full-stop-inside-clause", '"…led by local governments. Such programmes should include…" - a full '
                 "stop inside an operative clause: the resolution is one sentence (MUN-F05)")]),
    cl("Requests", " the Executive Director of UN-Habitat to report to the Assembly at its next session.",
       fn("The Assembly meets every four years."), num=(1, 0)),
])

# en-06: Commission for Social Development at a school conference whose guide asks for hyperlinks to every UN
# document cited and a "Sources" line after the text; Cambria; heading as tab-aligned lines; organ line italic;
# preambular leads italic, operative leads underlined; list "1." / "a." / "i."; links on resolution numbers, a
# symbol typed in brackets, footnotes. The last clause ends with a semicolon before its footnote mark; an operative
# clause pasted twice.
EN06 = Draft("en-06-csocd-cooperatives-links-semicolon-last-clause", "Cambria", ["dots"], [
    title("Draft Resolution CSocD/3"),
    line("Committee:", "Commission for Social Development"),
    line("Topic:", "Cooperatives in social development"),
    line("Sponsors:", "Canada, Kenya, Mongolia"),
    line("Signatories:", "Bolivia (Plurinational State of), Finland, Italy, Nepal, Senegal, Viet Nam"),
    organ("The Economic and Social Council,"),
    cl("Recalling", " General Assembly resolution ", link("78/175", UNDOCS + "A/RES/78/175"),
       R(" proclaiming 2025 the International Year of Cooperatives,")),
    cl("Recognizing", " that cooperatives give members a share in decisions and profits, in particular in rural "
       "areas,"),
    cl("Noting", " that cooperatives employ about 10 per cent of the world's employed population,",
       fn("International Labour Organization, Statistics on Cooperatives.")),
    cl("Bearing in mind", " the Declaration of Philadelphia (ILO, 1944) and Recommendation No. 193 of the "
       "International Labour Organization (2002),"),
    cl("Encourages", " Member States to review their laws on cooperatives with the help of the International "
       "Labour Organization;", emph="u", num=(1, 0)),
    cl("Invites", " Member States to give cooperatives access to public procurement and credit;", emph="u",
       num=(1, 0)),
    cl("Invites", " Member States to give cooperatives access to public procurement and credit;", emph="u",
       num=(1, 0),
       faults=[F("duplicate-clause", '"Invites Member States to give cooperatives access to public procurement and '
                 'credit" is pasted twice, as clauses 2 and 3 (MUN-F05)')]),
    cl("Calls upon", " Member States to include cooperatives in:", emph="u", num=(1, 0)),
    plain("national statistics on employment;", num=(1, 1)),
    plain("education on entrepreneurship in schools;", num=(1, 1)),
    cl("Requests", " the Secretary-General to report on the International Year of Cooperatives to the Commission "
       "at its sixty-fourth session;", fn("See also A/RES/78/175, para. 6."), emph="u", num=(1, 0),
       faults=[F("operative-end-mark", '"…to the Commission at its sixty-fourth session;" - the last operative '
                 "clause ends with a semicolon (then the footnote mark); expected «…sixty-fourth session.» "
                 "(UN-B09, MUN-F05)")]),
    plain("Sources: ", link("A/RES/78/175", UNDOCS + "A/RES/78/175"), R("; ILO Recommendation No. 193 (2002).")),
])

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


def shown(p: P) -> str:
    out = []
    for r in p.runs:
        if r.fn or r.en:
            out.append("¹" if r.fn else "ⁱ")
            continue
        t = r.text.replace("\t", "→")
        t = f"<{t}>" if r.link else f"^{t}" if r.sup else t
        t = f"[i:{t}]" if r.i else f"[u:{t}]" if r.u else f"[b:{t}]" if r.b else t
        out.append(t)
    return "".join(out)


def annotations() -> str:
    import yaml
    lines = ["# word-blind86: faults a chair would mark, written by make_drafts.py from the F() marks before any run of",
             "# drafter. paragraph = 1-based index of the w:p among all w:p of the body in document order (footnote",
             "# and endnote paragraphs not counted); list labels in notes are the ones Word shows (labels())."]
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": n, "kind": f.kind, "note": f.note}
                  for n, p in enumerate(d.body, 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return "\n".join(lines) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for d in DRAFTS:
            print(d.name)
            for n, (p, lab) in enumerate(zip(d.body, labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                ind = "  " * (p.num[1] if p.num else 0)
                print(f"  {n:2} {ind}{lab:4} {shown(p)} {marks}")
        return
    for d in DRAFTS:  # each quote of a note (its parts around "…") stands in the draft
        whole = "\n".join(lab + " " + "".join(r.text for r in p.runs).replace("\t", " ")
                          for p, lab in zip(d.body, labels(d)))
        for p in d.body:
            for f in p.faults:
                for q in f.note.split('"')[1::2]:
                    assert all(part in whole for part in q.split("…") if part), (d.name, q)
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
