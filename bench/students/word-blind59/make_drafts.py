"""Build the drafts of the blind set word-blind59 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, the label Word shows, runs, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The set is about drafts written OUTSIDE Word and exported to .docx, with the XML those programs write:

* Google Docs: every run names its fonts (w:rFonts with all four attributes), its size and w:i/w:b as w:val="1";
  every paragraph carries its own w:spacing, w:ind and w:jc; no heading styles (heading fields are bold runs); one
  w:abstractNum per list with nine levels ("%1." decimal, "%2." lowerLetter, "%3." lowerRoman, repeated) and a
  w:ind on each level; bullet lists "●" "○" "■".
* LibreOffice Writer: lists named WWNum1, WWNum2 (w:name in the w:abstractNum), the numbering given by a list
  paragraph style (w:numPr in the style), sub-clauses labelled "%1)" (a), b)), a restart written as a second w:num
  on the same w:abstractNum with a w:lvlOverride / w:startOverride; fonts in the styles, not in the runs.
* Pages: every run in Helvetica Neue, no numbering part used: clause numbers typed, followed by a tab.

python-docx gives the package (its default template); styles, numbering and paragraphs are written as raw
WordprocessingML by the helpers below (nothing imported from drafter or another set). Faults are marked with
F(kind, note) next to the paragraph that carries them; paragraph = 1-based index of the w:p in the body (no empty
paragraphs, no tables), checked again on the saved file. The label Word shows for each numbered paragraph is
computed by ``labels()`` (counters per w:num, start overrides applied at the first paragraph of that w:num, a level
restarting after any higher level of the same list) and printed by --list.
"""

from __future__ import annotations

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
NSDECL = f'xmlns:w="{W_NS}"'


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# ---------------------------------------------------------------- the draft model


@dataclass
class R:
    text: str
    font: str | None = None  # Google Docs / Pages: the run's font (all of ascii, hAnsi, cs; eastAsia see below)
    size: int | None = None  # half-points
    i: bool = False
    b: bool = False
    east: str | None = None  # East Asian font, when it differs from font


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    runs: list[R]
    numpr: tuple[int, int] | None = None  # direct w:numPr (numId, ilvl)
    style: str | None = None
    jc: str = "both"
    faults: list[Fault] = field(default_factory=list)


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class Level:
    fmt: str
    text: str
    start: int = 1


@dataclass
class Numbering:
    abstracts: dict[int, tuple[str | None, list[Level]]]  # id -> (name, levels)
    nums: dict[int, tuple[int, dict[int, int]]]  # numId -> (abstractNumId, {ilvl: startOverride})


@dataclass
class Draft:
    app: str  # google, libre, pages
    zh: bool
    numbering: Numbering | None
    paragraphs: list[P]
    style_numpr: dict[str, tuple[int, int]] = field(default_factory=dict)  # paragraph style -> (numId, ilvl)


def google_levels(kinds: tuple[str, str, str] = ("decimal", "lowerLetter", "lowerRoman")) -> list[Level]:
    return [Level(kinds[i % 3], f"%{i + 1}.") for i in range(9)]


def bullet_levels() -> list[Level]:
    return [Level("bullet", "●○■"[i % 3]) for i in range(9)]


# ---------------------------------------------------------------- labels as Word shows them


def roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += digits
            n -= value
    return out


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "lowerRoman":
        return roman(n)
    return ""


def labels(d: Draft) -> list[str]:
    """The label Word draws before each paragraph ("" when none)."""
    out = []
    counters: dict[int, list[int]] = {}
    applied: set[tuple[int, int]] = set()
    for p in d.paragraphs:
        numpr = p.numpr or (d.style_numpr.get(p.style) if p.style else None)
        if not numpr or d.numbering is None:
            out.append("")
            continue
        num_id, ilvl = numpr
        abstract_id, overrides = d.numbering.nums[num_id]
        levels = d.numbering.abstracts[abstract_id][1]
        count = counters.setdefault(num_id, [0] * 9)
        if ilvl in overrides and (num_id, ilvl) not in applied:
            applied.add((num_id, ilvl))
            count[ilvl] = overrides[ilvl] - 1
        count[ilvl] = count[ilvl] + 1 if count[ilvl] else levels[ilvl].start
        for deeper in range(ilvl + 1, 9):
            count[deeper] = 0
        lvl = levels[ilvl]
        if lvl.fmt == "bullet":
            out.append(lvl.text)
            continue
        text = lvl.text
        for k in range(9):
            if f"%{k + 1}" in text:
                text = text.replace(f"%{k + 1}", fmt_number(count[k] or levels[k].start, levels[k].fmt))
        out.append(text)
    return out


# ---------------------------------------------------------------- XML


def numbering_xml(n: Numbering, app: str) -> list[str]:
    parts = []
    for aid, (name, levels) in n.abstracts.items():
        body = ""
        for i, lvl in enumerate(levels):
            ind = (f'<w:ind w:left="{720 * (i + 1)}" w:hanging="360"/>' if app == "google"
                   else f'<w:ind w:left="{720 * (i + 1)}" w:hanging="360"/>')
            rpr = ('<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
                   '<w:u w:val="none"/></w:rPr>') if lvl.fmt == "bullet" else ""
            body += (f'<w:lvl w:ilvl="{i}"><w:start w:val="{lvl.start}"/><w:numFmt w:val="{lvl.fmt}"/>'
                     f'<w:lvlText w:val="{lvl.text}"/><w:lvlJc w:val="left"/><w:pPr>{ind}</w:pPr>{rpr}</w:lvl>')
        head = '<w:multiLevelType w:val="hybridMultilevel"/>' if app == "libre" else ""
        head += f'<w:name w:val="{name}"/>' if name else ""
        parts.append(f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}">{head}{body}</w:abstractNum>')
    for nid, (aid, overrides) in n.nums.items():
        over = "".join(f'<w:lvlOverride w:ilvl="{lv}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
                       for lv, s in overrides.items())
        parts.append(f'<w:num {NSDECL} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{over}</w:num>')
    return parts


def run_xml(r: R, app: str) -> str:
    rpr = ""
    if r.font:
        east = r.east or r.font
        rpr += f'<w:rFonts w:ascii="{r.font}" w:cs="{r.font}" w:eastAsia="{east}" w:hAnsi="{r.font}"/>'
    if app == "google":
        rpr += '<w:b w:val="1"/>' if r.b else '<w:b w:val="0"/>'
        rpr += '<w:i w:val="1"/>' if r.i else '<w:i w:val="0"/>'
        rpr += '<w:smallCaps w:val="0"/><w:strike w:val="0"/><w:color w:val="000000"/><w:u w:val="none"/>'
        rpr += '<w:shd w:fill="auto" w:val="clear"/><w:vertAlign w:val="baseline"/>'
    else:
        rpr += "<w:b/><w:bCs/>" if r.b else ""
        rpr += "<w:i/><w:iCs/>" if r.i else ""
    if r.size:
        rpr += f'<w:sz w:val="{r.size}"/><w:szCs w:val="{r.size}"/>'
    if app == "google":
        rpr += '<w:rtl w:val="0"/>'
    inner = ""
    for k, piece in enumerate(r.text.split("\t")):
        if k:
            inner += "<w:tab/>"
        if piece:
            inner += f'<w:t xml:space="preserve">{escape(piece)}</w:t>'
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{inner}</w:r>"


def paragraph_xml(p: P, app: str) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>' if p.style else ""
    if app == "google":
        ppr += '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>'
    if p.numpr:
        ppr += f'<w:numPr><w:ilvl w:val="{p.numpr[1]}"/><w:numId w:val="{p.numpr[0]}"/></w:numPr>'
    if app == "google":
        ppr += '<w:spacing w:after="120" w:before="0" w:line="276" w:lineRule="auto"/>'
        if p.numpr:
            ppr += f'<w:ind w:left="{720 * (p.numpr[1] + 1)}" w:hanging="360"/>'
        else:
            ppr += '<w:ind w:left="0" w:firstLine="0"/>'
        ppr += f'<w:jc w:val="{p.jc}"/><w:rPr/>'
    elif app == "pages":
        ppr += ('<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'
                '<w:spacing w:before="0" w:after="160" w:line="240" w:lineRule="auto"/>'
                + (f'<w:jc w:val="{p.jc}"/>' if p.jc != "both" else ""))
    else:
        ppr += f'<w:jc w:val="{p.jc}"/>' if p.jc != "both" else ""
    runs = "".join(run_xml(r, app) for r in p.runs)
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def pstyle(sid: str, name: str, based: str | None = "Normal", ppr: str = "", rpr: str = "") -> str:
    return (f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
            + (f'<w:basedOn w:val="{based}"/>' if based else "") + "<w:qFormat/>"
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")


def setup(doc: docx.Document, d: Draft) -> None:
    styles = doc.styles.element
    rpr_default = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr_default):
        rpr_default.remove(child)
    if d.app == "google":  # what Google Docs writes: Arial 11 pt defaults, a bare "normal" style
        defaults = ['<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>',
                    '<w:sz w:val="22"/>', '<w:szCs w:val="22"/>', '<w:lang w:val="en"/>']
        normal = (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/>'
                  "<w:qFormat/></w:style>")
        extra: list[str] = []
    elif d.app == "libre":  # LibreOffice: Liberation Serif defaults; the student set Times New Roman in Normal
        defaults = ['<w:rFonts w:ascii="Liberation Serif" w:eastAsia="Noto Serif CJK SC" '
                    'w:hAnsi="Liberation Serif" w:cs="Lohit Devanagari"/>',
                    '<w:kern w:val="2"/>', '<w:sz w:val="24"/>', '<w:szCs w:val="24"/>',
                    '<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="hi-IN"/>']
        normal = (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
                  '<w:qFormat/><w:pPr><w:widowControl/><w:suppressAutoHyphens w:val="true"/>'
                  '<w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
                  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
                  '<w:color w:val="auto"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>')
        extra = [
            pstyle("Preamble", "Preamble", ppr='<w:ind w:firstLine="709"/>'),
            pstyle("OperativeClause", "Operative Clause",
                   ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
            pstyle("SubClause", "Sub Clause",
                   ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:ind w:left="1134" w:hanging="425"/>'),
        ]
    else:  # Pages: Helvetica Neue everywhere, a "Body" style
        defaults = ['<w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue" w:eastAsia="Helvetica Neue" '
                    'w:cs="Helvetica Neue"/>', '<w:sz w:val="24"/>', '<w:szCs w:val="24"/>']
        normal = (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
                  '<w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                  '<w:rPr><w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue" w:eastAsia="Helvetica Neue" '
                  'w:cs="Helvetica Neue"/><w:color w:val="000000"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>'
                  "</w:style>")
        extra = [pstyle("Body", "Body", ppr='<w:spacing w:after="160"/>')]
    for xml in defaults:
        rpr_default.append(parse_xml(xml.replace("/>", f" {NSDECL}/>", 1)))
    for xml in [normal, *extra]:
        el = parse_xml(xml)
        sid = el.get(w("styleId"))
        for old in styles.findall(w("style")):
            if old.get(w("styleId")) == sid:
                styles.remove(old)
        styles.append(el)
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    if d.numbering:
        for xml in numbering_xml(d.numbering, d.app):
            numbering.append(parse_xml(xml))


def build(name: str, d: Draft) -> None:
    doc = docx.Document()
    setup(doc, d)
    body = doc.element.body
    for old in list(body):
        if old.tag == w("p"):
            body.remove(old)
    sect = body.find(w("sectPr"))
    for p in d.paragraphs:
        sect.addprevious(parse_xml(paragraph_xml(p, d.app)))
    out = HERE / name
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        count = len(etree.fromstring(z.read("word/document.xml")).find(w("body")).findall(w("p")))
    assert count == len(d.paragraphs), (name, count, len(d.paragraphs))


# ---------------------------------------------------------------- helpers per program

TNR, ARIAL = "Times New Roman", "Arial"


def g_field(label: str, value: str, font: str = TNR, size: int = 24, east: str | None = None) -> P:
    """A Google Docs heading field: the label a bold run, the value plain."""
    return P([R(label, font, size, b=True, east=east), R(value, font, size, east=east)], jc="left")


def g_lead(lead: str, rest: str, numpr: tuple[int, int] | None = None, font: str = TNR, size: int = 24,
           italic: bool = True, bold: bool = False, east: str | None = None,
           faults: list[Fault] | None = None) -> P:
    return P([R(lead, font, size, i=italic, b=bold, east=east), R(rest, font, size, east=east)], numpr,
             faults=faults or [])


def g_plain(text: str, numpr: tuple[int, int] | None = None, font: str = TNR, size: int = 24,
            east: str | None = None, faults: list[Fault] | None = None) -> P:
    return P([R(text, font, size, east=east)], numpr, faults=faults or [])


DRAFTS: dict[str, Draft] = {}

# ================================================================ en-01 (Google Docs, Times New Roman)
# The operative list is numId 1 (its own abstractNum, nine levels). The sub-clauses of clause 2 were pasted from a
# co-sponsor's Google Doc and came as level 1 of ANOTHER list (numId 2); the sub-clauses of clause 4 were then made
# with the format painter from those: same list, level 1, and no level-0 item of that list between them -> the
# letters go on: "d." "e.". One preambular clause pasted from a web page kept Arial (12 pt).
SUB_CONT = ('the sub-clause "{text}" is level 2 of the list of the sub-clauses under clause 2 (the same Google Docs '
            'list), so its letters run on from there: Word shows "{shown}" under clause 4, where the first letters '
            'of a new sub-clause list stand; expected «{want}» (UN-B10, MUN-F06)')
DRAFTS["en-01-gdocs-migrant-domestic-workers-sub-letters-run-on.docx"] = Draft("google", False, Numbering(
    {0: (None, google_levels()), 1: (None, google_levels())},
    {1: (0, {}), 2: (1, {})}), [
    g_field("Committee: ", "Third Committee (Social, Humanitarian and Cultural)"),
    g_field("Topic: ", "Protecting the rights of migrant domestic workers"),
    g_field("Sponsors: ", "Indonesia, Mexico, the Philippines"),
    g_field("Signatories: ", "Ecuador, Ethiopia, Nepal, Senegal, Sri Lanka, Uruguay"),
    P([R("The General Assembly,", TNR, 24, i=True)]),
    g_lead("Recalling", " the International Convention on the Protection of the Rights of All Migrant Workers and "
           "Members of Their Families of 1990,"),
    g_lead("Recalling also", " the Domestic Workers Convention, 2011 (No. 189), of the International Labour "
           "Organization,"),
    g_lead("Alarmed", " that many migrant domestic workers live in the homes of their employers and are cut off "
           "from any help when they are abused,", font=ARIAL,
           faults=[F("fonts-mixed", 'mixed fonts: the preambular clause "Alarmed that many migrant domestic workers '
                     'live in the homes of their employers …" was pasted from a web page and is in Arial, every other '
                     'paragraph of the draft in «Times New Roman» (MUN-F08)')]),
    g_lead("Noting with concern", " that the passports of domestic workers are often kept by their employers or by "
           "recruitment agencies,"),
    g_lead("Convinced", " that fair recruitment is the first step towards preventing forced labour,"),
    g_lead("Urges", " Member States that have not yet done so to ratify the Domestic Workers Convention, 2011 "
           "(No. 189);", (1, 0)),
    g_lead("Calls upon", " Member States to include domestic workers in their national labour laws, in particular "
           "with regard to:", (1, 0)),
    g_plain("a weekly day of rest of at least 24 consecutive hours;", (2, 1)),
    g_plain("limits on daily working hours and paid overtime;", (2, 1)),
    g_plain("a minimum wage that is not lower than for other workers;", (2, 1)),
    g_lead("Encourages", " Member States to ban recruitment fees charged to workers. These fees should be paid by the "
           "employers instead;", (1, 0),
           faults=[F("full-stop-inside-clause", 'a full stop inside operative clause 3, followed by more text: '
                     '"…charged to workers. These fees should be paid by the employers instead;"; one clause, one '
                     'sentence: «…charged to workers, which should be paid by the employers instead;» (UN-B09, '
                     'MUN-F05)')]),
    g_lead("Recommends", " that countries of origin and countries of destination conclude bilateral agreements "
           "that:", (1, 0)),
    g_plain("set out model employment contracts in a language the worker understands;", (2, 1),
            faults=[F("sub-clause-label", SUB_CONT.format(text="set out model employment contracts in a language the worker "
                                                     "understands;", shown="d.", want="a."))]),
    g_plain("allow workers to change employers without losing their residence permit;", (2, 1),
            faults=[F("sub-clause-label", SUB_CONT.format(text="allow workers to change employers without losing their "
                                                     "residence permit;", shown="e.", want="b."))]),
    g_lead("Requests", " the Secretary-General to report on the implementation of the present resolution to the "
           "General Assembly at its eighty-second session.", (1, 0)),
])

# ================================================================ en-02 (Google Docs, Arial 11 pt body)
# The student left Google's Arial 11 pt; two clauses pasted from a co-delegate's document are Times New Roman 12 pt.
# Sub-clauses drawn as Google's bullet list: "●" (level 1) and "○" (level 2); the clauses' own list (numId 1) has a
# correct a./i. part. The last clause was typed after pressing Enter twice and starting a NEW numbered list
# (numId 3): "1.". The organ line is plain.
BUL = ('the sub-clause "{text}" is an item of a bullet list: Word draws "{shown}" where a sub-clause letter belongs '
       '(the draft letters its other sub-clauses "a." "b."); expected «{want}» (UN-B10, MUN-F06)')
TNR_FONT = ('mixed fonts: the {what} "{text} …" was pasted from a co-delegate\'s document and is in Times New Roman, '
            'the rest of the draft in «Arial» (Google Docs\' default) (MUN-F08)')
TNR_SIZE = ('mixed font sizes: the same pasted {what} "{text} …" is 12 pt where the rest of the draft is «11 pt» '
            '(MUN-F08)')
DRAFTS["en-02-gdocs-food-loss-bullets-new-list-arial-body.docx"] = Draft("google", False, Numbering(
    {0: (None, google_levels()), 1: (None, bullet_levels()), 2: (None, google_levels())},
    {1: (0, {}), 2: (1, {}), 3: (2, {})}), [
    g_field("Committee: ", "Economic and Social Council", ARIAL, 22),
    g_field("Topic: ", "Reducing food loss in developing countries", ARIAL, 22),
    g_field("Sponsors: ", "Kenya, Peru, Viet Nam", ARIAL, 22),
    g_field("Signatories: ", "Bangladesh, Ghana, Guatemala, the Netherlands, Pakistan", ARIAL, 22),
    P([R("The Economic and Social Council,", ARIAL, 22)],
      faults=[F("emphasis", 'the organ line "The Economic and Social Council," is not italic; expected «The Economic '
                'and Social Council,» in italics (UN-B02, MUN-F01)')]),
    g_lead("Recognizing", " that around 13 per cent of the food produced in the world is lost between harvest and "
           "retail,", font=ARIAL, size=22),
    g_lead("Deeply concerned", " that food which is lost also wastes the water, land and energy used to grow it,",
           faults=[F("fonts-mixed", TNR_FONT.format(what="preambular clause", text="Deeply concerned that food which "
                                                     "is lost also wastes the water")),
                   F("sizes-mixed", TNR_SIZE.format(what="preambular clause", text="Deeply concerned that food which "
                                                     "is lost also wastes the water"))]),
    g_lead("Aware", " that smallholder farmers often lack cold storage and access to markets,", font=ARIAL, size=22),
    g_lead("Welcoming", " the work of the Food and Agriculture Organization of the United Nations on measuring food "
           "loss,", font=ARIAL, size=22),
    g_lead("Encourages", " Member States to invest in rural cold-storage facilities powered by renewable energy;",
           (1, 0), ARIAL, 22),
    g_lead("Calls upon", " regional development banks to offer affordable loans to farmers' cooperatives for:",
           (1, 0), ARIAL, 22),
    g_plain("solar-powered cold rooms;", (2, 0), ARIAL, 22,
            faults=[F("sub-clause-label", BUL.format(text="solar-powered cold rooms;", shown="●", want="a."))]),
    g_plain("better storage bags and plastic crates for transport;", (2, 0), ARIAL, 22,
            faults=[F("sub-clause-label", BUL.format(text="better storage bags and plastic crates for transport;",
                                                     shown="●", want="b."))]),
    g_lead("Invites", " the Food and Agriculture Organization of the United Nations to:", (1, 0), ARIAL, 22),
    g_plain("help Member States collect data on food loss at each stage of the supply chain;", (1, 1), ARIAL, 22),
    g_plain("share methods for reducing losses after harvest, including:", (1, 1), ARIAL, 22),
    g_plain("drying and storage techniques for grains;", (1, 2), ARIAL, 22),
    g_plain("training for farmers in the handling of fresh produce;", (1, 2), ARIAL, 22),
    g_lead("Recommends", " that Member States improve the rural roads that link farms to markets;", (1, 0),
           faults=[F("fonts-mixed", TNR_FONT.format(what="operative clause", text="Recommends that Member States "
                                                     "improve the rural roads")),
                   F("sizes-mixed", TNR_SIZE.format(what="operative clause", text="Recommends that Member States "
                                                     "improve the rural roads"))]),
    g_lead("Urges", " supermarkets and food companies to:", (1, 0), ARIAL, 22),
    g_plain("buy fruit and vegetables that do not meet cosmetic standards;", (2, 1), ARIAL, 22,
            faults=[F("sub-clause-label", BUL.format(text="buy fruit and vegetables that do not meet cosmetic "
                                                     "standards;", shown="○", want="a."))]),
    g_plain("donate unsold food that is still safe to eat to food banks;", (2, 1), ARIAL, 22,
            faults=[F("sub-clause-label", BUL.format(text="donate unsold food that is still safe to eat to food "
                                                     "banks;", shown="○", want="b."))]),
    g_lead("Requests", " the Secretary-General to include food loss in the next progress report on the Sustainable "
           "Development Goals.", (3, 0), ARIAL, 22,
           faults=[F("numbering", 'the last operative clause "Requests the Secretary-General to include food loss …" '
                     'was typed into a new numbered list and shows "1." after clause 5; expected «6.» (UN-B07, '
                     'MUN-F05)')]),
])

# ================================================================ en-03 (LibreOffice Writer)
# Lists WWNum1 (operative "%1.") and WWNum2 (sub-clauses "%1)" lowerLetter), given by the paragraph styles
# "Operative Clause" and "Sub Clause". The sub-clauses of clause 4 restart at "a)" through a second w:num (numId 3)
# on WWNum2 with a startOverride; the sub-clauses of clause 6 were given that same numId 3 (copied formatting) and go
# on: "c)" "d)". Three operative leads left upright; one clause in Liberation Sans (pasted from another file).
LIBRE_SUB = ('the sub-clause "{text}" carries the restarted list of the sub-clauses under clause 4 (w:num 3), so its '
             'letter runs on: Word shows "{shown}" as the first letters under clause 6; expected «{want}» (UN-B10, '
             'MUN-F06)')
LIBRE_UPRIGHT = ('the operative lead "{lead}" is not italic, unlike the other leads of the draft; expected «{lead}» in '
                 'italics (UN-B08, MUN-F03)')


def l_lead(lead: str, rest: str, style: str = "Preamble", italic: bool = True, font: str | None = None,
           numpr: tuple[int, int] | None = None, faults: list[Fault] | None = None) -> P:
    return P([R(lead, font, i=italic), R(rest, font)], numpr, style, faults=faults or [])


def l_plain(text: str, style: str = "SubClause", numpr: tuple[int, int] | None = None,
            faults: list[Fault] | None = None, jc: str = "both") -> P:
    return P([R(text)], numpr, style, jc, faults or [])


DRAFTS["en-03-libreoffice-river-plastics-wwnum-restart-carried-on.docx"] = Draft("libre", False, Numbering(
    {0: ("WWNum1", [Level("decimal", "%1.")] + [Level("lowerLetter", "%2.")] + [Level("lowerRoman", "%3.")] * 7),
     1: ("WWNum2", [Level("lowerLetter", "%1)")] + [Level("lowerRoman", "%2)")] * 8)},
    {1: (0, {}), 2: (1, {}), 3: (1, {0: 1})}), [
    l_plain("Committee: United Nations Environment Assembly", None, jc="left"),
    l_plain("Topic: Plastic pollution in rivers and coastal waters", None, jc="left"),
    l_plain("Sponsors: Colombia, Indonesia, Norway", None, jc="left"),
    l_plain("Signatories: Chile, Fiji, Ghana, Japan, Rwanda, Senegal", None, jc="left"),
    P([R("The United Nations Environment Assembly,", i=True)], style="Normal"),
    l_lead("Recalling", " its resolution 5/14 of 2 March 2022 entitled \u201cEnd plastic pollution: towards an "
           "international legally binding instrument\u201d,"),
    l_lead("Alarmed", " that most of the plastic that reaches the ocean is carried there by rivers,"),
    l_lead("Noting", " that plastic waste is often burned in the open where there is no waste collection,",
           font="Liberation Sans",
           faults=[F("fonts-mixed", 'mixed fonts: the preambular clause "Noting that plastic waste is often burned in '
                     'the open …" is in Liberation Sans (pasted from another file with its font), the body in «Times '
                     'New Roman» (MUN-F08)')]),
    l_lead("Recognizing", " the role of waste pickers in collecting and recycling plastic,"),
    l_lead("Encourages", " Member States to map the main sources of plastic waste along their rivers;",
           "OperativeClause"),
    l_lead("Calls upon", " Member States to improve waste collection in riverside communities by:",
           "OperativeClause"),
    l_plain("placing collection points near markets and river landings;"),
    l_plain("supporting local recycling businesses;"),
    l_lead("Invites", " the private sector to reduce single-use packaging in the products it sells;",
           "OperativeClause", italic=False,
           faults=[F("emphasis", LIBRE_UPRIGHT.format(lead="Invites"))]),
    l_lead("Recommends", " that Member States place floating barriers and litter traps:", "OperativeClause"),
    l_plain("at the mouths of the most polluted rivers;", numpr=(3, 0)),
    l_plain("in urban canals before the start of the rainy season;", numpr=(3, 0)),
    l_lead("Urges", " manufacturers to take back the packaging of their products. Deposit-return schemes have "
           "worked well in many countries;", "OperativeClause", italic=False,
           faults=[F("emphasis", LIBRE_UPRIGHT.format(lead="Urges")),
                   F("full-stop-inside-clause", 'a full stop inside operative clause 5, followed by more text: '
                     '"…the packaging of their products. Deposit-return schemes have worked well in many countries;"; '
                     'expected one sentence, e.g. «…the packaging of their products, noting that deposit-return '
                     'schemes have worked well in many countries;» (UN-B09, MUN-F05)')]),
    l_lead("Supports", " the efforts of the United Nations Environment Programme to help Member States prepare national "
           "action plans that include:",
           "OperativeClause"),
    l_plain("targets for reducing the plastic that leaks into rivers;", numpr=(3, 0),
            faults=[F("sub-clause-label", LIBRE_SUB.format(text="targets for reducing the plastic that leaks into "
                                                           "rivers;", shown="c)", want="a)"))]),
    l_plain("support for the health and safety of waste pickers;", numpr=(3, 0),
            faults=[F("sub-clause-label", LIBRE_SUB.format(text="support for the health and safety of waste "
                                                           "pickers;", shown="d)", want="b)"))]),
    l_lead("Requests", " the Executive Director to report on the implementation of the present resolution to the "
           "Environment Assembly at its seventh session.", "OperativeClause", italic=False,
           faults=[F("emphasis", LIBRE_UPRIGHT.format(lead="Requests"))]),
], {"OperativeClause": (1, 0), "SubClause": (2, 0)})

# ================================================================ en-04 (Pages, Helvetica Neue, numbers typed)
# No numbering part used: "1.<tab>" typed. No "Signatories" line. One preambular clause pasted twice; one lead
# half italic; a full stop inside clause 4; the last clause typed "5." again.
HN = "Helvetica Neue"


def pg(text: str, italic_lead: str | None = None, faults: list[Fault] | None = None, jc: str = "both") -> P:
    if italic_lead is None:
        return P([R(text, HN, 24)], style="Body", jc=jc, faults=faults or [])
    head, _, rest = text.partition(italic_lead)
    runs = ([R(head, HN, 24)] if head else []) + [R(italic_lead, HN, 24, i=True)] + ([R(rest, HN, 24)] if rest else [])
    return P(runs, style="Body", jc=jc, faults=faults or [])


DUP = ("Deeply concerned that about half of all refugee children of secondary-school age are not enrolled in "
       "school,")
DRAFTS["en-04-pages-refugee-education-typed-numbers-pasted-twice.docx"] = Draft("pages", False, None, [
    pg("Committee: Human Rights Council", jc="left",
       faults=[F("heading-field-missing", 'the heading has Committee, Topic and Sponsors but no Signatories line; '
                 'expected «Signatories: …» after "Sponsors: Canada, Jordan, Uganda" (MUN-H01)')]),
    pg("Topic: The right to education of refugee children", jc="left"),
    pg("Sponsors: Canada, Jordan, Uganda", jc="left"),
    pg("The Human Rights Council,", "The Human Rights Council,"),
    pg("Guided by the Convention on the Rights of the Child, in particular its article 28,", "Guided by"),
    pg("Recalling the Global Compact on Refugees, affirmed by the General Assembly in 2018,", "Recalling"),
    pg(DUP, "Deeply concerned"),
    pg(DUP, "Deeply concerned",
       [F("duplicate-clause", 'the preambular clause "Deeply concerned that about half of all refugee children of '
          'secondary-school age are not enrolled in school," is pasted twice, word for word; delete the second copy '
          '(UN-B01)')]),
    P([R("Noting with", HN, 24, i=True), R(" concern that refugee girls are less likely than refugee boys to attend "
                                           "secondary school,", HN, 24)], style="Body",
      faults=[F("emphasis", 'the preambular lead "Noting with concern" is italic only in part ("Noting with" italic, '
                '"concern" upright); expected «Noting with concern» all in italics (UN-B04, MUN-F02)')]),
    pg("Recognizing the efforts of host countries, many of which are themselves developing countries,",
       "Recognizing"),
    pg("1.\tCalls upon States to include refugee children in their national education systems;", "Calls upon"),
    pg("2.\tEncourages host countries to recognize school certificates issued in the countries of origin;",
       "Encourages"),
    pg("3.\tUrges donors to provide multi-year funding for education in refugee situations, including for:",
       "Urges"),
    pg("(a)\tthe salaries of teachers in host communities;"),
    pg("(b)\tlanguage classes for newly arrived children;"),
    pg("4.\tInvites the Office of the United Nations High Commissioner for Refugees to work with host countries on "
       "safe transport to school. In many camps the nearest secondary school is several kilometres away;",
       "Invites",
       [F("full-stop-inside-clause", 'a full stop inside operative clause 4, followed by more text: "…safe transport '
          'to school. In many camps the nearest secondary school is several kilometres away;"; expected one '
          'sentence, e.g. «…safe transport to school, since in many camps the nearest secondary school is several '
          'kilometres away;» (UN-B09, MUN-F05)')]),
    pg("5.\tRecommends that universities offer scholarships and online courses to refugee students;", "Recommends"),
    pg("5.\tRequests the Office of the United Nations High Commissioner for Human Rights to present a report on the "
       "right to education of refugee children to the Council at its sixty-second session.", "Requests",
       [F("numbering", 'the last operative clause "Requests the Office of the United Nations High Commissioner for '
          'Human Rights …" is typed "5." again after clause 5; expected «6.» (UN-B07, MUN-F05)')]),
])

# ================================================================ en-05 (Google Docs, clean)
DRAFTS["en-05-gdocs-clean-explosive-remnants.docx"] = Draft("google", False, Numbering(
    {0: (None, google_levels())}, {1: (0, {})}), [
    g_field("Committee: ", "First Committee (Disarmament and International Security)"),
    g_field("Topic: ", "Clearing explosive remnants of war from populated areas"),
    g_field("Sponsors: ", "Cambodia, Croatia, Lao People's Democratic Republic"),
    g_field("Signatories: ", "Angola, Austria, Colombia, Iraq, Mozambique, New Zealand"),
    P([R("The General Assembly,", TNR, 24, i=True)]),
    g_lead("Recalling", " the Convention on Cluster Munitions and the Protocol on Explosive Remnants of War to the "
           "Convention on Certain Conventional Weapons,"),
    g_lead("Deeply concerned", " that unexploded ordnance continues to kill and injure civilians, many of them "
           "children, long after the fighting has ended,"),
    g_lead("Recognizing", " that contaminated land cannot be farmed or built on,"),
    g_lead("Welcoming", " the work of the United Nations Mine Action Service,"),
    g_lead("Urges", " all States to record and share the locations of munitions used in armed conflict;", (1, 0)),
    g_lead("Encourages", " affected States to include mine action in their national development plans;", (1, 0)),
    g_lead("Calls upon", " donors to support:", (1, 0)),
    g_plain("the survey and clearance of contaminated land;", (1, 1)),
    g_plain("risk education in schools and communities;", (1, 1)),
    g_plain("assistance to survivors, including prosthetics and psychological support;", (1, 1)),
    g_lead("Requests", " the Secretary-General to submit a report on the implementation of the present resolution to "
           "the General Assembly at its eighty-second session.", (1, 0)),
])

# ================================================================ zh-06 (Google Docs, Chinese)
SIM, YAHEI = "SimSun", "Microsoft YaHei"


def z_field(label: str, value: str) -> P:
    return P([R(label, TNR, 24, b=True, east=SIM), R(value, TNR, 24, east=SIM)], jc="left")


def z_lead(lead: str, rest: str, numpr: tuple[int, int] | None = None, bold: bool = True, east: str = SIM,
           faults: list[Fault] | None = None) -> P:
    font = YAHEI if east == YAHEI else TNR
    return P([R(lead, font, 24, b=bold, east=east), R(rest, font, 24, east=east)], numpr, faults=faults or [])


def z_plain(text: str, numpr: tuple[int, int], faults: list[Fault] | None = None) -> P:
    return P([R(text, TNR, 24, east=SIM)], numpr, faults=faults or [])


ZH_BUL = '子条款"{text}"是项目符号列表中的一项，Word 显示"●"，而不是子条款字母（本草案其他子条款为"a." "b."）；应为 «{want}» (UN-B10, ZH-B04)'
DRAFTS["zh-06-gdocs-digital-finance-bullets-yahei-new-list.docx"] = Draft("google", True, Numbering(
    {0: (None, google_levels()), 1: (None, bullet_levels()), 2: (None, google_levels())},
    {1: (0, {}), 2: (1, {}), 3: (2, {})}), [
    P([R("决议草案", TNR, 32, b=True, east=SIM)], jc="center"),
    z_field("委员会：", "联合国大会第二委员会"),
    z_field("议题：", "发展中国家的数字普惠金融"),
    z_field("起草国：", "肯尼亚、孟加拉国、巴西"),
    z_field("附议国：", "埃及、菲律宾、卢旺达、秘鲁、泰国"),
    P([R("大会，", TNR, 24, b=True, east=SIM)]),
    z_lead("回顾", "其关于发展筹资的各项决议，特别是《亚的斯亚贝巴行动议程》，"),
    z_lead("注意到", "全世界仍有约14亿成年人没有银行账户，其中大多数生活在发展中国家，"),
    z_lead("认识到", "移动支付可以降低偏远地区获得金融服务的成本，", east=YAHEI,
           faults=[F("fonts-mixed", 'mixed fonts: 序言性条款"认识到移动支付可以降低偏远地区获得金融服务的成本，"从网页粘贴而来，'
                     '为微软雅黑（Microsoft YaHei），全文其余部分为 «宋体» (MUN-F08, ZPP-03)')]),
    z_lead("关切地注意到", "数字金融诈骗和个人数据泄露的风险日益增加，", bold=False,
           faults=[F("emphasis", '序言性条款引导词"关切地注意到"没有加粗，与其他引导词不一致；应为 «关切地注意到» 加粗 '
                     '(UN-B04, ZH-B02)')]),
    z_lead("鼓励", "会员国制定国家数字普惠金融战略；", (1, 0)),
    z_lead("促请", "各国中央银行为移动支付服务制定明确的监管规则，包括：", (1, 0)),
    z_plain("保护用户资金安全的规定；", (2, 0),
            [F("sub-clause-label", ZH_BUL.format(text="保护用户资金安全的规定；", want="a."))]),
    z_plain("处理用户投诉的程序；", (2, 0),
            [F("sub-clause-label", ZH_BUL.format(text="处理用户投诉的程序；", want="b."))]),
    z_lead("敦促", "各国加强对老年人和农村妇女的数字金融知识培训；", (1, 0)),
    z_lead("邀请", "世界银行和国际货币基金组织提供技术援助，帮助发展中国家：", (1, 0)),
    z_plain("建设支付系统等数字基础设施；", (1, 1)),
    z_plain("完善个人数据保护的法律框架；", (1, 1)),
    z_lead("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", (3, 0),
           faults=[F("numbering", '最后一条"请秘书长在大会第八十二届会议上报告本决议的执行情况。"被输入到一个新的编号列表中，'
                     'Word 显示为"1."；应为 «5.» (UN-B07, ZH-B03)')]),
])


def write_annotations() -> None:
    data = {}
    for name, d in DRAFTS.items():
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(d.paragraphs, 1) for f in p.faults]
        data[name] = {"faults": faults}
    header = ("# word-blind59: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md).\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def listing() -> None:
    for name, d in DRAFTS.items():
        print(name)
        for i, (p, label) in enumerate(zip(d.paragraphs, labels(d)), 1):
            text = "".join(r.text for r in p.runs).replace("\t", "\\t")
            flags = ",".join(sorted({f"{r.font or '-'}{'/' + r.east if r.east else ''}:{r.size or '-'}"
                                     + ("i" if r.i else "") + ("b" if r.b else "") for r in p.runs}))
            print(f"  {i:2} [{label:>3}] {p.style or ''} {flags} | {text[:70]}")
            for f in p.faults:
                print(f"       ! {f.kind}: {f.note[:100]}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / name)],
                       check=True, capture_output=True)
        pdf = out / (Path(name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / Path(name).stem)], check=True)


if __name__ == "__main__":
    if "--list" in sys.argv:
        listing()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        for name, d in DRAFTS.items():
            build(name, d)
        write_annotations()
