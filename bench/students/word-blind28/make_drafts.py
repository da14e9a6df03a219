"""Build the word-blind28 drafts: Word drafts handed in again after the approval panel's review.

Each delegate edited the draft with Track Changes on after the panel ("Approval Panel" / "审批小组") had read it, and
handed it in without accepting or rejecting every revision: the panel's comments (comments.xml, commentRangeStart /
commentRangeEnd / commentReference; one comment spans two paragraphs, one is a point comment with no range), clauses
and phrases moved (w:moveFrom / w:moveTo with their move ranges), formatting revisions (w:rPrChange on runs,
w:pPrChange on paragraphs, among them numbering switched on, switched off, changed from "一、" to "1." and demoted a
level), paragraph marks deleted (w:pPr/w:rPr/w:del: two paragraphs merge once accepted), paragraphs inserted with
their numbering (w:pPr/w:rPr/w:ins) and text highlights (w:highlight) left on.

Faults are judged on the text as it stands once every revision is accepted (Word's "Simple Markup" / "No Markup"
view: what the chair reads and what the draft becomes); comments are no part of the text. They are marked next to the
paragraph that carries them (F(kind, note)); annotations.yaml is written from the marks. Paragraph = 1-based index
of the body's w:p in document order; a paragraph whose mark is deleted or moved away counts as the w:p it is, and a
fault of two paragraphs merged by a deleted mark is given to the first of them (where the merged paragraph starts).
Nothing of drafter is imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # every body paragraph with its index, revisions marked
    python make_drafts.py --render D # PDF + PNG of each draft through soffice / pdftoppm
"""
from __future__ import annotations

import argparse
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

HERE = Path(__file__).resolve().parent
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
PANEL_DATE = "2027-03-02T16:40:00Z"
EDIT_DATE = "2027-03-04T21:15:00Z"
NUM_ARABIC = 3      # "%1." / "(%2)" lowerLetter
NUM_COUNTING = 5    # "%1、" chineseCounting / "（%2）" chineseCounting: the list before the panel's review

_next_id = iter(range(200, 100000))


def new_id() -> str:
    return str(next(_next_id))


def mk(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        e.set(qn("w:" + k), v)
    return e


def add(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    e = mk(tag, **attrs)
    parent.append(e)
    return e


@dataclass
class R:
    """A run. track: ins / del / moveFrom / moveTo (a run-level revision; move: the move's name);
    old: the run properties before a tracked format change (w:rPrChange), as a set of "i" / "u" / "b" / "hl"."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    hl: str | None = None
    track: str | None = None
    move: str | None = None
    old: set[str] | None = None


@dataclass
class F:
    kind: str
    note: str


@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    num: tuple[int, int] | None = None          # (numId, ilvl)
    old_num: tuple[int, int] | str | None = None  # pPrChange: the numbering before ("none" = unnumbered)
    mark: str | None = None                     # the paragraph mark: ins / del / moveFrom / moveTo
    move: str | None = None                     # the move range a whole moved paragraph belongs to
    jc: str | None = None
    bold: bool = False


class Draft:
    def __init__(self, lang: str, author: str) -> None:
        self.lang = lang
        self.author = author
        self.doc = docx.Document()
        self.body = self.doc.element.body
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        self.marks: list[tuple[etree._Element, F]] = []
        self.comments: list[tuple[etree._Element, etree._Element, str, str]] = []
        normal = self.doc.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        normal.element.rPr.find(qn("w:rFonts")).set(qn("w:eastAsia"), "SimSun" if lang == "zh" else "Times New Roman")
        self._numbering()

    def _numbering(self) -> None:
        numbering = self.doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        levels = {NUM_ARABIC: ((0, "decimal", "%1."), (1, "lowerLetter", "(%2)")),
                  NUM_COUNTING: ((0, "chineseCounting", "%1、"), (1, "chineseCounting", "（%2）"))}
        for num_id, lvls in levels.items():
            ab = add(numbering, "w:abstractNum", abstractNumId=str(num_id + 10))
            add(ab, "w:multiLevelType", val="hybridMultilevel")
            for ilvl, fmt, text in lvls:
                lvl = add(ab, "w:lvl", ilvl=str(ilvl))
                add(lvl, "w:start", val="1")
                add(lvl, "w:numFmt", val=fmt)
                add(lvl, "w:lvlText", val=text)
                add(lvl, "w:lvlJc", val="left")
                ppr = add(lvl, "w:pPr")
                add(ppr, "w:ind", left=str(420 * (ilvl + 1)), hanging="420")
        for num_id in levels:
            num = add(numbering, "w:num", numId=str(num_id))
            add(num, "w:abstractNumId", val=str(num_id + 10))

    def revision(self, tag: str, date: str = EDIT_DATE, **extra: str) -> etree._Element:
        return mk(tag, id=new_id(), author=self.author, date=date, **extra)

    def run(self, r: R) -> etree._Element:
        e = mk("w:r")
        pr = add(e, "w:rPr")
        if r.b:
            add(pr, "w:b")
        if r.i:
            add(pr, "w:i")
        if r.hl:
            add(pr, "w:highlight", val=r.hl)
        if r.u:
            add(pr, "w:u", val="single")
        if self.lang == "zh":
            add(pr, "w:lang", val="en-US", eastAsia="zh-CN")
        if r.old is not None:
            change = add(pr, "w:rPrChange", id=new_id(), author=self.author, date=EDIT_DATE)
            old = add(change, "w:rPr")
            if "b" in r.old:
                add(old, "w:b")
            if "i" in r.old:
                add(old, "w:i")
            if "hl" in r.old:
                add(old, "w:highlight", val="yellow")
            if "u" in r.old:
                add(old, "w:u", val="single")
        if len(pr) == 0:
            e.remove(pr)
        t = add(e, "w:delText" if r.track in ("del", "moveFrom") else "w:t")
        t.text = r.text
        t.set(XML_SPACE, "preserve")
        return e

    def para(self, p: P) -> etree._Element:
        e = mk("w:p")
        ppr = add(e, "w:pPr")
        if p.num:
            npr = add(ppr, "w:numPr")
            add(npr, "w:ilvl", val=str(p.num[1]))
            add(npr, "w:numId", val=str(p.num[0]))
        if p.jc:
            add(ppr, "w:jc", val=p.jc)
        if p.mark:
            rpr = add(ppr, "w:rPr")
            rpr.append(self.revision("w:" + p.mark))
        if p.old_num is not None:
            change = add(ppr, "w:pPrChange", id=new_id(), author=self.author, date=EDIT_DATE)
            old = add(change, "w:pPr")
            if p.old_num != "none":
                npr = add(old, "w:numPr")
                add(npr, "w:ilvl", val=str(p.old_num[1]))
                add(npr, "w:numId", val=str(p.old_num[0]))
        if len(ppr) == 0:
            e.remove(ppr)
        if p.move:
            e.append(self.revision(f"w:{p.mark}RangeStart", name=p.move))
        open_move: tuple[str, str, str] | None = None  # (kind, name, id) of an inline move range
        for r in p.runs:
            if p.bold:
                r.b = True
            if r.track in ("moveFrom", "moveTo") and r.move and not p.move:
                if open_move is None or open_move[1] != r.move:
                    rid = new_id()
                    e.append(mk(f"w:{r.track}RangeStart", id=rid, author=self.author, date=EDIT_DATE, name=r.move))
                    open_move = (r.track, r.move, rid)
            elif open_move:
                e.append(mk(f"w:{open_move[0]}RangeEnd", id=open_move[2]))
                open_move = None
            node = self.run(r)
            if r.track:
                wrap = self.revision("w:" + r.track)
                wrap.append(node)
                node = wrap
            e.append(node)
        if open_move:
            e.append(mk(f"w:{open_move[0]}RangeEnd", id=open_move[2]))
        if p.move:
            start = e.find(qn(f"w:{p.mark}RangeStart"))
            e.append(mk(f"w:{p.mark}RangeEnd", id=start.get(qn("w:id"))))
        for f in p.faults:
            self.marks.append((e, f))
        return e

    def add(self, *ps: P) -> list[etree._Element]:
        sect = self.body.find(qn("w:sectPr"))
        out = []
        for p in ps:
            e = self.para(p)
            sect.addprevious(e)
            out.append(e)
        return out

    def comment(self, first: etree._Element, last: etree._Element, text: str, point: bool = False) -> None:
        """A panel comment from the first run of `first` to the last run of `last` (a point comment: no range)."""
        self.comments.append((first, last, text, "point" if point else "range"))

    def paras(self) -> list[etree._Element]:
        return list(self.body.iter(qn("w:p")))

    def save(self, name: str) -> dict:
        panel = "Approval Panel" if self.lang == "en" else "审批小组"
        for first, last, text, how in self.comments:
            runs = [r for r in first.iter(qn("w:r")) if r.find(qn("w:t")) is not None or r.find(qn("w:delText")) is not None]
            end_runs = [r for r in last.iter(qn("w:r")) if r.find(qn("w:t")) is not None or r.find(qn("w:delText")) is not None]
            p1, p2 = Paragraph(first, self.doc._body), Paragraph(last, self.doc._body)
            c = self.doc.add_comment([Run(runs[0], p1), Run(end_runs[-1], p2)], text=text, author=panel,
                                     initials="AP")
            c._comment_elm.set(qn("w:date"), PANEL_DATE)
            if how == "point":
                for tag in ("w:commentRangeStart", "w:commentRangeEnd"):
                    for node in self.body.iter(qn(tag)):
                        if node.get(qn("w:id")) == str(c.comment_id):
                            node.getparent().remove(node)
        # a comment mark that landed inside a revision wrapper (w:moveFrom …) is put next to the wrapper
        for tag in ("w:commentRangeStart", "w:commentReference", "w:commentRangeEnd"):
            for node in list(self.body.iter(qn(tag))):
                item = node.getparent() if tag == "w:commentReference" else node
                wrap = item.getparent()
                if wrap.tag != qn("w:p"):
                    if tag == "w:commentRangeStart":
                        wrap.addprevious(item)
                    else:
                        wrap.addnext(item)
        path = HERE / name
        self.doc.save(str(path))
        order = {id(e): i for i, e in enumerate(self.paras(), 1)}
        faults = [{"paragraph": order[id(e)], "kind": f.kind, "note": f.note} for e, f in self.marks]
        faults.sort(key=lambda f: f["paragraph"])
        again = docx.Document(str(path))
        assert len(list(again.element.body.iter(qn("w:p")))) == len(order), name
        return {"faults": faults}


def lead(words: str, rest: str, lang: str = "en", **kw) -> list[R]:
    """A clause's lead (italic in English, underlined in Chinese) and its text."""
    return [R(words, i=lang == "en", u=lang == "zh", **kw), R(rest)]


def heading_en(d: Draft, committee: str, topic: str, sponsors: str, signatories: str) -> list[etree._Element]:
    return d.add(P([R("DRAFT RESOLUTION")], jc="center", bold=True),
                 P([R("Committee: ", b=True), R(committee)]),
                 P([R("Topic: ", b=True), R(topic)]),
                 P([R("Sponsors: ", b=True), R(sponsors)]),
                 P([R("Signatories: ", b=True), R(signatories)]),
                 P([R("The General Assembly,", i=True)]))


def heading_zh(d: Draft, committee: str, topic: str, sponsors: str, signatories: str) -> list[etree._Element]:
    return d.add(P([R("决议草案")], jc="center", bold=True),
                 P([R("委员会：", b=True), R(committee)]),
                 P([R("议题：", b=True), R(topic)]),
                 P([R("起草国：", b=True), R(sponsors)]),
                 P([R("附议国：", b=True), R(signatories)]),
                 P([R("大会，")]))


A0, A1 = (NUM_ARABIC, 0), (NUM_ARABIC, 1)
C0 = (NUM_COUNTING, 0)


# ---------------------------------------------------------------- the drafts
def en_r01() -> Draft:
    d = Draft("en", "Delegate of Ghana")
    heading_en(d, "General Assembly Plenary", "Improving global road safety", "Ghana, Malaysia, Uruguay",
               "Chile, Fiji, Jordan, Nepal, Norway, Senegal")
    p7, p8, p9 = d.add(
        P([R("Recalling", i=True, old=set()),
           R(" the global target of reducing road traffic fatalities by half by the year 2030,")]),
        P(lead("Deeply concerned", " that road traffic crashes are a leading cause of death for children and "
               "young adults,")),
        P(lead("Noting", " that pedestrians, cyclists and motorcyclists make up ")
          + [R("more than half", old={"hl"}), R(" of all people killed on the roads,")]))
    d.comment(p8, p9, "Both figures need a source in your opening speech.")
    p10, *_ = d.add(
        P(lead("Encourages", " Member States to set speed limits of 30 km/h in streets around schools;"), num=A0),
        # a stray Enter inside clause 2 (the new paragraph took the list number); the mark deleted with tracking
        P(lead("Urges", " Member States to set up national "), num=A0, mark="del"),
        P([R("registries of road traffic deaths, disaggregated by age, sex and type of road user;")], num=A0),
        # typed without a number before the review; the list number added as a tracked format change
        P(lead("Calls upon", " development banks to reserve a share of every road project")
          + [R(" in low-income countries", track="moveTo", move="move-lic"),
             R(" for footpaths, crossings and cycle lanes;")], num=A0, old_num="none"),
        P(lead("Requests", " the World Health Organization to publish")
          + [R(" in low-income countries", track="moveFrom", move="move-lic"),
             R(" a yearly report on road traffic deaths in every region.")], num=A0))
    d.comment(p10, p10, "Agreed.", point=True)
    return d


def en_r02() -> Draft:
    d = Draft("en", "Delegate of Viet Nam")
    heading_en(d, "General Assembly Second Committee (ECOFIN)", "Safe recycling of electronic waste",
               "Ghana, Mexico, Viet Nam", "Bolivia, Croatia, India, Morocco, Sweden")
    _, p8, _ = d.add(
        P(lead("Recognizing", " that electronic waste is the fastest-growing stream of household waste,")),
        P(lead("Alarmed", " that less than a quarter of discarded electronic devices is collected and recycled in "
               "safe conditions,")),
        P(lead("Aware", " that children work in informal dismantling yards in many regions,")))
    d.comment(p8, p8, "Which year is this figure from?")
    *_, p13, _, _, _ = d.add(
        P(lead("Encourages", " Member States to ban the open burning of cables and circuit boards ")
          + [R("within two years", hl="yellow"), R(";")], num=A0,
          faults=[F("emphasis", 'the words "within two years" are left highlighted (yellow) in the clause text: '
                    'words set off from the text; expected «within two years» as plain text (UN-B17)')]),
        P(lead("Calls upon", " manufacturers to take back used devices ")
          + [R("free of charge", b=True, old=set()), R(" at the end of their life;")], num=A0,
          faults=[F("emphasis", 'a tracked format change made "free of charge" bold in the clause text: words set '
                    'off for emphasis; expected «free of charge» not bold (UN-B17)')]),
        # the list number switched off by a tracked format change (w:pPrChange holds the numbered paragraph)
        P(lead("Invites", " the International Labour Organization to report on children working in the informal "
               "recycling sector;"), num=None, old_num=A0,
          faults=[F("numbering", 'a tracked format change took the list number off this operative clause "Invites '
                    'the International Labour Organization…": it stands unnumbered between clauses 2 and 3; '
                    'expected «3. Invites…» (UN-B07, MUN-F05)')]),
        P(lead("Recommends", " that Member States set up collection points for used devices in every "
               "municipality;"), num=A0,
          faults=[F("operative-end-mark", 'the clause introduces the two sub-clauses inserted after it but still ends '
                    '"in every municipality;"; expected «:» before its sub-clauses (UN-B11, MUN-F06)')]),
        P([R("in shops that sell electronic goods;", track="ins")], num=A1, mark="ins"),
        P([R("in schools and public libraries;", track="ins")], num=A1, mark="ins"),
        P(lead("Requests", " the Secretary-General to report to the General Assembly at its eighty-third session on "
               "the implementation of the present resolution."), num=A0))
    d.comment(p13, p13, "Where should the collection points be?", point=True)
    return d


def en_r03() -> Draft:
    d = Draft("en", "Delegate of Ireland")
    heading_en(d, "General Assembly Third Committee (SOCHUM)", "Safety of journalists in armed conflict",
               "Costa Rica, Ireland, Tunisia", "Argentina, Estonia, Ghana, Mongolia, New Zealand, Zambia")
    _, p8, _ = d.add(
        P(lead("Reaffirming", " that journalists working in armed conflicts are civilians and are to be protected "
               "as such,")),
        P(lead("Deeply concerned", " by the number of journalists killed while reporting on armed conflicts,")),
        # the list number switched on for the last preambular clause by a tracked format change
        P(lead("Noting", " that nine in ten murders of media workers end without a conviction,"), num=A0, old_num="none",
          faults=[F("numbering", 'a tracked format change put the preambular clause "Noting that nine in ten murders…" '
                    'into the clause list: it shows "1." (and the operative clauses start at "2."); expected an '
                    'unnumbered preambular clause «Noting that nine in ten murders…,» (UN-B05, MUN-F04)')]))
    d.comment(p8, p8, "Give the figure for the last five years.")
    d.add(
        P(lead("Urges", " all parties to armed conflicts to respect the professional independence of journalists;"),
          num=A0),
        P(lead("Calls upon", " Member States to:"), num=A0),
        P([R("(a) investigate every killing of a journalist promptly and independently;")]),
        # the panel asked for training last: (b) moved after (c) as a tracked move, the typed labels left as they were
        P([R("(b) train police and armed forces in the protection of journalists;", track="moveFrom")],
          mark="moveFrom", move="move-training"),
        P([R("(c) publish yearly figures on attacks against journalists;")],
          faults=[F("sub-clause-label", 'once the move of "(b) train police…" is accepted this sub-clause follows '
                    '"(a)" but is labelled "(c)"; expected «(b)» (UN-B10, MUN-F06)')]),
        P([R("(b) train police and armed forces in the protection of journalists;", track="moveTo")],
          mark="moveTo", move="move-training",
          faults=[F("sub-clause-label", 'the sub-clause "(b) train police…", moved after "(c)" with tracking, keeps '
                    'its typed label "(b)" after "(c)"; expected «(c)» (UN-B10, MUN-F06)')]),
        P(lead("Requests", " the Secretary-General to include information on the safety of journalists in his "
               "annual report on the protection of civilians in armed conflict.")
          , num=A0))
    return d


def en_r04() -> Draft:
    d = Draft("en", "Delegate of Malawi")
    heading_en(d, "General Assembly Second Committee (ECOFIN)", "Access to clean cooking for rural households",
               "Bangladesh, Guatemala, Malawi", "Benin, Denmark, Indonesia, Laos, Rwanda, Spain")
    d.add(
        P(lead("Recognizing", " that some 2.3 billion people rely on wood, charcoal, kerosene or dung for their daily meals,")),
        P(lead("Concerned", " that smoke from household stoves causes millions of premature deaths each year,")),
        P(lead("Welcoming", " the growing use of liquefied petroleum gas and biogas in rural households,")))
    p10, p11, *_ = d.add(
        P(lead("Encourages", " Member States to remove import duties on clean cookstoves;"), num=A0),
        P(lead("Calls upon", " development banks to offer small loans for clean cookstoves to rural households;"),
          num=A0,
          faults=[F("operative-end-mark", 'clause 2 now introduces a sub-clause (the next clause demoted under it) but '
                    'still ends "to rural households;"; expected «:» before its sub-clause (UN-B11, MUN-F06)')]),
        # clause 3 demoted to the sub-clause level by a tracked numbering change (w:pPrChange: ilvl 0 -> 1)
        P(lead("Requests", " the World Bank to report on the loans made under such schemes;"), num=A1, old_num=A0,
          faults=[F("sub-clause-label", 'the demoted clause "Requests the World Bank…" is now "(a)", the only '
                    'sub-clause of clause 2: a hanging sub-clause; expected at least «(a)» and «(b)» or no '
                    'sub-clause (MUN-F06)')]),
        # the paragraph mark between clauses 3 and 4 deleted with tracking (and a space typed): they merge
        P(lead("Urges", " Member States to train local technicians in the repair of cookstoves and biogas "
               "digesters;"), num=A0, mark="del",
          faults=[F("numbering", 'with the tracked deletion of its paragraph mark accepted, this clause runs on into '
                    'the next: "…biogas digesters; Further urges Member States…" in one paragraph, the second '
                    'clause without its number; expected «3. Urges…;» and «4. Further urges…;» (UN-B07, MUN-F05)')]),
        P([R(" ", track="ins"), R("Further urges", i=True),
           R(" Member States to include clean cooking in their nationally determined contributions;")], num=A0),
        P(lead("Requests", " the Secretary-General to report on progress at the eighty-fourth session."), num=A0,
          faults=[F("operative-end-mark", 'after the clause inserted after it this is no longer the last clause but '
                    'ends "eighty-fourth session."; expected «;» (UN-B09, MUN-F05)')]),
        P([R("Invites", i=True, track="ins"),
           R(" Member States to report on their national clean cooking plans at the eighty-fifth session.",
             track="ins")], num=A0, mark="ins"))
    d.comment(p10, p11, "Clause 3 belongs under clause 2; please also add a closing clause.")
    return d


def zh_r05() -> Draft:
    d = Draft("zh", "肯尼亚代表")
    heading_zh(d, "联合国大会第二委员会", "弥合农村地区的数字鸿沟", "秘鲁、肯尼亚、老挝",
               "埃及、斐济、蒙古、挪威、泰国")
    _, _, p9, p10 = d.add(
        # a stray Enter inside the first preambular clause; the mark deleted with tracking
        P(lead("认识到", "农村地区约有三分之一的", "zh"), mark="del"),
        P([R("居民仍无法使用互联网，")]),
        P([R("关切地注意到", u=True, old=set()), R("农村妇女和老年人使用移动网络的机会"),
           R("明显更少", old={"hl"}), R("，")]),
        P(lead("欢迎", "一些国家在偏远村庄建立公共上网点的做法，", "zh")))
    d.comment(p9, p10, "请在发言中说明数据来源。")
    # the clause list changed from "一、" to "1." as a tracked format change on every clause
    p11, *_ = d.add(
        P(lead("鼓励", "会员国把偏远乡村的网络基础设施列入国家发展规划；", "zh"), num=A0, old_num=C0),
        P(lead("促请", "会员国降低农村地区的移动数据资费", "zh")
          + [R("，特别是为学生提供优惠", track="moveTo", move="move-students"), R("；")], num=A0, old_num=C0),
        P(lead("请", "国际电信联盟", "zh")
          + [R("，特别是为学生提供优惠", track="moveFrom", move="move-students"),
             R("向有关国家提供技术援助；")], num=A0, old_num=C0),
        P(lead("请", "秘书长向大会第八十三届会议报告本决议的执行情况。", "zh"), num=A0, old_num=C0))
    d.comment(p11, p11, "同意。", point=True)
    return d


def zh_r06() -> Draft:
    d = Draft("zh", "尼日尔代表")
    heading_zh(d, "联合国大会第二委员会", "防治荒漠化和土地退化", "蒙古、尼日尔、乌兹别克斯坦",
               "阿根廷、马里、西班牙、以色列、乍得")
    *_, p9 = d.add(
        P(lead("回顾", "《联合国防治荒漠化公约》，", "zh")),
        P(lead("深为关切", "荒漠化和土地退化影响着数以亿计的农牧民的生计，", "zh")),
        # the panel asked for this welcome in the operative part: moved there with tracking, left as it was
        P([R("欢迎", u=True, track="moveFrom"), R("萨赫勒各国为建设“绿色长城”所作的努力，", track="moveFrom")],
          mark="moveFrom", move="move-wall"))
    d.comment(p9, p9, "这是行动性内容，请移到执行部分。")
    _, _, p12, *_ = d.add(
        P(lead("鼓励", "会员国制定", "zh") + [R("土地退化零增长", hl="yellow"), R("的国家目标；")], num=A0,
          faults=[F("emphasis", '"土地退化零增长" is left highlighted (yellow) in the clause text: words set off from the '
                    'text; expected «土地退化零增长» as plain text (UN-B17)')]),
        P([R("欢迎", u=True, track="moveTo"), R("萨赫勒各国为建设“绿色长城”所作的努力，", track="moveTo")],
          mark="moveTo", move="move-wall",
          faults=[F("numbering", 'the preambular clause "欢迎萨赫勒各国…" moved after operative clause 1 stands there '
                    'without a number; expected «2. 欢迎…» (UN-B07, ZH-B03)'),
                  F("operative-end-mark", 'moved into the operative part, the clause still ends "所作的努力，" like a '
                    'preambular clause; expected «；» (UN-B09, ZH-B03)')]),
        P(lead("促请", "捐助方为旱地的可持续土地管理提供资金；", "zh"), num=A0,
          faults=[F("operative-end-mark", 'the clause introduces the two sub-clauses inserted after it but still ends '
                    '"提供资金；"; expected «：» before its sub-clauses (UN-B11, ZH-B04)')]),
        P([R("小农户的节水灌溉项目；", track="ins")], num=A1, mark="ins"),
        P([R("牧区的草场恢复项目；", track="ins")], num=A1, mark="ins"),
        # the paragraph mark between clauses 3 and 4 deleted with tracking: they merge
        P(lead("请", "联合国环境规划署协助各国监测土地退化情况；", "zh"), num=A0, mark="del",
          faults=[F("numbering", 'with the tracked deletion of its paragraph mark accepted, this clause runs on into '
                    'the next: "……监测土地退化情况；还请各国……" in one paragraph, the second clause without its '
                    'number; expected «3. 请……；» and «4. 还请……；» (UN-B07, ZH-B03)')]),
        P(lead("还请", "各国每两年提交一次进展报告；", "zh"), num=A0),
        P(lead("请", "秘书长向大会第八十四届会议报告本决议的执行情况。", "zh"), num=A0))
    d.comment(p12, p12, "资金用于哪些项目？", point=True)
    return d


DRAFTS = {
    "en-r01-clean-road-safety-comment-span-merged-split-numbering-added.docx": en_r01,
    "en-r02-e-waste-highlight-tracked-bold-number-removed-inserted-subs.docx": en_r02,
    "en-r03-journalists-numbered-preamble-moved-typed-sub-clause.docx": en_r03,
    "en-r04-cookstoves-demoted-clause-merged-clauses-inserted-last.docx": en_r04,
    "zh-r05-clean-digital-divide-counting-to-arabic-merged-split-inline-move.docx": zh_r05,
    "zh-r06-desertification-highlight-moved-preamble-inserted-subs-merged.docx": zh_r06,
}


def listing(path: Path) -> None:
    """Every body paragraph: index, '#ilvl' when numbered, the mark's revision, ~~deleted~~ / ++inserted++ text."""
    d = docx.Document(str(path))
    for i, p in enumerate(d.element.body.iter(qn("w:p")), 1):
        out = []
        for node in p.iter(qn("w:t"), qn("w:delText")):
            tracked = {a.tag.split("}")[1] for a in node.iterancestors()} & {"ins", "moveTo"}
            rpr = node.getparent().find(qn("w:rPr"))
            hl = rpr is not None and rpr.find(qn("w:highlight")) is not None
            text = node.text or ""
            text = f"~~{text}~~" if node.tag == qn("w:delText") else f"++{text}++" if tracked else text
            out.append(f"[hl]{text}[/hl]" if hl else text)
        ppr = p.find(qn("w:pPr"))
        num = mark = ""
        if ppr is not None:
            npr = ppr.find(qn("w:numPr"))
            if npr is not None:
                num = f" #{npr.find(qn('w:numId')).get(qn('w:val'))}.{npr.find(qn('w:ilvl')).get(qn('w:val'))}"
            if ppr.find(qn("w:rPr")) is not None:
                mark = " [¶ " + ",".join(c.tag.split("}")[1] for c in ppr.find(qn("w:rPr"))) + "]"
            if ppr.find(qn("w:pPrChange")) is not None:
                mark += " [pPrChange]"
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
    head = ("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index; judged on "
            "the text with every revision accepted (comments are not text)\n")
    (HERE / "annotations.yaml").write_text(head + yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False,
                                                                 width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
