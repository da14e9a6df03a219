"""Build the drafts of the blind set word-blind23 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 50-dpi PNG pages of each draft

The drafts imitate .docx files written on phones and tablets (Word for iOS / Android, WPS Office mobile, Google Docs
on a phone, Pages on an iPad) and with desktop Word's AutoFormat as you type: clauses separated by manual line breaks
(Shift+Enter, `w:br`) inside one paragraph, "1." and "(a)" turned into automatic lists for some clauses and typed for
others, smart quotes, no-break spaces (U+00A0, U+202F), zero-width spaces, an em dash typed as "--", leads emphasised
only in part or not at all, a text box, a pasted screenshot of a clause (an inline picture), tabs for indentation.

Written for this set (helper word-blind23, round 16); nothing imported from drafter or from another set's script.
python-docx gives the package (its default template and "List Paragraph" style); numbering.xml entries, text boxes
and pictures are written with lxml. Faults are marked with F(kind, note) next to the paragraph that carries them; the
paragraph index is the 1-based index of the body's `w:p` (a text box's paragraphs are annotated on the body paragraph
that anchors the box), checked again on the saved file.

Labels Word shows: an automatic list's counter belongs to its abstractNum (each list below has its own abstractNum
and one w:num, except where a second run of the same list is meant to continue it); a paragraph without w:numPr
shows no label (a typed label is text) and counts nothing.
"""

from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NBSP, NNBSP, ZWSP = "\u00a0", "\u202f", "\u200b"


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
    """A run: text ("\n" = manual line break w:br, "\t" = w:tab) with italic / underline / bold."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False


@dataclass
class Pic:
    """An inline picture (a pasted screenshot)."""
    width_px: int
    height_px: int
    lines: int
    name: str


@dataclass
class Box:
    """A text box anchored in the paragraph (Word's wps shape with its VML fallback)."""
    paragraphs: list[list[R]]


@dataclass
class P:
    runs: list[R | Pic | Box]
    num: tuple[str, int] | None = None  # (list name, level)
    faults: list[F] = field(default_factory=list)
    indent: tuple[int, int] | None = None  # (left, hanging) in twips, direct formatting
    first_line: int | None = None
    center: bool = False


@dataclass
class ListDef:
    """One automatic list: its abstractNum look (numFmt, lvlText) and indent."""
    fmt: str
    text: str
    left: int = 720
    hanging: int = 360


@dataclass
class Draft:
    name: str
    lang: str
    lists: dict[str, ListDef]
    paragraphs: list[P]


# ---------------------------------------------------------------- XML helpers

def run_xml(r: R, zh: bool) -> list[etree._Element]:
    """The w:r elements of a run: text pieces, w:tab and w:br each in the same run properties."""
    node = el("r")
    rpr = el("rPr")
    if r.b:
        rpr.append(el("b"))
    if r.i:
        rpr.append(el("i"))
    if r.u:
        rpr.append(el("u", {"val": "single"}))
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
    return [node]


def png_bytes(width: int, height: int, lines: int) -> bytes:
    """A grey-on-white PNG that looks like a screenshot of a few lines of text (bars for words)."""
    rows = []
    line_h = height // (lines + 1)
    for y in range(height):
        row = bytearray()
        k = y // line_h
        in_line = 1 <= k <= lines and (y % line_h) in range(line_h // 3, 2 * line_h // 3)
        for x in range(width):
            word = (x // 9 + k) % 7 != 0  # gaps between "words"
            last_short = k == lines and x > width * 0.6
            ink = in_line and word and 12 < x < width - 12 and not last_short
            row += b"\x50\x50\x50" if ink else b"\xff\xff\xff"
        rows.append(b"\x00" + bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


BOX_XML = """<w:r xmlns:w="{w}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="2560320" cy="1188720"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{id}" name="Text Box {id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2560320" cy="1188720"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
 xmlns:o="urn:schemas-microsoft-com:office:office" path="m,l,21600r21600,l21600,xe"><v:path gradientshapeok="t"
 o:connecttype="rect"/></v:shapetype><v:shape id="Text Box {id}" type="#_x0000_t202"
 style="position:absolute;margin-left:0;margin-top:0;width:201.6pt;height:93.6pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin"><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""


def box_run(box: Box, ident: int, zh: bool) -> etree._Element:
    content = ""
    for runs in box.paragraphs:
        p = el("p")
        for r in runs:
            for node in run_xml(r, zh):
                p.append(node)
        content += etree.tostring(p, encoding="unicode")
    xml = BOX_XML.format(w=W_NS, id=ident, content=content)
    return etree.fromstring(xml)


def numbering(doc: docx.document.Document, lists: dict[str, ListDef]) -> dict[str, int]:
    """Add one abstractNum + num per list; return list name -> numId."""
    root = doc.part.numbering_part.element
    ids = {}
    first_num = root.find(w("num"))
    for k, (name, ld) in enumerate(lists.items()):
        abstract_id = 40 + k
        num_id = 40 + k
        lvl = el("lvl", {"ilvl": "0"},
                 el("start", {"val": "1"}), el("numFmt", {"val": ld.fmt}), el("lvlText", {"val": ld.text}),
                 el("lvlJc", {"val": "left"}),
                 el("pPr", None, el("ind", {"left": str(ld.left), "hanging": str(ld.hanging)})))
        abstract = el("abstractNum", {"abstractNumId": str(abstract_id)},
                      el("multiLevelType", {"val": "singleLevel"}), lvl)
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            root.append(abstract)
        root.append(el("num", {"numId": str(num_id)}, el("abstractNumId", {"val": str(abstract_id)})))
        ids[name] = num_id
    return ids


def to_letter(n: int) -> str:
    return chr(ord("a") + n - 1)


def labels(draft: Draft) -> list[str]:
    """The label Word shows before each body paragraph ("" when none)."""
    counters: dict[str, int] = {}
    out = []
    for p in draft.paragraphs:
        if p.num is None:
            out.append("")
            continue
        name = p.num[0]
        counters[name] = counters.get(name, 0) + 1
        ld = draft.lists[name]
        value = str(counters[name]) if ld.fmt == "decimal" else to_letter(counters[name])
        out.append(ld.text.replace("%1", value))
    return out


def build(draft: Draft, out: Path) -> int:
    """Write the draft; return the number of body paragraphs written."""
    doc = docx.Document()
    zh = draft.lang == "zh"
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), "宋体" if zh else "Times New Roman")
    ids = numbering(doc, draft.lists)
    body = doc.element.body
    box_id = 1
    for p in draft.paragraphs:
        para = doc.add_paragraph(style="List Paragraph" if p.num else None)
        pe = para._p
        ppr = pe.get_or_add_pPr()
        if p.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(p.num[1])}), el("numId", {"val": str(ids[p.num[0]])})))
        if p.indent or p.first_line is not None:
            attrs = {}
            if p.indent:
                attrs = {"left": str(p.indent[0]), "hanging": str(p.indent[1])}
            if p.first_line is not None:
                attrs["firstLine"] = str(p.first_line)
            ppr.append(el("ind", attrs))
        if p.center:
            ppr.append(el("jc", {"val": "center"}))
        for item in p.runs:
            if isinstance(item, R):
                for node in run_xml(item, zh):
                    pe.append(node)
            elif isinstance(item, Pic):
                tmp = out.with_suffix(f".{item.name}.png")
                tmp.write_bytes(png_bytes(item.width_px, item.height_px, item.lines))
                run = para.add_run()
                run.add_picture(str(tmp), width=Pt(item.width_px * 0.75))
                tmp.unlink()
            elif isinstance(item, Box):
                pe.append(box_run(item, box_id, zh))
                box_id += 1
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(w("p")))
    del body
    return count


# ---------------------------------------------------------------- shorthand for the texts

def i(text: str) -> R:
    return R(text, i=True)


def u(text: str) -> R:
    return R(text, u=True)


def b(text: str) -> R:
    return R(text, b=True)


def t(text: str) -> R:
    return R(text)


EN_HEAD_RULES = "(UN-B05, MUN-F04)"

# ---------------------------------------------------------------- the drafts

DRAFTS: list[Draft] = []

# en-p01: Word for iOS. Clauses typed on a phone; Shift+Enter (the "return" key of the on-screen keyboard with the
# shift key held, or a pasted note) leaves manual line breaks inside paragraphs. Labels typed, no automatic list.
DRAFTS.append(Draft("en-p01-ios-word-soft-breaks-hearing-loops.docx", "en", {}, [
    P([t("Committee: Social, Humanitarian and Cultural Committee")]),
    P([t("Topic: Access to public life for persons with hearing loss")]),
    # heading lines kept apart by a manual line break: both fields are there
    P([t("Sponsors: Denmark, Ghana, New Zealand\nSignatories: Chile, Fiji, Jordan, Nepal, Portugal")]),
    P([i("The General Assembly,")]),
    P([i("Recalling"), t(" the Convention on the Rights of Persons with Disabilities, in particular its article 9 on "
                         "accessibility,")]),
    # a line break inside one clause (the student wrapped the line by hand): no fault
    P([i("Aware"), t(" that one person in five lives with some degree\nof hearing loss and that the number rises "
                     "with age,")]),
    P([i("Noting"), t(" that hearing loops and live captioning remain rare in railway stations, courts and clinics,\n"),
       i("Concerned"), t(" that announcements of delays and emergencies are often given by voice alone,")],
      faults=[F("other", 'two preambular clauses in one paragraph: after a manual line break (Shift+Enter) '
                         '"Concerned that announcements of delays..." stands as a clause of its own inside the '
                         'paragraph of "Noting that hearing loops..."; one preambular clause per paragraph, each '
                         'opening with its lead («..., courts and clinics,» then «Concerned that ...,» on its own) '
                         '(UN-B03, UN-B05, MUN-F04)')]),
    # a manual line break left at the very end of the paragraph: the clause still ends with ","
    P([i("Convinced"), t(" that most of these barriers cost little to remove,\n")]),
    P([t("1. "), u("Encourages"), t(" Member States to install induction loops at ticket counters, service desks and "
                                    "places of worship;")]),
    P([t("2. "), u("Calls upon"), t(" transport operators to show every spoken announcement as text on station screens "
                                    "at the same time;\n3. "),
       u("Recommends"), t(" that courts provide real-time captioning to any party who asks for it;")],
      faults=[F("numbering", 'two operative clauses in one paragraph: after a manual line break "3. Recommends that '
                             'courts provide real-time captioning..." stands as a numbered clause of its own inside '
                             'clause 2; each numbered clause a paragraph of its own (UN-B07, MUN-F05)')]),
    # sub-clauses after manual line breaks inside their chapeau's paragraph: labels and marks are right
    P([t("4. "), u("Urges"), t(" public services to offer, free of charge:\na) portable loop receivers at front "
                               "desks;\nb) a text-based way to call emergency services;")]),
    P([t("5. "), u("Requests"), t(" the Secretary-General to report on progress to the General Assembly at its "
                                  "eighty-second session;")],
      faults=[F("operative-end-mark", 'the last operative clause ends with ";" ("...eighty-second session;") '
                                      'instead of «.» (UN-B09, MUN-F05)')]),
]))

# en-p02: desktop Word, AutoFormat as you type. "1. " and "(a) " typed at the start of a paragraph became automatic
# lists (the typed label gone, a numPr added); one clause's label was kept as text (Ctrl+Z after the AutoFormat);
# the second "(a)" list continued the first (Word's default when the same list is typed again), "--" became an
# em dash, "2015-2030" an en dash, straight quotes smart quotes, the first word after "(a)" capitalised.
DRAFTS.append(Draft("en-p02-autoformat-typed-and-auto-numbers-tsunami-sirens.docx", "en",
                    {"ops": ListDef("decimal", "%1."), "subs": ListDef("lowerLetter", "(%1)", 1080, 360)}, [
    P([t("Committee: Economic and Financial Committee")]),
    P([t("Topic: Last-mile warning of tsunamis for coastal communities")]),
    P([t("Sponsors: Chile, Indonesia, Tonga")]),
    P([t("Signatories: Ecuador, Maldives, Mozambique, Samoa, Sri Lanka")]),
    P([i("The General Assembly,")]),
    P([i("Recalling"), t(" the Sendai Framework for Disaster Risk Reduction 2015\u20132030,")]),
    P([i("Noting"), t(" that a tsunami may reach the nearest shore within twenty minutes \u2014 sometimes less \u2014 "
                      "of the earthquake that causes it,")]),
    P([i("Alarmed"), t(" that many coastal sirens stand silent because their batteries were never replaced,")]),
    P([i("Welcoming"), t(" the \u201cTsunami Ready\u201d recognition programme of the Intergovernmental "
                         "Oceanographic Commission,")]),
    P([u("Encourages"), t(" coastal States to test every siren on a fixed day each month and to publish the "
                          "results;")], num=("ops", 0)),
    P([u("Urges"), t(" Member States to mark evacuation routes with signs that can be read at night:")],
      num=("ops", 0)),
    P([t("Using reflective paint and pictograms that need no words;")], num=("subs", 0)),
    P([t("Placing a sign at least every two hundred metres along each route;")], num=("subs", 0)),
    # AutoFormat undone: the label "3." is typed text followed by a tab, at the list's indent
    P([t("3.\t"), u("Calls upon"), t(" local authorities to hold an evacuation drill in every coastal school at least "
                                     "once a year;")], indent=(720, 360)),
    P([u("Requests"), t(" regional warning centres to send each warning by text message to:")], num=("ops", 0),
      faults=[F("numbering", 'the clause is back in the automatic list, which never counted the typed "3." above: '
                             'Word shows "3." a second time; operative clauses are numbered consecutively (expected '
                             '«4.») (UN-B07, MUN-F05)')]),
    P([t("Fishing crews at sea;")], num=("subs", 0),
      faults=[F("sub-clause-label", 'the "(a)" typed here continued the automatic list of the sub-clauses of clause 2: '
                                    'Word shows "(c)" for the first sub-clause of this clause (expected «(a)») '
                                    '(UN-B10, MUN-F06)')]),
    P([t("Visitors staying in coastal hotels;")], num=("subs", 0),
      faults=[F("sub-clause-label", 'second sub-clause of this clause shown "(d)" (the same continued list); '
                                    'expected «(b)» (UN-B10, MUN-F06)')]),
    P([u("Invites"), t(" the Intergovernmental Oceanographic Commission to report on siren coverage to the General "
                       "Assembly in 2028.")], num=("ops", 0)),
]))

# en-p03: Google Docs on an Android phone, downloaded as .docx. French-keyboard spacing (U+00A0 before ":", U+202F
# before ";"), a zero-width space pasted with a lead from a web page and one after an end mark, smart quotes, em
# dashes, a trailing no-break space; emphasis applied with a finger on the phone: a lead italicised only in part, a
# clause left in one plain run, an operative lead underlined only in part. Clauses in Google Docs' own "1." list.
DRAFTS.append(Draft("en-p03-google-docs-phone-spaces-partial-emphasis-crossings.docx", "en",
                    {"ops": ListDef("decimal", "%1.")}, [
    P([t(f"Committee{NBSP}: Economic and Social Council")]),
    P([t(f"Topic{NBSP}: Safe street crossings for blind and partially sighted pedestrians")]),
    P([t(f"Sponsors{NBSP}: Kenya, Poland, Uruguay")]),
    P([t(f"Signatories{NBSP}: Bhutan, Croatia, Malawi, Panama")]),
    P([i("The Economic and Social Council,")]),
    P([i("Recognizing"), t(" that a pedestrian who cannot see the signal must guess when it is safe to cross,")]),
    P([i("Deeply"), t(" concerned that quiet electric vehicles give blind pedestrians less warning than engines did,")],
      faults=[F("emphasis", 'the lead "Deeply concerned" is italic only in part ("Deeply"); the whole lead phrase is '
                            'italic, as in every other preambular clause («Deeply concerned») (UN-B04, MUN-F02)')]),
    P([t("Bearing in mind that tactile paving costs little when a pavement is rebuilt anyway,")],
      faults=[F("emphasis", 'the lead "Bearing in mind" is not italic (the whole clause is one plain run), unlike '
                            'every other preambular lead (UN-B04, MUN-F02)')]),
    P([i("Noting"), t(" the guidance on \u201caccessible pedestrian signals\u201d published by several national "
                      f"road authorities,{NBSP}")]),
    P([i("Convinced"), t(" that the people who use crossings every day should be asked before crossings are "
                         "redesigned;")],
      faults=[F("preambular-end-mark", 'preambular clause ends with ";" ("...before crossings are redesigned;") '
                                       'instead of «,» (UN-B05, MUN-F04)')]),
    P([t(ZWSP), u("Encourages"), t(" Member States to fit every signalled crossing with an audible and a vibrating "
                                   "signal;")], num=("ops", 0)),
    P([u("Calls"), t(" upon city authorities to lay tactile paving \u2014 a strip of raised dots \u2014 at the kerb "
                     "of each crossing;")], num=("ops", 0),
      faults=[F("emphasis", 'the lead "Calls upon" is underlined only in part ("Calls"); the whole operative lead '
                            'phrase is underlined as in the other clauses («Calls upon») (MUN-F03)')]),
    P([u("Recommends"), t(f" that crossing times allow for a person walking at 0.8{NBSP}metres per second;{ZWSP}")],
      num=("ops", 0)),
    P([u("Invites"), t(f" organizations of blind persons to test new crossings before they open{NNBSP};")],
      num=("ops", 0)),
    P([u("Requests"), t(" the Secretary-General to collect examples of good practice and share them with Member "
                        f"States by 2028.{NBSP}")], num=("ops", 0)),
]))

# en-p04: Pages on an iPad, exported to Word. The sponsor block sits in a text box beside the title; clauses are
# indented with tabs and typed labels ("1.<tab>", "<tab><tab>a)<tab>"); one clause was pasted as a screenshot of
# another student's draft (an inline picture after the typed label).
DRAFTS.append(Draft("en-p04-pages-ipad-text-box-screenshot-tabs-manholes.docx", "en", {}, [
    P([b("DRAFT RESOLUTION 2.1"),
       Box([[t("Sponsors: Bangladesh, Colombia, Morocco")],
            [t("Signatories: Austria, Benin, Guatemala, Laos, Lebanon")]])], center=True),
    P([t("Committee: Economic and Financial Committee")]),
    P([t("Topic: Open manholes and uncovered drains in growing cities")]),
    P([i("The General Assembly,")]),
    P([t("\t"), i("Recalling"), t(" the New Urban Agenda and its commitment to safe public spaces for all,")]),
    P([t("\t"), i("Noting with concern"), t(" that children and older persons fall into open manholes every rainy "
                                            "season, often where covers have been stolen for scrap metal")],
      faults=[F("preambular-end-mark", 'preambular clause ends with no mark ("...stolen for scrap metal") instead of '
                                       '«,» (UN-B05, MUN-F04)')]),
    P([t("\t"), i("Recognizing"), t(" that a missing cover is cheap to replace but hard to notice in floodwater,")]),
    P([t("1.\t"), u("Encourages"), t(" Member States to keep a public map of manholes and the date each cover was last "
                                     "checked;")], indent=(720, 720)),
    P([t("2.\t"), u("Urges"), t(" city authorities to fit locking covers in busy streets. Covers made of concrete "
                                "composite have no value as scrap;")], indent=(720, 720),
      faults=[F("full-stop-inside-clause", 'a full stop inside non-final clause 2 ("...in busy streets. Covers made '
                                           'of...") - the resolution is one sentence; «;» or «,» between the two parts '
                                           '(MUN-F05)')]),
    P([t("3.\t"), Pic(420, 90, 3, "screenshot")], indent=(720, 720),
      faults=[F("other", 'clause 3 is a pasted screenshot (an inline picture after the typed label "3."): the '
                         'paragraph has no clause text, no lead and no end mark that a reader or a search can see; '
                         'the clause must be typed (UN-B06, MUN-F05)')]),
    P([t("4.\t"), u("Recommends"), t(" that warning signs be placed around any open manhole during repairs:")],
      indent=(720, 720)),
    P([t("\t\ta)\tby the crew doing the work, before the cover is lifted;")]),
    P([t("\t\tb)\twith lights that stay on through the night;")]),
    P([t("5.\t"), u("Requests"), t(" the Secretary-General to report on progress to the General Assembly at its "
                                   "eighty-third session.")], indent=(720, 720)),
]))

# zh-p05: WPS Office on an Android phone. First-line indent typed as two ideographic spaces; sponsor lines joined by
# a manual line break; two preambular clauses joined by a manual line break; WPS turned "1." into an automatic list
# for the first two clauses, the next two were typed "3、" "4、" (the Chinese keyboard's enumeration comma), the last
# one typed "5.".
DRAFTS.append(Draft("zh-p05-wps-mobile-joined-clauses-typed-labels-nursing-rooms.docx", "zh",
                    {"ops": ListDef("decimal", "%1.")}, [
    P([b("决议草案")], center=True),
    P([t("委员会：经济及社会理事会")]),
    P([t("议题：公共场所母婴室的建设与管理")]),
    P([t("起草国：挪威、泰国、乌干达\n附议国：阿根廷、冰岛、蒙古、斯里兰卡、突尼斯")]),
    P([b("经济及社会理事会"), t("，")]),
    P([t("\u3000\u3000"), u("回顾"), t("《儿童权利公约》关于儿童享有可达到的最高标准的健康的规定，")]),
    P([t("\u3000\u3000"), u("注意到"), t("世界卫生组织建议婴儿出生后头六个月纯母乳喂养，\n\u3000\u3000"),
       u("关切地注意到"), t("许多车站、商场和医院没有可供哺乳的私密空间，")],
      faults=[F("other", '两个序言性条款在同一段内：手动换行（Shift+Enter）之后的"关切地注意到许多车站……"是另一个条款，'
                         '应另起一段（«……纯母乳喂养，» 与 «关切地注意到……，» 各为一段）(UN-B03, UN-B05, ZH-B02)')]),
    P([t("\u3000\u3000"), u("认识到"), t("母婴室的建设成本不高，但需要有人负责日常清洁和维护,")],
      faults=[F("half-width-punctuation-in-chinese", '序言性条款以半角逗号 "," 结尾（"……日常清洁和维护,"）；'
                                                     '应为全角 «，» (ZH-B02, ZH-P01)')]),
    P([t("\u3000\u3000"), u("欢迎"), t("一些城市在地图软件上标注母婴室位置的做法，")]),
    P([u("鼓励"), t("会员国制定公共场所母婴室的建设标准，明确面积、洗手台和尿布台等基本设施；")], num=("ops", 0)),
    P([u("促请"), t("交通枢纽、大型商场和医院在新建或改建时同步配置母婴室；")], num=("ops", 0)),
    P([t("3、"), u("请"), t("各地卫生部门每年检查母婴室的开放时间和卫生状况，并公布检查结果；")],
      faults=[F("numbering", '行动性条款编号写成 "3、"（顿号）；应为阿拉伯数字加半角句点 «3.» (UN-B07, ZH-B03)')]),
    P([t("4、"), u("邀请"), t("用人单位为哺乳期员工提供带门锁的休息室和冷藏设备；")],
      faults=[F("numbering", '行动性条款编号写成 "4、"（顿号）；应为 «4.» (UN-B07, ZH-B03)')]),
    P([t("5. "), u("决定"), t("继续处理此问题。")]),
]))

# zh-p06: Word for Android. Leads underlined with a finger: one only in part, one not at all; after the chapeau of
# clause 2 the automatic list went on, and the sub-clauses were typed "(a) " "(b) " inside numbered paragraphs
# (Word shows "3. (a) ..."); no-break spaces around a number pasted from a web page.
DRAFTS.append(Draft("zh-p06-word-android-sub-clauses-in-clause-list-charging-points.docx", "zh",
                    {"ops": ListDef("decimal", "%1.")}, [
    P([b("决议草案")], center=True),
    P([t("委员会：联合国环境大会")]),
    P([t("议题：城市公共充电设施的规划与安全")]),
    P([t("起草国：丹麦、印度尼西亚、智利")]),
    P([t("附议国：埃塞俄比亚、荷兰、新西兰、约旦")]),
    P([b("联合国环境大会"), t("，")]),
    P([u("回顾"), t("《巴黎协定》关于减少交通部门温室气体排放的目标，")]),
    P([u("深为关切"), t("地注意到老旧小区中私拉电线为电动车充电引发的火灾时有发生，")],
      faults=[F("emphasis", '引导词"深为关切地注意到"只有"深为关切"加了下划线；整个引导词应加下划线'
                            '（«深为关切地注意到»），与其他序言性条款一致 (ZH-B02)')]),
    P([t("认识到公共充电设施不足是居民私拉电线的主要原因，")],
      faults=[F("emphasis", '引导词"认识到"没有下划线（整段是一个普通文字块），其他序言性条款的引导词都有下划线 (ZH-B02)')]),
    P([u("欢迎"), t(f"一些城市在停车场按每{NBSP}500{NBSP}个车位配建快速充电桩的做法，")]),
    P([u("鼓励"), t("会员国将公共充电设施纳入城市规划，并优先覆盖老旧小区；")], num=("ops", 0)),
    P([u("请"), t("各地主管部门制定充电设施安全标准，包括：")], num=("ops", 0)),
    P([t("(a) 充电桩应具备过载自动断电功能；")], num=("ops", 0),
      faults=[F("numbering", '子条款 "(a) 充电桩应具备……" 留在自动编号列表里，Word 显示为第 "3." 条（"3. (a)"）；'
                             '子条款只用字母标号 «(a)»，不占行动性条款的编号 (UN-B10, ZH-B04)')]),
    P([t("(b) 充电区域应与楼道和安全出口保持距离；")], num=("ops", 0),
      faults=[F("numbering", '子条款 "(b) 充电区域应……" 同样显示为第 "4." 条；应只有 «(b)» (UN-B10, ZH-B04)')]),
    P([u("促请"), t("小区管理单位定期检查充电设施并记录检查结果；")], num=("ops", 0)),
    P([u("决定"), t("继续处理此问题。")], num=("ops", 0)),
]))

# zh-p07 (clean): Google Docs on an iPhone. Sponsor lines in a text box beside the title, automatic "1." list and a
# separate "(a)" list, a manual line break inside one clause, a trailing zero-width space and no-break spaces.
DRAFTS.append(Draft("zh-p07-clean-google-docs-iphone-text-box-glass-facades.docx", "zh",
                    {"ops": ListDef("decimal", "%1."), "subs": ListDef("lowerLetter", "(%1)", 1080, 360)}, [
    P([b("决议草案"), Box([[t("起草国：加拿大、新加坡、秘鲁")], [t("附议国：爱沙尼亚、加纳、斯洛文尼亚、乌拉圭")]])],
      center=True),
    P([t("委员会：联合国环境大会")]),
    P([t("议题：减少建筑玻璃幕墙造成的鸟类撞击")]),
    P([b("联合国环境大会"), t("，")]),
    P([u("回顾"), t("《保护野生动物迁徙物种公约》关于减少迁徙鸟类非自然死亡的各项决定，")]),
    P([u("关切地注意到"), t("城市中每年有大量迁徙鸟类因撞击透明或反光的玻璃幕墙而死亡，\n其中夜间迁徙的鸟类受灯光吸引尤其容易撞击，")]),
    P([u("认识到"), t(f"在玻璃上印制间距不超过{NBSP}10{NBSP}厘米的图案即可显著减少撞击，{ZWSP}")]),
    P([u("鼓励"), t("会员国在新建筑的设计标准中纳入防止鸟类撞击的要求；")], num=("ops", 0)),
    P([u("请"), t("各城市在鸟类迁徙季节：")], num=("ops", 0)),
    P([t("夜间关闭高层建筑不必要的外部照明；")], num=("subs", 0)),
    P([t("组织志愿者记录撞击事件并公布数据；")], num=("subs", 0)),
    P([u("邀请"), t("建筑设计院校在课程中介绍防撞玻璃的做法；")], num=("ops", 0)),
    P([u("决定"), t("继续处理此问题。")], num=("ops", 0)),
]))


# ---------------------------------------------------------------- main

def text_of(p: P) -> str:
    out = ""
    for item in p.runs:
        if isinstance(item, R):
            out += item.text
        elif isinstance(item, Pic):
            out += "[picture]"
        else:
            out += "[text box: " + " / ".join("".join(r.text for r in ps) for ps in item.paragraphs) + "]"
    return out


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for d in DRAFTS:
            print(f"== {d.name}")
            for k, (p, label) in enumerate(zip(d.paragraphs, labels(d)), 1):
                marks = "; ".join(f.kind for f in p.faults)
                shown = text_of(p).replace("\n", "⏎").replace("\t", "→")
                print(f"{k:3} {label:5} {shown}" + (f"   <<{marks}>>" if marks else ""))
        return
    if "--render" in argv:
        out = Path(argv[argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for d in DRAFTS:
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/word-blind23-lo", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / d.name)],
                           check=True, capture_output=True)
            pdf = out / (Path(d.name).stem + ".pdf")
            subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(out / Path(d.name).stem)], check=True)
        return
    annotations: dict[str, dict[str, list[dict[str, object]]]] = {}
    for d in DRAFTS:
        written = build(d, HERE / d.name)
        if written != len(d.paragraphs):
            raise SystemExit(f"{d.name}: {written} body paragraphs written, {len(d.paragraphs)} counted")
        faults = [{"paragraph": k, "kind": f.kind, "note": f.note}
                  for k, p in enumerate(d.paragraphs, 1) for f in p.faults]
        annotations[d.name] = {"faults": faults}
    header = "# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n"
    (HERE / "annotations.yaml").write_text(
        header + yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
