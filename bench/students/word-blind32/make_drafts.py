"""Build the drafts of the blind set word-blind32 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, the text as printed
    python make_drafts.py --render DIR   # PDF (LibreOffice), 60-dpi PNG pages and a text export of each draft

Six drafts (five Chinese, one of them in traditional characters and set vertically, and one English) typed with
what the 中文版式 / 字体 / 段落 menus of Word and WPS write: 双行合一 and 纵横混排 (w:eastAsianLayout combine /
combineBrackets / vert), 带圈字符 (an EQ field "eq \\o\\ac(○,1)", no cached result), 字符缩放 (w:w), 字符间距
(w:spacing), 调整宽度 (w:fitText), 首行缩进 2 字符 (w:ind w:firstLineChars), the document grid (w:docGrid) with
w:snapToGrid, 拼音指南 (w:ruby), 着重号 (w:em), vertical text for a whole section (w:textDirection tbRl), the
中文版式 options (w:kinsoku, w:overflowPunct, w:topLinePunct, w:autoSpaceDE / w:autoSpaceDN), WPS's own namespace
(wpsCustomData) and KSOProductBuildVer property, and w:rFonts w:hint="eastAsia" on runs.

python-docx gives the package (its default template); every piece of WordprocessingML is written with lxml by the
helpers below, written for this set (nothing of drafter is imported). Faults are marked with F(kind, note) next to
the paragraph that carries them; the paragraph index is the 1-based index of the body's w:p (no tables, no empty
paragraph), checked again on the saved file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from lxml import etree

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def node(tag: str, attrs: dict[str, str] | None = None, *kids: etree._Element) -> etree._Element:
    e = etree.Element(q(tag))
    for k, v in (attrs or {}).items():
        e.set(q(k), v)
    e.extend(kids)
    return e


def text_el(tag: str, text: str) -> etree._Element:
    t = node(tag)
    t.text = text
    t.set(XML_SPACE, "preserve")
    return t


@dataclass
class F:
    kind: str
    note: str


# ---------------------------------------------------------------- runs
@dataclass
class Run:
    """A run of text with the character formats of Word's 字体 / 中文版式 dialogs (schema order kept)."""
    text: str
    ea: str | None = None          # East Asian font (None: the document default)
    latin: str | None = None       # ascii / hAnsi font
    hint: bool = False             # w:rFonts w:hint="eastAsia"
    bold: bool = False
    italic: bool = False
    underline: bool = False
    spacing: int | None = None     # 字符间距, twentieths of a point (w:spacing)
    scale: int | None = None       # 字符缩放, per cent (w:w)
    size: int | None = None        # half-points
    fit: tuple[int, int] | None = None   # 调整宽度: (width in twips, id) (w:fitText)
    em: str | None = None          # 着重号: "dot" (w:em)
    combine: str | None = None     # 双行合一: brackets ("none", "round", "square", ...) (w:eastAsianLayout combine)
    vert: bool = False             # 纵横混排 (w:eastAsianLayout vert, vertCompress)
    layout_id: int = 0

    def rpr(self) -> etree._Element:
        rpr = node("rPr")
        if self.ea or self.latin or self.hint:
            fonts = node("rFonts")
            if self.latin:
                fonts.set(q("ascii"), self.latin)
                fonts.set(q("hAnsi"), self.latin)
            if self.ea:
                fonts.set(q("eastAsia"), self.ea)
            if self.hint:
                fonts.set(q("hint"), "eastAsia")
            rpr.append(fonts)
        if self.bold:
            rpr.append(node("b"))
        if self.italic:
            rpr.append(node("i"))
        if self.spacing is not None:
            rpr.append(node("spacing", {"val": str(self.spacing)}))
        if self.scale is not None:
            rpr.append(node("w", {"val": str(self.scale)}))
        if self.size:
            rpr.append(node("sz", {"val": str(self.size)}))
            rpr.append(node("szCs", {"val": str(self.size)}))
        if self.underline:
            rpr.append(node("u", {"val": "single"}))
        if self.fit:
            rpr.append(node("fitText", {"val": str(self.fit[0]), "id": str(self.fit[1])}))
        if self.em:
            rpr.append(node("em", {"val": self.em}))
        if self.combine is not None:
            attrs = {"id": str(self.layout_id), "combine": "1"}
            if self.combine != "none":
                attrs["combineBrackets"] = self.combine
            rpr.append(node("eastAsianLayout", attrs))
        elif self.vert:
            rpr.append(node("eastAsianLayout", {"id": str(self.layout_id), "vert": "1", "vertCompress": "1"}))
        return rpr

    def xml(self) -> list[etree._Element]:
        r = node("r")
        rpr = self.rpr()
        if len(rpr):
            r.append(rpr)
        r.append(text_el("t", self.text))
        return [r]

    @property
    def shown(self) -> str:
        return self.text


@dataclass
class Circled:
    """带圈字符 as Word writes it: an EQ field "eq \\o\\ac(○,n)" with no separate / cached result; the page shows
    the digit inside the circle (the chair reads ①)."""
    n: int
    ea: str = "宋体"

    def xml(self) -> list[etree._Element]:
        def r(*kids: etree._Element, enclosing: bool = False) -> etree._Element:
            rpr = node("rPr", None, node("rFonts", {"hint": "eastAsia"}))
            if enclosing:
                rpr = node("rPr", None, node("rFonts", {"ascii": self.ea, "hint": "eastAsia"}),
                           node("position", {"val": "-4"}), node("sz", {"val": "36"}))
            return node("r", None, rpr, *kids)
        return [r(node("fldChar", {"fldCharType": "begin"})),
                r(text_el("instrText", "eq \\o\\ac(")),
                r(text_el("instrText", "○"), enclosing=True),
                r(text_el("instrText", f",{self.n})")),
                r(node("fldChar", {"fldCharType": "end"}))]

    @property
    def shown(self) -> str:
        return CIRCLED[self.n - 1]


@dataclass
class Ruby:
    """拼音指南 as Word writes it for Chinese: one w:ruby per character, the pinyin in w:rt above the base."""
    base: str
    pinyin: list[str]
    ea: str = "宋体"

    def xml(self) -> list[etree._Element]:
        out = []
        for ch, py in zip(self.base, self.pinyin, strict=True):
            pr = node("rubyPr", None, node("rubyAlign", {"val": "center"}), node("hps", {"val": "10"}),
                      node("hpsRaise", {"val": "20"}), node("hpsBaseText", {"val": "21"}),
                      node("lid", {"val": "zh-CN"}))
            rt = node("rt", None, node("r", None, node("rPr", None, node("rFonts", {"ascii": self.ea, "eastAsia":
                                                                                      self.ea, "hAnsi": self.ea,
                                                                                      "hint": "eastAsia"}),
                                                          node("sz", {"val": "10"})), text_el("t", py)))
            base = node("rubyBase", None, node("r", None, node("rPr", None, node("rFonts", {"hint": "eastAsia"})),
                                               text_el("t", ch)))
            out.append(node("r", None, node("ruby", None, pr, rt, base)))
        return out

    @property
    def shown(self) -> str:
        return self.base


Piece = Run | Circled | Ruby


# ---------------------------------------------------------------- paragraphs
@dataclass
class Para:
    runs: list[Piece]
    faults: list[F] = field(default_factory=list)
    num: tuple[int, int] | None = None      # (numId, ilvl)
    align: str | None = None
    first_chars: int | None = None          # 首行缩进 in hundredths of a character (w:firstLineChars)
    cjk_options: bool = False               # 中文版式 options written out (kinsoku, overflowPunct, ...)
    snap: bool | None = None                # w:snapToGrid (False: "如果定义了文档网格，则对齐到网格" unticked)

    def xml(self) -> etree._Element:
        p = node("p")
        ppr = node("pPr")
        if self.num:
            ppr.append(node("numPr", None, node("ilvl", {"val": str(self.num[1])}),
                            node("numId", {"val": str(self.num[0])})))
        if self.cjk_options:
            ppr.append(node("kinsoku", {"val": "1"}))
            ppr.append(node("overflowPunct", {"val": "1"}))
            ppr.append(node("topLinePunct", {"val": "1"}))
            ppr.append(node("autoSpaceDE", {"val": "1"}))
            ppr.append(node("autoSpaceDN", {"val": "1"}))
        if self.snap is not None:
            ppr.append(node("snapToGrid", {"val": "1" if self.snap else "0"}))
        if self.first_chars:
            ppr.append(node("ind", {"firstLineChars": str(self.first_chars), "firstLine": str(self.first_chars * 21 // 10)}))
        if self.align:
            ppr.append(node("jc", {"val": self.align}))
        if len(ppr):
            p.append(ppr)
        for run in self.runs:
            p.extend(run.xml())
        return p

    @property
    def text(self) -> str:
        return "".join(r.shown for r in self.runs)


# ---------------------------------------------------------------- numbering
@dataclass
class Level:
    fmt: str
    text: str
    left: int
    hanging: int = 420

    def xml(self, ilvl: int) -> etree._Element:
        return node("lvl", {"ilvl": str(ilvl)}, node("start", {"val": "1"}), node("numFmt", {"val": self.fmt}),
                    node("lvlText", {"val": self.text}), node("lvlJc", {"val": "left"}),
                    node("pPr", None, node("ind", {"left": str(self.left), "hanging": str(self.hanging)})))


def shown(fmt: str, n: int) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    raise ValueError(fmt)


def labels(paras: list[Para], levels: list[Level]) -> list[str]:
    count = [0] * 9
    out = []
    for p in paras:
        if not p.num:
            out.append("")
            continue
        ilvl = p.num[1]
        count[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            count[deeper] = 0
        text = levels[ilvl].text
        for lv in range(ilvl + 1):
            text = text.replace(f"%{lv + 1}", shown(levels[lv].fmt, max(count[lv], 1)))
        out.append(text)
    return out


DECIMAL = [Level("decimal", "%1.", 420), Level("lowerLetter", "(%2)", 840)]


# ---------------------------------------------------------------- a draft
@dataclass
class Draft:
    name: str
    paras: list[Para]
    levels: list[Level] = field(default_factory=lambda: DECIMAL)
    ea_font: str = "宋体"
    ea_lang: str = "zh-CN"
    lang: str = "en-US"
    latin_font: str = "Times New Roman"
    size: int = 24
    grid: tuple[str, int] | None = ("lines", 312)   # w:docGrid type, linePitch (Word's Chinese default)
    vertical: bool = False                           # whole section w:textDirection tbRl
    wps: bool = False


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(q("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    for child in list(sect):
        sect.remove(child)
    sect.append(node("pgSz", {"w": "11906", "h": "16838"}))
    sect.append(node("pgMar", {"top": "1440", "right": "1800", "bottom": "1440", "left": "1800", "header": "851",
                               "footer": "992", "gutter": "0"}))
    sect.append(node("cols", {"space": "425"}))
    if d.vertical:
        sect.append(node("textDirection", {"val": "tbRl"}))
    if d.grid:
        sect.append(node("docGrid", {"type": d.grid[0], "linePitch": str(d.grid[1])}))
    styles = doc.styles.element
    rpr = styles.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(node("rFonts", {"ascii": d.latin_font, "hAnsi": d.latin_font, "eastAsia": d.ea_font,
                               "cs": "Times New Roman"}))
    rpr.append(node("kern", {"val": "2"}))
    rpr.append(node("sz", {"val": str(d.size)}))
    rpr.append(node("szCs", {"val": str(d.size)}))
    rpr.append(node("lang", {"val": d.lang, "eastAsia": d.ea_lang, "bidi": "ar-SA"}))
    settings = doc.settings.element
    tfl = settings.find(q("themeFontLang"))
    tfl.set(q("val"), d.lang)
    tfl.set(q("eastAsia"), d.ea_lang)
    settings.find(q("defaultTabStop")).set(q("val"), "420")
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    a = node("abstractNum", {"abstractNumId": "0"}, node("multiLevelType", {"val": "hybridMultilevel"}))
    for i, lvl in enumerate(d.levels):
        a.append(lvl.xml(i))
    numbering.append(a)
    numbering.append(node("num", {"numId": "1"}, node("abstractNumId", {"val": "0"})))
    for p in d.paras:
        assert p.text.strip(), (d.name, "empty paragraph")
        body.insert(len(body) - 1, p.xml())
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "Delegate"
    doc.save(path)
    if d.wps:
        wps_patch(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    assert len(tree.find(q("body")).findall(f".//{q('p')}")) == len(d.paras), d.name
    return path


def wps_patch(path: Path) -> None:
    """What WPS Office adds on saving: its namespace declared on the root and listed in mc:Ignorable, and the
    KSOProductBuildVer custom property."""
    tmp = Path(tempfile.mkdtemp()) / path.name
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        files = {n: zin.read(n) for n in zin.namelist()}
        xml = files["word/document.xml"].decode("utf-8")
        xml = xml.replace("<w:document ", '<w:document xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/'
                          'wpsCustomData" ', 1)
        if "mc:Ignorable=" in xml:
            xml = re.sub(r'mc:Ignorable="([^"]*)"', lambda m: f'mc:Ignorable="{m.group(1)} wpsCustomData"', xml,
                         count=1)
        else:
            xml = xml.replace("<w:document ", '<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-'
                              'compatibility/2006" mc:Ignorable="wpsCustomData" ', 1)
        files["word/document.xml"] = xml.encode("utf-8")
        st = files["word/settings.xml"].decode("utf-8")
        st = st.replace("<w:settings ", '<w:settings xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/'
                        'wpsCustomData" ', 1)
        st = st.replace("</w:settings>", "<wpsCustomData:docInfo xmlns:wpsCustomData=\"http://www.wps.cn/"
                        "officeDocument/2013/wpsCustomData\"/></w:settings>")
        files["word/settings.xml"] = st.encode("utf-8")
        files["docProps/custom.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
            b'<vt:lpwstr>2052-12.1.0.16929</vt:lpwstr></property></Properties>')
        ct = files["[Content_Types].xml"].decode("utf-8")
        if "/docProps/custom.xml" not in ct:
            ct = ct.replace("</Types>", '<Override PartName="/docProps/custom.xml" ContentType="application/'
                            'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
        files["[Content_Types].xml"] = ct.encode("utf-8")
        rels = files["_rels/.rels"].decode("utf-8")
        if "custom.xml" not in rels:
            rels = rels.replace("</Relationships>", '<Relationship Id="rIdCustom1" Type="http://schemas.'
                                'openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
                                'Target="docProps/custom.xml"/></Relationships>')
        files["_rels/.rels"] = rels.encode("utf-8")
        for n, data in files.items():
            zout.writestr(n, data)
    shutil.move(tmp, path)


# ---------------------------------------------------------------- the look of a Chinese draft
class Zh:
    """Chinese draft pieces: lead emphasis, indents and 中文版式 options of one student's template."""

    def __init__(self, ea: str = "宋体", lead: str = "u", first: int | None = 200, cjk: bool = False,
                 hint: bool = False) -> None:
        self.ea, self.lead, self.first, self.cjk, self.hint = ea, lead, first, cjk, hint

    def r(self, text: str, **kw: object) -> Run:
        kw.setdefault("ea", self.ea)
        kw.setdefault("hint", self.hint)
        return Run(text, **kw)  # type: ignore[arg-type]

    def lead_run(self, lead: str) -> Run:
        return self.r(lead, underline=self.lead == "u", bold=self.lead == "b", em="dot" if self.lead == "em" else None)

    def title(self, text: str = "决议草案", **kw: object) -> Para:
        kw.setdefault("bold", True)
        kw.setdefault("size", 32)
        return Para([self.r(text, ea="黑体", **kw)], align="center", cjk_options=self.cjk)

    def field(self, label: str, value: list[Piece] | str, faults: list[F] | None = None, fit: int | None = None,
              fid: int = 0) -> Para:
        runs: list[Piece] = [self.r(label[:-1], bold=True, fit=(fit, fid) if fit else None), self.r("：", bold=True)]
        runs += [self.r(value)] if isinstance(value, str) else value
        if isinstance(value, str) and not value:
            runs = runs[:2]
        return Para(runs, faults or [], cjk_options=self.cjk)

    def organ(self, name: str) -> Para:
        return Para([self.r(name, bold=True), self.r("，")], first_chars=self.first, cjk_options=self.cjk)

    def clause(self, lead: str, rest: str | list[Piece], faults: list[F] | None = None,
               num: tuple[int, int] | None = None, label: list[Piece] | None = None) -> Para:
        runs: list[Piece] = list(label or [])
        runs.append(self.lead_run(lead))
        runs += [self.r(rest)] if isinstance(rest, str) else rest
        first = None if num else self.first
        return Para(runs, faults or [], num, first_chars=first, cjk_options=self.cjk)

    def sub(self, text: str | list[Piece], faults: list[F] | None = None, label: list[Piece] | None = None,
            num: tuple[int, int] | None = (1, 1)) -> Para:
        runs: list[Piece] = list(label or [])
        runs += [self.r(text)] if isinstance(text, str) else text
        return Para(runs, faults or [], num, first_chars=self.first if not num else None, cjk_options=self.cjk)


NUM_ZH = "(UN-B07, ZH-B03)"
SUB_ZH = "(ZH-B04, UN-B10)"


# ---------------------------------------------------------------- zh-e01: Word, 带圈字符 ① as clause labels
def zh_e01() -> Draft:
    z = Zh("宋体", lead="u")
    P = [
        z.title("决议草案", spacing=100),
        z.field("委员会：", [z.r("联合国大会第三委员会"), z.r("社会、人道主义和文化", combine="round", layout_id=1)],
                fit=630, fid=11),
        z.field("议题：", "农村学校的营养午餐", fit=630, fid=12),
        z.field("起草国：", "肯尼亚、秘鲁、孟加拉国"),
        z.field("附议国：", "加纳、老挝、玻利维亚、马拉维、尼泊尔"),
        z.organ("大会"),
        z.clause("回顾", "《儿童权利公约》关于儿童享有能达到的最高标准的健康的规定，"),
        z.clause("认识到", "一顿营养均衡的午餐能让农村儿童更愿意上学，也能让他们在下午的课堂上集中注意力，"),
        z.clause("关切地注意到", "许多偏远村庄的学校没有厨房和干净的饮用水，学生只能以冷的干粮充饥，"),
        z.clause("注意到", "一些国家从本地小农户采购学校食材，既改善了学生营养，也增加了农户收入，"),
    ]
    ops = [("鼓励", "会员国把农村学校的营养午餐纳入国家教育预算，并逐步实现免费供餐；"),
           ("呼吁", "各国优先向本地小农户和妇女合作社采购学校食材；"),
           ("请", "世界粮食计划署和联合国粮食及农业组织为学校厨房的建设和炊事员培训提供技术支持；"),
           ("建议", "学校在供餐的同时开展简短的营养与卫生教育；"),
           ("请", "秘书长向大会第八十二届会议报告本决议的执行情况。")]
    for k, (lead, rest) in enumerate(ops, 1):
        P.append(z.clause(lead, rest, [F("numbering", f"\"{CIRCLED[k - 1]}{lead}\" - the operative clause is "
                                         f"labelled with an enclosed character typed through 带圈字符 (an EQ field "
                                         f"eq \\o\\ac(○,{k}) that prints {CIRCLED[k - 1]}) «{k}.» {NUM_ZH}")],
                          label=[Circled(k)]))
    P[0].snap = False  # the title keeps its own height off the document grid
    return Draft("zh-e01-school-meals-circled-eq-labels-combine-heading-fit-text", P)


# ---------------------------------------------------------------- zh-e02: WPS, 着重号 leads, ruby over a State
def zh_e02() -> Draft:
    z = Zh("宋体", lead="em", hint=True)
    P = [
        z.title("决议草案", scale=150),
        z.field("委员会：", "联合国粮食及农业组织渔业委员会"),
        z.field("议题：", "小规模渔民的海上安全"),
        z.field("起草国：", "冰岛、塞内加尔、印度尼西亚"),
        z.field("附议国：", [z.r("斐济、"), Ruby("基里巴斯", ["jī", "lǐ", "bā", "sī"]), z.r("、毛里塔尼亚、斯里兰卡")]),
        z.organ("渔业委员会"),
        z.clause("认识到", "小规模渔业为数以百万计的沿海家庭提供了食物和生计，"),
        z.clause("深为关切", "每年都有大量渔民因渔船倾覆、恶劣天气或迷航而在海上丧生，"),
        z.clause("注意到", "许多小型渔船没有配备救生衣、无线电或定位设备,渔民出海前也很少获得天气预报，",
                 [F("half-width-punctuation-in-chinese", "\"定位设备,渔民\" - a half-width comma inside a Chinese "
                    "clause (typed in a run marked w:hint=\"eastAsia\", which does not make \",\" full-width) "
                    "«定位设备，渔民» (ZH-P01)")]),
        z.clause("鼓励", "成员为小型渔船免费或低价提供救生衣和简易定位设备；", num=(1, 0)),
        z.clause("促请", "各国渔业和海事主管部门：", num=(1, 0)),
        z.sub("通过广播和手机短信向渔民发布海上天气预报；"),
        z.sub("在主要渔港设立搜救站，并定期组织海上救生演练；"),
        z.clause("请", [z.r("粮农组织与国际海事组织合作，"), z.r("立即", em="dot"),
                       z.r("编写适用于小型渔船的安全指南；")],
                 [F("emphasis", "\"立即\" - a word of the clause set off with emphasis dots (着重号) for emphasis; "
                    "only the lead is emphasised «立即» in the plain text (UN-B17)")], num=(1, 0)),
        z.clause("决定", "在委员会下届会议上审议本决议的执行情况。", num=(1, 0)),
    ]
    return Draft("zh-e02-wps-small-scale-fishers-emphasis-dot-leads-ruby-state-half-width-comma", P, wps=True)


# ---------------------------------------------------------------- zh-e03: traditional, vertical section, 縱橫混排
def zh_e03() -> Draft:
    z = Zh("新細明體", lead="u", first=200, cjk=True)

    def num(text: str) -> Run:
        return z.r(text, vert=True, layout_id=30 + len(text))

    P = [
        z.title("決議草案"),
        z.field("委員會：", "安全理事會"),
        z.field("議題：", "武裝衝突中的文化遺產保護"),
        z.field("起草國：", "法國、義大利、約旦"),
        z.field("附議國：", "希臘、馬利、秘魯、塞普勒斯"),
        z.field("草案編號：", [num("1.1")]),
        z.organ("安全理事會"),
        z.clause("回顧", [z.r("其第"), num("2347"), z.r("("), num("2017"), z.r(")號決議，")]),
        z.clause("重申", "蓄意攻擊宗教、教育、藝術、科學或慈善用途的建築和歷史古蹟可構成戰爭罪，"),
        z.clause("深表關切", "恐怖團體在一些衝突地區搶掠博物館、盜掘考古遺址，並經由走私網絡出售文物以籌措資金；",
                 [F("preambular-end-mark", "\"籌措資金；\" - a preambular clause ending with ； «籌措資金，» "
                    "(UN-B05, ZH-B02)")]),
        z.clause("認識到", "地方社區和博物館專業人員往往是保護文物的第一道防線，"),
        z.clause("籲請", "會員國採取適當措施，防止和打擊來自武裝衝突地區的文化財產非法貿易；", num=(1, 0)),
        z.clause("鼓勵", "會員國：", num=(1, 0)),
    ]
    for s, text in enumerate(["在衝突發生前編製受威脅文化遺產的清單和數位檔案；",
                              "為被掠奪的文物設立安全的臨時保管場所；"], 1):
        P.append(z.sub(text, [F("sub-clause-label", f"\"{CIRCLED[s - 1]}\" - a sub-clause labelled with an enclosed "
                                f"character typed through 帶圈字符 (EQ field eq \\o\\ac(○,{s})) «({'ab'[s - 1]})» or "
                                f"«（{'ab'[s - 1]}）» {SUB_ZH}")], label=[Circled(s, "新細明體")], num=None))
    P += [
        z.clause("請", "聯合國教育、科學及文化組織與國際刑警組織加強文物追查資料的交流；", num=(1, 0)),
        z.clause("決定", "繼續積極處理此案。", num=(1, 0)),
    ]
    return Draft("zh-e03-traditional-vertical-heritage-vert-numbers-circled-sub-labels", P, ea_font="新細明體",
                 ea_lang="zh-TW", vertical=True)


# ---------------------------------------------------------------- zh-e04: clean
def zh_e04() -> Draft:
    z = Zh("宋体", lead="b", cjk=True, hint=True)
    P = [
        z.title("决议草案", spacing=200),
        z.field("委员会：", [z.r("联合国人类住区规划署"), z.r("执行局", combine="none", layout_id=41)], fit=840,
                fid=41),
        z.field("议题：", "以行道树和城市绿地应对热浪", fit=840, fid=42),
        z.field("起草国：", "埃及、葡萄牙、新加坡", fit=840, fid=43),
        z.field("附议国：", "约旦、摩洛哥、乌拉圭、阿拉伯联合酋长国", fit=840, fid=44),
        z.organ("执行局"),
        z.clause("回顾", "《新城市议程》关于建设绿色、有韧性的城市的承诺，"),
        z.clause("认识到", "行道树的树荫能够明显降低人行道和公交车站的地表温度，"),
        z.clause("关切地注意到", "热浪期间，独居老人、户外劳动者和低收入社区的居民最容易中暑，"),
        z.clause("注意到", ["一些城市把", z.r("“", hint=True), "凉爽步行道", z.r("”", hint=True),
                           "连成网络，方便居民在午后步行前往图书馆和社区中心，"]),
        z.clause("鼓励", "成员国把行道树的种植和养护纳入城市规划和年度预算；", num=(1, 0)),
        z.clause("建议", "地方政府：", num=(1, 0)),
        z.sub("优先在公交车站、学校和医院周边种植遮荫树木；"),
        z.sub([z.r("在"), Ruby("图瓦卢", ["tú", "wǎ", "lú"]), z.r("等小岛屿国家，选择耐盐、抗风的本地树种；")]),
        z.clause("请", "执行主任向执行局下届会议报告本决议的执行情况。", num=(1, 0)),
    ]
    # plain strings in a clause list are runs of the draft's own font
    for p in P:
        p.runs = [z.r(r) if isinstance(r, str) else r for r in p.runs]  # type: ignore[arg-type]
    return Draft("zh-e04-clean-street-trees-heat-fit-text-labels-ruby-bold-leads", P)


# ---------------------------------------------------------------- zh-e05: WPS, 首行缩进 2 字符, grid, heading gap
def zh_e05() -> Draft:
    z = Zh("仿宋_GB2312", lead="u", first=200, hint=True)
    P = [
        z.title("决议草案"),
        z.field("委员会：", [z.r("联合国环境大会", scale=90)]),
        z.field("议题：", "冰川湖溃决洪水的预警与防范"),
        z.field("附议国：", "不丹、智利、秘鲁、塔吉克斯坦、吉尔吉斯斯坦",
                [F("heading-field-missing", "\"附议国：不丹、…\" - the heading has no 起草国 line: the sponsors are "
                   "not named anywhere «起草国：……» (ZH-H01)")]),
        z.organ("联合国环境大会"),
        z.clause("认识到", "气候变暖使高山冰川加速消融，冰川湖的数量和面积不断增加，"),
        z.clause("深为关切", "冰川湖一旦溃决，洪水可在数小时内冲毁下游的村庄、道路和水电站，"),
        z.clause("注意到", "在若干山区国家，自动水位监测站和村级警报系统已为下游居民争取到宝贵的撤离时间，"),
        z.clause("鼓励", "会员国绘制高风险冰川湖的分布图，并定期进行实地监测；", num=(1, 0)),
        z.clause("呼吁", "各国在下游社区建立由村民参与的预警和疏散机制。并每年至少组织一次撤离演练；",
                 [F("full-stop-inside-clause", "\"疏散机制。并每年\" - a full stop inside an operative clause "
                    "«疏散机制，并每年» (UN-B09, ZH-B05)")], num=(1, 0)),
        z.clause("请", "联合国环境规划署：", num=(1, 0)),
        z.sub("与世界气象组织合作，为山区国家提供卫星监测数据；",
              [F("sub-clause-label", "\"(a) 与世界气象组织合作\" - a single sub-clause under clause 3; a "
                 "sub-clause list needs at least two items (MUN-F06, ZH-B04)")]),
        z.clause("请", "执行主任向联合国环境大会下届会议报告本决议的执行情况。", num=(1, 0)),
    ]
    for p in P[:4]:
        p.snap = False  # the heading lines unticked from the grid ("如果定义了文档网格，则对齐到网格")
    return Draft("zh-e05-wps-glacial-lakes-fangsong-grid-no-sponsor-line-single-sub", P, ea_font="仿宋_GB2312",
                 wps=True, grid=("linesAndChars", 579), size=28)


# ---------------------------------------------------------------- en-e06: English draft in Chinese Word
def en_e06() -> Draft:
    def r(text: str, **kw: object) -> Run:
        return Run(text, **kw)  # type: ignore[arg-type]

    def clause(lead: str, rest: str | list[Piece], faults: list[F] | None = None,
               num: tuple[int, int] | None = None, **lead_kw: object) -> Para:
        return Para([r(lead, **lead_kw)] + ([r(rest)] if isinstance(rest, str) else rest), faults or [], num,
                    first_chars=None if num else 200)

    def em_fault(lead: str, k: int) -> F:
        return F("emphasis", f"\"{lead}\" - the operative lead is set off with emphasis dots (着重号) under each "
                 f"letter, not underlined or italic «{lead}» underlined or in italics (MUN-F03, UN-B08)")

    P = [
        Para([r("DRAFT RESOLUTION 2.1", bold=True, spacing=60)], align="center"),
        Para([r("Committee", bold=True, fit=(1260, 61)), r(": International Maritime Organization Council")]),
        Para([r("Topic", bold=True, fit=(1260, 62)), r(": Abandonment of seafarers")]),
        Para([r("Sponsors", bold=True, fit=(1260, 63)), r(": Greece, Panama, the Philippines")]),
        Para([r("Signatories", bold=True, fit=(1260, 64)), r(": Cyprus, Ghana, India, Liberia, Ukraine")]),
        Para([r("The Council", italic=True), r(",")]),
        clause("Guided by", " Standard A2.5.2 of the amended Maritime Labour Convention, 2006, on financial "
               "security for the repatriation of seafarers,", italic=True),
        clause("Alarmed", " that the number of reported cases of abandoned crews has risen sharply in recent years,",
               italic=True),
        clause("Noting", " that abandoned seafarers often remain on board for months without wages, food or medical "
               "care,", italic=True),
        clause("Recognizing", [r(" the work of the joint ILO/IMO database on reported cases of "), r("“", hint=True),
                               r("abandonment of seafarers"), r("”", hint=True),
                               r(" in bringing each case to the attention of flag States and port States,")],
               italic=True),
    ]
    ops = [("Urges", " flag States to verify that every ship flying their flag holds valid financial security "
            "for the repatriation of its crew;"),
           ("Calls upon", " port States to："),
           ("Requests", " the Secretary-General to report to the Council at its next regular session on the "
            "implementation of the present resolution.")]
    k = 0
    for lead, rest in ops:
        k += 1
        f = [em_fault(lead, k)]
        if rest.endswith("："):
            f.append(F("operative-end-mark", "\"port States to：\" - the chapeau ends with a full-width colon typed "
                       "with the Chinese input method «port States to:» (UN-B11, MUN-F06)"))
        P.append(clause(lead, rest, f, (1, 0), em="dot"))
        if rest.endswith("："):
            for text in ["provide food, water and medical care to abandoned crews in their ports without delay;",
                         "assist in the repatriation of abandoned seafarers and in the recovery of unpaid wages;"]:
                P.append(Para([r(text)], num=(1, 1)))
    return Draft("en-e06-chinese-word-seafarers-emphasis-dot-operative-leads-full-width-colon", P,
                 levels=[Level("decimal", "%1.", 420), Level("lowerLetter", "%2)", 840)], lang="en-GB")


DRAFTS = [zh_e01, zh_e02, zh_e03, zh_e04, zh_e05, en_e06]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            print(f"== {d.name}")
            for k, (p, lab) in enumerate(zip(d.paras, labels(d.paras, d.levels), strict=True), 1):
                print(f"{k:3} {lab:>5} {p.text}  {' '.join('[' + f.kind + ']' for f in p.faults)}")
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
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{d.name}.pdf"), str(out / d.name)], check=True)
        return
    annotations = {}
    for d in drafts:
        build(d)
        annotations[f"{d.name}.docx"] = {"faults": [{"paragraph": k, "kind": f.kind, "note": f.note}
                                                    for k, p in enumerate(d.paras, 1) for f in p.faults]}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
