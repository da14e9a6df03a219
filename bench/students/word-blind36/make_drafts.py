"""Build the drafts of the blind set word-blind36 and write annotations.yaml from the fault marks.

    python make_drafts.py                 # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list          # each body paragraph: index, the label Word shows, its text, its marks
    python make_drafts.py --render DIR    # PDF (LibreOffice), 60-dpi PNG pages and a text export of each draft

Six drafts (four Chinese, one of them in traditional characters; two English) in the shapes the online
collaborative editors (腾讯文档, 石墨文档, 飞书 / Lark, 金山文档, 语雀) write when a team exports its shared draft
to Word: fonts set on every run (微软雅黑 / Microsoft YaHei, PingFang SC / TC, 等线 / DengXian, with
w:hint="eastAsia"), line and paragraph spacing written on every paragraph, a text colour on every run (飞书's
1F2329), one abstractNum per list, bullet lists drawn with "●" "○" "■", typed labels, Heading styles, empty
paragraphs between clauses, highlights and shading left from review (w:highlight, w:shd, w:color), @-mentions,
comments anchored in the text (comments part), hyperlinks, and half-width punctuation typed after a Chinese
character with the pinyin IME in English mode (or full-width marks typed in English text in Chinese mode).

python-docx gives the package (its default template, its comments part); the body, numbering and styles are written
with lxml by the helpers below, written for this set (nothing of drafter imported). Faults are marked F(kind, note)
next to the paragraph that carries them; paragraph = the 1-based index of the body's w:p (empty paragraphs count),
checked again on the saved file.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SPACE = "{http://www.w3.org/XML/1998/namespace}space"


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
class Font:
    """The w:rFonts an editor writes on every run."""
    latin: str | None = None
    ea: str | None = None
    hint: bool = False
    color: str | None = None     # a text colour written on every run
    size: int | None = None      # half-points written on every run


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    highlight: str | None = None     # w:highlight (yellow, none, ...)
    shd: str | None = None           # w:shd fill (text background colour)
    color: str | None = None         # overrides the editor's colour
    size: int | None = None
    link: str | None = None          # an external hyperlink around the run
    hint: bool | None = None         # overrides the editor's hint

    def xml(self, font: Font) -> etree._Element:
        rpr = el("rPr")
        if self.link:
            rpr.append(el("rStyle", {"val": "Hyperlink"}))
        hint = font.hint if self.hint is None else self.hint
        if font.latin or font.ea or hint:
            f = el("rFonts")
            if font.latin:
                f.set(q("ascii"), font.latin)
                f.set(q("hAnsi"), font.latin)
                f.set(q("cs"), font.latin)
            if font.ea:
                f.set(q("eastAsia"), font.ea)
            if hint:
                f.set(q("hint"), "eastAsia")
            rpr.append(f)
        if self.bold:
            rpr.append(el("b"))
            rpr.append(el("bCs"))
        if self.italic:
            rpr.append(el("i"))
            rpr.append(el("iCs"))
        color = "0563C1" if self.link else (self.color or font.color)
        if color:
            rpr.append(el("color", {"val": color}))
        size = self.size or font.size
        if size:
            rpr.append(el("sz", {"val": str(size)}))
            rpr.append(el("szCs", {"val": str(size)}))
        if self.highlight:
            rpr.append(el("highlight", {"val": self.highlight}))
        if self.underline or self.link:
            rpr.append(el("u", {"val": "single"}))
        if self.shd:
            rpr.append(el("shd", {"val": "clear", "color": "auto", "fill": self.shd}))
        r = el("r", None, rpr)
        t = el("t")
        t.text = self.text
        t.set(SPACE, "preserve")
        r.append(t)
        return r


@dataclass
class Para:
    runs: list[Run]
    faults: list[F] = field(default_factory=list)
    num: tuple[int, int] | None = None        # (numId, ilvl)
    style: str | None = None                  # pStyle (Heading1, Heading2)
    align: str | None = None
    spacing: tuple[int, int, int] | None = None   # (before, after, line) in twips / 240ths
    comment: tuple[str, str, str] | None = None  # (text, author, initials) anchored on the whole paragraph

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Level:
    fmt: str           # decimal, lowerLetter, bullet
    text: str          # lvlText
    left: int
    hanging: int = 360
    font: str | None = None   # the bullet glyph's font


@dataclass
class Draft:
    name: str
    paras: list[Para]
    lists: dict[int, list[Level]]        # numId -> levels; each numId has an abstractNum of its own
    font: Font
    default_ea: str = "等线"
    lang: str = "zh-CN"
    ea_lang: str = "zh-CN"
    spacing: tuple[int, int, int] | None = None   # written on every paragraph that has none of its own


def shown(fmt: str, n: int, text: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    if fmt == "bullet":
        return text
    raise ValueError(fmt)


def labels(d: Draft) -> list[str]:
    """The label Word shows on each paragraph: counters per list (one abstractNum each), deeper levels restart."""
    counts: dict[int, list[int]] = {}
    out = []
    for p in d.paras:
        if not p.num:
            out.append("")
            continue
        num, ilvl = p.num
        c = counts.setdefault(num, [0] * 9)
        c[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            c[deeper] = 0
        levels = d.lists[num]
        lab = levels[ilvl].text
        if levels[ilvl].fmt != "bullet":
            for lv in range(ilvl + 1):
                lab = lab.replace(f"%{lv + 1}", shown(levels[lv].fmt, max(c[lv], 1), levels[lv].text))
        out.append(lab)
    return out


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(q("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    rpr = doc.styles.element.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(el("rFonts", {"asciiTheme": "minorHAnsi", "eastAsia": d.default_ea, "hAnsiTheme": "minorHAnsi",
                             "cstheme": "minorBidi"}))
    rpr.append(el("sz", {"val": "22"}))
    rpr.append(el("szCs", {"val": "22"}))
    rpr.append(el("lang", {"val": d.lang, "eastAsia": d.ea_lang, "bidi": "ar-SA"}))
    tfl = doc.settings.element.find(q("themeFontLang"))
    tfl.set(q("val"), d.lang)
    tfl.set(q("eastAsia"), d.ea_lang)
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for k, (_num_id, levels) in enumerate(sorted(d.lists.items())):
        a = el("abstractNum", {"abstractNumId": str(k)}, el("multiLevelType", {"val": "hybridMultilevel"}))
        for i, lv in enumerate(levels):
            lvl = el("lvl", {"ilvl": str(i)}, el("start", {"val": "1"}), el("numFmt", {"val": lv.fmt}),
                     el("lvlText", {"val": lv.text}), el("lvlJc", {"val": "left"}),
                     el("pPr", None, el("ind", {"left": str(lv.left), "hanging": str(lv.hanging)})))
            if lv.font:
                lvl.append(el("rPr", None, el("rFonts", {"ascii": lv.font, "hAnsi": lv.font, "hint": "default"})))
            a.append(lvl)
        numbering.append(a)
    for k, num_id in enumerate(sorted(d.lists)):
        numbering.append(el("num", {"numId": str(num_id)}, el("abstractNumId", {"val": str(k)})))
    for p in d.paras:
        x = el("p")
        ppr = el("pPr")
        if p.style:
            ppr.append(el("pStyle", {"val": p.style}))
        if p.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(p.num[1])}), el("numId", {"val": str(p.num[0])})))
        sp = p.spacing or d.spacing
        if sp:
            ppr.append(el("spacing", {"before": str(sp[0]), "after": str(sp[1]), "line": str(sp[2]),
                                      "lineRule": "auto"}))
        if p.align:
            ppr.append(el("jc", {"val": p.align}))
        x.append(ppr)
        for r in p.runs:
            rx = r.xml(d.font)
            if r.link:
                rid = doc.part.relate_to(r.link, RT.HYPERLINK, is_external=True)
                h = el("hyperlink", None, rx)
                h.set(f"{{{R_NS}}}id", rid)
                h.set(q("history"), "1")
                x.append(h)
            else:
                x.append(rx)
        body.insert(len(body) - 1, x)
    for p, dp in zip(d.paras, doc.paragraphs, strict=True):
        if p.comment:
            doc.add_comment(dp.runs, text=p.comment[0], author=p.comment[1], initials=p.comment[2])
    doc.core_properties.author = "shared document"
    path = HERE / f"{d.name}.docx"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    assert len(tree.find(q("body")).findall(q("p"))) == len(d.paras), d.name
    return path


# ---------------------------------------------------------------- pieces shared by the drafts
def lead(text: str, rest: str, *, u: bool = True, i: bool = False, **kw: object) -> list[Run]:
    return [Run(text, underline=u, italic=i), Run(rest, **kw)]  # type: ignore[arg-type]


def field_line(label: str, value: str, colon: str = "：") -> Para:
    return Para([Run(label + colon, bold=True), Run(value)])


EMPTY = Para([])
DEC = Level("decimal", "%1.", 420)
SUB = Level("lowerLetter", "(%2)", 840, 420)
NUM_ZH = "(UN-B07, ZH-B03)"


# ---------------------------------------------------------------- zh-k01: 腾讯文档
def zh_k01() -> Draft:
    name = "zh-k01-tencent-docs-underground-pipes-yahei-second-list-restarts-yellow-highlight-comment"
    P = [
        Para([Run("决议草案", bold=True, size=32)], align="center"),
        field_line("委员会", "联合国人居署大会"),
        field_line("议题", "城市地下管网老化与公共安全"),
        field_line("起草国", "波兰、马来西亚、智利、肯尼亚"),
        field_line("附议国", "秘鲁、约旦、印度尼西亚、挪威、加纳"),
        field_line("草案编号", "1.1"),
        EMPTY,
        Para([Run("联合国人居署大会", bold=True), Run("，")]),
        Para(lead("回顾", "2016年第三次联合国住房和城市可持续发展大会通过的《新城市议程》，")),
        Para(lead("认识到", "许多城市的供水、排水、燃气和供热管道已超过设计使用年限，泄漏、爆管和路面塌陷事故时有发生，")),
        Para(lead("深为关切地注意到", "地下管网事故往往造成人员伤亡和服务中断，而低收入社区受到的影响最为严重,"),
             [F("half-width-punctuation-in-chinese",
                '"受到的影响最为严重," - the preambular clause ends with a half-width "," typed after a Chinese '
                'character with the pinyin IME in English mode «受到的影响最为严重，» (ZH-P01, UN-B05)')]),
        Para(lead("强调", "城市规划部门、公用事业企业和应急管理部门之间共享管网数据的重要性，")),
        EMPTY,
        Para(lead("鼓励", "会员国建立覆盖全部地下管线的数字化信息平台，并定期更新管线的位置、材质和建设年代；"),
             num=(1, 0)),
        Para([Run("建议", underline=True), Run("各城市优先改造"), Run("使用年限最长、事故风险最高", highlight="yellow"),
              Run("的管段，并将改造计划纳入中期财政预算；")], num=(1, 0),
             faults=[F("emphasis", '"使用年限最长、事故风险最高" - words of the clause left highlighted in yellow from '
                                   'the team\'s review; only the lead is set off «使用年限最长、事故风险最高» in plain '
                                   'text (UN-B17)')],
             comment=("这里的“使用年限最长”有数据支撑吗？", "陈思远", "陈")),
        Para(lead("请", "联合国人居署："), num=(1, 0)),
        Para([Run("编写地下管网风险评估的技术指南；")], num=(1, 1)),
        Para([Run("为最不发达国家的城市提供培训和技术援助；")], num=(1, 1)),
        EMPTY,
        Para(lead("敦促", "开挖施工单位在动工前查询管线信息，以避免挖断燃气和供水管道；"), num=(2, 0),
             faults=[F("numbering", '"敦促开挖施工单位" - the clause is in a second list (an abstractNum of its '
                                    'own, pasted from another shared document) that restarts: Word shows "1." '
                                    '«4.» (UN-B07, ZH-B03)')]),
        Para(lead("邀请", "国际金融机构为发展中国家的管网更新项目提供优惠贷款；"), num=(2, 0),
             faults=[F("numbering", '"邀请国际金融机构" - second list: Word shows "2." «5.» ' + NUM_ZH)]),
        Para(lead("请", "执行主任向下届人居署大会报告本决议的执行情况。"), num=(2, 0),
             faults=[F("numbering", '"请执行主任" - second list: Word shows "3." «6.» ' + NUM_ZH)]),
    ]
    return Draft(name, P, {1: [DEC, SUB], 2: [DEC, SUB]},
                 Font("Microsoft YaHei", "微软雅黑", hint=True, size=22), spacing=(0, 0, 276))


# ---------------------------------------------------------------- zh-k02: 石墨文档
def zh_k02() -> Draft:
    name = "zh-k02-shimo-gig-workers-pingfang-bullet-clauses-circle-subs-link"
    bullet = "(UN-B07, ZH-B03)"
    P = [
        Para([Run("决议草案")], style="Heading1", align="center"),
        field_line("委员会", "经济及社会理事会"),
        field_line("议题", "平台零工劳动者的社会保障"),
        field_line("起草国", "西班牙、菲律宾、墨西哥、南非"),
        field_line("附议国", "泰国、哥伦比亚、爱尔兰、塞内加尔、越南"),
        field_line("草案编号", "2.1"),
        Para([Run("经济及社会理事会", bold=True), Run("，")]),
        Para(lead("忆及", "《世界人权宣言》第二十二条关于人人享有社会保障的权利的规定，")),
        Para([Run("注意到", underline=True), Run("国际劳工组织关于平台经济中体面劳动的报告",
                                                  link="https://www.ilo.org/topics/platform-economy"), Run("，")]),
        Para(lead("关切地注意到", "许多平台劳动者因被认定为独立承包人而无法参加工伤保险和养老保险，")),
        Para(lead("敦促", "会员国明确平台企业在劳动者职业安全方面的责任；"), num=(1, 0),
             faults=[F("numbering", '"敦促会员国明确" - the operative clause is a bullet "●" of the editor\'s '
                                    'bulleted list, not numbered «1.» ' + bullet)]),
        Para(lead("鼓励", "平台企业与劳动者代表就派单规则和报酬标准开展协商，具体包括："), num=(1, 0),
             faults=[F("numbering", '"鼓励平台企业" - operative clause drawn with a bullet "●" «2.» ' + bullet)]),
        Para([Run("公开影响派单和报酬的主要因素；")], num=(1, 1),
             faults=[F("sub-clause-label", '"公开影响派单" - the sub-clause is drawn with a bullet "○" of the '
                                           'bulleted list\'s second level, not labelled «(a)» (ZH-B04, UN-B10)')]),
        Para([Run("设立便捷的线上和线下申诉渠道；")], num=(1, 1),
             faults=[F("sub-clause-label", '"设立便捷的" - sub-clause drawn with a bullet "○" «(b)» (ZH-B04, '
                                           'UN-B10)')]),
        Para(lead("呼吁", "各国将平台劳动者纳入工伤保险的覆盖范围。"), num=(1, 0),
             faults=[F("numbering", '"呼吁各国" - operative clause drawn with a bullet "●" «3.» ' + bullet),
                     F("operative-end-mark", '"纳入工伤保险的覆盖范围。" - an operative clause that is not the last '
                                             'ends with "。" «覆盖范围；» (UN-B09, ZH-B03)')]),
        Para(lead("请", "秘书长在下届会议上提交关于本决议执行情况的报告。"), num=(1, 0),
             faults=[F("numbering", '"请秘书长" - operative clause drawn with a bullet "●" «4.» ' + bullet)]),
    ]
    levels = [Level("bullet", "●", 420, 420, "Arial"), Level("bullet", "○", 840, 420, "Arial"),
              Level("bullet", "■", 1260, 420, "Arial")]
    return Draft(name, P, {1: levels}, Font("PingFang SC", "PingFang SC", hint=True, size=24),
                 spacing=(0, 0, 360))


# ---------------------------------------------------------------- zh-k03: 飞书
def zh_k03() -> Draft:
    name = "zh-k03-feishu-seagrass-heading2-sections-mention-remark-background-colour-dengxian"
    P = [
        Para([Run("决议草案")], style="Heading1", align="center"),
        field_line("委员会", "大会第二委员会"),
        field_line("议题", "海草床生态系统的保护与恢复"),
        field_line("起草国", "澳大利亚、塞舌尔、葡萄牙、斐济"),
        field_line("附议国", "毛里求斯、新西兰、希腊、菲律宾、所罗门群岛"),
        field_line("草案编号", "3.2"),
        Para([Run("序言性条款")], style="Heading2",
             faults=[F("other", '"序言性条款" - a section heading (Heading 2 of the shared document\'s outline) '
                                'inside the draft; the preamble follows the organ line with no heading (UN-B01)')]),
        Para([Run("大会", bold=True), Run("，")]),
        Para(lead("回顾", "《生物多样性公约》和《昆明—蒙特利尔全球生物多样性框架》，")),
        Para(lead("认识到", "海草床能够长期储存碳、稳定海底沉积物，并为多种鱼类幼体提供栖息地，")),
        Para(lead("严重关切地注意到", "沿海开发、疏浚作业和水质恶化导致全球海草床面积持续减少，")),
        Para(lead("欢迎", "一些沿海国家开展海草移植和自然恢复的试点项目，")),
        Para([Run("行动性条款")], style="Heading2",
             faults=[F("other", '"行动性条款" - a section heading (Heading 2) between the preamble and the '
                                'operative part (UN-B01)')]),
        Para([Run("1. "), *lead("促请", "会员国将海草床纳入国家海洋空间规划和国家自主贡献；")]),
        Para([Run("2. "), Run("鼓励", underline=True), Run("各国开展海草床分布和健康状况的"),
              Run("定期监测", shd="FFE9A8"), Run("，并公开监测数据；")],
             faults=[F("emphasis", '"定期监测" - words of the clause left with a yellow text background (飞书\'s '
                                   'text highlight, exported as w:shd) from the team\'s review «定期监测» in plain '
                                   'text (UN-B17)')]),
        Para([Run("3. "), *lead("请", "联合国环境规划署与各区域海洋方案合作，编写海草床恢复的最佳做法汇编；"),
              Run("@林晓雨", color="3370FF"), Run(" 这条再确认一下措辞")],
             faults=[F("other", '"@林晓雨 这条再确认一下措辞" - a co-author\'s @-mention remark left after the '
                                'clause\'s end mark; the clause ends «……最佳做法汇编；» (UN-B09, ZH-B03)')]),
        Para([Run("4. "), *lead("呼吁", "捐助方为小岛屿发展中国家的海草床保护项目提供资金和技术支持；")]),
        Para([Run("5. "), *lead("决定", "在第八十二届会议临时议程中列入题为“海草床生态系统”的分项目。")]),
    ]
    return Draft(name, P, {}, Font(None, "等线", hint=True, color="1F2329", size=22), spacing=(0, 120, 360))


# ---------------------------------------------------------------- zh-k04: 语雀, traditional characters
def zh_k04() -> Draft:
    name = "zh-k04-yuque-traditional-snow-leopard-pingfang-tc-half-width-colon-semicolon"
    sub = Level("lowerLetter", "%2.", 840, 420)
    P = [
        Para([Run("決議草案")], style="Heading1", align="center"),
        field_line("委員會", "聯合國環境大會"),
        field_line("議題", "高山生態系統中的雪豹棲息地保護"),
        field_line("起草國", "蒙古、尼泊爾、吉爾吉斯斯坦、不丹"),
        field_line("附議國", "哈薩克斯坦、巴基斯坦、塔吉克斯坦、瑞士"),
        field_line("草案編號", "1.2"),
        EMPTY,
        Para([Run("聯合國環境大會", bold=True), Run("，")]),
        Para(lead("回顧", "《保護野生動物遷徙物種公約》，")),
        Para(lead("認識到", "雪豹是反映高山生態系統健康狀況的指示物種，")),
        Para(lead("關切地注意到", "棲息地破碎化、盜獵和氣候變化正在威脅雪豹種群的生存，")),
        EMPTY,
        Para(lead("促請", "雪豹分布國加強跨境合作，建立聯合巡護和資訊共享機制；"), num=(1, 0)),
        Para(lead("鼓勵", "各國在雪豹棲息地周邊社區推廣替代生計項目，包括:"), num=(1, 0),
             faults=[F("half-width-punctuation-in-chinese",
                       '"推廣替代生計項目，包括:" - the chapeau ends with a half-width ":" typed with the IME in '
                       'English mode «包括：» (ZH-P01, UN-B11)')]),
        Para([Run("發展以社區為基礎的生態旅遊；")], num=(1, 1)),
        Para([Run("為牧民的牲畜損失設立補償基金；")], num=(1, 1)),
        Para(lead("請", "聯合國環境規劃署彙編紅外相機監測數據的共享標準;"), num=(1, 0),
             faults=[F("half-width-punctuation-in-chinese",
                       '"監測數據的共享標準;" - the operative clause ends with a half-width ";" «共享標準；» '
                       '(ZH-P01, UN-B09)')]),
        Para(lead("邀請", "各國科研機構參與雪豹種群的長期監測；"), num=(1, 0)),
        Para(lead("請", "執行主任向環境大會下屆會議報告本決議的執行情況。"), num=(1, 0)),
    ]
    return Draft(name, P, {1: [DEC, sub]}, Font("PingFang TC", "PingFang TC", hint=True, size=24),
                 default_ea="新細明體", ea_lang="zh-TW", spacing=(0, 160, 312))


# ---------------------------------------------------------------- en-k05: 金山文档, English typed with a Chinese IME
def en_k05() -> Draft:
    name = "en-k05-kingsoft-docs-organ-donation-full-width-marks-square-bullets-red-words"
    square = Level("bullet", "■", 840, 420, "Arial")

    def pre(lead_text: str, rest: str, faults: list[F] | None = None) -> Para:
        return Para([Run(lead_text, italic=True), Run(rest)], faults or [])

    def op(lead_text: str, rest: list[Run] | str, faults: list[F] | None = None) -> Para:
        runs = [Run(rest)] if isinstance(rest, str) else rest
        return Para([Run(lead_text, underline=True), *runs], faults or [], num=(1, 0))

    P = [
        Para([Run("DRAFT RESOLUTION 1.1", bold=True)], align="center"),
        field_line("Committee", "World Health Assembly", ": "),
        field_line("Topic", "Ethical organ donation and the prevention of transplant trafficking", ": "),
        field_line("Sponsors", "Spain, Republic of Korea, Colombia, Croatia", ": "),
        field_line("Signatories", "Portugal, Iran (Islamic Republic of), Uruguay, Malaysia, Tunisia", ": "),
        Para([Run("The World Health Assembly", italic=True), Run(",")]),
        pre("Recalling", " the WHO Guiding Principles on Human Cell, Tissue and Organ Transplantation,"),
        Para([Run("Alarmed by", italic=True), Run(" reports that poor persons are recruited to sell a kidney for a "
                                                  "fraction of its price"), Run("，", hint=True)],
             [F("preambular-end-mark", '"a fraction of its price，" - the English preambular clause ends with a '
                                       'full-width "，" typed with the Chinese IME in Chinese mode «price,» '
                                       '(UN-B05, MUN-F04)')]),
        pre("Noting", " that deceased-donor programmes remain small in many low- and middle-income countries,"),
        pre("Recognizing", " that public trust in the allocation of organs depends on transparent waiting lists,"),
        op("Urges", " Member States to criminalize the brokering of organs and the advertising of organs for sale;"),
        op("Encourages", " Member States to establish national registries in which persons may record their "
                         "consent to donation, including:"),
        Para([Run("an online registration portal;")], num=(1, 1),
             faults=[F("sub-clause-label", '"an online registration portal" - sub-clause drawn with the square '
                                           'bullet "■" of a bullet level, not labelled «(a)» (MUN-F06, UN-B10)')]),
        Para([Run("registration when a driving licence is issued or renewed;")], num=(1, 1),
             faults=[F("sub-clause-label", '"registration when a driving licence" - sub-clause drawn with "■" '
                                           '«(b)» (MUN-F06, UN-B10)')]),
        op("Requests", [Run(" the Director-General to support the training of transplant coordinators in countries "
                            "without a national programme"), Run("；", hint=True)],
           [F("operative-end-mark", '"without a national programme；" - the operative clause ends with a '
                                    'full-width "；" typed in Chinese mode «programme;» (UN-B09, MUN-F05)')]),
        op("Calls upon", [Run(" hospitals to report suspected cases of "), Run("transplant tourism", color="FF0000"),
                          Run(" to national authorities;")],
           [F("emphasis", '"transplant tourism" - words of the clause left in red from a co-author\'s review; only '
                          'the lead is set off «transplant tourism» in the text colour (UN-B17)')]),
        op("Further requests", " the Director-General to report on progress to the Eighty-first World Health "
                               "Assembly."),
    ]
    return Draft(name, P, {1: [DEC, square]}, Font("Times New Roman", "宋体", size=24), lang="en-US",
                 spacing=(0, 0, 300))


# ---------------------------------------------------------------- en-k06: 飞书 / Lark, clean
def en_k06() -> Draft:
    name = "en-k06-clean-lark-textile-waste-comments-empty-lines-white-shading-none-highlight"

    def pre(lead_text: str, rest: str) -> Para:
        return Para([Run(lead_text, italic=True), Run(rest)])

    def op(lead_text: str, rest: str, comment: tuple[str, str, str] | None = None) -> Para:
        return Para([Run(lead_text, underline=True), Run(rest)], num=(1, 0), comment=comment)

    P = [
        Para([Run("Draft Resolution 2.3")], style="Heading1"),
        field_line("Committee", "Second Committee of the General Assembly", ": "),
        field_line("Topic", "Textile waste and the environmental costs of fast fashion", ": "),
        field_line("Sponsors", "Bangladesh, Chile, Ghana, Netherlands", ": "),
        field_line("Signatories", "Finland, Guatemala, Kenya, Pakistan, Sweden, Viet Nam", ": "),
        EMPTY,
        Para([Run("The General Assembly", italic=True), Run(",")]),
        pre("Recalling", " the commitment of Sustainable Development Goal 12 to ensure sustainable consumption and "
                         "production patterns,"),
        EMPTY,
        Para([Run("Aware", italic=True), Run(" that a large share of discarded clothing is "),
              Run("landfilled or incinerated", shd="FFFFFF"), Run(" rather than reused or recycled,")]),
        EMPTY,
        Para([Run("Concerned", italic=True), Run(" that shipments of low-quality used clothing place a burden on "
                                                 "the waste systems of importing countries,", highlight="none")]),
        EMPTY,
        op("Encourages", " Member States to introduce extended producer responsibility schemes for textiles;",
           ("Should we name a regional strategy as an example here?", "Li Na", "LN")),
        EMPTY,
        op("Invites", " clothing brands and retailers to:"),
        Para([Run("disclose the volumes of unsold garments that they destroy;")], num=(1, 1)),
        Para([Run("design garments that can be repaired, resold and recycled;")], num=(1, 1)),
        EMPTY,
        op("Calls upon", " exporting countries to sort used clothing before shipment so that unusable items are not "
                         "sent abroad;", ("Bangladesh wants 'exporting and importing' — discuss at lunch", "Tom Okafor",
                                          "TO")),
        EMPTY,
        op("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
                       "eighty-second session."),
    ]
    return Draft(name, P, {1: [DEC, SUB]}, Font("Times New Roman", "PingFang SC", color="1F2329", size=24),
                 lang="en-US", spacing=(0, 120, 360))


DRAFTS = [zh_k01, zh_k02, zh_k03, zh_k04, en_k05, en_k06]


def check_notes(d: Draft) -> None:
    """Every quoted piece of a note stands in its paragraph (the label Word shows before it)."""
    for p, lab in zip(d.paras, labels(d), strict=True):
        for f in p.faults:
            quoted = re.match(r'"([^"]*)"', f.note)
            assert quoted, (d.name, f.note)
            for piece in quoted.group(1).split("…"):
                assert piece in lab + p.text or piece in p.text, (d.name, piece, p.text)


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            print(f"== {d.name}")
            for k, (p, lab) in enumerate(zip(d.paras, labels(d), strict=True), 1):
                print(f"{k:3} {lab:>4} [{p.style or ''}] {p.text}  {' '.join('[' + f.kind + ']' for f in p.faults)}")
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1]).resolve()
        out.mkdir(parents=True, exist_ok=True)
        profile = f"-env:UserInstallation=file://{out}/lo-profile"
        for d in drafts:
            src = HERE / f"{d.name}.docx"
            for target in ("pdf", "txt:Text (encoded):UTF8"):
                subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir", str(out),
                                str(src)], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{d.name}.pdf"), str(out / d.name)],
                           check=True)
        return
    annotations = {}
    for d in drafts:
        check_notes(d)
        build(d)
        annotations[f"{d.name}.docx"] = {"faults": [{"paragraph": k, "kind": f.kind, "note": f.note}
                                                    for k, p in enumerate(d.paras, 1) for f in p.faults]}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index "
                 "(empty paragraphs count)\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
