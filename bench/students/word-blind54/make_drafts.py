"""Build the drafts of the blind set word-blind54 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # each body paragraph: index, numPr, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Theme: the depth of a draft's list as Word makes it when a delegate presses Tab and Shift+Tab. Every numbered
paragraph carries a w:numPr (numId, ilvl); numbering.xml is written here with lxml (abstractNum levels, w:num
instances, w:lvlOverride/w:startOverride, w:lvlRestart). The label Word shows is computed by `word_labels()` below
(running counts per abstractNum, shared by its w:num instances; a level restarted by the use of any higher level
unless its w:lvlRestart says otherwise; a w:startOverride applied at the first paragraph of its w:num at that level;
%n replaced by level n's count in its w:numFmt).
python-docx gives the package (its default template); nothing is imported from drafter or another set's script.
Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based
index of the body's w:p (no tables, no empty paragraphs), checked again on the saved file.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    node = etree.Element(w(tag), nsmap={"w": W_NS})
    for key, value in (attrs or {}).items():
        node.set(w(key), str(value))
    for child in children:
        node.append(child)
    return node


@dataclass
class F:
    kind: str
    note: str


# ---------------------------------------------------------------- numbering definitions
@dataclass
class Lvl:
    fmt: str                 # decimal, lowerLetter, lowerRoman, chineseCounting, decimalEnclosedCircle, bullet
    text: str                # w:lvlText
    restart: int | None = None   # w:lvlRestart (0 = never restart)
    font: str | None = None  # the label's font (bullets)


@dataclass
class Num:
    abstract: int
    start_override: dict[int, int] = field(default_factory=dict)   # ilvl -> w:startOverride


def numbering_xml(abstracts: dict[int, list[Lvl]], nums: dict[int, Num]) -> etree._Element:
    root = el("numbering")
    for aid, levels in abstracts.items():
        an = el("abstractNum", {"abstractNumId": str(aid)})
        an.append(el("multiLevelType", {"val": "hybridMultilevel" if levels[0].fmt == "bullet" else "multilevel"}))
        for i, lv in enumerate(levels):
            node = el("lvl", {"ilvl": str(i)})
            node.append(el("start", {"val": "1"}))
            node.append(el("numFmt", {"val": lv.fmt}))
            if lv.restart is not None:
                node.append(el("lvlRestart", {"val": str(lv.restart)}))
            node.append(el("lvlText", {"val": lv.text}))
            node.append(el("lvlJc", {"val": "left"}))
            left = 425 + 425 * i if lv.fmt != "bullet" else 840 + 420 * i
            node.append(el("pPr", None, el("ind", {"left": str(left), "hanging": "425"})))
            if lv.font:
                node.append(el("rPr", None, el("rFonts", {"ascii": lv.font, "hAnsi": lv.font, "hint": "default"})))
            an.append(node)
        root.append(an)
    for nid, num in nums.items():
        n = el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(num.abstract)}))
        for ilvl, start in num.start_override.items():
            n.append(el("lvlOverride", {"ilvl": str(ilvl)}, el("startOverride", {"val": str(start)})))
        root.append(n)
    return root


ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
         (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
ZH_DIGITS = "〇一二三四五六七八九十"


def fmt_number(fmt: str, n: int) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":   # Word: a … z, aa … zz
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    if fmt == "lowerRoman":
        out = ""
        for value, sym in ROMAN:
            while n >= value:
                out += sym
                n -= value
        return out
    if fmt == "chineseCounting":
        return ZH_DIGITS[n] if n <= 10 else "十" + ZH_DIGITS[n - 10]
    if fmt == "decimalEnclosedCircle":
        return chr(0x2460 + n - 1)
    raise ValueError(fmt)


def word_labels(paragraphs: list[P], abstracts: dict[int, list[Lvl]], nums: dict[int, Num]) -> list[str]:
    """The label Word shows in front of each paragraph ("" where none).

    The running count is kept per abstractNum (the w:num instances of one abstractNum share it); a w:startOverride
    sets it at the first paragraph of its w:num at that level; a paragraph at a level restarts the levels below it
    unless their w:lvlRestart says otherwise (0: never)."""
    counters: dict[int, list[int]] = {}
    first: set[tuple[int, int]] = set()
    labels = []
    for p in paragraphs:
        if not p.num:
            labels.append("")
            continue
        nid, ilvl = p.num
        aid = nums[nid].abstract
        levels = abstracts[aid]
        count = counters.setdefault(aid, [0] * len(levels))
        if (nid, ilvl) not in first and ilvl in nums[nid].start_override:
            count[ilvl] = nums[nid].start_override[ilvl]
        else:
            count[ilvl] += 1
        first.add((nid, ilvl))
        for deeper in range(ilvl + 1, len(levels)):
            restart = levels[deeper].restart
            if restart is None or (restart != 0 and ilvl + 1 <= restart):
                count[deeper] = 0
        lv = levels[ilvl]
        if lv.fmt == "bullet":
            labels.append(lv.text)
            continue
        text = lv.text
        for k in range(len(levels)):
            if f"%{k + 1}" in text:
                text = text.replace(f"%{k + 1}", fmt_number(levels[k].fmt, max(count[k], 1)))
        labels.append(text)
    return labels


# ---------------------------------------------------------------- paragraphs
@dataclass
class P:
    lead: str            # the emphasised lead words ("" for none)
    rest: str            # the text after the lead
    num: tuple[int, int] | None = None   # (numId, ilvl)
    faults: list[F] = field(default_factory=list)
    ind: tuple[int, int] | None = None   # direct w:ind (left, hanging)
    emph: str = ""       # "i" or "b": how the lead (or the whole organ line) is emphasised
    jc: str | None = None

    @property
    def text(self) -> str:
        return self.lead + self.rest

    def xml(self) -> etree._Element:
        p = el("p")
        ppr = el("pPr")
        if self.num:
            ppr.append(el("numPr", None, el("ilvl", {"val": str(self.num[1])}), el("numId", {"val": str(self.num[0])})))
        if self.ind:
            ppr.append(el("ind", {"left": str(self.ind[0]), "hanging": str(self.ind[1])}))
        if self.jc:
            ppr.append(el("jc", {"val": self.jc}))
        if len(ppr):
            p.append(ppr)
        for text, emphasised in ((self.lead, True), (self.rest, False)):
            if not text:
                continue
            r = el("r")
            if emphasised and self.emph:
                r.append(el("rPr", None, el(self.emph)))
            t = el("t")
            t.text = text
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)
            p.append(r)
        return p


def plain(text: str, *faults: F, num: tuple[int, int] | None = None, ind: tuple[int, int] | None = None,
          jc: str | None = None) -> P:
    return P("", text, num, list(faults), ind, "", jc)


def led(lead: str, rest: str, emph: str, *faults: F, num: tuple[int, int] | None = None,
        ind: tuple[int, int] | None = None) -> P:
    return P(lead, rest, num, list(faults), ind, emph)


@dataclass
class Draft:
    zh: bool
    abstracts: dict[int, list[Lvl]]
    nums: dict[int, Num]
    paragraphs: list[P]


DRAFTS: dict[str, Draft] = {}

UN_LEVELS = [Lvl("decimal", "%1."), Lvl("lowerLetter", "(%2)"), Lvl("lowerRoman", "(%3)"), Lvl("lowerLetter", "%4.")]

# ---------------------------------------------------------------- en-01: clean, four levels
# One list (numId 1) with the Editorial Manual's degrees: 1. / (a) / (i) / a. (UN-B10). The student pressed Tab
# for each deeper level. "; and" before the last sub-clause of clause 1 (accepted). No fault.
E1 = {1: Num(0)}
DRAFTS["en-01-ga3-refugee-education-un-four-levels-clean.docx"] = Draft(False, {0: UN_LEVELS}, E1, [
    plain("Committee: Third Committee (Social, Humanitarian and Cultural)"),
    plain("Topic: Education for refugee and displaced children"),
    plain("Sponsors: Jordan, Norway, Uganda"),
    plain("Signatories: Brazil, Canada, Colombia, Germany, Kenya, Lebanon, Pakistan"),
    led("The General Assembly", ",", "i"),
    led("Recalling", " the Convention relating to the Status of Refugees of 1951 and the Convention on the Rights of "
        "the Child,", "i"),
    led("Alarmed", " that about half of all refugee children of school age are out of school,", "i"),
    led("Recognizing", " that host communities carry most of the cost of educating refugee children,", "i"),
    led("Welcoming", " the pledges on education made at the Global Refugee Forum,", "i"),
    led("Urges", " Member States hosting refugees to include refugee children in their national education systems, "
        "in particular by:", "i", num=(1, 0)),
    plain("recognizing school certificates and grades earned in the country of origin;", num=(1, 1)),
    plain("waiving documentation requirements that refugee families cannot meet, such as birth certificates; and",
          num=(1, 1)),
    plain("allowing refugee teachers to teach under supervision while their qualifications are assessed;",
          num=(1, 1)),
    led("Calls upon", " donors to provide multi-year funding for education in emergencies, including:", "i",
        num=(1, 0)),
    plain("grants for the construction of classrooms in host communities;", num=(1, 1)),
    plain("support for teachers, namely:", num=(1, 1)),
    plain("salaries for teachers working in refugee camps;", num=(1, 2)),
    plain("training in psychosocial support, covering:", num=(1, 2)),
    plain("the recognition of trauma in children;", num=(1, 3)),
    plain("the referral of children to specialized services;", num=(1, 3)),
    led("Encourages", " the Office of the United Nations High Commissioner for Refugees to publish data on the "
        "enrolment of refugee children, disaggregated by sex and age;", "i", num=(1, 0)),
    led("Requests", " the Secretary-General to report on the implementation of the present resolution to the "
        "General Assembly at its eighty-second session.", "i", num=(1, 0)),
])

# ---------------------------------------------------------------- en-02: letters for romans, a sub-clause at level 0
# One list (numId 1): 1. / (a) / "(%3" (the student deleted the closing parenthesis when editing level 3 in
# "Define New Multilevel List") / a. Under clause 2 (b) the two sub-sub-clauses were never tabbed in: level 1,
# "(c)" "(d)". Under clause 3 the second sub-clause was pushed back with Shift+Tab to level 0 ("4."), with a direct
# indent that keeps it where the sub-clauses stand; the sub-clause after it restarts at "(a)". The clause after
# that shows "5." (the sequence the chair sees is consecutive; not annotated, see README).
SUBSUB_AS_LETTER = ('the sub-sub-clause "{text}" under "(b) training community health workers … including:" was '
                    'left at the sub-clauses\' level (w:ilvl 1), so Word labels it "{shown}" as if it were another '
                    'sub-clause of clause 2; expected «{want}» (UN-B10, MUN-F06)')
LEVEL0_SUB = ('the sub-clause "by transferring production technology …" under clause 3 sits at level 0 of the list '
              '(Shift+Tab): Word numbers it "4." like an operative clause; its direct indent (w:ind left 850, the '
              'sub-clauses\' indent) makes '
              'it look like a sub-clause, but the label the chair reads is "4."; expected «(b)» (UN-B10, MUN-F06)')
RESTARTED_A = ('the sub-clause "by guaranteeing the purchase …" follows the paragraph numbered "4.", so Word '
               'restarts the letters and shows "(a)" for the third sub-clause of clause 3; expected «(c)» (UN-B10, '
               'MUN-F06)')
OPEN_PAREN = ('the third level of the list (w:ilvl 2) has the lvlText "(%3" (closing parenthesis deleted): Word shows "{shown}" '
              'before "{text}"; expected «{want}» (UN-B10, MUN-F06)')
SUB_FULL_STOP = ('the last sub-clause of clause 5, which is not the last operative clause, ends with a full stop: '
                 '"…sold in their markets." where the clause\'s own «;» belongs (MUN-F06, UN-B09, UN-B11)')
E2_LEVELS = [Lvl("decimal", "%1."), Lvl("lowerLetter", "(%2)"), Lvl("lowerRoman", "(%3"), Lvl("lowerLetter", "%4.")]
DRAFTS["en-02-ecosoc-snakebite-letters-for-romans-sub-at-level-zero.docx"] = Draft(False, {0: E2_LEVELS},
                                                                                   {1: Num(0)}, [
    plain("Committee: Economic and Social Council"),
    plain("Topic: Snakebite envenoming in rural communities"),
    plain("Sponsors: India, Nigeria, Papua New Guinea"),
    plain("Signatories: Brazil, Costa Rica, Ethiopia, Myanmar, Nepal, Sri Lanka"),
    led("The Economic and Social Council", ",", "i"),
    led("Deeply concerned", " that snakebite envenoming kills tens of thousands of people every year, most of them "
        "farmers and children in rural areas,", "i"),
    led("Noting", " that many victims never reach a health facility and are treated at home or by traditional "
        "healers,", "i"),
    led("Recognizing", " the strategy of the World Health Organization to halve deaths and disabilities from "
        "snakebite by 2030,", "i"),
    led("Aware", " that antivenoms are expensive, need a cold chain and are produced by only a few manufacturers,",
        "i"),
    led("Encourages", " Member States to include snakebite envenoming in their national health plans;", "i",
        num=(1, 0)),
    led("Calls upon", " Member States to make antivenoms available where bites occur, in particular by:", "i",
        num=(1, 0)),
    plain("supplying antivenoms to rural health centres free of charge;", num=(1, 1)),
    plain("training community health workers in first aid and in the safe transport of patients, including:",
          num=(1, 1)),
    plain("keeping the bitten limb still;", F("sub-clause-label", SUBSUB_AS_LETTER.format(
        text="keeping the bitten limb still;", shown="(c)", want="(i)")), num=(1, 1)),
    plain("avoiding tourniquets and any cutting of the wound;", F("sub-clause-label", SUBSUB_AS_LETTER.format(
        text="avoiding tourniquets and any cutting of the wound;", shown="(d)", want="(ii)")), num=(1, 1)),
    led("Urges", " manufacturers and Member States to cooperate in producing affordable antivenoms:", "i",
        num=(1, 0)),
    plain("by sharing venom samples with regional laboratories;", num=(1, 1)),
    plain("by transferring production technology to manufacturers in Africa and Asia;",
          F("sub-clause-label", LEVEL0_SUB), num=(1, 0), ind=(850, 425)),
    plain("by guaranteeing the purchase of antivenoms through pooled procurement;",
          F("sub-clause-label", RESTARTED_A), num=(1, 1)),
    led("Requests", " the World Health Organization to support Member States in:", "i", num=(1, 0)),
    plain("mapping the areas where snakebites are most frequent, using:", num=(1, 1)),
    plain("hospital records;", F("sub-clause-label", OPEN_PAREN.format(shown="(i", text="hospital records;",
                                                                       want="(i)")), num=(1, 2)),
    plain("household surveys;", F("sub-clause-label", OPEN_PAREN.format(shown="(ii", text="household surveys;",
                                                                        want="(ii)")), num=(1, 2)),
    plain("evaluating the quality of the antivenoms sold in their markets.",
          F("operative-end-mark", SUB_FULL_STOP), num=(1, 1)),
    led("Recommends", " that the World Health Assembly review progress on snakebite envenoming at its next "
        "session.", "i", num=(1, 0)),
])

# ---------------------------------------------------------------- en-03: the sub-list on its own list instance
# THIMUN heading and labels a) / i. The clauses are numId 1 (decimal). The sub-clauses of clauses 2 and 3 were
# made with the numbering gallery as a list of their own (numId 2, an abstractNum 1. / a) / i., items at level 1):
# nothing of numId 2 ever stands at level 0, so its letters never restart and clause 3's sub-clauses continue
# "d) e) f)". Clause 5's sub-list is numId 3 on the same abstractNum with w:startOverride 1 at level 1 ("Restart at
# a"): "a) b)", and "i. ii." under b). Clause 4 carries a direct indent (a control: its label "4." is right).
# The last clause ends with ";".
THIMUN_SUB = [Lvl("decimal", "%1."), Lvl("lowerLetter", "%2)"), Lvl("lowerRoman", "%3.")]
CONTINUES = ('the sub-clause "{text}" under clause 3 is on the same list instance (w:numId 2) as the sub-clauses of '
             'clause 2, a list whose level 0 is never used, so its letters never restart: Word shows "{shown}" '
             'where «{want}» belongs (UN-B10, MUN-F06)')
LAST_SEMI = ('the last operative clause ends with a semicolon: "…concluded without delay;" where the resolution\'s '
             'only full stop «.» belongs (UN-B09, MUN-F05)')
DRAFTS["en-03-thimun-ocean-plastics-gallery-sublist-continues-letters.docx"] = Draft(False, {
    0: [Lvl("decimal", "%1."), Lvl("lowerLetter", "%2)"), Lvl("lowerRoman", "%3.")], 1: THIMUN_SUB},
    {1: Num(0), 2: Num(1), 3: Num(1, {1: 1})}, [
    plain("FORUM: General Assembly Second Committee"),
    plain("QUESTION OF: Reducing plastic pollution in the oceans"),
    plain("SUBMITTED BY: Philippines"),
    plain("CO-SUBMITTERS: Chile, Fiji, France, Kenya, Peru, Senegal"),
    led("THE GENERAL ASSEMBLY", ",", "i"),
    led("Alarmed by", " the estimate that more than ten million tonnes of plastic enter the oceans every year,", "i"),
    led("Recalling", " resolution 5/14 of the United Nations Environment Assembly, which started negotiations on a "
        "legally binding instrument on plastic pollution,", "i"),
    led("Noting with concern", " that microplastics have been found in seafood, in drinking water and in human "
        "blood,", "i"),
    led("Recognizing", " the efforts of coastal communities to clean beaches and mangroves,", "i"),
    led("Encourages", " Member States to phase out single-use plastic bags and straws by 2030;", "i", num=(1, 0)),
    led("Calls upon", " Member States to improve the collection of waste in coastal cities by:", "i", num=(1, 0)),
    plain("extending collection services to informal settlements;", num=(2, 1)),
    plain("supporting the work of waste pickers and their cooperatives;", num=(2, 1)),
    plain("building sorting and recycling facilities near ports;", num=(2, 1)),
    led("Urges", " producers of packaging to take responsibility for their products after use, including by:", "i",
        num=(1, 0)),
    plain("paying fees according to the amount of plastic they sell;", F("sub-clause-label", CONTINUES.format(
        text="paying fees according to the amount of plastic they sell;", shown="d)", want="a)")), num=(2, 1)),
    plain("designing packaging that can be reused or recycled, and", F("sub-clause-label", CONTINUES.format(
        text="designing packaging that can be reused or recycled, and", shown="e)", want="b)")), num=(2, 1)),
    plain("reporting every year on the plastic they place on the market;", F("sub-clause-label", CONTINUES.format(
        text="reporting every year on the plastic they place on the market;", shown="f)", want="c)")), num=(2, 1)),
    led("Invites", " regional fisheries bodies to organize the recovery of lost fishing gear;", "i", num=(1, 0),
        ind=(1080, 425)),
    led("Requests", " the United Nations Environment Programme to support developing States:", "i", num=(1, 0)),
    plain("in monitoring plastic waste on their coasts;", num=(3, 1)),
    plain("in training customs officers to detect illegal shipments of plastic waste, in particular:", num=(3, 1)),
    plain("mixed plastic waste declared as raw material;", num=(3, 2)),
    plain("waste shipped through third countries;", num=(3, 2)),
    led("Expresses its hope", " that the negotiations on a legally binding instrument will be concluded without "
        "delay;", "i", F("operative-end-mark", LAST_SEMI), num=(1, 0)),
])

# ---------------------------------------------------------------- en-04: lvlRestart 0, bullets, typed labels
# HKMUN labels a. / i. One list (numId 1) whose level 1 has w:lvlRestart 0 (the student unticked "Restart list
# after" in the multilevel dialog): its letters run on through the whole draft. Level 2 restarts as usual. Clause 4's
# sub-clauses were made with the bullet button: a bullet list (numId 2) at level 1, Word's "o" in Courier New.
# Under clause 5 the student, seeing "e." and "f.", typed "a. " and "b. " in front of the text as well.
HK_LEVELS = [Lvl("decimal", "%1."), Lvl("lowerLetter", "%2.", restart=0), Lvl("lowerRoman", "%3.")]
BULLETS = [Lvl("bullet", "\u2022", font="Symbol"), Lvl("bullet", "o", font="Courier New"),
           Lvl("bullet", "\u25aa", font="Wingdings")]
RUN_ON = ('level 1 of the list has w:lvlRestart 0 (never restart), so the letters of clause 1\'s sub-clauses run on '
          'into clause 3: Word shows "{shown}" before "{text}"; expected «{want}» (MUN-F06, UN-B10)')
BULLET = ('the sub-clause "{text}" is a bullet item (Word\'s "o" at level 1 of a bullet list) instead of a lettered '
          'sub-clause; expected «{want}» (MUN-F06, UN-B10)')
TYPED = ('the sub-clause is numbered by Word at level 1 and its text also begins with a typed label: the chair reads '
         '"{shown} {typed} {text}", two labels, the first one running on from clause 3 (w:lvlRestart 0); expected '
         'one label «{want}» (MUN-F06, UN-B10)')
SUB_STOP = ('the last sub-clause of clause 1, which is not the last clause, ends with a full stop: "…radio and mobile '
            'phones." where the clause\'s own «;» belongs (MUN-F06, UN-B09)')
DRAFTS["en-04-hkmun-early-warning-restart-off-bullets-typed-labels.docx"] = Draft(False, {0: HK_LEVELS,
                                                                                         1: BULLETS},
                                                                                  {1: Num(0), 2: Num(1)}, [
    plain("Committee: Second Committee (Economic and Financial)"),
    plain("Topic: Early warning systems for climate-related disasters"),
    plain("Sponsors: Bangladesh, Japan, Mozambique"),
    plain("Signatories: Cuba, Indonesia, Madagascar, Tonga, Viet Nam"),
    led("The General Assembly", ",", "i"),
    led("Recalling", " the Sendai Framework for Disaster Risk Reduction 2015\u20132030,", "i"),
    led("Deeply concerned", " that one third of the world\u2019s people are still not covered by early warning "
        "systems,", "i"),
    led("Noting", " that warnings save lives only when they reach people in time and in a language they "
        "understand,", "i"),
    led("Welcoming", " the initiative of the Secretary-General to protect everyone on Earth with early warning "
        "systems by 2027,", "i"),
    led("Calls upon", " Member States to establish national early warning systems that:", "i", num=(1, 0)),
    plain("cover floods, cyclones, droughts and heatwaves;", num=(1, 1)),
    plain("reach remote communities through radio and mobile phones.", F("operative-end-mark", SUB_STOP),
          num=(1, 1)),
    led("Encourages", " telecommunication companies to send warning messages free of charge;", "i", num=(1, 0)),
    led("Urges", " donors to fund early warning systems in the least developed countries, in particular:", "i",
        num=(1, 0)),
    plain("weather stations and radars in regions where data are scarce;", F("sub-clause-label", RUN_ON.format(
        shown="c.", text="weather stations and radars …", want="a.")), num=(1, 1)),
    plain("the training of meteorologists, through:", F("sub-clause-label", RUN_ON.format(
        shown="d.", text="the training of meteorologists, through:", want="b.")), num=(1, 1)),
    plain("scholarships at regional training centres;", num=(1, 2)),
    plain("exchanges between national meteorological services;", num=(1, 2)),
    led("Requests", " the World Meteorological Organization to help Member States to:", "i", num=(1, 0)),
    plain("share weather data across borders in real time;", F("sub-clause-label", BULLET.format(
        text="share weather data across borders in real time;", want="a.")), num=(2, 1)),
    plain("issue warnings in local languages and in sign language;", F("sub-clause-label", BULLET.format(
        text="issue warnings in local languages and in sign language;", want="b.")), num=(2, 1)),
    led("Invites", " regional organizations to hold evacuation drills every year:", "i", num=(1, 0)),
    plain("a. in schools and hospitals;", F("sub-clause-label", TYPED.format(
        shown="e.", typed="a.", text="in schools and hospitals;", want="a.")), num=(1, 1)),
    plain("b. in coastal and river villages;", F("sub-clause-label", TYPED.format(
        shown="f.", typed="b.", text="in coastal and river villages;", want="b.")), num=(1, 1)),
    led("Further invites", " Member States to share their experience with early warning at the Global Platform for "
        "Disaster Risk Reduction.", "i", num=(1, 0)),
])

# ---------------------------------------------------------------- zh-05: 公文-style labels （一） / （1）
# The student defined the levels as in Chinese official documents: 1. / （一） (chineseCounting) / （1） (decimal).
# ZH-B04 asks letters or Roman numerals: every （一） and （1） is a fault. Under clause 3 the second sub-clause was
# pushed to level 0 (Shift+Tab): "4."; the sub-clause after it restarts at "（一）". The last sub-clause of clause 2
# ends with "。".
ZH5_LEVELS = [Lvl("decimal", "%1."), Lvl("chineseCounting", "（%2）"), Lvl("decimal", "（%3）")]
ZH_SUB1 = '子条款标号为"{shown}"（汉字数字）：子条款应以英文字母标号；应为 «{want}» (ZH-B04, UN-B10)'
ZH_SUB2 = '第二级子条款标号为"{shown}"（阿拉伯数字）：应以罗马数字标号；应为 «{want}» (ZH-B04, UN-B10)'
ZH_LEVEL0 = ('第3条的第二个子条款"在收到举报后四十八小时内作出处理；"被放在列表第0级（Shift+Tab），Word 将其编号为"4."，'
             '看起来像一条新的行动性条款；应为 «（b）» (ZH-B04, UN-B10)')
ZH_RESTART = ('子条款"定期公布处理网络欺凌举报的统计数据；"排在编号"4."的段落之后，Word 重新从"（一）"开始编号；它是第3条的第三个'
              '子条款，应为 «（c）» (ZH-B04, UN-B10)')
ZH_SUB_STOP = ('第2条（不是最后一条）的最后一个子条款以句号结尾："……专门培训。"；应以该条款的 «；» 结尾 (MUN-F06, ZH-B05, '
               'UN-B09)')
DRAFTS["zh-05-ga3-cyberbullying-gongwen-labels-sub-at-level-zero.docx"] = Draft(True, {0: ZH5_LEVELS},
                                                                                 {1: Num(0)}, [
    plain("决议草案", jc="center"),
    plain("委员会：联合国大会第三委员会"),
    plain("议题：预防青少年遭受网络欺凌"),
    plain("起草国：爱尔兰、大韩民国、墨西哥"),
    plain("附议国：阿根廷、芬兰、马来西亚、摩洛哥、新西兰"),
    led("大会", "，", "b"),
    led("回顾", "《儿童权利公约》及其关于保护儿童免遭一切形式暴力的规定，", "b"),
    led("深为关切地注意到", "网络欺凌严重损害青少年的心理健康，有时甚至导致自残和自杀，", "b"),
    led("认识到", "许多受害者因害怕报复或不知道向谁求助而不敢举报，", "b"),
    led("欢迎", "联合国儿童基金会和各国教育部门开展的反欺凌宣传活动，", "b"),
    led("鼓励", "会员国将预防网络欺凌的内容纳入中小学课程；", "b", num=(1, 0)),
    led("促请", "会员国完善相关法律和举报机制，包括：", "b", num=(1, 0)),
    plain("明确社交平台删除欺凌内容的时限；", F("sub-clause-label", ZH_SUB1.format(shown="（一）", want="（a）")),
          num=(1, 1)),
    plain("设立面向青少年的免费求助热线，并确保：", F("sub-clause-label", ZH_SUB1.format(shown="（二）", want="（b）")),
          num=(1, 1)),
    plain("热线全天二十四小时提供服务；", F("sub-clause-label", ZH_SUB2.format(shown="（1）", want="（i）")),
          num=(1, 2)),
    plain("接线员接受儿童心理方面的专门培训。", F("sub-clause-label", ZH_SUB2.format(shown="（2）", want="（ii）")),
          F("operative-end-mark", ZH_SUB_STOP), num=(1, 2)),
    led("请", "各社交媒体公司：", "b", num=(1, 0)),
    plain("为未成年人的账户默认开启最严格的隐私设置；", F("sub-clause-label", ZH_SUB1.format(shown="（一）",
                                                                                    want="（a）")),
          num=(1, 1)),
    plain("在收到举报后四十八小时内作出处理；", F("sub-clause-label", ZH_LEVEL0), num=(1, 0)),
    plain("定期公布处理网络欺凌举报的统计数据；", F("sub-clause-label", ZH_RESTART), num=(1, 1)),
    led("邀请", "联合国教育、科学及文化组织编写教师指南，帮助教师识别和处理网络欺凌；", "b", num=(1, 0)),
    led("还请", "秘书长在大会第八十二届会议上提交关于本决议执行情况的报告。", "b", num=(1, 0)),
])

# ---------------------------------------------------------------- zh-06: restarts right, letters for romans, "(%2"
# UN Chinese labels (a) / (i). Clause numbers are numId 1. Each clause's sub-list is a new w:num on abstractNum 1
# with w:startOverride 1 at level 1 (numId 3, numId 4): "(a)" again under each clause, as it should. Under clause 3
# (a) the two sub-sub-clauses were left at level 1: "(b)" "(c)". Clause 4's sub-list was pasted from a co-sponsor's
# file (numId 5 on abstractNum 2, whose level 1 lvlText is "(%2", no closing parenthesis). Clause 5's sub-clauses are
# typed "(a) " "(b) " in plain paragraphs (a control: the labels are right).
ZH6_SUBS = [Lvl("decimal", "%1."), Lvl("lowerLetter", "(%2)"), Lvl("lowerRoman", "(%3)")]
ZH6_PASTED = [Lvl("decimal", "%1."), Lvl("lowerLetter", "(%2"), Lvl("lowerRoman", "(%3")]
ZH_SUBSUB = ('第3条 (a) "确保受影响社区充分参与搬迁决策，包括：" 之下的第二级子条款"{text}"留在了第1级（未按 Tab），Word '
             '将其标为"{shown}"，像是第3条的又一个子条款；应为 «{want}» (UN-B10, ZH-B04)')
ZH_PAREN = ('子条款"{text}"所在列表（从另一起草国的文件粘贴，w:numId 5）第1级的 lvlText 为"(%2"，缺少右括号，Word 显示'
            '"{shown}"；应为 «{want}» (UN-B10, ZH-B04)')
DRAFTS["zh-06-ga2-sea-level-rise-restart-right-letters-for-romans.docx"] = Draft(True, {
    0: [Lvl("decimal", "%1."), Lvl("lowerLetter", "(%2)"), Lvl("lowerRoman", "(%3)")], 1: ZH6_SUBS, 2: ZH6_PASTED},
    {1: Num(0), 3: Num(1, {1: 1}), 4: Num(1, {1: 1}), 5: Num(2)}, [
    plain("决议草案", jc="center"),
    plain("委员会：联合国大会第二委员会"),
    plain("议题：海平面上升对小岛屿发展中国家的影响"),
    plain("起草国：斐济、马尔代夫、图瓦卢"),
    plain("附议国：巴巴多斯、佛得角、葡萄牙、萨摩亚、新加坡"),
    led("大会", "，", "b"),
    led("重申", "《联合国气候变化框架公约》和《巴黎协定》的各项目标，", "b"),
    led("严重关切", "海平面上升威胁小岛屿发展中国家的淡水资源、农业用地和居住安全，", "b"),
    led("注意到", "国际法院关于各国在气候变化方面的义务的咨询意见，", "b"),
    led("认识到", "许多沿海社区已不得不考虑有计划地搬迁，", "b"),
    led("促请", "发达国家履行提供气候资金的承诺，并将更多资金用于适应行动；", "b", num=(1, 0)),
    led("鼓励", "会员国支持小岛屿发展中国家加强沿海防护，包括：", "b", num=(1, 0)),
    plain("恢复红树林和珊瑚礁等天然屏障；", num=(3, 1)),
    plain("修建和加固海堤；", num=(3, 1)),
    led("请", "联合国开发计划署协助各国制定有计划搬迁的指导方针，特别是：", "b", num=(1, 0)),
    plain("确保受影响社区充分参与搬迁决策，包括：", num=(4, 1)),
    plain("妇女和青年的参与；", F("sub-clause-label", ZH_SUBSUB.format(text="妇女和青年的参与；", shown="(b)",
                                                                     want="(i)")), num=(4, 1)),
    plain("尊重原住民的传统土地权利；", F("sub-clause-label", ZH_SUBSUB.format(text="尊重原住民的传统土地权利；",
                                                                           shown="(c)", want="(ii)")),
          num=(4, 1)),
    led("邀请", "各区域开发银行：", "b", num=(1, 0)),
    plain("为沿海基础设施提供优惠贷款；", F("sub-clause-label", ZH_PAREN.format(text="为沿海基础设施提供优惠贷款；",
                                                                             shown="(a", want="(a)")), num=(5, 1)),
    plain("设立应对气候灾害的应急基金；", F("sub-clause-label", ZH_PAREN.format(text="设立应对气候灾害的应急基金；",
                                                                             shown="(b", want="(b)")), num=(5, 1)),
    led("吁请", "各国在本国的国家适应计划中：", "b", num=(1, 0)),
    plain("(a) 评估沿海地区面临的风险；"),
    plain("(b) 规划保护淡水资源的措施；"),
    led("还请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", "b", num=(1, 0)),
])


# ---------------------------------------------------------------- build
def setup(doc: docx.Document, zh: bool, draft: Draft) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(w("rFonts"))
    fonts.set(w("eastAsia"), "宋体" if zh else "Times New Roman")
    numbering = doc.part.numbering_part
    numbering._element = numbering_xml(draft.abstracts, draft.nums)


def build(name: str, draft: Draft) -> None:
    doc = docx.Document()
    setup(doc, draft.zh, draft)
    body = doc.element.body
    for old in list(body):
        if old.tag == w("p"):
            body.remove(old)
    sect = body.find(w("sectPr"))
    for p in draft.paragraphs:
        sect.addprevious(p.xml())
    out = HERE / name
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        count = len(root.find(w("body")).findall(w("p")))
        assert b"lvlText" in z.read("word/numbering.xml")
    assert count == len(draft.paragraphs), (name, count, len(draft.paragraphs))


def write_annotations() -> None:
    data = {}
    for name, draft in DRAFTS.items():
        data[name] = {"faults": [{"paragraph": i, "kind": f.kind, "note": f.note}
                                 for i, p in enumerate(draft.paragraphs, 1) for f in p.faults]}
    header = ("# word-blind54: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md by what the chair reads on the page\n"
              "# (the labels Word shows); see README.md.\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def listing() -> None:
    for name, draft in DRAFTS.items():
        print(name)
        labels = word_labels(draft.paragraphs, draft.abstracts, draft.nums)
        for i, (p, label) in enumerate(zip(draft.paragraphs, labels), 1):
            where = f"num{p.num[0]}/ilvl{p.num[1]}" if p.num else "-"
            ind = f" ind{p.ind}" if p.ind else ""
            print(f"  {i:2} {where:11}{ind} [{label}] {p.text[:70]}")
            for f in p.faults:
                print(f"       ! {f.kind}: {f.note[:110]}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / name)],
                       check=True, capture_output=True)
        pdf = out / (Path(name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / Path(name).stem)], check=True)


if __name__ == "__main__":
    if "--list" in sys.argv:
        listing()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        for name, draft in DRAFTS.items():
            build(name, draft)
        write_annotations()
