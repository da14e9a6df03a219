"""Build the word-blind5 drafts and annotations.yaml (faults marked next to the paragraphs that carry them).

python make_drafts.py            build every .docx and annotations.yaml
python make_drafts.py --list     print each body paragraph with its index (LibreOffice's text, labels included)
python make_drafts.py --render D PDF and PNG pages through LibreOffice into D

Frozen after the commit that annotated the set (see README.md).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from wordparts import W_NS, Draft, F, Fault, deleted, footnote_ref, inserted, lvl, run

HERE = Path(__file__).resolve().parent
TAB = "<w:r><w:tab/></w:r>"

EN_LEVELS = [lvl(0, "decimal", "%1.", 360), lvl(1, "lowerLetter", "(%2)", 1080), lvl(2, "lowerRoman", "(%3)", 1800)]


# ---------- English helpers ----------
def heading_en(d: Draft, committee: str, topic: str, sponsors: str, signatories: str, into: Any = None) -> None:
    for label, value in (("Committee:", committee), ("Topic:", topic), ("Sponsors:", sponsors),
                         ("Signatories:", signatories)):
        d.para(run(label, b=True), run(" " + value), into=into)


def organ(d: Draft, text: str = "The General Assembly,", into: Any = None) -> Any:
    return d.para(run(text, i=True), into=into)


def pre(d: Draft, lead: str, rest: str, faults: list[Fault] | None = None, italic: bool = True,
        into: Any = None, tail: str = "") -> Any:
    return d.para(run(lead, i=italic), run(rest), tail, faults=faults, into=into)


def op(d: Draft, num: tuple[int, int] | str | None, lead: str, rest: str, faults: list[Fault] | None = None,
       underline: bool = True, into: Any = None, style: str | None = None, tail: str = "") -> Any:
    if isinstance(num, str):
        return d.para(run(num + " "), run(lead, u=underline), run(rest), tail, faults=faults, into=into,
                      style=style)
    return d.para(run(lead, u=underline), run(rest), tail, num=num, faults=faults, into=into, style=style)


def sub(d: Draft, num: tuple[int, int] | None, text: str, faults: list[Fault] | None = None, into: Any = None,
        ind: tuple[int, int] | None = None, style: str | None = None) -> Any:
    return d.para(run(text), num=num, faults=faults, into=into, ind=ind, style=style)


# ---------- Chinese helpers ----------
def heading_zh(d: Draft, fields: list[tuple[str, str]]) -> None:
    d.para(run("决议草案", b=True), jc="center")
    for label, value in fields:
        d.para(run(label + "：", b=True), run(value))


def zorgan(d: Draft, text: str = "大会，") -> Any:
    return d.para(run(text, b=True))


def zpre(d: Draft, lead: str, rest: str, faults: list[Fault] | None = None) -> Any:
    return d.para(run(lead, u=True), run(rest), faults=faults)


def zop(d: Draft, num: tuple[int, int], lead: str, rest: str, faults: list[Fault] | None = None) -> Any:
    return d.para(run(lead, u=True), run(rest), num=num, faults=faults)


# ---------- the drafts ----------
def en_g01() -> Draft:
    """The whole resolution body inside a bordered one-cell table (a frame), Word-numbered inside the cell."""
    d = Draft()
    d.abstract(90, EN_LEVELS)
    d.num(90, 90)
    heading_en(d, "Economic and Social Council", "Restoring the migration routes of freshwater fish",
               "Bangladesh, Hungary and Paraguay", "Cambodia, Estonia, Laos, Nepal, Serbia and Zambia")
    cell = d.one_cell_table()
    organ(d, "The Economic and Social Council,", into=cell)
    pre(d, "Aware", " that river barriers cut spawning fish off from the upstream waters where they breed,",
        into=cell)
    pre(d, "Noting", " that fish passes built beside older weirs are often too steep for smaller species;",
        into=cell, faults=[F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)')])
    pre(d, "Recognizing", " the livelihoods of inland fishing communities that depend on seasonal runs of fish,",
        into=cell)
    op(d, (90, 0), "Encourages", " Member States to survey the weirs and sluices on their major rivers and to list "
       "those that no longer serve a purpose;", into=cell)
    op(d, (90, 0), "Recommends", " that fish passes be designed for the weakest swimming species of each river, "
       "including:", into=cell)
    sub(d, (90, 1), "nature-like bypass channels beside low weirs;", into=cell)
    sub(d, (90, 1), "seasonal opening of sluice gates during the main spawning runs;", into=cell)
    op(d, (90, 0), "Requests", " the Food and Agriculture Organization of the United Nations to gather data on "
       "the recovery of fish stocks after barriers are removed;", into=cell, underline=False,
       faults=[F("emphasis", 'the operative lead "Requests" is not underlined, unlike the other operative leads '
                 '(MUN-F03)')])
    op(d, (90, 0), "Invites", " river basin organizations to share the designs of successful fish passes through "
       "an open online catalogue.", into=cell)
    d.para()
    return d


def en_g02() -> Draft:
    """Two draft resolutions in one file, each with its own Word list; the second restarts at 1 (startOverride)."""
    d = Draft()
    d.abstract(91, EN_LEVELS)
    d.num(91, 91)
    d.num(92, 91, {0: 1})
    d.para(run("Draft Resolution 4.1", b=True), jc="center")
    heading_en(d, "Third Committee", "Public libraries in rural areas", "Mongolia, Peru and Senegal",
               "Armenia, Bhutan, Ecuador, Gabon, Malta and Samoa")
    organ(d)
    pre(d, "Recognizing", " that many rural households live more than an hour's travel from the nearest public "
        "library,")
    pre(d, "Noting", " the success of mobile library vans and boat libraries in reaching remote villages,")
    op(d, (91, 0), "Encourages", " Member States to fund at least one public library point in every rural "
       "district;")
    op(d, (91, 0), "Calls upon", " national library services to lend reading devices and printed books alike;")
    op(d, (91, 0), "Requests", " the United Nations Educational, Scientific and Cultural Organization to publish "
       "guidance on running small libraries with volunteer staff;",
       faults=[F("operative-end-mark", 'the last operative clause of the first draft resolution ends with ";" '
                 'instead of «.» (UN-B09, MUN-F05)')])
    d.page_break()
    d.para(run("Draft Resolution 4.2", b=True), jc="center")
    heading_en(d, "Third Committee", "Endangered languages in public broadcasting", "Guatemala, Norway and Vanuatu",
               "Bolivia, Canada, Finland, Kenya, Nauru and Sweden")
    organ(d)
    pre(d, "Alarmed", " that a large share of the world's languages may have no living speakers by the end of the "
        "century,")
    pre(d, "Convinced", " that radio and television in a community's own language help children to keep it,")
    op(d, (92, 0), "Urges", " public broadcasters to reserve regular airtime for programmes in endangered "
       "languages;")
    op(d, (92, 0), "Recommends", " that broadcasting licences include commitments on:")
    sub(d, (92, 1), "the share of programmes made with speakers of minority languages;")
    sub(d, (92, 1), "the training of young presenters from those communities;")
    op(d, (92, 0), "Invites", " Member States to archive recordings of elderly speakers in national sound "
       "libraries.")
    return d


def en_g03() -> Draft:
    """Clause 2 in a list instance of its own whose lvlOverride/startOverride is 3: Word shows 1., 3., 4., 5."""
    d = Draft()
    d.abstract(93, EN_LEVELS)
    d.num(93, 93)
    d.num(94, 93, {0: 3})
    heading_en(d, "World Health Organization", "Safe disposal of expired and unused medicines",
               "Jordan, Latvia and Tunisia", "Algeria, Belgium, Cuba, Ghana, Iceland and Sri Lanka")
    organ(d, "The World Health Assembly,")
    pre(d, "Concerned", " that medicines flushed into sinks and toilets reach rivers that waste-water plants cannot "
        "clean,")
    pre(d, "Aware", " that households keep expired medicines for years for lack of a place to return them,")
    pre(d, "Recalling", " the guidelines of the World Health Organization on the safe disposal of pharmaceuticals,")
    op(d, (93, 0), "Encourages", " Member States to set up take-back points for unused medicines in every "
       "pharmacy;")
    op(d, (94, 0), "Recomends", " that packaging of medicines carry a clear symbol telling patients not to flush "
       "them;", faults=[F("numbering", 'Word shows "3." (a list of its own restarting at 3, w:startOverride); '
                          'expected «2.» (UN-B07, MUN-F05)'),
                        F("misspelt-lead", 'operative lead misspelt "Recomends"; «Recommends» (UN-B06)')])
    op(d, (94, 0), "Calls upon", " manufacturers to share the cost of collecting and burning returned medicines;")
    op(d, (94, 0), "Requests", " the Director-General to report on national take-back schemes, covering:")
    sub(d, (94, 1), "the quantities collected each year;")
    sub(d, (94, 1), "the methods used to destroy them;")
    op(d, (94, 0), "Invites", " pharmacists' associations to train their members to advise patients on returning "
       "medicines.")
    return d


def en_g04() -> Draft:
    """Operative clauses typed in the "Heading 2" style, numbered by an outline list linked to heading styles."""
    d = Draft()
    d.abstract(95, [lvl(0, "decimal", "%1.", 360, pstyle="Heading2"),
                    lvl(1, "lowerLetter", "(%2)", 1080, pstyle="Heading3"),
                    lvl(2, "lowerRoman", "(%3)", 1800, pstyle="Heading4")], kind="multilevel")
    d.num(95, 95)
    for name, ilvl in (("Heading 2", 0), ("Heading 3", 1)):
        style = d.doc.styles[name].element
        ppr = style.get_or_add_pPr()
        for child in list(ppr):
            if child.tag in (qn("w:spacing"), qn("w:numPr")):
                ppr.remove(child)
        ppr.insert(0, parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="95"/></w:numPr>'))
        ppr.append(parse_xml(f'<w:spacing {W_NS} w:before="0" w:after="0"/>'))
        rp = style.get_or_add_rPr()
        for child in list(rp):
            rp.remove(child)
        rp.append(parse_xml(f'<w:rFonts {W_NS} w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
                            f'w:eastAsia="SimSun" w:cs="Times New Roman"/>'))
        rp.append(parse_xml(f'<w:b {W_NS} w:val="0"/>'))
        rp.append(parse_xml(f'<w:color {W_NS} w:val="000000"/>'))
        rp.append(parse_xml(f'<w:sz {W_NS} w:val="24"/>'))
    heading_en(d, "Food and Agriculture Organization", "Control of water hyacinth on shared lakes",
               "Uganda, Benin and Bolivia", "Chad, Ecuador, Malawi, Nigeria, Peru and Togo")
    organ(d, "The Conference of the Food and Agriculture Organization,")
    pre(d, "Alarmed", " that mats of water hyacinth can cover a harbour within a few weeks and stop fishing boats,")
    pre(d, "Noting", " that the plant spreads fastest where untreated sewage enriches the water.",
        faults=[F("preambular-end-mark", 'preambular clause ends with "." instead of «,» (UN-B05, MUN-F04)')])
    pre(d, "Recalling", " the lake basin commissions set up by neighbouring States,")
    op(d, None, "Encourages", " riparian States to share maps of infested shorelines with their neighbours every "
       "month;", style="Heading2")
    op(d, None, "Calls upon", " donors to fund machines that harvest the plant before it reaches the ports;",
       style="Heading2")
    op(d, None, "Recommends", " the release of weevils that feed only on water hyacinth, after local testing;",
       faults=[F("numbering", 'operative clause typed in the Normal style, so it has no number (the other '
                 'clauses take theirs from the Heading 2 style); expected «3.» (UN-B07, MUN-F05)')])
    op(d, None, "Requests", " the Food and Agriculture Organization to support lakeside communities with:", style="Heading2")
    sub(d, None, "training in composting the harvested plants;", style="Heading3")
    sub(d, None, "small grants for making baskets and fuel briquettes from them;", style="Heading3")
    op(d, None, "Invites", " research institutes to study the effects of control campaigns on native fish.",
       style="Heading2")
    return d


def en_g05() -> Draft:
    """Bullets nested two deep as sub-clauses; typed "(a)" labels with manual indents under Word's numbers."""
    d = Draft()
    d.abstract(96, [lvl(0, "decimal", "%1.", 360),
                    lvl(1, "bullet", "\uf0b7", 1080, font="Symbol"),
                    lvl(2, "bullet", "o", 1800, font="Courier New")])
    d.num(96, 96)
    heading_en(d, "United Nations Environment Programme", "Protection of seagrass meadows",
               "Australia, Croatia and Mozambique", "Belize, Comoros, Greece, Kiribati, Tonga and Tunisia")
    organ(d, "The United Nations Environment Assembly,")
    pre(d, "Recognizing", " that seagrass meadows shelter young fish and store carbon in the seabed,")
    pre(d, "Concerned", " that boat anchors and dredging tear up large areas of seagrass every year,")
    op(d, (96, 0), "Encourages", " coastal States to map their seagrass meadows and publish the maps;")
    op(d, (96, 0), "Recommends", " measures against anchor damage, including:")
    bullet_note = 'sub-clause labelled with a bullet (Word\'s "•" list level); expected a letter «(a)» / «(b)» (MUN-F06, UN-B10)'
    deep_note = 'sub-sub-clause labelled with a bullet ("o", the second bullet level); expected «(i)» / «(ii)» (MUN-F06, UN-B10)'
    sub(d, (96, 1), "mooring buoys in bays used by leisure boats;", faults=[F("sub-clause-label", bullet_note)])
    sub(d, (96, 1), "marked no-anchoring zones, where:", faults=[F("sub-clause-label", bullet_note)])
    sub(d, (96, 2), "anchoring is fined;", faults=[F("sub-clause-label", deep_note)])
    sub(d, (96, 2), "patrol boats explain the rules to visitors;", faults=[F("sub-clause-label", deep_note)])
    op(d, (96, 0), "Requests", " the United Nations Environment Programme to support the replanting of damaged "
       "meadows by:")
    d.para(run("(a)"), TAB, run("publishing tested methods of replanting;"), ind=(1080, 360))
    d.para(run("(b)"), TAB, run("funding seed banks of native seagrass species;"), ind=(1080, 360))
    op(d, (96, 0), "Invites", " dive centres to train volunteers to monitor the health of seagrass.")
    return d


def en_g06() -> Draft:
    """Typed clause numbers edited with tracked changes: a number deleted, a number corrected, a final stop deleted."""
    d = Draft()
    heading_en(d, "Human Rights Council", "Safety of delivery riders working for online platforms", "Ireland, Japan and Morocco",
               "Austria, Benin, Colombia, Lebanon, Panama and Slovenia")
    organ(d, "The Human Rights Council,")
    pre(d, "Aware", " that delivery riders paid by the order are pushed to ride fast in heavy traffic,")
    pre(d, "Noting", " that many riders have no accident insurance and no sick pay,")
    d.para(run("1. "), run("Encourages", u=True), run(" cities to record road accidents involving delivery riders "
                                                        "separately;"))
    d.para(deleted("2) "), inserted("2. "), run("Calls upon", u=True),
           run(" Member States to require platforms to insure every active rider against accidents;"))
    d.para(deleted("3. "), run("Recommends", u=True), run(" that delivery times promised to customers leave room for "
                                                          "safe riding;"),
           faults=[F("numbering", 'the typed number "3." is deleted as a tracked change, so once the change is '
                     'accepted the clause has no number; expected «3.» (UN-B07, MUN-F05)')])
    d.para(run("4. "), run("Urges", u=True), run(" platforms to provide helmets and reflective clothing free "
                                                 "of charge;"))
    d.para(run("5. "), run("Requests", u=True), run(" the Office of the High Commissioner to report on the "
                                                    "working conditions of platform riders in all regions"),
           deleted("."),
           faults=[F("operative-end-mark", 'the final full stop is deleted as a tracked change: once accepted the '
                     'last clause ends with no mark; expected «.» (UN-B09, MUN-F05)')])
    return d


def en_g07() -> Draft:
    """Footnote references after end marks and after a lead; a co-sponsor's comment anchored on a lead."""
    d = Draft()
    d.abstract(97, EN_LEVELS)
    d.num(97, 97)
    n1 = d.footnote("World Health Organization, Global report on drowning, 2014.")
    n2 = d.footnote("General Assembly resolution 75/273 of 28 April 2021.")
    n3 = d.footnote("Figures of the World Health Organization for 2019.")
    heading_en(d, "Third Committee", "Preventing the drowning of young children",
               "Bangladesh, Philippines and Uganda", "Brazil, Fiji, Ghana, Honduras, Maldives and Viet Nam")
    organ(d)
    pre(d, "Alarmed", " that drowning is among the leading causes of death of children under five,", tail=footnote_ref(n1))
    pre(d, "Recalling", " its resolution on global drowning prevention,", tail=footnote_ref(n2))
    pre(d, "Noting", " that most drownings of young children happen within a short walk of their homes",
        tail=footnote_ref(n3),
        faults=[F("preambular-end-mark", 'preambular clause ends with no mark before its footnote reference; '
                  'expected «,» (UN-B05, MUN-F04)')])
    op(d, (97, 0), "Encourages", " community day-care for children under five in villages near open water;")
    lead_para = op(d, (97, 0), "Calls upon", " Member States to teach basic swimming and water safety in primary "
                   "schools;")
    op(d, (97, 0), "Recommends", " barriers around wells, ponds and water tanks close to homes,",
       faults=[F("operative-end-mark", 'operative clause ends with "," though a clause follows; expected «;» '
                 '(UN-B09, MUN-F05)')])
    op(d, (97, 0), "Requests", " the World Health Organization to collect data on drowning by age and place.",
       tail=footnote_ref(n1))
    lead_run = Run(lead_para.find(qn("w:r")), Paragraph(lead_para, d.doc._body))
    d.doc.add_comment(lead_run, text="Could we say \"Urges\" here? Ghana would prefer a stronger verb.",
                      author="Delegate of Ghana", initials="GH")
    return d


def zh_g08() -> Draft:
    """Operative numbers decimalFullWidth "１．"; sub-clauses decimalEnclosedCircle "①" "②"."""
    d = Draft()
    d.abstract(98, [lvl(0, "decimalFullWidth", "%1．", 420, hanging=420),
                    lvl(1, "decimalEnclosedCircle", "%2", 840, hanging=420),
                    lvl(2, "lowerRoman", "%3.", 1260, hanging=420)])
    d.num(98, 98)
    heading_zh(d, [("委员会", "联合国人居署"), ("议题", "城市行道树的养护"), ("起草国", "荷兰、泰国、肯尼亚"),
                   ("附议国", "阿根廷、埃及、菲律宾、挪威、越南")])
    zorgan(d, "联合国人居大会，")
    zpre(d, "注意到", "许多城市的行道树因根系空间不足而早衰，")
    zpre(d, "认识到", "行道树能为步行者遮阴并降低街道温度，")
    num_note = 'Word 列表把第{n}条编为 "{shown}"（decimalFullWidth，全角数字与全角点）；应为 «{n}.»（半角，UN-B07, ZH-B03）'
    circ_note = '子条款编号为 "{shown}"（decimalEnclosedCircle）；应为 «({l})» 或 «（{l}）» (ZH-B04, UN-B10)'
    zop(d, (98, 0), "鼓励", "各城市在新建道路时为行道树留出足够的树池；",
        faults=[F("numbering", num_note.format(n=1, shown="１．"))])
    zop(d, (98, 0), "建议", "各国在城市绿化规划中采取下列措施：",
        faults=[F("numbering", num_note.format(n=2, shown="２．"))])
    d.para(run("为每棵行道树建立养护档案；"), num=(98, 1),
           faults=[F("sub-clause-label", circ_note.format(shown="①", l="a"))])
    d.para(run("在修剪季节前公布修剪计划；"), num=(98, 1),
           faults=[F("sub-clause-label", circ_note.format(shown="②", l="b"))])
    zop(d, (98, 0), "请", "联合国人居署汇编各城市养护行道树的成功经验并向会员国分享。",
        faults=[F("numbering", num_note.format(n=3, shown="３．"))])
    return d


def zh_g09() -> Draft:
    """Sub-clauses numbered ideographTraditional "甲、" "乙、"; one half-width semicolon."""
    d = Draft()
    d.abstract(99, [lvl(0, "decimal", "%1.", 420, hanging=420),
                    lvl(1, "ideographTraditional", "%2、", 840, hanging=420),
                    lvl(2, "ideographZodiac", "%3、", 1260, hanging=420)])
    d.num(99, 99)
    heading_zh(d, [("委员会", "社会发展委员会"), ("议题", "弥合老年人的数字鸿沟"), ("起草国", "韩国、意大利、智利"),
                   ("附议国", "爱沙尼亚、印度、新西兰、葡萄牙、南非")])
    zorgan(d, "社会发展委员会，")
    zpre(d, "意识到", "越来越多的公共服务只能通过手机应用办理，")
    zpre(d, "关切地注意到", "许多老年人不会使用网上预约和电子支付，")
    zop(d, (99, 0), "鼓励", "各国保留医院、银行和车站的人工窗口和现金支付方式；")
    zop(d, (99, 0), "建议", "社区为老年人开设免费的智能手机课程，内容包括：")
    ideo = '子条款编号为 "{shown}"（ideographTraditional，天干）；应为 «({l})» 或 «（{l}）» (ZH-B04, UN-B10)'
    d.para(run("识别诈骗电话和虚假链接；"), num=(99, 1), faults=[F("sub-clause-label", ideo.format(shown="甲、", l="a"))])
    d.para(run("使用网上挂号和电子支付；"), num=(99, 1), faults=[F("sub-clause-label", ideo.format(shown="乙、", l="b"))])
    zop(d, (99, 0), "呼吁", "手机应用开发者提供大字体和语音朗读的适老化模式;",
        faults=[F("half-width-punctuation-in-chinese", '条款以半角分号 ";" 结尾；应为 «；» (ZH-P01, ZH-B03)')])
    zop(d, (99, 0), "请", "各国政府每两年报告一次老年人使用数字服务的情况。")
    return d


def zh_g10() -> Draft:
    """Fonts only through the theme (minorEastAsia, Hans = 宋体); operative part in two columns after a section break."""
    d = Draft()
    d.set_theme_fonts("宋体")
    d.abstract(100, [lvl(0, "decimal", "%1.", 420, hanging=420), lvl(1, "lowerLetter", "(%2)", 840, hanging=420)])
    d.num(100, 100)
    heading_zh(d, [("委员会", "联合国环境规划署"), ("议题", "珊瑚礁白化的应对"), ("起草国", "斐济、马尔代夫、塞舌尔"),
                   ("附议国", "澳大利亚、古巴、印度尼西亚、牙买加、帕劳")])
    zorgan(d, "联合国环境大会，")
    zpre(d, "严重关切", "海水温度升高导致大面积珊瑚礁白化，")
    zpre(d, "认识到", "珊瑚礁为沿海社区提供食物并减轻风浪的冲击；",
         faults=[F("preambular-end-mark", '序言性条款以 "；" 结尾；应为 «，» (UN-B05, ZH-B02)')])
    zpre(d, "回顾", "《生物多样性公约》关于保护海洋生态系统的目标，")
    d.para(extra_ppr='<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                     '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" '
                     'w:footer="720" w:gutter="0"/><w:cols w:space="425"/></w:sectPr>')
    zop(d, (100, 0), "鼓励", "各国设立珊瑚礁保护区并限制沿岸排污；")
    zop(d, (100, 0), "建议", "各国支持耐热珊瑚的培育与移植,并与科研机构分享成果；",
        faults=[F("half-width-punctuation-in-chinese", '条款中使用半角逗号 ","（"移植,并与"）；应为 «，» (ZH-P01)')])
    zop(d, (100, 0), "呼吁", "潜水和旅游业者遵守不触碰、不投喂的规则；")
    zop(d, (100, 0), "请", "联合国环境规划署每年发布全球珊瑚礁状况报告。")
    sect = d.body.find(qn("w:sectPr"))
    old_cols = sect.find(qn("w:cols"))
    old_cols.addprevious(parse_xml(f'<w:cols {W_NS} w:num="2" w:space="425"/>'))
    sect.remove(old_cols)
    sect.insert(0, parse_xml(f'<w:type {W_NS} w:val="continuous"/>'))
    return d


DRAFTS: dict[str, Callable[[], Draft]] = {
    "en-g01-body-in-one-cell-table-frame": en_g01,
    "en-g02-two-resolutions-second-list-restarts": en_g02,
    "en-g03-start-override-on-second-clause": en_g03,
    "en-g04-heading2-outline-clauses": en_g04,
    "en-g05-nested-bullets-and-typed-indented-letters": en_g05,
    "en-g06-tracked-number-deletions": en_g06,
    "en-g07-footnote-refs-and-cosponsor-comment": en_g07,
    "zh-g08-full-width-numbers-and-circled-subs": zh_g08,
    "zh-g09-heavenly-stem-sub-labels": zh_g09,
    "zh-g10-theme-fonts-and-two-columns": zh_g10,
}

LOST = ("{what}: no emphasis survives in the draft (the Google export's italic and underline are CSS classes, "
        "which the conversion dropped)")
# converted by LibreOffice from a Google-Docs-shaped HTML export (src/): (file, [(paragraph, text start, fault)])
CONVERTED: dict[str, list[tuple[int, str, Fault]]] = {
    "en-g11-google-docs-lst-kix": [
        (10, "help with applications", F("sub-clause-label", 'the sub-list (Google\'s "lst-kix_…-1" list, whose '
                                         '"(a)" came from CSS counters) is a decimal list once converted: Word shows '
                                         '"1."; expected «(a)» (MUN-F06, UN-B10)')),
        (11, "evening sessions", F("sub-clause-label", 'the second sub-clause shows "2."; expected «(b)» (MUN-F06, '
                                   'UN-B10)')),
        (5, "The Economic and Social", F("emphasis", LOST.format(what='the organ line "The Economic and Social '
                                       'Council," is not italic'))),
        (6, "Noting that", F("emphasis", LOST.format(what='the preambular lead "Noting" is not italic (MUN-F02)'))),
        (7, "Recognizing that", F("emphasis", LOST.format(what='the preambular lead "Recognizing" is not italic '
                                                         '(MUN-F02)'))),
        (8, "Encourages", F("emphasis", LOST.format(what='the operative lead "Encourages" is not underlined '
                                                    '(MUN-F03)'))),
        (9, "Recommends", F("emphasis", LOST.format(what='the operative lead "Recommends" is not underlined '
                                                    '(MUN-F03)'))),
        (12, "Calls upon", F("emphasis", LOST.format(what='the operative lead "Calls upon" is not underlined '
                                                     '(MUN-F03)'))),
        (13, "Requests the United", F("emphasis", LOST.format(what='the operative lead "Requests" is not underlined '
                                                              '(MUN-F03)'))),
    ],
}


def convert(name: str) -> list[dict[str, Any]]:
    """soffice: src/<name>.html (HTML (StarWriter) filter) -> <name>.docx; the marks checked against the text."""
    import docx

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", tmp, str(HERE / "src" / f"{name}.html")],
                       check=True, capture_output=True)
        shutil.copy(Path(tmp) / f"{name}.docx", HERE / f"{name}.docx")
    paragraphs = list(docx.Document(str(HERE / f"{name}.docx")).element.body.iter(qn("w:p")))
    entries = []
    for index, start, (kind, note) in CONVERTED[name]:
        text = "".join(t.text or "" for t in paragraphs[index - 1].iter(qn("w:t")))
        assert text.startswith(start), (name, index, text)
        entries.append({"paragraph": index, "kind": kind, "note": note})
    return entries


HEADER = """\
# Annotations of true format faults in the word-blind5 drafts (built by make_drafts.py), written before
# drafter's checker ran on any of them. paragraph = 1-based index of the body paragraph (every w:p of the
# body in order, empty ones and table-cell paragraphs included; footnotes and comments are no body
# paragraphs). Judged on the page as Word shows it, tracked changes accepted. "..." quotes the draft;
# «...» is the form FORMAT.md expects.
"""


def quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def build() -> None:
    lines = [HEADER]
    jobs: list[tuple[str, Callable[[], list[dict[str, Any]]]]] = []
    for name, make in DRAFTS.items():
        def built(name: str = name, make: Callable[[], Draft] = make) -> list[dict[str, Any]]:
            draft = make()
            draft.save(HERE / f"{name}.docx")
            return draft.faults()
        jobs.append((name, built))
    jobs += [(name, lambda name=name: convert(name)) for name in CONVERTED]
    for name, job in jobs:
        lines.append(f"{name}.docx:")
        entries = sorted(job(), key=lambda e: e["paragraph"])
        if not entries:
            lines.append("  faults: []")
            continue
        lines.append("  faults:")
        for e in entries:
            lines.append(f"    - {{paragraph: {e['paragraph']}, kind: {e['kind']}, note: {quote(e['note'])}}}")
    (HERE / "annotations.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def show() -> None:
    """Each body paragraph with its index, as python-docx reads it (no list labels)."""
    import docx

    for name in [*DRAFTS, *CONVERTED]:
        print(f"== {name}")
        doc = docx.Document(str(HERE / f"{name}.docx"))
        for n, p in enumerate(doc.element.body.iter(qn("w:p")), 1):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            print(f"{n:3} {text}")


def render(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in [*DRAFTS, *CONVERTED]:
            shutil.copy(HERE / f"{name}.docx", tmp)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                        *[str(Path(tmp) / f"{name}.docx") for name in [*DRAFTS, *CONVERTED]]], check=True,
                       capture_output=True)
    for name in [*DRAFTS, *CONVERTED]:
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(folder / f"{name}.pdf"), str(folder / name)], check=True)


if __name__ == "__main__":
    if "--list" in sys.argv:
        show()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        build()
