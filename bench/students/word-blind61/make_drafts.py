"""Build the drafts of the blind set word-blind61 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # each body paragraph: index, style, numPr, the label Word shows, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The set: drafts a bloc hands in after merging two or three working papers pasted into one Word file with "keep
source formatting". Each pasted block brings its own w:num (and sometimes its own w:abstractNum), with or without a
w:lvlOverride/w:startOverride; styles come from each source ("Normal" and "Normal (Web)", a custom "Clause" style
linked to the numbering, "Heading 2" on a clause); runs of a pasted part carry the source's font and size as
direct formatting; the heading block keeps both papers' fields.

The label of every numbered paragraph is computed here as Word shows it (see `word_labels`): the counters of a list
belong to its w:abstractNum, so a w:num without override continues the numbering of another w:num on the same
abstract definition; the first paragraph of a w:num whose w:lvlOverride carries a w:startOverride starts that level
at the override; a level restarts whenever a higher level of the same abstract definition is used ([MS-OI29500]
on w:lvlRestart: "Word restarts a numbering level when an instance of the specified numbering level or any higher
level is used"). Blocks of one override w:num are never interleaved with another w:num of the same abstract
definition here, so the unclear cases are not built.

python-docx gives the package (its default template); styles, numbering, theme and paragraphs are written as raw
WordprocessingML by the helpers below (written for this set; no import of drafter or of another set). Faults are
marked with F(kind, note) next to the paragraph that carries them; the paragraph number is the 1-based index of the
w:p in the body (no empty paragraphs, no tables), checked again on the saved file.
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
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# ---------------------------------------------------------------- the draft model


@dataclass
class R:
    text: str
    i: bool = False
    b: bool = False
    direct: str = ""  # further raw rPr children, e.g. the source's font and size kept on paste


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    style: str
    runs: list[R]
    num: tuple[int, int] | None = None  # a direct w:numPr (numId, ilvl)
    faults: list[Fault] = field(default_factory=list)


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class Numbering:
    # abstractNumId -> levels [(numFmt, lvlText, start)], and the style a level is linked to (w:pStyle), if any
    abstracts: dict[int, list[tuple[str, str, int]]]
    nums: dict[int, tuple[int, dict[int, int]]]  # numId -> (abstractNumId, {ilvl: startOverride})
    linked: dict[int, str] = field(default_factory=dict)  # abstractNumId -> style id linked to its level 0


@dataclass
class Draft:
    zh: bool
    numbering: Numbering
    paragraphs: list[P]
    style_num: dict[str, int] = field(default_factory=dict)  # paragraph style -> numId in its w:pPr (level 0)


def head(text: str, style: str = "Normal", faults: list[Fault] | None = None, bold: bool = False) -> P:
    return P(style, [R(text, b=bold)], None, faults or [])


def cl(lead_text: str, rest: str, num: tuple[int, int] | None = None, style: str = "Normal",
       faults: list[Fault] | None = None, zh: bool = False, direct: str = "") -> P:
    """A clause: its lead emphasised (italic in English, bold in Chinese), then the rest of the text."""
    return P(style, [R(lead_text, i=not zh, b=zh, direct=direct), R(rest, direct=direct)], num, faults or [])


def sub(text: str, num: tuple[int, int], style: str = "Normal", direct: str = "",
        faults: list[Fault] | None = None) -> P:
    return P(style, [R(text, direct=direct)], num, faults or [])


# ---------------------------------------------------------------- labels as Word shows them

def _fmt(fmt: str, n: int) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1]
    raise ValueError(fmt)


def word_labels(d: Draft) -> list[str]:
    counters: dict[int, list[int]] = {}
    seen: set[tuple[int, int]] = set()
    labels = []
    for p in d.paragraphs:
        num = p.num or ((d.style_num[p.style], 0) if p.style in d.style_num else None)
        if num is None:
            labels.append("")
            continue
        num_id, lvl = num
        aid, overrides = d.numbering.nums[num_id]
        levels = d.numbering.abstracts[aid]
        count = counters.setdefault(aid, [0] * 9)
        if lvl in overrides and (num_id, lvl) not in seen:
            count[lvl] = overrides[lvl] - 1
        elif count[lvl] == 0:
            count[lvl] = levels[lvl][2] - 1
        seen.add((num_id, lvl))
        count[lvl] += 1
        for deeper in range(lvl + 1, 9):
            count[deeper] = 0
        text = levels[lvl][1]
        for k in range(lvl + 1):
            text = text.replace(f"%{k + 1}", _fmt(levels[k][0], count[k] or 1))
        labels.append(text)
    return labels


# ---------------------------------------------------------------- styles, numbering, theme


def setup(doc: docx.Document, d: Draft) -> None:
    styles = doc.styles.element
    rpr_default = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr_default):
        rpr_default.remove(child)
    size = 21 if d.zh else 22
    for xml in (f'<w:rFonts {NSDECL} w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
                'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>',
                f'<w:sz {NSDECL} w:val="{size}"/>', f'<w:szCs {NSDECL} w:val="{size}"/>',
                f'<w:lang {NSDECL} w:val="en-US" w:eastAsia="{"zh-CN" if d.zh else "en-US"}" w:bidi="ar-SA"/>'):
        rpr_default.append(parse_xml(xml))
    fonts = ('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>'
             if d.zh else '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>')
    defs = [
        (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
         f'<w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr>'
         f'<w:rPr>{fonts}<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'),
        # Word's built-in "Normal (Web)": based on Normal, automatic spacing, Times New Roman 12 pt
        (f'<w:style {NSDECL} w:type="paragraph" w:styleId="NormalWeb"><w:name w:val="Normal (Web)"/>'
         '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
         '<w:pPr><w:spacing w:before="100" w:beforeAutospacing="1" w:after="100" w:afterAutospacing="1"/></w:pPr>'
         '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" '
         'w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'),
        # Word 2016's built-in "Heading 2": the theme's major font (Calibri Light), 13 pt, blue
        (f'<w:style {NSDECL} w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
         '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading2Char"/><w:uiPriority w:val="9"/>'
         '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/>'
         '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
         'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="2F5496" w:themeColor="accent1" '
         'w:themeShade="BF"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'),
        (f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="DraftTitle"><w:name w:val="Draft Title"/>'
         '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>'
         '<w:rPr><w:b/><w:bCs/><w:sz w:val="32"/></w:rPr></w:style>'),
    ]
    for style_id, num_id in d.style_num.items():
        # a custom clause style linked to a list: the list in its w:pPr, the style named in the list's level 0
        defs.append(f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
                    f'<w:name w:val="{style_id}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
                    f'<w:pPr><w:numPr><w:numId w:val="{num_id}"/></w:numPr><w:jc w:val="both"/></w:pPr></w:style>')
    for xml in defs:
        el = parse_xml(xml)
        sid = el.get(w("styleId"))
        for old in styles.findall(w("style")):
            if old.get(w("styleId")) == sid:
                styles.remove(old)
        styles.append(el)
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for aid, levels in d.numbering.abstracts.items():
        body = ""
        for i, (fmt, text, start) in enumerate(levels):
            link = (f'<w:pStyle w:val="{d.numbering.linked[aid]}"/>' if i == 0 and aid in d.numbering.linked else "")
            body += (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{link}'
                     f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{1440 if fmt == "lowerLetter" else 720}" '
                     f'w:hanging="{432 if fmt == "lowerLetter" else 360}"/></w:pPr></w:lvl>')
        numbering.append(parse_xml(f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}">'
                                   f'<w:multiLevelType w:val="{"multilevel" if len(levels) > 1 else "singleLevel"}"/>'
                                   f'{body}</w:abstractNum>'))
    for num_id, (aid, overrides) in d.numbering.nums.items():
        over = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                       for lvl, start in overrides.items())
        numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{over}'
                                   "</w:num>"))
    for part in doc.part.package.parts:
        if str(part.partname).startswith("/word/theme/"):
            root = etree.fromstring(part.blob)
            for scheme, latin in (("minorFont", "Calibri"), ("majorFont", "Calibri Light")):
                font = root.find(f".//{{{A_NS}}}{scheme}")
                font.find(f"{{{A_NS}}}latin").set("typeface", latin)
                font.find(f"{{{A_NS}}}ea").set("typeface", "等线" if d.zh else "")
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def paragraph_xml(p: P) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>' if p.style != "Normal" else ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    runs = ""
    for r in p.runs:
        rpr = ("<w:b/><w:bCs/>" if r.b else "") + ("<w:i/><w:iCs/>" if r.i else "") + r.direct
        runs += ("<w:r>" + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
                 + f'<w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>')
    return f"<w:p {NSDECL}>" + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + f"{runs}</w:p>"


def build(name: str, d: Draft) -> None:
    doc = docx.Document()
    setup(doc, d)
    body = doc.element.body
    for old in list(body):
        if old.tag == w("p"):
            body.remove(old)
    sect = body.find(w("sectPr"))
    for p in d.paragraphs:
        sect.addprevious(parse_xml(paragraph_xml(p)))
    out = HERE / name
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        count = len(etree.fromstring(z.read("word/document.xml")).find(w("body")).findall(w("p")))
    assert count == len(d.paragraphs), (name, count, len(d.paragraphs))


# ---------------------------------------------------------------- the drafts

DRAFTS: dict[str, Draft] = {}
TWO_LEVELS = [("decimal", "%1.", 1), ("lowerLetter", "(%2)", 1)]
ARIAL_11 = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
WUHAO = '<w:sz w:val="21"/><w:szCs w:val="21"/>'  # 五号, 10.5 pt: the size of the other working paper's Normal

# en-m01: THIMUN heading; the Philippines' paper (Normal) and Mexico's (pasted from a web editor: "Normal (Web)",
# Times New Roman 12 pt, so it looks the same). Mexico's clauses kept their own w:num on the same abstract list with
# a startOverride of 1: they restart at "1.". Both heading blocks kept: two MAIN SUBMITTER lines, a co-submitter
# listed twice (Ghana was in both papers' lists); the clause both papers had is there twice.
DRAFTS["en-m01-thimun-ga3-heat-stress-two-main-submitters-restart-duplicate.docx"] = Draft(False, Numbering(
    {0: TWO_LEVELS}, {1: (0, {}), 3: (0, {0: 1})}), [
    head("FORUM: General Assembly Third Committee (Social, Humanitarian and Cultural)"),
    head("QUESTION OF: Protecting outdoor workers from extreme heat"),
    head("MAIN SUBMITTER: Philippines"),
    head("MAIN SUBMITTER: Mexico", faults=[F("other", '"MAIN SUBMITTER: Mexico" - a second sponsor line kept from the '
                                                 'merged working paper, under "MAIN SUBMITTER: Philippines": a draft '
                                                 'has one main submitter, the other State joins the co-submitters; '
                                                 '«MAIN SUBMITTER: Philippines» and Mexico among the «CO-SUBMITTERS» '
                                                 '(MUN-H02)')]),
    head("CO-SUBMITTERS: Bangladesh, Ghana, Guatemala, Pakistan, Qatar, Ghana, Spain",
         faults=[F("other", '"Ghana" listed twice in "CO-SUBMITTERS: Bangladesh, Ghana, Guatemala, Pakistan, Qatar, '
                            'Ghana, Spain" (both papers\' lists run together); «CO-SUBMITTERS: Bangladesh, Ghana, '
                            'Guatemala, Pakistan, Qatar, Spain» (MUN-H02, MUN-S01)')]),
    P("Normal", [R("THE GENERAL ASSEMBLY,", i=True)]),
    cl("Recalling", " the Universal Declaration of Human Rights, in particular the right of everyone to just and "
       "favourable conditions of work,"),
    cl("Deeply concerned", " that heat waves are becoming longer and more frequent in every region of the world,"),
    cl("Noting with concern", " that construction, agricultural and delivery workers often cannot stop working "
       "during the hottest hours of the day,"),
    cl("Recognizing", " that heat stress causes kidney disease, accidents and deaths that are seldom recorded as "
       "work-related,", style="NormalWeb"),
    cl("Aware", " that many of these workers are migrants or informal workers without access to social protection,",
       style="NormalWeb"),
    cl("Urges", " Member States to set a maximum workplace temperature above which outdoor work must pause;", (1, 0)),
    cl("Calls upon", " employers to protect outdoor workers during heat waves by:", (1, 0)),
    sub("providing shade, drinking water and a rest break every hour;", (1, 1)),
    sub("moving heavy work to the early morning and the evening;", (1, 1)),
    cl("Encourages", " national meteorological services to send heat warnings directly to workers' mobile phones;",
       (1, 0)),
    cl("Invites", " the International Labour Organization to publish guidelines on heat stress at work written for "
       "small enterprises;", (3, 0), "NormalWeb",
       [F("numbering", 'Mexico\'s clauses were pasted with their own list, which restarts: "1. Invites the '
                       'International Labour Organization …" follows "3. Encourages national meteorological '
                       'services …"; «4. Invites», then «5.», «6.», «7.» for the clauses after it (UN-B07, MUN-F05)')]),
    cl("Recommends", " that Member States record heat-related illnesses and deaths of workers in their "
       "occupational health statistics;", (3, 0), "NormalWeb"),
    cl("Urges", " Member States to set a maximum workplace temperature above which outdoor work must pause;",
       (3, 0), "NormalWeb",
       [F("duplicate-clause", '"3. Urges Member States to set a maximum workplace temperature above which outdoor '
                              'work must pause;" - the same clause as "1. Urges Member States to set a maximum '
                              'workplace temperature …" (both papers had it); «keep it once» (MUN-F05, ZH-B06)')]),
    cl("Requests", " the Secretary-General to report on the implementation of the present resolution to the "
       "General Assembly at its eighty-second session.", (3, 0), "NormalWeb"),
])

# en-m02: UNA-USA heading; the clauses of the Pacific paper in a custom "Clause" style linked to the list (abstract 0,
# its level 0 names the style), its sub-clauses in a separate one-level lettered list (abstract 2). One preambular
# clause pasted in "Heading 2" (it was a heading in its source: Calibri Light 13 pt, blue). The EU paper's clauses
# kept their own list (abstract 1) with a startOverride of 6 (their number in the source), its last preambular
# clause came along and sits among the operative clauses, and the sub-clauses under its "Supports" clause were put
# in the Pacific paper's lettered list, which goes on: "(c)", "(d)".
DRAFTS["en-m02-unausa-ga2-fishing-gear-heading-style-jump-subclauses-continue.docx"] = Draft(False, Numbering(
    {0: [("decimal", "%1.", 1)], 1: [("decimal", "%1.", 1)], 2: [("lowerLetter", "(%1)", 1)]},
    {1: (0, {}), 2: (2, {}), 4: (1, {0: 6})}, {0: "Clause"}), [
    head("Committee: General Assembly Second Committee (Economic and Financial)"),
    head("Topic: Abandoned, lost and discarded fishing gear"),
    head("Sponsors: Fiji, Iceland, Maldives, Portugal"),
    head("Signatories: Chile, Ecuador, Japan, Mauritius, Senegal, Vanuatu"),
    P("Normal", [R("The General Assembly,", i=True)]),
    cl("Recalling", " the United Nations Convention on the Law of the Sea and the Agreement on straddling fish stocks "
       "and highly migratory fish stocks,"),
    cl("Alarmed", " that lost nets go on catching fish, turtles and marine mammals for years after they are "
       "abandoned,"),
    cl("Noting", " that fishing gear makes up a large share of the plastic found in some ocean garbage patches,",
       style="Heading2",
       faults=[F("fonts-mixed", 'mixed fonts: the preambular clause "Noting that fishing gear makes up a large share '
                                '…" is in the style "Heading 2" brought from a working paper, so it shows in the '
                                'theme\'s heading font Calibri Light (and blue) in a body of «Times New Roman» '
                                '(MUN-F08)'),
               F("sizes-mixed", 'mixed font sizes: the same clause "Noting that fishing gear makes up a large share '
                                '…" in "Heading 2" is 13 pt where the body is «12 pt» (MUN-F08)')]),
    cl("Recognizing", " that small-scale fishers can afford neither to replace lost gear nor to bring old nets back "
       "to port,"),
    cl("Welcoming", " the voluntary guidelines on the marking of fishing gear of the Food and Agriculture "
       "Organization of the United Nations,"),
    cl("Encourages", " Member States to require the marking of fishing gear so that its owner can be identified;",
       style="Clause"),
    cl("Calls upon", " port States to offer free facilities for the disposal of old fishing gear, in particular:",
       style="Clause"),
    sub("collection points in every fishing port;", (2, 0)),
    sub("recycling schemes run together with net manufacturers;", (2, 0)),
    cl("Invites", " regional fisheries management organizations to oblige vessels to report lost gear within "
       "twenty-four hours;", style="Clause"),
    cl("Noting further", " that retrieval programmes in several regions have removed hundreds of tonnes of nets from "
       "coral reefs,",
       faults=[F("other", '"Noting further that retrieval programmes in several regions have removed …," - a '
                          'preambular paragraph (participle lead, no number, ends with a comma) left among the '
                          'operative clauses, after "3. Invites"; it belongs in the preamble, before the first '
                          'operative clause (UN-B01, MUN-F04)')]),
    cl("Recommends", " that the Food and Agriculture Organization of the United Nations keep a global database of "
       "reported gear losses;", (4, 0),
       faults=[F("numbering", 'the EU paper\'s clauses kept their source numbers: "6. Recommends that the Food and '
                              'Agriculture Organization …" follows "3. Invites" (4. and 5. skipped); «4. '
                              'Recommends», then «5. Supports», «6. Requests» (UN-B07, MUN-F05)')]),
    cl("Supports", " retrieval programmes that employ local fishers, including by:", (4, 0)),
    sub("paying fishers for each tonne of gear they bring back;", (2, 0),
        faults=[F("sub-clause-label", 'the sub-clauses under "7. Supports" go on from the list under "2. Calls '
                                      'upon": "(c) paying fishers for each tonne of gear they bring back;" and '
                                      '"(d)"; «(a)», «(b)» (UN-B10, MUN-F06)')]),
    sub("training divers to remove nets from reefs safely;", (2, 0)),
    cl("Requests", " the Secretary-General to report to the General Assembly at its eighty-second session on the "
       "implementation of the present resolution.", (4, 0)),
])

# en-m03: clean. Costa Rica's paper and Finland's (pasted from a web page: "Normal (Web)", Times New Roman 12 pt as
# the body). Finland's clauses were pasted on a w:num of their own on the SAME abstract list without override: Word
# continues the numbering ("3.", "4.", "5."). The sub-clauses under clause 5 are on a second w:num of the lettered
# list with a startOverride of 1: they restart at "(a)", as they should.
DRAFTS["en-m03-unausa-hrc-sign-language-courts-clean-web-style-continued-num.docx"] = Draft(False, Numbering(
    {0: [("decimal", "%1.", 1)], 1: [("lowerLetter", "(%1)", 1)]},
    {1: (0, {}), 5: (0, {}), 6: (1, {}), 7: (1, {0: 1})}), [
    head("Committee: Human Rights Council"),
    head("Topic: Access to justice for deaf persons"),
    head("Sponsors: Costa Rica, Finland, Kenya"),
    head("Signatories: Argentina, Georgia, Malawi, Mongolia, Netherlands, Thailand"),
    P("Normal", [R("The Human Rights Council,", i=True)]),
    cl("Reaffirming", " the Convention on the Rights of Persons with Disabilities, in particular its article 13 on "
       "access to justice,"),
    cl("Recognizing", " national sign languages as full languages with a grammar of their own,"),
    cl("Concerned", " that deaf persons are questioned by the police and tried in court without a qualified "
       "interpreter,", style="NormalWeb"),
    cl("Noting", " that there are too few certified legal sign language interpreters in most countries,",
       style="NormalWeb"),
    cl("Calls upon", " States to guarantee a qualified sign language interpreter, free of charge, at every stage of "
       "criminal and civil proceedings;", (1, 0)),
    cl("Encourages", " States to train court staff and police officers in deaf awareness, including:", (1, 0)),
    sub("how to book an interpreter at short notice;", (6, 0)),
    sub("how to recognize that a deaf person has not understood a caution or a question;", (6, 0)),
    cl("Invites", " universities to create degree courses in legal sign language interpretation;", (5, 0),
       "NormalWeb"),
    cl("Recommends", " that hearings with deaf parties be video-recorded, interpretation included, so that errors "
       "can be corrected on appeal;", (5, 0), "NormalWeb"),
    cl("Requests", " the Office of the United Nations High Commissioner for Human Rights:", (5, 0), "NormalWeb"),
    sub("to collect good practices on remote interpretation in courts;", (7, 0), "NormalWeb"),
    sub("to present them to the Council in a report at its sixty-second session.", (7, 0), "NormalWeb"),
])

# en-m04: UNA-USA heading (ECOSOC); India's paper and Nigeria's. Two preambular clauses of Nigeria's paper kept its
# Arial 11 pt as direct formatting on their runs; Nigeria's operative clauses were pasted on a w:num of the same list
# with a startOverride of 3 (the number of the first of them in the source): "3." comes twice. The signatories of
# both papers were run together: Kenya listed twice.
ARIAL_FONT = ('mixed fonts: the preambular clause "{q}" was pasted from the other working paper with its font kept: '
              'Arial (direct formatting on its runs) in a body of «Times New Roman» (MUN-F08)')
ARIAL_SIZE = ('mixed font sizes: the pasted clause "{q}" is 11 pt (direct formatting) where the body is «12 pt» '
              '(MUN-F08)')
DRAFTS["en-m04-unausa-ecosoc-vaccine-cold-chain-arial-block-number-repeated.docx"] = Draft(False, Numbering(
    {0: TWO_LEVELS}, {1: (0, {}), 2: (0, {0: 3})}), [
    head("Committee: Economic and Social Council"),
    head("Topic: Keeping vaccines cold on the last mile"),
    head("Sponsors: India, Nigeria, Norway"),
    head("Signatories: Bolivia, Cambodia, Kenya, Lebanon, Peru, Kenya",
         faults=[F("other", '"Kenya" listed twice in "Signatories: Bolivia, Cambodia, Kenya, Lebanon, Peru, Kenya" '
                            '(both papers\' signatories run together); «Signatories: Bolivia, Cambodia, Kenya, '
                            'Lebanon, Peru» (MUN-H01, MUN-S01)')]),
    P("Normal", [R("The Economic and Social Council,", i=True)]),
    cl("Recalling", " the Immunization Agenda 2030 endorsed by the World Health Assembly,"),
    cl("Concerned", " that many vaccines are wasted because they are exposed to heat or to freezing before they "
       "reach the patient,"),
    cl("Noting", " that many rural health posts have no reliable supply of electricity,", direct=ARIAL_11,
       faults=[F("fonts-mixed", ARIAL_FONT.format(q="Noting that many rural health posts have no reliable supply of "
                                                    "electricity,")),
               F("sizes-mixed", ARIAL_SIZE.format(q="Noting that many rural health posts …"))]),
    cl("Welcoming", " the spread of solar direct-drive refrigerators that need no battery,", direct=ARIAL_11,
       faults=[F("fonts-mixed", ARIAL_FONT.format(q="Welcoming the spread of solar direct-drive refrigerators …")),
               F("sizes-mixed", ARIAL_SIZE.format(q="Welcoming the spread of solar direct-drive refrigerators …"))]),
    cl("Bearing in mind", " that community health workers often carry vaccines on foot or by motorcycle,"),
    cl("Encourages", " Member States to include cold-chain equipment in their national immunization budgets;",
       (1, 0)),
    cl("Calls upon", " donors and manufacturers:", (1, 0)),
    sub("to lower the price of solar refrigerators for health posts;", (1, 1)),
    sub("to supply spare parts and repair training together with every refrigerator;", (1, 1)),
    cl("Recommends", " the use of temperature monitors that record every day a vaccine spends outside the safe "
       "range;", (1, 0)),
    cl("Invites", " national regulators to approve vaccines that can be kept outside the cold chain for a limited "
       "time;", (2, 0),
       faults=[F("numbering", 'Nigeria\'s clauses were pasted on a list that starts at 3: "3. Invites national '
                              'regulators …" repeats the number of "3. Recommends the use of temperature monitors '
                              '…"; «4. Invites», then «5. Urges», «6. Requests» (UN-B07, MUN-F05)')]),
    cl("Urges", " health ministries to train community health workers in the handling of cold boxes and ice packs;",
       (2, 0)),
    cl("Requests", " the World Health Organization to report to the Council at its 2028 session on the progress made "
       "in reducing vaccine wastage.", (2, 0)),
])

# zh-m05: cn-mun heading; Mongolia's paper (宋体 12 pt in Normal) and Iran's (its Normal was 五号, 10.5 pt: kept as
# direct w:sz on the pasted runs). Both 起草国 lines kept; Iraq, a sponsor of Iran's paper, also in the merged
# 附议国 list. Iran's two clauses on a list of their own ("1.", "2."), one of them the clause both papers had; the
# last clause, back on Mongolia's list, shows "4.".
DRAFTS["zh-m05-cnmun-ga2-sand-dust-storms-two-sponsor-lines-wuhao-restart.docx"] = Draft(True, Numbering(
    {0: TWO_LEVELS, 1: [("decimal", "%1.", 1)]}, {1: (0, {}), 2: (1, {})}), [
    P("DraftTitle", [R("决议草案")]),
    head("委员会：大会第二委员会"),
    head("议题：应对沙尘暴"),
    head("起草国：蒙古国、哈萨克斯坦"),
    head("起草国：伊朗伊斯兰共和国、伊拉克",
         faults=[F("other", '"起草国：伊朗伊斯兰共和国、伊拉克" - a second sponsor line (起草国) kept from the merged '
                            'working paper under "起草国：蒙古国、哈萨克斯坦"; one field «起草国：蒙古国、哈萨克斯坦、'
                            '伊朗伊斯兰共和国、伊拉克» (ZH-H01)')]),
    head("附议国：中国、埃及、伊拉克、约旦、乌兹别克斯坦",
         faults=[F("other", '"伊拉克" listed twice: as 起草国 and again among the 附议国 in "附议国：中国、埃及、伊拉克、'
                            '约旦、乌兹别克斯坦"; «附议国：中国、埃及、约旦、乌兹别克斯坦» (MUN-S02, ZH-H01)')]),
    P("Normal", [R("大会，", b=True)]),
    cl("回顾", "其关于抗御沙尘暴的各项决议，", zh=True),
    cl("深为关切", "沙尘暴对人类健康、农业和航空安全造成的严重影响，", zh=True),
    cl("认识到", "沙尘暴的源头往往位于一国境内，而其影响跨越国界，", zh=True),
    cl("注意到", "《联合国防治荒漠化公约》秘书处编写的沙尘暴源头地图，", zh=True),
    cl("鼓励", "会员国建立沙尘暴早期预警系统，并与邻国共享预警信息；", (1, 0), zh=True),
    cl("促请", "各国在沙尘暴源头地区：", (1, 0), zh=True),
    sub("恢复植被，减少过度放牧；", (1, 1)),
    sub("合理利用地下水资源；", (1, 1)),
    cl("邀请", "世界气象组织协助发展中国家提高沙尘预报能力；", (1, 0), zh=True),
    cl("呼吁", "各区域开发银行为沙尘暴源头治理项目提供优惠资金；", (2, 0), zh=True, direct=WUHAO,
       faults=[F("numbering", '另一份工作文件的条款带着自己的列表粘贴进来，重新从1开始："1. 呼吁各区域开发银行……" 在 '
                              '"3. 邀请世界气象组织……" 之后；应为 «4. 呼吁» (UN-B07, ZH-B03)'),
               F("sizes-mixed", 'mixed font sizes: 条款"呼吁各区域开发银行为沙尘暴源头治理项目提供优惠资金；"保留了'
                                '来源文件的字号 10.5 磅（五号，直接格式 w:sz 21），全文其余部分为 «12 磅（小四）» '
                                '(MUN-F08, ZPP-03)')]),
    cl("鼓励", "会员国建立沙尘暴早期预警系统，并与邻国共享预警信息；", (2, 0), zh=True, direct=WUHAO,
       faults=[F("duplicate-clause", '"2. 鼓励会员国建立沙尘暴早期预警系统，并与邻国共享预警信息；" 与 "1. 鼓励会员国'
                                     '建立沙尘暴早期预警系统……" 完全相同（两份工作文件都有此条）；«只保留一条» '
                                     '(ZH-B06)'),
               F("sizes-mixed", 'mixed font sizes: 条款"鼓励会员国建立沙尘暴早期预警系统……"（第二次出现）为 10.5 磅'
                                '（五号，直接格式），全文其余部分为 «12 磅（小四）» (MUN-F08, ZPP-03)')]),
    cl("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", (1, 0), zh=True,
       faults=[F("numbering", '最后一条回到第一份文件的列表，显示为 "4. 请秘书长……"，紧跟在 "2. 鼓励……" 之后；'
                              '应为 «6. 请» (UN-B07, ZH-B03)')]),
])


def write_annotations() -> None:
    data = {}
    for name, d in DRAFTS.items():
        data[name] = {"faults": [{"paragraph": i, "kind": f.kind, "note": f.note}
                                 for i, p in enumerate(d.paragraphs, 1) for f in p.faults]}
    header = ("# word-blind61: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md); labels as Word\n"
              "# shows them (README.md, 'Labels as Word shows them').\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def listing() -> None:
    for name, d in DRAFTS.items():
        print(name)
        for i, (p, label) in enumerate(zip(d.paragraphs, word_labels(d)), 1):
            text = "".join(r.text for r in p.runs)
            num = p.num or ((d.style_num[p.style], 0) if p.style in d.style_num else None)
            where = f"num {num[0]} lvl {num[1]}" if num else ""
            direct = " +direct" if any(r.direct for r in p.runs) else ""
            print(f"  {i:2} {p.style:9} {where:13} {label:5} {text[:70]}{direct}")
            for f in p.faults:
                print(f"       ! {f.kind}: {f.note[:100]}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / name)],
                       check=True, capture_output=True)
        pdf = out / (Path(name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / Path(name).stem)], check=True)


# the custom "Clause" style of en-m02, linked to list 1 (abstract 0, whose level 0 names the style)
DRAFTS["en-m02-unausa-ga2-fishing-gear-heading-style-jump-subclauses-continue.docx"].style_num = {"Clause": 1}

if __name__ == "__main__":
    if "--list" in sys.argv:
        listing()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        for name, d in DRAFTS.items():
            build(name, d)
        write_annotations()
