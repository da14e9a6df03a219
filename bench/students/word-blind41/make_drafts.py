"""Build the drafts of the blind set word-blind41 and write annotations.yaml from the fault marks.

    python make_drafts.py                 # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list          # each body paragraph: index, style, the label Word shows, text, faults
    python make_drafts.py --render DIR    # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The drafts imitate a delegate who asked an AI assistant (ChatGPT, Gemini, Copilot, 文心一言, 豆包) for a draft
resolution and pasted the answer into Word, Google Docs or WPS, with the chat's "Copy" button or by selecting the
chat: Heading 1-3 paragraphs from the answer's Markdown headings, bold from its **…**, Word lists (w:numPr) whose
nested level is a bullet or "1." again, the chat's fonts and text colours on every run, a chat bubble's w:shd, the
Markdown "---" as an empty paragraph with a bottom border, no-break spaces and zero-width characters, the
assistant's first and last sentences, emoji, an inline-code run in Consolas, w:br where a paragraph mark belongs.

python-docx gives the package; styles, numbering and runs are written with lxml by the helpers below (written for
this set; nothing imported from drafter). Faults are marked with F(kind, note) next to the paragraph that carries
them; the paragraph index is the 1-based index of the body's w:p, checked on the saved file.
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
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NBSP = "\u00a0"
ZWSP = "\u200b"
ZWJ = "\u200d"


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
    """A run: text ("\n" = w:br) and its direct formatting; code = inline code (Consolas on a grey background)."""
    text: str
    b: bool = False
    i: bool = False
    code: bool = False


@dataclass
class Chat:
    """What the chat leaves on every run: its font, its text colour, a size in half-points."""
    font: str | None = None
    east_asian: str | None = None
    color: str | None = None
    size: int | None = None
    hint_east_asia: bool = False     # WPS writes w:hint="eastAsia" on the runs it pastes


def run_xml(r: R, chat: Chat) -> etree._Element:
    node = el("r")
    rpr = el("rPr")
    if r.code:
        rpr.append(el("rFonts", {"ascii": "Consolas", "hAnsi": "Consolas", "cs": "Consolas"}))
    elif chat.font or chat.east_asian:
        fonts = {}
        if chat.font:
            fonts.update({"ascii": chat.font, "hAnsi": chat.font, "cs": chat.font})
        if chat.east_asian:
            fonts["eastAsia"] = chat.east_asian
        if chat.hint_east_asia:
            fonts["hint"] = "eastAsia"
        rpr.append(el("rFonts", fonts))
    if r.b:
        rpr.append(el("b"))
        rpr.append(el("bCs"))
    if r.i:
        rpr.append(el("i"))
        rpr.append(el("iCs"))
    if chat.color:
        rpr.append(el("color", {"val": chat.color}))
    if r.code:
        rpr.append(el("sz", {"val": "20"}))
        rpr.append(el("shd", {"val": "clear", "color": "auto", "fill": "ECECEC"}))
    elif chat.size:
        rpr.append(el("sz", {"val": str(chat.size)}))
        rpr.append(el("szCs", {"val": str(chat.size)}))
    if len(rpr):
        node.append(rpr)
    for k, part in enumerate(r.text.split("\n")):
        if k:
            node.append(el("br"))
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
    num: tuple[int, int] | None = None   # (numId, ilvl)
    rule: bool = False                   # the Markdown "---": an empty paragraph with a bottom border
    shade: str | None = None             # a chat bubble's background on the paragraph
    jc: str | None = None

    def xml(self, chat: Chat) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.rule:
            ppr.append(el("pBdr", None, el("bottom", {"val": "single", "sz": "6", "space": "1", "color": "E5E5E5"})))
        if self.shade:
            ppr.append(el("shd", {"val": "clear", "color": "auto", "fill": self.shade}))
        ppr.append(el("spacing", {"before": "0", "after": "160", "line": "300", "lineRule": "auto"}))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        p.append(ppr)
        for r in self.runs:
            p.append(run_xml(r, chat))
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs).replace("\n", "⏎")


# ---------------------------------------------------------------- numbering
@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, bullet
    text: str         # lvlText
    left: int
    hanging: int = 360
    font: str | None = None

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": "1"}))
        node.append(el("numFmt", {"val": self.fmt}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        if self.font:
            node.append(el("rPr", None, el("rFonts", {"ascii": self.font, "hAnsi": self.font, "hint": "default"})))
        return node

    def show(self, value: int) -> str:
        if self.fmt == "lowerLetter":
            return chr(ord("a") + value - 1)
        return str(value)


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)

    def add(self, levels: list[Lvl]) -> int:
        aid = len(self.abstracts) + 1
        nid = len(self.nums) + 1
        self.abstracts[aid] = levels
        self.nums[nid] = aid
        return nid

    def write(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            node = el("abstractNum", {"abstractNumId": str(aid)})
            node.append(el("nsid", {"val": f"{0x5C41A000 + aid:08X}"}))
            node.append(el("multiLevelType", {"val": "hybridMultilevel"}))
            for k, lvl in enumerate(levels):
                node.append(lvl.xml(k))
            root.append(node)
        for nid, aid in self.nums.items():
            root.append(el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)})))

    def labels(self, paras: list[P]) -> dict[int, str]:
        counters: dict[int, list[int]] = {}
        out: dict[int, str] = {}
        for index, p in enumerate(paras, 1):
            if not p.num:
                continue
            nid, ilvl = p.num
            levels = self.abstracts[self.nums[nid]]
            cnt = counters.setdefault(self.nums[nid], [0] * 9)
            cnt[ilvl] += 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = 0
            text = levels[ilvl].text
            for lv in range(ilvl + 1):
                text = text.replace(f"%{lv + 1}", levels[lv].show(max(cnt[lv], 1)))
            out[index] = text
        return out


def html_list(n: Numbering, nested: str) -> int:
    """A list as Word (or Google Docs, WPS) makes it from the chat's HTML <ol>: "%1." at level 0; level 1 is
    a bullet ("◦" or "•", nested <ul>), "1." again (nested <ol>) or "a." (a letter list)."""
    first = Lvl("decimal", "%1.", 720)
    if nested == "circle":
        second = Lvl("bullet", "◦", 1440, font="Courier New")
    elif nested == "dot":
        second = Lvl("bullet", "•", 1440, font="Symbol")
    elif nested == "decimal":
        second = Lvl("decimal", "%2.", 1440)
    else:
        second = Lvl("lowerLetter", "%2.", 1440)
    rest = [Lvl("bullet", "▪", 720 * (k + 3), font="Wingdings") for k in range(7)]
    return n.add([first, second, *rest])


# ---------------------------------------------------------------- styles
def style(doc: docx.Document, sid: str, name: str, rpr: list, ppr: list | None = None) -> None:
    styles = doc.styles.element
    old = styles.find(f"{w('style')}[@{w('styleId')}='{sid}']")
    if old is not None:
        styles.remove(old)
    s = el("style", {"type": "paragraph", "styleId": sid})
    s.append(el("name", {"val": name}))
    s.append(el("basedOn", {"val": "Normal"}))
    s.append(el("next", {"val": "Normal"}))
    s.append(el("qFormat"))
    s.append(el("pPr", None, el("keepNext"), *(ppr or [])))
    s.append(el("rPr", None, *rpr))
    styles.append(s)


def heading_styles(doc: docx.Document) -> None:
    """Heading 1-3 as Word's built-in styles that the pasted <h1>-<h3> take."""
    for k, size in ((1, 36), (2, 30), (3, 26)):
        style(doc, f"Heading{k}", f"heading {k}", [el("b"), el("bCs"), el("sz", {"val": str(size)})],
              [el("spacing", {"before": "240", "after": "120"}), el("outlineLvl", {"val": str(k - 1)})])


# ---------------------------------------------------------------- build
@dataclass
class Draft:
    name: str
    lang: str
    paras: list[P]
    numbering: Numbering
    chat: Chat
    app: str = "Microsoft Office Word"
    body_font: dict[str, str] = field(default_factory=lambda: {"ascii": "Calibri", "hAnsi": "Calibri",
                                                               "eastAsia": "DengXian", "cs": "Times New Roman"})


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    rpr = doc.styles.element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(el("rFonts", d.body_font))
    rpr.append(el("sz", {"val": "22"}))
    rpr.append(el("szCs", {"val": "22"}))
    rpr.append(el("lang", {"val": "en-US", "eastAsia": "zh-CN" if d.lang == "zh" else "en-US", "bidi": "ar-SA"}))
    heading_styles(doc)
    d.numbering.write(doc.part.numbering_part.element)
    for p in d.paras:
        body.insert(len(body) - 1, p.xml(d.chat))
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "docProps/app.xml":
                data = re.sub(rb"<Application>[^<]*</Application>",
                              b"<Application>" + d.app.encode() + b"</Application>", data)
            z.writestr(info, data)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(d.paras), (d.name, count)
    labels = d.numbering.labels(d.paras)
    for k, p in enumerate(d.paras, 1):
        for f in p.faults:
            for quoted in re.findall(r'"([^"]+)"', f.note):
                assert quoted in p.text or quoted == labels.get(k), (d.name, k, quoted)
    return path


def lead(lead_text: str, rest: str, faults: list[F] | None = None, b: bool = False, i: bool = True, **kw) -> P:
    """A clause: its lead phrase (italic by default, bold for the chat's **…**) and the rest."""
    return P([R(lead_text, b=b, i=i), R(rest)], faults or [], **kw)


def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def field_line(label: str, value: str) -> P:
    return P([R(label, b=True), R(value)])


# ---------------------------------------------------------------- en-a01: ChatGPT "Copy" button -> Word
def en_a01() -> Draft:
    n = Numbering()
    ops = html_list(n, "circle")
    P_ = [
        plain("Certainly! Here’s a draft resolution for the World Health Assembly on mercury in skin-lightening "
              "products, written in standard MUN format:",
              [F("other", 'the assistant\'s opening sentence "Certainly! Here’s a draft resolution" pasted above the '
                 'heading (the chat\'s answer, not part of a draft resolution; delete) (UN-B01, MUN-H01)')]),
        plain("Draft Resolution WHA/1.1", style="Heading2"),
        field_line("Committee:", " World Health Assembly"),
        field_line("Topic:", " Eliminating mercury in skin-lightening products"),
        field_line("Sponsors:", " Ghana, Jamaica, Philippines"),
        field_line("Signatories:", " Kenya, Mexico, Nigeria, Pakistan, Senegal"),
        P([], [F("other", "horizontal rule across the page (the chat's Markdown ---, pasted as an empty paragraph "
                 "with a bottom border) between the heading and the text; not part of a draft resolution, delete "
                 "(UN-B01)")], rule=True),
        plain("Preambulatory Clauses", [F("other", 'section heading "Preambulatory Clauses" (the chat\'s ### '
              'heading, Heading 3) left above the text; a resolution has no section names (UN-B01)')],
              style="Heading3"),
        P([R("The World Health Assembly", i=True), R(",")]),
        lead("Recalling", f" the Minamata Convention on Mercury, which sets a limit of 1{NBSP}mg/kg of mercury in "
             "cosmetics, including skin-lightening soaps and creams,"),
        lead("Alarmed", " that creams sold in markets and online shops in many regions still contain mercury far "
             "above that limit,"),
        lead("Aware", f"{ZWSP} that mercury in these products damages the kidneys and the nervous system and passes "
             "into wastewater,"),
        lead("Noting with concern", " that social media advertising promotes skin-lightening products to "
             "adolescents.", [F("preambular-end-mark", 'preambular clause ends with a full stop "adolescents."; '
                                'expected «adolescents,» (UN-B05, MUN-F04)')]),
        plain("Operative Clauses", [F("other", 'section heading "Operative Clauses" (the chat\'s ### heading, '
              'Heading 3) between the preamble and the operative part; expected no section names (UN-B01)')],
              style="Heading3"),
        lead("Urges", f" Member States to ban the manufacture, import and sale of cosmetics containing mercury above "
             f"1{NBSP}mg/kg;", num=(ops, 0)),
        lead("Calls upon", " national regulators to:", num=(ops, 0)),
        plain("test skin-lightening products sold in local markets and online;",
              [F("sub-clause-label", 'sub-clause marked with the chat\'s nested bullet "◦" instead of a letter; '
                 'expected «(a) test skin-lightening products…» (UN-B10, MUN-F06)')], num=(ops, 1)),
        plain("publish lists of the products found to contain mercury;",
              [F("sub-clause-label", 'sub-clause marked with the chat\'s nested bullet "◦" instead of a letter; '
                 'expected «(b) publish lists…» (UN-B10, MUN-F06)')], num=(ops, 1)),
        lead("Encourages", " Member States to run awareness campaigns on the health risks of skin lightening, in "
             "cooperation with community and religious leaders;", num=(ops, 0)),
        lead("Requests", " the Director-General to report on progress to the Eightieth World Health Assembly.",
             num=(ops, 0)),
        plain("Let me know if you’d like me to adjust it for a specific country’s position or add more operative "
              "clauses! 😊",
              [F("other", 'the assistant\'s closing sentence "Let me know if you’d like me to adjust it" with an '
                 'emoji "😊" pasted under the text (the chat\'s answer, not part of a draft resolution; delete) '
                 '(UN-B01, MUN-F05)')]),
    ]
    return Draft("en-a01-chatgpt-copy-button-sohne-h3-sections-hr-bullet-subs-first-last-sentence", "en", P_, n,
                 Chat(font="Söhne", color="0D0D0D", size=24))


# ---------------------------------------------------------------- en-a02: Gemini -> Google Docs
def en_a02() -> Draft:
    n = Numbering()
    ops = html_list(n, "decimal")
    P_ = [
        plain("🛢️ Draft Resolution: Orphaned Oil and Gas Wells",
              [F("other", 'emoji "🛢️" from the chat\'s heading left before the title "Draft Resolution: Orphaned Oil '
                 'and Gas Wells"; expected «Draft Resolution» without it (MUN-H01, MUN-H03)')], style="Heading1"),
        P([R("Committee:", b=True), R(" United Nations Environment Assembly\n"),
           R("Topic:", b=True), R(" Plugging orphaned oil and gas wells to cut methane emissions\n"),
           R("Sponsors:", b=True), R(" Canada, Nigeria, Romania\n"),
           R("Signatories:", b=True), R(" Argentina, Kazakhstan, Norway, Trinidad and Tobago, Ukraine")]),
        P([R(f"The United{NBSP}Nations Environment Assembly", i=True), R(",")]),
        lead("Recognizing", " that wells left unplugged after production ends leak methane, a greenhouse gas far "
             "more potent than carbon dioxide over twenty years,"),
        P([R("Noting", i=True), R(" that many such wells have no solvent owner and fall to the State to plug,\n"),
           R("Concerned", i=True), R(" that leaking wells can contaminate groundwater used for drinking and "
                                     "irrigation,")]),
        lead("Welcoming", " the Global Methane Pledge and the work of the International Methane Emissions "
             "Observatory;", [F("preambular-end-mark", 'preambular clause ends with a semicolon "Observatory;"; '
                               'expected «Observatory,» (UN-B05, MUN-F04)')]),
        lead("Convinced", " that financial assurance required from operators before drilling prevents new orphaned "
             "wells,"),
        lead("Encourages", " Member States to compile public inventories of orphaned and abandoned wells;",
             num=(ops, 0)),
        lead("Calls upon", " Member States to:", num=(ops, 0)),
        plain("require operators to post bonds that cover the full cost of plugging;",
              [F("sub-clause-label", 'sub-clause numbered "1." like a clause (the chat\'s nested ordered list); '
                 'expected «(a) require operators…» (UN-B10, MUN-F06)')], num=(ops, 1)),
        plain(f"measure methane emissions from plugged wells for at least five years;{ZWSP}",
              [F("sub-clause-label", 'sub-clause numbered "2." like a clause (the chat\'s nested ordered list); '
                 'expected «(b) measure methane emissions…» (UN-B10, MUN-F06)')], num=(ops, 1)),
        lead("Invites", " the World Bank and regional development banks to fund well-plugging programmes in "
             "developing countries;", [F("emphasis", 'operative lead "Invites" left in bold from the chat\'s '
                                        '**Invites** while the other leads were set in italics; expected '
                                        '«Invites» in italics, no bold (MUN-F03, UN-B08, UN-B17)')],
             b=True, i=False, num=(ops, 0)),
        lead("Requests", " the Executive Director to report on the implementation of this resolution at the next "
             "session of the Assembly.", num=(ops, 0)),
        plain("I can also draft a position paper or possible amendments for your delegation if that would help.",
              [F("other", 'the assistant\'s closing sentence "I can also draft a position paper" pasted under the '
                 'text (the chat\'s answer, not part of a draft resolution; delete) (UN-B01, MUN-F05)')]),
    ]
    return Draft("en-a02-gemini-google-docs-emoji-title-br-heading-nested-decimal-subs-one-bold-lead", "en", P_, n,
                 Chat(font="Google Sans Text", color="1F1F1F", size=22), app="")


# ---------------------------------------------------------------- en-a03: Copilot -> Word, whole chat selected
def en_a03() -> Draft:
    n = Numbering()
    ops = html_list(n, "dot")
    P_ = [
        plain("can you write a resolution for GA2 on wildfire smoke with preambulatory and operative clauses",
              [F("other", 'the delegate\'s own prompt "can you write a resolution for GA2 on wildfire smoke" '
                 'copied with the chat, in its shaded chat bubble (not part of a draft resolution; delete) '
                 '(UN-B01, MUN-H01)')], shade="E8EBFA", jc="right"),
        plain("📄 Draft Resolution GA2/1.4", [F("other", 'emoji "📄" from the chat\'s heading left before the title '
              '"Draft Resolution GA2/1.4"; expected «Draft Resolution GA2/1.4» (MUN-H01, MUN-H03)')],
              style="Heading2"),
        field_line("Committee:", " Second Committee of the General Assembly"),
        field_line("Topic:", " Transboundary wildfire smoke and air quality"),
        field_line("Sponsors:", " Australia, Bolivia, Greece"),
        field_line("Signatories:", " Chile, Indonesia, Portugal, Türkiye, Zimbabwe"),
        plain("📌 Preambulatory Clauses", [F("other", 'section heading "📌 Preambulatory Clauses" (the chat\'s '
              'Heading 3, with an emoji) left above the text; a resolution has no section names (UN-B01)')],
              style="Heading3"),
        P([R("The General Assembly", i=True), R(",")]),
        P([R("Recalling", i=True), R(" the right to a clean, healthy and sustainable environment recognized in "
                                     "resolution "), R("A/RES/76/300", code=True), R(",")],
          [F("emphasis", 'the symbol "A/RES/76/300" set off in the chat\'s inline-code font (Consolas) on a grey '
             'background; words of the text are not set off (UN-B17); expected «resolution 76/300» in the '
             'text\'s font (UN-B15)')]),
        lead("Alarmed", " that smoke from large wildfires now degrades air quality hundreds of kilometres from the "
             "fires,"),
        lead("Noting", " that fine particulate matter in wildfire smoke harms the lungs and hearts of children, older "
             "persons and outdoor workers,"),
        lead("Recognizing", " that few countries issue smoke forecasts or public health warnings during wildfire "
             "episodes,"),
        plain("✅ Operative Clauses", [F("other", 'section heading "✅ Operative Clauses" (the chat\'s Heading 3, with '
              'an emoji) between the preamble and the operative part; expected no section names (UN-B01)')],
              style="Heading3"),
        lead("Encourages", " Member States to include wildfire smoke in their national air-quality monitoring and "
             "alert systems;", num=(ops, 0)),
        lead("Calls upon", " Member States to share satellite data on active fires and smoke plumes across borders;",
             num=(ops, 0)),
        P([R("Invites", i=True), R(" the World Meteorological Organization to expand its regional smoke forecasting "
                                   "services;\n"),
           R("Recommends", i=True), R(" that schools and health facilities in fire-prone regions be equipped with "
                                      "clean-air rooms;")],
          [F("numbering", 'a line break, not a paragraph mark, before the clause "Recommends that schools": it prints '
             'as a line of clause 3 with no number; expected a numbered clause of its own «4. Recommends…» and the '
             'next renumbered (UN-B07, MUN-F05)')], num=(ops, 0)),
        lead("Requests", " the Secretary-General to report to the General Assembly at its eighty-second session on "
             "the implementation of the present resolution.", num=(ops, 0)),
        plain("Would you like me to add sub-clauses or tailor it to a specific country’s position? 🌍",
              [F("other", 'the assistant\'s closing question "Would you like me to add sub-clauses" with an emoji '
                 '"🌍" pasted under the text (the chat\'s answer, not part of a draft resolution; delete) '
                 '(UN-B01, MUN-F05)')]),
    ]
    return Draft("en-a03-copilot-whole-chat-prompt-bubble-emoji-sections-code-symbol-br-joins-clauses", "en", P_, n,
                 Chat(font="Segoe UI", color="374151", size=22))


# ---------------------------------------------------------------- en-a04: ChatGPT, selected and cleaned (clean)
def en_a04() -> Draft:
    n = Numbering()
    ops = html_list(n, "letter")
    P_ = [
        plain("Draft Resolution 2.2", style="Heading1"),
        field_line("Committee:", " United Nations Environment Assembly"),
        field_line("Topic:", " End-of-life photovoltaic panels"),
        field_line("Sponsors:", " India, Morocco, Spain"),
        field_line("Signatories:", f" Chile, Egypt, Germany, Japan,{NBSP}Viet Nam"),
        P([R(f"The United Nations Environment{NBSP}Assembly", i=True), R(",")]),
        lead(f"{ZWSP}Noting", " that the first large solar parks are reaching the end of their service life and that "
             "the volume of discarded panels will grow sharply in the coming decades,"),
        lead("Aware", f" that panels contain glass, aluminium, silver and copper that can be recovered, as well as "
             f"lead and cadmium that must not reach landfills,{ZWSP}"),
        lead("Recognizing", " that few countries have collection schemes or recycling plants for photovoltaic "
             "panels,"),
        lead("Encourages", " Member States to extend producer responsibility to photovoltaic panels;", num=(ops, 0)),
        lead("Calls upon", " manufacturers to:", num=(ops, 0)),
        plain("design panels that can be taken apart and recycled;", num=(ops, 1)),
        plain(f"publish the materials each model contains;{ZWJ}", num=(ops, 1)),
        lead("Requests", " the Executive Director to prepare guidance on the collection and recycling of "
             "photovoltaic panels for the next session of the Assembly.", num=(ops, 0)),
    ]
    return Draft("en-a04-clean-chatgpt-selected-system-ui-nbsp-zero-width-letter-subs", "en", P_, n,
                 Chat(font="system-ui", color="0D0D0D", size=24))


# ---------------------------------------------------------------- zh-a05: 文心一言 -> WPS
def zh_a05() -> Draft:
    n = Numbering()
    ops = html_list(n, "dot")
    P_ = [
        plain("好的，以下是一份关于尾矿库安全的联合国环境大会决议草案，供您参考：",
              [F("other", 'the assistant\'s opening sentence "好的，以下是一份关于尾矿库安全的" pasted above the heading '
                 '(the chat\'s answer, not part of a draft resolution; delete) (UN-B01, ZH-H01)')]),
        plain("决议草案", style="Heading1"),
        field_line("委员会：", "联合国环境大会"),
        field_line("议题：", "尾矿库的安全管理与溃坝预防"),
        field_line("起草国：", "巴西、智利、赞比亚"),
        field_line("附议国：", "秘鲁、蒙古、南非、加拿大、澳大利亚"),
        plain("一、序言部分", [F("other", 'section heading "一、序言部分" (the chat\'s heading, Heading 2) left above the '
              'text; a resolution has no section names (UN-B01, ZH-B01)')], style="Heading2"),
        P([R("联合国环境大会", b=True), R("，")]),
        lead("回顾", "《全球尾矿管理行业标准》及各国在尾矿库设计、运行和关闭方面的经验，", b=True, i=False),
        lead("关切地注意到", "近年来多起尾矿库溃坝事故造成重大人员伤亡和下游河流污染，", b=True, i=False),
        lead("认识到", "许多尾矿库建于数十年前，其设计标准已不能应对当今的极端降雨；",
             [F("preambular-end-mark", '序言性条款以分号结尾 "极端降雨；"; expected «极端降雨，» (UN-B05, ZH-B02)')],
             b=True, i=False),
        lead("强调", "下游社区有权及时获得尾矿库风险和应急预案的信息，", b=True, i=False),
        plain("二、行动部分", [F("other", 'section heading "二、行动部分" (the chat\'s heading, Heading 2) between the '
              'preamble and the operative part; expected no section names (UN-B01)')], style="Heading2"),
        lead("敦促", "会员国建立尾矿库国家登记制度，并公开其位置、规模和风险等级；", b=True, i=False, num=(ops, 0)),
        lead("促请", "各国主管部门：", b=True, i=False, num=(ops, 0)),
        plain("定期对在用和已关闭的尾矿库开展安全检查；", [F("sub-clause-label", 'sub-clause marked with the chat\'s '
              'bullet "•" instead of a letter; expected «(a) 定期对在用……» (ZH-B04, UN-B10)')], num=(ops, 1)),
        plain("在溃坝风险较高的尾矿库下游设置预警和撤离设施；", [F("sub-clause-label", 'sub-clause marked with the '
              'chat\'s bullet "•" instead of a letter; expected «(b) 在溃坝风险……» (ZH-B04, UN-B10)')], num=(ops, 1)),
        lead("鼓励", "采矿企业采用干式堆存等降低溃坝风险的技术；", b=True, i=False, num=(ops, 0)),
        lead("请", "执行主任向联合国环境大会第八届会议报告本决议的执行情况。", b=True, i=False, num=(ops, 0)),
        plain("希望这份草案对您有帮助！如需调整条款数量或改写成某个国家的立场，请随时告诉我。",
              [F("other", 'the assistant\'s closing sentence "希望这份草案对您有帮助！" pasted under the text (the '
                 'chat\'s answer, not part of a draft resolution; delete) (UN-B01, ZH-B05)')]),
    ]
    return Draft("zh-a05-wenxin-wps-yahei-h2-sections-bullet-subs-first-last-sentence", "zh", P_, n,
                 Chat(font="Microsoft YaHei", east_asian="微软雅黑", color="333333", size=21, hint_east_asia=True),
                 app="WPS Office", body_font={"ascii": "Times New Roman", "hAnsi": "Times New Roman",
                                              "eastAsia": "宋体", "cs": "Times New Roman"})


# ---------------------------------------------------------------- zh-a06: 豆包 -> Word (Mac), selected
def zh_a06() -> Draft:
    n = Numbering()
    ops = html_list(n, "letter")
    P_ = [
        plain("以下是为你撰写的一份联合国粮食及农业组织大会决议草案，主题为减少粮食产后损失：",
              [F("other", 'the assistant\'s opening sentence "以下是为你撰写的一份" pasted above the heading (the '
                 'chat\'s answer, not part of a draft resolution; delete) (UN-B01, ZH-H01)')]),
        plain("决议草案", style="Heading1"),
        P([R("委员会：联合国粮食及农业组织大会\n议题：减少粮食产后损失\n起草国：孟加拉国、埃塞俄比亚、危地马拉\n"
             "附议国：印度、肯尼亚、老挝、马拉维、越南")]),
        P([], [F("other", "horizontal rule across the page (the chat's Markdown ---, pasted as an empty paragraph "
                 "with a bottom border) between the heading and the text; not part of a draft resolution, delete "
                 "(UN-B01)")], rule=True),
        P([R("联合国粮食及农业组织大会", b=True), R("，")]),
        P([R("注意到", b=True), R("发展中国家每年有大量粮食在收获后的干燥、储存和运输环节损失，\n"),
           R("认识到", b=True), R("粮食产后损失既减少农民收入，也浪费了生产粮食所用的水和土地，\n"),
           R("欢迎", b=True), R(f"一些国家推广密封储粮袋和金属粮仓所取得的成效，{ZWSP}")]),
        lead("深信", "减少产后损失是提高粮食安全的有效途径。",
             [F("preambular-end-mark", '序言性条款以句号结尾 "有效途径。"; expected «有效途径，» (UN-B05, ZH-B02, ZH-B05)')],
             b=True, i=False),
        lead("鼓励", f"{ZWSP}会员国将减少粮食产后损失纳入国家粮食安全战略；", b=True, i=False, num=(ops, 0)),
        lead("促请", "各国为小农户提供：", b=True, i=False, num=(ops, 0)),
        plain("低成本的密封储粮设施；", num=(ops, 1)),
        plain("关于干燥和虫害防治的培训；", num=(ops, 1)),
        lead("邀请", "国际农业发展基金和世界粮食计划署支持农村地区的仓储和冷链建设；", b=True, i=False, num=(ops, 0)),
        lead("请", "总干事向下一届大会报告本决议的执行情况。", b=True, i=False, num=(ops, 0)),
        plain("💡 小提示：正式提交前，可根据委员会要求把引导词改为斜体或加下划线。",
              [F("other", 'the assistant\'s tip "💡 小提示：" with an emoji pasted under the text (the chat\'s '
                 'answer, not part of a draft resolution; delete) (UN-B01, ZH-B05)')]),
    ]
    return Draft("zh-a06-doubao-mac-pingfang-br-joined-preamble-hr-tip-letter-subs", "zh", P_, n,
                 Chat(font="PingFang SC", east_asian="PingFang SC", color="0D0D0D", size=22))


DRAFTS = [en_a01, en_a02, en_a03, en_a04, zh_a05, zh_a06]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            labels = d.numbering.labels(d.paras)
            print(f"== {d.name}")
            for k, p in enumerate(d.paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{k:3} {(p.style or ('HR' if p.rule else ''))[:9]:9} {labels.get(k, ''):>3} {p.text}  {marks}")
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
