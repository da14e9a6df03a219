"""Build the drafts of the blind set word-blind63 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, list label as Word shows it, text
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Ordinary English drafts as delegates make them in desktop Word from the template a conference sends: Times New Roman
12 or Calibri 11, a heading block (UNA-USA, THIMUN or HMUN style), lead phrases in italic for the preamble and
underlined, bold or italic for the operative part, Word's automatic numbering for the operative clauses and their
sub-clauses (a multilevel list written as Word writes its default: an abstractNum with one w:lvl per level, numFmt
decimal / lowerLetter / lowerRoman, lvlText "%1." and "%2." or "(%2)" or "%2)"), paragraphs in Word's "List Paragraph"
style or in a custom "Operative Clause" style linked to the list, or with direct numbering only, and a w:num with a
w:lvlOverride / w:startOverride where the delegate used "Restart at 1" or "Set numbering value".

python-docx gives the package (its default template); numbering, styles and paragraphs are written as raw
WordprocessingML by the helpers below (written for this set; no import of drafter or of another set). Faults are
marked with F(kind, note) next to the paragraph that carries them; the paragraph number is the 1-based index of the
w:p in the body (no empty paragraphs, no tables), checked again on the saved file.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import yaml
from docx.oxml import parse_xml
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class R:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    font: str | None = None  # a run font other than the Normal style's (a clause pasted from elsewhere)
    size: int | None = None  # half-points


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl) the paragraph is numbered with
    style: str | None = None  # w:pStyle
    num_from_style: bool = False  # the numbering comes from the style (no w:numPr in the paragraph)
    ind: tuple[int, int] | None = None  # direct w:ind (left, hanging)
    centre: bool = False
    title: bool = False


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


# ---------------------------------------------------------------- lists (numbering part)


@dataclass
class Level:
    fmt: str
    text: str
    left: int
    hanging: int
    start: int = 1
    jc: str = "left"
    style: str | None = None  # w:pStyle of the level (a style linked to the list)


@dataclass
class ListDef:
    """One w:abstractNum (abstractNumId = its index in the draft's lists)."""
    kind: str  # w:multiLevelType
    levels: list[Level]


@dataclass
class Num:
    """One w:num (numId = its index + 1) and its level overrides {ilvl: startOverride}."""
    abstract: int
    overrides: dict[int, int] = field(default_factory=dict)


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1]
    raise ValueError(fmt)


def abstract_xml(aid: int, ld: ListDef) -> str:
    body = ""
    for i, lv in enumerate(ld.levels):
        body += (f'<w:lvl w:ilvl="{i}"><w:start w:val="{lv.start}"/><w:numFmt w:val="{lv.fmt}"/>'
                 + (f'<w:pStyle w:val="{lv.style}"/>' if lv.style else "")
                 + f'<w:lvlText w:val="{escape(lv.text)}"/><w:lvlJc w:val="{lv.jc}"/>'
                 f'<w:pPr><w:ind w:left="{lv.left}" w:hanging="{lv.hanging}"/></w:pPr></w:lvl>')
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:nsid w:val="{0x3C5E1A00 + aid:08X}"/>'
            f'<w:multiLevelType w:val="{ld.kind}"/><w:tmpl w:val="{0x04090000 + 0x1F + aid:08X}"/>{body}'
            "</w:abstractNum>")


def num_xml(num_id: int, n: Num) -> str:
    over = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                   for lvl, start in sorted(n.overrides.items()))
    return f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{n.abstract}"/>{over}</w:num>'


# Word's default multilevel list ("1." / "a." / "i."), as Word writes it for a list started from the Numbering button
WORD_DEFAULT = ListDef("hybridMultilevel", [Level("decimal", "%1.", 720, 360), Level("lowerLetter", "%2.", 1440, 360),
                                            Level("lowerRoman", "%3.", 2160, 180, jc="right")])
# a template's list with bracketed sub-clause letters, UN style: "1." / "(a)" / "(i)"
BRACKETED = ListDef("multilevel", [Level("decimal", "%1.", 360, 360), Level("lowerLetter", "(%2)", 1080, 360),
                                   Level("lowerRoman", "(%3)", 1800, 360)])
# the same, level 0 linked to the custom paragraph style "Operative Clause"
BRACKETED_STYLED = ListDef("multilevel", [Level("decimal", "%1.", 360, 360, style="OperativeClause"),
                                          Level("lowerLetter", "(%2)", 1080, 360),
                                          Level("lowerRoman", "(%3)", 1800, 360)])
# THIMUN template: "1." / "a)" / "i."
THIMUN = ListDef("hybridMultilevel", [Level("decimal", "%1.", 720, 360), Level("lowerLetter", "%2)", 1440, 360),
                                      Level("lowerRoman", "%3.", 2160, 180, jc="right")])
# a one-level lettered list of its own ("(a)") that a delegate made for the sub-clauses of one clause
OWN_LETTERS = ListDef("hybridMultilevel", [Level("lowerLetter", "(%1)", 1080, 360)])


def labels(paras: list[P], lists: list[ListDef], nums: list[Num]) -> list[str]:
    """The label Word shows on each paragraph: the counters belong to the abstractNum (a w:num without override
    continues the others of its abstractNum); the first paragraph of a w:num with a w:startOverride starts that level
    at the override; a level's counter restarts when a higher level of the same list is used; paragraphs outside the
    list (typed numbers) do not move its counters."""
    counters: dict[int, list[int | None]] = {}
    started: set[int] = set()
    out = []
    for p in paras:
        if p.num is None:
            out.append("")
            continue
        num_id, ilvl = p.num
        n = nums[num_id - 1]
        ld = lists[n.abstract]
        c = counters.setdefault(n.abstract, [None] * len(ld.levels))
        if num_id not in started:
            started.add(num_id)
            for lvl, start in n.overrides.items():
                c[lvl] = start - 1
        current = c[ilvl]
        c[ilvl] = ld.levels[ilvl].start if current is None else current + 1
        for j in range(ilvl + 1, len(c)):
            c[j] = None
        text = ld.levels[ilvl].text
        for j in range(len(ld.levels)):
            if f"%{j + 1}" in text:
                text = text.replace(f"%{j + 1}", fmt_number(c[j] or ld.levels[j].start, ld.levels[j].fmt))
        out.append(text)
    return out


# ---------------------------------------------------------------- documents


@dataclass
class Draft:
    name: str
    font: str
    size: int  # half-points
    lists: list[ListDef]
    nums: list[Num]
    paras: list[P]


OPERATIVE_CLAUSE_STYLE = (
    f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="OperativeClause">'
    '<w:name w:val="Operative Clause"/><w:basedOn w:val="ListParagraph"/><w:qFormat/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>')


def run_xml(r: R, title: bool, base_size: int) -> str:
    rpr = ""
    if r.font:
        rpr += f'<w:rFonts w:ascii="{r.font}" w:hAnsi="{r.font}" w:cs="{r.font}"/>'
    rpr += ("<w:b/><w:bCs/>" if r.bold or title else "") + ("<w:i/><w:iCs/>" if r.italic else "")
    rpr += '<w:u w:val="single"/>' if r.underline else ""
    size = r.size or (base_size + 4 if title else None)
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return (f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}"
            f'<w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>')


def para_xml(p: P, d: Draft) -> str:
    ppr = ""
    if p.style:
        ppr += f'<w:pStyle w:val="{p.style}"/>'
    if p.num and not p.num_from_style:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    if p.ind:
        ppr += f'<w:ind w:left="{p.ind[0]}" w:hanging="{p.ind[1]}"/>'
    if p.centre or p.title:
        ppr += '<w:jc w:val="center"/>'
    return (f"<w:p {NSDECL}>" + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
            + "".join(run_xml(r, p.title, d.size) for r in p.runs) + "</w:p>")


def build(d: Draft) -> Path:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = d.font
    normal.font.size = Pt(d.size / 2)
    normal.paragraph_format.space_after = Pt(6)
    if any(p.style == "OperativeClause" for p in d.paras):
        doc.styles.element.append(parse_xml(OPERATIVE_CLAUSE_STYLE))
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for i, ld in enumerate(d.lists):
        numbering.append(parse_xml(abstract_xml(i, ld)))
    for i, n in enumerate(d.nums):
        numbering.append(parse_xml(num_xml(i + 1, n)))
    for p in d.paras:
        sect.addprevious(parse_xml(para_xml(p, d)))
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(root.find(w("body")).findall(w("p")))
    assert count == len(d.paras), (d.name, count, len(d.paras))
    return out


# ---------------------------------------------------------------- paragraph helpers


def field_line(label: str, value: str, faults: list[Fault] | None = None) -> P:
    return P([R(label, bold=True), R(value)], faults or [])


def title(text: str) -> P:
    return P([R(text)], title=True)


def organ(text: str, *, italic: bool = True, faults: list[Fault] | None = None) -> P:
    return P([R(text, italic=italic)], faults or [])


def pre(lead_text: str, rest: str, faults: list[Fault] | None = None, *, i: bool = True, whole: bool = False,
        style: str | None = None, ind: tuple[int, int] | None = None, num: tuple[int, int] | None = None) -> P:
    """A preambular clause: its lead italic (i), or the whole clause italic (whole)."""
    return P([R(lead_text, italic=i or whole), R(rest, italic=whole)], faults or [], num, style=style, ind=ind)


def op(lead_text: str, rest: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None,
       emph: str = "u", style: str | None = None, from_style: bool = False, typed: str = "",
       font: str | None = None, size: int | None = None) -> P:
    """An operative clause: its lead underlined (emph "u"), bold ("b"), italic ("i") or plain ("")."""
    lead = R(lead_text, bold="b" in emph, italic="i" in emph, underline="u" in emph, font=font, size=size)
    runs = ([R(typed, font=font, size=size)] if typed else []) + [lead, R(rest, font=font, size=size)]
    return P(runs, faults or [], num, style=style, num_from_style=from_style)


def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None,
        style: str | None = None) -> P:
    return P([R(text)], faults or [], num, style=style)


LP = "ListParagraph"

# ---------------------------------------------------------------- the drafts

EN01 = Draft(
    "en-01-unausa-ga3-child-statelessness-restart-after-subs", "Times New Roman", 24, [WORD_DEFAULT],
    [Num(0), Num(0, {0: 1})],
    [
        field_line("Committee: ", "Third Committee (Social, Humanitarian and Cultural)"),
        field_line("Topic: ", "Ending statelessness among children"),
        field_line("Sponsors: ", "Côte d’Ivoire, Ecuador, Portugal, Thailand"),
        field_line("Signatories: ", "Brazil, Kenya, Kyrgyzstan, Mexico, Philippines, Senegal"),
        organ("The General Assembly,"),
        pre("Recalling", " article 7 of the Convention on the Rights of the Child, which gives every child the right to "
            "be registered immediately after birth and the right to acquire a nationality,"),
        pre("Recalling also", " the 1961 Convention on the Reduction of Statelessness,"),
        pre("Noting with concern", " that many stateless children were born in the country where they live and have "
            "never known another;",
            [F("preambular-end-mark",
               'the preambular clause ends with a semicolon: "have never known another;"; a preambular clause ends '
               "with a comma: «never known another,» (UN-B05, MUN-F04)")]),
        pre("Aware", " that children without a birth certificate are often unable to enrol in school, to be vaccinated "
            "or to sit national examinations,"),
        pre("Welcoming", " the pledges made by Member States at the close of the campaign to end statelessness in 2024,"),
        op("Urges", " Member States that have not yet done so to accede to the 1954 Convention relating to the Status "
           "of Stateless Persons and to the 1961 Convention on the Reduction of Statelessness;", num=(1, 0), style=LP),
        op("Calls Upon", " States to grant their nationality to children born on their territory who would otherwise "
           "be stateless;", num=(1, 0), style=LP,
           faults=[F("capital-after-lead",
                     'the lead is written "Calls Upon States to grant their nationality" with a capital on the second '
                     "word; only the first word of a lead is capitalised: «Calls upon» (MUN-F02, UN-B06)")]),
        op("Encourages", " Member States to make birth registration free, universal and accessible by:", num=(1, 0),
           style=LP),
        sub("sending mobile registration teams to remote and border areas;", num=(1, 1), style=LP),
        sub("allowing health workers to register births in hospitals and clinics;", num=(1, 1), style=LP),
        sub("removing the fees charged for late registration;", num=(1, 1), style=LP),
        op("Recommends", " that States review the laws that prevent mothers from passing their nationality to their "
           "children on an equal basis with fathers;", num=(2, 0), style=LP,
           faults=[F("numbering",
                     'the clause "Recommends that States review the laws that prevent mothers" comes after the '
                     'sub-clauses of clause 3 and starts the numbering again at "1." (Restart at 1); expected «4.», '
                     "the clauses after it going on from 1 as a consequence (UN-B07, MUN-F05)")]),
        op("Requests", " the Office of the United Nations High Commissioner for Refugees to:", num=(2, 0), style=LP),
        sub("support States in counting stateless children through national surveys and censuses;", num=(2, 1),
            style=LP),
        sub("report on progress to the General Assembly at its eighty-second session;", num=(2, 1), style=LP),
        op("Decides", " to continue its consideration of the question at its eighty-second session under the item "
           "entitled “Promotion and protection of the rights of children”.", num=(2, 0), style=LP),
    ])

EN02 = Draft(
    "en-02-thimun-wha-drowning-subs-as-clauses-no-end-mark", "Calibri", 22, [THIMUN], [Num(0)],
    [
        field_line("FORUM: ", "World Health Assembly"),
        field_line("QUESTION OF: ", "Preventing drowning among children and young people"),
        field_line("SUBMITTED BY: ", "Bangladesh"),
        field_line("CO-SUBMITTERS: ", "Australia, Fiji, Ghana, the Netherlands, Viet Nam"),
        organ("THE WORLD HEALTH ASSEMBLY,", italic=False),
        pre("Alarmed", " that drowning is among the leading causes of death of children aged one to fourteen years,"),
        pre("Recalling", " General Assembly resolution 75/273 on global drowning prevention,"),
        pre("Noting", " that most drownings happen in low- and middle-income countries, often close to the home,",
            i=False,
            faults=[F("emphasis",
                      'the lead "Noting" is upright while every other preambular lead of the draft is italic; '
                      "expected «Noting» in italics (MUN-F02, UN-B04)")]),
        pre("Recognizing", " that day-care for young children, swimming lessons and barriers around wells and ponds "
            "are proven and low-cost measures,", style=LP, ind=(720, 360)),
        pre("Taking into account", " the World Drowning Prevention Day observed each year on 25 July,"),
        op("Urges", " Member States to adopt a national drowning prevention plan with clear targets;", num=(1, 0)),
        op("Encourages", " ministries of health and of education to work together to teach basic swimming and "
           "water-safety skills to school-age children;", num=(1, 0)),
        op("Recommends", " that Member States take the following measures:", num=(1, 0)),
        sub("cover wells, water tanks and ditches near homes and schools;", num=(1, 0),
            faults=[F("sub-clause-label",
                      'the sub-clause "cover wells, water tanks and ditches near homes and schools" is at the first '
                      'level of the list and shows the clause number "4."; expected the sub-clause label «a)» (MUN-F06, '
                      "UN-B10)")]),
        sub("set up community crèches supervised by trained adults where children live near open water;",
            num=(1, 0),
            faults=[F("sub-clause-label",
                      'the sub-clause "set up community crèches supervised by trained adults" is at the first level of '
                      'the list and shows "5."; expected «b)» (MUN-F06, UN-B10)')]),
        op("Calls upon", " Member States to record drownings in their death registration and injury surveillance "
           "systems", num=(1, 0),
           faults=[F("operative-end-mark",
                     'the operative clause "Calls upon Member States to record drownings … injury surveillance systems" '
                     "has no end mark; expected «surveillance systems;» (UN-B09, MUN-F05)")]),
        op("Requests", " the Director-General to publish an updated global report on drowning before the "
           "Eightieth World Health Assembly;", num=(1, 0)),
        op("Invites", " the private sector to support the production of low-cost life jackets for fishers and ferry "
           "passengers.", num=(1, 0)),
    ])

EN03 = Draft(
    "en-03-unausa-cnd-captagon-styled-list-typed-four-arial", "Times New Roman", 24, [BRACKETED_STYLED], [Num(0)],
    [
        field_line("Committee: ", "Commission on Narcotic Drugs",
                   [F("heading-field-missing",
                      'the heading "Committee: Commission on Narcotic Drugs" / "Sponsors:" / "Signatories:" has no '
                      "topic line; expected «Topic: …» (MUN-H01)")]),
        field_line("Sponsors: ", "Iraq, Jordan, Saudi Arabia, Türkiye"),
        field_line("Signatories: ", "Egypt, France, Greece, Lebanon, the Netherlands, United Arab Emirates"),
        organ("The Commission on Narcotic Drugs,"),
        pre("Deeply concerned", " by the large-scale production of and trafficking in captagon tablets containing "
            "amphetamine in the Middle East,"),
        pre("Noting", " that seizures of these tablets have risen sharply in the ports of the region and of southern "
            "Europe,", whole=True,
            faults=[F("emphasis",
                      'the whole preambular clause "Noting that seizures of these tablets have risen sharply" is in '
                      "italics; only the lead «Noting» is italic (UN-B04, UN-B17, MUN-F02)")]),
        pre("Recalling", " the Convention on Psychotropic Substances of 1971 and the United Nations Convention against "
            "Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988,"),
        pre("Bearing in mind", " the principle of common and shared responsibility in addressing the world drug "
            "problem,"),
        pre("Recognizing", " the need for treatment services for people who use these drugs, in particular young "
            "people,"),
        op("Calls upon", " Member States to strengthen their controls on the precursor chemicals used to make "
           "amphetamine;", num=(1, 0), style="OperativeClause", from_style=True, emph="i"),
        op("Encourages", " customs authorities in the region to share information on seizures through:",
           num=(1, 0), style="OperativeClause", from_style=True, emph="i"),
        sub("the secure communication platforms of the United Nations Office on Drugs and Crime;", num=(1, 1),
            style=LP),
        sub("joint port control units with neighbouring States;", num=(1, 1), style=LP),
        op("Requests", " the United Nations Office on Drugs and Crime to help States build forensic laboratories able to "
           "identify captagon tablets and their chemical profile;", num=(1, 0), style="OperativeClause",
           from_style=True, emph="i"),
        op("Urges", " Member States to offer evidence-based prevention programmes to young people in schools and "
           "universities;", typed="4. ", emph="i", font="Arial", size=20,
           faults=[F("other",
                     'mixed fonts: the clause "Urges Member States to offer evidence-based prevention programmes" was '
                     "pasted from another document in Arial 10 pt while the draft is in Times New Roman 12 pt "
                     "(MUN-F08)")]),
        op("Invites", " Member States to provide treatment and rehabilitation services for people with amphetamine use "
           "disorders:", num=(1, 0), style="OperativeClause", from_style=True, emph="i",
           faults=[F("numbering",
                     'the clause "Invites Member States to provide treatment and rehabilitation services" is in the '
                     'automatic list, which counts only its own items and shows "4." again after the clause pasted '
                     "with the typed number 4 (¶15); expected «5.» (UN-B07, MUN-F05)")]),
        sub("in prisons and other closed settings;", num=(1, 1), style=LP),
        sub("in rural areas where such services are lacking;", num=(1, 1), style=LP),
        op("Requests", " the Executive Director to report to the Commission at its seventieth session on the "
           "implementation of the present resolution.", num=(1, 0), style="OperativeClause", from_style=True,
           emph="i"),
    ])

EN04 = Draft(
    "en-04-hmun-sc-aid-workers-own-sub-list-continued", "Calibri", 22, [BRACKETED, OWN_LETTERS],
    [Num(0), Num(1), Num(0, {0: 5})],
    [
        title("DRAFT RESOLUTION 1.1"),
        field_line("Committee: ", "Security Council"),
        field_line("Topic: ", "Protection of humanitarian personnel in armed conflict"),
        field_line("Signatories: ", "Algeria, Denmark, Ecuador, Guyana, Japan, Malta, Mozambique, Republic of Korea, "
                   "Sierra Leone, Slovenia, Switzerland"),
        organ("The Security Council,"),
        pre("Recalling", " its resolution 2730 (2024) on the safety and security of humanitarian personnel,"),
        pre("Reaffirming", " its primary responsibility for the maintenance of international peace and security,"),
        pre("Gravely concerned", " that 2023 and 2024 were the deadliest years on record for aid workers,"),
        pre("Stressing", " that attacks against humanitarian personnel may constitute war crimes under international "
            "law,"),
        pre("Emphasizing", " the need to ensure that those responsible for such attacks are held accountable,"),
        op("Strongly condemns", " all attacks against humanitarian personnel and their premises and assets;",
           num=(1, 0), emph="b"),
        op("Demands", " that all parties to armed conflict:", num=(1, 0), emph="b"),
        sub("respect and protect humanitarian personnel;", num=(2, 0)),
        sub("allow and facilitate rapid and unimpeded humanitarian access;", num=(2, 0)),
        op("Urges", " Member States to investigate attacks on humanitarian personnel within their jurisdiction and to "
           "prosecute those responsible;", num=(1, 0), emph="b"),
        op("Requests", " the Secretary-General to include, in his regular reports on the protection of civilians, "
           "information on attacks against humanitarian personnel;", num=(1, 0), emph="b"),
        op("Encourages", " Member States to share good practices on the security risk management of national and "
           "local humanitarian organizations;", num=(3, 0), emph="b"),
        op("Calls upon", " parties to armed conflict to make humanitarian notification systems work:", num=(3, 0),
           emph="b"),
        sub("by acknowledging receipt of the coordinates of humanitarian premises and convoys;", num=(2, 0),
            faults=[F("sub-clause-label",
                      'the first sub-clause of clause 6, "by acknowledging receipt of the coordinates", is in the '
                      "lettered list made for clause 2, which goes on and shows \"(c)\"; expected «(a)» (UN-B10, "
                      "MUN-F06)")]),
        sub("by instructing their forces never to target notified sites;", num=(2, 0),
            faults=[F("sub-clause-label",
                      'the second sub-clause of clause 6, "by instructing their forces never to target notified '
                      'sites", shows "(d)" (the list of clause 2 going on); expected «(b)» (UN-B10, MUN-F06)')]),
        op("Decides", " to remain actively seized of the matter;", num=(3, 0), emph="b",
           faults=[F("operative-end-mark",
                     'the last operative clause "Decides to remain actively seized of the matter;" ends with a '
                     "semicolon; the resolution ends with a full stop: «seized of the matter.» (UN-B09, MUN-F05)")]),
    ])

EN05 = Draft(
    "en-05-unausa-specpol-space-debris-preamble-in-list", "Times New Roman", 24, [WORD_DEFAULT], [Num(0)],
    [
        field_line("Committee: ", "Special Political and Decolonization Committee (Fourth Committee)"),
        field_line("Topic: ", "Space debris and the long-term sustainability of outer space activities"),
        field_line("Sponsors: ", "Japan, Luxembourg, New Zealand, Rwanda"),
        field_line("Signatories: ", "Argentina, Austria, Chile, India, Nigeria, Portugal, Singapore"),
        organ("The General Assembly,"),
        pre("Recalling", " the Treaty on Principles Governing the Activities of States in the Exploration and Use of "
            "Outer Space, including the Moon and Other Celestial Bodies,"),
        pre("Recalling also", " the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer "
            "Space, which it endorsed in its resolution 62/217,"),
        pre("Noting", " that the number of active satellites in orbit has grown several times over in the last five "
            "years.",
            [F("preambular-end-mark",
               'the preambular clause ends with a full stop: "in the last five years."; expected «in the last five '
               "years,» (UN-B05, MUN-F04)")]),
        pre("Concerned", " that collisions between pieces of debris could set off a chain reaction that makes some "
            "orbits unusable for generations,"),
        pre("Welcoming", " the Guidelines for the Long-term Sustainability of Outer Space Activities adopted by the "
            "Committee in 2019,", num=(1, 0), style=LP,
            faults=[F("numbering",
                      'the last preambular clause "Welcoming the Guidelines for the Long-term Sustainability" is in the '
                      'automatic list of the operative clauses and shows "1."; preambular clauses are not numbered, '
                      "and the operative clauses are numbered from 1 (UN-B05, MUN-F04, UN-B07)")]),
        op("Calls upon", " all States to design their satellites so that they can be removed from orbit within a short "
           "time after the end of their mission;", num=(1, 0), style=LP),
        op("Encourages", " the operators of large satellite constellations to share orbit data with one another and "
           "with national space agencies;", num=(1, 0), style=LP, emph="",
           faults=[F("emphasis",
                     'the lead "Encourages" is not underlined while every other operative lead of the draft is; '
                     "expected «Encourages» underlined (MUN-F03)")]),
        op("Invites", " Member States to support research into the active removal of debris:", num=(1, 0), style=LP),
        sub("through joint missions of national space agencies;", num=(1, 1), style=LP),
        sub("through prizes for private companies that demonstrate removal technologies, in particular for:",
            num=(1, 1), style=LP),
        sub("large defunct satellites;", num=(1, 2), style=LP),
        sub("spent upper stages of rockets;", num=(1, 1), style=LP,
            faults=[F("sub-clause-label",
                      'the second item under "b.", "spent upper stages of rockets", was put one level too high and '
                      'shows "c." after the item "i. large defunct satellites"; expected «ii.» (UN-B10, MUN-F06)')]),
        op("Requests", " the Office for Outer Space Affairs to hold a workshop on space situational awareness for "
           "developing countries;", num=(1, 0), style=LP),
        op("Decides", " to include in the provisional agenda of its eighty-first session an item entitled “Space "
           "debris”.", num=(1, 0), style=LP),
    ])

EN06 = Draft(
    "en-06-thimun-unesco-underwater-heritage-nearly-clean", "Times New Roman", 24, [THIMUN],
    [Num(0), Num(0, {1: 1})],
    [
        field_line("FORUM: ", "General Conference of UNESCO"),
        field_line("QUESTION OF: ", "Protecting underwater cultural heritage"),
        field_line("MAIN SUBMITTER: ", "Mexico"),
        field_line("CO-SUBMITTERS: ", "Croatia, Egypt, Italy, the Philippines, Senegal"),
        organ("THE GENERAL CONFERENCE,", italic=False),
        pre("Recalling", " the Convention on the Protection of the Underwater Cultural Heritage of 2001,"),
        pre("Aware", " that many shipwrecks and submerged sites are threatened by looting, bottom trawling and coastal "
            "construction,"),
        pre("Noting with satisfaction", " the growing number of States parties to the Convention,"),
        pre("Convinced", " that local communities and recreational divers are the first guardians of underwater sites,"),
        op("Invites", " all Member States that have not yet done so to ratify the Convention;", num=(1, 0), style=LP),
        op("Encourages", " Member States to draw up inventories of their underwater sites:", num=(1, 0), style=LP),
        sub("with the help of universities and divers’ associations;", num=(1, 1), style=LP),
        sub("in digital form, open to researchers, while keeping the exact position of vulnerable sites "
            "confidential;", num=(1, 1), style=LP),
        op("Recommends", " training programmes in underwater archaeology for young researchers from developing coastal "
           "States,", num=(1, 0), style=LP,
           faults=[F("operative-end-mark",
                     'the operative clause "Recommends training programmes in underwater archaeology" ends with a '
                     "comma: \"developing coastal States,\"; expected «coastal States;» (UN-B09, MUN-F05)")]),
        op("Calls upon", " fishing authorities to protect known wreck sites from bottom trawling:", num=(1, 0),
           style=LP),
        sub("by marking them on nautical charts;", num=(2, 1), style=LP),
        sub("by establishing no-trawling zones around them, in particular where:", num=(2, 1), style=LP),
        sub("the site is of outstanding historical value;", num=(2, 2), style=LP),
        sub("the site is a war grave;", num=(2, 2), style=LP),
        op("Requests", " the Director-General to report on the state of underwater cultural heritage to the General "
           "Conference at its forty-fourth session.", num=(1, 0), style=LP),
    ])

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


def para_text(p: P) -> str:
    return "".join(r.text for r in p.runs)


def check_quotes() -> None:
    """Every "…" quote of a note (pieces split at …) is in its paragraph's text, or is a list label Word shows."""
    for d in DRAFTS:
        labs = labels(d.paras, d.lists, d.nums)
        for i, p in enumerate(d.paras, 1):
            text = labs[i - 1] + " " + para_text(p)
            for f in p.faults:
                for quote in re.findall(r'"([^"]+)"', f.note):
                    for piece in quote.split("…"):
                        piece = piece.strip(" /")
                        if not piece or re.fullmatch(r"\(?[0-9a-zA-Z]{1,4}[.)]", piece):
                            continue
                        if piece in ("Sponsors:", "Signatories:", "i. large defunct satellites"):  # the item above
                            continue
                        assert piece in text, (d.name, i, piece)


def annotations() -> str:
    head = ("# word-blind63: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
            "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md); list labels are the\n"
            "# ones Word shows (computed by make_drafts.labels and checked on the LibreOffice rendering).\n")
    data = {}
    for d in DRAFTS:
        faults = []
        for i, p in enumerate(d.paras, 1):
            for f in p.faults:
                faults.append({"paragraph": i, "kind": f.kind, "note": f.note})
        data[f"{d.name}.docx"] = {"faults": faults}
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    check_quotes()
    if "--list" in argv:
        for d in DRAFTS:
            print(f"== {d.name} ({len(d.paras)} paragraphs)")
            for i, (p, lab) in enumerate(zip(d.paras, labels(d.paras, d.lists, d.nums)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {lab:5} {para_text(p)[:80]} {marks}")
        return
    if "--render" in argv:
        out = Path(argv[argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for d in DRAFTS:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out),
                            str(HERE / f"{d.name}.docx")], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{d.name}.pdf"), str(out / d.name)],
                           check=True)
        return
    for d in DRAFTS:
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
