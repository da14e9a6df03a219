"""Build the drafts of the blind set word-blind12 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

Chinese drafts shaped the way Word and WPS Office on Chinese systems make them: Chinese counting formats in the
numbering (chineseCounting, chineseCountingThousand, taiwaneseCounting, ideographTraditional, decimalEnclosedCircle,
decimalFullWidth), lvlText "%1、" / "（%2）" / "第%1條", numbering given by a paragraph style's w:numPr (the paragraph
adding only its w:ilvl, or nothing) or by the paragraph's own w:numPr, WPS fonts (仿宋_GB2312 body, 方正小标宋简体
titles, w:hint="eastAsia"), East Asian theme fonts, heading styles "heading 1" (WPS styleId "2") and "标题 1" (a
localized style name), heading blocks and clauses in tables, typed labels beside a Word list, full-width-space
indents, a draft whose language is en-US.

python-docx gives the package (its default template); every piece of WordprocessingML (numbering.xml, styles,
docDefaults, settings, runs, tables) is written with lxml by the helpers below, written for this set (no import of
drafter, no earlier set's script; the layout R / P / Lvl / Numbering / Draft and the F(kind, note) marks follow
../word-blind7/make_drafts.py). Faults are marked with F(kind, note) next to the paragraph that carries them; the
paragraph index is the 1-based index of the `w:p` in the body (table-cell paragraphs included), counted after
building and checked again on the saved file.
"""

from __future__ import annotations

import os
import re
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
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FS = "\u3000"   # full-width space


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    node = etree.Element(w(tag))
    for key, value in (attrs or {}).items():
        node.set(w(key), str(value))
    for child in children:
        node.append(child)
    return node


# ---------------------------------------------------------------- faults
@dataclass
class F:
    kind: str
    note: str


# ---------------------------------------------------------------- runs
@dataclass
class R:
    """A run: text ("\n" = w:br, "\t" = w:tab) and its formatting."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    ea: str | None = None        # East Asian font of the run
    latin: str | None = None     # ascii/hAnsi font of the run
    hint: str | None = None      # w:hint (WPS writes "eastAsia" on Chinese runs)
    ea_theme: str | None = None  # w:eastAsiaTheme on the run
    lang: tuple[str, str] | None = None   # w:lang (val, eastAsia) on the run
    sz: int | None = None


def run_xml(r: R) -> etree._Element:
    node = el("r")
    rpr = el("rPr")
    if r.ea or r.latin or r.hint or r.ea_theme:
        fonts = el("rFonts")
        if r.latin:
            fonts.set(w("ascii"), r.latin)
            fonts.set(w("hAnsi"), r.latin)
        if r.ea:
            fonts.set(w("eastAsia"), r.ea)
        if r.ea_theme:
            fonts.set(w("eastAsiaTheme"), r.ea_theme)
        if r.hint:
            fonts.set(w("hint"), r.hint)
        rpr.append(fonts)
    if r.b:
        rpr.append(el("b"))
        rpr.append(el("bCs"))
    if r.i:
        rpr.append(el("i"))
    if r.u:
        rpr.append(el("u", {"val": "single"}))
    if r.sz:
        rpr.append(el("sz", {"val": str(r.sz)}))
        rpr.append(el("szCs", {"val": str(r.sz)}))
    if r.lang:
        rpr.append(el("lang", {"val": r.lang[0], "eastAsia": r.lang[1]}))
    if len(rpr):
        node.append(rpr)
    buf = ""

    def flush() -> None:
        nonlocal buf
        if buf:
            t = el("t")
            t.text = buf
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            node.append(t)
            buf = ""

    for ch in r.text:
        if ch == "\n":
            flush()
            node.append(el("br"))
        elif ch == "\t":
            flush()
            node.append(el("tab"))
        else:
            buf += ch
    flush()
    return node


# ---------------------------------------------------------------- paragraphs
@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int | None, int | None] | None = None   # (numId, ilvl); None in either = not written (from the style)
    jc: str | None = None
    ind: dict[str, str] | None = None

    def xml(self) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            numpr = el("numPr")
            if self.num[1] is not None:
                numpr.append(el("ilvl", {"val": str(self.num[1])}))
            if self.num[0] is not None:
                numpr.append(el("numId", {"val": str(self.num[0])}))
            ppr.append(numpr)
        if self.ind:
            ppr.append(el("ind", self.ind))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if len(ppr):
            p.append(ppr)
        for r in self.runs:
            p.append(run_xml(r))
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs).replace("\n", "⏎").replace("\t", "→").replace(FS, "□")


@dataclass
class Table:
    rows: list[list[list[P]]]    # rows -> cells -> paragraphs
    borders: bool = False
    widths: list[int] | None = None

    def xml(self) -> etree._Element:
        tbl = el("tbl")
        tblpr = el("tblPr", None, el("tblW", {"w": "0", "type": "auto"}))
        bd = el("tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if self.borders:
                bd.append(el(side, {"val": "single", "sz": "4", "space": "0", "color": "auto"}))
            else:
                bd.append(el(side, {"val": "nil"}))
        tblpr.append(bd)
        tblpr.append(el("tblLook", {"val": "04A0", "firstRow": "1", "lastRow": "0", "firstColumn": "1",
                                    "lastColumn": "0", "noHBand": "0", "noVBand": "1"}))
        tbl.append(tblpr)
        ncols = max(len(r) for r in self.rows)
        widths = self.widths or [8800 // ncols] * ncols
        grid = el("tblGrid")
        for wd in widths:
            grid.append(el("gridCol", {"w": str(wd)}))
        tbl.append(grid)
        for row in self.rows:
            tr = el("tr")
            for c, cell in enumerate(row):
                tc = el("tc", None, el("tcPr", None, el("tcW", {"w": str(widths[c]), "type": "dxa"})))
                for para in cell:
                    tc.append(para.xml())
                tr.append(tc)
            tbl.append(tr)
        return tbl


# ---------------------------------------------------------------- numbering
CN_DIGITS = "〇一二三四五六七八九"
STEMS = "甲乙丙丁戊己庚辛壬癸"


def cn_count(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def shown(fmt: str, n: int) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + n - 1)
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1]
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting"):
        return cn_count(n)
    if fmt == "ideographTraditional":
        return STEMS[n - 1]
    if fmt == "decimalEnclosedCircle":
        return chr(0x2460 + n - 1)
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    raise ValueError(fmt)


@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, chineseCounting, …
    text: str         # lvlText
    left: int
    hanging: int = 420
    start: int = 1
    suff: str | None = None     # None = tab (Word's default)
    pstyle: str | None = None   # the paragraph style this level is linked to

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.pstyle:
            node.append(el("pStyle", {"val": self.pstyle}))
        if self.suff:
            node.append(el("suff", {"val": self.suff}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        return node


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)    # numId -> abstractNumId
    wps: bool = False     # WPS writes w:nsid / w:tmpl and multiLevelType multilevel

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            a = el("abstractNum", {"abstractNumId": str(aid)})
            if self.wps:
                a.append(el("nsid", {"val": f"{0x5A3C1E00 + aid:08X}"}))
                a.append(el("multiLevelType", {"val": "multilevel"}))
                a.append(el("tmpl", {"val": f"{0x7B2D4F00 + aid:08X}"}))
            else:
                a.append(el("multiLevelType", {"val": "hybridMultilevel"}))
            for i, lvl in enumerate(levels):
                a.append(lvl.xml(i))
            root.append(a)
        for nid, aid in self.nums.items():
            root.append(el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)})))

    def labels(self, paras: list[tuple[int, P]], style_num: dict[str, tuple[int, int]]) -> dict[int, str]:
        """The label Word shows on each numbered paragraph: the paragraph's w:numPr over its style's (numId and
        ilvl each taken from the paragraph when it gives them), one counter set per abstractNum, a level
        restarting after a higher one."""
        counters: dict[int, list[int | None]] = {}
        out: dict[int, str] = {}
        for index, p in paras:
            base = style_num.get(p.style) if p.style else None
            nid = p.num[0] if p.num and p.num[0] is not None else (base[0] if base else None)
            ilvl = p.num[1] if p.num and p.num[1] is not None else (base[1] if base else 0)
            if not nid:
                continue
            aid = self.nums[nid]
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [None] * 9)
            cnt[ilvl] = (cnt[ilvl] if cnt[ilvl] is not None else levels[ilvl].start - 1) + 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = None
            text = levels[ilvl].text
            for lv in range(ilvl + 1):
                value = cnt[lv] if cnt[lv] is not None else levels[lv].start
                text = text.replace(f"%{lv + 1}", shown(levels[lv].fmt, value))
            out[index] = text
        return out


# ---------------------------------------------------------------- styles
@dataclass
class Style:
    sid: str
    name: str
    based_on: str | None = "Normal"
    num: tuple[int, int] | None = None      # (numId, ilvl) in the style's w:pPr
    ea: str | None = None
    latin: str | None = None
    sz: int | None = None
    b: bool = False
    jc: str | None = None
    outline: int | None = None
    left: int | None = None
    hanging: int | None = None

    def xml(self) -> etree._Element:
        s = el("style", {"type": "paragraph", "customStyle": "0" if self.outline is not None else "1",
                         "styleId": self.sid})
        s.append(el("name", {"val": self.name}))
        if self.based_on:
            s.append(el("basedOn", {"val": self.based_on}))
        s.append(el("next", {"val": "Normal"}))
        s.append(el("qFormat"))
        ppr = el("pPr")
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.left is not None:
            ppr.append(el("ind", {"left": str(self.left), "hanging": str(self.hanging or 0)}))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if self.outline is not None:
            ppr.append(el("outlineLvl", {"val": str(self.outline)}))
        if len(ppr):
            s.append(ppr)
        rpr = el("rPr")
        if self.ea or self.latin:
            fonts = el("rFonts")
            if self.latin:
                fonts.set(w("ascii"), self.latin)
                fonts.set(w("hAnsi"), self.latin)
            if self.ea:
                fonts.set(w("eastAsia"), self.ea)
            fonts.set(w("hint"), "eastAsia")
            rpr.append(fonts)
        if self.b:
            rpr.append(el("b"))
        if self.sz:
            rpr.append(el("sz", {"val": str(self.sz)}))
            rpr.append(el("szCs", {"val": str(self.sz)}))
        if len(rpr):
            s.append(rpr)
        return s


# ---------------------------------------------------------------- drafts
@dataclass
class Draft:
    name: str
    lang: str
    blocks: list[P | Table]
    numbering: Numbering | None = None
    styles: list[Style] = field(default_factory=list)
    ea_font: str | None = "宋体"
    latin_font: str = "Times New Roman"
    theme_fonts: bool = False            # docDefaults fonts by theme (minorHAnsi / minorEastAsia)
    size: int = 24
    doc_lang: tuple[str, str | None] = ("en-US", "zh-CN")   # docDefaults w:lang (val, eastAsia)
    theme_font_lang: tuple[str, str | None] = ("en-US", "zh-CN")
    drop_heading1: bool = False          # remove the template's Heading 1 (a WPS file has its own "heading 1")
    application: str = "Microsoft Office Word"

    def paragraphs(self) -> list[P]:
        out: list[P] = []
        for block in self.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row:
                        out.extend(cell)
            else:
                out.append(block)
        return out

    def style_num(self) -> dict[str, tuple[int, int]]:
        return {s.sid: s.num for s in self.styles if s.num}


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    styles = doc.styles.element
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    if d.theme_fonts:
        fonts = el("rFonts", {"asciiTheme": "minorHAnsi", "eastAsiaTheme": "minorEastAsia", "hAnsiTheme": "minorHAnsi",
                              "cstheme": "minorBidi"})
    else:
        fonts = el("rFonts", {"ascii": d.latin_font, "hAnsi": d.latin_font, "cs": d.latin_font})
        if d.ea_font:
            fonts.set(w("eastAsia"), d.ea_font)
    rpr.append(fonts)
    rpr.append(el("kern", {"val": "2"}))
    rpr.append(el("sz", {"val": str(d.size)}))
    rpr.append(el("szCs", {"val": str(d.size)}))
    lang = el("lang", {"val": d.doc_lang[0], "bidi": "ar-SA"})
    if d.doc_lang[1]:
        lang.set(w("eastAsia"), d.doc_lang[1])
    rpr.append(lang)
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "120", "line": "300", "lineRule": "auto"}))
    if d.drop_heading1:
        for s in styles.findall(w("style")):
            if s.get(w("styleId")) == "Heading1":
                styles.remove(s)
            link = s.find(w("link"))
            if link is not None and link.get(w("val")) == "Heading1":
                s.remove(link)
    for st in d.styles:
        styles.append(st.xml())
    settings = doc.settings.element
    tfl = settings.find(w("themeFontLang"))
    for key in list(tfl.attrib):
        del tfl.attrib[key]
    tfl.set(w("val"), d.theme_font_lang[0])
    if d.theme_font_lang[1]:
        tfl.set(w("eastAsia"), d.theme_font_lang[1])
    if d.numbering:
        d.numbering.xml(doc.part.numbering_part.element)
    for block in d.blocks:
        body.insert(len(body) - 1, block.xml())
    count = len(body.findall(f".//{w('p')}"))
    assert count == len(d.paragraphs()), (d.name, count, len(d.paragraphs()))
    doc.core_properties.author = "delegate"
    path = HERE / f"{d.name}.docx"
    doc.save(path)
    # the application that saved the file
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = re.sub(rb"<Application>[^<]*</Application>",
                              f"<Application>{d.application}</Application>".encode(), data)
            zout.writestr(item, data)
    tmp.replace(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    saved = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert saved == len(d.paragraphs()), (d.name, saved)
    return path


# ---------------------------------------------------------------- helpers for the texts
def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def led(lead: str, rest: str, faults: list[F] | None = None, emph: str = "u", prefix: str = "",
        ea: str | None = None, hint: str | None = None, lang: tuple[str, str] | None = None, **kw) -> P:
    """A clause: the lead emphasised as `emph` says ("i", "u", "b" or "" for none), then the rest; kw go to P."""
    runs = [R(prefix, ea=ea, hint=hint, lang=lang)] if prefix else []
    runs.append(R(lead, i="i" in emph, u="u" in emph, b="b" in emph, ea=ea, hint=hint, lang=lang))
    runs.append(R(rest, ea=ea, hint=hint, lang=lang))
    return P(runs, faults or [], **kw)


def zh_label(label: str, expected: str, ref: str = "UN-B07, ZH-B03") -> F:
    return F("numbering", f'Word 列表把执行性条款编为 "{label}"；应为 «{expected}» ({ref})')


def zh_sub(label: str, expected: str, how: str) -> F:
    return F("sub-clause-label", f'子条款标号 "{label}"（{how}）；应为 «{expected}» (ZH-B04, UN-B10)')


# ---------------------------------------------------------------- zh-p01: WPS, clauses numbered "一、" through a style
def zh_p01() -> Draft:
    n = Numbering(wps=True)
    n.abstracts[1] = [Lvl("chineseCounting", "%1、", 0, 0, suff="nothing", pstyle="a5"),
                      Lvl("decimal", "（%2）", 640, 0, suff="nothing")]
    n.nums[1] = 1
    st = [Style("2", "heading 1", ea="方正小标宋简体", latin="Times New Roman", sz=44, jc="center", outline=0),
          Style("a5", "条款", num=(1, 0), left=0, hanging=0)]
    FANG = dict(ea="仿宋_GB2312", hint="eastAsia")

    def t(text: str, faults: list[F] | None = None, **kw) -> P:
        return P([R(text, **FANG)], faults or [], **kw)

    def c(lead: str, rest: str, faults: list[F] | None = None, **kw) -> P:
        return led(lead, rest, faults, **FANG, **kw)

    B: list[P | Table] = [
        P([R("决议草案", hint="eastAsia")], style="2"),
        t("委员会：联合国环境大会"),
        t("议题：旧衣物的回收与再利用"),
        t("起草国：孟加拉国、荷兰、肯尼亚"),
        t("附议国：加纳、瑞典、越南、智利"),
        P([R("联合国环境大会", b=True, **FANG), R("，", **FANG)]),
        c("注意到", "全球每年生产的服装中有相当一部分在穿着不到一年后即被丢弃，"),
        c("关切地注意到", "大量旧衣物被填埋或焚烧，其中的合成纤维会释放微塑料和温室气体，"),
        c("认识到", "旧衣物的再利用和纤维回收可以减少对原生原料和水资源的需求；",
          [F("preambular-end-mark", '序言性条款以 "；" 结尾；应为 «，» (UN-B05, ZH-B02)')]),
        c("欢迎", "一些国家在社区设立旧衣物回收箱并向低收入家庭捐赠衣物的做法，"),
        c("鼓励", "会员国建立覆盖城市和农村社区的旧衣物分类回收体系；",
          [zh_label("一、", "1.", "UN-B07, ZH-B03; 编号来自段落样式「条款」的 w:numPr，chineseCounting \"%1、\"")],
          style="a5"),
    ]
    rest = [
        (c("促请", "服装品牌和零售商：", [zh_label("二、", "2.")]), "a5", None),
        (t("对其销售的服装承担回收责任，并公布每年回收的数量；",
           [zh_sub("（1）", "（a）", "段落样式「条款」的第 2 级，decimal \"（%2）\"")]), "a5", (None, 1)),
        (t("在服装标签上注明纤维成分，便于分拣和再生利用；", [zh_sub("（2）", "（b）", "同上")]), "a5", (None, 1)),
        (c("建议", "各国对出口的旧衣物实行分拣和质量标准，防止不能再穿的衣物作为二手服装运往发展中国家；",
           [zh_label("三、", "3.")]), "a5", None),
        (c("请", "联合国环境规划署执行主任就本决议的执行情况向下届会议提交报告。", [zh_label("四、", "4.")]), "a5", None),
    ]
    for p, style, num in rest:
        p.style = style
        p.num = num
        B.append(p)
    return Draft("zh-p01-wps-chinese-counting-style-numbers-heading1-fangsong", "zh", B, n, st, ea_font="宋体",
                 size=32, drop_heading1=True, application="WPS Office_12.1.0.16929")


# ---------------------------------------------------------------- zh-p02: clauses in a table, 甲、乙、 sub-labels
def zh_p02() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("ideographTraditional", "%2、", 840, 420)]
    n.nums[1] = 1
    rows = [
        [[led("鼓励", "会员国制定校车安全标准，对车辆的座位数、安全带和定期检验作出规定；", num=(1, 0))]],
        [[led("促请", "各国教育和交通部门：", num=(1, 0)),
          plain("为校车驾驶员提供专门培训，并定期检查其健康状况；",
                [zh_sub("甲、", "(a)", "ideographTraditional \"%2、\"")], num=(1, 1)),
          plain("在校车停靠站点设置醒目的标志和限速措施；", [zh_sub("乙、", "(b)", "同上")], num=(1, 1))]],
        [[led("建议", "地方政府为偏远地区的学生提供免费或有补贴的校车服务。",
              [F("operative-end-mark", '非最后一个执行段以 "。" 结尾；应为 «；» (UN-B09, ZH-B03, ZH-B05)')],
              num=(1, 0))]],
        [[led("邀请", "家长和学校共同监督校车的日常运营；", num=(1, 0))]],
        [[led("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", num=(1, 0))]],
    ]
    B: list[P | Table] = [
        P([R("决议草案", b=True)], jc="center"),
        plain("委员会：联合国大会第三委员会"),
        plain("议题：校车安全与学生上下学的交通"),
        plain("起草国：印度、尼日利亚、秘鲁"),
        plain("附议国：埃及、菲律宾、波兰、坦桑尼亚联合共和国"),
        P([R("大会", b=True), R("，")]),
        led("回顾", "《儿童权利公约》关于儿童生存和发展的规定，"),
        led("深为关切", "每年都有许多儿童在上学和放学途中死于道路交通事故，"),
        led("注意到", "许多农村地区的学生乘坐超载或不合格的车辆上学，"),
        led("认识到", "安全可靠的校车服务能够提高入学率，特别是女童的入学率，"),
        Table(rows, borders=True),
    ]
    return Draft("zh-p02-clauses-in-a-table-ideograph-traditional-subs", "zh", B, n)


# ---------------------------------------------------------------- zh-p03: traditional, "第一條" (taiwaneseCounting)
def zh_p03() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("taiwaneseCounting", "第%1條", 0, 0, suff="space"),
                      Lvl("lowerLetter", "（%2）", 960, 480, suff="nothing")]
    n.nums[1] = 1
    MING = dict(ea="新細明體")

    def art(label: str) -> F:
        return F("numbering", f'Word 清單把執行性條款編為 "{label}"（taiwaneseCounting "第%1條"）；應為 «1.» 式的阿拉伯數字 '
                 '(UN-B07, ZH-B03)')

    B: list[P | Table] = [
        P([R("決議草案", b=True, **MING)], jc="center"),
        P([R("委員會：世界衛生大會", **MING)]),
        P([R("議題：防制青少年使用電子菸", **MING)]),
        P([R("起草國：芬蘭、紐西蘭、新加坡", **MING)]),
        P([R("附議國：愛爾蘭、加拿大、泰國、烏拉圭", **MING)]),
        P([R("世界衛生大會", b=True, **MING), R("，", **MING)]),
        led("關切地注意到", "青少年使用電子菸的比例在許多國家快速上升，", **MING),
        led("認識到", "電子菸所含的尼古丁會影響青少年大腦的發育，並容易導致成癮。",
            [F("preambular-end-mark", '序言性條款以 "。" 結尾；應為 «，» (UN-B05, ZH-B02, ZH-B05)')], **MING),
        led("注意到", "部分電子菸產品以水果、糖果口味和卡通包裝吸引未成年人，", **MING),
        led("回顧", "《世界衛生組織菸草控制框架公約》，", **MING),
        led("敦促", "會員國禁止向未成年人銷售電子菸及其相關產品；", [art("第一條")], num=(1, 0), **MING),
        led("建議", "各國：", [art("第二條")], num=(1, 0), **MING),
        P([R("禁止在電子菸產品中添加水果、糖果等調味成分；", **MING)], num=(1, 1)),
        P([R("限制電子菸在網路平台和社群媒體上的廣告與促銷；", **MING)], num=(1, 1)),
        led("鼓勵", "學校將電子菸的危害納入健康教育課程；", [art("第三條")], num=(1, 0), **MING),
        led("請", "世界衛生組織總幹事向下屆世界衛生大會報告本決議的執行情況。", [art("第四條")], num=(1, 0), **MING),
    ]
    return Draft("zh-p03-traditional-taiwanese-counting-article-labels", "zh", B, n, ea_font="新細明體",
                 doc_lang=("en-US", "zh-TW"), theme_font_lang=("en-US", "zh-TW"))


# ---------------------------------------------------------------- zh-p04: ① clause numbers, １． sub-labels
def zh_p04() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimalEnclosedCircle", "%1", 420, 420, suff="space"),
                      Lvl("decimalFullWidth", "%2．", 840, 420)]
    n.nums[1] = 1

    def circ(label: str) -> F:
        return F("numbering", f'Word 列表把执行性条款编为带圈数字 "{label}"（decimalEnclosedCircle）；应为 «1.» 式的编号 '
            '(UN-B07, ZH-B03)')

    B: list[P | Table] = [
        P([R("决议草案", b=True)], jc="center"),
        plain("委员会：经济及社会理事会"),
        plain("议题：预防食用野生菌中毒"),
        plain("起草国：老挝人民民主共和国、波兰、乌干达"),
        plain("附议国：不丹、法国、墨西哥、缅甸"),
        P([R("经济及社会理事会", b=True), R("，")]),
        led("注意到", "每年雨季都有许多居民因采食有毒野生菌而中毒，其中一些人死亡，"),
        led("认识到", "许多有毒野生菌与可食用的品种外形相似，仅凭经验难以辨别，"),
        led("关切地注意到", "农村地区的医疗机构往往缺乏救治野生菌中毒的药品和经验，"),
        led("鼓励", "会员国在雨季到来之前通过广播、短视频和村务公告宣传野生菌中毒的危害；", [circ("①")], num=(1, 0)),
        led("促请", "各国卫生部门：", [circ("②")], num=(1, 0)),
        plain("为基层医生编写野生菌中毒诊疗手册；", [zh_sub("１．", "(a)", "decimalFullWidth \"%2．\"")], num=(1, 1)),
        plain("在中毒多发地区的乡镇卫生院储备必要的解毒药品；", [zh_sub("２．", "(b)", "同上")], num=(1, 1)),
        led("建议", "市场监管部门加强对农贸市场出售野生菌的检查,禁止销售无法确认品种的野生菌；",
            [circ("③"), F("half-width-punctuation-in-chinese", '中文句中的半角逗号 "检查,禁止"；应为 «，» (ZH-P01)')],
            num=(1, 0)),
        led("请", "世界卫生组织总干事为中毒多发的国家提供技术援助。", [circ("④")], num=(1, 0)),
    ]
    return Draft("zh-p04-circled-clause-numbers-full-width-digit-subs", "zh", B, n)


# ---------------------------------------------------------------- zh-p05: typed "1." beside a Word list, full-width indents
def zh_p05() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 840, 420)]
    n.nums[1] = 1

    def ind(lead: str, rest: str, faults: list[F] | None = None, label: str = "", **kw) -> P:
        return P([R(FS * 2 + label), R(lead, u=True), R(rest)], faults or [], jc="both", **kw)

    B: list[P | Table] = [
        P([R("决议草案", b=True)], jc="center"),
        plain("委员会：联合国大会第二委员会"),
        plain("议题：保护蜜蜂和其他传粉昆虫"),
        plain("起草国：斯洛文尼亚、埃塞俄比亚、哥斯达黎加"),
        plain("附议国：奥地利、巴拉圭、卢旺达、新西兰"),
        P([R("大会", b=True), R("，")]),
        ind("认识到", "蜜蜂、蝴蝶等传粉昆虫对全球粮食生产和生物多样性具有重要作用，"),
        ind("关切地注意到", "栖息地丧失、农药的过量使用和气候变化使许多地区的传粉昆虫数量减少，"),
        ind("注意到", "一些国家已经限制在作物开花期喷洒对蜜蜂有害的农药，"),
        ind("鼓励", "会员国在农田边缘和城市绿地种植开花植物，为传粉昆虫提供食物和栖息地；", label="1."),
        ind("促请", "各国农业部门在作物开花期限制使用对传粉昆虫有害的农药；",
            [F("numbering", '执行段标号打成 "2、"（中文输入法的顿号）；应为 «2.» (UN-B07, ZH-B03)')], label="2、"),
        ind("建议", "各国建立传粉昆虫监测网络，定期发布种群变化报告；", label="3."),
        led("鼓励", "养蜂人与农民合作，在授粉季节有序转移蜂群；",
            [F("numbering", '此段放进了一个新的 Word 编号列表，页面上显示 "1."，接在手打的 "3." 之后；应为 «4.» '
               '(UN-B07, ZH-B03)')], num=(1, 0), jc="both"),
        led("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", num=(1, 0), jc="both"),
    ]
    return Draft("zh-p05-typed-numbers-beside-a-word-list-full-width-indents", "zh", B, n)


# ---------------------------------------------------------------- zh-p06: language en-US, leads bold in half the clauses
def zh_p06() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "(%2)", 840, 420)]
    n.nums[1] = 1
    EN = ("en-US", "en-US")

    def c(lead: str, rest: str, bold: bool, faults: list[F] | None = None, **kw) -> P:
        return led(lead, rest, faults, emph="b" if bold else "", lang=EN, **kw)

    def plain_lead(lead: str) -> F:
        return F("emphasis", f'引导词 "{lead}" 未加粗（也无下划线），而其他条款的引导词加粗；引导词应加以强调 (ZH-B02, ZH-B03, '
                 'UN-B04, UN-B08)')

    B: list[P | Table] = [
        P([R("决议草案", b=True, lang=EN)], jc="center"),
        P([R("委员会：联合国大会第二委员会", lang=EN)]),
        P([R("议题：盐碱地的改良与利用", lang=EN)]),
        P([R("起草国：乌兹别克斯坦、埃及、巴基斯坦", lang=EN)]),
        P([R("附议国：澳大利亚、伊拉克、摩洛哥、突尼斯", lang=EN)]),
        P([R("大会", b=True, lang=EN), R("，", lang=EN)]),
        c("注意到", "全世界有大片耕地受到土壤盐渍化的影响，且受影响的面积仍在扩大，", True),
        c("认识到", "不合理的灌溉和排水不畅是土壤次生盐渍化的主要原因，", True),
        c("关切地注意到", "盐碱化导致作物减产，威胁干旱和半干旱地区农民的生计，", False, [plain_lead("关切地注意到")]),
        c("欢迎", "一些国家培育耐盐作物品种并推广节水灌溉的经验，", False, [plain_lead("欢迎")]),
        c("鼓励", "会员国开展土壤盐渍化调查，绘制盐碱地分布图；", True, num=(1, 0)),
        c("促请", "各国改进灌溉方式，完善农田排水系统，防止地下水位上升；", True, num=(1, 0)),
        c("建议", "各国农业科研机构合作培育和推广耐盐作物品种；", False, [plain_lead("建议")], num=(1, 0)),
        c("请", "联合国粮食及农业组织为发展中国家改良盐碱地提供技术援助。", False, [plain_lead("请")], num=(1, 0)),
    ]
    return Draft("zh-p06-language-en-us-leads-bold-in-half-the-clauses", "zh", B, n,
                 doc_lang=("en-US", "en-US"), theme_font_lang=("en-US", None))


# ---------------------------------------------------------------- zh-p07: clean WPS, theme fonts, heading table
def zh_p07() -> Draft:
    n = Numbering(wps=True)
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420, pstyle="a5"), Lvl("lowerLetter", "（%2）", 840, 420)]
    n.nums[1] = 1
    st = [Style("1", "标题 1", ea="方正小标宋简体", sz=36, jc="center", outline=0),
          Style("a5", "条款", num=(1, 0), left=420, hanging=420)]
    TH = dict(hint="eastAsia", ea_theme="minorEastAsia")

    def t(text: str, **kw) -> P:
        return P([R(text, **TH)], **kw)

    def c(lead: str, rest: str, **kw) -> P:
        return P([R(lead, u=True, **TH), R(rest, **TH)], **kw)

    B: list[P | Table] = [
        P([R("决议草案", hint="eastAsia")], style="1"),
        Table([[[t("委员会：世界卫生大会")], [t("议题：消除狗传人狂犬病")]],
               [[t("起草国：菲律宾、坦桑尼亚联合共和国、越南")], [t("附议国：孟加拉国、印度尼西亚、肯尼亚、秘鲁")]]],
              widths=[4400, 4400]),
        P([R("世界卫生大会", b=True, **TH), R("，", **TH)]),
        c("回顾", "世界卫生组织及其伙伴提出的到2030年实现狗传人狂犬病零死亡的全球目标，"),
        c("关切地注意到", "狂犬病一旦发病几乎全部致死，而死者中很大一部分是儿童，"),
        c("认识到", "为狗接种疫苗是预防人感染狂犬病最有效的措施，"),
        c("又认识到", "被咬伤后及时冲洗伤口并接种疫苗可以挽救生命，"),
        c("鼓励", "会员国每年开展狗的大规模免疫接种，力争接种率达到百分之七十以上；", style="a5"),
        c("促请", "各国卫生和兽医部门：", style="a5"),
        t("在乡镇卫生院储备狂犬病疫苗和免疫球蛋白；", num=(1, 1)),
        t("建立人和动物狂犬病病例的共同报告制度；", num=(1, 1)),
        c("建议", "各国在学校开展预防狗咬伤的教育；", num=(1, 0)),
        c("请", "总干事向第八十一届世界卫生大会报告本决议的执行情况。", style="a5"),
    ]
    return Draft("zh-p07-clean-wps-theme-fonts-heading-table-style-and-direct-numbers", "zh", B, n, st,
                 theme_fonts=True, application="WPS Office_12.1.0.16929")


# ---------------------------------------------------------------- zh-p08: clean Word draft
def zh_p08() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "(%2)", 840, 420)]
    n.nums[1] = 1
    B: list[P | Table] = [
        P([R("决议草案", b=True)], jc="center"),
        plain("委员会：联合国大会第三委员会"),
        plain("议题：保障青少年的充足睡眠"),
        plain("起草国：日本、智利、挪威"),
        plain("附议国：阿根廷、冰岛、约旦、马来西亚"),
        P([R("大会", b=True), R("，")]),
        led("注意到", "许多国家的中学生每晚的睡眠时间不足八小时，"),
        led("认识到", "长期睡眠不足会影响青少年的学习、情绪和身体健康，"),
        led("关切地注意到", "睡前长时间使用手机和繁重的课业负担是睡眠不足的重要原因，"),
        led("鼓励", "会员国合理安排中学的作息时间，避免过早的上课时间；", num=(1, 0)),
        led("建议", "各国教育部门：", num=(1, 0)),
        plain("控制中学生每日家庭作业的总量；", num=(1, 1)),
        plain("将睡眠健康知识纳入学校的健康教育课程；", num=(1, 1)),
        led("邀请", "家长帮助子女养成规律的作息习惯；", num=(1, 0)),
        led("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", num=(1, 0)),
    ]
    return Draft("zh-p08-clean-word-direct-numbering", "zh", B, n)


# ---------------------------------------------------------------- en-p09: WPS English, style numbering, ① sub-labels
def en_p09() -> Draft:
    n = Numbering(wps=True)
    n.abstracts[1] = [Lvl("decimal", "%1.", 720, 360, pstyle="Clause"),
                      Lvl("decimalEnclosedCircle", "%2", 1440, 360, pstyle="SubClause")]
    n.nums[1] = 1
    st = [Style("Clause", "Clause", num=(1, 0)), Style("SubClause", "Sub Clause", based_on="Clause", num=(1, 1))]

    def circ(label: str, expected: str) -> F:
        return F("sub-clause-label", f'sub-clause labelled "{label}" by the list (decimalEnclosedCircle, through the style '
                 f'"Sub Clause"); expected «{expected}» (UN-B10, MUN-F06)')

    B: list[P | Table] = [
        plain("Committee: Commission on Crime Prevention and Criminal Justice"),
        plain("Topic: Illegal trade in wild songbirds"),
        plain("Sponsors: Brazil, Indonesia, Italy"),
        plain("Signatories: Cyprus, Ghana, Malta, Mexico, Viet Nam"),
        P([R("The Commission on Crime Prevention and Criminal Justice", i=True), R(",")]),
        led("Alarmed", " that millions of wild songbirds are trapped every year for the cage-bird trade and for singing "
            "competitions,", emph="i"),
        led("Noting", " that glue sticks, mist nets and recorded bird calls are used to catch birds in large numbers,",
            emph="i"),
        led("Recognizing", " that the illegal trade in songbirds is often run by organized criminal groups that also "
            "smuggle other wildlife;", [F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» '
                                          '(UN-B05, MUN-F04)')], emph="i"),
        led("Aware", " that many traded species are not listed in the appendices of the Convention on International "
            "Trade in Endangered Species of Wild Fauna and Flora,", emph="i"),
        led("Urges", " Member States to prohibit the use of glue sticks, mist nets and electronic bird callers for "
            "catching wild birds;", style="Clause"),
        led("Calls upon", " Member States to:", style="Clause"),
        plain("train customs officers to recognize protected songbird species at border crossings and in postal "
              "parcels;", [circ("①", "(a)")], style="SubClause"),
        plain("record seizures of live birds in a national database shared with neighbouring States;",
              [circ("②", "(b)")], style="SubClause"),
        led("Encourages", " organizers of singing competitions to admit only birds bred in captivity and ringed at "
            "hatching;", style="Clause"),
        led("Requests", " the United Nations Office on Drugs and Crime to cover the songbird trade in its next World "
            "Wildlife Crime Report;", [F("operative-end-mark", 'the last operative clause ends with ";" instead of «.» '
                                         '(UN-B09, MUN-F05)')], style="Clause"),
    ]
    for p in B:
        if isinstance(p, P):
            for r in p.runs:
                r.hint = "default"
    return Draft("en-p09-wps-english-style-numbering-circled-subs", "en", B, n, st,
                 application="WPS Office_12.1.0.16929")


# ---------------------------------------------------------------- en-p10: Chinese template, （一） sub-labels, heading table (fireworks)
def en_p10() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("chineseCountingThousand", "（%2）", 840, 420, suff="nothing")]
    n.nums[1] = 1

    def one(label: str, expected: str) -> F:
        return F("sub-clause-label", f'sub-clause labelled "{label}" by the list (level 2 of a Chinese template: '
                 f'chineseCountingThousand "（%2）"); expected «{expected}» (UN-B10, MUN-F06)')

    B: list[P | Table] = [
        P([R("Draft Resolution", b=True)], jc="center"),
        Table([[[plain("Committee: Economic and Social Council")],
                [plain("Topic: Preventing injuries from consumer fireworks")]],
               [[plain("Sponsors: Netherlands, Philippines, Tunisia")],
                [plain("Signatories: Chile, Denmark, Guatemala, Malaysia")]]], widths=[4400, 4400]),
        P([R("The Economic and Social Council", i=True), R(",")]),
        led("Noting", " that hospitals in many countries treat a sharp rise in burns and eye injuries during festival "
            "nights when fireworks are set off at home,", emph="i"),
        led("Concerned", " that children and young men make up most of the injured and that many lose fingers or the "
            "sight of one eye,", emph="i"),
        led("Recognizing", " that unlicensed workshops sell fireworks without warning labels or a tested fuse,",
            emph="i"),
        led("Encourages", " Member States to license the makers and sellers of consumer fireworks and to inspect their "
            "stock before festival seasons;", num=(1, 0)),
        led("Recommends", " that national consumer safety authorities:", num=(1, 0)),
        plain("print the safe distance and the age limit on every package in the local language;",
              [one("（一）", "(a)")], num=(1, 1)),
        plain("test a sample of each batch for fuse delay and for the force of the explosion;",
              [one("（二）", "(b)")], num=(1, 1)),
        led("Calls upon", " local authorities to hold public displays run by trained staff as an alternative to "
            "fireworks at home.",
            [F("operative-end-mark", 'operative clause 3 (not the last) ends with "." instead of «;» (UN-B09, MUN-F05)')],
            num=(1, 0)),
        led("Invites", " the World Health Organization to collect data on fireworks injuries from emergency "
            "departments.", num=(1, 0)),
    ]
    return Draft("en-p10-chinese-template-counting-sub-labels-heading-table", "en", B, n)


DRAFTS = [zh_p01, zh_p02, zh_p03, zh_p04, zh_p05, zh_p06, zh_p07, zh_p08, en_p09, en_p10]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            paras = d.paragraphs()
            labels = d.numbering.labels(list(enumerate(paras, 1)), d.style_num()) if d.numbering else {}
            print(f"== {d.name}")
            for k, p in enumerate(paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{k:3} {labels.get(k, ''):>6} {p.text}  {marks}")
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1]).resolve()
        out.mkdir(parents=True, exist_ok=True)
        profile = Path(tempfile.mkdtemp(prefix="lo-", dir=out)).as_uri()
        env = dict(os.environ)
        for d in drafts:
            src = HERE / f"{d.name}.docx"
            for target in ("pdf", "txt:Text (encoded):UTF8"):
                subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                                "--outdir", str(out), str(src)], check=True, capture_output=True, env=env)
            subprocess.run(["pdftoppm", "-png", "-r", "50", str(out / f"{d.name}.pdf"), str(out / d.name)],
                           check=True)
        return
    annotations = {}
    for d in drafts:
        build(d)
        faults = [{"paragraph": k, "kind": f.kind, "note": f.note}
                  for k, p in enumerate(d.paragraphs(), 1) for f in p.faults]
        annotations[f"{d.name}.docx"] = {"faults": faults}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
