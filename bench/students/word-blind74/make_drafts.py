"""Build the drafts of the blind set word-blind74 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the list label Word shows, text, fault marks
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six ordinary English draft resolutions whose clauses are numbered by Word's list commands as a delegate clicks them:
Continue Numbering (a w:num of the same abstractNum, sharing its counters), Restart at 1 and Set Numbering Value (a
new w:num with a w:startOverride), Increase / Decrease Indent (w:ilvl), multilevel lists "1." / "a." / "i." and the
legal style "1." / "1.1" (w:isLgl), a list linked to heading styles (w:numPr in the style, w:pStyle in the level), a
list pasted from another document keeping its own w:num and w:abstractNum, typed numbers beside automatic ones.
Heading blocks as lines or in a two-column table; a real footnote or two (word/footnotes.xml).

python-docx gives the package; numbering, styles, tables, footnotes and paragraphs are raw WordprocessingML written
for this set (no import of drafter or of another set). Faults are marked with F(kind, note) beside the paragraph that
carries them. Paragraph number = 1-based index of the w:p among all w:p of the body (table cells included), checked
again on the saved file.
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
    fn: str = ""  # a footnote's text: a footnote reference follows this run


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl) written in the paragraph
    kind: str = "body"  # title, heading, organ, pre, op, sub, blank, cell
    style: str = ""  # paragraph style id (a style may carry the numbering)


@dataclass
class Table:
    rows: list[tuple[P, P]]


@dataclass
class Level:
    fmt: str
    text: str
    left: int
    legal: bool = False
    style: str = ""  # w:pStyle of the level (a list linked to a heading style)


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "lowerRoman":
        return ROMAN[n - 1]
    raise ValueError(fmt)


def three(l0: str, l1: str, l2: str, fmts: tuple[str, str, str] = ("decimal", "lowerLetter", "lowerRoman"),
          legal: bool = False, styles: tuple[str, str, str] = ("", "", "")) -> list[Level]:
    return [Level(fmts[0], l0, 720, False, styles[0]), Level(fmts[1], l1, 1440, legal, styles[1]),
            Level(fmts[2], l2, 2160, legal, styles[2])]


@dataclass
class Draft:
    name: str
    font: str
    size: int
    abstracts: list[list[Level]]
    nums: list[tuple[int, dict[int, int]]]  # nums[numId - 1] = (abstract index, {ilvl: startOverride})
    body: list[P | Table]
    style_num: dict[str, tuple[int, int]] = field(default_factory=dict)  # style id -> (numId, ilvl)

    @property
    def paras(self) -> list[P]:
        out: list[P] = []
        for b in self.body:
            if isinstance(b, Table):
                for left, right in b.rows:
                    out += [left, right]
            else:
                out.append(b)
        return out


def labels(d: Draft) -> list[str]:
    """The label Word shows: counters per abstractNum (the w:num of one abstractNum share them: Continue
    Numbering), a w:num with a startOverride sets its level when first used (Restart at 1, Set Numbering Value), a
    level restarts when a higher level of the same abstractNum is used; numbering from the style when the paragraph
    has none."""
    counters: dict[int, list[int]] = {}
    seen: set[int] = set()
    out = []
    for p in d.paras:
        num = p.num or d.style_num.get(p.style)
        if num is None:
            out.append("")
            continue
        num_id, ilvl = num
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
            fmt = "decimal" if levels[ilvl].legal else levels[j].fmt
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), fmt))
        out.append(text)
    return out


def abstract_xml(aid: int, levels: list[Level], seed: int) -> str:
    body = ""
    for i, lv in enumerate(levels):
        body += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{lv.fmt}"/>'
                 + (f'<w:pStyle w:val="{lv.style}"/>' if lv.style else "")
                 + ("<w:isLgl/>" if lv.legal else "")
                 + f'<w:lvlText w:val="{escape(lv.text)}"/><w:lvlJc w:val="left"/>'
                 f'<w:pPr><w:ind w:left="{lv.left}" w:hanging="360"/></w:pPr></w:lvl>')
    kind = "multilevel" if any(lv.legal or lv.style for lv in levels) else "hybridMultilevel"
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:nsid w:val="{seed + aid * 4099:08X}"/>'
            f'<w:multiLevelType w:val="{kind}"/>{body}</w:abstractNum>')


def num_xml(num_id: int, aid: int, overrides: dict[int, int]) -> str:
    over = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                   for lvl, start in overrides.items())
    return f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{over}</w:num>'


def para_xml(p: P, notes: list[str]) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>' if p.style else ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    ppr += '<w:spacing w:after="120"/>' if p.kind != "cell" else '<w:spacing w:after="0"/>'
    if p.kind == "pre":
        ppr += '<w:ind w:firstLine="720"/>'
    if p.kind == "title":
        ppr += '<w:jc w:val="center"/>'
    elif p.kind in ("pre", "op", "sub"):
        ppr += '<w:jc w:val="both"/>'
    runs = ""
    for r in p.runs:
        rpr = ("<w:b/>" if r.b else "") + ("<w:i/>" if r.i else "") + ('<w:u w:val="single"/>' if r.u else "")
        runs += f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>'
        if r.fn:
            notes.append(r.fn)
            runs += (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteReference w:id="{len(notes)}"/></w:r>')
    return f'<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>{runs}</w:p>'


def table_xml(t: Table, notes: list[str]) -> str:
    rows = ""
    for left, right in t.rows:
        rows += ('<w:tr><w:tc><w:tcPr><w:tcW w:w="2600" w:type="dxa"/></w:tcPr>' + para_xml(left, notes)
                 + '</w:tc><w:tc><w:tcPr><w:tcW w:w="6400" w:type="dxa"/></w:tcPr>' + para_xml(right, notes)
                 + "</w:tc></w:tr>")
    return (f'<w:tbl {NSDECL}><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>'
            '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
            '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6400"/></w:tblGrid>{rows}</w:tbl>')


HEADING_STYLE = ('<w:style {ns} w:type="paragraph" w:customStyle="0" w:styleId="{sid}"><w:name w:val="{name}"/>'
                 '<w:basedOn w:val="Normal"/><w:next w:val="{sid}"/><w:uiPriority w:val="9"/><w:qFormat/>'
                 '<w:pPr><w:keepNext w:val="0"/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
                 '<w:spacing w:before="0" w:after="120"/><w:jc w:val="both"/><w:outlineLvl w:val="{outline}"/></w:pPr>'
                 '<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:b w:val="0"/><w:color w:val="000000"/>'
                 '<w:sz w:val="{sz}"/></w:rPr></w:style>')

FOOTNOTES_HEAD = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NSDECL}>'
                  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                  '</w:p></w:footnote>')


def footnotes_xml(notes: list[str]) -> bytes:
    body = "".join(f'<w:footnote w:id="{k}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                   f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>'
                   for k, t in enumerate(notes, 1))
    return (FOOTNOTES_HEAD + body + "</w:footnotes>").encode("utf-8")


def build(d: Draft, seed: int) -> Path:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = d.font
    normal.font.size = Pt(d.size)
    rfonts = normal.element.rPr.rFonts
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set(w(attr), d.font)
    styles = doc.styles.element
    for sid, (num_id, ilvl) in d.style_num.items():
        for old in styles.findall(w("style")):
            if old.get(w("styleId")) == sid:
                styles.remove(old)
        styles.append(parse_xml(HEADING_STYLE.format(ns=NSDECL, sid=sid, name=sid.replace("Heading", "heading "),
                                                     ilvl=ilvl, num=num_id, outline=int(sid[-1]) - 1, font=d.font,
                                                     sz=d.size * 2)))
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for aid, levels in enumerate(d.abstracts):
        numbering.append(parse_xml(abstract_xml(aid, levels, seed)))
    for i, (aid, overrides) in enumerate(d.nums):
        numbering.append(parse_xml(num_xml(i + 1, aid, overrides)))
    notes: list[str] = []
    for b in d.body:
        sect.addprevious(parse_xml(table_xml(b, notes) if isinstance(b, Table) else para_xml(b, notes)))
    doc.core_properties.author = "Delegate"
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    if notes:
        tmp = out.with_suffix(".tmp")
        with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="'
                                        b'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"'
                                        b'/></Types>')
                if info.filename == "word/_rels/document.xml.rels":
                    data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn1" Type="http://schemas.'
                                        b'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                        b'Target="footnotes.xml"/></Relationships>')
                zout.writestr(info, data)
            zout.writestr("word/footnotes.xml", footnotes_xml(notes))
        tmp.replace(out)
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.paras), (d.name, count, len(d.paras))
    return out


# ---------------------------------------------------------------- paragraph helpers

I, U = "i", "u"  # noqa: E741 (italic / underlined leads)


def title(text: str, faults: list[Fault] | None = None) -> P:
    return P([R(text, b=True)], faults or [], kind="title")


def line(text: str, faults: list[Fault] | None = None) -> P:
    return P([R(text)], faults or [], kind="heading")


def field_(label: str, value: str, faults: list[Fault] | None = None) -> P:
    return P([R(label, b=True), R(value)], faults or [], kind="heading")


def row(label: str, value: str, faults: list[Fault] | None = None) -> tuple[P, P]:
    return P([R(label, b=True)], kind="cell"), P([R(value)], faults or [], kind="cell")


def blank() -> P:
    return P([], kind="blank")


def organ(text: str, *, i: bool = True) -> P:
    return P([R(text, i=i)], kind="organ")


def lead_runs(lead: str, rest: str, style: str, fn: str = "") -> list[R]:
    return [R(lead, i="i" in style, u="u" in style, b="b" in style), R(rest, fn=fn)]


def pre(lead: str, rest: str, style: str, faults: list[Fault] | None = None, fn: str = "") -> P:
    return P(lead_runs(lead, rest, style, fn), faults or [], kind="pre")


def op(lead: str, rest: str, style: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None,
       typed: str = "", pstyle: str = "", fn: str = "") -> P:
    runs = ([R(typed)] if typed else []) + lead_runs(lead, rest, style, fn)
    return P(runs, faults or [], num=num, kind="op", style=pstyle)


def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None, pstyle: str = "") -> P:
    return P([R(text)], faults or [], num=num, kind="sub", style=pstyle)


# ---------------------------------------------------------------- en-01: UNA-USA lines, "1." / "a." / "i.", a clause
# demoted by Increase Indent

DOTS = three("%1.", "%2.", "%3.")
A0, A1 = (1, 0), (1, 1)

EN01 = Draft(
    "en-01-unausa-ga2-antimicrobial-resistance-increase-indent-clause-shows-letter", "Times New Roman", 12, [DOTS],
    [(0, {})], [
        field_("Committee: ", "Economic and Financial Committee"),
        field_("Topic: ", "Antimicrobial resistance in food and farming"),
        field_("Sponsors: ", "Denmark, Kenya, Thailand"),
        field_("Signatories: ", "Brazil, Canada, Ethiopia, Fiji, Netherlands, Peru, Viet Nam"),
        blank(),
        organ("The General Assembly,"),
        pre("Recalling ", "the political declaration of the high-level meeting on antimicrobial resistance held on "
            "26 September 2024,", I, fn="Adopted by the General Assembly on 7 October 2024."),
        pre("Alarmed ", "that drug-resistant infections were directly responsible for more than one million deaths in "
            "2019,", I),
        pre("Noting with deep concern ", "that a large share of the antimicrobials sold worldwide is given to farm "
            "animals, often to make them grow faster rather than to treat disease;", I,
            [F("preambular-end-mark", 'the preambular clause ends with ";"; expected «,» (UN-B05, MUN-F04)')]),
        pre("Recognizing ", "the work of the Quadripartite Joint Secretariat of the Food and Agriculture Organization, "
            "the United Nations Environment Programme, the World Health Organization and the World Organisation for "
            "Animal Health,", I),
        pre("Bearing in mind ", "that small farmers in developing countries often lack access to veterinarians and "
            "vaccines,", I),
        op("Urges ", "Member States to phase out the use of medically important antimicrobials to promote growth in "
           "animals by 2030;", U, num=A0),
        op("Encourages ", "national regulators to require a veterinary prescription for every antimicrobial given to "
           "animals;", U, num=A0),
        op("Calls upon ", "the Food and Agriculture Organization to help developing States build laboratories that "
           "can:", U, num=A0),
        sub("test food and animal samples for resistant bacteria,", num=A1),
        sub("share their results through the Global Antimicrobial Resistance and Use Surveillance System;", num=A1),
        op("Requests ", "the Secretary-General to include the use of antimicrobials in farming in his next report on "
           "the follow-up to the political declaration;", U, num=A1,
           faults=[F("numbering", 'the operative clause "Requests the Secretary-General…" was moved a level down '
                     '(Increase Indent) and shows "c." as if it were a third sub-clause of clause 3; expected «4.» '
                     '(MUN-F05)')]),
        op("Invites ", "development banks to finance vaccination programmes for livestock in low-income countries;", "",
           num=A0,
           faults=[F("emphasis", 'the lead "Invites" is not underlined while every other operative lead is '
                     '(MUN-F03)')]),
        op("Supports ", "training programmes that teach farmers the prudent use of antibiotics;", U, num=A0),
        op("Decides ", "to continue its consideration of the question at its eighty-second session;", U, num=A0,
           faults=[F("operative-end-mark", 'the last operative clause ends with ";"; expected «.» (MUN-F05)')]),
    ])

# ---------------------------------------------------------------- en-02: THIMUN heading in a table, the last two
# clauses pasted from a co-submitter's file with their own list

THIM = three("%1.", "%2)", "%3.")
PASTED = three("%1.", "(%2)", "(%3)")
B0, B1, PASTE0 = (1, 0), (1, 1), (2, 0)

EN02 = Draft(
    "en-02-thimun-ecosoc-clean-cooking-table-heading-pasted-list-shows-1-again", "Arial", 11, [THIM, PASTED],
    [(0, {}), (1, {})], [
        Table([
            row("FORUM:", "Economic and Social Council"),
            row("QUESTION OF:", "Access to clean cooking in sub-Saharan Africa"),
            row("SUBMITTED BY:", "Nigeria"),
            row("CO-SUBMITTERS:", "Ghana, India, Norway, Senegal, United Republic of Tanzania"),
        ]),
        organ("THE ECONOMIC AND SOCIAL COUNCIL,", i=False),
        pre("Acknowledging ", "that about two billion people still cook with wood, charcoal, dung or kerosene,", I),
        pre("Alarmed ", "by the estimate of the World Health Organization that household air pollution causes some "
            "three million deaths each year,", I),
        pre("Supports ", "the declaration adopted at the Summit on Clean Cooking in Africa and the pledges made there,",
            I, [F("wrong-lead-form", 'the preambular clause opens with the operative verb "Supports"; expected a '
                  'preambulatory phrase such as «Supporting» (MUN-F04)')]),
        pre("Noting ", "that women and girls spend several hours a day gathering fuel in many rural areas,", I),
        pre("Welcoming ", "the commitments of more than two billion dollars announced at the Summit held in Paris in "
            "May 2024,", I, fn="Co-chaired by Norway, the United Republic of Tanzania, the African Development Bank "
            "and the International Energy Agency."),
        op("Calls upon ", "Member States to include clean cooking targets in their nationally determined "
           "contributions;", U, num=B0),
        op("Encourages ", "donors to finance liquefied petroleum gas, biogas and electric cooking through "
           "results-based grants, in particular:", U, num=B0),
        sub("grants that lower the upfront cost of stoves for poor households,", num=B1),
        sub("guarantees for local distributors of cooking gas;", num=B1),
        op("Recommends ", "that national statistical offices measure the use of cooking fuels in every household "
           "survey;", U, num=B0),
        op("Invites ", "the International Energy Agency to publish each year a report on progress towards universal "
           "access to clean cooking,", U, num=PASTE0,
           faults=[F("numbering", 'the clause pasted from a co-submitter\'s file keeps its own list and shows "1." '
                     'again after clause 3; expected «4.» (MUN-F05)'),
                   F("operative-end-mark", 'the operative clause ends with ","; expected «;» (MUN-F05)')]),
        op("Requests ", "the Economic Commission for Africa to help States design tax incentives for clean cooking "
           "fuels.", U, num=PASTE0,
           faults=[F("numbering", 'the second pasted clause shows "2." in the pasted list; expected «5.» '
                     '(MUN-F05)')]),
    ])

# ---------------------------------------------------------------- en-03: HMUN, the legal style "1." / "1.1", a list
# restarted by mistake and mended with Set Numbering Value

LEGAL = three("%1.", "%1.%2", "%1.%2.%3", fmts=("decimal", "decimal", "decimal"), legal=True)
C0, C1, SET0 = (1, 0), (1, 1), (2, 0)

EN03 = Draft(
    "en-03-hmun-ga3-journalists-legal-style-subs-set-numbering-value", "Times New Roman", 12, [LEGAL],
    [(0, {}), (0, {0: 4})], [
        title("DRAFT RESOLUTION 2.1"),
        field_("Committee: ", "Social, Humanitarian and Cultural Committee"),
        field_("Topic: ", "The safety of journalists and the issue of impunity"),
        field_("Signatories: ", "Austria, Costa Rica, France, Greece, Lithuania, Mexico, Netherlands, Tunisia"),
        organ("The General Assembly,"),
        pre("Reaffirming ", "article 19 of the Universal Declaration of Human Rights,", I),
        pre("Recalling ", "its resolutions on the safety of journalists and the issue of impunity, the most recent of "
            "which it adopted in December 2023,", I),
        pre("Deeply alarmed ", "that more journalists were killed in 2024 than in any year since records began, most "
            "of them in armed conflicts,", I),
        pre("Stressing ", "that impunity for attacks on journalists encourages further attacks,", I),
        op("Urges ", "all parties to armed conflicts to respect the civilian status of journalists and media "
           "workers;", I, num=C0),
        op("Calls Upon ", "States to investigate every killing of a journalist promptly, independently and "
           "effectively;", I, num=C0,
           faults=[F("capital-after-lead", 'capital letter inside the lead phrase: "Calls Upon"; expected «Calls '
                     'upon» (MUN-F02)')]),
        op("Encourages ", "Member States to create national mechanisms for the protection of journalists that:", I,
           num=C0),
        sub("provide emergency relocation for journalists under threat,", num=C1,
            faults=[F("sub-clause-label", 'the sub-clause shows the legal-style label "3.1"; the conference labels '
                      'sub-clauses «(a)» (MUN-F06)')]),
        sub("include representatives of media organizations in their governing bodies;", num=C1,
            faults=[F("sub-clause-label", 'the sub-clause shows the legal-style label "3.2"; expected «(b)» '
                      '(MUN-F06)')]),
        op("Requests ", "the United Nations Educational, Scientific and Cultural Organization to continue its "
           "training of judges and prosecutors on the protection of journalists;", I, num=SET0),
        op("Invites ", "media owners to provide safety training and insurance to freelance reporters;", "", num=SET0,
           faults=[F("emphasis", 'the lead "Invites" is not in italics while every other lead is (MUN-F03)')]),
        op("Requests ", "the Secretary-General to submit to it at its eighty-second session a report on the "
           "implementation of the present resolution.", I, num=SET0),
    ])

# ---------------------------------------------------------------- en-04: nearly clean, "1." / "(a)" / "(i)" with a
# third level and a second w:num continuing the list

UNA = three("%1.", "(%2)", "(%3)")
D0, D1, D2, CONT0 = (1, 0), (1, 1), (1, 2), (2, 0)

EN04 = Draft(
    "en-04-nmun-ecosoc-road-safety-three-levels-continue-numbering-nearly-clean", "Calibri", 12, [UNA],
    [(0, {}), (0, {})], [
        field_("Committee: ", "Economic and Social Council"),
        field_("Topic: ", "Road safety in low- and middle-income countries"),
        field_("Sponsors: ", "Ghana, Sweden, Uruguay"),
        field_("Signatories: ", "Bangladesh, Cameroon, Chile, India, Jamaica, Morocco, Spain, Zambia"),
        blank(),
        organ("The Economic and Social Council,"),
        pre("Recalling ", "the Stockholm Declaration adopted at the Third Global Ministerial Conference on Road Safety "
            "in February 2020,", I),
        pre("Noting with concern ", "that road traffic crashes kill about 1.19 million people each year and are the "
            "leading cause of death of children and young people aged 5 to 29,", I),
        pre("Aware ", "that nine in ten of these deaths occur in low- and middle-income countries, which have far fewer "
            "vehicles than the rest of the world", I,
            [F("preambular-end-mark", 'the preambular clause ends with no mark ("…than the rest of the world"); '
               'expected «,» (UN-B05, MUN-F04)')]),
        pre("Welcoming ", "the Global Plan for the Decade of Action for Road Safety 2021–2030,", I),
        op("Encourages ", "Member States to adopt laws on the main risk factors, namely:", I, num=D0),
        sub("speeding;", num=D1),
        sub("driving under the influence of alcohol or drugs;", num=D1),
        sub("the non-use of helmets, seat belts and child restraints, including:", num=D1),
        sub("standards for the helmets sold in national markets;", num=D2),
        sub("the inspection of child restraints at the point of sale;", num=D2),
        sub("distracted driving;", num=D1),
        op("Invites ", "the World Health Organization to help States collect reliable data on road deaths;", I,
           num=D0, fn="World Health Organization, Global status report on road safety 2023."),
        op("Calls upon ", "development banks to include a road safety assessment in every road project they "
           "finance;", I, num=CONT0),
        op("Requests ", "the Secretary-General to report to the Council at its 2027 session on the implementation "
           "of the present resolution.", I, num=CONT0),
    ])

# ---------------------------------------------------------------- en-05: THIMUN lines, clauses numbered through a list
# linked to the heading style, a sub-list continued across clauses

H2 = [Level("decimal", "%1.", 720, style="Heading2")]
LETTERS = [Level("lowerLetter", "%1)", 1440)]
SUBL = (2, 0)

EN05 = Draft(
    "en-05-thimun-hrc-climate-displacement-heading-style-list-sublist-continues", "Times New Roman", 12, [H2, LETTERS],
    [(0, {}), (1, {})], [
        field_("FORUM: ", "Human Rights Council"),
        field_("QUESTION OF: ", "Protecting the human rights of people displaced by climate change"),
        field_("SUBMITTED BY: ", "Bangladesh"),
        field_("CO-SUBMITTERS: ", "Fiji, Honduras, Maldives, Marshall Islands, Mozambique, Vanuatu"),
        organ("THE HUMAN RIGHTS COUNCIL,", i=False),
        pre("Guided ", "by the purposes and principles of the Charter of the United Nations,", I),
        pre("Recalling ", "the Global Compact for Safe, Orderly and Regular Migration and the Sendai Framework for "
            "Disaster Risk Reduction 2015–2030,", I),
        pre("Alarmed ", "that weather-related disasters have displaced more than twenty million people a year on "
            "average over the past decade,", I),
        pre("Acknowledging ", "that most people displaced by climate change remain within their own countries,", I),
        op("Calls upon ", "States to include people displaced by disasters and by slow-onset climate change in their "
           "national adaptation plans;", U, pstyle="Heading2"),
        op("Encourages ", "States to grant temporary protection to persons who cannot return to their country because "
           "of a sudden disaster, including:", U, pstyle="Heading2"),
        sub("humanitarian visas for the duration of the emergency,", num=SUBL),
        sub("the right to work and to send their children to school;", num=SUBL),
        op("Noting ", "that planned relocation must respect the rights of the communities concerned, including their "
           "right to be consulted;", U, pstyle="Heading2",
           faults=[F("wrong-lead-form", 'the operative clause opens with the preambulatory phrase "Noting"; expected '
                     'an operative verb such as «Stresses» (MUN-F05)')]),
        op("Recomends ", "that the Special Rapporteur on the promotion and protection of human rights in the context "
           "of climate change give particular attention to displaced persons;", U, pstyle="Heading2",
           faults=[F("misspelt-lead", 'misspelt lead "Recomends"; expected «Recommends»')]),
        op("Requests ", "the Office of the United Nations High Commissioner for Human Rights to:", U,
           pstyle="Heading2"),
        sub("collect examples of good practice in protecting displaced persons,", num=SUBL,
            faults=[F("sub-clause-label", 'the first sub-clause of clause 5 shows "c)": its list continues the '
                      'sub-clauses of clause 2; expected «a)» (MUN-F06)')]),
        sub("present them in a report to the Council at its sixty-second session;", num=SUBL,
            faults=[F("sub-clause-label", 'the second sub-clause of clause 5 shows "d)"; expected «b)» '
                      '(MUN-F06)')]),
        op("Invites ", "States to share their experience of cross-border displacement with the Platform on Disaster "
           "Displacement.", U, pstyle="Heading2"),
    ], style_num={"Heading2": (1, 0)})

# ---------------------------------------------------------------- en-06: UNA-USA lines, sub-lists as level 0 of a
# letter list (the second restarted at 1), the last clauses' numbers typed

DEC = [Level("decimal", "%1.", 720)]
LET = [Level("lowerLetter", "%1.", 1440)]
E0, S1, S2 = (1, 0), (2, 0), (3, 0)

EN06 = Draft(
    "en-06-unausa-disec-small-arms-letter-list-restart-typed-numbers", "Garamond", 12, [DEC, LET],
    [(0, {}), (1, {}), (1, {0: 1})], [
        field_("Committee: ", "Disarmament and International Security Committee"),
        field_("Topic: ", "Illicit trade in small arms and light weapons in the Sahel"),
        field_("Sponsors: ", "Burkina Faso, Germany, Niger"),
        field_("Signatories: ", "Belgium, Chad, Côte d'Ivoire, Italy, Japan, Mali, Senegal, Togo"),
        organ("The General Assembly,"),
        pre("Reaffirming ", "the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms "
            "and Light Weapons in All Its Aspects,", I, fn="Adopted by the United Nations conference on the illicit "
            "trade in small arms and light weapons in July 2001."),
        pre("Recalling ", "the Arms Trade Treaty, which entered into force in December 2014,", I),
        pre("Deeply concerned ", "that weapons diverted from national stockpiles fuel armed violence across the "
            "Sahel,", I),
        pre("Recognising ", "the Convention on Small Arms and Light Weapons of the Economic Community of West African "
            "States,", I),
        op("Urges ", "States of the region to mark all small arms when they are made or imported and to keep records "
           "of them for at least twenty years;", I, num=E0),
        op("Encourges ", "States to improve the management of their stockpiles through:", I, num=E0,
           faults=[F("misspelt-lead", 'misspelt lead "Encourges"; expected «Encourages»')]),
        sub("regular inventories of the weapons and ammunition held by the armed forces and the police,", num=S1),
        sub("the destruction of surplus and obsolete weapons;", num=S1),
        op("Calls upon ", "exporting States to assess the risk of diversion before they authorize transfers to the "
           "region,", I, num=E0,
           faults=[F("operative-end-mark", 'the operative clause ends with ","; expected «;» (MUN-F05)')]),
        op("Requests ", "the United Nations Regional Centre for Peace and Disarmament in Africa to help the States of "
           "the region:", I, num=E0),
        sub("train border officials to detect the trafficking of weapons,", num=S2),
        sub("set up national commissions on small arms where none exist;", num=S2),
        op("Invites ", "civil society organizations to take part in programmes for the voluntary surrender of "
           "weapons;", I, typed="5. "),
        op("Requests ", "the Secretary-General to report to it at its eighty-second session on the implementation of "
           "the present resolution.", I, typed="7. ",
           faults=[F("numbering", 'the typed number "7." follows the typed "5."; expected «6.» (MUN-F05)')]),
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
    head = ("# word-blind74: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
            "drafter.\n# paragraph = 1-based index of the w:p among all w:p of the body (table cells included); list "
            "labels in notes are the ones Word shows (make_drafts.labels, checked on the rendering).\n")
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(d.paras, 1) for f in p.faults]
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
    for k, d in enumerate(DRAFTS):
        build(d, 0x5A3C7100 + k * 0x1F31)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
