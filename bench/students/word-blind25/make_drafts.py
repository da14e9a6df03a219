"""Build the word-blind25 drafts: a secretariat's Word template filled in by delegates, revisions left in.

The template (written here, imitating what a conference secretariat hands out): the committee in the page header,
"DRAFT RESOLUTION" / "决议草案", a "Resolution No." line whose value is a legacy form field (FORMTEXT, left blank for
the dais), the heading fields in a two-column table whose values are inline content controls (w:sdt) with Word's
placeholder "Click or tap here to enter text." / "单击或点击此处输入文字。", the organ line, and the clause area in
block content controls (one per preambular clause slot, one around the operative clauses, numbered by Word's list).
Each delegate filled it in and edited it with Track Changes on; the revisions (w:ins, w:del, w:moveFrom / w:moveTo,
inserted and deleted paragraph marks) and a chair's comment are left in.

Faults are judged on what Word displays with all revisions accepted (Final / No Markup); they are marked next to the
paragraph that carries them (F(kind, note)) and annotations.yaml is written from the marks. Paragraph = 1-based index
of the body's w:p in document order (table cells and content-control paragraphs included; a paragraph whose mark
is deleted counts as the w:p it is). Nothing of drafter is imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # print every body paragraph with its index: ~~deleted~~ ++inserted++
    python make_drafts.py --render D # PDF + PNG of each draft through soffice / pdftoppm
"""
from __future__ import annotations

import argparse
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
WHEN = "2027-04-17T09:12:00Z"
PH_EN = "Click or tap here to enter text."
PH_ZH = "单击或点击此处输入文字。"

_ids = iter(range(100, 100000))


def el(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        e.set(qn("w:" + k), v)
    return e


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    e = el(tag, **attrs)
    parent.append(e)
    return e


# ---------------------------------------------------------------- the little language of the drafts
@dataclass
class R:
    """A run: text, emphasis, tracked as ins / del / moveFrom / moveTo, or placeholder-styled."""
    text: str
    i: bool = False
    b: bool = False
    track: str | None = None
    ph: bool = False


@dataclass
class Field:
    """A legacy text form field (FORMTEXT); its result text (Word's blank: five en spaces)."""
    result: str = "\u2002" * 5
    name: str = "Text1"


@dataclass
class Ctl:
    """An inline content control (plain text); placeholder=True: it still shows Word's placeholder."""
    alias: str
    runs: list[R]
    placeholder: bool = False


@dataclass
class F:
    kind: str
    note: str


@dataclass
class P:
    parts: list  # R / Field / Ctl
    faults: list[F] = field(default_factory=list)
    num: int | None = None          # list level (0 clause, 1 sub-clause) in the operative list
    mark: str | None = None         # tracked paragraph mark: ins / del / moveFrom / moveTo
    move: str | None = None         # name of the move range the paragraph belongs to
    comment: str | None = None      # a chair's comment anchored on the paragraph's runs
    jc: str | None = None
    bold_all: bool = False


@dataclass
class Block:
    """A block content control around paragraphs; placeholder=True: its one paragraph shows the placeholder."""
    alias: str
    paras: list[P]
    placeholder: bool = False


@dataclass
class Table:
    rows: list[tuple[P, P]]


def run_el(r: R, lang: str) -> etree._Element:
    e = el("w:r")
    pr = sub(e, "w:rPr")
    if r.ph:
        sub(pr, "w:rStyle", val="PlaceholderText")
    if r.b:
        sub(pr, "w:b")
    if r.i:
        sub(pr, "w:i")
    if lang == "zh":
        sub(pr, "w:lang", val="en-US", eastAsia="zh-CN")
    if len(pr) == 0:
        e.remove(pr)
    deleted = r.track in ("del", "moveFrom")
    t = sub(e, "w:delText" if deleted else "w:t")
    t.text = r.text
    t.set(XML_SPACE, "preserve")
    return e


def tracked(kind: str, child: etree._Element, author: str) -> etree._Element:
    wrap = el("w:" + kind, id=str(next(_ids)), author=author, date=WHEN)
    wrap.append(child)
    return wrap


def field_runs(f: Field) -> list[etree._Element]:
    begin = el("w:r")
    fc = sub(begin, "w:fldChar", fldCharType="begin")
    ff = sub(fc, "w:ffData")
    sub(ff, "w:name", val=f.name)
    sub(ff, "w:enabled")
    sub(ff, "w:calcOnExit", val="0")
    sub(ff, "w:textInput")
    instr = el("w:r")
    it = sub(instr, "w:instrText")
    it.text = " FORMTEXT "
    it.set(XML_SPACE, "preserve")
    sep = el("w:r")
    sub(sep, "w:fldChar", fldCharType="separate")
    res = el("w:r")
    t = sub(res, "w:t")
    t.text = f.result
    t.set(XML_SPACE, "preserve")
    end = el("w:r")
    sub(end, "w:fldChar", fldCharType="end")
    return [begin, instr, sep, res, end]


def sdt_pr(alias: str, placeholder: bool, plain: bool) -> etree._Element:
    pr = el("w:sdtPr")
    sub(pr, "w:alias", val=alias)
    sub(pr, "w:tag", val=alias.lower().replace(" ", "-"))
    sub(pr, "w:id", val=str(next(_ids) * 7919))
    if placeholder:
        sub(pr, "w:showingPlcHdr")
    if plain:
        sub(pr, "w:text")
    return pr


class Draft:
    def __init__(self, lang: str, author: str, header: str) -> None:
        self.lang = lang
        self.author = author
        self.doc = docx.Document()
        self.body = self.doc.element.body
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        self.marks: list[tuple[etree._Element, F]] = []
        self.comments: list[tuple[etree._Element, str]] = []
        self._styles()
        self._numbering()
        hp = self.doc.sections[0].header.paragraphs[0]
        hp.text = header
        hp.alignment = 2  # right

    def _styles(self) -> None:
        normal = self.doc.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        rfonts = normal.element.rPr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), "SimSun" if self.lang == "zh" else "Times New Roman")
        ph = self.doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.element.set(qn("w:styleId"), "PlaceholderText")
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    def _numbering(self) -> None:
        numbering = self.doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        ab = sub(numbering, "w:abstractNum", abstractNumId="7")
        sub(ab, "w:multiLevelType", val="multilevel")
        for ilvl, fmt, text in ((0, "decimal", "%1."), (1, "lowerLetter", "(%2)")):
            lvl = sub(ab, "w:lvl", ilvl=str(ilvl))
            sub(lvl, "w:start", val="1")
            sub(lvl, "w:numFmt", val=fmt)
            sub(lvl, "w:lvlText", val=text)
            sub(lvl, "w:lvlJc", val="left")
            ppr = sub(lvl, "w:pPr")
            sub(ppr, "w:ind", left=str(360 + 360 * (ilvl + 1)), hanging="360")
        num = sub(numbering, "w:num", numId="3")
        sub(num, "w:abstractNumId", val="7")

    # ------------------------------------------------------------ building
    def para(self, p: P) -> etree._Element:
        e = el("w:p")
        ppr = sub(e, "w:pPr")
        if p.num is not None:
            npr = sub(ppr, "w:numPr")
            sub(npr, "w:ilvl", val=str(p.num))
            sub(npr, "w:numId", val="3")
        if p.jc:
            sub(ppr, "w:jc", val=p.jc)
        if p.mark:
            rpr = sub(ppr, "w:rPr")
            sub(rpr, "w:" + p.mark, id=str(next(_ids)), author=self.author, date=WHEN)
        if p.move and p.mark in ("moveFrom", "moveTo"):
            sub(e, f"w:{p.mark}RangeStart", id=str(next(_ids)), name=p.move, author=self.author, date=WHEN)
        for part in p.parts:
            if isinstance(part, R):
                if p.bold_all:
                    part.b = True
                r = run_el(part, self.lang)
                e.append(tracked(part.track, r, self.author) if part.track else r)
            elif isinstance(part, Field):
                for r in field_runs(part):
                    e.append(r)
            elif isinstance(part, Ctl):
                sdt = sub(e, "w:sdt")
                sdt.append(sdt_pr(part.alias, part.placeholder, plain=True))
                content = sub(sdt, "w:sdtContent")
                for r in part.runs:
                    content.append(run_el(r, self.lang))
        if p.move and p.mark in ("moveFrom", "moveTo"):
            start = e.find(qn(f"w:{p.mark}RangeStart"))
            sub(e, f"w:{p.mark}RangeEnd", id=start.get(qn("w:id")))
        for f in p.faults:
            self.marks.append((e, f))
        if p.comment:
            self.comments.append((e, p.comment))
        return e

    def add(self, *items: P | Block | Table) -> None:
        sect = self.body.find(qn("w:sectPr"))
        for item in items:
            if isinstance(item, P):
                sect.addprevious(self.para(item))
            elif isinstance(item, Block):
                sdt = el("w:sdt")
                sdt.append(sdt_pr(item.alias, item.placeholder, plain=False))
                content = sub(sdt, "w:sdtContent")
                for p in item.paras:
                    content.append(self.para(p))
                sect.addprevious(sdt)
            else:
                tbl = el("w:tbl")
                tpr = sub(tbl, "w:tblPr")
                sub(tpr, "w:tblStyle", val="TableGrid")
                sub(tpr, "w:tblW", w="0", type="auto")
                grid = sub(tbl, "w:tblGrid")
                sub(grid, "w:gridCol", w="2200")
                sub(grid, "w:gridCol", w="6800")
                for left, right in item.rows:
                    tr = sub(tbl, "w:tr")
                    for cell, width in ((left, "2200"), (right, "6800")):
                        tc = sub(tr, "w:tc")
                        tcpr = sub(tc, "w:tcPr")
                        sub(tcpr, "w:tcW", w=width, type="dxa")
                        tc.append(self.para(cell))
                sect.addprevious(tbl)

    def paras(self) -> list[etree._Element]:
        return [p for p in self.body.iter(qn("w:p")) if not any(
            a.tag == qn("w:txbxContent") for a in p.iterancestors())]

    def save(self, name: str) -> dict:
        for p, text in self.comments:
            para = Paragraph(p, self.doc._body)
            runs = [Run(r, para) for r in p.iter(qn("w:r"))]
            self.doc.add_comment(runs, text=text, author="Chair (SOCHUM)" if self.lang == "en" else "主席团",
                                 initials="CH")
        path = HERE / name
        self.doc.save(str(path))
        order = {id(e): i for i, e in enumerate(self.paras(), 1)}
        faults = [{"paragraph": order[id(e)], "kind": f.kind, "note": f.note} for e, f in self.marks]
        faults.sort(key=lambda f: f["paragraph"])
        again = docx.Document(str(path))
        assert len(list(again.element.body.iter(qn("w:p")))) == len(order), name
        return {"faults": faults}


def lead(words: str, rest: str, i: bool = True) -> list[R]:
    return [R(words, i=i), R(rest)]


# ---------------------------------------------------------------- the template, filled in
def heading_en(d: Draft, topic: list | Ctl, sponsors: P, signatories: P, number: Field | None = None) -> None:
    d.add(P([R("DRAFT RESOLUTION")], jc="center", bold_all=True),
          P([R("Resolution No.: "), number or Field()]),
          Table([(P([R("Topic:")], bold_all=True), P([topic] if isinstance(topic, Ctl) else topic)),
                 (P([R("Sponsors:")], bold_all=True), sponsors),
                 (P([R("Signatories:")], bold_all=True), signatories)]),
          P([R("The General Assembly,", i=True)]))


def heading_zh(d: Draft, topic: P, sponsors: P, signatories: P) -> None:
    d.add(P([R("决议草案")], jc="center", bold_all=True),
          P([R("草案编号："), Field()]),
          Table([(P([R("议题：")], bold_all=True), topic),
                 (P([R("起草国：")], bold_all=True), sponsors),
                 (P([R("附议国：")], bold_all=True), signatories)]),
          P([R("大会，")]))


HEADER_EN = "Lakeshore Model United Nations 2027 | Committee: General Assembly Third Committee (SOCHUM)"
HEADER_ZH = "2027年湖滨模拟联合国大会 | 委员会：联合国大会第三委员会（社会、人道主义和文化）"


def ctl(alias: str, text: str) -> P:
    return P([Ctl(alias, [R(text)])])


def en_t01() -> Draft:
    d = Draft("en", "Delegate of Chile", HEADER_EN)
    heading_en(d, Ctl("Topic", [R("Promoting the rights of older persons")]),
               ctl("Sponsors", "Chile, Ghana, Japan"),
               ctl("Signatories", "Austria, Brazil, Egypt, Kenya, Peru, Viet Nam"))
    d.add(Block("Preambulatory clause", [P(lead("Recalling", " the United Nations Principles for Older Persons "
                                                "adopted in 1991,"))]),
          Block("Preambulatory clause", [P(lead("Noting with concern", " that many older persons live alone "
                                                "without a regular income or care")
                                           + [R(".", track="del"), R(",", track="ins")])]),
          Block("Preambulatory clause", [P(lead("Aware", " that older women face compounded discrimination in "
                                                "access to pensions and land,"),
                                           comment="Please give a source for this in your speech.")]),
          Block("Preambulatory clause", [P(lead("Welcoming", " the work of the Open-ended Working Group on Ageing,"))]),
          Block("Operative clauses", [
              P(lead("Encourages", " Member States to include older persons in their national social protection "
                     "floors;"), num=0),
              P([R("Calls upon", i=True, track="ins"),
                 R(" Member States to collect data on older persons disaggregated by age and sex;", track="ins")],
                num=0, mark="ins"),
              P(lead("Recommends", " that community care services be offered in the home wherever possible, "
                     "including:"), num=0),
              P([R("regular visits by trained care workers;")], num=1),
              P([R("respite for family carers;")], num=1),
              P(lead("Requests", " the Secretary-General to report on the implementation of the present resolution")
                + [R(" in writing", track="del"), R(" at its eighty-fourth session.")], num=0),
          ]))
    return d


def en_t02() -> Draft:
    d = Draft("en", "Delegate of Colombia", HEADER_EN)
    heading_en(d, Ctl("Topic", [R("Protection of children living on the street")]),
               ctl("Sponsors", "Colombia, India, Kenya"),
               P([Ctl("Signatories", [R(PH_EN, ph=True)], placeholder=True)],
                 [F("heading-field-missing", 'the Signatories value still shows the content control\'s placeholder '
                    f'"{PH_EN}": no State is named; expected «Signatories: <States>» (MUN-H01)')]))
    d.add(Block("Preambulatory clause", [P(lead("Recognizing", " that children living on the street are exposed to "
                                                "violence and exploitation,"))]),
          Block("Preambulatory clause", [P(lead("Alarmed by", " reports of children detained for vagrancy in several "
                                                "regions") + [R(",", track="del"), R(";", track="ins")],
                                           [F("preambular-end-mark", 'a tracked change replaced the clause\'s "," by '
                                              '";": accepted, it ends "several regions;"; expected «,» '
                                              '(UN-B05, MUN-F04)')])]),
          Block("Preambulatory clause", [P(lead("Bearing in mind", " the Convention on the Rights of the Child,"))]),
          Block("Preambulatory clause", [P([R(PH_EN, ph=True)],
                                           [F("other", 'an unused clause slot of the template still shows the '
                                              f'placeholder "{PH_EN}" between the preamble and the operative '
                                              'clauses: no clause text; expected the slot removed (UN-B01)')])],
                placeholder=True),
          Block("Operative clauses", [
              P(lead("Urges", " Member States to end the detention of children for vagrancy and begging;"), num=0),
              P([R("Calls Upon", i=True, track="ins"),
                 R(" national authorities to register every child at birth free of charge;", track="ins")],
                [F("capital-after-lead", 'the inserted clause (tracked) opens "Calls Upon": capitalised word in the '
                   'lead phrase; expected «Calls upon» (MUN-F03)')], num=0, mark="ins"),
              P(lead("Encourages", " partnerships with drop-in centres run by civil society;"),
                [F("operative-end-mark", 'once the tracked deletion of the last clause is accepted this is the last '
                   'operative clause and it ends "civil society;"; expected «.» (UN-B09, MUN-F05)')], num=0),
              P([R("Requests", i=True, track="del"),
                 R(" the Secretary-General to report on street children at the next session.", track="del")],
                num=0, mark="del"),
              P([]),
          ]))
    return d


def en_t03() -> Draft:
    d = Draft("en", "Delegate of Nepal", HEADER_EN)
    heading_en(d, Ctl("Topic", [R("Adult literacy and lifelong learning")]),
               P([Field("Nepal, Norway, Senegal", name="Sponsors")]),
               ctl("Signatories", "Bolivia (Plurinational State of), Fiji, Ireland, Morocco, Tunisia"))
    convinced = " that literacy programmes for adults strengthen the health and income of whole families,"
    d.add(Block("Preambulatory clause", [
              P([R("Convinced", i=True, track="moveTo"), R(convinced, track="moveTo")], mark="moveTo",
                move="move1"),
              P(lead("Reaffirming", " the right of everyone to education,"))]),
          Block("Preambulatory clause", [P(lead("Concerned", " that some 750 million adults still lack basic "
                                                "literacy skills."),
                                           [F("preambular-end-mark", 'preambular clause ends "literacy skills."; '
                                              'expected «,» (UN-B05, MUN-F04)')])]),
          Block("Preambulatory clause", [P([R("Convinced", i=True, track="moveFrom"), R(convinced, track="moveFrom")],
                                           mark="moveFrom", move="move1")]),
          Block("Operative clauses", [
              P([R("1. ")] + lead("Invites", " Member States to fund evening literacy classes for adults;")),
              P([R("2. ", track="del"), R("Encourages", i=True, track="del"),
                 R(" the use of mobile telephones for literacy lessons in rural areas;", track="del")], mark="del"),
              P([R("3. ")] + lead("Requests", " the United Nations Educational, Scientific and Cultural Organization "
                                  "to publish open reading materials for adults in local languages;"),
                [F("numbering", 'once the tracked deletion of clause "2." is accepted, the typed label "3." follows '
                   '"1."; expected «2.» (UN-B07, MUN-F05)')]),
              P([R("4. ")] + lead("Further requests", " the Secretary-General to report on progress at the "
                                  "eighty-fourth session.")),
          ]))
    return d


def zh_t04() -> Draft:
    d = Draft("zh", "智利代表", HEADER_ZH)
    heading_zh(d, ctl("议题", "促进老年人的权利"), ctl("起草国", "日本、加纳、智利"),
               ctl("附议国", "奥地利、巴西、埃及、肯尼亚、秘鲁、越南"))
    moved = [R("请", i=True, track="moveTo"), R("各会员国按年龄和性别收集老年人数据；", track="moveTo")]
    d.add(Block("序言性条款", [P(lead("回顾", "1991年《联合国老年人原则》，"))]),
          Block("序言性条款", [P(lead("关切地注意到", "许多老年人独自生活，缺乏固定收入和照料，"))]),
          Block("序言性条款", [P(lead("认识到", "老年妇女在获得养老金和土地方面受到多重歧视，"))]),
          Block("行动性条款", [
              P(lead("鼓励", "各会员国将老年人纳入国家社会保护底线；"), num=0,
                comment="请在发言中说明社会保护底线的含义。"),
              P(moved, num=0, mark="moveTo", move="move1"),
              P(lead("建议", "在可能情况下提供居家社区照料服务；"), num=0),
              P([R("请", i=True, track="moveFrom"), R("各会员国按年龄和性别收集老年人数据；", track="moveFrom")],
                num=0, mark="moveFrom", move="move1"),
              P(lead("请", "秘书长向大会第八十四届会议报告本决议的执行情况") + [R("；", track="del"), R("。", track="ins")],
                num=0),
          ]))
    return d


def zh_t05() -> Draft:
    d = Draft("zh", "哥伦比亚代表", HEADER_ZH)
    heading_zh(d, ctl("议题", "保护流落街头的儿童"), ctl("起草国", "哥伦比亚、肯尼亚、印度"),
               P([Ctl("附议国", [R(PH_ZH, ph=True)], placeholder=True)],
                 [F("heading-field-missing", f'附议国一栏仍是内容控件的占位文字 "{PH_ZH}"，没有列出任何国家；'
                    '应为 «附议国：<国家>» (ZH-H01)')]))
    moved = "与民间社会运营的救助中心建立伙伴关系；"
    d.add(Block("序言性条款", [P(lead("认识到", "流落街头的儿童面临暴力和剥削的风险，"))]),
          Block("序言性条款", [P(lead("震惊地注意到", "一些地区以流浪为由拘留儿童") + [R("，", track="del"), R("。", track="ins")],
                                 [F("preambular-end-mark", '修订（插入）把序言性条款末尾的 "，" 改为 "。"：接受后以 '
                                    '"拘留儿童。" 结尾；应为 «，» (ZH-B02, UN-B05)')])]),
          Block("序言性条款", [P(lead("铭记", "《儿童权利公约》，"))]),
          Block("行动性条款", [
              P(lead("敦促", "各会员国停止以流浪和乞讨为由拘留儿童；"), num=0),
              P([R("促请", i=True, track="ins"), R("各国主管部门免费为每名儿童办理出生登记", track="ins")],
                [F("operative-end-mark", '修订插入的行动性条款没有结尾标点，止于 "办理出生登记"；应为 «；» '
                   '(ZH-B03, UN-B09)')], num=0, mark="ins"),
              P([R("鼓励", i=True, track="moveFrom"), R(moved, track="moveFrom")], num=0, mark="moveFrom", move="move1"),
              P(lead("请", "秘书长向大会下届会议报告流落街头儿童的情况。"),
                [F("operative-end-mark", '接受修订（移动）后此条款不再是最后一条，却以 "。" 结尾；应为 «；» '
                   '(ZH-B03, UN-B09)')], num=0),
              P([R("鼓励", i=True, track="moveTo"), R(moved, track="moveTo")],
                [F("operative-end-mark", '修订移到末尾的条款成为最后一条行动性条款，却以 "；" 结尾；应为 «。» '
                   '(ZH-B03, UN-B09)')], num=0, mark="moveTo", move="move1"),
          ]))
    return d


def zh_t06() -> Draft:
    d = Draft("zh", "尼泊尔代表", HEADER_ZH)
    heading_zh(d, ctl("议题", "成人扫盲与终身学习"), P([Field("尼泊尔、挪威、塞内加尔", name="起草国")]),
               ctl("附议国", "斐济、爱尔兰、摩洛哥、突尼斯、玻利维亚（多民族国）"))
    d.add(Block("序言性条款", [P(lead("重申", "人人享有受教育的权利，"))]),
          Block("序言性条款", [P(lead("关切", "全世界仍有约7.5亿成人缺乏基本读写能力，")),
                              P([R("深信", i=True, track="ins"), R("成人扫盲方案能够增进整个家庭的健康和收入；", track="ins")],
                                [F("preambular-end-mark", '修订插入的序言性条款以 "；" 结尾；应为 «，» (ZH-B02, UN-B05)')],
                                mark="ins", comment="这一条是谁加的？请在会上说明。")]),
          Block("行动性条款", [
              P(lead("邀请", "各会员国") + [R(",特别是最不发达国家，", track="ins"), R("为成人夜校提供资金；")],
                [F("half-width-punctuation-in-chinese", '修订插入的 ",特别是最不发达国家" 用半角逗号 ","；'
                   '应为 «，» (UN-B18)')], num=0),
              P(lead("鼓励", "在农村地区利用手机开展扫盲课程") + [R("。另请各国电信公司提供优惠资费", track="del"),
                                                              R("；")], num=0),
              P([R("请", i=True, track="del"), R("联合国教育、科学及文化组织以当地语言出版免费成人读物；", track="del")],
                num=0, mark="del"),
              P(lead("请", "秘书长向大会第八十四届会议报告进展情况。"), num=0),
          ]))
    return d


DRAFTS = {
    "en-t01-clean-older-persons-table-heading-inserted-clause-comment.docx": en_t01,
    "en-t02-street-children-signatories-placeholder-unused-slot-deleted-last-clause.docx": en_t02,
    "en-t03-adult-literacy-typed-numbers-deleted-clause-moved-preamble-form-field.docx": en_t03,
    "zh-t04-clean-older-persons-moved-clause-end-mark-fixed-comment.docx": zh_t04,
    "zh-t05-street-children-placeholder-moved-clause-inserted-clause.docx": zh_t05,
    "zh-t06-adult-literacy-inserted-preamble-half-width-deleted-clause.docx": zh_t06,
}


def listing(path: Path) -> None:
    d = docx.Document(str(path))
    for i, p in enumerate(d.element.body.iter(qn("w:p")), 1):
        out = []
        for node in p.iter(qn("w:t"), qn("w:delText")):
            kinds = {a.tag.split("}")[1] for a in node.iterancestors()} & {"ins", "del", "moveFrom", "moveTo"}
            if node.tag == qn("w:delText"):
                out.append(f"~~{node.text}~~")
            elif kinds:
                out.append(f"++{node.text}++")
            else:
                out.append(node.text or "")
        ppr = p.find(qn("w:pPr"))
        mark = ""
        if ppr is not None and ppr.find(qn("w:rPr")) is not None:
            mark = " [¶ " + ",".join(c.tag.split("}")[1] for c in ppr.find(qn("w:rPr"))) + "]"
        num = " #" if ppr is not None and ppr.find(qn("w:numPr")) is not None else ""
        print(f"{i:3}{num}{mark} {''.join(out)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--render")
    args = ap.parse_args()
    if args.list:
        for name in DRAFTS:
            print("==", name)
            listing(HERE / name)
        return
    if args.render:
        out = Path(args.render)
        out.mkdir(parents=True, exist_ok=True)
        for name in DRAFTS:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / name)],
                           check=True, capture_output=True)
            pdf = out / (Path(name).stem + ".pdf")
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / Path(name).stem)], check=True)
        return
    annotations = {}
    for name, build in DRAFTS.items():
        annotations[name] = build().save(name)
    head = ("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index "
            "(table cells and content-control paragraphs included); judged on Word's Final view\n")
    (HERE / "annotations.yaml").write_text(head + yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False,
                                                                 width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
