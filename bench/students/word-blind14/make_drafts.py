"""Build the drafts of the blind set word-blind14 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

python-docx gives the package (its default template); every piece of WordprocessingML (numbering.xml, styles,
runs with line and page breaks, tabs, smart tags, custom XML, tables) is written with lxml by the helpers below,
written for this set (no import of drafter, no earlier set's script). Faults are marked with F(kind, note) next to
the paragraph that carries them; the paragraph index is the 1-based index of the `w:p` in the body (table-cell
paragraphs included), counted after building and checked again on the saved file.
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
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MARK = "{urn:word-blind14}mark"


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
    """A run: text ("\n" = w:br, "\f" = page break, "\t" = w:tab) and its formatting."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    ea: str | None = None       # East Asian font of the run
    latin: str | None = None    # ascii/hAnsi font of the run
    wrap: str | None = None     # "smartTag" or "customXml": wrap the run in that element
    sz: int | None = None       # size in half-points (the smaller English line under a Chinese clause)
    lang: str | None = None     # w:lang w:val of the run


def run_xml(r: R) -> etree._Element:
    node = el("r")
    rpr = el("rPr")
    if r.ea or r.latin:
        fonts = el("rFonts")
        if r.latin:
            fonts.set(w("ascii"), r.latin)
            fonts.set(w("hAnsi"), r.latin)
        if r.ea:
            fonts.set(w("eastAsia"), r.ea)
            fonts.set(w("hint"), "eastAsia")
        rpr.append(fonts)
    if r.b:
        rpr.append(el("b"))
    if r.i:
        rpr.append(el("i"))
    if r.sz:
        rpr.append(el("sz", {"val": str(r.sz)}))
        rpr.append(el("szCs", {"val": str(r.sz)}))
    if r.u:
        rpr.append(el("u", {"val": "single"}))
    if r.lang:
        rpr.append(el("lang", {"val": r.lang}))
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
        elif ch == "\f":
            flush()
            node.append(el("br", {"type": "page"}))
        elif ch == "\t":
            flush()
            node.append(el("tab"))
        else:
            buf += ch
    flush()
    if r.wrap == "smartTag":
        tag = el("smartTag", {"uri": "urn:schemas-microsoft-com:office:smarttags", "element": "place"})
        tag.append(node)
        return tag
    if r.wrap == "customXml":
        tag = el("customXml", {"uri": "http://schemas.mun-club.example/resolution", "element": "leadPhrase"})
        tag.append(node)
        return tag
    return node


# ---------------------------------------------------------------- paragraphs
@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None   # (numId, ilvl)
    jc: str | None = None
    ind: dict[str, str] | None = None

    def xml(self) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
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
        return "".join(r.text for r in self.runs).replace("\n", "⏎").replace("\f", "⇟").replace("\t", "→")


@dataclass
class Table:
    rows: list[list[P]]   # one paragraph per cell

    def xml(self) -> etree._Element:
        tbl = el("tbl")
        tblpr = el("tblPr", None, el("tblW", {"w": "0", "type": "auto"}))
        borders = el("tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(el(side, {"val": "nil"}))
        tblpr.append(borders)
        tbl.append(tblpr)
        grid = el("tblGrid")
        ncols = max(len(r) for r in self.rows)
        for _ in range(ncols):
            grid.append(el("gridCol", {"w": str(9000 // ncols)}))
        tbl.append(grid)
        for row in self.rows:
            tr = el("tr")
            for cell in row:
                tc = el("tc", None, el("tcPr", None, el("tcW", {"w": str(9000 // ncols), "type": "dxa"})))
                tc.append(cell.xml())
                tr.append(tc)
            tbl.append(tr)
        return tbl


# ---------------------------------------------------------------- numbering
@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, bullet
    text: str         # lvlText
    left: int
    hanging: int = 360
    start: int = 1
    pstyle: str | None = None
    font: str | None = None

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.pstyle:
            node.append(el("pStyle", {"val": self.pstyle}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        if self.font:
            node.append(el("rPr", None, el("rFonts", {"ascii": self.font, "hAnsi": self.font, "hint": "default"})))
        return node


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstractId, startOverrides)

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            a = el("abstractNum", {"abstractNumId": str(aid)})
            a.append(el("multiLevelType", {"val": "hybridMultilevel"}))
            for i, lvl in enumerate(levels):
                a.append(lvl.xml(i))
            root.append(a)
        for nid, (aid, overrides) in self.nums.items():
            n = el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)}))
            for ilvl, start in overrides.items():
                n.append(el("lvlOverride", {"ilvl": str(ilvl)}, el("startOverride", {"val": str(start)})))
            root.append(n)

    def labels(self, paras: list[tuple[int, P]], styles_num: dict[str, tuple[int, int]]) -> dict[int, str]:
        """The label Word shows on each numbered paragraph (OOXML counting: one counter set per abstractNum,
        a startOverride applies at the first paragraph of its w:num, a level restarts after a higher level)."""
        counters: dict[int, list[int | None]] = {}
        used: set[int] = set()
        out: dict[int, str] = {}
        for index, p in paras:
            num = p.num or (styles_num.get(p.style) if p.style else None)
            if not num:
                continue
            nid, ilvl = num
            aid, overrides = self.nums[nid]
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [None] * 9)
            if nid not in used and overrides:
                used.add(nid)
                for lv, start in overrides.items():
                    cnt[lv] = start - 1
            used.add(nid)
            cnt[ilvl] = (cnt[ilvl] if cnt[ilvl] is not None else levels[ilvl].start - 1) + 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = None
            lvl = levels[ilvl]
            if lvl.fmt == "bullet":
                out[index] = lvl.text
                continue
            text = lvl.text
            for lv in range(ilvl + 1):
                value = cnt[lv] if cnt[lv] is not None else levels[lv].start
                shown = chr(ord("a") + value - 1) if levels[lv].fmt == "lowerLetter" else str(value)
                text = text.replace(f"%{lv + 1}", shown)
            out[index] = text
        return out


# ---------------------------------------------------------------- drafts
@dataclass
class Draft:
    name: str
    lang: str
    blocks: list[P | Table]
    numbering: Numbering | None = None
    ea_font: str | None = None
    latin_font: str = "Times New Roman"
    size: int = 24
    lang_ea: str | None = "zh-CN"      # docDefaults w:lang w:eastAsia (None: attribute left out)
    lang_val: str = "en-US"            # docDefaults w:lang w:val
    heading3_num: tuple[int, int] | None = None   # Heading 3 numbered through its style

    def paragraphs(self) -> list[P]:
        out: list[P] = []
        for block in self.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    out.extend(row)
            else:
                out.append(block)
        return out


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    # defaults: fonts, size, language
    styles = doc.styles.element
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    fonts = el("rFonts", {"ascii": d.latin_font, "hAnsi": d.latin_font, "cs": d.latin_font})
    if d.ea_font:
        fonts.set(w("eastAsia"), d.ea_font)
    rpr.append(fonts)
    rpr.append(el("sz", {"val": str(d.size)}))
    rpr.append(el("szCs", {"val": str(d.size)}))
    lang = el("lang", {"val": d.lang_val, "bidi": "ar-SA"})
    if d.lang_ea:
        lang.set(w("eastAsia"), d.lang_ea)
    rpr.append(lang)
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "120", "line": "240", "lineRule": "auto"}))
    if d.heading3_num:
        h3 = doc.styles["Heading 3"].element
        h3ppr = h3.find(w("pPr"))
        h3ppr.insert(2, el("numPr", None, el("ilvl", {"val": str(d.heading3_num[1])}),
                           el("numId", {"val": str(d.heading3_num[0])})))
        sp = h3ppr.find(w("spacing"))
        sp.set(w("before"), "0")
        sp.set(w("after"), "120")
        h3rpr = h3.find(w("rPr"))
        for child in list(h3rpr):
            h3rpr.remove(child)
        h3rpr.append(el("rFonts", {"ascii": d.latin_font, "hAnsi": d.latin_font, "cs": d.latin_font}))
        h3rpr.append(el("b", {"val": "0"}))
        h3rpr.append(el("color", {"val": "000000"}))
        h3rpr.append(el("sz", {"val": str(d.size)}))
    if d.numbering:
        d.numbering.xml(doc.part.numbering_part.element)
    for block in d.blocks:
        node = block.xml()
        body.insert(len(body) - 1, node)
    # mark the paragraphs to count them in document order
    marks = {}
    for k, p in enumerate(d.paragraphs()):
        marks[k] = p
    k = 0
    for block_node in body:
        for p in block_node.iter(w("p")):
            p.set(MARK, str(k))
            k += 1
    assert k == len(d.paragraphs()), (d.name, k, len(d.paragraphs()))
    for p in body.iter(w("p")):
        del p.attrib[MARK]
    # app name: a file saved by Word
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "delegate"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(d.paragraphs()), (d.name, count)
    return path


def styles_num(d: Draft) -> dict[str, tuple[int, int]]:
    return {"Heading3": d.heading3_num} if d.heading3_num else {}


# ---------------------------------------------------------------- helpers for the texts
def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def led(lead: str, rest: str, faults: list[F] | None = None, style: str = "i", prefix: str = "",
        sz: int | None = None, lang: str | None = None, **kw) -> P:
    runs = [R(prefix, sz=sz, lang=lang)] if prefix else []
    runs.append(R(lead, i=style == "i", u=style == "u", b=style == "b", sz=sz, lang=lang))
    runs.append(R(rest, sz=sz, lang=lang))
    return P(runs, faults or [], **kw)


def numbering(left: int = 720, hanging: int = 360, sub: str = "(%2)", restart_num: bool = False) -> Numbering:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", left, hanging), Lvl("lowerLetter", sub, 2 * left, hanging)]
    n.nums[1] = (1, {})
    if restart_num:
        n.nums[2] = (1, {0: 1})
    return n


# ---------------------------------------------------------------- en-b01: bilingual heading labels, English body
def en_b01() -> Draft:
    n = numbering()
    B = [plain("Draft Resolution 决议草案", jc="center"),
         plain("Committee 委员会: Economic and Social Council 经济及社会理事会"),
         plain("Topic 议题: Tropical cyclone warnings for container ports"),
         plain("Sponsors 起草国: Philippines, Japan, Viet Nam"),
         plain("Signatories 附议国: Bangladesh, Fiji, Mexico, Mozambique, Republic of Korea"),
         P([R("The Economic and Social Council", i=True), R(",")]),
         led("Alarmed", " by the damage that tropical cyclones cause every year to quay cranes, stacked containers "
             "and the ships moored alongside them,"),
         led("Noting", " that the largest container ports handle tens of thousands of boxes a day and cannot stop "
             "their work within a few minutes.",
             [F("preambular-end-mark", 'preambular clause ends with "." instead of «,» (UN-B05, MUN-F04)')]),
         led("Recognizing", " that a warning system with clear numbered signals gives port operators time to secure "
             "equipment and send workers home safely\uff0c",
             [F("preambular-end-mark", 'preambular clause ends with the full-width Chinese comma "，" typed with a '
                'Chinese input method; an English clause ends with «,» (UN-B05, MUN-F04)')]),
         led("Bearing in mind", " that smaller ports in developing States often receive warnings later than the "
             "large ports of the same region,",
             [F("emphasis", 'preambular lead "Bearing in mind" is in roman type, not italic like the other '
                'leads (MUN-F02, UN-B04)')], style=""),
         led("Encourages", " Member States to adopt common warning signals for ports in the same tropical cyclone "
             "basin;", style="u", num=(1, 0)),
         led("Calls upon", " port authorities to publish plans for securing quay cranes and container stacks "
             "before each cyclone season.",
             [F("operative-end-mark", 'non-final operative clause 2 ends with "." instead of «;» (UN-B09, '
                'MUN-F05)')], style="u", num=(1, 0)),
         led("Requests", " the World Meteorological Organization to:", style="u", num=(1, 0)),
         plain("help regional centres send cyclone warnings directly to port control rooms;", num=(1, 1)),
         plain("train port staff in reading forecast tracks and storm surge maps;", num=(1, 1)),
         led("Invites", " the International Maritime Organization to include cyclone preparedness in its guidance "
             "on port safety;", style="u", num=(1, 0)),
         led("Requests", " the Secretary-General to report on the progress made at the substantive session of "
             "2028;",
             [F("operative-end-mark", 'last operative clause ends with ";" instead of «.» (UN-B09, MUN-F05)')],
             style="u", num=(1, 0))]
    return Draft("en-b01-bilingual-heading-labels-cyclone-ports", "en", B, n, ea_font="宋体")


# ---------------------------------------------------------------- zh-b02: Chinese clauses, English original under each in small type
def zh_b02() -> Draft:
    n = numbering(420, 420)
    small = {"sz": 18, "lang": "en-US"}
    ind = {"left": "420"}

    def en(lead: str, rest: str, style: str) -> P:
        return led(lead, rest, style=style, ind=ind, **small)

    B = [plain("决议草案", jc="center"),
         plain("委员会：联合国大会第二委员会"),
         plain("议题：屋顶农场与城市粮食安全"),
         plain("起草国：新加坡、荷兰、日本"),
         plain("附议国：阿拉伯联合酋长国、卡塔尔、马来西亚、以色列"),
         P([R("大会", b=True), R("，")]),
         P([R("The General Assembly", i=True, **small), R(",", **small)]),
         led("认识到", "人口密集的城市有大量平屋顶可以用于种植蔬菜，", style="u"),
         en("Recognizing", " that densely populated cities have large areas of flat roofs that could grow "
            "vegetables,", "i"),
         led("注意到", "一些城市进口的新鲜蔬菜占其消费量的九成以上。", style="u",
             faults=[F("preambular-end-mark", '序言性条款以 "。" 结尾；应为 «，» (UN-B05, ZH-B02, ZH-B05)')]),
         en("Noting", " that some cities import more than ninety per cent of the fresh vegetables they consume,", "i"),
         led("关切", "屋顶的承重能力和防水问题限制了屋顶农场的推广，", style="",
             faults=[F("emphasis", '序言性条款的引导词 "关切" 没有下划线，其他引导词都有 (ZH-B02)')]),
         en("Concerned", " that the load-bearing capacity and waterproofing of roofs limit the spread of rooftop "
            "farms,", "i"),
         led("鼓励", "会员国在新建公共建筑的设计中预留屋顶种植所需的承重和灌溉条件；", style="u", num=(1, 0)),
         en("Encourages", " Member States to provide for the load and irrigation needed for rooftop growing in the "
            "design of new public buildings;", "u"),
         led("促请", "各国城市规划部门,简化在现有建筑屋顶设立农场的审批程序；", style="u", num=(1, 0),
             faults=[F("half-width-punctuation-in-chinese", '条款中的逗号是半角 ","（"城市规划部门,简化"）；应为 «，» '
                       '(ZH-P01)')]),
         en("Calls upon", " urban planning departments to simplify the approval of farms on the roofs of existing "
            "buildings;", "u"),
         led("请", "联合国粮食及农业组织编写屋顶农场的种植和安全指南，", style="u", num=(1, 0),
             faults=[F("operative-end-mark", '执行段以 "，" 结尾；应为 «；» (UN-B09, ZH-B03)')]),
         en("Requests", " the Food and Agriculture Organization of the United Nations to prepare guidance on growing "
            "and safety for rooftop farms;", "u"),
         led("建议", "城市将屋顶农场的产品优先供应学校食堂和社区厨房；", style="u", num=(1, 0)),
         en("Recommends", " that cities supply the produce of rooftop farms first to school canteens and community "
            "kitchens;", "u"),
         led("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", style="u", num=(1, 0)),
         en("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
            "eighty-second session.", "u")]
    return Draft("zh-b02-english-original-under-each-clause-rooftop-farms", "zh", B, n, ea_font="宋体")


# ---------------------------------------------------------------- en-b03: two-column table, English left, Chinese right
def en_b03() -> Draft:
    rows = [
        [plain("Committee: Economic and Social Council"), plain("委员会：经济及社会理事会")],
        [plain("Topic: Food safety in hawker centres and street-food markets"),
         plain("议题：小贩中心和街头食品市场的食品安全")],
        [plain("Sponsors: Singapore, Malaysia, Thailand"), plain("起草国：新加坡、马来西亚、泰国")],
        [plain("Signatories: India, Indonesia, Mexico, Nigeria"), plain("附议国：印度、印度尼西亚、墨西哥、尼日利亚")],
        [P([R("The Economic and Social Council", i=True), R(",")]), P([R("经济及社会理事会", b=True), R("，")])],
        [led("Recognizing", " that hawker centres feed millions of people every day at prices that low-income "
             "families can afford,"),
         led("认识到", "小贩中心每天以低收入家庭负担得起的价格为数以百万计的人提供饭菜，", style="u")],
        [led("Concerned", " that many stalls lack running water, refrigeration and a safe way to dispose of waste,"),
         led("关切", "许多摊位缺少自来水、冷藏设备和安全处理垃圾的方法。", style="u",
             faults=[F("preambular-end-mark", '右栏（中文）序言性条款以 "。" 结尾；应为 «，» (UN-B05, ZH-B02)')])],
        [led("Noting", " that stall holders rarely receive training in food hygiene before they open their stalls;",
             [F("preambular-end-mark", 'left (English) preambular clause ends with ";" instead of «,» (UN-B05, '
                'MUN-F04)')]),
         led("注意到", "摊主在开设摊位之前很少接受食品卫生培训，", style="u")],
        [led("Encourages", " Member States to license hawker stalls and inspect them at least twice a year;",
             style="u", prefix="1. "),
         led("鼓励", "会员国为小贩摊位发放执照，并每年至少检查两次；", style="u", prefix="1. ")],
        [led("Urges", " local authorities to connect every hawker centre to running water and sewers;",
             [F("emphasis", 'operative lead "Urges" in the left column is not underlined, unlike the other '
                'operative leads (MUN-F03)')], style="", prefix="2. "),
         led("敦促", "地方当局为每一个小贩中心接通自来水和排水管道；", style="u", prefix="2. ")],
        [led("Requests", " the World Health Organization to publish a short food hygiene course for stall "
             "holders in the main local languages;", style="u", prefix="3. "),
         led("请", "世界卫生组织以主要当地语言出版面向摊主的简明食品卫生课程,", style="u", prefix="3. ",
             faults=[F("operative-end-mark", '右栏（中文）非最后执行段以半角 "," 结尾；应为 «；» (UN-B09, ZH-B03, '
                       'ZH-P01)')])],
        [led("Requests", " the Secretary-General to report on the implementation of the present resolution at "
             "the substantive session of 2028.", style="u", prefix="4. "),
         led("请", "秘书长在2028年实质性会议上报告本决议的执行情况。", style="u", prefix="4. ")],
    ]
    B = [plain("Draft Resolution 决议草案", jc="center"), Table(rows)]
    return Draft("en-b03-two-column-table-english-left-chinese-right-hawker-centres", "en", B, ea_font="宋体")


# ---------------------------------------------------------------- en-b04: English draft, Chinese State names in the sponsor list
def en_b04() -> Draft:
    n = numbering(restart_num=True)
    B = [plain("Committee: United Nations Environment Assembly"),
         plain("Topic: Illegal trade in pangolins and their scales"),
         plain("Sponsors: 中国, 越南, 马来西亚"),
         plain("Signatories: Cameroon, Gabon, 尼日利亚, Uganda"),
         P([R("The United Nations Environment Assembly", i=True), R(",")]),
         led("Alarmed", " that pangolins are among the most trafficked wild mammals in the world,"),
         led("Noting with concern", " that seizures of pangolin scales at airports and seaports have grown larger "
             "over the past ten years,"),
         led("Recognizing That", " all eight species of pangolin are listed in Appendix I of the Convention on "
             "International Trade in Endangered Species of Wild Fauna and Flora,",
             [F("capital-after-lead", '"Recognizing That": capitalised word after the lead; «Recognizing that» '
                '(MUN-F04)')]),
         led("Welcoming", " the work of customs officers who have trained sniffer dogs to find scales in cargo,"),
         led("Urges", " Member States to treat pangolin trafficking as a serious crime;", style="u", num=(1, 0)),
         led("Calls upon", " customs authorities to:", style="u", num=(1, 0)),
         plain("share information on seizures with the countries of origin and transit;", num=(1, 1)),
         plain("keep seized scales in secure stores until they are destroyed;", num=(1, 1)),
         led("Encourages", " consumer countries to run campaigns against products made from pangolin scales.",
             [F("operative-end-mark", 'non-final operative clause 3 ends with "." instead of «;» (UN-B09, '
                'MUN-F05)')], style="u", num=(1, 0)),
         led("Invites", " rescue centres to share their methods for the care of confiscated live pangolins;",
             [F("numbering", 'the list restarts: Word shows "1." on the fourth clause (a new list with '
                'startOverride 1) where «4.» is expected (UN-B07)')], style="u", num=(2, 0)),
         led("Requests", " the Executive Director to report on the implementation of the present resolution at "
             "its next session.", style="u", num=(2, 0))]
    return Draft("en-b04-chinese-state-names-in-sponsor-list-pangolins", "en", B, n, ea_font="宋体")


# ---------------------------------------------------------------- zh-b05: Chinese typed with an English Word template
def zh_b05() -> Draft:
    n = numbering(420, 420)
    B = [plain("决议草案", jc="center"),
         plain("委员会：联合国教育、科学及文化组织大会"),
         plain("议题：历史建筑的活化与再利用"),
         plain("起草国：意大利、葡萄牙、墨西哥"),
         plain("附议国：希腊、秘鲁、摩洛哥、越南"),
         P([R("教科文组织大会", b=True), R("，")]),
         led("回顾", "1972年《保护世界文化和自然遗产公约》，", style="u"),
         led("认识到", "许多城市的旧厂房、旧警署和旧市场在失去原有用途后长期空置,", style="u",
             faults=[F("half-width-punctuation-in-chinese", '序言性条款以半角 "," 结尾（英文输入法）；应为 «，» '
                       '(ZH-P01, UN-B05)')]),
         led("注意到", "空置的历史建筑因缺乏维护而迅速损坏，", style="u"),
         led("铭记", "国际古迹遗址理事会通过的威尼斯宪章所确立的修复原则，", style="u",
             faults=[F("missing-book-title-marks", '文件名称 "威尼斯宪章" 没有书名号；应为 «《威尼斯宪章》» '
                       '(ZH-P01, UN-B18)')]),
         led("鼓励", "会员国为历史建筑的活化再利用制定专门的建筑和消防标准；", style="u", num=(1, 0)),
         led("促请", "地方政府通过公开招标，把空置的历史建筑交给非营利机构经营;", style="u", num=(1, 0),
             faults=[F("half-width-punctuation-in-chinese", '执行段以半角 ";" 结尾；应为 «；» (ZH-P01, UN-B09)')]),
         led("建议", "各国在活化项目中：", style="u", num=(1, 0)),
         plain("保留建筑原有的结构和有代表性的细部；", num=(1, 1)),
         plain("邀请附近居民参与新用途的讨论；", num=(1, 1)),
         led("请", "会员国每四年报告一次历史建筑活化项目的数量和用途。", style="u", num=(1, 0),
             faults=[F("operative-end-mark", '非最后执行段以 "。" 结尾；应为 «；» (UN-B09, ZH-B03, ZH-B05)')]),
         led("请", "总干事在大会下届会议上报告本决议的执行情况。", style="u", num=(1, 0))]
    return Draft("zh-b05-english-template-times-new-roman-east-asian-en-us-historic-buildings", "zh", B, n,
                 ea_font="Times New Roman", lang_ea="en-US")


# ---------------------------------------------------------------- zh-b06: clean, bilingual heading
def zh_b06() -> Draft:
    n = numbering(420, 420)
    B = [plain("决议草案 Draft Resolution", jc="center"),
         plain("委员会 Committee：世界卫生大会"),
         plain("议题 Topic：学校周边建筑工地噪声对儿童健康的影响"),
         plain("起草国 Sponsors：奥地利、芬兰、大韩民国"),
         plain("附议国 Signatories：丹麦、爱尔兰、日本、新西兰"),
         P([R("世界卫生大会", b=True), R("，")]),
         led("认识到", "长期暴露于噪声会影响儿童的注意力、阅读能力和睡眠，", style="u"),
         led("关切地注意到", "许多城市的学校与昼夜施工的建筑工地只隔一条街，", style="u"),
         led("注意到", "一些城市已经规定学校上课和考试期间禁止高噪声作业，", style="u"),
         led("敦促", "会员国为学校周边的建筑工地规定更严格的噪声限值；", style="u", num=(1, 0)),
         led("鼓励", "地方当局：", style="u", num=(1, 0)),
         plain("在学校周边的工地安装噪声监测设备并公开监测数据；", num=(1, 1)),
         plain("要求施工单位在考试期间停止打桩等高噪声作业；", num=(1, 1)),
         led("请", "世界卫生组织更新关于环境噪声与儿童健康的指南；", style="u", num=(1, 0)),
         led("请", "总干事向第八十一届世界卫生大会报告本决议的执行情况。", style="u", num=(1, 0))]
    return Draft("zh-b06-clean-bilingual-heading-construction-noise", "zh", B, n, ea_font="宋体")


DRAFTS = [en_b01, zh_b02, en_b03, en_b04, zh_b05, zh_b06]
def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            paras = d.paragraphs()
            labels = d.numbering.labels(list(enumerate(paras, 1)), styles_num(d)) if d.numbering else {}
            print(f"== {d.name}")
            for k, p in enumerate(paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{k:3} {labels.get(k, ''):>5} {p.text}  {marks}")
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1]).resolve()
        out.mkdir(parents=True, exist_ok=True)
        for d in drafts:
            src = HERE / f"{d.name}.docx"
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)],
                           check=True, capture_output=True)
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out),
                            str(src)], check=True, capture_output=True)
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
