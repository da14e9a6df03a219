"""The Word drafts of the fourth Chinese held-out set (``holdout-zh4``): lists made the ways students make them.

    python bench/students/holdout-zh4/make_drafts.py [--list]

Writes ``zh-06`` … ``zh-10`` beside this script. Text and runs with python-docx; the list definitions
(numbering.xml) are written here with lxml: WPS's "%1、" in chineseCounting (一、二、), "第%1条" in chineseCounting
(第一条), ideographTraditional "（%2）" sub-levels (（甲）（乙）), decimal "（%2）" sub-levels, a first clause typed
"一、" by hand before Word's own "%1." list, and a second list (another abstract list) that starts again at 1.
Each run carries an East Asian and a Latin font; a few runs were "pasted" in another East Asian font. Preambular
leads are underlined, operative leads italic (ZH-B02/B03).

``--list`` prints each paragraph with the label Word shows, computed by this script's own small model of Word's
counting (not by drafter); the number in front is the paragraph number ``annotations.yaml`` uses.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from lxml import etree

HERE = Path(__file__).resolve().parent
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CHINESE_DIGITS = "一二三四五六七八九十"
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"


def wtag(tag: str) -> str:
    """A qualified WordprocessingML tag name."""
    return f"{{{WNS}}}{tag}"


@dataclass(frozen=True)
class ListLevel:
    """One level of an abstract list: Word's number format and the level text."""

    number_format: str  # decimal, lowerLetter, chineseCounting, ideographTraditional
    level_text: str


@dataclass
class WordLists:
    """Abstract lists (abstractNumId -> levels) and list instances (numId -> abstractNumId)."""

    abstract_lists: dict[int, list[ListLevel]]
    instances: dict[int, int] = field(default_factory=dict)

    def write_into(self, numbering_root: Any) -> None:
        """Replace the numbering part's content with these lists."""
        for child in list(numbering_root):
            numbering_root.remove(child)
        for abstract_id, levels in self.abstract_lists.items():
            abstract = etree.SubElement(numbering_root, wtag("abstractNum"), {wtag("abstractNumId"): str(abstract_id)})
            etree.SubElement(abstract, wtag("multiLevelType"), {wtag("val"): "hybridMultilevel"})
            for depth, level in enumerate(levels):
                lvl = etree.SubElement(abstract, wtag("lvl"), {wtag("ilvl"): str(depth)})
                etree.SubElement(lvl, wtag("start"), {wtag("val"): "1"})
                etree.SubElement(lvl, wtag("numFmt"), {wtag("val"): level.number_format})
                etree.SubElement(lvl, wtag("lvlText"), {wtag("val"): level.level_text})
                etree.SubElement(lvl, wtag("lvlJc"), {wtag("val"): "left"})
                ppr = etree.SubElement(lvl, wtag("pPr"))
                etree.SubElement(ppr, wtag("ind"), {wtag("left"): str(440 * (depth + 1)), wtag("hanging"): "440"})
        for num_id, abstract_id in self.instances.items():
            num = etree.SubElement(numbering_root, wtag("num"), {wtag("numId"): str(num_id)})
            etree.SubElement(num, wtag("abstractNumId"), {wtag("val"): str(abstract_id)})


@dataclass(frozen=True)
class Run:
    """A run of text: emphasis ("u" underline, "i" italic, "" none) and an East Asian font other than the draft's."""

    text: str
    emphasis: str = ""
    east_asian_font: str | None = None


@dataclass
class Paragraph:
    runs: list[Run]
    numbering: tuple[int, int] | None = None  # (numId, ilvl)
    centred: bool = False


def line(text: str, numbering: tuple[int, int] | None = None, centred: bool = False) -> Paragraph:
    """A paragraph of one plain run."""
    return Paragraph([Run(text)], numbering, centred)


def preamble(lead: str, rest: str, pasted_font: str | None = None) -> Paragraph:
    """A preambular paragraph with its lead underlined (the rest optionally pasted in another font)."""
    return Paragraph([Run(lead, "u"), Run(rest, "", pasted_font)])


def clause(lead: str, rest: str, numbering: tuple[int, int] | None, before: str = "",
           pasted_font: str | None = None) -> Paragraph:
    """An operative paragraph with its lead in italics; ``before`` is plain text typed ahead of the lead."""
    runs = [Run(before)] if before else []
    return Paragraph(runs + [Run(lead, "i"), Run(rest, "", pasted_font)], numbering)


@dataclass
class WordDraft:
    name: str
    lists: WordLists
    paragraphs: list[Paragraph]
    fonts: tuple[str, str] = ("宋体", "Times New Roman")


def zh06() -> WordDraft:
    """GA First Committee, outer space (WPS): operative list "%1、" in chineseCounting, heading aligned with
    full-width spaces, one preambular paragraph pasted in 微软雅黑, a treaty named without 《》."""
    lists = WordLists({1: [ListLevel("chineseCounting", "%1、"), ListLevel("lowerLetter", "(%2)")]}, {1: 1})
    return WordDraft("zh-06-ga1-outer-space-wps", lists, [
        line("决议草案", centred=True),
        line("委　员　会：大会第一委员会"),
        line("议　　　题：防止外层空间军备竞赛"),
        line("起　草　国：中国、巴西、南非"),
        line("附　议　国：阿尔及利亚、古巴、印度尼西亚、哈萨克斯坦、缅甸、斯里兰卡"),
        line("大会，"),
        preamble("重申", "探索和利用外层空间应为所有国家谋福利和利益，"),
        preamble("回顾", "1967年外层空间条约确立的和平利用外层空间原则，"),
        preamble("深为关切", "外层空间武器化的风险日益上升，", pasted_font="微软雅黑"),
        preamble("认识到", "现有国际法律文书不足以防止外层空间军备竞赛，"),
        clause("呼吁", "所有国家，特别是具有重要空间能力的国家，积极促进和平利用外层空间的目标；", (1, 0)),
        clause("敦促", "各国：", (1, 0)),
        line("不在外层空间部署任何武器；", (1, 1)),
        line("不对外层空间物体使用或威胁使用武力；", (1, 1)),
        clause("鼓励", "各国在自愿基础上采取透明和建立信任措施；", (1, 0)),
        clause("请", "秘书长就本决议的执行情况向大会第八十一届会议提交报告；", (1, 0)),
        clause("决定", "将题为“防止外层空间军备竞赛”的项目列入第八十一届会议临时议程。", (1, 0)),
    ])


def zh07() -> WordDraft:
    """World Health Assembly, road safety (Macau, traditional): sub-clauses from an ideographTraditional level
    "（%2）" (（甲）（乙）), a preambular paragraph ending with "；", a clause pasted twice."""
    lists = WordLists({1: [ListLevel("decimal", "%1."), ListLevel("ideographTraditional", "（%2）")]}, {1: 1})
    return WordDraft("zh-07-wha-road-safety-macau-trad", lists, [
        line("決議草案", centred=True),
        line("委員會：世界衞生大會"),
        line("議題：加強道路交通安全"),
        line("起草國：葡萄牙、莫桑比克、巴西"),
        line("附議國：安哥拉、佛得角、東帝汶、馬來西亞、泰國、瑞典"),
        line("世界衞生大會，"),
        preamble("回顧", "聯合國大會關於改善全球道路安全的第74/299號決議，"),
        preamble("深切關注", "道路交通傷害是全球五至二十九歲人群死亡的首要原因；"),
        preamble("認識到", "道路交通死亡中超過九成發生在低收入和中等收入國家，"),
        preamble("歡迎", "《2021-2030年道路安全行動十年全球計劃》的發布，"),
        clause("敦促", "各會員國：", (1, 0)),
        line("制定並執行關於超速、酒後駕駛和使用安全帶的法律；", (1, 1)),
        line("加強道路交通事故後的緊急醫療服務；", (1, 1)),
        clause("鼓勵", "各會員國改善行人、騎自行車者和摩托車駕駛者的道路基礎設施；", (1, 0)),
        clause("請", "總幹事向會員國提供技術支持，協助其收集和分析道路交通傷害數據；", (1, 0)),
        clause("鼓勵", "各會員國改善行人、騎自行車者和摩托車駕駛者的道路基礎設施；", (1, 0)),
        clause("決定", "在第八十一屆世界衞生大會上審議本決議的執行情況。", (1, 0)),
    ], fonts=("新細明體", "Times New Roman"))


def zh08() -> WordDraft:
    """Security Council, eastern DR Congo: clauses numbered "第%1条" (chineseCounting), sub-clauses "（%2）" in
    decimal, an operative clause that opens with 关于 instead of its verb."""
    lists = WordLists({1: [ListLevel("chineseCounting", "第%1条"), ListLevel("decimal", "（%2）")]}, {1: 1})
    return WordDraft("zh-08-sc-drc-east-articles", lists, [
        line("决议草案", centred=True),
        line("委员会：安全理事会"),
        line("议题：刚果民主共和国东部局势"),
        line("起草国：法国、加蓬、莫桑比克"),
        line("附议国：厄瓜多尔、加纳、日本、马耳他、瑞士"),
        line("安全理事会，"),
        preamble("回顾", "其以往关于刚果民主共和国的各项决议和主席声明，"),
        preamble("重申", "对刚果民主共和国主权、独立、统一和领土完整的坚定承诺，"),
        preamble("严重关切", "刚果民主共和国东部武装团体的活动导致的人道主义危机，"),
        preamble("强调", "区域各国必须停止对武装团体的一切支持，"),
        clause("强烈谴责", "“3月23日运动”等武装团体对平民的攻击；", (1, 0)),
        clause("要求", "所有武装团体立即停止暴力，放下武器并解除动员；", (1, 0)),
        clause("决定", "将第1533(2004)号决议规定的措施延长至2026年7月1日；", (1, 0), before="关于制裁措施，安理会"),
        clause("请", "秘书长：", (1, 0)),
        line("继续通过联刚稳定团支持刚果民主共和国政府的保护平民工作；", (1, 1)),
        line("每三个月向安理会报告东部的安全和人道主义局势；", (1, 1)),
        clause("决定", "继续积极处理此案。", (1, 0)),
    ])


def zh09() -> WordDraft:
    """ECOSOC, food loss and waste: the first clause typed "一、" by hand, the rest in Word's "%1." list (which
    shows "1." on the second clause), half-width commas, one clause pasted in 楷体."""
    lists = WordLists({1: [ListLevel("decimal", "%1."), ListLevel("lowerLetter", "(%2)")]}, {1: 1})
    return WordDraft("zh-09-ecosoc-food-waste-typed-first", lists, [
        line("决议草案", centred=True),
        line("委员会：经济及社会理事会"),
        line("议题：减少粮食损失和浪费"),
        line("起草国：意大利、肯尼亚、泰国"),
        line("附议国：阿根廷、孟加拉国、法国、加纳、秘鲁、乌克兰"),
        line("经济及社会理事会，"),
        preamble("回顾", "《2030年可持续发展议程》中关于到2030年将零售和消费环节的全球人均粮食浪费减半的具体目标12.3，"),
        preamble("注意到", "全球每年约有三分之一的粮食在生产和消费过程中损失或浪费,而同时有七亿多人面临饥饿，"),
        preamble("认识到", "减少粮食损失和浪费有助于减少温室气体排放，"),
        clause("鼓励", "各会员国制定减少粮食损失和浪费的国家战略；", None, before="一、"),
        clause("呼吁", "各会员国投资于冷链、仓储和运输基础设施,特别是在发展中国家的农村地区；", (1, 0)),
        clause("邀请", "私营部门和民间社会参与粮食捐赠和再分配；", (1, 0), pasted_font="楷体"),
        clause("请", "粮农组织和联合国环境规划署向会员国提供技术援助；", (1, 0)),
        clause("决定", "在下届会议上审议本决议的执行情况。", (1, 0)),
    ])


def zh10() -> WordDraft:
    """Human Rights Council, climate change: no 附议国 line, a convention named without 《》, one paragraph with a
    run pasted in 黑体, and clauses 4-6 in a second list (another abstract list) that starts again at "1."."""
    decimal = [ListLevel("decimal", "%1."), ListLevel("lowerLetter", "(%2)")]
    lists = WordLists({1: decimal, 2: list(decimal)}, {1: 1, 2: 2})
    return WordDraft("zh-10-hrc-climate-second-list", lists, [
        line("决议草案", centred=True),
        line("委员会：人权理事会"),
        line("议题：气候变化与人权"),
        line("起草国：孟加拉国、菲律宾、越南、马尔代夫"),
        line("人权理事会，"),
        preamble("回顾", "联合国气候变化框架公约和《巴黎协定》，"),
        preamble("确认", "气候变化的不利影响对有效享有各项人权构成直接和间接的威胁，"),
        preamble("深为关切", "小岛屿发展中国家和最不发达国家的人民受到的影响尤为严重，", pasted_font="黑体"),
        preamble("注意到", "人权事务高级专员办事处关于气候变化与人权的分析研究，"),
        clause("呼吁", "各国在应对气候变化的行动中尊重、促进和考虑其各自的人权义务；", (1, 0)),
        clause("鼓励", "各国将人权观点纳入国家适应计划和国家自主贡献；", (1, 0)),
        clause("邀请", "各国和联合国各机构加强对受气候变化影响最严重者的保护；", (1, 0)),
        clause("请", "高级专员办事处就气候变化对儿童权利的影响举办一次闭会期间小组讨论会；", (2, 0)),
        clause("还请", "秘书长向理事会下届会议提交关于本决议执行情况的报告；", (2, 0)),
        clause("决定", "继续审议这一问题。", (2, 0)),
    ])


def word_drafts() -> list[WordDraft]:
    return [zh06(), zh07(), zh08(), zh09(), zh10()]


def build(draft: WordDraft) -> Any:
    """The python-docx document of a draft."""
    document = Document()
    draft.lists.write_into(document.part.numbering_part.element)
    for spec in draft.paragraphs:
        paragraph = document.add_paragraph()
        if spec.centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for piece in spec.runs:
            run = paragraph.add_run(piece.text)
            run.underline = True if piece.emphasis == "u" else None
            run.italic = True if piece.emphasis == "i" else None
            fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
            fonts.set(qn("w:eastAsia"), piece.east_asian_font or draft.fonts[0])
            fonts.set(qn("w:ascii"), draft.fonts[1])
            fonts.set(qn("w:hAnsi"), draft.fonts[1])
        if spec.numbering is not None:
            num_pr = etree.Element(wtag("numPr"))
            etree.SubElement(num_pr, wtag("ilvl"), {wtag("val"): str(spec.numbering[1])})
            etree.SubElement(num_pr, wtag("numId"), {wtag("val"): str(spec.numbering[0])})
            paragraph._p.get_or_add_pPr().insert(0, num_pr)
    return document


def shown_number(value: int, number_format: str) -> str:
    """How Word writes ``value`` in ``number_format`` (the values these drafts reach)."""
    if number_format == "decimal":
        return str(value)
    if number_format == "lowerLetter":
        return "abcdefghij"[value - 1]
    if number_format == "chineseCounting":
        return CHINESE_DIGITS[value - 1]
    if number_format == "ideographTraditional":
        return HEAVENLY_STEMS[value - 1]
    raise ValueError(number_format)


def shown_labels(draft: WordDraft) -> list[str]:
    """The label Word shows on each paragraph: a counter per abstract list; a deeper level restarts under a
    shallower one."""
    counters: dict[int, list[int]] = {}
    labels = []
    for spec in draft.paragraphs:
        if spec.numbering is None:
            labels.append("")
            continue
        num_id, depth = spec.numbering
        abstract_id = draft.lists.instances[num_id]
        levels = draft.lists.abstract_lists[abstract_id]
        counter = counters.setdefault(abstract_id, [0] * len(levels))
        counter[depth] += 1
        for deeper in range(depth + 1, len(counter)):
            counter[deeper] = 0
        text = levels[depth].level_text
        for level in range(depth + 1):
            text = text.replace(f"%{level + 1}", shown_number(max(counter[level], 1), levels[level].number_format))
        labels.append(text)
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print each paragraph with the label Word shows")
    args = parser.parse_args()
    for draft in word_drafts():
        path = HERE / f"{draft.name}.docx"
        build(draft).save(str(path))
        if args.list:
            print(f"== {path.name}")
            for index, (spec, label) in enumerate(zip(draft.paragraphs, shown_labels(draft), strict=True), start=1):
                print(f"{index:3} {label or '-':>6}  {''.join(piece.text for piece in spec.runs)[:48]}")
    print(f"{len(word_drafts())} drafts written to {HERE}")


if __name__ == "__main__":
    main()
