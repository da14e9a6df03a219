"""Build the drafts of the blind set word-blind49 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, the text Word shows, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The set is about text wrapped in elements a reader has to step over: block-level content controls (w:sdt /
w:sdtContent) holding whole clauses, a group of clauses, the heading table and the organ line; run-level content
controls around a lead or a sponsor name; controls still showing their placeholder (w:showingPlcHdr, the grey
"PlaceholderText" character style); w:customXml (block and inline) and w:smartTag wrappers; a w:hyperlink around a
resolution symbol; simple fields (w:fldSimple) and complex fields (w:fldChar begin / separate / end with w:instrText)
whose RESULT is the visible text (a clause number from a SEQ field, a date from a DATE field); bookmarks that start in
one paragraph and end in another; w:proofErr marks inside leads.

Faults are judged on what Word SHOWS: a field's result (not its code), a control's current content (its placeholder
when w:showingPlcHdr is set). Each fault is marked with F(kind, note) next to the paragraph that carries it; the
paragraph number is the 1-based index of the w:p in document order among all w:p of the body (table cells and
paragraphs inside content controls and custom XML included), checked again on the saved file.

python-docx gives the package (its default template); styles, numbering and every body element are written as raw
WordprocessingML by the helpers below (written for this set; nothing imported from drafter or from another set).
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
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
PH_EN = "Click or tap here to enter text."
PH_ZH = "单击或点击此处输入文字。"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# ---------------------------------------------------------------- inline pieces (strings of WordprocessingML)

_ids = iter(range(1001, 99999))


def r(text: str, i: bool = False, b: bool = False, style: str | None = None) -> str:
    rpr = (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/><w:bCs/>" if b else "") + \
        ("<w:i/><w:iCs/>" if i else "")
    return ("<w:r>" + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
            + f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def isdt(inner: str, alias: str, kind: str = "richText") -> str:
    """A run-level content control around ``inner`` (runs)."""
    n = next(_ids)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower().replace(" ", "_")}"/>'
            f'<w:id w:val="{n}"/><w:{kind}/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def iplaceholder(text: str, alias: str) -> str:
    """A run-level plain-text control still showing its placeholder (grey)."""
    n = next(_ids)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{n}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
            f'<w:sdtContent>{r(text, style="PlaceholderText")}</w:sdtContent></w:sdt>')


def ixml(inner: str, element: str) -> str:
    return f'<w:customXml w:uri="urn:mun-assistant:draft" w:element="{element}">{inner}</w:customXml>'


def smart(inner: str, element: str = "country-region") -> str:
    return f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{element}">{inner}</w:smartTag>'


def link(inner: str, url: str) -> str:
    return f'<w:hyperlink r:id="{{LINK:{url}}}" w:history="1">{inner}</w:hyperlink>'


def proof(kind: str) -> str:
    return f'<w:proofErr w:type="{kind}"/>'


def fsimple(instr: str, result: str, i: bool = False, b: bool = False) -> str:
    return f'<w:fldSimple w:instr="{escape(instr)}">{r(result, i, b)}</w:fldSimple>'


def fcomplex(instr: str, result: str, i: bool = False, b: bool = False) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r(result, i, b)
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def bm_start(name: str) -> str:
    n = next(_ids)
    _bookmarks[name] = n
    return f'<w:bookmarkStart w:id="{n}" w:name="{name}"/>'


def bm_end(name: str) -> str:
    return f'<w:bookmarkEnd w:id="{_bookmarks[name]}"/>'


_bookmarks: dict[str, int] = {}


# ---------------------------------------------------------------- blocks (body-level elements with their faults)


@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class Block:
    xml: str
    # one entry per w:p inside, in document order: (shown text, faults)
    paras: list[tuple[str, list[Fault]]] = field(default_factory=list)


def shown(inner: str) -> str:
    """The text Word shows: w:t contents (instrText is not shown)."""
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", inner)).replace("&amp;", "&").replace(
        "&lt;", "<").replace("&gt;", ">")


def p(inner: str, faults: list[Fault] | None = None, style: str | None = None, num: tuple[int, int] | None = None,
      ppr: str = "") -> Block:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + \
        (f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else "") + ppr
    xml = "<w:p>" + (f"<w:pPr>{props}</w:pPr>" if props else "") + inner + "</w:p>"
    return Block(xml, [(shown(inner), faults or [])])


def sdt(children: list[Block], alias: str, placeholder: bool = False) -> Block:
    """A block-level content control around whole paragraphs / tables / other controls."""
    n = next(_ids)
    pr = (f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower().replace(" ", "_")}"/><w:id w:val="{n}"/>'
          + ("<w:showingPlcHdr/>" if placeholder else "") + "<w:richText/></w:sdtPr>")
    return Block(f"<w:sdt>{pr}<w:sdtContent>" + "".join(c.xml for c in children) + "</w:sdtContent></w:sdt>",
                 [x for c in children for x in c.paras])


def cxml(children: list[Block], element: str) -> Block:
    """A block-level custom XML element around whole paragraphs."""
    return Block(f'<w:customXml w:uri="urn:mun-assistant:draft" w:element="{element}">'
                 + "".join(c.xml for c in children) + "</w:customXml>", [x for c in children for x in c.paras])


def table(rows: list[list[Block]], widths: tuple[int, int] = (2400, 6600)) -> Block:
    xml = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>")
    paras = []
    for row in rows:
        xml += "<w:tr>"
        for cell, width in zip(row, widths):
            xml += f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{cell.xml}</w:tc>'
            paras.extend(cell.paras)
        xml += "</w:tr>"
    return Block(xml + "</w:tbl>", paras)


# ---------------------------------------------------------------- styles, numbering


def setup(doc: docx.Document, zh: bool) -> None:
    styles = doc.styles.element
    east = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>' \
        if zh else '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    defs = [
        (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
         '<w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr>'
         f'<w:rPr>{east}<w:sz w:val="24"/><w:szCs w:val="24"/>'
         f'<w:lang w:val="en-US" w:eastAsia="{"zh-CN" if zh else "en-US"}"/></w:rPr></w:style>'),
        (f'<w:style {NSDECL} w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
         '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>'),
        (f'<w:style {NSDECL} w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
         '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
         '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'),
        (f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="DraftTitle"><w:name w:val="Draft Title"/>'
         '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr>'
         '<w:rPr><w:b/><w:bCs/><w:sz w:val="32"/></w:rPr></w:style>'),
    ]
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
    levels = [("decimal", "%1.", 0), ("lowerLetter", "(%2)", 1)]
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for fmt, text, i in levels)
    numbering.append(parse_xml(f'<w:abstractNum {NSDECL} w:abstractNumId="0"><w:multiLevelType '
                               f'w:val="hybridMultilevel"/>{body}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="1"><w:abstractNumId w:val="0"/></w:num>'))


def build(name: str, blocks: list[Block], zh: bool) -> list[tuple[str, list[Fault]]]:
    doc = docx.Document()
    setup(doc, zh)
    body = doc.element.body
    for old in list(body):
        if old.tag == w("p"):
            body.remove(old)
    sect = body.find(w("sectPr"))
    paras = [x for b in blocks for x in b.paras]
    for b in blocks:
        xml = b.xml
        for url in sorted(set(re.findall(r"\{LINK:([^}]*)\}", xml))):
            rid = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
            xml = xml.replace("{LINK:" + url + "}", rid)
        sect.addprevious(parse_xml(f"<w:root {NSDECL}>{xml}</w:root>")[0])
    out = HERE / name
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(paras), (name, count, len(paras))
    for i, (text, faults) in enumerate(paras, 1):
        for f in faults:
            for quote in re.findall(r'"([^"]+)"', f.note):
                q = quote.replace("…", "").strip()
                assert all(part.strip() in text for part in quote.split("…") if part.strip()), (name, i, q, text)
    return paras


# ---------------------------------------------------------------- shorthands


def lead_en(lead: str, rest: str) -> str:
    return r(lead, i=True) + r(rest)


def lead_zh(lead: str, rest: str) -> str:
    return r(lead, b=True) + r(rest)


DRAFTS: dict[str, tuple[bool, list[Block]]] = {}

# ---------------------------------------------------------------- en-c01
# A conference template: the UNA-USA heading as a two-column table inside a block content control ("Heading"), the
# sponsor names in run-level controls, the signatories control still showing its placeholder; the organ line in its
# own block control; every clause in a block control; operative numbers from complex SEQ fields (the fourth a pasted
# copy of clause 3 whose field result still reads "3"); a run-level control around a lead; proofErr inside a lead.
SIGN_PH = ('the Signatories value cell still shows the content control\'s placeholder "Click or tap here to enter '
           'text." (grey): no signatory is named («Signatories: …», MUN-H01)')
DRAFTS["en-c01-domestic-workers-heading-table-in-control-seq-field-copied.docx"] = (False, [
    sdt([table([
        [p(r("Committee:", b=True)), p(r("Third Committee (Social, Humanitarian and Cultural)"))],
        [p(r("Topic:", b=True)), p(r("Protecting the rights of migrant domestic workers"))],
        [p(r("Sponsors:", b=True)), p(isdt(r("Philippines"), "Sponsor") + r(", ") + isdt(r("Indonesia"), "Sponsor")
                                      + r(", ") + isdt(r("Mexico"), "Sponsor"))],
        [p(r("Signatories:", b=True)), p(iplaceholder(PH_EN, "Signatories"), [F("heading-field-missing", SIGN_PH)])],
    ])], "Heading"),
    sdt([p(r("The General Assembly,", i=True))], "Organ"),
    sdt([p(isdt(r("Recalling", i=True), "Lead phrase") + r(" the Domestic Workers Convention, 2011 (No. 189), of the "
                                                           "International Labour Organization,"))], "Clause"),
    sdt([p(lead_en("Deeply concerned", " that many domestic workers are excluded from national labour laws and cannot "
                   "change employers without losing their residence permits,"))], "Clause"),
    sdt([p(lead_en("Recognizing", " the contribution of migrant domestic workers to the economies of both countries "
                   "of origin and countries of destination;"),
           [F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)')])], "Clause"),
    sdt([p(r("Alarmed", i=True) + proof("gramStart") + r(" by", i=True) + r(" reports") + proof("gramEnd")
           + r(" of withheld passports, unpaid wages and physical abuse of domestic workers,"))], "Clause"),
    sdt([p(lead_en("Noting With Appreciation", " the bilateral agreements that set minimum standards for the "
                   "recruitment of domestic workers,"),
           [F("capital-after-lead", '"Noting With Appreciation" - "With" and "Appreciation" capitalised inside the '
              'lead phrase («Noting with appreciation») (MUN-F02)')])], "Clause"),
    sdt([p(lead_en("Bearing in mind", " that domestic work takes place inside private homes, out of sight of labour "
                   "inspectors,"))], "Clause"),
    sdt([p(fcomplex("SEQ Operative \\* ARABIC", "1") + r(". ") + lead_en(
        "Urges", " Member States to include domestic workers in the protection of their national labour and social "
        "security laws;"))], "Clause"),
    sdt([p(fcomplex("SEQ Operative \\* ARABIC", "2") + r(". ") + lead_en(
        "Calls upon", " States of destination to allow migrant domestic workers to keep their own identity documents "
        "and to change employers without penalty;"))], "Clause"),
    sdt([p(fcomplex("SEQ Operative \\* ARABIC", "3") + r(". ") + lead_en(
            "Encourages", " Member States to establish, in cooperation with countries of origin:")),
         p(r("(a) pre-departure training on the rights of workers, in the languages of the workers;")),
         p(r("(b) hotlines and shelters for workers who leave abusive employers;"))], "Clause"),
    sdt([p(fcomplex("SEQ Operative \\* ARABIC", "3") + r(". ") + lead_en(
        "Recommends", " that recruitment agencies be licensed and be prohibited from charging recruitment fees to "
        "workers;"),
        [F("numbering", 'the clause "Recommends that recruitment agencies be licensed …" shows the number "3." a '
           'second time: it was pasted from clause 3 with its SEQ field, whose result was never updated; expected '
           '«4.» (UN-B07, MUN-F05)')])], "Clause"),
    sdt([p(fcomplex("SEQ Operative \\* ARABIC", "5") + r(". ") + lead_en(
        "Requests", " the Secretary-General to report on the implementation of the present resolution to the General "
        "Assembly at its eighty-second session;"),
        [F("operative-end-mark", 'the last operative clause ends with ";" instead of «.» (UN-B09, MUN-F05)')])],
        "Clause"),
])

# ---------------------------------------------------------------- en-c02
# A plug-in's UN-style heading: the whole cover block wrapped in one block-level customXml element; the symbol inside
# a hyperlink to undocs.org; the date line a complex DATE field in Word's en-US default picture (M/d/yyyy); sponsor
# names in smart tags; a resolution symbol in a hyperlink; a lead in inline customXml; a bookmark (_Ref) from the
# last preambular clause into the first operative one; Word's list numbering for clauses and (a)/(b).
DATE_NOTE = ('the date line is a DATE field with the picture M/d/yyyy: its stored result reads "10/21/2025" and Word, '
             'which updates a DATE field when the file is opened, shows the current date in the same month/day/year '
             'form; a UN date is day month year, no comma, «21 October 2025» (UN-H03)')
DRAFTS["en-c02-autonomous-weapons-custom-xml-cover-date-field-links.docx"] = (False, [
    cxml([
        p(link(r("A/C.1/80/L.27", style="Hyperlink"), "https://undocs.org/A/C.1/80/L.27"), ppr='<w:jc w:val="right"/>'),
        p(r("General Assembly", b=True)),
        p(r("Distr.: Limited")),
        p(fcomplex('DATE \\@ "M/d/yyyy"', "10/21/2025"), [F("other", DATE_NOTE)]),
        p(r("Original: English")),
        p(r("Eightieth session")),
        p(r("First Committee")),
        p(r("Agenda item 98 (c)")),
        p(r("General and complete disarmament")),
        p(smart(r("Austria")) + r(", ") + smart(r("Costa Rica")) + r(", ") + smart(r("Ireland")) + r(", ")
          + smart(r("Kazakhstan")) + r(", ") + smart(r("Mexico")) + r(" and ") + smart(r("New Zealand"))
          + r(": draft resolution")),
        p(r("Lethal autonomous weapons systems", b=True)),
    ], "coverPage"),
    p(r("The General Assembly,", i=True)),
    p(r("Recalling", i=True) + r(" its ") + link(r("resolution 78/241"), "https://undocs.org/A/RES/78/241")
      + r(" of 22 December 2023 on lethal autonomous weapons systems,")),
    p(ixml(r("Mindful", i=True), "leadPhrase") + r(" of the serious challenges and concerns raised by new "
                                                   "technological applications in the military domain,")),
    p(lead_en("Affirming", " that international law, in particular international humanitarian law, applies to all "
              "weapons systems,")),
    p(lead_en("Noting", " the work of the Group of Governmental Experts of the High Contracting Parties to the "
              "Convention on Certain Conventional Weapons."),
      [F("preambular-end-mark", 'preambular clause ends with "." instead of «,» (UN-B05, MUN-F04)')]),
    p(bm_start("_Ref212001") + lead_en("Stressing", " the importance of human judgement and control over the use of "
                                       "force,")),
    p(lead_en("Encourages", " States to exchange national practices on the review of new weapons, means and methods "
              "of warfare;") + bm_end("_Ref212001"), num=(1, 0)),
    p(lead_en("Requests", " the ") + smart(r("Secretary-General"), "PersonName") + r(
        " to seek the views of Member States and observer States on ways to address the challenges raised by these "
        "systems."), num=(1, 0),
      faults=[F("operative-end-mark", 'operative clause (not the last) ends with "." instead of «;» (UN-B09, '
                'MUN-F05)')]),
    p(lead_en("Calling upon", " States to consider further the ethical dimension of autonomy in weapons systems;"),
      num=(1, 0), faults=[F("operative-without-verb", '"Calling upon" - a participle opens an operative clause; an '
                            'operative clause begins with a verb in the present tense («Calls upon») (UN-B06)')]),
    p(lead_en("Decides", " to convene open informal consultations in 2026 to consider the report:"), num=(1, 0)),
    p(r("with the full participation of international and regional organizations, the International Committee of "
        "the Red Cross and civil society;"), num=(1, 1)),
    p(r("with a view to identifying possible elements of an instrument;"), num=(1, 1)),
    p(lead_en("Decides", " to include in the provisional agenda of its eighty-first session, under the item entitled "
              "\u201cGeneral and complete disarmament\u201d, the sub-item entitled \u201cLethal autonomous weapons "
              "systems\u201d."), num=(1, 0)),
])

# ---------------------------------------------------------------- en-c03
# A THIMUN template full of controls: heading values in run-level plain-text controls, co-submitters in smart tags,
# the preamble in one block control ("Preambulatory clauses"), a lead slot still showing "Choose a preambulatory
# phrase.", a spelling error inside a lead between proofErr marks, operative numbers from w:fldSimple SEQ fields (a
# deleted clause 4 left the cached results 5 and 6), and a spare clause slot still showing its placeholder.
DRAFTS["en-c03-food-waste-template-controls-fldsimple-seq-placeholders.docx"] = (False, [
    p(r("FORUM: ", b=True) + isdt(r("Economic and Social Council"), "Forum", "text")),
    p(r("QUESTION OF: ", b=True) + isdt(r("Reducing food loss and waste along supply chains"), "Question", "text")),
    p(r("SUBMITTED BY: ", b=True) + isdt(smart(r("Kenya")), "Main submitter")),
    p(r("CO-SUBMITTERS: ", b=True) + smart(r("Brazil")) + r(", ") + smart(r("France")) + r(", ") + smart(r("Japan"))
      + r(", ") + smart(r("Morocco")) + r(", ") + smart(r("Viet Nam"))),
    p(r("THE ECONOMIC AND SOCIAL COUNCIL,", i=True)),
    sdt([
        p(lead_en("Alarmed", " that roughly one third of all food produced for human consumption is lost or wasted,")),
        p(lead_en("Recognizing", " that food loss in low-income countries happens mostly after harvest, during storage "
                  "and transport,")),
        p(proof("spellStart") + r("Welcomming", i=True) + proof("spellEnd") + r(
            " the commitment in target 12.3 of the Sustainable Development Goals to halve per capita global food waste "
            "by 2030,"), [F("misspelt-lead", '"Welcomming" - the lead is misspelt («Welcoming») (UN-B03, MUN-F02)')]),
        p(lead_en("Noting", " that cold storage is out of reach for most smallholder farmers, and"),
          [F("preambular-end-mark", 'ends with ", and" instead of a plain «,» (UN-B05, MUN-F04)')]),
        p(lead_en("Aware", " of the role of food banks and food recovery networks in redistributing safe surplus "
                  "food,")),
        p(iplaceholder("Choose a preambulatory phrase.", "Preambulatory phrase")
          + r(" the work of the Food and Agriculture Organization of the United Nations on the food loss index,"),
          [F("other", 'the lead slot of the clause "… the work of the Food and Agriculture Organization …" still '
             'shows its placeholder "Choose a preambulatory phrase." (grey): the clause has no lead phrase '
             '(«Commending the work …») (UN-B03)')]),
    ], "Preambulatory clauses"),
    sdt([
        p(fsimple("SEQ Clause \\* ARABIC", "1") + r(". ") + lead_en(
            "Encourages", " Member States to invest in cold chains and improved storage for smallholder farmers;")),
        p(fsimple("SEQ Clause \\* ARABIC", "2") + r(". ") + lead_en(
            "Calls upon", " food retailers to donate safe unsold food to food banks and to stop rejecting produce for "
            "cosmetic reasons;")),
        p(fsimple("SEQ Clause \\* ARABIC", "3") + r(". ") + lead_en("Recommends", " that Member States:")),
        p(r("a) clarify date labels by distinguishing \u201cuse by\u201d from \u201cbest before\u201d;")),
        p(r("b) remove liability barriers for donors acting in good faith;")),
        p(fsimple("SEQ Clause \\* ARABIC", "5") + r(". ") + lead_en(
            "Invites", " the Food and Agriculture Organization to support national measurement of food loss;"),
          [F("numbering", 'the SEQ field of the clause "Invites the Food and Agriculture Organization …" still shows '
             '"5" after clause 4 was deleted: the numbers run 1, 2, 3, 5; expected «4.» (UN-B07, MUN-F05)')]),
        sdt([p(r(PH_EN, style="PlaceholderText"),
               [F("other", 'a spare clause slot of the template still shows the placeholder "Click or tap here to '
                  'enter text." (grey) between two operative clauses: no clause text (UN-B01)')])],
            "Operative clause", placeholder=True),
        p(fsimple("SEQ Clause \\* ARABIC", "6") + r(". ") + lead_en(
            "Requests", " the Secretary-General to report to the Council at its 2027 session on the progress made.")),
    ], "Operative clauses"),
])

# ---------------------------------------------------------------- zh-c04
# A Chinese template: the cn-mun heading in a block control, sponsor names in run-level controls; the organ line
# inside a block customXml element; a resolution symbol in a hyperlink; gramStart/gramEnd around a lead; clause
# numbers from complex SEQ fields (one followed by a typed "、"); a bookmark from clause 1 into clause 2.
DRAFTS["zh-c04-sea-level-rise-heading-control-custom-xml-organ-seq-fields.docx"] = (True, [
    sdt([
        p(r("决议草案"), style="DraftTitle"),
        p(r("委员会：联合国大会第二委员会")),
        p(r("议题：小岛屿发展中国家面临的海平面上升问题")),
        p(r("起草国：") + isdt(r("斐济"), "起草国") + r("、") + isdt(r("马尔代夫"), "起草国") + r("、")
          + isdt(r("图瓦卢"), "起草国")),
        p(r("附议国：巴巴多斯、佛得角、牙买加、新西兰、葡萄牙")),
    ], "抬头"),
    cxml([p(r("大会，", b=True))], "organ"),
    p(lead_zh("回顾", "其关于小岛屿发展中国家的各项决议，特别是") + link(r("第69/15号决议"),
                                                         "https://undocs.org/zh/A/RES/69/15")
      + r("所核可的《小岛屿发展中国家快速行动方式（萨摩亚途径）》，")),
    p(lead_zh("注意到", "国际法院就各国在气候变化方面的义务发表的咨询意见，")),
    p(lead_zh("深为关切", "海平面上升对低洼岛屿国家的领土、淡水资源和粮食安全构成的威胁；"),
      [F("preambular-end-mark", '序言性条款以"；"结尾，应为 «，» (UN-B05, ZH-B02)')]),
    p(lead_zh("认识到", "联合国气候变化框架公约及其《巴黎协定》是应对气候变化的主要国际框架，"),
      [F("missing-book-title-marks", '"联合国气候变化框架公约" - 公约名称未加书名号 («《联合国气候变化框架公约》») '
         '(ZH-P01, UN-B15)')]),
    p(proof("gramStart") + r("强调", b=True) + proof("gramEnd") + r(
        "海平面上升不应影响各国依照《联合国海洋法公约》确定的海洋区域及其权利，")),
    p(fcomplex("SEQ 条款 \\* ARABIC", "1") + r(". ") + bm_start("_Ref212002") + lead_zh(
        "促请", "各会员国履行其在《巴黎协定》下作出的减排承诺；")),
    p(fcomplex("SEQ 条款 \\* ARABIC", "2") + r(". ") + lead_zh(
        "鼓励", "各国际金融机构简化小岛屿发展中国家获得气候资金的程序，包括：") + bm_end("_Ref212002")),
    p(r("(a) 为适应项目提供赠款而非贷款；")),
    p(r("(b) 接受各国自行编制的脆弱性评估；")),
    p(fcomplex("SEQ 条款 \\* ARABIC", "3") + r(". ") + lead_zh(
        "请", "联合国开发计划署协助各国建立海岸监测和预警系统。"),
      [F("operative-end-mark", '非最后一条行动性条款以"。"结尾，应为 «；» (UN-B09, ZH-B03)')]),
    p(fcomplex("SEQ 条款 \\* ARABIC", "4") + r("、") + lead_zh("邀请", "各会员国分享为沿海社区规划迁移的经验；"),
      [F("numbering", '条款编号显示为"4、"（SEQ 域结果后键入顿号），应为 «4.» (UN-B07, ZH-B03)')]),
    p(fcomplex("SEQ 条款 \\* ARABIC", "5") + r(". ") + lead_zh(
        "请", "秘书长在大会第八十一届会议上提交关于本决议执行情况的报告。")),
])

# ---------------------------------------------------------------- zh-c05
# Nested controls: the preamble and the operative part each a block control holding one control per clause; the
# 附议国 value still showing its placeholder; the organ line in a run-level control; a lead in inline customXml that
# lost its bold; clause numbers from w:fldSimple SEQ fields; sub-clauses typed （一）（二）; a spare clause slot still
# showing its placeholder; sponsor names in smart tags.
DRAFTS["zh-c05-children-online-nested-clause-controls-placeholders.docx"] = (True, [
    p(r("决议草案"), style="DraftTitle"),
    p(r("委员会：联合国大会第三委员会")),
    p(r("议题：在数字环境中保护儿童")),
    p(r("起草国：") + smart(r("芬兰")) + r("、") + smart(r("卢旺达")) + r("、") + smart(r("乌拉圭"))),
    p(r("附议国：") + iplaceholder(PH_ZH, "附议国"),
      [F("heading-field-missing", '"附议国："一栏仍显示内容控件的占位符"单击或点击此处输入文字。"（灰色），未列出任何附议国 '
         '(ZH-H01)')]),
    p(isdt(r("大会，", b=True), "机构名称")),
    sdt([
        sdt([p(lead_zh("回顾", "《儿童权利公约》及其各项任择议定书，"))], "序言条款"),
        sdt([p(lead_zh("又回顾", "儿童权利委员会关于与数字环境有关的儿童权利的第25号一般性意见（2021年），"))], "序言条款"),
        sdt([p(lead_zh("关切地注意到", "网络欺凌、性剥削和有害内容对儿童身心健康造成的伤害，"))], "序言条款"),
        sdt([p(ixml(r("认识到"), "lead") + r("数字技术为儿童受教育、获取信息和参与社会生活提供了新的机会，"),
               [F("emphasis", '序言性条款引导词"认识到"未加粗，其他引导词均加粗；应为 «认识到» 加粗 (UN-B04, ZH-B02)')])],
            "序言条款"),
        sdt([p(lead_zh("欢迎", "各国为网络平台的年龄验证所作的努力，"))], "序言条款"),
    ], "序言部分"),
    sdt([
        sdt([p(fsimple("SEQ 条款 \\* ARABIC", "1") + r(". ") + lead_zh(
            "促请", "各国将数字环境中的儿童保护纳入国家法律和政策；"))], "行动条款"),
        sdt([p(fsimple("SEQ 条款 \\* ARABIC", "2") + r(". ") + lead_zh(
                "敦促", "各网络平台在设计产品时优先考虑儿童的最大利益，特别是：")),
             p(r("（一）默认为儿童账户提供最高级别的隐私设置；"),
               [F("sub-clause-label", '子条款编号为"（一）"，应为 «(a)» (ZH-B04, UN-B10)')]),
             p(r("（二）便于儿童和家长举报有害内容；"),
               [F("sub-clause-label", '子条款编号为"（二）"，应为 «(b)» (ZH-B04, UN-B10)')])], "行动条款"),
        sdt([p(r(PH_ZH, style="PlaceholderText"),
               [F("other", '模板中多余的条款控件仍显示占位符"单击或点击此处输入文字。"（灰色）: the clause slot still '
                  'shows its placeholder, no clause text (UN-B01)')])], "行动条款", placeholder=True),
        sdt([p(fsimple("SEQ 条款 \\* ARABIC", "3") + r(". ") + lead_zh(
            "鼓励", "各学校开设数字素养课程，帮助儿童识别网络风险。"),
            [F("operative-end-mark", '非最后一条行动性条款以"。"结尾，应为 «；» (UN-B09, ZH-B03)')])], "行动条款"),
        sdt([p(fsimple("SEQ 条款 \\* ARABIC", "4") + r(". ") + lead_zh(
            "请", "秘书长在大会第八十一届会议上就本决议的执行情况提出报告。"))], "行动条款"),
    ], "执行部分"),
])


def write_annotations(all_paras: dict[str, list[tuple[str, list[Fault]]]]) -> None:
    data = {}
    for name, paras in all_paras.items():
        data[name] = {"faults": [{"paragraph": i, "kind": f.kind, "note": f.note}
                                 for i, (_t, faults) in enumerate(paras, 1) for f in faults]}
    header = ("# word-blind49: faults per body paragraph (1-based index of w:p in document order, table cells and\n"
              "# paragraphs inside content controls / custom XML included), written by make_drafts.py before any run\n"
              "# of drafter on these drafts. Judged by /work/shared/FORMAT.md on what Word shows (see README.md).\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / name)],
                       check=True, capture_output=True)
        pdf = out / (Path(name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / Path(name).stem)], check=True)


if __name__ == "__main__":
    if "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
        sys.exit()
    built = {name: build(name, blocks, zh) for name, (zh, blocks) in DRAFTS.items()}
    if "--list" in sys.argv:
        for name, paras in built.items():
            print(name)
            for i, (text, faults) in enumerate(paras, 1):
                print(f"  {i:2} {text}")
                for f in faults:
                    print(f"       ! {f.kind}: {f.note[:110]}")
    write_annotations(built)
