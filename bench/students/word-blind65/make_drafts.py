"""Build the drafts of the blind set word-blind65 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # each body paragraph: index, label in Final / All Markup, revisions, text
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

English drafts as they reach the chair after two or three delegates have each edited the file in turn: the main
submitter's template (Times New Roman 12 in the Normal style, a "Preambular Clause" style, an "Operative Clause" style
linked to the template's list), then a co-submitter's clauses typed in their own Word and pasted in (their default font
kept as direct run formatting, their own list definition or typed numbers, the Normal style instead of the template's
clause style), comments in the margin (comments.xml, w:commentRangeStart / w:commentRangeEnd / w:commentReference;
one spanning two paragraphs, some point comments), clauses still in tracked changes nobody accepted (w:ins / w:del
around runs, w:del / w:ins on paragraph marks, w:pPrChange when a paragraph was put into the list, a deleted clause
number), highlighted words (w:highlight), a clause pasted from a web page with its hyperlink (w:hyperlink, the
"Hyperlink" character style) and a reminder line "[Philippines to add clause on funding]".

python-docx gives the package and the comments part; styles, numbering and paragraphs are written as raw
WordprocessingML here (written for this set; nothing imported from drafter or another set). Faults are marked with
F(kind, note) next to the paragraph that carries them; the paragraph number is the 1-based index of the w:p in the
body (no empty paragraphs, no tables; a paragraph deleted with tracking counts as the w:p it is), checked again on the
saved file. Faults are judged on the text as it reads once the tracked changes are taken as the chair reads them in
"All Markup" (see README.md, Decisions): struck text out, inserted text in; comments are no text.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

HERE = Path(__file__).resolve().parent
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

_ids = iter(range(300, 100000))


def new_id() -> str:
    return str(next(_ids))


def el(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        e.set(qn("w:" + k), v)
    return e


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    e = el(tag, **attrs)
    parent.append(e)
    return e


# ---------------------------------------------------------------- what a draft is made of


@dataclass
class R:
    """A run. track: "ins" / "del" (a tracked insertion or deletion by `by`); link: the address of a w:hyperlink the
    run sits in (Hyperlink character style); font / size (half-points): direct formatting kept from another Word."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    hl: str | None = None
    font: str | None = None
    size: int | None = None
    color: str | None = None
    track: str | None = None
    by: str | None = None
    link: str | None = None
    old_hl: bool = False  # a tracked format change took a highlight away (w:rPrChange holds the highlighted run)


@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    style: str | None = None               # w:pStyle (None: Normal)
    num: tuple[int, int] | None = None     # direct w:numPr (numId, ilvl)
    mark: str | None = None                # the paragraph mark tracked: "ins" / "del"
    mark_by: str | None = None
    old_style: str | None = None           # w:pPrChange: the paragraph was in this style ("Normal") before
    changed_by: str | None = None
    jc: str | None = None


@dataclass
class Level:
    fmt: str
    text: str
    left: int
    hanging: int
    style: str | None = None


@dataclass
class ListDef:
    kind: str
    levels: list[Level]


@dataclass
class Num:
    abstract: int
    overrides: dict[int, int] = field(default_factory=dict)


@dataclass
class Comment:
    first: int        # 1-based paragraph index where the range starts
    last: int         # where it ends (the reference run goes there)
    text: str
    author: str
    point: bool = False


@dataclass
class Draft:
    name: str
    lists: list[ListDef]
    nums: list[Num]        # numId = index + 1; numId 1 is the template's list (the Operative Clause style's)
    paras: list[P]
    comments: list[Comment] = field(default_factory=list)


# the main submitters' templates: THIMUN "1." / "a)" / "i." and UNA-USA "1." / "(a)" / "(i)", level 0 linked to the
# "Operative Clause" style
THIMUN = ListDef("multilevel", [Level("decimal", "%1.", 720, 360, style="OperativeClause"),
                                Level("lowerLetter", "%2)", 1440, 360), Level("lowerRoman", "%3.", 2160, 360)])
UNAUSA = ListDef("multilevel", [Level("decimal", "%1.", 720, 360, style="OperativeClause"),
                                Level("lowerLetter", "(%2)", 1440, 360), Level("lowerRoman", "(%3)", 2160, 360)])
# a co-submitter's own Word: the default numbering list ("1." / "a." / "i.", hybridMultilevel, no style)
OWN_DEFAULT = ListDef("hybridMultilevel", [Level("decimal", "%1.", 720, 360), Level("lowerLetter", "%2.", 1440, 360),
                                           Level("lowerRoman", "%3.", 2160, 180)])

OP_STYLE = "OperativeClause"
PRE_STYLE = "PreambularClause"


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"][n - 1]


def removed(p: P) -> bool:
    """A paragraph deleted with tracking: every run struck and its mark struck."""
    return p.mark == "del" and all(r.track == "del" for r in p.runs)


def labels(d: Draft, markup: bool) -> list[str]:
    """The label Word shows on each paragraph, in Final (markup False: deleted paragraphs gone) or All Markup (a struck
    paragraph keeps its number and is counted). Counters belong to the abstractNum; the first paragraph of a w:num
    with a startOverride starts that level there; a lower level restarts under a higher one; typed numbers do not
    move a list's counters."""
    counters: dict[int, list[int | None]] = {}
    started: set[int] = set()
    out = []
    for p in d.paras:
        num = p.num or ((1, 0) if p.style == OP_STYLE else None)
        if num is None or (removed(p) and not markup):
            out.append("")
            continue
        num_id, ilvl = num
        n = d.nums[num_id - 1]
        ld = d.lists[n.abstract]
        c = counters.setdefault(n.abstract, [None] * len(ld.levels))
        if num_id not in started:
            started.add(num_id)
            for lvl, start in n.overrides.items():
                c[lvl] = start - 1
        c[ilvl] = 1 if c[ilvl] is None else c[ilvl] + 1
        for j in range(ilvl + 1, len(c)):
            c[j] = None
        text = ld.levels[ilvl].text
        for j in range(len(ld.levels)):
            text = text.replace(f"%{j + 1}", fmt_number(c[j] or 1, ld.levels[j].fmt))
        out.append(text)
    return out


def final_text(p: P) -> str:
    return "".join(r.text for r in p.runs if r.track != "del")


def markup_text(p: P) -> str:
    return "".join(f"~~{r.text}~~" if r.track == "del" else f"++{r.text}++" if r.track == "ins"
                   else f"=={r.text}==" if r.hl else f"<{r.text}>" if r.link else r.text for r in p.runs)


# ---------------------------------------------------------------- writing the package

def date_of(author: str) -> str:
    return f"2027-02-{10 + sum(map(ord, author)) % 9:02d}T{9 + len(author) % 10:02d}:15:00Z"


STYLES = f"""
<w:styles xmlns:w="{qn('w:x')[1:].split('}')[0]}">
<w:style w:type="paragraph" w:customStyle="1" w:styleId="{PRE_STYLE}"><w:name w:val="Preambular Clause"/>
<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/><w:ind w:firstLine="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="{OP_STYLE}"><w:name w:val="Operative Clause"/>
<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="120"/>
<w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>
<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/>
<w:u w:val="single"/></w:rPr></w:style>
</w:styles>"""


class Builder:
    def __init__(self, d: Draft) -> None:
        self.d = d
        self.doc = docx.Document()
        self.body = self.doc.element.body
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        normal = self.doc.styles["Normal"].element
        rpr = normal.get_or_add_rPr()
        for child in list(rpr):
            rpr.remove(child)
        sub(rpr, "w:rFonts", ascii="Times New Roman", hAnsi="Times New Roman", cs="Times New Roman",
            eastAsia="Times New Roman")
        sub(rpr, "w:sz", val="24")
        sub(rpr, "w:szCs", val="24")
        styles = self.doc.styles.element
        for s in etree.fromstring(STYLES):
            if s.get(qn("w:styleId")) == "Hyperlink":
                for old in styles.findall(qn("w:style")):
                    if old.get(qn("w:styleId")) == "Hyperlink":
                        styles.remove(old)
            styles.append(s)
        self._numbering()
        self.links: dict[str, str] = {}

    def _numbering(self) -> None:
        numbering = self.doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for aid, ld in enumerate(self.d.lists):
            ab = sub(numbering, "w:abstractNum", abstractNumId=str(aid))
            sub(ab, "w:nsid", val=f"{0x5A3B2C00 + aid:08X}")
            sub(ab, "w:multiLevelType", val=ld.kind)
            sub(ab, "w:tmpl", val=f"{0x0409001F + aid * 7:08X}")
            for ilvl, lv in enumerate(ld.levels):
                lvl = sub(ab, "w:lvl", ilvl=str(ilvl))
                sub(lvl, "w:start", val="1")
                sub(lvl, "w:numFmt", val=lv.fmt)
                if lv.style:
                    sub(lvl, "w:pStyle", val=lv.style)
                sub(lvl, "w:lvlText", val=lv.text)
                sub(lvl, "w:lvlJc", val="left")
                ppr = sub(lvl, "w:pPr")
                sub(ppr, "w:ind", left=str(lv.left), hanging=str(lv.hanging))
        for i, n in enumerate(self.d.nums, 1):
            num = sub(numbering, "w:num", numId=str(i))
            sub(num, "w:abstractNumId", val=str(n.abstract))
            for lvl, start in sorted(n.overrides.items()):
                sub(sub(num, "w:lvlOverride", ilvl=str(lvl)), "w:startOverride", val=str(start))

    def revision(self, tag: str, author: str) -> etree._Element:
        return el(tag, id=new_id(), author=author, date=date_of(author))

    def run(self, r: R) -> etree._Element:
        e = el("w:r")
        pr = sub(e, "w:rPr")
        if r.link:
            sub(pr, "w:rStyle", val="Hyperlink")
        if r.font:
            sub(pr, "w:rFonts", ascii=r.font, hAnsi=r.font, cs=r.font)
        if r.b:
            sub(pr, "w:b")
        if r.i:
            sub(pr, "w:i")
        if r.color:
            sub(pr, "w:color", val=r.color)
        if r.size:
            sub(pr, "w:sz", val=str(r.size))
            sub(pr, "w:szCs", val=str(r.size))
        if r.hl:
            sub(pr, "w:highlight", val=r.hl)
        if r.u:
            sub(pr, "w:u", val="single")
        if r.old_hl:
            change = sub(pr, "w:rPrChange", id=new_id(), author=r.by or "", date=date_of(r.by or ""))
            old = sub(change, "w:rPr")
            sub(old, "w:highlight", val="yellow")
        if len(pr) == 0:
            e.remove(pr)
        t = sub(e, "w:delText" if r.track == "del" else "w:t")
        t.text = r.text
        t.set(XML_SPACE, "preserve")
        return e

    def link_id(self, url: str) -> str:
        if url not in self.links:
            self.links[url] = self.doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return self.links[url]

    def para(self, p: P) -> etree._Element:
        e = el("w:p")
        ppr = sub(e, "w:pPr")
        if p.style:
            sub(ppr, "w:pStyle", val=p.style)
        if p.num:
            npr = sub(ppr, "w:numPr")
            sub(npr, "w:ilvl", val=str(p.num[1]))
            sub(npr, "w:numId", val=str(p.num[0]))
        if p.jc:
            sub(ppr, "w:jc", val=p.jc)
        if p.mark:
            sub(ppr, "w:rPr").append(self.revision("w:" + p.mark, p.mark_by or ""))
        if p.old_style:
            change = sub(ppr, "w:pPrChange", id=new_id(), author=p.changed_by or "",
                         date=date_of(p.changed_by or ""))
            old = sub(change, "w:pPr")
            if p.old_style != "Normal":
                sub(old, "w:pStyle", val=p.old_style)
        if len(ppr) == 0:
            e.remove(ppr)
        # consecutive runs of one revision and one hyperlink share their wrapper
        holder: etree._Element | None = None
        key: tuple | None = None
        for r in p.runs:
            node = self.run(r)
            k = (r.track, r.by if r.track else None, r.link)
            if k == (None, None, None):
                e.append(node)
                holder, key = None, None
                continue
            if k != key:
                wrap = e
                if r.link:
                    link = el("w:hyperlink")
                    link.set(R_ID, self.link_id(r.link))
                    link.set(qn("w:history"), "1")
                    if r.track:
                        tr = self.revision("w:" + r.track, r.by or "")
                        tr.append(link)
                        e.append(tr)
                    else:
                        e.append(link)
                    holder = link
                elif r.track:
                    holder = self.revision("w:" + r.track, r.by or "")
                    wrap.append(holder)
                key = k
            assert holder is not None
            holder.append(node)
        return e

    def build(self) -> list[etree._Element]:
        sect = self.body.find(qn("w:sectPr"))
        elements = []
        for p in self.d.paras:
            node = self.para(p)
            sect.addprevious(node)
            elements.append(node)
        for c in self.d.comments:
            first = [r for r in elements[c.first - 1] if r.tag == qn("w:r")] or list(elements[c.first - 1].iter(qn("w:r")))
            last = [r for r in elements[c.last - 1] if r.tag == qn("w:r")] or list(elements[c.last - 1].iter(qn("w:r")))
            p1 = Paragraph(elements[c.first - 1], self.doc._body)
            p2 = Paragraph(elements[c.last - 1], self.doc._body)
            initials = "".join(w[0] for w in c.author.split() if w[0].isupper())
            com = self.doc.add_comment([Run(first[0], p1), Run(last[-1], p2)], text=c.text, author=c.author,
                                       initials=initials)
            com._comment_elm.set(qn("w:date"), date_of(c.author))
            if c.point:
                for tag in ("w:commentRangeStart", "w:commentRangeEnd"):
                    for node in list(self.body.iter(qn(tag))):
                        if node.get(qn("w:id")) == str(com.comment_id):
                            node.getparent().remove(node)
        # a comment mark that landed inside a revision or a hyperlink is put next to its wrapper, as Word writes it
        for tag in ("w:commentRangeStart", "w:commentReference", "w:commentRangeEnd"):
            for node in list(self.body.iter(qn(tag))):
                item = node.getparent() if tag == "w:commentReference" else node
                wrap = item.getparent()
                while wrap.tag != qn("w:p"):
                    (wrap.addprevious if tag == "w:commentRangeStart" else wrap.addnext)(item)
                    wrap = item.getparent()
        return elements

    def save(self) -> None:
        self.build()
        path = HERE / f"{self.d.name}.docx"
        self.doc.save(str(path))
        again = docx.Document(str(path))
        count = len(list(again.element.body.iter(qn("w:p"))))
        assert count == len(self.d.paras), (self.d.name, count, len(self.d.paras))


# ---------------------------------------------------------------- clause helpers


def field_line(label: str, value: str, **kw) -> P:
    return P([R(label, b=True), R(value)], **kw)


def organ(text: str, italic: bool = False, **kw) -> P:
    return P([R(text, i=italic)], **kw)


def pre(lead: str, rest: str, style: str | None = PRE_STYLE, **kw) -> P:
    """A preambular clause of the template: italic lead, the Preambular Clause style."""
    return P([R(lead, i=True), R(rest)], style=style, **kw)


def op(lead: str, rest: str, *more: R, underline: bool = True, italic: bool = False, style: str | None = OP_STYLE,
       **kw) -> P:
    """An operative clause of the template: lead underlined (THIMUN) or italic, the Operative Clause style."""
    return P([R(lead, u=underline, i=italic), R(rest), *more], style=style, **kw)


def subc(text: str, num: tuple[int, int] = (1, 1), style: str | None = OP_STYLE, **kw) -> P:
    return P([R(text)], style=style, num=num, **kw)


def pasted(runs: list[R], font: str | None, size: int | None) -> list[R]:
    """Runs pasted from another Word with "Keep Source Formatting": its font and size as direct formatting."""
    for r in runs:
        r.font = r.font or font
        r.size = r.size or size
    return runs


# ---------------------------------------------------------------- the drafts

ILO_DB = "https://www.ilo.org/dyn/seafarers/seafarersbrowse.home"
WWDR = "https://www.unesco.org/reports/wwdr/2022/en"
PLANETGOLD = "https://www.planetgold.org/"
IATG = "https://unsaferguard.org/un-saferguard/guide-lines"

# en-01: Panama's template; the Philippines' clauses (one pasted from their Word in Calibri 11, one typed with its
# number and later put into the list by Norway); Norway's tracked changes, highlight and comments
EN01 = Draft(
    "en-01-thimun-ecosoc-abandoned-seafarers-calibri-paste-reminder-line",
    [THIMUN], [Num(0)],
    [
        field_line("FORUM: ", "Economic and Social Council"),
        field_line("QUESTION OF: ", "Protecting seafarers abandoned by shipowners"),
        field_line("MAIN SUBMITTER: ", "Panama"),
        field_line("CO-SUBMITTERS: ", "Indonesia, Norway, the Philippines, Ukraine"),
        organ("THE ECONOMIC AND SOCIAL COUNCIL,"),
        pre("Recalling", " the Maritime Labour Convention, 2006, and its amendments of 2014 on financial security for "
            "seafarers abandoned by shipowners,"),
        P([R("Alarmed", i=True), R(" that the number of reported cases of abandonment has risen every year since "
           "2020, leaving crews without wages, food, water or fuel in foreign ports"),
           R(". In 2023 alone almost two thousand seafarers were abandoned", track="ins", by="Norway Delegate"),
           R(",")], style=PRE_STYLE,
          faults=[F("full-stop-inside-clause", 'Norway\'s tracked insertion puts a sentence into the preambular clause: '
                    '"…in foreign ports. In 2023 alone almost two thousand seafarers were abandoned,"; a clause holds '
                    "no full stop («…in foreign ports, almost two thousand seafarers having been abandoned in 2023 "
                    "alone,») (UN-B09, MUN-F05)")]),
        P(pasted([R("Deeply concerned", i=True), R(" that abandoned seafarers, most of them nationals of developing "
                 "countries, often go for months without pay and without news from their families,")],
                 "Calibri", 22), style=None,
          faults=[F("fonts-mixed", 'mixed fonts: the preambular clause "Deeply concerned that abandoned seafarers…" was '
                    "pasted from the Philippines' own Word with its font kept: Calibri (direct formatting on its "
                    "runs) in a body of «Times New Roman» (MUN-F08)"),
                  F("sizes-mixed", 'mixed font sizes: the pasted clause "Deeply concerned that abandoned seafarers…" is '
                    "11 pt (direct formatting) where the rest of the body is «12 pt» (MUN-F08)")]),
        # pasted from the ILO page with "Merge Formatting": the template's font, the link kept (blue, underlined)
        P([R("Welcoming", i=True), R(" the "),
           R("joint IMO/ILO database on reported incidents of abandonment of seafarers", link=ILO_DB),
           R(", which allows any seafarer or union to follow a case until it is resolved,")], style=PRE_STYLE),
        op("Encourages", " flag States to verify that every ship entitled to fly their flag holds valid financial "
           "security covering abandonment;"),
        op("Urges", " port States, when a crew is abandoned in one of their ports:"),
        subc("to allow the seafarers to go ashore and to receive medical care;"),
        subc("to cooperate with the flag State and the seafarers’ States of nationality in arranging their "
             "repatriation;"),
        op("Calls upon", " insurers and other providers of financial security to pay outstanding wages", R(
            " within 30 days", track="ins", by="Norway Delegate"), R(" after a claim is made;")),
        # typed by the Philippines with its number in Normal; Norway struck the typed "4. " and put the clause into the
        # template's list (a tracked paragraph-format change): Word shows "4." from the list
        P([R("4. ", track="del", by="Norway Delegate"), R("Recommends", u=True),
           R(" that Member States designate a single national contact point for abandoned crews and their families;")],
          style=OP_STYLE, old_style="Normal", changed_by="Norway Delegate"),
        P([R("[Philippines to add clause on funding]")],
          faults=[F("other", 'the reminder "[Philippines to add clause on funding]" is left in the text as a line of '
                    "its own between clauses 4 and 5: it is no clause (no number, no operative verb, no end mark) "
                    "and is either replaced by the clause it announces or deleted before the draft is submitted "
                    "(UN-B01, UN-B06, UN-B07)")]),
        op("Invites", " the International Transport Workers’ Federation and ",
           R("seafarers’ welfare organizations", hl="yellow"),
           R(" to offer food, water and legal advice to crews on board abandoned ships;"),
           faults=[F("emphasis", 'the words "seafarers’ welfare organizations" are left highlighted (yellow) in the '
                     "clause text: words set off from the text; expected «seafarers’ welfare organizations» as plain "
                     "text (UN-B17)")]),
        op("Requests", " the Secretary-General to report to the Council at its 2028 session on the implementation of "
           "the present resolution."),
    ],
    [Comment(7, 7, "Figure for 2023 from the IMO/ILO database.", "Norway Delegate"),
     Comment(11, 13, "Ukraine asks to add seafarers stranded because of armed conflict here.", "Panama Delegate"),
     Comment(14, 14, "30 days is what our union asked for.", "Norway Delegate", point=True)],
)

# en-02: Jordan's template (UNA-USA); India's preambular clause pasted from the UNESCO web page with its font and link;
# Mexico's clauses in its own list (Word's default list, restarting at 1); India's tracked deletion of a clause
EN02 = Draft(
    "en-02-unausa-ga2-groundwater-own-list-restarts-web-font-link",
    [UNAUSA, OWN_DEFAULT], [Num(0), Num(1)],
    [
        field_line("Committee: ", "General Assembly Second Committee (Economic and Financial)"),
        field_line("Topic: ", "Sustainable use of transboundary groundwater"),
        field_line("Sponsors: ", "Jordan, India, Mexico"),
        field_line("Signatories: ", "Botswana, Chile, Egypt, Hungary, Mali, Paraguay, Viet Nam"),
        organ("The General Assembly,", italic=True),
        pre("Recalling", " its resolution 63/124 on the law of transboundary aquifers,"),
        pre("Recognizing", " that groundwater provides about half of the water used for drinking and a large share of "
            "the water used for irrigation,"),
        # Mexico typed "." at the end; Jordan replaced it with "," (tracked): right once the change is read
        P([R("Concerned", i=True), R(" that many aquifers are pumped faster than rain and rivers can recharge them"),
           R(".", track="del", by="Jordan Delegate"), R(",", track="ins", by="Jordan Delegate")], style=PRE_STYLE),
        P(pasted([R("Taking note", i=True), R(" of the "),
                  R("United Nations World Water Development Report 2022, Groundwater: Making the invisible visible",
                    link=WWDR),
                  R(", which calls for better data on aquifers and for their joint management,")],
                 "Arial", 21), style=PRE_STYLE,
          faults=[F("fonts-mixed", 'mixed fonts: the preambular clause "Taking note of the United Nations World Water '
                    'Development Report 2022…" was pasted from a web page with its font kept: Arial (direct formatting '
                    "on its runs) in a body of «Times New Roman» (MUN-F08)"),
                  F("sizes-mixed", 'mixed font sizes: the clause "Taking note of the United Nations World Water '
                    'Development Report 2022…" pasted from the web page is 10.5 pt where the rest of the body is «12 '
                    "pt» (MUN-F08)")]),
        op("Encourages", " Member States to map their aquifers and to share the data with the States with which they "
           "share them;"),
        op("Invites", " States sharing an aquifer to set up joint bodies for its management, taking into account the "
           "draft articles annexed to resolution 63/124;"),
        # Mexico's clauses, in Normal, numbered by Mexico's own list (a second abstractNum): it starts again at "1."
        P([R("Calls upon", u=True), R(" Member States to license the drilling of new wells and to meter large "
           "abstractions;")], num=(2, 0),
          faults=[F("numbering", 'the clause "Calls upon Member States to license the drilling of new wells…" comes '
                    'after clause 2 but Mexico\'s own list starts it again at "1."; expected «3.» (UN-B07, MUN-F05)')]),
        P([R("Recommends", u=True), R(" that Member States protect the recharge areas of their aquifers in land-use "
           "planning;")], num=(2, 0)),
        op("Requests", " the Intergovernmental Hydrological Programme of UNESCO to help developing countries train "
           "staff in groundwater monitoring.",
           faults=[F("operative-end-mark", 'the operative clause "Requests the Intergovernmental Hydrological '
                     'Programme…" is not the last but ends with a full stop: "…in groundwater monitoring."; expected '
                     "«monitoring;» (UN-B09, MUN-F05)")]),
        op("Urges", " Member States to end the subsidies that encourage pumping beyond the natural recharge of "
           "aquifers ", R("by 2030", hl="yellow"), R(";"),
           faults=[F("emphasis", 'the words "by 2030" are left highlighted (yellow) in the clause text: words set off '
                     "from the text; expected «by 2030» as plain text (UN-B17)")]),
        # India struck the whole clause with tracking (its text and its mark): Final renumbers the clauses after it
        P([R("Decides", u=True, track="del", by="India Delegate"),
           R(" to establish a global groundwater fund under the Secretary-General;", track="del",
             by="India Delegate")], style=OP_STYLE, mark="del", mark_by="India Delegate"),
        op("Requests", " the Secretary-General to report to the General Assembly at its eighty-second session on the "
           "implementation of the present resolution."),
    ],
    [Comment(7, 7, "Source: WWDR 2022, p. 1.", "India Delegate", point=True),
     Comment(16, 16, "There is no budget for a new fund; deleting this.", "India Delegate"),
     Comment(12, 13, "Our two clauses from the working paper.", "Mexico Delegate")],
)

# en-03: Nigeria's template (THIMUN); India's clauses typed with numbers in its own Word (Aptos 12, the new Word
# default); Costa Rica's tracked deletion of a typed clause; the template's list resumes after the typed numbers
EN03 = Draft(
    "en-03-thimun-wha-snakebite-aptos-typed-numbers-deleted-typed-clause",
    [THIMUN], [Num(0)],
    [
        field_line("FORUM: ", "World Health Assembly"),
        field_line("QUESTION OF: ", "Reducing deaths and disabilities caused by snakebite envenoming"),
        field_line("SUBMITTED BY: ", "Nigeria"),
        field_line("CO-SUBMITTERS: ", "Costa Rica, India, Papua New Guinea, Sri Lanka"),
        organ("THE WORLD HEALTH ASSEMBLY,"),
        pre("Recalling", " resolution WHA71.5 on addressing the burden of snakebite envenoming,"),
        pre("Aware", " that snakebite kills tens of thousands of people every year and leaves several times as many "
            "with amputations and other permanent disabilities,"),
        pre("Noting with concern", " that many antivenoms are scarce, costly or not suited to the snakes of the "
            "region where they are used,"),
        pre("Bearing in mind", " that most victims are farmers, herders and children who live far from a health "
            "facility,"),
        op("Welcomes", " the strategy of the World Health Organization to halve deaths and disabilities from snakebite "
           "by 2030;"),
        op("Urges", " Member States to include antivenoms in their national lists of essential medicines;"),
        op("Encourages", " Member States to train community health workers in first aid for snakebite and in the safe "
           "transfer of victims;"),
        # India's clauses: Normal, typed numbers, Aptos 12 kept as direct formatting (the size is the template's)
        P(pasted([R("4. "), R("Calls Upon", u=True), R(" manufacturers to share their production methods with "
                 "regional producers of antivenom;")], "Aptos", None),
          faults=[F("fonts-mixed", 'mixed fonts: clause "4. Calls Upon manufacturers…" was typed in India\'s own Word '
                    "and pasted with its font kept: Aptos (direct formatting on its runs) in a body of «Times New "
                    "Roman» (MUN-F08)"),
                  F("capital-after-lead", 'the lead is written "Calls Upon" with a capital U; expected «Calls upon» '
                    "(MUN-F04: only the first word capitalised)")]),
        # struck whole by Costa Rica (text and mark): the typed "5." goes with it
        P(pasted([R("5. Decides", track="del", by="Costa Rica Delegate"),
                  R(" to set up a global stockpile of antivenoms financed by the World Health Organization;",
                    track="del", by="Costa Rica Delegate")], "Aptos", None),
          mark="del", mark_by="Costa Rica Delegate"),
        P(pasted([R("6. "), R("Requests", u=True), R(" the Director-General to support regional networks for the "
                 "testing and registration of antivenoms;")], "Aptos", None),
          faults=[F("fonts-mixed", 'mixed fonts: clause "6. Requests the Director-General to support regional '
                    'networks…" is in Aptos (direct formatting) in a body of «Times New Roman» (MUN-F08)'),
                  F("numbering", 'once the struck clause "5. Decides…" is taken out, the typed number "6." follows '
                    '"4.": the numbers skip 5; expected «5. Requests…» (UN-B07, MUN-F05)')]),
        op("Invites", " Member States and partners to report snakebite cases to the national health information "
           "system;",
           faults=[F("numbering", 'the template\'s list goes on from its own clause 3 and shows "4." after the typed '
                     'clauses "4." and "6.": the number "4." is given twice; expected «6.» (after the fifth clause '
                     "once the struck clause is out) (UN-B07, MUN-F05)")]),
        op("Requests", " the Director-General to report on progress to the Eighty-second World Health Assembly."),
    ],
    [Comment(14, 14, "No money for this in the WHO budget. Deleted.", "Costa Rica Delegate"),
     Comment(10, 10, "Is 2030 the target in the strategy? Check.", "India Delegate", point=True)],
)

# en-04: Canada's template (UNA-USA, operative leads italic); Estonia's clauses typed with their numbers; Ghana struck
# the typed numbers and put the clauses into the list (one forgotten); Ghana's highlight and tracked edits
EN04 = Draft(
    "en-04-unausa-hrc-spyware-deleted-typed-number-no-list-tracked-semicolon",
    [UNAUSA], [Num(0)],
    [
        field_line("Committee: ", "Human Rights Council"),
        field_line("Topic: ", "The use of commercial spyware against human rights defenders and journalists"),
        field_line("Sponsors: ", "Canada, Estonia, Ghana"),
        field_line("Signatories: ", "Argentina, Costa Rica, Denmark, Kenya, Mongolia, Senegal, Uruguay"),
        organ("The Human Rights Council,", italic=True),
        pre("Reaffirming", " the right to privacy set out in article 17 of the International Covenant on Civil and "
            "Political Rights,"),
        pre("Alarmed", " by reports that spyware sold by private companies has been used to watch journalists, lawyers "
            "and human rights defenders,"),
        P([R("Noting", i=True), R(" that such tools can take full control of a telephone without any action by its "
           "owner"), R(",", track="del", by="Estonia Delegate"), R(";", track="ins", by="Estonia Delegate")],
          style=PRE_STYLE,
          faults=[F("preambular-end-mark", 'Estonia\'s tracked change replaced the clause\'s closing "," by ";": '
                    '"…without any action by its owner;"; expected «owner,» (UN-B05, MUN-F04)')]),
        P([R("Recognizing", i=True), R(" that export controls alone "),
           R("have not stopped", hl="yellow", track="del", by="Ghana Delegate"),
           R("do not stop", track="ins", by="Ghana Delegate"),
           R(" the sale of spyware to States that misuse it,")], style=PRE_STYLE),
        op("Calls upon", " States to refrain from using spyware in ways that are incompatible with international "
           "human rights law;", underline=False, italic=True),
        op("Urges", " States to adopt legal safeguards before any use of spyware, including:", underline=False,
           italic=True),
        subc("prior authorization by an independent judicial body;"),
        subc("notification of the persons targeted once an investigation is over;"),
        # Estonia's clauses, typed with their numbers in Normal; Ghana struck each typed number and put the first into
        # the list (tracked format change) but not the second
        P([R("3. ", track="del", by="Ghana Delegate"), R("Encourages", i=True),
           R(" companies that develop surveillance technology to carry out human rights due diligence;")],
          style=OP_STYLE, old_style="Normal", changed_by="Ghana Delegate"),
        P([R("4. ", track="del", by="Ghana Delegate"), R("Invites", i=True),
           R(" States to publish each year the number of export licences granted for surveillance technology;")],
          faults=[F("numbering", 'the typed number "4. " is struck (tracked) and the clause "Invites States to publish '
                    'each year…" was not put into the list: once the deletion is read it has no number between clauses '
                    "3 and 4; expected «4. Invites…» (UN-B07, MUN-F05)")]),
        op("Requests", " the Office of the United Nations High Commissioner for Human Rights to prepare a report on "
           "the ", R("human rights impact", hl="yellow"), R(" of the spyware trade;"), underline=False, italic=True,
           faults=[F("emphasis", 'the words "human rights impact" are left highlighted (yellow) in the clause text: '
                     "words set off from the text; expected «human rights impact» as plain text (UN-B17)")]),
        op("Decides", " to remain seized of the matter.", underline=False, italic=True,
           faults=[F("operative-end-mark", 'no longer the last clause since Ghana\'s tracked clause was inserted after '
                     'it, but still ends with a full stop: "…remain seized of the matter."; expected «matter;» '
                     "(UN-B09, MUN-F05)")]),
        P([R("Decides", i=True, track="ins", by="Ghana Delegate"),
           R(" to hold a panel discussion on spyware and civic space at its sixtieth session.", track="ins",
             by="Ghana Delegate")], style=OP_STYLE, mark="ins", mark_by="Ghana Delegate"),
    ],
    [Comment(8, 9, "Estonia: we think these two belong together.", "Estonia Delegate"),
     Comment(15, 15, "Ghana: Estonia, please confirm the wording of this one.", "Ghana Delegate")],
)

# en-05: Peru's template (THIMUN, UNEA); Ghana's closing clauses in Normal on its own list continued with "Set
# numbering value" (right), one lead plain; Mongolia's highlight and comment; Indonesia's tracked inserted clause
EN05 = Draft(
    "en-05-thimun-unea-gold-mining-mercury-own-list-continued-inserted-clause",
    [THIMUN, OWN_DEFAULT], [Num(0), Num(1, {0: 5})],
    [
        field_line("FORUM: ", "United Nations Environment Assembly"),
        field_line("QUESTION OF: ", "Ending the use of mercury in artisanal and small-scale gold mining"),
        field_line("MAIN SUBMITTER: ", "Peru"),
        field_line("CO-SUBMITTERS: ", "Ghana, Indonesia, Mongolia, Switzerland"),
        organ("THE UNITED NATIONS ENVIRONMENT ASSEMBLY,"),
        pre("Recalling", " the Minamata Convention on Mercury, and in particular its article 7 on artisanal and "
            "small-scale gold mining,"),
        pre("Deeply concerned", " that this sector is the largest source of mercury released into the air by human "
            "activity,"),
        P([R("Aware", i=True), R(" that millions of miners, many of them women and children, handle mercury with their "
           "bare hands."), ], style=PRE_STYLE,
          faults=[F("preambular-end-mark", 'the preambular clause ends with a full stop: "…with their bare hands."; '
                    "expected «hands,» (UN-B05, MUN-F04)")]),
        P([R("Welcoming", i=True), R(" the work of the "), R("planetGOLD programme", link=PLANETGOLD),
           R(" in helping miners switch to methods that use no mercury,")], style=PRE_STYLE),
        op("Encourages", " States parties that have notified the Convention secretariat of such mining in their "
           "territory to carry out their national action plans in full;"),
        op("Calls upon", " Member States to:"),
        subc("give miners access to affordable loans for mercury-free equipment;"),
        subc("help miners form cooperatives and obtain legal titles to the land they work;"),
        op("Invites", " donors to finance training in mercury-free processing for miners, ",
           R("especially women", hl="yellow"), R(";"),
           faults=[F("emphasis", 'the words "especially women" are left highlighted (yellow) in the clause text: words '
                     "set off from the text; expected «especially women» as plain text (UN-B17)")]),
        # inserted by Indonesia with tracking, its mark inserted too: numbered by the list, no end mark
        P([R("Encourages", u=True, track="ins", by="Indonesia Delegate"),
           R(" Member States to ban the burning of mercury amalgam in homes and near schools", track="ins",
             by="Indonesia Delegate")], style=OP_STYLE, mark="ins", mark_by="Indonesia Delegate",
          faults=[F("operative-end-mark", 'Indonesia\'s inserted clause "Encourages Member States to ban the burning of '
                    'mercury amalgam…" ends with no mark: "…near schools"; expected «schools;» (UN-B09, MUN-F05)')]),
        # Ghana's clauses, last in the file: Normal, its own list set to start at 5 (startOverride 5), closing clause
        P([R("Urges", u=True), R(" Member States to stop the illegal trade in mercury across their borders;")],
          num=(2, 0)),
        P([R("Requests"), R(" the United Nations Environment Programme to support health screening of mining "
           "communities for mercury exposure;")], num=(2, 0),
          faults=[F("emphasis", 'the lead "Requests" of clause 6 is not underlined while every other operative lead '
                    "is: «Requests» underlined (MUN-F03)")]),
        P([R("Requests", u=True), R(" the Executive Director to report on progress to the Environment Assembly at its "
           "eighth session.")], num=(2, 0)),
    ],
    [Comment(8, 8, "Figure from UNEP: about 15 million miners.", "Mongolia Delegate", point=True),
     Comment(14, 14, "Mongolia: can we keep this focus on women?", "Mongolia Delegate"),
     Comment(15, 15, "New clause from Indonesia.", "Indonesia Delegate"),
     Comment(16, 18, "Ghana's clauses from our working paper, numbering set to follow on.", "Ghana Delegate")],
)

# en-06: Switzerland's template (THIMUN, GA First Committee), nearly clean: Côte d'Ivoire's clauses in Normal joined
# to the template's list (right), a typed number struck and the clause put into the list (right), a lead replaced with tracking,
# a middle clause struck, a highlight taken away with tracking, a link kept from the web; the old last clause struck
EN06 = Draft(
    "en-06-thimun-ga1-ammunition-nearly-clean-last-clause-struck",
    [THIMUN], [Num(0)],
    [
        field_line("FORUM: ", "General Assembly First Committee (Disarmament and International Security)"),
        field_line("QUESTION OF: ", "Safe management of conventional ammunition stockpiles"),
        field_line("MAIN SUBMITTER: ", "Switzerland"),
        field_line("CO-SUBMITTERS: ", "Côte d’Ivoire, Peru, the Philippines"),
        organ("THE GENERAL ASSEMBLY,"),
        pre("Recalling", " the Global Framework for Through-life Conventional Ammunition Management adopted in 2023,"),
        pre("Gravely concerned", " by unplanned explosions at munitions sites, which kill and injure people living "
            "near them and destroy homes and schools,"),
        P([R("Noting", i=True), R(" that ammunition diverted from poorly secured stockpiles "),
           R("fuels", old_hl=True, by="Peru Delegate"),
           R(" armed violence and terrorism in many regions,")], style=PRE_STYLE),
        P([R("Welcoming", i=True), R(" the "), R("International Ammunition Technical Guidelines", link=IATG),
           R(" as a practical tool for States of every level of capacity,")], style=PRE_STYLE),
        op("Encourages", " Member States to draw up national policies for the management of ammunition throughout its "
           "life;"),
        P([R("Encourages", u=True, track="del", by="Peru Delegate"),
           R("Strongly encourages", u=True, track="ins", by="Peru Delegate"),
           R(" Member States to move stockpiles away from towns and villages wherever possible;")], style=OP_STYLE),
        # struck whole by Peru (text and mark): Final renumbers
        P([R("Decides", u=True, track="del", by="Peru Delegate"),
           R(" to convene a diplomatic conference on a treaty on ammunition;", track="del", by="Peru Delegate")],
          style=OP_STYLE, mark="del", mark_by="Peru Delegate"),
        op("Calls upon", " States in a position to do so to help others:"),
        subc("to train stockpile managers;"),
        subc("to destroy surplus and unstable ammunition safely;"),
        # Côte d'Ivoire's clauses: pasted in Normal, joined to the template's list (direct numPr of its w:num)
        P([R("Invites", u=True), R(" regional organizations to share lessons learned from explosions at munitions "
           "sites;")], num=(1, 0)),
        # typed "5. " by Côte d'Ivoire, struck by Switzerland, the clause numbered by the list instead
        P([R("5. ", track="del", by="Switzerland Delegate"), R("Recommends", u=True),
           R(" that Member States mark and record their ammunition at the time of manufacture"),
           R(";", track="ins", by="Switzerland Delegate")], num=(1, 0), old_style="Normal",
          changed_by="Switzerland Delegate"),
        op("Requests", " the Secretary-General to report to the General Assembly at its eighty-second session on the "
           "implementation of the present resolution;",
           faults=[F("operative-end-mark", 'the clause after it, "Decides to remain seized of the matter.", is struck: '
                     'this is the last clause once the deletion is read and it ends "…of the present resolution;"; '
                     "expected «resolution.» (UN-B09, MUN-F05)")]),
        P([R("Decides", u=True, track="del", by="Peru Delegate"),
           R(" to remain seized of the matter.", track="del", by="Peru Delegate")],
          style=OP_STYLE, mark="del", mark_by="Peru Delegate"),
    ],
    [Comment(13, 13, "Too ambitious for this session.", "Peru Delegate"),
     Comment(9, 10, "Côte d'Ivoire: agree with the guidelines reference.", "Côte d’Ivoire Delegate"),
     Comment(19, 19, "“Remain seized” is Security Council language.", "Peru Delegate", point=True)],
)

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


def check_quotes() -> None:
    """Every "…" quote of a note is in its paragraph (All Markup text with its labels), or in the paragraph named."""
    for d in DRAFTS:
        final, markup = labels(d, False), labels(d, True)
        for i, p in enumerate(d.paras, 1):
            text = f"{final[i - 1]} {markup[i - 1]} " + "".join(r.text for r in p.runs) + " " + final_text(p)
            for f in p.faults:
                for quote in re.findall(r'"([^"]+)"', f.note):
                    for piece in quote.split("…"):
                        piece = piece.strip(" /")
                        if not piece or re.fullmatch(r"\(?[0-9a-zA-Z]{1,4}[.)] ?", piece):
                            continue
                        if piece in ("Decides to remain seized of the matter.", "5. Decides", "4.", "6.", "4. "):
                            continue  # the struck clause after it / labels of other paragraphs
                        assert piece in text, (d.name, i, piece)


def annotations() -> str:
    head = ("# word-blind65: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
            "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md, Decisions): the text as\n"
            "# the chair reads it in Word's All Markup, struck text out and inserted text in; comments are no text.\n")
    data = {}
    for d in DRAFTS:
        faults = []
        for i, p in enumerate(d.paras, 1):
            for f in p.faults:
                faults.append({"paragraph": i, "kind": f.kind, "note": f.note})
        data[f"{d.name}.docx"] = {"faults": faults}
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    check_quotes()
    if "--list" in argv:
        for d in DRAFTS:
            print(f"== {d.name} ({len(d.paras)} paragraphs)")
            for i, (p, fin, mk) in enumerate(zip(d.paras, labels(d, False), labels(d, True)), 1):
                rev = (f" ¶{p.mark}" if p.mark else "") + (" pPrChange" if p.old_style else "")
                font = {r.font for r in p.runs if r.font} | {str(r.size) for r in p.runs if r.size}
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {fin:4}|{mk:4}{rev} {'/'.join(sorted(font))} {markup_text(p)[:90]} {marks}")
        return
    if "--render" in argv:
        out = Path(argv[argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for d in DRAFTS:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out),
                            str(HERE / f"{d.name}.docx")], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{d.name}.pdf"), str(out / d.name)],
                           check=True)
        return
    for d in DRAFTS:
        Builder(d).save()
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
