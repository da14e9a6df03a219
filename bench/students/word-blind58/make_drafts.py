"""Build the drafts of the blind set word-blind58 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph with the label Word shows and its faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Theme: Chinese drafts (and one English draft typed in a Chinese WPS) whose clauses and sub-clauses are Word / WPS
automatic lists in the East Asian number formats (ECMA-376 Part 1 §17.18.59): chineseCounting "%1、" (一、),
chineseCountingThousand "（%2）" (（一）), "第%1条", ideographTraditional (甲、), decimalEnclosedCircleChinese (①),
decimalFullWidth "%1．" (１．), decimalEnclosedParen (⑴); w:lvlJc, w:suff (tab / space / nothing), w:isLgl (legal
numbering: a chineseCounting level shown in Arabic figures), w:start other than 1, numbering linked to a heading
style (w:pStyle in the level, w:numPr in the style), two w:num over one w:abstractNum with
w:lvlOverride/w:startOverride, East Asian fonts set by w:rFonts w:eastAsia (宋体, 仿宋_GB2312, 楷体) with
w:hint="eastAsia".

python-docx gives the package (its default template); numbering.xml, styles and every paragraph are written as raw
WordprocessingML by the helpers below (written for this set; nothing imported from drafter or another set). Faults
are marked F(kind, note) next to the paragraph that carries them; the paragraph number is the 1-based index of the
body's w:p (no empty paragraphs, no tables), checked again on the saved file. The label Word shows on every numbered
paragraph is computed by word_labels() (counters kept per abstractNum; a w:startOverride sets its level when its
w:num is first used; a level restarts when a shallower level of the same abstractNum is used; w:isLgl draws every
level of its lvlText in Arabic figures) and every "…" quoted in a note must stand in its paragraph or its label.
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


# ---------------------------------------------------------------- model


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class R:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    east: str | None = None  # the run's w:eastAsia font (None: the draft's body font)


@dataclass
class P:
    runs: list[R]
    style: str | None = None
    numpr: tuple[int, int] | None = None  # direct w:numPr (numId, ilvl); numId 0 switches a style's list off
    faults: list[Fault] = field(default_factory=list)
    center: bool = False


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class Lvl:
    fmt: str
    text: str
    start: int = 1
    suff: str = "tab"  # tab / space / nothing
    jc: str = "left"
    is_lgl: bool = False
    pstyle: str | None = None
    ind: tuple[int, int] = (420, 420)  # left, hanging (twips)


@dataclass
class Draft:
    name: str
    lang: str  # zh / en
    body_font: str  # East Asian font of the body runs
    size: int  # half-points
    abstracts: dict[int, list[Lvl]]
    nums: dict[int, tuple[int, dict[int, int]]]  # numId -> (abstractNumId, {ilvl: startOverride})
    styles: list[str]
    paras: list[P]


# ---------------------------------------------------------------- what Word shows

CN_DIGITS = "零一二三四五六七八九"


def cn_counting(n: int) -> str:
    assert 1 <= n <= 19, n
    if n < 10:
        return CN_DIGITS[n]
    return "十" + (CN_DIGITS[n - 10] if n > 10 else "")


def fmt_number(fmt: str, n: int) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        assert n <= 26
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1]
    if fmt in ("chineseCounting", "chineseCountingThousand"):
        return cn_counting(n)
    if fmt == "ideographTraditional":
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt == "decimalEnclosedCircleChinese":
        assert n <= 10
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen":
        assert n <= 10
        return chr(0x2474 + n - 1)
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    raise ValueError(fmt)


def style_numpr(d: Draft, style: str | None) -> tuple[int, int] | None:
    if not style:
        return None
    for xml in d.styles:
        el = etree.fromstring(xml)
        if el.get(w("styleId")) == style:
            num = el.find(f"{w('pPr')}/{w('numPr')}")
            if num is not None:
                return int(num.find(w("numId")).get(w("val"))), int(num.find(w("ilvl")).get(w("val")))
    return None


def word_labels(d: Draft) -> list[str]:
    """The label Word draws before each paragraph ('' for none); a tab suffix is shown as ⇥, a space as ␣."""
    counters: dict[int, dict[int, int]] = {}
    used_nums: set[int] = set()
    out: list[str] = []
    for p in d.paras:
        numpr = p.numpr if p.numpr is not None else style_numpr(d, p.style)
        if numpr is None or numpr[0] == 0:
            out.append("")
            continue
        num_id, ilvl = numpr
        aid, overrides = d.nums[num_id]
        levels = d.abstracts[aid]
        count = counters.setdefault(aid, {})
        if num_id not in used_nums:
            used_nums.add(num_id)
            for lv, start in overrides.items():
                count[lv] = start - 1
                for deeper in range(lv + 1, 9):
                    count.pop(deeper, None)
        count[ilvl] = count.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in range(ilvl + 1, 9):
            count.pop(deeper, None)
        lvl = levels[ilvl]

        def sub(m: re.Match[str], count: dict[int, int] = count, levels: list[Lvl] = levels, lvl: Lvl = lvl) -> str:
            k = int(m.group(1)) - 1
            value = count.get(k, levels[k].start)
            return str(value) if lvl.is_lgl else fmt_number(levels[k].fmt, value)

        label = re.sub(r"%(\d)", sub, lvl.text)
        out.append(label + {"tab": "⇥", "space": "␣", "nothing": ""}[lvl.suff])
    return out


# ---------------------------------------------------------------- WordprocessingML


def abstract_xml(aid: int, levels: list[Lvl]) -> str:
    body = ""
    for i, lv in enumerate(levels):
        body += (f'<w:lvl w:ilvl="{i}"><w:start w:val="{lv.start}"/><w:numFmt w:val="{lv.fmt}"/>'
                 + (f'<w:pStyle w:val="{lv.pstyle}"/>' if lv.pstyle else "")
                 + ("<w:isLgl/>" if lv.is_lgl else "")
                 + (f'<w:suff w:val="{lv.suff}"/>' if lv.suff != "tab" else "")
                 + f'<w:lvlText w:val="{escape(lv.text)}"/><w:lvlJc w:val="{lv.jc}"/>'
                 + f'<w:pPr><w:ind w:left="{lv.ind[0] * (i + 1)}" w:hanging="{lv.ind[1]}"/></w:pPr>'
                 + '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>')
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{body}'
            "</w:abstractNum>")


def num_xml(num_id: int, aid: int, overrides: dict[int, int]) -> str:
    ov = "".join(f'<w:lvlOverride w:ilvl="{lv}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
                 for lv, s in overrides.items())
    return f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'


def run_xml(r: R, d: Draft) -> str:
    east = r.east or d.body_font
    rpr = (f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{east}" '
           f'w:cs="Times New Roman" w:hint="eastAsia"/>'
           + ("<w:b/><w:bCs/>" if r.bold else "") + ("<w:i/><w:iCs/>" if r.italic else "")
           + ('<w:u w:val="single"/>' if r.underline else "")
           + f'<w:sz w:val="{d.size}"/><w:szCs w:val="{d.size}"/>')
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>'


def paragraph_xml(p: P, d: Draft) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>' if p.style else ""
    if p.numpr is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{p.numpr[1]}"/><w:numId w:val="{p.numpr[0]}"/></w:numPr>'
    if p.center:
        ppr += '<w:jc w:val="center"/>'
    runs = "".join(run_xml(r, d) for r in p.runs)
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def build(d: Draft) -> None:
    doc = docx.Document()
    styles = doc.styles.element
    for xml in d.styles:
        el = parse_xml(xml)
        sid = el.get(w("styleId"))
        for old in styles.findall(w("style")):
            if old.get(w("styleId")) == sid:
                styles.remove(old)
        styles.append(el)
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for aid, levels in d.abstracts.items():
        numbering.append(parse_xml(abstract_xml(aid, levels)))
    for num_id, (aid, overrides) in d.nums.items():
        numbering.append(parse_xml(num_xml(num_id, aid, overrides)))
    settings = doc.settings.element
    for old in settings.findall(w("themeFontLang")):
        settings.remove(old)
    settings.append(parse_xml(f'<w:themeFontLang {NSDECL} w:val="en-US" w:eastAsia="zh-CN"/>'))
    body = doc.element.body
    for old in list(body):
        if old.tag == w("p"):
            body.remove(old)
    sect = body.find(w("sectPr"))
    for p in d.paras:
        sect.addprevious(parse_xml(paragraph_xml(p, d)))
    out = HERE / d.name
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        count = len(etree.fromstring(z.read("word/document.xml")).find(w("body")).findall(w("p")))
    assert count == len(d.paras), (d.name, count, len(d.paras))


def pstyle(sid: str, name: str, ppr: str = "", based: str = "Normal", extra: str = "") -> str:
    return (f'<w:style {NSDECL} w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="{based}"/>{extra}<w:qFormat/>' + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
            + "</w:style>")


# ---------------------------------------------------------------- helpers for clauses


def text(d_paras: list[P], i: int) -> str:
    return "".join(r.text for r in d_paras[i - 1].runs)


def head(s: str, bold: bool = False, center: bool = False) -> P:
    return P([R(s, bold=bold)], center=center)


def zl(lead_text: str, rest: str, *, bold: bool = True, underline: bool = False, east: str | None = None,
       lead_east: str | None = None, style: str | None = None, numpr: tuple[int, int] | None = None,
       faults: list[Fault] | None = None) -> P:
    """A clause: its lead (emphasised) and its text."""
    return P([R(lead_text, bold=bold, underline=underline, east=lead_east or east), R(rest, east=east)], style, numpr,
             faults or [])


def plain(s: str, *, style: str | None = None, numpr: tuple[int, int] | None = None, east: str | None = None,
          faults: list[Fault] | None = None) -> P:
    return P([R(s, east=east)], style, numpr, faults or [])


DRAFTS: list[Draft] = []

# ================================================================= zh-p01
# A 公文-style draft typed in WPS: body in 仿宋_GB2312 三号 (16 pt), the WPS outline "一、 / （一）" (chineseCounting
# "%1、" and chineseCountingThousand "（%2）", both w:suff nothing), one preambular clause pasted from a web page in
# 宋体, a clause ending "。" in mid-resolution, and the last two clauses on a second w:num of the same abstractNum with
# w:startOverride 1 (重新开始编号 pressed by mistake): they show "一、" "二、" again.
FS = "仿宋_GB2312"
p01_abs = {0: [Lvl("chineseCounting", "%1、", suff="nothing", ind=(0, 0)),
               Lvl("chineseCountingThousand", "（%2）", suff="nothing", ind=(0, 0))]}
p01 = [
    head("决议草案", bold=True, center=True),
    head("委员会：联合国粮食及农业组织大会"),
    head("议题：农用塑料薄膜残留与土壤健康"),
    head("起草国：哈萨克斯坦、摩洛哥、越南"),
    head("附议国：阿根廷、埃及、法国、蒙古、秘鲁"),
    P([R("大会，", bold=True)]),
    zl("回顾", "2030年可持续发展议程中关于确保可持续消费和生产模式以及保护陆地生态系统的目标，"),
    zl("关切地注意到", "农用塑料薄膜使用后大量残留在耕地中，破坏土壤结构，妨碍作物根系生长，"),
    zl("认识到", "许多发展中国家缺乏回收废旧农膜的设施和资金，小农户往往只能就地焚烧或掩埋，", east="宋体",
       faults=[F("fonts-mixed", '序言性条款"认识到许多发展中国家缺乏回收废旧农膜的设施和资金……"从网页粘贴而来，'
                 '中文为宋体（w:eastAsia="宋体"），全文其余部分为仿宋_GB2312；应为 «仿宋_GB2312»，与正文一致 (MUN-F08)')]),
    zl("欢迎", "联合国粮食及农业组织发布的关于农业塑料使用情况的评估报告，"),
    zl("鼓励", "各会员国制定减少农用塑料残留的国家行动计划。", numpr=(1, 0),
       faults=[F("numbering", 'WPS 列表在第一条行动性条款上显示 "一、"（chineseCounting "%1、"，编号后无空白）；'
                 '行动性条款应以阿拉伯数字编号 «1.» (UN-B07, ZH-B03)'),
               F("operative-end-mark", '非最后一条行动性条款以句号结尾 "国家行动计划。"；应为 «国家行动计划；» '
                 '(UN-B09, ZH-B03, ZH-B05)')]),
    zl("促请", "各国政府和发展伙伴支持农膜回收体系的建设，特别是：", numpr=(1, 0),
       faults=[F("numbering", '行动性条款编号 "二、"（chineseCounting）；应为 «2.» (UN-B07, ZH-B03)')]),
    plain("在乡镇一级设立废旧农膜收购点；", numpr=(1, 1),
          faults=[F("sub-clause-label", '子条款编号 "（一）"（chineseCountingThousand "（%2）"）；子条款应以英文字母编号 '
                    '«(a)» (ZH-B04, UN-B10)')]),
    plain("对回收加工企业给予税收优惠；", numpr=(1, 1),
          faults=[F("sub-clause-label", '子条款编号 "（二）"（chineseCountingThousand）；应为 «(b)» (ZH-B04, UN-B10)')]),
    zl("请", "联合国粮食及农业组织协助各国推广可降解地膜和一膜多用技术；", numpr=(1, 0),
       faults=[F("numbering", '行动性条款编号 "三、"（chineseCounting）；应为 «3.» (UN-B07, ZH-B03)')]),
    zl("邀请", "农资生产企业承担回收其销售的农膜的责任；", numpr=(2, 0),
       faults=[F("numbering", '第四条行动性条款放在同一列表的第二个编号实例上（w:num 2，w:startOverride 1，'
                 '"重新开始编号"），WPS 又显示 "一、"；应为 «4.» (UN-B07, ZH-B03)')]),
    zl("决定", "在下届会议上继续审议这一问题。", numpr=(2, 0),
       faults=[F("numbering", '最后一条行动性条款沿第二个编号实例显示 "二、"；应为 «5.» (UN-B07, ZH-B03)')]),
]
DRAFTS.append(Draft("zh-p01-farm-film-wps-outline-yi-restart-fangsong-songti-paste.docx", "zh", FS, 32, p01_abs,
                    {1: (0, {}), 2: (0, {0: 1})}, [], p01))

# ================================================================= zh-p02
# Mostly clean: body 宋体 小四 (12 pt); the leads set off in 楷体 (w:eastAsia="楷体"), which FORMAT.md §0.2 accepts
# as the Chinese way to distinguish lead words; the clauses numbered "1." (decimal, w:suff tab) through the paragraph
# style "行动条款" whose w:pPr carries the w:numPr; sub-clauses on a separate list "(%1)" lowerLetter, each clause's
# sub-list a new w:num over the same abstractNum with w:startOverride 1 (Word's "重新开始于 (a)"). The first
# sub-clause of clause 4 was pasted from a co-sponsor's file as plain text with a typed "（一）"; the automatic one
# after it shows "(a)".
p02_abs = {0: [Lvl("decimal", "%1.", suff="tab", pstyle="OpClause")],
           1: [Lvl("lowerLetter", "(%1)", suff="tab", ind=(840, 420))]}
p02_styles = [pstyle("OpClause", "行动条款", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')]
KT = "楷体"
p02 = [
    head("决议草案", bold=True, center=True),
    head("委员会：联合国环境大会"),
    head("议题：城市夜间人工光污染"),
    head("起草国：智利、捷克、新西兰"),
    head("附议国：奥地利、加拿大、克罗地亚、斯洛文尼亚、西班牙"),
    P([R("联合国环境大会，", bold=True)]),
    zl("注意到", "城市夜间照明的亮度逐年上升，世界上相当一部分人口已经看不到银河，", bold=False, lead_east=KT),
    zl("关切", "过度的人工光照干扰候鸟迁徙、海龟产卵和昆虫的活动，", bold=False, lead_east=KT),
    zl("又注意到", "夜间光照过强与人类睡眠障碍之间存在关联，", bold=False, lead_east=KT),
    zl("认识到", "采用定向照明、降低色温和分时调光等措施可以在保障安全的同时节约能源，", bold=False, lead_east=KT),
    zl("欢迎", "一些城市已经划定暗夜保护区并制定照明管理条例，", bold=False, lead_east=KT),
    zl("鼓励", "各会员国将光污染纳入环境影响评价的范围；", bold=False, lead_east=KT, style="OpClause"),
    zl("促请", "各城市政府改进公共照明，包括：", bold=False, lead_east=KT, style="OpClause"),
    plain("在更换路灯时选用全截光灯具；", numpr=(3, 0)),
    plain("在深夜时段降低景观照明和广告照明的亮度；", numpr=(3, 0)),
    zl("请", "联合国环境规划署编写关于城市照明良好做法的指南；", bold=False, lead_east=KT, style="OpClause"),
    zl("邀请", "各国科研机构和民间组织参与夜空亮度的监测，特别是：", bold=False, lead_east=KT, style="OpClause"),
    plain("（一）组织志愿者使用统一的测光仪器记录夜空亮度；",
          faults=[F("sub-clause-label", '第四条的第一个子条款从附议国文件粘贴为纯文本，编号是手打的 "（一）"，'
                    '其余子条款为自动编号的 (a)、(b)；应为 «(a)» (ZH-B04, UN-B10)')]),
    plain("向公众开放监测数据；", numpr=(4, 0),
          faults=[F("sub-clause-label", '手打的 "（一）" 之后，第四条的自动子条款编号从头开始（新的 w:num，'
                    'w:startOverride 1），Word 显示 "(a)"，页面上是该条的第二个子条款；应为 «(b)» (ZH-B04, UN-B10)')]),
    zl("决定", "在第八届会议上审查本决议的执行情况。", bold=False, lead_east=KT, style="OpClause"),
]
DRAFTS.append(Draft("zh-p02-light-pollution-style-linked-decimal-kaiti-leads-typed-paren-yi.docx", "zh", "宋体", 24,
                    p02_abs, {1: (0, {}), 3: (1, {0: 1}), 4: (1, {0: 1})}, p02_styles, p02))

# ================================================================= zh-p03
# "第%1条" (chineseCounting, w:suff space) linked to the heading style "标题 2" (Heading2 redefined by the student to
# the body's 宋体 12 pt, not bold): the clauses are typed in 标题 2 and take their number from the style's w:numPr and
# the level's w:pStyle. Sub-clauses on a separate list "（%1）" (chineseCountingThousand, w:suff nothing) whose
# second level is ideographTraditional "%2、" (甲、乙、); the sub-clauses of clause 4 were put on the same w:num as
# those of clause 2, so they go on (三)(四). Leads underlined (ZH-B02, ZH-B03).
p03_abs = {0: [Lvl("chineseCounting", "第%1条", suff="space", pstyle="Heading2", ind=(0, 0))],
           1: [Lvl("chineseCountingThousand", "（%1）", suff="nothing", ind=(420, 0)),
               Lvl("ideographTraditional", "%2、", suff="nothing", ind=(420, 0))]}
p03_styles = [pstyle("Heading2", "heading 2",
                     '<w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
                     '<w:spacing w:before="0" w:after="0"/><w:outlineLvl w:val="1"/>',
                     extra='<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/>')]


def h2(lead_text: str, rest: str, faults: list[Fault]) -> P:
    return zl(lead_text, rest, bold=False, underline=True, style="Heading2", faults=faults)


def art(n: str, want: str) -> Fault:
    return F("numbering", f'行动性条款编号 "{n}"（列表 "第%1条"，chineseCounting，链接到样式"标题 2"）；应为 «{want}» '
             '(UN-B07, ZH-B03)')


p03 = [
    head("决议草案", bold=True, center=True),
    head("委员会：联合国教育、科学及文化组织大会"),
    head("议题：碑刻与口述历史等濒危记录的保护"),
    head("起草国：埃及、希腊、秘鲁"),
    head("附议国：柬埔寨、意大利、约旦、尼泊尔、塞内加尔"),
    P([R("大会，", bold=True)]),
    zl("忆及", "1972年《保护世界文化和自然遗产公约》和2003年《保护非物质文化遗产公约》，", bold=False, underline=True),
    zl("关切地注意到", "露天碑刻因风化、酸雨和人为拓印而日渐模糊，许多铭文尚未得到记录，", bold=False,
       underline=True),
    zl("又关切地注意到", "掌握地方历史和传统技艺的老人不断离世，口述记录的抢救刻不容缓，", bold=False,
       underline=True),
    zl("认识到", "三维扫描和数字录音等技术降低了记录和保存的成本，", bold=False, underline=True),
    h2("呼吁", "各会员国将碑刻和口述历史纳入国家文化遗产清单；", [art("第一条", "1.")]),
    h2("鼓励", "各国文物部门开展碑刻普查，包括：", [art("第二条", "2.")]),
    plain("登记碑刻的位置、年代和保存状况；", numpr=(3, 0),
          faults=[F("sub-clause-label", '子条款编号 "（一）"（chineseCountingThousand "（%1）"）；子条款应以英文字母编号 '
                    '«(a)» (ZH-B04, UN-B10)')]),
    plain("对风化严重的碑刻进行三维扫描和拓片存档；", numpr=(3, 0),
          faults=[F("sub-clause-label", '子条款编号 "（二）"（chineseCountingThousand）；应为 «(b)» (ZH-B04, UN-B10)')]),
    h2("请", "教科文组织协助发展中国家培训口述历史的采集和整理人员；", [art("第三条", "3.")]),
    h2("促请", "各国建立开放的档案平台，特别是：", [art("第四条", "4.")]),
    plain("对采集的口述资料进行转写并标注方言信息；", numpr=(3, 0),
          faults=[F("sub-clause-label", '第四条的子条款与第二条的子条款放在同一个编号实例上（w:num 3，未重新开始），'
                    'WPS 接着显示 "（三）"；应为 «(a)» (ZH-B04, UN-B10)')]),
    plain("采用统一的元数据标准，以便各国档案互联互通：", numpr=(3, 0),
          faults=[F("sub-clause-label", '子条款编号接着显示 "（四）"；应为 «(b)» (ZH-B04, UN-B10)')]),
    plain("记录资料的采集时间、地点和讲述人；", numpr=(3, 1),
          faults=[F("sub-clause-label", '第二级子条款编号 "甲、"（ideographTraditional，天干）；应为 «(i)» 或 «㈠» '
                    '(UN-B10, ZH-B04)')]),
    plain("征得讲述人及其家属对公开资料的知情同意；", numpr=(3, 1),
          faults=[F("sub-clause-label", '第二级子条款编号 "乙、"（ideographTraditional）；应为 «(ii)» 或 «㈡» '
                    '(UN-B10, ZH-B04)')]),
    h2("决定", "在第四十五届会议上审议本决议的执行情况。", [art("第五条", "5.")]),
]
DRAFTS.append(Draft("zh-p03-inscriptions-oral-history-heading-linked-di-tiao-continued-sub-list-jia-yi.docx", "zh",
                    "宋体", 24, p03_abs, {1: (0, {}), 3: (1, {})}, p03_styles, p03))

# ================================================================= zh-p04
# The clause level is chineseCounting with w:isLgl and lvlText "%1." (a WPS outline with "正规形式" ticked): Word
# draws "1." "2." - right. Sub-clauses "(%2)" lowerLetter at level 1 of the same list, the second degree
# decimalEnclosedCircleChinese "%3" (① ②). One sub-clause left at level 0 (it shows "3."); the fifth clause pasted
# from a co-sponsor's file with its own list (decimalFullWidth "%1．", w:startOverride 5 from 设置编号值) and its
# 仿宋_GB2312 font; the last clause back on the main list shows "5." again. One second-degree item ends "。".
p04_abs = {0: [Lvl("chineseCounting", "%1.", suff="tab", is_lgl=True),
               Lvl("lowerLetter", "(%2)", suff="tab"),
               Lvl("decimalEnclosedCircleChinese", "%3", suff="space")],
           2: [Lvl("decimalFullWidth", "%1．", suff="nothing")]}
p04 = [
    head("决议草案", bold=True, center=True),
    head("委员会：人权理事会"),
    head("议题：保护老年人免受电信网络诈骗"),
    head("起草国：日本、意大利、泰国"),
    head("附议国：巴西、芬兰、马来西亚、葡萄牙、新加坡"),
    P([R("人权理事会，", bold=True)]),
    zl("重申", "老年人有权在不受剥削和虐待的情况下有尊严地生活，"),
    zl("深为关切", "针对老年人的电信网络诈骗案件数量不断增加，许多受害者因此失去毕生积蓄，"),
    zl("注意到", "诈骗分子常常冒充执法人员、医疗机构或受害者的亲属，"),
    zl("认识到", "银行、电信运营商和社区的及时干预可以有效阻止诈骗，"),
    zl("促请", "各国将防范针对老年人的诈骗纳入国家老龄政策；", numpr=(1, 0)),
    zl("鼓励", "银行和支付机构：", numpr=(1, 0)),
    plain("对老年客户的异常大额转账实行延时到账和电话核实；", numpr=(1, 1)),
    plain("为老年客户提供指定紧急联系人的服务；", numpr=(1, 1)),
    plain("定期培训柜台人员识别可能正在受骗的客户；", numpr=(1, 0),
          faults=[F("sub-clause-label", '第二条的第三个子条款留在列表第一级（按了 Shift+Tab），Word 显示行动性条款编号 '
                    '"3."；应为子条款 «(c)» (ZH-B04, UN-B10)')]),
    zl("请", "各国执法部门与社区组织合作开展防诈骗宣传，内容包括：", numpr=(1, 0)),
    plain("常见诈骗手法的案例讲解；", numpr=(1, 1)),
    plain("识别虚假来电和短信的方法：", numpr=(1, 1)),
    plain("不向陌生来电者透露银行卡密码和验证码；", numpr=(1, 2),
          faults=[F("sub-clause-label", '第二级子条款编号 "①"（decimalEnclosedCircleChinese）；应为 «(i)» 或 «㈠» '
                    '(UN-B10, ZH-B04)')]),
    plain("接到自称执法人员的电话时先挂断再向警方核实。", numpr=(1, 2),
          faults=[F("sub-clause-label", '第二级子条款编号 "②"（decimalEnclosedCircleChinese）；应为 «(ii)» 或 «㈡» '
                    '(UN-B10, ZH-B04)'),
                  F("operative-end-mark", '非最后一条行动性条款的最后一个子条款以句号结尾 "先挂断再向警方核实。"；'
                    '应为 «先挂断再向警方核实；» (UN-B11, ZH-B03, ZH-B05)')]),
    zl("邀请", "联合国老龄问题相关机构汇编各国打击针对老年人诈骗的良好做法；", east=FS, numpr=(5, 0),
       faults=[F("numbering", '第五条从附议国文件粘贴而来，带入其自己的列表（decimalFullWidth "%1．"，'
                 '设置编号值 w:startOverride 5），显示全角 "５．"；应为半角 «5.» (UN-B07, UN-B18, ZH-B03)'),
               F("fonts-mixed", '同一粘贴条款"邀请联合国老龄问题相关机构汇编……"中文为仿宋_GB2312（w:eastAsia），'
                 '全文其余部分为宋体；应为 «宋体» (MUN-F08)')]),
    zl("决定", "继续处理此问题。", numpr=(1, 0),
       faults=[F("numbering", '最后一条回到主列表，Word 接着主列表显示 "5."，与上一条的 "５．" 重号；应为 «6.» '
                 '(UN-B07, ZH-B03)')]),
]
DRAFTS.append(Draft("zh-p04-elder-fraud-islgl-arabic-sub-at-level-zero-circled-pasted-fullwidth.docx", "zh", "宋体",
                    24, p04_abs, {1: (0, {}), 5: (2, {0: 5})}, [], p04))

# ================================================================= en-p05
# An English draft typed in a Chinese WPS (runs carry w:eastAsia 宋体 and w:hint="eastAsia"): the first operative
# clause numbered by hand "1." + tab, the list for the others starting at 2 (w:start 2); sub-clauses at level 1 in
# decimalEnclosedParen "%2" (⑴ ⑵, w:lvlJc right, w:suff space); a preambular clause ending with the full-width
# "，" and an operative clause with the full-width "。" (the IME left in Chinese mode). Leads italic.
en_abs = {0: [Lvl("decimal", "%1.", start=2, suff="tab", ind=(360, 360)),
              Lvl("decimalEnclosedParen", "%2", suff="space", jc="right", ind=(360, 360))]}


def el(lead_text: str, rest: str, numpr: tuple[int, int] | None = None, faults: list[Fault] | None = None) -> P:
    return P([R(lead_text, italic=True), R(rest)], None, numpr, faults or [])


en = [
    head("Committee: Economic and Social Council"),
    head("Topic: Safety of ageing dams and the communities living downstream"),
    head("Sponsors: Brazil, Italy, Zambia"),
    head("Signatories: Austria, India, Japan, Lao People's Democratic Republic, Switzerland"),
    P([R("The Economic and Social Council,", italic=True)]),
    el("Alarmed", " that thousands of large dams built in the twentieth century are now reaching the end of their "
       "design life,"),
    el("Noting", " that the failure of a single dam can destroy towns and farmland many kilometres downstream\uff0c",
       faults=[F("preambular-end-mark", 'the preambular clause ends with the full-width Chinese comma '
                 '"many kilometres downstream\uff0c" (the input method left in Chinese mode); expected «many kilometres '
                 'downstream,» (UN-B05, MUN-F04)')]),
    el("Recognizing", " that regular inspection and maintenance cost far less than rebuilding after a disaster,"),
    el("Aware", " that many downstream communities are never told what to do if a dam fails,"),
    P([R("1.\t"), R("Encourages", italic=True), R(" Member States to keep a public register of dams and of the "
                                                 "date of their last safety inspection;")]),
    el("Calls upon", " dam operators to prepare emergency action plans, in particular by:", numpr=(1, 0)),
    plain("mapping the areas that would be flooded if the dam failed;", numpr=(1, 1),
          faults=[F("sub-clause-label", 'sub-clause labelled "⑴" (decimalEnclosedParen from the WPS gallery); '
                    'expected «(a)» (UN-B10, MUN-F06)')]),
    plain("holding evacuation drills with the communities downstream;", numpr=(1, 1),
          faults=[F("sub-clause-label", 'sub-clause labelled "⑵" (decimalEnclosedParen); expected «(b)» '
                    '(UN-B10, MUN-F06)')]),
    el("Recommends", " that development banks finance the repair of ageing dams before new ones are "
       "built\u3002", numpr=(1, 0),
       faults=[F("operative-end-mark", 'a non-final operative clause ends with the full-width Chinese full stop '
                 '"before new ones are built。"; expected «before new ones are built;» (UN-B09, MUN-F05)')]),
    el("Invites", " the World Meteorological Organization and the International Commission on Large Dams:",
       numpr=(1, 0)),
    plain("to share rainfall forecasts with dam operators in real time;", numpr=(1, 1),
          faults=[F("sub-clause-label", 'sub-clause labelled "⑴" (decimalEnclosedParen, restarted under clause 4); '
                    'expected «(a)» (UN-B10, MUN-F06)')]),
    plain("to publish guidance on the decommissioning of unsafe dams;", numpr=(1, 1),
          faults=[F("sub-clause-label", 'sub-clause labelled "⑵" (decimalEnclosedParen); expected «(b)» '
                    '(UN-B10, MUN-F06)')]),
    el("Requests", " the Secretary-General to report on the implementation of the present resolution at the next "
       "session of the Council.", numpr=(1, 0)),
]
DRAFTS.append(Draft("en-p05-dam-safety-wps-typed-first-start-two-enclosed-paren-fullwidth-marks.docx", "en", "宋体",
                    24, en_abs, {1: (0, {})}, [], en))


# ---------------------------------------------------------------- annotations, listing, rendering


def check_quotes() -> None:
    for d in DRAFTS:
        labels = word_labels(d)
        for i, p in enumerate(d.paras, 1):
            para = "".join(r.text for r in p.runs)
            for f in p.faults:
                for q in re.findall(r'"([^"]+)"', re.sub(r'[\w:]+="[^"]*"', "", f.note)):
                    if "%" in q or q in ("标题 2", "正规形式", "重新开始编号"):
                        continue
                    core = q.replace("……", "").replace("…", "")
                    prev = "".join(r.text for r in d.paras[i - 2].runs)
                    assert core in para or any(q in label for label in labels) or core in prev, (d.name, i, q)


def write_annotations() -> None:
    data = {}
    for d in DRAFTS:
        data[d.name] = {"faults": [{"paragraph": i, "kind": f.kind, "note": f.note}
                                   for i, p in enumerate(d.paras, 1) for f in p.faults]}
    header = ("# word-blind58: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md on the labels Word shows (see\n"
              "# README.md).\n")
    text_ = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text_, encoding="utf-8")


def listing() -> None:
    for d in DRAFTS:
        print(d.name)
        for i, (p, label) in enumerate(zip(d.paras, word_labels(d)), 1):
            print(f"  {i:2} {label:>6} {''.join(r.text for r in p.runs)[:60]}")
            for f in p.faults:
                print(f"         ! {f.kind}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for d in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / d.name)],
                       check=True, capture_output=True)
        pdf = out / (Path(d.name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / Path(d.name).stem)], check=True)


if __name__ == "__main__":
    check_quotes()
    if "--list" in sys.argv:
        listing()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        for d in DRAFTS:
            build(d)
        write_annotations()
