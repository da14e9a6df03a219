"""Build the word-blind71 drafts: English drafts a main submitter hands back to the chair after amendments were
debated, marked up by hand (not with tracked changes).

Six drafts typed for this set (helper word-blind71, round 33). What the hand markup is: words struck through with
character formatting (w:strike, or w:dstrike in en-03 and en-06) next to the new words, which are plain, highlighted
(w:highlight), coloured (w:color) or underlined (w:u); clauses struck whole and left on the page, in Word's list
(still counted) or taken out of it (Word renumbers); typed numbers struck and retyped; "(amended)" notes and a
"[friendly amendment …]" line; a clause moved with a note; comments (word/comments.xml); a clause added in another font.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the marks.
Paragraph = 1-based index of the body's w:p. Nothing of drafter or of another set is imported.

    python make_drafts.py           # build the .docx files and annotations.yaml
    python make_drafts.py --list    # each body paragraph: index, Word's label, text with ~~struck~~ / ==marked== runs
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

HERE = Path(__file__).resolve().parent
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def el(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        e.set(qn(k if ":" in k else "w:" + k), v)
    return e


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    e = el(tag, **attrs)
    parent.append(e)
    return e


@dataclass
class R:
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    s: bool = False        # w:strike
    ds: bool = False       # w:dstrike
    hl: str | None = None  # w:highlight
    color: str | None = None
    font: str | None = None


@dataclass
class Fault:
    kind: str
    note: str


F = Fault


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl): Word's list, the List Paragraph style
    comment: str | None = None


@dataclass
class Draft:
    name: str
    lists: list[tuple[str, str]]  # per numId: (level 0 text, level 1 text) of its abstractNum
    paras: list[P]
    author: str = "Delegate"


def S(text: str) -> R:
    return R(text, s=True)


def DS(text: str) -> R:
    return R(text, ds=True)


def field_line(label: str, value: str) -> P:
    return P([R(label, b=True), R(value)])


def pre(lead: str, *rest: R | str, **kw) -> P:
    return P([R(lead, i=True), *[R(x) if isinstance(x, str) else x for x in rest]], **kw)


def op(lead: str, *rest: R | str, num: tuple[int, int] | None = (1, 0), lead_runs: list[R] | None = None,
       **kw) -> P:
    head = lead_runs if lead_runs is not None else [R(lead, u=True)]
    return P([*head, *[R(x) if isinstance(x, str) else x for x in rest]], num=num, **kw)


def subc(*rest: R | str, num: tuple[int, int] = (1, 1), **kw) -> P:
    return P([R(x) if isinstance(x, str) else x for x in rest], num=num, **kw)


def struck(p: P, double: bool = False) -> P:
    for r in p.runs:
        r.s, r.ds = (False, True) if double else (True, False)
    return p


# ---------------------------------------------------------------- building


class Builder:
    def __init__(self, d: Draft) -> None:
        self.d = d
        self.doc = docx.Document()
        self.body = self.doc.element.body
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        normal = self.doc.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        normal.element.rPr.find(qn("w:rFonts")).set(qn("w:eastAsia"), "Times New Roman")
        normal.paragraph_format.space_after = Pt(6)
        numbering = self.doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for aid, (t0, t1) in enumerate(d.lists):
            ab = sub(numbering, "w:abstractNum", abstractNumId=str(aid))
            sub(ab, "w:nsid", val=f"{0x71B0C000 + aid:08X}")
            sub(ab, "w:multiLevelType", val="hybridMultilevel")
            for ilvl, (fmt, text) in enumerate((("decimal", t0), ("lowerLetter", t1), ("lowerRoman", "%3."))):
                lvl = sub(ab, "w:lvl", ilvl=str(ilvl))
                sub(lvl, "w:start", val="1")
                sub(lvl, "w:numFmt", val=fmt)
                sub(lvl, "w:lvlText", val=text)
                sub(lvl, "w:lvlJc", val="left")
                sub(sub(lvl, "w:pPr"), "w:ind", left=str(720 * (ilvl + 1)), hanging="360")
        for aid in range(len(d.lists)):
            sub(sub(numbering, "w:num", numId=str(aid + 1)), "w:abstractNumId", val=str(aid))

    def para(self, p: P) -> etree._Element:
        wp = el("w:p")
        if p.num:
            ppr = sub(wp, "w:pPr")
            sub(ppr, "w:pStyle", val="ListParagraph")
            numpr = sub(ppr, "w:numPr")
            sub(numpr, "w:ilvl", val=str(p.num[1]))
            sub(numpr, "w:numId", val=str(p.num[0]))
            sub(ppr, "w:contextualSpacing", val="0")
        for part in p.runs:
            r = sub(wp, "w:r")
            rpr = sub(r, "w:rPr")
            if part.font:
                sub(rpr, "w:rFonts", ascii=part.font, hAnsi=part.font, cs=part.font)
            if part.b:
                sub(rpr, "w:b")
            if part.i:
                sub(rpr, "w:i")
            if part.s:
                sub(rpr, "w:strike")
            if part.ds:
                sub(rpr, "w:dstrike")
            if part.color:
                sub(rpr, "w:color", val=part.color)
            if part.hl:
                sub(rpr, "w:highlight", val=part.hl)
            if part.u:
                sub(rpr, "w:u", val="single")
            if len(rpr) == 0:
                r.remove(rpr)
            t = sub(r, "w:t")
            t.set(XML_SPACE, "preserve")
            t.text = part.text
        return wp

    def save(self) -> None:
        sect = self.body.find(qn("w:sectPr"))
        made = []
        for p in self.d.paras:
            wp = self.para(p)
            sect.addprevious(wp)
            made.append(wp)
        for p, wp in zip(self.d.paras, made):
            if p.comment:
                para = Paragraph(wp, self.doc._body)
                runs = wp.findall(qn("w:r"))
                c = self.doc.add_comment([Run(runs[0], para), Run(runs[-1], para)], text=p.comment,
                                         author=self.d.author, initials="".join(w[0] for w in self.d.author.split()))
                c._comment_elm.set(qn("w:date"), "2026-11-21T10:40:00Z")
        path = HERE / f"{self.d.name}.docx"
        self.doc.styles.add_style("List Paragraph", 1) if "List Paragraph" not in [s.name for s in self.doc.styles] \
            else None
        self.doc.save(str(path))
        again = docx.Document(str(path))
        count = len(list(again.element.body.iter(qn("w:p"))))
        assert count == len(self.d.paras), (self.d.name, count, len(self.d.paras))


def labels(d: Draft) -> list[str]:
    """The label Word shows on each paragraph: a list's counters run over every paragraph in it, struck or not."""
    out, counters = [], {}
    for p in d.paras:
        if not p.num:
            out.append("")
            continue
        num, lvl = p.num
        c = counters.setdefault(num, [0, 0, 0])
        c[lvl] += 1
        for deeper in range(lvl + 1, 3):
            c[deeper] = 0
        t0, t1 = d.lists[num - 1]
        out.append(t0.replace("%1", str(c[0])) if lvl == 0 else t1.replace("%2", "abcdefghij"[c[1] - 1]))
    return out


# ---------------------------------------------------------------- the drafts

THIMUN = ("%1.", "%2)")
UNAUSA = ("%1.", "(%2)")

# en-01: Chile's draft after debate; struck words with plain or highlighted new words, an "(amended)" note, a clause
# struck whole and left in Word's list (still counted: the last clause shows "5." after "3.")
EN01 = Draft("en-01-thimun-ga3-elder-abuse-struck-clause-still-counted", [THIMUN], [
    field_line("FORUM: ", "General Assembly Third Committee"),
    field_line("QUESTION OF: ", "Protecting older persons from abuse and neglect"),
    field_line("MAIN SUBMITTER: ", "Chile"),
    field_line("CO-SUBMITTERS: ", "Japan, Kenya, Portugal, Sri Lanka"),
    P([R("THE GENERAL ASSEMBLY,")]),
    pre("Recalling", " the Madrid International Plan of Action on Ageing, adopted in 2002,"),
    pre("Noting with deep concern", " that ", S("one in ten"), " one in six people aged 60 years and older experienced "
        "some form of abuse in the past year,"),
    pre("Aware", " that abuse of older persons in ", S("nursing homes"), " ", R("care homes and other institutions",
        hl="yellow"), " is rarely reported,",
        faults=[F("emphasis", 'the words "care homes and other institutions" added in the amendment are left '
                  "highlighted (yellow) in the clause text: words set off from the text; expected «care homes and "
                  "other institutions» as plain text (UN-B17)")]),
    pre("Recognizing", " the work of the Open-ended Working Group on Ageing towards an international instrument on "
        "the rights of older persons,"),
    op("Urges", " Member States to make the abuse of older persons, including financial abuse, an offence under "
       "national law; (amended)",
       faults=[F("other", 'the note of amendment "(amended)" is left after the clause\'s semicolon: a record of the '
                 "debate, not resolution text; the clause ends «…under national law;» (MUN-A01)")]),
    op("Encourages", " Member States to protect older persons from abuse, in particular by:"),
    subc("setting up free and confidential helplines for older persons and their carers;"),
    subc(S("requiring"), " training staff of health and social services to recognise the signs of abuse;"),
    subc("publishing each year the number of cases reported and the measures taken;"),
    op("Invites", " regional organizations to share good practices in ", S("the prevention of"), " preventing abuse in "
       "care homes;"),
    struck(op("Decides", " to convene a high-level meeting on the rights of older persons in 2028;",
              comment="Struck as agreed with Kenya during debate.")),
    op("Requests", " the Secretary-General to report to the General Assembly at its eighty-third session on the "
       "implementation of the present resolution.",
       faults=[F("numbering", 'the clause struck whole before it ("Decides to convene a high-level meeting…") is left '
                 'in Word\'s list and still counted, so "Requests the Secretary-General to report…" shows "5." after '
                 "clause 3 once the struck clause is read as deleted; expected «4.» (UN-B07, MUN-F05)")]),
], author="Chile Delegate")

# en-02: Rwanda's draft (UNA-USA); an end mark only on struck words, "Calls Upon" typed over a struck lead, a moved
# clause with its note, a clause added in Calibri, the last sub-clause struck so the one before it is now the last
EN02 = Draft("en-02-unausa-csw-digital-finance-moved-clause-calibri-struck-last-sub", [UNAUSA], [
    field_line("Committee: ", "Commission on the Status of Women"),
    field_line("Topic: ", "Financial inclusion of women through digital services"),
    field_line("Sponsors: ", "Rwanda, Bangladesh, Kenya"),
    field_line("Signatories: ", "Brazil, Fiji, Ghana, Jordan, Nepal, Norway, Peru"),
    P([R("The Commission on the Status of Women,", i=True)]),
    pre("Recalling", " the Beijing Declaration and Platform for Action,"),
    pre("Observing", " that ", S("about one billion"), " some 740 million women worldwide still have no account with "
        "a bank or a mobile money provider,"),
    pre("Concerned", " that women in rural areas are less likely than men to own a mobile phone",
        S(", which most digital services require,"),
        faults=[F("preambular-end-mark", 'the only comma of "Concerned that women in rural areas…" is in the struck '
                  'words ", which most digital services require,": as amended the clause ends "…to own a mobile phone" '
                  "with no end mark; expected «…to own a mobile phone,» (UN-B05, MUN-F05)")]),
    pre("Noting", " the role of agents and village savings groups in bringing financial services closer to women,"),
    op("Encourages", " Member States to include digital financial services in their national strategies for the "
       "economic empowerment of women;"),
    op("", " central banks to allow accounts to be opened with simple proof of identity;",
       lead_runs=[R("Invites", s=True, u=True), R(" "), R("Calls Upon", u=True)],
       faults=[F("capital-after-lead", 'the lead typed over the struck "Invites" is "Calls Upon": the second word of '
                 "an operative phrase takes no capital; expected «Calls upon» (MUN-F03)")]),
    op("Urges", " mobile network operators to lower the cost of sending small sums of money; (moved up from clause 5 "
       "at the request of Kenya)",
       faults=[F("other", 'the note of amendment "(moved up from clause 5 at the request of Kenya)" is left after the '
                 "clause: the move is made, the note is no resolution text; expected «…small sums of money;» "
                 "(MUN-A01)")]),
    op("Recommends", " that ", S("banks"), " financial service providers recruit and train women as agents in rural "
       "areas;"),
    op("", " programmes that teach women and girls to use mobile money safely, including how to recognise fraud;",
       lead_runs=[R("Supports", u=True, font="Calibri")],
       faults=[F("fonts-mixed", 'mixed fonts: the clause "Supports programmes that teach women and girls…" added by '
                 "Bangladesh is typed in Calibri (direct formatting on its runs) in a body of «Times New Roman» "
                 "(MUN-F08)")]),
    op("Requests", " UN-Women to ", S("publish"), " collect data disaggregated by sex on the use of digital financial "
       "services, in particular on:"),
    subc("the ownership of accounts and mobile phones;"),
    subc("the use of credit and savings products;",
         faults=[F("operative-end-mark", 'the sub-clause after "the use of credit and savings products;" is struck '
                   "whole, so this is the last sub-clause of the last clause and ends the resolution with \";\"; "
                   "expected «…savings products.» (UN-B07, MUN-F05)")]),
    struck(subc("the cost of transfers between providers.")),
], author="Rwanda Delegate")

# en-03: Ireland's draft with typed numbers (no Word list), double strike-through; a clause struck whole and the
# next numbers retyped by hand, except the last; a "[friendly amendment …]" line; an operative lead in the preamble
EN03 = Draft("en-03-thimun-hrc-journalists-typed-numbers-dstrike-renumbered-by-hand", [THIMUN], [
    field_line("FORUM: ", "Human Rights Council"),
    field_line("QUESTION OF: ", "The safety of journalists"),
    field_line("MAIN SUBMITTER: ", "Ireland"),
    field_line("CO-SUBMITTERS: ", "Costa Rica, Mongolia, Senegal, Tunisia"),
    P([R("THE HUMAN RIGHTS COUNCIL,")]),
    pre("Reaffirming", " article 19 of the Universal Declaration of Human Rights,"),
    pre("Alarmed", " that ", DS("most"), " nearly nine in ten killings of journalists remain unpunished,"),
    pre("Calls upon", " all States to end impunity for attacks against journalists,",
        faults=[F("wrong-lead-form", 'the operative phrase "Calls upon" opens a paragraph added to the preamble; a '
                  "preambular clause opens with a preambular phrase («Convinced of the need for all States to end "
                  "impunity…») or the call goes to the operative part (UN-B03, MUN-F02)")]),
    pre("Welcoming", " the United Nations Plan of Action on the Safety of Journalists and the Issue of Impunity,"),
    op("", " unequivocally all attacks and violence against journalists and media workers;", num=None,
       lead_runs=[R("1. "), R("Condemns", u=True)]),
    op("", " States to ", DS("consider"), " investigate every killing of a journalist promptly and independently",
       DS(" where possible"), ";", num=None, lead_runs=[R("2. "), R("Urges", u=True)]),
    struck(op("", " States to appoint special prosecutors for crimes against journalists;", num=None,
              lead_runs=[R("3. "), R("Requests", u=True)]), double=True),
    op("", " States to adopt national mechanisms for the protection of journalists at risk;", num=None,
       lead_runs=[DS("4."), R(" 3. "), R("Encourages", u=True)]),
    P([R("[friendly amendment by Senegal, accepted by the submitters]")],
      faults=[F("other", 'the note of amendment "[friendly amendment by Senegal, accepted by the submitters]" is left '
                "as a line of its own between clauses 3 and 4: a record of the debate, no resolution text (MUN-A01)")]),
    op("", " States to protect the confidentiality of journalists’ sources and to refrain from unlawful "
       "surveillance of their communications;", num=None,
       lead_runs=[DS("5."), R(" 4. "), R("Calls upon", u=True)]),
    op("", " the Office of the High Commissioner to present a report on the implementation of the present "
       "resolution to the Council at its sixty-first session.", num=None,
       lead_runs=[R("6. "), R("Requests", u=True)],
       faults=[F("numbering", 'the typed number "6." was not changed when clause 3 was struck and the clauses after '
                 'it renumbered by hand: "Requests the Office of the High Commissioner…" follows clause 4; expected '
                 "«5.» (UN-B07, MUN-F05)")]),
], author="Ireland Delegate")

# en-04: Luxembourg's draft (UNA-USA, SPECPOL); added words in red, a preambular lead opening a numbered clause, the
# last clause struck whole so the one before it ends with ";"; a comment
EN04 = Draft("en-04-unausa-specpol-space-debris-red-words-struck-last-clause", [UNAUSA], [
    field_line("Committee: ", "Special Political and Decolonization Committee (Fourth Committee)"),
    field_line("Topic: ", "Space debris and the long-term sustainability of outer space activities"),
    field_line("Sponsors: ", "Luxembourg, New Zealand"),
    field_line("Signatories: ", "Argentina, Egypt, Italy, Malaysia, Nigeria, Poland"),
    P([R("The General Assembly,", i=True)]),
    pre("Recalling", " the Guidelines for the Long-term Sustainability of Outer Space Activities adopted by the "
        "Committee on the Peaceful Uses of Outer Space in 2019,"),
    pre("Alarmed", " that more than 35,000 objects larger than ten centimetres are now tracked in orbit",
        S(", most of them in low Earth orbit"), ","),
    pre("Noting", " ", S("with satisfaction"), " that some operators already remove their satellites from orbit "
        "within five years of the end of their missions,"),
    pre("Recognizing", " that a single collision can produce thousands of new fragments,"),
    op("Encourages", " all States ", S("and international organizations"), " to implement the Guidelines through "
       "national legislation;"),
    op("Urges", " launching States to design new satellites so that they can be ", S("safely"), " removed from orbit ",
       R("no later than five years", color="FF0000"), " after their mission ends;",
       faults=[F("emphasis", 'the words "no later than five years" added in the amendment are left in red in the clause '
                 "text: words set off from the text; expected «no later than five years» in the text's colour "
                 "(UN-B17)")]),
    op("Calls upon", " States to share data on objects in orbit through the Register of Objects Launched into Outer "
       "Space kept by the Office for Outer Space Affairs;", comment="Luxembourg: is this the right name of the "
       "register? Checked, yes."),
    op("", " that debris removal missions are costly, ", R("invites", color="FF0000"), " the private sector to "
       "invest in them;", lead_runs=[R("Bearing in mind", u=True)],
       faults=[F("wrong-lead-form", '"Bearing in mind that debris removal missions are costly…" - a preambular phrase '
                 "opens a numbered operative clause; an operative clause opens with an operative verb («Invites the "
                 "private sector to invest in debris removal missions…») (UN-B06, MUN-F03)"),
               F("emphasis", 'the word "invites" added in the amendment is left in red in the clause text: words set '
                 "off from the text; expected «invites» in the text's colour (UN-B17)")]),
    op("Requests", " the Office for Outer Space Affairs to hold workshops on debris mitigation for developing "
       "countries;"),
    op("Emphasizes", " the need for capacity-building so that all States can take part in space situational "
       "awareness;",
       faults=[F("operative-end-mark", 'the clause after "Emphasizes the need for capacity-building…" is struck whole, '
                 'so this is the last clause and ends the resolution with ";"; expected «…space situational '
                 "awareness.» (UN-B07, MUN-F05)")]),
    struck(op("Decides", " to establish a voluntary trust fund for the removal of space debris.")),
], author="Luxembourg Delegate")

# en-05: nearly clean. Canada's draft (THIMUN, WHA); struck words with plain new words, a clause struck whole and taken
# out of Word's list (Word renumbers the clauses after it), an "(amended)"-free hand; one full stop inside a clause
EN05 = Draft("en-05-thimun-wha-antimicrobial-resistance-nearly-clean-struck-out-of-list", [THIMUN], [
    field_line("FORUM: ", "World Health Assembly"),
    field_line("QUESTION OF: ", "Antimicrobial resistance"),
    field_line("MAIN SUBMITTER: ", "Canada"),
    field_line("CO-SUBMITTERS: ", "Bangladesh, Denmark, Thailand, Zambia"),
    P([R("THE WORLD HEALTH ASSEMBLY,")]),
    pre("Recalling", " resolution WHA68.7 adopting the global action plan on antimicrobial resistance,"),
    pre("Deeply concerned", " that infections resistant to antimicrobials ", S("kill"), " are directly responsible "
        "for more than one million deaths each year,"),
    pre("Aware", " that most antimicrobials sold worldwide are used in animals raised for food,"),
    pre("Welcoming", " the political declaration of the high-level meeting on antimicrobial resistance held in 2024,"),
    op("Urges", " Member States to update their national action plans on antimicrobial resistance ", S("every five "
       "years"), " and to fund them;"),
    op("Calls upon", " Member States to stop using medically important antimicrobials to promote growth in "
       "animals. They should also phase out their routine preventive use", S(" where alternatives exist"), ";",
       faults=[F("full-stop-inside-clause", 'the amendment leaves a sentence inside the clause: "…to promote growth in '
                 'animals. They should also phase out their routine preventive use;"; a clause holds no full stop '
                 "(«…to promote growth in animals and to phase out their routine preventive use;») (UN-B09, "
                 "MUN-F05)")]),
    struck(op("Requests", " Member States to ban the sale of antibiotics without prescription by 2027;", num=None)),
    op("Encourages", " ", S("manufacturers"), " the pharmaceutical industry to invest in new antibiotics and in "
       "diagnostic tests that can be used at the point of care;"),
    op("Invites", " Member States to report their use of antimicrobials each year to the Global Antimicrobial "
       "Resistance and Use Surveillance System:", comment="Thailand asked for the full name of GLASS here."),
    subc("by sector, separating human health from animal health;"),
    subc("by class of antimicrobial, following the AWaRe classification;"),
    op("Requests", " the Director-General to report to the Eighty-second World Health Assembly on progress in the "
       "implementation of the present resolution."),
], author="Canada Delegate")

# en-06: Fiji's draft (THIMUN, UNEA); double strike-through, underlined new words, a sub-clause struck but left in
# Word's list (the next one shows "c)"), an end mark only on struck words in a middle clause, a note of amendment
EN06 = Draft("en-06-thimun-unea-marine-plastics-underlined-words-struck-sub-counted", [THIMUN], [
    field_line("FORUM: ", "United Nations Environment Assembly"),
    field_line("QUESTION OF: ", "Ending plastic pollution in the oceans"),
    field_line("MAIN SUBMITTER: ", "Fiji"),
    field_line("CO-SUBMITTERS: ", "Chile, Norway, Rwanda, Senegal, the Philippines"),
    P([R("THE UNITED NATIONS ENVIRONMENT ASSEMBLY,")]),
    pre("Recalling", " its resolution 5/14 on ending plastic pollution,"),
    pre("Alarmed", " that ", DS("eight"), " eleven million tonnes of plastic waste enter the oceans every year,"),
    pre("Recognizing", " that small island developing States receive plastic waste carried by currents from far "
        "beyond their shores,"),
    pre("Noting", " the work of the Intergovernmental Negotiating Committee towards an international legally "
        "binding instrument on plastic pollution,"),
    op("Encourages", " Member States to reduce the production of ", DS("plastics"), " ",
       R("single-use plastic products", u=True), " that are hard to recycle;",
       faults=[F("emphasis", 'the words "single-use plastic products" added in the amendment are left underlined in '
                 "the clause text: words set off from the text; expected «single-use plastic products» as plain text "
                 "(UN-B17)")]),
    op("Calls upon", " Member States to introduce extended producer responsibility schemes for packaging by 2030",
       DS("; and to review them every five years;"),
       faults=[F("operative-end-mark", 'the semicolon of "Calls upon Member States to introduce extended producer '
                 'responsibility schemes…" is in the struck words "; and to review them every five years;": as '
                 'amended the clause ends "…for packaging by 2030" with no end mark; expected «…by 2030;» (UN-B07, '
                 "MUN-F05)")]),
    op("Urges", " Member States to support clean-up of coastlines and the seabed, in particular:"),
    subc("by funding the collection of lost fishing gear;"),
    struck(subc("by banning the dumping of plastic waste at sea;"), double=True),
    subc("by training local communities in small island developing States to sort and recycle collected waste;",
         faults=[F("numbering", 'the sub-clause struck before it ("by banning the dumping…") is left in Word\'s list '
                   'and still counted, so "by training local communities…" shows "c)" after "a)" once the struck '
                   "sub-clause is read as deleted; expected «b)» (UN-B07, MUN-F05)")]),
    op("Invites", " the United Nations Environment Programme to publish data on plastic leakage by country, "
       "disaggregated by source; (friendly amendment by Norway)",
       faults=[F("other", 'the note of amendment "(friendly amendment by Norway)" is left after the clause\'s '
                 "semicolon: a record of the debate, not resolution text (MUN-A01)")]),
    op("Requests", " the Executive Director to report to the Assembly at its eighth session on the implementation of "
       "the present resolution."),
], author="Fiji Delegate")

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


def shown(p: P) -> str:
    out = []
    for r in p.runs:
        t = r.text
        if r.s or r.ds:
            t = f"~~{t}~~"
        elif r.hl or r.color or (r.u and r is not p.runs[0]):
            t = f"=={t}=="
        out.append(t)
    return "".join(out)


def annotations() -> str:
    import yaml
    lines = ["# word-blind71: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any",
             "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md as amended: struck-through words and",
             "# clauses are read as deleted (README.md, Decisions); comments are no text."]
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": n, "kind": f.kind, "note": f.note}
                  for n, p in enumerate(d.paras, 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return "\n".join(lines) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for d in DRAFTS:
            print(d.name)
            for n, (p, lab) in enumerate(zip(d.paras, labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"  {n:2} {lab:4} {shown(p)} {marks}")
        return
    for d in DRAFTS:  # each quote of a note (its part before "…") stands in the draft
        whole = "\n".join("".join(r.text for r in p.runs) for p in d.paras)
        whole += "\n".join("".join(r.text for r in p.runs if not (r.s or r.ds)) for p in d.paras)
        for p in d.paras:
            for f in p.faults:
                for q in f.note.split('"')[1::2]:
                    if len(q) > 3:  # "5.", "c)": a label Word shows
                        assert all(part in whole for part in q.split("…") if part), (d.name, q)
        Builder(d).save()
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
