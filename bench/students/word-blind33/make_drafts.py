"""Build the word-blind33 drafts: the layout conference booklets and dais templates put on a draft.

Six drafts (four English, two Chinese), typed for this set (helper word-blind33, round 20), carrying Word's page
layout features: line numbering in the margin (w:lnNumType, restarting each page, each section, or running on),
a drop cap on the first letter of the first preambular lead (the letter is a paragraph of its own with
w:framePr w:dropCap="drop", as Word writes it), a "DRAFT" / "草案" watermark (VML WordArt, v:textpath, in the
header), page borders (w:pgBorders), the sponsor list in two newspaper columns (w:cols w:num="2") in a continuous
section of its own, text in a frame (w:framePr, bordered) beside the heading, a landscape section holding the
operative clauses in a table, automatic hyphenation (w:autoHyphenation in settings), soft hyphens (w:softHyphen)
inside lead words and non-breaking hyphens (w:noBreakHyphen) in "open-ended" and the like.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the
marks. Paragraph = 1-based index of the body's w:p in document order (table-cell, frame and drop-cap paragraphs
included; header paragraphs are not body paragraphs). Nothing of drafter is imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # every body paragraph with its index, layout marks and text
    python make_drafts.py --render D # PDF + PNG of each draft through soffice / pdftoppm
"""
from __future__ import annotations

import argparse
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SHY = "\u00ad"  # written as w:softHyphen
NBH = "\u2011"  # written as w:noBreakHyphen


def el(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        e.set(qn(k if ":" in k else "w:" + k), v)
    return e


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    e = el(tag, **attrs)
    parent.append(e)
    return e


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
    big: bool = False  # the drop-cap letter


@dataclass
class Sect:
    """The section a paragraph closes (its w:sectPr)."""
    cols: int = 1
    start: str = "continuous"  # how this section starts
    landscape: bool = False


@dataclass
class P:
    parts: list
    faults: list[F] = field(default_factory=list)
    jc: str | None = None
    drop: bool = False  # a drop-cap paragraph
    frame: bool = False  # a bordered frame at the right margin, beside the heading
    no_lines: bool = False  # w:suppressLineNumbers
    sect: Sect | None = None


@dataclass
class Table:
    """A table of clauses: rows of cells, each cell one paragraph."""
    rows: list[list[P]]
    widths: list[int]


@dataclass
class Layout:
    lines: str | None = "newPage"  # w:lnNumType restart value; None = no line numbers
    borders: bool = False
    watermark: str = "DRAFT"
    hyphenate: bool = True
    last: Sect = field(default_factory=Sect)  # the body's own (last) section


class Draft:
    def __init__(self, lang: str, layout: Layout) -> None:
        self.lang = lang
        self.layout = layout
        self.doc = docx.Document()
        self.body = self.doc.element.body
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        normal = self.doc.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        rfonts = normal.element.rPr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), "SimSun" if lang == "zh" else "Times New Roman")
        if lang == "zh":
            sub(normal.element.rPr, "w:lang", val="en-US", eastAsia="zh-CN")
        pf = normal.paragraph_format
        pf.space_after = Pt(6)
        self.marks: list[tuple[etree._Element, F]] = []
        self._watermark()
        if layout.hyphenate:
            settings = self.doc.settings.element
            tab = settings.find(qn("w:defaultTabStop"))
            tab.addnext(el("w:autoHyphenation"))
        self.header_ref = self.body.find(qn("w:sectPr")).find(qn("w:headerReference"))

    def _watermark(self) -> None:
        header = self.doc.sections[0].header
        header.is_linked_to_previous = False
        hp = header.paragraphs[0]._p
        text = self.layout.watermark
        font = "SimSun" if self.lang == "zh" else "Calibri"
        pict = parse_xml(
            f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word">'
            '<w:rPr><w:noProof/></w:rPr><w:pict>'
            '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
            'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
            '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
            '<v:shape id="PowerPlusWaterMarkObject1033" o:spid="_x0000_s2049" type="#_x0000_t136" '
            'style="position:absolute;margin-left:0;margin-top:0;width:412.4pt;height:164.95pt;rotation:315;'
            'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
            'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
            'fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
            f'<v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt" string="{text}"/>'
            '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>')
        ppr = hp.get_or_add_pPr()
        ppr.append(el("w:pStyle", val="Header")) if ppr.find(qn("w:pStyle")) is None else None
        hp.append(pict)

    # ------------------------------------------------------------ sections
    def sect_pr(self, s: Sect) -> etree._Element:
        sp = el("w:sectPr")
        sp.append(etree.fromstring(etree.tostring(self.header_ref)))
        sub(sp, "w:type", val=s.start)
        if s.landscape:
            sub(sp, "w:pgSz", w="16838", h="11906", orient="landscape")
            sub(sp, "w:pgMar", top="1134", right="1134", bottom="1134", left="1134", header="567", footer="567",
                gutter="0")
        else:
            sub(sp, "w:pgSz", w="11906", h="16838")
            sub(sp, "w:pgMar", top="1418", right="1418", bottom="1418", left="1418", header="709", footer="709",
                gutter="0")
        if self.layout.borders:
            b = sub(sp, "w:pgBorders", offsetFrom="page")
            for side in ("top", "left", "bottom", "right"):
                sub(b, "w:" + side, val="double", sz="4", space="24", color="auto")
        if self.layout.lines:
            sub(sp, "w:lnNumType", countBy="1", distance="284", restart=self.layout.lines)
        cols = sub(sp, "w:cols", space="425")
        if s.cols > 1:
            cols.set(qn("w:num"), str(s.cols))
        sub(sp, "w:docGrid", linePitch="360")
        return sp

    # ------------------------------------------------------------ paragraphs
    def runs(self, parent: etree._Element, part: R) -> None:
        r = sub(parent, "w:r")
        rpr = sub(r, "w:rPr")
        if part.b:
            sub(rpr, "w:b")
        if part.i:
            sub(rpr, "w:i")
        if part.big:
            sub(rpr, "w:position", val="-8")
            sub(rpr, "w:sz", val="104")
            sub(rpr, "w:szCs", val="104")
        if part.u:
            sub(rpr, "w:u", val="single")
        if len(rpr) == 0:
            r.remove(rpr)
        buf = ""

        def flush() -> None:
            nonlocal buf
            if buf:
                t = sub(r, "w:t")
                t.text = buf
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                buf = ""

        for ch in part.text:
            if ch == SHY:
                flush()
                sub(r, "w:softHyphen")
            elif ch == NBH:
                flush()
                sub(r, "w:noBreakHyphen")
            elif ch == "\t":
                flush()
                sub(r, "w:tab")
            else:
                buf += ch
        flush()

    def para(self, p: P) -> etree._Element:
        e = el("w:p")
        ppr = sub(e, "w:pPr")
        if p.drop:
            sub(ppr, "w:keepNext")
            sub(ppr, "w:framePr", dropCap="drop", lines="3", wrap="around", vAnchor="text", hAnchor="text")
        if p.frame:
            sub(ppr, "w:framePr", w="2552", hSpace="181", wrap="around", vAnchor="text", hAnchor="margin",
                xAlign="right", y="1")
        if p.no_lines or p.drop:
            sub(ppr, "w:suppressLineNumbers")
        if p.frame:
            bdr = sub(ppr, "w:pBdr")
            for side in ("top", "left", "bottom", "right"):
                sub(bdr, "w:" + side, val="single", sz="6", space="4", color="auto")
        if p.drop:
            sub(ppr, "w:spacing", after="0", line="827", lineRule="exact")
        if p.jc:
            sub(ppr, "w:jc", val=p.jc)
        if p.drop:
            sub(ppr, "w:textAlignment", val="baseline")
        if p.sect:
            ppr.append(self.sect_pr(p.sect))
        if len(ppr) == 0:
            e.remove(ppr)
        for part in p.parts:
            self.runs(e, part)
        for f in p.faults:
            self.marks.append((e, f))
        return e

    def table(self, t: Table) -> etree._Element:
        tbl = el("w:tbl")
        pr = sub(tbl, "w:tblPr")
        sub(pr, "w:tblStyle", val="TableGrid")
        sub(pr, "w:tblW", w=str(sum(t.widths)), type="dxa")
        bd = sub(pr, "w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            sub(bd, "w:" + side, val="single", sz="4", space="0", color="auto")
        sub(pr, "w:tblLook", val="04A0")
        grid = sub(tbl, "w:tblGrid")
        for w in t.widths:
            sub(grid, "w:gridCol", w=str(w))
        for row in t.rows:
            tr = sub(tbl, "w:tr")
            for w, cell in zip(t.widths, row):
                tc = sub(tr, "w:tc")
                tcpr = sub(tc, "w:tcPr")
                sub(tcpr, "w:tcW", w=str(w), type="dxa")
                tc.append(self.para(cell))
        return tbl

    def build(self, items: list) -> None:
        last = self.body.find(qn("w:sectPr"))
        for item in items:
            last.addprevious(self.table(item) if isinstance(item, Table) else self.para(item))
        new = self.sect_pr(self.layout.last)
        self.body.replace(last, new)

    def save(self, path: Path) -> list[dict]:
        self.doc.save(path)
        paras = body_paragraphs(self.body)
        index = {id(p): n for n, p in enumerate(paras, 1)}
        check = docx.Document(path)
        assert len(body_paragraphs(check.element.body)) == len(paras)
        return [{"paragraph": index[id(e)], "kind": f.kind, "note": f.note} for e, f in self.marks]


def body_paragraphs(body: etree._Element) -> list[etree._Element]:
    """The body's w:p in document order, text-box paragraphs left out."""
    return [p for p in body.iter(qn("w:p")) if not any(a.tag == qn("w:txbxContent") for a in p.iterancestors())]


# ---------------------------------------------------------------- helpers for the texts
def it(lead: str, rest: str) -> list[R]:
    return [R(lead, i=True), R(rest)]


def un(lead: str, rest: str) -> list[R]:
    return [R(lead, u=True), R(rest)]


def op(n: str, lead: str, rest: str, u: bool = False) -> list[R]:
    return [R(n + "\t"), R(lead, i=not u, u=u), R(rest)]


def drop(letter: str, i: bool = False, u: bool = False) -> P:
    return P([R(letter, i=i, u=u, big=True)], drop=True)


# ---------------------------------------------------------------- the drafts
def en_b01() -> tuple[str, Draft, list]:
    d = Draft("en", Layout(lines="newPage", borders=True))
    items = [
        P([R("Draft Resolution 2.1", b=True)], frame=True, jc="center", no_lines=True),
        P([R("Committee: ", b=True), R("Economic and Social Council")], no_lines=True),
        P([R("Topic: ", b=True), R("Safe drinking water in informal settlements")], no_lines=True),
        P([R("Sponsors:", b=True)], no_lines=True, sect=Sect()),
        P([R("Republic of Kenya")], no_lines=True),
        P([R("Kingdom of the Netherlands")], no_lines=True),
        P([R("Republic of Peru")], no_lines=True),
        P([R("Plurinational State of Bolivia")], no_lines=True),
        P([R("People's Republic of Bangladesh")], no_lines=True, sect=Sect(cols=2)),
        P([R("Signatories: ", b=True), R("Chile, Ghana, Jordan, Nepal, Portugal, Viet Nam")], no_lines=True),
        P([R("The Economic and Social Council", i=True), R(",")]),
        drop("R", i=True),
        P(it("ecognizing", " that about one in four city dwellers lives in an informal settlement without a safe "
                           "household water connection,")),
        P(it("Alarmed by", " the outbreaks of cholera recorded in informal settlements of several regions in 2023;"),
          [F("preambular-end-mark", 'the preambular clause ends "in 2023;" with a semicolon; expected «…in 2023,» — '
                                    "preambular clauses end with a comma (UN-B05, MUN-F04)")]),
        P(it("Taking Into Account", " the price of water bought from private vendors, which can be ten times the "
                                    "piped tariff,"),
          [F("capital-after-lead", 'capitalised words inside the lead "Taking Into Account"; expected «Taking into '
                                   "account» (MUN-F04)")]),
        P(it("Noting with appreciation", f" the work of the open{NBH}ended intergovernmental process on water and "
                                         "sanitation,")),
        P(op("1.", "Calls upon", " municipal authorities to extend piped networks to informal settlements on the "
                                 "basis of need and not of land title;")),
        P(op("2.", "Encourages", " community-run water kiosks with metered prices displayed at every outlet;")),
        P(op("3.", "Recommends", " that national water regulators:")),
        P([R("(a)\tpublish the tariffs charged by private water vendors each quarter;")]),
        P([R("(b)\tinclude informal settlements in their quality testing programmes;")]),
        P(op("4.", "Requests", " the regional commissions to collect data on water access in informal settlements "
                               "for the next session"),
          [F("operative-end-mark", 'the operative clause ends "for the next session" with no mark; expected «…for '
                                   "the next session;» (UN-B09, MUN-F05)")]),
        P(op("5.", "Invites", " Member States to report on progress at the high-level political forum in 2028.")),
    ]
    return "en-b01-frame-beside-heading-sponsors-in-two-columns-drop-cap-line-numbers-per-page", d, items


def en_b02() -> tuple[str, Draft, list]:
    d = Draft("en", Layout(lines="newSection", borders=True))
    items = [
        P([R("FORUM: ", b=True), R("General Assembly First Committee")]),
        P([R("QUESTION OF: ", b=True), R("Norms of responsible State behaviour in cyberspace")]),
        P([R("SUBMITTED BY: ", b=True), R("Estonia")]),
        P([R("CO-SUBMITTERS: ", b=True), R("Canada, Costa Rica, Ghana, Singapore")], sect=Sect()),
        P([R("THE GENERAL ASSEMBLY,")]),
        P(it(f"Re{SHY}calling", " its resolution 73/27 of 5 December 2018 and the reports of the groups of "
                                "governmental experts,")),
        P(it(f"Empha{SHY}sizing", f" that the open{NBH}ended working group established in 2019 is open to all "
                                  "Member States,")),
        P(it(f"Deeply con{SHY}cerned", " by ransomware attacks on hospitals during the pandemic,")),
        P(it("Noting", f" that capacity{NBH}building needs differ from one region to another,"), sect=Sect()),
        P(op("1.", f"Wel{SHY}comes", f" the consensus report of the open{NBH}ended working group adopted in "
                                     "2021;")),
        P(op("2.", "Calls upon", " Member States to designate national points of contact. These points of "
                                 "contact should be reachable at all hours;"),
          [F("full-stop-inside-clause", 'full stop inside the operative clause: "points of contact. These points '
                                        'of contact should"; expected «…points of contact reachable at all '
                                        "hours;» — one full stop, at the end (UN-B09, MUN-F05)")]),
        P(op("3.", f"Re{SHY}comends", " that regional organizations:"),
          [F("misspelt-lead", 'the lead is misspelt "Recomends"; expected «Recommends» (UN-B06)')]),
        P([R("a)\tshare threat information through trusted channels;")]),
        P([R("b)\thold joint exercises on incident response;")]),
        P([R("d)\tassist small States in drafting national cyber strategies;")],
          [F("sub-clause-label", 'the sub-clauses run "a)", "b)", "d)": the label "c)" is skipped; expected «c)» '
                                 "(MUN-F06)")]),
        P(op("5.", f"En{SHY}courages", " the private sector to disclose vulnerabilities to the vendors concerned "
                                       "without delay;"),
          [F("numbering", 'the clause numbers run "3." then "5.": "4." is skipped; expected «4.» (UN-B07)')]),
        P(op("6.", f"Re{SHY}quests", f" the Secretary{NBH}General to report on the implementation of this "
                                     f"resolution at its eighty{NBH}first session.")),
    ]
    return "en-b02-soft-hyphens-in-leads-auto-hyphenation-page-borders-line-numbers-per-section", d, items


def en_b03() -> tuple[str, Draft, list]:
    d = Draft("en", Layout(lines="continuous", borders=False, last=Sect(start="nextPage", landscape=True)))
    rows = [
        [P([R("No.", b=True)]), P([R("Operative clause", b=True)])],
        [P([R("1.")]), P(it("Urges", " Member States to set a speed limit of 30 km/h on streets where people walk, "
                                     "live and play;"))],
        [P([R("2.")]), P(it("Invites", " manufacturers of motorcycle helmets to meet the United Nations "
                                       "regulation on helmets,"),
                         [F("operative-end-mark", 'the operative clause ends "regulation on helmets," with a comma; '
                                                  "expected «…regulation on helmets;» (UN-B09, MUN-F05)")])],
        [P([R("3.")]), P(it("Encourages", " cities to redesign school routes with raised crossings and "
                                          "protected cycle lanes;"))],
        [P([R("4.")]), P(it("Requests", " the World Health Organization to publish the next global status report "
                                        "on road safety in 2028;"),
                         [F("operative-end-mark", 'the last operative clause ends "in 2028;"; expected «…in 2028.» — '
                                                  "the resolution closes with a full stop (UN-B09, MUN-F05)")])],
    ]
    items = [
        P([R("DRAFT RESOLUTION 1.3", b=True)], jc="center"),
        P([R("Code: SPC/1.3", b=True)], frame=True, jc="center"),
        P([R("Committee: ", b=True), R("Special Political and Decolonization Committee")]),
        P([R("Topic: ", b=True), R("Improving global road safety")]),
        P([R("Signatories: ", b=True), R("Argentina, Ethiopia, France, India, Malaysia, Morocco, Norway, Oman, "
                                         "Sweden, Uganda")]),
        P([R("The General Assembly", i=True), R(",")]),
        drop("G", i=True),
        P(it("uided by", " the target of the 2030 Agenda to halve the number of global deaths and injuries from "
                         "road traffic crashes,")),
        P(it("Recalling", f" the Second Decade of Action for Road Safety 2021{NBH}2030,")),
        P(it("Concerned", " that motorcyclists, cyclists and pedestrians make up more than half of all road "
                          "deaths."),
          [F("preambular-end-mark", 'the preambular clause ends "of all road deaths." with a full stop; expected '
                                    "«…of all road deaths,» (UN-B05, MUN-F04)")]),
        P(it("Aware of", " the cost of crashes to health systems in low- and middle-income countries,"),
          sect=Sect()),
        Table(rows, [1134, 12000]),
        P([]),
    ]
    return "en-b03-landscape-section-table-of-clauses-drop-cap-frame-code", d, items


def en_b04() -> tuple[str, Draft, list]:
    d = Draft("en", Layout(lines="newPage", borders=True))
    items = [
        P([R("Draft Resolution 4.2", b=True)], frame=True, jc="center", no_lines=True),
        P([R("Committee: ", b=True), R("Food and Agriculture Organization")], no_lines=True),
        P([R("Topic: ", b=True), R("Securing the livelihoods of small-scale fishers")], no_lines=True),
        P([R("Sponsors:", b=True)], no_lines=True, sect=Sect()),
        P([R("Republic of Senegal")], no_lines=True),
        P([R("Republic of Chile")], no_lines=True),
        P([R("Republic of Indonesia")], no_lines=True),
        P([R("Kingdom of Norway")], no_lines=True, sect=Sect(cols=2)),
        P([R("Signatories: ", b=True), R("Fiji, Iceland, Mauritania, Philippines, Sri Lanka, United Republic of "
                                         "Tanzania")], no_lines=True),
        P([R("The Conference of the Food and Agriculture Organization", i=True), R(",")]),
        drop("A", i=True),
        P(it("cknowledging", " that small-scale fisheries employ about nine in ten of the world's fishers,")),
        P(it(f"Re{SHY}calling", " the Voluntary Guidelines for Securing Sustainable Small-Scale Fisheries "
                                "endorsed in 2014,")),
        P(it(f"Con{SHY}cerned", " by the loss of fishing grounds to coastal construction and industrial fleets,")),
        P(it("Noting", f" the open{NBH}ended consultations held with fishing communities in 2024,")),
        P(op("1.", f"En{SHY}courages", " Member States to reserve inshore zones for small-scale fishers:")),
        P([R("(a)\tby mapping the grounds that communities have fished by custom;")]),
        P([R("(b)\tby keeping industrial trawlers outside those zones;")]),
        P(op("2.", "Calls upon", f" donors to fund cold{NBH}chain facilities run by fishers' cooperatives;")),
        P(op("3.", f"Re{SHY}quests", " the Director-General to report to the Committee on Fisheries on the "
                                     "progress made at its next session.")),
    ]
    return "en-b04-clean-frame-sponsors-in-two-columns-drop-cap-soft-and-non-breaking-hyphens", d, items


def zh_b05() -> tuple[str, Draft, list]:
    d = Draft("zh", Layout(lines="newPage", borders=True, watermark="草案"))
    items = [
        P([R("决议草案", b=True)], jc="center", no_lines=True),
        P([R("草案编号：1.2", b=True)], frame=True, jc="center", no_lines=True),
        P([R("委员会：", b=True), R("大会第二委员会")], no_lines=True),
        P([R("议题：", b=True), R("海洋塑料污染的治理")], no_lines=True),
        P([R("起草国：", b=True)], no_lines=True, sect=Sect()),
        P([R("印度尼西亚共和国")], no_lines=True),
        P([R("挪威王国")], no_lines=True),
        P([R("秘鲁共和国")], no_lines=True),
        P([R("卢旺达共和国")], no_lines=True, sect=Sect(cols=2)),
        P([R("附议国：", b=True)], no_lines=True,
          faults=[F("heading-field-missing", '"附议国：" is left empty: no signatory is named; expected «附议国：'
                                             "<国家>» (ZH-H01)")]),
        P([R("大会", b=True), R("，")]),
        drop("回", u=True),
        P(un("顾", "其关于海洋和海洋法的历次决议，")),
        P(un("关切地注意到", "每年约有一千一百万吨塑料废物进入海洋；"),
          [F("preambular-end-mark", '序言性条款以 "进入海洋；" 分号结尾；expected «……进入海洋，» (UN-B05, ZH-B02)')]),
        P(un("认识到", "减少一次性塑料制品的生产和使用对保护海洋生态系统的重要性,"),
          [F("half-width-punctuation-in-chinese", '序言性条款以半角逗号结尾 "的重要性,"；expected «……的重要性，» '
                                                  "(UN-B18, ZH-B02)")]),
        P([R("1. "), *un("呼吁", "各会员国制定减少塑料废物的国家行动计划；")]),
        P([R("2. "), *un("鼓励", "沿海城市建立废物分类回收体系。并在渔港设立废旧渔网回收点；")],
          [F("full-stop-inside-clause", '行动性条款中间出现句号 "回收体系。并在渔港"；expected «……回收体系，并在渔港……» — '
                                        "全文只有一个句号 (ZH-B05, UN-B09)")]),
        P([R("3. "), *un("请", "联合国环境规划署：")]),
        P([R("(a) 汇编各国关于塑料污染的数据；")]),
        P([R("(b) 向发展中国家提供技术援助；")]),
        P([R("5. "), *un("邀请", "各会员国在下届会议上报告执行本决议的进展情况。")],
          [F("numbering", '条款编号 "3." 之后为 "5."，缺少 "4."；expected «4.» (UN-B07, ZH-B03)')]),
    ]
    return "zh-b05-sponsors-in-two-columns-empty-signatories-drop-cap-frame-number", d, items


def zh_b06() -> tuple[str, Draft, list]:
    d = Draft("zh", Layout(lines="newSection", borders=True, watermark="草案",
                           last=Sect(start="nextPage", landscape=True)))
    rows = [
        [P([R("1.")]), P(un("敦促", "各会员国将老年人纳入国家社会保护体系；"))],
        [P([R("2.")]), P(un("鼓励", "各国为照护老年人的家庭成员提供带薪照护假；"))],
        [P([R("3.")]), P(un("请", "世界卫生组织：")), ],
        [P([R("")]), P([R("(a) 编写关于长期照护质量的指导原则；")])],
        [P([R("")]), P([R("(b) 协助各国培训社区照护人员；")])],
        [P([R("4.")]), P(un("邀请", "各会员国在下届会议上报告执行本决议的情况。"))],
    ]
    items = [
        P([R("决议草案", b=True)], jc="center", no_lines=True),
        P([R("草案编号：3.1", b=True)], frame=True, jc="center", no_lines=True),
        P([R("委员会：", b=True), R("大会第三委员会")], no_lines=True),
        P([R("议题：", b=True), R("人口老龄化与老年人权利")], no_lines=True),
        P([R("起草国：", b=True)], no_lines=True, sect=Sect()),
        P([R("日本")], no_lines=True),
        P([R("意大利")], no_lines=True),
        P([R("智利")], no_lines=True),
        P([R("新加坡")], no_lines=True, sect=Sect(cols=2)),
        P([R("附议国：", b=True), R("阿根廷、芬兰、肯尼亚、毛里求斯、葡萄牙、泰国")], no_lines=True),
        P([R("大会", b=True), R("，")]),
        drop("认", u=True),
        P(un("识到", "全世界六十岁以上的人口到2050年将达到二十一亿，")),
        P(un("回顾", "《马德里老龄问题国际行动计划》，")),
        P(un("关切地注意到", "许多国家的长期照护服务仍然不足，"), sect=Sect()),
        Table(rows, [1134, 12000]),
        P([]),
    ]
    return "zh-b06-clean-landscape-table-of-clauses-sponsors-in-two-columns-drop-cap", d, items


DRAFTS = [en_b01, en_b02, en_b03, en_b04, zh_b05, zh_b06]


def shown(p: etree._Element) -> str:
    out = []
    for node in p.iter():
        if node.tag == qn("w:t"):
            out.append(node.text or "")
        elif node.tag == qn("w:tab"):
            out.append("→")
        elif node.tag == qn("w:noBreakHyphen"):
            out.append("‑")
        elif node.tag == qn("w:softHyphen"):
            out.append("·")
    return "".join(out)


def marks(p: etree._Element) -> str:
    m = []
    if p.find(".//" + qn("w:framePr")) is not None:
        m.append("dropcap" if p.find(".//" + qn("w:framePr")).get(qn("w:dropCap")) else "frame")
    if any(a.tag == qn("w:tc") for a in p.iterancestors()):
        m.append("cell")
    if p.find(".//" + qn("w:sectPr")) is not None:
        s = p.find(".//" + qn("w:sectPr"))
        num = s.find(qn("w:cols")).get(qn("w:num"))
        m.append(f"sect(cols={num or 1})")
    return ",".join(m)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--render")
    args = ap.parse_args()
    annotations: dict = {}
    for make in DRAFTS:
        name, d, items = make()
        d.build(items)
        path = HERE / f"{name}.docx"
        faults = d.save(path)
        annotations[path.name] = {"faults": faults}
        if args.list:
            print(f"== {path.name}")
            for n, p in enumerate(body_paragraphs(d.body), 1):
                print(f"{n:3} [{marks(p)}] {shown(p)}")
        if args.render:
            out = Path(args.render)
            out.mkdir(parents=True, exist_ok=True)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)],
                           check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-r", "50", "-png", str(out / f"{name}.pdf"), str(out / name)], check=True)
    head = ("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based index of the body's w:p "
            "(table-cell, frame and drop-cap paragraphs included; header paragraphs are not body paragraphs)\n")
    text = yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(head + text, encoding="utf-8")


if __name__ == "__main__":
    main()
