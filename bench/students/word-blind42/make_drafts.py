"""Build the drafts of the blind set word-blind42 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # each body paragraph: index, style, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 70-dpi PNG pages of each draft

The drafts carry the numbering Word writes when a delegate uses its own numbering commands: "Restart at 1" (a new
w:num over the same abstractNum with w:lvlOverride/w:startOverride 1), "Continue numbering" (the paragraph put back
into the numId of the list above), "Set Numbering Value" (a new w:num with w:startOverride 5), Increase Indent / Tab
and Shift+Tab (w:ilvl changed), a clause pasted with "Keep Source Formatting" (its own abstractNum, another format)
and with "Keep Text Only" / "Merge Formatting" (the number typed into the text), Format Painter (the numPr of a
clause copied onto a heading line), a list style (w:numStyleLink / w:styleLink), styles with numbering in their pPr
(List Number, List Number 2), an empty numbered paragraph, and w:numId 0 taking the number off one paragraph.

python-docx gives the package (its default template); numbering.xml, the list styles and every paragraph are written
with lxml by the helpers below (written for this set; nothing imported from drafter or from another set's script).
Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based
index of the body's w:p, checked again on the saved file.

Labels (ECMA-376 part 1, 17.9), as `labels()` computes them: the counters belong to the abstractNum, so w:num
instances of one abstractNum continue one another; a w:startOverride sets its level at the first paragraph of that
w:num; a level restarts after a paragraph at a smaller level of the same abstractNum; w:numId 0 means no number; a
paragraph with no numPr takes its style's.
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
    font: str | None = None

    def xml(self) -> etree._Element:
        node = el("r")
        rpr = el("rPr")
        if self.font:
            rpr.append(el("rFonts", {"ascii": self.font, "hAnsi": self.font, "cs": self.font}))
        if self.b:
            rpr.append(el("b"))
        if self.i:
            rpr.append(el("i"))
        if self.u:
            rpr.append(el("u", {"val": "single"}))
        if len(rpr):
            node.append(rpr)
        for k, part in enumerate(self.text.split("\t")):
            if k:
                node.append(el("tab"))
            if part:
                t = el("t")
                t.text = part
                t.set(XML_SPACE, "preserve")
                node.append(t)
        return node


@dataclass
class P:
    runs: list[R]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None   # (numId, ilvl); numId 0 = "no number"
    ind: dict[str, str] | None = None
    jc: str | None = None

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
            p.append(r.xml())
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Lvl:
    fmt: str
    text: str
    left: int
    hanging: int = 360
    start: int = 1
    font: str | None = None

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        if self.font:
            node.append(el("rPr", None, el("rFonts", {"ascii": self.font, "hAnsi": self.font, "cs": self.font})))
        return node


def fmt_value(fmt: str, n: int) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + n - 1)
    if fmt == "lowerRoman":
        out = ""
        for value, sym in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while n >= value:
                out += sym
                n -= value
        return out
    raise ValueError(fmt)


def lib_multilevel(left0: int = 720) -> list[Lvl]:
    """Word's Multilevel List library entry "1. a. i."."""
    return [Lvl("decimal", "%1.", left0), Lvl("lowerLetter", "%2.", left0 + 720), Lvl("lowerRoman", "%3.", left0 + 1440, 180)]


def zh_multilevel() -> list[Lvl]:
    return [Lvl("decimal", "%1.", 420, 420), Lvl("lowerLetter", "(%2)", 840, 420), Lvl("lowerRoman", "(%3)", 1260, 420)]


@dataclass
class Numbering:
    """abstractNums (levels, or a numStyleLink to a list style) and w:num instances (with startOverrides)."""
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    style_links: dict[int, str] = field(default_factory=dict)       # abstractId -> w:styleLink (the list style)
    num_style_links: dict[int, str] = field(default_factory=dict)   # abstractId -> w:numStyleLink
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)
    style_num: dict[str, tuple[int, int]] = field(default_factory=dict)   # paragraph style -> (numId, ilvl)

    def xml(self) -> list[etree._Element]:
        out = []
        for aid, levels in self.abstracts.items():
            node = el("abstractNum", {"abstractNumId": str(aid)})
            node.append(el("multiLevelType", {"val": "hybridMultilevel" if len(levels) > 1 else "singleLevel"}))
            if aid in self.style_links:
                node.append(el("styleLink", {"val": self.style_links[aid]}))
            for k, lvl in enumerate(levels):
                node.append(lvl.xml(k))
            out.append(node)
        for aid, link in self.num_style_links.items():
            node = el("abstractNum", {"abstractNumId": str(aid)})
            node.append(el("multiLevelType", {"val": "hybridMultilevel"}))
            node.append(el("numStyleLink", {"val": link}))
            out.append(node)
        for nid, (aid, overrides) in self.nums.items():
            node = el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(aid)}))
            for ilvl, start in overrides.items():
                node.append(el("lvlOverride", {"ilvl": str(ilvl)}, el("startOverride", {"val": str(start)})))
            out.append(node)
        return out

    def resolve(self, aid: int) -> int:
        """The abstractNum that holds the levels (a numStyleLink points through its list style)."""
        if aid in self.num_style_links:
            link = self.num_style_links[aid]
            nid = self.style_num[link][0]
            target = self.nums[nid][0]
            return next(a for a, s in self.style_links.items() if s == link) if target == aid else target
        return aid

    def labels(self, paras: list[P]) -> list[str]:
        counters: dict[int, list[int]] = {}
        seen_num: set[int] = set()
        out = []
        for p in paras:
            num = p.num if p.num else self.style_num.get(p.style or "")
            if not num or num[0] == 0:
                out.append("")
                continue
            nid, ilvl = num
            aid = self.resolve(self.nums[nid][0])
            levels = self.abstracts[aid]
            cnt = counters.setdefault(aid, [0] * 9)
            overrides = self.nums[nid][1]
            if nid not in seen_num and ilvl in overrides:
                cnt[ilvl] = overrides[ilvl] - 1
            seen_num.add(nid)
            if cnt[ilvl] == 0 and ilvl not in overrides:
                cnt[ilvl] = levels[ilvl].start - 1
            cnt[ilvl] += 1
            for deeper in range(ilvl + 1, 9):
                cnt[deeper] = 0
            text = levels[ilvl].text
            for k in range(ilvl + 1):
                text = text.replace(f"%{k + 1}", fmt_value(levels[k].fmt, cnt[k] or 1))
            out.append(text)
        return out


@dataclass
class Draft:
    name: str
    lang: str
    paras: list[P]
    numbering: Numbering
    list_style: str | None = None   # a numbering-type style (the list style of a numStyleLink)


# ---- paragraph helpers ---------------------------------------------------------------------------------------

def plain(text: str, *faults: F, **kw) -> P:
    return P([R(text)], list(faults), **kw)


def bold(text: str, *faults: F, **kw) -> P:
    return P([R(text, b=True)], list(faults), **kw)


def organ(text: str, lang: str) -> P:
    return P([R(text, i=lang == "en", b=lang == "zh")])


def pre(lead: str, rest: str, *faults: F, lang: str = "en", **kw) -> P:
    return P([R(lead, i=lang == "en", u=lang == "zh"), R(rest)], list(faults), **kw)


def op(lead: str, rest: str, *faults: F, num: tuple[int, int] | None = None, **kw) -> P:
    return P([R(lead, u=True), R(rest)], list(faults), num=num, **kw)


def sub(text: str, *faults: F, num: tuple[int, int] | None = None, **kw) -> P:
    return P([R(text)], list(faults), num=num, **kw)


def en_heading(committee: str, topic: str, sponsors: str, signatories: str) -> list[P]:
    return [plain(f"Committee: {committee}"), plain(f"Topic: {topic}"), plain(f"Sponsors: {sponsors}"),
            plain(f"Signatories: {signatories}"), organ("The General Assembly,", "en")]


def zh_heading(committee: str, topic: str, sponsors: str, signatories: str) -> list[P]:
    return [bold("决议草案", jc="center"), plain(f"委员会：{committee}"), plain(f"议题：{topic}"),
            plain(f"起草国：{sponsors}"), plain(f"附议国：{signatories}"), organ("大会，", "zh")]


# ---- the drafts -----------------------------------------------------------------------------------------------

def en_n01() -> Draft:
    """Sub-lists on a separate letters list: Restart at 1 (right), Continue numbering (wrong), numId 0."""
    nb = Numbering()
    nb.abstracts[1] = lib_multilevel()
    nb.abstracts[2] = [Lvl("lowerLetter", "%1.", 1440)]          # Numbering Library "a. b. c." on the sub-clauses
    nb.nums[1] = (1, {})
    nb.nums[3] = (2, {})
    nb.nums[4] = (2, {0: 1})                                     # "Restart at 1" on the first sub-clause of clause 4
    c = (1, 0)
    s1, s2 = (3, 0), (4, 0)
    paras = en_heading("United Nations Environment Assembly (UNEA)", "Invasive lionfish in the Caribbean Sea",
                       "Belize, Cuba, Honduras", "Bahamas, Colombia, Dominican Republic, Jamaica, Mexico, Panama")
    paras[4] = organ("The United Nations Environment Assembly,", "en")
    paras += [
        pre("Alarmed", " that the lionfish, a predator native to the Indo-Pacific, has spread along the coasts of the "
            "Caribbean Sea and the Gulf of Mexico since the 1980s,"),
        pre("Noting", " that a single lionfish can eat most of the small reef fish on a patch of reef within a few weeks,"),
        pre("Recognizing", " the work of fishing cooperatives that already catch lionfish and sell its meat,",
            ind={"left": "720"}),   # Increase Indent on an unnumbered preambular paragraph: layout only
        op("Encourages", " Member States of the region to include the lionfish in their national lists of invasive "
           "species;", num=c),
        op("Calls upon", " coastal States to support the removal of lionfish by:", num=c),
        sub("licensing divers to hunt lionfish with hand spears in marine protected areas;", num=s1),
        sub("organizing yearly removal tournaments with local dive shops;", num=s1),
        op("Recommends", " that restaurants and markets be encouraged to sell lionfish meat, with labels that explain "
           "how the venomous spines are removed;", num=c),
        op("Requests", " the United Nations Environment Programme to prepare a regional survey that:", num=c),
        sub("maps the reefs where lionfish are most numerous;", num=s2),
        sub("estimates the loss of native reef fish on those reefs;", num=s2),
        sub("reports on the methods of removal that have worked best;", num=s2),
        op("Invites", " research institutions to share their data on lionfish through a common online platform that:",
           num=c),
        sub("is open to fishers, divers and park rangers;", F(
            "sub-clause-label", 'the sub-clauses of clause 5 were joined to the sub-list of clause 4 with "Continue '
            'numbering": the first one shows "d." (after "a." "b." "c." under clause 4); a new sub-list starts at '
            '«a.» (MUN-F06, UN-B10)'), num=s2),
        sub("records each sighting with its date, depth and place;", num=s2),
        op("Urges", " Member States to fund the training of customs officers who inspect aquarium fish at ports of "
           "entry;", F("numbering", 'the number of this operative clause was taken off ("No numbering" on one '
                        'paragraph, w:numId 0): it stands unnumbered between "5." and "6."; operative clauses are '
                        'numbered consecutively, «6.» (UN-B07, MUN-F05)'), num=(0, 0)),
        op("Decides", " to review the spread of the lionfish at its next session.", num=c),
    ]
    return Draft("en-n01-restart-at-1-continue-numbering-sub-list-numid-0", "en", paras, nb)


def en_n02() -> Draft:
    """Increase Indent / Tab and Shift+Tab: a clause demoted, a sub-clause promoted, sub-sub-clauses (right)."""
    nb = Numbering()
    nb.abstracts[1] = lib_multilevel()
    nb.nums[1] = (1, {})
    c, s, ss = (1, 0), (1, 1), (1, 2)
    paras = en_heading("Third Committee (SOCHUM)", "Drowning in rip currents at public beaches",
                       "Australia, Portugal, South Africa", "Brazil, Chile, Fiji, Ireland, Morocco, Senegal, Sri Lanka")
    paras += [
        pre("Deeply concerned", " that rip currents cause many of the drownings of swimmers at beaches without "
            "lifeguards,"),
        pre("Aware", " that most swimmers caught in a rip current do not know that they should swim parallel to the "
            "shore,"),
        op("Encourages", " Member States to mark beaches where rip currents form often with signs in the languages of "
           "their visitors;", num=c),
        op("Recommends", " that schools in coastal areas teach children how to recognize a rip current;", num=c),
        op("Calls upon", " local authorities to staff public beaches with trained lifeguards, in particular:", num=c),
        sub("during school holidays;", num=s),
        sub("on weekends in the summer months, when:", num=s),
        sub("the beach has more than one thousand visitors a day;", num=ss),
        sub("the forecast warns of strong waves;", num=ss),
        op("Requests", " the World Meteorological Organization to add a rip current warning to the coastal forecasts "
           "it helps Member States to issue;", F(
               "numbering", 'operative clause demoted one level with Increase Indent (Tab): it shows "c." as if it '
               'were a third sub-clause of clause 3; it is the fourth operative clause, «4.» (UN-B07, MUN-F05)'),
           num=s),
        op("Invites", " beach towns to share the lessons of their lifeguard services;", num=c),
        op("Decides", " to create a voluntary fund for beach safety that:", num=c),
        sub("pays for lifeguard training in the least developed coastal countries;", num=s),
        sub("buys rescue boards and flags for beaches without them;", F(
            "sub-clause-label", 'sub-clause promoted to the clauses\' level with Shift+Tab (Decrease Indent): it '
            'shows "6." as if it were an operative clause, though it continues the sentence of clause 6 («b.», '
            'MUN-F06)'), num=c),
        sub("reports each year on how it was spent.", num=s),
    ]
    return Draft("en-n02-increase-indent-demoted-clause-shift-tab-promoted-sub", "en", paras, nb)


def en_n03() -> Draft:
    """Format Painter copies a clause's numbering onto the Topic line; a clause pasted with Keep Source Formatting."""
    nb = Numbering()
    nb.abstracts[1] = lib_multilevel()
    nb.abstracts[7] = [Lvl("decimal", "%1)", 360, 360, font="Arial")]   # the source draft's own list, "1)"
    nb.nums[1] = (1, {})
    nb.nums[2] = (7, {})
    c, s = (1, 0), (1, 1)
    paras = en_heading("Food and Agriculture Organization (FAO)", "Counterfeit pesticides sold to farmers",
                       "Kenya, Netherlands, Viet Nam", "Argentina, Bangladesh, Egypt, Ghana, Peru, Ukraine")
    paras[1] = P([R("Topic: Counterfeit pesticides sold to farmers")], [F(
        "numbering", 'the heading line "Topic:" shows "1." (Format Painter copied the format of operative clause 1, '
        'its number included, onto it); heading lines are not numbered and the operative clauses are counted from '
        'it ("2." "3." …), «Topic: …» without a number and «1.» on the first clause (MUN-H01, UN-B07)')], num=c)
    paras[4] = organ("The Food and Agriculture Organization,", "en")
    paras += [
        pre("Concerned", " that counterfeit pesticides in copied packaging are sold in rural markets at half the price "
            "of the real product,"),
        pre("Noting with regret", " that such products often contain banned substances that harm farmers and their "
            "soil,"),
        op("Urges", " Member States to require a scratch code on every container of pesticide that farmers can check by "
           "text message;", num=c),
        op("Calls upon", " pesticide manufacturers to:", num=c),
        sub("print the registration number of the product on each label;", num=s),
        sub("report every copy of their packaging found on the market;", num=s),
        op("Recommends", " that customs services share lists of seized counterfeit pesticides with the Secretariat of "
           "the Rotterdam Convention;", F(
               "numbering", 'clause pasted from another delegation\'s draft with "Keep Source Formatting": it keeps '
               'that draft\'s own list, "1)" in Arial, after "2." "3." on the main list; operative clauses are numbered '
               '"1." "2." … consecutively (UN-B07, MUN-F05)'), num=(2, 0)),
        op("Encourages", " agricultural extension services to train farmers to recognize copied labels;", num=c),
        op("Decides", " to remain seized of the matter.", num=c),
    ]
    return Draft("en-n03-format-painter-numbered-topic-keep-source-formatting-list", "en", paras, nb)


def en_n04() -> Draft:
    """Clean: a list style (numStyleLink / styleLink), preamble in List Number with numId 0, Continue numbering
    (another numId of the same abstractNum), Restart at 1 on the sub-lists, Set Numbering Value 5."""
    nb = Numbering()
    nb.abstracts[10] = lib_multilevel()
    nb.style_links[10] = "ResolutionClauses"
    nb.num_style_links[11] = "ResolutionClauses"
    nb.abstracts[12] = [Lvl("lowerLetter", "%1.", 1440)]
    nb.abstracts[13] = [Lvl("decimal", "%1.", 720)]
    nb.nums[20] = (10, {})            # the list style's own num (its pPr)
    nb.nums[21] = (11, {})            # the paragraphs' num: through the numStyleLink
    nb.nums[22] = (11, {})            # "Continue numbering" after a clause that had started a new list
    nb.nums[23] = (12, {})            # sub-clauses of clause 2
    nb.nums[24] = (12, {0: 1})        # "Restart at 1" for the sub-clauses of clause 4
    nb.nums[25] = (13, {0: 5})        # clause 5 typed as a new list, then "Set Numbering Value" 5
    nb.nums[30] = (13, {})            # List Number's num (its style's pPr)
    nb.style_num["ResolutionClauses"] = (20, 0)
    nb.style_num["ListNumber"] = (30, 0)
    c = (21, 0)
    paras = en_heading("World Health Organization (WHO)", "Detection rats in humanitarian demining",
                       "Angola, Cambodia, Tanzania", "Belgium, Colombia, Laos, Mozambique, Norway, Zimbabwe")
    paras[4] = organ("The World Health Assembly,", "en")
    paras += [
        pre("Recalling", " that landmines left after armed conflicts still injure civilians every year,",
            style="ListNumber", num=(0, 0)),
        pre("Noting", " that trained African giant pouched rats can search a field the size of a tennis court in less "
            "than half an hour,", style="ListNumber", num=(0, 0)),
        op("Welcomes", " the use of detection rats by demining organizations alongside metal detectors;", num=c),
        op("Encourages", " Member States affected by landmines to:", num=c),
        sub("accredit detection rats under their national mine action standards;", num=(23, 0)),
        sub("train local handlers to work with the animals;", num=(23, 0)),
        op("Requests", " that the welfare of the animals be protected during their training and work;", num=(22, 0)),
        op("Calls upon", " donors to fund detection programmes that:", num=(22, 0)),
        sub("employ handlers from the affected communities;", num=(24, 0)),
        sub("clear land used for farming first;", num=(24, 0)),
        sub("report the area they have released each year;", num=(24, 0)),
        op("Invites", " the Geneva International Centre for Humanitarian Demining to publish guidance on the use of "
           "detection animals;", num=(25, 0)),
        op("Decides", " to consider the question again at its next session.", num=(25, 0)),
    ]
    return Draft("en-n04-clean-list-style-list-number-numid-0-set-value-5", "en", paras, nb,
                 list_style="ResolutionClauses")


def zh_n05() -> Draft:
    """List Number / List Number 2: sub-clauses numbered "1." "2." and counting on; an empty numbered paragraph."""
    nb = Numbering()
    nb.abstracts[1] = [Lvl("decimal", "%1.", 420, 420)]
    nb.abstracts[2] = [Lvl("decimal", "%1.", 840, 420)]
    nb.nums[1] = (1, {})
    nb.nums[2] = (2, {})
    nb.style_num["ListNumber"] = (1, 0)
    nb.style_num["ListNumber2"] = (2, 0)
    paras = zh_heading("联合国粮食及农业组织", "沙漠蝗灾的预警与防治", "埃塞俄比亚、巴基斯坦、肯尼亚",
                       "阿曼、也门、印度、伊朗、苏丹、索马里")
    paras[5] = organ("联合国粮食及农业组织，", "zh")
    L1, L2 = "ListNumber", "ListNumber2"
    paras += [
        pre("忧虑地注意到", "沙漠蝗群一天之内可以飞行一百多公里，吃掉大量农作物和牧草，", lang="zh"),
        pre("认识到", "蝗虫在繁殖地暴发的早期阶段最容易控制，", lang="zh"),
        op("鼓励", "受蝗灾威胁的会员国建立国家蝗虫监测小组；", style=L1),
        op("呼吁", "各会员国在蝗虫繁殖季节：", style=L1),
        sub("派遣巡查人员到沙漠中的繁殖地查看蝗蝻；", F(
            "sub-clause-label", '子条款用了“列表编号 2”样式，显示为 "1."，与行动性条款的编号形式相同；子条款应以英文字母'
            '编号 «(a)» (ZH-B04, UN-B10)'), style=L2),
        sub("通过手机应用上报发现蝗群的时间和地点；", F(
            "sub-clause-label", '子条款显示 "2."（“列表编号 2”样式的数字编号）；应为 «(b)» (ZH-B04, UN-B10)'), style=L2),
        op("建议", "邻国之间共享卫星图像和气象数据，以预测蝗群的飞行方向；", style=L1),
        P([], [F("numbering", '条款之间留下一个空的编号段落，页面上只显示编号 "4."，没有条款文字；应删除该段落'
                 '（其后的条款随之为 «4.»） (UN-B07, ZH-B03)')], style=L1),
        op("请", "联合国粮食及农业组织沙漠蝗虫信息服务：", style=L1),
        sub("每月发布蝗情公报；", F(
            "sub-clause-label", '此条款的子条款接着上一组继续编号，显示 "3."（“列表编号 2”样式）；新的一组子条款应从 '
            '«(a)» 开始 (ZH-B04, UN-B10)'), style=L2),
        sub("在蝗群可能越境之前向有关国家发出警报；", F(
            "sub-clause-label", '子条款显示 "4."；应为 «(b)» (ZH-B04, UN-B10)'), style=L2),
        op("决定", "在下届会议上继续审议这一问题。", style=L1),
    ]
    return Draft("zh-n05-list-number-2-sub-clauses-and-empty-numbered-paragraph", "zh", paras, nb)


def zh_n06() -> Draft:
    """Keep Text Only into a numbered paragraph (typed number after Word's), Merge Formatting with a typed number
    (right), Set Numbering Value 5 (right), Restart at 1 on a sub-list (right)."""
    nb = Numbering()
    nb.abstracts[1] = zh_multilevel()
    nb.nums[1] = (1, {})
    nb.nums[2] = (1, {0: 5})      # "Set Numbering Value" 5 on the clause after the typed "4."
    paras = zh_heading("联合国环境大会", "废弃渔具（“幽灵渔具”）对海洋生物的危害", "菲律宾、挪威、智利",
                       "巴拿马、冰岛、加拿大、秘鲁、南非、新西兰")
    paras[5] = organ("联合国环境大会，", "zh")
    paras += [
        pre("严重关切", "每年有大量渔网、渔线和捕蟹笼在海上丢失或被丢弃，继续缠住鱼类、海龟和海鸟，", lang="zh"),
        pre("注意到", "部分渔港已经设立回收旧渔网的设施，", lang="zh"),
        op("鼓励", "各会员国要求渔船在渔具上标注船名和登记号码；", num=(1, 0)),
        op("呼吁", "渔业管理部门：", num=(1, 0)),
        sub("在渔港免费回收旧渔具；", num=(1, 1)),
        sub("对上报渔具丢失位置的渔民给予奖励；", num=(1, 1)),
        P([R("2.\t"), R("促请", u=True), R("各区域渔业管理组织把打捞海上废弃渔具列入其年度工作计划；")], [F(
            "numbering", '从另一份草案以“只保留文本”粘贴进已编号的段落：Word 的编号 "3." 之后还有粘贴带来的手打编号 '
            '"2."（"3. 2. 促请……"）；每条只应有一个编号 «3.» (UN-B07, ZH-B03)')], num=(1, 0)),
        P([R("4.\t"), R("请", u=True), R("联合国环境规划署编写一份关于可降解渔具材料的报告；")]),   # Merge Formatting: typed "4." (right)
        op("邀请", "渔具制造商与渔民合作，试用带有定位标签的渔网；", num=(2, 0)),
        op("决定", "在下届会议上审议这一问题。", num=(2, 0)),
    ]
    return Draft("zh-n06-keep-text-only-doubled-number-clean-set-value-typed-4", "zh", paras, nb)


DRAFTS = [en_n01, en_n02, en_n03, en_n04, zh_n05, zh_n06]


# ---- writing --------------------------------------------------------------------------------------------------

def set_style_num(styles: etree._Element, style_id: str, num: tuple[int, int]) -> None:
    style = styles.find(f"{w('style')}[@{w('styleId')}='{style_id}']")
    if style is None:
        raise KeyError(style_id)
    ppr = style.find(w("pPr"))
    if ppr is None:
        ppr = el("pPr")
        name = style.find(w("name"))
        after = [c for c in style if c.tag in (w("name"), w("aliases"), w("basedOn"), w("next"), w("link"),
                                               w("uiPriority"), w("semiHidden"), w("unhideWhenUsed"), w("qFormat"))]
        (after[-1] if after else name).addnext(ppr)
    for old in ppr.findall(w("numPr")):
        ppr.remove(old)
    ppr.insert(0, el("numPr", None, el("ilvl", {"val": str(num[1])}), el("numId", {"val": str(num[0])})))


def add_list_style(styles: etree._Element, style_id: str, num: tuple[int, int]) -> None:
    node = el("style", {"type": "numbering", "styleId": style_id}, el("name", {"val": "Resolution Clauses"}),
              el("uiPriority", {"val": "99"}),
              el("pPr", None, el("numPr", None, el("numId", {"val": str(num[0])}))))
    styles.append(node)


def build(d: Draft, out: Path) -> None:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman" if d.lang == "en" else "SimSun"
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(w("rFonts"))
    fonts.set(w("eastAsia"), "SimSun")
    normal.font.size = docx.shared.Pt(12)
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for node in d.numbering.xml():
        numbering.append(node)
    styles = doc.styles.element
    for style_id, num in d.numbering.style_num.items():
        if style_id == d.list_style:
            add_list_style(styles, style_id, num)
        else:
            set_style_num(styles, style_id, num)
    for p in d.paras:
        sect.addprevious(p.xml())
    doc.save(out)
    saved = docx.Document(out).element.body.findall(w("p"))
    assert len(saved) == len(d.paras), (d.name, len(saved), len(d.paras))


def annotations(drafts: list[Draft]) -> str:
    data = {}
    for d in drafts:
        faults = [{"paragraph": k, "kind": f.kind, "note": f.note}
                  for k, p in enumerate(d.paras, 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    head = "# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    drafts = [make() for make in DRAFTS]
    if "--list" in argv:
        for d in drafts:
            print(f"== {d.name}")
            for k, (p, label) in enumerate(zip(d.paras, d.numbering.labels(d.paras)), 1):
                marks = "".join(f"  <<{f.kind}>>" for f in p.faults)
                print(f"{k:3} {p.style or '':12} {label:6} {p.text[:70]}{marks}")
        return
    if "--render" in argv:
        target = Path(argv[argv.index("--render") + 1])
        target.mkdir(parents=True, exist_ok=True)
        for d in drafts:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(target),
                            str(HERE / f"{d.name}.docx")], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-r", "70", "-png", str(target / f"{d.name}.pdf"), str(target / d.name)],
                           check=True)
        return
    for d in drafts:
        build(d, HERE / f"{d.name}.docx")
    (HERE / "annotations.yaml").write_text(annotations(drafts), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
