"""Build the word-blind4 drafts and their annotations (faults marked next to the paragraphs that carry them).

python make_drafts.py            build every .docx and annotations.yaml
python make_drafts.py --list     print each body paragraph with its index
python make_drafts.py --render D PDF and PNG pages through LibreOffice into D
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from ooxml import Doc, Para, field_run, footnote_ref, list_levels, para, run, styles, write

HERE = Path(__file__).resolve().parent
NBSP, SHY, IDSP = "\u00a0", "\u00ad", "\u3000"


def F(kind: str, note: str) -> tuple[str, str]:
    return (kind, note)


# ---------- English helpers ----------
def heading_en(committee: str, topic: str, sponsors: str, signatories: str, **props: object) -> list[Para]:
    return [para(run(label, b=True), run(" " + value), **props) for label, value in
            (("Committee:", committee), ("Topic:", topic), ("Sponsors:", sponsors), ("Signatories:", signatories))]


def organ(text: str = "The General Assembly,") -> Para:
    return para(run(text, i=True))


def pre(lead: str, rest: str, faults: list[tuple[str, str]] | None = None, italic: bool = True,
        style: str | None = None) -> Para:
    return para(run(lead, i=italic and not style, style=style), run(rest), faults=faults)


def op(number: str | tuple[int, int], lead: str, rest: str, faults: list[tuple[str, str]] | None = None,
       underline: bool = True, style: str | None = None) -> Para:
    if isinstance(number, tuple):
        return para(run(lead, u=underline and not style, style=style), run(rest), num=number, faults=faults)
    return para(run(number + " "), run(lead, u=underline and not style, style=style), run(rest), faults=faults)


def sub(label: str | tuple[int, int], text: str, faults: list[tuple[str, str]] | None = None) -> Para:
    if isinstance(label, tuple):
        return para(run(text), num=label, faults=faults)
    return para(run(label + " " + text), ind_left=720, faults=faults)


PAGE_FOOTER = [para(run("Page "), field_run("PAGE", "1"), run(" of "), field_run("NUMPAGES", "2"), jc="center").xml]
EN_LIST = (list_levels(0, [("decimal", "%1.", 360), ("lowerLetter", "(%2)", 1080), ("lowerRoman", "(%3)", 1800)])
           + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')


def en_f01() -> Doc:
    """OnlyOffice export, correct: centred "Heading 1" title, Word numbering, page-number footer."""
    body = [para(run("Draft Resolution 3.1"), style="Heading1", jc="center"),
            *heading_en("Special Political and Decolonization Committee",
                        "Protection and repair of submarine communication cables",
                        "Norway, Singapore and Ghana", "Chile, Fiji, Portugal, Kenya, Viet Nam and Oman"),
            organ(),
            pre("Recognizing", " that submarine cables carry the greater part of intercontinental data traffic,"),
            pre("Noting with concern", " that repair ships are few and often wait weeks for coastal permits,"),
            pre("Recalling", " the United Nations Convention on the Law of the Sea and its provisions on the laying "
                "of cables on the continental shelf,"),
            op((1, 0), "Encourages", " coastal States to grant repair permits for damaged cables within "
               "seventy-two hours of a request;"),
            op((1, 0), "Recommends", " the establishment of a voluntary registry of cable routes that:"),
            sub((1, 1), "lists the landing stations and the owners of each cable;"),
            sub((1, 1), "is kept by the International Telecommunication Union and updated every year;"),
            op((1, 0), "Calls upon", " fishing fleets to mark known cable corridors on their navigation charts;"),
            op((1, 0), "Requests", " the Secretary-General to report on the protection of submarine cables at the "
               "eighty-second session.")]
    extra = '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    return Doc(body, styles("Arial", "Arial"), EN_LIST, footer=PAGE_FOOTER,
               application="ONLYOFFICE/7.5.1.23 DocumentBuilder", settings_extra=extra)


def en_f02() -> Doc:
    """Office Online file: heading block in the page header (title right-aligned), footnotes citing documents."""
    header = [para(run("Draft Resolution 1.4", b=True), jc="right").xml,
              *[p.xml for p in heading_en("World Health Organization (simulated)",
                                          "Affordable insulin in low-income countries",
                                          "Bangladesh, Mexico and Rwanda",
                                          "Peru, Nepal, Jordan, Malawi, Ecuador and Mongolia")]]
    body = [organ("The World Health Assembly,"),
            para(run("Recalling", i=True), run(" the report of the Director-General on access to diabetes "
                 "medicines"), footnote_ref(1), run(","), faults=[]),
            para(run("Alarmed", i=True), run(" that one in two people who need insulin cannot obtain it at a "
                 "price they can afford"), footnote_ref(2), run(";"),
                 faults=[F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)')]),
            pre("Welcoming", " the prequalification of the first biosimilar insulin in 2019,"),
            op("1.", "Urges", " Member States to remove import duties on insulin and glucose test strips;"),
            op("2.", "Invites", " manufacturers to publish the prices at which they sell insulin in each region;"),
            op("4.", "Encourages", " regional pooled procurement of insulin and of the syringes needed to inject it;",
               faults=[F("numbering", 'operative clause typed "4." after clause "2."; expected «3.» (UN-B07, MUN-F05)')]),
            op("5.", "Requests", " the Director-General to report on insulin prices to the next World Health "
               "Assembly.")]
    notes = {1: "Document A72/18, Access to medicines and vaccines.",
             2: "See WHO, Keeping the 100-year-old promise: making insulin access universal (2021)."}
    return Doc(body, styles("Calibri", "Calibri", 22), header=header, footer=PAGE_FOOTER, footnotes=notes,
               application="Microsoft Office Word Online")


def en_f03() -> Doc:
    """Pasted from a web page: heading lines and two clauses joined by line breaks, hyperlinks, NBSP, soft hyphens."""
    link = ('<w:hyperlink r:id="rIdLink1" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
            '<w:t xml:space="preserve">resolution 70/1</w:t></w:r></w:hyperlink>')
    link2 = ('<w:hyperlink r:id="rIdLink2" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
             '<w:t xml:space="preserve">Environmental Noise Guidelines for the European Region</w:t></w:r></w:hyperlink>')
    body = [para(run("Committee: United Nations Environment Assembly\nTopic: Noise pollution in growing cities\n"
                     "Sponsors: Egypt, Netherlands and India\nSignatories: Colombia, Latvia, Tunisia, Sri Lanka, "
                     "Uganda and Costa Rica")),
            organ("The United Nations Environment Assembly,"),
            para(run("Recalling", i=True), run(" General Assembly "), link, run(" on the 2030 Agenda for "
                 "Sustainable Development,\n"), run("Aware", i=True), run(" that road and air traffic expose more "
                 "than 100" + NBSP + "million people to harmful noise levels,")),
            para(run("Noting", i=True), run(" the "), link2, run(" published by the World Health Organization,")),
            para(run("Concerned"), run(" that night-time noise above 40" + NBSP + "decibels disturbs sleep and "
                 "raises the risk of heart disease,"),
                 faults=[F("emphasis", 'the preambular lead "Concerned" is not italic, unlike the other preambular '
                           'leads (the web page\'s emphasis was lost in the paste) (MUN-F02)')]),
            op("1.", "Encourges", " city governments to draw up noise maps with the help of multi" + SHY +
               "stakeholder groups;",
               faults=[F("misspelt-lead", 'operative lead misspelt "Encourges"; «Encourages» (UN-B06)')]),
            op("2.", "Recommends", " quieter road surfaces and speed limits of 30" + NBSP + "km/h near homes and "
               "schools,",
               faults=[F("operative-end-mark", 'operative clause ends with "," though a clause follows; '
                         'expected «;» (UN-B09, MUN-F05)')]),
            op("3.", "Invites", " airports to publish night-flight schedules and the noise each flight "
               "makes;"),
            op("4.", "Requests", " the Executive Director to report on progress at the next session of the "
               "Assembly.")]
    links = {"rIdLink1": "https://www.un.org/en/development/desa/population/migration/generalassembly/docs/"
                         "globalcompact/A_RES_70_1_E.pdf",
             "rIdLink2": "https://www.who.int/europe/publications/i/item/9789289053563"}
    return Doc(body, styles("Georgia", "Georgia"), hyperlinks=links, application="Microsoft Office Word")


CHAR_STYLES_EN = ('<w:style w:type="character" w:customStyle="1" w:styleId="PreambLead"><w:name w:val="Preamb Lead"/>'
                  '<w:rPr><w:i/></w:rPr></w:style>'
                  '<w:style w:type="character" w:customStyle="1" w:styleId="OpLead"><w:name w:val="Op Lead"/>'
                  '<w:rPr><w:u w:val="single"/></w:rPr></w:style>')


def en_f04() -> Doc:
    """Typed as .doc (Word 97-2003), converted by soffice --convert-to docx; leads in character styles."""
    body = [*heading_en("Economic and Social Council", "Protection of cave ecosystems and karst aquifers",
                        "Slovenia, Malaysia and Jamaica", "Croatia, Laos, Belize, Georgia, Cuba and Lebanon"),
            organ("The Economic and Social Council,"),
            pre("Recognizes", " that a quarter of the world's population drinks water from karst aquifers,",
                style="PreambLead",
                faults=[F("wrong-lead-form", '"Recognizes" - an operative verb form opens a preambular clause; '
                          '«Recognizing» (UN-B03)')]),
            pre("Deeply concerned", " by the dumping of waste into sinkholes that feed springs,", style="PreambLead"),
            pre("Noting", " that many cave species live in a single cave system and nowhere else,",
                style="PreambLead"),
            op("1.", "Calls upon", " Member States to map the catchments of karst springs used for drinking "
               "water;", style="OpLead"),
            op("2.", "Encourages", " the closure of illegal dumps in sinkholes and their replacement with "
               "supervised collection points;", underline=False,
               faults=[F("emphasis", 'the operative lead "Encourages" is not underlined (the character style '
                         'of the other leads is missing), unlike the other operative leads (MUN-F03)')]),
            op("3.", "Recommends", " that show caves limit visitor numbers and lighting to protect cave fauna;",
               style="OpLead"),
            op("4.", "Invites", " the United Nations Educational, Scientific and Cultural Organization to list "
               "outstanding karst landscapes;", style="OpLead",
               faults=[F("operative-end-mark", 'the last operative clause ends with ";" instead of «.» '
                         '(UN-B09, MUN-F05)')])]
    return Doc(body, styles("Times New Roman", "SimSun", extra=CHAR_STYLES_EN), application="Microsoft Office Word")


def en_f05() -> Doc:
    """Two draft resolutions in one file, right-aligned titles; the second's Word list continues the first."""
    body = [para(run("Draft Resolution 2.1", b=True), jc="right"),
            *heading_en("Food and Agriculture Organization", "Desert locust outbreaks",
                        "Ethiopia, Pakistan and Morocco", "Yemen, Somalia, Iran, Sudan, Mauritania and Oman"),
            organ("The Food and Agriculture Organization,"),
            pre("Recalling", " the swarms that crossed East Africa and South-West Asia in 2020,"),
            pre("Aware", " that a single swarm can eat as much food in one day as a large city,"),
            op((1, 0), "Calls for", " early-warning networks that share locust sightings across borders "
               "within a day;"),
            op((1, 0), "Encourages", " Member States to keep stocks of biopesticides ready for spraying;"),
            op((1, 0), "Requests", " the Director-General to report on locust control at the next session."),
            para(run("\x0c")),
            para(run("Draft Resolution 2.2", b=True), jc="right"),
            *heading_en("Food and Agriculture Organization", "Desert locust outbreaks",
                        "Kenya, India and Saudi Arabia", "Eritrea, Niger, Chad, Egypt, Djibouti and Mali"),
            organ("The Food and Agriculture Organization,"),
            pre("Concerned", " that survey teams cannot reach breeding areas in zones of armed conflict.",
                faults=[F("preambular-end-mark", 'preambular clause ends with "." instead of «,» (UN-B05, MUN-F04)')]),
            pre("Noting", " the use of drones to find hopper bands in remote desert,"),
            op((1, 0), "Supports", " training for farmers in the safe handling of pesticides;",
               faults=[F("numbering", 'the first operative clause of the second draft resolution shows "4." '
                         '(its Word list continues the first draft\'s); expected «1.» (UN-B07, MUN-F05)')]),
            op((1, 0), "Recommends", " compensation for herders whose pasture is sprayed;"),
            op((1, 0), "Invites", " donors to replenish the emergency fund for locust control.")]
    return Doc(body, styles("Cambria", "Cambria"), EN_LIST, footer=PAGE_FOOTER, application="Microsoft Office Word")


def en_f06() -> Doc:
    """Office Online, correct: centred Heading 1 title, footnotes citing documents, typed sub-clauses, page field."""
    body = [para(run("Draft Resolution"), style="Heading1", jc="center"),
            *heading_en("Third Committee", "Safety of journalists covering elections",
                        "Ireland, Tunisia and Uruguay", "Greece, Benin, Mongolia, Panama, Senegal and Austria"),
            organ(),
            para(run("Recalling", i=True), run(" its resolution 76/173 on the safety of journalists and the issue "
                 "of impunity"), footnote_ref(1), run(",")),
            para(run("Taking note", i=True), run(" of the report of the Secretary-General on the safety of "
                 "journalists"), footnote_ref(2), run(",")),
            pre("Deeply alarmed", " by the number of reporters detained during election campaigns,"),
            op("1.", "Urges", " all States to investigate every attack on journalists who report on elections;"),
            op("2.", "Calls upon", " electoral authorities:"),
            sub("(a)", "to accredit journalists without discrimination;"),
            sub("(b)", "to set up a contact point for reporters threatened at polling stations;"),
            op("3.", "Encourages", " media owners to provide safety training before election day;"),
            op("4.", "Requests", " the Secretary-General to include election-related attacks in his next report.")]
    notes = {1: "Resolution 76/173 of 16 December 2021.", 2: "A/78/246."}
    return Doc(body, styles("Calibri", "Calibri", 22), footer=PAGE_FOOTER, footnotes=notes,
               application="Microsoft Office Word Online")


# ---------- Chinese helpers ----------
ZH_FONT = "仿宋_GB2312"


def zrun(text: str, **fmt: object) -> str:
    return run(text, east=ZH_FONT, font="Times New Roman", **fmt)


def heading_zh(fields: list[tuple[str, str]], wps: bool = False, **props: object) -> list[Para]:
    out = [para(zrun("决议草案", b=True, size=36), jc="center")]
    for label, value in fields:
        out.append(para(zrun(label, b=True), zrun(value), **props))
    return out


def zh_organ(text: str = "大会，", faults: list[tuple[str, str]] | None = None) -> Para:
    return para(zrun(text, b=True), faults=faults, first_line_chars=200)


def zpre(lead: str, rest: str, faults: list[tuple[str, str]] | None = None, style: str | None = None) -> Para:
    return para(zrun(lead, u=not style, style=style), zrun(rest), faults=faults, first_line_chars=200)


def zop(number: str | tuple[int, int] | None, lead: str, rest: str, faults: list[tuple[str, str]] | None = None,
        underline: bool = True, style: str | None = None) -> Para:
    runs = [zrun(lead, u=underline and not style, style=style), zrun(rest)]
    if isinstance(number, tuple):
        return para(*runs, num=number, faults=faults)
    if number is None:
        return para(*runs, faults=faults, first_line_chars=200)
    return para(zrun(number), *runs, faults=faults, first_line_chars=200)


WPS_SETTINGS = ('<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
                '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="14"/></w:compat>')
WPS_APP = "WPS Office_11.1.0.11830_F1E327BC-269C-435d-A152-05C5408002CA"


def zh_f07() -> Doc:
    """WPS, correct: full-width spaces aligning the heading labels, 首行缩进, typed numbers."""
    body = [*heading_zh([("委员会：", IDSP + "联合国环境大会"), (f"议{IDSP}{IDSP}题：", IDSP + "冰川消融与高山社区"),
                         ("起草国：", IDSP + "尼泊尔、秘鲁、瑞士"),
                         ("附议国：", IDSP + "不丹、玻利维亚、冰岛、吉尔吉斯斯坦、智利、奥地利")]),
            zh_organ("联合国环境大会，"),
            zpre("注意到", "全球大多数山地冰川正在以有记录以来最快的速度消融，"),
            zpre("关切地注意到", "冰湖溃决洪水威胁着下游村庄和水电设施，"),
            zpre("认识到", "高山社区的饮用水和灌溉用水依赖冰川融水，"),
            zop("1.", "鼓励", "各国在冰湖下游安装自动预警系统；"),
            zop("2.", "吁请", "各国政府将冰川监测数据向邻国开放；"),
            zop("3.", "建议", "为高山社区制订搬迁和替代水源计划；"),
            zop("4.", "请", "执行主任在下届会议上报告本决议的执行情况。")]
    return Doc(body, styles("Times New Roman", "宋体", 28), application=WPS_APP, settings_extra=WPS_SETTINGS,
               footer=[para(field_run("PAGE", "1"), jc="center").xml])


def zh_f08() -> Doc:
    """WPS's own numbering: operative clauses "一、" (chineseCountingThousand "%1、"), sub-clauses "（一）"."""
    numbering = (list_levels(0, [("chineseCountingThousand", "%1、", 0), ("chineseCounting", "（%2）", 420)])
                 + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = [*heading_zh([("委员会：", "联合国开发计划署"), ("议题：", "农村电子商务与减贫"),
                         ("起草国：", "肯尼亚、孟加拉国、危地马拉"), ("附议国：", "老挝、卢旺达、洪都拉斯、柬埔寨、加纳、斐济")]),
            zh_organ("联合国开发计划署执行局，"),
            zpre("认识到", "电子商务可以帮助偏远地区的农户直接进入市场，"),
            zpre("关切", "许多村庄仍然没有稳定的网络和物流服务，"),
            zop((1, 0), "鼓励", "各国在乡镇设立电商服务站，为农户提供培训；",
                faults=[F("numbering", 'WPS 列表把第1条编为 "一、"（chineseCountingThousand "%1、"）；应为 «1.» (UN-B07, ZH-B03)')]),
            zop((1, 0), "建议", "电商平台：",
                faults=[F("numbering", 'WPS 列表把第2条编为 "二、"（chineseCountingThousand "%1、"）；应为 «2.» (UN-B07, ZH-B03)')]),
            zop((1, 1), "", "降低农产品小商户的入驻费用；",
                faults=[F("sub-clause-label", '子条款编号为 "（一）"（chineseCounting）；应为 «(a)» 或 «（a）» (ZH-B04)')]),
            zop((1, 1), "", "公开农产品的收购价格；",
                faults=[F("sub-clause-label", '子条款编号为 "（二）"（chineseCounting）；应为 «(b)» 或 «（b）» (ZH-B04)')]),
            zop((1, 0), "请", "署长在下届年会上报告农村电商的进展。",
                faults=[F("numbering", 'WPS 列表把第3条编为 "三、"（chineseCountingThousand "%1、"）；应为 «3.» (UN-B07, ZH-B03)')])]
    return Doc(body, styles("Times New Roman", "宋体", 28), numbering, application=WPS_APP,
               settings_extra=WPS_SETTINGS)


def zh_f09() -> Doc:
    """WPS: operative clauses set off by 首行缩进 only, no numbers; a half-width comma."""
    body = [*heading_zh([("委员会：", "人居署"), ("议题：", "城市内涝治理"),
                         ("起草国：", "荷兰、越南、尼日利亚"), ("附议国：", "孟加拉国、埃及、巴拿马、泰国、莫桑比克、新西兰")]),
            zh_organ("联合国人类住区规划署执行局，"),
            zpre("注意到", "极端降雨使许多城市的排水系统不堪重负，"),
            zpre("意识到", "城市硬化地面的扩大,减少了雨水下渗，",
                 faults=[F("half-width-punctuation-in-chinese", '中文条款中使用半角逗号 ","（"扩大,减少"）；应为 «，» (ZH-P01)')]),
            zpre("欢迎", "一些城市建设海绵城市设施的经验，"),
            zop(None, "鼓励", "各城市在新建城区保留雨水花园和透水铺装；",
                faults=[F("numbering", '第一条行动性条款只用首行缩进，没有编号；应为 «1.» (UN-B07, ZH-B03)')]),
            zop(None, "建议", "各国定期清理和扩建老城区的排水管网；",
                faults=[F("numbering", '第二条行动性条款只用首行缩进，没有编号；应为 «2.» (UN-B07, ZH-B03)')]),
            zop(None, "请", "执行主任汇编各城市应对内涝的良好做法。",
                faults=[F("numbering", '第三条行动性条款只用首行缩进，没有编号；应为 «3.» (UN-B07, ZH-B03)')])]
    return Doc(body, styles("Times New Roman", "宋体", 28), application=WPS_APP, settings_extra=WPS_SETTINGS)


def zh_f10() -> Doc:
    """OnlyOffice: the heading block in the page header, footnotes citing documents."""
    header = [p.xml for p in heading_zh([("委员会：", "联合国环境大会"), ("议题：", "红树林的保护与恢复"),
                                         ("起草国：", "印度尼西亚、塞内加尔、墨西哥"),
                                         ("附议国：", "菲律宾、斯里兰卡、巴西、坦桑尼亚、缅甸、伯利兹")])]
    body = [zh_organ("联合国环境大会，"),
            para(zrun("回顾", u=True), zrun("关于养护和可持续利用海洋的第73/292号决议"), footnote_ref(1), zrun("，"),
                 first_line_chars=200),
            para(zrun("注意到", u=True), zrun("《全球红树林状况》报告所述的红树林损失"), footnote_ref(2), zrun("；"),
                 first_line_chars=200,
                 faults=[F("preambular-end-mark", '序言性条款以 "；" 结尾；应为 «，» (UN-B05, ZH-B02)')]),
            zpre("认识到", "红树林能够削弱风暴潮并储存大量碳，"),
            zop("1.", "呼吁", "各国停止将红树林改建为养虾池；"),
            zop("2.", "鼓励", "沿海社区参与红树林的补植和监测；"),
            zop("3.", "请", "执行主任与各区域海洋方案合作，汇编恢复红树林的成功经验；",
                faults=[F("operative-end-mark", '最后一条行动性条款以 "；" 结尾；应为 «。» (UN-B09, ZH-B03)')])]
    notes = {1: "A/RES/73/292。", 2: "全球红树林联盟，《2022年全球红树林状况》。"}
    return Doc(body, styles("Arial", "宋体", 24), header=header, footnotes=notes,
               application="ONLYOFFICE/7.4.0.163 DocumentBuilder")


CHAR_STYLES_ZH = ('<w:style w:type="character" w:customStyle="1" w:styleId="ClauseLead"><w:name w:val="条款引导词"/>'
                  '<w:rPr><w:u w:val="single"/></w:rPr></w:style>')


def zh_f11() -> Doc:
    """Typed as .doc, converted by soffice --convert-to docx: title in "Heading 1", leads in a character style."""
    body = [para(zrun("决议草案"), style="Heading1", jc="center"),
            *[p for p in heading_zh([("委员会：", "大会第二委员会"), ("议题：", "候鸟迁飞通道的保护"),
                                     ("起草国：", "韩国、澳大利亚、蒙古"),
                                     ("附议国：", "新西兰、泰国、俄罗斯联邦、马来西亚、日本、印度")])[1:]],
            zh_organ("大会,",
                     faults=[F("half-width-punctuation-in-chinese", '机构名称行 "大会," ends with a half-width comma; '
                               'organ line 应为 «大会，» (ZH-B01, ZH-P01)')]),
            zpre("认识到", "东亚—澳大利西亚迁飞区内的滩涂是数百万只水鸟的停歇地，", style="ClauseLead"),
            zpre("关切地注意到", "沿海围垦使许多重要停歇地消失，", style="ClauseLead"),
            zop("1.", "鼓励", "迁飞区内各国共同确定需要保护的关键滩涂；", style="ClauseLead"),
            zop("2.", "呼吁", "各国在风电场选址时避开鸟类迁飞的主要路线；", underline=False,
                faults=[F("emphasis", '行动性条款的引导词 "呼吁" 没有下划线（缺少其他引导词所用的字符样式）(ZH-B03)')]),
            zop("3.", "请", "秘书长支持迁飞区伙伴关系开展水鸟同步调查。", style="ClauseLead")]
    return Doc(body, styles("Times New Roman", "宋体", 24, extra=CHAR_STYLES_ZH), footer=[para(field_run("PAGE", "1"), jc="center").xml], application="Microsoft Office Word")


DRAFTS = {
    "en-f01-onlyoffice-correct-heading1-title.docx": (en_f01, False),
    "en-f02-office-online-heading-in-page-header.docx": (en_f02, False),
    "en-f03-web-paste-line-breaks-and-links.docx": (en_f03, False),
    "en-f04-doc-converted-character-style-leads.docx": (en_f04, True),
    "en-f05-two-resolutions-continued-list.docx": (en_f05, False),
    "en-f06-office-online-correct-footnotes.docx": (en_f06, False),
    "zh-f07-wps-correct-full-width-alignment.docx": (zh_f07, False),
    "zh-f08-wps-chinese-counting-numbering.docx": (zh_f08, False),
    "zh-f09-wps-first-line-indent-no-numbers.docx": (zh_f09, False),
    "zh-f10-onlyoffice-heading-in-page-header.docx": (zh_f10, False),
    "zh-f11-doc-converted-character-style-leads.docx": (zh_f11, True),
}


def body_paragraphs(path: Path) -> list[str]:
    """The text of each body w:p of a .docx, in order (table cells included)."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    body = xml.split("<w:body>", 1)[1]
    out = []
    for m in re.finditer(r"<w:p[ >].*?</w:p>|<w:p/>", body, re.S):
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", m.group(0)))
        if "<w:br/>" in m.group(0):
            text += " [line breaks]"
        out.append(text)
    return out


def build() -> None:
    lines = ["# Annotations of true format faults in the word-blind4 drafts (built by make_drafts.py), written before",
             "# drafter's checker ran on any of them. paragraph = 1-based index of the body paragraph (every w:p of the",
             "# body, empty ones included, in order; the page header and footnotes are no body paragraphs). Judged on",
             '# the page as Word shows it. "..." quotes the draft; «...» is the form FORMAT.md expects.', ""]
    for name, (make, via_doc) in DRAFTS.items():
        doc = make()
        out = HERE / name
        if via_doc:
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / "typed.docx"
                write(doc, src)
                subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", tmp, str(src)],
                               check=True, capture_output=True)
                conv = Path(tmp) / "conv"
                conv.mkdir()
                subprocess.run(["soffice", "--headless", "--convert-to", "docx", "--outdir", str(conv),
                                str(Path(tmp) / "typed.doc")], check=True, capture_output=True)
                shutil.copy(conv / "typed.docx", out)
            texts = body_paragraphs(out)
            assert len(texts) == len(doc.body), (name, len(texts), len(doc.body))
        else:
            write(doc, out)
        lines.append(f"{name}:")
        faults = [(index, kind, note) for index, p in enumerate(doc.body, 1) for kind, note in p.faults]
        if not faults:
            lines.append("  faults: []")
            continue
        lines.append("  faults:")
        for index, kind, note in faults:
            quoted = note.replace("'", "''")
            lines.append(f"    - {{paragraph: {index}, kind: {kind}, note: '{quoted}'}}")
    (HERE / "annotations.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def show() -> None:
    for name in DRAFTS:
        print(name)
        for index, text in enumerate(body_paragraphs(HERE / name), 1):
            print(f"  {index:3} {text}")


def render(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(HERE / name)],
                       check=True, capture_output=True)
        pdf = folder / (Path(name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(folder / Path(name).stem)], check=True)


if __name__ == "__main__":
    if "--list" in sys.argv:
        show()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        build()
