"""Build the word-blind40 drafts: drafts as they look after a dais prepared them for debate.

Six drafts (four English, two Chinese), typed for this set (helper word-blind40, round 22). What the dais or the
main submitter left on them: line numbering switched on in the section (w:lnNumType; heading paragraphs carry
w:suppressLineNumbers), clause numbers pushed into the left margin (hanging indents, a tab after the number, or a
tab before it with a negative first-line indent), friendly amendments typed in by hand (old words struck through,
new words plain, underlined or highlighted; not tracked changes), notes of amendment after a clause ("(amended)",
"(friendly amendment by France)", 〔修正〕, or a line of their own), a clause struck out whole but left on the page,
clauses colour-coded by submitter (font colour), a two-column section for the operative part, a landscape section,
and a page header with the draft's code and "Page x of y" (PAGE / NUMPAGES fields).

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the
marks. Paragraph = 1-based index of the body's w:p (header paragraphs are not body paragraphs). Nothing of drafter
is imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # every body paragraph: index, ~~struck~~, __underlined__, ==highlighted==
    python make_drafts.py --render D # PDF + PNG of each draft through soffice / pdftoppm
"""
from __future__ import annotations

import argparse
import copy
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent


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
    strike: bool = False
    hl: str | None = None  # w:highlight value
    color: str | None = None  # w:color value


@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    jc: str | None = None
    no_lines: bool = False  # w:suppressLineNumbers
    ind: dict[str, str] | None = None  # w:ind attributes
    color: str | None = None  # a colour for every run (the submitter's colour)
    ends_section: bool = False  # this paragraph closes a one-column section (w:sectPr in its w:pPr)


@dataclass
class Layout:
    header: list  # header text: str parts and "PAGE" / "NUMPAGES" field names
    restart: str = "newPage"  # w:lnNumType w:restart
    count_by: str = "1"
    body_cols: int = 1  # columns of the body's last section (the one after an ends_section paragraph)
    landscape: bool = False


HANG = {"left": "0", "hanging": "567"}  # the number hangs in the left margin, the text at the margin
TABBED = {"left": "0", "firstLine": "-851"}  # a negative first-line indent: number in the margin, a tab to the text
INDENT = {"left": "720", "hanging": "720"}  # a hanging indent inside the text column
SUB = {"left": "1134", "hanging": "567"}


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
        normal.paragraph_format.space_after = Pt(6)
        self._header()
        self._section()
        self.paras: list[P] = []

    def _header(self) -> None:
        header = self.doc.sections[0].header
        header.is_linked_to_previous = False
        hp = header.paragraphs[0]._p
        ppr = hp.get_or_add_pPr()
        sub(ppr, "w:jc", val="right")
        for part in self.layout.header:
            if part in ("PAGE", "NUMPAGES"):
                for kind, text in (("begin", None), ("instr", f" {part} "), ("separate", None), ("text", "1"),
                                   ("end", None)):
                    r = sub(hp, "w:r")
                    if kind == "instr":
                        t = sub(r, "w:instrText")
                        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                        t.text = text
                    elif kind == "text":
                        sub(r, "w:t").text = text
                    else:
                        sub(r, "w:fldChar", fldCharType=kind)
            else:
                r = sub(hp, "w:r")
                t = sub(r, "w:t")
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                t.text = part

    def _section(self) -> None:
        sp = self.body.find(qn("w:sectPr"))
        pg = sp.find(qn("w:pgSz"))
        mar = sp.find(qn("w:pgMar"))
        pg.set(qn("w:w"), "11906")
        pg.set(qn("w:h"), "16838")
        if self.layout.landscape:
            pg.set(qn("w:w"), "16838")
            pg.set(qn("w:h"), "11906")
            pg.set(qn("w:orient"), "landscape")
        for k, v in (("top", "1418"), ("bottom", "1418"), ("left", "1701"), ("right", "1418")):
            mar.set(qn("w:" + k), v)
        ln = el("w:lnNumType", countBy=self.layout.count_by, restart=self.layout.restart, distance="340")
        mar.addnext(ln)

    def add(self, *ps: P) -> None:
        self.paras.extend(ps)

    def _para(self, p: P) -> etree._Element:
        wp = el("w:p")
        ppr = sub(wp, "w:pPr")
        if p.no_lines:
            sub(ppr, "w:suppressLineNumbers")
        if p.ind:
            sub(ppr, "w:ind", **p.ind)
        if p.jc:
            sub(ppr, "w:jc", val=p.jc)
        for part in p.runs:
            segs = part.text.split("\t")
            for n, seg in enumerate(segs):
                r = sub(wp, "w:r")
                rpr = sub(r, "w:rPr")
                if part.b:
                    sub(rpr, "w:b")
                if part.i:
                    sub(rpr, "w:i")
                if part.strike:
                    sub(rpr, "w:strike")
                color = part.color or p.color
                if color:
                    sub(rpr, "w:color", val=color)
                if part.hl:
                    sub(rpr, "w:highlight", val=part.hl)
                if part.u:
                    sub(rpr, "w:u", val="single")
                if n:
                    sub(r, "w:tab")
                if seg:
                    t = sub(r, "w:t")
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    t.text = seg
                if len(rpr) == 0:
                    r.remove(rpr)
        if len(ppr) == 0 and not p.ends_section:
            wp.remove(ppr)
        return wp

    def save(self, path: Path) -> list[dict]:
        body_sect = self.body.find(qn("w:sectPr"))
        split = False
        for p in self.paras:
            wp = self._para(p)
            if p.ends_section:
                sect = copy.deepcopy(body_sect)
                for old in sect.findall(qn("w:cols")):
                    sect.remove(old)
                sect.append(el("w:cols", space="425"))
                wp.find(qn("w:pPr")).append(sect)
                split = True
            body_sect.addprevious(wp)
        cols = body_sect.find(qn("w:cols"))
        if cols is None:
            cols = sub(body_sect, "w:cols")
        cols.set(qn("w:space"), "425")
        if self.layout.body_cols > 1:
            cols.set(qn("w:num"), str(self.layout.body_cols))
        if split:
            body_sect.insert(0, el("w:type", val="continuous"))
            ref = body_sect.find(qn("w:headerReference"))
            if ref is not None:  # header, type: the schema order
                body_sect.remove(body_sect.find(qn("w:type")))
                ref.addnext(el("w:type", val="continuous"))
        self.doc.save(path)
        check = docx.Document(str(path)).element.body.findall(qn("w:p"))
        assert len(check) == len(self.paras), (path.name, len(check), len(self.paras))
        faults = []
        for n, p in enumerate(self.paras, 1):
            for f in p.faults:
                faults.append({"paragraph": n, "kind": f.kind, "note": f.note})
        return faults


def head(text: str, b: bool = False, jc: str | None = None) -> P:
    return P([R(text, b=b)], no_lines=True, jc=jc)


def pre(lead: str, rest: str, *faults: F, u: bool = False, color: str | None = None) -> P:
    return P([R(lead, i=not u, u=u), R(rest)], list(faults), color=color)


def op(num: str, lead: str, rest: str, *faults: F, ind: dict[str, str] | None = None, u: bool = False,
       color: str | None = None) -> P:
    return P([R(num + "\t"), R(lead, i=not u, u=u), R(rest)], list(faults), ind=ind or HANG, color=color)


def struck(num: str, lead: str, rest: str, ind: dict[str, str] | None = None, u: bool = False,
           color: str | None = None) -> P:
    """A clause struck out whole and left on the page."""
    return P([R(num + "\t", strike=True), R(lead, i=not u, u=u, strike=True), R(rest, strike=True)],
             ind=ind or HANG, color=color)


# ---------------------------------------------------------------------------------------------------- en-d01
def en_d01() -> tuple[str, Draft]:
    d = Draft("en", Layout(["DR 1.2", "\t", "Page ", "PAGE", " of ", "NUMPAGES"]))
    d.add(
        head("FORUM: General Assembly Second Committee"),
        head("QUESTION OF: Reducing underwater noise from commercial shipping"),
        head("SUBMITTED BY: Kingdom of Norway"),
        head("CO-SUBMITTERS: Canada, Chile, Fiji, Greece, Ireland"),
        P([R("THE GENERAL ASSEMBLY,", i=True)]),
        pre("Alarmed", " that the noise of ship propellers and engines now drowns out the calls that whales and "
            "dolphins use to find food and each other,"),
        pre("Noting", " that the loudest tenth of the world's ships produce most of the noise in busy sea lanes;",
            F("preambular-end-mark", 'the preambular clause ends "in busy sea lanes;" with a semicolon; expected '
              "«…in busy sea lanes,» — preambular clauses end with a comma (UN-B05, MUN-F04)")),
        pre("Recognizing", " the voluntary guidelines of the International Maritime Organization on reducing "
            "underwater noise from ships,"),
        pre("Bearing in mind", " that a quieter propeller often burns less fuel as well,"),
        op("1.", "Encourages", " Member States to include noise limits in the design rules for new ships flying "
           "their flag;"),
        P([R("2.\t"), R("Calls upon", i=True), R(" shipping companies to slow their vessels "),
           R("to ten knots", strike=True), R(" "), R("to a speed set by each coastal State", u=True),
           R(" when passing through the feeding grounds of whales; (friendly amendment by France)")],
          [F("emphasis", 'the words of a friendly amendment typed in are underlined: "to a speed set by each '
             'coastal State"; expected «to a speed set by each coastal State» in plain type — no emphasis in '
             "the text beyond the lead (UN-B17)"),
           F("other", 'a note of amendment — a remark of the dais, not resolution text — is left after the clause: '
             '"(friendly amendment by France)"; expected «…feeding grounds of whales;» with the note removed '
             "(MUN-A01: a friendly amendment is simply incorporated)")], ind=HANG),
        op("3.", "Requests", " the International Maritime Organization to publish a yearly map of the noisiest "
           "shipping lanes;"),
        struck("4.", "Recommends", " that all ships older than twenty years be withdrawn from service within "
               "five years;"),
        op("4.", "Invites", " research institutes to share the recordings of their underwater microphones with "
           "one another",
           F("operative-end-mark", 'the operative clause ends "with one another" with no mark; expected '
             "«…with one another;» (UN-B09, MUN-F05)")),
        op("5.", "Further invites", " ports to offer lower harbour fees to ships that meet the quieter design "
           "rules;"),
        op("6.", "Expresses its hope", " that Member States will report on the noise of their fleets at the "
           "next session."),
    )
    return "en-d01-thimun-ship-noise-line-numbers-margin-numbers-underlined-amendment-note-struck-clause.docx", d


# ---------------------------------------------------------------------------------------------------- en-d02
BLUE, GREEN, RED = "1F4E9E", "2E7D32", "B71C1C"


def en_d02() -> tuple[str, Draft]:
    d = Draft("en", Layout(["Draft Resolution 2.1 | Page ", "PAGE", " of ", "NUMPAGES"], restart="continuous"))
    d.add(
        head("Committee: Social, Humanitarian and Cultural Committee"),
        head("Topic: Reducing salt in processed and street food"),
        head("Sponsors: Argentina, Finland, Japan, Portugal"),
        head("Signatories: Brazil, Hungary, Malaysia, South Africa, Uruguay"),
        P([R("The General Assembly", i=True), R(",")]),
        pre("Aware", " that most adults eat about twice the daily salt that health authorities recommend,",
            color=BLUE),
        pre("Concerned", " that high blood pressure caused by salt is a leading cause of strokes and heart "
            "attacks,", color=GREEN),
        pre("Noting with satisfaction", " that several countries lowered the salt in bread step by step without "
            "shoppers noticing the change,", color=BLUE),
        op("1.", "Encourages", " Member States to set upper limits for salt in bread, cheese, sauces and ready "
           "meals;", ind=TABBED, color=BLUE),
        P([R("2.\t"), R("Urges", i=True), R(" governments to require "), R("a printed warning", strike=True),
           R(" "), R("a black octagon label", hl="yellow"),
           R(" on packaged foods that exceed the salt limits; (amended)")],
          [F("emphasis", 'the new words of a friendly amendment are highlighted: "a black octagon label"; '
             "expected «a black octagon label» in plain type — no emphasis in the text (UN-B17)"),
           F("other", 'a note of amendment — a remark of the dais, not resolution text — is left after the clause: '
             '"(amended)"; expected «…exceed the salt limits;» with the note removed (MUN-A01)')], ind=TABBED, color=GREEN),
        op("3.", "Recommends", " that street food vendors receive free training on cooking with less salt. "
           "Local authorities should pay for the training;",
           F("full-stop-inside-clause", 'full stop inside the operative clause: "with less salt. Local '
             'authorities should"; expected «…with less salt, paid for by local authorities;» — one full stop, '
             "at the end (UN-B09, MUN-F05)"), ind=TABBED, color=RED),
        P([R("4.")],
          [F("numbering", 'the clause number "4." stands alone in its paragraph and the clause text follows in the '
             'next one; expected «4. Calls upon the World Health Organization …» — the number opens the clause '
             "(UN-B07)")], ind=TABBED, color=BLUE),
        P([R("Calls upon", i=True), R(" the World Health Organization to help Member States measure how much "
                                      "salt their people eat;")], color=BLUE),
        op("5.", "Requests", " the Secretary-General to report on progress at the eightieth session.", ind=TABBED,
           color=GREEN),
    )
    return "en-d02-unausa-salt-colour-coded-tabbed-margin-numbers-highlighted-amendment-number-alone.docx", d


# ---------------------------------------------------------------------------------------------------- en-d03
def en_d03() -> tuple[str, Draft]:
    d = Draft("en", Layout(["Draft Resolution 3.1", "\t", "Page ", "PAGE", " of ", "NUMPAGES"],
                           restart="newSection", body_cols=2))
    d.add(
        head("Committee: Social, Humanitarian and Cultural Committee"),
        head("Topic: Sign languages and the schooling of deaf children"),
        head("Sponsors: Costa Rica, Kenya, Sweden, Uganda"),
        P([R("Signatories: Belgium, Ecuador, Jamaica, Nepal, New Zealand, Tunisia")], no_lines=True,
          ends_section=True),
        P([R("The General Assembly", i=True), R(",")]),
        pre("Recalling", " the Convention on the Rights of Persons with Disabilities and its article on the "
            "recognition of sign languages,"),
        pre("Aware", " that many deaf children reach school age without having learned any language at all,"),
        pre("Convinced", " that deaf children learn to read best when they are first taught in a sign language,"),
        P([R("1.\t"), R("Encourages", i=True), R(" Member States to give national sign languages "),
           R("some", strike=True), R(" legal recognition as languages of their own;")], ind=INDENT),
        op("2.", "Invites", " Member States, where parents ask for it:", ind=INDENT),
        P([R("(a)\tto teach deaf pupils in the national sign language from their first year at school;")],
          ind=SUB),
        P([R("(b)\tto offer free sign language courses to the parents and siblings of deaf children;")], ind=SUB),
        op("3", "Urges", " public broadcasters to show a sign language interpreter during news programmes;",
           F("numbering", 'the clause number is typed "3" without its full stop; expected «3.» (UN-B07)'),
           ind=INDENT),
        op("4.", "Calls upon", " universities to train more sign language interpreters and teachers who sign;",
           ind=INDENT),
        op("5.", "Requests", " the Secretary-General to collect data on the schooling of deaf children in every "
           "region;",
           F("operative-end-mark", 'clause 6 is struck out whole, so this is now the last operative clause, and it '
             'ends "in every region;" with a semicolon; expected «…in every region.» (UN-B09, MUN-F05)'),
           ind=INDENT),
        struck("6.", "Decides", " to hold a high-level meeting on sign languages during its next session.",
               ind=INDENT),
    )
    return "en-d03-sign-languages-two-column-operative-section-typed-number-struck-last-clause.docx", d


# ---------------------------------------------------------------------------------------------------- en-d04
def en_d04() -> tuple[str, Draft]:
    d = Draft("en", Layout(["DR 1.4 — Page ", "PAGE", " of ", "NUMPAGES"], count_by="5"))
    d.add(
        head("Committee: Economic and Financial Committee"),
        head("Topic: Community seed banks and the diversity of food crops"),
        head("Sponsors: Ethiopia, India, Mexico, Peru"),
        head("Signatories: Bhutan, Guatemala, Madagascar, Malawi, Nepal, Zambia"),
        P([R("The General Assembly", i=True), R(",")]),
        pre("Alarmed", " that farmers have stopped growing many local varieties of grain, beans and roots in the "
            "past century,", color=BLUE),
        pre("Recognizing", " that seed kept and swapped by farmers holds traits that help crops survive drought "
            "and new pests,", color=GREEN),
        pre("Welcoming", " the International Treaty on Plant Genetic Resources for Food and Agriculture,",
            color=BLUE),
        P([R("1.\t"), R("Encourages", i=True), R(" Member States to support village seed banks "),
           R("in dry regions", strike=True), R(" in every farming region"),
           R(" with storage rooms and training;")], ind=HANG, color=BLUE),
        op("2.", "Calls upon", " Member States to let farmers keep, swap and sell seed of local varieties;",
           color=GREEN),
        struck("3.", "Urges", " Member States to buy the whole harvest of local varieties at a guaranteed price;",
               color=RED),
        op("3.", "Invites", " national gene banks to keep copies of the seed held in community seed banks;",
           color=BLUE),
        op("4.", "Requests", " the Food and Agriculture Organization of the United Nations to report on community "
           "seed banks at the eighty-first session.", color=GREEN),
    )
    return "en-d04-clean-seed-banks-colour-coded-struck-clause-renumbered-plain-amendment.docx", d


# ---------------------------------------------------------------------------------------------------- zh-d05
def zh_d05() -> tuple[str, Draft]:
    d = Draft("zh", Layout(["决议草案 1.2", "\t", "第 ", "PAGE", " 页，共 ", "NUMPAGES", " 页"],
                           restart="continuous"))
    d.add(
        head("决议草案", b=True, jc="center"),
        head("委员会：大会第二委员会（经济和金融）"),
        head("议题：农作物种子的保存与社区种子库"),
        head("起草国：埃塞俄比亚、秘鲁、印度"),
        head("附议国：不丹、马拉维、墨西哥、尼泊尔、赞比亚"),
        P([R("大会，")]),
        pre("回顾", "《粮食和农业植物遗传资源国际条约》，", u=True),
        pre("关切地注意到", "过去一百年间农民种植的地方品种大量减少；",
            F("preambular-end-mark", "序言性条款以分号结尾：“大量减少；”；expected «……大量减少，» — 序言性条款以逗号"
                "结尾 (UN-B05, ZH-B02)"), u=True),
        pre("认识到", "农民留存和交换的种子含有帮助作物抵御干旱和新病虫害的性状，", u=True),
        op("1.", "鼓励", "各会员国为乡村种子库提供储存设施和技术培训；", u=True),
        P([R("2.\t"), R("呼吁", u=True), R("各国"), R("在十年内", strike=True), R("在2030年前", u=True),
           R("完成本国地方品种的登记和保存工作；〔修正〕")],
          [F("emphasis", "友好修正案新加的文字加了下划线：“在2030年前”；expected «在2030年前» 不加强调 — 条款正文中不用强调 "
             "(UN-B17)"),
           F("other", "条款后留有修正标注“〔修正〕”——a remark of the dais, not resolution text; expected "
             "«……保存工作；» 删去标注 (MUN-A01, ZH-A01：友好修正案直接并入)")], ind=HANG),
        op("3、", "请", "联合国粮食及农业组织协助各国建立种子交换网络；",
           F("numbering", "条款编号写作“3、”；expected «3.» — 行动性条款用阿拉伯数字加半角句点 (UN-B07, ZH-B03)"), u=True),
        op("4.", "敦促", "各国种子法律允许农民留存、交换和出售地方品种的种子。",
           F("operative-end-mark", "非最后一条行动性条款以句号结尾：“出售地方品种的种子。”；expected «……的种子；» "
               "(UN-B09, ZH-B03)"), u=True),
        op("5.", "还请", "秘书长在下届会议上报告本决议的执行情况。", u=True),
    )
    return "zh-d05-seed-banks-continuous-line-numbers-underlined-amendment-xiuzheng-note-dunhao-number.docx", d


# ---------------------------------------------------------------------------------------------------- zh-d06
def zh_d06() -> tuple[str, Draft]:
    d = Draft("zh", Layout(["决议草案 2.3 | 第 ", "PAGE", " 页/共 ", "NUMPAGES", " 页"], landscape=True,
                           body_cols=2))
    d.add(
        head("决议草案", b=True, jc="center"),
        head("委员会：大会第三委员会（社会、人道主义和文化）"),
        head("议题：聋童的手语教育"),
        head("起草国：哥斯达黎加、瑞典、乌干达"),
        P([R("附议国：厄瓜多尔、牙买加、尼泊尔、新西兰")], no_lines=True, ends_section=True),
        P([R("大会，")]),
        pre("回顾", "《残疾人权利公约》中关于承认和促进手语的规定，", u=True),
        pre("意识到", "许多聋童在入学年龄之前尚未掌握任何一种语言，", u=True),
        pre("深信", "以手语作为首先使用的教学语言有助于聋童学习读写，", u=True),
        op("1.", "鼓励", "各会员国在法律上承认本国手语为一种独立的语言；", u=True, color=BLUE),
        op("2.", "请", "各国教育部门为聋童学校培训能够使用手语授课的教师；", u=True, color=GREEN),
        struck("3.", "敦促", "各国在三年内为每所普通学校配备一名手语翻译；", u=True, color=RED),
        op("4.", "呼吁", "各国公共广播机构在新闻节目中配备手语翻译；",
           F("numbering", "第3条已整条删去，其后的条款仍编为“4.”：编号从“2.”跳到“4.”；expected «3.» (UN-B07, ZH-B03)"), u=True, color=BLUE),
        P([R("（法国提出的友好修正案，起草国已接受）")],
          [F("other", "条款之间单独一行留有修正说明“（法国提出的友好修正案，起草国已接受）”——a remark of the dais, not "
             "resolution text; expected 删去此行 (MUN-A01, ZH-A01)")]),
        op("5.", "建议", "相邻的聋童学校共享教材，并由有经验的教师录制手语教学视频；", u=True, color=GREEN),
        op("6.", "还请", "秘书长在下届会议上报告本决议的执行情况；",
           F("operative-end-mark", "最后一条行动性条款以分号结尾：“执行情况；”；expected «……执行情况。» "
               "(UN-B09, ZH-B03)"), u=True, color=BLUE),
    )
    return "zh-d06-sign-language-landscape-two-columns-struck-clause-not-renumbered-note-line.docx", d


BUILDERS = [en_d01, en_d02, en_d03, en_d04, zh_d05, zh_d06]


def listing(path: Path) -> None:
    body = docx.Document(str(path)).element.body
    print("==", path.name)
    for n, p in enumerate(body.findall(qn("w:p")), 1):
        out = []
        for r in p.iter(qn("w:r")):
            text = "".join("\t" if c.tag == qn("w:tab") else (c.text or "") for c in r
                           if c.tag in (qn("w:t"), qn("w:tab")))
            rpr = r.find(qn("w:rPr"))
            if rpr is not None and text:
                if rpr.find(qn("w:strike")) is not None:
                    text = "~~" + text + "~~"
                if rpr.find(qn("w:u")) is not None:
                    text = "__" + text + "__"
                if rpr.find(qn("w:highlight")) is not None:
                    text = "==" + text + "=="
                if rpr.find(qn("w:i")) is not None:
                    text = "*" + text + "*"
            out.append(text)
        print(f"{n:3} {''.join(out)!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--render")
    args = ap.parse_args()
    if args.list:
        for path in sorted(HERE.glob("*.docx")):
            listing(path)
        return
    if args.render:
        out = Path(args.render)
        out.mkdir(parents=True, exist_ok=True)
        for path in sorted(HERE.glob("*.docx")):
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)],
                           check=True, capture_output=True)
            pdf = out / (path.stem + ".pdf")
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / path.stem)], check=True)
        return
    notes = {}
    for build in BUILDERS:
        name, d = build()
        notes[name] = {"faults": d.save(HERE / name)}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based index of the body's "
                 "w:p (header paragraphs are not body paragraphs)\n")
        yaml.safe_dump(notes, fh, allow_unicode=True, sort_keys=False, width=120)


if __name__ == "__main__":
    main()
