"""Build the drafts of the blind set word-blind20 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

Seven Chinese drafts filled in by delegates from a Chinese conference's 学术文件 Word/WPS template: heading as a
two-column table or as label lines aligned with full-width spaces, East Asian fonts set on every run (宋体, 仿宋_GB2312,
黑体, 楷体), first-line indents in characters (w:firstLineChars), Word/WPS lists with Chinese number formats.

python-docx gives the package (its default template); every piece of WordprocessingML (numbering.xml, paragraph
styles, docDefaults, runs with their fonts, tables) is written with lxml by the helpers below, written for this set
(no import of drafter, no earlier set's script). Faults are marked with F(kind, note) next to the paragraph that
carries them; the paragraph index is the 1-based index of the `w:p` in the body (table-cell paragraphs included,
no empty paragraph anywhere), counted after building and checked again on the saved file.
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
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
SP = "\u3000"   # full-width space


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
    """A run and its formatting. ea = East Asian font; latin = ascii/hAnsi font; no_ea: the run names Latin fonts
    only (no w:eastAsia attribute), as text pasted from an English web page or e-mail does."""
    text: str
    ea: str | None = None
    latin: str | None = "Times New Roman"
    u: bool = False
    b: bool = False
    sz: int | None = None
    no_ea: bool = False


def run_xml(r: R) -> etree._Element:
    node = el("r")
    rpr = el("rPr")
    fonts = el("rFonts")
    if r.latin:
        fonts.set(w("ascii"), r.latin)
        fonts.set(w("hAnsi"), r.latin)
    if r.ea and not r.no_ea:
        fonts.set(w("eastAsia"), r.ea)
        fonts.set(w("hint"), "eastAsia")
    if len(fonts.attrib):
        rpr.append(fonts)
    if r.b:
        rpr.append(el("b"))
        rpr.append(el("bCs"))
    if r.u:
        rpr.append(el("u", {"val": "single"}))
    if r.sz:
        rpr.append(el("sz", {"val": str(r.sz)}))
        rpr.append(el("szCs", {"val": str(r.sz)}))
    if len(rpr):
        node.append(rpr)
    t = el("t")
    t.text = r.text
    t.set(XML_SPACE, "preserve")
    node.append(t)
    return node


# ---------------------------------------------------------------- paragraphs
@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None   # (numId, ilvl); numId 0 = numbering switched off
    jc: str | None = None
    first_chars: int | None = None       # first-line indent in hundredths of a character (w:firstLineChars)

    def xml(self) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.first_chars:
            ppr.append(el("ind", {"firstLineChars": str(self.first_chars), "firstLine": str(self.first_chars * 24 // 10)}))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if len(ppr):
            p.append(ppr)
        for r in self.runs:
            p.append(run_xml(r))
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs).replace(SP, "□")


@dataclass
class Table:
    rows: list[list[P]]   # one paragraph per cell
    borders: bool = True
    widths: tuple[int, int] = (1800, 7200)

    def xml(self) -> etree._Element:
        tbl = el("tbl")
        tblpr = el("tblPr", None, el("tblW", {"w": str(sum(self.widths)), "type": "dxa"}))
        b = el("tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            b.append(el(side, {"val": "single", "sz": "4", "space": "0", "color": "000000"} if self.borders
                        else {"val": "nil"}))
        tblpr.append(b)
        tblpr.append(el("tblLook", {"val": "04A0"}))
        tbl.append(tblpr)
        grid = el("tblGrid")
        for wd in self.widths:
            grid.append(el("gridCol", {"w": str(wd)}))
        tbl.append(grid)
        for row in self.rows:
            tr = el("tr")
            for wd, cell in zip(self.widths, row):
                tc = el("tc", None, el("tcPr", None, el("tcW", {"w": str(wd), "type": "dxa"}),
                                       el("vAlign", {"val": "center"})))
                tc.append(cell.xml())
                tr.append(tc)
            tbl.append(tr)
        return tbl


# ---------------------------------------------------------------- numbering
CN_DIGITS = "〇一二三四五六七八九"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def chinese_counting(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def show(fmt: str, n: int) -> str:
    if fmt in ("decimal",):
        return str(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + n - 1)
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1]
    if fmt in ("chineseCounting", "chineseCountingThousand"):
        return chinese_counting(n)
    if fmt == "decimalEnclosedCircleChinese":
        return CIRCLED[n - 1]
    raise ValueError(fmt)


@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, chineseCounting, decimalEnclosedCircleChinese …
    text: str         # lvlText
    left: int
    hanging: int = 420
    start: int = 1
    suff: str | None = None   # None = tab (Word's default), "space", "nothing"

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.suff:
            node.append(el("suff", {"val": self.suff}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        return node


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)   # numId -> abstractNumId

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            a = el("abstractNum", {"abstractNumId": str(aid)})
            a.append(el("multiLevelType", {"val": "multilevel"}))
            for i, lvl in enumerate(levels):
                a.append(lvl.xml(i))
            root.append(a)
        for nid, aid in self.nums.items():
            root.append(el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)})))

    def labels(self, paras: list[tuple[int, P]], style_num: dict[str, tuple[int, int]]) -> dict[int, str]:
        """The label Word shows on each numbered paragraph: one counter set per abstractNum, a level restarts
        after a higher level, numId 0 shows nothing and counts nothing."""
        counters: dict[int, list[int | None]] = {}
        out: dict[int, str] = {}
        for index, p in paras:
            num = p.num or (style_num.get(p.style) if p.style else None)
            if not num or num[0] == 0:
                continue
            nid, ilvl = num
            aid = self.nums[nid]
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [None] * 9)
            cnt[ilvl] = (cnt[ilvl] if cnt[ilvl] is not None else levels[ilvl].start - 1) + 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = None
            text = levels[ilvl].text
            for lv in range(ilvl + 1):
                value = cnt[lv] if cnt[lv] is not None else levels[lv].start
                text = text.replace(f"%{lv + 1}", show(levels[lv].fmt, value))
            out[index] = text
        return out


# ---------------------------------------------------------------- drafts
@dataclass
class Draft:
    name: str
    blocks: list[P | Table]
    numbering: Numbering | None = None
    default_ea: str = "宋体"          # docDefaults East Asian font
    size: int = 24
    lang_ea: str = "zh-CN"
    styles: dict[str, tuple[int, int]] = field(default_factory=dict)   # paragraph style id -> (numId, ilvl)

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
    # A4, 2.54 cm margins (the template's page)
    pgsz = sect.find(w("pgSz"))
    pgsz.set(w("w"), "11906")
    pgsz.set(w("h"), "16838")
    pgmar = sect.find(w("pgMar"))
    for side in ("top", "bottom", "left", "right"):
        pgmar.set(w(side), "1440")
    styles = doc.styles.element
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(el("rFonts", {"ascii": "Times New Roman", "hAnsi": "Times New Roman", "eastAsia": d.default_ea,
                             "cs": "Times New Roman"}))
    rpr.append(el("kern", {"val": "2"}))
    rpr.append(el("sz", {"val": str(d.size)}))
    rpr.append(el("szCs", {"val": str(d.size)}))
    rpr.append(el("lang", {"val": "en-US", "eastAsia": d.lang_ea, "bidi": "ar-SA"}))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "0", "line": "360", "lineRule": "auto"}))
    ppr.append(el("jc", {"val": "both"}))
    for sid, (nid, ilvl) in d.styles.items():
        st = el("style", {"type": "paragraph", "customStyle": "1", "styleId": sid},
                el("name", {"val": sid}), el("basedOn", {"val": "Normal"}), el("qFormat"),
                el("pPr", None, el("numPr", None, el("ilvl", {"val": str(ilvl)}), el("numId", {"val": str(nid)}))))
        styles.append(st)
    if d.numbering:
        d.numbering.xml(doc.part.numbering_part.element)
    for block in d.blocks:
        body.insert(len(body) - 1, block.xml())
    count = sum(1 for _ in body.iter(w("p")))
    assert count == len(d.paragraphs()), (d.name, count, len(d.paragraphs()))
    for p in d.paragraphs():
        assert p.text.strip(), (d.name, "empty paragraph")
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "代表"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(d.paragraphs()), (d.name, count)
    return path


# ---------------------------------------------------------------- helpers for the texts
class Look:
    """The fonts of one draft: body East Asian font, title font, lead emphasis (underline or a font)."""

    def __init__(self, body: str, title: str = "黑体", lead_font: str | None = None, lead_u: bool = True) -> None:
        self.body, self.title, self.lead_font, self.lead_u = body, title, lead_font, lead_u

    def title_p(self, text: str = "决议草案") -> P:
        return P([R(text, ea=self.title, sz=36, b=True)], jc="center")

    def line(self, text: str, **kw) -> P:
        faults = kw.pop("faults", [])
        return P([R(text, ea=self.body)], faults, **kw)

    def organ(self, text: str) -> P:
        return P([R(text, ea=self.body, b=True), R("，", ea=self.body)])

    def clause(self, lead: str, rest: str, faults: list[F] | None = None, prefix: str = "", plain_lead: bool = False,
               font: str | None = None, no_ea: bool = False, latin: str = "Times New Roman", **kw) -> P:
        body = font or self.body
        runs = [R(prefix, ea=body, latin=latin, no_ea=no_ea)] if prefix else []
        if plain_lead:
            runs.append(R(lead, ea=body, latin=latin, no_ea=no_ea))
        else:
            runs.append(R(lead, ea=font or self.lead_font or body, latin=latin, u=self.lead_u, no_ea=no_ea))
        runs.append(R(rest, ea=body, latin=latin, no_ea=no_ea))
        return P(runs, faults or [], **kw)

    def table(self, rows: list[tuple[str, str]], faults: dict[int, list[F]] | None = None,
              borders: bool = True) -> Table:
        """Two-column heading table: label cell, value cell; faults keyed by (row index * 2 + cell)."""
        faults = faults or {}
        cells = []
        for k, (label, value) in enumerate(rows):
            cells.append([P([R(label, ea=self.title, b=True)], faults.get(2 * k, []), jc="center"),
                          P([R(value, ea=self.body)], faults.get(2 * k + 1, []), jc="left")])
        return Table(cells, borders)


PRE = 200   # 首行缩进 2 字符


# ---------------------------------------------------------------- zh-v01: WPS chineseCounting list, 微软雅黑 paste
def zh_v01() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("chineseCounting", "%1、", 0, 0, suff="nothing"),
                      Lvl("decimal", "（%2）", 420, 420, suff="nothing")]
    n.nums[1] = 1
    L = Look("宋体")
    B: list[P | Table] = [
        L.title_p(),
        L.table([("委员会", "世界卫生大会"),
                 ("议题", "促进自愿无偿献血，保障血液安全"),
                 ("起草国", "加纳、斯里兰卡、伊朗伊斯兰共和国"),
                 ("附议国", "秘鲁、塞内加尔、泰国、新西兰")]),
        L.organ("世界卫生大会"),
        L.clause("认识到", "安全、充足的血液供应是卫生系统不可缺少的组成部分，也是实现全民健康覆盖的条件之一，",
                 first_chars=PRE),
        L.clause("关切地注意到", "许多低收入国家每千人献血量仍低于满足基本需要的水平，医院在手术和分娩时经常缺血，",
                 first_chars=PRE),
        L.clause("注意到", "有偿献血和家庭替代献血会增加经输血传播感染的风险, 而定期自愿献血者的血液更为安全，",
                 [F("half-width-punctuation-in-chinese", '序言性条款中间的逗号是半角 ","（"风险, 而定期"）；应为 «，» '
                    '(ZH-P01)')], first_chars=PRE),
        L.clause("欢迎", "每年6月14日世界献血者日的活动在提高公众对献血的认识方面所发挥的作用，",
                 [F("other", "mixed fonts: 此段从网页粘贴，整段为微软雅黑 / Arial（网页的字体），全文其余部分为宋体 / "
                    "Times New Roman")], font="微软雅黑", latin="Arial", first_chars=PRE),
    ]
    ops = [
        ("鼓励", "会员国建立以定期自愿无偿献血者为基础的国家血液供应体系；", 0),
        ("促请", "各国卫生部门：", 0),
        (None, "在学校、工作场所和社区组织流动采血活动；", 1),
        (None, "为献血者提供便利的预约服务和献血后的健康咨询；", 1),
        ("请", "世界卫生组织协助发展中国家建设血液检测实验室并培训检验人员；", 0),
        ("建议", "各国建立全国统一的献血者登记系统，并依法保护献血者的个人信息；", 0),
        ("请", "总干事向第八十届世界卫生大会报告本决议的执行情况。", 0),
    ]
    k = 0
    sub = 0
    for lead, rest, ilvl in ops:
        if ilvl == 0:
            k += 1
            sub = 0
            shown = chinese_counting(k) + "、"
            f = [F("numbering", f'WPS 列表把执行性条款编为 "{shown}"（chineseCounting，lvlText "%1、"）；应为 «{k}.» '
                   '(UN-B07, ZH-B03)')]
            B.append(L.clause(lead, rest, f, num=(1, 0)))
        else:
            sub += 1
            f = [F("sub-clause-label", f'Word 在子条款上显示 "（{sub}）"（第二级为 decimal，lvlText "（%2）"）；子条款应以'
                   f'字母或罗马数字编号，«({"ab"[sub - 1]})» 或 «（{"ab"[sub - 1]}）» (ZH-B04, UN-B10)')]
            B.append(P([R(rest, ea=L.body)], f, num=(1, 1)))
    return Draft("zh-v01-blood-donation-wps-chinese-counting-yahei-paste-table-heading", B, n)


# ---------------------------------------------------------------- zh-v02: 仿宋 label lines, second list, sub at level 0
def zh_v02() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "（%2）", 840, 420)]
    n.abstracts[2] = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "（%2）", 840, 420)]
    n.nums[1] = 1
    n.nums[2] = 2
    L = Look("仿宋_GB2312")
    B: list[P | Table] = [
        L.title_p(),
        L.line(f"委{SP}员{SP}会：联合国大会第二委员会"),
        L.line(f"议{SP}{SP}{SP}题：多年冻土融化对交通和居住设施的影响"),
        L.line(f"起{SP}草{SP}国：加拿大、蒙古、挪威"),
        L.line(f"附{SP}议{SP}国：冰岛、哈萨克斯坦、芬兰、吉尔吉斯斯坦"),
        L.organ("大会"),
        L.clause("注意到", "北半球约四分之一的陆地之下是多年冻土，许多北方城镇、公路和铁路都建在冻土之上，",
                 first_chars=PRE),
        L.clause("关切地注意到", "气温上升使冻土融化和地面沉降加快，已造成道路开裂、房屋倾斜和输油管道断裂，",
                 first_chars=PRE),
        L.clause("认识到", "生活在冻土地区的土著人民和偏远社区受到的影响最为严重，",
                 [F("other", "mixed fonts: 此段从英文邮件粘贴，各 run 只有 Latin 字体 Calibri、没有 w:eastAsia 字体，Word "
                    "用文档默认的东亚字体宋体显示这段中文；全文其余部分为仿宋_GB2312")],
                 latin="Calibri", no_ea=True, first_chars=PRE),
        L.clause("强调", "在冻土地区规划和修建基础设施时必须考虑冻土的长期变化，", first_chars=PRE),
        L.clause("鼓励", "会员国绘制冻土分布和地温变化图，并定期更新；", num=(1, 0)),
        L.clause("促请", "冻土地区国家在公路和铁路建设中:",
                 [F("half-width-punctuation-in-chinese", '引出子条款的冒号是半角 ":"；应为 «：» (ZH-P01, UN-B11)')],
                 num=(1, 0)),
        P([R("采用通风路基、保温材料等保护冻土的技术；", ea=L.body)], num=(1, 1)),
        P([R("对已经受损的路段进行监测并及时修复；", ea=L.body)],
          [F("sub-clause-label", '第2条的第二个子条款放在了列表的第1级（ilvl 0），Word 把它编为执行性条款 "3."（没有引导词）；'
             '应为第2级的 «（b）» (ZH-B04, UN-B10)')], num=(1, 0)),
        L.clause("建议", "各国为冻土地区房屋受损的居民提供加固或搬迁援助；", num=(1, 0)),
        L.clause("邀请", "北极理事会和相关科研机构与各国共享冻土监测数据；",
                 [F("numbering", '第二个列表（另一个 abstractNum）从头编号，Word 在前一条 "4." 之后显示 "1."；条款应接着编号（页面上为 «5.»，'
                    '子条款放回第2级后为 «4.»）(UN-B07, ZH-B03)')], num=(2, 0)),
        L.clause("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", num=(2, 0)),
    ]
    return Draft("zh-v02-permafrost-fangsong-label-lines-no-east-asian-font-second-list", B, n, size=28)


# ---------------------------------------------------------------- zh-v03: 第%1条 and ① labels, 楷体 leads
def zh_v03() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("chineseCounting", "第%1条", 0, 0, suff="space"),
                      Lvl("decimalEnclosedCircleChinese", "%2", 840, 420)]
    n.nums[1] = 1
    L = Look("宋体", lead_font="楷体", lead_u=False)
    B: list[P | Table] = [
        L.title_p(),
        L.table([("委员会", "联合国大会第三委员会"),
                 ("议题", "保障农村儿童上学途中的过河安全"),
                 ("提案国", "尼泊尔、秘鲁、老挝人民民主共和国"),
                 ("附署国", "玻利维亚、柬埔寨、马达加斯加、卢旺达")], borders=False),
        L.organ("大会"),
        L.clause("回顾", "《儿童权利公约》关于儿童受教育权利的规定，", first_chars=PRE),
        L.clause("关切地注意到", "在许多山区和河网地区，儿童每天要涉水、乘坐简易渡船或走过年久失修的吊桥才能到校，",
                 first_chars=PRE),
        L.clause("注意到", "雨季洪水期间因过河而发生的儿童溺亡事故在一些国家是儿童意外死亡的主要原因之一，",
                 [F("emphasis", '引导词 "注意到" 仍是正文的宋体，没有像其他引导词那样设为楷体（也没有下划线）'
                    '(ZH-B02, FORMAT.md 0.2)')], plain_lead=True, first_chars=PRE),
        L.clause("认识到", "修建一座简易人行桥的费用通常远低于修建一所新学校的费用，", first_chars=PRE),
    ]
    ops = [
        ("鼓励", "会员国对通往学校的河流渡口和危旧桥梁进行普查，并列出需要优先修建的地点；", 0),
        ("促请", "各国在农村道路建设规划中：", 0),
        (None, "优先修建连接村庄和学校的人行桥；", 1),
        (None, "在雨季到来之前对现有吊桥进行安全检查；", 1),
        ("建议", "学校在洪水期间根据河流水位调整上学和放学的时间；", 0),
        ("邀请", "联合国儿童基金会和国际金融机构为修建人行桥提供资金和技术援助；", 0),
        ("请", "秘书长在大会第八十二届会议上报告本决议的执行情况；", 0),
    ]
    k = sub = 0
    for lead, rest, ilvl in ops:
        if ilvl == 0:
            k += 1
            sub = 0
            f = [F("numbering", f'Word 列表把执行性条款编为 "第{chinese_counting(k)}条"（lvlText "第%1条"，chineseCounting）；'
                   f'应为 «{k}.» (UN-B07, ZH-B03)')]
            if k == 5:
                f.append(F("operative-end-mark", '最后一条执行性条款以 "；" 结尾；应为 «。» (UN-B09, ZH-B03, ZH-B05)'))
            B.append(L.clause(lead, rest, f, num=(1, 0)))
        else:
            sub += 1
            f = [F("sub-clause-label", f'Word 在子条款上显示 "{CIRCLED[sub - 1]}"（decimalEnclosedCircleChinese）；应为 '
                   f'«({"ab"[sub - 1]})» 或 «（{"ab"[sub - 1]}）» (ZH-B04, UN-B10)')]
            B.append(P([R(rest, ea=L.body)], f, num=(1, 1)))
    return Draft("zh-v03-footbridges-article-labels-circled-subs-kaiti-leads-borderless-table", B, n)


# ---------------------------------------------------------------- zh-v04: traditional characters, numId 0 in a numbered style
def zh_v04() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "（%2）", 840, 420)]
    n.nums[1] = 1
    L = Look("宋体")
    B: list[P | Table] = [
        L.title_p("決議草案"),
        L.line(f"委{SP}員{SP}會：聯合國環境大會"),
        L.line(f"議{SP}{SP}{SP}題：高山登山活動產生的廢棄物"),
        L.line(f"起{SP}草{SP}國：尼泊爾、巴基斯坦、瑞士"),
        L.line(f"附{SP}議{SP}國：阿根廷、不丹、智利、義大利"),
        L.organ("聯合國環境大會"),
        L.clause("注意到", "每年有越來越多的登山者和徒步者前往高海拔山區，營地周圍留下了大量帳篷、氧氣瓶和食品包裝，",
                 first_chars=PRE),
        L.clause("關切地注意到", "在低溫和缺氧的環境中廢棄物難以分解，冰川消退後還會把多年前留下的垃圾暴露出來。",
                 [F("preambular-end-mark", '序言性條款以 "。" 結尾；應為 «，» (UN-B05, ZH-B02, ZH-B05)')], first_chars=PRE),
        L.clause("認識到", "當地嚮導和背夫在清理高山廢棄物方面承擔了很大的風險,",
                 [F("half-width-punctuation-in-chinese", '序言性條款以半角 "," 結尾；應為全形 «，» (ZH-P01, UN-B05)')],
                 first_chars=PRE),
        L.clause("鼓勵", "山地國家要求登山隊在出發前登記所攜帶的裝備，並在返回時帶回相應數量的廢棄物；",
                 style="ResolutionClause"),
        L.clause("促請", "各國登山管理部門：", style="ResolutionClause"),
        P([R("在大本營設置廢棄物收集和分類站；", ea=L.body)], num=(1, 1)),
        P([R("向登山隊收取可退還的環境保證金；", ea=L.body)], num=(1, 1)),
        L.clause("建議", "各國支持當地社區定期組織高山清潔行動，並為參加清潔行動的背夫購買保險；",
                 [F("numbering", '此段的 w:numId 為 0，關掉了樣式 "ResolutionClause" 的編號，Word 不顯示編號：一條沒有編號的'
                    '執行性條款；應為 «3.»（其後兩條因此顯示 "3." "4."）(UN-B07, ZH-B03)')],
                 style="ResolutionClause", num=(0, 0)),
        L.clause("邀請", "國際登山組織制定高海拔營地的環境行為準則；", style="ResolutionClause"),
        L.clause("請", "執行主任在下屆會議上報告本決議的執行情況。", style="ResolutionClause"),
    ]
    return Draft("zh-v04-traditional-mountain-waste-num-id-0-in-numbered-style-label-lines", B, n, lang_ea="zh-TW",
                 styles={"ResolutionClause": (1, 0)})


# ---------------------------------------------------------------- zh-v05: sub-items at level 3, typed 4、 after a Word list
def zh_v05() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "（%2）", 840, 420),
                      Lvl("decimal", "%3)", 1260, 420)]
    n.nums[1] = 1
    L = Look("宋体")
    B: list[P | Table] = [
        L.title_p(),
        L.table([("委员会", "联合国大会第三委员会"),
                 ("议题", "为视障学生提供盲文和无障碍格式的教材"),
                 ("起草国", "肯尼亚、乌拉圭、越南"),
                 ("附议国", "【请在此处填写附议国，国名之间用顿号分隔】")],
                {7: [F("heading-field-missing", '"附议国" 一栏仍是模板的提示文字 "【请在此处填写附议国，国名之间用顿号分隔】"，'
                       '没有列出任何国家 (ZH-H01)')]}),
        L.organ("大会"),
        L.clause("回顾", "2013年《关于为盲人、视力障碍者或其他印刷品阅读障碍者获得已出版作品提供便利的马拉喀什条约》，",
                 first_chars=PRE),
        L.clause("关切地注意到", "在许多发展中国家，视障学生往往要到学期过半才能拿到盲文教材，有的整个学年都拿不到，",
                 first_chars=PRE),
        L.clause("认识到", "电子书、有声读物和读屏软件可以降低制作无障碍格式教材的成本，", first_chars=PRE),
        L.clause("鼓励", "会员国在出版普通教材的同时制作盲文、大字和电子版本；", num=(1, 0)),
        L.clause("促请", "各国教育部门：", num=(1, 0)),
        P([R("为特殊教育学校和接收视障学生的普通学校配备盲文打印机；", ea=L.body)],
          [F("sub-clause-label", '子条款放在列表的第3级（ilvl 2），Word 显示 "1)" 并缩进两级；应为第2级的 «（a）» '
             '(ZH-B04, UN-B10)')], num=(1, 2)),
        P([R("培训教师使用盲文和读屏软件；", ea=L.body)],
          [F("sub-clause-label", 'Word 显示 "2)"（第3级）；应为 «（b）» (ZH-B04, UN-B10)')], num=(1, 2)),
        L.clause("请", "世界知识产权组织协助各国实施该条约，便利无障碍格式作品的跨境交换。",
                 [F("operative-end-mark", '非最后一条执行性条款以 "。" 结尾；应为 «；» (UN-B09, ZH-B03, ZH-B05)')],
                 num=(1, 0)),
        L.clause("建议", "各国设立全国性的无障碍格式教材资源库，供学校免费使用；",
                 [F("numbering", '列表之后手打的编号 "4、"（顿号）；执行性条款应编为 «4.» (UN-B07, ZH-B03)')],
                 prefix="4、", first_chars=PRE),
        L.clause("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", prefix="5. ", first_chars=PRE),
    ]
    return Draft("zh-v05-braille-textbooks-subs-at-third-level-typed-numbers-template-placeholder", B, n)


# ---------------------------------------------------------------- zh-v06: clean, table heading
def zh_v06() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "（%2）", 840, 420)]
    n.nums[1] = 1
    L = Look("宋体")
    B: list[P | Table] = [
        L.title_p(),
        L.table([("委员会", "联合国教育、科学及文化组织大会"),
                 ("议题", "以流动图书馆促进偏远地区儿童阅读"),
                 ("起草国", "哥伦比亚、蒙古、津巴布韦"),
                 ("附议国", "巴拉圭、菲律宾、斯洛文尼亚、坦桑尼亚联合共和国")]),
        L.organ("联合国教育、科学及文化组织大会"),
        L.clause("认识到", "阅读能力是儿童继续学习和参与社会生活的基础，", first_chars=PRE),
        L.clause("关切地注意到", "偏远山区、牧区和海岛的许多学校没有图书室，儿童在课本以外很少接触到适合其年龄的读物，",
                 first_chars=PRE),
        L.clause("赞赏地注意到", "一些国家用汽车、船只甚至驮畜把图书送到偏远村庄的做法取得了良好效果，", first_chars=PRE),
        L.clause("鼓励", "会员国为偏远地区的学校和村庄开设定期往返的流动图书馆；", num=(1, 0)),
        L.clause("建议", "各国在配置流动图书馆的图书时：", num=(1, 0)),
        P([R("优先选择以当地语言出版的儿童读物；", ea=L.body)], num=(1, 1)),
        P([R("定期轮换各站点的图书，使儿童每学期都能读到新书；", ea=L.body)], num=(1, 1)),
        L.clause("邀请", "出版机构和民间组织向流动图书馆捐赠图书和车辆；", num=(1, 0)),
        L.clause("请", "总干事在下届大会上报告本决议的执行情况。", num=(1, 0)),
    ]
    return Draft("zh-v06-clean-mobile-libraries-table-heading-word-list", B, n)


# ---------------------------------------------------------------- zh-v07: clean, 仿宋 label lines, 黑体 title
def zh_v07() -> Draft:
    n = Numbering()
    n.abstracts[1] = [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "（%2）", 840, 420)]
    n.nums[1] = 1
    L = Look("仿宋_GB2312")
    B: list[P | Table] = [
        L.title_p(),
        L.line(f"委{SP}员{SP}会：联合国人类住区规划署执行局"),
        L.line(f"议{SP}{SP}{SP}题：农村地区的太阳能路灯"),
        L.line(f"起{SP}草{SP}国：孟加拉国、埃塞俄比亚、危地马拉"),
        L.line(f"附{SP}议{SP}国：贝宁、斐济、约旦、巴拿马、赞比亚"),
        L.organ("执行局"),
        L.clause("注意到", "世界上仍有许多农村村庄在夜间没有任何公共照明，", first_chars=PRE),
        L.clause("关切地注意到", "缺少照明使妇女和儿童夜间出行的安全风险增加，也增加了道路交通事故，", first_chars=PRE),
        L.clause("认识到", "太阳能路灯不需要接入电网，安装和维护的成本近年来已大幅下降，", first_chars=PRE),
        L.clause("鼓励", "会员国把太阳能路灯纳入农村道路和村庄建设规划；", num=(1, 0)),
        L.clause("促请", "各国地方政府：", num=(1, 0)),
        P([R("优先在学校、诊所、水井和公共汽车站周围安装路灯；", ea=L.body)], num=(1, 1)),
        P([R("培训村民更换电池和进行日常维护；", ea=L.body)], num=(1, 1)),
        L.clause("请", "人居署向执行局下届会议报告本决议的执行情况。", num=(1, 0)),
    ]
    return Draft("zh-v07-clean-solar-street-lights-fangsong-label-lines", B, n, size=28)


DRAFTS = [zh_v01, zh_v02, zh_v03, zh_v04, zh_v05, zh_v06, zh_v07]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            paras = d.paragraphs()
            labels = d.numbering.labels(list(enumerate(paras, 1)), d.styles) if d.numbering else {}
            print(f"== {d.name}")
            for k, p in enumerate(paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{k:3} {labels.get(k, ''):>6} {p.text}  {marks}")
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
