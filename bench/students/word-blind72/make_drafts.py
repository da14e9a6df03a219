"""Build the word-blind72 drafts: Chinese drafts a 起草国 hands back to the 主席团 after 修正案 were debated, marked up
by hand in Word or WPS (not with 修订, tracked changes).

Five drafts typed for this set (helper word-blind72, round 33; zh-03 in traditional characters). The hand markup:
words struck through with character formatting (w:strike, or w:dstrike in zh-03) beside the new words, which are
plain, in red (w:color), highlighted (w:highlight) or underlined (w:u); clauses struck whole and kept on the page, in
Word's list (still counted) or taken out of it (Word renumbers); typed numbers struck and retyped; notes
"（已修正）", "（經修正）", "〔友好修正案：挪威〕", "（原第5條，移至此處）"; comments (word/comments.xml); an amendment pasted
with half-width punctuation.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the marks.
Paragraph = 1-based index of the body's w:p. Nothing of drafter or of another set is imported.

    python make_drafts.py           # build the .docx files and annotations.yaml
    python make_drafts.py --list    # each body paragraph: index, Word's label, text with ~~struck~~ / ==marked== runs
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

HERE = Path(__file__).resolve().parent
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def el(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        e.set(qn(k if ":" in k else "w:" + k), v)
    return e


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    e = el(tag, **attrs)
    parent.append(e)
    return e


@dataclass
class R:
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    s: bool = False        # w:strike
    ds: bool = False       # w:dstrike
    hl: str | None = None  # w:highlight
    color: str | None = None


@dataclass
class Fault:
    kind: str
    note: str


F = Fault


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl): Word's list, the List Paragraph style
    comment: str | None = None
    centre: bool = False


@dataclass
class Draft:
    name: str
    font: str            # the East Asian font of Normal (w:eastAsia)
    wps: bool            # WPS writes w:hint="eastAsia" and one font on every run
    paras: list[P]
    author: str = "代表"
    op_italic: bool = False  # operative leads italic (else underlined)
    lang: str = "zh-CN"


def S(text: str) -> R:
    return R(text, s=True)


def DS(text: str) -> R:
    return R(text, ds=True)


def title(text: str = "决议草案") -> P:
    return P([R(text, b=True)], centre=True)


def field_line(label: str, value: str, **kw) -> P:
    return P([R(label, b=True), R(value)], **kw)


def _runs(rest) -> list[R]:
    return [R(x) if isinstance(x, str) else x for x in rest]


def pre(lead: str, *rest: R | str, **kw) -> P:
    return P([R(lead, u=True), *_runs(rest)], **kw)


def op(lead: str, *rest: R | str, num: tuple[int, int] | None = (1, 0), lead_runs: list[R] | None = None,
       italic: bool = False, **kw) -> P:
    head = lead_runs if lead_runs is not None else [R(lead, i=italic, u=not italic)]
    return P([*head, *_runs(rest)], num=num, **kw)


def subc(*rest: R | str, num: tuple[int, int] = (1, 1), **kw) -> P:
    return P(_runs(rest), num=num, **kw)


def struck(p: P, double: bool = False) -> P:
    for r in p.runs:
        r.s, r.ds = (False, True) if double else (True, False)
    return p


# ---------------------------------------------------------------- building


class Builder:
    def __init__(self, d: Draft) -> None:
        self.d = d
        self.doc = docx.Document()
        self.body = self.doc.element.body
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        normal = self.doc.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        normal.element.rPr.find(qn("w:rFonts")).set(qn("w:eastAsia"), d.font)
        sub(normal.element.rPr, "w:lang", val="en-US", eastAsia=d.lang)
        normal.paragraph_format.space_after = Pt(6)
        numbering = self.doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        ab = sub(numbering, "w:abstractNum", abstractNumId="0")
        sub(ab, "w:nsid", val="72C0A001")
        sub(ab, "w:multiLevelType", val="hybridMultilevel")
        for ilvl, (fmt, text) in enumerate((("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)"))):
            lvl = sub(ab, "w:lvl", ilvl=str(ilvl))
            sub(lvl, "w:start", val="1")
            sub(lvl, "w:numFmt", val=fmt)
            sub(lvl, "w:lvlText", val=text)
            sub(lvl, "w:lvlJc", val="left")
            sub(sub(lvl, "w:pPr"), "w:ind", left=str(420 * (ilvl + 1)), hanging="420")
        sub(sub(numbering, "w:num", numId="1"), "w:abstractNumId", val="0")

    def para(self, p: P) -> etree._Element:
        wp = el("w:p")
        if p.num or p.centre:
            ppr = sub(wp, "w:pPr")
            if p.num:
                sub(ppr, "w:pStyle", val="ListParagraph")
                numpr = sub(ppr, "w:numPr")
                sub(numpr, "w:ilvl", val=str(p.num[1]))
                sub(numpr, "w:numId", val=str(p.num[0]))
            if p.centre:
                sub(ppr, "w:jc", val="center")
        for part in p.runs:
            r = sub(wp, "w:r")
            rpr = sub(r, "w:rPr")
            if self.d.wps:
                sub(rpr, "w:rFonts", hint="eastAsia", ascii=self.d.font, hAnsi=self.d.font, eastAsia=self.d.font)
            if part.b:
                sub(rpr, "w:b")
            if part.i:
                sub(rpr, "w:i")
            if part.s:
                sub(rpr, "w:strike")
            if part.ds:
                sub(rpr, "w:dstrike")
            if part.color:
                sub(rpr, "w:color", val=part.color)
            if part.hl:
                sub(rpr, "w:highlight", val=part.hl)
            if part.u:
                sub(rpr, "w:u", val="single")
            if p.centre:
                sub(rpr, "w:sz", val="32")
            if len(rpr) == 0:
                r.remove(rpr)
            t = sub(r, "w:t")
            t.set(XML_SPACE, "preserve")
            t.text = part.text
        return wp

    def save(self) -> None:
        if "List Paragraph" not in [s.name for s in self.doc.styles]:
            self.doc.styles.add_style("List Paragraph", 1)
        sect = self.body.find(qn("w:sectPr"))
        made = []
        for p in self.d.paras:
            wp = self.para(p)
            sect.addprevious(wp)
            made.append(wp)
        for p, wp in zip(self.d.paras, made):
            if p.comment:
                para = Paragraph(wp, self.doc._body)
                runs = wp.findall(qn("w:r"))
                c = self.doc.add_comment([Run(runs[0], para), Run(runs[-1], para)], text=p.comment,
                                         author=self.d.author, initials=self.d.author[:2])
                c._comment_elm.set(qn("w:date"), "2026-11-28T15:20:00Z")
        self.doc.core_properties.author = self.d.author
        path = HERE / f"{self.d.name}.docx"
        self.doc.save(str(path))
        again = docx.Document(str(path))
        count = len(list(again.element.body.iter(qn("w:p"))))
        assert count == len(self.d.paras), (self.d.name, count, len(self.d.paras))


def labels(d: Draft) -> list[str]:
    """The label Word shows on each paragraph: a list's counters run over every paragraph in it, struck or not."""
    out, counters = [], {}
    for p in d.paras:
        if not p.num:
            out.append("")
            continue
        num, lvl = p.num
        c = counters.setdefault(num, [0, 0, 0])
        c[lvl] += 1
        for deeper in range(lvl + 1, 3):
            c[deeper] = 0
        out.append(f"{c[0]}." if lvl == 0 else f"({'abcdefghij'[c[1] - 1]})")
    return out


# ---------------------------------------------------------------- the drafts

# zh-01: 菲律宾's draft (Word, 宋体, GA3); struck words beside new words in red, "（已修正）" left after a clause, an
# added preambular clause opening with 呼吁, a clause struck whole and left in Word's list (the last shows "6." after
# "4."), a comment on the struck clause
ZH01 = Draft("zh-01-word-songti-ga3-migrant-workers-red-words-struck-clause-counted", "宋体", False, [
    title(),
    field_line("委员会：", "联合国大会第三委员会"),
    field_line("议题：", "保护所有移徙工人及其家庭成员的权利"),
    field_line("起草国：", "菲律宾"),
    field_line("附议国：", "孟加拉国、墨西哥、尼泊尔、斯里兰卡、塞内加尔"),
    P([R("大会，")]),
    pre("回顾", "《保护所有移徙工人及其家庭成员权利国际公约》及其所载各项权利，"),
    pre("关切地注意到", "全球约有", S("1.5亿"), R("1.69亿", color="FF0000"), "国际移徙工人，其中许多人从事家政、建筑和农业等"
        "缺乏保护的行业，",
        faults=[F("emphasis", "修正案加入的“1.69亿”保留了红色字体，在条款正文中另加突出：正文不得另加强调，应为与正文一致"
                  "的黑色文字 (UN-B17)")]),
    pre("认识到", "移徙工人的汇款是许多发展中国家家庭收入的重要来源，"),
    pre("呼吁", "各国为移徙家政工人提供与本国工人同等的劳动保护，",
      faults=[F("wrong-lead-form", "修正案加在序言部分的条款“呼吁各国为移徙家政工人提供与本国工人同等的劳动保护，”以行动性"
                "动词“呼吁”开头：序言性条款应以序言性词语开头（如«深信各国应为移徙家政工人提供……，»），或作为行动性条款"
                "编号列入 (ZH-B02, ZH-B03)")]),
    pre("欢迎", "《安全、有序和正常移民全球契约》的落实进展，"),
    op("敦促", "各会员国", S("考虑"), "批准或加入《保护所有移徙工人及其家庭成员权利国际公约》；", italic=True),
    op("呼吁", "各会员国确保移徙工人能够不受歧视地获得医疗服务和法律援助；（已修正）", italic=True,
       faults=[F("other", "条款分号后保留的修正说明“（已修正）”是辩论记录，不是决议文字 (note of amendment)；该条应以"
                 "«……法律援助；»结束 (MUN-A01, ZH-A01)")]),
    op("鼓励", "原籍国和目的地国", S("签订"), "通过双边劳务协议，以：", italic=True),
    subc("规范招聘机构的收费，禁止向工人收取招聘费用；"),
    subc("保障工人保管本人护照和身份证件的权利；"),
    op("请", "国际劳工组织向会员国提供技术援助，", S("帮助"), "协助其建立移徙工人投诉机制；", italic=True),
    struck(op("决定", "设立移徙工人权利问题年度高级别对话；", italic=True,
              comment="与墨西哥协商后删去此条。")),
    op("请", "秘书长向大会第八十三届会议报告本决议的执行情况。", italic=True,
       faults=[F("numbering", "其前整条删去的条款（“决定设立移徙工人权利问题年度高级别对话”）仍留在Word的编号列表中被计数，"
                 "删去后“请秘书长向大会第八十三届会议报告……”显示为“6.”，紧接第4条；应为«5.» (UN-B07, ZH-B03)")]),
], author="菲律宾代表")

# zh-02: 卢旺达's draft (WPS, 仿宋, ECOSOC); highlighted new words, an amendment pasted from a chat with half-width
# punctuation, "〔友好修正案：挪威〕" as a line of its own, a sub-clause struck and left in the list (the next shows "(c)"),
# the last clause struck whole and the one before it ended by hand with "。" (right)
ZH02 = Draft("zh-02-wps-fangsong-ecosoc-rural-women-finance-highlight-halfwidth-paste", "仿宋", True, [
    title(),
    field_line("委员会：", "经济及社会理事会"),
    field_line("议题：", "促进农村妇女的数字普惠金融"),
    field_line("起草国：", "卢旺达"),
    field_line("附议国：", "巴西、斐济、加纳、约旦、挪威、秘鲁"),
    P([R("经济及社会理事会，")]),
    pre("回顾", "《北京宣言》和《行动纲要》，"),
    pre("注意到", "全球仍有约", S("10亿"), "7.4亿妇女没有银行账户或移动货币账户，"),
    pre("关切", "农村妇女拥有手机的比例低于男子，而多数数字金融服务须通过手机办理，"),
    pre("认识到", S("银行网点"), R("代理点和村级储蓄小组", hl="yellow"), "在为妇女就近提供金融服务方面的作用，",
        faults=[F("emphasis", "修正案加入的“代理点和村级储蓄小组”保留了黄色突出显示，在条款正文中另加突出；应为普通正文 "
                  "(UN-B17)")]),
    op("鼓励", "各会员国将数字金融服务纳入其促进妇女经济赋权的国家战略；"),
    op("请", "各国中央银行简化开户手续,允许凭简单的身份证明开立账户;",
       faults=[F("half-width-punctuation-in-chinese", "从聊天记录粘贴的修正案文字“简化开户手续,允许凭简单的身份证明开立账户;”"
                 "使用半角逗号和分号；中文正文应为«简化开户手续，允许凭简单的身份证明开立账户；» (ZH-P01)")]),
    P([R("〔友好修正案：挪威〕")],
      faults=[F("other", "第2条后单独成行的修正说明“〔友好修正案：挪威〕”是辩论记录，不是决议文字 (note of amendment)；友好"
                "修正案直接并入草案 (MUN-A01, ZH-A01)")]),
    op("敦促", "移动网络运营商降低小额汇款的费用；"),
    op("请", "联合国妇女署收集按性别分列的数字金融服务使用数据，特别是：", comment="秘鲁：是否写全称“联合国促进性别平等和"
       "增强妇女权能署”？"),
    subc("账户和手机的拥有情况；"),
    struck(subc("信贷和储蓄产品的使用情况；")),
    subc("不同服务提供商之间转账的费用；",
         faults=[F("sub-clause-label", "其前整条删去的子条款（“信贷和储蓄产品的使用情况”）仍留在列表中被计数，删去后“不同服务"
                   "提供商之间转账的费用”显示为“(c)”，紧接“(a)”；应为«(b)» (UN-B07, ZH-B04)")]),
    op("请", "秘书长就本决议的执行情况向理事会2028年届会提出报告", S("；"), "。"),
    struck(op("决定", "在2028年届会上审议设立农村妇女数字金融基金的问题。",
              comment="经表决删去（12票赞成、15票反对）。")),
], author="卢旺达代表")

# zh-03: 奧地利's draft in traditional characters (Word, 新細明體, HRC); typed numbers, double strike-through, plain new
# words; a preambular clause whose comma is in the struck words and whose new words end "；", "（經修正）" after a
# clause, a clause struck with its number and the numbers after it retyped "~~4.~~3." except the last; a moved
# clause's note "（原第7條，移至此處）"
ZH03 = Draft("zh-03-word-mingliu-trad-hrc-journalists-dstrike-typed-numbers-moved-note", "新細明體", False, [
    title("決議草案"),
    field_line("委員會：", "人權理事會"),
    field_line("議題：", "新聞工作者的安全"),
    field_line("起草國：", "奧地利"),
    field_line("附議國：", "巴西、迦納、墨西哥、突尼西亞、瑞士"),
    P([R("人權理事會，")]),
    pre("重申", "《世界人權宣言》第十九條所載的見解和言論自由，"),
    pre("深感震驚", "近年來遭殺害的新聞工作者人數", DS("持續上升"), "居高不下，且絕大多數案件的加害者未受懲處，"),
    pre("回顧", "《聯合國關於新聞工作者安全和有罪不罰問題的行動計畫》，"),
    pre("注意到", "數位監控日益被用於追查新聞工作者的消息來源", DS("，並對此表示關切，"), "以及針對女性新聞工作者的網路"
        "騷擾；",
        faults=[F("preambular-end-mark", "序言性條款“注意到數位監控日益被用於追查新聞工作者的消息來源……”的逗號在刪去的文字中，"
                  "修正後加上的文字以“；”結束；序言性條款應以«……網路騷擾，»結束 (ZH-B02)")]),
    op("", "各國對所有針對新聞工作者的暴力行為進行迅速、獨立和有效的調查；", num=None,
       lead_runs=[R("1."), R("敦促", i=True)]),
    op("", "各國廢除或修訂將誹謗定為刑事罪的法律；（經修正）", num=None, lead_runs=[R("2."), R("促請", i=True)],
       faults=[F("other", "條款分號後保留的修正說明“（經修正）”是辯論記錄，不是決議文字 (note of amendment)；應為«……的法律；» "
                 "(MUN-A01, ZH-A01)")]),
    struck(op("", "各國設立專門調查危害新聞工作者罪行的檢察官；", num=None, lead_runs=[R("3."), R("請", i=True)]),
           double=True),
    op("", "各國建立保護處境危險的新聞工作者的國家機制；", num=None,
       lead_runs=[DS("4."), R("3."), R("鼓勵", i=True)]),
    op("", "各國保護新聞工作者消息來源的機密性，不得對其通訊進行非法監控；（原第7條，移至此處）", num=None,
       lead_runs=[DS("5."), R("4."), R("呼籲", i=True)],
       faults=[F("other", "移動條款後保留的說明“（原第7條，移至此處）”是辯論記錄，不是決議文字 (note of amendment)；應為«……"
                 "非法監控；» (MUN-A01, ZH-A01)")]),
    op("", "人權事務高級專員辦事處向理事會第六十三屆會議提交關於本決議執行情況的報告。", num=None,
       lead_runs=[R("6."), R("請", i=True)],
       faults=[F("numbering", "第3條刪去、其後條款手改編號時，“請人權事務高級專員辦事處……”的編號“6.”未改，緊接第4條；應為"
                 "«5.» (UN-B07, ZH-B03)")]),
], author="奧地利代表", lang="zh-TW")

# zh-04: 斐济's draft (WPS, 仿宋, UNEA); underlined new words, a preambular comma only in struck words, an added 公约 name
# without 《》, the last clause struck whole so the one before it ends with "；"; a comment
ZH04 = Draft("zh-04-wps-fangsong-unea-marine-plastics-underlined-words-last-clause-struck", "仿宋", True, [
    title(),
    field_line("委员会：", "联合国环境大会"),
    field_line("议题：", "终结海洋塑料污染"),
    field_line("起草国：", "斐济"),
    field_line("附议国：", "智利、挪威、卢旺达、塞内加尔、菲律宾"),
    P([R("联合国环境大会，")]),
    pre("回顾", "其关于终结塑料污染的第5/14号决议，"),
    pre("震惊地注意到", "每年约有", S("800万"), "1100万吨塑料废物进入海洋，"),
    pre("认识到", "小岛屿发展中国家承受着洋流从远方带来的塑料废物", S("，并为此承担了不成比例的清理费用，"),
        faults=[F("preambular-end-mark", "序言性条款“认识到小岛屿发展中国家承受着洋流从远方带来的塑料废物”的逗号只在删去的"
                  "文字中，修正后该条没有结束标点；应为«……塑料废物，» (ZH-B02)")]),
    pre("注意到", "政府间谈判委员会为制定具有法律约束力的塑料污染国际文书所开展的工作，"),
    op("鼓励", "各会员国减少", S("塑料"), R("难以回收的一次性塑料制品", u=True), "的生产；",
       faults=[F("emphasis", "修正案加入的“难以回收的一次性塑料制品”保留了下划线，在条款正文中另加突出；应为普通正文 "
                 "(UN-B17)")]),
    op("呼吁", "各会员国依照联合国海洋法公约，防止船舶向海洋倾倒塑料废物；",
       faults=[F("missing-book-title-marks", "修正案加入的条约名称“联合国海洋法公约”未加书名号；应为«《联合国海洋法公约》» "
                 "(ZH-P01)")]),
    op("敦促", "各会员国支持清理海岸线和海床，特别是："),
    subc("资助回收废弃渔具；"),
    subc("培训小岛屿发展中国家的地方社区分拣和回收所收集的废物；"),
    op("请", "联合国环境规划署按国家公布塑料泄漏数据，并按来源分列；", comment="挪威：“泄漏”一词与环境署报告的用语一致。"),
    op("请", "执行主任向环境大会第八届会议报告本决议的执行情况；",
       faults=[F("operative-end-mark", "其后的最后一条（“决定在第八届会议上审议……”）已整条删去，本条成为最后一条，却以“；”"
                 "结束全文；应为«……执行情况。» (ZH-B03, ZH-B05)")]),
    struck(op("决定", "在第八届会议上审议设立海洋塑料清理基金的问题。")),
], author="斐济代表")

# zh-05: nearly clean. 日本's draft (Word, 宋体, GA2); plain new words, struck half-width words, a clause struck whole
# and taken out of Word's list (Word renumbers), a comment; one fault: a pasted amendment leaves a full stop inside a
# clause
ZH05 = Draft("zh-05-word-songti-ga2-early-warnings-nearly-clean-struck-out-of-list", "宋体", False, [
    title(),
    field_line("委员会：", "联合国大会第二委员会"),
    field_line("议题：", "人人享有早期预警系统"),
    field_line("起草国：", "日本"),
    field_line("附议国：", "孟加拉国、智利、斐济、肯尼亚、莫桑比克、汤加"),
    P([R("大会，")]),
    pre("回顾", "《2015-2030年仙台减少灾害风险框架》，"),
    pre("注意到", "秘书长于2022年发起的“人人享有早期预警”倡议，"),
    pre("深切关注", "全球仍有", S("三分之一"), "约一半国家没有多灾种早期预警系统，"),
    pre("认识到", "提前24小时发出风暴预警即可使随后的损失减少30%", S(", 在沿海地区尤其如此"), "，"),
    op("敦促", "各会员国在2027年底前建立或加强覆盖全民的多灾种早期预警系统；"),
    op("鼓励", "各会员国", S("加强"), "将早期预警纳入国家减少灾害风险战略和国家适应计划；"),
    struck(op("请", "世界气象组织每年发布各国早期预警覆盖情况排名；", num=None)),
    op("呼吁", "发达国家和国际金融机构通过系统观测融资机制等渠道提供资金。这些资金应优先用于最不发达国家和小岛屿发展中国家；",
       faults=[F("full-stop-inside-clause", "修正案在条款中间留下句号：“……等渠道提供资金。这些资金应优先用于……”；决议草案"
                 "是一个长句，条款中不得有句号（«……提供资金，并优先用于最不发达国家和小岛屿发展中国家；»）(ZH-B05)")]),
    op("请", "联合国减少灾害风险办公室和世界气象组织："),
    subc("协助发展中国家收集和共享水文气象数据；"),
    subc("支持社区一级的预警信息传播，包括以当地语言传播；"),
    op("请", "秘书长向大会第八十二届会议报告本决议的执行情况。", comment="智利：届会编号已核对。"),
], author="日本代表")

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05]


def shown(p: P) -> str:
    out = []
    for r in p.runs:
        t = r.text
        if r.s or r.ds:
            t = f"~~{t}~~"
        elif r.hl or r.color or (r.u and r is not p.runs[0]):
            t = f"=={t}=="
        out.append(t)
    return "".join(out)


def annotations() -> str:
    import yaml
    lines = ["# word-blind72: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any",
             "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md as amended: struck-through words and",
             "# clauses are read as deleted (README.md, Decisions); comments are no text."]
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": n, "kind": f.kind, "note": f.note}
                  for n, p in enumerate(d.paras, 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return "\n".join(lines) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for d in DRAFTS:
            print(d.name)
            for n, (p, lab) in enumerate(zip(d.paras, labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"  {n:2} {lab:4} {shown(p)} {marks}")
        return
    for d in DRAFTS:  # each quote of a note (its parts around "……") stands in the draft
        whole = "\n".join("".join(r.text for r in p.runs) for p in d.paras)
        for p in d.paras:
            for f in p.faults:
                for q in f.note.split("“")[1:]:
                    q = q.split("”")[0]
                    if len(q) > 3:  # "6.", "(c)": a label Word shows
                        assert all(part in whole for part in q.split("……") if part), (d.name, q)
        Builder(d).save()
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
