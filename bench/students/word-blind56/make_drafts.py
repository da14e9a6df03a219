"""Build the drafts of the blind set word-blind56 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, style, runs (rStyle / direct), faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The set is about the EMPHASIS of lead phrases and of the organ line as Word stores it: w:i / w:u directly on runs,
w:u values (single, double, words, thick, dash, none), w:i w:val="false" switching italic off, character styles
carrying the emphasis (Emphasis, Strong, a delegate's own "Lead" / "Op Lead" / 引导词), paragraph styles carrying it
(the whole clause italic or underlined), the toggle rule of ECMA-376 Part 1 §17.7.3 (italic in a paragraph style
and in a character style cancel; bold the same; underline is no toggle), emphasis only on the paragraph mark
(w:pPr/w:rPr: nothing shown on the text), a lead emphasised in part, the space after a lead underlined, a lead
underlined AND italic, w:iCs / w:bCs only (complex-script emphasis, not shown for Latin or Chinese text), Chinese
leads in 楷体 or bold, and 着重号 (w:em) on a word of a Chinese clause.

python-docx gives the package (its default template); styles, numbering and paragraphs are written as raw
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
NSDECL = f'xmlns:w="{W_NS}"'

I = "<w:i/>"  # noqa: E741 (the italic switch, as Word writes it)
U = '<w:u w:val="single"/>'
B = "<w:b/>"
KAI = '<w:rFonts w:hint="eastAsia" w:eastAsia="楷体"/>'


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# ---------------------------------------------------------------- the draft model


@dataclass
class R:
    """A run: its text, its character style (w:rStyle) and its direct properties as raw rPr children."""
    text: str
    style: str | None = None
    direct: str = ""


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    style: str
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    mark: str = ""  # properties of the paragraph mark (w:pPr/w:rPr)


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


def cl(lead_text: str, rest: str, style: str | None = None, direct: str = "", pstyle: str = "PreambularClause",
       faults: list[Fault] | None = None, mark: str = "") -> P:
    """A clause: its lead run (character style and/or direct properties) and the plain rest."""
    return P(pstyle, [R(lead_text, style, direct), R(rest)], faults or [], mark)


def op(lead_text: str, rest: str, style: str | None = None, direct: str = "", pstyle: str = "OperativeClause",
       faults: list[Fault] | None = None, mark: str = "") -> P:
    return cl(lead_text, rest, style, direct, pstyle, faults, mark)


def plain(text: str, pstyle: str = "HeadingField", faults: list[Fault] | None = None) -> P:
    return P(pstyle, [R(text)], faults or [])


def sub(text: str) -> P:
    return P("SubClause", [R(text)])


# ---------------------------------------------------------------- styles, numbering


def style(sid: str, name: str, kind: str = "paragraph", based: str | None = None, ppr: str = "", rpr: str = "",
          custom: bool = True) -> str:
    return (f'<w:style {NSDECL} w:type="{kind}"' + (' w:customStyle="1"' if custom else "")
            + f' w:styleId="{sid}"><w:name w:val="{name}"/>'
            + (f'<w:basedOn w:val="{based}"/>' if based else "") + '<w:qFormat/>'
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")


def abstract(aid: int) -> str:
    levels = [("decimal", "%1.", 0), ("lowerLetter", "(%2)", 1)]
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="{360 if i == 0 else 432}"/>'
        f"</w:pPr></w:lvl>" for fmt, text, i in levels)
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{body}'
            "</w:abstractNum>")


def setup(doc: docx.Document, zh: bool, lead_rpr: str, lead_based: str | None) -> None:
    """Styles and numbering of a draft: Times New Roman 12 pt (宋体 for East Asian text) in Normal."""
    styles = doc.styles.element
    fonts = ('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>'
             if zh else '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>')
    lang = f'<w:lang w:val="en-US" w:eastAsia="{"zh-CN" if zh else "en-US"}" w:bidi="ar-SA"/>'
    normal = (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              f'<w:qFormat/><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr>'
              f'<w:rPr>{fonts}<w:sz w:val="24"/><w:szCs w:val="24"/>{lang}</w:rPr></w:style>')
    defs = [
        normal,
        style("Emphasis", "Emphasis", "character", "DefaultParagraphFont", rpr="<w:i/><w:iCs/>", custom=False),
        style("Strong", "Strong", "character", "DefaultParagraphFont", rpr="<w:b/><w:bCs/>", custom=False),
        # the delegate's own lead style: English "Lead" (underline, or based on Emphasis), Chinese 引导词 (楷体, bold)
        style("Lead", "引导词" if zh else "Lead", "character", lead_based, rpr=lead_rpr),
        style("OpLead", "Op Lead", "character", "DefaultParagraphFont", rpr=U),
        style("HeadingField", "抬头" if zh else "Heading Field", based="Normal", ppr='<w:spacing w:after="0"/>'),
        style("DraftTitle", "草案标题" if zh else "Draft Title", based="Normal",
              ppr='<w:spacing w:after="240"/><w:jc w:val="center"/>', rpr='<w:b/><w:bCs/><w:sz w:val="32"/>'),
        style("OrganLine", "机构名称" if zh else "Organ Line", based="Normal", ppr='<w:spacing w:before="240"/>'),
        style("PreambularClause", "序言条款" if zh else "Preambular Clause", based="Normal",
              ppr='<w:ind w:firstLine="720"/><w:jc w:val="both"/>'),
        style("OperativeClause", "行动条款" if zh else "Operative Clause", based="Normal",
              ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:jc w:val="both"/>'),
        style("SubClause", "子条款" if zh else "Sub-clause", based="OperativeClause",
              ppr='<w:numPr><w:ilvl w:val="1"/></w:numPr><w:ind w:left="1440" w:hanging="432"/>'),
        # clause styles that carry emphasis themselves (pasted from a co-sponsor's file)
        style("ClauseItalic", "Clause Italic", based="OperativeClause", rpr="<w:i/><w:iCs/>"),
        style("ClauseUnderlined", "条款下划线" if zh else "Clause Underlined", based="OperativeClause", rpr=U),
        style("ClauseBold", "加粗条款" if zh else "Clause Bold", based="OperativeClause", rpr="<w:b/><w:bCs/>"),
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
    numbering.append(parse_xml(abstract(0)))
    numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="1"><w:abstractNumId w:val="0"/></w:num>'))


def paragraph_xml(p: P) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>' + (f"<w:rPr>{p.mark}</w:rPr>" if p.mark else "")
    runs = ""
    for r in p.runs:
        rpr = (f'<w:rStyle w:val="{r.style}"/>' if r.style else "") + r.direct
        runs += ("<w:r>" + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
                 + f'<w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>')
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def build(name: str, zh: bool, lead_rpr: str, lead_based: str | None, paragraphs: list[P]) -> None:
    doc = docx.Document()
    setup(doc, zh, lead_rpr, lead_based)
    body = doc.element.body
    for old in list(body):
        if old.tag == w("p"):
            body.remove(old)
    sect = body.find(w("sectPr"))
    for p in paragraphs:
        sect.addprevious(parse_xml(paragraph_xml(p)))
    out = HERE / name
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        count = len(etree.fromstring(z.read("word/document.xml")).find(w("body")).findall(w("p")))
    assert count == len(paragraphs), (name, count, len(paragraphs))


# ---------------------------------------------------------------- the drafts

# name -> (Chinese?, rPr of the "Lead" character style, its basedOn, paragraphs)
DRAFTS: dict[str, tuple[bool, str, str | None, list[P]]] = {}

# en-u01 (SPMUN / THIMUN-style profile: preambulatory phrases italic, operative phrases underlined, MUN-F02 and
# MUN-F03; UNA-USA heading). Emphasis set directly on the runs (w:i, w:u), as most students do it. Faults: a lead
# italic in part ("Deeply" italic, "concerned" not), a lead italic only for complex script (w:iCs), an operative
# lead underlined in part ("Calls" underlined, "upon" not), an operative lead in the "Op Lead" underline style with
# a direct w:u w:val="none". Controls: double, words, thick underlines, the space after a lead underlined, an
# operative lead underlined AND italic.
DRAFTS["en-u01-spmun-amr-livestock-italic-preamble-underlined-operative-direct.docx"] = (False, U, None, [
    plain("Committee: Second Committee (Economic and Financial)"),
    plain("Topic: Antimicrobial resistance in food-producing animals"),
    plain("Sponsors: Denmark, Thailand, Uganda"),
    plain("Signatories: Brazil, Canada, Egypt, Indonesia, Kenya, Peru"),
    P("OrganLine", [R("The General Assembly,", None, I)]),
    cl("Recalling", " the political declaration of the high-level meeting of the General Assembly on antimicrobial "
       "resistance,", direct=I),
    cl("Alarmed", " that infections resistant to antibiotics already cause more than a million deaths every year and "
       "that this number is expected to rise,", direct=I),
    P("PreambularClause", [R("Deeply", None, I), R(" concerned that in many countries more antibiotics are given to "
                                                   "healthy animals than to sick people,")],
      [F("emphasis", 'the preambular lead "Deeply concerned" is italic only in part: "Deeply" carries w:i, '
                     '"concerned" is upright; expected the whole lead «Deeply concerned» in italics (MUN-F02, '
                     'UN-B04)')]),
    cl("Noting with concern", " that antibiotics are still added to animal feed to make livestock grow faster,",
       direct="<w:iCs/>",
       faults=[F("emphasis", 'the preambular lead "Noting with concern" carries only w:iCs (italic for complex-script '
                             'text), which Word does not apply to Latin letters: the chair sees it upright among '
                             'italic leads; expected «Noting with concern» in italics (MUN-F02, UN-B04)')]),
    cl("Recognizing", " that resistant bacteria spread between animals, people and the environment through food, "
       "water and soil,", direct=I),
    cl("Bearing in mind", " that small farmers often have no access to veterinarians or to vaccines,", direct=I),
    cl("Convinced", " that better hygiene and vaccination on farms reduce the need for antibiotics,", direct=I),
    op("Urges", " Member States to end the use of medically important antibiotics to promote growth in animals;",
       direct=U),
    P("OperativeClause", [R("Calls", None, U), R(" upon national veterinary services to record the sale of "
                                                 "antibiotics for animals by species and by farm;")],
      [F("emphasis", 'the operative lead "Calls upon" is underlined only in part: "Calls" carries w:u, "upon" does '
                     'not; expected the whole lead «Calls upon» underlined (MUN-F03)')]),
    op("Encourages", " development banks to fund vaccination programmes for poultry and pigs;",
       direct='<w:u w:val="double"/>'),
    op("Strongly encourages", " farmers' cooperatives to share veterinarians and diagnostic laboratories;",
       direct='<w:u w:val="words"/>'),
    op("Requests ", "the Food and Agriculture Organization of the United Nations, together with the World "
       "Organisation for Animal Health:", direct=U),
    sub("to publish a yearly list of antibiotics that should be kept for human medicine;"),
    sub("to help countries set up laboratories that test food for resistant bacteria;"),
    op("Invites", " the private sector to label meat produced without routine use of antibiotics;", style="OpLead",
       direct='<w:u w:val="none"/>',
       faults=[F("emphasis", 'the operative lead "Invites" is in the character style "Op Lead" (underlined) but its '
                             'run carries a direct w:u w:val="none": Word shows it not underlined, unlike the other '
                             'operative leads; expected «Invites» underlined (MUN-F03)')]),
    op("Recommends", " that Member States include farm antibiotic use in their national action plans;",
       direct=U + I),
    op("Further requests", " the Secretary-General to report on the implementation of the present resolution at the "
       "eighty-second session of the General Assembly.", direct='<w:u w:val="thick"/>'),
])

# en-u02 (THIMUN heading; every lead underlined, the older UNA-USA / HNMUN / World MUN form, MUN-F02 and MUN-F03).
# Emphasis from the delegate's own character style "Lead" (w:u single). Faults: a lead whose underline sits only
# on the paragraph mark, a whole clause underlined run by run, a clause in the pasted paragraph style "Clause
# Underlined" (the whole clause underlined), "Fully Aware" with a capital inside the lead. Controls: the space after
# a lead underlined, a dashed underline, a lead in "Lead" plus direct italic.
DRAFTS["en-u02-thimun-space-debris-lead-style-underline-mark-only-whole-clause.docx"] = (False, U, None, [
    plain("FORUM: Special Political and Decolonization Committee"),
    plain("QUESTION OF: Reducing debris in low Earth orbit"),
    plain("SUBMITTED BY: Luxembourg"),
    plain("CO-SUBMITTERS: Japan, New Zealand, Rwanda, United Arab Emirates"),
    P("OrganLine", [R("THE GENERAL ASSEMBLY,", None, I)]),
    cl("Recalling", " the Treaty on Principles Governing the Activities of States in the Exploration and Use of "
       "Outer Space, including the Moon and Other Celestial Bodies,", style="Lead"),
    cl("Noting ", "that tens of thousands of pieces of debris larger than ten centimetres are now tracked in orbit,",
       style="Lead"),
    cl("Fully Aware", " that a single collision can create thousands of new fragments,", style="Lead",
       faults=[F("capital-after-lead", 'the lead "Fully Aware" has a capital inside the phrase; expected «Fully '
                                       'aware» (MUN-F02: first word capitalised)')]),
    P("PreambularClause", [R("Alarmed by"), R(" the growing number of satellites launched every year by both States "
                                              "and private companies,")],
      [F("emphasis", 'the preambular lead "Alarmed by" is not underlined: the underline (w:u) was set only on the '
                     'paragraph mark (w:pPr/w:rPr), which Word does not show on the text; expected «Alarmed by» '
                     'underlined like the other leads (MUN-F02)')], mark=U),
    cl("Recognizing", " the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space,",
       style="Lead"),
    cl("Keeping in mind", " that developing countries increasingly depend on satellites for weather forecasts and "
       "communications,", direct='<w:u w:val="dash"/>'),
    P("PreambularClause", [R("Having examined", None, U), R(" the reports of national space agencies on objects "
                                                            "left in orbit after the end of their missions,", None, U)],
      [F("emphasis", 'the whole preambular clause "Having examined the reports of national space agencies …" is '
                     'underlined, so the lead is not set off from the text; expected only «Having examined» '
                     'underlined (MUN-F02, UN-B17)')]),
    op("Encourages", " all launching States to remove their satellites from low Earth orbit within five years of the "
       "end of their missions;", style="Lead"),
    op("Calls for", " the creation of an international registry of close approaches between space objects, which "
       "would:", style="Lead"),
    sub("collect tracking data from national and commercial sources;"),
    sub("warn satellite operators of a possible collision at least three days in advance;"),
    op("Urges", " Member States to include debris removal plans in the licences they grant to private operators;",
       style="Lead", pstyle="ClauseUnderlined",
       faults=[F("emphasis", 'the clause "Urges Member States to include debris removal plans …" is in the paragraph '
                             'style "Clause Underlined" (w:u), so the whole clause is underlined and the lead is not '
                             'set off; expected only «Urges» underlined (MUN-F03, UN-B17)')]),
    op("Invites", " space agencies to test technologies for capturing large pieces of debris;", style="Lead",
       direct=I),
    op("Supports", " the sharing of orbital data free of charge with developing countries;", style="Lead"),
    op("Requests", " the Office for Outer Space Affairs to report on progress in reducing space debris at the next "
       "session of the Committee.", style="Lead"),
])

# en-u03 (UN form: an L-document heading, every lead italic, UN-B02/B04/B08). Emphasis from the built-in character
# style "Emphasis" and the delegate's "Lead" (based on Emphasis). Faults: the organ line italic only on its
# paragraph mark, "Recalling also" with "also" upright, a lead in "Lead" with a direct w:i w:val="false", a lead in
# "Strong" (bold, not italic), a clause in the italic paragraph style "Clause Italic" whose lead in "Emphasis" is
# toggled back to upright (§17.7.3), another clause in "Clause Italic" whose lead carries a direct w:i (the whole
# clause italic). Control: "Lead" plus a redundant direct w:i.
DRAFTS["en-u03-un-form-sand-dust-emphasis-style-organ-mark-toggle-strong.docx"] = (False, "", "Emphasis", [
    plain("A/C.2/80/L.23"),
    plain("General Assembly"),
    plain("Distr.: Limited"),
    plain("21 October 2025"),
    plain("Original: English"),
    plain("Eightieth session"),
    plain("Second Committee"),
    plain("Agenda item 19 (h)"),
    plain("Sustainable development: combating sand and dust storms"),
    plain("Botswana, Iraq, Kazakhstan and Mongolia: draft resolution"),
    plain("Combating sand and dust storms", "DraftTitle"),
    P("OrganLine", [R("The General Assembly,")],
      [F("emphasis", 'the organ line "The General Assembly," is upright: its italic (w:i) was set only on the '
                     'paragraph mark (w:pPr/w:rPr), not on the text; expected «The General Assembly,» in italics '
                     '(UN-B02)')], mark=I),
    cl("Recalling", " its previous resolutions on combating sand and dust storms,", style="Emphasis"),
    P("PreambularClause", [R("Recalling", "Emphasis"), R(" also the United Nations Convention to Combat "
                                                         "Desertification in Those Countries Experiencing Serious "
                                                         "Drought and/or Desertification, Particularly in Africa,")],
      [F("emphasis", 'the lead "Recalling also" is italic only in part: "Recalling" is in "Emphasis", "also" is '
                     'upright; expected «Recalling also» in italics (UN-B04, UN-B12)')]),
    cl("Recognizing", " that sand and dust storms damage health, crops, transport and energy supply far from the "
       "places where they begin,", style="Lead"),
    cl("Noting with concern", " that poor land management and drought make such storms more frequent and more "
       "intense,", style="Lead", direct='<w:i w:val="false"/>',
       faults=[F("emphasis", 'the preambular lead "Noting with concern" is in the character style "Lead" but its '
                             'run carries a direct w:i w:val="false": Word shows it upright; expected «Noting with '
                             'concern» in italics (UN-B04)')]),
    cl("Acknowledging", " the work of the United Nations Coalition on Combating Sand and Dust Storms,",
       style="Strong",
       faults=[F("emphasis", 'the preambular lead "Acknowledging" is in the character style "Strong": bold and '
                             'upright, where every other lead is italic; expected «Acknowledging» in italics '
                             '(UN-B04)')]),
    cl("Welcoming", " the proclamation of the United Nations Decade on Combating Sand and Dust Storms, 2025–2034,",
       style="Emphasis"),
    op("Takes note", " of the report of the Secretary-General on combating sand and dust storms;", style="Emphasis"),
    op("Encourages", " Member States to set up early warning systems for sand and dust storms and to share their "
       "data across borders;", style="Emphasis", pstyle="ClauseItalic",
       faults=[F("emphasis", 'the clause "Encourages Member States to set up early warning systems …" is in the '
                             'italic paragraph style "Clause Italic" and its lead in the italic character style '
                             '"Emphasis": the two style levels cancel (ECMA-376 Part 1 §17.7.3), so Word shows the '
                             'lead upright and the rest of the clause italic; expected «Encourages» in italics and '
                             'the text upright (UN-B08, UN-B17)')]),
    op("Calls upon", " the relevant United Nations entities to support affected countries, in particular:",
       style="Emphasis"),
    sub("by mapping the sources of sand and dust in each region;"),
    sub("by training national meteorological services in forecasting;"),
    op("Stresses", " the importance of restoring degraded land and of planting windbreaks around farmland;",
       style="Lead", direct=I),
    op("Invites", " the Food and Agriculture Organization of the United Nations to help farmers protect soils from "
       "wind erosion;", direct=I, pstyle="ClauseItalic",
       faults=[F("emphasis", 'the whole clause "Invites the Food and Agriculture Organization …" is italic: it is in '
                             'the italic paragraph style "Clause Italic" and its lead carries a direct w:i, so the '
                             'lead is not set off from the text; expected only «Invites» in italics (UN-B08, '
                             'UN-B17)')]),
    op("Requests", " the Secretary-General to submit to the General Assembly at its eighty-second session a report "
       "on the implementation of the present resolution.", style="Emphasis"),
])

# zh-u04 (cn-mun heading, ZH-H01; leads underlined as C1 asks, ZH-B02 / ZH-B03). Emphasis set directly (w:u). Faults:
# "深为关切" underlined only in "深为", a lead whose underline is only on the paragraph mark, 着重号 (w:em) on a word
# of the clause text, a clause in the pasted paragraph style "条款下划线" (the whole clause underlined). Controls: a
# lead bold instead of underlined (FORMAT.md §0.2 accepts bold for Chinese), a double underline.
DRAFTS["zh-u04-cn-mun-food-waste-underlined-leads-mark-only-emphasis-dots.docx"] = (True, U, None, [
    plain("决议草案", "DraftTitle"),
    plain("委员会：联合国大会第二委员会"),
    plain("议题：减少粮食损失和浪费"),
    plain("起草国：阿根廷、肯尼亚、意大利"),
    plain("附议国：巴基斯坦、法国、菲律宾、加纳、墨西哥"),
    P("OrganLine", [R("大会，", None, B)]),
    cl("回顾", "《2030年可持续发展议程》中到2030年将零售和消费环节的全球人均粮食浪费减半的具体目标，", direct=U),
    P("PreambularClause", [R("深为", None, U), R("关切全世界生产的粮食中有相当一部分在收获后和运输途中损失，")],
      [F("emphasis", '序言性条款引导词"深为关切"只有"深为"加了下划线（w:u），"关切"没有；应为整个引导词 «深为关切» '
                     '加下划线 (ZH-B02)')]),
    P("PreambularClause", [R("注意到"), R("许多发展中国家缺乏冷藏设施和仓储设施，")],
      [F("emphasis", '序言性条款引导词"注意到"没有下划线：下划线（w:u）只设在段落标记上（w:pPr/w:rPr），Word 不在文字上'
                     '显示；应为 «注意到» 加下划线，与其他引导词一致 (ZH-B02)')], mark=U),
    cl("认识到", "减少粮食浪费有助于减少温室气体排放和节约水资源，", direct=B),
    cl("铭记", "粮食损失和浪费对小农户和农村妇女的收入影响尤为严重，", direct='<w:u w:val="double"/>'),
    cl("欢迎", "一些国家通过立法鼓励超市将临期食品捐赠给食物银行，", direct=U),
    op("鼓励", "会员国制定减少粮食损失和浪费的国家战略；", direct=U),
    op("促请", "各国政府和私营部门改善农村地区的储存和运输条件，特别是：", direct=U),
    sub("为农民合作社建设低成本的冷藏设施；"),
    sub("改进包装，减少运输途中的损坏；"),
    P("OperativeClause", [R("敦促", None, U), R("各国"), R("立即", None, '<w:em w:val="dot"/>'),
                          R("统一食品标签上的日期标注，避免消费者丢弃仍可安全食用的食品；")],
      [F("emphasis", '行动性条款正文中的"立即"加了着重号（w:em），是为强调而强调；决议正文中除引导词外不加强调，应为 '
                     '«立即» 不加着重号 (UN-B17)')]),
    op("请", "联合国粮食及农业组织协助各国测量粮食损失和浪费的数量；", direct=U, pstyle="ClauseUnderlined",
       faults=[F("emphasis", '条款"请联合国粮食及农业组织协助各国……"使用从他人文件粘贴来的段落样式"条款下划线"（w:u），整个条款'
                             '都有下划线，引导词不再突出；应为只有 «请» 加下划线 (ZH-B03, UN-B17)')]),
    op("邀请", "民间社会组织开展减少家庭粮食浪费的宣传活动；", direct=U),
    op("请", "秘书长在大会第八十一届会议上提交关于本决议执行情况的报告。", direct=U),
])

# zh-u05 (cn-mun heading; leads in the delegate's character style 引导词: 楷体 and bold — FORMAT.md §0.2 accepts
# visually distinguished Chinese leads, bold or 楷体). Faults: "关切地注意到" with only "关切" in 引导词, a lead with
# only w:bCs (no 楷体): plain 宋体 on the page, a clause in the bold paragraph style "加粗条款" whose lead in 引导词 is
# toggled back to not bold (§17.7.3) while the text is bold. Controls: a lead in 楷体 only (direct w:rFonts, not
# bold), a lead in 引导词 and also underlined.
DRAFTS["zh-u05-cn-mun-refugee-education-kaiti-bold-lead-style-bcs-toggle.docx"] = (True, KAI + "<w:b/><w:bCs/>", None, [
    plain("决议草案", "DraftTitle"),
    plain("委员会：联合国大会第三委员会"),
    plain("议题：难民儿童受教育的权利"),
    plain("起草国：德国、乌干达、约旦"),
    plain("附议国：澳大利亚、哥伦比亚、黎巴嫩、挪威、土耳其"),
    P("OrganLine", [R("大会，", None, B)]),
    cl("重申", "人人享有受教育的权利，包括难民和流离失所的儿童，", style="Lead"),
    P("PreambularClause", [R("关切", "Lead"), R("地注意到"), R("世界上将近一半的学龄难民儿童没有上学，")],
      [F("emphasis", '序言性条款引导词"关切地注意到"只有"关切"套用了字符样式"引导词"（楷体、加粗），"地注意到"为普通宋体；'
                     '应为整个引导词 «关切地注意到» 以同一方式突出 (ZH-B02)')]),
    cl("认识到", "收容国的学校往往人满为患，教师和教材都严重不足，", direct="<w:bCs/>",
       faults=[F("emphasis", '序言性条款引导词"认识到"只有 w:bCs（复杂文种加粗），对中文不起作用，页面上是普通宋体，与其他'
                             '楷体加粗的引导词不同；应为 «认识到» 加粗（或与其他引导词一致）(ZH-B02, UN-B04)')]),
    cl("意识到", "女童在冲突和流离失所中辍学的风险尤其高，", direct=KAI),
    cl("欢迎", "许多收容国已允许难民儿童进入本国公立学校就读，", style="Lead"),
    cl("铭记", "教育能够保护儿童免受童工、早婚和招募的危害，", style="Lead"),
    op("呼吁", "国际社会为收容大量难民的国家的教育系统提供长期资金；", style="Lead"),
    op("鼓励", "收容国承认难民儿童在原籍国取得的学历和成绩；", style="Lead", pstyle="ClauseBold",
       faults=[F("emphasis", '条款"鼓励收容国承认难民儿童……"使用加粗的段落样式"加粗条款"，其引导词又套用了加粗的字符样式"引导词"：'
                             '两级样式的加粗按 ECMA-376 第1部分 §17.7.3 互相抵消，Word 显示引导词不加粗、正文加粗；应为只有 '
                             '«鼓励» 突出，正文不加粗 (ZH-B03, UN-B17)')]),
    op("请", "联合国难民事务高级专员办事处和联合国儿童基金会协助各国：", style="Lead"),
    sub("为难民儿童开设语言衔接课程；"),
    sub("培训教师应对儿童的心理创伤；"),
    op("敦促", "各国将难民儿童纳入国家教育计划和统计数据；", style="Lead", direct=U),
    op("请", "秘书长在大会第八十一届会议上报告本决议的执行情况。", style="Lead"),
])


def write_annotations() -> None:
    data = {}
    for name, (_zh, _rpr, _based, paragraphs) in DRAFTS.items():
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(paragraphs, 1) for f in p.faults]
        data[name] = {"faults": faults}
    header = ("# word-blind56: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md).\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def listing() -> None:
    for name, (_zh, _rpr, _based, paragraphs) in DRAFTS.items():
        print(name)
        for i, p in enumerate(paragraphs, 1):
            runs = " ".join(f"[{r.text}]{{{r.style or ''}{' ' + r.direct if r.direct else ''}}}" for r in p.runs)
            print(f"  {i:2} {p.style}{' mark ' + p.mark if p.mark else ''}: {runs}")
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
        for name, (zh, lead_rpr, lead_based, paragraphs) in DRAFTS.items():
            build(name, zh, lead_rpr, lead_based, paragraphs)
        write_annotations()
