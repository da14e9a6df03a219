"""Build the drafts of the blind set word-blind43 and write annotations.yaml from the fault marks.

    python make_drafts.py                 # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list          # each body paragraph: index, the label Word shows, its text, its marks
    python make_drafts.py --render DIR    # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese drafts (five simplified, one traditional) set the way a teacher of 公文 (GB/T 9704) taught the
delegates: title in 方正小标宋简体 二号, body in 仿宋_GB2312 三号 (16 pt), heading labels in 黑体 / 楷体_GB2312, A4 with
the 公文 margins (37 / 35 / 28 / 26 mm), the document grid of 22 lines x 28 characters (w:docGrid linesAndChars,
linePitch 579), 首行缩进 2 字符 (w:ind w:firstLineChars="200"), page numbers "— 1 —" in the footer (a PAGE field
between em dashes), red-head lines (红头) and a red rule (w:pBdr bottom FF0000), 发文字号-like lines, 版记 lines
(抄送 / 印发) between rules, dates in Chinese numerals (二〇二六年十二月六日), and the 公文 hierarchy 一、（一）1.（1）
typed or as Word numbering (chineseCounting "%1、", decimal "（%3）").

python-docx gives the package (its default template, its numbering part, the footer part); the body, the section,
the numbering definitions and the footer are written with lxml by the helpers below, written for this set (nothing
of drafter imported). Faults are marked F(kind, note) next to the paragraph that carries them; paragraph = the
1-based index of the body's w:p, checked again on the saved file.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from lxml import etree

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SPACE = "{http://www.w3.org/XML/1998/namespace}space"

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
RED = "FF0000"


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
class R:
    """A run: its text and the formatting a 公文-trained delegate gives it."""
    text: str
    font: str | None = None      # East Asian font (and Latin: Times New Roman stays the Latin font)
    size: int | None = None      # half-points
    bold: bool = False
    underline: bool = False
    color: str | None = None

    def xml(self) -> etree._Element:
        rpr = el("rPr")
        if self.font:
            rpr.append(el("rFonts", {"ascii": "Times New Roman", "hAnsi": "Times New Roman", "eastAsia": self.font,
                                     "hint": "eastAsia"}))
        if self.bold:
            rpr.append(el("b"))
            rpr.append(el("bCs"))
        if self.color:
            rpr.append(el("color", {"val": self.color}))
        if self.size:
            rpr.append(el("sz", {"val": str(self.size)}))
            rpr.append(el("szCs", {"val": str(self.size)}))
        if self.underline:
            rpr.append(el("u", {"val": "single"}))
        r = el("r", None, rpr)
        t = el("t")
        t.text = self.text
        t.set(SPACE, "preserve")
        r.append(t)
        return r


@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    align: str | None = None                 # w:jc
    first_chars: int | None = None           # w:ind w:firstLineChars (hundredths of a character)
    right_chars: int | None = None           # w:ind w:rightChars (a date line kept 4 characters from the margin)
    num: tuple[int, int] | None = None       # (numId, ilvl)
    border: dict[str, tuple[str, int]] | None = None   # side -> (colour, eighths of a point)
    snap: bool = True                        # False: w:snapToGrid off (the title)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    def xml(self) -> etree._Element:
        ppr = el("pPr")
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.border:
            bdr = el("pBdr")
            for side in ("top", "bottom"):
                if side in self.border:
                    colour, sz = self.border[side]
                    bdr.append(el(side, {"val": "single", "sz": str(sz), "space": "1", "color": colour}))
            ppr.append(bdr)
        if not self.snap:
            ppr.append(el("snapToGrid", {"val": "0"}))
        if self.first_chars is not None or self.right_chars is not None:
            ind = el("ind")
            if self.right_chars is not None:
                ind.set(q("rightChars"), str(self.right_chars))
                ind.set(q("right"), str(self.right_chars * 32 // 10))
            if self.first_chars is not None:
                ind.set(q("firstLineChars"), str(self.first_chars))
                ind.set(q("firstLine"), str(self.first_chars * 32 // 10))
            ppr.append(ind)
        if self.align:
            ppr.append(el("jc", {"val": self.align}))
        p = el("p", None, ppr)
        for r in self.runs:
            p.append(r.xml())
        return p


# ---------------------------------------------------------------- paragraph makers


def title(text: str = "决议草案") -> P:
    return P([R(text, TITLE_FONT, 44)], align="center", snap=False)


def field_line(label: str, value: str, label_font: str = HEI, faults: list[F] | None = None) -> P:
    return P([R(label, label_font), R(value)], faults or [])


def body(text: str, lead: str = "", *, lead_style: str = "u", faults: list[F] | None = None,
         num: tuple[int, int] | None = None, label: str = "", indent: bool = True) -> P:
    """A clause: optional typed label, the lead (underlined, bold or in 楷体), then the text."""
    runs: list[R] = []
    if label:
        runs.append(R(label))
    if lead:
        if lead_style == "u":
            runs.append(R(lead, underline=True))
        elif lead_style == "b":
            runs.append(R(lead, bold=True))
        elif lead_style == "kai":
            runs.append(R(lead, KAI))
        else:
            runs.append(R(lead))
    runs.append(R(text))
    return P(runs, faults or [], first_chars=200 if indent else None, num=num)


# ---------------------------------------------------------------- numbering


@dataclass
class Level:
    fmt: str        # decimal, chineseCounting, lowerLetter
    text: str       # lvlText
    indent_chars: int = 200


def add_numbering(document: docx.document.Document, num_id: int, levels: list[Level]) -> None:
    """One abstractNum (id = num_id) and its w:num; abstractNums stay before the nums."""
    numbering = document.part.numbering_part.element
    absn = el("abstractNum", {"abstractNumId": str(num_id)}, el("multiLevelType", {"val": "hybridMultilevel"}))
    for i, lv in enumerate(levels):
        lvl = el("lvl", {"ilvl": str(i)},
                 el("start", {"val": "1"}), el("numFmt", {"val": lv.fmt}), el("lvlText", {"val": lv.text}),
                 el("lvlJc", {"val": "left"}),
                 el("pPr", None, el("ind", {"firstLineChars": str(lv.indent_chars), "firstLine": "640", "left": "0"})))
        if lv.fmt == "chineseCounting":
            lvl.append(el("rPr", None, el("rFonts", {"hint": "eastAsia"})))
        absn.append(lvl)
    nums = numbering.findall(q("num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(el("num", {"numId": str(num_id)}, el("abstractNumId", {"val": str(num_id)})))


def shown_labels(paras: list[P], defs: dict[int, list[Level]]) -> list[str]:
    """The label Word draws before each paragraph (counters per numId, deeper levels restart)."""
    counters: dict[int, list[int]] = {}
    out = []
    for p in paras:
        if not p.num:
            out.append("")
            continue
        nid, lvl = p.num
        c = counters.setdefault(nid, [0] * 9)
        c[lvl] += 1
        for deeper in range(lvl + 1, 9):
            c[deeper] = 0
        text = defs[nid][lvl].text
        for k in range(lvl + 1):
            text = text.replace(f"%{k + 1}", render_number(defs[nid][k].fmt, c[k]))
        out.append(text)
    return out


def render_number(fmt: str, n: int) -> str:
    if fmt == "chineseCounting":
        return "〇一二三四五六七八九十"[n] if n <= 10 else str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    return str(n)


# ---------------------------------------------------------------- the document


@dataclass
class Draft:
    name: str
    lang: str                 # zh-CN / zh-TW
    paras: list[P]
    numbering: dict[int, list[Level]] = field(default_factory=dict)
    grid: str = "linesAndChars"
    footer_page: bool = True
    body_font: str = BODY_FONT


def build(d: Draft) -> Path:
    document = docx.Document()
    # document defaults: 仿宋_GB2312 三号, the draft's language
    styles = document.styles.element
    rpr_default = styles.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}")
    for child in list(rpr_default):
        rpr_default.remove(child)
    rpr_default.extend([
        el("rFonts", {"ascii": "Times New Roman", "hAnsi": "Times New Roman", "eastAsia": d.body_font,
                      "cs": "Times New Roman"}),
        el("kern", {"val": "2"}), el("sz", {"val": "32"}), el("szCs", {"val": "32"}),
        el("lang", {"val": "en-US", "eastAsia": d.lang, "bidi": "ar-SA"}),
    ])
    for nid, levels in d.numbering.items():
        add_numbering(document, nid, levels)
    body_el = document.element.body
    sect = body_el.find(q("sectPr"))
    for child in list(body_el):
        if child is not sect:
            body_el.remove(child)
    for p in d.paras:
        sect.addprevious(p.xml())
    # footer: "— 1 —" (PAGE field between em dashes, 宋体 四号, outside edge)
    if d.footer_page:
        footer = document.sections[0].footer
        fp = footer.paragraphs[0]._p
        for child in list(fp):
            fp.remove(child)
        fp.append(el("pPr", None, el("jc", {"val": "center"})))
        size = [el("rFonts", {"ascii": "宋体", "hAnsi": "宋体", "eastAsia": "宋体"}), el("sz", {"val": "28"})]

        def frun(*kids: etree._Element) -> etree._Element:
            return el("r", None, el("rPr", None, *[etree.fromstring(etree.tostring(s)) for s in size]), *kids)

        def ftext(s: str) -> etree._Element:
            t = el("t")
            t.text = s
            t.set(SPACE, "preserve")
            return t
        instr = el("instrText")
        instr.text = " PAGE "
        instr.set(SPACE, "preserve")
        fp.extend([frun(ftext("— ")), frun(el("fldChar", {"fldCharType": "begin"})), frun(instr),
                   frun(el("fldChar", {"fldCharType": "separate"})), frun(ftext("1")),
                   frun(el("fldChar", {"fldCharType": "end"})), frun(ftext(" —"))])
    # section: A4, 公文 margins, the 22 x 28 grid (python-docx wrote pgSz / pgMar / cols / docGrid; rewrite them)
    sect = body_el.find(q("sectPr"))
    for tag in ("pgSz", "pgMar", "cols", "docGrid"):
        for old in sect.findall(q(tag)):
            sect.remove(old)
    sect.append(el("pgSz", {"w": "11906", "h": "16838"}))
    sect.append(el("pgMar", {"top": "2098", "right": "1474", "bottom": "1984", "left": "1588", "header": "851",
                             "footer": "1474", "gutter": "0"}))
    sect.append(el("cols", {"space": "425"}))
    grid = {"type": d.grid, "linePitch": "579"}
    if d.grid == "linesAndChars":
        grid["charSpace"] = "-842"
    sect.append(el("docGrid", grid))
    out = HERE / f"{d.name}.docx"
    document.save(str(out))
    return out


def count_body_paragraphs(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    paras = root.find(q("body")).findall(q("p"))
    return ["".join(t.text or "" for t in p.iter(q("t"))) for p in paras]


# ---------------------------------------------------------------- the drafts

def fields(values: list[tuple[str, str]], label_font: str = HEI) -> list[P]:
    return [field_line(k, v, label_font) for k, v in values]


def red_head(text: str, rule: bool) -> P:
    """A 红头: the issuing body's name in red 小标宋, optionally with the red rule under it."""
    return P([R(text, TITLE_FONT, 52, color=RED)], align="center", snap=False,
             border={"bottom": (RED, 18)} if rule else None)


def organ(text: str) -> P:
    return P([R(text, bold=True)])


DECIMAL_LETTER = [Level("decimal", "%1."), Level("lowerLetter", "(%2)", 300)]
ORGAN_NOTE = "ZH-B01, UN-B02"

G01 = Draft("zh-g01-ga3-domestic-workers-red-head-wenhao-red-rule-banji-lines", "zh-CN", [
    red_head("星海中学模拟联合国协会文件", rule=False),
    P([R("星模联〔2026〕12号")], align="center", border={"bottom": (RED, 18)}),
    title(),
    *fields([("委员会：", "大会第三委员会"), ("议题：", "保障家政工人的劳动权利"), ("起草国：", "菲律宾、印度尼西亚、南非"),
             ("附议国：", "巴西、斯里兰卡、埃塞俄比亚、墨西哥、尼泊尔"), ("草案编号：", "3.1")]),
    organ("大会，"),
    body("《世界人权宣言》和《经济、社会及文化权利国际公约》中关于公正和良好工作条件的规定，", "回顾"),
    body("国际劳工组织2011年《家庭工人公约》（第189号）及其建议书，", "又回顾"),
    body("全世界大多数家政工人仍在非正规经济中工作，无法享有最低工资和社会保险；", "关切地注意到", faults=[
        F("preambular-end-mark", 'preambular clause ends with "；" («，») (ZH-B02, UN-B05)')]),
    body("家政工人中妇女和移徙工人占很大比例，她们尤其容易遭受剥削和暴力，", "认识到"),
    body("许多家政工人居住在雇主家中，其工作时间和休息日难以得到监督，", "铭记"),
    body("尚未批准《家庭工人公约》（第189号）的会员国考虑批准该公约；", "鼓励", num=(101, 0)),
    body("各会员国在国内劳动立法中：", "促请", num=(101, 0)),
    body("明确将家政工作纳入劳动法的适用范围；", num=(101, 1)),
    body("规定每周至少连续二十四小时的休息时间；", num=(101, 1)),
    body("各会员国为家政工人设立便于使用的投诉渠道，并以其母语提供法律援助；", "请", num=(101, 0)),
    body("国际劳工组织协助各国收集有关家政工作的分性别统计数据；", "邀请", num=(101, 0)),
    body("在第八十二届会议上继续审议这一问题。", "决定", num=(101, 0)),
    P([R("抄送：各会员国代表团，主席团。")], [F("other", 'a 公文 版记 line "抄送：各会员国代表团，主席团。" after the last '
                                           "clause: nothing follows the operative part of a draft resolution "
                                           "(UN-B01, ZH-H01, MUN-F05)")],
      first_chars=100, border={"top": ("000000", 4), "bottom": ("000000", 4)}),
    P([R("星海中学模拟联合国协会秘书处　　　　　　2026年12月6日印发")],
      [F("other", 'a 公文 版记 line "星海中学模拟联合国协会秘书处" … "2026年12月6日印发" (issuer and printing date) after '
                  "the last clause: nothing follows the operative part of a draft resolution (UN-B01, ZH-H01)")],
      first_chars=100, border={"bottom": ("000000", 8)}),
], numbering={101: DECIMAL_LETTER})


def cn_num(label: str, n: int) -> F:
    return F("numbering", f'operative clause numbered "{label}" by a Word list in chineseCounting («{n}.») (UN-B07, ZH-B03)')


G02 = Draft("zh-g02-unea-mangroves-chinese-counting-list-clauses-date-in-hanzi", "zh-CN", [
    title(),
    *fields([("委员会：", "联合国环境大会"), ("议题：", "养护和恢复红树林生态系统"), ("起草国：", "印度尼西亚、塞内加尔、厄瓜多尔"),
             ("附议国：", "孟加拉国、斐济、肯尼亚、越南、巴拿马、马达加斯加"), ("草案编号：", "1.2")]),
    organ("联合国环境大会，"),
    body("二〇二二年三月联合国环境大会第五届会议续会通过的关于基于自然的解决办法的决议，", "回顾", lead_style="b", faults=[
        F("other", 'date written in Chinese numerals "二〇二二年三月" («2022年3月») (ZH-P02, UN-H03)')]),
    body("红树林能够储存大量碳、抵御风暴潮并为沿海社区提供生计，", "认识到", lead_style="b"),
    body("过去几十年间全球红树林面积因水产养殖、城市扩张和污染而持续减少，", "深为关切", lead_style="b"),
    body("许多红树林分布在缺乏有效管理的沿海地区，", "注意到", lead_style="b"),
    body("各区域在红树林恢复方面开展的合作倡议，", "欢迎", lead_style="b"),
    body("会员国将红树林养护纳入国家自主贡献和国家生物多样性战略；", "鼓励", lead_style="b", num=(102, 0),
         faults=[cn_num("一、", 1)]),
    body("会员国在规划沿海水产养殖时避免砍伐红树林，并对已废弃的养殖塘进行生态修复；", "敦促", lead_style="b",
         num=(102, 0), faults=[cn_num("二、", 2)]),
    body("联合国环境规划署执行主任：", "请", lead_style="b", num=(102, 0), faults=[cn_num("三、", 3)]),
    body("编写关于红树林恢复最佳做法的报告；", label="(a) "),
    body("支持发展中国家开展红树林面积的卫星监测；", label="(b) "),
    body("各国际金融机构为社区主导的红树林恢复项目提供资金；", "邀请", lead_style="b", num=(102, 0),
         faults=[cn_num("四、", 4)]),
    body("在第八届会议上审查本决议的执行情况。", "决定", lead_style="b", num=(102, 0), faults=[cn_num("五、", 5)]),
], numbering={102: [Level("chineseCounting", "%1、")]})

G03 = Draft("zh-g03-trad-ecosoc-green-skills-heiti-section-headings-luokuan-date", "zh-TW", [
    title("決議草案"),
    *fields([("委員會：", "經濟及社會理事會"), ("議題：", "培養青年的綠色技能"), ("起草國：", "哥斯大黎加、丹麥、盧安達"),
             ("附議國：", "智利、愛爾蘭、摩洛哥、紐西蘭、烏干達"), ("草案編號：", "2.3")], label_font="標楷體"),
    organ("經濟及社會理事會，"),
    P([R("一、序言部分", HEI)], [F("other", 'section heading "一、序言部分" (a 公文 first-level heading in 黑體) inside the '
                                       "draft; the preamble follows the organ line directly (UN-B01)")], first_chars=200),
    body("大會關於《2030年永續發展議程》的第70/1號決議，", "回顧"),
    body("向綠色經濟轉型將在再生能源、建築和農業等部門創造大量新的就業機會，", "認識到"),
    body("許多國家的職業教育課程尚未反映綠色產業所需的技能。", "關切地注意到", faults=[
        F("preambular-end-mark", 'preambular clause ends with "。" («，»; the only full stop closes the last operative '
                                 "clause) (ZH-B02, ZH-B05, UN-B05)")]),
    body("青年，特別是農村青年和身心障礙青年，應能平等地獲得技能培訓，", "強調"),
    P([R("二、執行部分", HEI)], [F("other", 'section heading "二、執行部分" (a 公文 first-level heading in 黑體) between '
                                       "the preamble and the operative part (UN-B01)")], first_chars=200),
    body("會員國在國家職業資格框架中增列綠色技能的標準；", "鼓勵", num=(103, 0)),
    body("國際勞工組織和聯合國教育、科學及文化組織：", "請", num=(103, 0)),
    body("彙編各國綠色技能培訓的成功經驗；", num=(103, 1)),
    body("為職業學校教師提供相關的線上進修課程；", num=(103, 1)),
    body("私營部門與職業學校合作提供帶薪實習機會；", "促請", num=(103, 0)),
    body("於2028年屆會上審議本決議的後續行動。", "決定", num=(103, 0)),
    P([R("二〇二六年十二月六日")], [F("other", 'a 公文 落款 date line after the text, "二〇二六年十二月六日" in Chinese '
                                         "numerals: nothing follows the last operative clause (UN-B01; dates ZH-P02 "
                                         "«2026年12月6日»)")], align="right", right_chars=400),
], numbering={103: DECIMAL_LETTER}, grid="lines", body_font="標楷體")

G04 = Draft("zh-g04-clean-wha-maternal-mental-health-red-head-rule-kaiti-leads", "zh-CN", [
    red_head("第十一届星海模拟联合国大会", rule=True),
    title(),
    *fields([("委员会：", "世界卫生大会"), ("议题：", "孕产妇心理健康"), ("起草国：", "加拿大、泰国、加纳"),
             ("附议国：", "澳大利亚、秘鲁、约旦、卢旺达、瑞典"), ("草案编号：", "1.1")]),
    organ("世界卫生大会，"),
    body("世界卫生组织《2013—2030年精神卫生综合行动计划》，", "回顾", lead_style="kai"),
    body("相当多的妇女在妊娠期间和产后一年内出现抑郁或焦虑，", "关切地注意到", lead_style="kai"),
    body("孕产妇的心理健康问题会影响婴幼儿的营养、发育和安全，", "认识到", lead_style="kai"),
    body("许多低收入和中等收入国家的初级卫生保健机构缺少受过培训的精神卫生工作者，", "铭记", lead_style="kai"),
    body("会员国将孕产妇心理健康筛查纳入常规的产前和产后保健服务；", "敦促", lead_style="kai", num=(104, 0)),
    body("会员国培训社区卫生工作者和助产士，使其能够提供基本的心理支持；", "鼓励", lead_style="kai", num=(104, 0)),
    body("总干事：", "请", lead_style="kai", num=(104, 0)),
    body("制定关于孕产妇心理健康筛查工具的技术指导；", num=(104, 1)),
    body("向第八十一届世界卫生大会报告本决议的执行进展情况。", num=(104, 1)),
], numbering={104: DECIMAL_LETTER})


def sub_label(label: str, expected: str, level: str = "sub-clause") -> F:
    return F("sub-clause-label", f'{level} numbered "{label}" by the list\'s 公文 level («{expected}») (ZH-B04, UN-B10)')


G05 = Draft("zh-g05-ga2-landlocked-transit-gongwen-multilevel-list-full-stop-clause", "zh-CN", [
    title(),
    *fields([("委员会：", "大会第二委员会"), ("议题：", "内陆发展中国家的过境运输"), ("起草国：", "蒙古、巴拉圭、老挝人民民主共和国"),
             ("附议国：", "哈萨克斯坦、玻利维亚、乌干达、尼泊尔、马拉维"), ("草案编号：", "2.2")]),
    organ("大会，"),
    body("内陆发展中国家有权进入海洋和享有过境自由，", "重申", lead_style="b"),
    body("内陆发展中国家的贸易成本平均高于其过境邻国，", "注意到", lead_style="b"),
    body("过境手续繁琐和基础设施不足是这些国家融入全球价值链的主要障碍，", "认识到", lead_style="b"),
    body("区域经济共同体在统一过境文件方面取得的进展，", "欢迎", lead_style="b"),
    body("过境国与内陆发展中国家缔结或更新双边过境协定；", "促请", lead_style="b", num=(105, 0)),
    body("各国采用电子海关申报，缩短货物在边境口岸的停留时间。", "鼓励", lead_style="b", num=(105, 0), faults=[
        F("operative-end-mark", 'operative clause 2 (not the last) ends with "。" («；») (ZH-B03, ZH-B05, UN-B09)')]),
    body("秘书长：", "请", lead_style="b", num=(105, 0)),
    body("评估现有过境走廊的运输成本；", num=(105, 1), faults=[sub_label("1.", "(a)")]),
    body("就下列事项提出建议：", num=(105, 1), faults=[sub_label("2.", "(b)")]),
    body("简化过境文件；", num=(105, 2), faults=[sub_label("（1）", "(i)» / «㈠", "second-level sub-clause")]),
    body("改善铁路和公路的互联互通；", num=(105, 2), faults=[sub_label("（2）", "(ii)» / «㈡", "second-level sub-clause")]),
    body("将题为“内陆发展中国家的具体行动”的分项列入第八十二届会议临时议程。", "决定", lead_style="b", num=(105, 0)),
], numbering={105: [Level("decimal", "%1."), Level("decimal", "%2.", 300), Level("decimal", "（%3）", 400)]})

G06 = Draft("zh-g06-hrc-journalists-zhusong-line-for-organ-teci-closing-date-in-hanzi", "zh-CN", [
    title(),
    *fields([("委员会：", "人权理事会"), ("议题：", "新闻工作者的安全"), ("起草国：", "奥地利、突尼斯、哥斯达黎加"),
             ("附议国：", "希腊、蒙古、塞拉利昂、乌拉圭、立陶宛"), ("草案编号：", "4.1")], label_font=KAI),
    P([R("各会员国代表团：")], [F("other", 'a 公文 主送 line "各会员国代表团：" in the place of the organ line («人权理事会，») '
                                   f"({ORGAN_NOTE}, UN-B01)")]),
    body("人人有权持有主张而不受干涉，有权自由发表意见，", "重申"),
    body("新闻工作者因其工作而遭受杀害、任意拘留和网络骚扰的事件有所增加，", "深为关切"),
    body("针对女性新闻工作者的网络暴力往往带有性别歧视的性质，", "注意到"),
    body("对侵害新闻工作者的罪行有罪不罚会助长进一步的暴力，", "强调"),
    body("一切针对新闻工作者和媒体工作者的袭击和暴力行为；", "谴责", label="1. "),
    body("各国对侵害新闻工作者的行为进行迅速、独立和有效的调查；", "促请", label="2. "),
    body("各国建立新闻工作者保护机制，包括紧急联络热线和临时安置措施；", "鼓励", label="3. "),
    body("联合国人权事务高级专员于二〇二八年三月前提交关于各国保护机制的汇编报告；", "请", label="4. ", faults=[
        F("other", 'date written in Chinese numerals "二〇二八年三月" («2028年3月») (ZH-P02, UN-H03)')]),
    body("继续审议这一问题。", "决定", label="5. "),
    P([R("特此决议。")], [F("other", 'a 公文 closing formula "特此决议。" as a paragraph after the last operative clause: '
                              "nothing follows it and its full stop is the only one (UN-B01, UN-B09, ZH-B05)")],
      first_chars=200),
], grid="lines")

DRAFTS = [G01, G02, G03, G04, G05, G06]


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--list":
        for d in DRAFTS:
            print(f"== {d.name}")
            for i, (p, lab) in enumerate(zip(d.paras, shown_labels(d.paras, d.numbering)), 1):
                marks = "; ".join(f"{f.kind}" for f in p.faults)
                print(f"{i:3} {lab:6} {p.text}  {'<-- ' + marks if marks else ''}")
        return
    if args and args[0] == "--render":
        out = Path(args[1])
        out.mkdir(parents=True, exist_ok=True)
        for d in DRAFTS:
            src = HERE / f"{d.name}.docx"
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)],
                           check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(out / f"{d.name}.pdf"), str(out / d.name)],
                           check=True)
        return
    annotations: dict[str, dict[str, list[dict[str, object]]]] = {}
    for d in DRAFTS:
        path = build(d)
        texts = count_body_paragraphs(path)
        assert len(texts) == len(d.paras), (d.name, len(texts), len(d.paras))
        faults = []
        for i, (p, t) in enumerate(zip(d.paras, texts), 1):
            assert t == p.text and t.strip(), (d.name, i, t)
            for f in p.faults:
                for quoted in f.note.split('"')[1::2]:
                    assert quoted in t or quoted in shown_labels(d.paras, d.numbering)[i - 1], (d.name, i, quoted)
                faults.append({"paragraph": i, "kind": f.kind, "note": f.note})
        annotations[f"{d.name}.docx"] = {"faults": faults}
    header = ("# word-blind43: Chinese drafts set in the official-document style (公文格式, GB/T 9704); written by\n"
              "# make_drafts.py (paragraph = 1-based index of the body's w:p). Judged by /work/shared/FORMAT.md, profile\n"
              "# cn-mun; what is a 公文 element and what is judged: README.md.\n")
    (HERE / "annotations.yaml").write_text(
        header + yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    print(sum(len(v["faults"]) for v in annotations.values()), "faults in", len(annotations), "drafts")


if __name__ == "__main__":
    main()
