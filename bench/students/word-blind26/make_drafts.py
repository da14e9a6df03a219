"""Build the drafts of the blind set word-blind26 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

The drafts are numbered with what Word's Numbering Library and Multilevel List gallery offer (and WPS's Chinese
outline): "Article I. / Section 1.01 / (a)", "1 / 1.1 / 1.1.1" linked to Heading 1-3, "Chapter 1" linked to
Heading 1, "1) a) i)", a bullet library level, a level made with "Define New Number Format" ("Clause 1:"), WPS's
"一、 / （一） / 1." outline, and Word's "1. a. i." with "(a)" sub-lists.

python-docx gives the package (its default template); numbering.xml, the heading styles' w:numPr and every
paragraph are written with lxml by the helpers below (written for this set; nothing imported from drafter or from
another set). Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph index is
the 1-based index of the body w:p, checked again on the saved file.

Labels Word shows (ECMA-376 part 1, 17.9), as computed by `labels`: a paragraph's numbering is its own w:numPr,
else its style's (a heading style carries numId and ilvl); counters belong to the abstractNum; a w:startOverride
restarts the level at the first paragraph of that w:num; a level restarts after a paragraph at a smaller level;
w:isLgl shows every number of the level text as a decimal; "->" after a label = tab, " " = space suffix.
"""

from __future__ import annotations

import subprocess
import sys
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
    text: str
    i: bool = False
    u: bool = False
    b: bool = False


@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None     # direct w:numPr (numId, ilvl)
    jc: str | None = None

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    def xml(self) -> etree._Element:
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
            t = el("t")
            t.text = r.text
            t.set(XML_SPACE, "preserve")
            node.append(t)
            p.append(node)
        return p


# ---------------------------------------------------------------- numbering
@dataclass
class Lvl:
    fmt: str              # decimal, upperRoman, lowerLetter, lowerRoman, decimalZero, chineseCounting, bullet, none
    text: str             # lvlText, "%1." ...
    suff: str = "tab"
    lgl: bool = False
    style: str | None = None   # w:pStyle: the heading style linked to the level
    font: str | None = None    # bullet font
    start: int = 1


@dataclass
class Abstract:
    aid: int
    levels: list[Lvl]
    name: str = ""


@dataclass
class Num:
    nid: int
    aid: int
    start_override: dict[int, int] = field(default_factory=dict)


def lvl_xml(i: int, lv: Lvl) -> etree._Element:
    node = el("lvl", {"ilvl": str(i)}, el("start", {"val": str(lv.start)}), el("numFmt", {"val": lv.fmt}))
    if lv.style:
        node.append(el("pStyle", {"val": lv.style}))
    if lv.lgl:
        node.append(el("isLgl"))
    if lv.suff != "tab":
        node.append(el("suff", {"val": lv.suff}))
    node.append(el("lvlText", {"val": lv.text}))
    node.append(el("lvlJc", {"val": "left"}))
    left = 360 + 360 * i + (720 if lv.text.startswith(("Article", "Section", "Chapter", "Clause")) else 0)
    node.append(el("pPr", None, el("ind", {"left": str(left), "hanging": "360" if left < 1000 else "720"})))
    if lv.font:
        node.append(el("rPr", None, el("rFonts", {"ascii": lv.font, "hAnsi": lv.font, "hint": "default"})))
    return node


def numbering_xml(root: etree._Element, abstracts: list[Abstract], nums: list[Num]) -> None:
    for child in list(root):
        root.remove(child)
    for a in abstracts:
        node = el("abstractNum", {"abstractNumId": str(a.aid)}, el("multiLevelType", {"val": "hybridMultilevel" if len(a.levels) == 1 else "multilevel"}))
        if a.name:
            node.append(el("name", {"val": a.name}))
        for i, lv in enumerate(a.levels):
            node.append(lvl_xml(i, lv))
        root.append(node)
    for n in nums:
        node = el("num", {"numId": str(n.nid)}, el("abstractNumId", {"val": str(n.aid)}))
        for ilvl, value in n.start_override.items():
            node.append(el("lvlOverride", {"ilvl": str(ilvl)}, el("startOverride", {"val": str(value)})))
        root.append(node)


ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
         (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
ZH_DIGITS = "零一二三四五六七八九十"


def fmt_number(n: int, fmt: str) -> str:
    if fmt in ("decimal",):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        out, k = "", n
        for value, sym in ROMAN:
            while k >= value:
                out, k = out + sym, k - value
        return out if fmt == "lowerRoman" else out.upper()
    if fmt == "chineseCounting":
        return ZH_DIGITS[n] if n <= 10 else "十" + ZH_DIGITS[n - 10]
    return ""


def labels(paras: list[P], abstracts: list[Abstract], nums: list[Num], styles: dict[str, tuple[int, int]]) -> list[str]:
    by_a = {a.aid: a for a in abstracts}
    by_n = {n.nid: n for n in nums}
    counters: dict[int, list[int]] = {}
    seen: set[int] = set()
    out = []
    for p in paras:
        numpr = p.num or (styles.get(p.style) if p.style else None)
        if not numpr or numpr[0] == 0:
            out.append("")
            continue
        nid, ilvl = numpr
        num = by_n[nid]
        a = by_a[num.aid]
        c = counters.setdefault(a.aid, [0] * 9)
        if nid not in seen:
            seen.add(nid)
            for lvl_i, value in num.start_override.items():
                c[lvl_i] = value - 1
                for deeper in range(lvl_i + 1, 9):
                    c[deeper] = 0
        c[ilvl] += 1 if c[ilvl] else a.levels[ilvl].start
        if c[ilvl] == a.levels[ilvl].start and False:
            pass
        for deeper in range(ilvl + 1, 9):
            c[deeper] = 0
        lv = a.levels[ilvl]
        if lv.fmt == "bullet":
            text = lv.text
        else:
            text = lv.text
            for k in range(ilvl + 1):
                fmt = a.levels[k].fmt
                if lv.lgl and fmt != "decimalZero":
                    fmt = "decimal"
                value = c[k] if c[k] else a.levels[k].start
                text = text.replace(f"%{k + 1}", fmt_number(value, fmt))
        out.append(text + {"tab": "->", "space": " ", "nothing": ""}[lv.suff])
    return out


# ---------------------------------------------------------------- drafts
@dataclass
class Draft:
    name: str
    lang: str
    paras: list[P]
    abstracts: list[Abstract]
    nums: list[Num]
    styles: dict[str, tuple[int, int]] = field(default_factory=dict)   # heading style -> (numId, ilvl)


def plain(text: str, *faults: F, style: str | None = None, jc: str | None = None) -> P:
    return P([R(text)], list(faults), style=style, jc=jc)


def lead(word: str, rest: str, *faults: F, i: bool = False, u: bool = False, num: tuple[int, int] | None = None,
         style: str | None = None) -> P:
    return P([R(word, i=i, u=u), R(rest)], list(faults), style=style, num=num)


def en_head(committee: str, topic: str, sponsors: str, signatories: str) -> list[P]:
    return [plain(f"Committee: {committee}"), plain(f"Topic: {topic}"), plain(f"Sponsors: {sponsors}"),
            plain(f"Signatories: {signatories}"), P([R("The General Assembly,", i=True)])]


def zh_head(committee: str, topic: str, sponsors: str, signatories: str) -> list[P]:
    return [plain("决议草案", jc="center"), plain(f"委员会：{committee}"), plain(f"议题：{topic}"),
            plain(f"起草国：{sponsors}"), plain(f"附议国：{signatories}"), P([R("大会", b=True), R("，")])]


def pre(word: str, rest: str, *faults: F) -> P:
    return lead(word, rest, *faults, i=True)


def op(word: str, rest: str, num: tuple[int, int] | None, *faults: F, style: str | None = None) -> P:
    return lead(word, rest, *faults, u=True, num=num, style=style)


def sub(text: str, num: tuple[int, int] | None, *faults: F, style: str | None = None) -> P:
    return P([R(text)], list(faults), num=num, style=style)


def d1() -> Draft:
    """Multilevel List gallery: "Article I. / Section 1.01 / (a)" (level 1 legal, decimalZero)."""
    art = Abstract(1, [Lvl("upperRoman", "Article %1."), Lvl("decimalZero", "Section %1.%2", lgl=True),
                       Lvl("lowerLetter", "(%3)"), Lvl("lowerRoman", "(%4)"), Lvl("decimal", "%5)"),
                       Lvl("lowerLetter", "%6)"), Lvl("lowerRoman", "%7)"), Lvl("lowerLetter", "%8."),
                       Lvl("lowerRoman", "%9.")], name="Article Section")
    N = 1

    def art_f(shown: str, n: int) -> F:
        return F("numbering", f'Word shows "{shown}" before the lead (Multilevel List gallery "Article I. / Section 1.01 / (a)", level 1 upperRoman); operative clauses are numbered «{n}.» (UN-B07, MUN-F05)')

    def sec_f(shown: str, exp: str) -> F:
        return F("sub-clause-label", f'sub-clause shows "{shown}" (level 2 of the "Article I." list, legal numbering "Section %1.%2" with two digits); expected «{exp}» (UN-B10, MUN-F06)')

    paras = en_head("Second Committee (Economic and Financial)", "Safe drinking water in informal settlements",
                    "Kenya, Peru, Bangladesh", "Ghana, Bolivia, Nepal, Jordan, Philippines, Senegal")
    paras += [
        pre("Recognizing", " that one in four urban residents lives in an informal settlement without a piped connection,"),
        pre("Concerned", " that water bought from private tankers costs households up to ten times the municipal tariff,"),
        pre("Noting with appreciation", " the community water kiosks run by residents' associations in several cities,"),
        op("Encourages", " municipal utilities to extend standpipes to every settlement within one kilometre of the network;", (N, 0), art_f("Article I.", 1)),
        op("Calls upon", " Member States to adopt pro-poor tariffs that include:", (N, 0), art_f("Article II.", 2)),
        sub("a free basic allowance of water for each household;", (N, 2)),
        sub("cross-subsidies paid by commercial and industrial users;", (N, 2)),
        op("Invites", " development banks to finance the rehabilitation of leaking mains in low-income districts;", (N, 0), art_f("Article III.", 3)),
        op("Recommends", " that water quality in settlements be monitored by:", (N, 0), art_f("Article IV.", 4)),
        sub("monthly testing of kiosks and standpipes by the utility;", (N, 1), sec_f("Section 4.01", "(a)")),
        sub("publication of the results in the languages spoken in each settlement;", (N, 1), sec_f("Section 4.02", "(b)")),
        op("Requests", " the Secretary-General to report on the implementation of this resolution at its next session.", (N, 0), art_f("Article V.", 5)),
    ]
    return Draft("en-k01-article-roman-section-legal-sub-levels.docx", "en", paras, [art], [Num(N, 1)])


def d2() -> Draft:
    """"1 / 1.1 / 1.1.1" gallery list linked to Heading 1-3: the clauses are typed in the heading styles."""
    hd = Abstract(2, [Lvl("decimal", "%1", style="Heading1"), Lvl("decimal", "%1.%2", style="Heading2"),
                      Lvl("decimal", "%1.%2.%3", style="Heading3")] +
                  [Lvl("decimal", "%1." * 1 + f"%{k + 1}") for k in range(3, 9)], name="Heading 1-3")
    N = 2
    styles = {"Heading1": (N, 0), "Heading2": (N, 1), "Heading3": (N, 2)}

    def h1_f(shown: str, n: int) -> F:
        return F("numbering", f'clause in style Heading 1, numbered "{shown}" by the linked list "1 / 1.1 / 1.1.1" (no full stop after the number); expected «{n}.» (UN-B07, MUN-F05)')

    def h2_f(shown: str, exp: str) -> F:
        return F("sub-clause-label", f'sub-clause in style Heading 2 shows "{shown}" (level 2 of the linked list), which reads as a clause number; expected «{exp}» (UN-B10, MUN-F06)')

    def h3_f(shown: str, exp: str) -> F:
        return F("sub-clause-label", f'second-degree sub-clause in style Heading 3 shows "{shown}"; expected «{exp}» (UN-B10, MUN-F06)')

    paras = en_head("Sixth Committee (Legal)", "Regulation of private military and security companies",
                    "Switzerland, South Africa", "Colombia, Iraq, Sierra Leone, Fiji, Norway")
    paras += [
        pre("Recalling", " the Montreux Document on pertinent international legal obligations of 2008,"),
        pre("Alarmed", " by reports of private contractors guarding extractive sites without any licence from the host State,"),
        pre("Bearing in mind", " that States remain responsible for the conduct of the companies they contract,"),
        op("Urges", " all Member States to establish a national register of private military and security companies;", None, h1_f("1", 1), style="Heading1"),
        op("Recommends", " that licences be granted only to companies that:", None, h1_f("2", 2), style="Heading1"),
        sub("vet the criminal record of every employee;", None, h2_f("2.1", "(a)"), style="Heading2"),
        sub("train their personnel in international humanitarian law, including:", None, h2_f("2.2", "(b)"), style="Heading2"),
        sub("the rules on the use of force in self-defence;", None, h3_f("2.2.1", "(i)"), style="Heading3"),
        sub("the protection of detained persons;", None, h3_f("2.2.2", "(ii)"), style="Heading3"),
        op("Calls upon", " contracting States to include a clause on remedies for victims in every contract;", None, h1_f("3", 3), style="Heading1"),
        op("Decides", " to consider the question again at its next session.", None, h1_f("4", 4), style="Heading1"),
    ]
    return Draft("en-k02-heading-linked-legal-list-no-stop.docx", "en", paras, [hd], [Num(N, 2)], styles)


def d3() -> Draft:
    """"Chapter 1" linked to Heading 1 for the section names; clauses on the Numbering Library's "1)", sub-clauses
    on "a)" and on a bullet library level."""
    ch = Abstract(3, [Lvl("decimal", "Chapter %1", suff="space", style="Heading1")] +
                  [Lvl("none", "", suff="nothing", style=f"Heading{k + 1}") for k in range(1, 9)], name="Chapter")
    paren = Abstract(4, [Lvl("decimal", "%1)"), Lvl("lowerLetter", "%2)"), Lvl("lowerRoman", "%3)")] +
                     [Lvl("decimal", f"({k + 1})") for k in range(3, 9)])
    bullet = Abstract(5, [Lvl("bullet", "\uf0b7", font="Symbol"), Lvl("bullet", "o", font="Courier New")])
    styles = {"Heading1": (3, 0)}

    def ch_f(shown: str, words: str) -> F:
        return F("other", f'section heading "{shown} {words}" (style Heading 1 on the "Chapter 1" list) in the text of the resolution; the preamble and the operative part carry no section headings (UN-B01)')

    def par_f(n: int) -> F:
        return F("numbering", f'operative clause numbered "{n})" (Numbering Library "1)"); expected «{n}.» (UN-B07, MUN-F05)')

    def bul_f(exp: str) -> F:
        return F("sub-clause-label", f'sub-clause marked with a bullet "•" (Bullet Library) instead of a letter; expected «{exp}» (MUN-F06, UN-B10)')

    paras = en_head("Third Committee (Social, Humanitarian and Cultural)", "Protection of migrant domestic workers",
                    "Philippines, Indonesia, Ethiopia", "Nepal, Sri Lanka, Mexico, Uganda, Lebanon, Chile")
    paras += [
        plain("Preambulatory Clauses", ch_f("Chapter 1", "Preambulatory Clauses"), style="Heading1"),
        pre("Recalling", " the Domestic Workers Convention, 2011 (No. 189), of the International Labour Organization,"),
        pre("Deeply concerned", " that employers in many countries keep the passports of the workers they hire,"),
        pre("Aware", " that recruitment fees push many workers into debt before they leave home,"),
        plain("Operative Clauses", ch_f("Chapter 2", "Operative Clauses"), style="Heading1"),
        op("Calls upon", " Member States to extend labour law protections to domestic work;", (6, 0), par_f(1)),
        op("Urges", " countries of destination to guarantee domestic workers:", (6, 0), par_f(2)),
        sub("one full day of rest every week;", (6, 1)),
        sub("the right to keep their own identity documents;", (6, 1)),
        sub("access to a telephone and to consular services;", (6, 1)),
        op("Encourages", " countries of origin to regulate recruitment agencies by:", (6, 0), par_f(3)),
        sub("banning fees charged to the workers;", (7, 0), bul_f("(a)")),
        sub("publishing a list of licensed agencies;", (7, 0), bul_f("(b)")),
        op("Requests", " the International Labour Organization to assist States with model contracts.", (6, 0), par_f(4)),
    ]
    return Draft("en-k03-chapter-heading-sections-paren-numbers-bullet-subs.docx", "en", paras, [ch, paren, bullet],
                 [Num(3, 3), Num(6, 4), Num(7, 5)], styles)


def d4() -> Draft:
    """A level made with "Define New Number Format": "Clause 1:"; sub-clauses on the library's "(a)" list."""
    cl = Abstract(6, [Lvl("decimal", "Clause %1:", suff="space")], name="Clause")
    pa = Abstract(7, [Lvl("lowerLetter", "(%1)")])

    def cl_f(n: int) -> F:
        return F("numbering", f'operative clause labelled "Clause {n}:" (number format defined with "Define New Number Format"); expected «{n}.» (UN-B07, MUN-F05)')

    paras = en_head("Special Political and Decolonization Committee", "Mitigation of space debris",
                    "Japan, France, New Zealand", "Brazil, Nigeria, Canada, India, Luxembourg")
    paras += [
        pre("Recognizing", " that more than thirty thousand tracked objects now orbit the Earth,"),
        pre("Recalling", " the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space,"),
        pre("Noting", " that the collision of two satellites in 2009 created thousands of new fragments,"),
        op("Encourages", " operators to remove their satellites from low Earth orbit within five years after the end of the mission;", (8, 0), cl_f(1)),
        op("Invites", " Member States to share tracking data through:", (8, 0), cl_f(2)),
        sub("a common catalogue open to every space agency;", (9, 0)),
        sub("timely warnings of close approaches;", (9, 0)),
        op("Recommends", " that launch licences require a plan for the disposal of upper stages;", (8, 0), cl_f(3)),
        op("Requests", " the Office for Outer Space Affairs to report on the use of the guidelines at its next session.", (8, 0), cl_f(4)),
    ]
    return Draft("en-k04-define-new-number-format-clause-colon.docx", "en", paras, [cl, pa], [Num(8, 6), Num(9, 7)])


def d5() -> Draft:
    """WPS gallery outline "一、 / （一） / 1." used for the clauses and sub-clauses."""
    wps = Abstract(8, [Lvl("chineseCounting", "%1、", suff="nothing"), Lvl("chineseCounting", "（%2）", suff="nothing"),
                       Lvl("decimal", "%3.")] + [Lvl("decimal", f"（%{k + 1}）") for k in range(3, 9)], name="WPS")

    def yi_f(shown: str, n: int) -> F:
        return F("numbering", f'行动性条款编号为 "{shown}"（WPS 编号库 "一、（一）1."）；应为 «{n}.»（阿拉伯数字加半角句点）(UN-B07, ZH-B03)')

    def paren_f(shown: str, exp: str) -> F:
        return F("sub-clause-label", f'子条款编号为 "{shown}"（中文数字）；子条款用英文字母或罗马数字，应为 «{exp}» (ZH-B04, UN-B10)')

    paras = zh_head("环境规划署", "海洋塑料污染治理", "挪威、卢旺达、秘鲁", "智利、印度尼西亚、塞内加尔、斐济、加拿大")
    paras += [
        P([R("回顾", u=True), R("联合国环境大会关于结束塑料污染的第5/14号决议，")]),
        P([R("关切", u=True), R("每年有数百万吨塑料废物进入海洋，危害渔业和沿海社区的生计，")]),
        P([R("认识到", u=True), R("发展中国家在废物收集和回收方面缺乏资金和技术，")]),
        P([R("呼吁", u=True), R("各会员国制定减少一次性塑料制品的国家行动计划；")], [yi_f("一、", 1)], num=(10, 0)),
        P([R("鼓励", u=True), R("各国通过以下方式加强废物管理：")], [yi_f("二、", 2)], num=(10, 0)),
        P([R("扩大城乡垃圾收集服务的覆盖范围；")], [paren_f("（一）", "(a)")], num=(10, 1)),
        P([R("支持拾荒者合作社参与正规回收体系；")], [paren_f("（二）", "(b)")], num=(10, 1)),
        P([R("请", u=True), R("国际金融机构为沿海国家的回收设施提供优惠贷款；")], [yi_f("三、", 3)], num=(10, 0)),
        P([R("决定", u=True), R("在下届会议上审议本决议的执行情况。")], [yi_f("四、", 4)], num=(10, 0)),
    ]
    return Draft("zh-k05-wps-chinese-outline-yi-paren-yi.docx", "zh", paras, [wps], [Num(10, 8)])


def d6() -> Draft:
    """Clean: Word's "1. a. i." library list for the clauses, a restarted "(a)" list for each set of sub-clauses."""
    lib = Abstract(9, [Lvl("decimal", "%1."), Lvl("lowerLetter", "%2."), Lvl("lowerRoman", "%3.")] +
                   [Lvl("decimal", f"%{k + 1}.") for k in range(3, 9)])
    pa = Abstract(10, [Lvl("lowerLetter", "(%1)")])
    paras = zh_head("联合国教育、科学及文化组织", "农村地区的数字教育", "肯尼亚、越南", "蒙古、危地马拉、摩洛哥、老挝、厄瓜多尔")
    paras += [
        P([R("重申", u=True), R("人人享有受教育的权利，")]),
        P([R("注意到", u=True), R("农村学校的宽带接入率远低于城市学校，")]),
        P([R("欢迎", u=True), R("一些国家利用广播和电视开展远程教学的经验，")]),
        P([R("敦促", u=True), R("各会员国将农村学校的网络连接纳入国家基础设施规划；")], num=(11, 0)),
        P([R("建议", u=True), R("各国为农村教师提供以下支持：")], num=(11, 0)),
        P([R("定期的数字技能培训；")], num=(12, 0)),
        P([R("可供离线使用的教学资源；")], num=(12, 0)),
        P([R("鼓励", u=True), R("电信运营商为学校提供优惠资费，并：")], num=(11, 0)),
        P([R("在偏远地区建设太阳能供电的基站；")], num=(13, 0)),
        P([R("向学生免费开放教育网站；")], num=(13, 0)),
        P([R("请", u=True), R("教科文组织汇编各国的良好做法并在下届会议上提交报告。")], num=(11, 0)),
    ]
    return Draft("zh-k06-clean-library-numbers-restarted-paren-letters.docx", "zh", paras, [lib, pa],
                 [Num(11, 9), Num(12, 10), Num(13, 10, {0: 1})])


DRAFTS = [d1, d2, d3, d4, d5, d6]


# ---------------------------------------------------------------- writing
def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    for p in d.paras:
        sect.addprevious(p.xml())
    styles_root = doc.styles.element
    for st in styles_root.findall(w("style")):
        ppr = st.find(w("pPr"))
        if ppr is not None:
            for numpr in ppr.findall(w("numPr")):
                ppr.remove(numpr)
        sid = st.get(w("styleId"))
        if sid in d.styles:
            if ppr is None:
                ppr = el("pPr")
                name = st.find(w("name"))
                after = [st.find(w(t)) for t in ("qFormat", "uiPriority", "unhideWhenUsed", "link", "next", "basedOn")]
                anchor = next((a for a in after if a is not None), name)
                anchor.addnext(ppr)
            nid, ilvl = d.styles[sid]
            numpr = el("numPr", None, el("ilvl", {"val": str(ilvl)}) if ilvl else el("ilvl", {"val": "0"}),
                       el("numId", {"val": str(nid)}))
            ppr.insert(0, numpr)
    if d.lang == "zh":
        for rpr in styles_root.iter(w("rPrDefault")):
            inner = rpr.find(w("rPr"))
            fonts = inner.find(w("rFonts")) if inner is not None else None
            if fonts is not None:
                fonts.set(w("eastAsia"), "SimSun")
    numbering_xml(doc.part.numbering_part.element, d.abstracts, d.nums)
    out = HERE / d.name
    doc.save(out)
    saved = docx.Document(out)
    count = len(saved.element.body.findall(w("p")))
    assert count == len(d.paras), (d.name, count, len(d.paras))
    return out


def annotations(drafts: list[Draft]) -> str:
    data = {}
    for d in drafts:
        faults = []
        for i, p in enumerate(d.paras, 1):
            for f in p.faults:
                faults.append({"paragraph": i, "kind": f.kind, "note": f.note})
        data[d.name] = {"faults": faults}
    head = "# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)


def main(argv: list[str]) -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in argv:
        for d in drafts:
            print(f"== {d.name}")
            for i, (p, lab) in enumerate(zip(d.paras, labels(d.paras, d.abstracts, d.nums, d.styles)), 1):
                marks = "".join(f"  [{f.kind}]" for f in p.faults)
                print(f"{i:3} {p.style or '':9} {lab:16} {p.text[:70]}{marks}")
        return
    if "--render" in argv:
        out = Path(argv[argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for d in drafts:
            src = HERE / d.name
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)], check=True)
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", str(out), str(src)], check=True)
            pdf = out / (src.stem + ".pdf")
            subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(out / src.stem)], check=True)
        return
    for d in drafts:
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(drafts), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
