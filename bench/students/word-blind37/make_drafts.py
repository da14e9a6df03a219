"""Build the drafts of the blind set word-blind37 and write annotations.yaml from the fault marks.

    python make_drafts.py                 # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list          # each body paragraph: index, style, the label Word shows, text, faults
    python make_drafts.py --render DIR    # PDF (LibreOffice), 60-dpi PNG pages and a text export of each draft

The drafts imitate a delegate who wrote the draft in Markdown or HTML and converted it to Word: pandoc (Title,
Author, Date, First Paragraph, Body Text, Compact; one abstractNum per list, decimal "%n." at every level, bullets
"•" / "–"; emphasis as w:i, hyperlinks in the "Hyperlink" character style, real footnotes), Typora's export (task-list
check boxes typed as "☐" / "☒", ==highlight== as w:highlight), Obsidian's export (Heading 1-3, lead phrases in the
character style "Emphasis", labels in "Strong"), an HTML page opened in Word and saved as .docx ("Normal (Web)",
w:br inside a paragraph, no-break spaces, <ol start="5">), a Google Doc made from an imported .md (Arial on every
run, w:rtl 0, lists "%1." / "%2." / "%3." decimal / lowerLetter / lowerRoman, a Markdown lazy continuation line).

python-docx gives the package; styles, numbering, footnotes and runs are written with lxml by the helpers below
(written for this set; nothing imported from drafter). Faults are marked with F(kind, note) next to the paragraph
that carries them; the paragraph index is the 1-based index of the body's w:p, checked on the saved file.
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
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NBSP = "\u00a0"


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
    """A run: text ("\n" = w:br) and its formatting; link = URL of a w:hyperlink; fn = text of a footnote."""
    text: str
    i: bool = False
    b: bool = False
    hl: str | None = None
    rstyle: str | None = None
    link: str | None = None
    fn: str | None = None


@dataclass
class Ctx:
    """What a draft's runs need from the package: hyperlink relationships, footnotes, run defaults."""
    doc: docx.Document
    footnotes: list[str] = field(default_factory=list)
    run_fonts: dict[str, str] | None = None   # written on every run (Google Docs)
    rtl0: bool = False                        # w:rtl w:val="0" on every run (Google Docs)


def run_xml(r: R, ctx: Ctx) -> etree._Element:
    node = el("r")
    rpr = el("rPr")
    if r.rstyle:
        rpr.append(el("rStyle", {"val": r.rstyle}))
    if ctx.run_fonts:
        rpr.append(el("rFonts", ctx.run_fonts))
    if r.b:
        rpr.append(el("b"))
    if r.i:
        rpr.append(el("i"))
    if r.hl:
        rpr.append(el("highlight", {"val": r.hl}))
    if ctx.rtl0:
        rpr.append(el("rtl", {"val": "0"}))
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
    if r.link:
        rid = ctx.doc.part.relate_to(r.link, RT.HYPERLINK, is_external=True)
        h = el("hyperlink")
        h.set(f"{{{R_NS}}}id", rid)
        h.append(node)
        return h
    return node


def footnote_run(text: str, ctx: Ctx) -> etree._Element:
    ctx.footnotes.append(text)
    node = el("r", None, el("rPr", None, el("rStyle", {"val": "FootnoteReference"})))
    node.append(el("footnoteReference", {"id": str(len(ctx.footnotes))}))
    return node


@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None   # (numId, ilvl)
    jc: str | None = None

    def xml(self, ctx: Ctx) -> etree._Element:
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
            if r.fn is not None:
                p.append(footnote_run(r.fn, ctx))
            else:
                p.append(run_xml(r, ctx))
        return p

    @property
    def text(self) -> str:
        return "".join("¹" if r.fn is not None else r.text for r in self.runs).replace("\n", "⏎")


# ---------------------------------------------------------------- numbering
def roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, lowerRoman, bullet
    text: str         # lvlText
    left: int
    hanging: int = 360
    start: int = 1
    font: str | None = None   # bullets: the symbol font

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
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
        if self.fmt == "lowerRoman":
            return roman(value)
        return str(value)


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)       # numId -> abstractNumId
    multi: str = "multilevel"

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            node = el("abstractNum", {"abstractNumId": str(aid)})
            node.append(el("nsid", {"val": f"{0x3B7A2000 + aid:08X}"}))
            node.append(el("multiLevelType", {"val": self.multi}))
            for k, lvl in enumerate(levels):
                node.append(lvl.xml(k))
            root.append(node)
        for nid, aid in self.nums.items():
            root.append(el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)})))

    def add(self, levels: list[Lvl]) -> int:
        aid = 990 + len(self.abstracts)
        nid = 1000 + len(self.nums)
        self.abstracts[aid] = levels
        self.nums[nid] = aid
        return nid

    def labels(self, paras: list[tuple[int, P]]) -> dict[int, str]:
        counters: dict[int, list[int | None]] = {}
        out: dict[int, str] = {}
        for index, p in paras:
            if not p.num:
                continue
            nid, ilvl = p.num
            aid = self.nums[nid]
            levels = self.abstracts[aid]
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


def pandoc_ordered(n: Numbering, delim: str = ".", fmt: str = "decimal", start: int = 1) -> int:
    """pandoc: one abstractNum and one num per list; every level in the list's own style ("%1.", "%2." …)."""
    levels = [Lvl(fmt, f"%{k + 1}{delim}", 720 * (k + 1), 480, start) for k in range(9)]
    return n.add(levels)


def pandoc_bullets(n: Numbering) -> int:
    """pandoc's bullet list: "•" and "–" alternating by level."""
    return n.add([Lvl("bullet", "•" if k % 2 == 0 else "–", 720 * (k + 1), 480) for k in range(9)])


def google_ordered(n: Numbering) -> int:
    """Google Docs: decimal / lowerLetter / lowerRoman, "%1." "%2." "%3." repeating."""
    fmts = ["decimal", "lowerLetter", "lowerRoman"]
    return n.add([Lvl(fmts[k % 3], f"%{k + 1}.", 720 * (k + 1), 360) for k in range(9)])


def word_html_ol(n: Numbering, start: int = 1) -> int:
    """Word opening an HTML <ol>: a list of its own, decimal "%1.", tab 720."""
    fmts = ["decimal", "lowerLetter", "lowerRoman"]
    return n.add([Lvl(fmts[k % 3], f"%{k + 1}.", 720 * (k + 1), 360, start if k == 0 else 1) for k in range(9)])


# ---------------------------------------------------------------- styles
def style(doc: docx.Document, sid: str, name: str, based: str | None = None, ppr: list | None = None,
          rpr: list | None = None, kind: str = "paragraph", custom: bool = False) -> None:
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
    s.append(el("qFormat"))
    if ppr:
        s.append(el("pPr", None, *ppr))
    if rpr:
        s.append(el("rPr", None, *rpr))
    styles.append(s)


def pandoc_styles(doc: docx.Document) -> None:
    """The styles of pandoc's reference.docx that a Markdown conversion uses."""
    style(doc, "BodyText", "Body Text", "Normal", [el("spacing", {"before": "180", "after": "180"})])
    style(doc, "FirstParagraph", "First Paragraph", "BodyText", custom=True)
    style(doc, "Compact", "Compact", "BodyText", [el("spacing", {"before": "36", "after": "36"})], custom=True)
    style(doc, "Title", "Title", "Normal", [el("keepNext"), el("spacing", {"before": "480", "after": "240"}),
                                            el("jc", {"val": "center"})], [el("b"), el("sz", {"val": "36"})])
    style(doc, "Author", "Author", None, [el("keepNext"), el("jc", {"val": "center"})], custom=True)
    style(doc, "Date", "Date", None, [el("keepNext"), el("jc", {"val": "center"})])
    for k, size in ((1, 32), (2, 28), (3, 24)):
        style(doc, f"Heading{k}", f"heading {k}", "Normal",
              [el("keepNext"), el("spacing", {"before": "480" if k == 1 else "200", "after": "0"}),
               el("outlineLvl", {"val": str(k - 1)})], [el("b"), el("sz", {"val": str(size)})])
    style(doc, "Hyperlink", "Hyperlink", None, rpr=[el("color", {"val": "4F81BD"})], kind="character")
    style(doc, "FootnoteReference", "Footnote Reference", None, rpr=[el("vertAlign", {"val": "superscript"})],
          kind="character")
    style(doc, "FootnoteText", "footnote text", "Normal", [el("spacing", {"after": "0"})],
          [el("sz", {"val": "20"})])
    style(doc, "Emphasis", "Emphasis", None, rpr=[el("i"), el("iCs")], kind="character")
    style(doc, "Strong", "Strong", None, rpr=[el("b"), el("bCs")], kind="character")


def web_styles(doc: docx.Document) -> None:
    """Word's styles for an opened HTML page: "Normal (Web)" with automatic spacing, h1/h2 as Heading 1/2."""
    style(doc, "NormalWeb", "Normal (Web)", "Normal",
          [el("spacing", {"before": "100", "beforeAutospacing": "1", "after": "100", "afterAutospacing": "1"})],
          [el("rFonts", {"ascii": "Times New Roman", "eastAsia": "Times New Roman", "hAnsi": "Times New Roman",
                         "cs": "Times New Roman"})])
    style(doc, "Heading1", "heading 1", "Normal",
          [el("spacing", {"before": "100", "beforeAutospacing": "1", "after": "100", "afterAutospacing": "1"}),
           el("outlineLvl", {"val": "0"})], [el("b"), el("kern", {"val": "36"}), el("sz", {"val": "48"})])


def google_styles(doc: docx.Document) -> None:
    style(doc, "Title", "Title", "Normal", [el("keepNext"), el("spacing", {"after": "60"})],
          [el("sz", {"val": "52"})])


# ---------------------------------------------------------------- build
@dataclass
class Draft:
    name: str
    lang: str
    paras: list[P]
    numbering: Numbering | None = None
    app: str = "Microsoft Office Word"
    fonts: dict[str, str] | None = None
    size: int = 24
    extra_styles: list = field(default_factory=list)
    run_fonts: dict[str, str] | None = None
    rtl0: bool = False


FOOTNOTES_HEAD = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
                  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                  '</w:r></w:p></w:footnote>')


def footnotes_xml(notes: list[str]) -> bytes:
    body = ""
    for k, text in enumerate(notes, 1):
        body += (f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                 f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                 f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
    return (FOOTNOTES_HEAD + body + "</w:footnotes>").encode("utf-8")


def build(d: Draft) -> Path:
    doc = docx.Document()
    ctx = Ctx(doc, run_fonts=d.run_fonts, rtl0=d.rtl0)
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    styles = doc.styles.element
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(el("rFonts", d.fonts or {"ascii": "Cambria", "hAnsi": "Cambria", "eastAsia": "Cambria",
                                        "cs": "Times New Roman"}))
    rpr.append(el("sz", {"val": str(d.size)}))
    rpr.append(el("szCs", {"val": str(d.size)}))
    rpr.append(el("lang", {"val": "en-US", "eastAsia": "zh-CN" if d.lang == "zh" else "en-US", "bidi": "ar-SA"}))
    for fn in d.extra_styles:
        fn(doc)
    if d.numbering:
        d.numbering.xml(doc.part.numbering_part.element)
    for p in d.paras:
        body.insert(len(body) - 1, p.xml(ctx))
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
            if ctx.footnotes and info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            if ctx.footnotes and info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn1" Type="http://schemas.openxml'
                                    b'formats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"'
                                    b'/></Relationships>')
            z.writestr(info, data)
        if ctx.footnotes:
            z.writestr("word/footnotes.xml", footnotes_xml(ctx.footnotes))
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(d.paras), (d.name, count)
    for k, p in enumerate(d.paras, 1):
        for f in p.faults:
            for quoted in re.findall(r'"([^"]+)"', f.note):
                assert quoted in p.text or quoted in LABEL_QUOTES.get((d.name, k), ""), (d.name, k, quoted)
    return path


LABEL_QUOTES: dict[tuple[str, int], str] = {}   # quotes of a note that stand in the label Word shows


def lead(lead_text: str, rest: str, faults: list[F] | None = None, how: str = "i", **kw) -> P:
    """A clause: its lead phrase (how: i = w:i, b = w:b, E = character style Emphasis, S = Strong) and the rest."""
    if how == "E":
        first = R(lead_text, rstyle="Emphasis")
    elif how == "S":
        first = R(lead_text, rstyle="Strong")
    else:
        first = R(lead_text, i="i" in how, b="b" in how)
    return P([first, R(rest)], faults or [], **kw)


def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def field_line(label: str, value: str, faults: list[F] | None = None, how: str = "b", **kw) -> P:
    first = R(label, rstyle="Strong") if how == "S" else R(label, b=True)
    return P([first, R(value)] if value else [first], faults or [], **kw)


# ---------------------------------------------------------------- en-m01: pandoc with YAML metadata
def en_m01() -> Draft:
    n = Numbering()
    ops = pandoc_ordered(n)
    subs = pandoc_ordered(n)
    P_ = [
        plain("Draft Resolution 3.1", style="Title"),
        plain("Committee: Third Committee", style="Author"),
        plain("Topic: Protection of outdoor workers from extreme heat", style="Author"),
        plain("Sponsors: Ghana, India, Qatar, Spain", style="Author"),
        plain("Signatories: Bangladesh, Chile, Egypt, Greece, Mexico, Pakistan", style="Author"),
        plain("14 March 2026", style="Date"),
        P([R("The General Assembly", i=True), R(",")], style="FirstParagraph"),
        P([R("Recalling", i=True), R(" the Occupational Safety and Health Convention, 1981 (No. 155), and the right "
                                     "of every worker to a safe and healthy working environment,"),
           R("", fn="International Labour Organization, Convention No. 155, adopted on 22 June 1981.")],
          style="BodyText"),
        lead("Alarmed", " that the number of days of dangerous heat has risen in most regions since 2000, and that "
             "agricultural and construction workers are the most exposed,", style="BodyText"),
        P([R("Noting", i=True), R(" the joint report of the World Health Organization and the World Meteorological "
                                  "Organization on "),
           R("heat and health", rstyle="Hyperlink", link="https://www.who.int/news-room/fact-sheets/detail/"
                                                          "climate-change-heat-and-health"),
           R(" and its guidance on workplace heat action plans,")], style="BodyText"),
        lead("Aware", " that heat-related illness is preventable through water, shade, rest and acclimatization.",
             [F("preambular-end-mark", 'preambular clause ends with a full stop ("rest and acclimatization."); '
                'expected «acclimatization,» — a comma, and the only full stop ends the last operative clause '
                '(UN-B05, MUN-F04, MUN-F05)')], style="BodyText"),
        lead("Urges", " Member States to set heat-index thresholds above which outdoor work must stop or be reduced;",
             style="Compact", num=(ops, 0)),
        lead("Calls upon", " employers in agriculture and construction to adopt heat action plans that provide:",
             style="Compact", num=(ops, 0)),
        plain("drinking water and shaded rest areas within easy reach of every work site;",
              [F("sub-clause-label", 'sub-clause labelled "1." (the nested Markdown list is numbered like the '
                 'clauses, pandoc\'s decimal level %2.); expected «(a)» (UN-B10, MUN-F06)')],
              style="Compact", num=(subs, 1)),
        plain("work schedules that move heavy tasks to the cooler hours of the day;",
              [F("sub-clause-label", 'sub-clause labelled "2." like an operative clause; expected «(b)» '
                 '(UN-B10, MUN-F06)')], style="Compact", num=(subs, 1)),
        lead("Encourages", " national meteorological services to issue heat warnings in the languages spoken by "
             "migrant workers;", style="Compact", num=(ops, 0)),
        lead("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
             "eighty-third session.", style="Compact", num=(ops, 0)),
    ]
    LABEL_QUOTES[("en-m01-pandoc-yaml-author-heading-nested-decimal-subs-footnote", 14)] = "1."
    LABEL_QUOTES[("en-m01-pandoc-yaml-author-heading-nested-decimal-subs-footnote", 15)] = "2."
    return Draft("en-m01-pandoc-yaml-author-heading-nested-decimal-subs-footnote", "en", P_, n, app="pandoc",
                 extra_styles=[pandoc_styles])


# ---------------------------------------------------------------- en-m02: Typora, task list and ==highlight==
def en_m02() -> Draft:
    n = Numbering()
    ops = pandoc_ordered(n)
    tasks = pandoc_bullets(n)
    P_ = [
        plain("Draft Resolution HRC/1.2", style="Heading1"),
        field_line("FORUM:", " Human Rights Council", style="FirstParagraph"),
        field_line("QUESTION OF:", " Recognition of national sign languages", style="BodyText"),
        field_line("SUBMITTED BY:", " Finland", style="BodyText"),
        field_line("CO-SUBMITTERS:", " Kenya, New Zealand, Uruguay", style="BodyText"),
        P([R("THE HUMAN RIGHTS COUNCIL", i=True), R(",")], style="BodyText"),
        lead("Recalling", " article 21 of the Convention on the Rights of Persons with Disabilities, in which States "
             "undertake to recognize and promote the use of sign languages,", style="BodyText"),
        lead("Aware", " that some 70 million deaf people use a sign language as their first language,",
             style="BodyText"),
        lead("Concerned", " that many deaf children grow up without access to a sign language in their first years,",
             style="BodyText"),
        lead("Welcoming", " the legal recognition of a national sign language in more than eighty States,",
             style="BodyText"),
        lead("Urges", " all States that have not yet done so to recognize their national sign language or languages "
             "in law;", style="Compact", num=(ops, 0)),
        P([R("Encourages", i=True), R(" States to provide deaf children and their families with sign-language "
                                      "instruction from birth, "),
           R("including through at least one bilingual school in every province", hl="yellow"), R(";")],
          [F("emphasis", 'words of the clause highlighted in yellow (Typora\'s ==…==: "including through at least '
             'one bilingual school in every province"); no words of the text are set off, expected «plain text» '
             '(UN-B17)')], style="Compact", num=(ops, 0)),
        lead("Calls upon", " public broadcasters to interpret news and emergency announcements into the national "
             "sign language;", style="Compact", num=(ops, 0)),
        P([R("☒ "), R("Invites", i=True), R(" organizations of deaf people to take part in drafting the laws and "
                                             "school curricula that concern them;")],
          [F("numbering", 'operative clause left as a ticked task-list item: the page shows "•" and "☒" instead of '
             'a number; expected «4.» (UN-B07, MUN-F05)')], style="Compact", num=(tasks, 0)),
        P([R("☐ "), R("Requests", i=True), R(" the Office of the United Nations High Commissioner for Human Rights "
                                              "to prepare a study on the legal recognition of sign languages for "
                                              "the sixty-fourth session of the Council.")],
          [F("numbering", 'operative clause left as an unticked task-list item: "•" and "☐" instead of a number; '
             'expected «5.» (UN-B07, MUN-F05)')], style="Compact", num=(tasks, 0)),
    ]
    LABEL_QUOTES[("en-m02-typora-task-list-clauses-highlight-thimun", 14)] = "•"
    LABEL_QUOTES[("en-m02-typora-task-list-clauses-highlight-thimun", 15)] = "•"
    return Draft("en-m02-typora-task-list-clauses-highlight-thimun", "en", P_, n, app="pandoc",
                 fonts={"ascii": "Open Sans", "hAnsi": "Open Sans", "eastAsia": "Open Sans", "cs": "Open Sans"},
                 size=22, extra_styles=[pandoc_styles])


# ---------------------------------------------------------------- en-m03: Obsidian, Heading sections, styles
def en_m03() -> Draft:
    n = Numbering()
    ops = pandoc_ordered(n)
    dashes = pandoc_bullets(n)
    P_ = [
        plain("Draft Resolution 1.4", style="Heading1"),
        field_line("Committee:", " Economic and Social Council", how="S", style="FirstParagraph"),
        field_line("Topic:", " Reducing deaths and injuries from lightning in rural areas", how="S", style="BodyText"),
        field_line("Sponsors:", " Bangladesh, Colombia, Malawi", how="S", style="BodyText"),
        field_line("Signatories:", " Indonesia, Nepal, Peru, Uganda, Zambia", how="S", style="BodyText"),
        plain("Preambulatory clauses", [F("other", 'section heading "Preambulatory clauses" (Markdown ##, '
                                          'Heading 2) left in the text; the organ line opens the text, no section '
                                          'names (UN-B01, MUN-H01)')], style="Heading2"),
        P([R("The Economic and Social Council", rstyle="Emphasis"), R(",")], style="FirstParagraph"),
        lead("Recognizing", " that lightning kills several thousand people every year, most of them farmers, herders "
             "and schoolchildren in rural areas,", how="E", style="BodyText"),
        lead("Noting", " that most deaths occur outdoors or in buildings without protection, such as thatched "
             "houses and schools,", how="E", style="BodyText"),
        lead("Bearing in Mind", " that lightning protection systems on schools and public awareness campaigns have "
             "reduced casualties where they were applied,",
             [F("capital-after-lead", 'capital letter inside the lead phrase ("Bearing in Mind"); expected '
                '«Bearing in mind» (MUN-F02, UN-B04)')], how="E", style="BodyText"),
        plain("Operative clauses", [F("other", 'section heading "Operative clauses" (Heading 2) between the preamble '
                                     'and the operative part; expected no section names (UN-B01)')],
              style="Heading2"),
        lead("Encourages", " Member States to include lightning in their national disaster risk reduction "
             "strategies;", how="E", style="Compact", num=(ops, 0)),
        lead("Calls upon", " Member States and donors to fit lightning protection systems to rural schools and "
             "health centres, giving priority to:", how="E", style="Compact", num=(ops, 0)),
        plain("districts with the highest recorded lightning density;",
              [F("sub-clause-label", 'sub-clause marked with a dash bullet "–" (Markdown - under a numbered '
                 'item); expected «(a)» (UN-B10, MUN-F06)')], style="Compact", num=(dashes, 1)),
        plain("schools built of timber or thatch;",
              [F("sub-clause-label", 'sub-clause marked with a dash bullet "–"; expected «(b)» (UN-B10, MUN-F06)')],
              style="Compact", num=(dashes, 1)),
        lead("Invites", " the World Meteorological Organization to help national services send lightning warnings "
             "by mobile telephone;", how="E", style="Compact", num=(ops, 0)),
        lead("Requests", " the Secretary-General to report on progress to the Council at its 2027 session;",
             [F("operative-end-mark", 'last operative clause ends with a semicolon ("2027 session;"); expected '
                '«session.» (UN-B09, MUN-F05)')], how="E", style="Compact", num=(ops, 0)),
    ]
    name = "en-m03-obsidian-heading-sections-emphasis-style-dash-subs"
    LABEL_QUOTES[(name, 14)] = "–"
    LABEL_QUOTES[(name, 15)] = "–"
    return Draft(name, "en", P_, n, app="pandoc", extra_styles=[pandoc_styles])


# ---------------------------------------------------------------- en-m04: an HTML page opened in Word, saved as .docx
def en_m04() -> Draft:
    n = Numbering()
    first = word_html_ol(n)
    second = word_html_ol(n, start=5)
    web = "NormalWeb"
    P_ = [
        plain("Draft Resolution UNEA/2.3", style="Heading1"),
        field_line("Committee:", NBSP + "United Nations Environment Assembly", style=web),
        field_line("Topic:", NBSP + "Tyre and road wear particles as a source of microplastic pollution", style=web),
        field_line("Sponsors:", NBSP + "Germany, Japan, Norway, Republic of Korea", style=web),
        field_line("Signatories:", NBSP,
                   [F("heading-field-missing", 'the field "Signatories:" is empty (the web form\'s field left '
                      'blank); expected «Signatories: <States>» (MUN-H01)')], style=web),
        plain(NBSP, style=web),
        P([R("The United Nations Environment Assembly", i=True), R(",")], style=web),
        lead("Recalling", " its resolution 5/14 of 2 March 2022 entitled \u201cEnd plastic pollution: towards an "
             "international legally binding instrument\u201d,", style=web),
        lead("Noting with concern", " that particles worn from tyres\nand road surfaces are among the largest "
             "sources of microplastics that reach rivers and the sea,", style=web),
        lead("Aware", " that urban runoff carries these particles into sources of drinking" + NBSP + "water;",
             [F("preambular-end-mark", 'preambular clause ends with a semicolon ("water;", after a no-break space); expected '
                '«water,» (UN-B05, MUN-F04)')], style=web),
        lead("Recognizing", " that tyre makers, vehicle makers and road authorities each control part of the "
             "problem,", style=web),
        plain(NBSP, style=web),
        lead("Encourages", " Member States to measure tyre and road wear particles in urban runoff and in rivers;",
             num=(first, 0)),
        lead("Invites", " tyre makers to publish the abrasion rate of each tyre they sell, measured by a common "
             "test method;", num=(first, 0)),
        lead("Calls upon", " road authorities to fit sedimentation ponds and filters to road drainage near "
             "sensitive waters;", num=(first, 0)),
        lead("Requests", " the Executive Director to prepare a report on measures to reduce these emissions for "
             "the seventh session of the Assembly.",
             [F("numbering", 'the last clause is a second HTML list that starts at 5 (<ol start=5>): Word shows '
                '"5." after clause 3; expected «4.» — operative paragraphs are numbered consecutively (UN-B07, '
                'MUN-F05)')], num=(second, 0)),
    ]
    name = "en-m04-html-saved-by-word-normal-web-nbsp-empty-signatories-ol-start"
    LABEL_QUOTES[(name, 16)] = "5."
    return Draft(name, "en", P_, n, fonts={"ascii": "Times New Roman", "hAnsi": "Times New Roman",
                                           "eastAsia": "Times New Roman", "cs": "Times New Roman"},
                 extra_styles=[web_styles])


# ---------------------------------------------------------------- zh-m05: Google Doc from an imported .md
def zh_m05() -> Draft:
    n = Numbering()
    ops = google_ordered(n)
    P_ = [
        plain("决议草案", style="Title"),
        plain("委员会：联合国大会第二委员会"),
        plain("议题：山体滑坡的早期预警与社区防灾"),
        plain("起草国：秘鲁、菲律宾、尼泊尔"),
        plain("附议国：厄瓜多尔、哥伦比亚、塔吉克斯坦、印度尼西亚、越南"),
        P([R("大会", b=True), R("，")]),
        lead("回顾", "《2015-2030年仙台减少灾害风险框架》及其关于多灾种早期预警系统的具体目标，", how="b"),
        lead("注意到", "山体滑坡每年造成数千人死亡，且多发生在强降雨和地震之后，", how="b"),
        lead("关切地注意到", "山区道路修建、采矿和森林砍伐使许多边坡失去稳定，", how="b"),
        lead("认识到", "当地居民往往最先察觉裂缝、渗水等滑坡前兆。", [F("preambular-end-mark", '序言性条款以句号结尾'
             '（"滑坡前兆。"）；expected «滑坡前兆，» (UN-B05, ZH-B02, ZH-B05)')], how="b"),
        lead("鼓励", "会员国绘制滑坡易发区地图，并将其纳入土地利用规划；", how="b", num=(ops, 0)),
        lead("促请", "各国在滑坡易发地区：", how="b", num=(ops, 0)),
        plain("安装雨量计和地表位移监测设备；", num=(ops, 1)),
        plain("培训村民识别滑坡前兆,并及时向地方政府报告；", [F("half-width-punctuation-in-chinese",
              '半角逗号 in Chinese text ("前兆,并"); expected «前兆，并» (ZH-P01)')], num=(ops, 1)),
        P([R("敦促", b=True), R("各国气象和地质部门共享降雨预报和监测数据，以便及时发布预警； 4、"),
           R("邀请", b=True), R("联合国开发计划署协助发展中国家建立社区一级的滑坡预警系统；")],
          [F("numbering", 'two operative clauses in one paragraph: the typed "4、" (not a Markdown list marker) '
             'made its line a continuation of clause 3, "发布预警； 4、邀请"; expected a paragraph of its own '
             '«4. 邀请……» (UN-B07, ZH-B03); the number 4 Word gives the next clause follows from it')], num=(ops, 0)),
        lead("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", how="b", num=(ops, 0)),
    ]
    return Draft("zh-m05-google-docs-md-import-lazy-line-joins-clause-half-width-comma", "zh", P_, n,
                 app="", fonts={"ascii": "Arial", "hAnsi": "Arial", "eastAsia": "Arial", "cs": "Arial"}, size=22,
                 extra_styles=[google_styles],
                 run_fonts={"ascii": "Arial Unicode MS", "hAnsi": "Arial Unicode MS", "eastAsia": "Arial Unicode MS",
                            "cs": "Arial Unicode MS"}, rtl0=True)


# ---------------------------------------------------------------- zh-m06: Typora, clean
def zh_m06() -> Draft:
    n = Numbering()
    ops = pandoc_ordered(n)
    subs = pandoc_ordered(n, ")", "lowerLetter")
    P_ = [
        plain("决议草案", style="Heading1"),
        plain("委员会：联合国环境大会", style="FirstParagraph"),
        plain("议题：农药包装废弃物的回收与安全处置", style="BodyText"),
        plain("起草国：厄瓜多尔、肯尼亚、泰国", style="BodyText"),
        plain("附议国：巴西、斐济、加纳、老挝、摩洛哥", style="BodyText"),
        P([R("联合国环境大会", rstyle="Strong"), R("，")], style="BodyText"),
        P([R("回顾", rstyle="Strong"), R("《关于持久性有机污染物的斯德哥尔摩公约》"),
           R("", fn="2001年5月22日通过，2004年5月17日生效。"),
           R("和《关于在国际贸易中对某些危险化学品和农药采用事先知情同意程序的鹿特丹公约》，")], style="BodyText"),
        lead("注意到", "每年有大量农药包装被丢弃在田间、沟渠和河道中，残留农药污染土壤和水源，", how="S",
             style="BodyText"),
        lead("认识到", "一些国家已建立由生产者出资的农药包装回收制度，并取得了良好效果，", how="S", style="BodyText"),
        P([R("欢迎", rstyle="Strong"), R("联合国粮食及农业组织和世界卫生组织发布的"),
           R("《农药管理国际行为守则》", rstyle="Hyperlink", link="https://www.fao.org/pest-and-pesticide-management/"
             "pesticide-risk-reduction/code-conduct/en/"), R("，")], style="BodyText"),
        lead("鼓励", "各国建立农药包装的生产者责任延伸制度；", how="S", style="Compact", num=(ops, 0)),
        lead("促请", "各国：", how="S", style="Compact", num=(ops, 0)),
        plain("在农村地区设立农药包装回收点；", style="Compact", num=(subs, 1)),
        plain("培训农民在交回包装前对其进行三次冲洗；", style="Compact", num=(subs, 1)),
        lead("邀请", "联合国粮食及农业组织为发展中国家建立回收制度提供技术援助；", how="S", style="Compact",
             num=(ops, 0)),
        lead("请", "执行主任向联合国环境大会第八届会议报告本决议的执行情况。", how="S", style="Compact",
             num=(ops, 0)),
    ]
    return Draft("zh-m06-clean-typora-strong-style-leads-footnote-link-letter-subs", "zh", P_, n, app="pandoc",
                 fonts={"ascii": "Times New Roman", "hAnsi": "Times New Roman", "eastAsia": "SimSun",
                        "cs": "Times New Roman"}, extra_styles=[pandoc_styles])


DRAFTS = [en_m01, en_m02, en_m03, en_m04, zh_m05, zh_m06]


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
