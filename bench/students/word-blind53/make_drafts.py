"""Build the drafts of the blind set word-blind53 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, style, runs with their w:rFonts
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The set is about where a run's font really comes from in Word: document defaults on theme fonts
(w:asciiTheme="minorHAnsi", w:eastAsiaTheme="minorEastAsia", resolved through theme1.xml's a:minorFont a:latin / a:ea
and, for a zh-CN w:themeFontLang, its <a:font script="Hans">), fonts named in styles along basedOn chains, direct
w:rFonts on runs (a theme attribute beats the named font of the same slot: MS-OI29500 2.1.88), w:hint="eastAsia",
w:cs fonts (complex script only), one font under two names (SimSun / 宋体, Microsoft YaHei / 微软雅黑, Times New Roman /
TimesNewRomanPSMT, each given in fontTable with its w:altName), fonts set only on the paragraph mark (w:pPr/w:rPr),
fonts on empty runs and on runs of spaces, heading blocks in another font by design, and Chinese text whose style
chain has no East Asian font at all.

python-docx gives the package (its default template); styles, theme, fontTable, settings and every paragraph are
written as raw WordprocessingML by the helpers below (written for this set; nothing imported from drafter or another
set). Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph number is the
1-based index of the w:p in the body (no empty paragraphs, no tables), checked again on the saved file.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

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


def fonts(**attrs: str) -> str:
    """A w:rFonts element from keyword attributes (ascii, hAnsi, eastAsia, cs, asciiTheme, ..., hint)."""
    return "<w:rFonts " + " ".join(f"w:{k}={quoteattr(v)}" for k, v in attrs.items()) + "/>"


@dataclass
class R:
    """A run: its text and its direct run properties as raw rPr children (fonts first, then b/i)."""
    text: str
    rpr: str = ""


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    style: str
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    mark: str = ""  # raw rPr children of the paragraph mark (w:pPr/w:rPr): never shown on the page


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


def it(text: str, extra: str = "") -> R:
    return R(text, extra + "<w:i/>")


def bd(text: str, extra: str = "") -> R:
    return R(text, extra + "<w:b/>")


def t(text: str, extra: str = "") -> R:
    return R(text, extra)


def pre(lead: str, rest: str, zh: bool = False, style: str = "Clause", faults: list[Fault] | None = None,
        mark: str = "") -> P:
    return P(style, [bd(lead) if zh else it(lead), t(rest)], faults or [], mark)


def op(n: int, lead: str, rest: str, zh: bool = False, style: str = "Clause", faults: list[Fault] | None = None,
       mark: str = "") -> P:
    return P(style, [t(f"{n}. "), bd(lead) if zh else it(lead), t(rest)], faults or [], mark)


def head(text: str, style: str = "HeadingBlock", rpr: str = "") -> P:
    return P(style, [R(text, rpr)])


# ---------------------------------------------------------------- styles, theme, fonts


@dataclass
class Setup:
    zh: bool
    defaults_fonts: str  # w:rFonts of w:docDefaults
    normal_fonts: str  # w:rFonts of Normal ("" = none: Normal takes the defaults)
    styles: list[str]  # extra style XML
    font_table: list[tuple[str, str]] = field(default_factory=list)  # (name, altName)


def style(sid: str, name: str, based: str | None = "Normal", ppr: str = "", rpr: str = "",
          kind: str = "paragraph") -> str:
    return (f'<w:style {NSDECL} w:type="{kind}" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
            + (f'<w:basedOn w:val="{based}"/>' if based else "") + "<w:qFormat/>"
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")


def setup(doc: docx.Document, s: Setup) -> None:
    styles = doc.styles.element
    rpr_default = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr_default):
        rpr_default.remove(child)
    # the conference template sets 12 pt (小四) in the defaults too, so only fonts differ between styles
    for xml in (s.defaults_fonts, '<w:sz w:val="24"/>', '<w:szCs w:val="24"/>',
                f'<w:lang w:val="en-US" w:eastAsia="{"zh-CN" if s.zh else "en-US"}" w:bidi="ar-SA"/>'):
        if xml:
            rpr_default.append(parse_xml(f"<w:rPr {NSDECL}>{xml}</w:rPr>")[0])
    normal = (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '<w:qFormat/><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr>'
              f'<w:rPr>{s.normal_fonts}<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>')
    for xml in [normal, *s.styles]:
        el = parse_xml(xml)
        sid = el.get(w("styleId"))
        for old in styles.findall(w("style")):
            if old.get(w("styleId")) == sid:
                styles.remove(old)
        styles.append(el)
    # theme: what Word 2016+ writes. minor: Calibri, a:ea empty, script fonts Hans 等线 / Jpan 游明朝 / Hant 新細明體;
    # major: Calibri Light, Hans 等线 Light
    for part in doc.part.package.parts:
        if str(part.partname).startswith("/word/theme/"):
            root = etree.fromstring(part.blob)
            for scheme, latin, hans, jpan in (("minorFont", "Calibri", "等线", "游明朝"),
                                              ("majorFont", "Calibri Light", "等线 Light", "游ゴシック Light")):
                font = root.find(f".//{{{A_NS}}}{scheme}")
                font.find(f"{{{A_NS}}}latin").set("typeface", latin)
                font.find(f"{{{A_NS}}}ea").set("typeface", "")
                for old in font.findall(f"{{{A_NS}}}font"):
                    font.remove(old)
                for script, face in (("Jpan", jpan), ("Hans", hans), ("Hant", "新細明體")):
                    el = etree.SubElement(font, f"{{{A_NS}}}font")
                    el.set("script", script)
                    el.set("typeface", face)
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if str(part.partname) == "/word/fontTable.xml" and s.font_table:
            root = etree.fromstring(part.blob)
            for name, alt in s.font_table:
                el = etree.SubElement(root, w("font"))
                el.set(w("name"), name)
                if alt:
                    a = etree.SubElement(el, w("altName"))
                    a.set(w("val"), alt)
                if alt == "Times New Roman":  # Times New Roman's PANOSE and family: Word substitutes by these
                    pan = etree.SubElement(el, w("panose1"))
                    pan.set(w("val"), "02020603050405020304")
                    fam = etree.SubElement(el, w("family"))
                    fam.set(w("val"), "roman")
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    settings = doc.settings.element
    for old in settings.findall(w("themeFontLang")):
        settings.remove(old)
    settings.append(parse_xml(f'<w:themeFontLang {NSDECL} w:val="en-US" w:eastAsia="{"zh-CN" if s.zh else "en-US"}"/>'))


def paragraph_xml(p: P) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>' + (f"<w:rPr>{p.mark}</w:rPr>" if p.mark else "")
    runs = ""
    for r in p.runs:
        runs += ("<w:r>" + (f"<w:rPr>{r.rpr}</w:rPr>" if r.rpr else "")
                 + f'<w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>')
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def build(name: str, s: Setup, paragraphs: list[P]) -> None:
    doc = docx.Document()
    setup(doc, s)
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
    assert 15 <= count <= 40, (name, count)


# ---------------------------------------------------------------- shared font settings

THEME_DEFAULTS = fonts(asciiTheme="minorHAnsi", eastAsiaTheme="minorEastAsia", hAnsiTheme="minorHAnsi",
                       cstheme="minorBidi")
# an English template: no East Asian font anywhere in the defaults
THEME_DEFAULTS_LATIN_ONLY = fonts(asciiTheme="minorHAnsi", hAnsiTheme="minorHAnsi", cstheme="minorBidi")
TNR = fonts(ascii="Times New Roman", hAnsi="Times New Roman", cs="Times New Roman")
TNR_SONG = fonts(ascii="Times New Roman", hAnsi="Times New Roman", eastAsia="宋体", cs="Times New Roman")
TNR_SIMSUN = fonts(ascii="Times New Roman", hAnsi="Times New Roman", eastAsia="SimSun", cs="Times New Roman")
CALIBRI = fonts(ascii="Calibri", hAnsi="Calibri")
DENGXIAN = fonts(ascii="等线", eastAsia="等线", hAnsi="等线")
THEME_RUN = fonts(asciiTheme="minorHAnsi", eastAsiaTheme="minorEastAsia", hAnsiTheme="minorHAnsi")
JC = '<w:jc w:val="both"/>'
SUB_IND = '<w:ind w:left="1080" w:hanging="360"/>'

DRAFTS: dict[str, tuple[Setup, list[P]]] = {}

# ---------------------------------------------------------------- en-f01: wildfires
# Body: Times New Roman named in Normal (the defaults are the theme's Calibri, which no body paragraph reaches).
# Heading block in Arial by design ("Heading Block", based on Normal). Traps: a w:cs font, a font on the paragraph
# mark only, a Calibri space inside the lead, a run in TimesNewRomanPSMT (the PDF name of Times New Roman, altName
# in fontTable), an empty Calibri run, w:hint="eastAsia" on Latin text. Faults: a pasted phrase in Calibri (¶11),
# a preambular clause ending with ";" (¶12).
EN1 = Setup(False, THEME_DEFAULTS, TNR, [
    style("HeadingTitle", "Heading Title", ppr='<w:jc w:val="center"/><w:spacing w:after="240"/>',
          rpr=fonts(ascii="Arial", hAnsi="Arial") + '<w:b/><w:sz w:val="28"/>'),
    style("HeadingBlock", "Heading Block", ppr='<w:spacing w:after="0"/>', rpr=fonts(ascii="Arial", hAnsi="Arial")),
    style("Clause", "Clause", ppr=JC),
    style("Organ", "Organ Line", "Clause", ppr='<w:spacing w:before="240"/>'),
    style("SubClause", "Sub-clause", "Clause", ppr=SUB_IND),
], [("TimesNewRomanPSMT", "Times New Roman")])
WILDFIRE_CALIBRI = ('mixed fonts: in "Welcoming the work of the Global Fire Monitoring Center and of regional wildland '
                    'fire networks," the words "Global Fire Monitoring Center and of regional wildland fire networks" '
                    'were pasted with their source font, Calibri (direct w:rFonts w:ascii/w:hAnsi="Calibri"), a '
                    'sans-serif phrase in a clause whose body font is «Times New Roman» (MUN-F08)')
WILDFIRE_SEMI = ('preambular clause ends with a semicolon: "lack protective equipment;"; a preambular clause ends '
                 'with a comma «lack protective equipment,» (UN-B05, MUN-F04)')
DRAFTS["en-f01-wildfires-arial-heading-pasted-calibri-phrase.docx"] = (EN1, [
    head("DRAFT RESOLUTION 2/3", "HeadingTitle"),
    head("Committee: Second Committee (Economic and Financial)"),
    head("Topic: Integrated wildfire management and climate adaptation"),
    head("Sponsors: Australia, Greece, Portugal", rpr=fonts(ascii="Arial", hAnsi="Arial")),
    head("Signatories: Bolivia, Canada, Chile, Indonesia, Türkiye, Zambia"),
    P("Organ", [it("The General Assembly,")]),
    P("Clause", [it("Recalling"), t(" the Sendai Framework for Disaster Risk Reduction 2015–2030 and the Paris "
                                    "Agreement,", fonts(cs="Arial"))]),
    pre("Alarmed", " that wildfires are becoming larger, more frequent and harder to control as summers grow hotter "
        "and drier,", mark=CALIBRI),
    P("Clause", [it("Noting"), it(" ", CALIBRI), it("with concern"),
                 t(" that smoke from large fires harms the health of people living hundreds of kilometres away,")]),
    P("Clause", [it("Recognizing"), t(" the knowledge of indigenous peoples and local communities in the careful use "
                                      "of controlled burning,", fonts(ascii="TimesNewRomanPSMT",
                                                                      hAnsi="TimesNewRomanPSMT"))]),
    P("Clause", [it("Welcoming"), t(" the work of the "),
                 t("Global Fire Monitoring Center and of regional wildland fire networks", CALIBRI), t(",")],
      [F("fonts-mixed", WILDFIRE_CALIBRI)]),
    pre("Concerned", " that many firefighters in developing countries lack protective equipment;",
        faults=[F("preambular-end-mark", WILDFIRE_SEMI)]),
    P("Clause", [t("1. "), it("Encourages"), t(" Member States to move from fire suppression alone to integrated fire "
                                               "management, including prevention, preparedness and recovery;"),
                 t("", CALIBRI)]),
    op(2, "Calls upon", " States with fire-prone regions to share satellite data on active fires in near real time;"),
    P("Clause", [t("3. "), it("Invites"), t(" the Food and Agriculture Organization of the United Nations to update "
                                            "its voluntary guidelines on fire management;", fonts(hint="eastAsia"))]),
    op(4, "Recommends", " that national budgets for fire management give more weight to prevention, for example by:"),
    P("SubClause", [t("(a) training volunteer fire brigades in rural communities;")]),
    P("SubClause", [t("(b) clearing fuel breaks around villages and along roads;")]),
    op(5, "Urges", " donors to fund protective equipment and training for firefighters in developing countries;"),
    op(6, "Requests", " the Secretary-General to report on the implementation of the present resolution to the "
       "General Assembly at its eighty-second session."),
])

# ---------------------------------------------------------------- en-f02: antimicrobial resistance
# Normal names no font: it shows the defaults' theme font, Calibri (minorHAnsi -> a:minorFont/a:latin). The body
# font comes down a basedOn chain: "Clause" -> "Body Base" (Times New Roman) -> Normal. The heading lines are in
# Normal, Calibri, by the template's design. Faults: a run whose w:rFonts names Times New Roman but also carries
# w:asciiTheme/w:hAnsiTheme (the theme attribute wins: Calibri, ¶8); a clause left in Normal (Calibri, ¶13); an
# operative lead not italic (¶14). Traps: w:eastAsiaTheme on a Latin run, asciiTheme on the paragraph mark only, a
# w:cs / w:cstheme run, a theme-font run of one space.
EN2 = Setup(False, THEME_DEFAULTS, "", [
    style("BodyBase", "Body Base", ppr=JC, rpr=TNR),
    style("Clause", "Clause", "BodyBase"),
    style("Organ", "Organ Line", "Clause", ppr='<w:spacing w:before="240"/>'),
    style("SubClause", "Sub-clause", "Clause", ppr=SUB_IND),
])
AMR_THEME = ('mixed fonts: the words "that antibiotics are widely used to make farm animals grow faster rather than '
             'to treat disease," carry w:rFonts that name Times New Roman but also w:asciiTheme="minorHAnsi" / '
             'w:hAnsiTheme="minorHAnsi"; Word uses the theme font when the theme attribute is present, so they show in '
             'Calibri inside a «Times New Roman» body (MUN-F08)')
AMR_NORMAL = ('mixed fonts: the clause "2. Encourages governments to fund national surveillance of resistant '
              'infections …" is in the paragraph style Normal (the clause style was lost when it was pasted), and '
              'Normal names no font: the whole clause shows in the theme font Calibri where the body is «Times New '
              'Roman» (MUN-F08)')
AMR_LEAD = ('operative lead "Calls upon" is not italic while every other lead is; expected «Calls upon» in italics '
            '(UN-B08, MUN-F03)')
DRAFTS["en-f02-antimicrobials-theme-attribute-wins-clause-in-normal.docx"] = (EN2, [
    head("Committee: General Assembly Plenary", "Normal"),
    head("Topic: Antimicrobial resistance in human and animal health", "Normal"),
    head("Sponsors: Kenya, Netherlands, Thailand", "Normal"),
    head("Signatories: Argentina, Denmark, Ghana, Peru, Philippines, Sweden", "Normal"),
    P("Organ", [it("The General Assembly,")]),
    pre("Recalling", " the political declaration of the high-level meeting on antimicrobial resistance adopted in "
        "2024,"),
    pre("Deeply concerned", " that drug-resistant infections already cause more than a million deaths every year,"),
    P("Clause", [it("Noting"), t(" that antibiotics are widely used to make farm animals grow faster rather than to "
                                 "treat disease,", fonts(ascii="Times New Roman", hAnsi="Times New Roman",
                                                         asciiTheme="minorHAnsi", hAnsiTheme="minorHAnsi"))],
      [F("fonts-mixed", AMR_THEME)]),
    P("Clause", [it("Aware"), t(" that few new classes of antibiotics have reached patients in the last thirty years,",
                                fonts(ascii="Times New Roman", eastAsiaTheme="minorEastAsia", hAnsi="Times New Roman"))]),
    pre("Recognizing", " the One Health approach, which links the health of people, animals and the environment,",
        mark=fonts(asciiTheme="minorHAnsi", hAnsiTheme="minorHAnsi")),
    P("Clause", [it("Emphasizing"), t(" that access to existing antibiotics is still a problem in many low-income "
                                      "countries,", fonts(cs="Calibri", cstheme="minorBidi"))]),
    op(1, "Urges", " Member States to phase out the use of medically important antimicrobials to promote growth in "
       "animals;"),
    op(2, "Encourages", " governments to fund national surveillance of resistant infections and to report their data "
       "to the Global Antimicrobial Resistance and Use Surveillance System;", style="Normal",
       faults=[F("fonts-mixed", AMR_NORMAL)]),
    P("Clause", [t("3. Calls upon pharmaceutical companies to share the results of clinical trials of new "
                   "antibiotics;")], [F("emphasis", AMR_LEAD)]),
    op(4, "Invites", " the World Health Organization, the Food and Agriculture Organization of the United Nations and "
       "the World Organisation for Animal Health to:"),
    P("SubClause", [t("(a) publish a common list of antimicrobials reserved for human medicine;")]),
    P("SubClause", [t("(b) help countries write national action plans with measurable targets;")]),
    P("Clause", [t("5. "), it("Supports"), R(" ", THEME_RUN),
                 t("new financing models that reward companies for developing antibiotics without depending on "
                   "sales volumes;")]),
    op(6, "Requests", " the Secretary-General to report on progress to the General Assembly at its eighty-first "
       "session."),
])

# ---------------------------------------------------------------- zh-f03: desertification
# Normal: Times New Roman + 宋体 (w:eastAsia). Defaults on theme fonts; with w:themeFontLang w:eastAsia="zh-CN" the
# minorEastAsia slot resolves through a:minorFont's <a:font script="Hans" typeface="等线"/> (a:ea is empty).
# Title and heading lines in 黑体 by design. Faults: a run carrying the theme attributes themselves (pasted from a
# blank Word document: 等线 / Calibri, ¶9); a phrase pasted in 等线 by name (¶11); a non-final clause ending with
# "。" (¶18). Traps: w:hint="eastAsia", SimSun as the name of 宋体, 等线 on the paragraph mark only, an empty 等线 run
# and a 等线 run of spaces, TimesNewRomanPSMT on a sub-clause label and on digits.
HEI = fonts(ascii="Times New Roman", hAnsi="Times New Roman", eastAsia="黑体")
ZH3 = Setup(True, THEME_DEFAULTS, TNR_SONG, [
    style("DraftTitle", "草案标题", ppr='<w:jc w:val="center"/><w:spacing w:after="240"/>',
          rpr=HEI + '<w:b/><w:sz w:val="32"/>'),
    style("HeadingBlock", "抬头", ppr='<w:spacing w:after="0"/>', rpr=HEI),
    style("Clause", "条款", ppr=JC),
    style("Organ", "机构名称", "Clause", ppr='<w:spacing w:before="240"/>'),
    style("SubClause", "子条款", "Clause", ppr=SUB_IND),
], [("宋体", "SimSun"), ("等线", "DengXian"), ("黑体", "SimHei"), ("TimesNewRomanPSMT", "Times New Roman")])
DESERT_THEME = ('mixed fonts: 序言性条款"认识到干旱和沙尘暴对农业、健康和交通造成的损失逐年增加，"的正文部分从一个新建的 '
                'Word 文档粘贴而来，run 上带有 w:eastAsiaTheme="minorEastAsia" / w:asciiTheme="minorHAnsi"，经主题 '
                'a:minorFont 的 <a:font script="Hans"> 解析为等线，与全文的 «宋体» 不同 (MUN-F08, ZPP-03)')
DESERT_DENGXIAN = ('mixed fonts: 条款中的"“绿色长城”倡议在萨赫勒地区取得的进展"是从新闻网页粘贴的，字体为等线'
                   '（w:eastAsia="等线"），其余文字为 «宋体» (MUN-F08, ZPP-03)')
DESERT_STOP = ('非最后一条行动性条款以句号结尾："提供小额贷款。"；应为 «提供小额贷款；» (UN-B09, ZH-B03)')
PSMT = fonts(ascii="TimesNewRomanPSMT", hAnsi="TimesNewRomanPSMT")
DRAFTS["zh-f03-desertification-theme-run-dengxian-paste-songti-names.docx"] = (ZH3, [
    head("决议草案", "DraftTitle"),
    head("委员会：联合国大会第二委员会"),
    head("议题：防治荒漠化与土地退化"),
    head("起草国：蒙古国、尼日尔、乌兹别克斯坦"),
    head("附议国：阿尔及利亚、智利、中国、埃及、约旦、秘鲁"),
    P("Organ", [bd("大会，")]),
    P("Clause", [bd("回顾"), t("《联合国防治荒漠化公约》及其2018—2030年战略框架，",
                               fonts(hint="eastAsia", ascii="Times New Roman", hAnsi="Times New Roman",
                                     eastAsia="宋体"))]),
    P("Clause", [bd("深切关注", fonts(eastAsia="SimSun")),
                 t("全球约有四成土地已经退化，影响到大约三十二亿人的生计，", fonts(eastAsia="SimSun"))]),
    P("Clause", [bd("认识到"), t("干旱和沙尘暴对农业、健康和交通造成的损失逐年增加，", THEME_RUN)],
      [F("fonts-mixed", DESERT_THEME)]),
    pre("注意到", "一些国家通过植树造林和轮牧恢复了大片草原，", zh=True, mark=DENGXIAN),
    P("Clause", [bd("欢迎"), t("“绿色长城”倡议在萨赫勒地区取得的进展", DENGXIAN), t("，")],
      [F("fonts-mixed", DESERT_DENGXIAN)]),
    op(1, "鼓励", "各会员国将土地退化零增长目标纳入国家发展规划；", zh=True),
    P("Clause", [t("2. "), bd("促请"), t("", DENGXIAN), t("发达国家为受影响的发展中国家提供资金和技术支持；"),
                 t("  ", DENGXIAN)]),
    op(3, "请", "各国政府在以下方面加强合作：", zh=True),
    P("SubClause", [t("(a) ", PSMT), t("建立干旱早期预警系统；")]),
    P("SubClause", [t("(b) ", PSMT), t("推广节水灌溉和耐旱作物；")]),
    P("Clause", [t("4. "), bd("支持"), t("在"), t("2030", PSMT), t("年前恢复十亿公顷退化土地的全球目标；")]),
    op(5, "邀请", "各国际金融机构为社区土地恢复项目提供小额贷款。", zh=True, faults=[F("operative-end-mark", DESERT_STOP)]),
    op(6, "请", "秘书长在大会第八十一届会议上报告本决议的执行情况。", zh=True),
])

# ---------------------------------------------------------------- zh-f04: marine plastic
# Normal names no font (theme: 等线 for Chinese, Calibri for Latin). The body font comes down a basedOn chain:
# "条款" -> "正文基础" (Times New Roman + 宋体) -> Normal. Heading lines in 微软雅黑 by design, one of them with a
# run naming the same font "Microsoft YaHei". Faults: a clause left in Normal (等线 / Calibri, ¶9); an English term
# pasted in Calibri (¶13). Traps: Latin-only w:rFonts on Chinese text (w:eastAsia still 宋体 from the chain), 等线 on
# the paragraph mark only, a w:cs font.
YAHEI = fonts(ascii="Microsoft YaHei", hAnsi="Microsoft YaHei", eastAsia="微软雅黑")
ZH4 = Setup(True, THEME_DEFAULTS, "", [
    style("HeadingBlock", "抬头", ppr='<w:spacing w:after="0"/>', rpr=YAHEI),
    style("DraftTitle", "草案标题", "HeadingBlock", ppr='<w:jc w:val="center"/><w:spacing w:after="240"/>',
          rpr='<w:b/><w:sz w:val="32"/>'),
    style("BodyBase", "正文基础", ppr=JC, rpr=TNR_SONG),
    style("Clause", "条款", "BodyBase"),
    style("Organ", "机构名称", "Clause", ppr='<w:spacing w:before="240"/>'),
    style("SubClause", "子条款", "Clause", ppr=SUB_IND),
], [("微软雅黑", "Microsoft YaHei"), ("宋体", "SimSun"), ("等线", "DengXian")])
PLASTIC_NORMAL = ('mixed fonts: 序言性条款"注意到微塑料已在饮用水、海盐和人体组织中被检测到，"粘贴后落在段落样式"正文"'
                  '（Normal）中，Normal 未指定字体，中文取主题字体等线（minorEastAsia → Hans），整段与全文的 «宋体» '
                  '不同 (MUN-F08, ZPP-03)')
PLASTIC_CALIBRI = ('mixed fonts: 括号中的英文"Extended Producer Responsibility, EPR"是从英文资料粘贴的，字体为 Calibri'
                   '（无衬线），全文西文为 «Times New Roman» (MUN-F08)')
DRAFTS["zh-f04-marine-plastic-yahei-heading-clause-in-normal-calibri-term.docx"] = (ZH4, [
    head("决议草案", "DraftTitle"),
    head("委员会：联合国环境大会", rpr=fonts(eastAsia="Microsoft YaHei")),
    head("议题：终结海洋塑料污染"),
    head("起草国：斐济、挪威、卢旺达"),
    head("附议国：智利、法国、加纳、日本、马尔代夫、塞内加尔"),
    P("Organ", [bd("联合国环境大会，")]),
    P("Clause", [bd("忆及"), t("其2022年3月2日第5/14号决议，其中决定制定一项具有法律约束力的塑料污染国际文书，",
                               fonts(ascii="Times New Roman", hAnsi="Times New Roman"))]),
    pre("深为关切", "每年有数百万吨塑料垃圾进入海洋，危害海洋生物和沿海社区，", zh=True),
    pre("注意到", "微塑料已在饮用水、海盐和人体组织中被检测到，", zh=True, style="Normal",
        faults=[F("fonts-mixed", PLASTIC_NORMAL)]),
    pre("认识到", "拾荒者和社区回收组织在塑料回收中发挥的作用，", zh=True, mark=DENGXIAN),
    P("Clause", [bd("欢迎"), t("许多国家已经禁止或限制使用一次性塑料袋，", fonts(cs="Arial"))]),
    op(1, "鼓励", "各会员国减少一次性塑料制品的生产和使用；", zh=True),
    P("Clause", [t("2. "), bd("促请"), t("塑料生产企业承担生产者延伸责任（"),
                 t("Extended Producer Responsibility, EPR", CALIBRI), t("）；")],
      [F("fonts-mixed", PLASTIC_CALIBRI)]),
    op(3, "请", "联合国环境规划署在以下方面协助发展中国家：", zh=True),
    P("SubClause", [t("(a) 建设废物收集和分类设施；")]),
    P("SubClause", [t("(b) 开展海滩和河流垃圾监测；")]),
    op(4, "呼吁", "各国改善港口接收设施，防止船舶向海洋倾倒垃圾；", zh=True),
    op(5, "邀请", "各区域海洋公约秘书处分享清理海洋垃圾的经验；", zh=True),
    op(6, "请", "执行主任向环境大会第七届会议报告本决议的执行情况。", zh=True),
])

# ---------------------------------------------------------------- zh-f05: extreme heat
# An English conference template: the defaults name Latin theme fonts only (no w:eastAsia / w:eastAsiaTheme) and
# w:themeFontLang is en-US. Normal names Times New Roman and SimSun (宋体's English name); some runs name "宋体".
# Faults: a clause in a custom style based on no style that names Latin fonts only, so its Chinese text has no East
# Asian font anywhere (¶10); words pasted in 微软雅黑 (¶13); an operative lead not bold (¶18). Traps: w:hint
# ="eastAsia" on a run with "40°C", Calibri named on a run of Chinese text (its East Asian font stays SimSun), 微软雅黑
# on the paragraph mark only.
ZH5 = Setup(True, THEME_DEFAULTS_LATIN_ONLY, TNR_SIMSUN, [
    style("DraftTitle", "Draft Title", ppr='<w:jc w:val="center"/><w:spacing w:after="240"/>',
          rpr=HEI + '<w:b/><w:sz w:val="32"/>'),
    style("HeadingBlock", "Heading Block", ppr='<w:spacing w:after="0"/>'),
    style("Clause", "Clause", ppr=JC),
    style("Organ", "Organ Line", "Clause", ppr='<w:spacing w:before="240"/>'),
    style("SubClause", "Sub-clause", "Clause", ppr=SUB_IND),
    style("PlainEN", "Plain Text EN", None, ppr=JC + '<w:spacing w:after="120"/>',
          rpr=fonts(ascii="Times New Roman", hAnsi="Times New Roman") + '<w:sz w:val="24"/>'),
], [("SimSun", "宋体"), ("Microsoft YaHei", "微软雅黑"), ("黑体", "SimHei")])
HEAT_NOEA = ('no East Asian font: 序言性条款"关切许多城市缺乏降温中心和高温预警系统，"使用从英文模板带来的段落样式 '
             '"Plain Text EN"（不基于任何样式，只指定 Times New Roman），样式链和文档默认设置中都没有 w:eastAsia，'
             'Word 只能用替代字体显示这段中文，与全文的 «宋体» 不同 (ZPP-03, MUN-F08)')
HEAT_YAHEI = ('mixed fonts: 条款中"并为居民开放公共降温场所"从网页粘贴，字体为微软雅黑（黑体类），其余文字为 «宋体» '
              '(MUN-F08, ZPP-03)')
HEAT_LEAD = ('行动性条款引导词"建议"没有加粗，其他引导词均加粗；应为 «建议» 加粗 (UN-B08, ZH-B03)')
DRAFTS["zh-f05-extreme-heat-english-template-no-east-asian-font-yahei-paste.docx"] = (ZH5, [
    head("决议草案", "DraftTitle"),
    head("委员会：经济及社会理事会"),
    head("议题：极端高温与公共卫生"),
    head("起草国：印度、意大利、巴基斯坦"),
    head("附议国：澳大利亚、孟加拉国、希腊、墨西哥、沙特阿拉伯"),
    P("Organ", [bd("经济及社会理事会，")]),
    pre("回顾", "《2030年可持续发展议程》和《2015-2030年仙台减少灾害风险框架》，", zh=True),
    P("Clause", [bd("震惊地注意到"), t("近年来许多地区气温超过40°C，热浪造成的死亡人数不断上升，",
                                       fonts(hint="eastAsia"))]),
    P("Clause", [bd("认识到"), t("老年人、户外劳动者和城市贫困人口最容易受到高温伤害，", CALIBRI)]),
    pre("关切", "许多城市缺乏降温中心和高温预警系统，", zh=True, style="PlainEN",
        faults=[F("east-asian-font", HEAT_NOEA)]),
    P("Clause", [bd("欢迎", fonts(eastAsia="宋体")),
                 t("世界气象组织和世界卫生组织在高温健康预警方面的合作，", fonts(eastAsia="宋体"))]),
    op(1, "鼓励", "各会员国制定国家高温卫生行动计划；", zh=True),
    P("Clause", [t("2. "), bd("促请"), t("各城市增加绿地和遮阴设施，"),
                 t("并为居民开放公共降温场所", fonts(ascii="Microsoft YaHei", hAnsi="Microsoft YaHei",
                                                   eastAsia="Microsoft YaHei")), t("；")],
      [F("fonts-mixed", HEAT_YAHEI)]),
    op(3, "请", "各国在高温期间调整户外工作时间，保护劳动者的健康；", zh=True,
       mark=fonts(eastAsia="微软雅黑")),
    op(4, "邀请", "世界气象组织协助发展中国家建立高温早期预警系统，包括：", zh=True),
    P("SubClause", [t("(a) 发布分地区的高温预报；")]),
    P("SubClause", [t("(b) 通过短信和广播向居民发送预警；")]),
    P("Clause", [t("5. 建议各国卫生部门收集与高温有关的死亡和疾病数据；")], [F("emphasis", HEAT_LEAD)]),
    op(6, "请", "秘书长向理事会2027年届会报告本决议的执行情况。", zh=True),
])


def write_annotations() -> None:
    data = {}
    for name, (_s, paragraphs) in DRAFTS.items():
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(paragraphs, 1) for f in p.faults]
        data[name] = {"faults": faults}
    header = ("# word-blind53: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md).\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def listing() -> None:
    for name, (_s, paragraphs) in DRAFTS.items():
        print(name)
        for i, p in enumerate(paragraphs, 1):
            runs = " ".join(f"[{r.text}]{{{r.rpr}}}" if r.rpr else f"[{r.text}]" for r in p.runs)
            print(f"  {i:2} {p.style}{' mark:' + p.mark if p.mark else ''}: {runs}")
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
        for name, (s, paragraphs) in DRAFTS.items():
            build(name, s, paragraphs)
        write_annotations()
