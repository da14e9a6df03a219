"""Build the drafts of the blind set word-blind69 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the list label Word shows, text, fault marks
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six English draft resolutions as ordinary delegates of six conferences hand them in, each in its conference's own
template: THIMUN (FORUM / QUESTION OF / SUBMITTED BY / CO-SUBMITTERS, organ line in capitals), UNA-USA / NMUN
(Committee / Topic / Sponsors / Signatories), HMUN (DRAFT RESOLUTION n.n, signatories only), a General Assembly
plenary draft in the UN layout (symbol, Distr.: Limited, date, Original, session and agenda item, sponsor line,
title), a Security Council draft and an ECOSOC functional commission's draft. Operative clauses and sub-clauses are
numbered by Word lists (w:numPr, two levels) or typed; fonts and sizes as the templates set them (Times New Roman,
Calibri, Arial, Garamond) in the Normal style.

python-docx gives the package; numbering and paragraphs are written as raw WordprocessingML by the helpers below
(written for this set; no import of drafter or of another set). Faults are marked with F(kind, note) next to the
paragraph that carries them. Paragraph number = 1-based index of the w:p among all w:p of the body, checked again on
the saved file.
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
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class R:
    text: str
    i: bool = False
    u: bool = False
    b: bool = False


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    kind: str = "body"  # title, heading, organ, pre, op, sub, blank, centre, right


@dataclass
class Level:
    fmt: str
    text: str
    left: int
    hanging: int


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "lowerRoman":
        return ROMAN[n - 1]
    raise ValueError(fmt)


# THIMUN "1." / "a)" / "i."
THIMUN = [Level("decimal", "%1.", 720, 360), Level("lowerLetter", "%2)", 1440, 360),
          Level("lowerRoman", "%3.", 2160, 360)]
# UNA-USA / UN "1." / "(a)" / "(i)"
UNA = [Level("decimal", "%1.", 720, 360), Level("lowerLetter", "(%2)", 1440, 360),
       Level("lowerRoman", "(%3)", 2160, 360)]
# HKMUN-like "1." / "a." / "i."
DOTS = [Level("decimal", "%1.", 720, 360), Level("lowerLetter", "%2.", 1440, 360),
        Level("lowerRoman", "%3.", 2160, 360)]


@dataclass
class Draft:
    name: str
    font: str
    size: int  # points
    abstracts: list[list[Level]]
    nums: list[tuple[int, dict[int, int]]]  # nums[numId - 1] = (abstract index, {ilvl: startOverride})
    paras: list[P]


def labels(d: Draft) -> list[str]:
    """The label Word shows: counters per abstractNum, a w:num with a startOverride restarts its level when first
    used, a level restarts when a higher level of the same abstractNum is used."""
    counters: dict[int, list[int]] = {}
    seen: set[int] = set()
    out = []
    for p in d.paras:
        if p.num is None:
            out.append("")
            continue
        num_id, ilvl = p.num
        aid, overrides = d.nums[num_id - 1]
        levels = d.abstracts[aid]
        c = counters.setdefault(aid, [0] * len(levels))
        if num_id not in seen:
            seen.add(num_id)
            for lvl, start in overrides.items():
                c[lvl] = start - 1
        c[ilvl] += 1
        for j in range(ilvl + 1, len(c)):
            c[j] = 0
        text = levels[ilvl].text
        for j in range(len(levels)):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), levels[j].fmt))
        out.append(text)
    return out


def abstract_xml(aid: int, levels: list[Level]) -> str:
    body = ""
    for i, lv in enumerate(levels):
        body += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{lv.fmt}"/>'
                 f'<w:lvlText w:val="{escape(lv.text)}"/><w:lvlJc w:val="left"/>'
                 f'<w:pPr><w:ind w:left="{lv.left}" w:hanging="{lv.hanging}"/></w:pPr></w:lvl>')
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:nsid w:val="{0x3B7D1400 + aid * 37:08X}"/>'
            f'<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="{0x0409000F + aid:08X}"/>{body}'
            '</w:abstractNum>')


def num_xml(num_id: int, aid: int, overrides: dict[int, int]) -> str:
    over = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                   for lvl, start in overrides.items())
    return f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{over}</w:num>'


def para_xml(p: P) -> str:
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    if p.kind == "pre":
        ppr += '<w:ind w:firstLine="720"/>'
    if p.kind in ("title", "centre"):
        ppr += '<w:jc w:val="center"/>'
    elif p.kind == "right":
        ppr += '<w:jc w:val="right"/>'
    elif p.kind in ("pre", "op", "sub"):
        ppr += '<w:jc w:val="both"/>'
    runs = ""
    for r in p.runs:
        rpr = ("<w:b/>" if r.b else "") + ("<w:i/>" if r.i else "") + ('<w:u w:val="single"/>' if r.u else "")
        runs += f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>'
    return f'<w:p {NSDECL}><w:pPr><w:spacing w:after="120"/>{ppr}</w:pPr>{runs}</w:p>'


def build(d: Draft) -> Path:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = d.font
    normal.font.size = Pt(d.size)
    rfonts = normal.element.rPr.rFonts
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(f"{{{W_NS}}}{attr.split(':')[1]}", d.font)
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for aid, levels in enumerate(d.abstracts):
        numbering.append(parse_xml(abstract_xml(aid, levels)))
    for i, (aid, overrides) in enumerate(d.nums):
        numbering.append(parse_xml(num_xml(i + 1, aid, overrides)))
    for p in d.paras:
        sect.addprevious(parse_xml(para_xml(p)))
    doc.core_properties.author = "Delegate"
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.paras), (d.name, count, len(d.paras))
    return out


# ---------------------------------------------------------------- paragraph helpers


def title(text: str, faults: list[Fault] | None = None, *, b: bool = True) -> P:
    return P([R(text, b=b)], faults or [], kind="title")


def line(text: str, faults: list[Fault] | None = None, kind: str = "heading") -> P:
    return P([R(text)], faults or [], kind=kind)


def field_(label: str, value: str, faults: list[Fault] | None = None) -> P:
    return P([R(label, b=True), R(value)], faults or [], kind="heading")


def blank() -> P:
    return P([], kind="blank")


def organ(text: str, faults: list[Fault] | None = None, *, i: bool = False, b: bool = False) -> P:
    return P([R(text, i=i, b=b)], faults or [], kind="organ")


def lead_runs(lead: str, rest: str, style: str) -> list[R]:
    return [R(lead, i="i" in style, u="u" in style, b="b" in style), R(rest)]


def pre(lead: str, rest: str, style: str, faults: list[Fault] | None = None) -> P:
    return P(lead_runs(lead, rest, style), faults or [], kind="pre")


def op(lead: str, rest: str, style: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None,
       typed: str = "") -> P:
    runs = ([R(typed)] if typed else []) + lead_runs(lead, rest, style)
    return P(runs, faults or [], num=num, kind="op")


def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None) -> P:
    return P([R(text)], faults or [], num=num, kind="sub")


# ---------------------------------------------------------------- en-01: THIMUN, GA Fourth Committee, space debris

I, U = "i", "u"  # noqa: E741 (the marks of italic and underlined leads, as the drafts below write them)
L1, L2 = (1, 0), (1, 1)

EN01 = Draft(
    "en-01-thimun-ga4-space-debris-tnr-list-sub-at-clause-level", "Times New Roman", 12, [THIMUN], [(0, {})], [
        field_("FORUM: ", "Special Political and Decolonization Committee (GA4)"),
        field_("QUESTION OF: ", "Mitigating the growth of orbital debris in low Earth orbit"),
        field_("SUBMITTED BY: ", "Japan"),
        field_("CO-SUBMITTERS: ", "Luxembourg, New Zealand, Phillipines, Republic of Korea, Rwanda, United Arab Emirates",
               [F("other", 'misspelt State name "Phillipines" among the co-submitters («Philippines») (MUN-H02)')]),
        organ("THE GENERAL ASSEMBLY,"),
        pre("Recalling ", "the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space "
            "(COPUOS), endorsed by the General Assembly in resolution 62/217 of 2007,", I),
        pre("Noting with concern ", "that more than 36,000 tracked objects larger than ten centimetres now orbit the "
            "Earth, and that collisions among them could trigger a cascade of further fragments,", I),
        pre("Deeply Concerned ", "that the deployment of large satellite constellations has doubled the number of active "
            "satellites since 2022,", I,
            [F("capital-after-lead", 'capital letter inside the lead phrase: "Deeply Concerned"; expected «Deeply '
               'concerned» (MUN-F02)')]),
        pre("Recognizing ", "the Guidelines for the Long-term Sustainability of Outer Space Activities adopted by COPUOS in "
            "2019;", I,
            [F("preambular-end-mark", 'the preambular clause ends with ";"; expected «,» (UN-B05, MUN-F04)')]),
        pre("Welcoming ", "the Zero Debris Charter opened for signature in 2024 and the growing number of operators who "
            "have joined it,", I),
        pre("Bearing in mind ", "that developing space nations depend on safe orbits for communication, navigation and "
            "Earth observation,", I),
        op("Encourages ", "all Member States to require operators under their jurisdiction to remove satellites from low "
           "Earth orbit within five years of the end of their mission;", U, num=L1),
        op("Calls upon ", "launching States to share tracking data on debris through a common platform, including:", U,
           num=L1),
        sub("conjunction warnings issued to operators of all nationalities free of charge,", num=L2),
        sub("the orbital elements of fragments created by collisions or break-ups,", num=L2),
        sub("the results of re-entry predictions for large objects;", num=L2),
        op("Requests ", "the Office for Outer Space Affairs (UNOOSA) to prepare, by 2027, a report on the technical "
           "and legal obstacles to active debris removal;", U, num=L1),
        op("Recommends ", "the creation of a voluntary fund to help developing States acquire tracking capacity, which "
           "would:", U, num=L1),
        sub("be financed by contributions of States and of commercial operators,", num=L2),
        sub("award grants on the advice of a panel of experts nominated by the regions,", num=L1,
            faults=[F("sub-clause-label",
                      'the second sub-clause of clause 4, "be financed… / award grants on the advice of a panel…", '
                      'sits in the list at the clause level and shows "5." as if it were an operative clause; expected '
                      'the sub-clause label «b)» (MUN-F06)')]),
        sub("report each year to COPUOS on the grants awarded;", num=L2,
            faults=[F("sub-clause-label", 'after the stray "5." the third sub-clause of clause 4 shows "a)" again, the '
                      'list of sub-clauses starting over under the false clause 5; expected «c)» (MUN-F06)')]),
        op("Further encourages ", "Member States to refrain from destructive direct-ascent anti-satellite missile tests, "
           "as called for in resolution 77/41;", U, num=L1),
        op("Invites ", "space agencies and private operators to design new satellites for demise on re-entry;", U,
           num=L1),
        op("Decides ", "to remain actively seized of the matter;", U, num=L1,
           faults=[F("other", 'the General Assembly does not "remain actively seized of the matter": the Security Council '
                     'formula in a GA committee draft (MUN-F09)'),
                   F("operative-end-mark", 'the last operative clause ends with ";"; expected «.» (MUN-F05)')]),
    ])

# ---------------------------------------------------------------- en-02: UNA-USA, GA Third Committee, typed numbers

EN02 = Draft(
    "en-02-unausa-ga3-older-persons-calibri-typed-numbers-clause-twice", "Calibri", 11, [UNA], [(0, {})], [
        field_("Committee: ", "Social, Humanitarian and Cultural Committee"),
        field_("Topic: ", "Strengthening the protection of the human rights of older persons"),
        field_("Sponsors: ", "Argentina, Chile, Slovenia"),
        field_("Signatories: ", "Austria, Costa Rica, Ghana, Kenya, Portugal, Sri Lanka, Uruguay"),
        blank(),
        organ("The General Assembly,", i=True),
        pre("Reaffirming ", "the Universal Declaration of Human Rights and the Madrid International Plan of Action on "
            "Ageing of 2002,", I),
        pre("Taking note ", "of Human Rights Council resolution 54/3 of October 2023, which established an "
            "intergovernmental working group to draft an instrument on the rights of older persons,", I),
        pre("Alarmed ", "that by 2030 one in six people in the world will be aged 60 or over, and that ageism deprives "
            "many of them of work, health care and credit,", I),
        pre("Aware ", "that older women face discrimination on account of both age and sex. They are more likely to "
            "live in poverty in old age,", I,
            [F("full-stop-inside-clause", 'a full stop inside the preambular clause: "…both age and sex. They are more '
               'likely…"; a clause is one sentence («…both age and sex, and are more likely…») (UN-B09, MUN-F05)')]),
        pre("Emphasizing ", "the role of the United Nations Decade of Healthy Ageing (2021–2030),", I),
        blank(),
        op("Urges ", "Member States to adopt national laws that prohibit discrimination on the basis of age in "
           "employment, health care and financial services;", I, typed="1. "),
        op("Encourges ", "States to collect data disaggregated by age, sex and disability beyond the age of 75;", I,
           typed="2. ",
           faults=[F("misspelt-lead", 'the operative lead is misspelt: "Encourges"; expected «Encourages» (UN-B06)')]),
        op("Calls upon ", "Member States to guarantee older persons access to long-term care that respects their "
           "autonomy, by:", I, typed="3. "),
        P([R("(a) training carers in the rights of older persons;")], kind="sub"),
        P([R("(b) supporting families who care for older relatives at home;")], kind="sub"),
        P([R("(c) inspecting residential care homes at regular intervals;")], kind="sub"),
        op("Supports ", "the work of the open-ended working group towards a legally binding instrument on the rights of "
           "older persons;", I, typed="4. "),
        op("Encourages ", "States to collect data disaggregated by age, sex and disability beyond the age of 75;", I,
           typed="5. ",
           faults=[F("duplicate-clause", 'clause 5 repeats clause 2 word for word ("States to collect data '
                     'disaggregated by age, sex and disability beyond the age of 75"), pasted twice; delete it (UN-B07)')]),
        op("Requests ", "the Secretary-General to report on the implementation of the present resolution at its "
           "eighty-second session;", I, typed="7. ",
           faults=[F("numbering", 'the typed number jumps from "5." to "7."; expected «6.» (UN-B07, MUN-F05)')]),
        op("Decides ", "to include in the provisional agenda of its eighty-second session the item entitled "
           "\u201cSocial development\u201d.", I, typed="8. "),
    ])

# ---------------------------------------------------------------- en-03: HMUN, DISEC, Arial, list restarted

EN03 = Draft(
    "en-03-hmun-disec-autonomous-weapons-arial-signatories-list-restart", "Arial", 11, [UNA], [(0, {}), (0, {0: 1})],
    [
        title("DRAFT RESOLUTION 1.2"),
        field_("Committee: ", "Disarmament and International Security Committee"),
        field_("Topic: ", "Lethal autonomous weapons systems"),
        field_("Signatories: ", "Austria, Belgium, Brazil, Costa Rica, Ireland, Kazakhstan, Mexico, Nigeria, Pakistan, "
               "Peru, Sierra Leone, Switzerland"),
        organ("The General Assembly,"),
        pre("Recalling ", "its resolutions 78/241 of 22 December 2023 and 79/62 of 2 December 2024 on lethal autonomous "
            "weapons systems,", I),
        pre("Noting ", "the report of the Secretary-General on lethal autonomous weapons systems (A/79/88) and the views "
            "submitted by more than seventy States,", I),
        pre("Urges ", "all States to apply international humanitarian law to the development and use of every weapon "
            "system,", I,
            [F("wrong-lead-form", 'the preambular clause opens with the operative verb "Urges"; a preambular clause opens '
               'with a participle or adjective, e.g. «Stressing that international humanitarian law applies…» '
               '(UN-B03, MUN-F04)')]),
        pre("Acknowledging ", "the work of the Group of Governmental Experts of the Convention on Certain Conventional "
            "Weapons (CCW) since 2017,", I),
        pre("Further recalling ", "the joint call of the Secretary-General and the President of the International "
            "Committee of the Red Cross of 5 October 2023,", I),
        pre("Concerned ", "that weapons which select and engage targets without human intervention raise serious "
            "humanitarian, legal and ethical concerns,", I),
        op("Affirms ", "that human beings must remain responsible for decisions on the use of force;", U, num=(1, 0)),
        op("Expressing its appreciation ", "to the chair of the Group of Governmental Experts for the rolling text of "
           "2024;", U, num=(1, 0),
           faults=[F("wrong-lead-form", 'the operative clause opens with the participle "Expressing its appreciation", a '
                     'preambular form; an operative clause opens with a verb in the present tense, e.g. «Expresses its '
                     'appreciation» (UN-B06)')]),
        op("Calls upon ", "States to prohibit autonomous weapons systems that cannot be used in compliance with "
           "international humanitarian law, in particular those which:", U, num=(1, 0)),
        sub("are designed to target human beings directly,", num=(1, 1)),
        sub("operate for long periods over wide areas without human supervision, or", num=(1, 1)),
        sub("cannot be deactivated once deployed;", num=(1, 1)),
        op("Recommends ", "that States regulate all other autonomous weapons systems by:", U, num=(1, 0)),
        sub("keeping their use limited in time and in geographical scope,", num=(1, 1)),
        sub("ensuring that operators understand how the system functions, including:", num=(1, 1)),
        sub("its sensors and the profiles it uses to identify targets,", num=(1, 2)),
        sub("the conditions in which it may fail;", num=(1, 2)),
        op("Requests ", "the Secretary-General to convene open informal consultations in New York in 2026 with the "
           "participation of civil society and the scientific community,", U, num=(2, 0),
           faults=[F("numbering", 'the operative clauses after clause 4 were put into a new list that restarts at 1: '
                     'Word shows "1." on this clause; expected «5.» (UN-B07, MUN-F05)'),
                   F("operative-end-mark", 'the operative clause ends with ","; expected «;» (MUN-F05)')]),
        op("Encourages ", "regional organizations to hold seminars on the legal review of new weapons under article 36 "
           "of Additional Protocol I to the Geneva Conventions;", U, num=(2, 0),
           faults=[F("numbering", 'the restarted list shows "2." on the sixth operative clause; expected «6.» '
                     '(UN-B07, MUN-F05)')]),
        op("Decides ", "to include in the provisional agenda of its eighty-first session the item entitled \u201cLethal "
           "autonomous weapons systems\u201d.", U, num=(2, 0),
           faults=[F("numbering", 'the restarted list shows "3." on the last operative clause; expected «7.» '
                     '(UN-B07, MUN-F05)')]),
    ])

# ---------------------------------------------------------------- en-04: GA plenary in the UN layout, nearly clean

EN04 = Draft(
    "en-04-un-layout-ga-plenary-sea-level-rise-tnr-nearly-clean", "Times New Roman", 12, [UNA], [(0, {})], [
        line("United Nations"),
        line("A/80/L.21", kind="right"),
        line("General Assembly", [], kind="heading"),
        line("Distr.: Limited", kind="right"),
        line("18 November 2025", kind="right"),
        line("Original: English", kind="right"),
        line("Eightieth session"),
        line("Agenda item 76 (a)"),
        line("Oceans and the law of the sea"),
        line("Bangladesh, Fiji, Maldives, Marshall Islands, Tuvalu and Vanuatu: draft resolution"),
        title("Sea-level rise in relation to international law"),
        organ("The General Assembly,", i=False),
        pre("Recalling ", "the Charter of the United Nations and the United Nations Convention on the Law of the Sea,", I),
        pre("Recalling also ", "the declaration of the high-level meeting on addressing the existential threats posed "
            "by sea-level rise, held on 25 September 2024,", I),
        pre("Taking note with appreciation ", "of the final report of the Study Group of the International Law "
            "Commission on sea-level rise in relation to international law,", I),
        pre("Mindful ", "that sea-level rise threatens the territory, the maritime zones and the very existence of "
            "several small island developing States.", I,
            [F("preambular-end-mark", 'the preambular clause ends with "."; expected «,» (UN-B05)')]),
        pre("Stressing ", "that the rights of persons affected by sea-level rise must be protected,", I),
        op("Affirms ", "that maritime zones and the rights and entitlements that flow from them, once established and "
           "notified in conformity with the Convention, shall continue to apply without reduction notwithstanding "
           "any physical changes connected to climate-change-related sea-level rise;", I, num=L1),
        op("Affirms also ", "the presumption of continuity of statehood;", I, num=L1),
        op("Calls upon ", "Member States and the organizations of the United Nations system:", I, num=L1),
        sub("to support small island developing States in preserving their cultural heritage;", num=L2),
        sub("to strengthen early warning systems in low-lying coastal areas; and", num=L2),
        sub("to consider the needs of persons displaced by sea-level rise in their national planning;", num=L2),
        op("Requests ", "the Secretary-General to submit to the General Assembly at its eighty-second session a report "
           "on the implementation of the present resolution;", I, num=L1),
        op("Decides ", "to include in the provisional agenda of its eighty-second session, under the item entitled "
           "\u201cOceans and the law of the sea\u201d, the sub-item entitled \u201cSea-level rise in relation to "
           "international law\u201d.", I, num=L1),
    ])

# ---------------------------------------------------------------- en-05: Security Council, Garamond, typed sub-labels

EN05 = Draft(
    "en-05-nmun-sc-haiti-garamond-typed-sub-labels-skip-clause-twice", "Garamond", 12, [UNA], [(0, {})], [
        field_("Committee: ", "Security Council"),
        field_("Topic: ", "The question concerning Haiti"),
        field_("Sponsors: ", "Ecuador, Guyana"),
        field_("Signatories: ", "Algeria, Denmark, Republic of Korea, Sierra Leone, Slovenia"),
        organ("The Security Council,", i=True),
        pre("Recalling ", "its resolutions 2699 (2023) and 2752 (2024) on the Multinational Security Support mission "
            "in Haiti,", I),
        pre("Gravely concerned ", "that armed gangs control most of Port-au-Prince and that more than one million "
            "people have been displaced within Haiti", I,
            [F("preambular-end-mark", 'the preambular clause ends with no mark ("…displaced within Haiti"); expected '
               '«,» (UN-B05, MUN-F04)')]),
        pre("Reaffirming ", "its strong commitment to the sovereignty, independence and territorial integrity of Haiti,",
            I),
        pre("Determining ", "that the situation in Haiti continues to constitute a threat to international peace and "
            "security in the region,", I),
        pre("Acting ", "under Chapter VII of the Charter of the United Nations,", I),
        op("Strongly Condemns ", "the killing, kidnapping and sexual violence committed by armed gangs against the "
           "civilian population;", U, num=L1,
           faults=[F("capital-after-lead", 'capital letter inside the lead phrase: "Strongly Condemns"; expected '
                     '«Strongly condemns» (MUN-F03)')]),
        op("Demands ", "that all armed groups immediately cease violence and release all hostages;", U, num=L1),
        op("Decides ", "to renew the measures imposed by paragraphs 5 to 12 of resolution 2653 (2022) until "
           "October 2026, and decides further that they shall apply to individuals who:", U, num=L1),
        P([R("(a)\tplan, direct or commit acts that threaten the peace of Haiti;")], kind="sub"),
        P([R("(b)\tsupply arms or ammunition to armed gangs;")], kind="sub"),
        P([R("(d)\tobstruct the delivery of humanitarian assistance;")], kind="sub",
          faults=[F("sub-clause-label", 'the typed sub-clause labels go "(a)", "(b)", then "(d)"; expected «(c)» '
                    '(MUN-F06)')]),
        op("Requests ", "the Secretary-General to report on the situation in Haiti every ninety days;", U, num=L1),
        op("Demands ", "that all armed groups immediately cease violence and release all hostages;", U, num=L1,
           faults=[F("duplicate-clause", 'the clause "Demands that all armed groups immediately cease violence and '
                     'release all hostages" is clause 2 pasted again as clause 5; delete it (UN-B07)')]),
        op("Urges ", "Member States to provide financial support to the Haitian National Police through the trust "
           "fund established for that purpose;", U, num=L1),
        op("Decides ", "to remain actively seized of the matter.", U, num=L1),
    ])

# ---------------------------------------------------------------- en-06: ECOSOC commission (CSW), THIMUN labels

EN06 = Draft(
    "en-06-thimun-csw-digital-gender-gap-calibri12-no-cosubmitters-single-sub", "Calibri", 12, [DOTS], [(0, {})], [
        field_("FORUM: ", "Commission on the Status of Women",
               [F("heading-field-missing", 'the THIMUN heading has no CO-SUBMITTERS field: FORUM, QUESTION OF and MAIN '
                  'SUBMITTER only; «CO-SUBMITTERS: …» is expected (MUN-H02)')]),
        field_("QUESTION OF: ", "Closing the gender digital divide"),
        field_("MAIN SUBMITTER: ", "Iceland"),
        organ("THE COMMISSION ON THE STATUS OF WOMEN,"),
        pre("Recalling ", "the Beijing Declaration and Platform for Action and the agreed conclusions of its sixty-seventh "
            "session on innovation, technological change and education in the digital age,", I),
        pre("Acknowleding ", "that 2.6 billion people remained offline in 2024, most of them women and girls in "
            "low-income countries,", I,
            [F("misspelt-lead", 'the preambular lead is misspelt: "Acknowleding"; expected «Acknowledging» (UN-B03)')]),
        pre("Recognising ", "that online violence against women silences their voices in public life,", I),
        pre("Welcoming ", "the Global Digital Compact adopted as part of the Pact for the Future in September 2024,", I),
        op("Urges ", "Member States to adopt national targets for women's access to affordable broadband by 2030;", U,
           num=L1),
        op("Encourages ", "Governments and the private sector to fund scholarships for girls in science, technology, "
           "engineering and mathematics (STEM), including:", U, num=L1),
        sub("mentoring programmes that pair students with women working in technology;", num=L2,
            faults=[F("sub-clause-label", 'a single sub-clause "a." under clause 2 (its chapeau ends with a colon); a sub-clause list '
                      'needs at least two items: fold it into the clause or add a second sub-clause (MUN-F06)')]),
        op("Calls upon ", "Member States to criminalize technology-facilitated gender-based violence and to train "
           "police and judges to recognize it", U, num=L1,
           faults=[F("operative-end-mark", 'the operative clause ends with no mark ("…to recognize it"); expected «;» '
                     '(MUN-F05)')]),
        op("Invites ", "UN-Women and the International Telecommunication Union to publish each year data on internet "
           "use disaggregated by sex;", U, num=L1),
        op("Requests ", "the Secretary-General to report to the Commission at its seventy-first session on the "
           "progress made.", U, num=L1),
    ])

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


# ---------------------------------------------------------------- annotations and checks


def para_text(p: P) -> str:
    return "".join(r.text for r in p.runs)


def check_quotes() -> None:
    """Every "…" quoted in a note is in its paragraph (label shown + text), or is short or a label."""
    for d in DRAFTS:
        for p, lab in zip(d.paras, labels(d)):
            text = lab + " " + para_text(p)
            for f in p.faults:
                for q in re.findall(r'"([^"]+)"', f.note):
                    if q.replace("…", "") in text or len(q) <= 4 or "…" in q:
                        continue
                    raise SystemExit(f"{d.name}: quote {q!r} not in paragraph {text!r}")


def annotations() -> str:
    head = ("# word-blind69: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
            "drafter.\n# paragraph = 1-based index of the w:p among all w:p of the body; list labels in notes are the "
            "ones Word shows (make_drafts.labels, checked on the rendering).\n")
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
            print(f"== {d.name} ({len(d.paras)} paragraphs, {sum(len(p.faults) for p in d.paras)} faults)")
            for i, (p, lab) in enumerate(zip(d.paras, labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {lab:5} {para_text(p)[:70]} {marks}")
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
