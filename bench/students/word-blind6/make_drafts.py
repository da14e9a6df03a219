"""Build the word-blind6 drafts and annotations.yaml; the faults are marked next to the paragraphs that carry them.

    python make_drafts.py              build every .docx and annotations.yaml
    python make_drafts.py --list       print each body paragraph: index, the label Word shows, text (changes accepted)
    python make_drafts.py --render D   PDF, PNG pages (50 dpi) and LibreOffice's text export of every draft into D

python-docx gives the package; every piece of WordprocessingML (numbering, styles, content controls, tracked changes,
fields, footnotes) is written here with lxml. Written for this set, independently of drafter and of the earlier sets'
scripts. Frozen with the commit that annotated the set (see README.md).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from lxml import etree

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
XML_NS = "http://www.w3.org/XML/1998/namespace"
AUTHOR = {"w:author": "Delegate of Denmark", "w:date": "2026-11-19T09:40:00Z"}


def q(tag: str) -> str:
    """Clark name of 'w:tag' / 'w15:tag'."""
    prefix, local = tag.split(":")
    namespace = {"w": W, "w15": W15}[prefix]
    return f"{{{namespace}}}{local}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: Any, text: str | None = None) -> Any:
    node = etree.Element(q(tag), nsmap={"w": W} if tag.startswith("w:") else {"w15": W15})
    for key, value in (attrs or {}).items():
        node.set(q(key), str(value))
    for child in children:
        if child is not None:
            node.append(child)
    if text is not None:
        node.text = text
        if text != text.strip():
            node.set(f"{{{XML_NS}}}space", "preserve")
    return node


def val(tag: str, value: Any) -> Any:
    return el(tag, {"w:val": str(value)})


# ---------------------------------------------------------------- runs
@dataclass
class Run:
    """A piece of a paragraph: its XML and the text it adds once tracked changes are accepted."""

    xml: list[Any]
    text: str


def R(text: str, i: bool = False, u: bool = False, b: bool = False, font: str | None = None,
      ea: str | None = None, size: int | None = None) -> Run:
    rpr = el("w:rPr")
    if font or ea:
        attrs = {}
        if font:
            attrs.update({"w:ascii": font, "w:hAnsi": font, "w:cs": font})
        if ea:
            attrs["w:eastAsia"] = ea
        rpr.append(el("w:rFonts", attrs))
    if b:
        rpr.append(el("w:b"))
    if i:
        rpr.append(el("w:i"))
    if size:
        rpr.append(val("w:sz", size))
    if u:
        rpr.append(val("w:u", "single"))
    r = el("w:r", None, rpr if len(rpr) else None, el("w:t", None, text=text))
    return Run([r], text)


def FN(number: int) -> Run:
    """A footnote reference (superscript), no text of the clause."""
    r = el("w:r", None, el("w:rPr", None, val("w:vertAlign", "superscript")),
           el("w:footnoteReference", {"w:id": str(number)}))
    return Run([r], "")


def SEQ(name: str, shown: str, ea: str | None = None) -> Run:
    """A SEQ field whose stored result is ``shown`` (what Word displays until the field is updated)."""
    def fld(kind: str) -> Any:
        return el("w:r", None, el("w:fldChar", {"w:fldCharType": kind}))
    rpr = (lambda: el("w:rPr", None, el("w:rFonts", {"w:eastAsia": ea}))) if ea else (lambda: None)
    instr = el("w:r", None, rpr(), el("w:instrText", None, text=f" SEQ {name} \\* ARABIC "))
    result = el("w:r", None, rpr(), el("w:t", None, text=shown))
    return Run([fld("begin"), instr, fld("separate"), result, fld("end")], shown)


def TAB() -> Run:
    return Run([el("w:r", None, el("w:tab"))], "\t")


# ---------------------------------------------------------------- drafts
@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class Para:
    index: int
    label: str  # the list label Word shows ("" when none)
    text: str  # the text once tracked changes are accepted
    faults: list[Fault]
    merged_into_next: bool = False


@dataclass
class Draft:
    name: str
    lang: str
    east_asian_font: str | None = "SimSun"  # docDefaults w:eastAsia (None: no East Asian font named anywhere)
    paras: list[Para] = field(default_factory=list)
    styles: list[Any] = field(default_factory=list)
    abstracts: list[Any] = field(default_factory=list)
    nums: list[Any] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    needs_w15: bool = False
    _elements: list[Any] = field(default_factory=list)
    _change_id: int = 100

    def change(self, tag: str) -> Any:
        self._change_id += 1
        return el(tag, {"w:id": str(self._change_id), **AUTHOR})

    def p(self, *runs: Run, label: str = "", style: str | None = None, num: tuple[int, int] | None = None,
          ind: tuple[int, int] | None = None, jc: str | None = None, faults: tuple[Fault, ...] = (),
          into: list[Any] | None = None, inserted: bool = False, mark_deleted: bool = False) -> Any:
        """Append a body paragraph (to ``into``, a content control's list, when given)."""
        ppr = el("w:pPr")
        if style:
            ppr.append(val("w:pStyle", style))
        if num is not None:
            ppr.append(el("w:numPr", None, val("w:ilvl", num[1]), val("w:numId", num[0])))
        if ind:
            ppr.append(el("w:ind", {"w:left": str(ind[0]), "w:hanging": str(ind[1])}))
        if jc:
            ppr.append(val("w:jc", jc))
        if inserted or mark_deleted:
            ppr.append(el("w:rPr", None, self.change("w:ins" if inserted else "w:del")))
        para = el("w:p", None, ppr if len(ppr) else None)
        holder = self.change("w:ins") if inserted else para
        for piece in runs:
            for r in piece.xml:
                holder.append(r)
        if inserted:
            para.append(holder)
        (into if into is not None else self._elements).append(para)
        self.paras.append(Para(len(self.paras) + 1, label, "".join(x.text for x in runs), list(faults),
                               mark_deleted))
        return para

    def sdt(self, alias: str, items: list[list[Any]]) -> None:
        """A repeating-section content control (Word 2013+) whose items hold the given paragraphs."""
        self.needs_w15 = True
        content = el("w:sdtContent")
        for n, paras in enumerate(items):
            item = el("w:sdt", None, el("w:sdtPr", None, val("w:id", 880021 + n), el("w15:repeatingSectionItem")),
                      el("w:sdtContent", None, *paras))
            content.append(item)
        self._elements.append(el("w:sdt", None, el("w:sdtPr", None, val("w:alias", alias), val("w:tag", "clauses"),
                                                    val("w:id", 880020), el("w15:repeatingSection")), content))

    # ------------------------------------------------------------ build
    def build(self) -> Path:
        doc = Document()
        self._defaults(doc)
        body = doc.element.body
        sect = body[-1]
        for node in self._elements:
            sect.addprevious(node)
        for node in self.styles:
            doc.styles.element.append(node)
        numbering = doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for node in self.abstracts + self.nums:
            numbering.append(node)
        if self.footnotes:
            self._footnotes(doc)
        doc.core_properties.author = "MUN delegate"
        doc.core_properties.title = ""
        out = HERE / self.name
        doc.save(str(out))
        if self.needs_w15:
            declare_w15(out)
        assert body_paragraph_count(out) == len(self.paras), self.name
        return out

    def _defaults(self, doc: Any) -> None:
        rpr = doc.styles.element.find(q("w:docDefaults")).find(q("w:rPrDefault")).find(q("w:rPr"))
        fonts = rpr.find(q("w:rFonts"))
        for key in list(fonts.attrib):
            del fonts.attrib[key]
        fonts.set(q("w:ascii"), "Times New Roman")
        fonts.set(q("w:hAnsi"), "Times New Roman")
        fonts.set(q("w:cs"), "Times New Roman")
        if self.east_asian_font:
            fonts.set(q("w:eastAsia"), self.east_asian_font)
        rpr.find(q("w:sz")).set(q("w:val"), "24")
        rpr.find(q("w:szCs")).set(q("w:val"), "24")
        lang = rpr.find(q("w:lang"))
        lang.set(q("w:eastAsia"), {"en": "en-US", "zh": "zh-CN", "zh-TW": "zh-TW"}[self.lang])
        settings = doc.settings.element
        theme_lang = settings.find(q("w:themeFontLang"))
        if theme_lang is not None and self.lang != "en":
            theme_lang.set(q("w:eastAsia"), "zh-TW" if self.lang == "zh-TW" else "zh-CN")

    def _footnotes(self, doc: Any) -> None:
        def note(kind: str | None, nid: int, *content: Any) -> Any:
            attrs = {"w:id": str(nid)}
            if kind:
                attrs["w:type"] = kind
            return el("w:footnote", attrs, el("w:p", None, *content))
        root = el("w:footnotes")
        root.append(note("separator", -1, el("w:r", None, el("w:separator"))))
        root.append(note("continuationSeparator", 0, el("w:r", None, el("w:continuationSeparator"))))
        for nid, text in enumerate(self.footnotes, 1):
            small = (lambda: el("w:rPr", None, val("w:sz", 20)))
            root.append(note(None, nid,
                             el("w:r", None, el("w:rPr", None, val("w:sz", 20), val("w:vertAlign", "superscript")),
                                el("w:footnoteRef")),
                             el("w:r", None, small(), el("w:t", None, text=" " + text))))
        part = XmlPart(PackURI("/word/footnotes.xml"),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                       root, doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)

    def annotations(self) -> list[tuple[int, Fault]]:
        return [(p.index, f) for p in self.paras for f in p.faults]


def declare_w15(path: Path) -> None:
    """Declare w15 on document.xml's root and list it in mc:Ignorable, as Word 2013+ writes it."""
    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    out = path.with_suffix(".tmp")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                text = re.sub(r' xmlns:w15="[^"]*"', "", text)
                text = text.replace("<w:document ", f'<w:document xmlns:w15="{W15}" ', 1)
                text = re.sub(r'mc:Ignorable="([^"]*)"', lambda m: f'mc:Ignorable="{m.group(1)} w15"', text, count=1)
                data = text.encode("utf-8")
            z.writestr(info, data)
    out.replace(path)


def body_paragraph_count(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(q("w:body"))
    return len([p for p in body.iter(q("w:p")) if not any(a.tag == q("w:txbxContent") for a in p.iterancestors())])


# ---------------------------------------------------------------- numbering and styles
def lvl(ilvl: int, fmt: str, text: str, left: int, hanging: int = 360, start: int | None = 1,
        suff: str | None = None, pstyle: str | None = None, jc: str = "left") -> Any:
    node = el("w:lvl", {"w:ilvl": str(ilvl)})
    if start is not None:
        node.append(val("w:start", start))
    node.append(val("w:numFmt", fmt))
    if pstyle:
        node.append(val("w:pStyle", pstyle))
    if suff:
        node.append(val("w:suff", suff))
    node.append(val("w:lvlText", text))
    node.append(val("w:lvlJc", jc))
    node.append(el("w:pPr", None, el("w:ind", {"w:left": str(left), "w:hanging": str(hanging)})))
    return node


def abstract(aid: int, levels: list[Any], kind: str = "hybridMultilevel") -> Any:
    node = el("w:abstractNum", {"w:abstractNumId": str(aid)}, val("w:nsid", f"{0x3A1C0000 + aid * 7919:08X}"),
              val("w:multiLevelType", kind))
    if kind != "singleLevel":
        node.append(val("w:tmpl", f"{0x0409000F + aid:08X}"))
    given = {int(x.get(q("w:ilvl"))) for x in levels}
    full = list(levels)
    if kind != "singleLevel":  # Word writes all nine levels of a multilevel list
        for ilvl in range(9):
            if ilvl not in given:
                full.append(lvl(ilvl, ["decimal", "lowerLetter", "lowerRoman"][ilvl % 3],
                                f"%{ilvl + 1}.", 720 * (ilvl + 1)))
    for node_lvl in sorted(full, key=lambda x: int(x.get(q("w:ilvl")))):
        node.append(node_lvl)
    return node


def num(nid: int, aid: int, *overrides: Any) -> Any:
    return el("w:num", {"w:numId": str(nid)}, val("w:abstractNumId", aid), *overrides)


def override(ilvl: int, start: int | None = None, level: Any = None) -> Any:
    node = el("w:lvlOverride", {"w:ilvl": str(ilvl)})
    if start is not None:
        node.append(val("w:startOverride", start))
    if level is not None:
        node.append(level)
    return node


def para_style(sid: str, name: str, based_on: str = "Normal", numpr: tuple[int, int | None] | None = None,
               after: int | None = None, jc: str | None = None) -> Any:
    ppr = el("w:pPr")
    if numpr:
        ilvl, nid = numpr
        children = [val("w:ilvl", ilvl)] if ilvl else []
        if nid is not None:
            children.append(val("w:numId", nid))
        ppr.append(el("w:numPr", None, *children))
    if after is not None:
        ppr.append(el("w:spacing", {"w:after": str(after)}))
    if jc:
        ppr.append(val("w:jc", jc))
    return el("w:style", {"w:type": "paragraph", "w:customStyle": "1", "w:styleId": sid}, val("w:name", name),
              val("w:basedOn", based_on), el("w:qFormat"), ppr if len(ppr) else None)


# ---------------------------------------------------------------- shared shapes
def heading_en(d: Draft, committee: str, topic: str, sponsors: str, signatories: str) -> None:
    for label, value in (("Committee:", committee), ("Topic:", topic), ("Sponsors:", sponsors),
                         ("Signatories:", signatories)):
        d.p(R(label, b=True), R(" " + value))


def heading_zh(d: Draft, fields: list[tuple[str, str]], title: str = "决议草案", ea: str | None = None) -> None:
    d.p(R(title, b=True, ea=ea), jc="center")
    for label, value in fields:
        d.p(R(label, b=True, ea=ea), R(value, ea=ea))


def organ_en(d: Draft, text: str, faults: tuple[Fault, ...] = ()) -> None:
    d.p(R(text, i=True), faults=faults)


def pre_en(d: Draft, lead: str, rest: str, faults: tuple[Fault, ...] = (), extra: tuple[Run, ...] = ()) -> None:
    d.p(R(lead, i=True), R(rest), *extra, faults=faults)


def en_list_levels(fmt0: str = "decimal", text0: str = "%1.", suff0: str | None = None) -> list[Any]:
    return [lvl(0, fmt0, text0, 720, 360, suff=suff0), lvl(1, "lowerLetter", "(%2)", 1440, 360),
            lvl(2, "lowerRoman", "(%3)", 2160, 360)]


# ================================================================ English drafts
def en_h01() -> Draft:
    """Numbering reached only through a paragraph style inherited via w:basedOn; numId 0 on one clause."""
    d = Draft("en-h01-numbering-through-based-on-style-and-num-id-0.docx", "en")
    d.abstracts.append(abstract(1, [lvl(0, "decimal", "%1.", 720, 360, pstyle="NumberedClause"),
                                    lvl(1, "lowerLetter", "(%2)", 1440)]))
    d.nums.append(num(1, 1))
    d.styles.append(para_style("NumberedClause", "Numbered Clause", numpr=(0, 1), after=120))
    d.styles.append(para_style("ResolutionClause", "Resolution Clause", based_on="NumberedClause", jc="both"))
    heading_en(d, "Second Committee (Economic and Financial)", "Sand and gravel extraction from rivers and coasts",
               "Cambodia, Kenya and the Netherlands", "Bangladesh, Chile, Fiji, Ghana, Morocco and Viet Nam")
    organ_en(d, "The General Assembly,")
    pre_en(d, "Alarmed", " that sand and gravel are now the most extracted solid materials on Earth and that much of "
           "the extraction goes unrecorded,")
    pre_en(d, "Aware", " that dredging of riverbeds lowers water tables, undermines bridges and destroys the spawning "
           "grounds of fish;",
           faults=(F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)'),))
    pre_en(d, "Noting", " the work of the United Nations Environment Programme on sand as a strategic resource,")
    s = "ResolutionClause"
    d.p(R("Encourages", u=True), R(" Member States to map their sand deposits and to license every extraction site;"),
        style=s, label="1.")
    d.p(R("Calls upon", u=True), R(" Member States to require an environmental impact assessment before any dredging "
                                   "in rivers, deltas and coastal waters;"), style=s, label="2.")
    d.p(R("Recommends", u=True), R(" that construction firms use crushed recycled concrete in place of river sand "
                                   "wherever building standards allow;"),
        style=s, num=(0, 0), label="",
        faults=(F("numbering", 'operative clause without a number: its paragraph sets w:numId 0 over the numbering '
                  'its style inherits ("Resolution Clause" based on "Numbered Clause"), so Word shows no label; '
                  'expected «3.» (UN-B07, MUN-F05)'),))
    d.p(R("Invites", u=True), R(" development banks to attach sand-sourcing conditions to the infrastructure loans "
                                "they grant;"), style=s, label="3.")
    d.p(R("Requests", u=True), R(" the Secretary-General to report to the General Assembly at its eighty-third "
                                 "session on the progress made."), style=s, label="4.")
    return d


def en_h02() -> Draft:
    """A w:lvlOverride that redefines the whole level 0: upperRoman operative numbers."""
    d = Draft("en-h02-lvl-override-upper-roman-clauses.docx", "en")
    d.abstracts.append(abstract(3, en_list_levels()))
    d.nums.append(num(4, 3, override(0, level=lvl(0, "upperRoman", "%1.", 720, 360))))
    heading_en(d, "World Health Organization", "Ending deaths from dog-mediated rabies",
               "Bangladesh, Kenya and the Philippines", "Cameroon, France, Mexico, Sri Lanka, Viet Nam and Zambia")
    organ_en(d, "The World Health Assembly,")
    pre_en(d, "Deeply concerned", " that rabies still kills about sixty thousand people a year, four in ten of them "
           "children bitten by dogs,")
    pre_en(d, "Recognizing", " that vaccinating dogs is the cheapest way to stop the disease at its source,")
    pre_en(d, "Welcoming", " the joint plan of the World Health Organization and its partners for zero human deaths "
           "from dog-mediated rabies,")

    def roman(n: str, expected: str) -> tuple[Fault, ...]:
        return (F("numbering", f'Word shows "{n}" (the w:num\'s lvlOverride redefines level 0 as upperRoman); '
                  f'operative clauses are numbered with Arabic numerals, expected «{expected}» (UN-B07, MUN-F05)'),)
    d.p(R("Urges", u=True), R(" Member States to vaccinate at least seven in ten dogs in every area where rabies is "
                              "present;"), num=(4, 0), label="I.", faults=roman("I.", "1."))
    d.p(R("Encourages", u=True), R(" health ministries to make treatment after a bite free of charge and available "
                                   "close to home, including:"),
        num=(4, 0), label="II.", faults=roman("II.", "2."))
    d.p(R("the washing of bite wounds with soap and water for fifteen minutes;"), num=(4, 1), label="(a)")
    d.p(R("rabies vaccine and, where needed, rabies immunoglobulin;"), num=(4, 1), label="(b)")
    d.p(R("Calls upon", u=True), R(" veterinary and health services to share their reports of bites and of rabid "
                                   "animals;"), num=(4, 0), label="III.", faults=roman("III.", "3."))
    d.p(R("Requests", u=True), R(" the Director-General to report on progress to the Eightieth World Health Assembly."),
        num=(4, 0), label="IV.", faults=roman("IV.", "4."))
    return d


def en_h03() -> Draft:
    """singleLevel lists: one for clauses, a separate one for sub-clauses; a clause put in the sub-clause list."""
    d = Draft("en-h03-single-level-clause-and-sub-clause-lists.docx", "en")
    d.abstracts.append(abstract(5, [lvl(0, "decimal", "%1.", 720, 360, suff="space")], kind="singleLevel"))
    d.abstracts.append(abstract(6, [lvl(0, "lowerLetter", "(%1)", 1440, 360, suff="space")], kind="singleLevel"))
    d.nums += [num(7, 5), num(8, 6), num(9, 6, override(0, start=1))]
    heading_en(d, "Economic and Social Council", "Sargassum seaweed on Caribbean and West African coasts",
               "Barbados, Ghana and Mexico", "Belize, Côte d'Ivoire, Dominican Republic, France, Grenada and "
               "Sierra Leone")
    organ_en(d, "The Economic and Social Council,")
    pre_en(d, "Noting", " that the mats of sargassum seaweed reaching the coasts have grown much larger since 2011,")
    pre_en(d, "Alarmed", " that seaweed rotting on beaches releases hydrogen sulphide, harms fisheries and keeps "
           "visitors away,")
    d.p(R("Encourages", u=True), R(" Member States to track sargassum blooms at sea with satellite data shared across "
                                   "the region;"), num=(7, 0), label="1.")
    d.p(R("Recommends", u=True), R(" that coastal authorities prepare for landings of seaweed, including:"),
        num=(7, 0), label="2.")
    d.p(R("floating barriers that keep the seaweed away from harbours and beaches;"), num=(8, 0), label="(a)")
    d.p(R("machines that clear beaches without removing sand;"), num=(8, 0), label="(b)")
    d.p(R("Invites", u=True), R(" research institutes to study safe uses of collected sargassum, such as fertilizer "
                                "and building blocks;"), num=(8, 0), label="(c)",
        faults=(F("numbering", 'operative clause numbered from the sub-clause list (a singleLevel list whose level 0 '
                  'is lowerLetter): Word shows "(c)" at the sub-clause indent; expected «3.» (UN-B07, MUN-F05)'),))
    d.p(R("Calls upon", u=True), R(" development partners to support small island States in managing landings, "
                                   "through:"), num=(7, 0), label="3.")
    d.p(R("grants for collection equipment;"), num=(9, 0), label="(a)")
    d.p(R("the training of local crews in the safe handling of rotting seaweed;"), num=(9, 0), label="(b)")
    d.p(R("Requests", u=True), R(" the Secretary-General to include sargassum in his next report on oceans and the "
                                 "law of the sea;"), num=(7, 0), label="4.",
        faults=(F("operative-end-mark", 'the last operative clause ends with ";" instead of «.» (UN-B09, MUN-F05)'),))
    return d


def en_h04() -> Draft:
    """lvlText holding words ("Clause %1:"); sub-level with w:suff nothing."""
    d = Draft("en-h04-clause-word-labels-and-suff-nothing.docx", "en")
    d.abstracts.append(abstract(7, [lvl(0, "decimal", "Clause %1:", 1080, 1080, suff="space"),
                                    lvl(1, "lowerLetter", "%2)", 1440, 360, suff="nothing")], kind="multilevel"))
    d.nums.append(num(10, 7))
    heading_en(d, "United Nations Environment Assembly", "Abandoned oil and gas wells",
               "Canada, Nigeria and Romania", "Argentina, Colombia, Indonesia, Kazakhstan and Poland")
    organ_en(d, "The United Nations Environment Assembly,")
    pre_en(d, "Aware", " that millions of oil and gas wells have been abandoned without being properly sealed,")
    pre_en(d, "Concerned", " that unsealed wells leak methane into the air and brine into groundwater,")
    pre_en(d, "Recognizing", " that many of these wells have no known owner who could be made to pay for sealing them,")

    def word_label(n: int) -> tuple[Fault, ...]:
        return (F("numbering", f'Word shows "Clause {n}:" (lvlText "Clause %1:"); operative clauses are numbered '
                  f'«{n}.» (UN-B07, MUN-F05)'),)

    def glued(letter: str, word: str) -> tuple[Fault, ...]:
        return (F("sub-clause-label", f'sub-clause label glued to its text: "{letter}){word}" (the level\'s w:suff is '
                  f'"nothing", no tab or space after the label); expected «{letter}) {word}» (MUN-F06)'),)
    d.p(R("Calls upon", u=True), R(" Member States to keep a public register of abandoned wells and of their "
                                   "condition;"), num=(10, 0), label="Clause 1:", faults=word_label(1))
    d.p(R("Encourages", u=True), R(" Member States to require companies to set aside funds for sealing wells before "
                                   "drilling begins;"), num=(10, 0), label="Clause 2:", faults=word_label(2))
    d.p(R("Recommends", u=True), R(" that sealing programmes give priority to wells that:"), num=(10, 0),
        label="Clause 3:", faults=word_label(3))
    d.p(R("lie within one kilometre of homes, schools or sources of drinking water;"), num=(10, 1), label="a)",
        faults=glued("a", "lie"))
    d.p(R("leak more methane than a threshold set by national authorities;"), num=(10, 1), label="b)",
        faults=glued("b", "leak"))
    d.p(R("Requests", u=True), R(" the Executive Director to publish a guide on measuring methane from abandoned "
                                 "wells."), num=(10, 0), label="Clause 4:", faults=word_label(4))
    return d


def en_h05() -> Draft:
    """Clause numbers typed as SEQ fields (one stale result); footnote references right after leads."""
    d = Draft("en-h05-seq-field-numbers-and-footnotes-after-leads.docx", "en")
    d.footnotes = ["General Assembly resolution 70/1 of 25 September 2015.",
                   "World Food Programme, State of School Feeding Worldwide 2022 (Rome, 2023).",
                   "See, for example, the national school feeding laws of Brazil (2009) and Kenya (2017)."]
    heading_en(d, "Economic and Social Council", "School meal programmes",
               "Brazil, Finland and Rwanda", "Benin, Chile, Honduras, India, Japan and Lesotho")
    organ_en(d, "The Economic and Social Council,")
    d.p(R("Recalling", i=True), FN(1), R(" the Sustainable Development Goals, in particular Goal 2 on ending hunger and "
                                         "Goal 4 on quality education,"))
    d.p(R("Noting", i=True), FN(2), R(" that a daily school meal raises attendance, above all among girls,"))
    pre_en(d, "Aware", " that many school meal programmes depend on food brought from far away rather than on local "
           "farms,", extra=(FN(3),))
    hang = (720, 720)

    def clause(shown: str, lead: str, rest: str, faults: tuple[Fault, ...] = ()) -> None:
        d.p(SEQ("Clause", shown), R("."), TAB(), R(lead, u=True), R(rest), ind=hang, label="", faults=faults)
    clause("1", "Encourages", " Member States to buy the food for school meals from smallholder farmers near the "
           "schools;")
    clause("2", "Recommends", " that school menus follow national nutrition guidelines and limit sugar and salt,",
           faults=(F("operative-end-mark", 'operative clause ends with "," though a clause follows; expected «;» '
                     '(UN-B09, MUN-F05)'),))
    clause("2", "Invites", " the World Food Programme to help low-income States design school meal programmes that "
           "they can finance themselves;",
           faults=(F("numbering", 'the number is a SEQ field copied with the clause above: its stored result is "2", '
                     'which Word shows until fields are updated, so the page reads "2." twice; expected «3.» '
                     '(UN-B07, MUN-F05)'),))
    clause("4", "Requests", " the Secretary-General to report to the Council at its 2028 session on school meal "
           "programmes.")
    return d


def en_h06() -> Draft:
    """Nearly clean: operative clauses in a repeating-section content control; the list's w:start is 0."""
    d = Draft("en-h06-clauses-in-repeating-section-start-zero.docx", "en")
    d.abstracts.append(abstract(9, [lvl(0, "decimal", "%1.", 720, 360, start=0), lvl(1, "lowerLetter", "(%2)", 1440),
                                    lvl(2, "lowerRoman", "(%3)", 2160)]))
    d.nums.append(num(12, 9))
    heading_en(d, "Second Committee (Economic and Financial)", "Post offices and financial inclusion in rural areas",
               "Costa Rica, Morocco and the United Republic of Tanzania",
               "Bhutan, France, Jamaica, Senegal and Uzbekistan")
    organ_en(d, "The General Assembly,")
    pre_en(d, "Recognizing", " that post offices are often the only public service point in remote villages,")
    pre_en(d, "Noting", " that millions of adults in rural areas still have no account with a bank or a mobile money "
           "provider,")
    pre_en(d, "Welcoming", " the work of the Universal Postal Union on postal financial services,")
    items: list[list[Any]] = []

    def item(*runs: Run, label: str, level: int = 0, faults: tuple[Fault, ...] = (), new: bool = True) -> None:
        if new:
            items.append([])
        d.p(*runs, num=(12, level), label=label, faults=faults, into=items[-1])
    item(R("Encourages", u=True), R(" Member States to let post offices open savings accounts and pay out pensions "
                                    "and social transfers;"), label="0.",
         faults=(F("numbering", 'the list starts at 0 (w:start 0): Word shows "0." on the first operative clause, '
                   'and the clauses are numbered 0–3; expected «1.» (UN-B07, MUN-F05)'),))
    item(R("Invites", u=True), R(" postal operators to link their counters to national payment systems, so that "
                                 "customers can:"), label="1.")
    item(R("pay bills and taxes at the post office;"), label="(a)", level=1, new=False)
    item(R("receive money sent from abroad at low cost;"), label="(b)", level=1, new=False)
    item(R("Recommends", u=True), R(" that post office staff be trained to help older customers use digital "
                                    "payments;"), label="2.")
    item(R("Requests", u=True), R(" the Secretary-General to report on postal financial inclusion to the General "
                                  "Assembly at its eighty-second session."), label="3.")
    d.sdt("Operative clauses", items)
    return d


def en_h07() -> Draft:
    """A clause inserted as a tracked change, a deleted paragraph mark merging two clauses, a run in a CJK font."""
    d = Draft("en-h07-tracked-inserted-clause-merged-clauses-cjk-run.docx", "en")
    d.abstracts.append(abstract(11, en_list_levels()))
    d.nums.append(num(14, 11))
    heading_en(d, "Second Committee (Economic and Financial)", "Microplastics from tyre wear",
               "Denmark, Japan and the Republic of Korea", "Austria, Chile, Egypt, Mexico, New Zealand and Thailand")
    organ_en(d, "The General Assembly,")
    pre_en(d, "Concerned", " that tyre wear is among the largest sources of microplastics reaching rivers and the sea,")
    d.p(R("Noting", i=True), R(" that heavier vehicles and harder braking "),
        R("wear tyres down faster，", font="SimSun", ea="SimSun"),
        faults=(F("preambular-end-mark", 'preambular clause ends with a full-width comma "，" (the words "wear tyres '
                  'down faster，" pasted in the CJK font SimSun); expected «,» (UN-B05, MUN-F04)'),
                F("other", 'mixed fonts: the words "wear tyres down faster，" are in SimSun (a CJK font, its Latin '
                  'letters wider than the rest) while the body is in Times New Roman (MUN-F08)')))
    pre_en(d, "Recognizing", " that rain washes tyre particles from roads into drains that have no treatment,")
    d.p(R("Encourages", u=True), R(" tyre manufacturers to develop tyres that shed fewer particles;"), num=(14, 0),
        label="1.")
    d.p(R("Calls upon", u=True), R(" Member States to include limits on tyre abrasion in their vehicle standards;"),
        num=(14, 0), label="2.")
    d.p(R("Recommends", u=True), R(" that cities fit filters to the storm drains of their busiest roads."),
        num=(14, 0), label="3.", inserted=True,
        faults=(F("operative-end-mark", 'operative clause (inserted as a tracked change) ends with "." though clauses '
                  'follow; expected «;» (UN-B09, MUN-F05)'),))
    d.p(R("Invites", u=True), R(" research institutes to measure tyre particles in rivers, soils and air; "),
        num=(14, 0), label="4.", mark_deleted=True,
        faults=(F("numbering", 'the paragraph mark of this clause is deleted as a tracked change: accepted, clause 4 '
                  'and the next clause stand in one paragraph ("…soils and air; Requests the Secretary-General…"), '
                  'the second with no number of its own; expected «5.» on a paragraph of its own (UN-B07, MUN-F05)'),))
    d.p(R("Requests", u=True), R(" the Secretary-General to report on the action taken at the eighty-third session."),
        num=(14, 0), label="5.")
    return d


# ================================================================ Chinese drafts
def zh_h08() -> Draft:
    """lvlText "第%1条" (chineseCountingThousand), sub-clauses decimalEnclosedCircleChinese, one paragraph in YaHei."""
    d = Draft("zh-h08-article-labels-circled-subs-mixed-fonts.docx", "zh", east_asian_font="SimSun")
    d.abstracts.append(abstract(13, [lvl(0, "chineseCountingThousand", "第%1条", 840, 840, suff="space"),
                                     lvl(1, "decimalEnclosedCircleChinese", "%2", 1260, 420)], kind="multilevel"))
    d.nums.append(num(16, 13))
    heading_zh(d, [("委员会：", "经济和金融委员会（第二委员会）"), ("议题：", "地下水超采与地面沉降"),
                   ("起草国：", "孟加拉国、墨西哥、伊朗"), ("附议国：", "埃及、沙特阿拉伯、西班牙、意大利、印度、约旦")])
    d.p(R("大会", b=True), R("，"))
    d.p(R("注意到", u=True), R("许多城市和灌区抽取地下水的速度远远超过含水层的补给速度，"))
    yahei = "Microsoft YaHei"
    d.p(R("关切地注意到", u=True, font=yahei, ea=yahei), R("地下水位下降已造成地面沉降、海水入侵和水井干涸，", font=yahei, ea=yahei),
        faults=(F("other", 'mixed fonts: this preambular clause is in Microsoft YaHei (微软雅黑, pasted from a web '
                  'page) while the rest of the body is in SimSun (宋体)'),))
    d.p(R("认识到", u=True), R("地下水是干旱地区农村人口最主要的饮用水来源，"))

    def article(n: str, expected: str) -> tuple[Fault, ...]:
        return (F("numbering", f'Word 列表把执行性条款编为 "第{n}条"（lvlText "第%1条"，chineseCountingThousand）；'
                  f'应为 «{expected}» (UN-B07, ZH-B03)'),)

    def circled(c: str, expected: str) -> tuple[Fault, ...]:
        return (F("sub-clause-label", f'子条款编号为 "{c}"（decimalEnclosedCircleChinese）；应为 «{expected}» 或 '
                  f'«（{expected[1]}）» (ZH-B04, UN-B10)'),)
    d.p(R("鼓励", u=True), R("各国对主要含水层开展监测，并定期公布地下水位数据；"), num=(16, 0), label="第一条",
        faults=article("一", "1."))
    d.p(R("建议", u=True), R("各国在超采区采取以下措施："), num=(16, 0), label="第二条", faults=article("二", "2."))
    d.p(R("严格控制新打机井的审批；"), num=(16, 1), label="①", faults=circled("①", "(a)"))
    d.p(R("推广滴灌等节水灌溉技术；"), num=(16, 1), label="②", faults=circled("②", "(b)"))
    d.p(R("请", u=True), R("联合国环境规划署协助各国编制含水层管理计划。"), num=(16, 0), label="第三条",
        faults=article("三", "3."))
    return d


def zh_h09() -> Draft:
    """Traditional Chinese; sub-clauses taiwaneseCountingThousand "（%2）"; no East Asian font named anywhere."""
    d = Draft("zh-h09-taiwanese-counting-subs-no-east-asian-font.docx", "zh-TW", east_asian_font=None)
    d.abstracts.append(abstract(15, [lvl(0, "decimal", "%1.", 425, 425),
                                     lvl(1, "taiwaneseCountingThousand", "（%2）", 1134, 709)]))
    d.nums.append(num(18, 15))
    heading_zh(d, [("委員會：", "世界衛生大會"), ("議題：", "礦工與石材工人的塵肺病防治"),
                   ("起草國：", "秘魯、南非、越南"), ("附議國：", "玻利維亞、迦納、蒙古、土耳其、印尼")], title="決議草案")
    d.p(R("世界衛生大會", b=True), R("，"))
    d.p(R("意識到", u=True), R("塵肺病無法治癒，卻完全可以預防，"))
    d.p(R("關切地注意到", u=True), R("人造石材的乾式切割使年輕工人在數年之內即患上矽肺病。"),
        faults=(F("preambular-end-mark", '序言性条款以 "。" 结尾；应为 «，» (UN-B05, ZH-B02)'),))
    d.p(R("敦促", u=True), R("各會員國為礦山和石材加工場所制定粉塵濃度限值；"), num=(18, 0), label="1.")
    d.p(R("鼓勵", u=True), R("雇主採取以下措施："), num=(18, 0), label="2.")
    d.p(R("濕式切割並配備局部排風設備；"), num=(18, 1), label="（一）",
        faults=(F("sub-clause-label", '子条款编号为 "（一）"（taiwaneseCountingThousand）；应为 «(a)» 或 «（a）» '
                  '(ZH-B04, UN-B10)'),))
    d.p(R("為工人免費提供合格的呼吸防護用具；"), num=(18, 1), label="（二）",
        faults=(F("sub-clause-label", '子条款编号为 "（二）"（taiwaneseCountingThousand）；应为 «(b)» 或 «（b）» '
                  '(ZH-B04, UN-B10)'),))
    d.p(R("請", u=True), R("總幹事向第八十屆世界衛生大會報告本決議的執行情況。"), num=(18, 0), label="3.")
    return d


def zh_h10() -> Draft:
    """Nearly clean: singleLevel lists (clauses / sub-clauses restarted per clause), a sub-clause inserted as a
    tracked change."""
    d = Draft("zh-h10-single-level-lists-inserted-sub-clause.docx", "zh", east_asian_font="宋体")
    d.abstracts.append(abstract(17, [lvl(0, "decimal", "%1.", 420, 420, suff="space")], kind="singleLevel"))
    d.abstracts.append(abstract(18, [lvl(0, "lowerLetter", "(%1)", 840, 420, suff="space")], kind="singleLevel"))
    d.nums += [num(20, 17), num(21, 18)]
    heading_zh(d, [("委员会：", "社会、人道主义和文化委员会（第三委员会）"), ("议题：", "古籍的保护与数字化"),
                   ("起草国：", "埃及、希腊、中国"), ("附议国：", "秘鲁、柬埔寨、墨西哥、土耳其、意大利")])
    d.p(R("大会", b=True), R("，"))
    d.p(R("认识到", u=True), R("古籍和手稿承载着人类共同的历史记忆，"))
    d.p(R("关切地注意到", u=True), R("许多古籍因虫蛀、霉变和保管不当而日益损毁，"))
    d.p(R("欢迎", u=True), R("联合国教育、科学及文化组织“世界记忆”项目所做的工作，"))
    d.p(R("鼓励", u=True), R("各国对馆藏古籍进行普查和登记；"), num=(20, 0), label="1.")
    d.p(R("建议", u=True), R("各国在开展古籍数字化时："), num=(20, 0), label="2.")
    d.p(R("采用开放和长期可读的文件格式；"), num=(21, 0), label="(a)")
    d.p(R("为每一件数字化古籍标注来源和保存机构；"), num=(21, 0), label="(b)", inserted=True)
    d.p(R("保证数字化过程不损伤原件；"), num=(21, 0), label="(c)")
    d.p(R("呼吁", u=True), R("各国图书馆和博物馆之间共享古籍修复技术和经验，"), num=(20, 0), label="3.",
        faults=(F("operative-end-mark", '执行性条款以 "，" 结尾，其后还有条款；应为 «；» (UN-B09, ZH-B03)'),))
    d.p(R("请", u=True), R("秘书长在大会第八十三届会议上报告本决议的执行情况。"), num=(20, 0), label="4.")
    return d


DRAFTS = [en_h01, en_h02, en_h03, en_h04, en_h05, en_h06, en_h07, zh_h08, zh_h09, zh_h10]

HEADER = """\
# Annotations of true format faults in the word-blind6 drafts (built by make_drafts.py, which writes this file
# from the marks next to the paragraphs), written before drafter's checker ran on any of them.
# paragraph = 1-based index of the body paragraph: every w:p of the body in order, empty ones and the paragraphs
# inside content controls included, a paragraph whose mark is deleted as a tracked change counted as the w:p it
# is; footnotes and headers are no body paragraphs. Judged on the page as Word shows it, tracked changes
# accepted, fields showing their stored results. "..." quotes the draft; «...» is the form FORMAT.md expects.
"""


def write_annotations(drafts: list[Draft]) -> None:
    lines = [HEADER]
    for d in drafts:
        lines.append(f"{d.name}:")
        marks = d.annotations()
        if not marks:
            lines.append("  faults: []")
            continue
        lines.append("  faults:")
        for index, fault in marks:
            note = fault.note.replace("'", "''")
            lines.append(f"    - {{paragraph: {index}, kind: {fault.kind}, note: '{note}'}}")
    (HERE / "annotations.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def listing(drafts: list[Draft]) -> None:
    for d in drafts:
        print(f"== {d.name}")
        for p in d.paras:
            marks = "".join(f"  [{f.kind}]" for f in p.faults)
            merged = "  (mark deleted: merges with the next)" if p.merged_into_next else ""
            print(f"{p.index:3} {p.label:10} {p.text}{marks}{merged}")


def render(drafts: list[Draft], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        env_arg = f"-env:UserInstallation=file://{profile}"
        files = [str(HERE / d.name) for d in drafts]
        subprocess.run(["soffice", env_arg, "--headless", "--convert-to", "pdf", "--outdir", str(out), *files],
                       check=True, capture_output=True)
        subprocess.run(["soffice", env_arg, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir",
                        str(out), *files], check=True, capture_output=True)
    for d in drafts:
        pdf = out / (Path(d.name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(out / Path(d.name).stem)], check=True)


def main() -> None:
    drafts = [make() for make in DRAFTS]
    if "--list" in sys.argv:
        listing(drafts)
        return
    if "--render" in sys.argv:
        render(drafts, Path(sys.argv[sys.argv.index("--render") + 1]))
        return
    for d in drafts:
        d.build()
    write_annotations(drafts)
    total = {lang: sum(len(d.annotations()) for d in drafts if d.lang.startswith(lang)) for lang in ("en", "zh")}
    print(f"{len(drafts)} drafts, faults: {total}")


if __name__ == "__main__":
    main()
