"""Build the drafts of the blind set word-blind22 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 60-dpi PNG pages and a text export of each draft

The drafts are what Word in another UI language (Spanish, French, German, Russian, Chinese (PRC), Chinese (Taiwan),
Japanese) saves: the built-in styles keep their English w:name ("heading 1", "List Paragraph", "Emphasis") but get a
localised w:styleId ("Ttulo1", "Titre1", "berschrift1", "1"; "Prrafodelista", "Paragraphedeliste", "Listenabsatz",
"a3"; "nfasis", "Hervorhebung"), Normal is "Standard" (German) or "a" (Russian, Chinese, Japanese); fonts come from
the theme (w:asciiTheme / w:eastAsiaTheme, no w:ascii); w:lang and w:themeFontLang are the UI language; the default
tab stop is the one of that Word (708 / 420 / 480 / 840 twips); numbering is written the ways Word writes it (direct
w:numPr, a paragraph style that carries w:numPr, a list style linked by w:styleLink / w:numStyleLink) with the
library lvlText of that Word ("%1." "%2)" "(%2)" "第%1条" "%1、" and the Russian "а)" of numFmt russianLower).

python-docx gives the package; styles.xml, numbering.xml, settings, the theme part and every paragraph are written
with lxml by the helpers below (written for this set; nothing imported from drafter or from another set). Faults are
marked with F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based index of the
body w:p, checked again on the saved file.

Labels Word shows (ECMA-376 part 1, 17.9): a paragraph's numbering is its own w:numPr, else the one of its style
chain; a w:num whose abstractNum has w:numStyleLink takes its levels from the abstractNum that the linked numbering
style's w:numPr points to; counters belong to the abstractNum the paragraph's w:num names; a w:startOverride
restarts the level at the first paragraph of that w:num; a level restarts after a paragraph at a smaller level.
"""

from __future__ import annotations

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
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    node = etree.Element(w(tag))
    for key, value in (attrs or {}).items():
        node.set(w(key), str(value))
    for child in children:
        node.append(child)
    return node


# ---------------------------------------------------------------- marks, runs, paragraphs
@dataclass
class F:
    kind: str
    note: str


@dataclass
class R:
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    rstyle: str | None = None      # a character style (localised "Emphasis")


@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None   # direct w:numPr (numId, ilvl)
    jc: str | None = None

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    def xml(self) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if len(ppr):
            p.append(ppr)
        for r in self.runs:
            node = el("r")
            rpr = el("rPr")
            if r.rstyle:
                rpr.append(el("rStyle", {"val": r.rstyle}))
            if r.b:
                rpr.append(el("b"))
            if r.i:
                rpr.append(el("i"))
            if r.u:
                rpr.append(el("u", {"val": "single"}))
            if len(rpr):
                node.append(rpr)
            t = el("t")
            t.text = r.text
            t.set(XML_SPACE, "preserve")
            node.append(t)
            p.append(node)
        return p


# ---------------------------------------------------------------- styles as a localised Word writes them
@dataclass
class StyleIds:
    """The styleIds a Word of one UI language gives the built-in styles (w:name stays English)."""
    normal: str
    dpf: str            # Default Paragraph Font
    h1: str
    list_par: str
    emphasis: str
    table: str
    nolist: str


ES = StyleIds("Normal", "Fuentedeprrafopredeter", "Ttulo1", "Prrafodelista", "nfasis", "Tablanormal", "Sinlista")
FR = StyleIds("Normal", "Policepardfaut", "Titre1", "Paragraphedeliste", "Accentuation", "TableauNormal",
              "Aucuneliste")
DE = StyleIds("Standard", "Absatz-Standardschriftart", "berschrift1", "Listenabsatz", "Hervorhebung",
              "NormaleTabelle", "KeineListe")
RU = StyleIds("a", "a0", "1", "a3", "a4", "a1", "a2")
ZH = StyleIds("a", "a0", "1", "a3", "a4", "a1", "a2")     # Chinese (PRC) and Chinese (Taiwan) Word
JA = StyleIds("a", "a0", "1", "a3", "a4", "a1", "a2")


@dataclass
class Extra:
    """A style the student (or the template) added: a numbered paragraph style or a list style."""
    style_id: str
    name: str
    kind: str                       # paragraph / numbering
    based_on: str | None = None
    num: tuple[int, int] | None = None


def style_el(kind: str, sid: str, name: str, *children: etree._Element, default: bool = False,
             based_on: str | None = None, nxt: str | None = None, ui: int | None = None) -> etree._Element:
    s = el("style", {"type": kind, "styleId": sid})
    if default:
        s.set(w("default"), "1")
    s.append(el("name", {"val": name}))
    if based_on:
        s.append(el("basedOn", {"val": based_on}))
    if nxt:
        s.append(el("next", {"val": nxt}))
    if ui is not None:
        s.append(el("uiPriority", {"val": str(ui)}))
    if kind in ("paragraph", "character") and ui in (1, 9, 20, 34):
        s.append(el("qFormat"))
    for c in children:
        s.append(c)
    return s


def write_styles(root: etree._Element, ids: StyleIds, lang: tuple[str, str], extras: list[Extra]) -> None:
    for child in list(root):
        root.remove(child)
    fonts = el("rFonts", {"asciiTheme": "minorHAnsi", "eastAsiaTheme": "minorEastAsia", "hAnsiTheme": "minorHAnsi",
                          "cstheme": "minorBidi"})
    rpr = el("rPr", None, fonts, el("kern", {"val": "2"}), el("sz", {"val": "24"}), el("szCs", {"val": "24"}),
             el("lang", {"val": lang[0], "eastAsia": lang[1], "bidi": "ar-SA"}))
    ppr = el("pPr", None, el("spacing", {"after": "120", "line": "259", "lineRule": "auto"}))
    root.append(el("docDefaults", None, el("rPrDefault", None, rpr), el("pPrDefault", None, ppr)))
    root.append(style_el("paragraph", ids.normal, "Normal", default=True, ui=1))
    h1 = style_el("paragraph", ids.h1, "heading 1", based_on=ids.normal, nxt=ids.normal, ui=9)
    h1.append(el("pPr", None, el("keepNext"), el("spacing", {"before": "240", "after": "120"}), el("jc", {"val": "center"}),
                 el("outlineLvl", {"val": "0"})))
    h1.append(el("rPr", None, el("rFonts", {"asciiTheme": "majorHAnsi", "eastAsiaTheme": "majorEastAsia",
                                            "hAnsiTheme": "majorHAnsi", "cstheme": "majorBidi"}),
                 el("b"), el("sz", {"val": "32"}), el("szCs", {"val": "32"})))
    root.append(h1)
    root.append(style_el("character", ids.dpf, "Default Paragraph Font", default=True, ui=1))
    tbl = style_el("table", ids.table, "Normal Table", default=True, ui=99)
    tbl.append(el("tblPr", None, el("tblInd", {"w": "0", "type": "dxa"})))
    root.append(tbl)
    root.append(style_el("numbering", ids.nolist, "No List", default=True, ui=99))
    lp = style_el("paragraph", ids.list_par, "List Paragraph", based_on=ids.normal, ui=34)
    lp.append(el("pPr", None, el("ind", {"left": "720"}), el("contextualSpacing")))
    root.append(lp)
    emph = style_el("character", ids.emphasis, "Emphasis", based_on=ids.dpf, ui=20)
    emph.append(el("rPr", None, el("i"), el("iCs")))
    root.append(emph)
    for x in extras:
        s = style_el(x.kind, x.style_id, x.name, based_on=x.based_on, ui=99 if x.kind == "numbering" else 1)
        if x.kind == "paragraph":
            s.set(w("customStyle"), "1")
        if x.num:
            s.append(el("pPr", None, el("numPr", None, *( [el("ilvl", {"val": str(x.num[1])})] if x.kind == "paragraph"
                                                         else []), el("numId", {"val": str(x.num[0])}))))
        root.append(s)


THEME = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>
<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window"
lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1>
<a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr
val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/>
</a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink>
<a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>
<a:fontScheme name="Office"><a:majorFont><a:latin typeface="{major}"/><a:ea typeface=""/><a:cs typeface=""/>
<a:font script="Jpan" typeface="游ゴシック Light"/><a:font script="Hans" typeface="等线 Light"/>
<a:font script="Hant" typeface="新細明體"/><a:font script="Cyrl" typeface="{major}"/></a:majorFont>
<a:minorFont><a:latin typeface="{minor}"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan"
typeface="游明朝"/><a:font script="Hans" typeface="等线"/><a:font script="Hant" typeface="新細明體"/>
<a:font script="Cyrl" typeface="{minor}"/></a:minorFont></a:fontScheme>
<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>
<a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill>
<a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>
</a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>
</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill>
<a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>
<a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>"""


# ---------------------------------------------------------------- numbering
@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, lowerRoman, russianLower
    text: str         # lvlText as the localised library writes it
    left: int | None = None     # None: no w:ind in the level (the text goes to the next default tab stop)
    hanging: int = 360
    suff: str | None = None
    pstyle: str | None = None   # a level linked to a paragraph style

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": "1"}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.pstyle:
            node.append(el("pStyle", {"val": self.pstyle}))
        if self.suff:
            node.append(el("suff", {"val": self.suff}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        if self.left is not None:
            node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        return node


@dataclass
class Abstract:
    levels: list[Lvl] = field(default_factory=list)
    style_link: str | None = None       # this abstractNum defines the list style
    num_style_link: str | None = None   # this abstractNum borrows the list style's definition


RU_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя"


def roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


def shown(fmt: str, n: int) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + n - 1)
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "russianLower":
        return RU_LOWER[n - 1]
    return str(n)


@dataclass
class Numbering:
    abstracts: dict[int, Abstract] = field(default_factory=dict)
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstractId, startOverrides)

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, a in self.abstracts.items():
            node = el("abstractNum", {"abstractNumId": str(aid)})
            node.append(el("nsid", {"val": f"{0x5B2E0000 + aid * 0x1F3:08X}"}))
            node.append(el("multiLevelType", {"val": "multilevel" if len(a.levels) != 1 else "singleLevel"}))
            node.append(el("tmpl", {"val": f"{0x0C0A0019 + aid:08X}"}))
            if a.style_link:
                node.append(el("styleLink", {"val": a.style_link}))
            if a.num_style_link:
                node.append(el("numStyleLink", {"val": a.num_style_link}))
            for i, lvl in enumerate(a.levels):
                node.append(lvl.xml(i))
            root.append(node)
        for nid, (aid, overrides) in self.nums.items():
            n = el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)}))
            for ilvl, start in overrides.items():
                n.append(el("lvlOverride", {"ilvl": str(ilvl)}, el("startOverride", {"val": str(start)})))
            root.append(n)

    def levels_of(self, aid: int, extras: list[Extra]) -> list[Lvl]:
        a = self.abstracts[aid]
        if a.num_style_link:
            style = next(x for x in extras if x.style_id == a.num_style_link)
            assert style.num
            return self.levels_of(self.nums[style.num[0]][0], extras)
        return a.levels

    def labels(self, paras: list[P], extras: list[Extra]) -> dict[int, str]:
        counters: dict[int, list[int | None]] = {}
        used: set[int] = set()
        out: dict[int, str] = {}
        for index, p in enumerate(paras, 1):
            num = p.num
            if num is None and p.style:
                x = next((x for x in extras if x.style_id == p.style and x.kind == "paragraph"), None)
                num = x.num if x else None
            if not num or num[0] == 0:
                continue
            nid, ilvl = num
            aid, overrides = self.nums[nid]
            levels = self.levels_of(aid, extras)
            cnt = counters.setdefault(aid, [None] * 9)
            if nid not in used:
                used.add(nid)
                for lv, start in overrides.items():
                    cnt[lv] = start - 1
            cnt[ilvl] = (cnt[ilvl] or 0) + 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = None
            text = levels[ilvl].text
            for lv in range(ilvl + 1):
                text = text.replace(f"%{lv + 1}", shown(levels[lv].fmt, cnt[lv] or 1))
            out[index] = text
        return out


# ---------------------------------------------------------------- a draft and its package
@dataclass
class Draft:
    name: str
    lang: str                   # en / zh
    ids: StyleIds
    ui_lang: tuple[str, str]    # w:lang val / eastAsia of docDefaults and w:themeFontLang
    tab: int                    # w:defaultTabStop
    paras: list[P]
    numbering: Numbering
    extras: list[Extra] = field(default_factory=list)
    fonts: tuple[str, str] = ("Calibri Light", "Calibri")   # theme major / minor latin font
    app: str = "Microsoft Office Word"


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    write_styles(doc.styles.element, d.ids, d.ui_lang, d.extras)
    d.numbering.xml(doc.part.numbering_part.element)
    settings = doc.settings.element
    settings.find(w("defaultTabStop")).set(w("val"), str(d.tab))
    tfl = settings.find(w("themeFontLang"))
    if tfl is None:
        tfl = el("themeFontLang")
        settings.find(w("characterSpacingControl")).addprevious(tfl)
    tfl.set(w("val"), d.ui_lang[0])
    tfl.set(w("eastAsia"), d.ui_lang[1])
    theme = THEME.replace("{major}", d.fonts[0]).replace("{minor}", d.fonts[1]).encode("utf-8")
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype == RT.THEME:               # the template's Office theme, replaced by this Word's
            rel.target_part._blob = theme
        elif rel.reltype.endswith("/stylesWithEffects"):   # Word 2010's copy of the template styles: not written since
            doc.part.drop_rel(rid)
    for p in d.paras:
        body.insert(len(body) - 1, p.xml())
    doc.core_properties.author = "delegate"
    doc.core_properties.language = d.ui_lang[0]
    path = HERE / f"{d.name}.docx"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(d.paras), (d.name, count)
    return path


# ---------------------------------------------------------------- text helpers
def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def pre(lead: str, rest: str, faults: list[F] | None = None, *, i: bool = False, u: bool = False,
        rstyle: str | None = None, **kw) -> P:
    return P([R(lead, i=i, u=u, rstyle=rstyle), R(rest)], faults or [], **kw)


def en_head(title: str, ids: StyleIds, committee: str, topic: str, sponsors: str, signatories: str,
            organ: str) -> list[P]:
    return [plain(title, style=ids.h1), plain(f"Committee: {committee}"), plain(f"Topic: {topic}"),
            plain(f"Sponsors: {sponsors}"), plain(f"Signatories: {signatories}"), P([R(organ, i=True), R(",")])]


def zh_head(ids: StyleIds, committee: str, topic: str, sponsors: str, signatories: str, organ: str,
            trad: bool = False) -> list[P]:
    t = (lambda s: s.translate(str.maketrans("决议国议", "決議國議"))) if trad else (lambda s: s)
    return [plain(t("决议草案"), style=ids.h1), plain(("委員會：" if trad else "委员会：") + committee),
            plain(("議題：" if trad else "议题：") + topic), plain(("起草國：" if trad else "起草国：") + sponsors),
            plain(("附議國：" if trad else "附议国：") + signatories), P([R(organ, b=True), R("，")])]


def dot_levels(sub: str = "%2)", sub_fmt: str = "lowerLetter", left: int = 720) -> list[Lvl]:
    return [Lvl("decimal", "%1.", left), Lvl(sub_fmt, sub, left * 2), Lvl("lowerRoman", "%3.", left * 3, 180)]


# ---------------------------------------------------------------- en-s01: Spanish Word
def en_s01() -> Draft:
    ids = ES
    n = Numbering()
    n.abstracts[0] = Abstract(dot_levels("%2)"))     # Spanish Word's library list "1. a) i."
    n.nums[1] = (0, {})
    n.nums[2] = (0, {0: 1})                          # "Reiniciar en 1" on the third clause
    LP = ids.list_par

    def op(lead: str, rest: str, num: tuple[int, int], faults: list[F] | None = None) -> P:
        return P([R(lead, u=True), R(rest)], faults or [], style=LP, num=num)

    B = en_head("DRAFT RESOLUTION 1.3", ids, "General Assembly Third Committee", "Safety of hikers on mountain trails",
                "Chile, Nepal, Spain", "Argentina, Austria, Bhutan, Ecuador, Peru", "The General Assembly")
    B += [pre("Noting", " that the number of people who hike on mountain trails has grown quickly in the last decade,",
              rstyle=ids.emphasis),
          pre("Concerned", " that many hikers set out without a map, warm clothing or enough water,",
              rstyle=ids.emphasis),
          pre("Aware", " that mobile telephone coverage is weak or absent on most high trails,",
              [F("emphasis", 'preambular lead "Aware" not emphasised: the other preambular leads are italic (style '
                 '"Emphasis"), this one is plain text («Aware» in italics) (MUN-F02, UN-B04)')]),
          pre("Recognizing", " the work of the volunteer search teams that find lost hikers in bad weather,",
              rstyle=ids.emphasis),
          op("Encourages", " Member States to mark trails with signs that show distances and the level of "
             "difficulty;", (1, 0)),
          op("Calls upon", " national park authorities to:", (1, 0)),
          P([R("publish daily weather warnings at trailheads;")], style=LP, num=(1, 1)),
          P([R("close high trails when storms are forecast;")], style=LP, num=(1, 1)),
          op("Recommends", " that hiking clubs teach basic first aid to their members;", (2, 0),
             [F("numbering", '"Restart at 1" on the third operative clause: it shows "1." after clauses "1." and "2." '
                '(the clauses after it "2." "3."); operative clauses are numbered consecutively («3.») (UN-B07, '
                'MUN-F05)')]),
          op("Invites", " mobile network operators to extend their coverage to the most used trails;", (2, 0)),
          op("Requests", " the Secretary-General to report on the implementation of the present resolution at the "
             "eighty-second session of the General Assembly.", (2, 0))]
    return Draft("en-s01-spanish-word-prrafodelista-emphasis-style-restart", "en", ids, ("es-ES", "en-US"), 708, B, n)


# ---------------------------------------------------------------- en-f02: French Word
def en_f02() -> Draft:
    ids = FR
    n = Numbering()
    n.abstracts[0] = Abstract(dot_levels("%2)"))
    n.nums[1] = (0, {})
    LP = ids.list_par

    def op(lead: str, rest: str, faults: list[F] | None = None) -> P:
        return P([R(lead, i=True), R(rest)], faults or [], style=LP, num=(1, 0))

    B = en_head("DRAFT RESOLUTION 3.1", ids, "Economic and Social Council", "Child car seats and road safety",
                "Belgium, Morocco, Senegal", "Canada, Côte d'Ivoire, Haiti, Luxembourg, Tunisia",
                "The Economic and Social Council")
    B += [pre("Alarmed", " that road crashes are a leading cause of death for children under the age of ten,", i=True),
          pre("Noting", " that a child car seat fitted correctly lowers the risk of death in a crash by more than half,",
              i=True),
          pre("Aware", " that second-hand seats are often sold without instructions or after they have been damaged,",
              i=True),
          P([R("Recognizing", i=True), R(" the campaigns of consumer associations that check car seats free of charge "
                                         "in the car parks of shopping centres,")],
            [F("numbering", 'preambular clause numbered by the list: the last preambular clause is in the operative '
               'list and shows "1." (the operative clauses then run "2." to "6."); preambular clauses are not '
               'numbered (UN-B05, MUN-F04)')], style=LP, num=(1, 0)),
          op("Urges", " Member States to make a child car seat compulsory for every child shorter than 135 "
             "centimetres;"),
          op("Encourages", " manufacturers to:"),
          P([R("print the fitting instructions in the languages of the country of sale;")], style=LP, num=(1, 1)),
          P([R("mark on each seat the date after which it should no longer be used;")], style=LP, num=(1, 1)),
          op("Calls upon", " retailers to offer a free fitting check with every seat they sell.",
             [F("operative-end-mark", 'operative clause (not the last) ends with "." ("with every seat they sell.") '
                'instead of «;»; the full stop ends only the last clause (UN-B09, MUN-F05)')]),
          op("Recommends", " that maternity hospitals show parents how to fit a seat before the child goes home;"),
          op("Requests", " the Secretary-General to report to the Council at its next session on the progress made.")]
    return Draft("en-f02-french-word-titre1-preambular-clause-in-list", "en", ids, ("fr-FR", "en-US"), 708, B, n)


# ---------------------------------------------------------------- en-g03: German Word, clean, list style
def en_g03() -> Draft:
    ids = DE
    n = Numbering()
    n.abstracts[0] = Abstract(dot_levels("%2."), style_link="Resolutionsliste")
    n.abstracts[1] = Abstract([], num_style_link="Resolutionsliste")
    n.nums[1] = (1, {})        # what the paragraphs use
    n.nums[2] = (0, {})        # what the list style's w:numPr uses
    extras = [Extra("Resolutionsliste", "Resolutionsliste", "numbering", num=(2, 0))]
    LP = ids.list_par

    def op(lead: str, rest: str) -> P:
        return P([R(lead, u=True), R(rest)], [], style=LP, num=(1, 0))

    B = en_head("DRAFT RESOLUTION 2.2", ids, "General Assembly Second Committee",
                "Volcanic ash and the safety of air travel", "Germany, Iceland, Indonesia",
                "Chile, Italy, New Zealand, Philippines, Vanuatu", "The General Assembly")
    B += [pre("Recalling", " that clouds of volcanic ash can stop aircraft engines and closed much of the airspace of "
              "Europe for several days in 2010,", rstyle=ids.emphasis),
          pre("Noting", " that many volcanoes close to busy air routes are not watched by any instruments,",
              rstyle=ids.emphasis),
          pre("Convinced", " that warnings shared quickly between countries save lives and lower the cost of closing "
              "airspace,", rstyle=ids.emphasis),
          op("Encourages", " Member States to place seismic and gas sensors on active volcanoes near air routes;"),
          op("Calls upon", " national weather services to:"),
          P([R("send ash warnings to the Volcanic Ash Advisory Centres without delay;")], style=LP, num=(1, 1)),
          P([R("publish maps of the expected spread of the ash every six hours during an eruption;")], style=LP,
            num=(1, 1)),
          op("Invites", " airlines to train their pilots to recognise ash clouds at night;"),
          op("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
             "eighty-second session.")]
    return Draft("en-g03-clean-german-word-listenabsatz-list-style-link", "en", ids, ("de-DE", "en-US"), 708, B, n,
                 extras)


# ---------------------------------------------------------------- en-r04: Russian Word
def en_r04() -> Draft:
    ids = RU
    n = Numbering()
    # clauses numbered through a paragraph style ("a5") linked to level 1; Russian Word's library list "1. а) •"
    n.abstracts[0] = Abstract([Lvl("decimal", "%1.", 709, 709, pstyle="a5"), Lvl("russianLower", "%2)", 1418, 709),
                               Lvl("lowerRoman", "%3.", 2127, 709)])
    n.nums[1] = (0, {})
    extras = [Extra("a5", "Operative clause", "paragraph", based_on=ids.list_par, num=(1, 0))]
    LP = ids.list_par

    def op(lead: str, rest: str, faults: list[F] | None = None) -> P:
        return P([R(lead, u=True), R(rest)], faults or [], style="a5")

    B = en_head("DRAFT RESOLUTION 1.1", ids, "General Assembly Second Committee",
                "Safety on winter ice roads in Arctic and sub-Arctic regions", "Canada, Finland, Russian Federation",
                "Estonia, Kazakhstan, Mongolia, Norway, Sweden", "The General Assembly")
    B += [pre("Noting", " that many remote communities receive fuel, food and medicine only by roads built on frozen "
              "rivers and lakes,", i=True),
          pre("Alarmed", " that warmer winters make the ice thinner and shorten the season in which these roads can be "
              "used,", i=True),
          pre("Aware", " that a lorry that breaks through the ice puts the life of its driver and the drinking water "
              "of the community at risk,", i=True),
          op("Calls upon", " Member States to measure the thickness of the ice on every winter road at least once a "
             "week;"),
          op("Recommends", " that road authorities:"),
          P([R("set a weight limit for each section of the road;")], style=LP, num=(1, 1)),
          P([R("close a section as soon as the ice is thinner than the safe limit;")], style=LP, num=(1, 1),
            faults=[F("sub-clause-label", 'the sub-clauses carry Cyrillic letters from the Russian list format '
                      '(numFmt russianLower): the second shows "б)" instead of «b)» (the first, "а)", looks like a '
                      'Latin a) (MUN-F06, UN-B10)')]),
          P([R("publish the opening and closing dates of every winter road;")], style=LP, num=(1, 1),
            faults=[F("sub-clause-label", 'third sub-clause labelled with the Cyrillic "в)" instead of «c)» (MUN-F06, '
                      'UN-B10)')]),
          op("Encourages", " Member States to build all-season roads or river landings for the communities most at "
             "risk;"),
          op("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
             "eighty-second session;",
             [F("operative-end-mark", 'the last operative clause ends with ";" instead of «.» (UN-B09, MUN-F05)')])]
    return Draft("en-r04-russian-word-a3-style-numbered-clauses-cyrillic-sub-letters", "en", ids, ("ru-RU", "en-US"),
                 708, B, n, extras)


# ---------------------------------------------------------------- zh-c05: Chinese (PRC) Word, 第%1条
def zh_c05() -> Draft:
    ids = ZH
    n = Numbering()
    n.abstracts[0] = Abstract([Lvl("decimal", "第%1条", 840, 840, suff="space"), Lvl("lowerLetter", "(%2)", 1260, 420),
                               Lvl("lowerRoman", "%3.", 1680, 420)])
    n.nums[1] = (0, {})
    LP = ids.list_par

    def op(lead: str, rest: str, faults: list[F]) -> P:
        return P([R(lead, u=True), R(rest)], faults, style=LP, num=(1, 0))

    def art(k: int) -> F:
        return F("numbering", f'operative clause labelled "第{k}条" by the list (lvlText "第%1条") instead of «{k}.» '
                 '(Arabic numeral and half-width full stop) (UN-B07, ZH-B03)')

    B = zh_head(ids, "世界卫生大会", "在公共场所配置自动体外除颤器", "丹麦、日本、新加坡", "爱尔兰、大韩民国、挪威、瑞士、智利",
                "世界卫生大会")
    B += [pre("注意到", "心脏骤停多发生在家庭以外的公共场所，", u=True),
          pre("关切", "患者在医院以外发生心脏骤停后的存活率普遍很低，", u=True),
          pre("认识到", "在几分钟之内进行心肺复苏和除颤可以大大提高存活的机会，",
              [F("emphasis", '序言性条款的引导词 "认识到" 没有加下划线（其余引导词都有）；应为 «认识到»（加下划线）(ZH-B02, UN-B04)')]),
          op("鼓励", "各会员国在机场、车站、学校和体育场馆配置自动体外除颤器；", [art(1)]),
          op("呼吁", "各国卫生部门：", [art(2)]),
          P([R("建立全国除颤器位置登记系统；")], style=LP, num=(1, 1)),
          P([R("开发手机应用程序，帮助路人找到最近的除颤器；")], style=LP, num=(1, 1)),
          op("建议", "各国把心肺复苏培训纳入中学课程；", [art(3)]),
          op("请", "总干事向第八十届世界卫生大会报告本决议的执行情况；",
             [art(4), F("operative-end-mark", '最后一条行动性条款以 "；" 结尾；应为 «。» (UN-B09, ZH-B03)')])]
    return Draft("zh-c05-chinese-word-a3-article-labels-lead-plain", "zh", ids, ("en-US", "zh-CN"), 420, B, n,
                 fonts=("等线 Light", "等线"))


# ---------------------------------------------------------------- zh-t06: Chinese (Taiwan) Word, clean, list style
def zh_t06() -> Draft:
    ids = ZH
    n = Numbering()
    n.abstracts[0] = Abstract([Lvl("decimal", "%1.", 480, 480), Lvl("lowerLetter", "(%2)", 960, 480),
                               Lvl("lowerRoman", "%3.", 1440, 480)], style_link="a5")
    n.abstracts[1] = Abstract([], num_style_link="a5")
    n.nums[1] = (1, {})
    n.nums[2] = (0, {})
    extras = [Extra("a5", "決議條款清單", "numbering", num=(2, 0))]
    LP = ids.list_par

    def op(lead: str, rest: str) -> P:
        return P([R(lead, u=True), R(rest)], [], style=LP, num=(1, 0))

    B = zh_head(ids, "大會第二委員會", "颱風季節避難所的建設與管理", "菲律賓、日本、越南", "澳大利亞、斐濟、孟加拉國、泰國", "大會",
                trad=True)
    B += [pre("注意到", "颱風每年迫使沿海地區數以百萬計的居民離開家園，", u=True),
          pre("關切", "許多避難所設在低窪地帶，本身也有被洪水淹沒的危險，", u=True),
          pre("認識到", "經過加固的學校和社區中心可以在颱風期間兼作避難所，", u=True),
          op("鼓勵", "各會員國繪製沿海地區的避難所分布圖並向居民公布；"),
          op("呼籲", "各國地方政府："),
          P([R("為避難所儲備至少三天的飲用水、食物和藥品；")], style=LP, num=(1, 1)),
          P([R("為老年人、殘疾人和孕婦設置專門的休息區；")], style=LP, num=(1, 1)),
          op("建議", "各國在颱風來臨前四十八小時發出撤離預警；"),
          op("請", "秘書長在第八十二屆會議上報告本決議的執行情況。")]
    return Draft("zh-t06-clean-taiwan-word-traditional-list-style-link", "zh", ids, ("en-US", "zh-TW"), 480, B, n,
                 extras, fonts=("Calibri Light", "Calibri"))


# ---------------------------------------------------------------- zh-j07: Japanese Word, (1) sub-labels, a 1、 list
def zh_j07() -> Draft:
    ids = JA
    n = Numbering()
    n.abstracts[0] = Abstract([Lvl("decimal", "%1.", 420, 420), Lvl("decimal", "(%2)", 840, 420),
                               Lvl("decimalEnclosedCircle", "%3", 1260, 420)])   # Japanese Word's "1. (1) ①"
    n.abstracts[1] = Abstract([Lvl("decimal", "%1、", None, suff="tab")])         # a "1、" list, no indent: default tabs
    n.nums[1] = (0, {})
    n.nums[2] = (1, {})
    LP = ids.list_par

    def op(lead: str, rest: str, num: int, faults: list[F] | None = None) -> P:
        return P([R(lead, u=True), R(rest)], faults or [], style=LP, num=(num, 0))

    B = zh_head(ids, "大会第二委员会", "中小学校舍的抗震加固", "日本、土耳其、智利", "厄瓜多尔、尼泊尔、新西兰、意大利", "大会")
    B += [pre("回顾", "地震中倒塌的校舍曾多次造成大量学生伤亡，", u=True),
          pre("注意到", "许多国家的中小学校舍建于现行抗震标准颁布之前。", u=True,
              faults=[F("preambular-end-mark", '序言性条款以 "。" 结尾（"颁布之前。"）；应为 «，» (UN-B05, ZH-B02)')]),
          pre("认识到", "经过加固的校舍在地震后还可以用作临时安置场所，", u=True),
          op("敦促", "各会员国对所有中小学校舍进行抗震安全评估；", 1),
          op("建议", "各国教育部门在加固工程中优先考虑：", 1),
          P([R("建于现行抗震标准颁布之前的教学楼；")], style=LP, num=(1, 1),
            faults=[F("sub-clause-label", '子条款编号为 "(1)"（日文 Word 的列表库格式 "(%2)"，阿拉伯数字）；子条款应用英文字母 '
                      '«(a)» 或罗马数字 (ZH-B04, UN-B10)')]),
          P([R("位于地震断层带附近的学校；")], style=LP, num=(1, 1),
            faults=[F("sub-clause-label", '子条款编号为 "(2)"；应为 «(b)» (ZH-B04, UN-B10)')]),
          op("鼓励", "各国每学期至少组织一次地震疏散演练；", 2,
             [F("numbering", '后两条改用了另一个 "1、" 列表：本条显示 "1、"（重新从 1 开始，且为顿号）；应为 «3.» (UN-B07, '
                'ZH-B03)')]),
          op("请", "秘书长在第八十二届会议上报告本决议的执行情况。", 2,
             [F("numbering", '同一 "1、" 列表：本条显示 "2、"；应为 «4.» (UN-B07, ZH-B03)')])]
    return Draft("zh-j07-japanese-word-paren-digit-sub-labels-and-dunhao-list", "zh", ids, ("en-US", "ja-JP"), 840, B,
                 n, fonts=("游ゴシック Light", "游明朝"))


DRAFTS = [en_s01, en_f02, en_g03, en_r04, zh_c05, zh_t06, zh_j07]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            labels = d.numbering.labels(d.paras, d.extras)
            print(f"== {d.name}")
            for k, p in enumerate(d.paras, 1):
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
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{d.name}.pdf"), str(out / d.name)], check=True)
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
