"""Build the drafts of the blind set word-blind52 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, style, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The set is about clause numbers carried by Word's HEADING STYLES and outline numbering: Heading 1 / 2 / 3 (标题 1 /
2 / 3 in a Chinese Word, styleIds "1" "2" "3") linked to one multilevel list (w:pStyle in each w:lvl, w:numPr in each
heading style), operative clauses in Heading 2 and their sub-clauses in Heading 3, a clause style based on Heading 2
(w:basedOn) that inherits its numbering, w:outlineLvl on plain paragraphs (navigation pane without numbers), a
paragraph that cancels its style's numbering with a direct numId 0, heading lines put in Heading 1 (numbered by the
list), a table of contents (TOC field in a w:sdt docPartGallery "Table of Contents") at the top, and Heading 2 / 3
styles that are bold with the clause text un-bolded by hand.

python-docx gives the package (its default template); styles, numbering and paragraphs are written as raw
WordprocessingML by the helpers below (written for this set; nothing imported from drafter or another set). Faults
are marked with F(kind, note) next to the paragraph that carries them. Paragraph = 1-based index of the w:p in
document order among ALL w:p of the body (the table of contents' paragraphs inside the w:sdt included; no empty
paragraphs, no tables), checked again on the saved file. The label shown by --list is what Word numbers, computed
here from the styles and the list (counters per abstract list, a level restarting after any higher level, a num's
startOverride at its first use, numId 0 = no number).
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
NSDECL = f'xmlns:w="{W_NS}"'


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# ---------------------------------------------------------------- the draft model


@dataclass
class R:
    """A run: text and direct properties (i = italic, b = True/False/None: bold on / off / not set)."""
    text: str
    i: bool = False
    b: bool | None = None


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    style: str
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    numpr: tuple[int, int] | None = None  # direct w:numPr (numId, ilvl); numId 0 cancels the style's numbering
    outline: int | None = None  # direct w:outlineLvl
    jc: str | None = None
    toc: str | None = None  # bookmark name _Toc… around the paragraph (a heading the TOC points to)


@dataclass
class TocEntry:
    """A paragraph of the table of contents: style, the number Word copied, the heading text, the page."""
    style: str
    number: str | None
    text: str
    anchor: str
    first: bool = False  # holds the TOC field's begin / instruction / separate
    last: bool = False  # holds the TOC field's end


@dataclass
class Toc:
    heading: str
    heading_style: str
    entries: list[TocEntry]


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


def lead(style: str, lead_text: str, rest: str, faults: list[Fault] | None = None, b_rest: bool | None = None,
         b_lead: bool | None = None, **kw) -> P:
    return P(style, [R(lead_text, i=True, b=b_lead), R(rest, b=b_rest)], faults or [], **kw)


def plain(style: str, text: str, faults: list[Fault] | None = None, **kw) -> P:
    return P(style, [R(text)], faults or [], **kw)


# ---------------------------------------------------------------- styles and numbering


@dataclass
class Look:
    """How the student left the styles of one draft."""
    zh: bool
    heading_bold: bool = False  # Heading 2 / 3 bold (Word 2007 look kept, colour and font changed)
    ids: dict[str, str] = field(default_factory=dict)


EN_IDS = {"normal": "Normal", "h1": "Heading1", "h2": "Heading2", "h3": "Heading3", "toch": "TOCHeading",
          "toc1": "TOC1", "toc2": "TOC2", "dpf": "DefaultParagraphFont"}
# Chinese Word names its built-in styles' ids after the localised names: 正文 "a", 标题 1/2/3 "1" "2" "3", 默认段落字体
# "a0", TOC 标题 "TOC", 目录 1 / 2 "10" "20"; the w:name stays the English built-in name
ZH_IDS = {"normal": "a", "h1": "1", "h2": "2", "h3": "3", "toch": "TOC", "toc1": "10", "toc2": "20", "dpf": "a0"}


def sty(sid: str, name: str, kind: str = "paragraph", based: str | None = None, ppr: str = "", rpr: str = "",
        custom: bool = False, default: bool = False, extra: str = "") -> str:
    return (f'<w:style {NSDECL} w:type="{kind}"' + (' w:default="1"' if default else "")
            + (' w:customStyle="1"' if custom else "") + f' w:styleId="{sid}"><w:name w:val="{name}"/>'
            + (f'<w:basedOn w:val="{based}"/>' if based else "") + extra + "<w:qFormat/>"
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")


def fonts(zh: bool) -> str:
    return ('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>'
            if zh else '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>')


def abstract(aid: int, ids: dict[str, str], zh: bool) -> str:
    """Word's 'Define New Multilevel List' with levels 1-3 linked to Heading 1-3: '1.', '1.' again, '(a)'."""
    levels = [("decimal", "%1.", ids["h1"], 0, 0), ("decimal", "%2.", ids["h2"], 720, 360),
              ("lowerLetter", "(%3)", ids["h3"], 1440, 432)]
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:pStyle w:val="{ps}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>'
        f"</w:lvl>" for i, (fmt, text, ps, left, hang) in enumerate(levels))
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:nsid w:val="5A1C0E{aid:02d}"/>'
            f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>{body}</w:abstractNum>')


def setup(doc: docx.Document, look: Look) -> None:
    zh, ids = look.zh, look.ids
    styles = doc.styles.element
    rpr_default = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr_default):
        rpr_default.remove(child)
    for xml in (f'<w:rFonts {NSDECL} w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman" '
                'w:cs="Times New Roman"/>', f'<w:sz {NSDECL} w:val="24"/>', f'<w:szCs {NSDECL} w:val="24"/>',
                f'<w:lang {NSDECL} w:val="en-US" w:eastAsia="{"zh-CN" if zh else "en-US"}" w:bidi="ar-SA"/>'):
        rpr_default.append(parse_xml(xml))
    body_rpr = fonts(zh) + '<w:sz w:val="24"/><w:szCs w:val="24"/>'
    bold = "<w:b/><w:bCs/>" if look.heading_bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'
    heading_ppr = '<w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="120"/><w:jc w:val="both"/>'
    defs = [
        sty(ids["normal"], "Normal", default=True, ppr='<w:spacing w:after="120" w:line="240" w:lineRule="auto"/>',
            rpr=body_rpr),
        sty(ids["dpf"], "Default Paragraph Font", kind="character", default=True,
            extra='<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>'),
        # Heading 1: the student made it the title's look (centred, bold, 14 pt; 小二 in Chinese)
        sty(ids["h1"], "heading 1", based=ids["normal"], extra=f'<w:next w:val="{ids["normal"]}"/>',
            ppr='<w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" '
                'w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>',
            rpr=fonts(zh) + '<w:b/><w:bCs/><w:color w:val="000000"/><w:kern w:val="44"/>'
                + ('<w:sz w:val="36"/><w:szCs w:val="36"/>' if zh else '<w:sz w:val="28"/><w:szCs w:val="28"/>')),
        sty(ids["h2"], "heading 2", based=ids["normal"], extra=f'<w:next w:val="{ids["normal"]}"/>',
            ppr=heading_ppr.replace("<w:spacing", '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
                                    "<w:spacing", 1) + '<w:outlineLvl w:val="1"/>',
            rpr=fonts(zh) + bold + '<w:color w:val="000000"/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
        sty(ids["h3"], "heading 3", based=ids["normal"], extra=f'<w:next w:val="{ids["normal"]}"/>',
            ppr=heading_ppr.replace("<w:spacing", '<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>'
                                    "<w:spacing", 1) + '<w:outlineLvl w:val="2"/>',
            rpr=fonts(zh) + bold + '<w:color w:val="000000"/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
        # Word's own "TOC Heading": based on Heading 1, numbering cancelled in the style by numId 0, outline level 9
        sty(ids["toch"], "TOC Heading", based=ids["h1"], extra=f'<w:next w:val="{ids["normal"]}"/>',
            ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr><w:outlineLvl w:val="9"/>'),
        sty(ids["toc1"], "toc 1", based=ids["normal"], extra=f'<w:next w:val="{ids["normal"]}"/>',
            ppr='<w:spacing w:after="100"/>'),
        sty(ids["toc2"], "toc 2", based=ids["normal"], extra=f'<w:next w:val="{ids["normal"]}"/>',
            ppr='<w:spacing w:after="100"/><w:ind w:left="240"/>'),
    ]
    if zh:
        # the delegation's clause style, based on 标题 2: it names no numbering of its own and inherits 标题 2's
        defs.append(sty("a5", "行动条款", based=ids["h2"], custom=True, extra='<w:next w:val="a5"/>',
                        ppr='<w:spacing w:after="120"/>'))
    keep = {"TableNormal", "NoList", "Hyperlink"}
    for old in list(styles.findall(w("style"))):
        if old.get(w("styleId")) not in keep:
            styles.remove(old)
    for xml in defs:
        styles.append(parse_xml(xml))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    numbering.append(parse_xml(abstract(0, ids, zh)))
    numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="1"><w:abstractNumId w:val="0"/></w:num>'))
    # numId 2: Word's "Restart at 1" (重新开始于 1) on a clause: the same list, level 2 (ilvl 1) started again
    numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="2"><w:abstractNumId w:val="0"/>'
                               '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    settings = doc.settings.element
    for old in settings.findall(w("themeFontLang")):
        settings.remove(old)
    settings.append(parse_xml(f'<w:themeFontLang {NSDECL} w:val="en-US" w:eastAsia="{"zh-CN" if zh else "en-US"}"/>'))


# ---------------------------------------------------------------- paragraphs and the table of contents

_bm = iter(range(100, 10**6))


def run_xml(r: R) -> str:
    rpr = ("<w:i/><w:iCs/>" if r.i else "") + ("" if r.b is None else ("<w:b/><w:bCs/>" if r.b else
                                                                       '<w:b w:val="0"/><w:bCs w:val="0"/>'))
    return ("<w:r>" + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
            + f'<w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>')


def paragraph_xml(p: P) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>'
    if p.numpr:
        ppr += f'<w:numPr><w:ilvl w:val="{p.numpr[1]}"/><w:numId w:val="{p.numpr[0]}"/></w:numPr>'
    if p.jc:
        ppr += f'<w:jc w:val="{p.jc}"/>'
    if p.outline is not None:
        ppr += f'<w:outlineLvl w:val="{p.outline}"/>'
    runs = "".join(run_xml(r) for r in p.runs)
    if p.toc:
        n = next(_bm)
        runs = f'<w:bookmarkStart w:id="{n}" w:name="{p.toc}"/>{runs}<w:bookmarkEnd w:id="{n}"/>'
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def toc_xml(toc: Toc) -> str:
    np = '<w:rPr><w:noProof/></w:rPr>'
    paras = [f'<w:p><w:pPr><w:pStyle w:val="{toc.heading_style}"/></w:pPr><w:r><w:t>{escape(toc.heading)}</w:t>'
             "</w:r></w:p>"]
    for e in toc.entries:
        field_start = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o '
                       '"1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                       if e.first else "")
        number = (f'<w:r>{np}<w:t>{escape(e.number)}</w:t></w:r><w:r>{np}<w:tab/></w:r>' if e.number else "")
        link = (f'<w:hyperlink w:anchor="{e.anchor}" w:history="1">{number}'
                f'<w:r>{np}<w:t xml:space="preserve">{escape(e.text)}</w:t></w:r>'
                f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>'
                f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF {e.anchor} '
                f'\\h </w:instrText></w:r>'
                f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>1</w:t></w:r>'
                f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>')
        end = '<w:r><w:rPr><w:noProof/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>' if e.last else ""
        tabs = ('<w:tabs>' + ('<w:tab w:val="left" w:pos="720"/>' if e.number else "")
                + '<w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>')
        paras.append(f'<w:p><w:pPr><w:pStyle w:val="{e.style}"/>{tabs}<w:rPr><w:noProof/></w:rPr></w:pPr>'
                     f"{field_start}{link}{end}</w:p>")
    return (f'<w:sdt {NSDECL}><w:sdtPr><w:id w:val="-1184977416"/><w:docPartObj>'
            '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr/>'
            f'<w:sdtContent>{"".join(paras)}</w:sdtContent></w:sdt>')


# ---------------------------------------------------------------- what Word numbers (for --list and the checks)

NUM_STYLES = {  # style id -> (numId, ilvl) as the style chain gives it; 'a5' inherits 标题 2's
    "Heading1": (1, 0), "Heading2": (1, 1), "Heading3": (1, 2), "1": (1, 0), "2": (1, 1), "3": (1, 2),
    "a5": (1, 1), "TOCHeading": (0, 0), "TOC": (0, 0)}
FORMATS = [("decimal", "%1."), ("decimal", "%2."), ("lowerLetter", "(%3)")]


def labels(items: list[P | Toc]) -> list[str]:
    counters = [0, 0, 0]
    used_nums: set[int] = set()
    out: list[str] = []
    for item in items:
        if isinstance(item, Toc):
            out += [""] * (1 + len(item.entries))
            continue
        num = item.numpr or NUM_STYLES.get(item.style)
        if not num or num[0] == 0:
            out.append("")
            continue
        num_id, lvl = num
        if num_id == 2 and num_id not in used_nums:
            counters[1] = 0  # startOverride 1 at the num's first use
        used_nums.add(num_id)
        counters[lvl] += 1
        for deeper in range(lvl + 1, 3):
            counters[deeper] = 0
        fmt, text = FORMATS[lvl]
        value = counters[lvl]
        shown = str(value) if fmt == "decimal" else "abcdefghijklmnopqrstuvwxyz"[value - 1]
        out.append(re.sub(r"%\d", shown, text))
    return out


# ---------------------------------------------------------------- build


def build(name: str, look: Look, items: list[P | Toc]) -> None:
    doc = docx.Document()
    setup(doc, look)
    body = doc.element.body
    for old in list(body):
        if old.tag in (w("p"), w("tbl"), w("sdt")):
            body.remove(old)
    sect = body.find(w("sectPr"))
    for item in items:
        sect.addprevious(parse_xml(toc_xml(item) if isinstance(item, Toc) else paragraph_xml(item)))
    out = HERE / name
    doc.save(str(out))
    expected = sum(1 + len(i.entries) if isinstance(i, Toc) else 1 for i in items)
    with zipfile.ZipFile(out) as z:
        ps = list(etree.fromstring(z.read("word/document.xml")).find(w("body")).iter(w("p")))
    assert len(ps) == expected, (name, len(ps), expected)
    for number, (p, label) in enumerate(zip(flat(items), flat_labels(items)), 1):
        if isinstance(p, P):
            shown = label + " " + "".join(r.text for r in p.runs)
            for f in p.faults:
                for quote in re.findall(r'"([^"]+)"', f.note):
                    assert quote.rstrip("…").strip() in shown or quote in ("w:numPr", "w:b"), (name, number, quote)


def flat(items: list[P | Toc]) -> list[P | TocEntry | str]:
    out: list[P | TocEntry | str] = []
    for item in items:
        if isinstance(item, Toc):
            out.append(item.heading)
            out += item.entries
        else:
            out.append(item)
    return out


def flat_labels(items: list[P | Toc]) -> list[str]:
    return labels(items)


# ---------------------------------------------------------------- the drafts

EN = Look(zh=False, ids=EN_IDS)
EN_BOLD = Look(zh=False, heading_bold=True, ids=EN_IDS)
ZH = Look(zh=True, ids=ZH_IDS)
DRAFTS: dict[str, tuple[Look, list[P | Toc]]] = {}

# en-h01: clean. The title in Heading 1 with a direct numId 0 (no number); heading fields and the preamble in Normal;
# operative clauses in Heading 2 (list level 2, "%2."), sub-clauses in Heading 3 ("(%3)"); leads italic (direct).
H2, H3 = "Heading2", "Heading3"
DRAFTS["en-h01-clean-river-fish-heading2-clauses-heading3-subs-title-numid0.docx"] = (EN, [
    plain("Heading1", "Draft Resolution 2/3", numpr=(0, 0)),
    plain("Normal", "Committee: Second Committee (Economic and Financial)"),
    plain("Normal", "Topic: Restoring river connectivity for migratory freshwater fish"),
    plain("Normal", "Sponsors: Bangladesh, Brazil, Netherlands, Portugal"),
    plain("Normal", "Signatories: Cambodia, Chile, Ghana, Lao People's Democratic Republic, Norway, Peru"),
    P("Normal", [R("The General Assembly,", i=True)]),
    lead("Normal", "Recalling", " the Convention on the Conservation of Migratory Species of Wild Animals and the "
         "decisions of its Conference of the Parties on freshwater species,"),
    lead("Normal", "Alarmed", " that populations of migratory freshwater fish have fallen by more than three quarters "
         "since 1970,"),
    lead("Normal", "Recognizing", " that millions of people in river basins depend on these fish for food and income,"),
    lead("Normal", "Noting", " that most rivers of the world are fragmented by dams, weirs and culverts, many of which "
         "no longer serve any purpose,"),
    lead("Normal", "Aware", " that fish passes and the removal of obsolete barriers can reopen migration routes within a "
         "few years,"),
    lead("Normal", "Bearing in mind", " the Kunming-Montreal Global Biodiversity Framework and its target on the "
         "restoration of degraded inland water ecosystems,"),
    lead(H2, "Encourages", " Member States to draw up national inventories of river barriers, including those that are "
         "abandoned or obsolete;"),
    lead(H2, "Calls upon", " Member States that share river basins to cooperate in:"),
    plain(H3, "the exchange of data on fish migration across borders;"),
    plain(H3, "the joint planning of fish passes on transboundary rivers;"),
    plain(H3, "the restoration of spawning grounds below existing dams;"),
    lead(H2, "Invites", " the Food and Agriculture Organization of the United Nations to publish technical guidance on "
         "low-cost fish passes for small barriers;"),
    lead(H2, "Urges", " international financial institutions to take river connectivity into account when they "
         "finance new hydropower projects;"),
    lead(H2, "Requests", " the Secretary-General to report to the General Assembly at its eighty-second session on the "
         "implementation of the present resolution."),
])

# en-h02: a table of contents at the top (TOC \o "1-2", in Word's "Table of Contents" content control), the title
# and the committee line in Heading 1 and therefore numbered "1." "2." by the list; clause 4 typed in Normal with a
# typed "4. " (no list), so the next Heading 2 clause shows "4." again and the last "5.".
E2_C1 = "Urges Member States to include assistive products in their national health benefit packages;"
E2_C2 = "Calls upon Member States to train health and community workers in:"
E2_C3 = "Encourages manufacturers and donors to pool their procurement of assistive products so as to lower prices;"
E2_C5 = ("Invites the World Health Organization to support Member States in drawing up lists of priority assistive "
         "products;")
E2_C6 = ("Requests the Secretary-General to report on the implementation of the present resolution to the General "
         "Assembly at its eighty-second session.")
DRAFTS["en-h02-assistive-technology-toc-title-committee-heading1-numbered-typed-clause-in-normal.docx"] = (EN, [
    Toc("Contents", "TOCHeading", [
        TocEntry("TOC1", "1.", "Draft Resolution 3/1", "_Toc1935001", first=True),
        TocEntry("TOC1", "2.", "Committee: Third Committee (Social, Humanitarian and Cultural)", "_Toc1935002"),
        TocEntry("TOC2", "1.", E2_C1, "_Toc1935003"),
        TocEntry("TOC2", "2.", E2_C2, "_Toc1935004"),
        TocEntry("TOC2", "3.", E2_C3, "_Toc1935005"),
        TocEntry("TOC2", "4.", E2_C5, "_Toc1935006"),
        TocEntry("TOC2", "5.", E2_C6, "_Toc1935007", last=True),
    ]),
    plain("Heading1", "Draft Resolution 3/1", toc="_Toc1935001", faults=[F(
        "numbering", 'the title "Draft Resolution 3/1" is in Heading 1, which the multilevel list numbers: the page shows '
        '"1. Draft Resolution 3/1"; a heading line carries no clause number, «Draft Resolution 3/1» (MUN-H01, UN-B07)')]),
    plain("Heading1", "Committee: Third Committee (Social, Humanitarian and Cultural)", toc="_Toc1935002", faults=[F(
        "numbering", 'the committee line "Committee: Third Committee" is in Heading 1 too and shows "2." before it; '
        '«Committee: Third Committee (Social, Humanitarian and Cultural)» without a number (MUN-H01, UN-B07)')]),
    plain("Normal", "Topic: Access to assistive technology for persons with disabilities"),
    plain("Normal", "Sponsors: Ireland, Kenya, Malaysia"),
    plain("Normal", "Signatories: Argentina, Ecuador, Jordan, Mongolia, Senegal, Sweden"),
    P("Normal", [R("The General Assembly,", i=True)]),
    lead("Normal", "Recalling", " the Convention on the Rights of Persons with Disabilities, in particular its article 20 "
         "on personal mobility,"),
    lead("Normal", "Noting with concern", " that only one in ten people who need assistive products such as "
         "wheelchairs, hearing aids or glasses has access to them,"),
    lead("Normal", "Recognizing", " that assistive technology enables persons with disabilities to go to school, to work "
         "and to take part in public life,"),
    lead("Normal", "Aware", " that assistive products often cost several times more in low-income countries than in "
         "high-income ones;", faults=[F("preambular-end-mark", 'preambular clause ends with ";" ("than in high-income '
                                        'ones;") instead of «,» (UN-B05, MUN-F04)')]),
    lead("Normal", "Welcoming", " the Global Report on Assistive Technology published by the World Health Organization "
         "and the United Nations Children's Fund in 2022,"),
    lead("Normal", "Convinced", " that trained personnel close to where people live are needed to fit, repair and "
         "maintain assistive products,"),
    lead(H2, "Urges", E2_C1[len("Urges"):], toc="_Toc1935003"),
    lead(H2, "Calls upon", E2_C2[len("Calls upon"):], toc="_Toc1935004"),
    plain(H3, "the fitting and repair of wheelchairs and prostheses;"),
    plain(H3, "the screening of hearing and vision in schools;"),
    lead(H2, "Encourages", E2_C3[len("Encourages"):], toc="_Toc1935005"),
    P("Normal", [R("4. "), R("Recommends", i=True), R(" that national statistical offices collect data on the unmet "
                                                        "need for assistive technology;")]),
    lead(H2, "Invites", E2_C5[len("Invites"):], toc="_Toc1935006", faults=[F(
        "numbering", 'clause 5 shows "4." a second time: clause 4 above sits in Normal with a typed "4. ", which the '
        'Heading 2 list does not count; «5. Invites» (UN-B07)')]),
    lead(H2, "Requests", E2_C6[len("Requests"):], toc="_Toc1935007", faults=[F(
        "numbering", 'the last clause shows "5." for the same reason; «6. Requests» (UN-B07)')]),
])

# en-h03: navigation-pane draft. The title, the organ line (outline level 1) and every preambular clause (outline
# level 2) are plain Normal paragraphs with a direct w:outlineLvl, so they show in the navigation pane without a
# number. Heading 2 / 3 kept Word 2007's bold (colour and font changed): the student un-bolded each clause's text by
# hand (direct w:b w:val="0"), leaving the leads bold and italic; one clause was not un-bolded, and the last
# sub-clause was given Heading 2.
B0 = False
DRAFTS["en-h03-dark-skies-outline-levels-bold-heading-styles-sub-clause-in-heading2.docx"] = (EN_BOLD, [
    P("Normal", [R("Draft Resolution SPECPOL/1.2", b=True)], jc="center", outline=0),
    plain("Normal", "Committee: Special Political and Decolonization Committee (Fourth Committee)"),
    plain("Normal", "Topic: Protecting dark and quiet skies from large satellite constellations"),
    plain("Normal", "Sponsors: Chile, Italy, South Africa"),
    plain("Normal", "Signatories: Australia, Japan, Namibia, Spain, Uruguay"),
    P("Normal", [R("The General Assembly,", i=True)], outline=0),
    lead("Normal", "Recalling", " the Treaty on Principles Governing the Activities of States in the Exploration and Use "
         "of Outer Space, including the Moon and Other Celestial Bodies,", outline=1),
    lead("Normal", "Noting", " that the number of active satellites in low Earth orbit has grown more than fivefold "
         "since 2019,", outline=1),
    lead("Normal", "Deeply Concerned", " that sunlight reflected by satellites and their radio emissions disturb "
         "astronomical observation from the ground,", outline=1, faults=[F(
             "capital-after-lead", '"Deeply Concerned" - capitalised word inside the lead phrase; «Deeply concerned» '
             '(UN-B03, MUN-F04)')]),
    lead("Normal", "Recognizing", " the work of the Committee on the Peaceful Uses of Outer Space on dark and quiet "
         "skies,", outline=1),
    lead("Normal", "Aware", " that observatories in Chile, South Africa and Australia host a large share of the world's "
         "research telescopes,", outline=1),
    lead("Normal", "Bearing in mind", " that the night sky is part of the cultural heritage of many peoples,",
         outline=1),
    lead("Normal", "Convinced", " that operators and astronomers can find solutions together when data are shared "
         "early,", outline=1),
    lead(H2, "Encourages", " satellite operators to lower the brightness of their satellites through design and "
         "orientation;", b_rest=B0),
    lead(H2, "Invites", " Member States that license satellite constellations to ask operators for an assessment of "
         "their effect on astronomy;", b_rest=B0),
    lead(H2, "Calls upon", " operators to share with observatories:", b_rest=B0),
    P(H3, [R("the precise positions of their satellites in good time;", b=B0)]),
    P(H3, [R("the planned frequencies of their radio transmissions;", b=B0)]),
    lead(H2, "Recommends", " that radio-quiet zones around major observatories be respected in the planning of new "
         "constellations;", faults=[F(
             "emphasis", 'the whole of clause 4 is bold ("that radio-quiet zones around major observatories be '
             'respected…"): its text keeps the bold of the Heading 2 style, which the student removed by hand in the '
             'other clauses; only the lead is set off, «Recommends» in italics and the rest in plain type (UN-B08, '
             'UN-B17)')]),
    lead(H2, "Requests", " the Committee on the Peaceful Uses of Outer Space to:", b_rest=B0),
    P(H3, [R("continue its consultations with industry and the astronomical community;", b=B0)]),
    P(H2, [R("report to the General Assembly at its eighty-second session on the progress made.", b=B0)], faults=[F(
        "sub-clause-label", 'the second sub-clause of clause 5 was given Heading 2, so Word numbers it as an operative '
        'clause: "6. report to the General Assembly"; «(b) report to the General Assembly …» (UN-B10, MUN-F06)')]),
])

# zh-h04: Chinese Word (styleIds "a", "1", "2", "3"). The title 决议草案 in 标题 1 with a direct numId 0 (no number);
# the operative clauses in the delegation's style "行动条款" (a5), based on 标题 2, which inherits 标题 2's numbering;
# sub-clauses in 标题 3; clause 5 pasted as plain text into 正文 (no number), so the last clause shows "5.".
A5, Z3 = "a5", "3"
DRAFTS["zh-h04-urban-heat-clause-style-based-on-heading2-clause-in-normal-unnumbered.docx"] = (ZH, [
    plain("1", "决议草案", numpr=(0, 0)),
    plain("a", "委员会：大会第二委员会（经济和金融委员会）"),
    plain("a", "议题：城市极端高温的适应与早期预警"),
    plain("a", "起草国：摩洛哥、西班牙、印度"),
    plain("a", "附议国：巴基斯坦、菲律宾、孟加拉国、墨西哥、希腊"),
    P("a", [R("大会，", b=True)]),
    P("a", [R("回顾", b=True), R("其关于为人类今世后代保护全球气候的各项决议，")]),
    P("a", [R("关切地注意到", b=True), R("热浪造成的死亡人数在过去二十年中明显上升，老年人、户外劳动者和低收入城市居民受影响最大，")]),
    P("a", [R("认识到", b=True), R("城市热岛效应使城区气温比周边农村地区高出数摄氏度，")]),
    P("a", [R("欢迎", b=True), R("世界气象组织提出的“全民早期预警”倡议。")], [F(
        "preambular-end-mark", '序言性条款以"。"结尾（"全民早期预警”倡议。"），应为 «，» (UN-B05, ZH-B02)')]),
    P("a", [R("意识到", b=True), R("早期预警与公共卫生措施相结合，可以有效减少与高温有关的死亡，")]),
    P("a", [R("深信", b=True), R("城市规划、绿地建设和建筑设计在应对极端高温方面可以发挥重要作用，")]),
    P(A5, [R("鼓励", b=True), R("各会员国建立覆盖城市地区的高温健康预警系统；")]),
    P(A5, [R("促请", b=True), R("各会员国在城市规划中：")]),
    plain(Z3, "增加树木、绿地和水体的面积；"),
    plain(Z3, "推广浅色屋顶和有利于通风的街道布局；"),
    P(A5, [R("建议", b=True), R("世界卫生组织与世界气象组织合作，编写关于高温健康行动计划的技术指南；")]),
    P(A5, [R("邀请", b=True), R("各城市之间交流应对极端高温的经验和做法；")]),
    P("a", [R("呼吁", b=True), R("国际金融机构为发展中国家的城市降温项目提供资金和技术支持；")], [F(
        "numbering", '第5条以纯文本粘贴在正文（Normal）样式中，没有编号（"呼吁国际金融机构……"前无数字）；应为 «5. 呼吁» (UN-B07, ZH-B03)')]),
    P(A5, [R("请", b=True), R("秘书长在大会第八十二届会议上报告本决议的执行情况。")], [F(
        "numbering", '最后一条显示为"5."，因为上一条不在编号列表中；应为 «6. 请秘书长» (UN-B07, ZH-B03)')]),
])

# zh-h05: the title, the organ line and the preamble are 正文 paragraphs with a direct w:outlineLvl (navigation pane);
# clauses in 标题 2, sub-clauses in 标题 3; on clause 4 the student chose 重新开始于 1 (Restart at 1): Word put the
# clause and the two after it on numId 2 (the same list with a startOverride), so they show "1." "2." "3.".
Z2 = "2"
DRAFTS["zh-h05-desert-locust-outline-levels-heading2-list-restarted-at-clause-4.docx"] = (ZH, [
    P("a", [R("决议草案", b=True)], jc="center", outline=0),
    plain("a", "委员会：大会第二委员会（经济和金融委员会）"),
    plain("a", "议题：沙漠蝗灾的跨境监测与防治"),
    plain("a", "起草国：埃塞俄比亚、肯尼亚、也门"),
    plain("a", "附议国：巴基斯坦、厄立特里亚、吉布提、苏丹、索马里"),
    P("a", [R("大会，", b=True)], outline=0),
    P("a", [R("回顾", b=True), R("联合国粮食及农业组织沙漠蝗虫控制委员会的工作，")], outline=1),
    P("a", [R("严重关切", b=True), R("2019年至2021年间东非和西亚的沙漠蝗灾毁坏了大片农田和牧场，")], outline=1),
    P("a", [R("注意到", b=True), R("蝗群一天之内可以飞行一百多公里，不受国界限制，")], outline=1),
    P("a", [R("认识到", b=True), R("及早发现蝗虫繁殖地并及时采取行动，比蝗灾暴发后大规模防治的成本更低，")], outline=1),
    P("a", [R("意识到", b=True), R("冲突地区的监测人员难以进入蝗虫繁殖地，")], outline=1),
    P("a", [R("强调", b=True), R("在防治中减少化学农药对人体健康和环境的危害，")], outline=1),
    P(Z2, [R("鼓励", b=True), R("受影响国家加强国家蝗虫防治机构的能力；")]),
    P(Z2, [R("促请", b=True), R("各会员国与粮农组织合作：")]),
    plain(Z3, "共享卫星遥感和实地调查的数据；"),
    plain(Z3, "建立区域蝗虫预警网络；"),
    P(Z2, [R("呼吁", b=True), R("捐助方为沙漠蝗虫防治提供可预测的长期资金；")]),
    P(Z2, [R("邀请", b=True), R("研究机构开发生物农药和其他对环境无害的防治方法；")], [F(
        "numbering", '第4条的编号重新从1开始，显示为"1. 邀请"；行动性条款应连续编号，«4. 邀请» (UN-B07, ZH-B03)')],
      numpr=(2, 1)),
    P(Z2, [R("支持", b=True), R("在冲突地区与人道主义机构合作开展监测工作；")], [F(
        "numbering", '随之显示为"2. 支持"；应为 «5. 支持» (UN-B07, ZH-B03)')], numpr=(2, 1)),
    P(Z2, [R("请", b=True), R("秘书长在大会第八十二届会议上报告本决议的执行情况。")], [F(
        "numbering", '最后一条显示为"3. 请秘书长"；应为 «6. 请秘书长» (UN-B07, ZH-B03)')], numpr=(2, 1)),
])

# zh-h06: clean, with a table of contents (目录) at the top: the title 决议草案 in 标题 1 with numId 0 (listed without
# a number), the clauses in 标题 2, sub-clauses in 标题 3; the TOC heading in Word's "TOC Heading" (based on 标题 1,
# numbering cancelled in the style).
Z6 = ["鼓励山区国家编制高风险冰川湖清单并定期更新；", "促请各会员国在冰川湖下游地区：",
      "邀请国际合作伙伴与山区国家分享遥感数据和工程经验；", "呼吁国际金融机构为降低冰川湖水位的工程提供优惠资金；",
      "请秘书长在大会第八十二届会议上报告本决议的执行情况。"]
Z6_LEADS = ["鼓励", "促请", "邀请", "呼吁", "请"]
DRAFTS["zh-h06-clean-glacial-lakes-toc-title-heading1-numid0-heading2-clauses.docx"] = (ZH, [
    Toc("目录", "TOC", [TocEntry("10", None, "决议草案", "_Toc2046001", first=True)]
        + [TocEntry("20", f"{k}.", text, f"_Toc204600{k + 1}", last=k == 5) for k, text in enumerate(Z6, 1)]),
    plain("1", "决议草案", numpr=(0, 0), toc="_Toc2046001"),
    plain("a", "委员会：大会第二委员会（经济和金融委员会）"),
    plain("a", "议题：高山地区冰川湖溃决洪水的风险与应对"),
    plain("a", "起草国：秘鲁、不丹、尼泊尔"),
    plain("a", "附议国：巴基斯坦、吉尔吉斯斯坦、瑞士、塔吉克斯坦、智利"),
    P("a", [R("大会，", b=True)]),
    P("a", [R("回顾", b=True), R("其关于山区可持续发展的各项决议，")]),
    P("a", [R("关切地注意到", b=True), R("随着气温上升，高山冰川加速消融，冰川湖的数量和面积不断增加，")]),
    P("a", [R("认识到", b=True), R("冰川湖溃决洪水可在几小时内摧毁下游的村庄、道路和水电设施，")]),
    P("a", [R("意识到", b=True), R("许多高风险冰川湖位于偏远地区，缺乏持续监测，")]),
    P("a", [R("欢迎", b=True), R("一些山区国家在降低冰川湖水位和建立社区预警系统方面取得的进展，")]),
    P(Z2, [R(Z6_LEADS[0], b=True), R(Z6[0][len(Z6_LEADS[0]):])], toc="_Toc2046002"),
    P(Z2, [R(Z6_LEADS[1], b=True), R(Z6[1][len(Z6_LEADS[1]):])], toc="_Toc2046003"),
    plain(Z3, "安装自动水位监测和警报设备；"),
    plain(Z3, "定期组织社区疏散演练；"),
    P(Z2, [R(Z6_LEADS[2], b=True), R(Z6[2][len(Z6_LEADS[2]):])], toc="_Toc2046004"),
    P(Z2, [R(Z6_LEADS[3], b=True), R(Z6[3][len(Z6_LEADS[3]):])], toc="_Toc2046005"),
    P(Z2, [R(Z6_LEADS[4], b=True), R(Z6[4][len(Z6_LEADS[4]):])], toc="_Toc2046006"),
])


# ---------------------------------------------------------------- annotations, listing, rendering


def write_annotations() -> None:
    data = {}
    for name, (_look, items) in DRAFTS.items():
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(flat(items), 1) if isinstance(p, P) for f in p.faults]
        data[name] = {"faults": faults}
    header = ("# word-blind52: faults per body paragraph (1-based index of the w:p in document order, the table of\n"
              "# contents' paragraphs included), written by make_drafts.py before any run of drafter on these drafts.\n"
              "# Judged by /work/shared/FORMAT.md as Word shows the page (see README.md).\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def listing() -> None:
    for name, (_look, items) in DRAFTS.items():
        print(f"== {name}")
        for i, (p, label) in enumerate(zip(flat(items), labels(items)), 1):
            if isinstance(p, str):
                print(f"{i:3} [TOC heading] {p}")
            elif isinstance(p, TocEntry):
                print(f"{i:3} [{p.style}] {p.number or ''}\t{p.text}\t1")
            else:
                extra = (f" numPr={p.numpr}" if p.numpr else "") + (f" outline={p.outline}" if p.outline is not None
                                                                     else "")
                text = "".join(r.text for r in p.runs)
                marks = " ".join(f"<{f.kind}>" for f in p.faults)
                print(f"{i:3} [{p.style}{extra}] {label} {text[:90]} {marks}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / name)],
                       check=True, capture_output=True)
        pdf = out / name.replace(".docx", ".pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / name.replace(".docx", ""))], check=True)


def main() -> None:
    if "--list" in sys.argv:
        listing()
        return
    if "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
        return
    for name, (look, items) in DRAFTS.items():
        build(name, look, items)
    write_annotations()


if __name__ == "__main__":
    main()
