"""Build the drafts of the blind set word-blind50 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph with the label Word shows (computed here)
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The set is about English drafts whose clause labels come from Word list levels that delegates define with text around
the number or with the number in words (ECMA-376 Part 1 §17.9 numbering, §17.18.59 ST_NumberFormat): level texts
"PP %1", "OP%1.", "Clause %1:", "Article %1", "%1)" and "(%1)" at level 0; number formats ordinalText ("First"),
cardinalText ("One"), ordinal ("1st"), upperLetter ("A."), upperRoman ("I."), decimalZero ("01."); bullets
(w:numFmt bullet with a Symbol or Wingdings glyph in w:lvlText, and a picture bullet, w:lvlPicBulletId) on the
preamble and inside an operative clause; w:suff nothing (the label touches the text); w:lvlJc right; w:isLgl on a
"%1.%2" level under an upperRoman level 0.

python-docx gives the package (its default template); styles, numbering.xml and the paragraphs are written as raw
WordprocessingML by the helpers below (written for this set; nothing of drafter or of another set is imported).
Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph number is the 1-based
index of the w:p in the body (no empty paragraphs, no tables), checked again on the saved file. The label of every
numbered paragraph is computed here as Word computes it (one counter set per w:num; deeper levels restart when a
shallower one is numbered; w:isLgl shows every number of the level text as an Arabic figure; the suffix after the
label is a tab, a space or nothing).
"""

from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import yaml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (f'xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# ---------------------------------------------------------------- number formats (ST_NumberFormat)

CARDINAL = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
ORDINAL = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
# the glyph Word draws for a bullet character of a symbol font (private-use code points of Symbol / Wingdings)
GLYPHS = {("Symbol", "\uf0b7"): "•", ("Wingdings", "\uf0a7"): "▪"}


def fmt_number(n: int, fmt: str) -> str:
    assert 1 <= n <= 10, (fmt, n)  # only values whose form is certain
    if fmt == "decimal":
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return chr(ord("a") + n - 1)
    if fmt == "upperLetter":
        return chr(ord("A") + n - 1)
    if fmt == "upperRoman":
        return ROMAN[n - 1]
    if fmt == "cardinalText":
        return CARDINAL[n - 1]
    if fmt == "ordinalText":
        return ORDINAL[n - 1]
    if fmt == "ordinal":
        return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n, "th")
    raise ValueError(fmt)


@dataclass
class Lvl:
    fmt: str
    text: str
    left: int = 720
    hanging: int = 360
    suff: str = "tab"          # tab / space / nothing
    jc: str = "left"           # w:lvlJc
    legal: bool = False        # w:isLgl
    font: str | None = None    # w:rFonts of a bullet glyph
    pic: int | None = None     # w:lvlPicBulletId

    def xml(self, i: int) -> str:
        rpr = f'<w:rPr><w:rFonts w:ascii="{self.font}" w:hAnsi="{self.font}" w:hint="default"/></w:rPr>' \
            if self.font else ""
        return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{self.fmt}"/>'
                + ("<w:isLgl/>" if self.legal else "")
                + (f'<w:suff w:val="{self.suff}"/>' if self.suff != "tab" else "")
                + f'<w:lvlText w:val="{escape(self.text)}"/>'
                + (f'<w:lvlPicBulletId w:val="{self.pic}"/>' if self.pic is not None else "")
                + f'<w:lvlJc w:val="{self.jc}"/>'
                f'<w:pPr><w:ind w:left="{self.left}" w:hanging="{self.hanging}"/></w:pPr>{rpr}</w:lvl>')

    def shown(self, values: list[int], lvls: list[Lvl]) -> str:
        if self.fmt == "bullet":
            label = "[picture]" if self.pic is not None else GLYPHS.get((self.font or "", self.text), self.text)
        else:
            label = self.text
            for k in range(len(lvls)):
                if f"%{k + 1}" in label:
                    label = label.replace(f"%{k + 1}", fmt_number(values[k], "decimal" if self.legal else lvls[k].fmt))
        return label + {"tab": "\t", "space": " ", "nothing": ""}[self.suff]


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)  # numId -> abstractId

    @property
    def pictures(self) -> bool:
        return any(lv.pic is not None for lvls in self.abstracts.values() for lv in lvls)

    def xml(self, pic_rid: str | None) -> list[str]:
        out = []
        if self.pictures:
            out.append(f'<w:numPicBullet {NSDECL} w:numPicBulletId="0"><w:pict>'
                       '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:9pt;height:9pt" o:bullet="t">'
                       f'<v:imagedata r:id="{pic_rid}" o:title=""/></v:shape></w:pict></w:numPicBullet>')
        for aid, lvls in self.abstracts.items():
            body = "".join(lv.xml(i) for i, lv in enumerate(lvls))
            out.append(f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}">'
                       f'<w:multiLevelType w:val="hybridMultilevel"/>{body}</w:abstractNum>')
        for nid, aid in self.nums.items():
            out.append(f'<w:num {NSDECL} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')
        return out

    def labels(self, paragraphs: list[P]) -> dict[int, str]:
        """The label Word draws on each numbered paragraph (index -> label text with its suffix)."""
        counters: dict[int, list[int]] = {}
        shown: dict[int, str] = {}
        for idx, p in enumerate(paragraphs, 1):
            if not p.num:
                continue
            nid, ilvl = p.num
            lvls = self.abstracts[self.nums[nid]]
            c = counters.setdefault(nid, [0] * len(lvls))
            c[ilvl] += 1
            for deeper in range(ilvl + 1, len(lvls)):
                c[deeper] = 0
            shown[idx] = lvls[ilvl].shown([v or 1 for v in c], lvls)
        return shown


# ---------------------------------------------------------------- the draft model


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    runs: list[tuple[str, bool]]           # (text, italic)
    num: tuple[int, int] | None = None     # (numId, ilvl) of a direct w:numPr
    faults: list[Fault] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


def plain(text: str, num: tuple[int, int] | None = None, faults: list[Fault] | None = None) -> P:
    return P([(text, False)], num, faults or [])


def lead(lead_text: str, rest: str, num: tuple[int, int] | None = None, faults: list[Fault] | None = None) -> P:
    return P([(lead_text, True), (rest, False)], num, faults or [])


def organ(text: str) -> P:
    return P([(text, True)])


@dataclass
class Draft:
    name: str
    numbering: Numbering
    paragraphs: list[P]


# ---------------------------------------------------------------- writing the package


def png() -> bytes:
    """A 12 x 12 dark-blue square (the picture of the picture bullet)."""
    raw = b"".join(b"\x00" + b"\x1f\x3a\x93" * 12 for _ in range(12))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 12, 12, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def setup(doc: docx.Document, numbering: Numbering) -> None:
    styles = doc.styles.element
    normal = (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '<w:qFormat/><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" '
              'w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US"/></w:rPr></w:style>')
    el = parse_xml(normal)
    for old in styles.findall(w("style")):
        if old.get(w("styleId")) == "Normal":
            styles.remove(old)
    styles.append(el)
    part = doc.part.numbering_part
    rid = None
    if numbering.pictures:
        img = Part(PackURI("/word/media/image1.png"), "image/png", png(), doc.part.package)
        rid = part.relate_to(img, RT.IMAGE)
    root = part.element
    for child in list(root):
        root.remove(child)
    for xml in numbering.xml(rid):
        root.append(parse_xml(xml))


def paragraph_xml(p: P) -> str:
    ppr = ""
    if p.num:
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr></w:pPr>'
    runs = ""
    for text, italic in p.runs:
        rpr = "<w:rPr><w:i/><w:iCs/></w:rPr>" if italic else ""
        runs += f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    return f"<w:p {NSDECL}>{ppr}{runs}</w:p>"


def build(d: Draft) -> None:
    doc = docx.Document()
    setup(doc, d.numbering)
    body = doc.element.body
    for old in list(body):
        if old.tag == w("p"):
            body.remove(old)
    sect = body.find(w("sectPr"))
    for p in d.paragraphs:
        sect.addprevious(parse_xml(paragraph_xml(p)))
    doc.core_properties.author = "delegate"
    out = HERE / d.name
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        count = len(etree.fromstring(z.read("word/document.xml")).find(w("body")).findall(w("p")))
    assert count == len(d.paragraphs), (d.name, count, len(d.paragraphs))
    labels = d.numbering.labels(d.paragraphs)
    for i, p in enumerate(d.paragraphs, 1):
        for f in p.faults:  # every quoted piece of a note stands in its paragraph or is the label Word draws
            whole = labels.get(i, "") + p.text
            for piece in f.note.split('"')[1::2]:
                assert all(part in whole for part in piece.split("…") if part), (d.name, i, piece)


# ---------------------------------------------------------------- the drafts

DRAFTS: list[Draft] = []
B07 = "(UN-B07, MUN-F05)"
B05 = "(UN-B05, MUN-F04)"
B10 = "(UN-B10, MUN-F06)"


def op_label(shown: str, how: str, want: int) -> Fault:
    return F("numbering", f'Word shows the operative clause\'s label as "{shown}" ({how}); operative clauses are numbered '
                          f'with Arabic numerals and a full stop, «{want}.» {B07}')


def pp_label(shown: str, how: str) -> Fault:
    return F("numbering", f'the preambular clause carries a list label, "{shown}" ({how}); preambular clauses are not '
                          f'numbered and carry no label, «(no label)» {B05}')


# en-w01: a delegate who writes PP/OP tags. The preamble is a list "PP %1" (decimal, suffix space: "PP 1 Recalling"),
# the operative part a list "OP%1." (decimal, tab) with "(%2)" lowerLetter sub-clauses (correct). The last clause was
# added by a co-sponsor on a list of its own, "%1)" with w:suff nothing: Word shows "1)Decides".
n = Numbering()
n.abstracts[0] = [Lvl("decimal", "PP %1", 0, 0, suff="space")]
n.abstracts[1] = [Lvl("decimal", "OP%1.", 720, 720), Lvl("lowerLetter", "(%2)", 1440, 720)]
n.abstracts[2] = [Lvl("decimal", "%1)", 0, 0, suff="nothing")]
n.nums = {1: 0, 2: 1, 3: 2}
PP = "list level text `PP %1`"
OP = "list level text `OP%1.`"
DRAFTS.append(Draft("en-w01-synthetic-media-elections-pp-op-level-text-glued-last.docx", n, [
    plain("Committee: Social, Humanitarian and Cultural Committee"),
    plain("Topic: Synthetic media and the integrity of elections"),
    plain("Sponsors: Estonia, Ghana, Republic of Korea, Uruguay"),
    plain("Signatories: Canada, Fiji, Kenya, Mongolia, Norway, Tunisia"),
    organ("The General Assembly,"),
    lead("Recalling", " article 21 of the Universal Declaration of Human Rights, which provides that the will of the "
         "people shall be the basis of the authority of government,", (1, 0), [pp_label("PP 1", PP)]),
    lead("Recognizing", " that artificially generated audio, images and video can now imitate real candidates at very "
         "low cost and in any language,", (1, 0), [pp_label("PP 2", PP)]),
    lead("Deeply concerned", " by fabricated recordings of candidates released in the last days before a vote, when "
         "there is too little time to correct them,", (1, 0), [pp_label("PP 3", PP)]),
    lead("Noting", " that many electoral management bodies lack the technical means to verify where a piece of "
         "content comes from,", (1, 0), [pp_label("PP 4", PP)]),
    lead("Welcoming", " the voluntary commitments of several technology companies to label content generated by "
         "artificial intelligence,", (1, 0), [pp_label("PP 5", PP)]),
    lead("Calls upon", " Member States to review their electoral laws so that they address the deliberate "
         "impersonation of candidates by synthetic media;", (2, 0), [op_label("OP1.", OP, 1)]),
    lead("Encourages", " electoral management bodies to:", (2, 0), [op_label("OP2.", OP, 2)]),
    plain("publish clear procedures for reporting suspected synthetic content during election periods;", (2, 1)),
    plain("work with journalists and fact-checkers to correct false content quickly;", (2, 1)),
    lead("Urges", " technology companies to attach provenance information to the images, audio and video that their "
         "tools generate;", (2, 0), [op_label("OP3.", OP, 3)]),
    lead("Requests", " the Office of the United Nations High Commissioner for Human Rights to prepare guidance on "
         "responses to synthetic media that respect freedom of expression.", (2, 0),
         [op_label("OP4.", OP, 4),
          F("operative-end-mark", 'the clause ends with a full stop "respect freedom of expression." although '
                                  'clauses follow; a non-final operative clause ends with a semicolon '
                                  '«respect freedom of expression;» (UN-B09, MUN-F05)')]),
    lead("Invites", " Member States to share their experience of protecting elections from synthetic media at a "
         "meeting convened by the Secretary-General;", (2, 0), [op_label("OP5.", OP, 5)]),
    lead("Decides", " to include in the provisional agenda of its eighty-second session the item entitled "
         "\u201cSynthetic media and the integrity of elections\u201d.", (3, 0),
         [F("numbering", 'the last clause was added on a list of its own (level text `%1)`, w:suff nothing): Word '
                         'shows "1)Decides", a label of the wrong form that restarts at 1 and touches the lead; '
                         f'expected «6. Decides» {B07}')]),
]))

# en-w02: ECOSOC. The preamble is a bullet list (w:numFmt bullet, lvlText U+F0B7 in Symbol: Word shows "•"); the
# operative part a list "Clause %1:" (decimal, tab); inside clause 3 a bulleted list (level 1, Wingdings U+F0A7: "▪").
n = Numbering()
n.abstracts[0] = [Lvl("bullet", "\uf0b7", 720, 360, font="Symbol")]
n.abstracts[1] = [Lvl("decimal", "Clause %1:", 1080, 1080), Lvl("bullet", "\uf0a7", 1440, 360, font="Wingdings")]
n.nums = {1: 0, 2: 1}
BUL = "a Symbol bullet list, w:numFmt bullet"
CL = "list level text `Clause %1:`"


def sq(want: str) -> Fault:
    return F("sub-clause-label", 'the item of the list inside the clause is marked with a bullet, "▪" (w:numFmt bullet, '
                                 f'Wingdings), not a letter; sub-clauses are labelled «({want})» {B10}')


DRAFTS.append(Draft("en-w02-fishing-gear-symbol-bullet-preamble-clause-colon-wingdings-items.docx", n, [
    plain("Committee: Economic and Social Council"),
    plain("Topic: Abandoned, lost or otherwise discarded fishing gear"),
    plain("Sponsors: Indonesia, Maldives, Portugal"),
    plain("Signatories: Chile, Iceland, Mauritius, Philippines, Senegal, Vanuatu"),
    organ("The Economic and Social Council,"),
    lead("Aware", " that lost nets go on trapping fish, turtles and marine mammals for years after they are "
         "abandoned,", (1, 0), [pp_label("•", BUL)]),
    lead("Noting", " the Voluntary Guidelines on the Marking of Fishing Gear endorsed by the Committee on Fisheries "
         "of the Food and Agriculture Organization of the United Nations,", (1, 0), [pp_label("•", BUL)]),
    lead("Concerned", " that small-scale fishers often have no port facility where worn-out gear can be handed in,",
         (1, 0), [pp_label("•", BUL)]),
    lead("Recognizing", " the work of coastal communities that retrieve derelict nets and recycle them into new "
         "products.", (1, 0),
         [pp_label("•", BUL),
          F("preambular-end-mark", 'the last preambular clause ends with a full stop "recycle them into new '
                                   'products."; preambular clauses end with a comma «into new products,» '
                                   f'{B05}')]),
    lead("Encourages", " Member States to require the marking of fishing gear so that lost gear can be traced to its "
         "owner;", (2, 0), [op_label("Clause 1:", CL, 1)]),
    lead("Calls upon", " port States to provide reception facilities for old and damaged fishing gear free of "
         "charge to small-scale fishers;", (2, 0), [op_label("Clause 2:", CL, 2)]),
    lead("Recommends", " that regional fisheries management organizations:", (2, 0),
         [op_label("Clause 3:", CL, 3)]),
    plain("set up systems through which vessels report gear lost at sea;", (2, 1), [sq("a")]),
    plain("support the retrieval of lost gear in the areas where it collects;", (2, 1), [sq("b")]),
    plain("share data on retrieved gear with the Food and Agriculture Organization;", (2, 1), [sq("c")]),
    lead("Invites", " the Food and Agriculture Organization to help developing States set up programmes for "
         "recycling fishing nets;", (2, 0), [op_label("Clause 4:", CL, 4)]),
    lead("Requests", " the Secretary-General to report to the Council at its next session on the implementation "
         "of the present resolution.", (2, 0), [op_label("Clause 5:", CL, 5)]),
]))

# en-w03: a picture bullet on the preamble (w:numPicBullet + w:lvlPicBulletId: a small blue square); operative
# clauses in ordinalText ("First", "Second" …, tab) with "%2)" lowerLetter sub-clauses (allowed, MUN-F06); the last
# clause pasted from another file on a list "(%1)" at level 0: "(1)".
n = Numbering()
n.abstracts[0] = [Lvl("bullet", "\uf0b7", 720, 360, font="Symbol", pic=0)]
n.abstracts[1] = [Lvl("ordinalText", "%1", 1440, 1440), Lvl("lowerLetter", "%2)", 1800, 360)]
n.abstracts[2] = [Lvl("decimal", "(%1)", 720, 720)]
n.nums = {1: 0, 2: 1, 3: 2}
PIC = "a picture bullet, w:lvlPicBulletId"
ORD = "w:numFmt ordinalText"


def pic_pp() -> Fault:
    return F("numbering", f'the preambular clause is marked with a picture bullet (a small blue square, {PIC}); '
                          f'preambular clauses are not numbered and carry no label, «(no label)» {B05}')


DRAFTS.append(Draft("en-w03-saltwater-farmland-picture-bullets-ordinal-text-paren-last.docx", n, [
    plain("Committee: Economic and Financial Committee"),
    plain("Topic: Salt-water intrusion into coastal farmland"),
    plain("Sponsors: Bangladesh, Egypt, Netherlands, Viet Nam"),
    plain("Signatories: Benin, Guyana, Kiribati, Mozambique, Suriname"),
    organ("The General Assembly,"),
    lead("Recalling", " the 2030 Agenda for Sustainable Development, in particular target 2.4 on sustainable food "
         "production systems,", (1, 0), [pic_pp()]),
    lead("Alarmed", " that rising seas, storm surges and the overpumping of groundwater push salt water into the "
         "rivers and aquifers used for irrigation,", (1, 0), [pic_pp()]),
    lead("Noting", " that rice yields fall sharply when irrigation water becomes brackish,", (1, 0), [pic_pp()]),
    lead("Aware", " that smallholder farmers in low-lying deltas have few means to adapt,", (1, 0), [pic_pp()]),
    lead("Welcoming", " research on salt-tolerant crop varieties by national and international agricultural "
         "research centres,", (1, 0), [pic_pp()]),
    lead("Encourages", " Member States to monitor the salinity of groundwater in coastal districts and to publish "
         "the results every season;", (2, 0), [op_label("First", ORD, 1)]),
    lead("Calls upon", " development partners to finance:", (2, 0), [op_label("Second", ORD, 2)]),
    plain("sluice gates and freshwater ponds that keep salt water out of irrigation canals;", (2, 1)),
    plain("the distribution of salt-tolerant seed to smallholder farmers;", (2, 1)),
    lead("Invites", " the Food and Agriculture Organization of the United Nations to map the farmland at risk of "
         "salinization;", (2, 0), [op_label("Third", ORD, 3)]),
    lead("Recommends", " that Member States regulate the drilling of new wells close to the coast,", (2, 0),
         [op_label("Fourth", ORD, 4),
          F("operative-end-mark", 'the clause ends with a comma "close to the coast,"; a non-final operative '
                                  'clause ends with a semicolon «close to the coast;» (UN-B09, MUN-F05)')]),
    lead("Requests", " the Secretary-General to include information on salt-water intrusion in his next report on "
         "agriculture development, food security and nutrition;", (2, 0), [op_label("Fifth", ORD, 5)]),
    lead("Decides", " to include in the provisional agenda of its eighty-second session the item entitled "
         "\u201cAgriculture development, food security and nutrition\u201d.", (3, 0),
         [F("numbering", 'the last clause, pasted from another file, is on a list of its own (level text `(%1)`): '
                         f'Word shows "(1)", a label in brackets that restarts at 1; expected «6.» {B07}')]),
]))

# en-w04: World Health Assembly. Operative clauses on a list "Article %1" in cardinalText ("Article One", tab) with
# "(%2)" sub-clauses (correct); the last two clauses pasted from a co-sponsor's file on a list in w:numFmt ordinal
# ("1st", "2nd").
n = Numbering()
n.abstracts[0] = [Lvl("cardinalText", "Article %1", 1800, 1800), Lvl("lowerLetter", "(%2)", 2160, 360)]
n.abstracts[1] = [Lvl("ordinal", "%1", 720, 720)]
n.nums = {1: 0, 2: 1}
ART = "list level text `Article %1` in w:numFmt cardinalText"
ORDN = "w:numFmt ordinal, on a list of its own pasted from a co-sponsor's file"
DRAFTS.append(Draft("en-w04-rabies-article-cardinal-text-pasted-ordinal.docx", n, [
    plain("Committee: World Health Assembly"),
    plain("Topic: Ending human deaths from dog-mediated rabies by 2030"),
    plain("Sponsors: India, Philippines, United Republic of Tanzania"),
    plain("Signatories: Bhutan, Haiti, Kenya, Lao People\u2019s Democratic Republic, Peru, Sri Lanka"),
    organ("The World Health Assembly,"),
    lead("Recalling", " the global strategic plan to end human deaths from dog-mediated rabies by 2030,"),
    lead("Deeply concerned", " that rabies still kills tens of thousands of people every year, most of them children "
         "in rural areas of Asia and Africa,"),
    lead("Recognizing", " that vaccinating at least seventy per cent of the dogs in an area can interrupt "
         "transmission,"),
    lead("Noting", " that post-exposure prophylaxis is often out of stock or too expensive in rural health centres,"),
    lead("Urges", " Member States to include rabies vaccines and rabies immunoglobulin in their national lists of "
         "essential medicines;", (1, 0), [op_label("Article One", ART, 1)]),
    lead("Encourages", " Member States to organize mass dog vaccination campaigns:", (1, 0),
         [op_label("Article Two", ART, 2)]),
    plain("in cooperation with veterinary services and local authorities;", (1, 1)),
    plain("with the participation of schools and community leaders;", (1, 1)),
    lead("Calls upon", " Member States to make bite victims\u2019 treatment free of charge at the point of care;",
         (1, 0), [op_label("Article Three", ART, 3)]),
    lead("Further Encourages", " Member States to report human rabies cases and deaths to the World Health "
         "Organization every year;", (1, 0),
         [op_label("Article Four", ART, 4),
          F("capital-after-lead", 'the second word of the lead is capitalized, "Further Encourages"; only the '
                                  'first word of the lead takes a capital, «Further encourages» (UN-B12, MUN-F03)')]),
    lead("Requests", " the Director-General to support Member States in the procurement of vaccines through the "
         "Organization\u2019s prequalification programme;", (1, 0), [op_label("Article Five", ART, 5)]),
    lead("Invites", " Gavi, the Vaccine Alliance, to consider support for human rabies vaccines in eligible "
         "countries;", (2, 0), [op_label("1st", ORDN, 6)]),
    lead("Decides", " to review progress towards ending human deaths from rabies at the Eighty-first World Health "
         "Assembly.", (2, 0), [op_label("2nd", ORDN, 7)]),
]))

# en-w05: UN Environment Assembly. Operative clauses on an upperRoman list "%1." ("I.", tab); the bycatch measures
# on level 1, level text "%1.%2" with w:isLgl (legal numbering): Word shows "2.1", "2.2", "2.3".
n = Numbering()
n.abstracts[0] = [Lvl("upperRoman", "%1.", 720, 720), Lvl("lowerLetter", "%1.%2", 1440, 720, legal=True)]
n.nums = {1: 0}
ROM = "w:numFmt upperRoman, level text `%1.`"


def lgl(shown: str, want: str) -> Fault:
    return F("sub-clause-label", f'Word shows the sub-clause\'s label as "{shown}" (level 1, level text `%1.%2` with '
                                 'w:isLgl: legal numbering draws the Roman clause number and the letter as Arabic '
                                 f'figures); sub-clauses are labelled «({want})» {B10}')


DRAFTS.append(Draft("en-w05-river-dolphins-upper-roman-legal-sub-level.docx", n, [
    plain("Committee: United Nations Environment Assembly"),
    plain("Topic: Protecting river dolphins"),
    plain("Sponsors: Brazil, Cambodia, Pakistan"),
    plain("Signatories: Bangladesh, Bolivia (Plurinational State of), Colombia, Ecuador, Nepal, Peru"),
    organ("The United Nations Environment Assembly,"),
    lead("Recalling", " the Global Declaration for River Dolphins adopted by range States in Bogot\u00e1 in 2023,"),
    lead("Alarmed", " that populations of river dolphins have fallen by about three quarters since the 1970s,"),
    lead("Noting", " that gillnets, dams and the mercury used in small-scale gold mining are among the main threats "
         "to these species,"),
    lead("Aware", " that river dolphins show the health of rivers on which millions of people depend,"),
    lead("Emphasizing", " the role of indigenous peoples and riverside communities in monitoring dolphin "
         "populations;", None,
         [F("preambular-end-mark", 'the preambular clause ends with a semicolon "monitoring dolphin populations;"; '
                                   f'preambular clauses end with a comma «monitoring dolphin populations,» {B05}')]),
    lead("Calls upon", " range States to protect the river stretches where dolphins feed and breed;", (1, 0),
         [op_label("I.", ROM, 1)]),
    lead("Encourages", " range States to reduce the bycatch of dolphins by:", (1, 0), [op_label("II.", ROM, 2)]),
    plain("replacing gillnets with gear that does not entangle dolphins in known dolphin habitats;", (1, 1),
          [lgl("2.1", "a")]),
    plain("closing fisheries during the months when calves are born;", (1, 1), [lgl("2.2", "b")]),
    plain("compensating fishers for the income lost during such closures;", (1, 1), [lgl("2.3", "c")]),
    lead("Urges", " Member States that plan new dams to assess their effects on dolphin habitats before "
         "construction begins;", (1, 0), [op_label("III.", ROM, 3)]),
    lead("Requests", " the Executive Director to support range States in phasing out the use of mercury in "
         "small-scale gold mining;", (1, 0), [op_label("IV.", ROM, 4)]),
    lead("Invites", " the secretariat of the Convention on the Conservation of Migratory Species of Wild Animals to "
         "cooperate with range States on shared river basins;", (1, 0), [op_label("V.", ROM, 5)]),
    lead("Decides", " to review the implementation of the present resolution at its eighth session.", (1, 0),
         [op_label("VI.", ROM, 6)]),
]))

# en-w06: a merged draft. Its own list is correct: decimal "%1." with w:lvlJc right (the figures aligned on their
# right edge), "(%2)" sub-clauses. Two clauses pasted from a merged working paper keep their list, upperLetter "%1."
# ("A.", "B."); the draft's own list then goes on at "6." and "7."; the last clause was typed on a new list in
# decimalZero ("01.").
n = Numbering()
n.abstracts[0] = [Lvl("decimal", "%1.", 720, 360, jc="right"), Lvl("lowerLetter", "(%2)", 1440, 720)]
n.abstracts[1] = [Lvl("upperLetter", "%1.", 720, 720)]
n.abstracts[2] = [Lvl("decimalZero", "%1.", 720, 720)]
n.nums = {1: 0, 2: 1, 3: 2}
LET = "w:numFmt upperLetter, on the list of a merged working paper"
DRAFTS.append(Draft("en-w06-ied-merged-right-aligned-upper-letter-decimal-zero.docx", n, [
    plain("Committee: Disarmament and International Security Committee"),
    plain("Topic: Countering the threat posed by improvised explosive devices"),
    plain("Sponsors: Afghanistan, Colombia, France, Nigeria"),
    plain("Signatories: Australia, Cameroon, Iraq, Mali, Norway, Somalia, Ukraine"),
    organ("The General Assembly,"),
    lead("Recalling", " its previous resolutions on countering the threat posed by improvised explosive devices,"),
    lead("Gravely concerned", " that improvised explosive devices kill and injure thousands of civilians every year, "
         "including long after the end of hostilities,"),
    lead("Noting", " that many such devices are built from commercially available components, such as fertilizers, "
         "detonators and mobile telephones,"),
    lead("Recognizing", " the contribution of the United Nations Mine Action Service to the training of national "
         "authorities,"),
    lead("Stressing", " that the clearance of explosive devices is a precondition for the return of displaced "
         "persons,"),
    lead("Encourages", " Member States to strengthen controls on the sale and transfer of precursor chemicals that "
         "can be used to make explosives;", (1, 0)),
    lead("Calls upon", " Member States to share information on the design of devices found in their territory "
         "through the International Criminal Police Organization;", (1, 0)),
    lead("Urges", " Member States to provide assistance to victims of improvised explosive devices, including:",
         (1, 0)),
    plain("medical care and physical rehabilitation;", (1, 1)),
    plain("psychological support and help in returning to work;", (1, 1)),
    lead("Invites", " the private sector to mark commercial detonators so that they can be traced;", (1, 0)),
    lead("Welcomes", " regional training centres for the disposal of explosive devices;", (1, 0)),
    lead("Requests", " the United Nations Institute for Disarmament Research to study the supply chains of the "
         "components used in such devices;", (2, 0), [op_label("A.", LET, 6)]),
    lead("Recommends", " that Member States include the threat of such devices in the training of their police "
         "forces;", (2, 0), [op_label("B.", LET, 7)]),
    lead("Emphasizes", " the need for the protection of schools and hospitals against attacks with explosive "
         "devices;", (1, 0),
         [F("numbering", 'the draft\'s own list goes on after the two pasted clauses, so Word shows "6." here, the '
                         f'eighth operative clause; the clauses are numbered consecutively, «8.» {B07}')]),
    lead("Further requests", " the Secretary-General to submit to the General Assembly at its eighty-second session "
         "a report on the implementation of the present resolution;", (1, 0),
         [F("numbering", f'Word shows "7." on the ninth operative clause (the draft\'s own list, continued after '
                         f'the two pasted clauses A and B); expected «9.» {B07}')]),
    lead("Decides", " to include in the provisional agenda of its eighty-second session the item entitled "
         "\u201cCountering the threat posed by improvised explosive devices\u201d.", (3, 0),
         [op_label("01.", "w:numFmt decimalZero, a new list that restarts at 1", 10)]),
]))


def write_annotations() -> None:
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(d.paragraphs, 1) for f in p.faults]
        data[d.name] = {"faults": faults}
    header = ("# word-blind50: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md by what Word shows (see README.md).\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def listing() -> None:
    for d in DRAFTS:
        labels = d.numbering.labels(d.paragraphs)
        print(f"{d.name}  ({len(d.paragraphs)} paragraphs, {sum(len(p.faults) for p in d.paragraphs)} faults)")
        for i, p in enumerate(d.paragraphs, 1):
            shown = labels.get(i, "").replace("\t", "⇥")
            num = f" numPr{p.num}" if p.num else ""
            print(f"  {i:2}{num:14} [{shown}] {p.text[:56]}")
            for f in p.faults:
                print(f"       ! {f.kind}: {f.note[:100]}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for d in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / d.name)],
                       check=True, capture_output=True)
        pdf = out / (Path(d.name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / Path(d.name).stem)], check=True)


if __name__ == "__main__":
    if "--list" in sys.argv:
        listing()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        for d in DRAFTS:
            build(d)
        write_annotations()
