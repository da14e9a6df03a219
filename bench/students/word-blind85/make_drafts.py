"""Build the drafts of the blind set word-blind85 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the label the page shows, text, fault marks
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese drafts (profile cn-mun) as 高中 delegates co-write them in Chinese online editors and export .docx for
the dais.  What each exporter writes (as this script models it):

* 飞书 (feishu): no theme part at all; the fonts in w:docDefaults (w:ascii/w:hAnsi Arial, w:eastAsia 微软雅黑); the
  Normal style carries paragraph spacing (after 160, line 360) and a paragraph style "正文缩进" carries 首行缩进 2 字符;
  runs carry only w:b; ordered lists in numbering.xml (decimal "%1." / lowerLetter "%2." or a "（%1）" list).
* 腾讯文档 (tencent): the theme kept; every run with direct w:rFonts (Times New Roman / w:eastAsia 宋体), every
  paragraph with direct w:spacing and w:ind firstLineChars; numbers either from numbering.xml or typed as text
  ("1. ") in a paragraph with a list-looking hanging indent (w:ind left 420 hanging 420).
* 钉钉文档 (dingtalk): runs with w:rFonts w:eastAsia "PingFang SC" and w:hint="eastAsia"; a chineseCounting
  "%1、" list (shows 一、二、…).
* 石墨文档 (shimo): every clause written as its own one-item list (its own w:abstractNum and w:num), so every clause
  shows "1."; runs with w:rFonts w:eastAsia 宋体 only.

python-docx gives the package; styles, numbering, paragraphs and tables are raw WordprocessingML written here (no
import of drafter or of another set).  Faults are marked F(kind, note) beside their paragraph.  Paragraph number =
1-based index of the w:p among all w:p of the body (table cells' paragraphs included), checked on the saved file.
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


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    kind: str = "body"  # title, head, organ, pre, op, sub, cell
    typed: bool = False  # a number typed as text: hanging indent like a list


@dataclass
class Row:
    label: P
    value: P


DOT = [("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")]
PAREN = [("decimal", "（%1）"), ("lowerLetter", "%2."), ("lowerRoman", "%3.")]
CHINESE = [("chineseCounting", "%1、"), ("decimal", "%2."), ("lowerLetter", "%3)")]
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
    exporter: str  # feishu, tencent, dingtalk, shimo
    items: list[P | Row]
    lists: list[list[tuple[str, str]]]  # abstractNums
    nums: list[tuple[int, int | None]]  # numId-1 -> (abstractNum index, startOverride of level 0 or None)


def paras(d: Draft) -> list[P]:
    out: list[P] = []
    for it in d.items:
        out += [it.label, it.value] if isinstance(it, Row) else [it]
    return out


def labels(d: Draft) -> list[str]:
    """The label Word shows: numIds sharing an abstractNum share its counters unless a startOverride restarts them."""
    counters: dict[int, list[int]] = {}
    started: set[int] = set()
    out = []
    for p in paras(d):
        if p.num is None:
            out.append("")
            continue
        nid, lvl = p.num
        absn, override = d.nums[nid - 1]
        c = counters.setdefault(absn, [0, 0, 0])
        if override is not None and nid not in started:
            c[0], c[1], c[2] = override - 1, 0, 0
        started.add(nid)
        c[lvl] += 1
        for j in range(lvl + 1, 3):
            c[j] = 0
        levels = d.lists[absn]
        text = levels[lvl][1]
        for j in range(3):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), levels[j][0]))
        out.append(text)
    return out


def rpr(d: Draft, p: P, r: R) -> str:
    bold = r.b or p.kind == "title"
    b = "<w:b/><w:bCs/>" if bold else ""
    size = '<w:sz w:val="32"/><w:szCs w:val="32"/>' if p.kind == "title" else ""
    if d.exporter == "feishu":
        fonts = ""
    elif d.exporter == "tencent":
        fonts = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>'
        size = size or '<w:sz w:val="24"/><w:szCs w:val="24"/>'
    elif d.exporter == "dingtalk":
        fonts = '<w:rFonts w:ascii="PingFang SC" w:hAnsi="PingFang SC" w:eastAsia="PingFang SC" w:hint="eastAsia"/>'
    else:  # shimo
        fonts = '<w:rFonts w:eastAsia="宋体"/>'
    return fonts + b + size


def para_xml(p: P, d: Draft) -> str:
    ppr = ""
    indented = p.kind == "pre" or (p.kind in ("op", "sub") and not p.num and not p.typed)
    if d.exporter == "feishu" and indented:
        ppr += '<w:pStyle w:val="BodyIndent"/>'
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    if d.exporter != "feishu":
        ppr += '<w:spacing w:before="0" w:after="120" w:line="400" w:lineRule="auto"/>'
    if p.typed:
        left = 840 if p.kind == "sub" else 420
        ppr += f'<w:ind w:left="{left}" w:hanging="420"/>'
    elif indented and d.exporter != "feishu":
        ppr += '<w:ind w:firstLine="480" w:firstLineChars="200"/>'
    if p.kind == "title":
        ppr += '<w:jc w:val="center"/>'
    body = ""
    for r in p.runs:
        if r.text:
            body += f'<w:r><w:rPr>{rpr(d, p, r)}</w:rPr><w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>'
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def table_xml(rows: list[Row], d: Draft) -> str:
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="D0D0D0"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    trs = ""
    for row in rows:
        trs += "<w:tr>"
        for p, width in ((row.label, 1600), (row.value, 6700)):
            inner = para_xml(p, d).replace(f"<w:p {NS}>", "<w:p>")
            trs += f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{inner}</w:tc>'
        trs += "</w:tr>"
    return (f'<w:tbl {NS}><w:tblPr><w:tblW w:w="8300" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders>'
            f'</w:tblPr><w:tblGrid><w:gridCol w:w="1600"/><w:gridCol w:w="6700"/></w:tblGrid>{trs}</w:tbl>')


def set_styles(doc: docx.document.Document, d: Draft) -> None:
    styles = doc.styles.element
    defaults = styles.find(w("docDefaults"))
    rfonts = defaults.find(f"{w('rPrDefault')}/{w('rPr')}/{w('rFonts')}")
    if d.exporter == "feishu":
        # no theme: drop the theme part and the theme fonts; the fonts sit in docDefaults, spacing in Normal
        for rid, rel in list(doc.part.rels.items()):
            if rel.reltype.endswith("/theme"):
                doc.part.drop_rel(rid)
        for attr in list(rfonts.attrib):
            del rfonts.attrib[attr]
        rfonts.set(w("ascii"), "Arial")
        rfonts.set(w("hAnsi"), "Arial")
        rfonts.set(w("eastAsia"), "微软雅黑")
        rfonts.set(w("cs"), "Arial")
        normal = doc.styles["Normal"].element
        normal.get_or_add_pPr().append(parse_xml(f'<w:spacing {NS} w:before="0" w:after="160" w:line="360" '
                                                 'w:lineRule="auto"/>'))
        styles.append(parse_xml(
            f'<w:style {NS} w:type="paragraph" w:customStyle="1" w:styleId="BodyIndent"><w:name w:val="正文缩进"/>'
            '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLine="440" w:firstLineChars="200"/>'
            '</w:pPr></w:style>'))
    else:
        east = {"tencent": "宋体", "dingtalk": "PingFang SC", "shimo": "宋体"}[d.exporter]
        rfonts.set(w("eastAsia"), east)
        del rfonts.attrib[w("eastAsiaTheme")]


def build(d: Draft) -> Path:
    doc = docx.Document()
    set_styles(doc, d)
    for tfl in doc.settings.element.findall(w("themeFontLang")):
        tfl.set(w("eastAsia"), "zh-CN")
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for i, levels in enumerate(d.lists):
        lv = ""
        for j, (fmt, text) in enumerate(levels):
            lv += (f'<w:lvl w:ilvl="{j}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                   f'<w:pPr><w:ind w:left="{420 * (j + 1)}" w:hanging="420"/></w:pPr></w:lvl>')
        kind = "singleLevel" if d.exporter == "shimo" else "hybridMultilevel"
        numbering.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{i}"><w:nsid w:val="3A{i:02d}5E71"/>'
                                   f'<w:multiLevelType w:val="{kind}"/>{lv}</w:abstractNum>'))
    for i, (absn, override) in enumerate(d.nums):
        extra = ""
        if override is not None:
            extra = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{override}"/></w:lvlOverride>'
        numbering.append(parse_xml(f'<w:num {NS} w:numId="{i + 1}"><w:abstractNumId w:val="{absn}"/>{extra}</w:num>'))
    rows: list[Row] = []
    for item in d.items + [P([])]:  # sentinel flushes a table at the end
        if isinstance(item, Row):
            rows.append(item)
            continue
        if rows:
            sect.addprevious(parse_xml(table_xml(rows, d)))
            rows = []
        if item.runs:
            sect.addprevious(parse_xml(para_xml(item, d)))
    doc.core_properties.author = ""
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        if d.exporter == "feishu":
            assert not any("theme" in n for n in z.namelist()), z.namelist()
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(paras(d)), (d.name, count, len(paras(d)))
    return out


def title() -> P:
    return P([R("决议草案")], kind="title")


def head(text: str, faults: list[Fault] | None = None) -> P:
    return P([R(text)], faults or [], kind="head")


def row(label: str, value: str, faults: list[Fault] | None = None) -> Row:
    return Row(P([R(label)], kind="cell"), P([R(value)], faults or [], kind="cell"))


def organ(text: str) -> P:
    return P([R(text)], kind="organ")


def pre(lead: str, rest: str, faults: list[Fault] | None = None) -> P:
    return P([R(lead, b=True), R(rest)], faults or [], None, kind="pre")


def op(lead: str, rest: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = (1, 0),
       typed: str = "") -> P:
    runs = ([R(typed)] if typed else []) + [R(lead, b=True), R(rest)]
    return P(runs, faults or [], None if typed else num, kind="op", typed=bool(typed))


def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = (1, 1)) -> P:
    return P([R(text)], faults or [], num, kind="sub")


# 1. UN Environment Assembly, transboundary wildfires; 飞书 export (no theme, fonts in docDefaults, spacing and
#    首行缩进 from styles); "%1." / "%2." list; clauses 4-5 pasted from a teammate's 飞书 doc start a list of their
#    own (a second w:num restarting at 1); UNEP's report named without 《》
ZH01 = Draft(
    "zh-01-feishu-unea-wildfires-list-restarts",
    "feishu",
    [
        title(),
        head("委员会：联合国环境大会"),
        head("议题：应对日益频发的跨境野火"),
        head("起草国：澳大利亚、加拿大、希腊"),
        head("附议国：智利、葡萄牙、土耳其、印度尼西亚"),
        organ("联合国环境大会，"),
        pre("注意到", "联合国环境规划署发布的蔓延如野火报告预测，到2100年极端野火事件可能增加约一半，",
            [F("missing-book-title-marks",
               '"发布的蔓延如野火报告" - the UNEP report\'s title without book title marks; «《蔓延如野火》报告» '
               "(ZH-P01)")]),
        pre("深为关切", "野火产生的烟雾跨越国界，危害周边国家居民的健康，"),
        pre("认识到", "原住民社区计划烧除的传统知识在减少林下可燃物方面的作用，"),
        pre("强调", "早期预警和跨境信息共享对及时扑救野火的重要性，"),
        op("鼓励", "会员国将野火风险管理纳入国家防灾减灾战略；"),
        op("呼吁", "相邻国家："),
        sub("签订跨境野火扑救互助协定；"),
        sub("共享卫星火点监测数据；"),
        op("请", "联合国环境规划署建立全球野火信息共享平台；"),
        op("邀请", "各国消防部门和志愿者组织开展联合演练；", num=(2, 0),
           faults=[F("numbering", '"1.邀请各国消防部门" - the clause starts a second list and shows "1."; «4.» '
                                  "(ZH-B03, UN-B07)")]),
        op("决定", "继续处理这一问题。", num=(2, 0),
           faults=[F("numbering", '"2.决定继续处理" - shows "2." on the restarted list; «5.» (ZH-B03, UN-B07)')]),
    ],
    [DOT], [(0, None), (0, 1)])

# 2. Human Rights Council, deaf children's education in sign language; 飞书 export; sub-items on a "（%1）" list of
#    their own; a preambular clause ending "。"; an operative clause opening with 深信, a preambular lead
ZH02 = Draft(
    "zh-02-feishu-hrc-deaf-children-sign-language-paren-subs",
    "feishu",
    [
        title(),
        head("委员会：人权理事会"),
        head("议题：保障聋童以手语接受教育的权利"),
        head("起草国：芬兰、新西兰、南非"),
        head("附议国：哥斯达黎加、蒙古、爱沙尼亚、卢旺达"),
        organ("人权理事会，"),
        pre("回顾", "《残疾人权利公约》第二十四条关于全纳教育的规定，"),
        pre("注意到", "世界聋人联合会估计全世界约有七千万聋人，其中八成以上生活在发展中国家，"),
        pre("关切地注意到", "许多聋童在入学前没有机会学习手语，错过了语言发展的关键期。",
            [F("preambular-end-mark",
               '"错过了语言发展的关键期。" - a preambular clause ends with a full stop; «关键期，» (ZH-B02, ZH-B05)')]),
        op("深信", "以手语为教学语言能够显著提高聋童的学业成绩；",
           [F("wrong-lead-form",
              '"1.深信以手语为教学语言" - 深信, a preambular lead, opens an operative clause; an operative clause '
              "opens with an operative verb («鼓励……», «申明……») (ZH-B03)")]),
        op("敦促", "会员国承认本国手语为官方语言或受法律保护的语言；"),
        op("鼓励", "各国："),
        sub("在师范院校开设手语教学课程；", num=(2, 0),
            faults=[F("sub-clause-label",
                      '"（1）在师范院校" - sub-item labelled "（1）" (a bracketed-number list); sub-clauses are '
                      "labelled with English letters, «a.» / «(a)» (ZH-B04)")]),
        sub("为聋童家庭提供免费的早期手语培训；", num=(2, 0),
            faults=[F("sub-clause-label",
                      '"（2）为聋童家庭" - sub-item labelled "（2）"; sub-clauses are labelled with English letters, '
                      "«b.» (ZH-B04)")]),
        op("请", "联合国人权事务高级专员办事处编写关于聋童受教育权的专题报告；"),
        op("决定", "在第六十二届会议上继续审议这一问题。"),
    ],
    [DOT, PAREN], [(0, None), (1, None)])

# 3. IMO Assembly, search and rescue at sea; 腾讯文档 export; the heading block a bordered table with no 议题 row;
#    clause numbers typed as text with a hanging indent; a half-width comma; clause 2 pasted again as clause 4
ZH03 = Draft(
    "zh-03-tencent-imo-sea-rescue-table-heading-typed-numbers-clause-twice",
    "tencent",
    [
        title(),
        row("委员会：", "国际海事组织大会",
            [F("heading-field-missing",
               '"国际海事组织大会" - the heading table has no 议题 row (ZH-H01 fields: 委员会、议题、起草国、附议国)')]),
        row("起草国：", "菲律宾、马耳他、意大利"),
        row("附议国：", "希腊、突尼斯、挪威、巴拿马"),
        organ("国际海事组织大会，"),
        pre("回顾", "《国际海上搜寻救助公约》规定的各缔约国的搜救责任，"),
        pre("注意到", "一些海域的海上遇险事件数量居高不下,大量遇险人员未能及时获救，",
            [F("half-width-punctuation-in-chinese",
               '"居高不下,大量遇险人员" - a half-width comma inside the Chinese clause; «居高不下，大量» (ZH-P01)')]),
        pre("认识到", "过往商船在救助海上遇险人员方面发挥的重要作用，"),
        op("敦促", "各缔约国确保其搜救区域内有足够的救助力量；", typed="1. "),
        op("呼吁", "沿海国为获救人员指定安全的下船地点；", typed="2. "),
        op("鼓励", "各国加强海上救助协调中心之间的信息交流；", typed="3. "),
        op("呼吁", "沿海国为获救人员指定安全的下船地点；", typed="4. ",
           faults=[F("duplicate-clause",
                     '"4. 呼吁沿海国为获救人员指定安全的下船地点" - clause 2 pasted again as clause 4; delete it '
                     "(ZH-B06)")]),
        op("请", "秘书长向发展中国家提供搜救人员培训方面的技术援助；", typed="5. "),
        op("决定", "继续积极处理这一问题。", typed="6. "),
    ],
    [], [])

# 4. Commission for Social Development, long-term care; 钉钉文档 export; clauses on a chineseCounting "%1、" list
#    (一、二、三、四); 纽西兰 (the Taiwan form) among the co-sponsors
CN_NOTE = ('operative clause numbered "{c}、" (a Chinese-numeral list); operative clauses are numbered with Arabic '
           "numerals and a full stop, «{n}.» (ZH-B03, UN-B07)")
ZH04 = Draft(
    "zh-04-dingtalk-csocd-long-term-care-chinese-numerals-state-name",
    "dingtalk",
    [
        title(),
        head("委员会：社会发展委员会"),
        head("议题：人口老龄化背景下的长期照护体系建设"),
        head("起草国：日本、德国、泰国"),
        head("附议国：纽西兰、古巴、新加坡、毛里求斯",
             [F("other", 'misspelt State name: "纽西兰" is the Taiwan form; «新西兰» in a mainland draft '
                         "(ZH-H01, ZH-H02)")]),
        organ("社会发展委员会，"),
        pre("注意到", "到2050年全世界六十岁及以上的人口预计将达到二十一亿，"),
        pre("关切地注意到", "许多失能老年人的照护主要由家庭中的女性无偿承担，"),
        pre("欢迎", "一些国家建立长期护理保险制度的经验，"),
        op("鼓励", "会员国建立覆盖居家、社区和机构的长期照护服务体系；",
           [F("numbering", '"一、鼓励会员国" - ' + CN_NOTE.format(c="一", n=1))]),
        op("呼吁", "各国为家庭照护者提供喘息服务和技能培训；",
           [F("numbering", '"二、呼吁各国" - ' + CN_NOTE.format(c="二", n=2))]),
        op("请", "世界卫生组织汇编各国长期照护筹资的良好做法；",
           [F("numbering", '"三、请世界卫生组织" - ' + CN_NOTE.format(c="三", n=3))]),
        op("决定", "在下一届会议上继续审议这一问题。",
           [F("numbering", '"四、决定在下一届会议上" - ' + CN_NOTE.format(c="四", n=4))]),
    ],
    [CHINESE], [(0, None)])

# 5. UNESCO General Conference, digitising cultural heritage; 石墨文档 export: every clause its own one-item list, so
#    every clause shows "1."
ONE_NOTE = ('"1.{t}" - the clause is a one-item list of its own (as the editor exported it) and shows "1."; '
            "operative clauses are numbered consecutively, «{n}.» (ZH-B03, UN-B07)")
ZH05 = Draft(
    "zh-05-shimo-unesco-heritage-digitisation-every-clause-one",
    "shimo",
    [
        title(),
        head("委员会：联合国教育、科学及文化组织大会"),
        head("议题：文化遗产的数字化保护"),
        head("起草国：埃及、秘鲁、柬埔寨"),
        head("附议国：约旦、马里、乌兹别克斯坦、意大利"),
        organ("联合国教育、科学及文化组织大会，"),
        pre("重申", "《保护世界文化和自然遗产公约》的宗旨，"),
        pre("注意到", "武装冲突、自然灾害和气候变化使许多文化遗产面临损毁的风险，"),
        pre("认识到", "三维扫描等数字技术可以为文化遗产留存完整而准确的档案，"),
        op("鼓励", "会员国为本国的世界遗产地建立数字档案；", num=(1, 0)),
        op("呼吁", "发达国家向发展中国家转让文化遗产数字化的技术和设备；", num=(2, 0),
           faults=[F("numbering", ONE_NOTE.format(t="呼吁发达国家", n=2))]),
        op("请", "总干事制定文化遗产数字化的技术标准和伦理准则；", num=(3, 0),
           faults=[F("numbering", ONE_NOTE.format(t="请总干事", n=3))]),
        op("邀请", "博物馆和高校合作开展数字化人才培训；", num=(4, 0),
           faults=[F("numbering", ONE_NOTE.format(t="邀请博物馆", n=4))]),
        op("决定", "在第四十四届会议上审议本决议的执行情况。", num=(5, 0),
           faults=[F("numbering", ONE_NOTE.format(t="决定在第四十四届", n=5))]),
    ],
    [DOT, DOT, DOT, DOT, DOT], [(0, None), (1, None), (2, None), (3, None), (4, None)])

# 6. World Health Assembly, child restraints in cars; 腾讯文档 export; nearly clean: a half-width colon after 请总干事
ZH06 = Draft(
    "zh-06-tencent-wha-child-car-seats-nearly-clean",
    "tencent",
    [
        title(),
        head("委员会：世界卫生大会"),
        head("议题：儿童道路交通安全"),
        head("起草国：瑞典、马来西亚、阿根廷"),
        head("附议国：加纳、法国、越南、约旦"),
        organ("世界卫生大会，"),
        pre("回顾", "联合国大会关于改善全球道路安全的第74/299号决议，"),
        pre("注意到", "道路交通伤害是5至29岁儿童和青年的首要死因，"),
        pre("深为关切", "许多国家尚未制定关于儿童乘车使用安全座椅的法律，"),
        pre("认识到", "正确使用儿童约束装置可以大幅降低儿童在交通事故中的死亡风险，"),
        op("敦促", "会员国立法要求儿童乘车时使用与其年龄和体重相适应的约束装置；"),
        op("鼓励", "各国在学校周边设置限速区和安全的人行过街设施；"),
        op("请", "总干事:",
           [F("half-width-punctuation-in-chinese",
              '"请总干事:" - the clause introducing its items ends with a half-width colon; «总干事：» (ZH-P01)')]),
        sub("为各国开展儿童乘车安全宣传提供技术支持；"),
        sub("向第八十一届世界卫生大会报告本决议的执行情况；"),
        op("决定", "继续处理这一问题。"),
    ],
    [DOT], [(0, None)])

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, ZH06]


def para_text(p: P, label: str) -> str:
    return label + "".join(r.text for r in p.runs)


def check_quotes() -> None:
    for d in DRAFTS:
        for p, lab in zip(paras(d), labels(d)):
            for f in p.faults:
                m = re.search(r'"([^"]+)"', f.note)
                assert m and m.group(1) in para_text(p, lab), (d.name, f.note, para_text(p, lab))


def annotations() -> str:
    head_ = ("# word-blind85: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
             "drafter.\n# paragraph = 1-based index of the w:p among all w:p of the body (table cells included); "
             "list labels in notes are the ones Word shows.\n")
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(paras(d), 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return head_ + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    check_quotes()
    if "--list" in argv:
        for d in DRAFTS:
            print(f"== {d.name}")
            for i, (p, lab) in enumerate(zip(paras(d), labels(d)), 1):
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
