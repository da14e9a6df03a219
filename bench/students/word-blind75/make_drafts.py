"""Build the drafts of the blind set word-blind75 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the list label Word / WPS shows, text
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six ordinary Chinese draft resolutions as 高中 delegates hand them in from WPS Office or Word (profile cn-mun): a title
"决议草案" set in the middle by full-width spaces, heading lines 委员会 / 议题 / 起草国 / 附议国 whose labels are spread by
full-width spaces, the organ line, preambular and operative clauses with 首行缩进 (w:ind w:firstLineChars="200"), leads
bold or underlined, clauses on WPS's or Word's own list: "%1." decimal, "%1、" chineseCounting, sub-items "(%2)",
"（%2）" ideographDigital, "%2" decimalEnclosedCircleChinese; a list that WPS restarts after a blank paragraph (a second
w:num with a startOverride). WPS runs carry w:hint="eastAsia" with one font for all scripts; Word runs Times New Roman
for Latin text and 宋体 / 仿宋 / 楷体 as w:eastAsia; one draft sets only w:ascii (Word falls back for the Chinese).

python-docx gives the package; numbering and paragraphs are raw WordprocessingML written here (no import of drafter or
another set). Faults are marked F(kind, note) beside their paragraph. Paragraph number = 1-based index of the w:p among
all w:p of the body (blank paragraphs counted), checked again on the saved file.
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
SP = "\u3000"  # full-width space


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
    bold: bool = False
    underline: bool = False
    font: str = ""  # a run pasted in another font (w:ascii = w:eastAsia = this)


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    kind: str = "body"  # head, title, organ, pre, op, sub, blank


@dataclass
class Level:
    fmt: str
    text: str


CN = "一二三四五六七八九十"


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    if fmt in ("chineseCounting", "ideographDigital"):
        return CN[n - 1]
    if fmt == "decimalEnclosedCircleChinese":
        return "①②③④⑤⑥⑦⑧⑨⑩"[n - 1]
    raise ValueError(fmt)


@dataclass
class Draft:
    name: str
    app: str  # "wps" or "word"
    font: str
    lead: str  # "b" or "u"
    levels: list[Level]
    items: list[P]
    nums: list[dict[int, int]] = field(default_factory=lambda: [{}])  # nums[numId-1] = {ilvl: startOverride}
    ascii_only: bool = False  # only w:ascii set: Word falls back to the theme's East Asian font for Chinese
    size: int = 24


def labels(d: Draft) -> list[str]:
    """The label Word / WPS shows: one abstractNum; a w:num with a startOverride restarts its level when first used."""
    c = [0, 0, 0]
    seen: set[int] = set()
    out = []
    for p in d.items:
        if p.num is None:
            out.append("")
            continue
        num_id, ilvl = p.num
        if num_id not in seen:
            seen.add(num_id)
            for lvl, start in d.nums[num_id - 1].items():
                c[lvl] = start - 1
        c[ilvl] += 1
        for j in range(ilvl + 1, 3):
            c[j] = 0
        text = d.levels[ilvl].text
        for j in range(len(d.levels)):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), d.levels[j].fmt))
        out.append(text)
    return out


def rpr(d: Draft, r: R | None, bold: bool = False, underline: bool = False) -> str:
    if r is not None and r.font:
        fonts = f'<w:rFonts w:ascii="{r.font}" w:hAnsi="{r.font}" w:eastAsia="{r.font}" w:cs="{r.font}"/>'
    elif d.ascii_only:
        fonts = f'<w:rFonts w:ascii="{d.font}"/>'
    elif d.app == "wps":
        fonts = f'<w:rFonts w:hint="eastAsia" w:ascii="{d.font}" w:hAnsi="{d.font}" w:eastAsia="{d.font}"/>'
    else:
        fonts = (f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{d.font}" '
                 'w:cs="Times New Roman"/>')
    return (fonts + ("<w:b/><w:bCs/>" if bold else "") + ('<w:u w:val="single"/>' if underline else "")
            + f'<w:sz w:val="{d.size}"/><w:szCs w:val="{d.size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>')


def para_xml(p: P, d: Draft) -> str:
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    ppr += '<w:spacing w:line="360" w:lineRule="auto"/>'
    if p.kind in ("pre", "organ"):
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="480"/>'
    if p.kind in ("pre", "op", "sub"):
        ppr += '<w:jc w:val="both"/>'
    body = ""
    for r in p.runs:
        if r.text:
            body += (f'<w:r><w:rPr>{rpr(d, r, r.bold, r.underline)}</w:rPr>'
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
    lv = ""
    for i, x in enumerate(d.levels):
        left = 420 * (i + 1) if d.app == "word" else 0
        ind = (f'<w:ind w:left="{left}" w:hanging="420"/>' if d.app == "word"
               else '<w:ind w:left="0" w:firstLine="0"/>')
        suff = '<w:suff w:val="nothing"/>' if d.app == "wps" else ""
        lv += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{x.fmt}"/>{suff}'
               f'<w:lvlText w:val="{x.text}"/><w:lvlJc w:val="left"/><w:pPr>{ind}</w:pPr></w:lvl>')
    multi = "hybridMultilevel" if d.app == "word" else "multilevel"
    numbering.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="0"><w:nsid w:val="5C2A7E31"/>'
                               f'<w:multiLevelType w:val="{multi}"/><w:tmpl w:val="1F4B9D02"/>{lv}</w:abstractNum>'))
    for i, over in enumerate(d.nums):
        o = "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                    for k, v in over.items())
        numbering.append(parse_xml(f'<w:num {NS} w:numId="{i + 1}"><w:abstractNumId w:val="0"/>{o}</w:num>'))
    for item in d.items:
        sect.addprevious(parse_xml(para_xml(item, d)))
    doc.core_properties.author = "代表" if d.app == "word" else "WPS_1698765432"
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.items), (d.name, count, len(d.items))
    return out


# ---------------------------------------------------------------- paragraph helpers


def title() -> P:
    return P([R(SP * 16 + "决议草案", bold=True)], kind="title")


def head(label: str, value: str, faults: list[Fault] | None = None) -> P:
    return P([R(label), R(value)], faults or [], kind="head")


def organ(text: str, faults: list[Fault] | None = None) -> P:
    return P([R(text)], faults or [], kind="organ")


def blank() -> P:
    return P([], kind="blank")


class Leads:
    """Paragraph makers for one draft's lead emphasis."""

    def __init__(self, style: str) -> None:
        self.b = style == "b"
        self.u = style == "u"

    def pre(self, lead: str, rest: str, faults: list[Fault] | None = None, *, font: str = "") -> P:
        return P([R(lead, bold=self.b, underline=self.u, font=font), R(rest, font=font)], faults or [], kind="pre")

    def op(self, lead: str, rest: str, faults: list[Fault] | None = None, *, num: tuple[int, int] = (1, 0),
           font: str = "") -> P:
        return P([R(lead, bold=self.b, underline=self.u, font=font), R(rest, font=font)], faults or [], num,
                 kind="op")

    def sub(self, text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] = (1, 1)) -> P:
        return P([R(text)], faults or [], num, kind="sub")


DECIMAL = [Level("decimal", "%1."), Level("lowerLetter", "(%2)")]

# ---------------------------------------------------------------- the drafts

# 1. a Beijing 高中 conference, WPS, 宋体 (w:hint eastAsia), leads underlined; WPS restarts the list after a blank line
L = Leads("u")
ZH01 = Draft(
    "zh-01-hs-wps-songti-ga3-youth-mental-health-restart-after-blank", "wps", "宋体", "u", DECIMAL,
    [
        title(),
        head(f"委{SP}员{SP}会：", "大会第三委员会（社会、人道主义和文化委员会）"),
        head(f"议{SP * 3}题：", "促进青少年心理健康"),
        head(f"起{SP}草{SP}国：", "芬兰、加拿大、新西兰"),
        head(f"附{SP}议{SP}国：", "中国、智利、肯尼亚、葡萄牙、泰国"),
        organ("大会，"),
        L.pre("回顾", "《儿童权利公约》关于儿童享有可达到的最高标准的健康的权利，"),
        L.pre("注意到", "世界卫生组织估计，全世界每七名10至19岁的青少年中就有一人患有精神障碍,而其中大多数没有得到"
              "任何治疗，",
              [F("half-width-punctuation-in-chinese",
                 '"患有精神障碍,而其中大多数" - a half-width comma inside the Chinese clause; «精神障碍，而» (ZH-P01)')]),
        L.pre("深为关切", "自杀是15至29岁人群的主要死因之一，"),
        L.pre("认识到", "社交媒体的过度使用、学业压力和校园欺凌对青少年的心理健康造成不利影响，"),
        L.pre("铭记", "世界卫生组织2013-2030年精神卫生综合行动计划所定的各项目标，",
              [F("missing-book-title-marks",
                 '"世界卫生组织2013-2030年精神卫生综合行动计划所定" - the title of the action plan is written without '
                 "book title marks; «《2013-2030年精神卫生综合行动计划》» (ZH-P01)")]),
        L.op("鼓励", "各国将心理健康教育纳入中小学课程，并为每所学校配备受过培训的心理辅导人员；"),
        L.op("吁请", "各国采取以下措施："),
        L.sub("设立面向青少年的免费、保密的心理援助热线；"),
        L.sub("加强对教师和家长识别心理危机早期迹象的培训；"),
        L.op("敦促", "社交媒体平台为未成年用户提供使用时间管理工具， 并减少推送可能诱发自我伤害的内容；"),
        blank(),
        L.op("请", "世界卫生组织和联合国儿童基金会协助会员国收集按年龄和性别分列的青少年心理健康数据；", num=(2, 0),
             faults=[F("numbering",
                       '"请世界卫生组织和联合国儿童基金会协助" - WPS restarted the list after the blank line and the '
                       'clause shows "1." after clause 3; «4.» (ZH-B03, UN-B07)')]),
        L.op("决定", "继续审议这一问题。", num=(2, 0),
             faults=[F("numbering", '"决定继续审议这一问题。" - continues the restarted list and shows "2."; «5.» '
                                    "(ZH-B03, UN-B07)")]),
    ],
    nums=[{}, {0: 1}])

# 2. a Shanghai 高中 conference, Word, 仿宋 as w:eastAsia, leads bold; WPS-style sub-items "（一）" (ideographDigital)
L = Leads("b")
SUB_YI = ("a sub-item labelled with a Chinese numeral in full-width brackets; sub-clauses are labelled with English "
          "letters, «(a)» / «(b)» (ZH-B04)")
ZH02 = Draft(
    "zh-02-hs-word-fangsong-unea-e-waste-yi-subs-decide-in-preamble", "word", "仿宋", "b",
    [Level("decimal", "%1."), Level("ideographDigital", "（%2）")],
    [
        title(),
        head(f"委{SP}员{SP}会：", "联合国环境大会"),
        head(f"议{SP * 3}题：", "电子废物的无害环境管理"),
        head(f"起{SP}草{SP}国：", "加纳、印度、瑞士"),
        head(f"附{SP}议{SP}国：", "巴西、德国、日本、尼日利亚、越南"),
        organ("联合国环境大会，"),
        L.pre("回顾", "《控制危险废物越境转移及其处置巴塞尔公约》及其2019年关于电子废物的技术准则，"),
        L.pre("关切地注意到", "2022年全球产生的电子废物达到6200万吨，其中只有不到四分之一得到有记录的回收；"
              , [F("preambular-end-mark",
                   '"只有不到四分之一得到有记录的回收；" - a preambular clause ends with a semicolon; «的回收，» '
                   "(ZH-B02)")]),
        L.pre("认识到", "非正规回收活动使工人，特别是儿童，暴露于铅、汞和其他有害物质之中，"),
        L.pre("决定", "在可持续消费和生产的框架内处理电子废物问题，",
              [F("wrong-lead-form",
                 '"决定在可持续消费和生产的框架内处理电子废物问题" - the operative verb 决定 opens a preambular '
                 "clause; a preambular clause opens with a preambular lead («认识到有必要……，» or move it to the "
                 "operative part) (ZH-B02)")]),
        L.pre("欢迎", "若干国家在生产者延伸责任制度方面取得的进展，"),
        L.op("促请", "各国建立或加强电子废物的分类收集和回收体系；"),
        L.op("鼓励", "电子产品生产商："),
        L.sub("在产品设计阶段考虑维修、再利用和回收的便利；", [F("sub-clause-label", '"（一）在产品设计阶段" - ' + SUB_YI)]),
        L.sub("公开其产品所含有害物质的信息；", [F("sub-clause-label", '"（二）公开其产品所含有害物质" - ' + SUB_YI)]),
        L.op("请", "联合国环境规划署与国际电信联盟合作，编写一份关于电子废物越境流动的报告；"),
        L.op("决定", "在第八届会议上审议本决议的执行情况。"),
    ])

# 3. a Chengdu 高中 conference, Word, 楷体 set only as w:ascii (Word falls back for the Chinese), leads underlined;
#    a sub-item left at the clauses' level
L = Leads("u")
ZH03 = Draft(
    "zh-03-hs-word-kaiti-ascii-only-wha-extreme-heat-sub-at-clause-level", "word", "楷体", "u", DECIMAL,
    [
        title(),
        head(f"委{SP}员{SP}会：", "世界卫生大会"),
        head(f"议{SP * 3}题：", "极端高温对人类健康的影响"),
        head(f"起{SP}草{SP}国：", "巴基斯坦、西班牙、印度"),
        head(f"附{SP}议{SP}国：", "澳大利亚、埃及、法国、墨西哥"),
        organ("世界卫生大会，"),
        L.pre("回顾", "《联合国气候变化框架公约》和《巴黎协定》，"),
        L.pre("深为关切", "热浪的频率和强度不断增加，老年人、户外劳动者和慢性病患者受到的影响尤为严重，"),
        L.pre("注意到", "世界气象组织和世界卫生组织关于建立高温健康预警系统的联合指导意见，"),
        L.pre("强调", "城市规划中的绿地和遮阴设施对于降低高温相关死亡率的作用，"),
        L.op("敦促", "会员国制定并实施国家高温健康行动计划；"),
        L.op("请", "总干事："),
        L.sub("向会员国提供建立高温健康预警系统的技术支持；"),
        L.sub("汇编各国降低高温相关死亡率的良好做法，", num=(1, 0),
              faults=[F("sub-clause-label",
                        '"3.汇编各国降低高温相关死亡率的良好做法" - a sub-item of clause 2 set at the clauses\' level, '
                        'so it shows "3." as a clause; «(b)» (ZH-B04)'),
                      F("operative-end-mark",
                        '"汇编各国降低高温相关死亡率的良好做法，" - the last sub-item of the clause ends with a comma '
                        "before the next clause; «良好做法；» (ZH-B03)")]),
        L.op("鼓励", "会员国在学校和工作场所推行高温天气下的作息调整措施；",
             [F("numbering", '"4.鼓励会员国在学校和工作场所推行" - shows "4." because the sub-item above took "3."; '
                             "«3.» (ZH-B03, UN-B07)")]),
        L.op("呼吁", "各国在医疗卫生设施的建设和改造中考虑气候适应能力；"),
        L.op("决定", "在第八十一届世界卫生大会上审议本决议的执行情况",
             [F("operative-end-mark",
                '"审议本决议的执行情况" - the last clause ends with no end mark; «执行情况。» (ZH-B03)')]),
    ],
    ascii_only=True)

# 4. a Nanjing 高中 conference, WPS, 宋体 (w:hint eastAsia), leads bold; WPS's Chinese outline "一、" for the clauses
L = Leads("b")
YI = ('WPS\'s Chinese outline label on an operative clause; operative clauses are numbered with Arabic numerals, '
      "«{n}.» (ZH-B03)")
ZH04 = Draft(
    "zh-04-hs-wps-songti-sc-haiti-yi-labels-latin-font-clause", "wps", "宋体", "b",
    [Level("chineseCounting", "%1、"), Level("lowerLetter", "(%2)")],
    [
        title(),
        head(f"委{SP}员{SP}会：", "安全理事会"),
        head(f"议{SP * 3}题：", "海地局势"),
        head(f"起{SP}草{SP}国：", "厄瓜多尔、法国、圭亚那"),
        head(f"附{SP}议{SP}国：", "大韩民国、塞拉利昂、瑞士"),
        organ("安全理事会，"),
        L.pre("回顾", "其以往关于海地局势的各项决议，特别是第2699(2023)号决议，"),
        L.pre("重申", "对海地主权、独立、领土完整和统一的坚定承诺，"),
        L.pre("严重关切", "武装团伙暴力持续蔓延，造成大量平民伤亡和100多万人流离失所，"),
        L.pre("强调", "海地国家警察在恢复安全方面的首要责任，", font="Times New Roman"),
        L.pre("欢迎", "各国向多国安全支助特派团提供的人员和资金支助，"),
        L.op("谴责", "武装团伙对平民实施的杀戮、性暴力和绑架行为；",
             [F("numbering", '"一、谴责武装团伙对平民实施的杀戮" - ' + YI.format(n="1"))]),
        L.op("要求", "所有武装团伙立即停止暴力行为，并停止招募儿童；",
             [F("numbering", '"二、要求所有武装团伙立即停止暴力行为" - ' + YI.format(n="2"))]),
        L.op("吁请", "会员国加强对流向海地的小武器和轻武器的管制,防止非法贩运；",
             [F("numbering", '"三、吁请会员国加强对流向海地的" - ' + YI.format(n="3")),
              F("half-width-punctuation-in-chinese",
                '"轻武器的管制,防止非法贩运" - a half-width comma inside the Chinese clause; «管制，防止» (ZH-P01)')]),
        L.op("请", "秘书长每九十天向安全理事会报告本决议的执行情况；",
             [F("numbering", '"四、请秘书长每九十天向安全理事会报告" - ' + YI.format(n="4"))]),
        L.op("决定", "继续积极处理此案。",
             [F("numbering", '"五、决定继续积极处理此案。" - ' + YI.format(n="5"))]),
    ])

# 5. a Guangzhou 高中 conference, Word, 宋体 as w:eastAsia, leads bold; sub-items "①" (decimalEnclosedCircleChinese)
L = Leads("b")
CIRCLE = "a sub-item labelled with a circled numeral; sub-clauses are labelled with English letters, «({x})» (ZH-B04)"
ZH05 = Draft(
    "zh-05-hs-word-songti-ga1-autonomous-weapons-circled-subs-concern-as-verb", "word", "宋体", "b",
    [Level("decimal", "%1."), Level("decimalEnclosedCircleChinese", "%2")],
    [
        title(),
        head(f"委{SP}员{SP}会：", "大会第一委员会（裁军与国际安全委员会）"),
        head(f"议{SP * 3}题：", "致命性自主武器系统"),
        head(f"起{SP}草{SP}国：", "奥地利、墨西哥、菲律宾"),
        head(f"附{SP}议{SP}国：", "阿根廷、爱尔兰、新西兰、塞拉利昂"),
        organ("大会，"),
        L.pre("回顾", "其2023年12月22日第78/241号决议，"),
        L.pre("注意到", "特定常规武器公约缔约方会议设立的政府专家组的工作，",
              [F("missing-book-title-marks",
                 '"注意到特定常规武器公约缔约方会议" - the title of the Convention is written without book title '
                 "marks; «《特定常规武器公约》» (ZH-P01)")]),
        L.pre("意识到", "新兴技术在军事领域的应用可能降低使用武力的门槛，"),
        L.pre("强调", "国际人道主义法完全适用于一切武器系统，包括自主武器系统，"),
        L.op("确认", "在使用武力方面必须保持人类的控制和判断；"),
        L.op("吁请", "各国在研发和部署自主武器系统时："),
        L.sub("进行国际人道主义法合法性审查；", [F("sub-clause-label", '"①进行国际人道主义法合法性审查" - '
                                                 + CIRCLE.format(x="a"))]),
        L.sub("确保人类对目标选择和攻击决定的有效控制；",
              [F("sub-clause-label", '"②确保人类对目标选择" - ' + CIRCLE.format(x="b"))]),
        L.op("深表关切", "无法在人类控制下使用的自主武器系统可能带来的人道主义后果；",
             [F("wrong-lead-form",
                '"深表关切无法在人类控制下使用的自主武器系统" - a preambular lead opens a numbered operative clause; '
                "an operative clause opens with an operative verb («表示关切……；») (ZH-B03)")]),
        L.op("请", "秘书长征求会员国的意见，并向大会第八十一届会议提交一份实质性报告；"),
        L.op("决定", "将题为“致命性自主武器系统”的项目列入大会第八十一届会议临时议程。"),
    ])

# 6. a Hangzhou 高中 conference, WPS, 楷体 (w:hint eastAsia), leads underlined; nearly clean
L = Leads("u")
ZH06 = Draft(
    "zh-06-hs-wps-kaiti-unesco-endangered-languages-nearly-clean", "wps", "楷体", "u", DECIMAL,
    [
        title(),
        head(f"委{SP}员{SP}会：", "联合国教育、科学及文化组织大会"),
        head(f"议{SP * 3}题：", "保护濒危语言"),
        head(f"起{SP}草{SP}国：", "玻利维亚、新西兰、挪威"),
        head(f"附{SP}议{SP}国：", "中国、秘鲁、南非、瓦努阿图"),
        organ("联合国教育、科学及文化组织大会，"),
        L.pre("回顾", "《保护非物质文化遗产公约》和《联合国土著人民权利宣言》，"),
        L.pre("注意到", "大会宣布2022-2032年为国际土著语言十年，"),
        L.pre("深为关切", "全世界约7000种语言中有将近一半面临消失的危险，"),
        L.pre("认识到", "语言是文化多样性和传统知识的载体，一种语言的消失意味着一种独特世界观的消失。",
              [F("preambular-end-mark",
                 '"意味着一种独特世界观的消失。" - a preambular clause ends with a full stop; «的消失，» (ZH-B02)')]),
        L.pre("赞赏", "土著社区在语言复兴方面所作的努力， 特别是社区学校和数字词典项目，"),
        L.op("鼓励", "会员国支持以母语为基础的多语种教育；"),
        L.op("促请", "会员国："),
        L.sub("记录和保存濒危语言的口头和书面资料；"),
        L.sub("支持语言使用者开发本民族语言的数字资源；"),
        L.op("请", "总干事与土著人民组织合作，编写一份关于国际土著语言十年中期进展的报告；"),
        L.op("决定", "在第四十四届会议上审议这一问题。"),
    ])

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, ZH06]


def para_text(p: P, label: str) -> str:
    return label + "".join(r.text for r in p.runs)


def check_quotes() -> None:
    for d in DRAFTS:
        for p, lab in zip(d.items, labels(d)):
            for f in p.faults:
                m = re.match(r'"([^"]+)"', f.note)
                assert m, (d.name, f.note)
                assert m.group(1) in para_text(p, lab), (d.name, m.group(1), para_text(p, lab))


def annotations() -> str:
    head_ = ("# word-blind75: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
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
