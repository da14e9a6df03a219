"""Build the drafts of the blind set word-blind38 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, style, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 60-dpi PNG pages and a text export of each draft

The drafts are files a main submitter merged from the clauses that other delegations wrote in their own Word files:
Insert > Object > Text from File (the inserted file brings its styles, its numbering definitions and its last
section break), paste with "Keep Source Formatting" (source styles renamed on collision: "Normal1",
"List Paragraph2", "Heading 1 Char1"; the source's abstractNum copied), "Merge Formatting" (destination styles,
run languages kept) and "Keep Text Only" (numbers and emphasis turned into plain typed text).

python-docx gives the package (its default template); styles, numbering.xml and every paragraph are written with
lxml by the helpers below (written for this set; nothing imported from drafter or from another set's script).
Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based
index of the body's w:p, checked again on the saved file.

Labels Word shows (ECMA-376 part 1, 17.9): the counters of a list belong to its abstractNum, so w:num instances of
the same abstractNum continue one another unless a w:lvlOverride/w:startOverride restarts the level at the first
paragraph of that w:num; a w:num of another abstractNum counts on its own from its level's w:start; a level
restarts after a paragraph at a higher (smaller) level.
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
    """A run: text and the direct formatting Word keeps on it."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    style: str | None = None        # w:rStyle (character style id)
    font: str | None = None         # w:rFonts ascii/hAnsi/cs
    ea: str | None = None           # w:rFonts eastAsia
    sz: int | None = None           # half-points
    lang: str | None = None         # w:lang w:val
    lang_ea: str | None = None      # w:lang w:eastAsia

    def xml(self) -> etree._Element:
        node = el("r")
        rpr = el("rPr")
        if self.style:
            rpr.append(el("rStyle", {"val": self.style}))
        if self.font or self.ea:
            fonts = el("rFonts")
            if self.font:
                for key in ("ascii", "hAnsi", "cs"):
                    fonts.set(w(key), self.font)
            if self.ea:
                fonts.set(w("eastAsia"), self.ea)
            rpr.append(fonts)
        if self.b:
            rpr.append(el("b"))
        if self.i:
            rpr.append(el("i"))
        if self.sz:
            rpr.append(el("sz", {"val": str(self.sz)}))
            rpr.append(el("szCs", {"val": str(self.sz)}))
        if self.u:
            rpr.append(el("u", {"val": "single"}))
        if self.lang or self.lang_ea:
            lang = el("lang")
            if self.lang:
                lang.set(w("val"), self.lang)
            if self.lang_ea:
                lang.set(w("eastAsia"), self.lang_ea)
            rpr.append(lang)
        if len(rpr):
            node.append(rpr)
        for k, part in enumerate(self.text.split("\t")):
            if k:
                node.append(el("tab"))
            if part:
                t = el("t")
                t.text = part
                t.set(XML_SPACE, "preserve")
                node.append(t)
        return node


@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None     # (numId, ilvl)
    jc: str | None = None
    ind: dict[str, str] | None = None
    section: str | None = None             # a section break carried by this paragraph: "nextPage" / "continuous"

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
        if self.section:
            sect = el("sectPr")   # the break's kind is stored on the section after it (build() sets it there)
            sect.append(el("pgSz", {"w": "11906", "h": "16838"}))
            sect.append(el("pgMar", {"top": "1440", "right": "1440", "bottom": "1440", "left": "1440",
                                     "header": "708", "footer": "708", "gutter": "0"}))
            sect.append(el("cols", {"space": "708"}))
            ppr.append(sect)
        if len(ppr):
            p.append(ppr)
        for r in self.runs:
            p.append(r.xml())
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, lowerRoman
    text: str         # lvlText
    left: int
    hanging: int = 360
    start: int = 1
    font: str | None = None   # the label's own font (w:lvl/w:rPr), copied from the source file

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        if self.font:
            node.append(el("rPr", None, el("rFonts", {"ascii": self.font, "hAnsi": self.font, "cs": self.font})))
        return node


def roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


def tpl_en(font: str | None = None, start: int = 1) -> list[Lvl]:
    """Word's library multilevel list "1. a. i." (the label font as the source file had it)."""
    return [Lvl("decimal", "%1.", 720, start=start, font=font), Lvl("lowerLetter", "%2.", 1440, font=font),
            Lvl("lowerRoman", "%3.", 2160, 180, font=font)]


def tpl_zh(font: str | None = None) -> list[Lvl]:
    return [Lvl("decimal", "%1.", 420, 420, font=font), Lvl("lowerLetter", "(%2)", 840, 420, font=font),
            Lvl("lowerRoman", "(%3)", 1260, 420, font=font)]


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstractId, startOverrides)

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            a = el("abstractNum", {"abstractNumId": str(aid)})
            a.append(el("nsid", {"val": f"{0x5B2E0000 + aid * 0x1F3:08X}"}))
            a.append(el("multiLevelType", {"val": "hybridMultilevel"}))
            a.append(el("tmpl", {"val": f"{0x0809000F + aid * 0x10:08X}"}))
            for k, lvl in enumerate(levels):
                a.append(lvl.xml(k))
            root.append(a)
        for nid, (aid, overrides) in self.nums.items():
            n = el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)}))
            for ilvl, start in overrides.items():
                n.append(el("lvlOverride", {"ilvl": str(ilvl)}, el("startOverride", {"val": str(start)})))
            root.append(n)

    def labels(self, paras: list[tuple[int, P]]) -> dict[int, str]:
        counters: dict[int, list[int | None]] = {}
        used: set[int] = set()
        out: dict[int, str] = {}
        for index, p in paras:
            if not p.num or p.num[0] == 0:
                continue
            nid, ilvl = p.num
            aid, overrides = self.nums[nid]
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [None] * 9)
            if nid not in used:
                used.add(nid)
                for lv, start in overrides.items():
                    cnt[lv] = start - 1
                    for deeper in range(lv + 1, 9):
                        cnt[deeper] = None
            cnt[ilvl] = (cnt[ilvl] if cnt[ilvl] is not None else levels[ilvl].start - 1) + 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = None
            text = levels[ilvl].text
            for lv in range(ilvl + 1):
                value = cnt[lv] if cnt[lv] is not None else levels[lv].start
                fmt = levels[lv].fmt
                shown = chr(ord("a") + value - 1) if fmt == "lowerLetter" else roman(value) if fmt == "lowerRoman" \
                    else str(value)
                text = text.replace(f"%{lv + 1}", shown)
            out[index] = text
        return out


# ---------------------------------------------------------------- styles a merge leaves behind
def para_style(sid: str, name: str, based: str | None, rpr: list[etree._Element], ppr: list[etree._Element],
               ui: int = 99) -> etree._Element:
    s = el("style", {"type": "paragraph", "customStyle": "1", "styleId": sid})
    s.append(el("name", {"val": name}))
    if based:
        s.append(el("basedOn", {"val": based}))
    s.append(el("uiPriority", {"val": str(ui)}))
    s.append(el("qFormat"))
    if ppr:
        s.append(el("pPr", None, *ppr))
    if rpr:
        s.append(el("rPr", None, *rpr))
    return s


def char_style(sid: str, name: str, rpr: list[etree._Element], link: str | None = None) -> etree._Element:
    s = el("style", {"type": "character", "customStyle": "1", "styleId": sid})
    s.append(el("name", {"val": name}))
    s.append(el("basedOn", {"val": "DefaultParagraphFont"}))
    if link:
        s.append(el("link", {"val": link}))
    s.append(el("uiPriority", {"val": "9"}))
    s.append(el("rPr", None, *rpr))
    return s


def merged_styles(zh: bool) -> list[etree._Element]:
    """The styles a merge copies in: the source's Normal and List Paragraph renamed because they differ from the
    destination's (only in spacing and proofing language here: they look the same on the page), the source's
    "Heading 1 Char" renamed "Heading 1 Char1", and the source's "Emphasis" renamed "Emphasis1" (italic)."""
    ea = {"eastAsia": "宋体"} if zh else {}
    fonts = {"ascii": "Times New Roman", "hAnsi": "Times New Roman", "cs": "Times New Roman", **ea}
    lang = {"val": "en-US", "eastAsia": "zh-CN"} if zh else {"val": "en-US"}
    out = [
        para_style("Normal1", "Normal1", None,
                   [el("rFonts", fonts), el("sz", {"val": "24"}), el("szCs", {"val": "24"}), el("lang", lang)],
                   [el("spacing", {"after": "160", "line": "259", "lineRule": "auto"})]),
        para_style("ListParagraph2", "List Paragraph2", "Normal1", [], [el("ind", {"left": "720"}),
                                                                       el("contextualSpacing")], ui=34),
        char_style("Heading1Char1", "Heading 1 Char1",
                   [el("rFonts", {"asciiTheme": "majorHAnsi", "hAnsiTheme": "majorHAnsi"}),
                    el("color", {"val": "2F5496", "themeColor": "accent1", "themeShade": "BF"}),
                    el("sz", {"val": "32"}), el("szCs", {"val": "32"})]),
        char_style("Emphasis1", "Emphasis1", [el("i"), el("iCs")]),
    ]
    return out


@dataclass
class Draft:
    name: str
    lang: str
    paras: list[P]
    numbering: Numbering


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    zh = d.lang == "zh"
    styles = doc.styles.element
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    fonts = el("rFonts", {"ascii": "Times New Roman", "hAnsi": "Times New Roman", "cs": "Times New Roman"})
    if zh:
        fonts.set(w("eastAsia"), "宋体")
    rpr.append(fonts)
    rpr.append(el("sz", {"val": "24"}))
    rpr.append(el("szCs", {"val": "24"}))
    rpr.append(el("lang", {"val": "en-GB", "eastAsia": "zh-CN", "bidi": "ar-SA"}))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "120", "line": "240", "lineRule": "auto"}))
    # python-docx's template Normal has no font of its own; give its "Normal" style nothing more
    for s in merged_styles(zh):
        styles.append(s)
    d.numbering.xml(doc.part.numbering_part.element)
    for p in d.paras:
        node = p.xml()
        inner = node.find(f"{w('pPr')}/{w('sectPr')}")
        if inner is not None:   # the inserted file's section: same page size and margins as the draft's own
            for tag in ("pgSz", "pgMar"):
                inner.replace(inner.find(w(tag)), etree.fromstring(etree.tostring(sect.find(w(tag)))))
        body.insert(len(body) - 1, node)
    breaks = [p.section for p in d.paras if p.section]
    if breaks and breaks[-1] != "nextPage":   # ECMA-376 17.6.22: w:type tells how the *following* section starts
        sect.insert(0, el("type", {"val": breaks[-1]}))
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "main submitter"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f"{w('p')}"))
    assert count == len(d.paras), (d.name, count)
    return path


# ---------------------------------------------------------------- text helpers
LP = "ListParagraph"
LP2 = "ListParagraph2"
N1 = "Normal1"


def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def organ(name: str, end: str = ",", faults: list[F] | None = None, zh: bool = False, **kw) -> P:
    return P([R(name, i=not zh, b=zh), R(end)], faults or [], **kw)


def pre(lead: str, rest: str, faults: list[F] | None = None, lang: str | None = None, lead_style: str | None = None,
        **kw) -> P:
    """A preambular clause, lead italic (or italic through a character style)."""
    first = R(lead, i=lead_style is None, style=lead_style, lang=lang)
    return P([first, R(rest, lang=lang)], faults or [], **kw)


def op(lead: str, rest: str, num: tuple[int, int] | None, faults: list[F] | None = None, style: str = LP,
       lang: str | None = None, **kw) -> P:
    """An operative clause, lead underlined."""
    return P([R(lead, u=True, lang=lang), R(rest, lang=lang)], faults or [], style=style, num=num, **kw)


def sub(text: str, num: tuple[int, int], faults: list[F] | None = None, style: str = LP, lang: str | None = None,
        **kw) -> P:
    return P([R(text, lang=lang)], faults or [], style=style, num=num, **kw)


def en_head(committee: str, topic: str, sponsors: str, signatories: str) -> list[P]:
    return [plain(f"Committee: {committee}"), plain(f"Topic: {topic}"), plain(f"Sponsors: {sponsors}"),
            plain(f"Signatories: {signatories}")]


# ---------------------------------------------------------------- en-m01: Text from File, the source list restarts
def en_m01() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_en()
    n.abstracts[2] = tpl_en(font="Calibri")   # Ghana's list, copied with the inserted file (label in Calibri)
    n.nums[1] = (1, {})
    n.nums[2] = (2, {})
    gh = "en-US"
    B = en_head("World Health Assembly", "Snakebite envenoming in rural communities", "Ghana, India, Nepal",
                "Brazil, Cameroon, Indonesia, Papua New Guinea, Sri Lanka")
    B += [organ("The World Health Assembly"),
          pre("Alarmed", " that venomous snakebites kill tens of thousands of people every year and leave many more "
              "with amputations and lasting disability,"),
          pre("Noting", " that most bites happen to farm workers, herders and children in villages far from any "
              "hospital,"),
          pre("Aware", " that many victims first go to traditional healers and reach a health centre only after "
              "several hours,"),
          pre("Recognizing", " that antivenom is often out of stock in district hospitals because it must be kept "
              "cold and is costly to produce,", lang=gh, style=N1),
          op("Urges", " Member States to list snakebite envenoming among the health emergencies that rural clinics "
             "must be ready to treat;", (1, 0)),
          op("Encourages", " health ministries to keep antivenom in every district hospital and to record each "
             "bite that is treated;", (1, 0)),
          # Ghana's clauses, inserted with Insert > Object > Text from File: they keep Ghana's own list
          op("Calls upon", " Member States to train community health workers to immobilize a bitten limb and to "
             "arrange transport to the nearest clinic without delay;", (2, 0), [
                 F("numbering", 'clause inserted from another delegation\'s file keeps that file\'s own list and '
                   'shows "1." after clauses "1." "2."; operative clauses are numbered consecutively, «3.» '
                   '(UN-B07, MUN-F05)')], style=LP2, lang=gh),
          op("Recommends", " that health ministries:", (2, 0), [
              F("numbering", 'second clause of the inserted file\'s list shows "2." (after the "1." above); expected '
                '«4.» (UN-B07, MUN-F05)')], style=LP2, lang=gh),
          sub("buy antivenom that has been tested against the snakes of their own region;", (2, 1), style=LP2, lang=gh),
          sub("share stocks of antivenom with neighbouring countries when a shortage occurs;", (2, 1), style=LP2,
              lang=gh, section="nextPage"),
          op("Requests", " the Director-General to report on the implementation of the present resolution to the "
             "Eightieth World Health Assembly.", (1, 0), [
                 F("numbering", 'back on the main submitter\'s list, which continues its own count: the fifth '
                   'clause shows "3." (after "1." "2." "1." "2."); expected «5.» (UN-B07, MUN-F05)')])]
    return Draft("en-m01-text-from-file-source-list-restarts-next-page-break", "en", B, n)


# ---------------------------------------------------------------- en-m02: clean, three delegations merged correctly
def en_m02() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_en()
    n.abstracts[4] = tpl_en(font="Times New Roman")   # Uganda's list copied in, same look
    n.nums[1] = (1, {})
    n.nums[5] = (4, {0: 3})    # the main submitter used "Set Numbering Value" 3 on the first of Uganda's clauses
    us = "en-US"
    B = en_head("General Assembly Second Committee", "Lightning safety in rural schools",
                "Bangladesh, Malawi, Uganda", "Colombia, Democratic Republic of the Congo, Nepal, Rwanda, Zambia")
    B += [P([R("The General Assembly", style="Emphasis1"), R(",")]),
          pre("Deeply concerned", " that lightning strikes kill and injure pupils and teachers every rainy season, "
              "most often in schools with metal roofs and no lightning conductor,"),
          pre("Noting", " that many school buildings in rural areas were built before any lightning protection "
              "standard existed,", lang=us, lead_style="Emphasis1", style=N1),
          pre("Aware", " that simple rules, such as staying indoors for half an hour after the last thunder, can save "
              "lives,", lang=us, lead_style="Emphasis1", style=N1, section="continuous"),
          pre("Welcoming", " the early-warning text messages that several national weather services send before "
              "storms,"),
          op("Encourages", " Member States to fit lightning conductors on school buildings in the regions most "
             "exposed to storms;", (1, 0)),
          op("Calls upon", " ministries of education to include lightning safety in the school curriculum;", (1, 0)),
          # Uganda's clauses (Keep Source Formatting): Uganda's list, set to go on at 3
          op("Recommends", " that national weather services:", (5, 0), style=LP2, lang=us),
          sub("send storm warnings to head teachers by text message;", (5, 1), style=LP2, lang=us),
          sub("publish each year a map of the districts where lightning strikes most often;", (5, 1), style=LP2,
              lang=us),
          op("Invites", " donors to fund the protection of school buildings in the poorest districts;", (5, 0),
             style=LP2, lang=us),
          op("Requests", " the Secretary-General to report on the implementation of the present resolution at the "
             "eighty-second session.", (5, 0), style=LP2, lang=us)]
    return Draft("en-m02-clean-merge-formatting-set-value-continuous-break", "en", B, n)


# ---------------------------------------------------------------- en-m03: the inserted file's heading, Keep Text Only
def en_m03() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_en()
    n.abstracts[2] = tpl_en(font="Arial")   # Kenya's list
    n.nums[1] = (1, {})
    n.nums[2] = (2, {0: 3})                # set to go on at 3 by the main submitter
    B = en_head("General Assembly Second Committee", "Shipping containers lost at sea",
                "Ireland, Kenya, Peru", "Chile, Fiji, Netherlands, Philippines, Senegal")
    B += [organ("The General Assembly"),
          pre("Concerned", " that thousands of shipping containers fall from ships every year in storms and are "
              "never recovered,"),
          pre("Noting", " that floating containers are a danger to small fishing boats and that their cargo may "
              "pollute coasts far from where they were lost,"),
          pre("Recalling", " the International Convention for the Safety of Life at Sea and the work of the "
              "International Maritime Organization on the reporting of lost containers,"),
          op("Urges", " Member States to require ships flying their flag to report every container lost overboard, "
             "with its position and contents;", (1, 0)),
          op("Encourages", " shipping companies to fit tracking devices to containers that carry dangerous goods;",
             (1, 0)),
          # Kenya's file, inserted with Text from File: its sponsor line and organ line came with it
          P([R("Sponsors:", style="Heading1Char1"), R(" Kenya", style=None, lang="en-US")], [
              F("other", 'second sponsor line kept from the inserted file of another delegation ("Sponsors: Kenya") '
                'in the middle of the operative part; the heading is given once at the top (MUN-H01, UN-B01)')],
            style=N1),
          P([R("The General Assembly", i=True, lang="en-US"), R(",", lang="en-US")], [
              F("other", 'organ line "The General Assembly," repeated in the middle of the operative part (from the '
                'inserted file); the organ line opens the text once, before the preamble (UN-B01, UN-B02)')],
            style=N1),
          op("Calls upon", " port States to inspect the lashing of containers on ships that call at their ports;",
             (2, 0), style=LP2, lang="en-US"),
          op("Recommends", " that coastal States share with neighbouring States the positions of containers "
             "reported lost;", (2, 0), style=LP2, lang="en-US"),
          # Peru's clause pasted from an e-mail with Keep Text Only: the number is typed, the underline is gone
          P([R("5.\tInvites the International Maritime Organization to keep a public register of containers lost "
               "at sea;")], [
              F("emphasis", 'clause pasted with "Keep Text Only": its lead "Invites" lost its underline while every '
                'other operative lead is underlined («Invites» underlined) (MUN-F03)')],
            ind={"left": "720", "hanging": "720"}),
          op("Requests", " the Secretary-General to report on the implementation of the present resolution at the "
             "eighty-second session.", (1, 0), [
                 F("numbering", 'the main submitter\'s list continues its own count: the last clause shows "3." '
                   'after "3." "4." "5."; expected «6.» (UN-B07, MUN-F05)')])]
    return Draft("en-m03-inserted-sponsor-and-organ-line-keep-text-only-clause", "en", B, n)


# ---------------------------------------------------------------- en-m04: the same clause pasted twice, source fonts
def en_m04() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_en()
    n.abstracts[3] = tpl_en(font="Calibri")   # Norway's list, came with its inserted file
    n.nums[1] = (1, {})
    n.nums[3] = (3, {})
    cl, no = "es-CL", "nb-NO"
    B = en_head("General Assembly Second Committee", "Night flights and the health of people living near airports",
                "Chile, Japan, Norway", "Austria, Egypt, Mexico, New Zealand, Portugal")
    B += [organ("The General Assembly"),
          pre("Deeply concerned", " that aircraft noise at night disturbs the sleep of millions of people who live "
              "under flight paths,"),
          pre("Noting", " that broken sleep over many years raises the risk of high blood pressure and heart "
              "disease,"),
          P([R("Aware", i=True, font="Calibri", sz=22, lang=cl), R(" that children in schools near airports learn to "
             "read more slowly than other children;", font="Calibri", sz=22, lang=cl)], [
              F("preambular-end-mark", 'preambular clause pasted from another delegation\'s file ends with ";" '
                'instead of «,» (UN-B05, MUN-F04)'),
              F("other", 'mixed fonts: the clause "Aware that children in schools near airports …" was pasted with '
                '"Keep Source Formatting" in Calibri 11 pt into a draft in «Times New Roman 12 pt» (MUN-F08)')]),
          pre("Recognizing", " that several airports already limit the number of flights between midnight and "
              "five in the morning,"),
          op("Urges", " Member States to set limits on the number of night flights at airports close to homes;",
             (1, 0)),
          op("Encourages", " airlines to use their quietest aircraft on flights that land or take off at night;",
             (1, 0)),
          op("Calls upon", " airport operators to publish the flight paths used at night and the hours of every "
             "night flight;", (1, 0), lang=no),
          op("Recommends", " that local authorities help pay for sound insulation in homes and schools under the "
             "busiest flight paths;", (1, 0)),
          op("Calls upon", " airport operators to publish the flight paths used at night and the hours of every "
             "night flight;", (3, 0), [
                 F("duplicate-clause", 'the clause "Calls upon airport operators to publish the flight paths used '
                   'at night …" is given twice (already clause 3): pasted once and inserted again with Norway\'s '
                   'file; one idea, one clause (MUN-F05, ZH-B06)'),
                 F("numbering", 'the second copy keeps the inserted file\'s list and shows "1." after "4."; '
                   'operative clauses are numbered consecutively («5.») (UN-B07, MUN-F05)')],
             style=LP2, lang=no, section="nextPage"),
          op("Requests", " the Secretary-General to report on the implementation of the present resolution at the "
             "eighty-second session.", (1, 0))]
    return Draft("en-m04-same-clause-twice-source-font-semicolon-preamble", "en", B, n)


# ---------------------------------------------------------------- Chinese
def zpre(lead: str, rest: str, faults: list[F] | None = None, u: bool = True, lang: str | None = None,
         **kw) -> P:
    return P([R(lead, u=u, lang=lang, lang_ea="zh-CN" if lang else None),
              R(rest, lang=lang, lang_ea="zh-CN" if lang else None)], faults or [], **kw)


def zop(lead: str, rest: str, num: tuple[int, int], faults: list[F] | None = None, style: str = LP,
        lang: str | None = None, **kw) -> P:
    return P([R(lead, u=True, lang=lang, lang_ea="zh-CN" if lang else None),
              R(rest, lang=lang, lang_ea="zh-CN" if lang else None)], faults or [], style=style, num=num, **kw)


def zsub(text: str, num: tuple[int, int], style: str = LP, lang: str | None = None, **kw) -> P:
    return P([R(text, lang=lang, lang_ea="zh-CN" if lang else None)], [], style=style, num=num, **kw)


def zh_head(committee: str, topic: str, sponsors: str, signatories: str, organ_name: str) -> list[P]:
    return [plain("决议草案", jc="center"), plain(f"委员会：{committee}"), plain(f"议题：{topic}"),
            plain(f"起草国：{sponsors}"), plain(f"附议国：{signatories}"), organ(organ_name, "，", zh=True)]


def zh_m05() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_zh()
    n.abstracts[2] = tpl_zh(font="Calibri")   # 马来西亚代表团文件的列表，随“文件中的文字”插入
    n.nums[1] = (1, {})
    n.nums[2] = (2, {})
    my = "en-US"
    B = zh_head("联合国人居大会", "暴雨时地下车库和地下通道的人员安全", "马来西亚、日本、中国",
                "巴西、菲律宾、孟加拉国、越南、印度尼西亚", "联合国人居大会")
    B += [zpre("关切", "暴雨期间雨水倒灌地下车库和地下通道，已多次造成车内和通道内人员溺亡，"),
          zpre("注意到", "许多城市的地下空间没有挡水设施，也没有向使用者发出警报的办法，"),
          zpre("认识到", "人们往往低估了地下空间进水的速度，在水位上升时仍进入车库取车，", u=False, faults=[
              F("emphasis", '以“只保留文本”粘贴的序言性条款，引导词 "认识到" 没有下划线，而其他条款的引导词都有下划线'
                '（应为 «认识到» 加下划线）(ZH-B02)')]),
          zpre("强调", "及时发布预警并关闭入口是避免伤亡的最有效办法，", lang=my, style=N1, section="nextPage"),
          zop("敦促", "各会员国为地下车库和地下通道的入口配备挡水板和水位报警器；", (1, 0)),
          zop("鼓励", "各城市在气象部门发布暴雨红色预警时及时关闭低洼处的地下通道；", (1, 0)),
          zop("呼吁", "各城市管理部门：", (2, 0), [
              F("numbering", '从马来西亚代表团文件插入的条款保留了该文件自己的列表，在 "1." "2." 之后又显示 "1."；'
                  '行动性条款应连续编号 «3.» (UN-B07, ZH-B03)')], style=LP2, lang=my),
          zsub("在地下车库内标出逃生路线和安全出口；", (2, 1), style=LP2, lang=my),
          zsub("定期组织地下空间进水时的疏散演练；", (2, 1), style=LP2, lang=my),
          zop("请", "执行主任在下届会议上报告本决议的执行情况。", (1, 0), [
              F("numbering", '最后一条回到主提交国的列表，接着该列表自己的计数显示 "3."（前面是 "1." "2." "1."）；'
                  '应为 «4.» (UN-B07, ZH-B03)')])]
    return Draft("zh-m05-inserted-file-list-restarts-keep-text-only-lead", "zh", B, n)


def zh_m06() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_zh()
    n.abstracts[3] = tpl_zh(font="宋体")   # 泰国代表团的列表，保留源格式粘贴后设置了起始编号
    n.nums[1] = (1, {})
    n.nums[4] = (3, {0: 3})
    th = "en-US"
    B = zh_head("世界卫生大会", "中小学校食堂的食物过敏防护", "泰国、爱尔兰、中国",
                "加拿大、新西兰、新加坡、阿根廷", "世界卫生大会")
    B += [zpre("关切", "越来越多的儿童对花生、鸡蛋、牛奶或海产品过敏，在学校食堂误食后可能出现严重反应，"),
          zpre("注意到", "许多学校食堂没有标明菜品所含的致敏成分，教师也不知道如何处理严重的过敏反应，", lang=th,
               style=N1),
          zpre("认识到", "家长、学校和食堂之间及时交流学生的过敏情况可以防止大多数事故，", lang=th, style=N1,
               section="continuous"),
          zop("鼓励", "各会员国要求学校食堂在每日菜单上标明常见的致敏成分；", (1, 0)),
          zop("呼吁", "各国教育部门为教师和食堂员工提供处理严重过敏反应的培训；", (1, 0)),
          zop("建议", "各学校：", (4, 0), style=LP2, lang=th),
          zsub("在入学时收集学生的过敏信息并告知食堂；", (4, 1), style=LP2, lang=th),
          zsub("在医务室常备治疗严重过敏反应的药品；", (4, 1), style=LP2, lang=th),
          zop("请", "总干事向第八十届世界卫生大会报告本决议的执行情况。", (4, 0), style=LP2, lang=th)]
    return Draft("zh-m06-clean-set-value-continuous-break-lang-runs", "zh", B, n)


DRAFTS = [en_m01, en_m02, en_m03, en_m04, zh_m05, zh_m06]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            labels = d.numbering.labels(list(enumerate(d.paras, 1)))
            print(f"== {d.name}")
            for k, p in enumerate(d.paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                sect = f" <{p.section} break>" if p.section else ""
                print(f"{k:3} {p.style or '':15} {labels.get(k, ''):>5} {p.text}{sect}  {marks}")
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1]).resolve()
        out.mkdir(parents=True, exist_ok=True)
        for d in drafts:
            src = HERE / f"{d.name}.docx"
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)],
                           check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{d.name}.pdf"), str(out / d.name)],
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
