"""The Word drafts of the third written Chinese held-out set: numbering from Word (or WPS) lists.

    python bench/students/holdout-zh3/make_drafts.py [--list]

Writes ``zh-03``, ``zh-04``, ``zh-06``, ``zh-09`` and ``zh-10`` beside this script: python-docx for the text and a
numbering.xml built with lxml (lists with decimal "%1." and "%1、", lowerLetter "(%2)" / "%2)", lowerRoman "%2.",
decimalEnclosedCircle "%2" (①②③) and bullet "●" levels). Every run carries East Asian and Latin fonts (宋体 /
Times New Roman; 新細明體 in the traditional draft); preambular leads underlined, operative leads italic
(ZH-B02/B03). ``--list`` prints each paragraph with the label Word shows, computed here by a small model of Word's
counting (not by drafter); the index is the paragraph number ``annotations.yaml`` uses.
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
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass(frozen=True)
class Level:
    fmt: str  # decimal, lowerLetter, lowerRoman, decimalEnclosedCircle, bullet
    text: str  # lvlText


@dataclass
class Lists:
    """Abstract lists (id -> levels) and their instances (numId -> abstract id)."""
    abstracts: dict[int, list[Level]]
    nums: dict[int, int] = field(default_factory=dict)

    def fill(self, root: Any) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            abstract = etree.SubElement(root, w("abstractNum"), {w("abstractNumId"): str(aid)})
            etree.SubElement(abstract, w("multiLevelType"), {w("val"): "hybridMultilevel"})
            for ilvl, level in enumerate(levels):
                lvl = etree.SubElement(abstract, w("lvl"), {w("ilvl"): str(ilvl)})
                etree.SubElement(lvl, w("start"), {w("val"): "1"})
                etree.SubElement(lvl, w("numFmt"), {w("val"): level.fmt})
                etree.SubElement(lvl, w("lvlText"), {w("val"): level.text})
                etree.SubElement(lvl, w("lvlJc"), {w("val"): "left"})
                ppr = etree.SubElement(lvl, w("pPr"))
                etree.SubElement(ppr, w("ind"), {w("left"): str(420 * (ilvl + 1)), w("hanging"): "420"})
        for num_id, aid in self.nums.items():
            num = etree.SubElement(root, w("num"), {w("numId"): str(num_id)})
            etree.SubElement(num, w("abstractNumId"), {w("val"): str(aid)})


@dataclass
class Para:
    runs: list[tuple[str, str]]  # (text, "u" underline / "i" italic / "")
    num: tuple[int, int] | None = None  # (numId, ilvl)
    centred: bool = False


def plain(text: str, num: tuple[int, int] | None = None, centred: bool = False) -> Para:
    return Para([(text, "")], num, centred)


def pre(lead: str, rest: str, num: tuple[int, int] | None = None) -> Para:
    return Para([(lead, "u"), (rest, "")], num)


def op(lead: str, rest: str, num: tuple[int, int] | None = None) -> Para:
    return Para([(lead, "i"), (rest, "")], num)


@dataclass
class Draft:
    name: str
    lists: Lists
    paras: list[Para]
    fonts: tuple[str, str] = ("宋体", "Times New Roman")


def zh03() -> Draft:
    """Security Council, terrorism in the Sahel: sub-clauses ①②③ from Word's enclosed-number level; an empty 附议国."""
    lists = Lists({1: [Level("decimal", "%1."), Level("decimalEnclosedCircle", "%2")]}, {1: 1})
    return Draft("zh-03-sc-sahel-terrorism", lists, [
        plain("决议草案", centred=True),
        plain("委员会：安全理事会"),
        plain("议题：萨赫勒地区的恐怖主义威胁"),
        plain("起草国：法国、尼日尔、塞拉利昂"),
        plain("附议国："),
        plain("安全理事会，"),
        pre("重申", "对马里、布基纳法索和尼日尔的主权、独立、统一和领土完整的坚定承诺，"),
        pre("严重关切", "萨赫勒地区的恐怖主义团体正在向几内亚湾沿岸国家扩散"),
        pre("认识到", "恐怖主义、跨国有组织犯罪和粮食不安全之间的相互关联，"),
        pre("强调", "各国在打击恐怖主义时必须遵守国际人权法和国际人道主义法，"),
        op("强烈谴责", "该地区发生的一切恐怖袭击；", (1, 0)),
        op("呼吁", "萨赫勒各国加强边境安全合作，包括：", (1, 0)),
        plain("建立联合巡逻机制；", (1, 1)),
        plain("交换关于外国恐怖主义战斗人员流动的情报；", (1, 1)),
        op("鼓励", "会员国和区域组织向萨赫勒国家提供能力建设援助；", (1, 0)),
        op("请", "秘书长：", (1, 0)),
        plain("评估恐怖主义活动对该地区人道主义局势的影响；", (1, 1)),
        plain("在一百二十天内就加强联合国的支持提出建议；", (1, 1)),
        plain("每六个月向安理会通报一次事态发展；", (1, 1)),
        op("决定", "继续积极处理此案。", (1, 0)),
    ])


def zh04() -> Draft:
    """ECOSOC, youth employment: correct throughout (negative control)."""
    lists = Lists({1: [Level("decimal", "%1."), Level("lowerLetter", "(%2)")]}, {1: 1})
    return Draft("zh-04-ecosoc-youth-employment", lists, [
        plain("决议草案 1.1", centred=True),
        plain("委员会：经济及社会理事会"),
        plain("议题：青年就业与体面工作"),
        plain("起草国：西班牙、突尼斯、印度尼西亚"),
        plain("附议国：阿根廷、博茨瓦纳、加拿大、约旦、越南、葡萄牙"),
        plain("经济及社会理事会，"),
        pre("回顾", "《2030年可持续发展议程》，特别是关于体面工作和经济增长的可持续发展目标8，"),
        pre("关切地注意到", "全球约有五分之一的青年既未就业，也未接受教育或培训，"),
        pre("认识到", "数字经济和绿色转型为青年创造了新的就业机会，"),
        pre("欢迎", "国际劳工组织关于青年就业的各项倡议，"),
        op("鼓励", "各会员国制定全面的国家青年就业战略，并：", (1, 0)),
        plain("将职业教育和培训与劳动力市场的需求相衔接；", (1, 1)),
        plain("为青年创业者提供小额信贷和指导服务；", (1, 1)),
        op("呼吁", "各会员国保障青年劳动者的社会保护和劳动权利；", (1, 0)),
        op("邀请", "私营部门扩大面向青年的学徒和实习项目；", (1, 0)),
        op("请", "秘书长在下届实质性会议上报告本决议的执行情况。", (1, 0)),
    ])


def zh06() -> Draft:
    """World Health Assembly, pandemics (Hong Kong, traditional): organ line with a colon, a sentence after 。, an
    operative clause pushed to level 1 so that Word shows "c)"."""
    lists = Lists({1: [Level("decimal", "%1."), Level("lowerLetter", "%2)")]}, {1: 1})
    return Draft("zh-06-wha-pandemic-hk-trad", lists, [
        plain("決議草案", centred=True),
        plain("委員會：世界衞生大會"),
        plain("議題：加強大流行病的預防、準備和應對"),
        plain("起草國：南非、印度尼西亞、智利"),
        plain("附議國：新加坡、哥斯達黎加、挪威、盧旺達、泰國"),
        plain("世界衞生大會："),
        pre("回顧", "《世界衞生組織組織法》及《國際衞生條例(2005)》，"),
        pre("深切關注", "2019冠狀病毒病大流行已造成逾七百萬人死亡。各國衞生系統因此承受巨大壓力，"),
        pre("認識到", "公平獲得疫苗、診斷工具和治療方法對於有效應對大流行病至關重要，"),
        pre("歡迎", "會員國就大流行病協定所進行的談判，"),
        op("敦促", "各會員國：", (1, 0)),
        plain("加強疾病監測和實驗室能力；", (1, 1)),
        plain("確保醫護人員獲得足夠的個人防護裝備；", (1, 1)),
        op("請", "總幹事在大流行病期間協調醫療物資的公平分配；", (1, 1)),
        op("鼓勵", "各會員國與私營部門合作，擴大區域疫苗生產能力；", (1, 0)),
        op("決定", "在第八十屆世界衞生大會上審議本決議的執行情況。", (1, 0)),
    ], fonts=("新細明體", "Times New Roman"))


def zh09() -> Draft:
    """UNESCO General Conference, ethics of AI: the preamble in a bulleted list, sub-clauses typed "(1)" "(2)"."""
    lists = Lists({1: [Level("decimal", "%1."), Level("lowerRoman", "%2.")], 2: [Level("bullet", "●")]},
                  {1: 1, 2: 2})
    return Draft("zh-09-unesco-ai-ethics", lists, [
        plain("决议草案", centred=True),
        plain("委员会：联合国教育、科学及文化组织大会"),
        plain("议题：人工智能伦理"),
        plain("起草国：智利、摩洛哥、斯洛文尼亚"),
        plain("附议国：巴西、爱沙尼亚、肯尼亚、马来西亚、墨西哥、乌拉圭"),
        plain("大会，"),
        pre("回顾", "2021年通过的《人工智能伦理问题建议书》，", (2, 0)),
        pre("认识到", "人工智能技术在教育、卫生和文化领域带来的机遇与风险，", (2, 0)),
        pre("关切地注意到", "各国在人工智能治理能力方面存在的巨大差距，", (2, 0)),
        op("鼓励", "各会员国根据《建议书》开展伦理影响评估，并：", (1, 0)),
        plain("(1) 制定或更新国家人工智能战略；"),
        plain("(2) 设立负责监督人工智能伦理问题的独立机构；"),
        op("请", "总干事继续开发准备状态评估方法并向有需要的国家提供技术援助；", (1, 0)),
        op("邀请", "学术界、民间社会和私营部门参与《建议书》的执行；", (1, 0)),
        op("决定", "在第四十四届会议上审查本决议的执行情况。", (1, 0)),
    ])


def zh10() -> Draft:
    """GA Third Committee, older persons (WPS list "1、"): every operative label "1、"; a title without 《》."""
    lists = Lists({1: [Level("decimal", "%1、"), Level("lowerLetter", "%2)")]}, {1: 1})
    return Draft("zh-10-ga3-older-persons", lists, [
        plain("决议草案", centred=True),
        plain("委员会：大会第三委员会"),
        plain("议题：老年人的权利"),
        plain("起草国：阿根廷、斯洛文尼亚、日本"),
        plain("附议国：奥地利、智利、哥斯达黎加、毛里求斯、葡萄牙、乌拉圭"),
        plain("大会，"),
        pre("回顾", "马德里老龄问题国际行动计划及其审查和评估进程，"),
        pre("注意到", "到2050年全世界六十岁及以上人口预计将达到二十一亿，"),
        pre("深为关切", "老年人在就业、医疗和数字服务等方面遭受的年龄歧视，"),
        pre("确认", "老年人对家庭、社区和社会作出的宝贵贡献，"),
        op("呼吁", "各会员国在国家立法中明确禁止基于年龄的歧视；", (1, 0)),
        op("鼓励", "各会员国：", (1, 0)),
        plain("扩大老年人获得长期护理服务的机会；", (1, 1)),
        plain("帮助老年人提高数字技能；", (1, 1)),
        op("请", "秘书长就加强保护老年人人权的各种备选方案编写一份报告；", (1, 0)),
        op("邀请", "各国家人权机构参与老龄问题不限成员名额工作组的工作；", (1, 0)),
        op("决定", "在第八十二届会议上继续审议这一项目。", (1, 0)),
    ])


def drafts() -> list[Draft]:
    return [zh03(), zh04(), zh06(), zh09(), zh10()]


def build(draft: Draft) -> Any:
    doc = Document()
    draft.lists.fill(doc.part.numbering_part.element)
    for spec in draft.paras:
        para = doc.add_paragraph()
        if spec.centred:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for text, emphasis in spec.runs:
            run = para.add_run(text)
            run.underline = True if emphasis == "u" else None
            run.italic = True if emphasis == "i" else None
            fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
            fonts.set(qn("w:eastAsia"), draft.fonts[0])
            fonts.set(qn("w:ascii"), draft.fonts[1])
            fonts.set(qn("w:hAnsi"), draft.fonts[1])
        if spec.num is not None:
            num_pr = etree.Element(w("numPr"))
            etree.SubElement(num_pr, w("ilvl"), {w("val"): str(spec.num[1])})
            etree.SubElement(num_pr, w("numId"), {w("val"): str(spec.num[0])})
            para._p.get_or_add_pPr().insert(0, num_pr)
    return doc


def shown(value: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(value)
    if fmt == "lowerLetter":
        return "abcdefghij"[value - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi"][value - 1]
    if fmt == "decimalEnclosedCircle":
        return "①②③④⑤⑥⑦⑧⑨⑩"[value - 1]
    return ""


def labels(draft: Draft) -> list[str]:
    """The label Word shows on each paragraph (a model of Word's counting good for these lists)."""
    counts: dict[int, list[int]] = {}
    out = []
    for spec in draft.paras:
        if spec.num is None:
            out.append("")
            continue
        num_id, ilvl = spec.num
        levels = draft.lists.abstracts[draft.lists.nums[num_id]]
        count = counts.setdefault(draft.lists.nums[num_id], [0] * len(levels))
        count[ilvl] += 1
        for deeper in range(ilvl + 1, len(count)):
            count[deeper] = 0
        text = levels[ilvl].text
        for level in range(ilvl + 1):
            text = text.replace(f"%{level + 1}", shown(max(count[level], 1), levels[level].fmt))
        out.append(text)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print each paragraph with the label Word shows")
    args = parser.parse_args()
    for draft in drafts():
        path = HERE / f"{draft.name}.docx"
        build(draft).save(str(path))
        if args.list:
            print(f"== {path.name}")
            for index, (spec, label) in enumerate(zip(draft.paras, labels(draft), strict=True), start=1):
                print(f"{index:3} {label or '-':>4}  {''.join(t for t, _ in spec.runs)[:50]}")
    print(f"{len(drafts())} drafts written to {HERE}")


if __name__ == "__main__":
    main()
