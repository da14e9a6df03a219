"""Build the drafts of the blind set word-blind51 (drafts laid out in Word tables) and write annotations.yaml.

    python make_drafts.py              # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list       # each body paragraph: index, where it sits (body / cell r,c / nested), text
    python make_drafts.py --render DIR # PDF and PNG pages with LibreOffice

python-docx gives the package (its default template); the Normal style's fonts, the numbering definition and every
body element are written with lxml by the helpers below (nothing of drafter imported). Faults are marked
F(kind, note) next to the paragraph that carries them. Paragraph = the 1-based index of the w:p in document order
among all w:p of the body: table cells' paragraphs count (label cell, then value/text cell, row by row), so do
the paragraphs of nested tables, the empty paragraph Word keeps at the end of a cell after a nested table, the
empty paragraph of a vertically merged cell and empty cells; checked again on the saved file.
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
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *kids: etree._Element) -> etree._Element:
    e = etree.Element(q(tag))
    for k, v in (attrs or {}).items():
        e.set(q(k), v)
    e.extend(kids)
    return e


@dataclass
class F:
    kind: str
    note: str


@dataclass
class R:
    text: str
    i: bool = False
    b: bool = False


@dataclass
class P:
    runs: list[R] = field(default_factory=list)
    faults: list[F] = field(default_factory=list)
    center: bool = False
    num: bool = False  # Word list numbering (numId 7, level 0 "%1.")

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class C:
    blocks: list[P | T]
    span: int = 1
    vmerge: str | None = None  # "restart" / "continue"


@dataclass
class T:
    rows: list[list[C]]
    widths: list[int]


@dataclass
class Draft:
    name: str
    blocks: list[P | T]


def p(*parts: str | R, faults: list[F] | None = None, center: bool = False, num: bool = False) -> P:
    return P([x if isinstance(x, R) else R(x) for x in parts], faults or [], center, num)


def c(*blocks: P | T | str, span: int = 1, vmerge: str | None = None) -> C:
    return C([p(b) if isinstance(b, str) else b for b in blocks], span, vmerge)


def lead(word: str, rest: str, *, zh: bool = False, faults: list[F] | None = None, plain: bool = False) -> P:
    """A clause: its lead emphasised (italic in English, bold in Chinese), then the rest."""
    return p(R(word, i=not zh and not plain, b=zh and not plain), rest, faults=faults)


def it(word: str, zh: bool = False) -> R:
    return R(word, i=not zh, b=zh)


# --------------------------------------------------------------------------------------------------------------
# the drafts

EN1 = Draft("en-t01-clean-youth-skills-heading-table-clauses-label-cells-subs-in-one-cell.docx", [
    p(R("Draft Resolution 3/1", b=True), center=True),
    T([[c(p(R("Committee:", b=True))), c("Second Committee (Economic and Financial)")],
       [c(p(R("Topic:", b=True))), c("Youth skills and decent work in the digital economy")],
       [c(p(R("Sponsors:", b=True))), c("Ghana, Indonesia, Mexico")],
       [c(p(R("Signatories:", b=True))), c("Chile, Fiji, Jordan, Kenya, Norway, Portugal, Viet Nam")]],
      [2200, 7000]),
    p(R("The General Assembly,", i=True)),
    lead("Recalling", " the 2030 Agenda for Sustainable Development, in particular Sustainable Development Goal 8 on "
         "decent work for all,"),
    lead("Noting with concern", " that about one in five young people in the world is not in employment, education "
         "or training,"),
    lead("Recognizing", " that most new jobs, including in agriculture and small trade, now require basic digital "
         "skills,"),
    lead("Aware", " that girls and young women in rural areas are less likely than young men to own a mobile phone or "
         "to use the Internet,"),
    lead("Welcoming", " the work of the International Labour Organization on quality apprenticeships,"),
    lead("Convinced", " that vocational training is most useful when employers help to design it,"),
    T([[c("1."), c(lead("Encourages", " Member States to include basic digital skills in the curricula of technical "
                       "and vocational schools;"))],
       [c("2."), c(lead("Urges", " employers' organizations to offer paid apprenticeships of at least six months to "
                       "young people leaving school;"))],
       [c("3."), c(lead("Calls upon", " Member States to extend affordable Internet access to rural training centres "
                       "by 2030;"))],
       [c("4."), c(lead("Recommends", " that national youth employment plans:"),
                   p("(a) set targets for the share of young women in apprenticeships;"),
                   p("(b) provide for the recognition of skills learned outside school;"),
                   p("(c) be reviewed every three years together with youth organizations;"))],
       [c("5."), c(lead("Invites", " the International Labour Organization to share examples of successful "
                       "apprenticeship schemes with interested States;"))],
       [c("6."), c(lead("Requests", " the Secretary-General to report to the General Assembly at its eighty-second "
                       "session on the implementation of the present resolution."))]],
      [900, 8300]),
])

EN2 = Draft("en-t02-amr-sponsor-grid-merged-cells-lead-cells-rows-out-of-order-empty-row.docx", [
    T([[c(p(R("DRAFT RESOLUTION 1.2", b=True), center=True), span=4)],
       [c(p(R("Committee:", b=True))), c("Economic and Social Council", span=3)],
       [c(p(R("Topic:", b=True))), c("Antimicrobial resistance in food-producing animals", span=3)],
       [c(p(R("Sponsors:", b=True))), c("France"), c("Thailand"), c("Uruguay")],
       [c(p(R("Signatories:", b=True)), vmerge="restart"), c("Denmark"), c("Egypt"), c("Ghana")],
       [c(p(), vmerge="continue"),
        c("New Zealand"),
        c(p("Thailand", faults=[F("other", 'the State "Thailand" is listed twice: it is a sponsor (the row '
                                  '"Sponsors:") and its name is also in a cell of the signatories grid; a sponsor '
                                  'cannot also be a signatory of the same draft (MUN-S02, MUN-S01); expected the '
                                  'signatories without «Thailand»')])), c("Viet Nam")]],
      [2200, 2300, 2300, 2400]),
    p(R("The Economic and Social Council,", i=True)),
    T([[c(p(it("Alarmed by"))), c("the spread among farm animals of bacteria that resist the antibiotics most used in "
                                 "human medicine,")],
       [c(p(it("Recalling"))), c("the Global Action Plan on Antimicrobial Resistance adopted by the World Health "
                                "Assembly in 2015,")],
       [c(p("Recognizing", faults=[F("emphasis", 'the preambular lead "Recognizing" in its lead cell is upright, '
                                    'while the leads in the other lead cells are italic (the row was added later '
                                    'and typed in the cell\'s plain formatting); expected «Recognizing» in italics '
                                    '(MUN-F02, UN-B04)')])),
        c("that most of the antibiotics sold worldwide are given to animals raised for food,")],
       [c(p(it("Noting"))),
        c(p("that several States have already ended the use of antibiotics to make animals grow faster.",
            faults=[F("preambular-end-mark", 'the preambular clause in the row "Noting" ends "…to make animals grow '
                      'faster." with a full stop; expected «…to make animals grow faster,» (UN-B05, MUN-F04)')]))]],
      [2200, 7000]),
    T([[c("1."), c(lead("Urges", " Member States to end by 2030 the use of medically important antibiotics to promote "
                       "the growth of animals;"))],
       [c("2."), c(lead("Encourages", " national veterinary services to keep records of all antibiotics prescribed on "
                       "farms;"))],
       [c(p("4.", faults=[F("numbering", 'the row numbered "4." stands third, after "2." (the delegate inserted '
                                        'the rows of clauses 3 and 4 in the wrong order): the numbers read 1, 2, 4, 3, '
                                        '5; expected «3.» here, or the rows swapped (UN-B07, MUN-F05)')])),
        c(lead("Requests", " the Food and Agriculture Organization of the United Nations to publish every year the "
               "figures of antibiotic sales for use in animals;"))],
       [c(p("3.", faults=[F("numbering", 'the row numbered "3." stands fourth, after "4."; the numbers read 1, 2, '
                                        '4, 3, 5; expected «4.» here, or the rows swapped (UN-B07, MUN-F05)')])),
        c(lead("Calls upon", " Member States to help small farmers improve hygiene and vaccination in their herds;"))],
       [c(p()), c(p())],
       [c("5."),
        c(lead("Invites", " the World Organisation for Animal Health to report to the Council at its next session on "
               "the progress made;",
               faults=[F("operative-end-mark", 'the last operative clause ends "…on the progress made;" with a '
                         'semicolon; the resolution must end with a full stop: expected «…on the progress made.» '
                         '(UN-B09, MUN-F05)')]))]],
      [900, 8300]),
])

EN3 = Draft("en-t03-early-warning-nested-signatories-figures-table-clause-split-over-two-rows.docx", [
    T([[c(p(R("Committee:", b=True))), c("Second Committee")],
       [c(p(R("Topic:", b=True))), c("Early warning systems for disaster risk reduction")],
       [c(p(R("Sponsors:", b=True))), c("Bangladesh, Philippines, Vanuatu")],
       [c(p(R("Signatories:", b=True))),
        c(T([[c("Bhutan"), c("Costa Rica")], [c("Mozambique"), c("Tonga")]], [3400, 3400]), p())]],
      [2200, 7000]),
    p(R("The General Assembly", i=True),
      faults=[F("other", 'the organ line "The General Assembly" has no comma after the organ\'s name; expected '
                '«The General Assembly,» (UN-B02, MUN-F01)')]),
    lead("Recalling", " the Sendai Framework for Disaster Risk Reduction 2015–2030 and its target to increase the "
         "availability of multi-hazard early warning systems,"),
    p(R("Deeply Concerned", i=True), " that floods, storms and droughts are becoming more frequent and more severe,",
      faults=[F("capital-after-lead", 'the lead "Deeply Concerned" has a capital C inside the lead phrase; expected '
                '«Deeply concerned» (MUN-F02: only the first word capitalised)')]),
    lead("Welcoming", " the initiative of the Secretary-General that every person on Earth be protected by early "
         "warning systems by the end of 2027,"),
    lead("Noting", " that warnings save the most lives when they reach people in a language they understand,"),
    T([[c("1."), c(lead("Calls upon", " Member States to establish national multi-hazard early warning systems by "
                       "2027;"))],
       [c("2."), c(lead("Encouraging", " international financial institutions to fund weather radars and monitoring "
                       "stations in the least developed countries;",
                       faults=[F("wrong-lead-form", 'the operative clause opens with the participle "Encouraging", a '
                                 'preambular form, instead of an operative verb in the present tense (UN-B06); '
                                 'expected «Encourages»')]))],
       [c("3."), c(lead("Requests", " the World Meteorological Organization to help small island developing States "
                       "train forecasters, drawing on",
                       faults=[F("operative-end-mark", 'the clause is split over two table rows: its first row ends '
                                 '"…train forecasters, drawing on" with no mark and the sentence goes on in the next '
                                 'row (an empty number cell); expected one clause in one row «…drawing on the '
                                 'experience gained in the Pacific region;» (UN-B09)')]))],
       [c(p()), c("the experience gained in the Pacific region;")],
       [c("4."), c(lead("Takes note with concern", " of the following shares of countries reporting multi-hazard early "
                       "warning systems in 2024:"),
                   T([[c(p(R("Group of countries", b=True))), c(p(R("Share", b=True)))],
                      [c("Africa"), c("45 %")],
                      [c("Least developed countries"), c("52 %")]], [4000, 2000]),
                   p())],
       [c("5."), c(lead("Urges", " Member States to send warnings by text message, radio and sirens in local "
                       "languages. Furthermore warnings should reach persons with disabilities;",
                       faults=[F("full-stop-inside-clause", 'a full stop inside the clause: "…in local languages. '
                                 'Furthermore warnings should reach…"; the resolution is one sentence with one full '
                                 'stop; expected «…in local languages, and further ensures that warnings reach…» '
                                 '(UN-B09, MUN-F05)')]))],
       [c("6."), c(lead("Requests", " the Secretary-General to report to the General Assembly at its eighty-second "
                       "session on the implementation of the present resolution."))]],
      [900, 8300]),
])

ZH4 = Draft("zh-t04-preschool-lead-cells-list-numbered-cells-unnumbered-row.docx", [
    p(R("决议草案", b=True), center=True),
    T([[c(p(R("委员会：", b=True))), c("联合国大会第三委员会")],
       [c(p(R("议题：", b=True))), c("农村地区儿童的学前教育")],
       [c(p(R("起草国：", b=True))), c("巴西、秘鲁、越南")],
       [c(p(R("附议国：", b=True))), c("埃及、菲律宾、肯尼亚、蒙古、挪威、泰国、印度尼西亚")],
       [c(p(R("草案编号：", b=True))), c("3.1")]],
      [2200, 7000]),
    p(R("大会", b=True), "，"),
    T([[c(p(it("回顾", True))), c("《儿童权利公约》关于儿童受教育权利的规定，")],
       [c(p(it("重申", True))), c("可持续发展目标4中确保所有儿童获得优质幼儿发展、看护和学前教育的具体目标，")],
       [c(p(it("关切地注意到", True))),
        c(p("农村地区儿童接受学前教育的比例仍远低于城市地区儿童,",
            faults=[F("half-width-punctuation-in-chinese", '序言性条款以半角逗号","结尾："……仍远低于城市地区儿童,"；'
                      '应为全角 «……仍远低于城市地区儿童，» (ZH-P01, ZH-B02)')]))],
       [c(p(it("认识到", True))), c("学前教育对儿童今后的学习和健康有长远影响，")]],
      [2200, 7000]),
    T([[c(p(it("鼓励", True), num=True)), c("各会员国将农村学前教育纳入国家教育发展规划；")],
       [c(p(it("呼吁", True), num=True)),
        c(p("各国为农村幼儿教师提供培训和合理的薪酬。",
            faults=[F("operative-end-mark", '第2条（非最后一条）以句号结尾："……提供培训和合理的薪酬。"；'
                      '应为 «……提供培训和合理的薪酬；» (UN-B09, ZH-B03, ZH-B05)')]))],
       [c(p(it("请", True), num=True)),
        c("联合国儿童基金会：", "(a) 协助各国编写适合农村地区的学前教育课程；", "(b) 支持以社区为基础的幼儿看护中心；")],
       [c(p(it("邀请", True),
            faults=[F("numbering", '后加的一行：引导词单元格"邀请"没有套用该表的列表编号，页面上这一条没有编号，'
                      '夹在"3."与下一行之间；应为 «4. 邀请» (UN-B07, ZH-B03)')])),
        c("各国分享在偏远地区开办流动幼儿园的经验；")],
       [c(p(it("决定", True), num=True,
            faults=[F("numbering", '因上一行没有编号，最后一条由列表编为"4."，实为第5条；应为 «5.» (UN-B07, ZH-B03)')])),
        c("继续审议这一问题。")]],
      [2200, 7000]),
])

ZH5 = Draft("zh-t05-ocean-plastics-sponsor-grid-empty-committee-empty-row-typed-labels.docx", [
    p(R("决议草案", b=True), center=True),
    T([[c(p(R("委员会：", b=True),
            faults=[F("heading-field-missing", '标题表中"委员会："右侧的单元格（合并三列）留空，没有填写委员会名称；'
                      '应为 «委员会：大会第二委员会» (ZH-H01, MUN-H01)')])), c(p(), span=3)],
       [c(p(R("议题：", b=True))), c("海洋塑料污染的防治", span=3)],
       [c(p(R("起草国：", b=True))), c("斐济"), c("挪威"), c("日本")],
       [c(p(R("附议国：", b=True)), vmerge="restart"), c("澳大利亚"), c("巴拿马"), c("菲律宾")],
       [c(p(), vmerge="continue"), c("加拿大"), c("马尔代夫"), c("塞舌尔")]],
      [2200, 2300, 2300, 2400]),
    p(R("大会", b=True), "，"),
    lead("忆及", "《联合国海洋法公约》规定的保护和保全海洋环境的义务，", zh=True),
    lead("深为关切", "每年有数百万吨塑料废物进入海洋，对小岛屿发展中国家的渔业和旅游业造成严重损害；", zh=True,
         faults=[F("preambular-end-mark", '序言性条款以分号结尾："……造成严重损害；"；应为 «……造成严重损害，» '
                   '(UN-B05, ZH-B02)')]),
    lead("欢迎", "各国为制定一项具有法律约束力的塑料污染国际文书所作的努力，", zh=True),
    T([[c("1."), c(lead("敦促", "各会员国逐步减少一次性塑料制品的生产和使用；", zh=True))],
       [c("2."), c(lead("鼓励", "各国：", zh=True), p("(a) 建立塑料包装的生产者责任延伸制度；"),
                   p("(b) 改善沿海社区的废物收集和回收设施；"),
                   p("(d) 支持渔民回收废弃渔具；",
                     faults=[F("sub-clause-label", '第2条的子条款编号由"(b)"跳到"(d)"："(d) 支持渔民回收废弃渔具；"；'
                               '应为 «(c)» (UN-B10, ZH-B04)')]))],
       [c(p()), c(p())],
       [c("3."), c(lead("请", "联合国环境规划署协助小岛屿发展中国家监测海洋塑料垃圾；", zh=True))],
       [c(p("4、", faults=[F("numbering", '编号单元格写成"4、"（顿号），其余各条为"1." "2." "3."；应为 «4.» '
                                        '(UN-B07, ZH-B03)')])),
        c(lead("邀请", "私营部门投资研究可替代塑料的材料；", zh=True))],
       [c("5."), c(lead("决定", "在下届会议上继续审议这一问题；", zh=True,
                       faults=[F("operative-end-mark", '最后一条行动性条款以分号结尾："……继续审议这一问题；"；'
                                 '全文应以句号结束：«……继续审议这一问题。» (UN-B09, ZH-B03, ZH-B05)')]))]],
      [900, 8300]),
])

DRAFTS = [EN1, EN2, EN3, ZH4, ZH5]


# --------------------------------------------------------------------------------------------------------------
# writing WordprocessingML


def p_xml(para: P) -> etree._Element:
    e = el("p")
    ppr = el("pPr")
    if para.num:
        ppr.append(el("numPr", {}, el("ilvl", {"val": "0"}), el("numId", {"val": "7"})))
    if para.center:
        ppr.append(el("jc", {"val": "center"}))
    if len(ppr):
        e.append(ppr)
    for r in para.runs:
        rpr = el("rPr")
        if r.b:
            rpr.append(el("b"))
        if r.i:
            rpr.append(el("i"))
        t = el("t")
        t.text = r.text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        e.append(el("r", {}, *([rpr] if len(rpr) else []), t))
    return e


def t_xml(table: T) -> etree._Element:
    border = {"val": "single", "sz": "4", "space": "0", "color": "auto"}
    tblpr = el("tblPr", {}, el("tblW", {"w": "0", "type": "auto"}),
               el("tblBorders", {}, *(el(s, border) for s in ("top", "left", "bottom", "right", "insideH", "insideV"))),
               el("tblLayout", {"type": "fixed"}),
               el("tblLook", {"val": "04A0", "firstRow": "1", "lastRow": "0", "firstColumn": "1", "lastColumn": "0",
                              "noHBand": "0", "noVBand": "1"}))
    grid = el("tblGrid", {}, *(el("gridCol", {"w": str(w)}) for w in table.widths))
    e = el("tbl", {}, tblpr, grid)
    for row in table.rows:
        tr = el("tr")
        col = 0
        for cell in row:
            width = sum(table.widths[col:col + cell.span])
            col += cell.span
            tcpr = el("tcPr", {}, el("tcW", {"w": str(width), "type": "dxa"}))
            if cell.span > 1:
                tcpr.append(el("gridSpan", {"val": str(cell.span)}))
            if cell.vmerge == "restart":
                tcpr.append(el("vMerge", {"val": "restart"}))
            elif cell.vmerge == "continue":
                tcpr.append(el("vMerge"))
            tc = el("tc", {}, tcpr)
            for block in cell.blocks:
                tc.append(p_xml(block) if isinstance(block, P) else t_xml(block))
            assert isinstance(cell.blocks[-1], P), "a cell ends with a paragraph"
            tr.append(tc)
        e.append(tr)
    return e


def walk(blocks: list[P | T], where: str = "body"):
    """Every paragraph in document order, with where it sits."""
    for block in blocks:
        if isinstance(block, P):
            yield block, where
        else:
            for r, row in enumerate(block.rows, 1):
                for k, cell in enumerate(row, 1):
                    inner = f"cell {r},{k}" if where == "body" else f"{where} > nested {r},{k}"
                    yield from walk(cell.blocks, inner)


NUMBERING = f"""<w:abstractNum xmlns:w="{W}" w:abstractNumId="7"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl></w:abstractNum>"""


def build(draft: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != q("sectPr"):
            body.remove(child)
    normal = doc.styles["Normal"].element
    rpr = normal.find(q("rPr"))
    if rpr is None:
        rpr = el("rPr")
        normal.append(rpr)
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(el("rFonts", {"ascii": "Times New Roman", "hAnsi": "Times New Roman", "eastAsia": "宋体",
                             "cs": "Times New Roman"}))
    rpr.append(el("sz", {"val": "24"}))
    rpr.append(el("szCs", {"val": "24"}))
    if any(para.num for para, _ in walk(draft.blocks)):
        numbering = doc.part.numbering_part.element
        numbering.insert(0, etree.fromstring(NUMBERING))
        numbering.append(el("num", {"numId": "7"}, el("abstractNumId", {"val": "7"})))
    sect = body.find(q("sectPr"))
    for block in draft.blocks:
        sect.addprevious(p_xml(block) if isinstance(block, P) else t_xml(block))
    out = HERE / draft.name
    doc.save(str(out))
    expected = len(list(walk(draft.blocks)))
    saved = len(docx.Document(str(out)).element.body.findall(".//" + q("p")))
    assert saved == expected, (draft.name, saved, expected)
    return out


HEADER = """\
# word-blind51: faults per body paragraph (1-based index of the w:p among all w:p of the body, table cells and
# nested tables included), written by make_drafts.py before any run of drafter on these drafts.
# Judged by /work/shared/FORMAT.md (see README.md).
"""


def annotations() -> str:
    data: dict[str, dict[str, list[dict[str, object]]]] = {}
    for draft in DRAFTS:
        faults = []
        for n, (para, _) in enumerate(walk(draft.blocks), 1):
            for f in para.faults:
                faults.append({"paragraph": n, "kind": f.kind, "note": f.note})
        data[draft.name] = {"faults": faults}
    return HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main() -> None:
    if "--list" in sys.argv:
        for draft in DRAFTS:
            print(draft.name)
            for n, (para, where) in enumerate(walk(draft.blocks), 1):
                mark = " [num]" if para.num else ""
                fl = "".join(f"  <{f.kind}>" for f in para.faults)
                print(f"  {n:3} {where:24} {para.text}{mark}{fl}")
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for draft in DRAFTS:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / draft.name)],
                           check=True, capture_output=True)
            pdf = out / (Path(draft.name).stem + ".pdf")
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / Path(draft.name).stem)], check=True)
        return
    for draft in DRAFTS:
        build(draft)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main()
