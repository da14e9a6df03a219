"""Raw WordprocessingML for the word-blind3 drafts, written with plain strings and zipfile (independent of drafter).

A draft is a list of body blocks (paragraph, table, block content control) built with the helpers below. Every
paragraph gets a ``w14:paraId``; the faults a chair marks on it are kept in ``FAULTS`` under that id, and
``write`` turns them into body-paragraph indices (every ``w:p`` of the body in order, table-cell and content-control
paragraphs included; a text box's lines belong to the paragraph that anchors it).
"""

from __future__ import annotations

import itertools
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}
NSDECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
AUTHOR = 'w:author="Co-sponsor" w:date="2026-11-30T09:40:00Z"'
_ids = itertools.count(1)


@dataclass
class Doc:
    """What one draft needs besides its body."""

    font: str = "Times New Roman"
    east_asian: str | None = None
    size: int = 24  # half-points
    abstract_nums: list[str] = field(default_factory=list)
    nums: list[str] = field(default_factory=list)
    extra_styles: str = ""
    links: dict[str, str] = field(default_factory=dict)  # r:id -> address
    faults: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # paraId -> faults
    body: list[str] = field(default_factory=list)
    run_extra: str = ""  # rPr parts written on every run (Google Docs writes fonts and w:rtl 0 on each)


def run(text: str, fmt: str = "", style: str | None = None, extra: str = "", deleted: bool = False) -> str:
    """A run; fmt letters: i italic, u underline, b bold, h hidden (w:vanish)."""
    parts = []
    if style:
        parts.append(f'<w:rStyle w:val="{style}"/>')
    if "b" in fmt:
        parts.append("<w:b/>")
    if "i" in fmt:
        parts.append("<w:i/>")
    if "h" in fmt:
        parts.append("<w:vanish/>")
    if "u" in fmt:
        parts.append('<w:u w:val="single"/>')
    parts.append(extra)
    rpr = f"<w:rPr>{''.join(parts)}</w:rPr>" if any(parts) else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def br() -> str:
    """A manual line break (Shift+Enter)."""
    return "<w:r><w:br/></w:r>"


def ins(*runs: str) -> str:
    return f'<w:ins w:id="{next(_ids) + 500}" {AUTHOR}>{"".join(runs)}</w:ins>'


def dele(text: str, fmt: str = "") -> str:
    return f'<w:del w:id="{next(_ids) + 500}" {AUTHOR}>{run(text, fmt, deleted=True)}</w:del>'


def field_complex(instr: str, *result: str) -> str:
    """A field typed with fldChar begin / instrText / separate / result / end."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{escape(instr)}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + "".join(result) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def field_simple(instr: str, *result: str) -> str:
    return f"<w:fldSimple w:instr={quoteattr(instr)}>{''.join(result)}</w:fldSimple>"


def hyperlink(doc: Doc, address: str, *runs: str) -> str:
    rid = f"rIdLink{len(doc.links) + 1}"
    doc.links[rid] = address
    return f'<w:hyperlink r:id="{rid}" w:history="1">{"".join(runs)}</w:hyperlink>'


def sdt_run(alias: str, *runs: str, placeholder: bool = False, dropdown: list[str] | None = None) -> str:
    """An inline content control (plain text, or a drop-down list) around runs."""
    pr = [f'<w:alias w:val="{alias}"/>', f'<w:tag w:val="{alias.lower().replace(" ", "-")}"/>',
          f'<w:id w:val="{next(_ids) + 90000}"/>']
    if placeholder:
        pr.append('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
                  "<w:showingPlcHdr/>")
    if dropdown is not None:
        items = "".join(f"<w:listItem w:displayText={quoteattr(x)} w:value={quoteattr(x)}/>" for x in dropdown)
        pr.append(f'<w:dropDownList><w:listItem w:value=""/>{items}</w:dropDownList>')
    else:
        pr.append("<w:text/>")
    return f"<w:sdt><w:sdtPr>{''.join(pr)}</w:sdtPr><w:sdtContent>{''.join(runs)}</w:sdtContent></w:sdt>"


def sdt_block(alias: str, *blocks: str) -> str:
    """A block content control (rich text) around whole paragraphs."""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower().replace(" ", "-")}"/>'
            f'<w:id w:val="{next(_ids) + 90000}"/><w:richText/></w:sdtPr><w:sdtContent>{"".join(blocks)}'
            "</w:sdtContent></w:sdt>")


def numpr(num: tuple[int, int] | None) -> str:
    if num is None:
        return ""
    num_id, level = num
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def para(doc: Doc, *runs: str, num: tuple[int, int] | None = None, style: str | None = None, jc: str | None = None,
         ind: str = "", extra_ppr: str = "", change_from: str | None = None, sect: str = "",
         faults: list[tuple[str, str]] | None = None) -> str:
    """One paragraph; ``change_from`` is the old pPr content of a tracked paragraph-format change (w:pPrChange)."""
    pid = f"{0x10000000 + next(_ids) * 7919:08X}"
    doc.faults[pid] = list(faults or [])
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    ppr += numpr(num) + extra_ppr + ind
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr += sect
    if change_from is not None:
        ppr += f'<w:pPrChange w:id="{next(_ids) + 500}" {AUTHOR}><w:pPr>{change_from}</w:pPr></w:pPrChange>'
    ppr_xml = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f'<w:p w14:paraId="{pid}" w14:textId="77777777">{ppr_xml}{"".join(runs)}</w:p>'


def table(rows: list[list[list[str]]], borders: bool = True, widths: list[int] | None = None) -> str:
    """A table; rows -> cells -> paragraphs (already built)."""
    ncols = max(len(r) for r in rows)
    widths = widths or [9000 // ncols] * ncols
    border = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>') if borders else ""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{border}'
           f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for r in rows:
        out.append("<w:tr>")
        for width, cell in zip(widths, r):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(cell)}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def text_box_run(paragraphs: list[str], height_emu: int = 7_800_000) -> str:
    """A run holding a Word 2010 text box (DrawingML) with its VML fallback; the fallback copies the lines."""
    content = "".join(paragraphs)
    fallback = etree.tostring(_strip_para_ids(content)).decode() if content else ""
    fallback = fallback.replace("<w:body ", "<w:txbxContent ").replace("</w:body>", "</w:txbxContent>")
    shape = next(_ids) + 1000
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="5760000" cy="{height_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{shape}" name="Text Box {shape}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="5760000" cy="{height_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>'
        f'<v:shape id="Text Box {shape}" o:spid="_x0000_s{shape}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:453.5pt;height:{height_emu // 12700}pt;'
        'z-index:251659264" filled="f" strokecolor="#7f7f7f" strokeweight=".5pt"><v:textbox>'
        f'{fallback}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def _strip_para_ids(content: str) -> etree._Element:
    root = etree.fromstring(f"<w:body {NSDECL}>{content}</w:body>")
    for p in root.iter(f"{{{W}}}p"):
        for name in list(p.attrib):
            if "paraId" in name or "textId" in name:
                del p.attrib[name]
    return root


def abstract(aid: int, levels: list[str], multi: str = "hybridMultilevel", extra: str = "") -> str:
    nsid = f"{0x2A000000 + aid * 4099:08X}"
    return (f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/><w:multiLevelType w:val="{multi}"/>'
            f'{extra}{"".join(levels)}</w:abstractNum>')


def level(ilvl: int, fmt: str, text: str, left: int, hanging: int = 360, start: int = 1, is_lgl: bool = False,
          font: str = "", suff: str = "", restart: int | None = None) -> str:
    rfonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            + (f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else "")
            + ("<w:isLgl/>" if is_lgl else "")
            + (f'<w:suff w:val="{suff}"/>' if suff else "")
            + f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rfonts}</w:lvl>')


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def _styles(doc: Doc) -> str:
    ea = f' w:eastAsia="{doc.east_asian}"' if doc.east_asian else ""
    lang = '<w:lang w:val="en-GB" w:eastAsia="zh-CN"/>' if doc.east_asian else '<w:lang w:val="en-GB"/>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {NSDECL}>'
            f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{doc.font}" w:hAnsi="{doc.font}" '
            f'w:cs="{doc.font}"{ea}/><w:sz w:val="{doc.size}"/><w:szCs w:val="{doc.size}"/>{lang}</w:rPr>'
            '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr>'
            '</w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '</w:style>'
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
            '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
            '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
            '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/>'
            '<w:contextualSpacing/></w:pPr></w:style>'
            '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
            '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
            '<w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
            '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
            '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
            '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
            '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            '</w:tblCellMar></w:tblPr></w:style>'
            f'{doc.extra_styles}</w:styles>')


def _numbering(doc: Doc) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NSDECL}>'
            f'{"".join(doc.abstract_nums)}{"".join(doc.nums)}</w:numbering>')


SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
        'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')


def write(doc: Doc, path: Path) -> list[tuple[int, str, str]]:
    """Write the .docx and return its faults as (body paragraph index, kind, note)."""
    body = "".join(doc.body)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NSDECL} '
                f'mc:Ignorable="w14"><w:body>{body}{SECT}</w:body></w:document>')
    root = etree.fromstring(document.encode())  # well-formed or fail here
    rels = "".join(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships/hyperlink" Target={quoteattr(url)} TargetMode="External"/>'
                   for rid, url in doc.links.items())
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.styles+xml"/>'
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.numbering+xml"/>'
            '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.settings+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'settings" Target="settings.xml"/>{rels}</Relationships>'),
        "word/document.xml": document,
        "word/styles.xml": _styles(doc),
        "word/numbering.xml": _numbering(doc),
        "word/settings.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NSDECL}>'
            '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="15"/></w:compat></w:settings>'),
    }
    for name in ("word/styles.xml", "word/numbering.xml"):
        etree.fromstring(parts[name].encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 40, 0))
            z.writestr(info, data.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return body_faults(root, doc.faults)


def body_paragraphs(root: etree._Element) -> list[etree._Element]:
    """Every w:p of the body in order, those inside text boxes left out (they belong to the anchoring paragraph)."""
    body = root.find(f"{{{W}}}body")
    out = []
    for p in body.iter(f"{{{W}}}p"):
        if any(a.tag in (f"{{{W}}}txbxContent",) for a in p.iterancestors()):
            continue
        out.append(p)
    return out


def body_faults(root: etree._Element, faults: dict[str, list[tuple[str, str]]]) -> list[tuple[int, str, str]]:
    paragraphs = body_paragraphs(root)
    index = {id(p): i for i, p in enumerate(paragraphs, 1)}
    pid_attr = f"{{{NS['w14']}}}paraId"
    out = []
    for p in root.iter(f"{{{W}}}p"):
        pid = p.get(pid_attr)
        if not pid or not faults.get(pid):
            continue
        holder = p
        while id(holder) not in index:
            holder = next(a for a in holder.iterancestors() if a.tag == f"{{{W}}}p")
        out += [(index[id(holder)], kind, note) for kind, note in faults[pid]]
    return sorted(out, key=lambda f: f[0])


def visible_text(p: etree._Element) -> str:
    """The text the page shows once tracked changes are accepted: no deleted or hidden runs, no field codes."""
    out = []
    for r in p.iter(f"{{{W}}}r"):
        if any(a.tag == f"{{{W}}}del" for a in r.iterancestors()):
            continue
        if any(a.tag in (f"{{{W}}}txbxContent", f"{{{NS['mc']}}}Fallback") for a in r.iterancestors()
               if a is not p and a.tag != f"{{{W}}}p"):
            continue
        rpr = r.find(f"{{{W}}}rPr")
        if rpr is not None and rpr.find(f"{{{W}}}vanish") is not None:
            continue
        for child in r:
            if child.tag == f"{{{W}}}t":
                out.append(child.text or "")
            elif child.tag == f"{{{W}}}br":
                out.append("⏎")
    return "".join(out)
