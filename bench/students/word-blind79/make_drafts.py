"""Build the drafts of the blind set word-blind79 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the label Word / WPS shows, text, fault marks
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese drafts (profile cn-mun) as first-time 初中 and 高一 delegates type them into a blank Word or WPS document
with no template.  What the input method's AutoFormat does as they type is written as Word / WPS store it: "1." and
"一、" typed at a line's start become an automatic list (its own w:abstractNum and w:num each time AutoFormat starts
one), "（1）" a second list of its own, Tab raises an item one level (w:ilvl 1), Enter twice ends the list (the blank
paragraph has no w:numPr and the next "1." typed starts a new list), Backspace on a number leaves the paragraph
indented with no number.  The heading is typed as lines with Tab or full-width spaces after the label; leads are
bolded or underlined by hand (sometimes with one character more, sometimes only part); a paragraph pasted in 等线 or
with no w:eastAsia; a blank paragraph between the clauses in four drafts; a title in 黑体.

python-docx gives the package; numbering and paragraphs are raw WordprocessingML written here (no import of drafter
or of another set).  Faults are marked F(kind, note) beside their paragraph.  Paragraph number = 1-based index of the
w:p among all w:p of the body (blank paragraphs counted), checked again on the saved file.
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
SP = "\u3000"
CN = "一二三四五六七八九十"


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
    u: bool = False


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    kind: str = "body"  # title, head, organ, pre, op, sub, blank, bare (number removed by Backspace)
    font: str = ""  # pasted in another font ("等线"), or "no-ea": w:eastAsia missing


# list styles AutoFormat makes: (numFmt, lvlText) per level
WORD_DEC = [("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")]
WPS_DEC = [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3.")]
CN_LIST = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
PAREN = [("decimal", "（%1）"), ("lowerLetter", "%2."), ("lowerRoman", "%3.")]


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi"][n - 1]
    if fmt == "chineseCounting":
        return CN[n - 1]
    raise ValueError(fmt)


@dataclass
class Draft:
    name: str
    app: str  # word / wps
    font: str
    items: list[P]
    lists: list[list[tuple[str, str]]]  # lists[numId-1] = the levels of that list (one abstractNum each)
    starts: dict[int, int] = field(default_factory=dict)  # numId -> start of level 0


def labels(d: Draft) -> list[str]:
    """The label Word / WPS shows: each numId its own abstractNum and counters; blank paragraphs do not count."""
    counters: dict[int, list[int]] = {}
    out = []
    for p in d.items:
        if p.num is None:
            out.append("")
            continue
        nid, lvl = p.num
        c = counters.setdefault(nid, [d.starts.get(nid, 1) - 1, 0, 0])
        c[lvl] += 1
        for j in range(lvl + 1, 3):
            c[j] = 0
        levels = d.lists[nid - 1]
        text = levels[lvl][1]
        for j in range(3):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), levels[j][0]))
        out.append(text)
    return out


def rpr(d: Draft, p: P, r: R) -> str:
    if p.font == "no-ea":
        fonts = f'<w:rFonts w:ascii="{d.font}" w:hAnsi="{d.font}"/>'
    elif p.font:
        fonts = f'<w:rFonts w:ascii="{p.font}" w:hAnsi="{p.font}" w:eastAsia="{p.font}"/>'
    elif p.kind == "title":
        fonts = '<w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/>'
    elif d.app == "wps":
        fonts = f'<w:rFonts w:hint="eastAsia" w:ascii="{d.font}" w:hAnsi="{d.font}" w:eastAsia="{d.font}"/>'
    else:
        fonts = f'<w:rFonts w:ascii="{d.font}" w:hAnsi="{d.font}" w:eastAsia="{d.font}"/>'
    size = 36 if p.kind == "title" else 24
    return (fonts + ("<w:b/><w:bCs/>" if r.b else "") + ('<w:u w:val="single"/>' if r.u else "")
            + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>')


def para_xml(p: P, d: Draft) -> str:
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    if p.kind == "title":
        ppr += '<w:jc w:val="center"/>'
    if p.kind == "bare":  # Backspace on the number: the text stays where it was
        ppr += '<w:ind w:left="420" w:firstLine="0"/>'
    body = ""
    for r in p.runs:
        if r.text:
            body += (f'<w:r><w:rPr>{rpr(d, p, r)}</w:rPr>'
                     f'<w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>')
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def build(d: Draft) -> Path:
    doc = docx.Document()
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
            start = d.starts.get(i + 1, 1) if j == 0 else 1
            ind = f'<w:ind w:left="{420 * (j + 1)}" w:hanging="420"/>'
            lv += (f'<w:lvl w:ilvl="{j}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>{ind}</w:pPr></w:lvl>')
        multi = "hybridMultilevel" if d.app == "word" else "multilevel"
        numbering.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{i}"><w:nsid w:val="3A{i:02d}7C1F"/>'
                                   f'<w:multiLevelType w:val="{multi}"/>{lv}</w:abstractNum>'))
    for i in range(len(d.lists)):
        numbering.append(parse_xml(f'<w:num {NS} w:numId="{i + 1}"><w:abstractNumId w:val="{i}"/></w:num>'))
    for item in d.items:
        sect.addprevious(parse_xml(para_xml(item, d)))
    doc.core_properties.author = "Administrator" if d.app == "word" else "WPS_1712345678"
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.items), (d.name, count, len(d.items))
    return out


# ---------------------------------------------------------------- paragraph helpers


def title() -> P:
    return P([R("决议草案")], kind="title")


def head(text: str, faults: list[Fault] | None = None) -> P:
    return P([R(text)], faults or [], kind="head")


def organ(text: str) -> P:
    return P([R(text)], kind="organ")


def blank() -> P:
    return P([], kind="blank")


class Leads:
    """Clause makers for one draft: its lead emphasis ("b" or "u")."""

    def __init__(self, style: str) -> None:
        self.style = style

    def _runs(self, lead: str, rest: str, mark: int | None) -> list[R]:
        """mark: how many characters of lead + rest carry the emphasis (None: the lead's length; 0: none)."""
        text = lead + rest
        n = len(lead) if mark is None else mark
        on = {"b": self.style == "b", "u": self.style == "u"}
        return [R(text[:n], **on), R(text[n:])]

    def pre(self, lead: str, rest: str, faults: list[Fault] | None = None, *, mark: int | None = None,
            num: tuple[int, int] | None = None, font: str = "") -> P:
        return P(self._runs(lead, rest, mark), faults or [], num, kind="pre", font=font)

    def op(self, lead: str, rest: str, faults: list[Fault] | None = None, *, mark: int | None = None,
           num: tuple[int, int] | None = (1, 0), font: str = "", kind: str = "op") -> P:
        return P(self._runs(lead, rest, mark), faults or [], num, kind=kind, font=font)

    @staticmethod
    def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] = (1, 1)) -> P:
        return P([R(text)], faults or [], num, kind="sub")


def spaced(items: list[P]) -> list[P]:
    """A blank paragraph typed after every clause of the body (not after the last)."""
    out: list[P] = []
    for i, p in enumerate(items):
        out.append(p)
        if i < len(items) - 1:
            out.append(blank())
    return out


PAREN_NOTE = ('sub-item labelled with an Arabic numeral in full-width brackets (AutoFormat\'s "（1）" list); '
              "sub-clauses are labelled with English letters, «(a)» / «(b)» (ZH-B04, UN-B10)")

# 1. a 初中 conference, Word, 宋体, leads bold; blank paragraph after every clause; "1." typed again after a blank
#    paragraph starts a new list; one lead bolded only in part
L = Leads("b")
ZH01 = Draft(
    "zh-01-jh-word-songti-ga3-gaming-addiction-restart-after-blank", "word", "宋体",
    [
        title(),
        head(f"委员会：{SP}{SP}联合国大会第三委员会"),
        head(f"议题：{SP}{SP}{SP}青少年网络游戏成瘾问题"),
        head(f"起草国：{SP}韩国、中国、日本"),
        head(f"附议国：{SP}芬兰、巴西、埃及、新加坡、墨西哥"),
        organ("大会，"),
    ] + spaced([
        L.pre("回顾", "《儿童权利公约》第三十一条关于儿童享有休息、闲暇和游戏的权利，"),
        L.pre("注意到", "世界卫生组织已在《国际疾病分类》第十一次修订本中列入“游戏障碍”，"),
        L.pre("深为关切", "部分青少年每天玩网络游戏的时间超过六小时,严重影响了他们的睡眠和学业，",
              [F("half-width-punctuation-in-chinese",
                 '"超过六小时,严重影响" - a half-width comma inside the Chinese clause; «六小时，严重» (ZH-P01)')]),
        L.pre("认识到", "网络游戏本身也可以具有教育和社交价值，"),
        L.op("鼓励", "各国在中小学开设关于合理使用网络和电子游戏的课程；", num=(1, 0)),
        L.op("呼吁", "游戏企业：", num=(1, 0)),
        L.sub("为未成年人设置游戏时间和消费金额的上限；", num=(1, 1)),
        L.sub("在游戏中加入防沉迷提示；", num=(1, 1)),
        L.op("敦促", "家长和学校加强对青少年上网行为的引导和监督；", num=(2, 0), mark=1,
             faults=[F("numbering",
                       '"1.敦促家长和学校加强" - "1." typed again after the blank line starts a new list, so clause 3 '
                       'shows "1."; «3.» (ZH-B03, UN-B07)'),
                     F("emphasis",
                       '"敦促家长和学校" - only 敦 of the lead 敦促 is bold; the whole lead is emphasised (ZH-B03)')]),
        L.op("请", "世界卫生组织为存在游戏障碍的青少年提供心理治疗方面的技术指导；", num=(2, 0),
             faults=[F("numbering", '"2.请世界卫生组织为存在游戏障碍" - continues the new list and shows "2."; «4.» '
                                    "(ZH-B03, UN-B07)")]),
        L.op("决定", "继续处理此问题；", num=(2, 0),
             faults=[F("numbering", '"3.决定继续处理此问题" - shows "3." on the new list; «5.» (ZH-B03, UN-B07)'),
                     F("operative-end-mark",
                       '"决定继续处理此问题；" - the last clause ends with a semicolon; «此问题。» (ZH-B03, ZH-B05)')]),
    ]),
    [WORD_DEC, WORD_DEC])

# 2. a 初中 conference, WPS, 微软雅黑, leads underlined; "1." typed on the first preambular clause numbers the
#    preamble; Enter twice ends that list and "1." typed again starts the clauses' list; a paragraph pasted in 等线
L = Leads("u")
ZH02 = Draft(
    "zh-02-jh-wps-yahei-hrc-autism-numbered-preamble-no-cosponsors", "wps", "微软雅黑",
    [
        title(),
        head("委员会：\t人权理事会"),
        head("议题：\t\t孤独症儿童的受教育权"),
        head("起草国：\t英国、卡塔尔、阿根廷",
             [F("heading-field-missing",
                "the heading \"委员会 / 议题 / 起草国\" has no 附议国 line; expected «附议国：……» (ZH-H01)")]),
        organ("人权理事会，"),
    ] + spaced([
        L.pre("重申", "所有儿童都享有受教育的权利，", num=(1, 0),
              faults=[F("numbering", '"1.重申所有儿童都享有" - a preambular clause numbered by AutoFormat; preambular '
                                     "clauses are not numbered (ZH-B02)")]),
        L.pre("回顾", "残疾人权利公约第二十四条关于全纳教育的规定，", num=(1, 0),
              faults=[F("numbering", '"2.回顾残疾人权利公约" - a preambular clause numbered; not numbered (ZH-B02)'),
                      F("missing-book-title-marks",
                        '"回顾残疾人权利公约第二十四条" - the Convention\'s title without book title marks; '
                        "«《残疾人权利公约》» (ZH-P01)")]),
        L.pre("注意道", "全世界每一百名儿童中约有一名孤独症儿童，", num=(1, 0),
              faults=[F("numbering", '"3.注意道全世界每一百名" - a preambular clause numbered; not numbered (ZH-B02)'),
                      F("misspelt-lead", '"注意道" - misspelt lead (input-method slip); «注意到» (ZH-B02)')]),
        L.pre("关切地注意到", "许多孤独症儿童因学校缺乏支持而被拒之门外或被迫辍学，", font="等线"),
        L.op("促请", "各国确保孤独症儿童能够进入普通学校就读，并获得合理便利；", num=(2, 0)),
        L.op("鼓励", "各国为教师提供关于孤独症和特殊教育的专业培训；", num=(2, 0)),
        L.op("呼吁", "社会各界消除对孤独症儿童及其家庭的歧视和偏见；", num=(2, 0)),
        L.op("请", "联合国人权事务高级专员编写一份关于孤独症儿童受教育情况的报告，提交人权理事会下一届会议。",
             num=(2, 0)),
    ]),
    [WPS_DEC, WPS_DEC])

# 3. a 高一 conference, Word, 宋体, leads bold (mostly with one character more); sub-items raised by Tab ("a." "b.");
#    one sub-item put back at the clauses' level by Shift+Tab; a paragraph whose w:eastAsia is missing
L = Leads("b")
ZH03 = Draft(
    "zh-03-g1-word-songti-wha-malaria-sub-at-clause-level-lead-misplaced", "word", "宋体",
    [
        title(),
        head(f"委员会：{SP}世界卫生大会"),
        head(f"议题：{SP}{SP}消除疟疾"),
        head(f"起草国：{SP}尼日利亚、菲律滨、巴西",
             [F("other", '"菲律滨" - misspelt State name in the 起草国 line; «菲律宾» (ZH-H01)')]),
        head(f"附议国：{SP}印度、肯尼亚、越南、秘鲁"),
        organ("世界卫生大会，"),
        L.pre("回顾", "《2016-2030年全球疟疾技术战略》提出的各项目标，", mark=3),
        L.pre("深为关切", "2022年全球疟疾病例估计达2.49亿例，其中绝大多数发生在非洲区域，", mark=5),
        L.pre("欢迎", "世界卫生组织推荐使用两种疟疾疫苗，", mark=3, font="no-ea"),
        L.pre("认识到", "蚊虫对杀虫剂的抗药性和寄生虫对药物的耐药性正在上升，", mark=0,
              faults=[F("emphasis", '"认识到蚊虫对杀虫剂" - the lead 认识到 is not bold like the other leads (ZH-B02)')]),
        L.op("敦促", "会员国增加对疟疾防治的国内投入；", mark=3),
        L.op("请", "总干事：", mark=2),
        L.sub("向疟疾高负担国家提供疫苗推广方面的技术支持；"),
        L.sub("加强对抗药性的监测；", num=(1, 0),
              faults=[F("sub-clause-label",
                        '"3.加强对抗药性的监测" - a sub-item of clause 2 set back at the clauses\' level, so it shows '
                        '"3."; «b.» (ZH-B04)')]),
        L.op("注意到", "非洲国家在消除疟疾方面取得的进展；", mark=4,
             faults=[F("numbering", '"4.注意到非洲国家" - shows "4." because the sub-item above took "3."; «3.» '
                                    "(ZH-B03, UN-B07)"),
                     F("wrong-lead-form",
                       '"注意到非洲国家在消除疟疾方面取得的进展" - a preambular lead 注意到 opens an operative clause; '
                       "an operative clause opens with an operative verb («赞赏……» or move it to the preamble) "
                       "(ZH-B03)")]),
        L.op("鼓励", "会员国与私营部门合作研发新的抗疟药物；", mark=3,
             faults=[F("numbering", '"5.鼓励会员国与私营部门" - shows "5." after the misnumbered clause above; «4.» '
                                    "(ZH-B03, UN-B07)")]),
        L.op("决定", "在第八十届世界卫生大会上审议本决议的执行情况。", mark=3,
             faults=[F("numbering", '"6.决定在第八十届" - shows "6."; «5.» (ZH-B03, UN-B07)')]),
    ],
    [WORD_DEC])

# 4. a 高一 conference, WPS, 宋体, leads underlined; heading with Tab; blank paragraph after every clause; "（1）" typed
#    under a clause starts a second list; Backspace on one number leaves the clause indented with no number
L = Leads("u")
ZH04 = Draft(
    "zh-04-g1-wps-songti-unep-migratory-birds-paren-subs-backspaced-number", "wps", "宋体",
    [
        title(),
        head("委员会：\t联合国环境大会"),
        head("议题：\t\t保护候鸟及其迁徙通道"),
        head("起草国：\t澳大利亚、蒙古、南非"),
        head("附议国：\t法国、加拿大、泰国、智利"),
        organ("联合国环境大会，"),
    ] + spaced([
        L.pre("回顾", "《保护野生动物迁徙物种公约》和《关于特别是作为水禽栖息地的国际重要湿地公约》，"),
        L.pre("注意到", "东亚—澳大利西亚迁飞路线上的许多滨海湿地在过去五十年中已经消失。",
              [F("preambular-end-mark",
                 '"已经消失。" - a preambular clause ends with a full stop; «已经消失，» (ZH-B02)')]),
        L.pre("深为关切", "非法捕猎、风力发电设施和光污染对候鸟造成的威胁，"),
        L.op("促请", "各国将重要的候鸟停歇地列为保护区；", num=(1, 0)),
        L.op("鼓励", "迁徙通道沿线国家：", num=(1, 0)),
        L.sub("开展候鸟种群的联合监测；", [F("sub-clause-label", '"（1）开展候鸟种群的联合监测" - ' + PAREN_NOTE)],
              num=(2, 0)),
        L.sub("共享卫星追踪数据；", [F("sub-clause-label", '"（2）共享卫星追踪数据" - ' + PAREN_NOTE)], num=(2, 0)),
        L.op("呼吁", "在候鸟迁徙季节减少夜间户外照明;", num=None, kind="bare",
             faults=[F("numbering",
                       '"呼吁在候鸟迁徙季节减少夜间户外照明" - the clause\'s number was deleted (Backspace): an operative '
                       "clause with no number, indented; «3.» (ZH-B03, UN-B07)"),
                     F("half-width-punctuation-in-chinese",
                       '"减少夜间户外照明;" - the clause ends with a half-width semicolon; «户外照明；» (ZH-P01, ZH-B03)')]),
        L.op("请", "联合国环境规划署与《保护野生动物迁徙物种公约》秘书处合作，编写候鸟保护状况报告；", num=(1, 0),
             faults=[F("numbering", '"3.请联合国环境规划署" - shows "3." because the clause above has no number; '
                                    "«4.» (ZH-B03, UN-B07)")]),
        L.op("决定", "继续积极处理这一问题。", num=(1, 0),
             faults=[F("numbering", '"4.决定继续积极处理" - shows "4." because the clause above it took "3."; «5.» '
                                    "(ZH-B03, UN-B07)")]),
    ]),
    [WPS_DEC, PAREN])

# 5. a 高一 conference, Word, 微软雅黑, leads bold; "一、" typed on the first operative clause: a chineseCounting list
L = Leads("b")
CN_NOTE = ('Chinese-numeral label (AutoFormat\'s "一、" list) on an operative clause; operative clauses are numbered with '
           "Arabic numerals (ZH-B03, UN-B07)")
ZH05 = Draft(
    "zh-05-g1-word-yahei-ecosoc-e-cigarettes-yi-labels-decide-in-preamble", "word", "微软雅黑",
    [
        title(),
        head(f"委员会：{SP}{SP}经济及社会理事会"),
        head(f"议题：{SP}{SP}{SP}青少年使用电子烟问题"),
        head(f"起草国：{SP}{SP}西班牙、新西兰、泰国"),
        head(f"附议国：{SP}{SP}伊朗、印度尼西亚、加纳、乌拉圭"),
        organ("经济及社会理事会，"),
        L.pre("回顾", "世界卫生组织烟草控制框架公约及其缔约方大会的有关决定，",
              [F("missing-book-title-marks",
                 '"回顾世界卫生组织烟草控制框架公约" - the Convention\'s title without book title marks; '
                 "«《世界卫生组织烟草控制框架公约》» (ZH-P01)")]),
        L.pre("关切地注意到", "电子烟在青少年中的使用率迅速上升，且许多产品带有水果等吸引青少年的口味，"),
        L.pre("决定", "把保护青少年免受电子烟危害作为优先事项，",
              [F("wrong-lead-form",
                 '"决定把保护青少年免受电子烟危害作为优先事项" - the operative verb 决定 opens a preambular clause; a '
                 "preambular clause opens with a preambular lead («强调……» or move it to the operative part) "
                 "(ZH-B02)")]),
        L.op("敦促", "会员国禁止向未成年人销售电子烟；", [F("numbering", '"一、敦促会员国禁止" - ' + CN_NOTE)]),
        L.op("建议", "会员国限制电子烟的口味和广告；", [F("numbering", '"二、建议会员国限制" - ' + CN_NOTE)]),
        L.op("鼓励", "学校开展关于电子烟危害的健康教育；", [F("numbering", '"三、鼓励学校开展" - ' + CN_NOTE)]),
        L.op("请", "秘书长就本决议的执行情况提出报告。", [F("numbering", '"四、请秘书长就本决议" - ' + CN_NOTE)]),
    ],
    [CN_LIST])

# 6. a 初中 conference, WPS, 宋体, leads underlined with one character more here and there; blank paragraph after
#    every clause; nearly clean
L = Leads("u")
ZH06 = Draft(
    "zh-06-jh-wps-songti-ga-drowning-prevention-nearly-clean", "wps", "宋体",
    [
        title(),
        head(f"委员会：{SP}{SP}联合国大会"),
        head(f"议题：{SP}{SP}{SP}全球预防溺水"),
        head(f"起草国：{SP}孟加拉国、爱尔兰、斐济"),
        head(f"附议国：{SP}中国、加纳、牙买加、荷兰"),
        organ("大会，"),
    ] + spaced([
        L.pre("回顾", "其2021年4月28日关于全球预防溺水的第75/273号决议，"),
        L.pre("深为关切", "溺水是全球1至24岁人群的主要死因之一，", mark=5),
        L.pre("认识到", "大多数溺水事件发生在低收入和中等收入国家,而且是可以预防的，",
              [F("half-width-punctuation-in-chinese",
                 '"中等收入国家,而且" - a half-width comma inside the Chinese clause; «国家，而且» (ZH-P01)')]),
        L.op("鼓励", "各国在学校开设游泳和水上安全课程；", num=(1, 0)),
        L.op("促请", "各国在河流、池塘和水库周围设置警示标志和防护设施；", num=(1, 0), mark=3),
        L.op("请", "世界卫生组织协助会员国制定国家预防溺水计划；", num=(1, 0)),
        L.op("决定", "继续审议这一问题。", num=(1, 0)),
    ]),
    [WPS_DEC])

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, ZH06]


def para_text(p: P, label: str) -> str:
    return label + "".join(r.text for r in p.runs)


def check_quotes() -> None:
    for d in DRAFTS:
        for p, lab in zip(d.items, labels(d)):
            for f in p.faults:
                m = re.match(r'"([^"]+)"', f.note)
                if m and f.kind != "heading-field-missing":
                    assert m.group(1) in para_text(p, lab), (d.name, m.group(1), para_text(p, lab))


def annotations() -> str:
    head_ = ("# word-blind79: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
             "drafter.\n# paragraph = 1-based index of the w:p among all w:p of the body (blank paragraphs counted); "
             "list labels in notes are the ones Word / WPS shows.\n")
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
