"""The Word drafts of the written Chinese held-out set: numbering from Word lists, East Asian fonts on every run.

    python bench/students/holdout-zh2/make_drafts.py [--list]

Writes ``zh-04``, ``zh-06``, ``zh-08``, ``zh-09`` and ``zh-10`` beside this script with python-docx and a raw
numbering.xml (decimal, lowerLetter, lowerRoman and chineseCounting levels; lvlText "%1.", "%1、", "(%2)",
"（%2）", "%2)"; a second instance of a list that restarts; numbering through paragraph styles linked to a
numbering style). Every run carries ``w:eastAsia`` and ``w:ascii`` fonts. ``--list`` prints every paragraph with
the label Word shows, computed here from the numbering written (not by drafter); the index is the paragraph
number ``annotations.yaml`` uses. The drafts were written, and their faults annotated, before drafter ran on them.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
BODY_FONTS = ("宋体", "Times New Roman")  # (eastAsia, ascii/hAnsi)


# -- numbering.xml ------------------------------------------------------------------------------------

@dataclass
class Level:
    fmt: str  # decimal, lowerLetter, lowerRoman, chineseCounting
    text: str  # lvlText, e.g. "%1." or "（%2）"
    indent: int = 0  # left indent in twips; 0: 420 per level


def lvl_xml(ilvl: int, level: Level) -> str:
    left = level.indent or 420 * (ilvl + 1)
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{level.fmt}"/>'
            f'<w:lvlText w:val="{level.text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="420"/></w:pPr></w:lvl>')


@dataclass
class Numbering:
    """Abstract lists (id -> levels, optional styleLink / numStyleLink) and their instances (numId -> abstract)."""
    abstracts: dict[int, list[Level]] = field(default_factory=dict)
    style_link: dict[int, str] = field(default_factory=dict)  # abstract id -> numbering style it defines
    num_style_link: dict[int, str] = field(default_factory=dict)  # abstract id -> numbering style it uses
    nums: dict[int, int] = field(default_factory=dict)
    restarts: dict[int, dict[int, int]] = field(default_factory=dict)  # numId -> {ilvl: startOverride}

    def xml(self) -> str:
        parts = []
        for aid, levels in self.abstracts.items():
            extra = ""
            if aid in self.style_link:
                extra = f'<w:styleLink w:val="{self.style_link[aid]}"/>'
            if aid in self.num_style_link:
                extra = f'<w:numStyleLink w:val="{self.num_style_link[aid]}"/>'
            body = "".join(lvl_xml(i, level) for i, level in enumerate(levels))
            parts.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{0x5A480000 + aid:08X}"/>'
                         f'<w:multiLevelType w:val="hybridMultilevel"/>{extra}{body}</w:abstractNum>')
        for num_id, aid in self.nums.items():
            overrides = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                                for i, v in self.restarts.get(num_id, {}).items())
            parts.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>')
        return "".join(parts)


CLAUSES = [Level("decimal", "%1."), Level("lowerLetter", "(%2)"), Level("lowerRoman", "(%3)")]
CLAUSES_FULLWIDTH = [Level("decimal", "%1."), Level("lowerLetter", "（%2）"), Level("lowerRoman", "（%3）")]
CLAUSES_ROMAN_SUB = [Level("decimal", "%1."), Level("lowerRoman", "%2)"), Level("lowerLetter", "%3)")]
CHINESE_CLAUSES = [Level("chineseCounting", "%1、"), Level("lowerLetter", "%2)")]
# a letter list of its own, indented by hand to sit under the clauses (level 0, as students make it)
LETTERS = [Level("lowerLetter", "%1)", indent=840), Level("lowerRoman", "%2)", indent=1260)]


# -- paragraphs ---------------------------------------------------------------------------------------

@dataclass
class Para:
    runs: list[tuple[str, str]]  # (text, emphasis: "u" underline, "i" italic, "" none)
    numbered: tuple[int, int] | None = None  # (numId, ilvl) set on the paragraph
    style: str | None = None
    fonts: tuple[str, str] = BODY_FONTS
    centred: bool = False


def line(text: str, centred: bool = False) -> Para:
    return Para([(text, "")], centred=centred)


def pre(lead: str, rest: str, emphasis: str = "u", style: str | None = None,
        fonts: tuple[str, str] = BODY_FONTS) -> Para:
    """A preambular paragraph, its lead underlined (ZH-B02) unless told otherwise."""
    return Para([(lead, emphasis), (rest, "")], style=style, fonts=fonts)


def op(lead: str, rest: str, numbered: tuple[int, int] | None = None, style: str | None = None,
       emphasis: str = "i", typed: str = "") -> Para:
    """An operative paragraph, its lead italic (ZH-B03) unless told otherwise; ``typed`` a label typed by hand."""
    runs = [(typed, "")] if typed else []
    return Para(runs + [(lead, emphasis), (rest, "")], numbered, style)


def sub(text: str, numbered: tuple[int, int] | None = None, style: str | None = None) -> Para:
    return Para([(text, "")], numbered, style)


def heading(committee: str, topic: str, sponsors: str, signatories: str, title: str = "决议草案",
            colon: str = "：") -> list[Para]:
    return [line(title, centred=True), line(f"委员会{colon}{committee}"), line(f"议题{colon}{topic}"),
            line(f"起草国{colon}{sponsors}"), line(f"附议国{colon}{signatories}")]


# -- the drafts ---------------------------------------------------------------------------------------

@dataclass
class Draft:
    name: str
    numbering: Numbering
    paragraphs: list[Para]
    styles: str = ""  # extra w:style elements


def zh04() -> Draft:
    """World Health Assembly, antimicrobial resistance: nearly clean (one missing pair of 《》)."""
    numbering = Numbering({1: CLAUSES}, nums={1: 1})
    return Draft("zh-04-wha-antimicrobial-resistance", numbering, [
        *heading("世界卫生大会", "抗微生物药物耐药性", "泰国、英国、加纳", "越南、荷兰、肯尼亚、阿根廷",
                 title="决议草案 1.1"),
        line("世界卫生大会，"),
        pre("回顾", "《世界卫生组织组织法》以及关于抗微生物药物耐药性全球行动计划的WHA68.7号决议，"),
        pre("深为关切", "耐药感染每年在全球直接造成一百多万人死亡，且这一数字仍在上升，"),
        pre("认识到", "“同一健康”方针对于应对抗微生物药物耐药性的重要性，"),
        pre("注意到", "国际卫生条例(2005)在监测和通报新出现的耐药病原体方面的作用，"),
        op("敦促", "各会员国：", (1, 0)),
        sub("更新并执行抗微生物药物耐药性国家行动计划；", (1, 1)),
        sub("加强对人用和兽用抗菌药物处方与销售的管理；", (1, 1)),
        op("鼓励", "各会员国在畜牧业中逐步停止将医学上重要的抗菌药物用作生长促进剂；", (1, 0)),
        op("请", "总干事向第八十一届世界卫生大会报告本决议的执行进展。", (1, 0)),
    ])


def zh06() -> Draft:
    """ECOSOC, the digital divide: half-width colons in the heading, no organ line, a second list that restarts."""
    numbering = Numbering({1: CLAUSES}, nums={1: 1, 2: 1}, restarts={2: {0: 1}})
    return Draft("zh-06-ecosoc-digital-divide", numbering, [
        *heading("经济及社会理事会", "弥合数字鸿沟，促进包容性发展", "印度、卢旺达、爱沙尼亚",
                 "新加坡、智利、肯尼亚、芬兰、孟加拉国", colon=":"),
        pre("认识到", "信息和通信技术是实现《2030年可持续发展议程》的关键推动力；"),
        pre("关切地注意到", "全球仍有约二十六亿人无法使用互联网，其中大多数生活在最不发达国家；"),
        pre("强调", "缩小性别数字鸿沟对于妇女和女童经济赋权的重要性，"),
        op("鼓励", "各会员国将数字基础设施建设纳入国家发展战略；", (1, 0)),
        op("呼吁", "国际金融机构为发展中国家的宽带建设提供优惠融资，并：", (1, 0)),
        sub("优先支持偏远和农村地区的网络接入；", (1, 1)),
        sub("帮助降低移动数据资费；", (1, 1)),
        op("请", "国际电信联盟与联合国开发计划署合作，为发展中国家开展数字技能培训；", (1, 0)),
        op("邀请", "私营部门通过公私合作项目参与数字基础设施建设；", (2, 0)),
        op("决定", "在下届会议上审议本决议的执行情况。", (2, 0)),
    ])


def zh08() -> Draft:
    """GA Second Committee, food security: a typed "3." among Word's numbers, a paragraph pasted in other fonts."""
    numbering = Numbering({1: CLAUSES_ROMAN_SUB}, nums={1: 1})
    pasted = Para([("注意到", "u"), ("联合国粮食及农业组织发布的《世界粮食安全和营养状况》报告中关于"
                                      "全球约七亿人面临饥饿的结论，", "")], fonts=("微软雅黑", "Arial"))
    return Draft("zh-08-ga2-food-security", numbering, [
        *heading("大会第二委员会（经济和金融委员会）", "农业发展、粮食安全和营养", "埃塞俄比亚、巴西、法国",
                 "印度、埃及、危地马拉、意大利、秘鲁"),
        line("大会，"),
        pre("回顾", "《2030年可持续发展议程》，特别是关于消除饥饿的可持续发展目标2，"),
        pre("深为关切", "冲突、气候变化和经济冲击,使全球面临严重粮食不安全的人数持续上升，"),
        pre("确认", "小农、特别是女性农民在保障粮食安全和营养方面的关键作用，"),
        pasted,
        op("呼吁", "各会员国增加对农业研究和农村基础设施的公共投资；", (1, 0)),
        op("鼓励", "各国采取措施减少粮食损失和浪费，包括：", (1, 0)),
        sub("改善储存、加工和冷链设施；", (1, 1)),
        sub("推动零售和消费环节的减少浪费措施；", (1, 1)),
        op("敦促", "各国避免采取扭曲农产品贸易的出口限制措施；", typed="3. "),
        op("请", "粮农组织、农发基金和粮食署加强协作，支持各国制定粮食系统转型路径；", (1, 0)),
        op("决定", "在大会第八十一届会议上继续审议此项目。", (1, 0)),
    ])


def zh09() -> Draft:
    """Security Council, South Sudan: 一、 labels from a chineseCounting list, a second sub-list that continues."""
    numbering = Numbering({1: CHINESE_CLAUSES, 2: LETTERS}, nums={1: 1, 2: 2, 3: 2})
    return Draft("zh-09-sc-south-sudan", numbering, [
        *heading("安全理事会", "南苏丹局势与联合国南苏丹特派团", "美国、英国、挪威", "肯尼亚、加纳、日本、马耳他"),
        line("安全理事会，"),
        pre("回顾", "其以往关于南苏丹的各项决议和主席声明，"),
        pre("重申", "对南苏丹主权、独立、领土完整和国家统一的坚定承诺，", emphasis=""),
        pre("严重关切", "南苏丹境内持续的族群间暴力和严重的粮食不安全状况，"),
        pre("欢迎", "《解决南苏丹共和国冲突重振协议》各方在过渡安排方面取得的进展，"),
        op("要求", "各方立即全面执行停火；", (1, 0)),
        op("决定", "将联合国南苏丹特派团的任务期限延长至2027年4月30日，并授权特派团：", (1, 0)),
        sub("保护平民，特别是妇女和儿童；", (2, 0)),
        sub("为人道主义援助的提供创造有利条件；", (2, 0)),
        op("促请", "南苏丹过渡政府如期举行自由、公正的选举。并请秘书长为选举提供必要的技术援助；", (1, 0)),
        op("请", "秘书长每九十天向安理会报告一次：", (1, 0), emphasis=""),
        sub("本决议的执行情况；", (3, 0)),
        sub("特派团完成任务的情况；", (3, 0)),
        op("决定", "继续积极处理此案。", (1, 0)),
    ])


ZH10_STYLES = f"""
<w:style w:type="numbering" w:styleId="ZhList" {NS}><w:name w:val="Zh List"/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ZhClause" {NS}><w:name w:val="Zh Clause"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ZhSubClause" {NS}><w:name w:val="Zh Sub Clause"/>
  <w:basedOn w:val="ZhClause"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>"""


def zh10() -> Draft:
    """UNESCO, intangible heritage: style-linked numbering that also numbers one preambular paragraph."""
    numbering = Numbering({1: CLAUSES_FULLWIDTH, 2: []}, style_link={1: "ZhList"}, num_style_link={2: "ZhList"},
                          nums={1: 1, 2: 2})
    clause, subclause = "Zh Clause", "Zh Sub Clause"
    return Draft("zh-10-unesco-intangible-heritage", numbering, [
        *heading("联合国教育、科学及文化组织大会", "保护非物质文化遗产与可持续发展", "大韩民国、秘鲁、摩洛哥",
                 "中国、墨西哥、塞内加尔、意大利、印度尼西亚", title="决议草案 1.1"),
        line("大会，"),
        pre("回顾", "联合国教科文组织2003年通过的保护非物质文化遗产公约，"),
        pre("认识到", "非物质文化遗产在增强社区认同和促进可持续发展方面的作用，", style=clause),
        pre("关切地注意到", "全球化、城市化和武装冲突对非物质文化遗产传承构成的威胁，"),
        op("鼓励", "各会员国将非物质文化遗产保护纳入国家发展规划；", style=clause),
        op("邀请", "各会员国支持社区、群体和个人参与遗产清单的编制，并：", style=clause),
        sub("尊重有关社区的知情同意；", style=subclause),
        sub("为清单编制提供必要的技术和资金支持；", style=subclause),
        op("请", "总干事加强对发展中国家的能力建设援助；", style=clause),
        op("请", "总干事加强对发展中国家的能力建设援助；", style=clause),
        op("决定", "在第四十四届会议上审查本决议的执行情况。", style=clause),
    ], styles=ZH10_STYLES)


def drafts() -> list[Draft]:
    return [zh04(), zh06(), zh08(), zh09(), zh10()]


# -- building -----------------------------------------------------------------------------------------

def _set_fonts(run: Any, fonts: tuple[str, str]) -> None:
    rfonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), fonts[0])
    rfonts.set(qn("w:ascii"), fonts[1])
    rfonts.set(qn("w:hAnsi"), fonts[1])


def build(draft: Draft) -> Any:
    """The python-docx document of a draft."""
    doc = Document()
    part = doc.part.numbering_part.element
    for child in list(part):
        part.remove(child)
    for child in parse_xml(f"<w:numbering {NS}>{draft.numbering.xml()}</w:numbering>"):
        part.append(child)
    if draft.styles:
        for style in parse_xml(f"<w:styles {NS}>{draft.styles}</w:styles>"):
            doc.styles.element.append(style)
    for spec in draft.paragraphs:
        para = doc.add_paragraph(style=spec.style)
        if spec.centred:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for text, emphasis in spec.runs:
            run = para.add_run(text)
            run.italic = "i" in emphasis or None
            run.underline = "u" in emphasis or None
            _set_fonts(run, spec.fonts)
        if spec.numbered is not None:
            num_id, level = spec.numbered
            numpr = parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
            ppr = para._p.get_or_add_pPr()
            style_el = ppr.find(qn("w:pStyle"))
            if style_el is not None:
                style_el.addnext(numpr)
            else:
                ppr.insert(0, numpr)
    return doc


# -- the labels Word shows (for --list; a small model of Word's counting, enough for these drafts) -----------

def _format(value: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(value)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[value - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][value - 1]
    if fmt == "chineseCounting":
        return "一二三四五六七八九十"[value - 1]
    raise ValueError(fmt)


def labels(draft: Draft) -> list[str]:
    """The label Word shows on each paragraph ("" when none)."""
    numbering = draft.numbering
    style_num = {"Zh Clause": (2, 0), "Zh Sub Clause": (2, 1)}
    counters: dict[int, list[int]] = {}
    started: set[int] = set()
    shown = []
    for spec in draft.paragraphs:
        numbered = spec.numbered or (style_num.get(spec.style or "") if draft.styles else None)
        if numbered is None:
            shown.append("")
            continue
        num_id, ilvl = numbered
        aid = numbering.nums[num_id]
        if aid in numbering.num_style_link:  # the list the numbering style defines
            aid = next(a for a, name in numbering.style_link.items() if name == numbering.num_style_link[aid])
        levels = numbering.abstracts[aid]
        count = counters.setdefault(aid, [0] * len(levels))
        if num_id not in started:
            started.add(num_id)
            for level, value in numbering.restarts.get(num_id, {}).items():
                count[level] = value - 1
        count[ilvl] += 1
        for deeper in range(ilvl + 1, len(count)):
            count[deeper] = 0
        text = levels[ilvl].text
        for level in range(ilvl + 1):
            text = text.replace(f"%{level + 1}", _format(max(count[level], 1), levels[level].fmt))
        shown.append(text)
    return shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print each paragraph with the label Word shows")
    args = parser.parse_args()
    for draft in drafts():
        path = HERE / f"{draft.name}.docx"
        build(draft).save(str(path))
        if args.list:
            print(f"== {path.name}")
            for index, (spec, label) in enumerate(zip(draft.paragraphs, labels(draft), strict=True), start=1):
                text = "".join(t for t, _ in spec.runs)
                print(f"{index:3} {label or '-':>6}  {text[:60]}")
    print(f"{len(drafts())} drafts written to {HERE}")


if __name__ == "__main__":
    main()
