"""Build the drafts of the blind set word-blind17 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, style, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

The drafts imitate what CONVERTERS write: pandoc from Markdown (styles "Title", "First Paragraph", "Body Text",
"Compact", "Block Text"; one w:abstractNum per list, lvlText "%1."), LibreOffice converting an old .doc (abstractNum
named "WW8Num1", a numbering style "WW8Num1" reached through w:styleLink / w:numStyleLink), OnlyOffice / WPS cloud
export (theme fonts: w:asciiTheme / w:eastAsiaTheme, the East Asian font given only by the theme) and a Chinese .doc
converted by LibreOffice (SimSun through w:eastAsiaTheme, sub-levels in chineseCounting).

python-docx gives the package (its default template); styles, numbering.xml, theme fonts and runs are written with
lxml by the helpers below (structure after word-blind7/make_drafts.py; no import of drafter). Faults are marked with
F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based index of the w:p in the
body, counted after building and checked again on the saved file. Frozen with the commit that annotated the set.
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
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    node = etree.Element(w(tag))
    for key, value in (attrs or {}).items():
        node.set(w(key), str(value))
    for child in children:
        node.append(child)
    return node


@dataclass
class F:
    kind: str
    note: str


@dataclass
class R:
    """A run: text ("\n" = w:br) and its formatting."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False


def run_xml(r: R) -> etree._Element:
    node = el("r")
    rpr = el("rPr")
    if r.b:
        rpr.append(el("b"))
        rpr.append(el("bCs"))
    if r.i:
        rpr.append(el("i"))
        rpr.append(el("iCs"))
    if r.u:
        rpr.append(el("u", {"val": "single"}))
    if len(rpr):
        node.append(rpr)
    parts = r.text.split("\n")
    for k, part in enumerate(parts):
        if k:
            node.append(el("br"))
        if part:
            t = el("t")
            t.text = part
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            node.append(t)
    return node


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
        return "".join(r.text for r in self.runs).replace("\n", "⏎")


# ---------------------------------------------------------------- numbering
ZH_DIGITS = "零一二三四五六七八九十"


def chinese_counting(n: int) -> str:
    if n <= 10:
        return ZH_DIGITS[n]
    if n < 20:
        return "十" + ZH_DIGITS[n - 10]
    return ZH_DIGITS[n // 10] + "十" + (ZH_DIGITS[n % 10] if n % 10 else "")


def roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, lowerRoman, chineseCounting
    text: str         # lvlText
    left: int
    hanging: int = 360
    start: int = 1

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        return node

    def show(self, value: int) -> str:
        if self.fmt == "lowerLetter":
            return chr(ord("a") + value - 1)
        if self.fmt == "lowerRoman":
            return roman(value)
        if self.fmt == "chineseCounting":
            return chinese_counting(value)
        return str(value)


@dataclass
class Abstract:
    levels: list[Lvl]
    name: str | None = None           # w:name (LibreOffice: "WW8Num1")
    style_link: str | None = None     # w:styleLink: this abstractNum defines the numbering style
    num_style_link: str | None = None  # w:numStyleLink: this abstractNum takes its levels from the style
    multi: str = "hybridMultilevel"


@dataclass
class Numbering:
    abstracts: dict[int, Abstract] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)       # numId -> abstractNumId
    num_styles: dict[str, int] = field(default_factory=dict)  # numbering style id -> numId

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, a in self.abstracts.items():
            node = el("abstractNum", {"abstractNumId": str(aid)})
            node.append(el("nsid", {"val": f"{0x5A3C1000 + aid:08X}"}))
            node.append(el("multiLevelType", {"val": a.multi}))
            if a.name:
                node.append(el("name", {"val": a.name}))
            if a.style_link:
                node.append(el("styleLink", {"val": a.style_link}))
            if a.num_style_link:
                node.append(el("numStyleLink", {"val": a.num_style_link}))
            for k, lvl in enumerate(a.levels):
                node.append(lvl.xml(k))
            root.append(node)
        for nid, aid in self.nums.items():
            root.append(el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)})))

    def resolve(self, nid: int) -> int:
        """abstractNum that really holds the levels of numId (following w:numStyleLink through the style)."""
        aid = self.nums[nid]
        link = self.abstracts[aid].num_style_link
        if link:
            return self.resolve(self.num_styles[link])
        return aid

    def labels(self, paras: list[tuple[int, P]]) -> dict[int, str]:
        counters: dict[int, list[int | None]] = {}
        out: dict[int, str] = {}
        for index, p in paras:
            if not p.num:
                continue
            nid, ilvl = p.num
            aid = self.resolve(nid)
            levels = self.abstracts[aid].levels
            cnt = counters.setdefault(aid, [None] * 9)
            cnt[ilvl] = (cnt[ilvl] if cnt[ilvl] is not None else levels[ilvl].start - 1) + 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = None
            text = levels[ilvl].text
            for lv in range(ilvl + 1):
                value = cnt[lv] if cnt[lv] is not None else levels[lv].start
                text = text.replace(f"%{lv + 1}", levels[lv].show(value))
            out[index] = text
        return out


# ---------------------------------------------------------------- styles written by converters
def style(doc: docx.Document, sid: str, name: str, based: str | None = None, ppr: list | None = None,
          rpr: list | None = None, kind: str = "paragraph", custom: bool = True,
          num_id: int | None = None) -> None:
    styles = doc.styles.element
    old = styles.find(f"{w('style')}[@{w('styleId')}='{sid}']")
    if old is not None:
        styles.remove(old)
    s = el("style", {"type": kind, "styleId": sid})
    if custom:
        s.set(w("customStyle"), "1")
    s.append(el("name", {"val": name}))
    if based:
        s.append(el("basedOn", {"val": based}))
    if kind == "paragraph":
        s.append(el("qFormat"))
    p = el("pPr")
    if num_id is not None:
        p.append(el("numPr", None, el("numId", {"val": str(num_id)})))
    for child in ppr or []:
        p.append(child)
    if len(p):
        s.append(p)
    if rpr:
        r = el("rPr")
        for child in rpr:
            r.append(child)
        s.append(r)
    styles.append(s)


def pandoc_styles(doc: docx.Document) -> None:
    """The paragraph styles of pandoc's reference.docx that a Markdown conversion uses."""
    style(doc, "BodyText", "Body Text", "Normal", [el("spacing", {"before": "180", "after": "180"})], custom=False)
    style(doc, "FirstParagraph", "First Paragraph", "BodyText")
    style(doc, "Compact", "Compact", "BodyText", [el("spacing", {"before": "36", "after": "36"})])
    style(doc, "BlockText", "Block Text", "BodyText",
          [el("spacing", {"before": "100", "after": "100"}), el("ind", {"left": "480", "right": "480"})],
          custom=False)
    style(doc, "Title", "Title", "Normal", [el("keepNext"), el("spacing", {"before": "480", "after": "240"}),
                                            el("jc", {"val": "center"})],
          [el("b"), el("sz", {"val": "36"})], custom=False)


# ---------------------------------------------------------------- drafts
@dataclass
class Draft:
    name: str
    lang: str
    paras: list[P]
    numbering: Numbering | None = None
    app: str = "Microsoft Office Word"
    fonts: dict[str, str] | None = None     # docDefaults w:rFonts attributes
    theme_latin: str | None = None          # minor Latin font of the theme
    theme_ea: str | None = None             # minor East Asian font of the theme
    size: int = 24
    lang_ea: str = "zh-CN"
    extra_styles: list = field(default_factory=list)   # callables(doc)


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
    rpr.append(el("rFonts", d.fonts or {"ascii": "Times New Roman", "hAnsi": "Times New Roman",
                                        "cs": "Times New Roman"}))
    rpr.append(el("sz", {"val": str(d.size)}))
    rpr.append(el("szCs", {"val": str(d.size)}))
    rpr.append(el("lang", {"val": "en-US", "eastAsia": d.lang_ea, "bidi": "ar-SA"}))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "120", "line": "240", "lineRule": "auto"}))
    for fn in d.extra_styles:
        fn(doc)
    if d.numbering:
        d.numbering.xml(doc.part.numbering_part.element)
        for sid, nid in d.numbering.num_styles.items():
            style(doc, sid, sid, None, kind="numbering", num_id=nid)
    for p in d.paras:
        body.insert(len(body) - 1, p.xml())
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "delegate"
    doc.save(path)
    # theme fonts and the application name are rewritten in the package
    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "word/theme/theme1.xml":
                text = data.decode("utf-8")
                minor = re.search(r"<a:minorFont>.*?</a:minorFont>", text, re.S)
                block = minor.group(0)
                if d.theme_latin:
                    block = re.sub(r'<a:latin typeface="[^"]*"/>', f'<a:latin typeface="{d.theme_latin}"/>', block)
                if d.theme_ea:
                    block = block.replace('<a:ea typeface=""/>', f'<a:ea typeface="{d.theme_ea}"/>')
                data = (text[:minor.start()] + block + text[minor.end():]).encode("utf-8")
            if info.filename == "docProps/app.xml":
                data = re.sub(rb"<Application>[^<]*</Application>",
                              b"<Application>" + d.app.encode() + b"</Application>", data)
            z.writestr(info, data)
        tree = None
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(d.paras), (d.name, count)
    return path


def lead(lead_text: str, rest: str, faults: list[F] | None = None, how: str = "i", prefix: str = "",
         **kw) -> P:
    runs = [R(prefix)] if prefix else []
    runs.append(R(lead_text, i="i" in how, u="u" in how, b="b" in how))
    runs.append(R(rest))
    return P(runs, faults or [], **kw)


def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def pandoc_list(n: Numbering, aid: int, fmt: str = "decimal", tmpl: str = "%{}.") -> int:
    """pandoc: one abstractNum and one num for every list, all levels in the list's own style."""
    levels = []
    for k in range(9):
        text = tmpl.format(k + 1).replace("%{}".format(k + 1), f"%{k + 1}")  # noqa: UP032
        levels.append(Lvl(fmt, text, 720 * (k + 1), 480))
    n.abstracts[aid] = Abstract(levels, multi="multilevel")
    n.nums[aid + 1000 - 990] = aid
    return aid + 1000 - 990


# ---------------------------------------------------------------- en-c01: pandoc, the list restarts after a block quote
def en_c01() -> Draft:
    n = Numbering()
    first = pandoc_list(n, 990)
    second = pandoc_list(n, 991)
    P_ = [plain("Draft Resolution 2.3", style="Title"),
          plain("Committee: General Assembly Second Committee", style="FirstParagraph"),
          plain("Topic: Collection and recycling of household batteries", style="BodyText"),
          plain("Sponsors: Chile, Estonia, Rwanda", style="BodyText"),
          plain("Signatories: Austria, Bolivia (Plurinational State of), Ghana, Jordan, Thailand", style="BodyText"),
          P([R("The General Assembly", i=True), R(",")], style="BodyText"),
          lead("Alarmed", " that discarded batteries leak mercury, cadmium and lead into soil and groundwater when "
               "they are thrown away with household waste,", style="BodyText"),
          lead("Noting", " that fewer than half of the portable batteries sold in many countries are collected at "
               "the end of their life,", style="BodyText"),
          lead("Recognizing", " the risk of fires in waste trucks and sorting plants caused by damaged lithium-ion "
               "batteries", [F("preambular-end-mark", 'preambular clause has no end mark ("lithium-ion batteries"); '
                               'expected «,» (UN-B05, MUN-F04)')], style="BodyText"),
          lead("Recalling", " the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and "
               "their Disposal,", style="BodyText"),
          lead("Encourages", " Member States to place collection boxes for used batteries in shops, schools and post "
               "offices;", style="Compact", num=(first, 0)),
          lead("Calls upon", " producers to take back used batteries free of charge under extended producer "
               "responsibility schemes;", style="Compact", num=(first, 0)),
          lead("Recommends", " that national laws require the following label on every battery sold:",
               style="Compact", num=(first, 0)),
          plain("\u201cDo not put in household waste: return to a collection point\u201d;", style="BlockText"),
          lead("Invites", " the United Nations Environment Programme to publish guidance on the safe storage of "
               "used lithium-ion batteries;",
               [F("numbering", 'after the quoted label the operative list starts again: Word shows "1." (a new '
                  'pandoc list) where «4.» is expected; operative paragraphs are numbered consecutively (UN-B07, '
                  'MUN-F05)')], style="Compact", num=(second, 0)),
          lead("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
               "eighty-second session.", style="Compact", num=(second, 0))]
    return Draft("en-c01-pandoc-list-restarts-after-block-quote", "en", P_, n, app="pandoc",
                 extra_styles=[pandoc_styles])


# ---------------------------------------------------------------- en-c02: pandoc, clean
def en_c02() -> Draft:
    n = Numbering()
    outer = pandoc_list(n, 990)
    inner = pandoc_list(n, 991, "lowerLetter", "(%{})")
    P_ = [plain("Committee: Economic and Social Council\nTopic: Safety of motorcycle taxi riders and passengers\n"
                "Sponsors: Cameroon, Colombia, Indonesia\nSignatories: Kenya, Nigeria, Peru, Uganda, Viet Nam",
                style="FirstParagraph"),
          P([R("The Economic and Social Council", i=True), R(",")], style="BodyText"),
          lead("Deeply concerned", " that riders and passengers of motorcycle taxis account for a growing share of "
               "road deaths in low- and middle-income countries,", style="BodyText"),
          lead("Noting", " that many riders carry passengers without helmets and without any training or licence,",
               style="BodyText"),
          lead("Recalling", " the Global Plan for the Decade of Action for Road Safety 2021\u20132030,",
               style="BodyText"),
          lead("Recognizing", " that motorcycle taxis give millions of people in rural and suburban areas their only "
               "affordable transport,", style="BodyText"),
          lead("Urges", " Member States to require riders to hold a licence and to carry a helmet for each "
               "passenger;", style="Compact", num=(outer, 0)),
          lead("Encourages", " local authorities to:", style="Compact", num=(outer, 0)),
          plain("mark safe waiting areas for motorcycle taxis near markets and bus stations;", style="Compact",
                num=(inner, 1)),
          plain("offer free first-aid and defensive riding courses to riders\u2019 associations;", style="Compact",
                num=(inner, 1)),
          lead("Invites", " ride-hailing companies to check the licence of every rider registered on their "
               "platforms;", style="Compact", num=(outer, 0)),
          lead("Requests", " the World Health Organization to report to the Council on progress at its next "
               "session.", style="Compact", num=(outer, 0))]
    return Draft("en-c02-pandoc-clean-heading-line-breaks-nested-letters", "en", P_, n, app="pandoc",
                 extra_styles=[pandoc_styles])


# ---------------------------------------------------------------- LibreOffice from .doc: WW8Num1 through style links
def lo_numbering(sub_fmt: str = "lowerLetter", sub_text: str = "(%2)") -> Numbering:
    n = Numbering()
    levels = [Lvl("decimal", "%1.", 720, 360), Lvl(sub_fmt, sub_text, 1440, 360), Lvl("lowerRoman", "(%3)", 2160, 360)]
    n.abstracts[1] = Abstract(levels, name="WW8Num1", style_link="WW8Num1")
    n.abstracts[2] = Abstract([], num_style_link="WW8Num1")
    n.nums[1] = 1
    n.nums[2] = 2
    n.num_styles["WW8Num1"] = 1
    return n


def en_c03() -> Draft:
    n = lo_numbering()
    L = 2
    P_ = [plain("Committee: United Nations Environment Assembly"),
          plain("Topic: Protection and restoration of mangrove forests"),
          plain("Sponsors: Belize, Kenya, Sri Lanka"),
          plain("Signatories: Bangladesh, Fiji, Guinea-Bissau, Mexico, Senegal"),
          P([R("The United Nations Environment Assembly", i=True), R(",")]),
          lead("Alarmed", " that a large part of the world\u2019s mangrove forests has been cleared for shrimp ponds, "
               "rice fields and coastal building since 1980,"),
          lead("Recognizing", " that mangroves shelter coastal villages from storm surges and serve as nurseries for "
               "many fish species,"),
          lead("Noting", " that mangrove soils store more carbon per hectare than most forests on land,"),
          lead("Welcoming", " the work of the Global Mangrove Alliance,"),
          lead("Urges", " Member States to stop issuing permits for new shrimp ponds in mangrove areas;", how="u",
               num=(L, 0)),
          lead("Encourages", " coastal States to:", how="u", num=(L, 0)),
          plain("replant mangroves with species native to each site;", num=(L, 1)),
          plain("restore the tidal channels blocked by roads and embankments;", num=(L, 1)),
          plain("involve fishing communities in planting and monitoring;",
                [F("sub-clause-label", 'third sub-clause of clause 2 sits at level 0 of the lettered list: Word shows '
                   'it as operative paragraph "3." (no lead) where «(c)» is expected (UN-B10, MUN-F06)')],
                num=(L, 0)),
          lead("Calls upon", " coastal States to include mangroves in their nationally determined contributions;",
               how="u", num=(L, 0)),
          plain("Financing", [F("other", 'section heading "Financing" (Heading 3) inside the operative part; the '
                                'operative part is one run of numbered paragraphs (UN-B01, UN-B07)')],
                style="Heading3"),
          lead("Invites", " donors and development banks to fund community-led restoration projects;", how="u",
               num=(L, 0)),
          lead("Requests", " the Executive Director to report on the implementation of the present resolution at the "
               "next session of the Assembly.", how="u", num=(L, 0))]
    return Draft("en-c03-libreoffice-ww8num-style-link-heading-in-list", "en", P_, n, app="LibreOffice/7.4")


# ---------------------------------------------------------------- en-c04: OnlyOffice export, theme fonts, typed numbers
THEME_FONTS = {"asciiTheme": "minorHAnsi", "eastAsiaTheme": "minorEastAsia", "hAnsiTheme": "minorHAnsi",
               "cstheme": "minorBidi"}


def word_list() -> Numbering:
    n = Numbering()
    n.abstracts[0] = Abstract([Lvl("decimal", "%1.", 720, 360), Lvl("lowerLetter", "%2)", 1440, 360)])
    n.nums[1] = 0
    return n


def en_c04() -> Draft:
    n = word_list()
    typed_ind = {"left": "720", "hanging": "360"}
    P_ = [plain("Committee: General Assembly Second Committee"),
          plain("Topic: Access to clean cooking fuels and stoves"),
          plain("Sponsors: Ethiopia, Guatemala, Nepal"),
          plain("Signatories: Ghana, Haiti, Lao People\u2019s Democratic Republic, Madagascar, Malawi"),
          plain("The General Assembly,", [F("emphasis", 'organ line "The General Assembly," is not italic (UN-B02, '
                                           'MUN-F01)')]),
          lead("Alarmed", " that about two billion people still cook over open fires or with simple stoves that burn "
               "wood, charcoal, dung or kerosene,"),
          lead("Noting", " that smoke from such fires causes millions of premature deaths every year, most of them "
               "among women and young children,"),
          lead("Recognizing", " that collecting firewood takes many hours a week that girls could spend at school,"),
          lead("Recalling", " Sustainable Development Goal 7 on affordable and clean energy,"),
          lead("Encourages", " Member States to remove import duties on efficient cookstoves and liquefied petroleum "
               "gas cylinders;", how="u", num=(1, 0)),
          lead("Calls upon", " development banks to offer small loans that households can repay in weekly "
               "instalments;", how="u", num=(1, 0)),
          lead("Recommends", " that health ministries include information on household air pollution in their "
               "mother and child programmes;", how="u", num=(1, 0)),
          lead("Invites", " stove makers to test their products against international performance standards;",
               how="u", num=(1, 0)),
          lead("Urges", " national energy agencies to map the areas where clean fuels are not sold at all;",
               [F("numbering", 'typed number "4. " after Word\'s automatic "1." \u2026 "4.": the page shows "4." twice; '
                  'expected «5.» (UN-B07)')], how="u", prefix="4.\t", ind=typed_ind),
          lead("Requests", " the Secretary-General to report on progress at its eighty-second session",
               [F("operative-end-mark", 'last operative paragraph has no end mark ("eighty-second session"); '
                  'expected «.» (UN-B09, MUN-F05)')], how="u", prefix="5.\t", ind=typed_ind)]
    return Draft("en-c04-onlyoffice-theme-fonts-typed-numbers-after-auto", "en", P_, n, app="ONLYOFFICE/8.1",
                 fonts=THEME_FONTS, theme_latin="Arial", size=22)


# ---------------------------------------------------------------- zh-c05: WPS / OnlyOffice cloud export, East Asian font from the theme
def zh_c05() -> Draft:
    n = word_list()
    P_ = [plain("决议草案", jc="center"),
          plain("委员会：联合国大会第三委员会"),
          plain("议题：农村学生上下学交通安全"),
          plain("起草国：秘鲁、蒙古、南非"),
          plain("附议国：阿根廷、不丹、老挝人民民主共和国、尼日尔"),
          P([R("大会", b=True), R("，")]),
          lead("关切地注意到", "许多农村学生每天需步行或乘坐无资质车辆往返学校，路程往往超过十公里，", how="u"),
          lead("认识到", "安全的校车服务能够减少交通事故并提高入学率,",
               [F("half-width-punctuation-in-chinese", '序言性条款以半角 "," 结尾；应为全角 «，» (UN-B05, ZH-B02, UN-B18)')],
               how="u"),
          lead("注意到", "一些国家已为校车制定了专门的车辆标准和驾驶员资格要求，", how="u"),
          lead("鼓励", "会员国为偏远地区的学生提供免费或有补贴的校车服务；", how="u", num=(1, 0)),
          lead("促请", "各国交通主管部门定期检查校车的车况,并对校车驾驶员进行专门培训；",
               [F("half-width-punctuation-in-chinese", '句中半角逗号 "车况,并"；应为 «，» (UN-B18)')], how="u", num=(1, 0)),
          lead("建议", "各国在学校周边道路设置限速标志和人行横道",
               [F("operative-end-mark", '执行段没有结尾标点 ("人行横道")；应为 «；» (UN-B09, ZH-B03)')], how="u",
               num=(1, 0)),
          lead("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", how="u", num=(1, 0))]
    return Draft("zh-c05-wps-cloud-theme-eastasia-half-width", "zh", P_, n, app="WPS Office",
                 fonts=THEME_FONTS, theme_latin="Calibri", theme_ea="等线", size=24)


# ---------------------------------------------------------------- zh-c06: Chinese .doc through LibreOffice, SimSun via the theme
def zh_c06() -> Draft:
    n = lo_numbering("chineseCounting", "（%2）")
    L = 2
    P_ = [plain("决议草案", jc="center"),
          plain("委员会：联合国大会第二委员会"),
          plain("议题：减少粮食损失和浪费"),
          plain("起草国：意大利、孟加拉国、哥斯达黎加"),
          plain("附议国：埃及、法国、印度、肯尼亚、泰国"),
          P([R("大会", b=True), R("，")]),
          lead("回顾", "其第74/209号决议宣布每年9月29日为\u201c粮食损失和浪费问题国际宣传日\u201d，", how="u"),
          lead("关切地注意到", "全球生产的粮食中约有三分之一在收获、储存、运输和消费过程中损失或浪费，", how="u"),
          lead("认识到", "减少粮食损失和浪费有助于实现粮食安全并减少温室气体排放，", how="u"),
          lead("鼓励", "会员国制定减少粮食浪费的国家战略，并设定可衡量的目标；", how="u", num=(L, 0)),
          lead("促请", "各国：", how="u", num=(L, 0)),
          plain("改善农村地区的储粮设施和冷链运输；",
                [F("sub-clause-label", 'sub-clause labelled "（一）" by the list (chineseCounting); expected «(a)» '
                   '(ZH-B04, UN-B10)')], num=(L, 1)),
          plain("支持超市和餐馆将未售出的食品捐给食物银行；",
                [F("sub-clause-label", 'sub-clause labelled "（二）" by the list (chineseCounting); expected «(b)» '
                   '(ZH-B04, UN-B10)')], num=(L, 1)),
          lead("建议", "学校和机关食堂按需供餐，并公布剩余食物的数量；", how="u", num=(L, 0)),
          lead("请", "联合国粮食及农业组织向会员国提供测算粮食损失的技术援助；", how="u", num=(L, 0)),
          lead("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", how="u", num=(L, 0))]
    return Draft("zh-c06-libreoffice-doc-simsun-theme-chinese-counting", "zh", P_, n, app="LibreOffice/7.4",
                 fonts={"ascii": "Times New Roman", "hAnsi": "Times New Roman", "eastAsiaTheme": "minorEastAsia",
                        "cs": "Times New Roman"}, theme_ea="SimSun", size=24)


# ---------------------------------------------------------------- zh-c07: pandoc, clean
def zh_c07() -> Draft:
    n = Numbering()
    outer = pandoc_list(n, 990)
    inner = pandoc_list(n, 991, "lowerLetter", "(%{})")
    P_ = [plain("决议草案", style="Title"),
          plain("委员会：联合国大会第二委员会", style="FirstParagraph"),
          plain("议题：沙尘暴的区域预警与合作", style="BodyText"),
          plain("起草国：蒙古、伊朗伊斯兰共和国、乌兹别克斯坦", style="BodyText"),
          plain("附议国：阿富汗、哈萨克斯坦、伊拉克、中国", style="BodyText"),
          P([R("大会", b=True), R("，")], style="BodyText"),
          lead("关切地注意到", "一些地区的沙尘暴日益频繁、强烈，对健康、农业和交通造成严重影响，", how="b",
               style="BodyText"),
          lead("回顾", "其关于抗御沙尘暴的各项决议，", how="b", style="BodyText"),
          lead("认识到", "沙尘暴往往跨越国界，单个国家难以独自应对，", how="b", style="BodyText"),
          lead("鼓励", "会员国共享沙尘暴监测数据和预报产品；", how="b", style="Compact", num=(outer, 0)),
          lead("促请", "受影响国家：", how="b", style="Compact", num=(outer, 0)),
          plain("建立面向公众的沙尘暴预警系统；", style="Compact", num=(inner, 1)),
          plain("在沙源地区开展植被恢复和土地保护；", style="Compact", num=(inner, 1)),
          lead("邀请", "世界气象组织加强沙尘暴预警咨询和评估系统的区域中心；", how="b", style="Compact",
               num=(outer, 0)),
          lead("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", how="b", style="Compact", num=(outer, 0))]
    return Draft("zh-c07-pandoc-clean-bold-leads-nested-letters", "zh", P_, n, app="pandoc",
                 fonts={"ascii": "Times New Roman", "hAnsi": "Times New Roman", "eastAsia": "SimSun",
                        "cs": "Times New Roman"}, extra_styles=[pandoc_styles])


DRAFTS = [en_c01, en_c02, en_c03, en_c04, zh_c05, zh_c06, zh_c07]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            labels = d.numbering.labels(list(enumerate(d.paras, 1))) if d.numbering else {}
            print(f"== {d.name}")
            for k, p in enumerate(d.paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{k:3} {(p.style or '')[:14]:14} {labels.get(k, ''):>5} {p.text}  {marks}")
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
                  for k, p in enumerate(d.paras, 1) for f in p.faults]
        annotations[f"{d.name}.docx"] = {"faults": faults}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
