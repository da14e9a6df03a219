"""Build the drafts of the blind set word-blind73 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the list label Word shows, text (^n = footnote)
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese draft resolutions in the UN's own layout, as delegates of Chinese university conferences that ask for it
hand them in: the document symbol (A/C.3/80/L.12, A/80/L.15, S/2025/…, E/CN.15/2026/L.3), the distribution line, the
date, the original-language line, the session and agenda-item lines, the committee, the sponsors' line ending
"：决议草案", a bold title, the organ line, clauses numbered by Word's multilevel list "1." / "(a)" / "(i)", footnotes;
宋体 (新細明體 in the traditional draft) as w:eastAsia and Times New Roman for Latin text. Three set the symbol block in
a two-column borderless table at the top, as UN documents do; three type it as lines.

python-docx gives the package; numbering, tables, footnotes and paragraphs are raw WordprocessingML written here (no
import of drafter or another set). Faults are marked F(kind, note) beside their paragraph. Paragraph number = 1-based
index of the w:p among all w:p of the body in document order (table cells counted, left cell then right cell, row by
row; footnote paragraphs not counted), checked again on the saved file.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import yaml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
CT_FOOT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class R:
    text: str  # "^n" = footnote reference n
    bold: bool = False
    italic: bool = False


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    kind: str = "body"  # head, headr, title, organ, pre, op, sub, cell, cellr
    size: int = 0  # half-points; 0 = the draft's


@dataclass
class Table:
    rows: list[tuple[list[P], list[P]]]


CHINESE = "一二三四五六七八九十"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]


@dataclass
class Level:
    fmt: str
    text: str
    left: int
    hanging: int


# Word's multilevel list "1." / "(a)" / "(i)"
LEVELS = [Level("decimal", "%1.", 420, 420), Level("lowerLetter", "(%2)", 840, 420),
          Level("lowerRoman", "(%3)", 1260, 420)]


def fmt_number(n: int, fmt: str) -> str:
    return {"decimal": str(n), "lowerLetter": "abcdefghij"[n - 1], "lowerRoman": ROMAN[n - 1]}[fmt]


@dataclass
class Draft:
    name: str
    lang: str
    font: str
    items: list[P | Table]
    nums: list[dict[int, int]] = field(default_factory=lambda: [{}])  # nums[numId-1] = {ilvl: startOverride}
    footnotes: dict[int, str] = field(default_factory=dict)
    size: int = 24

    def paras(self) -> list[P]:
        out: list[P] = []
        for item in self.items:
            if isinstance(item, Table):
                for left, right in item.rows:
                    out += left + right
            else:
                out.append(item)
        return out


def labels(paras: list[P], d: Draft) -> list[str]:
    """The label Word shows: one abstractNum; a w:num with a startOverride restarts its level when first used."""
    c = [0, 0, 0]
    seen: set[int] = set()
    out = []
    for p in paras:
        if p.num is None:
            out.append("")
            continue
        num_id, ilvl = p.num
        if num_id not in seen:
            seen.add(num_id)
            for lvl, start in d.nums[num_id - 1].items():
                c[lvl] = start - 1
        c[ilvl] += 1
        for j in range(ilvl + 1, 3):
            c[j] = 0
        text = LEVELS[ilvl].text
        for j in range(3):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), LEVELS[j].fmt))
        out.append(text)
    return out


def rpr(d: Draft, size: int, bold: bool = False, italic: bool = False, sup: bool = False) -> str:
    return (f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{d.font}" '
            'w:cs="Times New Roman"/>' + ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/>" if italic else "")
            + ('<w:vertAlign w:val="superscript"/>' if sup else "")
            + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-US" w:eastAsia="{d.lang}"/>')


def para_xml(p: P, d: Draft) -> str:
    size = p.size or d.size
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    ppr += '<w:spacing w:after="120" w:line="300" w:lineRule="auto"/>'
    if p.kind == "pre":
        ppr += '<w:ind w:firstLine="480"/>'
    if p.kind in ("title",):
        ppr += '<w:ind w:left="1134" w:right="1134"/>'
    if p.kind in ("headr", "cellr"):
        ppr += '<w:jc w:val="right"/>' if p.kind == "headr" else ""
    elif p.kind in ("pre", "op", "sub"):
        ppr += '<w:jc w:val="both"/>'
    body = ""
    for r in p.runs:
        for piece in re.split(r"(\^\d+)", r.text):
            if not piece:
                continue
            if piece.startswith("^"):
                body += (f'<w:r><w:rPr>{rpr(d, size, sup=True)}</w:rPr>'
                         f'<w:footnoteReference w:id="{piece[1:]}"/></w:r>')
            else:
                body += (f'<w:r><w:rPr>{rpr(d, size, r.bold, r.italic)}</w:rPr>'
                         f'<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def table_xml(t: Table, d: Draft) -> str:
    rows = ""
    for left, right in t.rows:
        rows += ('<w:tr><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>'
                 + "".join(para_xml(p, d) for p in left)
                 + '</w:tc><w:tc><w:tcPr><w:tcW w:w="4300" w:type="dxa"/></w:tcPr>'
                 + "".join(para_xml(p, d) for p in right) + "</w:tc></w:tr>")
    border = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "right", "insideH", "insideV"))
    return (f'<w:tbl {NS}><w:tblPr><w:tblW w:w="8800" w:type="dxa"/><w:tblBorders>{border}'
            '<w:bottom w:val="single" w:sz="12" w:space="0" w:color="000000"/></w:tblBorders>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4300"/></w:tblGrid>{rows}</w:tbl>')


def footnotes_xml(d: Draft) -> bytes:
    parts = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:footnote>']
    for fid, text in sorted(d.footnotes.items()):
        parts.append(f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr>{rpr(d, 18, sup=True)}</w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr>{rpr(d, 18)}</w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                     '</w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NS}>' + "".join(parts)
            + "</w:footnotes>").encode("utf-8")


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    lv = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{x.fmt}"/>'
                 f'<w:lvlText w:val="{x.text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{x.left}" '
                 f'w:hanging="{x.hanging}"/></w:pPr></w:lvl>' for i, x in enumerate(LEVELS))
    numbering.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="0"><w:nsid w:val="3B7A1C52"/>'
                               f'<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="6D2E8A14"/>{lv}'
                               '</w:abstractNum>'))
    for i, over in enumerate(d.nums):
        o = "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                    for k, v in over.items())
        numbering.append(parse_xml(f'<w:num {NS} w:numId="{i + 1}"><w:abstractNumId w:val="0"/>{o}</w:num>'))
    for item in d.items:
        sect.addprevious(parse_xml(table_xml(item, d) if isinstance(item, Table) else para_xml(item, d)))
    if d.footnotes:
        part = Part(PackURI("/word/footnotes.xml"), CT_FOOT, footnotes_xml(d), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
    doc.core_properties.author = "代表团"
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.paras()), (d.name, count, len(d.paras()))
    refs = {int(e.get(w("id"))) for e in root.iter(w("footnoteReference"))}
    assert refs == set(d.footnotes), (d.name, refs)
    return out


def hr(text: str, faults: list[Fault] | None = None, *, size: int = 0, bold: bool = False) -> P:
    """A heading line set right (symbol, distribution, date, original)."""
    return P([R(text, bold=bold)], faults or [], kind="headr", size=size)


def hl(text: str, faults: list[Fault] | None = None, *, size: int = 0, bold: bool = False) -> P:
    return P([R(text, bold=bold)], faults or [], kind="head", size=size)


def title(text: str, faults: list[Fault] | None = None) -> P:
    return P([R(text, bold=True)], faults or [], kind="title", size=28)


def organ(text: str, faults: list[Fault] | None = None) -> P:
    return P([R(text)], faults or [], kind="organ")


def pre(lead: str, rest: str, faults: list[Fault] | None = None, *, i: bool = False) -> P:
    return P([R(lead, italic=i), R(rest)], faults or [], kind="pre")


def op(lead: str, rest: str, faults: list[Fault] | None = None, *, num: tuple[int, int] = (1, 0),
       i: bool = False) -> P:
    return P([R(lead, italic=i), R(rest)], faults or [], num, kind="op")


def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] = (1, 1)) -> P:
    return P([R(text)], faults or [], num, kind="sub")


# ---------------------------------------------------------------- the drafts

DISTR_ZH = ('"分发：限制" - the distribution line translated; it stays in English in every language version of a UN '
            "document, «Distr.: Limited» (UN-H02); the Chinese date and 原文 lines under it follow the same choice and "
            "are written back with it")


def masthead_table(symbol: str, organ_name: str, lines: list[P], *, sym_faults: list[Fault] | None = None) -> Table:
    """The UN's symbol block: 联 合 国 | symbol, then organ name | distribution, date, original."""
    return Table([([hl("联 合 国", bold=True)], [hr(symbol, sym_faults, size=28)]),
                  ([hl(organ_name, size=40, bold=True)], lines)])


# 北大 style: GA Third Committee, symbol block in a table, Chinese masthead lines
ZH01 = Draft(
    "zh-01-pku-ga3-c3-l12-table-masthead-tech-violence-women-restart", "zh-CN", "宋体",
    [
        masthead_table("A/C.3/80/L.12", "大    会", [
            hr("分发：限制", [F("other", DISTR_ZH)]),
            hr("2025年10月29日"),
            hr("原文：中文"),
        ]),
        hl("第八十一届会议",
           [F("other", '"第八十一届会议" - the session line says the eighty-first session under the symbol '
                       "A/C.3/80/L.12 of the eightieth; «第八十届会议» (UN-H05, UN-H01)")]),
        hl("议程项目28"),
        hl("提高妇女地位"),
        hl("第三委员会", bold=True),
        hl("中国、埃塞俄比亚、冰岛、墨西哥、菲律宾和南非：决议草案"),
        title("加强努力，防止和消除利用信息和通信技术实施的侵害妇女和女童暴力行为"),
        organ("大会，"),
        pre("回顾", "《消除对妇女一切形式歧视公约》^1和《北京宣言》及《行动纲要》，"),
        pre("又回顾", "其2023年12月19日第78/213号决议以及其他各项关于侵害妇女和女童暴力行为的相关决议，"),
        pre("注意到", "秘书长关于利用技术实施的侵害妇女和女童暴力行为的报告(A/80/251)^2,以及其中所载各项建议，",
            [F("half-width-punctuation-in-chinese",
               '"报告(A/80/251),以及其中所载各项建议" - a half-width comma inside the Chinese clause after the '
               "report's symbol; «（A/80/251），以及» (ZH-P01)")]),
        pre("深为关切", "网络跟踪、未经同意传播私密图像和深度伪造内容等行为日益增多，对妇女和女童的安全、健康和参与公共"
            "生活造成严重影响，"),
        pre("认识到", "私营部门，特别是数字平台，在预防和应对此类暴力行为方面负有责任，"),
        op("促请", "各国审查并视需要修订本国法律，将利用信息和通信技术实施的各种形式暴力行为定为刑事犯罪；"),
        op("吁请", "各国采取以下措施：", num=(1, 0)),
        sub("为受害者提供便利的举报渠道以及法律、心理和医疗援助；"),
        sub("对执法和司法人员进行培训，使其能够收集和保全电子证据；"),
        sub("开展提高认识运动，特别是面向青少年的运动。",
            [F("operative-end-mark",
               '"特别是面向青少年的运动。" - the last sub-clause of clause 2 ends with a full stop although the '
               "resolution goes on; «的运动；» (ZH-B03, UN-B11)")]),
        op("鼓励", "数字平台公司制定透明的内容审核政策，并迅速删除未经同意传播的私密图像；", num=(1, 0)),
        op("请", "联合国促进性别平等和增强妇女权能署（妇女署）在其任务范围内协助会员国收集按性别分列的数据；",
           num=(1, 0)),
        op("又请", "秘书长向大会第八十二届会议提交一份关于本决议执行情况的报告；", num=(2, 0),
           faults=[F("numbering",
                     '"又请秘书长向大会第八十二届会议提交" - the clause is in a list restarted at 1 and shows "1." '
                     "after clause 4; «5.» (UN-B07)")]),
        op("决定", "在第八十二届会议上继续审议这一问题。", num=(2, 0),
           faults=[F("numbering", '"决定在第八十二届会议上继续审议这一问题。" - continues the restarted list and '
                                  'shows "2."; «6.» (UN-B07)')]),
    ],
    nums=[{}, {0: 1}],
    footnotes={1: "联合国，《条约汇编》，第1249卷，第20378号。", 2: "A/80/251。"})

# 人大 style: a Security Council draft; lines, no table; English masthead lines (Distr.: General is the Council's)
ZH02 = Draft(
    "zh-02-ruc-sc-s-2025-lines-somalia-piracy-agenda-line", "zh-CN", "宋体",
    [
        hl("联合国", bold=True),
        hr("S/2025/761", size=28),
        hl("安全理事会", size=36, bold=True),
        hr("Distr.: General"),
        hr("18 November 2025"),
        hr("Original: Chinese"),
        hl("议程项目5",
           [F("other", '"议程项目5" - an agenda-item line on a Security Council draft; the Council\'s texts have no '
                       "agenda-item line (UN-H05) (symbol-organ: Council texts have no agenda-item line)")]),
        hl("中国、厄瓜多尔、法国、圭亚那、日本和莫桑比克：决议草案"),
        organ("安全理事会，"),
        pre("回顾", "其以往关于索马里局势和索马里沿海海盗及海上武装抢劫行为的各项决议，特别是第2608(2021)号决议^1，"),
        pre("重申", "尊重索马里的主权、领土完整、政治独立和统一，"),
        pre("又重申", "《联合国海洋法公约》^2所体现的国际法为打击海盗和海上武装抢劫行为规定了法律框架，"),
        pre("欢迎", "索马里联邦政府在加强其海上安全能力方面取得的进展，"),
        pre("关切地注意到", "索马里沿海的海盗事件在2024年以来有所回升，对航运安全和人道主义援助的运送构成威胁。",
            [F("preambular-end-mark",
               '"对航运安全和人道主义援助的运送构成威胁。" - a preambular clause ends with a full stop; «构成威胁，» '
               "(ZH-B02, UN-B05)")]),
        pre("强调", "必须以全面办法应对海盗问题的根源，包括贫穷、失业和非法捕捞，"),
        op("谴责", "索马里沿海的一切海盗和海上武装抢劫行为；"),
        op("吁请", "有能力的国家和区域组织根据本决议和国际法，派遣海军舰只和军用飞机参与打击海盗行动；"),
        op("鼓励", "会员国继续与索马里联邦政府合作，以便：", num=(1, 0)),
        sub("加强索马里海岸警卫队的能力；"),
        sub("起诉被指控的海盗，并依照国际人权法监禁被定罪者；"),
        op("认识到", "国际海事组织在制定海上安全最佳做法方面的作用；",
           [F("wrong-lead-form",
              '"认识到国际海事组织在制定海上安全最佳做法方面的作用" - a preambular lead opens a numbered operative '
              "clause; an operative clause opens with an operative verb («确认……» or move it to the preamble as "
              "«认识到……，») (ZH-B04, UN-B06)")]),
        op("请", "秘书长在本决议通过后十一个月内向安全理事会报告本决议的执行情况；"),
        op("决定", "继续积极处理此案。"),
    ],
    footnotes={1: "S/RES/2608 (2021)。", 2: "联合国，《条约汇编》，第1833卷，第31363号。"})

# 复旦 style: a Commission on Crime Prevention and Criminal Justice draft, symbol block table, Chinese masthead lines
ZH03 = Draft(
    "zh-03-fudan-ccpcj-e-cn15-2026-l3-table-wildlife-trafficking", "zh-CN", "宋体",
    [
        masthead_table("E/CN.15/2026/L.3", "经济及社会理事会", [
            hr("分发：限制", [F("other", DISTR_ZH)]),
            hr("2026年5月19日"),
            hr("原文：中文"),
        ]),
        hl("预防犯罪和刑事司法委员会", bold=True),
        hl("第三十五届会议"),
        hl("2026年5月18日至22日，维也纳"),
        hl("临时议程项目6"),
        hl("利用预防犯罪和刑事司法对策打击野生动植物非法贩运"),
        hl("加蓬、印度尼西亚、肯尼亚、秘鲁和越南：决议草案"),
        title("加强预防犯罪和刑事司法对策，打击野生动植物非法贩运"),
        organ("预防犯罪和刑事司法委员会，"),
        pre("回顾", "大会2025年7月关于处理野生动植物非法贩运问题的第79/325号决议^1，"),
        pre("铭记", "濒危野生动植物种国际贸易公约作为管制野生动植物国际贸易的主要文书的作用，",
            [F("missing-book-title-marks",
               '"铭记濒危野生动植物种国际贸易公约作为" - the title of the Convention is written without book title '
               "marks; «《濒危野生动植物种国际贸易公约》» (ZH-P01)")]),
        pre("确认", "《联合国打击跨国有组织犯罪公约》^2和《联合国反腐败公约》可用于打击此类犯罪，"),
        pre("关切", "野生动植物非法贩运与腐败、洗钱及其他形式的有组织犯罪之间的联系，"),
        op("敦促", "会员国将严重的野生动植物非法贩运行为定为严重犯罪，即可判处最高四年或更重剥夺自由刑的犯罪；"),
        op("鼓励", "会员国：", num=(1, 0)),
        sub("加强海关、警察和野生动植物管理部门之间的协调；"),
        sub("利用金融情报追查与野生动植物非法贩运相关的资金流动，包括："),
        sub("开展平行的金融调查；", num=(1, 2)),
        sub("没收犯罪所得；", num=(1, 2)),
        op("请", "联合国毒品和犯罪问题办公室继续向会员国提供技术援助，但须有预算外资源；", num=(1, 0)),
        op("又请", "执行主任向委员会第三十六届会议报告本决议的执行情况",
           [F("operative-end-mark",
              '"向委员会第三十六届会议报告本决议的执行情况" - the last operative clause has no end mark; «执行情况。» '
              "(ZH-B03, UN-B09)")]),
    ],
    footnotes={1: "A/RES/79/325。", 2: "联合国，《条约汇编》，第2225卷，第39574号。"})

# 武大 style: GA Second Committee, lines, English masthead lines; nearly clean
ZH04 = Draft(
    "zh-04-whu-ga2-c2-l25-lines-english-masthead-desertification-nearly-clean", "zh-CN", "宋体",
    [
        hl("联合国", bold=True),
        hr("A/C.2/80/L.25", size=28),
        hl("大    会", size=36, bold=True),
        hr("Distr.: Limited"),
        hr("6 November 2025"),
        hr("Original: Chinese"),
        hl("第八十届会议"),
        hl("议程项目19(c)"),
        hl("可持续发展：执行《联合国关于在发生严重干旱和/或荒漠化的国家特别是在非洲防治荒漠化的公约》"),
        hl("第二委员会", bold=True),
        hl("蒙古、尼日尔、沙特阿拉伯和乌兹别克斯坦：决议草案"),
        title("执行《联合国关于在发生严重干旱和/或荒漠化的国家特别是在非洲防治荒漠化的公约》"),
        organ("大会，"),
        pre("回顾", "其2024年12月关于执行《防治荒漠化公约》的第79/207号决议^1，"),
        pre("重申", "《2030年可持续发展议程》，特别是关于实现土地退化零增长的具体目标15.3，"),
        pre("注意到", "《公约》缔约方大会第十六届会议于2024年12月在利雅得举行；",
            [F("preambular-end-mark",
               '"于2024年12月在利雅得举行；" - a preambular clause ends with a semicolon; «在利雅得举行，» '
               "(ZH-B02, UN-B05)")]),
        pre("深为关切", "干旱、沙尘暴和土地退化对粮食安全和农村生计的影响日益加剧，"),
        op("敦促", "《公约》缔约方加紧努力，实现土地退化零增长的自愿目标；"),
        op("鼓励", "会员国和有关组织：", num=(1, 0)),
        sub("将干旱风险管理纳入国家发展规划；"),
        sub("支持采用可持续土地管理做法，特别是："),
        sub("恢复退化的农田和牧场；", num=(1, 2)),
        sub("推广节水农业技术；", num=(1, 2)),
        op("邀请", "国际金融机构为发展中国家的土地恢复项目提供资金^2；", num=(1, 0)),
        op("请", "秘书长向大会第八十一届会议报告本决议的执行情况。"),
    ],
    footnotes={1: "A/RES/79/207。", 2: "见“大绿墙”倡议和G20全球土地倡议。"})

# 港大 style: traditional, GA First Committee, symbol block table, Chinese masthead lines
ZH05 = Draft(
    "zh-05-hku-trad-ga1-c1-table-missing-l-outer-space", "zh-TW", "新細明體",
    [
        masthead_table("A/C.1/80/40", "大    會", [
            hr("分發：限制", [F("other", DISTR_ZH.replace("分发", "分發"))]),
            hr("2025年10月24日"),
            hr("原文：中文"),
        ], sym_faults=[F("other",
                         '"A/C.1/80/40" - the draft\'s symbol has no /L. component; a draft of a Main Committee '
                         "carries one: «A/C.1/80/L.40» (UN-H01) (a draft's symbol carries an /L.)")]),
        hl("第八十屆會議"),
        hl("議程項目99"),
        hl("防止外空軍備競賽"),
        hl("第一委員會", bold=True),
        hl("巴西、埃及、斯里蘭卡和泰國：決議草案"),
        title("進一步採取切實措施防止外空軍備競賽"),
        organ("大會，"),
        pre("回顧", "其1981年12月9日第36/97 C號決議及其後關於防止外空軍備競賽的各項決議，"),
        pre("重申", "1967年外層空間條約^1所載各項原則，特別是為全人類的利益探索和利用外層空間的原則，",
            [F("missing-book-title-marks",
               '"1967年外層空間條約" - the treaty\'s title written without book title marks; '
               "«《外層空間條約》» (ZH-P01)")]),
        pre("認識到", "防止外空軍備競賽將避免對國際和平與安全構成嚴重危險，"),
        pre("注意到", "裁軍談判會議在這一議題上的工作,以及聯合國裁軍研究所的相關研究報告，",
            [F("half-width-punctuation-in-chinese",
               '"在這一議題上的工作,以及" - a half-width comma inside the Chinese clause; «的工作，以及» (ZH-P01)')]),
        op("強調", "各國必須嚴格遵守現有的有關外空的法律制度；"),
        op("呼籲", "所有國家，特別是具有重大空間能力的國家："),
        sub("積極促進和平利用外層空間的目標；"),
        sub("不採取違背這一目標的行動；"),
        op("欣見", "政府專家組關於外空活動透明度和建立信任措施的報告^2；",
           [F("wrong-lead-form",
              '"欣見政府專家組關於外空活動透明度" - a preambular lead opens a numbered operative clause; an operative '
              "clause opens with an operative verb («表示注意到……» or move it to the preamble) (ZH-B04, UN-B06)")]),
        op("請", "裁軍談判會議設立一個特設委員會，談判一項或多項多邊協定；"),
        op("決定", "將題為「防止外空軍備競賽」的項目列入大會第八十一屆會議臨時議程。"),
    ],
    footnotes={1: "聯合國，《條約彙編》，第610卷，第8843號。", 2: "A/68/189。"})

# 复旦 style: a plenary draft of the General Assembly, lines, English masthead lines
ZH06 = Draft(
    "zh-06-fudan-ga-plenary-a-80-l15-lines-general-distr-olympic-truce", "zh-CN", "宋体",
    [
        hl("联合国", bold=True),
        hr("A/80/L.15", size=28),
        hl("大    会", size=36, bold=True),
        hr("Distr.: General",
           [F("other", '"Distr.: General" - the distribution line of a draft (its symbol A/80/L.15) reads General; '
                       "a draft is «Distr.: Limited» (UN-H02)")]),
        hr("12 November 2025"),
        hr("Original: Chinese"),
        hl("第七十九届会议",
           [F("other", '"第七十九届会议" - the session line says the seventy-ninth session under the symbol A/80/L.15 '
                       "of the eightieth; «第八十届会议» (UN-H05, UN-H01)")]),
        hl("议程项目13"),
        hl("通过体育和奥林匹克理想建设一个和平和更美好的世界"),
        hl("法国、希腊、意大利、日本和卡塔尔：决议草案"),
        title("通过体育和奥林匹克理想建设一个和平和更美好的世界"),
        organ("大会，"),
        pre("回顾", "其以往关于奥林匹克休战的各项决议，包括2023年11月21日第78/10号决议^1，"),
        pre("注意到", "第二十五届冬季奥林匹克运动会和第十四届冬季残疾人奥林匹克运动会将于2026年在米兰和科尔蒂纳丹佩佐"
            "举行，"),
        pre("认识到", "体育在促进和平、发展、宽容和相互理解方面可作出的贡献。",
            [F("preambular-end-mark",
               '"相互理解方面可作出的贡献。" - a preambular clause ends with a full stop; «可作出的贡献，» '
               "(ZH-B02, UN-B05)")]),
        pre("欢迎", "《奥林匹克宪章》^2所体现的理想，"),
        op("敦促", "会员国在奥林匹克休战框架内，单独和集体地遵守休战；"),
        op("呼吁", "所有会员国与国际奥林匹克委员会和国际残疾人奥林匹克委员会合作，以便：", num=(1, 0)),
        sub("以体育为工具促进冲突地区的和平与对话；"),
        sub("保障运动员、官员和观众的安全通行；"),
        op("邀请", "秘书长在休战期间呼吁世界各地的所有交战方遵守奥林匹克休战；", num=(1, 0)),
        op("决定", "将题为“通过体育和奥林匹克理想建设一个和平和更美好的世界”的分项目列入大会第八十二届会议临时议程;",
           [F("half-width-punctuation-in-chinese",
              '"列入大会第八十二届会议临时议程;" - the last clause ends with a half-width semicolon, where it takes a '
              "full stop; «临时议程。» (ZH-P01, ZH-B03)")]),
    ],
    footnotes={1: "A/RES/78/10。", 2: "国际奥林匹克委员会，2024年7月23日生效。"})

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, ZH06]


# ---------------------------------------------------------------- annotations and checks


def para_text(p: P) -> str:
    return re.sub(r"\^\d+", "", "".join(r.text for r in p.runs))


def check_quotes() -> None:
    for d in DRAFTS:
        paras = d.paras()
        for p, lab in zip(paras, labels(paras, d)):
            text = lab + para_text(p)
            for f in p.faults:
                for q in re.findall(r'"([^"]+)"', f.note):
                    if q in text or q in para_text(p) or len(q) <= 4:
                        continue
                    raise SystemExit(f"{d.name}: quote {q!r} not in paragraph {text!r}")


def annotations() -> str:
    head = ("# word-blind73: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
            "drafter.\n# paragraph = 1-based index of the w:p among all w:p of the body (table cells counted); list "
            "labels in notes are the ones Word shows.\n")
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(d.paras(), 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    check_quotes()
    if "--list" in argv:
        for d in DRAFTS:
            paras = d.paras()
            print(f"== {d.name} ({len(paras)} paragraphs, {sum(len(p.faults) for p in paras)} faults)")
            for i, (p, lab) in enumerate(zip(paras, labels(paras, d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {lab:5} {para_text(p)[:50]} {marks}")
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
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
