"""Build the drafts of the blind set word-blind18 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

Word's numbering machinery at its edges (ECMA-376 part 1, 17.9): w:lvlRestart on a sub-level, w:isLgl,
w:startOverride in the middle of a list, a w:lvlOverride that carries its own w:lvl, numbering given by a paragraph
style (with its w:ilvl in the style), w:suff "nothing" / "space", lvlText with words ("Article %1"), numFmt
decimalZero / upperLetter / ordinal / bullet, an abstractNum reached through w:numStyleLink, paragraphs whose
w:numId 0 hides the number their style gives.

python-docx gives the package (its default template); numbering.xml, the added styles and every paragraph are
written with lxml by the helpers below, written for this set (no import of drafter, no earlier set's script).
Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based
index of the `w:p` in the body, checked again on the saved file. `--list` prints the label Word shows, computed
by `Numbering.labels` below from the same data that is written to numbering.xml.
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


# ---------------------------------------------------------------- faults, runs, paragraphs
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
    num: tuple[int, int] | None = None   # direct w:numPr (numId, ilvl); numId 0 = no number
    jc: str | None = None

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
            p.append(run_xml(r))
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


# ---------------------------------------------------------------- numbering
@dataclass
class Lvl:
    fmt: str                  # decimal, decimalZero, lowerLetter, upperLetter, lowerRoman, ordinal, bullet
    text: str                 # lvlText
    left: int
    hanging: int = 360
    start: int = 1
    restart: int | None = None   # w:lvlRestart (None: element left out)
    lgl: bool = False            # w:isLgl
    suff: str | None = None      # w:suff (None: tab, the default)
    pstyle: str | None = None    # w:pStyle (the paragraph style that carries this level)

    def xml(self, ilvl: int) -> etree._Element:
        node = el("lvl", {"ilvl": str(ilvl)})
        node.append(el("start", {"val": str(self.start)}))
        node.append(el("numFmt", {"val": self.fmt}))
        if self.restart is not None:
            node.append(el("lvlRestart", {"val": str(self.restart)}))
        if self.pstyle:
            node.append(el("pStyle", {"val": self.pstyle}))
        if self.lgl:
            node.append(el("isLgl"))
        if self.suff:
            node.append(el("suff", {"val": self.suff}))
        node.append(el("lvlText", {"val": self.text}))
        node.append(el("lvlJc", {"val": "left"}))
        node.append(el("pPr", None, el("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        if self.fmt == "bullet":
            node.append(el("rPr", None, el("rFonts", {"ascii": "Arial", "hAnsi": "Arial", "hint": "default"})))
        return node


@dataclass
class Abstract:
    levels: list[Lvl] = field(default_factory=list)
    style_link: str | None = None       # w:styleLink (this abstractNum defines that numbering style)
    num_style_link: str | None = None   # w:numStyleLink (levels come from that numbering style)


@dataclass
class Num:
    abstract: int
    starts: dict[int, int] = field(default_factory=dict)     # ilvl -> w:startOverride
    levels: dict[int, Lvl] = field(default_factory=dict)     # ilvl -> w:lvl inside w:lvlOverride


@dataclass
class Style:
    """A paragraph (or numbering) style added to styles.xml."""
    sid: str
    name: str
    num: tuple[int, int | None] | None = None   # (numId, ilvl or None)
    based_on: str = "Normal"
    kind: str = "paragraph"


@dataclass
class Numbering:
    abstracts: dict[int, Abstract] = field(default_factory=dict)
    nums: dict[int, Num] = field(default_factory=dict)

    def xml(self, root: etree._Element) -> None:
        for child in list(root):
            root.remove(child)
        for aid, a in self.abstracts.items():
            node = el("abstractNum", {"abstractNumId": str(aid)})
            node.append(el("multiLevelType", {"val": "multilevel" if len(a.levels) > 1 else "singleLevel"}))
            if a.style_link:
                node.append(el("styleLink", {"val": a.style_link}))
            if a.num_style_link:
                node.append(el("numStyleLink", {"val": a.num_style_link}))
            for i, lvl in enumerate(a.levels):
                node.append(lvl.xml(i))
            root.append(node)
        for nid, n in self.nums.items():
            node = el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(n.abstract)}))
            for ilvl in sorted(set(n.starts) | set(n.levels)):
                o = el("lvlOverride", {"ilvl": str(ilvl)})
                if ilvl in n.starts:
                    o.append(el("startOverride", {"val": str(n.starts[ilvl])}))
                if ilvl in n.levels:
                    o.append(n.levels[ilvl].xml(ilvl))
                node.append(o)
            root.append(node)

    # -- what Word shows
    def resolve(self, nid: int, styles: dict[str, Style]) -> int:
        """The abstractNum whose levels a w:num uses (following w:numStyleLink through the numbering style)."""
        aid = self.nums[nid].abstract
        link = self.abstracts[aid].num_style_link
        if link:
            st = styles[link]
            assert st.num is not None
            return self.nums[st.num[0]].abstract
        return aid

    def level(self, nid: int, ilvl: int, styles: dict[str, Style]) -> Lvl:
        n = self.nums[nid]
        if ilvl in n.levels:
            return n.levels[ilvl]
        return self.abstracts[self.resolve(nid, styles)].levels[ilvl]

    def labels(self, paras: list[P], styles: dict[str, Style]) -> dict[int, str]:
        """Label (with its suffix) that Word shows on each paragraph, 1-based index -> label.

        Direct w:numPr wins over the style's; numId 0 removes the number. A style's level is its w:ilvl, or the
        level whose w:pStyle names the style. One set of counters per abstractNum (after numStyleLink); a num's
        w:startOverride sets its level at the first paragraph of that num; a deeper level restarts when a level
        at or above its w:lvlRestart (1-based; 0 = never; left out = the level just above) is used; w:isLgl shows
        every number of the level's text as decimal."""
        counters: dict[int, list[int | None]] = {}
        seen: set[int] = set()
        out: dict[int, str] = {}
        for index, p in enumerate(paras, 1):
            num: tuple[int, int] | None = None
            st = styles.get(p.style or "")
            if st and st.num:
                sid, slvl = st.num
                if slvl is None:
                    aid = self.resolve(sid, styles)
                    slvl = next(k for k, lv in enumerate(self.abstracts[aid].levels) if lv.pstyle == st.sid)
                num = (sid, slvl)
            if p.num:
                num = p.num if p.num[0] else None
            if not num:
                continue
            nid, ilvl = num
            aid = self.resolve(nid, styles)
            cnt = counters.setdefault(aid, [None] * 9)
            if nid not in seen:
                seen.add(nid)
                for lv, start in self.nums[nid].starts.items():
                    cnt[lv] = start - 1
            lvl = self.level(nid, ilvl, styles)
            cnt[ilvl] = (cnt[ilvl] if cnt[ilvl] is not None else lvl.start - 1) + 1
            for deeper in range(ilvl + 1, 9):
                try:
                    dl = self.level(nid, deeper, styles)
                except IndexError:
                    break
                if dl.restart is None or (dl.restart and ilvl <= dl.restart - 1):
                    cnt[deeper] = None
            if lvl.fmt == "bullet":
                text = lvl.text
            else:
                text = lvl.text
                for lv in range(ilvl + 1):
                    lvdef = self.level(nid, lv, styles)
                    value = cnt[lv] if cnt[lv] is not None else lvdef.start
                    text = text.replace(f"%{lv + 1}", show(value, "decimal" if lvl.lgl else lvdef.fmt))
            out[index] = text + {"space": " ", "nothing": ""}.get(lvl.suff or "", "\u2192")
        return out


def show(value: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(value)
    if fmt == "decimalZero":
        return f"{value:02d}" if value < 10 else str(value)
    if fmt == "lowerLetter":
        return chr(ord("a") + value - 1)
    if fmt == "upperLetter":
        return chr(ord("A") + value - 1)
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][value - 1]
    if fmt == "ordinal":
        return f"{value}" + ({1: "st", 2: "nd", 3: "rd"}.get(value if value < 20 else value % 10, "th"))
    raise ValueError(fmt)


# ---------------------------------------------------------------- drafts
@dataclass
class Draft:
    name: str
    lang: str
    paras: list[P]
    numbering: Numbering | None = None
    styles: list[Style] = field(default_factory=list)
    ea_font: str | None = None

    def style_map(self) -> dict[str, Style]:
        return {s.sid: s for s in self.styles}


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
    rpr.append(el("lang", {"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"}))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("spacing", {"after": "120", "line": "240", "lineRule": "auto"}))
    for st in d.styles:
        node = el("style", {"type": st.kind, "styleId": st.sid}, el("name", {"val": st.name}))
        if st.kind == "paragraph":
            node.append(el("basedOn", {"val": st.based_on}))
            node.append(el("qFormat"))
        spp = el("pPr")
        if st.num:
            numpr = el("numPr")
            if st.num[1] is not None:
                numpr.append(el("ilvl", {"val": str(st.num[1])}))
            numpr.append(el("numId", {"val": str(st.num[0])}))
            spp.append(numpr)
        node.append(spp)
        styles.append(node)
    if d.numbering:
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


def plain(text: str, faults: list[F] | None = None, **kw) -> P:
    return P([R(text)], faults or [], **kw)


def led(lead: str, rest: str, faults: list[F] | None = None, emph: str = "i", **kw) -> P:
    return P([R(lead, i=emph == "i", u=emph == "u"), R(rest)], faults or [], **kw)


def op(lead: str, rest: str, faults: list[F] | None = None, **kw) -> P:
    return led(lead, rest, faults, emph="u", **kw)


def heading(committee: str, topic: str, sponsors: str, signatories: str, organ: str) -> list[P]:
    return [plain(f"Committee: {committee}"), plain(f"Topic: {topic}"), plain(f"Sponsors: {sponsors}"),
            plain(f"Signatories: {signatories}"), P([R(organ, i=True), R(",")])]


def zh_heading(committee: str, topic: str, sponsors: str, signatories: str, organ: str) -> list[P]:
    return [plain("决议草案", jc="center"), plain(f"委员会：{committee}"), plain(f"议题：{topic}"),
            plain(f"起草国：{sponsors}"), plain(f"附议国：{signatories}"), P([R(organ, b=True), R("，")])]


# ---------------------------------------------------------------- en-n01: "Article %1" with suff space; glued sub-labels
def en_n01() -> Draft:
    n = Numbering()
    n.abstracts[1] = Abstract([Lvl("decimal", "Article %1", 720, 720, suff="space"),
                               Lvl("lowerLetter", "%2)", 1080, 360, suff="nothing"),
                               Lvl("lowerRoman", "%3.", 1440, 360)])
    n.nums[1] = Num(1)

    def art(k: int) -> F:
        return F("numbering", f'Word shows "Article {k}" before the lead (lvlText "Article %1", w:suff space); '
                              f'operative clauses are numbered «{k}.» (UN-B07, MUN-F05)')

    def glued(label: str, word: str) -> F:
        return F("sub-clause-label", f'sub-clause label glued to its text: "{label}{word}" (the level\'s w:suff is '
                                     f'"nothing", no tab or space after the label); expected «{label} {word}» (MUN-F06)')

    B = heading("Social, Humanitarian and Cultural Committee", "Support for people living with dementia and their "
                "caregivers", "Japan, Netherlands, Tunisia", "Chile, Ghana, Malaysia, Portugal",
                "The General Assembly")
    B += [led("Noting", " that the number of people living with dementia is expected to nearly double within the next "
              "twenty-five years as populations age,"),
          led("Aware", " that most care for people living with dementia is given at home by relatives, most of them "
              "women, who receive neither training nor pay,"),
          led("Concerned", " that a diagnosis is often made only when the illness is already advanced, and that many "
              "people living with dementia are kept out of public life by stigma,"),
          led("Recalling", " the Global action plan on the public health response to dementia of the World Health "
              "Organization,")]
    B += [op("Encourages", " Member States to adopt national dementia plans with a budget of their own;", [art(1)],
             num=(1, 0)),
          op("Calls upon", " Member States to support unpaid caregivers, in particular by:", [art(2)], num=(1, 0)),
          plain("offering short periods of respite care in day centres;", [glued("a)", "offering")], num=(1, 1)),
          plain("counting years of full-time care towards old-age pensions;", [glued("b)", "counting")], num=(1, 1)),
          op("Recommends", " that primary health workers be trained to recognise early signs of memory loss;", [art(3)],
             num=(1, 0)),
          op("Invites", " cities and towns to become dementia-friendly by training shop, bank and transport staff;",
             [art(4)], num=(1, 0)),
          op("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
             "eighty-second session.", [art(5)], num=(1, 0))]
    return Draft("en-n01-article-labels-suff-space-sub-labels-glued", "en", B, n)


# ---------------------------------------------------------------- en-n02: isLgl sub-level, lvlRestart on the third level
def en_n02() -> Draft:
    n = Numbering()
    n.abstracts[1] = Abstract([Lvl("decimal", "%1.", 720),
                               Lvl("lowerLetter", "%1.%2.", 1440, 720, lgl=True),
                               Lvl("lowerRoman", "(%3)", 2160, 360, restart=1)])
    n.nums[1] = Num(1)

    def lgl(shown: str, want: str) -> F:
        return F("sub-clause-label", f'sub-clause shows "{shown}" (level "%1.%2." with w:isLgl: legal numbering '
                                     f'turns the letter into a figure, so it reads like a clause number); expected '
                                     f'«{want}» (UN-B10, MUN-F06)')

    B = heading("Third Committee", "Preventing falls among older persons", "Canada, Hungary, Lao People's "
                "Democratic Republic", "Bolivia (Plurinational State of), Finland, Ireland, Romania, Zambia",
                "The General Assembly")
    B += [led("Recognizing", " that falls are a leading cause of injury and death among people over the age of "
              "sixty-five, and that a hip fracture often ends a life lived independently,"),
          led("Noting", " that most falls happen at home, on stairs, in bathrooms and on slippery floors,"),
          led("Recalling", " the United Nations Principles for Older Persons,"),
          led("Convinced", " that balance training, such as tai chi, and simple changes to the home prevent a large "
              "share of falls at low cost,")]
    B += [op("Encourages", " Member States to include fall prevention in their national plans on healthy ageing;",
             num=(1, 0)),
          op("Calls upon", " local authorities to:", num=(1, 0)),
          plain("fit handrails and non-slip surfaces in public buildings and housing for older persons;",
                [lgl("2.1.", "(a)")], num=(1, 1)),
          plain("offer free balance classes in community centres;", [lgl("2.2.", "(b)")], num=(1, 1)),
          op("Invites", " pharmacists to review the medicines of older persons that cause dizziness;", num=(1, 0)),
          op("Requests", " the World Health Organization to:", num=(1, 0)),
          plain("gather data on falls and hip fractures from:", [lgl("4.1.", "(a)")], num=(1, 1)),
          plain("hospitals and emergency services;", num=(1, 2)),
          plain("household surveys;", num=(1, 2)),
          plain("publish every three years a review of:", [lgl("4.2.", "(b)")], num=(1, 1)),
          plain("the number of falls treated in hospitals;",
                [F("sub-clause-label", 'second-degree sub-clause under the second sub-clause shows "(iii)": the level '
                   'does not restart after a new first-degree sub-clause (w:lvlRestart 1: it restarts only after a '
                   'clause); expected «(i)» (UN-B10, MUN-F06)')], num=(1, 2)),
          plain("the programmes that have reduced them;", [
              F("sub-clause-label", 'second-degree sub-clause shows "(iv)" (continues from the sub-clauses of '
                '"4.1.", w:lvlRestart 1); expected «(ii)» (UN-B10, MUN-F06)')], num=(1, 2)),
          op("Decides", " to include in the provisional agenda of its eighty-second session the item entitled "
             "\u201cFalls among older persons\u201d;",
             [F("operative-end-mark", 'the last operative clause ends with ";" instead of «.» (UN-B09, MUN-F05)')],
             num=(1, 0))]
    return Draft("en-n02-legal-sub-numbers-roman-level-not-restarting", "en", B, n)


# ---------------------------------------------------------------- en-n03: lvlOverride with its own lvl (upperLetter); ordinal subs
def en_n03() -> Draft:
    n = Numbering()
    n.abstracts[1] = Abstract([Lvl("decimal", "%1.", 720),
                               Lvl("ordinal", "%2", 1440, 720, suff="space")])
    n.nums[1] = Num(1)
    n.nums[2] = Num(1, starts={0: 1}, levels={0: Lvl("upperLetter", "%1.", 720)})

    def letter(k: int) -> F:
        c = "ABCDEFG"[k - 1]
        return F("numbering", f'Word shows "{c}." (the w:num\'s w:lvlOverride carries its own level 0, numFmt '
                              f'upperLetter, over the abstract\'s decimal); operative clauses are numbered «{k}.» '
                              f'(UN-B07, MUN-F05)')

    def ordinal(shown: str, want: str) -> F:
        return F("sub-clause-label", f'sub-clause labelled "{shown}" (numFmt ordinal); expected «{want}» (UN-B10, '
                                     f'MUN-F06)')

    B = heading("Second Committee", "Jellyfish blooms and coastal livelihoods", "Israel, Namibia, Philippines",
                "Italy, Japan, Mexico, Oman", "The General Assembly")
    B += [led("Alarmed", " by the growing number of jellyfish blooms that clog fishing nets, block the water intakes "
              "of power plants and close beaches at the height of the tourist season,"),
          led("Noting", " that overfishing of the species that eat jellyfish and warmer coastal waters both favour "
              "such blooms,"),
          led("Aware", " that small-scale fishers lose days of work and damaged gear when a bloom reaches their "
              "fishing grounds,")]
    B += [op("Encourages", " coastal States to set up early-warning networks in which fishers, divers and "
             "lifeguards report jellyfish sightings;", [letter(1)], num=(2, 0)),
          op("Calls upon", " regional fisheries bodies to:", [letter(2)], num=(2, 0)),
          plain("study the links between blooms, fishing pressure and water temperature;",
                [ordinal("1st", "(a)")], num=(2, 1)),
          plain("publish seasonal forecasts of blooms for the fishing fleets;", [ordinal("2nd", "(b)")], num=(2, 1)),
          op("Invites", " research institutes to test uses of harvested jellyfish as food, feed and fertilizer;",
             [letter(3)], num=(2, 0)),
          op("Recommends", " that insurance schemes for small-scale fishers cover gear destroyed by jellyfish;",
             [letter(4)], num=(2, 0)),
          op("Requests", " the Food and Agriculture Organization of the United Nations to report to the Assembly at "
             "its eighty-second session.", [letter(5)], num=(2, 0))]
    return Draft("en-n03-level-override-upper-letter-clauses-ordinal-subs", "en", B, n)


# ---------------------------------------------------------------- en-n04: style numbering, numId 0, bullet level, restart mid-list
def en_n04() -> Draft:
    n = Numbering()
    n.abstracts[1] = Abstract([Lvl("decimal", "%1.", 720, pstyle="OperativeClause"),
                               Lvl("bullet", "\u2022", 1440, 360),
                               Lvl("lowerRoman", "(%3)", 2160, 360)])
    n.nums[1] = Num(1)
    n.nums[2] = Num(1, starts={0: 1})
    styles = [Style("OperativeClause", "Operative Clause", (1, None))]
    bullet = 'sub-clause labelled "\u2022" (level 1 of the decimal list is a bullet level); expected «(a)» / «{}» ' \
             '(UN-B10, MUN-F06)'
    B = heading("Third Committee", "Fatigue among long-distance truck drivers", "Kazakhstan, Morocco, Paraguay",
                "Brazil, Denmark, Nigeria, Thailand", "The General Assembly")
    B += [led("Alarmed", " that tired drivers cause a large share of the road crashes involving heavy trucks, which "
              "often kill the occupants of other vehicles,"),
          led("Noting", " that many truck drivers are paid by the trip and drive through the night to meet delivery "
              "times set by others,"),
          led("Aware", " that there are too few safe and guarded rest areas on many international corridors,"),
          led("Convinced", " that limits on driving hours protect drivers and the public only when they are "
              "recorded and enforced,")]
    B += [op("Urges", " Member States to set and enforce limits on daily and weekly driving hours for truck drivers;",
             style="OperativeClause"),
          op("Encourages", " transit States to:", style="OperativeClause"),
          plain("build rest areas with parking, lighting and showers at regular distances along main corridors;",
                [F("sub-clause-label", bullet.format("(a)"))], num=(1, 1)),
          plain("allow drivers to rest there free of charge;", [F("sub-clause-label", bullet.format("(b)"))],
                num=(1, 1)),
          op("Calls upon", " transport companies to stop paying drivers by the trip or by the kilometre;",
             [F("numbering", 'operative clause shows no number: its paragraph sets w:numId 0 over the numbering of '
                'its style "Operative Clause"; expected «3.» (UN-B07, MUN-F05)')], style="OperativeClause",
             num=(0, 0)),
          op("Recommends", " that digital tachographs be read at border crossings;", style="OperativeClause"),
          op("Invites", " the regional commissions to harmonize the rules on driving hours along each corridor;",
             [F("numbering", 'operative clause 5 shows "1." again (the paragraph starts a new w:num with '
                'w:startOverride 1 in the middle of the list; the page reads "1." "2." (no number) "3." "1." "2."); '
                'expected «5.» (UN-B07, MUN-F05)')], style="OperativeClause", num=(2, 0)),
          op("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
             "eighty-second session.", style="OperativeClause", num=(2, 0))]
    return Draft("en-n04-style-numbering-hidden-number-bullet-subs-restart-mid-list", "en", B, n, styles)


# ---------------------------------------------------------------- en-n05: clean; numStyleLink, style with ilvl, suff space
def en_n05() -> Draft:
    n = Numbering()
    n.abstracts[10] = Abstract([Lvl("decimal", "%1.", 720, pstyle="ResolutionClause", suff="space"),
                                Lvl("lowerLetter", "(%2)", 1440, 720, pstyle="ResolutionSubclause"),
                                Lvl("lowerRoman", "(%3)", 2160, 720)], style_link="ResolutionList")
    n.abstracts[11] = Abstract(num_style_link="ResolutionList")
    n.nums[3] = Num(10)
    n.nums[4] = Num(11)
    styles = [Style("ResolutionList", "Resolution List", (3, None), kind="numbering"),
              Style("ResolutionClause", "Resolution Clause", (4, 0)),
              Style("ResolutionSubclause", "Resolution Subclause", (4, 1))]
    B = heading("Economic and Social Council", "Registering voters who have no fixed address",
                "Colombia, Kenya, Sweden", "Argentina, Bangladesh, Estonia, Senegal",
                "The Economic and Social Council")
    B += [led("Recalling", " article 25 of the International Covenant on Civil and Political Rights,"),
          led("Concerned", " that people without a fixed address, including homeless people, seasonal workers and "
              "people displaced within their own country, are often left off the electoral roll,"),
          led("Noting", " that several States allow such voters to register at a shelter, a social service office "
              "or another address that they name,")]
    B += [op("Encourages", " Member States to review the address rules of their electoral rolls;",
             style="ResolutionClause"),
          op("Calls upon", " electoral authorities to:", style="ResolutionClause"),
          plain("accept a declaration of the place where a voter usually sleeps;", style="ResolutionSubclause"),
          plain("send registration teams to shelters and seasonal work sites before each election;",
                style="ResolutionSubclause"),
          op("Invites", " civil society organizations to help voters without a fixed address to register;",
             style="ResolutionClause"),
          op("Requests", " the Secretary-General to report to the Council at its next session.",
             style="ResolutionClause")]
    return Draft("en-n05-clean-num-style-link-style-levels-suff-space", "en", B, n, styles)


# ---------------------------------------------------------------- zh-n06: decimalZero clauses, glued Chinese sub-labels
def zh_n06() -> Draft:
    n = Numbering()
    n.abstracts[1] = Abstract([Lvl("decimalZero", "%1.", 420, 420),
                               Lvl("lowerLetter", "（%2）", 840, 420, suff="nothing")])
    n.nums[1] = Num(1)

    def zero(k: int) -> F:
        return F("numbering", f'Word 显示 "0{k}."（numFmt decimalZero）；执行段编号应为 «{k}.» (UN-B07, ZH-B03)')

    B = zh_heading("世界卫生大会", "减少盐的摄入，预防高血压", "芬兰、中国、智利", "葡萄牙、英国、土耳其、越南",
                   "世界卫生大会")
    B += [led("关切地注意到", "世界上大多数成年人每天摄入的盐远远超过建议的数量，", emph="u"),
          led("认识到", "过量摄入钠是高血压、心脏病和中风的主要原因之一。", [
              F("preambular-end-mark", '序言性条款以 "。" 结尾；应为 «，» (UN-B05, ZH-B02, ZH-B05)')], emph="u"),
          led("又认识到", "加工食品、酱料和街头食品中的盐往往不为消费者所知，", emph="u")]
    B += [op("鼓励", "会员国为面包、腌制食品和方便面等食品设定逐年降低的含盐量目标；", [zero(1)], num=(1, 0)),
          op("促请", "各国卫生部门：", [zero(2)], num=(1, 0)),
          plain("在预包装食品正面用醒目的标识注明含盐量；", num=(1, 1)),
          plain("在学校和医院食堂提供低盐饭菜；", num=(1, 1)),
          op("建议", "餐馆和食品企业使用低钠盐等替代品；", [zero(3)], num=(1, 0)),
          op("请", "总干事就本决议的执行情况向第八十一届世界卫生大会提交报告。", [zero(4)], num=(1, 0))]
    return Draft("zh-n06-decimal-zero-clause-numbers-suff-nothing-subs", "zh", B, n, ea_font="宋体")


# ---------------------------------------------------------------- zh-n07: clean; preamble in the numbered style with numId 0
def zh_n07() -> Draft:
    n = Numbering()
    n.abstracts[1] = Abstract([Lvl("decimal", "%1.", 420, 420, pstyle="JueyiTiaokuan", suff="space"),
                               Lvl("lowerLetter", "(%2)", 840, 420, pstyle="Zitiaokuan")])
    n.nums[1] = Num(1)
    styles = [Style("JueyiTiaokuan", "决议条款", (1, 0)), Style("Zitiaokuan", "子条款", (1, 1))]
    B = zh_heading("联合国大会第二委员会", "规范河道采砂，保护河流生态", "柬埔寨、孟加拉国、德国",
                   "老挝、荷兰、乌干达、印度尼西亚", "大会")
    B += [P([R("关切地注意到", u=True), R("无序的河道采砂使河床下切、堤岸坍塌，并危及桥梁和取水设施的安全，")],
            style="JueyiTiaokuan", num=(0, 0)),
          P([R("认识到", u=True), R("砂石是建筑业需求量最大的原材料之一，而河流补给泥沙的速度远低于开采速度，")],
            style="JueyiTiaokuan", num=(0, 0)),
          P([R("欢迎", u=True), R("联合国环境规划署关于砂石资源可持续管理的报告，")], style="JueyiTiaokuan",
            num=(0, 0))]
    B += [op("促请", "会员国划定禁采区和禁采期，并公布获准采砂的河段和数量；", style="JueyiTiaokuan"),
          op("鼓励", "各国：", style="JueyiTiaokuan"),
          plain("利用卫星图像和船舶定位数据监测采砂活动；", style="Zitiaokuan"),
          plain("推广使用建筑垃圾再生骨料和机制砂；", style="Zitiaokuan"),
          op("邀请", "流域各国在跨界河流的采砂管理方面交流信息；", style="JueyiTiaokuan"),
          op("请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", style="JueyiTiaokuan")]
    return Draft("zh-n07-clean-numbered-style-preamble-num-id-zero", "zh", B, n, styles, ea_font="宋体")


DRAFTS = [en_n01, en_n02, en_n03, en_n04, en_n05, zh_n06, zh_n07]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            labels = d.numbering.labels(d.paras, d.style_map()) if d.numbering else {}
            print(f"== {d.name}")
            for k, p in enumerate(d.paras, 1):
                marks = "; ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{k:3} {labels.get(k, ''):>12}{p.text}  {marks}")
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
        faults = [{"paragraph": k, "kind": f.kind, "note": f.note} for k, p in enumerate(d.paras, 1) for f in p.faults]
        annotations[f"{d.name}.docx"] = {"faults": faults}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
