"""Build the drafts of the blind set word-blind83 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the label WPS/Word shows, text, fault marks
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese drafts (profile cn-mun) as 初中 and 高中 delegates hand them in from WPS Office (Windows, Mac, the phone
app): lists as WPS's 编号 toolbar makes them (w:multiLevelType "multilevel"; lvlText "%1.", "%1、", "（%1）",
decimalEnclosedCircle "①", lowerLetter "%2)"; a list restarted by WPS's 重新开始编号, a second w:num with a
w:startOverride), WPS's own w:rPr (w:rFonts with w:ascii/w:hAnsi/w:eastAsia 宋体, 仿宋_GB2312 or 微软雅黑 and
w:hint="eastAsia", w:lang w:eastAsia="zh-CN"), 首行缩进 2 字符 (w:firstLineChars="200"), the heading block aligned by
full-width spaces or in a borderless table, leads bold.

python-docx gives the package; numbering, paragraphs and tables are raw WordprocessingML written here (no import of
drafter or of another set).  Faults are marked F(kind, note) beside their paragraph.  Paragraph number = 1-based
index of the w:p among all w:p of the body (table cells' paragraphs included), checked again on the saved file.
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
FW = "\u3000"  # full-width space


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


@dataclass
class Row:
    """A heading table's row: label cell and value cell, one w:p each."""
    label: P
    value: P


# WPS's toolbar lists: (numFmt, lvlText) per level
DOT = [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3.")]
DUN = [("decimal", "%1、"), ("lowerLetter", "%2)"), ("lowerRoman", "%3.")]
PAREN = [("decimal", "（%1）"), ("lowerLetter", "%2)"), ("lowerRoman", "%3.")]
CIRCLE = [("decimalEnclosedCircle", "%1"), ("lowerLetter", "%2)"), ("lowerRoman", "%3.")]

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi"][n - 1]
    if fmt == "decimalEnclosedCircle":
        return CIRCLED[n - 1]
    raise ValueError(fmt)


@dataclass
class Draft:
    name: str
    items: list[P | Row]
    lists: list[list[tuple[str, str]]]  # abstractNums
    nums: list[tuple[int, int | None]]  # numId-1 -> (abstractNum index, startOverride of level 0 or None)
    font: str = "宋体"


def paras(d: Draft) -> list[P]:
    out: list[P] = []
    for it in d.items:
        if isinstance(it, Row):
            out += [it.label, it.value]
        else:
            out.append(it)
    return out


def labels(d: Draft) -> list[str]:
    """The label WPS/Word shows: numIds sharing an abstractNum share its counters unless a startOverride restarts them."""
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
    font = "黑体" if p.kind == "title" else d.font
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}" w:hint="eastAsia"/>'
    size = 36 if p.kind == "title" else 24
    return (fonts + ("<w:b/><w:bCs/>" if r.b or p.kind == "title" else "")
            + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>')


def para_xml(p: P, d: Draft) -> str:
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    if p.kind == "title":
        ppr += '<w:jc w:val="center"/>'
    elif p.kind in ("pre", "organ_indent") or (p.kind in ("op", "sub") and not p.num):
        ppr += '<w:ind w:firstLine="480" w:firstLineChars="200"/>'
    ppr += '<w:spacing w:line="360" w:lineRule="auto"/>'
    body = ""
    for r in p.runs:
        if r.text:
            body += f'<w:r><w:rPr>{rpr(d, p, r)}</w:rPr><w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>'
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def table_xml(rows: list[Row], d: Draft) -> str:
    none = "".join(f'<w:{s} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                   for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    trs = ""
    for row in rows:
        trs += "<w:tr>"
        for p, width in ((row.label, 1800), (row.value, 6500)):
            inner = para_xml(p, d).replace(f"<w:p {NS}>", "<w:p>")
            trs += f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{inner}</w:tc>'
        trs += "</w:tr>"
    return (f'<w:tbl {NS}><w:tblPr><w:tblW w:w="8300" w:type="dxa"/><w:tblBorders>{none}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="6500"/>'
            f"</w:tblGrid>{trs}</w:tbl>")


def build(d: Draft) -> Path:
    doc = docx.Document()
    normal = doc.styles["Normal"].element
    normal.get_or_add_rPr().append(parse_xml(
        f'<w:rFonts {NS} w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="宋体" w:cs="Times New Roman"/>'))
    settings = doc.settings.element
    for tfl in settings.findall(w("themeFontLang")):
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
            ind = f'<w:ind w:left="{425 * (j + 1)}" w:hanging="425"/>'
            lv += (f'<w:lvl w:ilvl="{j}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>{ind}</w:pPr>'
                   f'<w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl>')
        numbering.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{i}"><w:nsid w:val="6C{i:02d}8A1F"/>'
                                   f'<w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>'))
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
    doc.core_properties.author = "Administrator"
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
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


def op(lead: str, rest: str, faults: list[Fault] | None = None, *, num: tuple[int, int] = (1, 0)) -> P:
    return P([R(lead, b=True), R(rest)], faults or [], num, kind="op")


def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] = (1, 1)) -> P:
    return P([R(text)], faults or [], num, kind="sub")


SPACE_NOTE = ("a space typed after a full-width comma inside the Chinese clause (full-width marks carry their own "
              "spacing; ZH-P01 full-width punctuation)")

# 1. UNESCO, children's myopia; WPS on Windows, 宋体; "%1." list; the list restarted at clause 4 (重新开始编号 on the
#    clauses pasted from a teammate's file); a half-width comma; a report's title without 《》; a space after "，"
ZH01 = Draft(
    "zh-01-wps-win-songti-unesco-myopia-list-restarts",
    [
        title(),
        head("委员会：联合国教育、科学及文化组织"),
        head("议题：儿童青少年近视防控"),
        head("起草国：新加坡、爱尔兰、澳大利亚"),
        head("附议国：丹麦、韩国、智利、越南"),
        organ("联合国教育、科学及文化组织大会，"),
        pre("注意到", "世界卫生组织发布的世界视力报告指出全球至少有22亿人视力受损，",
            [F("missing-book-title-marks",
               '"世界卫生组织发布的世界视力报告" - the report\'s title without book title marks; «《世界视力报告》» '
               "(ZH-P01)")]),
        pre("深为关切", "儿童青少年近视发生率逐年上升,且发病年龄不断提前，",
            [F("half-width-punctuation-in-chinese",
               '"逐年上升,且发病年龄" - a half-width comma inside the Chinese clause; «逐年上升，且» (ZH-P01)')]),
        pre("认识到", "每天充足的户外活动时间是预防近视最有效的措施之一，"),
        pre("意识到", "长时间近距离使用电子屏幕对儿童视力的不利影响，"),
        op("鼓励", "各国学校保障学生每天至少两小时的户外活动时间；"),
        op("呼吁", "会员国：", num=(1, 0)),
        sub("定期为中小学生开展视力筛查并建立视力健康档案；"),
        sub("改善教室的照明条件和课桌椅配置；"),
        op("请", "联合国教育、科学及文化组织与世界卫生组织合作编写护眼教育材料；"),
        op("邀请", "家长和社区组织减少儿童在课余时间的屏幕使用时间， 并陪伴儿童参加体育活动；", num=(2, 0),
           faults=[F("numbering", '"1.邀请家长和社区组织" - the list restarts at this clause, which shows "1."; «4.» '
                                  "(ZH-B03, UN-B07)"),
                   F("other", '"屏幕使用时间， 并陪伴" - ' + SPACE_NOTE)]),
        op("决定", "继续积极处理这一问题。", num=(2, 0),
           faults=[F("numbering", '"2.决定继续积极处理" - shows "2." on the restarted list; «5.» (ZH-B03, UN-B07)')]),
    ],
    [DOT], [(0, None), (0, 1)])

# 2. UN-Habitat Assembly, urban waterlogging; WPS on Windows, 仿宋_GB2312; heading aligned by full-width spaces;
#    clauses "%1.", sub-items on WPS's "（%1）" list; 敦促 opening a preambular clause; a preamble ending "。"
ZH02 = Draft(
    "zh-02-wps-win-fangsong-habitat-waterlogging-paren-subs-urge-in-preamble",
    [
        title(),
        head(f"委{FW}员{FW}会：联合国人居大会"),
        head(f"议{FW}{FW}{FW}题：城市内涝治理与韧性城市建设"),
        head(f"起{FW}草{FW}国：荷兰、孟加拉国、巴西"),
        head(f"附{FW}议{FW}国：印度尼西亚、尼日利亚、丹麦、泰国"),
        organ("联合国人居大会，"),
        pre("回顾", "《新城市议程》关于建设有韧性的城市的承诺，"),
        pre("注意到", "极端降雨事件的频率和强度在许多地区明显增加，"),
        pre("敦促", "各国城市在规划中预留雨水调蓄空间，",
            [F("wrong-lead-form",
               '"敦促各国城市在规划中" - 敦促, an operative lead, opens a preambular clause; a preambular clause opens '
               "with a preambular lead («强调……») (ZH-B02)")]),
        pre("深为关切", "城市内涝造成人员伤亡和严重的经济损失。",
            [F("preambular-end-mark",
               '"严重的经济损失。" - a preambular clause ends with a full stop; «经济损失，» (ZH-B02, ZH-B05)')]),
        op("鼓励", "会员国推广透水铺装、下沉式绿地等海绵城市措施；"),
        op("呼吁", "各城市政府："),
        sub("定期清理和改造老旧排水管网；", num=(2, 0),
            faults=[F("sub-clause-label",
                      '"（1）定期清理和改造" - sub-item labelled "（1）" (WPS\'s bracketed-number list); sub-clauses '
                      "are labelled with English letters, «a.» / «(a)» (ZH-B04)")]),
        sub("建立覆盖社区的内涝预警和应急疏散机制；", num=(2, 0),
            faults=[F("sub-clause-label",
                      '"（2）建立覆盖社区的" - sub-item labelled "（2）"; sub-clauses are labelled with English '
                      "letters, «b.» (ZH-B04)")]),
        op("请", "联合国人类住区规划署为发展中国家提供技术援助；"),
        op("决定", "在下一届会议上审议本决议的执行情况。"),
    ],
    [DOT, PAREN], [(0, None), (1, None)], font="仿宋_GB2312")

# 3. World Health Assembly, antimicrobial resistance; WPS on Mac, 宋体; the heading block in a borderless table with
#    no 附议国 row; sub-items on WPS's circled-number list "①" "②"; clause 3 pasted twice
ZH03 = Draft(
    "zh-03-wps-mac-table-heading-wha-amr-circled-subs-clause-twice",
    [
        title(),
        row("委员会：", "世界卫生大会"),
        row("议题：", "应对抗微生物药物耐药性"),
        row("起草国：", "瑞典、泰国、加纳",
            [F("heading-field-missing",
               '"瑞典、泰国、加纳" - the heading table has no 附议国 row (ZH-H01 fields: 委员会、议题、起草国、附议国)')]),
        organ("世界卫生大会，"),
        pre("回顾", "《抗微生物药物耐药性全球行动计划》，"),
        pre("关切地注意到", "耐药感染每年直接导致一百多万人死亡，"),
        pre("认识到", "在人类医疗和畜牧业中滥用抗生素加速了耐药性的产生，"),
        op("敦促", "会员国实行抗生素凭处方销售制度；"),
        op("鼓励", "各国在畜牧业中逐步停止将抗生素用作生长促进剂；"),
        op("请", "总干事："),
        sub("支持低收入国家建立耐药性监测实验室网络；", num=(2, 0),
            faults=[F("sub-clause-label",
                      '"①支持低收入国家" - sub-item labelled with a circled number "①" (WPS\'s list); sub-clauses are '
                      "labelled with English letters, «a.» / «(a)» (ZH-B04)")]),
        sub("推动新型抗菌药物和诊断工具的研发；", num=(2, 0),
            faults=[F("sub-clause-label",
                      '"②推动新型抗菌药物" - sub-item labelled "②"; sub-clauses are labelled with English letters, '
                      "«b.» (ZH-B04)")]),
        op("呼吁", "医疗机构加强对医务人员合理用药的培训；"),
        op("呼吁", "医疗机构加强对医务人员合理用药的培训；",
           [F("duplicate-clause",
              '"5.呼吁医疗机构加强对医务人员合理用药的培训" - clause 4 pasted twice; delete the second (ZH-B06)')]),
        op("决定", "在第八十届世界卫生大会上审议本决议的执行情况。"),
    ],
    [DOT, CIRCLE], [(0, None), (1, None)])

# 4. ECOSOC, small farmers' crop insurance; the WPS phone app, 宋体; a sub-item at the clauses' level; a clause ending
#    with a half-width ";"; a State's name in Taiwan's form among the co-sponsors
ZH04 = Draft(
    "zh-04-wps-phone-ecosoc-crop-insurance-sub-at-clause-level-state-name",
    [
        title(),
        head("委员会：经济及社会理事会"),
        head("议题：提高小农户抵御气候风险的能力"),
        head("起草国：印度、肯尼亚、危地马拉"),
        head("附议国：埃塞俄比亚、莫三比克、斐济、柬埔寨",
             [F("other", 'misspelt State name: "莫三比克" is the Taiwan form; «莫桑比克» in a mainland draft '
                         "(ZH-H01, ZH-H02)")]),
        organ("经济及社会理事会，"),
        pre("注意到", "全世界约五亿个小农户生产了发展中国家的大部分粮食，"),
        pre("深为关切", "干旱、洪水等极端天气事件使小农户的收入极不稳定，"),
        pre("欢迎", "一些国家推行以天气指数为基础的农业保险的经验，"),
        op("鼓励", "会员国为小农户购买农业保险提供补贴；"),
        op("呼吁", "各国政府和金融机构："),
        sub("开发适合小农户的低保费保险产品；"),
        sub("利用卫星遥感数据加快理赔；", num=(1, 0),
            faults=[F("sub-clause-label",
                      '"3.利用卫星遥感数据" - a sub-item of clause 2 set back at the clauses\' level, so it shows '
                      '"3."; «b)» (ZH-B04)')]),
        op("请", "联合国粮食及农业组织向农民提供气候信息服务;",
           [F("numbering", '"4.请联合国粮食及农业组织" - shows "4." because the sub-item above took "3."; «3.» '
                           "(ZH-B03, UN-B07)"),
            F("half-width-punctuation-in-chinese",
              '"气候信息服务;" - the clause ends with a half-width semicolon; «服务；» (ZH-P01, ZH-B03)')]),
        op("决定", "在下一届会议上继续审议这一问题。",
           [F("numbering", '"5.决定在下一届会议上" - shows "5."; «4.» (ZH-B03, UN-B07)')]),
    ],
    [DOT], [(0, None)])

# 5. Commission for Social Development, platform workers; WPS on Windows, 微软雅黑; clauses on WPS's "%1、" list;
#    the last clause ends with "；"
NUM_NOTE = ('operative clause numbered "{n}、" (WPS\'s "1、" list); operative clauses are numbered with Arabic '
            "numerals and a full stop, «{n}.» (ZH-B03, UN-B07)")
ZH05 = Draft(
    "zh-05-wps-win-yahei-csocd-platform-workers-dun-numbers",
    [
        title(),
        head("委员会：社会发展委员会"),
        head("议题：数字平台劳动者的社会保护"),
        head("起草国：西班牙、墨西哥、南非"),
        head("附议国：阿根廷、马来西亚、葡萄牙、塞内加尔"),
        organ("社会发展委员会，"),
        pre("重申", "人人有权享有社会保障，"),
        pre("注意到", "外卖骑手、网约车司机等平台劳动者的人数迅速增长，"),
        pre("深感关切", "许多平台劳动者没有被纳入工伤保险和养老保险，"),
        op("促请", "会员国明确平台企业在劳动者权益保障方面的责任；",
           [F("numbering", '"1、促请会员国" - ' + NUM_NOTE.format(n=1))]),
        op("鼓励", "平台企业公开订单分配和报酬计算的算法规则；",
           [F("numbering", '"2、鼓励平台企业" - ' + NUM_NOTE.format(n=2))]),
        op("请", "国际劳工组织汇编各国保护平台劳动者的良好做法；",
           [F("numbering", '"3、请国际劳工组织" - ' + NUM_NOTE.format(n=3))]),
        op("决定", "在第六十五届会议上继续审议这一问题；",
           [F("numbering", '"4、决定在第六十五届" - ' + NUM_NOTE.format(n=4)),
            F("operative-end-mark",
              '"继续审议这一问题；" - the last clause ends with a semicolon; «这一问题。» (ZH-B03, ZH-B05)')]),
    ],
    [DUN], [(0, None)], font="微软雅黑")

# 6. ECOSOC, clean cooking; WPS on Windows, 仿宋_GB2312; heading aligned by full-width spaces; nearly clean
ZH06 = Draft(
    "zh-06-wps-win-fangsong-ecosoc-clean-cooking-nearly-clean",
    [
        title(),
        head(f"委{FW}员{FW}会：经济及社会理事会"),
        head(f"议{FW}{FW}{FW}题：推广清洁烹饪，减少家庭空气污染"),
        head(f"起{FW}草{FW}国：加纳、尼泊尔、挪威"),
        head(f"附{FW}议{FW}国：秘鲁、乌干达、孟加拉国、荷兰"),
        organ("经济及社会理事会，"),
        pre("回顾", "《2030年可持续发展议程》中关于人人获得负担得起的、可靠和可持续的现代能源的目标，"),
        pre("注意到", "全球仍有二十多亿人使用柴火、木炭等固体燃料做饭，"),
        pre("深为关切", "家庭空气污染每年导致数百万人过早死亡，妇女和儿童受害尤甚，"),
        pre("认识到", "清洁炉灶的推广可以同时改善健康、保护森林和减少温室气体排放，"),
        op("鼓励", "会员国将清洁烹饪纳入国家能源规划；"),
        op("呼吁", "国际金融机构为清洁炉灶和液化石油气的推广提供优惠贷款；"),
        op("请", "秘书长："),
        sub("汇编各国推广清洁烹饪的成功经验；"),
        sub("在巴黎协定框架下评估清洁烹饪的减排效益；",
            [F("missing-book-title-marks",
               '"在巴黎协定框架下" - the Agreement\'s title without book title marks; «《巴黎协定》» (ZH-P01)')]),
        op("决定", "继续处理这一问题。"),
    ],
    [DOT], [(0, None)], font="仿宋_GB2312")

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
    head_ = ("# word-blind83: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
             "drafter.\n# paragraph = 1-based index of the w:p among all w:p of the body (table cells included); "
             "list labels in notes are the ones WPS/Word shows.\n")
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
