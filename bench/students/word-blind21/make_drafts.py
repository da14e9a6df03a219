"""Build the drafts of the blind set word-blind21 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

The drafts are Word-numbered drafts after a conference day of editing with Word's list commands: "Restart at 1",
"Continue numbering", Tab / Shift-Tab on a numbered paragraph, "Set Numbering Value", a clause pasted with its
source list, a multilevel list template changed for part of the list, a number deleted with Backspace.

python-docx gives the package (its default template, which has the "List Paragraph" style); numbering.xml and every
paragraph are written with lxml by the helpers below, written for this set (no import of drafter, no earlier set's
script imported; the helpers follow the shape of ../word-blind7/make_drafts.py). Faults are marked with F(kind, note)
next to the paragraph that carries them; the paragraph index is the 1-based index of the `w:p` in the body, checked
again on the saved file.

Labels Word shows (ECMA-376 part 1, 17.9): the counters of a list belong to its abstractNum, so w:num instances of
the same abstractNum continue one another unless a w:lvlOverride/w:startOverride restarts the level at the first
paragraph of that w:num; a w:num of another abstractNum counts on its own; a level restarts after a paragraph at a
higher (smaller) level; a paragraph without w:numPr (or with w:numId 0) shows no label and counts nothing.
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


def run_xml(r: R) -> etree._Element:
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
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    node.append(t)
    return node


@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None   # (numId, ilvl); numId 0 = numbering removed
    jc: str | None = None
    ind: dict[str, str] | None = None

    def xml(self) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.style:
            ppr.append(el("pStyle", {"val": self.style}))
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.ind:
            ppr.append(el("ind", self.ind))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if len(ppr):
            p.append(ppr)
        for r in self.runs:
            p.append(run_xml(r))
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Lvl:
    fmt: str          # decimal, lowerLetter, lowerRoman
    text: str         # lvlText
    left: int
    hanging: int = 360
    start: int = 1
    jc: str = "left"

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": self.jc}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        return node


def roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


# Word's numbering library: the multilevel "1. a. i." and "1) a) i)" templates
def tpl_dot() -> list[Lvl]:
    return [Lvl("decimal", "%1.", 720), Lvl("lowerLetter", "%2.", 1440), Lvl("lowerRoman", "%3.", 2160, 180, jc="right")]


def tpl_paren() -> list[Lvl]:
    return [Lvl("decimal", "%1)", 360), Lvl("lowerLetter", "%2)", 720), Lvl("lowerRoman", "%3)", 1080)]


def tpl_zh() -> list[Lvl]:
    return [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "(%2)", 840, 420), Lvl("lowerRoman", "(%3)", 1260, 420)]


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstractId, startOverrides)

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, levels in self.abstracts.items():
            a = el("abstractNum", {"abstractNumId": str(aid)})
            a.append(el("nsid", {"val": f"{0x3A1F0000 + aid * 0x111:08X}"}))
            a.append(el("multiLevelType", {"val": "multilevel" if len(levels) > 1 else "singleLevel"}))
            a.append(el("tmpl", {"val": f"{0x0409001D + aid:08X}"}))
            for i, lvl in enumerate(levels):
                a.append(lvl.xml(i))
            root.append(a)
        for nid, (aid, overrides) in self.nums.items():
            n = el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)}))
            for ilvl, start in overrides.items():
                n.append(el("lvlOverride", {"ilvl": str(ilvl)}, el("startOverride", {"val": str(start)})))
            root.append(n)

    def labels(self, paras: list[tuple[int, P]]) -> dict[int, str]:
        counters: dict[int, list[int | None]] = {}
        used: set[int] = set()
        out: dict[int, str] = {}
        for index, p in paras:
            if not p.num or p.num[0] == 0:
                continue
            nid, ilvl = p.num
            aid, overrides = self.nums[nid]
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [None] * 9)
            if nid not in used:
                used.add(nid)
                for lv, start in overrides.items():
                    cnt[lv] = start - 1
                    for deeper in range(lv + 1, 9):
                        cnt[deeper] = None
            cnt[ilvl] = (cnt[ilvl] if cnt[ilvl] is not None else levels[ilvl].start - 1) + 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = None
            text = levels[ilvl].text
            for lv in range(ilvl + 1):
                value = cnt[lv] if cnt[lv] is not None else levels[lv].start
                fmt = levels[lv].fmt
                shown = chr(ord("a") + value - 1) if fmt == "lowerLetter" else roman(value) if fmt == "lowerRoman" \
                    else str(value)
                text = text.replace(f"%{lv + 1}", shown)
            out[index] = text
        return out


@dataclass
class Draft:
    name: str
    lang: str
    paras: list[P]
    numbering: Numbering
    ea_font: str | None = None


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    styles = doc.styles.element
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    fonts = el("rFonts", {"ascii": "Times New Roman", "hAnsi": "Times New Roman", "cs": "Times New Roman"})
    if d.ea_font:
        fonts.set(w("eastAsia"), d.ea_font)
    rpr.append(fonts)
    rpr.append(el("sz", {"val": "24"}))
    rpr.append(el("szCs", {"val": "24"}))
    rpr.append(el("lang", {"val": "en-GB", "eastAsia": "zh-CN", "bidi": "ar-SA"}))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "120", "line": "240", "lineRule": "auto"}))
    d.numbering.xml(doc.part.numbering_part.element)
    for p in d.paras:
        body.insert(len(body) - 1, p.xml())
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "delegate"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    count = len(tree.find(w("body")).findall(f".//{w('p')}"))
    assert count == len(d.paras), (d.name, count)
    return path


# ---------------------------------------------------------------- text helpers
LP = "ListParagraph"


def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def led(lead: str, rest: str, faults: list[F] | None = None, style: str = "i", **kw) -> P:
    return P([R(lead, i=style == "i", u=style == "u"), R(rest)], faults or [], **kw)


def op(lead: str, rest: str, num: tuple[int, int], faults: list[F] | None = None, **kw) -> P:
    return P([R(lead, u=True), R(rest)], faults or [], style=LP, num=num, **kw)


def sub(text: str, num: tuple[int, int], faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], style=LP, num=num, **kw)


# ---------------------------------------------------------------- en-j01: "Restart at 1" by mistake, a clause demoted with Tab
def en_j01() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_dot()
    n.nums[1] = (1, {})
    n.nums[2] = (1, {0: 1})          # what Word writes for "Restart at 1"
    B = [plain("Committee: Economic and Social Council"),
         plain("Topic: Safety at railway level crossings"),
         plain("Sponsors: Bangladesh, Poland, South Africa"),
         plain("Signatories: Argentina, Egypt, India, Kenya, Türkiye"),
         P([R("The Economic and Social Council", i=True), R(",")]),
         led("Alarmed", " that collisions at level crossings kill thousands of drivers, cyclists and pedestrians every "
             "year, many of them at rural crossings that have neither a barrier nor a warning signal,"),
         led("Noting", " that a large share of these collisions happen at crossings used by children on their way to "
             "and from school,"),
         led("Recognizing", " the awareness campaigns that railway companies in many regions hold each year in June;",
             [F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)')]),
         led("Convinced", " that low-cost warning lights and rumble strips can save many lives,"),
         op("Urges", " Member States to register every level crossing on their networks and to rank the crossings by "
            "risk;", (1, 0)),
         op("Encourages", " railway operators to fit automatic barriers or warning lights at every crossing on a road "
            "that leads to a school;", (1, 0)),
         op("Calls upon", " road authorities to paint stop lines and lay rumble strips on the approaches to unguarded "
            "crossings;", (1, 1),
            [F("numbering", 'operative clause demoted with Tab to level 2 of the list: Word letters it "a." as if it '
               'were a sub-clause of clause 2 (which has no colon and no other sub-clause); an operative clause '
               'takes the next clause number «3.» (UN-B07, MUN-F05)')]),
         op("Recommends", " that driving tests include questions on how to cross a railway line safely;", (2, 0),
            [F("numbering", '"Restart at 1": the clause shows "1." after clauses "1." "2." (and the clauses after it '
               '"2." "3."); operative clauses are numbered consecutively, «3.»/«4.» expected here (UN-B07, MUN-F05)')]),
         op("Invites", " schools to teach pupils how to cross railway lines safely, with:", (2, 0)),
         sub("lessons given by railway staff;", (2, 1)),
         sub("short films in the local languages;", (2, 1)),
         op("Requests", " the Secretary-General to report on the implementation of the present resolution at the next "
            "session of the Council.", (2, 0))]
    return Draft("en-j01-restart-at-1-and-tab-demoted-clause", "en", B, n)


# ---------------------------------------------------------------- en-j02: "Continue numbering" on a sub-list, Shift-Tab
def en_j02() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_dot()
    n.abstracts[2] = [Lvl("lowerLetter", "%1)", 1440)]   # the sub-list as first typed: its own list "a)"
    n.nums[1] = (1, {})
    n.nums[2] = (2, {})   # no paragraph uses it any more after "Continue numbering"
    sub_ind = {"left": "1440", "hanging": "360"}         # direct indent kept from the sub-list
    B = [plain("Committee: General Assembly Third Committee"),
         plain("Topic: Preventing falls from height on construction sites"),
         plain("Sponsors: Brazil, Malaysia, Nigeria"),
         plain("Signatories: Chile, Ghana, Jordan, Philippines, Viet Nam"),
         P([R("The General Assembly", i=True), R(",")]),
         led("Deeply concerned", " that falls from roofs, ladders and scaffolds are the leading cause of death among "
             "construction workers in many countries,"),
         led("Noting", " that most of these deaths happen on small sites where no harness or guard rail is provided,"),
         led("Recalling", " the Safety and Health in Construction Convention, 1988 (No. 167), of the International "
             "Labour Organization,"),
         led("Aware", " That day labourers are seldom trained before they start work at height,",
             [F("capital-after-lead", '"Aware That" - capitalised word right after the lead phrase («Aware that») '
                '(MUN-F04)')]),
         op("Urges", " Member States to require guard rails on every scaffold higher than two metres;", (1, 0)),
         op("Encourages", " employers to provide, free of charge:", (1, 0)),
         sub("safety harnesses and helmets that fit each worker;", (1, 0),
             [F("numbering", '"Continue numbering" pulled the sub-list into the clause list: the first sub-clause of '
                'clause 2 shows the clause number "3."; a sub-clause is lettered («a)»/«(a)») (UN-B10, MUN-F06)')],
             ind=sub_ind),
         sub("anchor points checked by a competent person before each shift;", (1, 0),
             [F("numbering", 'second sub-clause of clause 2 shows the clause number "4." (same "Continue numbering"); '
                'a sub-clause is lettered («b)»/«(b)») (UN-B10, MUN-F06)')], ind=sub_ind),
         op("Calls upon", " labour inspectorates to visit small building sites without notice;", (1, 0)),
         op("Recommends", " that training courses for work at height:", (1, 0)),
         sub("be given in the languages the workers speak;", (1, 1)),
         sub("last at least one full working day;", (1, 1)),
         sub("include a practical exercise with a harness;", (1, 0),
             [F("numbering", 'the third sub-clause of the clause above was promoted with Shift-Tab: Word shows it '
                'with a clause number ("7.") though it is no clause (no lead verb, it completes "training courses '
                '... :"); expected «c.» (UN-B10, MUN-F06)')]),
         op("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
            "eighty-second session.", (1, 0))]
    return Draft("en-j02-continue-numbering-sub-list-and-shift-tab", "en", B, n)


# ---------------------------------------------------------------- en-j03: "Set Numbering Value" skip / repeat, Backspace
def en_j03() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_dot()
    n.nums[1] = (1, {})
    n.nums[2] = (1, {0: 4})   # Set Numbering Value 4 (skips 3)
    n.nums[3] = (1, {0: 5})   # Set Numbering Value 5 (repeats 5)
    B = [plain("Committee: World Health Assembly"),
         plain("Topic: Head injuries among child cyclists"),
         plain("Sponsors: Denmark, Netherlands, Uruguay"),
         plain("Signatories: Colombia, Estonia, Japan, Rwanda"),
         P([R("The World Health Assembly", i=True), R(",")]),
         led("Alarmed", " that head injuries are the main cause of death and lasting disability among children who "
             "ride bicycles,"),
         led("Noting", " that a well-fitted bicycle helmet greatly lowers the risk of a serious head injury in a fall,"),
         led("Aware", " that helmets are costly for many families and are often sold without meeting any safety "
             "standard,"),
         led("Welcoming", " the cycle-training schemes run by schools and city councils in several Member States,"),
         op("Urges", " Member States to adopt a national safety standard for children's bicycle helmets;", (1, 0)),
         op("Encourages", " Member States to lift import duties and taxes on helmets that meet such a standard;",
            (1, 0)),
         op("Calls upon", " schools to lend helmets to pupils who take part in cycle training;", (2, 0),
            [F("numbering", '"Set Numbering Value" 4: the clause shows "4." after "2." - number 3 is skipped; '
               'operative clauses are numbered consecutively («3.») (UN-B07, MUN-F05)')]),
         op("Recommends", " that local authorities build cycle paths separated from motor traffic near schools;",
            (2, 0)),
         P([R("Invites", u=True), R(" manufacturers to print the date of manufacture inside every helmet;")], [
             F("numbering", 'operative clause without a number: its number was deleted with Backspace (numbering '
               'removed, the text stays at the clause indent); operative clauses are numbered (UN-B07, MUN-F05)')],
           style=LP, ind={"left": "720"}),
         op("Supports", " campaigns that show young people wearing helmets in sport and in everyday life;", (3, 0),
            [F("numbering", '"Set Numbering Value" 5: the clause shows "5." a second time; operative clauses are '
               'numbered consecutively (UN-B07, MUN-F05)')]),
         op("Requests", " the Director-General to report on progress to the Seventy-ninth World Health Assembly;",
            (3, 0), [F("operative-end-mark", 'the last operative clause ends with ";" instead of «.» (UN-B09, '
                       'MUN-F05)')])]
    return Draft("en-j03-set-numbering-value-skip-repeat-backspaced-number", "en", B, n)


# ---------------------------------------------------------------- en-j04: clean; pasted clause keeps a num of the same abstractNum
def en_j04() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_dot()
    n.nums[1] = (1, {})
    n.nums[3] = (1, {})        # the pasted clause: a new w:num of the same abstractNum, no override -> continues
    n.nums[4] = (1, {0: 5})    # "Set Numbering Value" 5 where 5 is the right number
    B = [plain("Committee: General Assembly Second Committee"),
         plain("Topic: Children falling into open borewells and abandoned mine shafts"),
         plain("Sponsors: Australia, India, Zimbabwe"),
         plain("Signatories: Bolivia, Ghana, Ireland, Morocco, Thailand"),
         P([R("The General Assembly", i=True), R(",")]),
         led("Concerned", " that young children fall every year into borewells, open wells and abandoned mine shafts "
             "left uncovered after use,"),
         led("Noting", " that rescue from a narrow borewell often takes days and requires heavy machinery that rural "
             "districts do not have,"),
         led("Aware", " that many such holes are dug by private contractors and are not recorded by any authority,"),
         led("Recognizing", " the work of local volunteers who mark and fence dangerous holes near villages,"),
         op("Encourages", " Member States to require that every borewell be capped with a welded or bolted lid as soon "
            "as drilling ends;", (1, 0)),
         op("Calls upon", " Member States to:", (1, 0)),
         sub("keep a register of drilling contractors and of the wells they dig;", (1, 1)),
         sub("fill or seal abandoned mine shafts that lie close to homes, schools and grazing land;", (1, 1)),
         op("Recommends", " that district authorities keep rescue equipment for narrow shafts within a day's drive of "
            "every village;", (1, 0)),
         op("Invites", " mining companies to pay for sealing the shafts they leave behind;", (3, 0)),
         op("Encourages", " campaigns that teach parents and children to report uncovered holes;", (4, 0)),
         op("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
            "eighty-second session.", (4, 0))]
    return Draft("en-j04-clean-pasted-clause-same-abstract-set-value", "en", B, n)


# ---------------------------------------------------------------- Chinese
def zled(lead: str, rest: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(lead, u=True), R(rest)], faults or [], **kw)


def zh_head(committee: str, topic: str, sponsors: str, signatories: str, organ: str) -> list[P]:
    return [plain("决议草案", jc="center"), plain(f"委员会：{committee}"), plain(f"议题：{topic}"),
            plain(f"起草国：{sponsors}"), plain(f"附议国：{signatories}"), P([R(organ, b=True), R("，")])]


def zh_j05() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_zh()
    n.abstracts[2] = tpl_zh()      # the pasted clause's own list: same look, another abstractNum
    n.abstracts[3] = tpl_paren()   # "1) a) i)" chosen for the last clauses
    n.nums[1] = (1, {})
    n.nums[2] = (2, {})
    n.nums[3] = (3, {})
    B = zh_head("联合国大会第二委员会", "老旧住宅电梯的安全运行", "巴西、德国、中国", "埃及、大韩民国、秘鲁、泰国", "大会")
    B += [zled("注意到", "许多城市老旧住宅楼里的电梯已运行二十多年，零部件老化严重，"),
          zled("关切", "电梯困人、溜梯等事故时有发生，给老年人和残疾人出行带来风险,",
               [F("half-width-punctuation-in-chinese", '序言性条款以半角逗号 "," 结尾；应为全角 «，» (ZH-B02, ZH-P01)')]),
          zled("认识到", "定期维护保养和及时更换部件是防止事故的关键，"),
          zled("鼓励", "各会员国建立电梯安全责任制度，明确业主、物业和维保单位各自的责任；", style=LP, num=(1, 0)),
          zled("呼吁", "各国城市管理部门对使用超过十五年的电梯开展安全评估；", style=LP, num=(1, 0)),
          zled("建议", "设立专项资金，帮助老旧小区更换电梯的主要部件；", [
              F("numbering", '从另一份草案粘贴来的条款保留了原来的列表（另一个 abstractNum，样式相同），Word 显示 "1."；'
                '行动性条款应连续编号 «3.» (UN-B07, ZH-B03)')], style=LP, num=(2, 0)),
          zled("请", "各国标准化机构：", [
              F("numbering", '后面几条改用了 "1) a) i)" 多级列表：本条显示 "1)"；行动性条款应为 «4.»（阿拉伯数字加半角句点，'
                '连续编号）(UN-B07, ZH-B03)')], style=LP, num=(3, 0)),
          P([R("制定老旧电梯改造的技术标准；")], style=LP, num=(3, 1)),
          P([R("定期公布电梯事故的调查结果；")], style=LP, num=(3, 1)),
          zled("请", "秘书长在第八十二届会议上报告本决议的执行情况。", [
              F("numbering", '同一 "1) a) i)" 列表：本条显示 "2)"；应为 «5.» (UN-B07, ZH-B03)')], style=LP, num=(3, 0))]
    return Draft("zh-j05-pasted-clause-own-list-and-paren-template", "zh", B, n, ea_font="宋体")


def zh_j06() -> Draft:
    n = Numbering()
    n.abstracts[1] = tpl_zh()
    n.abstracts[2] = [Lvl("lowerLetter", "(%1)", 840, 420)]   # sub-lists typed as their own single-level list
    n.nums[1] = (1, {})
    n.nums[2] = (2, {})
    n.nums[3] = (2, {0: 1})   # second sub-list: "Restart at 1", used as meant
    B = zh_head("联合国人居大会", "防止高空抛物和高楼坠物伤人", "新加坡、中国、智利", "波兰、俄罗斯联邦、日本、越南", "联合国人居大会")
    B += [zled("关切", "高层住宅窗口抛下或坠落的物品多次砸伤行人，甚至造成死亡，"),
          zled("注意到", "事发后往往难以查明物品从哪一户落下，受害者很难得到赔偿，"),
          zled("认识到", "老旧楼房外墙的瓷砖、空调外机和阳台花盆也会因年久失修而坠落，"),
          zled("敦促", "各会员国在法律中明确禁止从建筑物中抛掷物品；", style=LP, num=(1, 0)),
          zled("鼓励", "各国城市管理部门：", style=LP, num=(1, 0)),
          P([R("定期检查高层建筑外墙和附着设施；")], style=LP, num=(2, 0)),
          P([R("在人流密集的楼下设置防护网或绿化隔离带；")], style=LP, num=(2, 0)),
          zled("呼吁", "物业服务企业：", style=LP, num=(1, 0)),
          P([R("在显眼位置张贴禁止高空抛物的提示；")], style=LP, num=(3, 0)),
          P([R("及时清理阳台和窗台上容易坠落的物品；")], style=LP, num=(3, 0)),
          zled("请", "执行主任在下届会议上报告本决议的执行情况。", style=LP, num=(1, 0))]
    return Draft("zh-j06-clean-sub-lists-restarted", "zh", B, n, ea_font="宋体")


DRAFTS = [en_j01, en_j02, en_j03, en_j04, zh_j05, zh_j06]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            labels = d.numbering.labels(list(enumerate(d.paras, 1)))
            print(f"== {d.name}")
            for k, p in enumerate(d.paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{k:3} {labels.get(k, ''):>5} {p.text}  {marks}")
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1]).resolve()
        out.mkdir(parents=True, exist_ok=True)
        for d in drafts:
            src = HERE / f"{d.name}.docx"
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)],
                           check=True, capture_output=True)
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out),
                            str(src)], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "50", str(out / f"{d.name}.pdf"), str(out / d.name)],
                           check=True)
        return
    annotations = {}
    for d in drafts:
        build(d)
        faults = [{"paragraph": k, "kind": f.kind, "note": f.note}
                  for k, p in enumerate(d.paras, 1) for f in p.faults]
        annotations[f"{d.name}.docx"] = {"faults": faults}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
