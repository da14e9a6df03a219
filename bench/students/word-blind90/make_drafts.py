"""Build the word-blind90 drafts: Chinese .docx drafts laid out in tables and carrying 批注 (Word / WPS comments).

Six drafts typed for this set (helper word-blind90, round 37) as 高中 and 大学 delegations hand them in at six Chinese
conferences, written as raw WordprocessingML: a 封面 with the conference's name (large bold lines and a page break)
before the heading; the heading block laid out as a table (委员会 | 议题 | 起草国 | 附议国, a label cell and a value cell
a row, or the labels in a header row and the values in the row under it) or as lines; drafts laid out whole in a
table, either two columns (the lead, 注意到 / 敦促, in the left cell and the rest of the clause in the right) or one
row per clause (a number cell and a text cell, or one cell); 批注 of co-submitters on clauses (w:commentRangeStart /
w:commentRangeEnd / w:commentReference, word/comments.xml). Clauses are numbered by Word's or WPS's lists
(numbering.xml; a clause typed into a second list is a second w:abstractNum and w:num, so it shows "1." again) or
typed by hand.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the
marks. Paragraph = 1-based index of the body's w:p in document order, table cells included (row by row, cells left
to right, the paragraphs of a cell in order; an empty cell's w:p counts). Nothing of drafter or of another set is
imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # each body paragraph: index, where it stands, the label Word shows, text, faults
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]
DATE = "2027-03-06T20:15:00Z"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class R:
    text: str = ""
    i: bool = False
    u: bool = False
    b: bool = False
    size: int = 0  # half-points; 0: the style's
    page_break: bool = False  # a page break after the text


@dataclass
class Fault:
    kind: str
    note: str


F = Fault


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    center: bool = False
    comment: tuple[str, str] | None = None  # (author, text) on the whole paragraph


@dataclass
class T:
    """A table: rows of cells, each cell a list of paragraphs; widths in twips per column."""
    rows: list[list[list[P]]]
    widths: list[int]
    borders: bool = True


SHAPES = {
    "paren": (("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")),
    "thimun": (("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3.")),
    "dots": (("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")),
}


@dataclass
class Draft:
    name: str
    font: str
    abstracts: list[str]  # shape of each w:abstractNum; numId n points at abstract n-1
    body: list[P | T]


def paras(d: Draft) -> list[tuple[P, str]]:
    """Every body paragraph in document order with where it stands ("" body, "r2c1" table row 2 cell 1)."""
    out: list[tuple[P, str]] = []
    for block in d.body:
        if isinstance(block, P):
            out.append((block, ""))
            continue
        for ri, row in enumerate(block.rows, 1):
            for ci, cell in enumerate(row, 1):
                out.extend((p, f"r{ri}c{ci}") for p in cell)
    return out


# ---------------------------------------------------------------- shorthand

def cover(*lines: str) -> list[P]:
    """The cover page: the conference's logo text, large and bold, centred; a page break after the last line."""
    out = [P([R(t, b=True, size=44 if n == 0 else 28)], center=True) for n, t in enumerate(lines)]
    out[-1].runs.append(R(page_break=True))
    return out


def plain(*parts: str | R, **kw) -> P:
    return P([x if isinstance(x, R) else R(x) for x in parts], **kw)


def cl(lead: str, *rest: str | R, emph: str = "i", **kw) -> P:
    return P([R(lead, i="i" in emph, u="u" in emph, b="b" in emph)]
             + [x if isinstance(x, R) else R(x) for x in rest], **kw)


def lead(text: str, emph: str = "i", **kw) -> P:
    return P([R(text, i="i" in emph, u="u" in emph, b="b" in emph)], **kw)


def typed_lead(number: str, text: str, emph: str = "u") -> P:
    """A lead with its number typed before it, the number not emphasised ("1. Encourages")."""
    return P([R(number + " "), R(text, i="i" in emph, u="u" in emph, b="b" in emph)])


def empty() -> P:
    return P([])


def heading_table(*rows: tuple[str, str] | tuple[str, str, list[Fault]]) -> T:
    """The template's heading block: a bold label cell and a value cell a row."""
    out = []
    for row in rows:
        label, value = row[0], row[1]
        faults = list(row[2]) if len(row) > 2 else []
        out.append([[P([R(label, b=True)], faults=faults)], [P([R(value)] if value else [])]])
    return T(out, [2000, 7000])


def two_col(rows: list[tuple[P, P]]) -> T:
    return T([[[a], [b]] for a, b in rows], [2700, 6300], borders=False)


# ---------------------------------------------------------------- WordprocessingML

class Builder:
    def __init__(self, d: Draft) -> None:
        self.d = d
        self.comments: list[tuple[str, str]] = []

    def run_xml(self, r: R) -> str:
        parts = ("<w:b/>" if r.b else "") + ("<w:i/>" if r.i else "") + ('<w:u w:val="single"/>' if r.u else "") \
            + (f'<w:sz w:val="{r.size}"/>' if r.size else "")
        inner = []
        for m, piece in enumerate(r.text.split("\t")):
            if m:
                inner.append("<w:tab/>")
            if piece:
                inner.append(f'<w:t xml:space="preserve">{esc(piece)}</w:t>')
        if r.page_break:
            inner.append('<w:br w:type="page"/>')
        return f"<w:r>{f'<w:rPr>{parts}</w:rPr>' if parts else ''}{''.join(inner)}</w:r>"

    def para_xml(self, p: P) -> str:
        ppr = []
        if p.num:
            ppr.append('<w:pStyle w:val="ListParagraph"/>')
            ppr.append(f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>')
        if p.center:
            ppr.append('<w:jc w:val="center"/>')
        head = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        runs = "".join(self.run_xml(r) for r in p.runs)
        if p.comment:
            cid = len(self.comments)
            self.comments.append(p.comment)
            runs = (f'<w:commentRangeStart w:id="{cid}"/>{runs}<w:commentRangeEnd w:id="{cid}"/>'
                    f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{cid}"/></w:r>')
        return f"<w:p>{head}{runs}</w:p>"

    def table_xml(self, t: T) -> str:
        line = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        borders = "".join(line.format(s) for s in ("top", "left", "bottom", "right", "insideH", "insideV")) \
            if t.borders else "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right",
                                                                        "insideH", "insideV"))
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in t.widths)
        rows = []
        for row in t.rows:
            cells = []
            for w, cell in zip(t.widths, row):
                body = "".join(self.para_xml(p) for p in cell) or "<w:p/>"
                cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{body}</w:tc>')
            rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
        return (f'<w:tbl {NSDECL}><w:tblPr><w:tblW w:w="{sum(t.widths)}" w:type="dxa"/><w:tblBorders>{borders}'
                f'</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
                f'{"".join(rows)}</w:tbl>')

    def block_xml(self, block: P | T) -> str:
        if isinstance(block, T):
            return self.table_xml(block)
        return self.para_xml(block).replace("<w:p>", f"<w:p {NSDECL}>", 1)

    def comments_xml(self) -> bytes:
        out = []
        for cid, (author, text) in enumerate(self.comments):
            initials = "".join(w[0] for w in author.split())
            out.append(f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="{DATE}" w:initials="{initials}">'
                       f'<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
                       f'</w:p></w:comment>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NSDECL}>{"".join(out)}'
                f'</w:comments>').encode()


def numbering_xml(d: Draft) -> str:
    out = []
    for aid, shape in enumerate(d.abstracts):
        levels = []
        for ilvl, (fmt, text) in enumerate(SHAPES[shape]):
            levels.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                          f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
                          f'<w:ind w:left="{360 + 360 * ilvl}" w:hanging="360"/></w:pPr></w:lvl>')
        out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{0x5A900000 + aid * 0x137:08X}"/>'
                   f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>')
    for n in range(1, len(d.abstracts) + 1):
        out.append(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n - 1}"/></w:num>')
    return "".join(out)


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    normal.font.name = d.font
    rpr = normal.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), d.font)
    normal.paragraph_format.space_after = Pt(6)
    if "List Paragraph" not in [s.name for s in doc.styles]:
        doc.styles.add_style("List Paragraph", 1)
    if d.abstracts:
        numbering = doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for child in parse_xml(f"<w:numbering {NSDECL}>{numbering_xml(d)}</w:numbering>"):
            numbering.append(child)
    b = Builder(d)
    sect = body.find(qn("w:sectPr"))
    for block in d.body:
        sect.addprevious(parse_xml(b.block_xml(block)))
    if b.comments:
        part = Part(PackURI("/word/comments.xml"), CT_COMMENTS, b.comments_xml(), doc.part.package)
        doc.part.relate_to(part, RT.COMMENTS)
    path = HERE / f"{d.name}.docx"
    doc.save(str(path))
    again = docx.Document(str(path))
    count = len(list(again.element.body.iter(qn("w:p"))))
    assert count == len(paras(d)), (d.name, count, len(paras(d)))
    return path


def labels(d: Draft) -> list[str]:
    """The label Word shows: each w:num here has its own w:abstractNum, so each keeps its own counters."""
    out: list[str] = []
    counters: dict[int, list[int]] = {}
    for p, _ in paras(d):
        if not p.num:
            out.append("")
            continue
        numid, lvl = p.num
        c = counters.setdefault(numid, [0, 0, 0])
        c[lvl] += 1
        for deeper in range(lvl + 1, 3):
            c[deeper] = 0
        fmt, text = SHAPES[d.abstracts[numid - 1]][lvl]
        n = c[lvl]
        shown = {"decimal": str(n), "lowerLetter": "abcdefghij"[n - 1], "lowerRoman": ROMAN[n - 1]}[fmt]
        out.append(text.replace(f"%{lvl + 1}", shown))
    return out


# ---------------------------------------------------------------- the drafts

def header_row_table(labels: list[str], values: list[str]) -> T:
    """The heading as a table with the labels in a header row and the values in the row under it."""
    return T([[[P([R(x, b=True)], center=True)] for x in labels], [[P([R(v)] if v else [])] for v in values]],
             [1800, 2600, 1800, 2800])


# zh-01: 联合国人居大会 at a 高中 conference; 封面; the heading table (委员会 | 议题 | 起草国 | 附议国 | 草案编号); leads
# underlined (preambular) and italic (operative); Word's list "1." / "(a)"; two 批注. Nearly clean: one half-width mark.
ZH01 = Draft("zh-01-habitat-urban-waterlogging-heading-table-comments-nearly-clean", "宋体", ["paren"], [
    *cover("第七届滨江中学模拟联合国大会", "BJMUN 2027", "联合国人居大会"),
    plain(R("决议草案", b=True), center=True),
    heading_table(("委员会：", "联合国人居大会"),
                  ("议题：", "城市内涝的防治"),
                  ("起草国：", "荷兰、新加坡"),
                  ("附议国：", "巴西、德国、印度尼西亚、肯尼亚、孟加拉国、日本、泰国、越南"),
                  ("草案编号：", "1.1")),
    plain("联合国人居大会，"),
    cl("回顾", "《2030年可持续发展议程》中关于建设包容、安全、有抵御灾害能力和可持续的城市和人类住区的目标11，", emph="u"),
    cl("注意到", "极端降雨日益频繁，许多城市的排水系统已无法应对短时强降雨,", emph="u",
       faults=[F("half-width-punctuation-in-chinese", '"应对短时强降雨," - the preambular clause ends with a half-width '
                 "comma; «短时强降雨，» (ZH-P01)")]),
    cl("关切地注意到", "城市中硬化地面不断扩大，雨水难以下渗，低洼地区的居民受害最重，", emph="u",
       comment=("李思远（新加坡）", "数据来源？")),
    cl("认识到", "海绵城市等基于自然的解决方案可以减少内涝并改善城市环境，", emph="u"),
    cl("鼓励", "各会员国将内涝风险纳入城市规划，保留和恢复城市中的湿地与河道；", emph="i", num=(1, 0)),
    cl("敦促", "各会员国在易涝城市建立内涝预警系统，包括：", emph="i", num=(1, 0),
       comment=("王雨桐（荷兰）", "这里是不是应该用'鼓励'？")),
    plain("利用气象雷达和降雨监测数据发布分区预警；", num=(1, 1)),
    plain("通过短信和广播及时通知低洼地区的居民；", num=(1, 1)),
    cl("邀请", "联合国人类住区规划署为发展中国家的城市提供排水规划方面的技术援助；", emph="i", num=(1, 0)),
    cl("请", "执行主任向联合国人居大会下一届会议报告本决议的执行情况。", emph="i", num=(1, 0)),
])

# zh-02: 世界卫生大会 at a 大学 conference; 封面; the heading as lines; the whole body in a two-column table without
# borders, the lead in the left cell and the rest of the clause in the right; operative leads numbered by Word's list
# in the left cell; sub-clauses in the right cell of rows whose left cell is empty; 批注.
ZH02 = Draft("zh-02-wha-rare-disease-medicines-two-column-lead-cell", "仿宋", ["paren"], [
    *cover("华东高校模拟联合国大会", "ECMUN 2027", "世界卫生大会"),
    plain(R("决议草案1.1", b=True), center=True),
    plain("委员会：世界卫生大会"),
    plain("议题：提高罕见病药物的可及性"),
    plain("起草国：意大利、中国"),
    plain("附议国：阿根廷、埃及、法国、韩国、墨西哥、南非、瑞典、土耳其"),
    plain("世界卫生大会，"),
    two_col([
        (lead("忆及", emph="u"), plain("关于罕见病的联合国大会第76/132号决议，")),
        (lead("注意道", emph="u", faults=[F("misspelt-lead", '"注意道" - the lead is misspelt; expected «注意到» '
                                           "(ZH-B02)")]),
         plain("全球约有三亿人患有罕见病，其中大多数是儿童，")),
        (lead("关切地注意到", emph="u"), plain("许多罕见病药物价格高昂，且在低收入和中等收入国家无法获得，")),
        (lead("认识到", emph="u"), plain("世界卫生组织基本药物标准清单在促进药物可及性方面的作用，",
                                      faults=[F("missing-book-title-marks", '"世界卫生组织基本药物标准清单" - the '
                                                "list's title without book title marks; «《世界卫生组织基本药物标准清单》» "
                                                "(ZH-P01)")])),
        (lead("鼓励", emph="i", num=(1, 0)), plain("各会员国建立罕见病登记制度，并与其他国家共享匿名数据；")),
        (lead("促请", emph="i", num=(1, 0)), plain("各会员国通过以下方式降低罕见病药物的价格：",
                                                comment=("周文（中国）", "是否要加上“在可能的情况下”？"))),
        (empty(), plain("开展区域联合采购；", num=(1, 1))),
        (empty(), plain("在专利到期后加快仿制药的审批。", num=(1, 1),
                        faults=[F("operative-end-mark", '"加快仿制药的审批。" - a sub-clause before the end of the '
                                  "resolution ends with a full stop; «审批；» (ZH-B04, ZH-B05)")])),
        (lead("认识到", emph="i", num=(1, 0), faults=[F("wrong-lead-form", '"认识到" opens operative clause 3: a '
                                                      "preambular lead in the operative part; expected an operative "
                                                      "verb such as «确认» (ZH-B03, UN-B06)")]),
         plain("罕见病患者组织在研究和政策制定中的作用；")),
        (lead("请", emph="i", num=(1, 0)), plain("总干事为罕见病药物的区域生产提供技术支持；")),
        (lead("又请", emph="i", num=(1, 0)), plain("总干事向第八十二届世界卫生大会报告本决议的执行情况。")),
    ]),
])

# zh-03: 联合国教科文组织大会 at a 高中 conference; 封面; the heading table; one row per clause in a bordered table, a
# narrow number cell with the numbers typed by hand ("1.") and empty for preambular clauses, and a text cell; leads
# bold; 批注.
ZH03 = Draft("zh-03-unesco-underwater-heritage-row-per-clause-typed-numbers", "黑体", [], [
    *cover("第十二届明德中学模拟联合国大会", "MDMUN XII", "联合国教育、科学及文化组织"),
    heading_table(("委员会：", "联合国教育、科学及文化组织大会"),
                  ("议题：", "水下文化遗产的保护"),
                  ("起草国：", "新西兰"),
                  ("附议国：", "玻利维亚、加拿大、吉尔吉斯坦、挪威、秘鲁、蒙古")),
    plain("大会，"),
    T([
        [[empty()], [cl("回顾", "《保护水下文化遗产公约》和《保护世界文化和自然遗产公约》，", emph="b")]],
        [[empty()], [cl("深感关切", "海底沉船和水下遗址不断遭到盗捞和商业开发，", emph="b")]],
        [[empty()], [cl("注意到", "深海采矿、海底拖网捕鱼和海岸工程可能破坏尚未被发现的水下遗址，",
                        emph="b", comment=("陈嘉怡（挪威）", "这句是不是太长了？"))]],
        [[empty()], [cl("欢迎", "“联合国海洋科学促进可持续发展十年（2021—2030年）”的启动，", emph="b")]],
        [[plain("1.")], [cl("鼓励", "尚未批准《保护水下文化遗产公约》的会员国考虑批准该公约；", emph="b")]],
        [[plain("2.")], [cl("呼吁", "各会员国建立水下遗址清单，并在海洋空间规划中予以考虑；", emph="b")]],
        [[plain("3.")], [cl("邀请", "潜水组织和博物馆开展关于保护水下遗址的公众教育；", emph="b")]],
        [[plain("3.", faults=[F("numbering", 'the fourth clause is typed "3." again after clause 3; expected «4.» '
                                 "(ZH-B03, UN-B07)")])],
         [cl("邀请", "潜水组织和博物馆开展关于保护水下遗址的公众教育；", emph="b",
             faults=[F("duplicate-clause", '"邀请潜水组织和博物馆开展关于保护水下遗址的公众教育" is pasted twice, one '
                       "row after the other (ZH-B06)")])]],
        [[plain("5.")], [cl("请", "总干事为发展中国家培训水下考古人员；", emph="b")]],
        [[plain("6.")], [cl("决定", "在大会下届会议上审议本决议的执行情况；", emph="b",
                            faults=[F("operative-end-mark", '"本决议的执行情况；" - the last operative clause ends with '
                                      "a semicolon; «执行情况。» (ZH-B03, ZH-B05)")])]],
    ], [900, 8100]),
])
ZH03.body[3].rows[3][1][0].faults.append(
    F("state-name", '"吉尔吉斯坦" - the State\'s name is misspelt; expected «吉尔吉斯斯坦» (ZH-H01)'))

# zh-04: 大会第二委员会 at a 大学 conference; 封面; the heading as a table with the labels in a header row and the values
# under them (委员会 | 提交国 | 附议国: the 议题 column left out); leads bold; WPS's list "1." / "(a)"; clauses typed after a
# gap land in a second list and show "1." "2." again; 批注.
ZH04 = Draft("zh-04-ga2-cross-border-ecommerce-header-row-table-second-list", "微软雅黑", ["paren", "paren"], [
    *cover("西南地区大学生模拟联合国大会", "SWUMUN 2027", "联合国大会第二委员会"),
    plain(R("决议草案", b=True), center=True),
    header_row_table(["委员会", "提交国", "附议国"], ["大会第二委员会（经济和金融）", "智利、马来西亚",
                                                   "埃塞俄比亚、菲律宾、哈萨克斯坦、卢旺达、葡萄牙、乌拉圭"]),
    plain("大会，"),
    cl("回顾", "其关于发展的信息和通信技术的各项决议，", emph="b"),
    cl("注意到", "跨境电子商务为发展中国家的中小微企业进入国际市场提供了新的机会，", emph="b"),
    cl("敦促", "中小微企业在跨境支付、物流和海关手续方面面临较高的成本，", emph="b",
       faults=[F("wrong-lead-form", '"敦促中小微企业在跨境支付" - the operative verb 敦促 opens a preambular clause; '
                 "expected a preambular lead such as «关切地注意到» (ZH-B02)")]),
    cl("认识到", "联合国贸易和发展会议“全民电子贸易”倡议所做的工作，", emph="b"),
    cl("鼓励", "各会员国简化小额跨境包裹的海关手续;", emph="b", num=(1, 0),
       faults=[F("half-width-punctuation-in-chinese", '"海关手续;" - the clause ends with a half-width semicolon; '
                 "«海关手续；» (ZH-P01)")]),
    cl("呼吁", "各会员国和金融机构降低跨境小额支付的费用，包括：", emph="b", num=(1, 0)),
    plain("推动移动支付系统之间的互联互通；", num=(1, 1)),
    plain("公开跨境汇款的全部费用；", num=(1, 1)),
    cl("邀请", "联合国贸易和发展会议为中小微企业提供电子商务培训；", emph="b", num=(1, 0),
       comment=("林晓（马来西亚）", "这里是不是应该用'鼓励'？")),
    cl("请", "国际贸易中心帮助发展中国家的企业建立网上店铺；", emph="b", num=(2, 0),
       faults=[F("numbering", '"请国际贸易中心" was typed into a second list and shows "1." after clause 3; '
                 "expected «4.» (ZH-B03, UN-B07)")]),
    cl("又请", "秘书长向大会第八十三届会议报告本决议的执行情况。", emph="b", num=(2, 0),
       faults=[F("numbering", 'the last clause continues the second list and shows "2."; expected «5.» '
                 "(ZH-B03, UN-B07)")]),
])
ZH04.body[4].rows[0][0][0].faults.append(
    F("heading-field-missing", 'the heading table has no 议题 column: the draft names no topic (ZH-H01)'))

# zh-05: 人权理事会 at a 高中 conference; 封面; the heading table; the whole body in a two-column table with the numbers
# typed by hand in the left cell before the lead ("1. 鼓励"); leads underlined; 批注.
ZH05 = Draft("zh-05-hrc-genetic-data-privacy-two-column-typed-numbers", "楷体", [], [
    *cover("第五届启航中学模拟联合国大会", "QHMUN 2027", "人权理事会"),
    heading_table(("委员会：", "人权理事会"),
                  ("议题：", "基因数据与隐私权"),
                  ("起草国：", "日本、斯洛文尼亚"),
                  ("附议国：", "奥地利、哥斯达黎加、毛里球斯、摩洛哥、塞尔维亚、乌干达")),
    plain("人权理事会，"),
    two_col([
        (lead("重审", emph="u", faults=[F("misspelt-lead", '"重审" - the lead is misspelt; expected «重申» (ZH-B02)')]),
         plain("世界人类基因组与人权宣言关于尊重人的尊严和保护基因数据隐私的原则，",
               faults=[F("missing-book-title-marks", '"世界人类基因组与人权宣言" - the Declaration\'s title without '
                         "book title marks; «《世界人类基因组与人权宣言》» (ZH-P01)")])),
        (lead("注意到", emph="u"), plain("基因检测的费用不断下降，越来越多的人向商业公司提交自己的基因样本，")),
        (lead("关切地注意到", emph="u"), plain("基因数据可能在未经本人同意的情况下被出售给保险公司和雇主，并可揭示其亲属的信息；",
                                          faults=[F("preambular-end-mark", '"其亲属的信息；" - a preambular clause '
                                                    "ends with a semicolon; «亲属的信息，» (ZH-B02)")])),
        (lead("认识到", emph="u"), plain("基因研究在诊断和治疗疾病方面的重要作用，")),
        (typed_lead("1.", "鼓励"), plain("各国通过立法保护基因数据，并要求在收集和使用前取得本人的知情同意；")),
        (typed_lead("2.", "呼吁"), plain("各国禁止在就业和保险中基于基因信息的歧视；",
                                       comment=("佐藤健（日本）", "要不要加上“教育”？"))),
        (typed_lead("4.", "敦促", ), plain("各国要求基因检测公司公开其数据共享和保存的做法；")),
        (typed_lead("5.", "邀请"), plain("患者组织和研究机构共同制定基因数据共享的伦理准则；")),
        (typed_lead("6.", "请"), plain("联合国人权事务高级专员办事处编写一份关于基因数据与隐私权的报告，并提交人权理事会第六十二届会议。")),
    ]),
])
_t5 = ZH05.body[-1].rows
_t5[6][0][0].faults.append(F("numbering", 'the third operative clause is typed "4." after "2."; expected «3.» '
                             "(ZH-B03, UN-B07)"))
ZH05.body[3].rows[3][1][0].faults.append(
    F("state-name", '"毛里球斯" - the State\'s name is misspelt; expected «毛里求斯» (ZH-H01)'))

# zh-06: 联合国环境大会 at a 大学 conference; 封面; the heading table with the 议题 value cell left empty; the whole
# body in a one-column table, one clause a row, WPS's list inside the cells "1." / "(a)"; leads bold; 批注.
ZH06 = Draft("zh-06-unea-mine-tailings-one-column-rows-empty-topic", "等线", ["paren", "paren"], [
    *cover("北方高校模拟联合国大会", "NUMUN 2027", "联合国环境大会"),
    heading_table(("委员会：", "联合国环境大会"),
                  ("议题：", "", [F("heading-field-missing", 'the "议题：" row is left empty: the draft names no topic '
                                   "(ZH-H01)")]),
                  ("起草国：", "智利、赞比亚"),
                  ("附议国：", "澳大利亚、巴西、加纳、蒙古国、秘鲁、南非、瑞典")),
    plain("联合国环境大会，"),
    T([
        [[cl("回顾", "其关于矿物和金属的环境方面的第4/19号决议以及《全球尾矿管理行业标准》，", emph="b")]],
        [[cl("深感关切", "尾矿坝溃坝造成人员死亡，并使河流和农田长期受到污染，", emph="b")]],
        [[cl("注意到", "世界上有数千座尾矿库靠近社区和水源，其中许多已经废弃，", emph="b",
             comment=("马特奥（智利）", "要不要写具体的例子？"))]],
        [[cl("鼓励", "各会员国建立尾矿库的公开清单，并向下游社区公布风险信息；", emph="b", num=(1, 0))]],
        [[cl("关于", "尾矿坝的安全，各国应每年委托独立专家进行检查；", emph="b", num=(1, 0),
             faults=[F("operative-without-verb", '"关于尾矿坝的安全，各国应每年委托" - operative clause 2 opens with '
                       "关于 and no operative verb; expected e.g. «呼吁各国每年委托» (ZH-B03, UN-B06)")])]],
        [[cl("请", "联合国环境规划署与联合国工业发展组织合作，帮助各国：", emph="b", num=(1, 0))]],
        [[plain("建立尾矿坝的监测和预警系统；", num=(1, 1))]],
        [[plain("制定下游社区的应急疏散计划；", num=(1, 1))]],
        [[cl("邀请", "各区域开发银行为废弃尾矿库的治理提供资金；", emph="b", num=(2, 0),
             faults=[F("numbering", '"邀请各区域开发银行" was typed into a second list and shows "1." after clause 3; '
                       "expected «4.» (ZH-B03, UN-B07)")])]],
        [[cl("决定", "在联合国环境大会第八届会议上审议本决议的执行情况，", emph="b", num=(2, 0),
             faults=[F("numbering", 'the last clause continues the second list and shows "2."; expected «5.» '
                       "(ZH-B03, UN-B07)"),
                     F("operative-end-mark", '"本决议的执行情况，" - the last operative clause ends with a comma; '
                       "«执行情况。» (ZH-B03, ZH-B05)")])]],
    ], [9000]),
])

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, ZH06]


def shown(p: P) -> str:
    out = []
    for r in p.runs:
        t = r.text.replace("\t", "→") + ("⏎page" if r.page_break else "")
        t = f"[i:{t}]" if r.i else f"[u:{t}]" if r.u else f"[b:{t}]" if r.b else t
        out.append(t)
    return "".join(out) + (f"  «comment: {p.comment[1]}»" if p.comment else "")


def annotations() -> str:
    import yaml
    lines = ["# word-blind90: faults a chair would mark, written by make_drafts.py from the F() marks before any run of",
             "# drafter. paragraph = 1-based index of the w:p among all w:p of the body in document order, table",
             "# cells included (row by row, cells left to right; an empty cell's w:p counts); the cover page's lines",
             "# count; list labels in notes are the ones Word shows (labels()). 批注 (comments) are not faults."]
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": n, "kind": f.kind, "note": f.note}
                  for n, (p, _) in enumerate(paras(d), 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return "\n".join(lines) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for d in DRAFTS:
            print(d.name)
            for n, ((p, where), lab) in enumerate(zip(paras(d), labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"  {n:2} {where:5} {lab:4} {shown(p)} {marks}")
        return
    for d in DRAFTS:  # each quote of a note (its parts around "…") stands in the draft
        whole = "\n".join(lab + " " + "".join(r.text for r in p.runs).replace("\t", " ")
                          for (p, _), lab in zip(paras(d), labels(d)))
        whole += "\n" + " ".join("".join(r.text for r in p.runs) for p, _ in paras(d))
        for p, _ in paras(d):
            for f in p.faults:
                for q in f.note.split('"')[1::2]:
                    assert all(part in whole for part in q.split("…") if part), (d.name, q)
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
