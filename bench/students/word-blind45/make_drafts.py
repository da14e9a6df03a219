"""Build the blind set word-blind45 (multilevel lists a delegate defined with Word's "Define New Multilevel List").

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # each body paragraph: index, style, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF and PNG pages of each draft (LibreOffice, pdftoppm)

Every list here is one abstractNum whose levels were set by hand in the dialog: number format per level, "Legal
style numbering" (w:isLgl), "Follow number with" (w:suff tab / space / nothing), "Restart list after" (w:lvlRestart),
"Link level to style" (w:pStyle in the level, and the style's own w:numPr), "Start at" 0 or 2, a level hidden by
w:vanish in its rPr, lvlText with words in it ("第%1条"), Chinese number formats (chineseCounting).

python-docx gives the package (its default template); numbering.xml, the linked paragraph styles and every paragraph
are written with lxml by this script's helpers (nothing imported from drafter or from another set's script). Faults
are marked F(kind, note) next to the paragraph that carries them; the paragraph index is the 1-based index of the
body's w:p, checked again on the saved file.

Labels (ECMA-376 part 1, 17.9) as labels() computes them: one counter per level of the abstractNum; a level starts at
its w:start; a paragraph at level k resets the deeper levels whose w:lvlRestart allows it (default: every deeper
level; lvlRestart 0: never; lvlRestart n: only after a paragraph at level n-1 or shallower); isLgl shows every %n of
that level's text in decimal; a level with w:vanish shows no label.
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
ZH_DIGITS = "〇一二三四五六七八九"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def node(tag: str, attrs: dict[str, str] | None = None, *kids: etree._Element) -> etree._Element:
    out = etree.Element(w(tag))
    for key, value in (attrs or {}).items():
        out.set(w(key), str(value))
    out.extend(kids)
    return out


@dataclass
class F:
    kind: str
    note: str


@dataclass
class Run:
    text: str
    i: bool = False
    u: bool = False
    b: bool = False

    def xml(self) -> etree._Element:
        r = node("r")
        rpr = node("rPr")
        for flag, tag in ((self.b, "b"), (self.i, "i")):
            if flag:
                rpr.append(node(tag))
        if self.u:
            rpr.append(node("u", {"val": "single"}))
        if len(rpr):
            r.append(rpr)
        for k, part in enumerate(self.text.split("\t")):
            if k:
                r.append(node("tab"))
            if part:
                t = node("t")
                t.text = part
                t.set(XML_SPACE, "preserve")
                r.append(t)
        return r


@dataclass
class Para:
    runs: list[Run]
    faults: list[F] = field(default_factory=list)
    style: str | None = None
    ilvl: int | None = None        # direct numPr on the paragraph (numId 1), else the style's
    jc: str | None = None

    def xml(self) -> etree._Element:
        p = node("p")
        ppr = node("pPr")
        if self.style:
            ppr.append(node("pStyle", {"val": self.style}))
        if self.ilvl is not None:
            ppr.append(node("numPr", None, node("ilvl", {"val": str(self.ilvl)}), node("numId", {"val": "1"})))
        if self.jc:
            ppr.append(node("jc", {"val": self.jc}))
        if len(ppr):
            p.append(ppr)
        p.extend(r.xml() for r in self.runs)
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Level:
    fmt: str
    text: str
    left: int
    hanging: int = 360
    start: int = 1
    suff: str | None = None        # None = tab (Word writes nothing for tab)
    restart: int | None = None     # w:lvlRestart
    legal: bool = False            # w:isLgl
    hidden: bool = False           # w:vanish in the level's rPr
    style: str | None = None       # "Link level to style"

    def xml(self, ilvl: int) -> etree._Element:
        lvl = node("lvl", {"ilvl": str(ilvl)})
        lvl.append(node("start", {"val": str(self.start)}))
        lvl.append(node("numFmt", {"val": self.fmt}))
        if self.restart is not None:
            lvl.append(node("lvlRestart", {"val": str(self.restart)}))
        if self.style:
            lvl.append(node("pStyle", {"val": self.style}))
        if self.legal:
            lvl.append(node("isLgl"))
        if self.suff:
            lvl.append(node("suff", {"val": self.suff}))
        lvl.append(node("lvlText", {"val": self.text}))
        lvl.append(node("lvlJc", {"val": "left"}))
        lvl.append(node("pPr", None, node("ind", {"left": str(self.left), "hanging": str(self.hanging)})))
        if self.hidden:
            lvl.append(node("rPr", None, node("vanish")))
        return lvl


def roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


def zh_count(n: int) -> str:
    if n < 10:
        return ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else ZH_DIGITS[tens]) + "十" + (ZH_DIGITS[ones] if ones else "")


def show(fmt: str, n: int) -> str:
    return {"decimal": str, "lowerLetter": lambda k: chr(96 + k), "lowerRoman": roman,
            "chineseCounting": zh_count}[fmt](n)


@dataclass
class Draft:
    name: str
    lang: str
    levels: list[Level]
    paras: list[Para]
    style_names: dict[str, str] = field(default_factory=dict)   # linked paragraph styles: id -> name

    def level_of(self, p: Para) -> int | None:
        if p.ilvl is not None:
            return p.ilvl
        for k, lvl in enumerate(self.levels):
            if lvl.style and lvl.style == p.style:
                return k
        return None

    def labels(self, lo: bool = False) -> list[str]:
        """The label of each paragraph as Word shows it, or (lo) as LibreOffice 7 shows it: it ignores w:isLgl,
        w:lvlRestart (every deeper level restarts) and w:vanish in a level's rPr."""
        count = [lvl.start - 1 for lvl in self.levels]
        out = []
        for p in self.paras:
            k = self.level_of(p)
            if k is None:
                out.append("")
                continue
            count[k] += 1
            for deeper in range(k + 1, len(self.levels)):
                r = self.levels[deeper].restart
                if lo or r is None or (r > 0 and k <= r - 1):
                    count[deeper] = self.levels[deeper].start - 1
            lvl = self.levels[k]
            text = lvl.text
            for j in range(k + 1):
                shown = count[j] if count[j] >= 0 else 0
                fmt = "decimal" if lvl.legal and not lo else self.levels[j].fmt
                text = text.replace(f"%{j + 1}", show(fmt, shown) if shown or fmt == "decimal" else "0")
            out.append("" if lvl.hidden and not lo else text)
        return out


# ---- paragraphs -------------------------------------------------------------------------------------------------

def plain(text: str, *faults: F, **kw) -> Para:
    return Para([Run(text)], list(faults), **kw)


def pre(lead: str, rest: str, *faults: F, zh: bool = False, **kw) -> Para:
    return Para([Run(lead, i=not zh, u=zh), Run(rest)], list(faults), **kw)


def op(lead: str, rest: str, *faults: F, **kw) -> Para:
    return Para([Run(lead, u=True), Run(rest)], list(faults), **kw)


def en_heading(committee: str, topic: str, sponsors: str, signatories: str, organ: str) -> list[Para]:
    return [plain(f"Committee: {committee}"), plain(f"Topic: {topic}"), plain(f"Sponsors: {sponsors}"),
            plain(f"Signatories: {signatories}"), Para([Run(organ, i=True)])]


def zh_heading(committee: str, topic: str, sponsors: str, signatories: str, organ: str) -> list[Para]:
    return [Para([Run("决议草案", b=True)], jc="center"), plain(f"委员会：{committee}"), plain(f"议题：{topic}"),
            plain(f"起草国：{sponsors}"), plain(f"附议国：{signatories}"), Para([Run(organ, b=True)])]


# ---- the drafts -------------------------------------------------------------------------------------------------

def en_m01() -> Draft:
    """Level 2 given the number format "%1.%2" with the style "a, b, c" and "Legal style numbering" ticked: Word
    shows "2.1" (isLgl), LibreOffice "2.a"; a clause-style label on a sub-clause either way."""
    levels = [Level("decimal", "%1.", 720), Level("lowerLetter", "%1.%2", 1440, legal=True),
              Level("lowerRoman", "(%3)", 2160)]
    paras = en_heading("Economic and Social Council (ECOSOC)", "Rural libraries as centres of digital literacy",
                       "Estonia, Kenya, Uruguay", "Bhutan, Georgia, Ghana, Nepal, Paraguay, Tunisia",
                       "The Economic and Social Council,")

    def legal(label: str, right: str) -> F:
        return F("sub-clause-label", f'sub-clause on level 2 of the defined list, number format "%1.%2" with '
                 f'"Legal style numbering" ticked: LibreOffice shows "{label.replace("1", "a").replace("2", "b")}" '
                 f'(it ignores w:isLgl), Word "{label}"; either way a clause number joined to the sub-clause\'s own, '
                 f'not a sub-clause label; «{right}» (MUN-F06, UN-B10)')
    paras += [
        pre("Recognizing", " that in many rural districts the public library is the only place with a free "
            "connection to the Internet,"),
        pre("Concerned", " that older people in villages are often unable to use online public services,"),
        op("Encourages", " Member States to keep rural libraries open in the evening and at weekends;", ilvl=0),
        op("Calls upon", " national library services to offer free courses on:", ilvl=0),
        plain("using a computer and a smartphone safely;", legal("2.1", "(a)"), ilvl=1),
        plain("filling in forms of public services online;", legal("2.2", "(b)"), ilvl=1),
        op("Invites", " telecommunications companies to connect rural libraries at a reduced price;", ilvl=0),
        op("Recommends", " that librarians be trained to help visitors who:", ilvl=0),
        plain("cannot read well, in particular by:", legal("4.1", "(a)"), ilvl=1),
        plain("reading official letters aloud with them;", ilvl=2),
        plain("showing them how to use screen readers;", ilvl=2),
        plain("do not speak the official language of the State;", legal("4.2", "(b)"), ilvl=1),
        op("Decides", " to consider the question at its next session.", ilvl=0),
    ]
    return Draft("en-m01-define-new-list-legal-style-letters-under-clause-number", "en", levels, paras)


def en_m02() -> Draft:
    """"Start at" 0 on level 1 and "Restart list after" unticked on level 2 (w:lvlRestart 0: Word only)."""
    levels = [Level("decimal", "%1.", 720, start=0, suff="space"), Level("lowerLetter", "%2)", 1440, restart=0),
              Level("lowerRoman", "%3.", 2160, hanging=180)]
    paras = en_heading("Food and Agriculture Organization (FAO)", "Losses of honeybee colonies",
                       "Argentina, Slovenia, Turkey", "Austria, Chile, Ethiopia, Hungary, New Zealand, Uganda",
                       "The Food and Agriculture Organization,")
    paras += [
        pre("Alarmed", " by the high winter losses of honeybee colonies reported by beekeepers in many regions,"),
        pre("Aware", " that the varroa mite and the viruses it carries weaken colonies,"),
        op("Encourages", " Member States to count the colonies lost each winter in a national survey;", F(
            "numbering", 'the first operative clause shows "0." ("Start at" was set to 0 for level 1 in Define New '
            'Multilevel List, w:start 0); operative clauses are numbered from «1.» (UN-B07, MUN-F05); the '
            'following clauses show "1." "2." … only because of this start value'), ilvl=0),
        op("Calls upon", " beekeepers' associations to:", ilvl=0),
        plain("share their methods of treating the varroa mite;", ilvl=1),
        plain("report unusual losses to veterinary services;", ilvl=1),
        op("Recommends", " that farmers spray pesticides in the evening, when bees do not fly;", ilvl=0),
        op("Requests", " the Food and Agriculture Organization to publish guidance that:", ilvl=0),
        # "Restart list after" unticked for level 2 (w:lvlRestart 0): Word shows "c)" "d)" here, LibreOffice
        # (which ignores lvlRestart) "a)" "b)"; judged on LibreOffice's page: no fault (see README)
        plain("explains how to keep colonies healthy through the winter;", ilvl=1),
        plain("lists the plants that feed bees in each climate zone, such as:", ilvl=1),
        plain("clover and lucerne;", ilvl=2),
        plain("lime and chestnut trees;", ilvl=2),
        op("Decides", " to remain seized of the matter.", ilvl=0),
    ]
    return Draft("en-m02-start-at-0-sub-level-never-restarts", "en", levels, paras)


def en_m03() -> Draft:
    """Level 1 hidden (w:vanish) and linked to a "Preamble" style, level 2 "%2." linked to "Operative", level 3 left
    at the dialog's "%2.%3."."""
    levels = [Level("decimal", "%1.", 0, hanging=0, hidden=True, style="Preamble"),
              Level("decimal", "%2.", 720, style="Operative"),
              Level("decimal", "%2.%3.", 1440, hanging=720, style="SubClause")]
    styles = {"Preamble": "Preamble", "Operative": "Operative", "SubClause": "Sub Clause"}
    paras = en_heading("United Nations Environment Assembly (UNEA)", "Dust from quarries near towns and villages",
                       "Ireland, Morocco, Viet Nam", "Croatia, Jordan, Malaysia, Namibia, Norway, Peru",
                       "The United Nations Environment Assembly,")

    def hide(label: str) -> F:
        return F("numbering", f'preambular clause in the style "Preamble", linked to level 1 of the list, whose number '
                 f'is hidden in Word (w:vanish in the level\'s rPr); LibreOffice ignores the hiding and shows '
                 f'"{label}" before the clause; preambular clauses are not numbered (UN-B05, MUN-F04)')

    def left(label: str, right: str) -> F:
        return F("sub-clause-label", f'sub-clause on level 3 of the defined list, whose number format was left at '
                 f'"%2.%3." ("1.1" style): it shows "{label}" like a clause number; sub-clauses are lettered, '
                 f'«{right}» (MUN-F06, UN-B10)')
    paras += [
        pre("Noting", " that quarries close to houses raise fine dust that settles on gardens, roofs and water "
            "tanks,", hide("1."), style="Preamble"),
        pre("Concerned", " that children living near quarries suffer more often from asthma,", hide("2."),
            style="Preamble"),
        op("Urges", " Member States to require a strip of trees between every quarry and the nearest houses;",
           style="Operative"),
        op("Recommends", " that quarry operators:", style="Operative"),
        plain("spray water on haul roads in dry weather;", left("2.1.", "(a)"), style="SubClause"),
        plain("cover the loads of trucks leaving the site;", left("2.2.", "(b)"), style="SubClause"),
        plain("stop blasting on days of strong wind;", left("2.3.", "(c)"), style="SubClause"),
        op("Calls upon", " local authorities to measure the dust in the air of villages near quarries and to publish "
           "the results;", style="Operative"),
        op("Decides", " to review the question at its next session.", style="Operative"),
    ]
    return Draft("en-m03-hidden-preamble-level-sub-level-left-2-1", "en", levels, paras, styles)


def en_m04() -> Draft:
    """Clean: levels linked to styles, "Follow number with" Space on level 1, restarts set explicitly."""
    levels = [Level("decimal", "%1.", 360, suff="space", style="OpClause"),
              Level("lowerLetter", "(%2)", 1080, restart=1, style="OpSub"),
              Level("lowerRoman", "(%3)", 1800, restart=2, style="OpSubSub")]
    styles = {"OpClause": "Op Clause", "OpSub": "Op Sub", "OpSubSub": "Op Sub Sub"}
    paras = en_heading("Human Rights Council", "Access to tactile maps and Braille signs in public transport",
                       "Portugal, Rwanda, Thailand", "Argentina, Bulgaria, Cabo Verde, Jamaica, Latvia, Mongolia",
                       "The Human Rights Council,")
    paras += [
        pre("Reaffirming", " the right of persons with disabilities to move freely and independently,"),
        pre("Noting", " that few railway and bus stations offer tactile maps or signs in Braille,"),
        op("Encourages", " Member States to install tactile guide paths in all new stations;", style="OpClause"),
        op("Calls upon", " transport operators to:", style="OpClause"),
        plain("mark the number of each platform in Braille;", style="OpSub"),
        plain("announce every stop by voice, in particular:", style="OpSub"),
        plain("on buses without a display;", style="OpSubSub"),
        plain("on night trains;", style="OpSubSub"),
        plain("train their staff to guide blind passengers;", style="OpSub"),
        op("Invites", " organizations of blind persons to test new stations before they open, by:", style="OpClause"),
        plain("walking the routes from the entrance to each platform;", style="OpSub"),
        plain("reporting the signs that cannot be found by touch;", style="OpSub"),
        op("Decides", " to remain seized of the matter.", style="OpClause"),
    ]
    return Draft("en-m04-clean-style-linked-levels-space-after-number", "en", levels, paras, styles)


def zh_m05() -> Draft:
    """Level 1 defined as "第%1条" in chineseCounting ("第一条"), sub-clauses "(a)" (right)."""
    levels = [Level("chineseCounting", "第%1条", 420, hanging=420, suff="space", style="TiaoKuan"),
              Level("lowerLetter", "(%2)", 840, hanging=420), Level("lowerRoman", "(%3)", 1260, hanging=420)]
    styles = {"TiaoKuan": "条款"}
    paras = zh_heading("世界卫生组织", "青少年使用电子烟的问题", "芬兰、新加坡、墨西哥", "巴西、印度、泰国、荷兰、乌干达、斯里兰卡",
                       "世界卫生大会，")

    def tiao(shown: str, right: str) -> F:
        return F("numbering", f'行动性条款的编号在“定义新多级列表”中设为“第%1条”（编号样式“一, 二, 三”），显示为 '
                 f'"{shown}"；行动性条款应以阿拉伯数字加点编号 «{right}» (UN-B07, ZH-B03)')
    paras += [
        pre("关切地注意到", "越来越多的中学生使用带有水果和糖果口味的电子烟，", zh=True),
        pre("认识到", "电子烟中的尼古丁会使青少年很快成瘾，", zh=True),
        op("敦促", "各会员国禁止向未成年人出售电子烟；", tiao("第一条", "1."), style="TiaoKuan"),
        op("呼吁", "各会员国限制电子烟的广告，特别是：", tiao("第二条", "2."), style="TiaoKuan"),
        plain("在社交媒体上针对青少年的广告；", ilvl=1),
        plain("在学校附近商店中的广告；", ilvl=1),
        op("建议", "学校把电子烟的危害纳入健康教育课程；", tiao("第三条", "3."), style="TiaoKuan"),
        op("请", "世界卫生组织收集各国关于青少年使用电子烟的数据，并：", tiao("第四条", "4."), style="TiaoKuan"),
        plain("每两年发布一份报告；", ilvl=1),
        plain("向会员国提供监管方面的建议。", ilvl=1),
    ]
    return Draft("zh-m05-chinese-counting-di-tiao-clauses", "zh", levels, paras, styles)


def zh_m06() -> Draft:
    """Clause 1 typed by hand, the list defined with "Start at" 2 (right); level 2 "(a)" followed by Nothing (right);
    level 3 left at "%3)" in decimal."""
    levels = [Level("decimal", "%1.", 420, hanging=420, start=2),
              Level("lowerLetter", "(%2)", 840, hanging=420, suff="nothing"),
              Level("decimal", "%3)", 1260, hanging=420)]
    paras = zh_heading("国际劳工组织", "网约车司机的劳动保障", "西班牙、南非、印度尼西亚", "埃及、法国、哥伦比亚、韩国、肯尼亚、葡萄牙",
                       "国际劳工组织大会，")

    def dec(shown: str, right: str) -> F:
        return F("sub-clause-label", f'第二级子条款所在的第 3 级编号格式保留为阿拉伯数字 "%3)"，显示为 "{shown}"；'
                 f'子条款应以英文字母或罗马数字编号，此处为 «{right}» (ZH-B04, UN-B10)')
    paras += [
        pre("注意到", "通过手机应用接单的网约车司机人数在许多国家迅速增加，", zh=True),
        pre("关切", "许多网约车司机没有工伤保险和养老保险，", zh=True),
        Para([Run("1.\t"), Run("鼓励", u=True), Run("各会员国明确网约车平台与司机之间的劳动关系；")]),
        op("呼吁", "网约车平台：", ilvl=0),
        plain("公开计算司机报酬的规则；", ilvl=1),
        plain("为司机购买工伤保险，包括：", ilvl=1),
        plain("驾驶途中发生的交通事故；", dec("1)", "(i)"), ilvl=2),
        plain("因连续长时间驾驶导致的疾病；", dec("2)", "(ii)"), ilvl=2),
        op("建议", "各会员国规定司机每天连续驾驶的最长时间；", ilvl=0),
        op("决定", "继续审议这一问题。", ilvl=0),
    ]
    return Draft("zh-m06-typed-first-clause-start-at-2-decimal-third-level", "zh", levels, paras)


DRAFTS = [en_m01, en_m02, en_m03, en_m04, zh_m05, zh_m06]


# ---- writing ----------------------------------------------------------------------------------------------------

def add_linked_style(styles: etree._Element, style_id: str, name: str, ilvl: int) -> None:
    """A paragraph style linked to a level: its pPr carries the list's numPr (Word writes both directions)."""
    num_pr = node("numPr", None, node("ilvl", {"val": str(ilvl)}), node("numId", {"val": "1"}))
    if ilvl == 0:
        num_pr.remove(num_pr[0])
    styles.append(node("style", {"type": "paragraph", "customStyle": "1", "styleId": style_id},
                       node("name", {"val": name}), node("basedOn", {"val": "Normal"}), node("qFormat"),
                       node("pPr", None, num_pr)))


def build(d: Draft, out: Path) -> None:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman" if d.lang == "en" else "SimSun"
    normal.element.get_or_add_rPr().find(w("rFonts")).set(w("eastAsia"), "SimSun")
    normal.font.size = docx.shared.Pt(12)
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    abstract = node("abstractNum", {"abstractNumId": "0"}, node("multiLevelType", {"val": "multilevel"}))
    abstract.extend(lvl.xml(k) for k, lvl in enumerate(d.levels))
    numbering.append(abstract)
    numbering.append(node("num", {"numId": "1"}, node("abstractNumId", {"val": "0"})))
    for k, lvl in enumerate(d.levels):
        if lvl.style:
            add_linked_style(doc.styles.element, lvl.style, d.style_names[lvl.style], k)
    for p in d.paras:
        sect.addprevious(p.xml())
    doc.save(out)
    saved = docx.Document(out).element.body.findall(w("p"))
    assert len(saved) == len(d.paras), (d.name, len(saved), len(d.paras))


def annotations(drafts: list[Draft]) -> str:
    data = {f"{d.name}.docx": {"faults": [{"paragraph": k, "kind": f.kind, "note": f.note}
                                          for k, p in enumerate(d.paras, 1) for f in p.faults]} for d in drafts}
    head = "# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    drafts = [make() for make in DRAFTS]
    if "--list" in argv:
        for d in drafts:
            print(f"== {d.name}")
            for k, (p, label, lo) in enumerate(zip(d.paras, d.labels(), d.labels(lo=True)), 1):
                marks = "".join(f"  <<{f.kind}>>" for f in p.faults)
                print(f"{k:3} {p.style or '':10} {label:7} {lo:7} {p.text[:56]}{marks}")
        return
    if "--render" in argv:
        target = Path(argv[argv.index("--render") + 1])
        target.mkdir(parents=True, exist_ok=True)
        for d in drafts:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(target),
                            str(HERE / f"{d.name}.docx")], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(target / f"{d.name}.pdf"), str(target / d.name)],
                           check=True)
            subprocess.run(["pdftotext", "-layout", str(target / f"{d.name}.pdf")], check=True)
        return
    for d in drafts:
        build(d, HERE / f"{d.name}.docx")
    (HERE / "annotations.yaml").write_text(annotations(drafts), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
