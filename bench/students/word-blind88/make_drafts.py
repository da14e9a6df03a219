"""Build the drafts of the blind set word-blind88 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the label the page shows, text, fault marks
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese drafts (profile cn-mun) as 大学 delegates write them in Word the way they write theses: the clauses are
headings.  What this script models:

* 多级列表 linked to heading styles: the styles 标题 1 / 标题 2 / 标题 3 (styleIds Heading1-3) carry w:outlineLvl
  0-2 and a w:numPr (numId 1, w:ilvl 0-2) in their w:pPr; each w:lvl of the w:abstractNum names its style in
  w:pStyle.  An operative clause is a 标题 1 paragraph, a sub-item a 标题 2 one, a sub-sub-item 标题 3: the paragraph
  carries no w:numPr of its own, its number comes from the style (the navigation pane lists the clauses).
* List formats per draft: "%1." / "(%2)", "%1." / "%1.%2", "第%1条" / "（%2）", "%1." / "（%2）", "%1." / "%2)" / "%3)".
* A 目录 (TOC field, complex w:fldChar over the entry paragraphs, styles TOC1/TOC2, cached entries with page numbers)
  before the text in zh-01 and zh-03; a 分节符 (w:sectPr in the w:pPr of the last preambular paragraph, next page) in
  zh-03 and zh-05; 交叉引用 fields (REF _RefNNN \\r \\h, cached result = the clause number) inside clauses of zh-02
  and zh-04; a restarted list (a second w:num over the same abstractNum with startOverride 1, as direct w:numPr) in
  zh-04.

python-docx gives the package; styles, numbering and paragraphs are raw WordprocessingML written here (no import of
drafter or of another set).  Faults are marked F(kind, note) beside their paragraph.  Paragraph number = 1-based index
of the w:p among all w:p of the body (TOC entry paragraphs included), checked on the saved file.
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


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class R:
    text: str
    b: bool = False
    ref: str | None = None  # a REF field to this bookmark; text = its cached result


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    style: str | None = None  # Heading1-3, TOC1-2, or None (正文)
    numpr: tuple[int, int] | None = None  # direct w:numPr (numId, ilvl)
    kind: str = "body"  # title, head, organ, pre, op, sub, toc, tochead
    sect: bool = False  # a 分节符 (next page) after this paragraph
    bookmark: str | None = None
    toc: str = ""  # "begin", "end", "both" for the TOC field's first / last entry


LEVEL_STYLES = ["Heading1", "Heading2", "Heading3"]
CN_DIGITS = "一二三四五六七八九十"


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi"][n - 1]
    if fmt == "chineseCounting":
        return CN_DIGITS[n - 1]
    raise ValueError(fmt)


@dataclass
class Draft:
    name: str
    levels: list[tuple[str, str]]  # the abstractNum's three levels (numFmt, lvlText), linked to Heading1-3
    items: list[P]
    restart: bool = False  # numId 2: the same abstractNum, startOverride 1 on level 0


def numpr_of(p: P) -> tuple[int, int] | None:
    if p.numpr is not None:
        return p.numpr
    if p.style in LEVEL_STYLES:
        return (1, LEVEL_STYLES.index(p.style))
    return None


def labels(d: Draft) -> list[str]:
    """The label Word shows: the counters of the one abstractNum; numId 2's startOverride restarts level 0 when first
    used (the drafts put no numId-1 paragraph after a numId-2 one)."""
    c = [0, 0, 0]
    started = False
    out = []
    for p in d.items:
        np_ = numpr_of(p)
        if np_ is None:
            out.append("")
            continue
        nid, lvl = np_
        if nid == 2 and not started:
            c = [0, 0, 0]
            started = True
        c[lvl] += 1
        for j in range(lvl + 1, 3):
            c[j] = 0
        text = d.levels[lvl][1]
        for j in range(3):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), d.levels[j][0]))
        out.append(text)
    return out


RPR = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>'


def run_xml(r: R, title: bool = False) -> str:
    rpr = RPR + ("<w:b/><w:bCs/>" if r.b or title else "") + ('<w:sz w:val="32"/>' if title else "")
    if r.ref:
        return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> REF {r.ref} \\r \\h </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:rPr>{rpr}</w:rPr><w:t>{escape(r.text)}</w:t></w:r>'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>'


SECT = ('<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" '
        'w:gutter="0"/></w:sectPr>')


def para_xml(p: P) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>' if p.style else ""
    if p.numpr:
        ppr += f'<w:numPr><w:ilvl w:val="{p.numpr[1]}"/><w:numId w:val="{p.numpr[0]}"/></w:numPr>'
    if p.kind in ("title", "tochead"):
        ppr += '<w:jc w:val="center"/>'
    if p.kind == "pre":
        ppr += '<w:ind w:firstLine="480" w:firstLineChars="200"/>'
    if p.sect:
        ppr += SECT
    body = ""
    if p.toc in ("begin", "both"):
        body += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" '
                 '\\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    if p.bookmark:
        body += f'<w:bookmarkStart w:id="{abs(hash(p.bookmark)) % 900 + 10}" w:name="{p.bookmark}"/>'
    for r in p.runs:
        if p.kind == "toc":
            parts = r.text.split("\t")
            for k, part in enumerate(parts):
                if k:
                    body += "<w:r><w:tab/></w:r>"
                body += run_xml(R(part))
        else:
            body += run_xml(r, p.kind in ("title", "tochead"))
    if p.bookmark:
        body += f'<w:bookmarkEnd w:id="{abs(hash(p.bookmark)) % 900 + 10}"/>'
    if p.toc in ("end", "both"):
        body += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def heading_style(i: int) -> str:
    sid = LEVEL_STYLES[i]
    ind = '<w:ind w:left="0" w:firstLine="0"/>' if i == 0 else f'<w:ind w:left="{480 * i}" w:hanging="480"/>'
    return (f'<w:style {NS} w:type="paragraph" w:styleId="{sid}"><w:name w:val="heading {i + 1}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="{i}"/><w:numId w:val="1"/></w:numPr>'
            f'<w:spacing w:before="120" w:after="120" w:line="360" w:lineRule="auto"/>{ind}'
            f'<w:outlineLvl w:val="{i}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>'
            f'<w:b w:val="0"/><w:bCs w:val="0"/><w:color w:val="000000"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
            f'</w:rPr></w:style>')


def toc_style(i: int) -> str:
    return (f'<w:style {NS} w:type="paragraph" w:styleId="TOC{i}"><w:name w:val="toc {i}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
            f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs>'
            f'<w:ind w:left="{420 * (i - 1)}"/></w:pPr></w:style>')


def build(d: Draft) -> Path:
    doc = docx.Document()
    styles = doc.styles.element
    rfonts = styles.find(w("docDefaults")).find(f"{w('rPrDefault')}/{w('rPr')}/{w('rFonts')}")
    rfonts.set(w("eastAsia"), "宋体")
    if w("eastAsiaTheme") in rfonts.attrib:
        del rfonts.attrib[w("eastAsiaTheme")]
    for tfl in doc.settings.element.findall(w("themeFontLang")):
        tfl.set(w("eastAsia"), "zh-CN")
    new = [heading_style(i) for i in range(3)] + [toc_style(1), toc_style(2)]
    for xml in new:
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
        ind = f'<w:ind w:left="{480 * j + 480}" w:hanging="480"/>' if j else '<w:ind w:left="0" w:firstLine="0"/>'
        lv += (f'<w:lvl w:ilvl="{j}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
               f'<w:pStyle w:val="{LEVEL_STYLES[j]}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
               f'<w:suff w:val="space"/><w:pPr>{ind}</w:pPr></w:lvl>')
    numbering.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="0"><w:nsid w:val="5B2E0C88"/>'
                               f'<w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {NS} w:numId="1"><w:abstractNumId w:val="0"/></w:num>'))
    if d.restart:
        numbering.append(parse_xml(f'<w:num {NS} w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride '
                                   'w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for p in d.items:
        sect.addprevious(parse_xml(para_xml(p)))
    doc.core_properties.author = ""
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.items), (d.name, count, len(d.items))
    return out


def title() -> P:
    return P([R("决议草案")], kind="title")


def head(text: str, faults: list[Fault] | None = None) -> P:
    return P([R(text)], faults or [], kind="head")


def organ(text: str) -> P:
    return P([R(text)], kind="organ")


def pre(lead: str, rest: str, faults: list[Fault] | None = None, *, sect: bool = False) -> P:
    return P([R(lead, b=True), R(rest)], faults or [], kind="pre", sect=sect)


def op(lead: str, *rest: str | R, faults: list[Fault] | None = None, style: str = "Heading1",
       numpr: tuple[int, int] | None = None, bookmark: str | None = None) -> P:
    runs = [R(lead, b=True)] + [x if isinstance(x, R) else R(x) for x in rest]
    return P(runs, faults or [], style, numpr, kind="op", bookmark=bookmark)


def sub(text: str, faults: list[Fault] | None = None, *, style: str = "Heading2") -> P:
    return P([R(text)], faults or [], style, kind="sub")


def toc(entries: list[tuple[int, str]]) -> list[P]:
    out = [P([R("目录")], kind="tochead")]
    for k, (lvl, text) in enumerate(entries):
        mark = "both" if len(entries) == 1 else "begin" if k == 0 else "end" if k == len(entries) - 1 else ""
        out.append(P([R(text)], style=f"TOC{lvl}", kind="toc", toc=mark))
    return out


# 1. GA Second Committee, debt of small island developing States; "%1." / "(%2)" lowerLetter; a 目录 of the clauses
#    before the text (the TOC field's cached entries: label, tab, text, dot leader, page); nearly clean
ZH01 = Draft(
    "zh-01-ga2-sids-debt-toc-heading-styles-nearly-clean",
    [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "%3)")],
    [
        title(),
        head("委员会：联合国大会第二委员会（经济和金融）"),
        head("议题：小岛屿发展中国家的债务可持续性"),
        head("起草国：斐济、巴巴多斯、马尔代夫"),
        head("附议国：牙买加、毛里求斯、萨摩亚、新西兰、挪威"),
        *toc([(1, "1. 鼓励多边开发银行在向小岛屿发展中国家提供贷款时考虑多维脆弱性指数\t2"),
              (1, "2. 促请各债权方\t2"),
              (2, "(a) 在贷款协议中纳入气候韧性债务条款\t2"),
              (2, "(b) 探讨债务换气候和债务换自然安排\t2"),
              (1, "3. 请秘书长向大会第八十一届会议提交报告\t2"),
              (1, "4. 决定继续积极处理此案\t2")]),
        organ("大会，"),
        pre("回顾", "其关于《小岛屿发展中国家复原力繁荣安提瓜和巴布达议程》的第78/317号决议，"),
        pre("注意到", "许多小岛屿发展中国家的公共债务已超过其国内生产总值的百分之七十,",
            [F("half-width-punctuation-in-chinese",
               '"百分之七十," - the preambular clause ends with a half-width comma; «百分之七十，» (ZH-P01)')]),
        pre("深为关切", "一次热带气旋造成的损失可能相当于一个岛国全年的国内生产总值，"),
        pre("认识到", "人均收入标准不能充分反映小岛屿发展中国家面临的外部冲击，"),
        op("鼓励", "多边开发银行在向小岛屿发展中国家提供优惠贷款时考虑多维脆弱性指数；"),
        op("促请", "各债权方："),
        sub("在贷款协议中纳入气候韧性债务条款，允许借款国在遭受重大灾害后暂停偿债；"),
        sub("探讨债务换气候和债务换自然安排；"),
        op("请", "秘书长向大会第八十一届会议提交关于本决议执行情况的报告；"),
        op("决定", "继续积极处理此案。"),
    ])

# 2. Human Rights Council, the right to privacy in the age of artificial intelligence; "%1." / "%1.%2" decimal (sub-
#    items show "2.1" "2.2"); clause 4 given 标题 2 so it shows "3.1"; a 交叉引用 "第2条" (right); a preambular clause
#    ending "。"
ZH02 = Draft(
    "zh-02-hrc-ai-privacy-decimal-sublevels-clause-at-level-two",
    [("decimal", "%1."), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3")],
    [
        title(),
        head("委员会：人权理事会"),
        head("议题：人工智能时代的隐私权"),
        head("起草国：德国、巴西、大韩民国"),
        head("附议国：智利、爱沙尼亚、肯尼亚、墨西哥、瑞士"),
        organ("人权理事会，"),
        pre("重申", "《世界人权宣言》第十二条和《公民及政治权利国际公约》第十七条所保障的隐私权，"),
        pre("注意到", "人工智能系统的训练日益依赖大规模收集的个人数据。",
            [F("preambular-end-mark",
               '"大规模收集的个人数据。" - a preambular clause ends with a full stop; «个人数据，» (ZH-B02, ZH-B05)')]),
        pre("关切", "人脸识别技术在公共场所的使用可能对和平集会自由产生寒蝉效应，"),
        pre("欢迎", "联合国人权事务高级专员关于数字时代隐私权的报告，"),
        op("呼吁", "各国确保其关于人工智能的立法符合国际人权法；"),
        op("鼓励", "工商企业：", bookmark="_Ref1520"),
        sub("在部署人工智能系统之前开展人权尽职调查；",
            [F("sub-clause-label", '"2.1在部署人工智能系统" - a sub-item labelled "2.1" (the list\'s second level '
                                   '"%1.%2"); sub-clauses take letters, «(a)» (ZH-B04)')]),
        sub("向受影响的个人提供有效的申诉渠道；",
            [F("sub-clause-label", '"2.2向受影响的个人" - a sub-item labelled "2.2"; «(b)» (ZH-B04)')]),
        op("请", "各国在采购公共部门人工智能系统时适用第", R("2", ref="_Ref1520"), "条所述的尽职调查标准；"),
        op("敦促", "各国暂停在公共场所使用远程实时生物特征识别系统，直至其符合人权标准；", style="Heading2",
           faults=[F("numbering", '"3.1敦促各国暂停" - an operative clause set in 标题 2 shows the sub-item label '
                                  '"3.1"; «4.» (ZH-B03, UN-B07)')]),
        op("请", "联合国人权事务高级专员办事处编写关于人工智能与隐私权的指导原则；"),
        op("决定", "在第六十二届会议上继续审议这一问题。"),
    ])

# 3. WIPO General Assembly, traditional knowledge in the public domain; "第%1条" / "（%2）" lowerLetter... the clauses
#    show 第1条…第4条; a 目录 before the text; a 分节符 after the preamble; a treaty named without 《》
ZH03 = Draft(
    "zh-03-wipo-traditional-knowledge-di-tiao-labels-toc-section-break",
    [("decimal", "第%1条"), ("lowerLetter", "(%2)"), ("lowerRoman", "%3)")],
    [
        title(),
        head("委员会：世界知识产权组织大会"),
        head("议题：传统知识与遗传资源的保护"),
        head("起草国：秘鲁、南非、印度"),
        head("附议国：玻利维亚、埃塞俄比亚、印度尼西亚、菲律宾"),
        *toc([(1, "第1条 欢迎通过世界知识产权组织知识产权、遗传资源和相关传统知识条约\t2"),
              (1, "第2条 鼓励成员国建立传统知识数据库\t2"),
              (1, "第3条 请国际局\t2"),
              (2, "(a) 为发展中国家的专利审查员举办培训\t2"),
              (2, "(b) 编写关于事先知情同意的示范条款\t2"),
              (1, "第4条 决定在下届会议上审议本决议的执行情况\t2")]),
        organ("世界知识产权组织大会，"),
        pre("回顾", "《生物多样性公约》关于获取遗传资源和公正公平分享其利用所产生惠益的规定，"),
        pre("认识到", "土著人民和地方社区是许多传统知识的持有者，"),
        pre("关切", "基于传统知识的发明在未经事先知情同意的情况下被授予专利的情况，", sect=True),
        op("欢迎", "2024年5月通过的世界知识产权组织知识产权、遗传资源和相关传统知识条约；",
           faults=[F("numbering", '"第1条欢迎" - the clause is labelled "第1条"; operative clauses are numbered '
                                  "with Arabic numerals and a full stop, «1.» (ZH-B03, UN-B07)"),
                   F("missing-book-title-marks",
                     '"相关传统知识条约" - the treaty\'s title without book title marks; «《世界知识产权组织知识产权、'
                     '遗传资源和相关传统知识条约》» (ZH-P01)')]),
        op("鼓励", "成员国建立可供专利审查员检索的传统知识数据库；",
           faults=[F("numbering", '"第2条鼓励" - labelled "第2条"; «2.» (ZH-B03, UN-B07)')]),
        op("请", "国际局：",
           faults=[F("numbering", '"第3条请国际局" - labelled "第3条"; «3.» (ZH-B03, UN-B07)')]),
        sub("为发展中国家的专利审查员举办培训；"),
        sub("编写关于事先知情同意的示范合同条款；"),
        op("决定", "在下届会议上审议本决议的执行情况。",
           faults=[F("numbering", '"第4条决定" - labelled "第4条"; «4.» (ZH-B03, UN-B07)')]),
    ])

# 4. FAO Conference, food loss and waste; "%1." / "（%2）" decimal sub-items; clauses 5-6 on a restarted list (numId 2,
#    startOverride 1: they show "1." "2."); a 交叉引用 whose cached number is stale (clause 3 was moved to 4)
ZH04 = Draft(
    "zh-04-fao-food-loss-paren-subs-restart-stale-cross-reference",
    [("decimal", "%1."), ("decimal", "（%2）"), ("lowerLetter", "%3)")],
    [
        title(),
        head("委员会：联合国粮食及农业组织大会"),
        head("议题：减少粮食损失和浪费"),
        head("起草国：意大利、孟加拉国、加纳"),
        head("附议国：哥伦比亚、丹麦、日本、尼日利亚、泰国"),
        organ("联合国粮食及农业组织大会，"),
        pre("回顾", "可持续发展目标具体目标12.3关于到2030年将零售和消费环节的全球人均粮食浪费减半的承诺，"),
        pre("注意到", "全球约百分之十三的粮食在收获后至零售前的环节中损失，"),
        pre("认识到", "冷链设施不足是发展中国家粮食损失的主要原因之一，"),
        op("鼓励", "成员国制定国家粮食损失和浪费削减战略；"),
        op("呼吁", "捐助方支持发展中国家的小农户："),
        sub("获得可负担的太阳能冷藏设施；",
            [F("sub-clause-label", '"（1）获得可负担的" - a sub-item labelled "（1）"; sub-clauses take letters, «(a)» '
                                   "(ZH-B04)")]),
        sub("参加收获后处理技术培训；",
            [F("sub-clause-label", '"（2）参加收获后处理" - a sub-item labelled "（2）"; «(b)» (ZH-B04)')]),
        op("邀请", "私营部门与食品银行合作，再分配临近保质期的食品；"),
        op("请", "总干事建立全球粮食损失和浪费数据平台；", bookmark="_Ref4410"),
        op("又请", "总干事在第", R("3", ref="_Ref4410"), "条所述平台中纳入各国自愿提交的进展报告；", numpr=(2, 0),
           faults=[F("numbering", '"1.又请总干事" - the clause starts a second list and shows "1."; «5.» '
                                  "(ZH-B03, UN-B07)"),
                   F("other", 'cross-reference field whose cached number is stale: "第3条所述平台" names clause 3, '
                              "the platform is set up in clause 4; «第4条» (UN-B07 paragraphs numbered "
                              "consecutively, a reference names the paragraph)")]),
        op("决定", "在第四十五届会议上审议本决议的执行情况。", numpr=(2, 0),
           faults=[F("numbering", '"2.决定在第四十五届" - shows "2." on the restarted list; «6.» (ZH-B03, UN-B07)')]),
    ], restart=True)

# 5. UNDP Executive Board, urban heat; no 议题 line; "斯威士兰" (the State's name since 2018 is 埃斯瓦蒂尼); a 分节符
#    after the preamble; an operative clause led by 认识到; a clause before the last ending "。"
ZH05 = Draft(
    "zh-05-undp-urban-heat-section-break-lead-in-operative-state-name",
    [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")],
    [
        title(),
        head("委员会：开发计划署/人口基金/项目署执行局",
             [F("heading-field-missing", '"委员会：开发计划署" - the heading has no 议题 line (ZH-H01)')]),
        head("起草国：阿拉伯联合酋长国、巴基斯坦、西班牙"),
        head("附议国：斯威士兰、埃及、越南、希腊",
             [F("other", 'misspelt State name: "斯威士兰" is the name before 2018; «埃斯瓦蒂尼» (ZH-H01, ZH-H02)')]),
        organ("开发计划署/人口基金/项目署执行局，"),
        pre("注意到", "极端高温已成为许多城市中与天气有关的首要死因，"),
        pre("关切", "城市热岛效应对户外劳动者、老年人和低收入社区的影响尤为严重，"),
        pre("欢迎", "开发计划署支持各国制定热健康行动计划的工作，", sect=True),
        op("鼓励", "开发计划署协助各城市绘制高温脆弱性地图；"),
        op("认识到", "城市绿地和冷屋顶在降低地表温度方面的作用；",
           faults=[F("wrong-lead-form", '"认识到城市绿地" - an operative clause opens with the preambular lead '
                                        "认识到 (ZH-B03, UN-B06)")]),
        op("请", "署长在国家方案文件中纳入城市降温措施。",
           faults=[F("operative-end-mark", '"城市降温措施。" - an operative clause before the last ends with a '
                                           "full stop; «降温措施；» (ZH-B03, ZH-B05)")]),
        op("邀请", "各国分享高温预警系统的经验；"),
        op("决定", "在2027年年度会议上审议本决议的执行情况。"),
    ])

# 6. UNICEF Executive Board, cyberbullying of children; "%1." / "%2)" lowerLetter / "%3)" lowerRoman; a sub-item set in
#    标题 1 shows as the next clause; the Convention on the Rights of the Child named without 《》; a half-width ";"
ZH06 = Draft(
    "zh-06-unicef-cyberbullying-sub-item-at-level-one-half-width",
    [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3)")],
    [
        title(),
        head("委员会：联合国儿童基金会执行局"),
        head("议题：保护儿童免遭网络欺凌"),
        head("起草国：爱尔兰、菲律宾、摩洛哥"),
        head("附议国：阿根廷、芬兰、约旦、卢旺达"),
        organ("联合国儿童基金会执行局，"),
        pre("回顾", "儿童权利公约第十九条关于保护儿童免受一切形式暴力的规定，",
            [F("missing-book-title-marks",
               '"儿童权利公约第十九条" - the Convention\'s title without book title marks; «《儿童权利公约》» '
               "(ZH-P01)")]),
        pre("注意到", "三分之一的年轻人报告曾遭受网络欺凌，"),
        pre("认识到", "网络欺凌与儿童的焦虑、抑郁和辍学密切相关，"),
        op("鼓励", "会员国将数字素养和网上安全纳入学校课程；"),
        op("呼吁", "社交媒体平台："),
        sub("为儿童用户提供便捷的举报工具；"),
        sub("在收到举报后及时删除欺凌内容;",
            [F("half-width-punctuation-in-chinese",
               '"删除欺凌内容;" - the sub-item ends with a half-width semicolon; «内容；» (ZH-P01)')]),
        sub("定期公布其处理举报的情况；", style="Heading1",
            faults=[F("numbering", '"3.定期公布其处理" - a sub-item of clause 2 set in 标题 1 shows the clause '
                                   'number "3."; «c)» under clause 2, and the clauses after it are off by one '
                                   "(ZH-B04, UN-B07)")]),
        op("请", "执行主任支持各国建立面向儿童的心理援助热线；"),
        op("决定", "在2027年第一届常会上审议本决议的执行情况。"),
    ])

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, ZH06]


def para_text(p: P, label: str) -> str:
    return label + "".join(r.text for r in p.runs)


def check_quotes() -> None:
    for d in DRAFTS:
        for p, lab in zip(d.items, labels(d)):
            for f in p.faults:
                m = re.search(r'"([^"]+)"', f.note)
                assert m and m.group(1) in para_text(p, lab), (d.name, f.note, para_text(p, lab))


def annotations() -> str:
    head_ = ("# word-blind88: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
             "drafter.\n# paragraph = 1-based index of the w:p among all w:p of the body (TOC entries included); "
             "list labels in notes are the ones Word shows.\n")
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(d.items, 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return head_ + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    check_quotes()
    if "--list" in argv:
        for d in DRAFTS:
            print(f"== {d.name}")
            for i, (p, lab) in enumerate(zip(d.items, labels(d)), 1):
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
