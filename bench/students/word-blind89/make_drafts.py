"""Build the drafts of the blind set word-blind89 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the label the page shows, text, fault marks
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six English drafts as university delegations write them in Word the way they write theses: the operative clauses are
headings, numbered by a multilevel list linked to the styles Heading 1 / Heading 2 / Heading 3.  What this models:

* Style-linked numbering: the styles Heading1-3 carry w:outlineLvl 0-2 and a w:numPr (numId 1, w:ilvl 0-2) in their
  w:pPr, and each w:lvl of the w:abstractNum names its style in w:pStyle.  A clause paragraph is
  <w:pStyle w:val="Heading1"/> with no w:numPr of its own: its number comes from the style, and the navigation pane
  lists the clauses.  The list's suffix is a tab, as Word's default.
* Level formats per draft: "%1." / "(%2)" / "(%3)" roman, "%1." / "%1.%2", "Article %1" / "%1.%2",
  "%1." / "(%2)", "%1." / "%2)" / "%3)".
* A table of contents (a complex w:fldChar TOC \\o "1-3" \\h \\z \\u field over the entry paragraphs, styles TOC1 /
  TOC2 after a "Contents" paragraph in TOCHeading, cached entries: label, tab, text, tab, page) in en-01 and en-03.
* A section break (next page: a w:sectPr in the w:pPr of the last preambular paragraph) in en-03 and en-05.
* Cross-reference fields ("see paragraph 3": REF _RefNNN \\r \\h, the cached result the clause number) in en-02
  (right) and en-04 (stale: the clause it names is now 4).
* A restarted list (a second w:num over the same abstractNum, startOverride 1, given as a direct w:numPr) in en-04.
* A style's own formatting: en-06 keeps Word's Heading 1 / 2 look (bold, colour 2F5496, Calibri Light); the other
  drafts restyle the headings to the body's font, not bold, black.

python-docx gives the package; styles, numbering and paragraphs are raw WordprocessingML written here (no import of
drafter or of another set).  Faults are marked F(kind, note) beside their paragraph.  Paragraph number = 1-based index
of the w:p among all w:p of the body (TOC paragraphs included), checked on the saved file.
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
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
HEADINGS = ["Heading1", "Heading2", "Heading3"]


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class Run:
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    ref: str | None = None  # a REF field to this bookmark; text = its cached result


@dataclass
class Para:
    runs: list[Run]
    faults: list[Fault] = field(default_factory=list)
    style: str | None = None  # Heading1-3, TOC1-2, TOCHeading, Title or None (Normal)
    numpr: tuple[int, int] | None = None  # a direct w:numPr (numId, ilvl)
    role: str = "body"  # title, head, organ, pre, op, sub, toc
    sect: bool = False  # a section break (next page) after this paragraph
    bookmark: str | None = None
    field_mark: str = ""  # "begin" / "end" / "both": the TOC field opens / closes in this paragraph


@dataclass
class Draft:
    name: str
    levels: list[tuple[str, str]]  # (numFmt, lvlText) of levels 0-2, linked to Heading1-3
    paras: list[Para]
    font: str = "Times New Roman"
    word_look: bool = False  # Heading styles keep Word's own bold and colour
    restart: bool = False  # numId 2 over the same abstractNum, startOverride 1 on level 0


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]


def number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    if fmt == "lowerRoman":
        return ROMAN[n - 1]
    raise ValueError(fmt)


def numpr_of(p: Para) -> tuple[int, int] | None:
    if p.numpr is not None:
        return p.numpr
    if p.style in HEADINGS:
        return (1, HEADINGS.index(p.style))
    return None


def labels(d: Draft) -> list[str]:
    """The label Word shows for each paragraph: one set of counters per abstractNum (numIds 1 and 2 share it); the
    startOverride of numId 2 restarts level 0 the first time numId 2 is used."""
    counters = [0, 0, 0]
    restarted = False
    out = []
    for p in d.paras:
        np_ = numpr_of(p)
        if np_ is None:
            out.append("")
            continue
        num_id, lvl = np_
        if num_id == 2 and not restarted:
            counters = [0, 0, 0]
            restarted = True
        counters[lvl] += 1
        for j in range(lvl + 1, 3):
            counters[j] = 0
        text = d.levels[lvl][1]
        for j in range(3):
            text = text.replace(f"%{j + 1}", number(max(counters[j], 1), d.levels[j][0]))
        out.append(text)
    return out


def rpr(d: Draft, r: Run, extra: str = "") -> str:
    out = f'<w:rFonts w:ascii="{d.font}" w:hAnsi="{d.font}" w:cs="{d.font}"/>' if not d.word_look else ""
    out += ("<w:b/>" if r.b else "") + ("<w:i/>" if r.i else "") + ('<w:u w:val="single"/>' if r.u else "") + extra
    return f"<w:rPr>{out}</w:rPr>"


def run_xml(d: Draft, r: Run, extra: str = "") -> str:
    if r.ref:
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> REF {r.ref} \\r \\h </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r>{rpr(d, r)}<w:t>{escape(r.text)}</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return f'<w:r>{rpr(d, r, extra)}<w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>'


SECT = ('<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="12240" w:h="15840"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" '
        'w:gutter="0"/></w:sectPr>')


def para_xml(d: Draft, p: Para, bid: int) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>' if p.style else ""
    if p.numpr:
        ppr += f'<w:numPr><w:ilvl w:val="{p.numpr[1]}"/><w:numId w:val="{p.numpr[0]}"/></w:numPr>'
    if p.role == "title":
        ppr += '<w:jc w:val="center"/>'
    if p.sect:
        ppr += SECT
    body = ""
    if p.field_mark in ("begin", "both"):
        body += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" '
                 '\\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    if p.bookmark:
        body += f'<w:bookmarkStart w:id="{bid}" w:name="{p.bookmark}"/>'
    for r in p.runs:
        if p.role == "toc":
            for k, part in enumerate(r.text.split("\t")):
                if k:
                    body += "<w:r><w:tab/></w:r>"
                body += run_xml(d, Run(part))
        else:
            body += run_xml(d, r, '<w:b/><w:sz w:val="28"/>' if p.role == "title" else "")
    if p.bookmark:
        body += f'<w:bookmarkEnd w:id="{bid}"/>'
    if p.field_mark in ("end", "both"):
        body += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def heading_style(d: Draft, i: int) -> str:
    sid = HEADINGS[i]
    if d.word_look:  # Word's own Heading look: Calibri Light, bold (levels 1-2), blue 2F5496
        look = ('<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
                + ("<w:b/><w:bCs/>" if i < 2 else "") + '<w:color w:val="2F5496" w:themeColor="accent1" '
                'w:themeShade="BF"/>' + f'<w:sz w:val="{[28, 26, 24][i]}"/>')
    else:
        look = (f'<w:rFonts w:ascii="{d.font}" w:hAnsi="{d.font}" w:cs="{d.font}"/><w:b w:val="0"/>'
                '<w:bCs w:val="0"/><w:color w:val="000000"/><w:sz w:val="24"/><w:szCs w:val="24"/>')
    return (f'<w:style {NS} w:type="paragraph" w:styleId="{sid}"><w:name w:val="heading {i + 1}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="' + sid + 'Char"/>'
            '<w:uiPriority w:val="9"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="{i}"/><w:numId w:val="1"/></w:numPr>'
            f'<w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="{i}"/></w:pPr>'
            f'<w:rPr>{look}</w:rPr></w:style>')


def extra_styles() -> list[str]:
    out = [(f'<w:style {NS} w:type="paragraph" w:styleId="TOC{i}"><w:name w:val="toc {i}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
            '<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs>'
            f'<w:spacing w:after="100"/><w:ind w:left="{220 * (i - 1)}"/></w:pPr></w:style>') for i in (1, 2)]
    out.append(f'<w:style {NS} w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/>'
               '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:qFormat/>'
               '<w:pPr><w:spacing w:before="240"/><w:outlineLvl w:val="9"/></w:pPr>'
               '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>')
    return out


def build(d: Draft) -> Path:
    doc = docx.Document()
    styles = doc.styles.element
    for xml in [heading_style(d, i) for i in range(3)] + extra_styles():
        el = parse_xml(xml)
        for old in styles.findall(w("style")):
            if old.get(w("styleId")) == el.get(w("styleId")):
                styles.remove(old)
        styles.append(el)
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    lv = ""
    for j, (fmt, text) in enumerate(d.levels):
        left = 720 * (j + 1) if not text.startswith("Article") else 1440
        lv += (f'<w:lvl w:ilvl="{j}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
               f'<w:pStyle w:val="{HEADINGS[j]}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
               f'<w:pPr><w:ind w:left="{left}" w:hanging="{1440 if text.startswith("Article") else 720}"/></w:pPr>'
               '</w:lvl>')
    numbering.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="0"><w:nsid w:val="3A7C19E2"/>'
                               f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>{lv}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {NS} w:numId="1"><w:abstractNumId w:val="0"/></w:num>'))
    if d.restart:
        numbering.append(parse_xml(f'<w:num {NS} w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride '
                                   'w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for k, p in enumerate(d.paras):
        sect.addprevious(parse_xml(para_xml(d, p, 100 + k)))
    doc.core_properties.author = ""
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.paras), (d.name, count, len(d.paras))
    return out


# paragraph makers; `pl`: the preambular lead's form ("i" italic, "u" underlined), `ol` the operative lead's
def title(text: str) -> Para:
    return Para([Run(text)], role="title")


def head(text: str, faults: list[Fault] | None = None) -> Para:
    return Para([Run(text)], faults or [], role="head")


def organ(text: str) -> Para:
    return Para([Run(text)], role="organ")


def pre(lead: str, rest: str, faults: list[Fault] | None = None, *, sect: bool = False, form: str = "i") -> Para:
    return Para([Run(lead, i=form == "i", u=form == "u"), Run(rest)], faults or [], role="pre", sect=sect)


def op(lead: str, *rest: str | Run, faults: list[Fault] | None = None, style: str = "Heading1",
       numpr: tuple[int, int] | None = None, bookmark: str | None = None, form: str = "i") -> Para:
    runs = [Run(lead, i=form == "i", u=form == "u")] + [x if isinstance(x, Run) else Run(x) for x in rest]
    return Para(runs, faults or [], style, numpr, role="op", bookmark=bookmark)


def sub(text: str, faults: list[Fault] | None = None, *, style: str = "Heading2") -> Para:
    return Para([Run(text)], faults or [], style, role="sub")


def toc(entries: list[tuple[int, str]]) -> list[Para]:
    out = [Para([Run("Contents")], style="TOCHeading", role="toc")]
    for k, (lvl, text) in enumerate(entries):
        mark = "both" if len(entries) == 1 else "begin" if k == 0 else "end" if k == len(entries) - 1 else ""
        out.append(Para([Run(text)], style=f"TOC{lvl}", role="toc", field_mark=mark))
    return out


# 1. GA Sixth Committee, crimes against humanity (UNA-USA-style university conference): "%1." / "(%2)" / "(%3)"; a
#    table of contents of the clauses before the text; nearly clean
EN01 = Draft(
    "en-01-ga6-crimes-against-humanity-toc-heading-styles-nearly-clean",
    [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")],
    [
        title("Draft Resolution"),
        head("Committee: Sixth Committee (Legal)"),
        head("Topic: Prevention and punishment of crimes against humanity"),
        head("Sponsors: Sierra Leone, Mexico, Gambia"),
        head("Signatories: Argentina, Belgium, Costa Rica, Ghana, Netherlands, Portugal, Senegal"),
        *toc([(1, "1.\tWelcomes the recommendation of the International Law Commission\t2"),
              (1, "2.\tEncourages Member States\t2"),
              (2, "(a)\tto review their national legislation\t2"),
              (2, "(b)\tto share good practices on mutual legal assistance\t2"),
              (1, "3.\tRequests the Secretary-General to report\t2"),
              (1, "4.\tDecides to include the item in the provisional agenda\t2")]),
        organ("The General Assembly,"),
        pre("Recalling", " the draft articles on prevention and punishment of crimes against humanity adopted by the "
            "International Law Commission at its seventy-first session, in 2019,"),
        pre("Noting", " that no treaty addresses crimes against humanity in the way the Genocide Convention addresses "
            "genocide.",
            [F("preambular-end-mark", '"addresses genocide." - a preambular clause ends with a full stop; '
                                      "«genocide,» (UN-B05, MUN-F04)")]),
        pre("Mindful", " of the views expressed by States in the resumed sessions of the Sixth Committee in 2024,"),
        pre("Reaffirming", " the duty of every State to exercise its criminal jurisdiction over those responsible for "
            "international crimes,"),
        op("Welcomes", " the recommendation of the International Law Commission that a convention be elaborated on "
           "the basis of its draft articles;"),
        op("Encourages", " Member States:"),
        sub("to review their national legislation so that crimes against humanity are offences under their criminal "
            "law;"),
        sub("to share good practices on mutual legal assistance and extradition for such crimes;"),
        op("Requests", " the Secretary-General to report to the General Assembly at its eighty-first session on the "
           "implementation of the present resolution;"),
        op("Decides", " to include in the provisional agenda of its eighty-first session the item entitled "
           "\u201cCrimes against humanity\u201d."),
    ])

# 2. IMO Assembly, decarbonising international shipping (HMUN-style: DRAFT RESOLUTION 1.1, signatories only): "%1." /
#    "%1.%2" (sub-items show "2.1" "2.2"); clause 4 set in Heading 2 shows "3.1"; a cross-reference "paragraph 2"
#    (right); an operative clause ending ","
EN02 = Draft(
    "en-02-imo-shipping-emissions-decimal-sublevels-clause-at-level-two",
    [("decimal", "%1."), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3")],
    [
        title("DRAFT RESOLUTION 1.1"),
        head("Committee: Assembly of the International Maritime Organization"),
        head("Topic: Reducing greenhouse gas emissions from international shipping"),
        head("Signatories: Marshall Islands, Denmark, Singapore, Panama, Norway, Kenya, Chile"),
        organ("The Assembly,"),
        pre("Recalling", " the 2023 IMO Strategy on Reduction of GHG Emissions from Ships and its goal of net-zero "
            "emissions by or around 2050,"),
        pre("Noting", " that international shipping carries more than eighty per cent of world trade by volume,"),
        pre("Concerned", " that the price gap between fossil fuels and zero-emission fuels remains large,"),
        pre("Recognizing", " the particular needs of small island developing States and least developed countries,"),
        op("Urges", " Member States to ratify and implement Annex VI of the MARPOL Convention;"),
        op("Encourages", " port States:", bookmark="_Ref21704"),
        sub("to offer onshore power supply at berths used by container and cruise ships;",
            [F("sub-clause-label", '"2.1 to offer onshore power" - a sub-item labelled "2.1" (the list\'s second '
                                   'level "%1.%2"); sub-clauses take letters, «(a)» (MUN-F06)')]),
        sub("to publish the fees they charge for alternative fuel bunkering;",
            [F("sub-clause-label", '"2.2 to publish the fees" - a sub-item labelled "2.2"; «(b)» (MUN-F06)')]),
        op("Invites", " the Marine Environment Protection Committee to take into account the measures of port States "
           "set out in paragraph ", Run("2", ref="_Ref21704"), " when it reviews the Strategy in 2028,",
           faults=[F("operative-end-mark", '"reviews the Strategy in 2028," - an operative clause ends with a comma; '
                                           "«in 2028;» (MUN-F05)")]),
        op("Calls upon", " shipowners to report the fuel consumption of each ship of 5,000 gross tonnage and above;",
           style="Heading2",
           faults=[F("numbering", '"3.1 Calls upon shipowners" - an operative clause set in Heading 2 shows the '
                                  'sub-item label "3.1"; «4.» (UN-B07, MUN-F05)')]),
        op("Requests", " the Secretary-General to establish a fund to support a just and equitable transition;"),
        op("Decides", " to keep the matter under review at its thirty-fifth session."),
    ])

# 3. International Labour Conference, platform work (THIMUN-procedure conference): "Article %1" / "%1.%2"... the
#    clauses show "Article 1" ... "Article 4"; a table of contents; a section break after the preamble; a misspelt lead
EN03 = Draft(
    "en-03-ilc-platform-work-article-labels-toc-section-break",
    [("decimal", "Article %1"), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")],
    [
        head("FORUM: International Labour Conference"),
        head("QUESTION OF: Decent work in the platform economy"),
        head("SUBMITTED BY: Spain"),
        head("CO-SUBMITTERS: Brazil, Indonesia, South Africa, Uruguay, Philippines"),
        *toc([(1, "Article 1\tCalls upon member States to determine the employment status\t2"),
              (1, "Article 2\tEncourages digital labour platforms\t2"),
              (2, "(a)\tto explain to workers how algorithms allocate tasks\t2"),
              (2, "(b)\tto provide a human contact for review\t2"),
              (1, "Article 3\tRequests the Director-General\t2"),
              (1, "Article 4\tDecides to place on the agenda\t2")]),
        organ("THE INTERNATIONAL LABOUR CONFERENCE,"),
        pre("Recalling", " the ILO Declaration on Fundamental Principles and Rights at Work, as amended in 2022,",
            form="i"),
        pre("Recongizing", " that millions of workers find their tasks through digital labour platforms,",
            [F("misspelt-lead", '"Recongizing that millions" - the lead is misspelt; «Recognizing» (MUN-F02)')]),
        pre("Concerned", " that platform workers are often classified as self-employed without access to social "
            "protection,"),
        pre("Noting", " the standard-setting discussion on decent work in the platform economy begun in 2025,",
            sect=True),
        op("Calls upon", " member States to determine the employment status of platform workers according to the "
           "facts of their work;", form="u",
           faults=[F("numbering", '"Article 1 Calls upon member States" - the clause is labelled "Article 1"; '
                                  "operative clauses are numbered with Arabic numerals and a full stop, «1.» (UN-B07, "
                                  "MUN-F05)")]),
        op("Encourages", " digital labour platforms:", form="u",
           faults=[F("numbering", '"Article 2 Encourages digital" - labelled "Article 2"; «2.» (UN-B07, MUN-F05)')]),
        sub("to explain to workers how algorithms allocate tasks and set pay;"),
        sub("to provide a human contact for the review of decisions to deactivate accounts;"),
        op("Requests", " the Director-General to prepare a report on the social protection of platform workers;",
           form="u",
           faults=[F("numbering", '"Article 3 Requests the Director-General" - labelled "Article 3"; «3.» (UN-B07, '
                                  "MUN-F05)")]),
        op("Decides", " to place on the agenda of its next session an item on decent work in the platform economy.",
           form="u",
           faults=[F("numbering", '"Article 4 Decides to place" - labelled "Article 4"; «4.» (UN-B07, MUN-F05)')]),
    ])

# 4. World Meteorological Congress, early warnings for all (UNA-USA-style school-run university conference): "%1." /
#    "(%2)"; clauses 5-6 on a restarted list (numId 2, startOverride 1: they show "1." "2."); a cross-reference whose
#    cached number is stale (the clause it names moved from 3 to 4); a preambular clause ending ";"
EN04 = Draft(
    "en-04-wmo-early-warnings-restarted-list-stale-cross-reference",
    [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")],
    [
        title("Draft Resolution 2/1"),
        head("Committee: World Meteorological Congress"),
        head("Topic: Early warning systems for all by 2027"),
        head("Sponsors: Bangladesh, Mozambique, Australia"),
        head("Signatories: Fiji, Germany, Guatemala, Madagascar, Nepal, Tonga, Viet Nam"),
        organ("The World Meteorological Congress,"),
        pre("Recalling", " the Early Warnings for All initiative launched by the Secretary-General in 2022,"),
        pre("Alarmed", " that one third of the world\u2019s population is still not covered by multi-hazard early "
            "warning systems;",
            [F("preambular-end-mark", '"early warning systems;" - a preambular clause ends with a semicolon; '
                                      "«systems,» (UN-B05, MUN-F04)")]),
        pre("Noting", " that countries with limited coverage of early warning have disaster mortality eight times "
            "higher than countries with substantial coverage,"),
        op("Encourages", " Members to integrate early warning services into their national adaptation plans;"),
        op("Calls upon", " development partners to fund:"),
        sub("the observing stations required by the Global Basic Observing Network;"),
        sub("the training of forecasters in least developed countries;"),
        op("Invites", " the mobile network operators to broadcast warnings to all phones in the area at risk;"),
        op("Requests", " the Secretary-General of the Organization to set up a register of the gaps in warning "
           "coverage;", bookmark="_Ref80315"),
        op("Further requests", " the Secretary-General to publish the register referred to in paragraph ",
           Run("3", ref="_Ref80315"), " every two years;", numpr=(2, 0),
           faults=[F("numbering", '"1. Further requests the Secretary-General" - the clause starts a second list and '
                                  'shows "1."; «5.» (UN-B07, MUN-F05)'),
                   F("other", 'cross-reference field whose cached number is stale: "paragraph 3" names clause 3, the '
                              "register is set up in clause 4; «paragraph 4» (UN-B07 paragraphs numbered "
                              "consecutively, a reference names the paragraph)")]),
        op("Decides", " to review progress at its twentieth session.", numpr=(2, 0),
           faults=[F("numbering", '"2. Decides to review" - shows "2." on the restarted list; «6.» (UN-B07, '
                                  "MUN-F05)")]),
    ], restart=True)

# 5. UN-Habitat Assembly, informal settlements (UNA-USA-style university conference): no Topic line; "Macedonia" for
#    North Macedonia; a section break after the preamble; an operative clause led by "Recognizing"; a clause before the
#    last ending "."
EN05 = Draft(
    "en-05-habitat-informal-settlements-section-break-lead-in-operative-state-name",
    [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")],
    [
        title("Draft Resolution"),
        head("Committee: United Nations Habitat Assembly",
             [F("heading-field-missing", '"Committee: United Nations Habitat Assembly" - the heading has no Topic '
                                         "line (MUN-H01)")]),
        head("Sponsors: Kenya, Colombia, India"),
        head("Signatories: Macedonia, Ecuador, Morocco, Sweden, Zambia",
             [F("other", 'misspelt State name: "Macedonia" is the name before 2019; «North Macedonia» (MUN-H01)')]),
        organ("The United Nations Habitat Assembly,"),
        pre("Noting", " that more than one billion people live in slums and informal settlements,"),
        pre("Concerned", " that forced evictions often leave families without shelter or compensation,"),
        pre("Welcoming", " the New Urban Agenda adopted at Habitat III in Quito in 2016,", sect=True),
        op("Urges", " Member States to upgrade informal settlements in place rather than relocate their residents;"),
        op("Recognizing", " the role of community savings groups in improving housing;",
           faults=[F("wrong-lead-form", '"Recognizing the role of community" - an operative clause opens with the '
                                        "preambular participle «Recognizing»; an operative clause opens with a verb "
                                        "such as «Recognizes» (UN-B06, MUN-F05)")]),
        op("Calls upon", " local authorities to give residents of informal settlements security of tenure.",
           faults=[F("operative-end-mark", '"security of tenure." - an operative clause before the last ends with a '
                                           "full stop; «tenure;» (MUN-F05)")]),
        op("Invites", " development banks to lend to municipalities for water and sanitation in informal "
           "settlements;"),
        op("Requests", " the Executive Director to report on progress at the next session of the Assembly."),
    ])

# 6. UNESCO General Conference, safety of journalists (THIMUN-procedure conference), Word's own Heading look (bold,
#    blue): "%1." / "%2)" / "%3)"; a sub-item set in Heading 1 shows as the next clause; a misspelt lead; the last
#    clause ending ";"
EN06 = Draft(
    "en-06-unesco-journalists-sub-item-at-level-one-word-heading-look",
    [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3)")],
    [
        head("FORUM: General Conference of UNESCO"),
        head("QUESTION OF: The safety of journalists and the issue of impunity"),
        head("SUBMITTED BY: Austria"),
        head("CO-SUBMITTERS: Costa Rica, Greece, Lebanon, Tunisia, Mongolia"),
        organ("The General Conference,", ),
        pre("Recalling", " the United Nations Plan of Action on the Safety of Journalists and the Issue of Impunity,"),
        pre("Acknowleding", " that eight in ten killings of journalists remain unresolved,",
            [F("misspelt-lead", '"Acknowleding that eight" - the lead is misspelt; «Acknowledging» (MUN-F02)')]),
        pre("Deeply concerned", " by the rise in online harassment of women journalists,"),
        op("Encourages", " Member States to set up national mechanisms for the protection of journalists;", form="u"),
        op("Calls upon", " Member States:", form="u"),
        sub("to investigate every killing of a journalist promptly and independently;"),
        sub("to report to the Director-General on the status of judicial inquiries;"),
        sub("to train judges and prosecutors on freedom of expression;", style="Heading1",
            faults=[F("numbering", '"3. to train judges" - a sub-item of clause 2 set in Heading 1 shows the clause '
                                   'number "3."; «c)» under clause 2, and the clauses after it are off by one '
                                   "(MUN-F06, UN-B07)")]),
        op("Invites", " media organizations to adopt safety protocols for reporters in conflict zones;", form="u"),
        op("Requests", " the Director-General to present a report on the safety of journalists at its next session;",
           form="u",
           faults=[F("operative-end-mark", '"at its next session;" - the last operative clause ends with a semicolon;'
                                           " the resolution ends with «session.» (MUN-F05)")]),
    ], font="Calibri", word_look=True)

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


def para_text(p: Para, label: str) -> str:
    return (label + " " if label else "") + "".join(r.text for r in p.runs)


def check_quotes() -> None:
    for d in DRAFTS:
        for p, lab in zip(d.paras, labels(d)):
            for f in p.faults:
                m = re.search(r'"([^"]+)"', f.note)
                assert m and m.group(1) in para_text(p, lab), (d.name, f.note, para_text(p, lab))


def annotations() -> str:
    top = ("# word-blind89: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
           "drafter.\n# paragraph = 1-based index of the w:p among all w:p of the body (TOC paragraphs included); "
           "list labels in notes are the ones Word shows.\n")
    data = {f"{d.name}.docx": {"faults": [{"paragraph": i, "kind": f.kind, "note": f.note}
                                          for i, p in enumerate(d.paras, 1) for f in p.faults]} for d in DRAFTS}
    return top + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    check_quotes()
    if "--list" in argv:
        for d in DRAFTS:
            print(f"== {d.name}")
            for i, (p, lab) in enumerate(zip(d.paras, labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {para_text(p, lab)} {marks}")
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
