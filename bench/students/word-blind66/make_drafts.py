"""Build the drafts of the blind set word-blind66 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the list label Word/WPS shows, text (^n = footnote)
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese draft resolutions as delegates of university conferences (北大、人大、复旦、武大、港大 style) hand them in,
made in Word or WPS: a conference banner line (one draft), a centred 决议草案, a 文件号 ("决议草案 2.1") as a table row,
a tab-aligned line or in the title itself, the heading fields either in a two-column **table** (label cell | value
cell) or as **tab-aligned lines** (bold label, w:tab to a tab stop, plain value), the organ line, preambular clauses
citing resolutions and reports by symbol (第78/265号决议, S/2024/385, A/HRC/55/43) and titles in 《》, some with real
footnotes (w:footnoteReference in the body, word/footnotes.xml), operative clauses and sub-clauses numbered by Word or
WPS lists ("1." / "(a)" / "(i)", "1." / "（a）" / "(i)", "1." / "（一）"). Word runs: Times New Roman for Latin text and
w:eastAsia 宋体 / 仿宋 / 新細明體; WPS runs: one font (仿宋_GB2312, 宋体) for every script with w:hint="eastAsia".

python-docx gives the package; numbering, tables, footnotes and paragraphs are written as raw WordprocessingML by the
helpers below (written for this set; no import of drafter or of another set). Faults are marked with F(kind, note)
next to the paragraph that carries them. Paragraph number = 1-based index of the w:p among all w:p of the body in
document order (the cells' paragraphs of a heading table counted; footnote paragraphs are not body paragraphs),
checked again on the saved file.
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
NSDECL = f'xmlns:w="{W_NS}"'
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
    text: str  # "^n" inside the text = footnote reference n; "\t" = a tab
    bold: bool = False
    underline: bool = False


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    kind: str = "body"  # banner, title, heading, cell, organ, pre, op, sub


@dataclass
class Table:
    rows: list[tuple[P, P]]  # (label cell, value cell)


# ---------------------------------------------------------------- numbering


@dataclass
class Level:
    fmt: str
    text: str
    left: int
    hanging: int
    suff: str = "tab"


@dataclass
class Lists:
    abstracts: list[tuple[str, list[Level]]]  # (multiLevelType, levels)
    nums: list[tuple[int, dict[int, int]]]  # nums[numId - 1] = (abstractNumId, {ilvl: startOverride})


CHINESE = "一二三四五六七八九十"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "lowerRoman":
        return ROMAN[n - 1]
    if fmt == "chineseCounting":
        return CHINESE[n - 1]
    raise ValueError(fmt)


def abstract_xml(aid: int, kind: str, levels: list[Level], wps: bool) -> str:
    body = ""
    for i, lv in enumerate(levels):
        body += (f'<w:lvl w:ilvl="{i}"' + (' w:tentative="0"' if wps else "") + '><w:start w:val="1"/>'
                 f'<w:numFmt w:val="{lv.fmt}"/>' + (f'<w:suff w:val="{lv.suff}"/>' if lv.suff != "tab" else "")
                 + f'<w:lvlText w:val="{escape(lv.text)}"/><w:lvlJc w:val="left"/>'
                 f'<w:pPr><w:ind w:left="{lv.left}" w:hanging="{lv.hanging}"/></w:pPr></w:lvl>')
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:nsid w:val="{0x5A1C2200 + aid * 29:08X}"/>'
            f'<w:multiLevelType w:val="{kind}"/><w:tmpl w:val="{0x2C0F6E10 + aid:08X}"/>{body}</w:abstractNum>')


def num_xml(num_id: int, aid: int, overrides: dict[int, int]) -> str:
    over = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                   for lvl, start in overrides.items())
    return f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{over}</w:num>'


def labels(paras: list[P], lists: Lists) -> list[str]:
    """The label Word shows on each paragraph: counters belong to the abstractNum (w:nums sharing one continue each
    other), a w:num with a startOverride restarts its level the first time it is used, a level restarts when a
    higher level of the same abstractNum is used; paragraphs outside a list do not move its counters."""
    counters: dict[int, list[int]] = {}
    seen: set[int] = set()
    out = []
    for p in paras:
        if p.num is None:
            out.append("")
            continue
        num_id, ilvl = p.num
        aid, overrides = lists.nums[num_id - 1]
        levels = lists.abstracts[aid][1]
        c = counters.setdefault(aid, [0] * len(levels))
        if num_id not in seen:
            seen.add(num_id)
            for lvl, start in overrides.items():
                c[lvl] = start - 1
        c[ilvl] += 1
        for j in range(ilvl + 1, len(c)):
            c[j] = 0
        text = levels[ilvl].text
        for j in range(len(levels)):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), levels[j].fmt))
        out.append(text)
    return out


# Word's multilevel list "1." / "(a)" / "(i)"
WORD_A_I = [Level("decimal", "%1.", 420, 420), Level("lowerLetter", "(%2)", 840, 420),
            Level("lowerRoman", "(%3)", 1260, 420)]
# Word's multilevel list "1." / "（一）" (Chinese counting on the second level)
WORD_YI = [Level("decimal", "%1.", 420, 420), Level("chineseCounting", "（%2）", 840, 420, "nothing")]
# WPS's "1." / "(a)" / "(i)", numbers against the text
WPS_A_I = [Level("decimal", "%1.", 0, 0, "nothing"), Level("lowerLetter", "(%2)", 420, 0, "nothing"),
           Level("lowerRoman", "(%3)", 840, 0, "nothing")]
# WPS's "1." / "（a）" / "(i)", full-width brackets on the letters
WPS_FULL = [Level("decimal", "%1.", 0, 0, "nothing"), Level("lowerLetter", "（%2）", 420, 0, "nothing"),
            Level("lowerRoman", "(%3)", 840, 0, "nothing")]
# a separate one-level "(a)" list the student put on sub-clauses
WORD_LETTERS = [Level("lowerLetter", "(%1)", 840, 420)]


# ---------------------------------------------------------------- documents


@dataclass
class Draft:
    name: str
    app: str  # word or wps
    lang: str  # zh-CN, zh-TW
    font: str
    size: int  # half-points
    lists: Lists
    items: list[P | Table]
    footnotes: dict[int, str] = field(default_factory=dict)
    title_font: str = "黑体"
    latin: str = "Times New Roman"
    tab_pos: int = 1440  # the tab stop of tab-aligned heading lines

    def paras(self) -> list[P]:
        out: list[P] = []
        for item in self.items:
            if isinstance(item, Table):
                for a, b in item.rows:
                    out += [a, b]
            else:
                out.append(item)
        return out


def rpr_xml(d: Draft, kind: str, bold: bool = False, underline: bool = False, sup: bool = False) -> str:
    font = d.title_font if kind in ("title", "banner") else d.font
    if d.app == "wps" or kind in ("title", "banner"):
        fonts = (f'<w:rFonts w:hint="eastAsia" w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" '
                 f'w:cs="{font}"/>')
    else:
        fonts = f'<w:rFonts w:ascii="{d.latin}" w:hAnsi="{d.latin}" w:eastAsia="{font}" w:cs="{d.latin}"/>'
    size = d.size + 8 if kind == "title" else d.size
    return (fonts + ("<w:b/><w:bCs/>" if bold or kind in ("title", "banner") else "")
            + ('<w:u w:val="single"/>' if underline else "")
            + ('<w:vertAlign w:val="superscript"/>' if sup else "")
            + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-US" w:eastAsia="{d.lang}"/>')


def runs_xml(r: R, d: Draft, kind: str) -> str:
    out = ""
    for piece in re.split(r"(\^\d+|\t)", r.text):
        if not piece:
            continue
        if piece == "\t":
            out += f'<w:r><w:rPr>{rpr_xml(d, kind, r.bold, r.underline)}</w:rPr><w:tab/></w:r>'
        elif piece.startswith("^"):
            out += (f'<w:r><w:rPr>{rpr_xml(d, kind, sup=True)}</w:rPr>'
                    f'<w:footnoteReference w:id="{piece[1:]}"/></w:r>')
        else:
            out += (f'<w:r><w:rPr>{rpr_xml(d, kind, r.bold, r.underline)}</w:rPr>'
                    f'<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return out


def para_xml(p: P, d: Draft) -> str:
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    if d.app == "wps":
        ppr += '<w:kinsoku w:val="0"/><w:wordWrap w:val="0"/><w:snapToGrid w:val="0"/>'
    if p.kind == "heading":
        ppr += f'<w:tabs><w:tab w:val="left" w:pos="{d.tab_pos}"/></w:tabs>'
    ppr += '<w:spacing w:line="360" w:lineRule="auto"/>' if p.kind != "cell" else '<w:spacing w:before="40" w:after="40"/>'
    if p.kind == "pre" and not p.num:
        ppr += f'<w:ind w:firstLineChars="200" w:firstLine="{d.size * 20}"/>'
    if p.kind in ("title", "banner"):
        ppr += '<w:jc w:val="center"/>'
    elif p.kind in ("pre", "op", "sub"):
        ppr += '<w:jc w:val="both"/>'
    ppr += f'<w:rPr><w:sz w:val="{d.size}"/></w:rPr>'
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>" + "".join(runs_xml(r, d, p.kind) for r in p.runs) + "</w:p>"


def table_xml(t: Table, d: Draft) -> str:
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = ""
    for a, b in t.rows:
        rows += (f'<w:tr><w:tc><w:tcPr><w:tcW w:w="1900" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                 f'{para_xml(a, d)}</w:tc><w:tc><w:tcPr><w:tcW w:w="6400" w:type="dxa"/></w:tcPr>'
                 f'{para_xml(b, d)}</w:tc></w:tr>')
    return (f'<w:tbl {NSDECL}><w:tblPr><w:tblW w:w="8300" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="1900"/><w:gridCol w:w="6400"/>'
            f'</w:tblGrid>{rows}</w:tbl>')


def footnotes_xml(d: Draft) -> bytes:
    parts = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    small = Draft(d.name, d.app, d.lang, d.font, 18, d.lists, [])
    for fid, text in sorted(d.footnotes.items()):
        parts.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:snapToGrid w:val="0"/></w:pPr>'
                     f'<w:r><w:rPr>{rpr_xml(small, "body", sup=True)}</w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr>{rpr_xml(small, "body")}</w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t>'
                     '</w:r></w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NSDECL}>' + "".join(parts)
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
    for aid, (kind, levels) in enumerate(d.lists.abstracts):
        numbering.append(parse_xml(abstract_xml(aid, kind, levels, d.app == "wps")))
    for i, (aid, overrides) in enumerate(d.lists.nums):
        numbering.append(parse_xml(num_xml(i + 1, aid, overrides)))
    for item in d.items:
        sect.addprevious(parse_xml(table_xml(item, d) if isinstance(item, Table) else para_xml(item, d)))
    for child in list(sect):
        if child.tag in (w("pgSz"), w("pgMar")):
            sect.remove(child)
    sect.insert(0, parse_xml(f'<w:pgMar {NSDECL} w:top="1440" w:right="1588" w:bottom="1440" w:left="1588" '
                             'w:header="851" w:footer="992" w:gutter="0"/>'))
    sect.insert(0, parse_xml(f'<w:pgSz {NSDECL} w:w="11906" w:h="16838"/>'))
    if d.footnotes:
        part = Part(PackURI("/word/footnotes.xml"), CT_FOOT, footnotes_xml(d), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
        settings = doc.settings.element
        settings.append(parse_xml(f'<w:footnotePr {NSDECL}><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                                  '</w:footnotePr>'))
    doc.core_properties.author = "代表"
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        names = z.namelist()
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.paras()), (d.name, count, len(d.paras()))
    refs = {int(e.get(w("id"))) for e in root.iter(w("footnoteReference"))}
    assert refs == set(d.footnotes), (d.name, refs)
    assert not d.footnotes or "word/footnotes.xml" in names
    return out


# ---------------------------------------------------------------- paragraph helpers


def banner(text: str) -> P:
    return P([R(text)], kind="banner")


def title(text: str, faults: list[Fault] | None = None) -> P:
    return P([R(text)], faults or [], kind="title")


def line(label: str, value: str, faults: list[Fault] | None = None) -> P:
    """A tab-aligned heading line: bold label, a tab, the value."""
    return P([R(label, bold=True), R("\t" + value)], faults or [], kind="heading")


def row(label: str, value: str, faults: list[Fault] | None = None) -> tuple[P, P]:
    """A row of the heading table; faults go on the value cell."""
    return P([R(label, bold=True)], kind="cell"), P([R(value)], faults or [], kind="cell")


def organ(text: str, *, bold: bool = False, faults: list[Fault] | None = None) -> P:
    return P([R(text, bold=bold)], faults or [], kind="organ")


def pre(lead: str, rest: str, faults: list[Fault] | None = None, *, b: bool = False, u: bool = False) -> P:
    return P([R(lead, bold=b, underline=u), R(rest)], faults or [], kind="pre")


def op(lead: str, rest: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None,
       b: bool = False, u: bool = False) -> P:
    return P([R(lead, bold=b, underline=u), R(rest)], faults or [], num, kind="op")


def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None) -> P:
    return P([R(text)], faults or [], num, kind="sub")


# ---------------------------------------------------------------- the drafts

# 北大 style: conference banner, heading table with 文件号, WPS, 仿宋_GB2312 四号, underlined leads
ZH01 = Draft(
    "zh-01-pku-wps-fangsong-gb2312-ga2-ai-capacity-heading-table-restart", "wps", "zh-CN", "仿宋_GB2312", 28,
    # clauses 5-6 in a second w:num on the same list with "Restart at 1"
    Lists([("multilevel", WPS_A_I)], [(0, {}), (0, {0: 1})]),
    [
        banner("2025年北京大学全国中学生模拟联合国大会"),
        title("决议草案"),
        Table([
            row("文件号", "决议草案 2.1"),
            row("委员会", "联合国大会第二委员会（经济和金融委员会）"),
            row("议题", "弥合人工智能能力鸿沟，促进可持续发展"),
            row("起草国", "中国、赞比亚、印度尼西亚"),
            row("附议国", "阿尔及利亚、孟加拉国、古巴、埃及、肯尼亚、巴基斯坦、泰国"),
        ]),
        organ("大会，"),
        pre("回顾", "其2024年3月21日题为“抓住安全、可靠和值得信赖的人工智能系统带来的机遇，促进可持续发展”的"
            "第78/265号决议^1，", u=True),
        pre("又回顾", "其2024年7月1日关于加强人工智能能力建设国际合作的第78/311号决议，", u=True),
        pre("重申", "《2030年可持续发展议程》^2，特别是其中关于技术促进机制的承诺，", u=True),
        pre("欢迎", "作为《未来契约》附件通过的全球数字契约，以及其中关于弥合数字鸿沟的各项承诺，", u=True,
            faults=[F("missing-book-title-marks",
                      '"作为《未来契约》附件通过的全球数字契约" - the title of the Global Digital Compact is written '
                      "without book title marks, although the Pact's title beside it has them; expected "
                      "«《全球数字契约》» (ZH-P01)")]),
        pre("注意到", "秘书长人工智能高级别咨询机构题为《为人类治理人工智能》的最终报告，", u=True),
        pre("深为关切", "发展中国家在算力、数据和人才方面与发达国家的差距仍在扩大,据国际电信联盟统计,2024年全球仍有"
            "约26亿人未接入互联网,", u=True,
            faults=[F("half-width-punctuation-in-chinese",
                      '"差距仍在扩大,据国际电信联盟统计,2024年全球仍有约26亿人未接入互联网," - a sentence pasted from a '
                      "web page keeps its half-width commas inside the Chinese clause, and the clause ends with a "
                      "half-width comma; expected «差距仍在扩大，据……统计，……未接入互联网，» (ZH-P01)")]),
        pre("认识到", "人工智能能力建设应坚持以人为本、智能向善，并尊重各国的主权和自主选择的发展道路，", u=True),
        pre("强调", "联合国在人工智能国际治理中的核心作用。", u=True,
            faults=[F("preambular-end-mark",
                      '"联合国在人工智能国际治理中的核心作用。" - the last preambular clause ends with a full stop; a '
                      "preambular clause ends with «，»: «核心作用，» (ZH-B02, UN-B05)")]),
        op("鼓励", "各会员国制定本国人工智能能力建设战略，并将其纳入国家可持续发展规划；", num=(1, 0), u=True),
        op("促请", "发达国家和相关国际组织以下列方式向发展中国家提供支持：", num=(1, 0), u=True),
        sub("开放算力资源和公共数据集，供发展中国家的大学和研究机构使用；", num=(1, 1)),
        sub("为发展中国家的教师、公务员和中小企业开展人工智能技能培训；", num=(1, 1)),
        sub("支持建立区域人工智能能力建设中心。", num=(1, 1),
            faults=[F("operative-end-mark",
                      '"支持建立区域人工智能能力建设中心。" - the last sub-clause of clause 2 ends with a full stop although '
                      "the resolution goes on; it closes clause 2 and takes «；»: «能力建设中心；» (ZH-B03, UN-B11)")]),
        op("邀请", "联合国开发计划署和国际电信联盟在各自任务范围内协助会员国评估其人工智能准备程度；", num=(1, 0), u=True),
        op("呼吁", "私营部门以公平、合理和非歧视的条件向发展中国家转让人工智能相关技术；", num=(1, 0), u=True),
        op("请", "秘书长在第八十一届会议上提交关于本决议执行情况的报告；", num=(2, 0), u=True,
           faults=[F("numbering",
                     '"请秘书长在第八十一届会议上提交" - the clause is in a list restarted at 1 and shows "1." after '
                     "clause 4; expected «5.» (ZH-B03, UN-B07)")]),
        op("决定", "在第八十一届会议临时议程中列入题为“信息和通信技术促进可持续发展”的分项目。", num=(2, 0), u=True,
           faults=[F("numbering",
                     '"决定在第八十一届会议临时议程中列入" - the last clause continues the restarted list and shows "2."; '
                     "expected «6.» (ZH-B03, UN-B07)")]),
    ],
    footnotes={1: "A/RES/78/265。", 2: "第70/1号决议。"},
    title_font="方正小标宋简体")

# 人大 style: tab-aligned heading with a 文件号 line, Word, 宋体 小四, bold leads, "1." / "（一）" list
ZH02 = Draft(
    "zh-02-ruc-word-songti-ga3-older-persons-tab-heading-yi-subs", "word", "zh-CN", "宋体", 24,
    Lists([("hybridMultilevel", WORD_YI)], [(0, {})]),
    [
        title("决议草案"),
        line("文件号：", "决议草案 3.1"),
        line("委员会：", "联合国大会第三委员会（社会、人道主义和文化委员会）"),
        line("议题：", "保障老年人权利，应对人口老龄化"),
        line("起草国：", "阿根廷、日本、斯洛文尼亚"),
        line("附议国：", "巴西、智利、哥斯达黎加、德国、毛里求斯、卡塔尔、泰国"),
        organ("大会，", bold=True),
        pre("遵循", "《联合国宪章》的宗旨和原则，", b=True),
        pre("回顾", "《世界人权宣言》^1和《经济社会文化权利国际公约》^2，", b=True),
        pre("又回顾", "《马德里老龄问题国际行动计划》^3以及其关于联合国老年人原则的第46/91号决议，", b=True),
        pre("注意到", "人权理事会关于设立老年人人权问题政府间工作组的决定，", b=True),
        pre("关切地注意到", "全世界60岁及以上人口预计到2050年将增至约21亿，其中大多数生活在发展中国家，", b=True),
        pre("深为关切", "老年人在就业、医疗和数字服务中遭受的年龄歧视，以及老年妇女面临的多重歧视，", b=True),
        pre("请", "各会员国在国家层面加强对老年人的社会保护，", b=True,
            faults=[F("wrong-lead-form",
                      '"请各会员国在国家层面加强对老年人的社会保护，" - the operative verb 请 (requests) opens a '
                      "preambular paragraph; a preambular clause opens with a preambular lead (e.g. «认识到有必要……») "
                      "or the request goes to the operative part (UN-B03, ZH-B02)")]),
        pre("欢迎", "世界卫生组织领导的“联合国健康老龄化行动十年（2021—2030年）”，", b=True),
        pre("认识到", "老年人对家庭、社区和社会发展作出的宝贵贡献，", b=True),
        op("促请", "各会员国将老年人权利纳入国家发展规划和预算；", num=(1, 0), b=True),
        op("鼓励", "各会员国采取以下措施消除年龄歧视：", num=(1, 0), b=True),
        sub("审查并修订含有年龄歧视内容的法律法规；", num=(1, 1),
            faults=[F("sub-clause-label",
                      '"审查并修订含有年龄歧视内容的法律法规；" - the sub-clause is labelled "（一）" by the list\'s second '
                      "level; sub-clauses take letters: «(a)» (ZH-B04, UN-B10)")]),
        sub("在就业和职业培训中禁止基于年龄的歧视；", num=(1, 1),
            faults=[F("sub-clause-label",
                      '"在就业和职业培训中禁止基于年龄的歧视；" - labelled "（二）"; expected «(b)» (ZH-B04, UN-B10)')]),
        op("呼吁", "各国确保老年人能够以其可理解的方式获得数字公共服务，并保留线下服务渠道；", num=(1, 0), b=True),
        op("敦促", "各国加强长期照护体系建设，并为家庭照护者提供培训和喘息服务；", num=(1, 0), b=True),
        op("深为关切", "一些国家的养老金制度覆盖面不足，许多老年人无法获得基本收入保障；", num=(1, 0), b=True,
           faults=[F("wrong-lead-form",
                     '"深为关切一些国家的养老金制度覆盖面不足" - a preambular lead opening a numbered operative clause; '
                     "an operative clause opens with an operative verb («表示关切……» or move it to the preamble) "
                     "(UN-B06, ZH-B03)")]),
        op("邀请", "世界卫生组织和国际劳工组织协助各国收集按年龄分列的数据；", num=(1, 0), b=True),
        op("请", "秘书长在第八十一届会议上提交关于本决议执行情况的报告；", num=(1, 0), b=True),
        op("决定", "在第八十一届会议上继续审议这一问题；", num=(1, 0), b=True,
           faults=[F("operative-end-mark",
                     '"决定在第八十一届会议上继续审议这一问题；" - the last operative clause ends with a semicolon; the '
                     "resolution ends with «。»: «这一问题。» (ZH-B03, UN-B09)")]),
    ],
    footnotes={1: "第217 A (III)号决议。", 2: "见第2200 A (XXI)号决议，附件。",
               3: "《第二次老龄问题世界大会的报告，2002年4月8日至12日，马德里》（联合国出版物），第一章，决议1，附件二。"},
    title_font="黑体", tab_pos=1260)

# 复旦 style: heading table with 文件号, WPS, 宋体 小四, underlined leads, "1." / "(a)" / "(i)"; nearly clean
ZH03 = Draft(
    "zh-03-fudan-wps-songti-sc-conflict-hunger-nearly-clean", "wps", "zh-CN", "宋体", 24,
    Lists([("multilevel", WPS_A_I)], [(0, {})]),
    [
        title("决议草案"),
        Table([
            row("文件号", "决议草案 1.1"),
            row("委员会", "安全理事会"),
            row("议题", "武装冲突与饥饿"),
            row("起草国", "圭亚那、莫桑比克、瑞士"),
            row("附议国", "厄瓜多尔、马耳他、塞拉利昂、大韩民国"),
        ]),
        organ("安全理事会，"),
        pre("回顾", "其第2417(2018)号决议和第2573(2021)号决议，", u=True),
        pre("重申", "其根据《联合国宪章》负有维护国际和平与安全的首要责任，", u=True),
        pre("又重申", "国际人道主义法的各项原则，包括区分原则、比例原则和预防原则，", u=True),
        pre("注意到", "秘书长关于武装冲突中保护平民问题的报告(S/2024/385)^1，", u=True),
        pre("严重关切地注意到", "《2024年全球粮食危机报告》^2指出，2023年约有2.82亿人面临严重粮食不安全，冲突是其首要"
            "驱动因素，", u=True),
        pre("强烈谴责", "将使平民陷于饥饿作为作战方法；", u=True,
            faults=[F("preambular-end-mark",
                      '"将使平民陷于饥饿作为作战方法；" - the preambular clause ends with a semicolon; expected '
                      "«作战方法，» (ZH-B02, UN-B05)")]),
        pre("强调", "安全、及时和无阻碍的人道主义准入对防止饥荒的重要性，", u=True),
        op("要求", "武装冲突各方遵守国际人道主义法规定的义务，保护平民生存所必需的物体；", num=(1, 0), u=True),
        op("敦促", "武装冲突各方：", num=(1, 0), u=True),
        sub("允许和便利人道主义救济物资和人员迅速、无阻碍地通过；", num=(1, 1)),
        sub("不攻击、摧毁、移走或损坏平民生存所必需的物体，包括：", num=(1, 1)),
        sub("粮食和农业区；", num=(1, 2)),
        sub("饮水设施和灌溉系统；", num=(1, 2)),
        op("请", "秘书长在出现冲突引发饥荒和大范围粮食不安全的风险时迅速向安理会通报；", num=(1, 0), u=True),
        op("鼓励", "会员国和区域组织加强冲突地区的粮食安全早期预警能力；", num=(1, 0), u=True),
        op("表示", "打算在审议相关国家局势时考虑冲突引发的粮食不安全问题；", num=(1, 0), u=True),
        op("决定", "继续积极处理此案。", num=(1, 0), u=True),
    ],
    footnotes={1: "S/2024/385。", 2: "粮食危机问题全球网络，《2024年全球粮食危机报告》，2024年4月。"},
    title_font="黑体")

# 武大 style: the number in the title line, tab-aligned heading with spaced labels, Word, 仿宋 四号, bold leads; the
# sub-clauses in a separate "(a)" list that continues from clause 2 into clause 3
ZH04 = Draft(
    "zh-04-whu-word-fangsong-hrc-environment-no-topic-sub-list-continued", "word", "zh-CN", "仿宋", 28,
    Lists([("hybridMultilevel", WORD_A_I), ("singleLevel", WORD_LETTERS)], [(0, {}), (1, {})]),
    [
        title("决议草案 2.1"),
        line("委 员 会：", "人权理事会",
             [F("heading-field-missing",
                'the heading "委 员 会：人权理事会 / 起 草 国：… / 附 议 国：…" has no 议题 line; expected «议　　题：……» '
                "(ZH-H01)")]),
        line("起 草 国：", "哥斯达黎加、马尔代夫、摩洛哥、斯洛文尼亚、瑞士"),
        line("附 议 国：", "孟加拉国、智利、斐济、墨西哥、葡萄牙、瓦努阿图"),
        organ("人权理事会，", bold=True),
        pre("遵循", "《联合国宪章》的宗旨和原则，", b=True),
        pre("回顾", "大会2022年7月28日第76/300号决议^1，其中承认享有清洁、健康和可持续环境的权利是一项人权，", b=True),
        pre("又回顾", "理事会2021年10月8日第48/13号决议，", b=True),
        pre("还回顾", "里约环境与发展宣言^2，特别是其中关于公众获取信息、参与决策和诉诸司法的原则10，", b=True,
            faults=[F("missing-book-title-marks",
                      '"还回顾里约环境与发展宣言" - the title of the Rio Declaration without book title marks; expected '
                      "«《关于环境与发展的里约宣言》» (ZH-P01)")]),
        pre("注意到", "人权与环境问题特别报告员提交理事会第五十五届会议的报告(A/HRC/55/43)，", b=True),
        pre("深为关切", "气候变化、生物多样性丧失和污染对儿童、老年人和原住民族享有人权的不利影响，", b=True),
        pre("欢迎", "《拉丁美洲和加勒比环境问题获取信息、公众参与和诉诸司法区域协定》（《埃斯卡苏协定》）缔约方在"
            "保护环境人权维护者方面取得的进展，", b=True),
        pre("认识到", "环境人权维护者在保护环境和促进可持续发展方面发挥的重要作用，", b=True),
        pre("强调", "国际合作对于帮助发展中国家落实享有清洁、健康和可持续环境的权利的重要性，", b=True),
        op("促请", "各国在宪法或国家立法中承认享有清洁、健康和可持续环境的权利；", num=(1, 0), b=True),
        op("鼓励", "各国采取以下措施保障公众参与环境决策：", num=(1, 0), b=True),
        sub("及时、主动地公开环境信息；", num=(2, 0)),
        sub("确保受影响社区在项目审批前得到事先协商；", num=(2, 0)),
        op("敦促", "各国：", num=(1, 0), b=True),
        sub("调查和起诉针对环境人权维护者的威胁和暴力行为；", num=(2, 0),
            faults=[F("sub-clause-label",
                      '"调查和起诉针对环境人权维护者的威胁和暴力行为；" - the sub-clauses of clause 3 are in the same '
                      '"(a)" list as those of clause 2, which goes on counting: the first shows "(c)"; expected «(a)» '
                      "(ZH-B04, UN-B10)")]),
        sub("为环境人权维护者提供有效的保护机制；", num=(2, 0),
            faults=[F("sub-clause-label",
                      '"为环境人权维护者提供有效的保护机制；" - shows "(d)"; expected «(b)» (ZH-B04, UN-B10)')]),
        op("请", "联合国人权事务高级专员办事处在现有资源范围内应请求为各国提供技术援助。", num=(1, 0), b=True,
           faults=[F("operative-end-mark",
                     '"应请求为各国提供技术援助。" - operative clause 4 ends with a full stop although three clauses '
                     "follow; expected «技术援助；» (ZH-B03, UN-B09)")]),
        op("邀请", "联合国环境规划署与特别报告员合作，编写关于落实这项权利的良好做法汇编；", num=(1, 0), b=True),
        op("呼吁", "工商企业根据《工商企业与人权指导原则》开展人权和环境尽职调查；", num=(1, 0), b=True),
        op("决定", "在第六十一届会议上继续审议这一问题。", num=(1, 0), b=True),
    ],
    footnotes={1: "A/RES/76/300。", 2: "《联合国环境与发展会议的报告，1992年6月3日至14日，里约热内卢》，第一卷，"
                                         "《会议通过的决议》，决议1，附件一。"},
    title_font="方正小标宋简体", tab_pos=1680)

# 港大 style: traditional characters, heading table with 文件號, Word, 新細明體 12 pt, bold leads, "1." / "(a)" / "(i)"
ZH05 = Draft(
    "zh-05-hku-word-mingliu-trad-ga1-autonomous-weapons-heading-table", "word", "zh-TW", "新細明體", 24,
    Lists([("hybridMultilevel", WORD_A_I)], [(0, {})]),
    [
        title("決議草案"),
        Table([
            row("文件號", "決議草案 1.2"),
            row("委員會", "聯合國大會第一委員會（裁軍與國際安全）"),
            row("議題", "致命性自主武器系統"),
            row("起草國", "奧地利、墨西哥、新西蘭"),
            row("附議國", "智利、哥斯達黎加、愛爾蘭、菲律賓、塞拉利昂"),
        ]),
        organ("大會，", bold=True),
        pre("回顧", "其2023年12月22日第78/241號決議^1和2024年12月2日第79/62號決議，", b=True),
        pre("重申", "國際人道法適用於一切武器系統，包括新興技術領域的武器系統，", b=True),
        pre("注意到", "秘書長根據第78/241號決議提交的報告(A/79/88)^2，", b=True),
        pre("又注意到", "在特定常規武器公約框架內設立的致命性自主武器系統領域新興技術政府專家組的工作，", b=True,
            faults=[F("missing-book-title-marks",
                      '"在特定常規武器公約框架內" - the title of the Convention on Certain Conventional Weapons without '
                      "book title marks; expected «在《特定常規武器公約》框架內» (ZH-P01)")]),
        pre("深為關切", "在武器系統中使用人工智能可能引發的人道主義、法律、倫理和安全問題，", b=True),
        pre("認識到", "「有意義的人類控制」概念在國際討論中受到廣泛關注，", b=True),
        pre("強調", "在此領域推進多邊談判的緊迫性,並歡迎秘書長和紅十字國際委員會主席於2023年10月5日發出的聯合呼籲,",
            b=True,
            faults=[F("half-width-punctuation-in-chinese",
                      '"推進多邊談判的緊迫性,並歡迎秘書長" - the clause was typed in the English keyboard layout: a '
                      "half-width comma inside it, and it ends with a half-width comma; expected «緊迫性，並歡迎……聯合呼籲，» "
                      "(ZH-P01)")]),
        op("呼籲", "所有國家確保其開發和使用的武器系統始終處於有意義的人類控制之下；", num=(1, 0), b=True),
        op("鼓勵", "各國：", num=(1, 0), b=True),
        sub("在國家層面審查新武器的合法性，包括依照《日內瓦公約第一附加議定書》第三十六條進行審查；", num=(1, 1)),
        sub("交流關於以下方面的資訊：", num=(1, 1)),
        sub("國家政策和軍事準則；", num=(1, 2)),
        sub("人員培訓和問責機制；", num=(1, 2)),
        op("敦促", "各國在2026年前完成一項關於致命性自主武器系統的具有法律約束力的文書的談判，", num=(1, 0), b=True,
           faults=[F("operative-end-mark",
                     '"具有法律約束力的文書的談判，" - operative clause 3 ends with a comma; expected «的談判；» '
                     "(ZH-B03, UN-B09)")]),
        op("請", "秘書長就本決議的執行情況徵求會員國和觀察國的意見，並向大會第八十一屆會議提交報告；", num=(1, 0), b=True),
        op("決定", "將題為「致命性自主武器系統」的項目列入大會第八十一屆會議臨時議程", num=(1, 0), b=True,
           faults=[F("operative-end-mark",
                     '"列入大會第八十一屆會議臨時議程" - the last operative clause has no end mark; the resolution ends with '
                     "«。»: «臨時議程。» (ZH-B03, UN-B09)")]),
    ],
    footnotes={1: "A/RES/78/241。", 2: "A/79/88。"},
    title_font="標楷體")

# 人大 style again (another committee): tab-aligned heading, WPS, 宋体 小四, underlined leads, "1." / "（a）" / "(i)"
ZH06 = Draft(
    "zh-06-ruc-wps-songti-unea-plastics-tab-heading-last-clause-at-sub-level", "wps", "zh-CN", "宋体", 24,
    Lists([("multilevel", WPS_FULL)], [(0, {})]),
    [
        title("决议草案"),
        line("文件号：", "决议草案 1.3"),
        line("委员会：", "联合国环境大会"),
        line("议题：", "终结塑料污染"),
        line("起草国：", "挪威、秘鲁、卢旺达"),
        line("附议国：", "加纳、日本、菲律宾、塞内加尔、乌拉圭"),
        organ("联合国环境大会",
              faults=[F("other",
                        'the organ line "联合国环境大会" has no comma after the organ\'s name; expected «联合国环境大会，» '
                        "(ZH-B01, UN-B02)")]),
        pre("回顾", "其2022年3月2日题为“终结塑料污染：制定具有法律约束力的国际文书”的第5/14号决议^1，", u=True),
        pre("重申", "《关于环境与发展的里约宣言》的各项原则，", u=True),
        pre("注意到", "为制定塑料污染问题国际文书而设立的政府间谈判委员会迄今各届会议的工作，", u=True),
        pre("关切地注意到", "每年约有1100万吨塑料废物进入水生生态系统，", u=True),
        pre("认识到", "塑料污染对人类健康、生物多样性和气候的影响贯穿塑料的整个生命周期。全球塑料的生产和消费仍在持续增长，",
            u=True,
            faults=[F("full-stop-inside-clause",
                      '"贯穿塑料的整个生命周期。全球塑料的生产和消费" - a full stop inside the preambular clause; the '
                      "resolution is one sentence, so «生命周期，全球塑料……» (ZH-B05, MUN-F05)")]),
        pre("铭记", "《控制危险废物越境转移及其处置巴塞尔公约》关于塑料废物的修正案，", u=True),
        pre("欢迎", "各国、城市和企业为减少一次性塑料制品所作的自愿承诺，", u=True),
        pre("强调", "公正转型的重要性，包括废物拾荒者和受影响社区的生计，", u=True),
        op("敦促", "各成员国在谈判中就涵盖塑料整个生命周期的文书达成共识；", num=(1, 0), u=True),
        op("鼓励", "各成员国采取以下国内措施：", num=(1, 0), u=True),
        sub("逐步淘汰不必要且可避免的一次性塑料制品；", num=(1, 1)),
        sub("建立生产者延伸责任制度，并且：", num=(1, 1)),
        sub("将包装和纺织品纳入其中；", num=(1, 2)),
        sub("为收集和回收系统提供稳定资金；", num=(1, 2)),
        op("呼吁", "各成员国支持废物拾荒者以公正的方式融入废物管理体系;", num=(1, 0), u=True,
           faults=[F("half-width-punctuation-in-chinese",
                     '"融入废物管理体系;" - the clause ends with a half-width semicolon; expected «管理体系；» (ZH-P01)')]),
        op("邀请", "联合国环境规划署为发展中国家提供技术援助和能力建设支助；", num=(1, 0), u=True),
        op("请", "执行主任向环境大会第七届会议报告本决议的执行情况；", num=(1, 0), u=True),
        op("决定", "继续审议这一问题。", num=(1, 1), u=True,
           faults=[F("numbering",
                     '"决定继续审议这一问题。" - the last operative clause is at the list\'s second level and shows '
                     '"（a）" like a sub-clause of clause 5; expected «6.» (ZH-B03, UN-B07)')]),
    ],
    footnotes={1: "UNEP/EA.5/Res.14。"},
    title_font="黑体")

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, ZH06]


# ---------------------------------------------------------------- annotations and checks


def para_text(p: P) -> str:
    return re.sub(r"\^\d+", "", "".join(r.text for r in p.runs))


def check_quotes() -> None:
    """Every "…" quoted in a note is in its paragraph (label shown + text), or names heading lines or a label."""
    for d in DRAFTS:
        paras = d.paras()
        for p, lab in zip(paras, labels(paras, d.lists)):
            text = lab + para_text(p)
            for f in p.faults:
                for q in re.findall(r'"([^"]+)"', f.note):
                    if q in text or q in text.replace("\t", "") or len(q) <= 4 or " / " in q:
                        continue
                    raise SystemExit(f"{d.name}: quote {q!r} not in paragraph {text!r}")


def annotations() -> str:
    head = ("# word-blind66: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
            "drafter.\n# paragraph = 1-based index of the w:p among all w:p of the body (heading-table cells counted); "
            "list labels in notes are the ones Word/WPS shows (make_drafts.labels, checked on the rendering).\n")
    data = {}
    for d in DRAFTS:
        faults = []
        for i, p in enumerate(d.paras(), 1):
            for f in p.faults:
                faults.append({"paragraph": i, "kind": f.kind, "note": f.note})
        data[f"{d.name}.docx"] = {"faults": faults}
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    check_quotes()
    if "--list" in argv:
        for d in DRAFTS:
            paras = d.paras()
            print(f"== {d.name} ({len(paras)} paragraphs, {sum(len(p.faults) for p in paras)} faults)")
            for i, (p, lab) in enumerate(zip(paras, labels(paras, d.lists)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {lab:5} {''.join(r.text for r in p.runs)[:60]} {marks}")
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
