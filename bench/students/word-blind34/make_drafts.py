"""Build the word-blind34 drafts: characters Word keeps outside w:t (symbols, tabs, breaks).

Six drafts (four English, two Chinese), typed for this set (helper word-blind34, round 20). Their text holds what
Word stores beside w:t: bullets and check marks inserted as symbols (w:sym w:font="Symbol" / "Wingdings"
w:char="F0B7" / "F0FC" / "F0A7") used as sub-clause labels; a label followed by a tab (w:tab) in a paragraph with a
hanging indent and a tab stop (w:tabs) aligning the text; positional tabs (w:ptab); a page or column break
(w:br w:type="page" / "column") inside a clause; a carriage return (w:cr); w:lastRenderedPageBreak inside a lead
word; a SYMBOL field whose stored result is a w:sym; a paragraph hidden by its style (w:vanish) whose lead is in a
character style that turns w:vanish off, and a template instruction hidden by its style altogether.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the
marks. Paragraph = 1-based index of the body's w:p in document order (hidden paragraphs included). Nothing of
drafter is imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # every body paragraph with its index and text (marks shown)
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
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
# characters of a run's text written as elements of their own
TAB, BR, CR, PAGE, COL, LRPB, PTAB = "\t", "\n", "\r", "\f", "\v", "¦", "⇥"


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
class F:
    kind: str
    note: str


@dataclass
class T:
    """Text of one run; the characters above become w:tab, w:br, w:cr, w:lastRenderedPageBreak, w:ptab."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    cstyle: str | None = None


@dataclass
class Sym:
    """A symbol inserted with Insert › Symbol (w:sym), or as a SYMBOL field whose result is that w:sym."""
    font: str
    char: str
    field_code: int | None = None


@dataclass
class P:
    parts: list
    faults: list[F] = field(default_factory=list)
    ind: tuple[int, int] | None = None  # (left, hanging) in twips
    tabs: tuple[int, ...] = ()  # left tab stops
    style: str | None = None
    jc: str | None = None


class Draft:
    def __init__(self, lang: str) -> None:
        self.lang = lang
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
            add(normal.element.rPr, "w:lang", val="en-US", eastAsia="zh-CN")
        normal.paragraph_format.space_after = Pt(6)
        # a template's instruction style, hidden (Word: Font › Hidden), and a character style for leads that shows
        note = self.doc.styles.add_style("Template Note", WD_STYLE_TYPE.PARAGRAPH)
        note.base_style = normal
        note.font.color.rgb = docx.shared.RGBColor(0x80, 0x80, 0x80)
        note.font.hidden = True
        lead = self.doc.styles.add_style("Clause Lead", WD_STYLE_TYPE.CHARACTER)
        lead.font.italic = True
        lead.font.hidden = False  # writes w:vanish w:val="0"
        self.marks: list[tuple[etree._Element, F]] = []

    def style_id(self, name: str) -> str:
        return self.doc.styles[name].style_id

    def run(self, parent: etree._Element, part: T) -> None:
        r = add(parent, "w:r")
        rpr = add(r, "w:rPr")
        if part.cstyle:
            add(rpr, "w:rStyle", val=self.style_id(part.cstyle))
        if part.b:
            add(rpr, "w:b")
        if part.i:
            add(rpr, "w:i")
        if part.u:
            add(rpr, "w:u", val="single")
        if len(rpr) == 0:
            r.remove(rpr)
        buf = ""

        def flush() -> None:
            nonlocal buf
            if buf:
                t = add(r, "w:t")
                t.text = buf
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                buf = ""

        for ch in part.text:
            if ch in (TAB, BR, CR, PAGE, COL, LRPB, PTAB):
                flush()
                if ch == TAB:
                    add(r, "w:tab")
                elif ch == BR:
                    add(r, "w:br")
                elif ch == CR:
                    add(r, "w:cr")
                elif ch == PAGE:
                    add(r, "w:br", type="page")
                elif ch == COL:
                    add(r, "w:br", type="column")
                elif ch == LRPB:
                    add(r, "w:lastRenderedPageBreak")
                else:
                    add(r, "w:ptab", relativeTo="margin", alignment="right", leader="none")
            else:
                buf += ch
        flush()

    def sym(self, parent: etree._Element, s: Sym) -> None:
        def sym_run() -> etree._Element:
            r = mk("w:r")
            add(r, "w:sym", font=s.font, char=s.char)
            return r

        if s.field_code is None:
            parent.append(sym_run())
            return
        r = add(parent, "w:r")
        add(r, "w:fldChar", fldCharType="begin")
        r = add(parent, "w:r")
        ins = add(r, "w:instrText")
        ins.text = f' SYMBOL {s.field_code} \\f "{s.font}" \\s 12 '
        ins.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r = add(parent, "w:r")
        add(r, "w:fldChar", fldCharType="separate")
        parent.append(sym_run())
        r = add(parent, "w:r")
        add(r, "w:fldChar", fldCharType="end")

    def para(self, p: P) -> etree._Element:
        e = mk("w:p")
        ppr = add(e, "w:pPr")
        if p.style:
            add(ppr, "w:pStyle", val=self.style_id(p.style))
        if p.tabs:
            tabs = add(ppr, "w:tabs")
            for pos in p.tabs:
                add(tabs, "w:tab", val="left", pos=str(pos))
        if p.ind:
            add(ppr, "w:ind", left=str(p.ind[0]), hanging=str(p.ind[1]))
        if p.jc:
            add(ppr, "w:jc", val=p.jc)
        if len(ppr) == 0:
            e.remove(ppr)
        for part in p.parts:
            if isinstance(part, Sym):
                self.sym(e, part)
            else:
                self.run(e, part)
        for f in p.faults:
            self.marks.append((e, f))
        return e

    def build(self, items: list[P]) -> None:
        last = self.body.find(qn("w:sectPr"))
        for item in items:
            last.addprevious(self.para(item))

    def save(self, path: Path) -> list[dict]:
        self.doc.save(path)
        paras = list(self.body.iter(qn("w:p")))
        index = {id(p): n for n, p in enumerate(paras, 1)}
        check = docx.Document(path)
        assert len(list(check.element.body.iter(qn("w:p")))) == len(paras)
        return [{"paragraph": index[id(e)], "kind": f.kind, "note": f.note} for e, f in self.marks]


# ---------------------------------------------------------------- shapes of paragraphs
OP = dict(ind=(567, 567), tabs=(567,))  # "1." tab text, hanging indent aligned on the tab stop
SUB = dict(ind=(1134, 567), tabs=(1134,))  # "(a)" tab text, one level in
BULLET = Sym("Symbol", "F0B7")
CHECK = Sym("Wingdings", "F0FC")
SQUARE = Sym("Wingdings", "F0A7")


def pre(lead: str, rest: str, u: bool = False) -> list:
    return [T(lead, i=not u, u=u), T(rest)]


def op(n: str, lead: str, rest: str, u: bool = False) -> list:
    return [T(n + TAB), T(lead, i=not u, u=u), T(rest)]


def sub(label: str, text: str) -> list:
    return [T(label + TAB + text)]


def symsub(s: Sym, text: str) -> list:
    return [s, T(TAB + text)]


# ---------------------------------------------------------------- the drafts
def en_s01() -> tuple[str, Draft, list[P]]:
    d = Draft("en")
    items = [
        P([T("Committee: ", b=True), T("Second Committee (Economic and Financial)")]),
        P([T("Topic: ", b=True), T("Protecting pollinators for food security")]),
        P([T("Sponsors: ", b=True), T("Costa Rica, Slovenia, Uganda")]),
        P([T("Signatories: ", b=True), T("Brazil, Denmark, Ethiopia, Japan, Mexico, New Zealand")]),
        P([T("The General Assembly", i=True), T(",")]),
        P(pre("Recognizing", " that three out of four leading food crops depend at least in part on animal "
                             "pollination,")),
        P(pre("Alarmed", " by the decline of wild bee species recorded across several continents,")),
        P(pre("Noting", " the assessment of pollinators, pollination and food production by the "
                        "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services."),
          [F("preambular-end-mark", 'the preambular clause ends "and Ecosystem Services." with a full stop; expected '
                                    "«…Ecosystem Services,» (UN-B05, MUN-F04)")]),
        P(pre("Re" + LRPB + "calling", " the International Day of Bees observed on 20 May,")),
        P(op("1.", "Encourages", " Member States to include pollinator habitats in their national biodiversity "
                                 "strategies and action plans;"), **OP),
        P(op("2.", "Calls upon", " farmers' organizations to share practices that reduce the exposure of bees "
                                 "to" + PAGE + "pesticides during flowering periods;"), **OP),
        P(op("3.", "Requests", " the Food and Agriculture Organization of the United Nations:"), **OP),
        P(symsub(BULLET, "to publish guidance on pollinator-friendly field margins;"), **SUB,
          faults=[F("sub-clause-label", 'the sub-clause is labelled with a bullet "•" (a Symbol character, '
                                        "w:sym F0B7) instead of a letter; expected «(a)» (UN-B10, MUN-F06)")]),
        P(symsub(BULLET, "to support national monitoring of wild pollinators;"), **SUB,
          faults=[F("sub-clause-label", 'the sub-clause is labelled with a bullet "•" (Symbol F0B7) instead of a '
                                        "letter; expected «(b)» (UN-B10, MUN-F06)")]),
        P(symsub(BULLET, "to report on both at the next session of its Conference;"), **SUB,
          faults=[F("sub-clause-label", 'the sub-clause is labelled with a bullet "•" (Symbol F0B7) instead of a '
                                        "letter; expected «(c)» (UN-B10, MUN-F06)")]),
        P(op("4.", "Invites", " Member States to report on the measures taken at its eighty-second session."),
          **OP),
    ]
    return "en-s01-symbol-bullets-as-sub-labels-page-break-in-clause-tab-hanging-indent", d, items


def en_s02() -> tuple[str, Draft, list[P]]:
    d = Draft("en")
    items = [
        P([T("FORUM: ", b=True), T("Economic and Social Council" + PTAB), T("Code: ECOSOC/2.1", b=True)]),
        P([T("QUESTION OF: ", b=True), T("Access to clean cooking fuels in rural households")]),
        P([T("SUBMITTED BY: ", b=True), T("Ghana" + PTAB), T("CO-SUBMITTERS: ", b=True),
           T("Bangladesh, Guatemala, Nepal")]),
        P([T("THE ECONOMIC AND SOCIAL COUNCIL,")]),
        P(pre("Deeply concerned", " that household air pollution from cooking on open fires causes millions of "
                                  "premature deaths each year,")),
        P(pre("Recognizing", " the time that women and girls spend collecting firewood," + CR) +
          pre("Noting", " the goal of universal access to clean cooking by 2030,")),
        P(pre("Aware", " that liquefied petroleum gas, biogas and electric cooking suit different settings,")),
        P(op("1.", "Calls upon", " Member States to phase out subsidies that favour kerosene for cooking;"), **OP),
        P(op("2.", "Encourges", " development banks to finance clean cookstoves through results-based lending;"),
          **OP, faults=[F("misspelt-lead", 'the lead is misspelt "Encourges"; expected «Encourages» (UN-B06)')]),
        P(op("3.", "Recommends", " that national energy agencies:"), **OP),
        P(symsub(CHECK, "map the households still cooking with solid fuels;"), **SUB,
          faults=[F("sub-clause-label", 'the sub-clause is labelled with a check mark (Wingdings F0FC, shown "✓") '
                                        "instead of a letter; expected «a)» (MUN-F06)")]),
        P([Sym("Wingdings", "F0FC", field_code=252), T(TAB + "train local technicians to repair stoves;")], **SUB,
          faults=[F("sub-clause-label", 'the sub-clause is labelled with a check mark (a SYMBOL field whose result '
                                        'is Wingdings F0FC, shown "✓") instead of a letter; expected «b)» (MUN-F06)')]),
        P(symsub(CHECK, "publish the prices of cooking fuels each month;"), **SUB,
          faults=[F("sub-clause-label", 'the sub-clause is labelled with a check mark (Wingdings F0FC, shown "✓") '
                                        "instead of a letter; expected «c)» (MUN-F06)")]),
        P(op("4.", "Requests", " the Secretary-General to report to the Council on progress at its 2028 session."),
          **OP),
    ]
    return "en-s02-check-marks-and-symbol-field-as-sub-labels-positional-tabs-carriage-return", d, items


def en_s03() -> tuple[str, Draft, list[P]]:
    d = Draft("en")
    items = [
        P([T("Draft Resolution 3.4", b=True)], jc="center"),
        P([T("Committee:" + TAB, b=True), T("Commission on Science and Technology for Development")],
          tabs=(1701,)),
        P([T("Topic:" + TAB, b=True), T("Reducing food loss in cold chains")], tabs=(1701,)),
        P([T("Sponsors:" + TAB, b=True), T("India, Kenya, Netherlands")], tabs=(1701,)),
        P([T("Signatories:" + TAB, b=True), T("Chile, Egypt, Finland, Indonesia, Rwanda, Viet Nam")],
          tabs=(1701,)),
        P([T("The Commission on Science and Technology for Development", i=True), T(",")]),
        P(pre("Con" + LRPB + "cerned", " that a large share of fruit and vegetables is lost between harvest and "
                                       "retail,")),
        P([T("Noting", i=True), T(" that vaccines and many foods must be kept between 2 and 8 "),
           Sym("Symbol", "F0B0"), T("C from producer to user,")]),
        P(pre("Recognizing", " the potential of solar-powered cold rooms for farmers without grid power,")),
        P(op("1.", "Encourages", " Member States to include cold storage in their national food loss "
                                 "strategies;"), **OP),
        P(op("2.", "Invites", " research institutions to test low-cost temperature loggers and share the "
                              "results" + COL + "openly;"), **OP),
        P(op("3.", "Recommends", " that development partners:"), **OP),
        P(sub("(a)", "fund cooperative cold rooms at rural markets;"), **SUB),
        P(sub("(b)", "train operators in the upkeep of refrigeration equipment;"), **SUB),
        P(op("4.", "Requests", " the secretariat of the Commission to prepare a report on cold chains for its "
                               "next session."), **OP),
    ]
    return "en-s03-clean-tab-aligned-heading-hanging-indents-column-break-degree-symbol", d, items


def en_s04() -> tuple[str, Draft, list[P]]:
    d = Draft("en")
    items = [
        P([T("Committee: ", b=True), T("Human Rights Council")]),
        P([T("Topic: ", b=True), T("The right to safe housing for persons with disabilities")]),
        P([T("Main Submitter: ", b=True), T("Portugal")]),
        P([T("Co-submitters: ", b=True), T("Argentina, Jamaica, Philippines, Tunisia")]),
        P([T("[Type the body of the resolution below. This note is hidden and does not print.]")],
          style="Template Note"),
        P([T("The Human Rights Council", i=True), T(",")]),
        P(pre("Guided by", " the Convention on the Rights of Persons with Disabilities,")),
        P([T("Emphasizing", cstyle="Clause Lead"),
           T(" that accessible housing allows persons with disabilities to live independently,")],
          style="Template Note",
          faults=[F("other", 'no clause text on the printed page: the paragraph keeps the hidden style "Template '
                             'Note" and only the lead "Emphasizing" (character style with hidden off) prints; '
                             "expected «Emphasizing that accessible housing …,» — the whole clause shown "
                             "(MUN-F04)")]),
        P(pre("Noting with concern", " that few housing codes require step-free entrances,")),
        P(op("1.", "Urges", " Member States to adopt accessibility standards for all new public housing;"), **OP),
        P([BULLET, T(TAB), T("Encourages", i=True), T(" local authorities to fund the adaptation of existing "
                                                       "homes;")], **OP,
          faults=[F("numbering", 'the operative clause is labelled with a bullet "•" (Symbol F0B7) instead of its '
                                 "number; expected «2.» (UN-B07, MUN-F05)")]),
        P(op("3.", "Requests", " the Office of the High Commissioner to collect good practices" + CR +
             "from national human rights institutions;"), **OP),
        P(op("4.", "Decides", " to remain seized of the matter;"), **OP,
          faults=[F("operative-end-mark", 'the last operative clause ends "seized of the matter;" with a semicolon; '
                                          "expected «…seized of the matter.» (UN-B09, MUN-F05)")]),
    ]
    return "en-s04-lead-shown-on-hidden-paragraph-bullet-for-number-template-note-carriage-return", d, items


def zh_s05() -> tuple[str, Draft, list[P]]:
    d = Draft("zh")
    items = [
        P([T("决议草案", b=True)], jc="center"),
        P([T("委员会：", b=True), T("联合国人居署执行局")]),
        P([T("议题：", b=True), T("城市绿地与高温防护")]),
        P([T("起草国：", b=True), T("新加坡、西班牙、埃及")]),
        P([T("附议国：", b=True), T("澳大利亚、哥伦比亚、印度、摩洛哥、越南")]),
        P([T("执行局", b=True), T("，")]),
        P(pre("关切地注意到", "城市热浪的频率和强度正在上升，", u=True)),
        P(pre("认识到", "行道树和公园能够降低街区的气温,", u=True),
          [F("half-width-punctuation-in-chinese", '序言性条款以半角逗号结尾 "降低街区的气温,"；expected «……降低街区的气温，» '
                                                  "(UN-B18, ZH-B02)")]),
        P(pre("回顾", "《新城市议程》中关于公共空间的承诺，", u=True)),
        P(op("1.", "鼓励", "各会员国在城市规划中为绿地和遮荫设定最低标准；", u=True), **OP),
        P(op("2.", "呼吁", "各城市在高温期间向公众开放有空调的" + PAGE + "公共建筑；", u=True), **OP),
        P(op("3.", "请", "人居署：", u=True), **OP),
        P(symsub(SQUARE, "编写关于城市降温措施的指南；"), **SUB,
          faults=[F("sub-clause-label", '子条款以符号 "▪"（Wingdings F0A7）标示，而非字母；expected «(a)» '
                                        "(ZH-B04, UN-B10)")]),
        P(symsub(SQUARE, "协助各城市绘制高温风险地图；"), **SUB,
          faults=[F("sub-clause-label", '子条款以符号 "▪"（Wingdings F0A7）标示；expected «(b)» (ZH-B04, UN-B10)')]),
        P(op("4.", "决定", "在下届会议上审议本决议的执行情况。", u=True), **OP),
    ]
    return "zh-s05-wingdings-squares-as-sub-labels-page-break-in-clause-tab-hanging-indent", d, items


def zh_s06() -> tuple[str, Draft, list[P]]:
    d = Draft("zh")
    items = [
        P([T("委员会：", b=True), T("联合国教育、科学及文化组织大会" + PTAB), T("编号：UNESCO/1.3", b=True)]),
        P([T("议题：", b=True), T("保护非物质文化遗产中的传统手工艺")]),
        P([T("起草国：", b=True), T("秘鲁、蒙古、塞内加尔")]),
        P([T("附议国：", b=True), T("奥地利、不丹、古巴、希腊、约旦")]),
        P([T("【说明：请在下方填写序言性条款，本说明不会打印】")], style="Template Note"),
        P([T("大会", b=True), T("，")]),
        P(pre("回顾", "《保护非物质文化遗产公约》，", u=True)),
        P([T("认" + LRPB + "识到", u=True), T("传统手工艺是许多社区的生计来源，")]),
        P(pre("关切地注意到", "掌握传统技艺的年轻人越来越少，", u=True)),
        P(op("1.", "鼓励", "各会员国将传统手工艺纳入职业教育课程；", u=True), **OP),
        P(op("2.", "呼吁", "各国为手工艺人提供小额信贷和市场渠道；" + CR, u=True), **OP),
        P(op("3.", "请", "教科文组织秘书处：", u=True), **OP),
        P(sub("(a)", "编写手工艺传承的良好做法汇编；"), **SUB),
        P(sub("(b)", "支持各国建立传承人名录；"), **SUB),
        P(op("4.", "决定", "在下届会议上审议本决议的执行情况。", u=True), **OP),
    ]
    return "zh-s06-clean-positional-tab-hidden-template-note-rendered-page-break-in-lead", d, items


DRAFTS = [en_s01, en_s02, en_s03, en_s04, zh_s05, zh_s06]


def shown(p: etree._Element) -> str:
    out = []
    for node in p.iter():
        tag = etree.QName(node).localname
        if tag == "t" or tag == "instrText":
            out.append(node.text if tag == "t" else "{" + (node.text or "") + "}")
        elif tag == "tab" and etree.QName(node.getparent()).localname == "r":
            out.append("→")
        elif tag == "ptab":
            out.append("⇥")
        elif tag == "br":
            out.append({"page": "⟨page⟩", "column": "⟨column⟩"}.get(node.get(qn("w:type")), "⏎"))
        elif tag == "cr":
            out.append("↵")
        elif tag == "lastRenderedPageBreak":
            out.append("¦")
        elif tag == "sym":
            out.append(f"[{node.get(qn('w:font'))} {node.get(qn('w:char'))}]")
    style = p.find(qn("w:pPr") + "/" + qn("w:pStyle"))
    return ("(hidden style) " if style is not None else "") + "".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--render")
    args = ap.parse_args()
    annotations: dict = {}
    for make in DRAFTS:
        name, d, items = make()
        d.build(items)
        path = HERE / f"{name}.docx"
        annotations[path.name] = {"faults": d.save(path)}
        if args.list:
            print(f"== {path.name}")
            for n, p in enumerate(d.body.iter(qn("w:p")), 1):
                print(f"{n:3} {shown(p)}")
        if args.render:
            out = Path(args.render)
            out.mkdir(parents=True, exist_ok=True)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)],
                           check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-r", "50", "-png", str(out / f"{name}.pdf"), str(out / name)], check=True)
    head = ("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based index of the body's w:p "
            "(paragraphs hidden by their style included)\n")
    text = yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(head + text, encoding="utf-8")


if __name__ == "__main__":
    main()
