"""Build the drafts of the blind set word-blind64 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, the list label Word/WPS shows, text
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese drafts as delegates make them from a conference's Word template in Word or WPS: a centred 决议草案, a
heading block of bold labels 委员会 / 议题 / 起草国 / 附议国 with plain values, the organ line, preambular clauses
with bold or underlined leads, operative clauses and sub-clauses numbered by Word or WPS lists in the formats Chinese
users pick ("1." decimal, "(a)"/"（a）" lowerLetter, "(i)" lowerRoman, "一、" and "（一）" chineseCounting,
"①" decimalEnclosedCircle). Word runs carry Times New Roman for Latin text and w:eastAsia 宋体/仿宋/新細明體; WPS runs
name one font for every script with w:hint="eastAsia". A restart of numbering is written as Word writes "Restart at
1": a second w:num on the same abstractNum with a w:lvlOverride/w:startOverride.

python-docx gives the package; numbering and paragraphs are written as raw WordprocessingML by the helpers below
(written for this set; no import of drafter or of another set). Faults are marked with F(kind, note) next to the
paragraph that carries them; the paragraph number is the 1-based index of the w:p in the body (no empty paragraphs,
no tables), checked again on the saved file.
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


@dataclass
class R:
    text: str
    bold: bool = False
    underline: bool = False
    font: str | None = None  # a run whose every script is in this font (a pasted paragraph's)


@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    kind: str = "body"  # title, heading, organ, pre, op, sub


# ---------------------------------------------------------------- numbering


@dataclass
class Level:
    fmt: str  # w:numFmt
    text: str  # w:lvlText
    left: int
    hanging: int
    suff: str = "tab"  # tab, space, nothing


@dataclass
class Lists:
    """abstractNums and the w:num of each: nums[numId - 1] = (abstractNumId, {ilvl: startOverride})."""
    abstracts: list[tuple[str, list[Level]]]  # (multiLevelType, levels)
    nums: list[tuple[int, dict[int, int]]]


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
CHINESE = "一二三四五六七八九十"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "lowerRoman":
        return ROMAN[n - 1]
    if fmt == "chineseCounting":
        return CHINESE[n - 1]
    if fmt == "decimalEnclosedCircle":
        return CIRCLED[n - 1]
    raise ValueError(fmt)


def abstract_xml(aid: int, kind: str, levels: list[Level], wps: bool) -> str:
    body = ""
    for i, lv in enumerate(levels):
        body += (f'<w:lvl w:ilvl="{i}"' + (' w:tentative="0"' if wps else "") + '><w:start w:val="1"/>'
                 f'<w:numFmt w:val="{lv.fmt}"/>' + (f'<w:suff w:val="{lv.suff}"/>' if lv.suff != "tab" else "")
                 + f'<w:lvlText w:val="{escape(lv.text)}"/><w:lvlJc w:val="left"/>'
                 f'<w:pPr><w:ind w:left="{lv.left}" w:hanging="{lv.hanging}"/></w:pPr></w:lvl>')
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:nsid w:val="{0x3B6E1400 + aid * 17:08X}"/>'
            f'<w:multiLevelType w:val="{kind}"/><w:tmpl w:val="{0x0409001F + aid:08X}"/>{body}</w:abstractNum>')


def num_xml(num_id: int, aid: int, overrides: dict[int, int]) -> str:
    over = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                   for lvl, start in overrides.items())
    return f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{over}</w:num>'


def labels(paras: list[P], lists: Lists) -> list[str]:
    """The label Word shows on each paragraph: the counters belong to the abstractNum (nums sharing one continue each
    other), a w:num with a startOverride restarts its level the first time it is used, a level restarts when a
    lower level of the same list is used, and typed numbers outside the list do not move its counters."""
    counters: dict[int, list[int]] = {}
    seen: set[int] = set()
    out = []
    for p in paras:
        if p.num is None:
            out.append("")
            continue
        num_id, ilvl = p.num
        aid, overrides = lists.nums[num_id - 1]
        levels = lists.abstracts[aid][1]
        c = counters.setdefault(aid, [0] * len(levels))
        if num_id not in seen:
            seen.add(num_id)
            for lvl, start in overrides.items():
                c[lvl] = start - 1
        c[ilvl] += 1
        for j in range(ilvl + 1, len(c)):
            c[j] = 0
        text = levels[ilvl].text
        for j in range(len(levels)):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), levels[j].fmt))
        out.append(text)
    return out


# Word's multilevel list of the conference template: "1." / "(a)" / "(i)"
WORD_TEMPLATE = [Level("decimal", "%1.", 425, 425), Level("lowerLetter", "(%2)", 851, 426),
                 Level("lowerRoman", "(%3)", 1276, 425)]
# the same, full-width brackets on the letters: "1." / "（a）" / "(i)"
WORD_FULLWIDTH = [Level("decimal", "%1.", 420, 420), Level("lowerLetter", "（%2）", 840, 420, "nothing"),
                  Level("lowerRoman", "(%3)", 1260, 420)]
# Word's Chinese multilevel picks: "1." then circled numbers
WORD_CIRCLED = [Level("decimal", "%1.", 480, 480), Level("decimalEnclosedCircle", "%2", 960, 480),
                Level("lowerLetter", "%3)", 1440, 480)]
# WPS's own "1." list with letter sub-items, the number against the text
WPS_DECIMAL = [Level("decimal", "%1.", 0, 0, "nothing"), Level("lowerLetter", "(%2)", 420, 0, "nothing")]
# WPS's Chinese outline list: "一、" then "（一）"
WPS_CHINESE = [Level("chineseCounting", "%1、", 0, 0, "nothing"), Level("chineseCounting", "（%2）", 0, 0, "nothing")]


# ---------------------------------------------------------------- documents


@dataclass
class Draft:
    name: str
    app: str  # word or wps
    lang: str  # zh-CN, zh-TW
    font: str  # the Chinese font (w:eastAsia)
    size: int  # half-points
    lists: Lists
    paras: list[P]
    title_font: str = "黑体"
    latin: str = "Times New Roman"


def run_xml(r: R, d: Draft, p: P) -> str:
    if r.font:
        fonts = f'<w:rFonts w:ascii="{r.font}" w:hAnsi="{r.font}" w:eastAsia="{r.font}" w:cs="{r.font}"/>'
    elif p.kind == "title":
        fonts = (f'<w:rFonts w:ascii="{d.title_font}" w:hAnsi="{d.title_font}" w:eastAsia="{d.title_font}"'
                 + (' w:hint="eastAsia"/>' if d.app == "wps" else "/>"))
    elif d.app == "wps":
        fonts = (f'<w:rFonts w:hint="eastAsia" w:ascii="{d.font}" w:hAnsi="{d.font}" w:eastAsia="{d.font}" '
                 f'w:cs="{d.font}"/>')
    else:
        fonts = f'<w:rFonts w:ascii="{d.latin}" w:hAnsi="{d.latin}" w:eastAsia="{d.font}" w:cs="{d.latin}"/>'
    size = d.size + 8 if p.kind == "title" else d.size
    rpr = (fonts + ("<w:b/><w:bCs/>" if r.bold or p.kind == "title" else "")
           + ('<w:u w:val="single"/>' if r.underline else "")
           + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-US" w:eastAsia="{d.lang}"/>')
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>'


def para_xml(p: P, d: Draft) -> str:
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    if d.app == "wps":
        ppr += '<w:kinsoku w:val="0"/><w:wordWrap w:val="0"/><w:snapToGrid w:val="0"/>'
    ppr += '<w:spacing w:line="360" w:lineRule="auto"/>'
    if p.kind == "pre" or (p.kind == "op" and d.app == "wps"):
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="480"/>' if not p.num else ""
    if p.kind == "title":
        ppr += '<w:jc w:val="center"/>'
    elif p.kind in ("pre", "op", "sub"):
        ppr += '<w:jc w:val="both"/>'
    ppr += f'<w:rPr><w:sz w:val="{d.size}"/></w:rPr>'
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>" + "".join(run_xml(r, d, p) for r in p.runs) + "</w:p>"


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
    for aid, (kind, levels) in enumerate(d.lists.abstracts):
        numbering.append(parse_xml(abstract_xml(aid, kind, levels, d.app == "wps")))
    for i, (aid, overrides) in enumerate(d.lists.nums):
        numbering.append(parse_xml(num_xml(i + 1, aid, overrides)))
    for p in d.paras:
        sect.addprevious(parse_xml(para_xml(p, d)))
    # A4, the template's margins
    for child in list(sect):
        if child.tag in (w("pgSz"), w("pgMar")):
            sect.remove(child)
    sect.insert(0, parse_xml(f'<w:pgMar {NSDECL} w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" '
                             'w:header="851" w:footer="992" w:gutter="0"/>'))
    sect.insert(0, parse_xml(f'<w:pgSz {NSDECL} w:w="11906" w:h="16838"/>'))
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(root.find(w("body")).findall(w("p")))
    assert count == len(d.paras), (d.name, count, len(d.paras))
    return out


# ---------------------------------------------------------------- paragraph helpers


def title(text: str) -> P:
    return P([R(text)], kind="title")


def field_line(label: str, value: str, faults: list[Fault] | None = None) -> P:
    return P([R(label, bold=True), R(value)], faults or [], kind="heading")


def organ(text: str, *, bold: bool = False) -> P:
    return P([R(text, bold=bold)], kind="organ")


def pre(lead: str, rest: str, faults: list[Fault] | None = None, *, b: bool = False, u: bool = False,
        font: str | None = None) -> P:
    return P([R(lead, bold=b, underline=u, font=font), R(rest, font=font)], faults or [], kind="pre")


def op(lead: str, rest: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None,
       typed: str = "", b: bool = False, u: bool = False) -> P:
    runs = ([R(typed)] if typed else []) + [R(lead, bold=b, underline=u), R(rest)]
    return P(runs, faults or [], num, kind="op")


def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None) -> P:
    return P([R(text)], faults or [], num, kind="sub")


# ---------------------------------------------------------------- the drafts

ZH01 = Draft(
    "zh-01-wps-songti-ga2-food-loss-underlined-restart-pasted-halfwidth", "wps", "zh-CN", "宋体", 24,
    # clauses 5-6 in a second w:num on the same list with "Restart at 1"
    Lists([("multilevel", WPS_DECIMAL)], [(0, {}), (0, {0: 1})]),
    [
        title("决议草案"),
        field_line("委员会：", "联合国大会第二委员会（经济和金融委员会）"),
        field_line("议题：", "减少粮食损失和浪费"),
        field_line("起草国：", "意大利、埃塞俄比亚、越南"),
        field_line("附议国：", "阿根廷、孟加拉国、肯尼亚、秘鲁、泰国、乌拉圭"),
        organ("大会，"),
        pre("回顾", "其2019年12月19日关于国际粮食损失和浪费问题宣传日的第74/209号决议，", u=True),
        pre("重申", "《2030年可持续发展议程》，特别是可持续发展目标具体目标12.3，即到2030年将零售和消费环节的全球人均"
            "粮食浪费减半，并减少生产和供应环节的粮食损失，", u=True),
        pre("深为关切地注意到", "据粮农组织估计,全球约13%的粮食在收获后至零售前的环节损失,另有约17%的粮食在零售和消费"
            "环节被浪费,", u=True,
            faults=[F("half-width-punctuation-in-chinese",
                      '"据粮农组织估计,全球约13%的粮食在收获后至零售前的环节损失,另有约17%" - a sentence pasted from a web '
                      "page keeps its half-width commas inside the Chinese clause, and the clause ends with a "
                      "half-width comma; expected «据粮农组织估计，全球约13%的粮食……损失，另有约17%……被浪费，» (ZH-P01)")]),
        pre("认识到", "粮食损失和浪费加剧了温室气体排放，并给小农户造成收入损失，", u=True),
        pre("铭记", "联合国气候变化框架公约缔约方会议关于农业和粮食安全问题的沙姆沙伊赫联合工作，", u=True,
            faults=[F("missing-book-title-marks",
                      '"铭记联合国气候变化框架公约缔约方会议" - the title of the Convention is written without book '
                      "title marks; expected «《联合国气候变化框架公约》缔约方会议» (ZH-P01)")]),
        pre("欢迎", "粮农组织《粮食损失和浪费自愿行为守则》，", u=True),
        op("鼓励", "各会员国制定减少粮食损失和浪费的国家战略，并定期报告进展情况；", num=(1, 0), u=True),
        op("促请", "各会员国加强冷链、仓储和运输等收获后基础设施建设：", num=(1, 0), u=True),
        sub("为小农户和农业合作社提供低息贷款；", num=(1, 1)),
        sub("推广太阳能冷藏等适合农村地区的技术；", num=(1, 1)),
        op("邀请", "私营部门在零售环节采取措施，减少因外观标准而丢弃的新鲜农产品。", num=(1, 0), u=True,
           faults=[F("operative-end-mark",
                     '"减少因外观标准而丢弃的新鲜农产品。" - operative clause 3 ends with a full stop although three '
                     "clauses follow; expected «新鲜农产品；» (ZH-B03, UN-B09)")]),
        op("呼吁", "捐助方和国际金融机构为发展中国家减少粮食损失的项目提供资金；", num=(1, 0), u=True),
        op("请", "秘书长在第八十二届会议上提交关于本决议执行情况的报告；", num=(2, 0), u=True,
           faults=[F("numbering",
                     '"请秘书长在第八十二届会议上提交关于本决议执行情况的报告；" - the clause is in a list restarted at 1 and '
                     'shows "1." after clause 4; expected «5.» (ZH-B03, UN-B07)')]),
        op("决定", "在第八十二届会议临时议程中列入题为“农业发展、粮食安全和营养”的分项目。", num=(2, 0), u=True,
           faults=[F("numbering",
                     '"决定在第八十二届会议临时议程中列入" - the last clause continues the restarted list and shows "2."; '
                     "expected «6.» (ZH-B03, UN-B07)")]),
    ])

ZH02 = Draft(
    "zh-02-word-fangsong-hrc-disability-justice-circled-subs-two-cosponsor-lines", "word", "zh-CN", "仿宋", 28,
    Lists([("multilevel", WORD_CIRCLED)], [(0, {})]),
    [
        title("决议草案"),
        field_line("委员会：", "人权理事会"),
        field_line("议题：", "残疾人获得司法保护的机会"),
        field_line("起草国：", "墨西哥、新西兰、南非"),
        field_line("附议国：", "巴西、芬兰、约旦、蒙古、塞内加尔"),
        field_line("附议国：", "厄瓜多尔、葡萄牙、泰国",
                   [F("other",
                      'a second 附议国 line "附议国：厄瓜多尔、葡萄牙、泰国" under the first (the lists of two '
                      "papers merged); the heading has one 附议国 line: «附议国：巴西、厄瓜多尔、芬兰……» (ZH-H01)")]),
        organ("人权理事会，", bold=True),
        pre("遵循", "《联合国宪章》的宗旨和原则，", b=True),
        pre("重审", "《残疾人权利公约》，特别是其中关于获得司法保护的第十三条，", b=True,
            faults=[F("misspelt-lead",
                      '"重审《残疾人权利公约》" - the lead 重申 (reaffirming) typed by the pinyin input method as its '
                      "homophone 重审 (retrial); expected «重申» (ZH-B02, FORMAT.md §2.4)")]),
        pre("回顾", "理事会关于残疾人权利的各项决议，包括2024年4月4日第55/8号决议，", b=True),
        pre("表示关切", "残疾人在警察、法院和监狱中仍面临沟通障碍和歧视，", b=True),
        pre("欢迎", "残疾人权利问题特别报告员编写的《残疾人获得司法保护的国际原则和准则》，", b=True),
        op("促请", "各国确保残疾人在所有法律程序中获得程序便利和适龄便利；", num=(1, 0), b=True),
        op("鼓励", "各国在司法系统中提供以下便利：", num=(1, 0), b=True),
        sub("手语翻译和易读格式的法律文件；", num=(1, 1),
            faults=[F("sub-clause-label",
                      '"①手语翻译和易读格式的法律文件；" - the sub-clause is numbered "①" by the list\'s second level; '
                      "sub-clauses are labelled with letters: «(a)» (ZH-B04, UN-B10)")]),
        sub("供视力障碍者使用的盲文和无障碍电子文书；", num=(1, 1),
            faults=[F("sub-clause-label",
                      '"②供视力障碍者使用的盲文" - sub-clause numbered "②"; expected «(b)» (ZH-B04, UN-B10)')]),
        sub("对法官、检察官和警察的残疾平等培训；", num=(1, 1),
            faults=[F("sub-clause-label",
                      '"③对法官、检察官和警察的残疾平等培训；" - sub-clause numbered "③"; expected «(c)» '
                      "(ZH-B04, UN-B10)")]),
        op("请", "联合国人权事务高级专员办事处应各国请求为其提供技术援助；", num=(1, 0), b=True),
        op("决定", "继续审议这一问题。", num=(1, 0), b=True),
    ],
    title_font="方正小标宋简体")

ZH03 = Draft(
    "zh-03-wps-fangsong-sc-peacekeepers-no-topic-sub-clause-at-clause-level", "wps", "zh-CN", "仿宋", 24,
    Lists([("multilevel", WPS_DECIMAL)], [(0, {})]),
    [
        title("决议草案"),
        field_line("委员会：", "安全理事会",
                   [F("heading-field-missing",
                      'the heading "委员会：安全理事会 / 起草国：… / 附议国：…" has no 议题 line; expected «议题：……» '
                      "(ZH-H01)")]),
        field_line("起草国：", "法国、加纳、印度尼西亚"),
        field_line("附议国：", "圭亚那、日本、塞拉利昂、大韩民国"),
        organ("安全理事会，"),
        pre("回顾", "其关于维持和平行动的各项决议，特别是第2518(2020)号决议，", u=True),
        pre("重申", "其根据《联合国宪章》负有维持国际和平与安全的首要责任，", u=True),
        pre("强烈谴责", "针对联合国维持和平人员的一切袭击，", u=True),
        pre("深为关切", "简易爆炸装置造成的维和人员伤亡人数不断增加，", u=True),
        pre("强调", "东道国对维和人员的安全负有首要责任，", u=True),
        op("要求", "各方立即停止针对维和人员的一切袭击；", num=(1, 0), u=True),
        op("敦促", "各东道国对袭击维和人员的行为进行调查，并将肇事者绳之以法，", num=(1, 0), u=True,
           faults=[F("operative-end-mark",
                     '"并将肇事者绳之以法，" - operative clause 2 ends with a comma; an operative clause ends with '
                     "«；»: «绳之以法；» (ZH-B03, UN-B09)")]),
        op("请", "秘书长采取以下措施加强维和人员的安全：", num=(1, 0), u=True),
        sub("在部署前培训中增加防范简易爆炸装置的内容；", num=(1, 1)),
        sub("改善伤员后送和医疗救护能力；", num=(1, 1)),
        sub("在每份特派团报告中列入维和人员安全情况；", num=(1, 0),
            faults=[F("sub-clause-label",
                      '"在每份特派团报告中列入维和人员安全情况；" - the third sub-clause of clause 3 is at the list\'s first '
                      'level and shows the clause number "4."; expected «(c)» (ZH-B04, UN-B10)')]),
        op("鼓励", "出兵国和出警国分享防范袭击的最佳做法；", num=(1, 0), u=True,
           faults=[F("numbering",
                     '"鼓励出兵国和出警国分享防范袭击的最佳做法；" - shows "5." because the sub-clause before it took "4."; '
                     "expected «4.» (ZH-B03, UN-B07)")]),
        op("决定", "继续积极处理此案。", num=(1, 0), u=True,
           faults=[F("numbering",
                     '"决定继续积极处理此案。" - shows "6."; expected «5.» (ZH-B03, UN-B07)')]),
    ],
    title_font="黑体")

ZH04 = Draft(
    "zh-04-word-mingliu-trad-ga3-indigenous-languages-typed-three", "word", "zh-TW", "新細明體", 24,
    Lists([("multilevel", WORD_TEMPLATE)], [(0, {})]),
    [
        title("決議草案"),
        field_line("委員會：", "聯合國大會第三委員會（社會、人道主義和文化）"),
        field_line("議題：", "保護和振興原住民族語言"),
        field_line("起草國：", "玻利維亞、加拿大、紐西蘭"),
        field_line("附議國：", "澳大利亞、智利、厄瓜多、芬蘭、瓜地馬拉、挪威"),
        organ("大會，", bold=True),
        pre("回顧", "聯合國原住民族權利宣言，特別是其中關於原住民族振興、使用和發展其語言的第十三條，", b=True,
            faults=[F("missing-book-title-marks",
                      '"回顧聯合國原住民族權利宣言，" - the title of the Declaration without book title marks; expected '
                      "«《聯合國原住民族權利宣言》» (ZH-P01)")]),
        pre("又回顧", "其宣布2022—2032年為國際原住民族語言十年的第74/135號決議，", b=True),
        pre("深為關切", "世界上約四成語言面臨消失的危險，其中大多數為原住民族語言；", b=True,
            faults=[F("preambular-end-mark",
                      '"其中大多數為原住民族語言；" - the preambular clause ends with a semicolon; expected «原住民族語言，» '
                      "(ZH-B02, UN-B05)")]),
        pre("認識到", "語言是原住民族文化認同和傳統知識的載體，", b=True),
        pre("注意到", "聯合國教育、科學及文化組織在「國際原住民族語言十年」中的牽頭作用，", b=True),
        op("鼓勵", "各會員國制定國家原住民族語言行動計畫；", num=(1, 0), b=True),
        op("促請", "各國在教育體系中提供以原住民族語言進行的教學：", num=(1, 0), b=True),
        sub("培訓以原住民族語言授課的教師；", num=(1, 1)),
        sub("編寫雙語教材和數位學習資源；", num=(1, 1)),
        op("邀請", "媒體和科技企業開發支援原住民族語言的輸入法和語音工具；", typed="3.\t", b=True),
        op("請", "秘書長在第八十二屆會議上提交關於本決議執行情況的報告；", num=(1, 0), b=True,
           faults=[F("numbering",
                     '"請秘書長在第八十二屆會議上提交" - the list counts only its own items and shows "3." again after '
                     'the clause typed by hand as "3."; expected «4.» (ZH-B03, UN-B07)')]),
        op("決定", "在第八十二屆會議上繼續審議這一問題。", num=(1, 0), b=True,
           faults=[F("numbering",
                     '"決定在第八十二屆會議上繼續審議這一問題。" - shows "4."; expected «5.» (ZH-B03, UN-B07)')]),
    ],
    title_font="標楷體")

ZH05 = Draft(
    "zh-05-word-songti-ga1-outer-space-nearly-clean-latin-font-paragraph", "word", "zh-CN", "宋体", 24,
    Lists([("hybridMultilevel", WORD_FULLWIDTH)], [(0, {})]),
    [
        title("决议草案"),
        field_line("草案编号：", "1.1"),
        field_line("委员会：", "联合国大会第一委员会（裁军与国际安全委员会）"),
        field_line("议题：", "防止外层空间军备竞赛"),
        field_line("起草国：", "巴西、埃及、斯里兰卡"),
        field_line("附议国：", "阿尔及利亚，印度尼西亚，马来西亚，南非，越南"),
        organ("大会，"),
        pre("认识到", "探索和利用外层空间是全人类的共同利益所在，应为所有国家谋福利，", b=True),
        pre("回顾", "《关于各国探索和利用包括月球和其他天体在内外层空间活动的原则条约》（《外层空间条约》），", b=True),
        pre("又回顾", "其2024年12月2日第79/22号决议，", b=True),
        pre("关切地注意到", "反卫星武器试验产生的空间碎片对所有国家的空间资产构成威胁，", b=True,
            font="Times New Roman",
            faults=[F("fonts-mixed",
                      '"关切地注意到反卫星武器试验产生的空间碎片" - the paragraph, pasted from an English document, keeps '
                      "Times New Roman as the font of its Chinese text while the rest of the body is in 宋体; expected "
                      "«宋体» like the other clauses (MUN-F08)")]),
        pre("强调", "透明度和建立信任措施的重要性，", b=True),
        op("吁请", "所有国家，特别是具有重大空间能力的国家，不在外层空间部署武器；", num=(1, 0), b=True),
        op("促请", "各国不进行具有破坏性的直接上升式反卫星导弹试验；", num=(1, 0), b=True),
        op("鼓励", "各国通过以下方式加强透明度：", num=(1, 0), b=True),
        sub("定期交流本国空间政策和军事空间开支的信息；", num=(1, 1)),
        sub("事先通报可能影响他国空间物体的活动，包括：", num=(1, 1)),
        sub("发射计划；", num=(1, 2)),
        sub("轨道机动和再入；", num=(1, 2)),
        op("请", "秘书长就本决议的执行情况向大会第八十一届会议提交报告；", num=(1, 0), b=True),
        op("决定", "将题为“防止外层空间军备竞赛”的项目列入大会第八十一届会议临时议程。", num=(1, 0), b=True),
    ])

ZH06 = Draft(
    "zh-06-wps-fangsong-gb2312-csw-rural-women-digital-yi-labels", "wps", "zh-CN", "仿宋_GB2312", 28,
    Lists([("multilevel", WPS_CHINESE)], [(0, {})]),
    [
        title("决议草案"),
        field_line("委员会：", "妇女地位委员会"),
        field_line("议题：", "缩小农村妇女和女童面临的数字鸿沟"),
        field_line("起草国：", "卢旺达、印度、哥伦比亚"),
        field_line("附议国：", "孟加拉国、加纳、危地马拉、尼泊尔、菲律宾"),
        organ("妇女地位委员会，"),
        pre("回顾", "《北京宣言》和《行动纲要》以及委员会第六十七届会议关于数字时代性别平等的商定结论，", u=True),
        pre("注意到", "在最不发达国家，使用互联网的妇女比例明显低于男子。", u=True,
            faults=[F("preambular-end-mark",
                      '"使用互联网的妇女比例明显低于男子。" - the preambular clause ends with a full stop; expected '
                      "«明显低于男子，» (ZH-B02, ZH-B05)")]),
        pre("认识到", "数字技能可以帮助农村妇女获得市场信息、金融服务和远程教育，", u=True),
        pre("欢迎", "国际电信联盟开展的“数字领域女性”倡议，", u=True),
        op("敦促", "各国政府将性别视角纳入国家数字发展战略；", num=(1, 0), u=True,
           faults=[F("numbering",
                     '"一、敦促各国政府将性别视角纳入" - the operative clause is numbered "一、" by WPS\'s Chinese list; '
                     "expected «1.» (ZH-B03, UN-B07)")]),
        op("鼓励", "各会员国为农村妇女提供负担得起的互联网接入：", num=(1, 0), u=True,
           faults=[F("numbering", '"二、鼓励各会员国为农村妇女提供" - numbered "二、"; expected «2.» (ZH-B03, UN-B07)')]),
        sub("在农村社区建立公共数字服务中心；", num=(1, 1),
            faults=[F("sub-clause-label",
                      '"（一）在农村社区建立公共数字服务中心；" - the sub-clause is labelled "（一）"; sub-clauses take '
                      "letters: «(a)» (ZH-B04, UN-B10)")]),
        sub("为低收入妇女提供智能手机补贴；", num=(1, 1),
            faults=[F("sub-clause-label",
                      '"（二）为低收入妇女提供智能手机补贴；" - labelled "（二）"; expected «(b)» (ZH-B04, UN-B10)')]),
        op("呼吁", "私营部门和民间社会为农村妇女开展数字技能培训；", num=(1, 0), u=True,
           faults=[F("numbering", '"三、呼吁私营部门和民间社会" - numbered "三、"; expected «3.» (ZH-B03, UN-B07)')]),
        op("请", "联合国妇女署在委员会第七十一届会议上报告本决议的执行情况。", num=(1, 0), u=True,
           faults=[F("numbering", '"四、请联合国妇女署在委员会第七十一届会议上" - numbered "四、"; expected «4.» '
                                  "(ZH-B03, UN-B07)")]),
    ],
    title_font="方正小标宋简体")

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, ZH06]


# ---------------------------------------------------------------- annotations and checks


def para_text(p: P) -> str:
    return "".join(r.text for r in p.runs)


def check_quotes() -> None:
    """Every "…" quoted in a note (after the label the list shows is taken off) is in its paragraph."""
    for d in DRAFTS:
        for p, lab in zip(d.paras, labels(d.paras, d.lists)):
            text = lab + para_text(p)
            for f in p.faults:
                for q in re.findall(r'"([^"]+)"', f.note):
                    if q in text or len(q) <= 4:  # a label another paragraph shows ("4.", "3.")
                        continue
                    # quotes of the heading block name several lines
                    if " / " in q or "…" in q:
                        continue
                    raise SystemExit(f"{d.name}: quote {q!r} not in paragraph {text!r}")


def annotations() -> str:
    head = ("# word-blind64: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
            "drafter.\n# paragraph = 1-based index of the body's w:p; list labels in notes are the ones Word/WPS "
            "shows (computed by make_drafts.labels, checked on the LibreOffice rendering).\n")
    data = {}
    for d in DRAFTS:
        faults = []
        for i, p in enumerate(d.paras, 1):
            for f in p.faults:
                faults.append({"paragraph": i, "kind": f.kind, "note": f.note})
        data[f"{d.name}.docx"] = {"faults": faults}
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    check_quotes()
    if "--list" in argv:
        for d in DRAFTS:
            print(f"== {d.name} ({len(d.paras)} paragraphs)")
            for i, (p, lab) in enumerate(zip(d.paras, labels(d.paras, d.lists)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {lab:5} {para_text(p)[:60]} {marks}")
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
