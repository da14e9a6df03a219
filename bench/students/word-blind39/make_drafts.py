"""Build the drafts of the blind set word-blind39 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, direction, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 60-dpi PNG pages and a text export of each draft

The drafts are English (and one Chinese) drafts typed in a Word whose default language is Arabic, Hebrew, Persian
or Turkish, as handed in at conferences in the Gulf, Egypt, Jordan, Lebanon, Turkey and Israel: docDefaults with a
complex-script font (w:rFonts w:cs), w:lang w:bidi and a complex-script size (w:szCs) that differs from w:sz; a
Normal style that runs right to left (w:bidi) with the paragraphs switched back one by one (w:bidi w:val="0");
numbering from the Arabic/Hebrew libraries (hindiNumbers, arabicAbjad, arabicAlpha, hebrew2) with lvlJc "right";
runs of Arabic text marked w:rtl with w:cs fonts; Arabic comma/semicolon and Arabic-Indic digits typed in the text;
Turkish dotted/dotless i typed on a Turkish keyboard.

python-docx gives the package (its default template); styles, numbering.xml and every paragraph are written with
lxml by the helpers below (written for this set; nothing imported from drafter or from another set's script).
Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based
index of the body's w:p, checked again on the saved file.
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
    """A run and the direct formatting Word keeps on it (Word with a complex-script language writes the CS twin of
    each property: w:bCs, w:iCs, w:szCs)."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    rtl: bool = False
    cs: str | None = None          # w:rFonts w:cs
    sz: int | None = None          # half-points
    sz_cs: int | None = None
    lang: str | None = None        # w:lang w:val
    bidi_lang: str | None = None   # w:lang w:bidi
    ea_lang: str | None = None     # w:lang w:eastAsia

    def xml(self) -> etree._Element:
        node = el("r")
        rpr = el("rPr")
        if self.cs:
            rpr.append(el("rFonts", {"cs": self.cs}))
        if self.b:
            rpr.append(el("b"))
            rpr.append(el("bCs"))
        if self.i:
            rpr.append(el("i"))
            rpr.append(el("iCs"))
        if self.sz:
            rpr.append(el("sz", {"val": str(self.sz)}))
        if self.sz_cs:
            rpr.append(el("szCs", {"val": str(self.sz_cs)}))
        if self.u:
            rpr.append(el("u", {"val": "single"}))
        if self.rtl:
            rpr.append(el("rtl"))
        if self.lang or self.bidi_lang or self.ea_lang:
            attrs = {}
            if self.lang:
                attrs["val"] = self.lang
            if self.ea_lang:
                attrs["eastAsia"] = self.ea_lang
            if self.bidi_lang:
                attrs["bidi"] = self.bidi_lang
            rpr.append(el("lang", attrs))
        if len(rpr):
            node.append(rpr)
        t = el("t")
        t.text = self.text
        t.set(XML_SPACE, "preserve")
        node.append(t)
        return node


@dataclass
class P:
    runs: list[R]
    style: str | None = None
    num: tuple[int, int] | None = None     # (numId, ilvl)
    bidi: bool | None = None               # None: as the style says; False: w:bidi w:val="0"
    jc: str | None = None
    faults: list[F] = field(default_factory=list)

    def xml(self) -> etree._Element:
        node = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", {}, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.bidi is True:
            ppr.append(el("bidi"))
        elif self.bidi is False:
            ppr.append(el("bidi", {"val": "0"}))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if len(ppr):
            node.append(ppr)
        for run in self.runs:
            node.append(run.xml())
        return node

    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Level:
    fmt: str
    text: str
    indent: int
    jc: str = "left"
    start: int = 1


@dataclass
class Draft:
    name: str
    paragraphs: list[P]
    lists: dict[int, list[Level]]            # abstractNum id -> levels
    nums: dict[int, int]                     # numId -> abstractNum id
    defaults: dict[str, str]                 # docDefaults: cs font, bidi lang, lang, sz, szCs, eastAsia
    normal_bidi: bool = False
    font: str = "Times New Roman"
    ea_font: str | None = None


def arabic_mark(p: P, lang: str) -> P:
    """Split the paragraph's last character (an Arabic comma or semicolon typed on the Arabic keyboard) into a run of
    its own, marked right to left with the Arabic language, as Word writes it."""
    last = p.runs[-1]
    last.text, mark = last.text[:-1], last.text[-1]
    p.runs.append(R(mark, rtl=True, bidi_lang=lang))
    return p


def fault(p: P, kind: str, note: str) -> P:
    p.faults.append(F(kind, note))
    return p


# ---------------------------------------------------------------------------------------------- labels Word shows
ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
ALPHA = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي"
HEBREW2 = "אבגדהוזחטיכלמנסעפצקרשת"
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ROMAN = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def number(fmt: str, n: int) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "hindiNumbers":
        return str(n).translate(INDIC)
    if fmt == "arabicAbjad":
        return ABJAD[n - 1]
    if fmt == "arabicAlpha":
        return ALPHA[n - 1]
    if fmt == "hebrew2":
        return HEBREW2[n - 1]
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "lowerRoman":
        out = ""
        for value, letters in ROMAN:
            while n >= value:
                out += letters
                n -= value
        return out
    raise ValueError(fmt)


def labels(draft: Draft) -> list[str]:
    counters: dict[int, list[int]] = {}
    out = []
    for p in draft.paragraphs:
        if not p.num:
            out.append("")
            continue
        num_id, ilvl = p.num
        abstract = draft.nums[num_id]
        levels = draft.lists[abstract]
        count = counters.setdefault(abstract, [lv.start - 1 for lv in levels])
        count[ilvl] += 1
        for deeper in range(ilvl + 1, len(levels)):
            count[deeper] = levels[deeper].start - 1
        text = levels[ilvl].text
        for k in range(ilvl + 1):
            text = text.replace(f"%{k + 1}", number(levels[k].fmt, count[k]))
        out.append(text)
    return out


# ---------------------------------------------------------------------------------------------- package writing
def numbering_xml(draft: Draft) -> list[etree._Element]:
    nodes = []
    for abstract, levels in draft.lists.items():
        a = el("abstractNum", {"abstractNumId": str(abstract)}, el("multiLevelType", {"val": "hybridMultilevel"}))
        for k, lv in enumerate(levels):
            lvl = el("lvl", {"ilvl": str(k)},
                     el("start", {"val": str(lv.start)}),
                     el("numFmt", {"val": lv.fmt}),
                     el("lvlText", {"val": lv.text}),
                     el("lvlJc", {"val": lv.jc}),
                     el("pPr", {}, el("ind", {"left": str(lv.indent), "hanging": "360"})))
            a.append(lvl)
        nodes.append(a)
    for num_id, abstract in draft.nums.items():
        nodes.append(el("num", {"numId": str(num_id)}, el("abstractNumId", {"val": str(abstract)})))
    return nodes


def set_defaults(document: docx.document.Document, draft: Draft) -> None:
    styles = document.styles.element
    rpr_default = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr_default):
        rpr_default.remove(child)
    d = draft.defaults
    fonts = {"ascii": draft.font, "hAnsi": draft.font, "cs": d["cs"]}
    if draft.ea_font:
        fonts["eastAsia"] = draft.ea_font
    rpr_default.append(el("rFonts", fonts))
    rpr_default.append(el("sz", {"val": d["sz"]}))
    rpr_default.append(el("szCs", {"val": d["szCs"]}))
    rpr_default.append(el("lang", {"val": d["lang"], "eastAsia": d.get("eastAsia", "en-US"), "bidi": d["bidi"]}))
    normal = styles.find(f"{w('style')}[@{w('styleId')}='Normal']")
    if draft.normal_bidi:
        ppr = normal.find(w("pPr"))
        if ppr is None:
            ppr = el("pPr")
            normal.insert(2, ppr)
        ppr.append(el("bidi"))


def build(draft: Draft) -> Path:
    document = docx.Document()
    set_defaults(document, draft)
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for node in numbering_xml(draft):
        numbering.append(node)
    body = document.element.body
    for child in list(body):
        if child.tag == w("p"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    for p in draft.paragraphs:
        sect.addprevious(p.xml())
    path = HERE / f"{draft.name}.docx"
    document.save(str(path))
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(root.find(w("body")).findall(w("p")))
    assert count == len(draft.paragraphs), (draft.name, count, len(draft.paragraphs))
    return path


# ---------------------------------------------------------------------------------------------- text helpers
def plain(text: str, **kw: object) -> P:
    return P([R(text)], **kw)  # type: ignore[arg-type]


def lead(word: str, rest: str, *, italic: bool = True, under: bool = False, **kw: object) -> P:
    return P([R(word, i=italic, u=under), R(rest)], **kw)  # type: ignore[arg-type]


def op(word: str, rest: str, num: tuple[int, int], **kw: object) -> P:
    return P([R(word, u=True), R(rest)], style="ListParagraph", num=num, **kw)  # type: ignore[arg-type]


def sub(text: str, num: tuple[int, int], **kw: object) -> P:
    return P([R(text)], style="ListParagraph", num=num, **kw)  # type: ignore[arg-type]


def title(text: str, **kw: object) -> P:
    return P([R(text, b=True)], jc="center", **kw)  # type: ignore[arg-type]


def organ(text: str = "The General Assembly,", **kw: object) -> P:
    return P([R(text, i=True)], **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------- the drafts
def q01() -> Draft:
    """Gulf (Doha / Dubai): Arabic Word whose Normal style runs right to left; the student pressed the
    left-to-right button paragraph by paragraph (w:bidi w:val="0") and missed two clauses."""
    ltr = False
    ps = [
        title("DRAFT RESOLUTION 3.2", bidi=ltr),
        plain("Committee: Economic and Social Council", bidi=ltr),
        plain("Topic: Animal welfare in camel racing", bidi=ltr),
        plain("Sponsors: Oman, Qatar, United Arab Emirates", bidi=ltr),
        plain("Signatories: Bahrain, Kuwait, Mauritania, Morocco, Tunisia", bidi=ltr),
        organ("The Economic and Social Council,", bidi=ltr),
        lead("Recognizing", " that camel racing is a living heritage of the Arabian Peninsula and a source of "
             "income for breeders and trainers,", bidi=ltr),
        lead("Noting with concern", " that young camels are still raced before their bones have finished "
             "growing, which shortens their working lives,", bidi=ltr),
        fault(lead("Welcoming", " the replacement of child jockeys by remote-controlled robot jockeys since 2005,"),
              "other", 'right-to-left paragraph (w:bidi from the Arabic Normal style, not switched back like the '
              'others): the page shows the clause right-aligned and its end mark on the wrong side of the last word '
              '("… robot jockeys since / ,2005"); a clause runs left to right «Welcoming … since 2005,» '
              '(UN-B05, MUN-F04)'),
        lead("Aware", " that heat, long transport in trailers and the use of electric prods harm the animals "
             "before and during races،", bidi=ltr),
        op("Encourages", " racing federations to set a minimum racing age of four years for all camels;",
           (1, 0), bidi=ltr),
        op("Calls upon", " organizers to schedule races in the cooler morning hours between October and April;",
           (1, 0), bidi=ltr),
        fault(op("Recommends", " that trailers carrying camels stop for water and shade at least every three "
                 "hours؛", (1, 0), bidi=ltr),
              "operative-end-mark", 'operative clause ends with the Arabic semicolon "؛" ("every three hours؛") '
              'typed on the Arabic keyboard instead of «;» (UN-B09, MUN-F05)'),
        fault(op("Urges", " the prohibition of electric prods and weighted whips in all races;", (1, 0)),
              "other", 'right-to-left paragraph (w:bidi left from the Arabic Normal style): the page shows its '
              'number at the right margin (".4") and its ";" at the left, before the lead (";Urges … all races"); '
              'operative clauses run left to right with the number at the left «4. Urges … all races;» '
              '(UN-B09, MUN-F05)'),
        op("Invites", " veterinary schools in the region to train racetrack veterinarians and to publish "
           "injury records;", (1, 0), bidi=ltr),
        op("Requests", " the Secretary-General to report on the progress made at its next substantive "
           "session.", (1, 0), bidi=ltr),
    ]
    # ¶10 ends with the Arabic comma "،" where the clause mark should be ","
    arabic_mark(ps[9], "ar-QA")
    arabic_mark(ps[12], "ar-QA")
    fault(ps[9], "preambular-end-mark", 'preambular clause ends with the Arabic comma "،" ("during races،") typed '
          'on the Arabic keyboard instead of «,» (UN-B05, MUN-F04)')
    return Draft("en-q01-gulf-arabic-word-normal-style-rtl-two-clauses-left",
                 ps, {0: [Level("decimal", "%1.", 720), Level("lowerLetter", "%2)", 1440)]}, {1: 0},
                 {"cs": "Simplified Arabic", "bidi": "ar-QA", "lang": "en-US", "sz": "24", "szCs": "28"},
                 normal_bidi=True)


def e02() -> Draft:
    """Cairo: Arabic (Egypt) Word; the sub-clauses take the Arabic library's abjad letters "أ)" "ب)" "ج)" (lvlJc
    right), a resolution and a date typed with Arabic-Indic digits, a preambular clause ends with "،"."""
    ps = [
        title("DRAFT RESOLUTION 1.4"),
        plain("Committee: Third Committee"),
        plain("Topic: Preserving handwritten manuscripts in public and private collections"),
        plain("Sponsors: Egypt, Greece, Mali"),
        plain("Signatories: Algeria, Cyprus, Ethiopia, Italy, Mauritania, Niger, Sudan"),
        organ(),
        lead("Recalling", " the Convention concerning the Protection of the World Cultural and Natural Heritage, "
             "adopted in Paris on 16 November 1972,"),
        fault(lead("Recalling also", " its resolution ٧٠/١ on the 2030 Agenda for Sustainable Development,"),
              "resolution-citation", 'resolution number typed with Arabic-Indic digits ("resolution ٧٠/١") '
              'instead of «resolution 70/1» (UN-B15)'),
        lead("Deeply concerned", " that thousands of manuscripts in mosques, monasteries and family libraries are "
             "kept in damp rooms without any record of their contents،"),
        lead("Noting", " that many of the manuscripts held in Timbuktu were carried to safety in 2012 by their "
             "keepers,"),
        op("Encourages", " Member States to prepare national inventories of manuscripts held by private families "
           "and religious institutions;", (1, 0)),
        op("Calls upon", " libraries holding manuscripts to:", (1, 0)),
        fault(sub("keep reading rooms and stores at a stable humidity;", (1, 1)),
              "sub-clause-label", 'sub-clause labelled with the Arabic abjad letter "أ)" (numFmt arabicAbjad from '
              'the Arabic numbering library) instead of «a)» (MUN-F06, UN-B10)'),
        fault(sub("digitize fragile volumes before they are lent or exhibited;", (1, 1)),
              "sub-clause-label", 'second sub-clause labelled "ب)" (arabicAbjad) instead of «b)» (MUN-F06, UN-B10)'),
        fault(sub("train conservators in the repair of paper, parchment and leather bindings;", (1, 1)),
              "sub-clause-label", 'third sub-clause labelled "ج)" (arabicAbjad) instead of «c)» (MUN-F06, UN-B10)'),
        op("Invites", " universities to open their digitization laboratories to small community collections free "
           "of charge;", (1, 0)),
        op("Requests", " the Secretary-General, in cooperation with the United Nations Educational, Scientific "
           "and Cultural Organization, to report on the inventories prepared by Member States before the end of "
           "2027.", (1, 0)),
    ]
    arabic_mark(ps[8], "ar-EG")
    fault(ps[8], "preambular-end-mark", 'preambular clause ends with the Arabic comma "،" ("of their contents،") '
          'instead of «,» (UN-B05, MUN-F04)')
    return Draft("en-e02-egypt-arabic-word-abjad-sub-letters-indic-resolution-number",
                 ps, {0: [Level("decimal", "%1.", 720), Level("arabicAbjad", "%2)", 1440, jc="right")]}, {1: 0},
                 {"cs": "Arial", "bidi": "ar-EG", "lang": "en-US", "sz": "24", "szCs": "24"})


def j03() -> Draft:
    """Amman: Arabic (Jordan) Word; the operative list is the library's "١." row (numFmt hindiNumbers, lvlJc
    right); the sponsors are written with their Arabic names in parentheses (runs w:rtl, w:cs font)."""
    def arabic(text: str) -> R:
        return R(text, rtl=True, cs="Traditional Arabic", sz_cs=28, bidi_lang="ar-JO")

    ps = [
        title("DRAFT RESOLUTION 2.1"),
        plain("Committee: Second Committee"),
        plain("Topic: Forest fires in the Eastern Mediterranean"),
        fault(P([R("Sponsors: Greece, Jordan ("), arabic("الأردن"), R("), Lebanon ("), arabic("لبنان"), R(")")]),
              "other", 'Sponsors field with the Arabic names of two States in parentheses ("Jordan (الأردن), Lebanon '
              '(لبنان)", runs marked right to left): a draft is submitted in one language only; «Sponsors: Greece, Jordan, Lebanon» (UN-B16, '
              'MUN-H01)'),
        plain("Signatories: Albania, Croatia, Cyprus, Israel, Italy, Montenegro, Tunisia"),
        organ(),
        lead("Alarmed", " by the growing number of forest fires in the Eastern Mediterranean during longer and "
             "hotter summers,"),
        lead("Recognizing", " the work of volunteer firefighters in rural communities,"),
        lead("Noting", " that abandoned farmland and unmanaged undergrowth allow fires to spread quickly,"),
    ]
    ops = [
        ("Encourages", " Member States to share firefighting aircraft through regional agreements;"),
        ("Recommends", " the clearing of undergrowth along roads and power lines before each dry season;"),
        ("Invites", " schools in fire-prone areas to hold an evacuation drill every spring;"),
        ("Calls upon", " States to restore burnt forests with native species such as oak and carob."),
    ]
    for k, (verb, rest) in enumerate(ops, start=1):
        shown = str(k).translate(INDIC)
        ps.append(fault(op(verb, rest, (1, 0)), "numbering",
                        f'operative clause numbered "{shown}." by the list (numFmt hindiNumbers, the Arabic '
                        f'library\'s "١. ٢. ٣." row) instead of «{k}.» (Western Arabic numerals) (UN-B07, MUN-F05)'))
    return Draft("en-j03-jordan-arabic-word-hindi-numbers-list-arabic-sponsor-names",
                 ps, {0: [Level("hindiNumbers", "%1.", 720, jc="right"), Level("lowerLetter", "(%2)", 1440)]},
                 {1: 0}, {"cs": "Traditional Arabic", "bidi": "ar-JO", "lang": "en-US", "sz": "24", "szCs": "28"})


def t04() -> Draft:
    """Istanbul / Ankara: Turkish Word (tr-TR), THIMUN heading typed with Caps Lock on a Turkish Q keyboard; a
    lead with the dotless ı and an operative lead with the dotted capital İ."""
    tr = {"lang": "tr-TR"}

    def t(text: str, **kw: object) -> R:
        return R(text, lang="tr-TR", **kw)  # type: ignore[arg-type]

    ps = [
        P([t("FORUM: General Assembly Third Committee")]),
        fault(P([t("QUESTİON OF: Fatigue of intercity bus drivers")]),
              "heading-label", 'heading label typed with the Turkish dotted capital İ ("QUESTİON OF:") '
              'instead of «QUESTION OF:» (MUN-H02)'),
        P([t("SUBMITTED BY: Türkiye")]),
        P([t("CO-SUBMITTERS: Azerbaijan, Bulgaria, Georgia, Kazakhstan")]),
        P([t("THE GENERAL ASSEMBLY,", i=True)]),
        P([t("Noting", i=True), t(" that many intercity bus drivers work shifts of more than twelve hours,")]),
        fault(P([t("Recognızing", i=True), t(" that a tired driver reacts as slowly as a driver who has drunk "
                                            "alcohol,")]),
              "misspelt-lead", 'lead typed with the Turkish dotless ı ("Recognızing") instead of '
              '«Recognizing» (UN-B03, MUN-F04)'),
        P([t("Aware", i=True), t(" that passengers often do not know whom to tell when a driver seems too tired "
                                 "to drive,")]),
        P([t("Encourages", u=True), t(" Member States to limit the daily driving time of bus drivers to nine "
                                      "hours;")], style="ListParagraph", num=(1, 0)),
        P([t("Recommends", u=True), t(" that bus companies:")], style="ListParagraph", num=(1, 0)),
        P([t("plan a second driver on every journey longer than eight hours;")], style="ListParagraph",
          num=(1, 1)),
        P([t("keep records of driving and rest hours for inspection;")], style="ListParagraph", num=(1, 1)),
        fault(P([t("İnvites", u=True), t(" bus terminals to provide quiet rest rooms for drivers between "
                                       "journeys;")], style="ListParagraph", num=(1, 0)),
              "misspelt-lead", 'operative lead typed with the Turkish dotted capital İ ("İnvites", Shift+i on a '
              'Turkish keyboard) instead of «Invites» (UN-B06, MUN-F05)'),
        P([t("Calls upon", u=True), t(" States to print a telephone number for reporting unsafe driving inside "
                                      "every bus.")], style="ListParagraph", num=(1, 0)),
    ]
    del tr
    return Draft("en-t04-turkish-word-dotted-and-dotless-i-in-leads-and-label",
                 ps, {0: [Level("decimal", "%1.", 720), Level("lowerLetter", "%2)", 1440)]}, {1: 0},
                 {"cs": "Times New Roman", "bidi": "ar-SA", "lang": "tr-TR", "sz": "24", "szCs": "24"})


def i05() -> Draft:
    """Tel Aviv / Jerusalem: Hebrew Word, clean. Normal runs right to left (w:bidi), every paragraph switched back
    (w:bidi w:val="0"); docDefaults cs font David, he-IL, szCs 22 against sz 24; the list's first level has lvlJc
    "right" (the number ends at the indent) and its third level, never used, is hebrew2."""
    ltr = False
    ps = [
        title("DRAFT RESOLUTION 4.3", bidi=ltr),
        plain("Committee: Second Committee", bidi=ltr),
        plain("Topic: Protecting ancient olive trees", bidi=ltr),
        plain("Sponsors: Cyprus, Israel, Malta", bidi=ltr),
        plain("Signatories: Croatia, Greece, Italy, Portugal, Slovenia, Spain", bidi=ltr),
        organ(bidi=ltr),
        lead("Recognizing", " that olive trees several centuries old are part of the landscape and history of the "
             "Mediterranean,", bidi=ltr),
        lead("Concerned", " that old trees are uprooted and sold to decorate gardens in other countries,",
             bidi=ltr),
        lead("Noting", " that the bacterium Xylella fastidiosa has killed millions of olive trees since 2013,",
             bidi=ltr),
        op("Encourages", " Member States to register olive trees older than three hundred years as natural "
           "monuments;", (1, 0), bidi=ltr),
        op("Recommends", " that the export of uprooted ancient trees be allowed only with:", (1, 0), bidi=ltr),
        sub("a certificate of origin from the landowner;", (1, 1), bidi=ltr),
        sub("a plant health certificate issued after testing for Xylella fastidiosa;", (1, 1), bidi=ltr),
        op("Invites", " farmers' cooperatives to adopt old groves and to sell their oil under a common label;",
           (1, 0), bidi=ltr),
        op("Requests", " the Food and Agriculture Organization of the United Nations to publish guidance on "
           "the care of ancient trees.", (1, 0), bidi=ltr),
    ]
    return Draft("en-i05-clean-hebrew-word-ltr-override-right-justified-numbers",
                 ps, {0: [Level("decimal", "%1.", 720, jc="right"), Level("lowerLetter", "(%2)", 1440),
                          Level("hebrew2", "%3.", 2160, jc="right")]}, {1: 0},
                 {"cs": "David", "bidi": "he-IL", "lang": "en-US", "sz": "24", "szCs": "22"},
                 normal_bidi=True)


def z06() -> Draft:
    """A Chinese-language committee at a conference in Dubai, typed in Persian (Iran) Word: sub-clauses from the
    Persian/Arabic library's letter row (numFmt arabicAlpha "أ." "ب." "ت."), one clause set right to left with the
    paragraph-direction button, a date typed with Arabic-Indic digits and a clause ending with "،"."""
    zh = {"lang": "zh-CN"}

    def z(text: str, **kw: object) -> R:
        return R(text, ea_lang="zh-CN", lang="en-US", bidi_lang="fa-IR", **kw)  # type: ignore[arg-type]

    def zp(*runs: R, **kw: object) -> P:
        return P(list(runs), **kw)  # type: ignore[arg-type]

    ps = [
        zp(z("决议草案", b=True), jc="center"),
        zp(z("委员会：联合国环境大会")),
        zp(z("议题：地中海水母暴发")),
        zp(z("起草国：埃及、黎巴嫩、以色列")),
        zp(z("附议国：阿尔及利亚、法国、摩洛哥、塞浦路斯、土耳其")),
        zp(z("联合国环境大会", b=True), z("，")),
        zp(z("注意到", u=True), z("近年来地中海东部沿岸夏季水母暴发的次数明显增加，")),
        zp(z("关切地注意到", u=True), z("水母堵塞发电厂和海水淡化厂的进水口，并使渔网破损、游客受伤，")),
        fault(zp(z("回顾", u=True), z("各国于٢٠١٦年٢月١٠日在雅典会议上就海洋监测数据共享达成的共识，")),
              "date-zh", '日期用阿拉伯-印度数字输入 ("٢٠١٦年٢月١٠日")；应为 «2016年2月10日» (ZH-P02)'),
        zp(z("认识到", u=True), z("海龟等水母的天敌数量减少是水母暴发的原因之一،")),
        zp(z("鼓励", u=True), z("各会员国建立沿海水母监测网络，并定期公布观测数据；"), style="ListParagraph",
           num=(1, 0)),
        zp(z("建议", u=True), z("沿海城市："), style="ListParagraph", num=(1, 0)),
        zp(z("在海滩设置水母警示牌；"), style="ListParagraph", num=(1, 1)),
        zp(z("为救生员配备处理水母蜇伤的醋和药品；"), style="ListParagraph", num=(1, 1)),
        zp(z("呼吁", u=True), z("各国保护海龟的产卵海滩，减少误捕海龟；"), style="ListParagraph", num=(1, 0), bidi=True),
        zp(z("请", u=True), z("环境规划署执行主任在下届会议上报告各国的监测情况。"), style="ListParagraph",
           num=(1, 0)),
    ]
    del zh
    arabic_mark(ps[9], "fa-IR")
    fault(ps[9], "preambular-end-mark", '序言性条款以阿拉伯文逗号 "،" 结尾 ("原因之一،")；应为 «，» (ZH-B02, ZH-P01)')
    fault(ps[12], "sub-clause-label", '子条款编号为阿拉伯字母 "أ." (numFmt arabicAlpha，波斯语 Word 的编号库)；'
          '应为英文字母 «a.» 或 «(a)» (ZH-B04)')
    fault(ps[13], "sub-clause-label", '第二个子条款编号为 "ب." (arabicAlpha)；应为 «b.» 或 «(b)» (ZH-B04)')
    fault(ps[14], "other", 'right-to-left paragraph (w:bidi, the paragraph-direction button of Persian Word): the '
          'page shows its number "3." at the right margin and its "；" at the left, before the lead '
          '("；呼吁……误捕海龟")；应从左向右 «3. 呼吁……误捕海龟；» (ZH-B03, UN-B09)')
    return Draft("zh-z06-persian-word-arabic-alpha-sub-letters-rtl-clause-indic-date",
                 ps, {0: [Level("decimal", "%1.", 720), Level("arabicAlpha", "%2.", 1440, jc="right")]}, {1: 0},
                 {"cs": "B Nazanin", "bidi": "fa-IR", "lang": "en-US", "sz": "24", "szCs": "26",
                  "eastAsia": "zh-CN"}, ea_font="SimSun")


DRAFTS = [q01, e02, j03, t04, i05, z06]


def main() -> None:
    drafts = [make() for make in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            print(f"== {d.name}")
            for k, (p, label) in enumerate(zip(d.paragraphs, labels(d)), start=1):
                direction = {True: "RTL", False: "ltr", None: "RTL" if d.normal_bidi else "ltr"}[p.bidi]
                marks = "; ".join(f.kind for f in p.faults)
                print(f"{k:3} {direction} {label:6} {p.text()}" + (f"   <<{marks}>>" if marks else ""))
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for d in drafts:
            src = HERE / f"{d.name}.docx"
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/word-blind39-lo", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)],
                           check=True, capture_output=True)
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/word-blind39-lo", "--headless", "--convert-to", "txt:Text", "--outdir", str(out), str(src)],
                           check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(out / f"{d.name}.pdf"), str(out / d.name)],
                           check=True)
        return
    annotations: dict[str, dict[str, list[dict[str, object]]]] = {}
    for d in drafts:
        build(d)
        faults = []
        for k, p in enumerate(d.paragraphs, start=1):
            for f in p.faults:
                faults.append({"paragraph": k, "kind": f.kind, "note": f.note})
        annotations[f"{d.name}.docx"] = {"faults": faults}
    text = "# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n"
    text += yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
