"""Build the drafts of the blind set word-blind70 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the list label Word/WPS shows, text (^n = footnote)
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese draft resolutions as ordinary delegates of six conferences hand them in (three 高中, three 大学; one in
traditional characters), made in Word or WPS from each conference's own template: a centred 决议草案, the heading
fields (委员会 / 议题 / 起草国 / 附议国 or 委员会 / 议题 / 提案国 / 联署国) as tab-aligned lines, lines typed after the
colon or a two-column table, the organ line with its full-width comma, leads underlined, bold or italic (宋体 / 楷体 /
標楷體 with w:eastAsia set), operative clauses numbered by Word or WPS lists or typed "1.", sub-clauses "(a)" / "(i)"
or "（一）", citations by symbol and titles in 《》, on 2024-2026 topics.

python-docx gives the package; numbering, tables, footnotes and paragraphs are written as raw WordprocessingML by the
helpers below (written for this set after the shape of the earlier word-blind scripts; no import of drafter or of
another set). Faults are marked with F(kind, note) next to the paragraph that carries them. Paragraph number =
1-based index of the w:p among all w:p of the body in document order (heading-table cells counted; footnote
paragraphs are not body paragraphs), checked again on the saved file.
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
    italic: bool = False


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


def rpr_xml(d: Draft, kind: str, bold: bool = False, underline: bool = False, sup: bool = False,
            italic: bool = False) -> str:
    font = d.title_font if kind in ("title", "banner") else d.font
    if d.app == "wps" or kind in ("title", "banner"):
        fonts = (f'<w:rFonts w:hint="eastAsia" w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" '
                 f'w:cs="{font}"/>')
    else:
        fonts = f'<w:rFonts w:ascii="{d.latin}" w:hAnsi="{d.latin}" w:eastAsia="{font}" w:cs="{d.latin}"/>'
    size = d.size + 8 if kind == "title" else d.size
    return (fonts + ("<w:b/><w:bCs/>" if bold or kind in ("title", "banner") else "")
            + ("<w:i/><w:iCs/>" if italic else "")
            + ('<w:u w:val="single"/>' if underline else "")
            + ('<w:vertAlign w:val="superscript"/>' if sup else "")
            + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-US" w:eastAsia="{d.lang}"/>')


def runs_xml(r: R, d: Draft, kind: str) -> str:
    out = ""
    for piece in re.split(r"(\^\d+|\t)", r.text):
        if not piece:
            continue
        if piece == "\t":
            out += f'<w:r><w:rPr>{rpr_xml(d, kind, r.bold, r.underline, italic=r.italic)}</w:rPr><w:tab/></w:r>'
        elif piece.startswith("^"):
            out += (f'<w:r><w:rPr>{rpr_xml(d, kind, sup=True)}</w:rPr>'
                    f'<w:footnoteReference w:id="{piece[1:]}"/></w:r>')
        else:
            out += (f'<w:r><w:rPr>{rpr_xml(d, kind, r.bold, r.underline, italic=r.italic)}</w:rPr>'
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
    if p.kind in ("pre", "op", "sub") and not p.num:
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


def line(label: str, value: str, faults: list[Fault] | None = None, *, tab: bool = True) -> P:
    """A heading line: bold label, then a tab (or nothing: the value typed after the colon), the value."""
    return P([R(label, bold=True), R(("\t" if tab else "") + value)], faults or [], kind="heading")


def row(label: str, value: str, faults: list[Fault] | None = None) -> tuple[P, P]:
    """A row of the heading table; faults go on the value cell."""
    return P([R(label, bold=True)], kind="cell"), P([R(value)], faults or [], kind="cell")


def organ(text: str, *, bold: bool = False, faults: list[Fault] | None = None) -> P:
    return P([R(text, bold=bold)], faults or [], kind="organ")


def pre(lead: str, rest: str, faults: list[Fault] | None = None, *, b: bool = False, u: bool = False,
        i: bool = False) -> P:
    return P([R(lead, bold=b, underline=u, italic=i), R(rest)], faults or [], kind="pre")


def op(lead: str, rest: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None,
       lab: str = "", b: bool = False, u: bool = False, i: bool = False) -> P:
    """An operative clause: numbered by a list (num) or with a typed label (lab, e.g. "3." or "3、")."""
    runs = ([R(lab)] if lab else []) + [R(lead, bold=b, underline=u, italic=i), R(rest)]
    return P(runs, faults or [], num, kind="op")


def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None, lab: str = "") -> P:
    return P(([R(lab)] if lab else []) + [R(text)], faults or [], num, kind="sub")


# ---------------------------------------------------------------- the drafts

# 高中 conference (Beijing): tab-aligned heading 委员会 / 议题 / 起草国 / 附议国, WPS, 宋体 小四, underlined leads,
# operative labels typed "1." (no list), sub-clauses typed "(a)"
ZH01 = Draft(
    "zh-01-hs-beijing-wps-songti-ga3-online-safety-typed-labels", "wps", "zh-CN", "宋体", 24,
    Lists([], []),
    [
        banner("2025年北京市中学生模拟联合国大会"),
        title("决议草案"),
        line("委员会：", "联合国大会第三委员会"),
        line("议题：", "数字时代儿童和青少年的网络安全"),
        line("起草国：", "芬兰、马来西亚、卢旺达"),
        line("附议国：", "巴西、爱沙尼亚、冰岛、约旦、新加坡"),
        organ("大会，"),
        pre("遵循", "《联合国宪章》的宗旨和原则，", u=True),
        pre("回顾", "儿童权利公约及其关于买卖儿童、儿童卖淫和儿童色情制品问题的任择议定书，", u=True,
            faults=[F("missing-book-title-marks",
                      '"回顾儿童权利公约及其" - the title of the Convention on the Rights of the Child without book title '
                      "marks; expected «回顾《儿童权利公约》及其……» (ZH-P01)")]),
        pre("又回顾", "儿童权利委员会关于与数字环境有关的儿童权利的第25号一般性意见(2021年)，", u=True),
        pre("注意到", "大会2024年12月24日第79/243号决议通过的《联合国打击网络犯罪公约》，", u=True),
        pre("深为关切", "网络欺凌、网络性剥削和有害内容对儿童身心健康造成的严重影响；", u=True,
            faults=[F("preambular-end-mark",
                      '"网络欺凌、网络性剥削和有害内容对儿童身心健康造成的严重影响；" - a preambular clause ends with a '
                      "semicolon; expected «严重影响，» (ZH-B02, UN-B05)")]),
        pre("认识到", "数字技术为儿童获取信息、接受教育和参与社会生活提供了重要机会，", u=True),
        pre("强调", "父母、学校、平台企业和政府在保护儿童网络安全方面负有共同责任，", u=True),
        op("敦促", "各会员国制定或完善保护儿童网络安全的国家立法；", lab="1.", u=True),
        op("鼓励", "各会员国在中小学课程中纳入数字素养和网络安全教育，内容包括：", lab="2.", u=True),
        sub("识别和应对网络欺凌；", lab="(a)"),
        sub("保护个人信息和隐私；", lab="(b)"),
        sub("负责任地使用生成式人工智能工具；", lab="(c)"),
        op("呼吁", "社交媒体平台为未成年用户默认提供最高级别的隐私设置,并建立便于儿童使用的举报机制；", lab="3.", u=True,
           faults=[F("half-width-punctuation-in-chinese",
                     '"最高级别的隐私设置,并建立" - a half-width comma in a clause pasted from another file; expected '
                     "«隐私设置，并建立» (ZH-P01)")]),
        op("请", "联合国儿童基金会与国际电信联盟合作，为发展中国家提供儿童在线保护方面的技术援助；", lab="4、", u=True,
           faults=[F("numbering",
                     '"4、" - an operative label typed with the enumeration comma 、 where the other clauses have "1." '
                     "«4.» (ZH-B03, UN-B07)")]),
        op("邀请", "各会员国分享在年龄验证和儿童友好型设计方面的良好做法；", lab="5.", u=True),
        op("决定", "继续审议这一问题；", lab="6.", u=True,
           faults=[F("operative-end-mark",
                     '"决定继续审议这一问题；" - the last operative clause ends with a semicolon; the resolution ends '
                     "with «。»: «这一问题。» (ZH-B03, UN-B09)")]),
    ])

# 大学 conference (清华 style): heading 委员会 / 议题 / 提案国 / 联署国 typed after the colon, Word, 楷体 body,
# bold leads, Word list "1." / "(a)" / "(i)"; the student restarted the list at 1 after a page break
ZH02 = Draft(
    "zh-02-univ-word-kaiti-ga6-sea-level-rise-list-restarted", "word", "zh-CN", "楷体", 24,
    Lists([("hybridMultilevel", WORD_A_I)], [(0, {}), (0, {0: 1})]),
    [
        title("决议草案"),
        line("委员会：", "联合国大会第六委员会（法律）", tab=False),
        line("议题：", "与国际法有关的海平面上升问题", tab=False),
        line("提案国：", "图瓦卢、斐济、安提瓜和巴布达", tab=False),
        line("联署国：", "巴哈马、马尔代夫、萨摩亚、瓦努阿图、新西兰", tab=False),
        organ("大会，", bold=True),
        pre("回顾", "1982年12月10日《联合国海洋法公约》，", b=True),
        pre("重审", "《联合国海洋法公约》确立了海洋中一切活动都必须遵循的法律框架，", b=True,
            faults=[F("misspelt-lead",
                      '"重审《联合国海洋法公约》" - the lead 重申 (reaffirming) typed as its homophone 重审 (retrial); '
                      "expected «重申《联合国海洋法公约》……» (ZH-B02, UN-B03)")]),
        pre("注意到", "国际法委员会关于与国际法有关的海平面上升问题研究组的工作情况的报告(A/78/10)，", b=True),
        pre("又注意到", "国际法院2025年7月23日就各国在气候变化方面的义务发表的咨询意见，", b=True),
        pre("欢迎", "2024年9月25日举行的关于海平面上升所构成生存威胁问题的大会高级别会议。", b=True,
            faults=[F("preambular-end-mark",
                      '"海平面上升所构成生存威胁问题的大会高级别会议。" - a preambular clause ends with a full stop; '
                      "expected «高级别会议，» (ZH-B02, UN-B05)")]),
        pre("深信", "海平面上升不应影响依照《联合国海洋法公约》确定的海区界限及其所产生的权利和权益，", b=True),
        pre("意识到", "低洼沿海国家和小岛屿发展中国家特别容易受到海平面上升的影响，", b=True),
        op("申明", "依照《联合国海洋法公约》确定并通知秘书长的海区界限不因海平面上升而须重新审查或更新；", num=(1, 0), b=True),
        op("确认", "一国的国家地位不因海平面上升导致的领土变化而终止；", num=(1, 0), b=True),
        op("鼓励", "各国：", num=(1, 0), b=True),
        sub("交存标示其海区界限的海图或地理坐标表；", num=(1, 1)),
        sub("在保护受海平面上升影响的人员方面加强合作，包括：", num=(1, 1)),
        sub("便利其跨境流动；", num=(1, 2)),
        sub("保护其文化遗产；", num=(1, 2)),
        op("吁请", "各国在应对气候变化的措施中落实巴黎协定规定的减缓和适应义务；", num=(2, 0), b=True,
           faults=[F("numbering",
                     '"吁请各国在应对气候变化的措施中落实" - the list restarts here: the clause shows "1." after clause 3; '
                     "expected «4.» (ZH-B03, UN-B07)"),
                   F("missing-book-title-marks",
                     '"落实巴黎协定规定的减缓和适应义务" - the title of the Paris Agreement without book title marks; '
                     "expected «落实《巴黎协定》规定的……» (ZH-P01)")]),
        op("请", "秘书长就本决议的执行情况征求各会员国的意见，并向大会第八十一届会议提交报告；", num=(2, 0), b=True,
           faults=[F("numbering",
                     '"请秘书长就本决议的执行情况征求各会员国的意见" - shows "2." after the restart; expected «5.» '
                     "(ZH-B03, UN-B07)")]),
        op("决定", "将题为“与国际法有关的海平面上升问题”的项目列入大会第八十一届会议临时议程。", num=(2, 0), b=True,
           faults=[F("numbering",
                     '"决定将题为“与国际法有关的海平面上升问题”的项目" - shows "3." after the restart; expected «6.» '
                     "(ZH-B03, UN-B07)")]),
    ],
    title_font="黑体")

# 大学 conference (Taipei / Hong Kong style), traditional characters: heading table 委員會 / 議題 / 提案國 / 聯署國,
# Word, 標楷體 body, italic leads, Word list "1." / "(a)"; a sub-clause left at the clause level
ZH03 = Draft(
    "zh-03-univ-trad-word-biaukai-ga4-space-debris-sub-at-clause-level", "word", "zh-TW", "標楷體", 24,
    Lists([("hybridMultilevel", WORD_A_I)], [(0, {})]),
    [
        title("決議草案"),
        Table([
            row("委員會", "聯合國大會第四委員會（特別政治和非殖民化）"),
            row("議題", "外層空間活動的長期可持續性與空間碎片"),
            row("提案國", "日本、盧森堡、新西蘭"),
            row("聯署國", "阿根廷、加拿大、意大利、肯尼亞、泰國"),
        ]),
        organ("大會，"),
        pre("回顧", "《關於各國探索和利用包括月球和其他天體在內外層空間活動的原則條約》，", i=True),
        pre("又回顧", "其2024年12月4日第79/80號決議，", i=True),
        pre("注意到", "和平利用外層空間委員會通過的《外層空間活動長期可持續性準則》^1，", i=True),
        pre("請", "各國關注近地軌道衛星數量迅速增加所帶來的碰撞風險，", i=True,
            faults=[F("wrong-lead-form",
                      '"請各國關注近地軌道衛星數量迅速增加" - the operative verb 請 (requests) opens a preambular clause; '
                      "a preambular clause opens with a preambular lead, e.g. «關切地注意到近地軌道衛星數量……» "
                      "(ZH-B02, UN-B03)")]),
        pre("深為關切", "反衛星武器試驗產生的大量長期存在的空間碎片，", i=True),
        pre("認識到", "空間態勢感知數據的共享對保障所有國家空間活動安全的重要性，", i=True),
        op("鼓勵", "所有國家在國家層面落實《空間碎片減緩準則》；", num=(1, 0), i=True),
        op("促請", "各空間行為體：", num=(1, 0), i=True),
        sub("在任務結束後按期使航天器脫離軌道；", num=(1, 1)),
        sub("事先通報可能產生碎片的在軌活動；", num=(1, 0),
            faults=[F("sub-clause-label",
                      '"事先通報可能產生碎片的在軌活動；" - the second sub-clause of clause 2 is at the list\'s first level '
                      'and shows "3." like an operative clause; expected «(b)» at the sub-clause level (ZH-B04, UN-B10)')]),
        op("呼籲", "各國承諾不進行破壞性的直升式反衛星導彈試驗;", num=(1, 0), i=True,
           faults=[F("numbering",
                     '"呼籲各國承諾不進行破壞性的直升式反衛星導彈試驗" - shows "4." because the sub-clause above took '
                     '"3."; expected «3.» (ZH-B03, UN-B07)'),
                   F("half-width-punctuation-in-chinese",
                     '"反衛星導彈試驗;" - the clause ends with a half-width semicolon; expected «導彈試驗；» (ZH-P01)')]),
        op("請", "外層空間事務廳在現有資源範圍內為發展中國家提供能力建設支助；", num=(1, 0), i=True),
        op("決定", "在第八十一屆會議上繼續審議這一項目。", num=(1, 0), i=True),
    ],
    footnotes={1: "《大會正式記錄，第七十四屆會議，補編第20號》（A/74/20），附件二。"},
    title_font="標楷體")

# 高中 conference (Shanghai): tab-aligned heading, WPS, 宋体 小四, bold leads, typed "1." labels and typed "（一）"
# sub-clauses
ZH04 = Draft(
    "zh-04-hs-shanghai-wps-songti-ecosoc-food-security-yi-subs", "wps", "zh-CN", "宋体", 24,
    Lists([], []),
    [
        title("决议草案"),
        line("委员会：", "经济及社会理事会"),
        line("议题：", "应对全球粮食不安全"),
        line("起草国：", "埃塞俄比亚、印度尼西亚、荷兰"),
        line("附议国：", "孟加拉国、哥伦比亚、加纳、挪威、乌拉圭"),
        organ("经济及社会理事会，", bold=True),
        pre("回顾", "《2030年可持续发展议程》，特别是可持续发展目标2，", b=True),
        pre("注意到", "《2025年世界粮食安全和营养状况》报告指出，2024年全球约有6.73亿人面临饥饿，", b=True),
        pre("关切地注意到", "气候变化、武装冲突和经济冲击共同加剧了粮食不安全，", b=True),
        pre("认识到", "小农户、妇女和青年在粮食体系中的关键作用，", b=True),
        pre("欢迎", "2024年启动的“全球抗击饥饿与贫困联盟”，", b=True),
        op("鼓励", "各会员国增加对可持续农业和农村基础设施的公共投资；", lab="1.", b=True),
        op("促请", "各会员国采取以下措施减少粮食损失和浪费：", lab="2.", b=True),
        sub("改善收获后储存和冷链设施；", lab="（一）",
            faults=[F("sub-clause-label",
                      '"（一）改善收获后储存和冷链设施；" - a sub-clause labelled with a Chinese numeral; sub-clauses take '
                      "letters: «(a)» (ZH-B04, UN-B10)")]),
        sub("开展面向消费者的减少食物浪费宣传活动；", lab="（二）",
            faults=[F("sub-clause-label",
                      '"（二）开展面向消费者的减少食物浪费宣传活动；" - labelled "（二）"; expected «(b)» (ZH-B04, UN-B10)')]),
        op("深表关切", "许多低收入国家的债务负担限制了其在粮食安全领域的投资。", lab="3.", b=True,
           faults=[F("wrong-lead-form",
                     '"深表关切许多低收入国家的债务负担" - a preambular lead opening a numbered operative clause; an '
                     "operative clause opens with an operative verb, e.g. «表示关切……» (ZH-B03, UN-B06)"),
                   F("operative-end-mark",
                     '"限制了其在粮食安全领域的投资。" - operative clause 3 ends with a full stop although clauses follow; '
                     "expected «的投资；» (ZH-B03, UN-B09)")]),
        op("呼吁", "国际金融机构为受粮食危机影响最严重的国家提供优惠融资；", lab="4.", b=True),
        op("请", "联合国粮食及农业组织与世界粮食计划署合作，加强粮食危机早期预警系统；", lab="5.", b=True),
        op("决定", "在2026年实质性会议上继续审议这一问题。", lab="6.", b=True),
    ],
    title_font="黑体")

# 大学 conference (南开 style): heading table 委员会 / 议题 / 起草国 / 附议国, Word, 宋体 小四, underlined leads,
# Word list "1." / "(a)" / "(i)"; nearly clean
ZH05 = Draft(
    "zh-05-univ-word-songti-sc-sudan-civilians-nearly-clean", "word", "zh-CN", "宋体", 24,
    Lists([("hybridMultilevel", WORD_A_I)], [(0, {})]),
    [
        title("决议草案"),
        Table([
            row("委员会", "安全理事会"),
            row("议题", "苏丹局势与平民保护"),
            row("起草国", "圭亚那、塞拉利昂、大不列颠及北爱尔兰联合王国"),
            row("附议国", "阿尔及利亚、丹麦、大韩民国、斯洛文尼亚"),
        ]),
        organ("安全理事会，"),
        pre("回顾", "其关于苏丹的以往各项决议，特别是第2736(2024)号决议，", u=True),
        pre("重申", "对苏丹主权、独立、统一和领土完整的坚定承诺，", u=True),
        pre("严重关切", "苏丹武装冲突持续升级，造成大规模平民伤亡和流离失所，", u=True),
        pre("注意到", "秘书长关于保护苏丹平民的建议(S/2024/759)^1，", u=True),
        pre("又注意到", "《2025年苏丹人道主义需求和应对计划》所述的严峻人道主义状况，", u=True),
        pre("强调", "冲突各方必须遵守国际人道主义法规定的义务，", u=True),
        op("要求", "冲突各方立即停止敌对行动，并通过对话寻求持久的政治解决；", num=(1, 0), u=True),
        op("敦促", "冲突各方：", num=(1, 0), u=True),
        sub("允许和便利人道主义援助迅速、安全和无阻碍地通过，包括：", num=(1, 1)),
        sub("经由阿德雷过境点的跨境援助；", num=(1, 2)),
        sub("跨越冲突线的援助；", num=(1, 2)),
        sub("保护医疗人员和医疗设施，", num=(1, 1),
            faults=[F("operative-end-mark",
                      '"保护医疗人员和医疗设施，" - the last sub-clause of clause 2 ends with a comma; expected '
                      "«医疗设施；» (ZH-B04, UN-B11)")]),
        op("请", "秘书长每90天向安理会通报本决议的执行情况；", num=(1, 0), u=True),
        op("决定", "继续积极处理此案。", num=(1, 0), u=True),
    ],
    footnotes={1: "S/2024/759。"},
    title_font="黑体")

# 高中 conference (Chengdu): tab-aligned heading without 附议国, Word, 楷体 body, italic leads, Word list
# "1." / "(a)"; a clause pasted twice
ZH06 = Draft(
    "zh-06-hs-chengdu-word-kaiti-wha-pandemic-agreement-no-cosponsors-duplicate", "word", "zh-CN", "楷体", 24,
    Lists([("hybridMultilevel", WORD_A_I)], [(0, {})]),
    [
        banner("第十届成都市高中生模拟联合国大会"),
        title("决议草案"),
        line("委员会：", "世界卫生大会"),
        line("议题：", "落实《世卫组织大流行病协定》"),
        line("起草国：", "南非、泰国、卢旺达、哥斯达黎加",
             [F("heading-field-missing",
                'the heading "委员会：世界卫生大会 / 议题：… / 起草国：…" has no 附议国 line; expected «附议国：……» '
                "(ZH-H01)")]),
        organ("世界卫生大会，"),
        pre("回顾", "2025年5月20日第WHA78.1号决议通过的《世卫组织大流行病协定》，", i=True),
        pre("又回顾", "《国际卫生条例(2005)》及其2024年修正案，", i=True),
        pre("鼓厉", "各国在新冠肺炎大流行期间开展的合作与经验分享，", i=True,
            faults=[F("misspelt-lead",
                      '"鼓厉各国在新冠肺炎大流行期间" - the lead 鼓励 typed as 鼓厉 (a wrong character); expected '
                      "«鼓励各国在……» (ZH-B02, UN-B03)")]),
        pre("认识到", "疫苗、诊断工具和治疗药物的公平获取是大流行病防范和应对的核心，", i=True),
        pre("关切地注意到", "许多发展中国家的卫生系统在突发卫生事件中仍然十分脆弱，", i=True),
        op("敦促", "各会员国尽快签署和批准《世卫组织大流行病协定》；", num=(1, 0), i=True),
        op("呼吁", "各会员国加强监测、实验室和卫生人力能力，特别是：", num=(1, 0), i=True),
        sub("建立“同一健康”综合监测系统；", num=(1, 1)),
        sub("培训和留住公共卫生专业人员；", num=(1, 1)),
        op("鼓励", "各会员国就病原体获取和惠益分享附件的谈判早日达成一致；", num=(1, 0), i=True),
        op("鼓励", "各会员国就病原体获取和惠益分享附件的谈判早日达成一致；", num=(1, 0), i=True,
           faults=[F("duplicate-clause",
                     '"鼓励各会员国就病原体获取和惠益分享附件的谈判早日达成一致；" - clause 3 pasted a second time as '
                     "clause 4; delete it (ZH-B06)")]),
        op("请", "总干事为发展中国家落实本协定提供技术支持,并向第八十届世界卫生大会报告进展情况；", num=(1, 0), i=True,
           faults=[F("half-width-punctuation-in-chinese",
                     '"提供技术支持,并向第八十届世界卫生大会" - a half-width comma inside the clause; expected '
                     "«技术支持，并向……» (ZH-P01)")]),
        op("决定", "继续审议这一问题。", num=(1, 0), i=True),
    ],
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
    head = ("# word-blind70: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
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
