"""Build the drafts of the blind set word-blind44 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # each body paragraph: index, the label Word shows, its text, its marks

Six Chinese drafts (five simplified, one traditional) typed by delegates into a conference's Word template
("2027年江南中学生模拟联合国大会 决议草案模板"): a logo picture paragraph, the title in 标题 1, the template's
filling note in a grey custom style "模板说明", the heading block in a table (委员会 | value | 文件编号 | value;
议题 / 起草国 / 附议国 values merged over three columns; 附议国 label merged down over two rows), a second table
"签署国" with cells to fill, the organ line, the section titles 序言性条款 / 行动性条款 in 标题 2, grey 【】
instructions under them, preambular slots in the custom style "序言正文" and operative slots in the custom style
"决议正文" whose pPr carries the numbering (numId 1, level 0 "%1."), sub-clauses in "决议子条款" (level 1
"（%2）" lowerLetter). Style ids are the opaque ones a Chinese Word gives ("a", "1", "2", "a7" ...).

python-docx gives the package (its default template, the picture part); styles, numbering and the body are written
with lxml by the helpers below (nothing of drafter imported). Faults are marked F(kind, note) next to the paragraph
that carries them; paragraph = the 1-based index of the body's w:p in document order (table cells' paragraphs, the
empty paragraph of a vertically merged cell and empty paragraphs included), checked again on the saved file.
"""

from __future__ import annotations

import io
import re
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.shared import Cm
from lxml import etree

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
GREY = "808080"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *kids: etree._Element) -> etree._Element:
    e = etree.Element(q(tag))
    for k, v in (attrs or {}).items():
        e.set(q(k), v)
    e.extend(kids)
    return e


@dataclass
class F:
    kind: str
    note: str


@dataclass
class Run:
    text: str
    bold: bool = False
    kai: bool = False  # 楷体 (or 標楷體 in the traditional draft)
    underline: bool = False
    grey: bool = False

    def xml(self, trad: bool) -> etree._Element:
        rpr = el("rPr")
        if self.kai:
            face = "標楷體" if trad else "楷体"
            rpr.append(el("rFonts", {"ascii": face, "eastAsia": face, "hAnsi": face, "hint": "eastAsia"}))
        else:
            rpr.append(el("rFonts", {"hint": "eastAsia"}))
        if self.bold:
            rpr.append(el("b"))
        if self.grey:
            rpr.append(el("color", {"val": GREY}))
        if self.underline:
            rpr.append(el("u", {"val": "single"}))
        t = el("t")
        t.text = self.text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return el("r", {}, rpr, t)


@dataclass
class Para:
    style: str  # style id
    runs: list[Run] = field(default_factory=list)
    faults: list[F] = field(default_factory=list)
    align: str | None = None
    logo: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Cell:
    paras: list[Para]
    span: int = 1
    vmerge: str | None = None  # "restart" / "continue"
    width: int = 2000


@dataclass
class Table:
    rows: list[list[Cell]]


Block = Para | Table


@dataclass
class Draft:
    name: str
    trad: bool
    blocks: list[Block]


# ---------------------------------------------------------------- template words
class Words:
    def __init__(self, trad: bool) -> None:
        self.trad = trad
        t = trad
        self.title = "決議草案" if t else "决议草案"
        self.committee = "委員會" if t else "委员会"
        self.number = "文件編號" if t else "文件编号"
        self.topic = "議題" if t else "议题"
        self.sponsors = "起草國" if t else "起草国"
        self.cosponsors = "附議國" if t else "附议国"
        self.signers = "簽署國（由代表簽名）" if t else "签署国（由代表签名）"
        self.fill = "（請填寫）" if t else "（请填写）"
        self.dais = "（由主席團填寫）" if t else "（由主席团填写）"
        self.pre_title = "序言性條款" if t else "序言性条款"
        self.op_title = "行動性條款" if t else "行动性条款"
        self.note_top = (
            "【填寫說明：請在表格中填寫會議資訊；條款請直接在下方帶格式的段落中輸入，勿自行輸入編號；"
            "提交前請刪除所有【】內的說明文字及「序言性條款」「行動性條款」兩個分節標題。】"
            if t else
            "【填写说明：请在表格中填写会议信息；条款请直接在下方带格式的段落中输入，勿自行输入编号；"
            "提交前请删除所有【】内的说明文字及“序言性条款”“行动性条款”两个分节标题。】"
        )
        self.note_pre = (
            "【序言性條款以動詞或動詞短語開頭，不編號，以逗號「，」結尾。】"
            if t else "【序言性条款以动词或动词短语开头，不编号，以逗号“，”结尾。】"
        )
        self.note_op = (
            "【行動性條款自動編號，以分號「；」結尾，最後一條以句號「。」結尾；子條款使用「決議子條款」樣式。】"
            if t else "【行动性条款自动编号，以分号“；”结尾，最后一条以句号“。”结尾；子条款使用“决议子条款”样式。】"
        )
        self.slot_pre = "【請在此輸入序言性條款】" if t else "【请在此输入序言性条款】"
        self.slot_op = "【請在此輸入行動性條款】" if t else "【请在此输入行动性条款】"


def label_cell(text: str, width: int = 1500) -> Cell:
    return Cell([Para("a", [Run(text + "：", bold=True)])], width=width)


def value(text: str | None, words: Words, *, hint: bool = False, faults: list[F] | None = None,
          span: int = 1, width: int = 2500) -> Cell:
    """A value cell: the typed value, or the template's grey hint left in it, or nothing."""
    if hint:
        runs = [Run(words.fill, grey=True)]
    elif text is None:
        runs = []
    else:
        runs = [Run(text)]
    return Cell([Para("a", runs, faults or [])], span=span, width=width)


def heading_table(words: Words, committee: Cell, number: Cell, topic: Cell, sponsors: Cell,
                  cos1: Cell, cos2: Cell) -> Table:
    for c in (topic, sponsors, cos1, cos2):
        c.span, c.width = 3, 6500
    return Table([
        [label_cell(words.committee), committee, label_cell(words.number), number],
        [label_cell(words.topic), topic],
        [label_cell(words.sponsors), sponsors],
        [Cell([Para("a", [Run(words.cosponsors + "：", bold=True)])], vmerge="restart", width=1500), cos1],
        [Cell([Para("a")], vmerge="continue", width=1500), cos2],
    ])


def signers_table(words: Words, names: list[str | None]) -> Table:
    head = Cell([Para("a", [Run(words.signers, bold=True)], align="center")], span=4, width=8000)
    rows: list[list[Cell]] = [[head]]
    for i in range(0, len(names), 4):
        rows.append([Cell([Para("a", [Run(n)] if n else [])], width=2000) for n in names[i:i + 4]])
    return Table(rows)


def lead(lead_text: str, rest: str, style: str, *, bold: bool = False, kai: bool = False,
         underline: bool = False, typed: str = "", faults: list[F] | None = None) -> Para:
    runs = [Run(typed)] if typed else []
    runs += [Run(lead_text, bold=bold, kai=kai, underline=underline), Run(rest)]
    return Para(style, runs, faults or [])


PRE, OP, SUB, NORMAL, H1, H2, NOTE = "a9", "a7", "aa", "a", "1", "2", "a8"


def top(words: Words, *, note_left: F | None = None) -> list[Block]:
    blocks: list[Block] = [Para(NORMAL, [], align="center", logo=True), Para(H1, [Run(words.title)])]
    if note_left:
        blocks.append(Para(NOTE, [Run(words.note_top, grey=True)], [note_left]))
    return blocks


# ---------------------------------------------------------------- the drafts
def zh_c01() -> Draft:
    w = Words(False)
    k = {"kai": True}
    blocks = top(w) + [
        heading_table(w, value("大会第二委员会（经济和金融）", w), Cell([Para("a", [Run(w.dais, grey=True)])]),
                      value("农村地区清洁炊事能源的普及", w), value("孟加拉国、加纳", w),
                      value("老挝人民民主共和国、马拉维、尼泊尔、乌干达", w), value(None, w)),
        signers_table(w, ["柬埔寨", "肯尼亚", "秘鲁", None, None, None, None, None]),
        Para(NORMAL, [Run("大会", **k), Run("，")]),
        lead("回顾", "其关于确保人人获得负担得起、可靠和可持续的现代能源的各项决议，", PRE, **k),
        lead("关切地注意到", "全球仍有约二十亿人依靠木柴、木炭和农作物秸秆做饭，其中大多数生活在农村地区，", PRE, **k),
        lead("认识到", "燃烧固体燃料造成的室内空气污染对妇女和儿童的健康危害尤为严重，", PRE, **k),
        lead("欢迎", "一些国家在推广改良炉灶和液化石油气方面取得的进展，", PRE, **k),
        lead("鼓励", "会员国将清洁炊事纳入国家能源规划和农村发展战略；", OP, **k),
        lead("促请", "国际金融机构和区域开发银行为清洁炉灶的生产和分销提供优惠融资，特别是：", OP, **k),
        Para(SUB, [Run("面向农村小型企业的小额贷款；")]),
        Para(SUB, [Run("对低收入家庭购买炉灶的定向补贴；")]),
        lead("请", "联合国相关机构与各国政府合作，收集并公布农村家庭炊事燃料使用情况的分类数据；", OP, **k),
        lead("决定", "在第八十四届会议上继续审议这一问题。", OP, **k),
    ]
    return Draft("zh-c01-clean-rural-clean-cooking-kaiti-leads-hints-deleted-dais-number-hint", False, blocks)


def zh_c02() -> Draft:
    w = Words(False)
    b = {"bold": True}
    blocks = top(w) + [
        heading_table(
            w, value("安全理事会", w), Cell([Para("a", [Run(w.dais, grey=True)])]),
            value("萨赫勒地区武装团体与跨国犯罪网络的勾连", w), value("尼日尔、塞拉利昂", w),
            value(None, w, hint=True, faults=[F("heading-field-missing",
                  '附议国一栏仍是模板的灰色提示 "（请填写）"，没有列出任何附议国；应填写附议国国名 (ZH-H01)')]),
            value(None, w)),
        signers_table(w, [None] * 8),
        Para(NORMAL, [Run("大会，")], [F("other",
             '模板预置的机构名 "大会，" 未改：这是安全理事会的草案，organ line 应为 «安全理事会，» (ZH-B01, MUN-F01)')]),
        Para(H2, [Run(w.pre_title)], [F("other",
             '模板的分节标题 "序言性条款" 留在正文中（模板说明要求提交前删除）：a template heading left in the text; '
             '机构名之后直接是序言性条款 (UN-B01)')]),
        Para(NOTE, [Run(w.note_pre, grey=True)], [F("other",
             '模板的灰色说明 "【序言性条款以动词或动词短语开头，不编号，以逗号“，”结尾。】" 未删除：a template heading '
             '(instruction) left in the text, not part of the resolution (UN-B01)')]),
        lead("重申", "其对萨赫勒地区各国主权、独立和领土完整的坚定承诺，", PRE, **b),
        lead("严重关切", "武装团体与贩运武器、毒品和人口的犯罪网络之间日益密切的联系。", PRE, **b, faults=[F(
            "preambular-end-mark", '序言性条款以 "。" 结尾；应为 «，» (ZH-B02, UN-B05)')]),
        lead("强调", "区域合作以及边境管理能力建设对于切断武装团体资金来源的重要性，", PRE, **b),
        Para(PRE),  # the delegate deleted the slot's placeholder text and left the empty paragraph: prints nothing
        Para(H2, [Run(w.op_title)], [F("other",
             '模板的分节标题 "行动性条款" 留在序言和第1条之间（模板说明要求提交前删除）：a template heading left in the '
             'text (UN-B01)')]),
        lead("谴责", "武装团体对平民、人道主义人员和维和人员的一切袭击；", OP, **b),
        lead("促请", "该区域各国加强边境联合巡逻和情报共享，并打击为武装团体提供资金的非法金矿开采；", OP, **b),
        lead("请", "秘书长在本决议通过后六个月内就本决议的执行情况提出报告；", OP, **b),
        lead("决定", "继续积极处理此案；", OP, **b, faults=[F(
            "operative-end-mark", '最后一条行动性条款以 "；" 结尾；应为 «。» (ZH-B03, UN-B09)')]),
    ]
    return Draft("zh-c02-security-council-sahel-template-organ-line-section-titles-grey-note-cosponsor-hint",
                 False, blocks)


def zh_c03() -> Draft:
    w = Words(False)
    b = {"bold": True}
    blocks = top(w) + [
        heading_table(w, value("世界卫生大会", w), Cell([Para("a", [Run(w.dais, grey=True)])]),
                      value("蛇咬伤中毒的预防与救治", w), value("印度、尼日利亚", w),
                      value("巴布亚新几内亚、斯里兰卡、坦桑尼亚联合共和国", w), value("越南", w)),
        signers_table(w, ["孟加拉国", "巴西", None, None]),
        Para(NORMAL, [Run("世界卫生大会，")]),
        lead("注意到", "蛇咬伤中毒每年导致大量死亡和永久残疾，受害者多为农村地区的农民和儿童，", PRE, **b),
        lead("认识到", "许多受影响国家缺乏安全有效、价格可负担的抗蛇毒血清，", PRE, **b),
        lead("铭记", "基层卫生工作者在蛇咬伤急救和及时转诊方面的关键作用，", PRE, **b),
        Para(PRE, [Run(w.slot_pre, grey=True)], [F("other",
             '模板中多出的一个序言性条款位置未使用：the slot still shows its placeholder "【请在此输入序言性条款】"，'
             '没有条款内容；应删除此段 (UN-B01)')]),
        lead("敦促", "会员国将蛇咬伤中毒纳入国家卫生规划和全民健康覆盖的一揽子服务；", OP, **b, typed="1. ", faults=[F(
            "numbering", '样式“决议正文”已自动编号，代表又手动输入了 "1. "，Word 显示 "1. 1. 敦促"；应只有 «1.» (UN-B07, ZH-B03)')]),
        lead("鼓励", "各国加强抗蛇毒血清的区域生产能力，并建立储存和配送网络；", OP, **b, typed="2. ", faults=[F(
            "numbering", '自动编号之后又手动输入 "2. "，Word 显示 "2. 2. 鼓励"；应只有 «2.» (UN-B07, ZH-B03)')]),
        lead("呼吁", "捐助方和研究机构支持开发新一代、耐热且易于在偏远地区使用的治疗方法；", OP, **b),
        Para(OP, [], [F("other",
             '模板的一个自动编号的行动性条款位置被清空但未删除：Word 显示 "4." 而 no clause text；应删除此段，'
             '后面的条款改为 «4.» (UN-B07, UN-B01)')]),
        lead("请", "总干事在向第八十二届世界卫生大会提交的报告中说明本决议的执行进展。", OP, **b),
    ]
    return Draft("zh-c03-wha-snakebite-typed-numbers-over-style-numbering-empty-numbered-slot-placeholder-slot",
                 False, blocks)


def zh_c04() -> Draft:
    w = Words(False)
    k = {"kai": True}
    blocks = top(w, note_left=F("other",
                                '模板开头的灰色填写说明 "【填写说明：请在表格中填写会议信息；" 未删除：a template heading '
                                '(instruction) left in the text between the title and the heading table (UN-B01)')) + [
        heading_table(w, value("联合国环境大会", w), Cell([Para("a", [Run(w.dais, grey=True)])]),
                      value("沙尘暴对农业和公共健康的影响", w), value("蒙古、乍得", w),
                      value("伊拉克、哈萨克斯坦、尼日尔", w), value("乌兹别克斯坦", w)),
        signers_table(w, ["约旦", "马里", "毛里塔尼亚", "苏丹"]),
        Para(NORMAL, [Run("联合国环境大会", **k), Run("，")]),
        lead("回顾", "联合国防治荒漠化公约缔约方在防治土地退化方面作出的各项承诺，", PRE, **k),
        lead("深为关切", "沙尘暴频率和强度的上升对作物产量、牲畜和呼吸系统健康造成的损害，", PRE, **k),
        lead("认识到", "沙尘暴源区往往跨越国界，任何国家都无法单独应对，", PRE, **k),
        lead("意识到", "早期预警系统能够显著减少沙尘暴造成的经济损失，", OP, **k, faults=[F(
            "numbering", '第四条序言性条款输入在模板的第一个行动性条款位置（样式“决议正文”），Word 给它编号 "1."；'
                         '序言性条款不编号，应改用“序言正文”样式 (ZH-B02, MUN-F04)')]),
        lead("鼓励", "会员国在沙尘暴源区开展植被恢复和可持续放牧管理,并监测其成效；", OP, **k, faults=[F(
            "half-width-punctuation-in-chinese", '"可持续放牧管理,并监测" 中的逗号是半角 ","；应为 «，» (ZH-P01)')]),
        lead("请", "世界气象组织与各区域中心合作完善沙尘暴预报和预警服务。并向受影响国家提供技术培训；", OP, **k, faults=[F(
            "full-stop-inside-clause", '"预警服务。并向受影响国家" 条款中间出现句号；应为 «，» (ZH-B05, MUN-F05)')]),
        lead("呼吁", "各国在区域层面共享沙尘暴监测数据；", OP, **k),
        lead("决定", "在下届会议上审查本决议的执行情况。", OP, **k),
    ]
    return Draft("zh-c04-unea-sand-dust-storms-filling-note-left-preamble-in-numbered-slot-half-width-comma",
                 False, blocks)


def zh_c05() -> Draft:
    w = Words(True)
    k = {"kai": True}
    blocks = top(w) + [
        heading_table(
            w, value(None, w, hint=True, faults=[F("heading-field-missing",
                     '委員會一欄仍是模板的灰色提示 "（請填寫）"，沒有寫明委員會；應為 «人權理事會» (ZH-H01)')]),
            Cell([Para("a", [Run(w.dais, grey=True)])]),
            value("原住民族語言的保存與傳承", w), value("紐西蘭、玻利維亞多民族國", w),
            value("厄瓜多、芬蘭、瓜地馬拉、挪威", w), value(None, w)),
        signers_table(w, ["秘魯", None, None, None]),
        Para(NORMAL, [Run("人權理事會", **k), Run("，")]),
        Para(NOTE, [Run(w.note_pre, grey=True)], [F("other",
             '模板的灰色說明 "【序言性條款以動詞或動詞短語開頭，不編號，以逗號「，」結尾。】" 未刪除：a template heading '
             '(instruction) left in the text (UN-B01)')]),
        lead("回顧", "《聯合國原住民族權利宣言》關於原住民族振興、使用、發展和傳承其語言的規定，", PRE, **k),
        lead("深表關切", "全世界許多原住民族語言的使用者日益減少，正面臨消失的危險，", PRE, **k),
        lead("認識到", "語言是原住民族文化認同和傳統知識傳承的核心，", PRE, **k),
        lead("促請", "各國制定原住民族語言發展法規，保障原住民族在公共服務中使用其語言的權利，", OP, **k, faults=[F(
            "operative-end-mark", '行動性條款以 "，" 結尾；應為 «；» (ZH-B03, UN-B09)')]),
        lead("鼓勵", "各國在原住民族聚居地區採取下列措施：", OP, **k),
        Para(OP, [Run("開設以原住民族語言授課的幼兒園和小學；")], [F("sub-clause-label",
             '子條款輸入在「決議正文」樣式中，Word 把它編為第 "3." 條行動性條款；應使用「決議子條款」樣式，標為 «（a）» '
             '(ZH-B04, UN-B10)')]),
        Para(OP, [Run("培訓原住民族語言師資並編寫教材；")], [F("sub-clause-label",
             '子條款被編為第 "4." 條行動性條款；應為 «（b）» (ZH-B04, UN-B10)')]),
        lead("請", "聯合國教育、科學及文化組織在其職權範圍內提供技術協助；", OP, **k),
        lead("決定", "在下屆會議上繼續審議此問題。", OP, **k),
    ]
    return Draft("zh-c05-traditional-hrc-indigenous-languages-committee-hint-subs-in-clause-style-biaokai",
                 True, blocks)


def zh_c06() -> Draft:
    w = Words(False)
    b = {"bold": True}
    blocks = top(w) + [
        heading_table(w, value("经济及社会理事会", w), Cell([Para("a", [Run(w.dais, grey=True)])]),
                      value("减少农产品产后损失", w), value("埃塞俄比亚、危地马拉", w),
                      value("柬埔寨、洪都拉斯、卢旺达", w), value(None, w)),
        signers_table(w, ["莱索托", "多哥", "赞比亚", None]),
        Para(NORMAL, [Run("经济及社会理事会，")]),
        lead("注意到", "发展中国家相当一部分粮食在收获后的储存、运输和加工环节中损失，", PRE, **b),
        lead("意识到", "产后损失直接减少小农收入并加剧粮食不安全；", PRE, **b, faults=[F(
            "preambular-end-mark", '序言性条款以 "；" 结尾；应为 «，» (ZH-B02, UN-B05)')]),
        lead("欢迎", "一些国家推广密闭储粮袋和太阳能干燥设备的经验，", PRE, **b),
        Para(H2, [Run(w.op_title)], [F("other",
             '模板的分节标题 "行动性条款" 未删除（“序言性条款”已删）：a template heading left in the text between the '
             'preamble and clause 1 (UN-B01)')]),
        lead("鼓励", "会员国将减少产后损失纳入国家农业投资计划。", OP, **b, faults=[F(
            "operative-end-mark", '第1条（并非最后一条）行动性条款以 "。" 结尾；应为 «；» (ZH-B03, UN-B09, ZH-B05)')]),
        lead("促请", "发展伙伴支持农村合作社建设仓储和冷藏设施；", OP, **b),
        lead("请", "联合国粮食及农业组织编写关于产后损失测算方法的技术指南；", NORMAL, **b, faults=[F(
            "numbering", '此条行动性条款以“只保留文本”粘贴进“正文”样式的段落，没有编号（应为 «3.»）(UN-B07, ZH-B03)')]),
        lead("决定", "在下一届实质性会议上审议本决议的执行情况。", OP, **b),
    ]
    return Draft("zh-c06-ecosoc-post-harvest-loss-operative-title-left-clause-pasted-in-normal-style", False, blocks)


DRAFTS = [zh_c01, zh_c02, zh_c03, zh_c04, zh_c05, zh_c06]


# ---------------------------------------------------------------- styles, numbering, xml
def style(sid: str, name: str, *, kind: str = "paragraph", based: str | None = None,
          ppr: list[etree._Element] | None = None, rpr: list[etree._Element] | None = None,
          custom: bool = False) -> etree._Element:
    s = el("style", {"type": kind, "styleId": sid})
    if custom:
        s.set(q("customStyle"), "1")
    s.append(el("name", {"val": name}))
    if based:
        s.append(el("basedOn", {"val": based}))
    s.append(el("qFormat"))
    if ppr:
        s.append(el("pPr", {}, *ppr))
    if rpr:
        s.append(el("rPr", {}, *rpr))
    return s


def write_styles(doc: docx.document.Document, trad: bool) -> None:
    root = doc.styles.element
    for s in root.findall(q("style")):
        root.remove(s)
    lang = "zh-TW" if trad else "zh-CN"
    song = "新細明體" if trad else "宋体"
    dd = root.find(q("docDefaults"))
    if dd is not None:
        root.remove(dd)
    root.insert(0, el("docDefaults", {}, el("rPrDefault", {}, el("rPr", {},
        el("rFonts", {"ascii": "Times New Roman", "eastAsia": song, "hAnsi": "Times New Roman", "cs": "Times New Roman"}),
        el("sz", {"val": "24"}), el("lang", {"val": "en-US", "eastAsia": lang, "bidi": "ar-SA"})))))
    styles = [
        style("a", "Normal", ppr=[el("spacing", {"line": "360", "lineRule": "auto"}), el("jc", {"val": "both"})]),
        style("1", "heading 1", based="a", ppr=[el("keepNext"), el("jc", {"val": "center"}),
              el("spacing", {"before": "240", "after": "240"}), el("outlineLvl", {"val": "0"})],
              rpr=[el("rFonts", {"eastAsia": "黑体"}), el("b"), el("sz", {"val": "36"})]),
        style("2", "heading 2", based="a", ppr=[el("keepNext"), el("spacing", {"before": "120", "after": "60"}),
              el("outlineLvl", {"val": "1"})], rpr=[el("rFonts", {"eastAsia": "黑体"}), el("b"), el("sz", {"val": "28"})]),
        style("a7", "決議正文" if trad else "决议正文", based="a", custom=True,
              ppr=[el("numPr", {}, el("numId", {"val": "1"})), el("ind", {"left": "420", "hanging": "420"})]),
        style("aa", "決議子條款" if trad else "决议子条款", based="a", custom=True,
              ppr=[el("numPr", {}, el("ilvl", {"val": "1"}), el("numId", {"val": "1"})),
                   el("ind", {"left": "840", "hanging": "420"})]),
        style("a9", "序言正文", based="a", custom=True, ppr=[el("ind", {"firstLine": "420"})]),
        style("a8", "模板說明" if trad else "模板说明", based="a", custom=True,
              rpr=[el("color", {"val": GREY}), el("sz", {"val": "21"})]),
        style("a3", "Table Grid", kind="table"),
    ]
    tbl = styles[-1]
    tbl.append(el("tblPr", {}, el("tblBorders", {}, *[el(side, {"val": "single", "sz": "4", "space": "0", "color": "auto"})
                                                     for side in ("top", "left", "bottom", "right", "insideH", "insideV")])))
    root.extend(styles)


def write_numbering(doc: docx.document.Document) -> None:
    root = doc.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    lvls = [
        el("lvl", {"ilvl": "0"}, el("start", {"val": "1"}), el("numFmt", {"val": "decimal"}), el("pStyle", {"val": "a7"}),
           el("lvlText", {"val": "%1."}), el("lvlJc", {"val": "left"}),
           el("pPr", {}, el("ind", {"left": "420", "hanging": "420"}))),
        el("lvl", {"ilvl": "1"}, el("start", {"val": "1"}), el("numFmt", {"val": "lowerLetter"}),
           el("pStyle", {"val": "aa"}), el("lvlText", {"val": "（%2）"}), el("lvlJc", {"val": "left"}),
           el("pPr", {}, el("ind", {"left": "840", "hanging": "420"}))),
    ]
    root.append(el("abstractNum", {"abstractNumId": "0"}, el("multiLevelType", {"val": "multilevel"}), *lvls))
    root.append(el("num", {"numId": "1"}, el("abstractNumId", {"val": "0"})))


def para_xml(p: Para, trad: bool, logo: etree._Element | None) -> etree._Element:
    if p.logo and logo is not None:
        return logo
    ppr = el("pPr", {}, el("pStyle", {"val": p.style}))
    if p.align:
        ppr.append(el("jc", {"val": p.align}))
    e = el("p", {}, ppr)
    for r in p.runs:
        e.append(r.xml(trad))
    return e


def table_xml(t: Table, trad: bool) -> etree._Element:
    tbl = el("tbl", {}, el("tblPr", {}, el("tblStyle", {"val": "a3"}), el("tblW", {"w": "8000", "type": "dxa"})),
             el("tblGrid", {}, *[el("gridCol", {"w": "2000"}) for _ in range(4)]))
    for row in t.rows:
        tr = el("tr")
        for c in row:
            tcpr = el("tcPr", {}, el("tcW", {"w": str(c.width), "type": "dxa"}))
            if c.span > 1:
                tcpr.append(el("gridSpan", {"val": str(c.span)}))
            if c.vmerge == "restart":
                tcpr.append(el("vMerge", {"val": "restart"}))
            elif c.vmerge == "continue":
                tcpr.append(el("vMerge"))
            tcpr.append(el("vAlign", {"val": "center"}))
            tc = el("tc", {}, tcpr)
            for p in c.paras:
                tc.append(para_xml(p, trad, None))
            tr.append(tc)
        tbl.append(tr)
    return tbl


def logo_png() -> bytes:
    """A 120x60 two-colour PNG (the conference's logo stand-in)."""
    wdt, hgt = 120, 60
    rows = b"".join(b"\x00" + b"".join((b"\x1f\x4e\x79" if (x - 60) ** 2 + (y - 30) ** 2 < 700 else b"\xff\xff\xff")
                                       for x in range(wdt)) for y in range(hgt))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", wdt, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def flat(d: Draft) -> list[Para]:
    out: list[Para] = []
    for b in d.blocks:
        if isinstance(b, Para):
            out.append(b)
        else:
            for row in b.rows:
                for c in row:
                    out.extend(c.paras)
    return out


def labels(d: Draft) -> list[str]:
    """The label Word shows before each body paragraph (style-linked numbering of 决议正文 / 决议子条款)."""
    n0 = n1 = 0
    out = []
    for p in flat(d):
        if p.style == OP:
            n0, n1 = n0 + 1, 0
            out.append(f"{n0}.")
        elif p.style == SUB:
            n1 += 1
            out.append(f"（{'abcdefghij'[n1 - 1]}）")
        else:
            out.append("")
    return out


def build(d: Draft) -> Path:
    doc = docx.Document()
    write_styles(doc, d.trad)
    write_numbering(doc)
    doc.add_picture(io.BytesIO(logo_png()), width=Cm(3))
    body = doc.element.body
    pic_p = body.findall(q("p"))[-1]
    body.remove(pic_p)
    pic_p.insert(0, el("pPr", {}, el("pStyle", {"val": "a"}), el("jc", {"val": "center"})))
    for old in body.findall(q("p")):
        body.remove(old)
    sect = body.find(q("sectPr"))
    header = doc.sections[0].header.paragraphs[0]
    header.text = ("2027年江南中學生模擬聯合國大會 · 決議草案範本（第3版）" if d.trad
                   else "2027年江南中学生模拟联合国大会 · 决议草案模板（第3版）")
    for b in d.blocks:
        x = para_xml(b, d.trad, pic_p) if isinstance(b, Para) else table_xml(b, d.trad)
        sect.addprevious(x)
    path = HERE / f"{d.name}.docx"
    doc.save(str(path))
    return path


def check_saved(d: Draft, path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    ps = list(root.find(q("body")).iter(q("p")))
    paras = flat(d)
    assert len(ps) == len(paras), (d.name, len(ps), len(paras))
    for i, (x, p) in enumerate(zip(ps, paras), 1):
        text = "".join(t.text or "" for t in x.iter(q("t")))
        assert text == p.text, (d.name, i, text, p.text)
        for f in p.faults:
            for piece in re.findall(r'"([^"]+)"', f.note):
                shown = labels(d)[i - 1] + " " + text
                assert piece in text or piece in shown or piece in f"{shown}", (d.name, i, piece)


def main() -> None:
    if "--list" in sys.argv:
        for make in DRAFTS:
            d = make()
            print(f"== {d.name}")
            for i, (lab, p) in enumerate(zip(labels(d), flat(d)), 1):
                marks = "; ".join(f.kind for f in p.faults)
                print(f"{i:3} [{p.style:>2}] {lab:5} {'(logo)' if p.logo else p.text}  {'<< ' + marks if marks else ''}")
        return
    annotations: dict[str, dict[str, list[dict[str, object]]]] = {}
    for make in DRAFTS:
        d = make()
        path = build(d)
        check_saved(d, path)
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(flat(d), 1) for f in p.faults]
        annotations[path.name] = {"faults": faults}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# word-blind44: written by make_drafts.py (paragraph = 1-based index of the body's w:p)\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
