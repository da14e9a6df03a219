"""Build the drafts of the blind set word-blind68 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every counted body w:p: index, label Word/WPS shows, text; box lines after
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Five Chinese draft resolutions made on conference templates in Word or WPS: the conference's name and a logo line in
the page header (word/header1.xml), the page number in the footer (a PAGE field in word/footer1.xml), the heading
block in a text box (w:drawing / wps:wsp / w:txbxContent under mc:Choice and its VML copy v:textbox under
mc:Fallback, as Word writes it) or in a borderless two-column table, a next-page section break (w:sectPr in the pPr
of an empty paragraph) between the heading page and the clauses, clauses numbered by WPS lists ("1." / "(a)" with
w:suff nothing, or 自动编号 "一、" chineseCounting) or Word lists ("1." / "(a)" / "(i)").

python-docx gives the package; everything else is raw WordprocessingML written here (no import of drafter or of
another set). Faults are marked with F(kind, note) next to the paragraph that carries them. Paragraph number =
1-based index of the w:p among the body's w:p in document order, table cells counted, the paragraphs inside a text
box not counted (they are read with the paragraph the box is anchored in); checked again on the saved file.
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
from docx.oxml import parse_xml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W_NS,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
NSDECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:  # noqa: N802
    return Fault(kind, note)


@dataclass
class P:
    lead: str
    text: str
    kind: str = "body"  # title, anchor, break, organ, pre, op, sub, cell-label, cell
    num: tuple[int, int] | None = None
    faults: list[Fault] = field(default_factory=list)
    box: list[str] = field(default_factory=list)  # heading lines of a text box anchored here


@dataclass
class Table:
    rows: list[tuple[P, P]]


@dataclass
class Level:
    fmt: str
    text: str
    left: int
    hanging: int
    suff: str = "tab"


CHINESE = "一二三四五六七八九十"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]


def fmt_number(n: int, fmt: str) -> str:
    return {"decimal": str(n), "lowerLetter": "abcdefghij"[n - 1], "lowerRoman": ROMAN[n - 1],
            "chineseCounting": CHINESE[n - 1]}[fmt]


WPS_1A = [Level("decimal", "%1.", 0, 0, "nothing"), Level("lowerLetter", "(%2)", 420, 0, "nothing")]
WPS_YI = [Level("chineseCounting", "%1、", 0, 0, "nothing"), Level("chineseCounting", "（%2）", 420, 0, "nothing"),
          Level("decimal", "%3.", 840, 0, "nothing")]
WORD_1AI = [Level("decimal", "%1.", 420, 420), Level("lowerLetter", "(%2)", 840, 420),
            Level("lowerRoman", "(%3)", 1260, 420)]


@dataclass
class Draft:
    name: str
    app: str  # word / wps
    font: str
    size: int  # half-points
    levels: list[Level]
    nums: list[dict[int, int]]  # numId - 1 -> {ilvl: startOverride}; all on abstractNum 0
    items: list[P | Table]
    header: tuple[str, str]  # conference name, logo line
    footer: str  # text around "{PAGE}"
    title_font: str = "黑体"

    def paras(self) -> list[P]:
        out: list[P] = []
        for item in self.items:
            if isinstance(item, Table):
                for a, b in item.rows:
                    out += [a, b]
            else:
                out.append(item)
        return out


def labels(d: Draft) -> list[str]:
    """The label Word/WPS shows: one abstractNum; a w:num with a startOverride restarts its level when first used;
    a level restarts under a higher one."""
    c = [0] * len(d.levels)
    seen: set[int] = set()
    out = []
    for p in d.paras():
        if p.num is None:
            out.append("")
            continue
        num_id, ilvl = p.num
        if num_id not in seen:
            seen.add(num_id)
            for lvl, start in d.nums[num_id - 1].items():
                c[lvl] = start - 1
        c[ilvl] += 1
        for j in range(ilvl + 1, len(c)):
            c[j] = 0
        text = d.levels[ilvl].text
        for j in range(len(d.levels)):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), d.levels[j].fmt))
        out.append(text)
    return out


def rpr(d: Draft, kind: str = "body", bold: bool = False, underline: bool = False, size: int | None = None) -> str:
    font = d.title_font if kind == "title" else d.font
    if d.app == "wps" or kind == "title":
        fonts = f'<w:rFonts w:hint="eastAsia" w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
    else:
        fonts = f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}"/>'
    sz = size or (d.size + 12 if kind == "title" else d.size)
    return (fonts + ("<w:b/><w:bCs/>" if bold or kind == "title" else "")
            + ('<w:u w:val="single"/>' if underline else "")
            + f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>')


def run(d: Draft, text: str, **kw: object) -> str:
    return f'<w:r><w:rPr>{rpr(d, **kw)}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'  # type: ignore[arg-type]


def box_paras(d: Draft, lines: list[str]) -> str:
    out = ""
    for line in lines:
        label, _, value = line.partition("：")
        out += (f'<w:p><w:pPr><w:spacing w:line="300" w:lineRule="auto"/></w:pPr>{run(d, label + "：", bold=True)}'
                f'{run(d, value)}</w:p>')
    return out


def text_box(d: Draft, lines: list[str], shape_id: int) -> str:
    """A text box as Word 2010+ writes it: DrawingML under mc:Choice, its VML copy under mc:Fallback."""
    cx, cy = 5400000, 360000 * len(lines) + 180000
    inner = box_paras(d, lines)
    return (
        f'<w:r><w:rPr>{rpr(d)}</w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + shape_id}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>114300</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{shape_id}" name="文本框 {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/>'
        '</a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="文本框 {shape_id}" o:spid="_x0000_s10{shape_id:02d}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:9pt;width:425.2pt;height:{cy / 12700:.1f}pt;z-index:'
        f'{shape_id};mso-wrap-style:square" fillcolor="white" strokeweight=".5pt">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def para_xml(p: P, d: Draft, sect: str = "", shape_id: int = 1) -> str:
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    if p.kind == "title":
        ppr += '<w:jc w:val="center"/>'
    elif p.kind == "pre":
        ppr += f'<w:ind w:firstLineChars="200" w:firstLine="{d.size * 20}"/><w:jc w:val="both"/>'
    elif p.kind in ("op", "sub"):
        ppr += '<w:jc w:val="both"/>'
    ppr += '<w:spacing w:line="360" w:lineRule="auto"/>' if p.kind not in ("cell", "cell-label") else ""
    ppr += sect
    body = ""
    if p.lead:
        body += run(d, p.lead, bold=d.app == "word", underline=d.app == "wps")
    if p.text:
        body += run(d, p.text, kind="title" if p.kind == "title" else "body", bold=p.kind == "cell-label")
    if p.box:
        body += text_box(d, p.box, shape_id)
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def table_xml(t: Table, d: Draft) -> str:
    none = "".join(f'<w:{s} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                   for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = "".join(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>{para_xml(a, d)}</w:tc>'
                   f'<w:tc><w:tcPr><w:tcW w:w="6500" w:type="dxa"/></w:tcPr>{para_xml(b, d)}</w:tc></w:tr>'
                   for a, b in t.rows)
    return (f'<w:tbl {NSDECL}><w:tblPr><w:tblW w:w="8300" w:type="dxa"/><w:tblBorders>{none}</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="1800"/>'
            f'<w:gridCol w:w="6500"/></w:tblGrid>{rows}</w:tbl>')


def numbering_xml(d: Draft) -> list[str]:
    lv = ""
    for i, L in enumerate(d.levels):
        lv += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{L.fmt}"/>'
               + (f'<w:suff w:val="{L.suff}"/>' if L.suff != "tab" else "")
               + f'<w:lvlText w:val="{escape(L.text)}"/><w:lvlJc w:val="left"/>'
               f'<w:pPr><w:ind w:left="{L.left}" w:hanging="{L.hanging}"/></w:pPr></w:lvl>')
    kind = "multilevel" if d.app == "wps" else "hybridMultilevel"
    out = [f'<w:abstractNum {NSDECL} w:abstractNumId="0"><w:nsid w:val="3B6A0C11"/>'
           f'<w:multiLevelType w:val="{kind}"/>{lv}</w:abstractNum>']
    for i, over in enumerate(d.nums):
        o = "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                    for k, v in over.items())
        out.append(f'<w:num {NSDECL} w:numId="{i + 1}"><w:abstractNumId w:val="0"/>{o}</w:num>')
    return out


def header_footer(doc: docx.Document, d: Draft) -> None:
    section = doc.sections[0]
    hdr = section.header._element
    for child in list(hdr):
        hdr.remove(child)
    name, logo = d.header
    hdr.append(parse_xml(f'<w:p {NSDECL}><w:pPr><w:jc w:val="center"/></w:pPr>'
                         f'{run(d, name, bold=True, size=21)}</w:p>'))
    hdr.append(parse_xml(f'<w:p {NSDECL}><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" '
                         f'w:color="1F4E79"/></w:pBdr><w:jc w:val="center"/></w:pPr>{run(d, logo, size=18)}</w:p>'))
    ftr = section.footer._element
    for child in list(ftr):
        ftr.remove(child)
    before, _, after = d.footer.partition("{PAGE}")
    field_runs = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE '
                  '\\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                  f'{run(d, "1", size=18)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    ftr.append(parse_xml(f'<w:p {NSDECL}><w:pPr><w:jc w:val="center"/></w:pPr>'
                         + (run(d, before, size=18) if before else "") + field_runs
                         + (run(d, after, size=18) if after else "") + "</w:p>"))


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    for child in list(sect):
        if child.tag in (w("pgSz"), w("pgMar")):
            sect.remove(child)
    sect.insert(0, parse_xml(f'<w:pgMar {NSDECL} w:top="1440" w:right="1588" w:bottom="1440" w:left="1588" '
                             'w:header="851" w:footer="992" w:gutter="0"/>'))
    sect.insert(0, parse_xml(f'<w:pgSz {NSDECL} w:w="11906" w:h="16838"/>'))
    header_footer(doc, d)
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for x in numbering_xml(d):
        numbering.append(parse_xml(x))
    refs = "".join(etree.tostring(e).decode() for e in sect if e.tag in (w("headerReference"), w("footerReference")))
    first_sect = (f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1588" '
                  'w:bottom="1440" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    shape = 1
    for item in d.items:
        if isinstance(item, Table):
            xml = table_xml(item, d)
        else:
            xml = para_xml(item, d, first_sect if item.kind == "break" else "", shape)
            shape += bool(item.box)
        sect.addprevious(parse_xml(xml))
    doc.core_properties.author = "代表"
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        names = z.namelist()
    counted = [p for p in root.find(w("body")).iter(w("p"))
               if not any(a.tag == w("txbxContent") for a in p.iterancestors())]
    assert len(counted) == len(d.paras()), (d.name, len(counted), len(d.paras()))
    assert any(n.startswith("word/header") for n in names) and any(n.startswith("word/footer") for n in names)
    return out


# ---------------------------------------------------------------- paragraph helpers


def title(text: str = "决议草案", box: list[str] | None = None) -> P:
    return P("", text, "title", box=box or [])


def anchor(box: list[str], faults: list[Fault] | None = None) -> P:
    return P("", "", "anchor", box=box, faults=faults or [])


def brk() -> P:
    return P("", "", "break")


def organ(text: str, faults: list[Fault] | None = None) -> P:
    return P("", text, "organ", faults=faults or [])


def pre(lead: str, text: str, faults: list[Fault] | None = None) -> P:
    return P(lead, text, "pre", faults=faults or [])


def op(lead: str, text: str, num: tuple[int, int] = (1, 0), faults: list[Fault] | None = None) -> P:
    return P(lead, text, "op", num=num, faults=faults or [])


def sub(text: str, num: tuple[int, int] = (1, 1), faults: list[Fault] | None = None) -> P:
    return P("", text, "sub", num=num, faults=faults or [])


def rows(*pairs: tuple[str, str]) -> Table:
    return Table([(P("", a, "cell-label"), P("", b, "cell")) for a, b in pairs])


# ---------------------------------------------------------------- the drafts

ZH01 = Draft(
    "zh-01-bjmun-wps-fangsong-ga2-sids-adaptation-text-box-heading-list-restarted", "wps", "仿宋_GB2312", 24,
    WPS_1A, [{}, {0: 1}],
    [
        title(),
        anchor(["草案编号：1.1", "委员会：联合国大会第二委员会", "议题：小岛屿发展中国家的气候适应融资",
                "起草国：斐济、马尔代夫、新西兰", "附议国：巴巴多斯、丹麦、牙买加、萨摩亚、瓦努阿图"]),
        brk(),
        organ("大会，"),
        pre("回顾", "其关于小岛屿发展中国家的各项决议，包括题为“小岛屿发展中国家问题国际会议的后续行动”的第78/203号决议，"),
        pre("重申", "《联合国气候变化框架公约》和巴黎协定的目标和原则，",
            [F("missing-book-title-marks",
               '"巴黎协定" - the Paris Agreement without book title marks, beside a title in 《》; expected «《巴黎协定》» '
               "(ZH-P01)")]),
        pre("认识到", "小岛屿发展中国家的温室气体排放量极低，却承受着海平面上升和极端天气事件的严重影响，"),
        pre("注意到", "政府间气候变化专门委员会第六次评估报告的结论, 即适应措施的成本随升温幅度增加而上升,",
            [F("half-width-punctuation-in-chinese",
               '"评估报告的结论, 即适应措施的成本随升温幅度增加而上升," - a pasted clause with half-width commas, '
               "and it ends with a half-width comma; expected «结论，即……上升，» (ZH-P01)")]),
        pre("关切地注意到", "现有气候融资中用于适应的比例仍然偏低，且申请程序复杂、周期漫长，"),
        pre("欢迎", "2024年通过的《安提瓜和巴布达小岛屿发展中国家议程》，"),
        op("敦促", "发达国家履行其到2025年将适应资金在2019年水平上至少翻一番的承诺；"),
        op("鼓励", "多边开发银行："),
        sub("简化小岛屿发展中国家获得优惠融资的程序；"),
        sub("在评估借款资格时考虑多维脆弱性指数；"),
        op("呼吁", "各会员国向应对损失和损害基金提供新的额外资金；"),
        op("请", "秘书长向大会第八十二届会议提交关于本决议执行情况的报告；", (2, 0),
           [F("numbering", '"1.请秘书长向大会第八十二届会议提交" - the list was restarted at 1: clause 4 shows "1." '
              "after clause 3; expected «4.» (ZH-B03, UN-B07)")]),
        op("决定", "在其第八十二届会议临时议程中列入题为“小岛屿发展中国家的可持续发展”的分项目。", (2, 0),
           [F("numbering", '"2.决定在其第八十二届会议临时议程中列入" - clause 5 of the restarted list shows "2."; '
              "expected «5.» (ZH-B03, UN-B07)")]),
    ],
    ("2026年北京中学生模拟联合国大会", "BJMUN 2026 · 对话 · 合作 · 共赢"), "第 {PAGE} 页", "方正小标宋简体")

ZH02 = Draft(
    "zh-02-shmun-word-songti-hrc-children-digital-borderless-table-heading", "word", "宋体", 24,
    WORD_1AI, [{}],
    [
        title(),
        rows(("委员会：", "人权理事会"), ("议题：", "数字环境中的儿童权利"), ("起草国：", "爱沙尼亚、乌拉圭、芬兰"),
             ("附议国：", "智利、加拿大、卢森堡、马拉维、泰国"), ("草案编号：", "2.1")),
        brk(),
        organ("人权理事会，"),
        pre("遵循", "《联合国宪章》的宗旨和原则，"),
        pre("回顾", "《世界人权宣言》和《儿童权利公约》，"),
        pre("鼓励", "各国将儿童的意见纳入与其有关的数字政策制定进程，",
            [F("wrong-lead-form", '"鼓励各国将儿童的意见纳入" - an operative verb opening a preambular clause; a '
               "preambular clause opens with a preambular lead, e.g. «认识到……的重要性» (ZH-B02, UN-B03)")]),
        pre("注意到", "联合国儿童基金会关于儿童与网络安全的报告，"),
        pre("深为关切", "全球约有三分之一的互联网用户是儿童，而许多国家尚未建立针对儿童的网络保护机制。",
            [F("preambular-end-mark", '"尚未建立针对儿童的网络保护机制。" - a preambular clause ending with a full '
               "stop; expected «机制，» (ZH-B02, ZH-B05)")]),
        pre("认识到", "数字技术为儿童接受教育和获取信息提供了新的机会，"),
        op("促请", "各国制定或更新保护儿童免受网络性剥削和网络欺凌的国家立法；"),
        op("鼓励", "各国与科技企业合作："),
        sub("为儿童用户默认设置最高级别的隐私保护；"),
        sub("建立便于儿童使用的举报机制，其中包括："),
        sub("以适合儿童年龄的语言说明举报程序；", (1, 2)),
        sub("在二十四小时内答复紧急举报；", (1, 2)),
        op("请", "联合国人权事务高级专员办事处编写一份关于儿童在数字环境中权利的报告，",
           faults=[F("operative-end-mark", '"关于儿童在数字环境中权利的报告，" - an operative clause ending with a comma; '
                     "expected «报告；» (ZH-B03)")]),
        op("邀请", "儿童权利委员会在其一般性意见中进一步阐述各国在这方面的义务；"),
        op("决定", "继续审议这一问题。"),
    ],
    ("第十二届华东地区中学生模拟联合国大会", "SHMUN XII  ·  上海"), "- {PAGE} -")

ZH03 = Draft(
    "zh-03-nkmun-wps-songti-sc-children-armed-conflict-text-box-in-title-nearly-clean", "wps", "宋体", 24,
    WPS_1A, [{}],
    [
        title(box=["草案编号：3.1", "委员会：安全理事会", "议题：儿童与武装冲突", "起草国：法国、塞拉利昂",
                   "附议国：厄瓜多尔、日本、马耳他、莫桑比克、瑞士"]),
        brk(),
        organ("安全理事会，"),
        pre("回顾", "其关于儿童与武装冲突问题的各项决议，特别是第1612(2005)号和第2427(2018)号决议，"),
        pre("重申", "其根据《联合国宪章》维护国际和平与安全的首要责任，"),
        pre("严重关切", "武装冲突中针对学校和医院的攻击事件持续增加，"),
        pre("注意到", "秘书长关于儿童与武装冲突问题的年度报告(S/2025/247)，"),
        pre("强调", "冲突各方均须履行国际人道主义法和国际人权法规定的义务，"),
        op("强烈谴责", "一切严重侵害儿童的行为；"),
        op("要求", "所有武装冲突各方："),
        sub("立即停止招募和使用儿童；"),
        sub("释放所有被其招募的儿童，并将其移交民事儿童保护机构；"),
        op("鼓励", "会员国签署并批准《儿童权利公约关于儿童卷入武装冲突问题的任择议定书》；"),
        op("请", "秘书长在下一次年度报告中列入关于本决议执行情况的资料。",
           faults=[F("operative-end-mark", '"列入关于本决议执行情况的资料。" - clause 4 of 5 ends with a full stop; '
                     "expected «资料；» (ZH-B03, ZH-B05)")]),
        op("决定", "继续积极处理此案。"),
    ],
    ("2026年南开大学模拟联合国大会", "NKMUN 2026  |  允公允能 日新月异"), "{PAGE}")

ZH04 = Draft(
    "zh-04-whmun-wps-fangsong-ecosoc-amr-text-box-heading-yi-numbering", "wps", "仿宋", 28,
    WPS_YI, [{}],
    [
        title(),
        anchor(["草案编号：4.2", "委员会：经济及社会理事会", "议题：抗微生物药物耐药性",
                "起草国：印度尼西亚、荷兰、肯尼亚", "附议国：阿根廷、泰国、英国"]),
        brk(),
        organ("经济及社会理事会，"),
        pre("回顾", "《2030年可持续发展议程》，特别是关于确保健康生活方式的可持续发展目标3，"),
        pre("认识到", "抗微生物药物耐药性对全球公共卫生、粮食安全和经济发展构成日益严重的威胁，"),
        pre("注意到", "大会2024年抗微生物药物耐药性问题高级别会议通过的政治宣言，"),
        pre("又注意到", "抗微生物药物在畜牧业和水产养殖业中的大量使用，"),
        pre("强调", "“同一健康”方针在应对抗微生物药物耐药性方面的重要性，"),
        op("促请", "各国制定并实施抗微生物药物耐药性国家行动计划；",
           faults=[F("numbering", '"一、促请各国制定" - WPS 自动编号 in Chinese counting "一、" on an operative '
                     "clause; expected «1.» (ZH-B03, UN-B07)")]),
        op("鼓励", "各国逐步减少在动物生产中将抗微生物药物用作生长促进剂；",
           faults=[F("numbering", '"二、鼓励各国逐步减少" - Chinese counting "二、" on an operative clause; expected '
                     "«2.» (ZH-B03, UN-B07)")]),
        op("呼吁", "捐助方支持发展中国家加强实验室监测能力；",
           faults=[F("numbering", '"三、呼吁捐助方" - Chinese counting "三、" on an operative clause; expected «3.» '
                     "(ZH-B03, UN-B07)")]),
        op("决定", "在其2027年届会上继续审议这一问题。",
           faults=[F("numbering", '"四、决定在其2027年届会上" - Chinese counting "四、" on an operative clause; '
                     "expected «4.» (ZH-B03, UN-B07)")]),
    ],
    ("2026年武汉地区模拟联合国大会 · 经济及社会理事会", "WHMUN 2026"), "第{PAGE}页")

ZH05 = Draft(
    "zh-05-cdmun-word-songti-ga1-space-debris-borderless-table-no-topic", "word", "宋体", 24,
    WORD_1AI, [{}],
    [
        title(),
        rows(("委员会：", "大会第一委员会"), ("起草国：", "卢森堡、新西兰、卢旺达"),
             ("附议国：", "奥地利、巴西、印度、南非")),
        brk(),
        organ("大会，"),
        pre("回顾", "其关于防止外层空间军备竞赛的各项决议，包括第79/239号决议，"),
        pre("又回顾", "外层空间条约所载的各国探索和利用外层空间的自由和不得据为己有的原则，",
            [F("missing-book-title-marks", '"又回顾外层空间条约所载" - the Outer Space Treaty without book title marks; '
               "expected «《外层空间条约》» (ZH-P01)")]),
        pre("认识到", "外层空间活动对各国的经济和社会发展日益重要，"),
        pre("关切", "地球轨道上空间碎片的数量不断增加，对在轨航天器的安全构成威胁，"),
        op("铭记", "所有国家都有责任减少其空间活动产生的碎片；",
           faults=[F("wrong-lead-form", '"铭记所有国家都有责任" - a preambular lead opening a numbered operative '
                     "clause; an operative clause opens with an operative verb, e.g. «强调» (ZH-B03, UN-B06)")]),
        op("呼吁", "各国执行和平利用外层空间委员会的《空间碎片减缓准则》；"),
        op("鼓励", "各国分享空间态势感知数据, 包括地面站, 卫星和软件方面的信息;",
           faults=[F("half-width-punctuation-in-chinese",
                     '"感知数据, 包括地面站, 卫星和软件方面的信息;" - a pasted clause with half-width commas, and it '
                     "ends with a half-width semicolon; expected «数据，包括地面站、卫星……信息；» (ZH-P01)")]),
        op("请", "秘书长征求会员国对本决议的意见并向大会第八十二届会议提交报告；"),
        op("决定", "将题为“防止外层空间的军备竞赛”的项目列入其第八十二届会议临时议程。"),
    ],
    ("第八届成都国际中学生模拟联合国大会", "CDMUN 2026 · 天府之约"), "第 {PAGE} 页")
ZH05.items[0].faults = [F("heading-field-missing", "no 议题 row in the heading table (委员会, 起草国, 附议国 only); the "
                          "topic line is a heading field (ZH-H01)")]

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05]


# ---------------------------------------------------------------- annotations and checks


def check_quotes() -> None:
    for d in DRAFTS:
        for p, lab in zip(d.paras(), labels(d)):
            text = lab + p.lead + p.text
            for f in p.faults:
                for q in re.findall(r'"([^"]+)"', f.note):
                    if q not in text and len(q) > 4:
                        raise SystemExit(f"{d.name}: quote {q!r} not in {text!r}")


def annotations() -> str:
    head = ("# word-blind68: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
            "drafter.\n# paragraph = 1-based index of the w:p among the body's w:p (table cells counted, text-box "
            "paragraphs not: they are read with their anchor); labels in notes are the ones Word/WPS shows.\n")
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
            for i, (p, lab) in enumerate(zip(paras, labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {p.kind:10} {lab:5} {(p.lead + p.text)[:50]} {marks}")
                for line in p.box:
                    print(f"{'':21}[box] {line}")
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
