"""Build the drafts of the blind set word-blind47 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, style, runs (rStyle / direct), faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 70-dpi PNG pages of each draft

The set is about formatting carried by STYLES, not by runs: leads emphasised through a character style ("Lead",
based on "Emphasis"; "Strong" / 要点 for Chinese), paragraph styles three deep (Preambular Clause -> Clause ->
Resolution Body -> Normal) with the operative numbering inside the style (w:numPr in w:pPr of the style, level 1 of
the sub-clauses in a style of its own), an organ-line paragraph style that is itself italic (English) or bold
(Chinese), document defaults on theme fonts (w:asciiTheme / w:eastAsiaTheme minor*), the body font (Times New Roman
12 pt, 宋体 for East Asian text) named only in the Normal style, and the toggle properties of ECMA-376 Part 1
§17.7.3: a character style that sets w:i (w:b) on a run of a paragraph style that also sets it cancels it (the
text is upright / not bold), while direct formatting on the run is absolute (w:i on -> italic, w:i w:val="0" ->
upright, whatever the styles say).

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
    """A run: its text, its character style (w:rStyle) and its direct properties as raw rPr children."""
    text: str
    style: str | None = None
    direct: str = ""  # e.g. '<w:i w:val="0"/>'


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    style: str
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    numpr: tuple[int, int] | None = None  # a direct w:numPr (numId, ilvl)


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


def lead(lead_text: str, rest: str, style: str = "Lead", direct: str = "", faults: list[Fault] | None = None,
         pstyle: str = "PreambularClause", numpr: tuple[int, int] | None = None) -> P:
    return P(pstyle, [R(lead_text, style, direct), R(rest)], faults or [], numpr)


def plain(text: str, pstyle: str = "HeadingField", faults: list[Fault] | None = None) -> P:
    return P(pstyle, [R(text)], faults or [])


# ---------------------------------------------------------------- styles, numbering, theme


def style(sid: str, name: str, kind: str = "paragraph", based: str | None = None, ppr: str = "", rpr: str = "",
          extra: str = "") -> str:
    return (f'<w:style {NSDECL} w:type="{kind}" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
            + (f'<w:basedOn w:val="{based}"/>' if based else "") + extra + '<w:qFormat/>'
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")


def builtin(sid: str, name: str, kind: str, based: str | None, ppr: str = "", rpr: str = "") -> str:
    return (f'<w:style {NSDECL} w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>'
            + (f'<w:basedOn w:val="{based}"/>' if based else "") + '<w:uiPriority w:val="20"/><w:qFormat/>'
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")


def abstract(aid: int, zh: bool) -> str:
    levels = [("decimal", "%1.", 0), ("lowerLetter", "(%2)", 1), ("lowerRoman", "(%3)", 2)]
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="{360 if i == 0 else 432}"/>'
        f"</w:pPr></w:lvl>" for fmt, text, i in levels)
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{body}'
            "</w:abstractNum>")


def setup(doc: docx.Document, zh: bool) -> None:
    """Styles, numbering, theme and settings of a draft built on the conference's template."""
    styles = doc.styles.element
    # document defaults: the theme fonts and Word's 11 pt (10.5 pt, 五号, in a Chinese Word) - what a body in a
    # style that is not based on Normal ("No Spacing") shows
    rpr_default = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr_default):
        rpr_default.remove(child)
    size = 21 if zh else 22
    for xml in (f'<w:rFonts {NSDECL} w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
                'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>',
                f'<w:kern {NSDECL} w:val="2"/>' if zh else None,
                f'<w:sz {NSDECL} w:val="{size}"/>', f'<w:szCs {NSDECL} w:val="{size}"/>',
                f'<w:lang {NSDECL} w:val="en-US" w:eastAsia="{"zh-CN" if zh else "en-US"}" w:bidi="ar-SA"/>'):
        if xml:
            rpr_default.append(parse_xml(xml))
    east = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>' \
        if zh else '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    normal = (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              f'<w:qFormat/><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr>'
              f'<w:rPr>{east}<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>')
    organ_rpr = "<w:b/><w:bCs/>" if zh else "<w:i/><w:iCs/>"
    lead_style = (builtin("Strong", "Strong", "character", "DefaultParagraphFont", rpr="<w:b/><w:bCs/>") if zh else
                  style("Lead", "Lead", "character", "Emphasis"))
    defs = [
        normal,
        builtin("Emphasis", "Emphasis", "character", "DefaultParagraphFont", rpr="<w:i/><w:iCs/>"),
        builtin("Strong", "Strong", "character", "DefaultParagraphFont", rpr="<w:b/><w:bCs/>") if not zh else "",
        lead_style,
        builtin("Quote", "Quote", "paragraph", "Normal",
                ppr='<w:spacing w:before="200" w:after="160"/><w:ind w:left="864" w:right="864"/><w:jc w:val="center"/>',
                rpr='<w:i/><w:iCs/><w:color w:val="404040" w:themeColor="text1" w:themeTint="BF"/>'),
        # Word's "No Spacing" is based on no style: its runs take the document defaults, not Normal's fonts
        (f'<w:style {NSDECL} w:type="paragraph" w:styleId="NoSpacing"><w:name w:val="No Spacing"/>'
         '<w:uiPriority w:val="1"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
         "</w:pPr></w:style>"),
        style("HeadingField", "Heading Field" if not zh else "抬头", based="Normal",
              ppr='<w:spacing w:after="0"/>'),
        style("ResolutionBody", "Resolution Body" if not zh else "决议正文", based="Normal",
              ppr='<w:spacing w:before="0" w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/>'),
        style("OrganLine", "Organ Line" if not zh else "机构名称", based="ResolutionBody",
              ppr='<w:spacing w:before="240"/>', rpr=organ_rpr),
        style("Clause", "Clause" if not zh else "条款", based="ResolutionBody"),
        style("PreambularClause", "Preambular Clause" if not zh else "序言条款", based="Clause",
              ppr='<w:ind w:firstLine="720"/>'),
        style("OperativeClause", "Operative Clause" if not zh else "行动条款", based="Clause",
              ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
        style("SubClause", "Sub-clause" if not zh else "子条款", based="OperativeClause",
              ppr='<w:numPr><w:ilvl w:val="1"/></w:numPr><w:ind w:left="1440" w:hanging="432"/>'),
        # the style a clause pasted from a co-sponsor's file brought with it (Word renamed it on the clash)
        style("OperativeClause1", "Operative Clause1" if not zh else "行动条款1", based="Clause",
              ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'),
        style("DraftTitle", "Draft Title" if not zh else "草案标题", based="Normal",
              ppr='<w:spacing w:after="240"/><w:jc w:val="center"/>', rpr="<w:b/><w:bCs/><w:sz w:val=\"32\"/>"),
    ]
    for xml in defs:
        if not xml:
            continue
        el = parse_xml(xml)
        sid = el.get(w("styleId"))
        for old in styles.findall(w("style")):
            if old.get(w("styleId")) == sid:
                styles.remove(old)
        styles.append(el)
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    numbering.append(parse_xml(abstract(0, zh)))
    numbering.append(parse_xml(abstract(1, zh)))
    numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="1"><w:abstractNumId w:val="0"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="2"><w:abstractNumId w:val="1"/></w:num>'))
    # theme: minor Latin Calibri, minor East Asian 等线 (what Word 2016+ writes for a zh-CN install)
    for part in doc.part.package.parts:
        if str(part.partname).startswith("/word/theme/"):
            root = etree.fromstring(part.blob)
            for scheme, latin in (("minorFont", "Calibri"), ("majorFont", "Calibri Light")):
                font = root.find(f".//{{{A_NS}}}{scheme}")
                font.find(f"{{{A_NS}}}latin").set("typeface", latin)
                font.find(f"{{{A_NS}}}ea").set("typeface", "等线" if zh else "")
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    settings = doc.settings.element
    for old in settings.findall(w("themeFontLang")):
        settings.remove(old)
    settings.append(parse_xml(f'<w:themeFontLang {NSDECL} w:val="en-US" w:eastAsia="{"zh-CN" if zh else "en-US"}"/>'))


def paragraph_xml(p: P) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>'
    if p.numpr:
        ppr += f'<w:numPr><w:ilvl w:val="{p.numpr[1]}"/><w:numId w:val="{p.numpr[0]}"/></w:numPr>'
    runs = ""
    for r in p.runs:
        rpr = (f'<w:rStyle w:val="{r.style}"/>' if r.style else "") + r.direct
        runs += ("<w:r>" + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
                 + f'<w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>')
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def build(name: str, paragraphs: list[P], zh: bool) -> None:
    doc = docx.Document()
    setup(doc, zh)
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

DRAFTS: dict[str, tuple[bool, list[P]]] = {}

# en-s01: clean. Everything the chair looks at comes from styles: the organ line italic through "Organ Line" (and
# once more by direct w:i on its run, which is absolute: still italic), leads through "Lead" (based on "Emphasis"),
# clauses in three-deep paragraph styles, numbers and sub-clause letters from w:numPr inside the styles, Times New
# Roman named only in Normal over theme-font document defaults.
DRAFTS["en-s01-clean-submarine-cables-lead-style-numbered-styles.docx"] = (False, [
    plain("Committee: Second Committee (Economic and Financial)"),
    plain("Topic: Protecting and repairing submarine communications cables"),
    plain("Sponsors: Ghana, Portugal, Singapore"),
    plain("Signatories: Chile, Fiji, Kenya, Norway, Viet Nam"),
    P("OrganLine", [R("The General Assembly,", None, "<w:i/>")]),
    lead("Recalling", " its previous resolutions on information and communications technologies for sustainable "
         "development,"),
    lead("Recognizing", " that submarine cables carry nearly all intercontinental data traffic and that a single "
         "fault can cut a small island State off from the rest of the world for weeks,"),
    P("PreambularClause", [R("Noting with", "Lead"), R(" concern", "Lead"),
                           R(" that only a handful of cable-repair ships serve entire ocean basins,")]),
    lead("Recalling also", " the United Nations Convention on the Law of the Sea, which sets out the freedom to lay "
         "submarine cables on the bed of the high seas,"),
    lead("Encourages", " Member States to designate a national point of contact for cable faults and repairs;",
         pstyle="OperativeClause"),
    lead("Invites", " coastal States to simplify the permits that repair ships need to enter their waters, in "
         "particular by:", pstyle="OperativeClause"),
    plain("granting such permits within forty-eight hours of a request;", "SubClause"),
    plain("waiving port fees for ships on a repair mission;", "SubClause"),
    lead("Requests", " the Secretary-General to submit a report on the implementation of the present resolution to "
         "the General Assembly at its eighty-second session.", pstyle="OperativeClause"),
])

# en-s02: the toggle properties. The organ line's paragraph style is italic and the student also gave it the
# character style "Emphasis": two style levels set w:i, so Word shows it upright (ECMA-376 §17.7.3). A clause pasted
# in the built-in paragraph style "Quote" (italic) keeps its lead in "Lead": the lead is upright, the rest italic. A
# lead in "Lead" on which Ctrl+I was pressed carries w:i w:val="0" directly: upright (direct formatting is absolute).
# Controls: "Lead" plus a direct w:i (italic), the built-in "Emphasis" as the lead's style (italic).
ORGAN_XOR = ('the organ line "The Economic and Social Council," is in the paragraph style "Organ Line", which is '
             'italic, and its run also carries the character style "Emphasis" (italic): two style levels that both '
             'switch w:i on cancel each other (ECMA-376 Part 1 §17.7.3), so Word shows the organ line upright; '
             'expected «The Economic and Social Council,» in italics (UN-B02)')
QUOTE_XOR = ('the clause "Recalling the commitment in Sustainable Development Goal 7 …" was pasted in the paragraph '
             'style "Quote" (italic): its lead "Recalling", in the character style "Lead" (italic), is toggled back '
             'to upright while the rest of the clause shows in italics; expected «Recalling» in italics and the '
             'text after it upright (UN-B04, UN-B17)')
CTRL_I = ('the operative lead "Calls upon" is in the character style "Lead" but its run carries a direct '
          'w:i w:val="0" (Ctrl+I pressed on a lead that was already italic): direct formatting wins, Word shows it '
          'upright; expected «Calls upon» in italics (UN-B08, MUN-F03)')
DRAFTS["en-s02-cookstoves-organ-and-quote-style-toggled-upright.docx"] = (False, [
    plain("Committee: Economic and Social Council"),
    plain("Topic: Clean cooking for households in low-income countries"),
    plain("Sponsors: India, Nigeria"),
    plain("Signatories: Bangladesh, Ecuador, Malawi, Nepal, Sweden"),
    P("OrganLine", [R("The Economic and Social Council,", "Emphasis")], [F("emphasis", ORGAN_XOR)]),
    lead("Alarmed", " that household air pollution from cooking on open fires and simple stoves causes millions of "
         "premature deaths each year,"),
    P("Quote", [R("Recalling", "Lead"), R(" the commitment in Sustainable Development Goal 7 to ensure access to "
                                          "affordable, reliable, sustainable and modern energy for all,")],
      [F("emphasis", QUOTE_XOR)]),
    lead("Aware", " that women and children spend many hours each week gathering firewood,", style="Emphasis"),
    lead("Welcoming", " the national programmes that help households switch to liquefied petroleum gas, biogas and "
         "electric cooking,"),
    lead("Encourages", " Member States to include targets for clean cooking in their nationally determined "
         "contributions;", direct="<w:i/>", pstyle="OperativeClause"),
    lead("Calls upon", " donors to expand results-based financing for producers of clean cookstoves;",
         direct='<w:i w:val="0"/>', pstyle="OperativeClause", faults=[F("emphasis", CTRL_I)]),
    lead("Recommends", " that regional development banks offer low-interest loans to small distributors of cooking "
         "gas;", pstyle="OperativeClause"),
    lead("Requests", " the Secretary-General to include data on access to clean cooking in the annual report on "
         "progress towards the Sustainable Development Goals.", pstyle="OperativeClause"),
])

# en-s03: numbering and fonts through styles. A clause put in "No Spacing" (based on no style) shows the document
# defaults: the theme's Calibri at 11 pt in a Times New Roman 12 pt body. Two sub-clauses left in the "Operative
# Clause" style are numbered "4." and "5." by the style's own numbering.
NOSPACE_FONT = ('mixed fonts: the clause "Noting that many of the children killed on the roads …" is in the paragraph '
                'style "No Spacing", which is based on no style: its text takes the document defaults, the theme '
                'font Calibri (w:asciiTheme minorHAnsi), in a draft whose body is «Times New Roman» (MUN-F08)')
NOSPACE_SIZE = ('mixed font sizes: the same "No Spacing" clause "Noting that many of the children killed on the roads '
                '…" is 11 pt (the document defaults\' w:sz 22) where the body is «12 pt» (MUN-F08)')
SUB_AS = ('the sub-clause "{text}" is in the paragraph style "Operative Clause", whose numbering gives it the '
          'operative number "{n}" instead of a sub-clause letter under clause 3; expected «{want}» (UN-B10, MUN-F06)')
DRAFTS["en-s03-school-roads-no-spacing-theme-font-subs-in-clause-style.docx"] = (False, [
    plain("Committee: General Assembly Plenary"),
    plain("Topic: Safe journeys to school for child pedestrians"),
    plain("Sponsors: Colombia, Ireland, Senegal"),
    plain("Signatories: Austria, Jamaica, Mongolia, Tunisia, Uruguay"),
    P("OrganLine", [R("The General Assembly,")]),
    lead("Deeply concerned", " that road traffic injuries are the leading cause of death for children and young "
         "people aged 5 to 29 years,"),
    lead("Noting", " that many of the children killed on the roads were walking to or from school,",
         pstyle="NoSpacing", faults=[F("fonts-mixed", NOSPACE_FONT), F("sizes-mixed", NOSPACE_SIZE)]),
    lead("Convinced", " that lower speeds, safe crossings and well-lit pavements save lives,"),
    lead("Urges", " Member States to make the streets around schools safer, in particular by:",
         pstyle="OperativeClause"),
    plain("setting a speed limit of 30 km/h within school zones;", "SubClause"),
    plain("marking raised crossings at school gates;", "SubClause"),
    lead("Encourages", " local authorities to involve parents and pupils in mapping dangerous crossings;",
         pstyle="OperativeClause"),
    lead("Invites", " the World Health Organization, in cooperation with the regional commissions, to support "
         "Member States:", pstyle="OperativeClause"),
    plain("in collecting data on injuries to child pedestrians;", "OperativeClause",
          [F("sub-clause-label", SUB_AS.format(text="in collecting data on injuries to child pedestrians;", n="4.",
                                                want="(a)"))]),
    plain("in training traffic police to enforce school-zone speed limits.", "OperativeClause",
          [F("sub-clause-label", SUB_AS.format(text="in training traffic police to enforce school-zone speed limits.",
                                                n="5.", want="(b)"))]),
])

# zh-s04: Chinese, the East Asian font named only in Normal (宋体) over document defaults on the theme (等线, 10.5
# pt). The organ line's style "机构名称" is bold and the student also applied the character style "要点" (Strong):
# Word shows it not bold. A lead in 要点 with a direct w:b w:val="0" (the B button pressed on a bold lead): not bold.
# A clause in "No Spacing" (numbered again by a direct w:numPr): 等线 10.5 pt. The last clause pasted from a
# co-sponsor's file in "行动条款1", whose numbering is another list: "1.".
ZH_ORGAN = ('机构名称行"大会，"使用段落样式"机构名称"（加粗），其文字又套用了字符样式"要点"（加粗）：两级样式都打开 '
            'w:b，按 ECMA-376 第1部分 §17.7.3 互相抵消，Word 显示为不加粗；应为 «大会，» 加粗 (UN-B02, ZH-B01)')
ZH_BOFF = ('行动性条款引导词"促请"套用字符样式"要点"，但其文字另有直接格式 w:b w:val="0"（对已加粗的引导词又按了'
           '"加粗"按钮）：直接格式优先，Word 显示为不加粗，与其他引导词不一致；应为 «促请» 加粗 (UN-B08, ZH-B03)')
ZH_FONT = ('mixed fonts: 条款"请联合国儿童基金会协助各国……"使用段落样式"无间隔"（No Spacing，不基于任何样式），'
           '中文取文档默认的主题字体等线（w:eastAsiaTheme minorEastAsia），全文其余部分为 «宋体» (MUN-F08, ZPP-03)')
ZH_SIZE = ('mixed font sizes: 同一条款"请联合国儿童基金会协助各国……"为文档默认的 10.5 磅（五号，w:sz 21），'
           '全文其余部分为 «12 磅（小四）» (MUN-F08)')
ZH_RESTART = ('最后一条"请秘书长在大会第八十二届会议上……"从另一起草国的文件粘贴而来，带入样式"行动条款1"，其编号属于'
              '另一个列表，显示为"1."；应为 «5.» (UN-B07, ZH-B03)')
DRAFTS["zh-s04-rural-water-organ-strong-over-bold-style-dengxian-restart.docx"] = (True, [
    plain("决议草案", "DraftTitle"),
    plain("委员会：联合国大会第二委员会"),
    plain("议题：农村地区的安全饮用水"),
    plain("起草国：埃塞俄比亚、秘鲁、印度尼西亚"),
    plain("附议国：孟加拉国、芬兰、加纳、约旦、尼泊尔"),
    P("OrganLine", [R("大会，", "Strong")], [F("emphasis", ZH_ORGAN)]),
    lead("回顾", "其2010年7月28日第64/292号决议，其中确认享有安全的清洁饮用水和卫生设施的权利是一项人权，",
         style="Strong"),
    lead("关切地注意到", "农村地区仍有大量人口无法获得基本的饮用水服务，", style="Strong"),
    lead("认识到", "妇女和女童承担了大部分取水工作，每天为此花费大量时间，", style="Strong"),
    lead("鼓励", "会员国将农村供水纳入国家发展规划；", style="Strong", pstyle="OperativeClause"),
    lead("促请", "捐助方支持小型社区供水设施的建设和维护，特别是：", style="Strong", direct='<w:b w:val="0"/>',
         pstyle="OperativeClause", faults=[F("emphasis", ZH_BOFF)]),
    plain("为社区供水管理人员提供培训；", "SubClause"),
    plain("资助太阳能水泵等低成本技术；", "SubClause"),
    lead("请", "联合国儿童基金会协助各国在学校中建设安全的饮水点；", style="Strong", pstyle="NoSpacing",
         numpr=(1, 0), faults=[F("fonts-mixed", ZH_FONT), F("sizes-mixed", ZH_SIZE)]),
    lead("邀请", "各区域开发银行为农村供水项目提供优惠贷款；", style="Strong", pstyle="OperativeClause"),
    lead("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", style="Strong", pstyle="OperativeClause1",
         faults=[F("numbering", ZH_RESTART)]),
])

# zh-s05: clean Chinese. The organ line bold through its paragraph style alone; leads bold through 要点 (Strong) in
# paragraph styles that are not bold; one lead with 要点 and a direct w:b (absolute: bold); 宋体 named only in
# Normal; numbering and sub-clause letters from the styles.
DRAFTS["zh-s05-clean-older-persons-digital-strong-leads-style-only-songti.docx"] = (True, [
    plain("决议草案", "DraftTitle"),
    plain("委员会：人权理事会"),
    plain("议题：老年人的数字包容"),
    plain("起草国：日本、智利、新加坡"),
    plain("附议国：奥地利、巴西、马来西亚、摩洛哥、新西兰"),
    P("OrganLine", [R("人权理事会，")]),
    lead("重申", "一切人权都是普遍、不可分割、相互依存和相互关联的，", style="Strong"),
    lead("注意到", "许多老年人因缺乏数字技能而难以获得公共服务和医疗服务，", style="Strong"),
    lead("又注意到", "银行网点和售票窗口的关闭使不使用智能手机的老年人面临更多困难，", style="Strong"),
    lead("促请", "各国确保老年人能够以非数字方式获得基本公共服务；", style="Strong", direct="<w:b/>",
         pstyle="OperativeClause"),
    lead("鼓励", "各国政府与社区组织合作，为老年人开设免费的数字技能课程，包括：", style="Strong",
         pstyle="OperativeClause"),
    plain("在社区中心和图书馆开设面对面的辅导课程；", "SubClause"),
    plain("编写字体较大、步骤清楚的使用指南；", "SubClause"),
    lead("请", "联合国人权事务高级专员办事处在理事会第六十一届会议上提交一份关于老年人数字包容的报告。",
         style="Strong", pstyle="OperativeClause"),
])


def write_annotations() -> None:
    data = {}
    for name, (_zh, paragraphs) in DRAFTS.items():
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(paragraphs, 1) for f in p.faults]
        data[name] = {"faults": faults}
    header = ("# word-blind47: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md).\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def listing() -> None:
    for name, (_zh, paragraphs) in DRAFTS.items():
        print(name)
        for i, p in enumerate(paragraphs, 1):
            runs = " ".join(f"[{r.text}]{{{r.style or ''}{' ' + r.direct if r.direct else ''}}}" for r in p.runs)
            print(f"  {i:2} {p.style}{' numPr' + str(p.numpr) if p.numpr else ''}: {runs}")
            for f in p.faults:
                print(f"       ! {f.kind}: {f.note[:100]}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / name)],
                       check=True, capture_output=True)
        pdf = out / (Path(name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(out / Path(name).stem)], check=True)


if __name__ == "__main__":
    if "--list" in sys.argv:
        listing()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        for name, (zh, paragraphs) in DRAFTS.items():
            build(name, paragraphs, zh)
        write_annotations()
