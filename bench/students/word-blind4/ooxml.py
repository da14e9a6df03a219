"""A small WordprocessingML writer for the word-blind4 drafts (plain strings and zipfile; independent of drafter)."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')
HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def t(text: str) -> str:
    """A w:t keeping spaces."""
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def rpr(i: bool = False, u: bool = False, b: bool = False, style: str | None = None, font: str | None = None,
        east: str | None = None, size: int | None = None, color: str | None = None) -> str:
    parts = []
    if style:
        parts.append(f'<w:rStyle w:val="{style}"/>')
    if font or east:
        attrs = ""
        if font:
            attrs += f' w:ascii="{font}" w:hAnsi="{font}"'
        if east:
            attrs += f' w:eastAsia="{east}" w:hint="eastAsia"'
        parts.append(f"<w:rFonts{attrs}/>")
    if b:
        parts.append("<w:b/>")
    if i:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if u:
        parts.append('<w:u w:val="single"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run(text: str, **fmt: object) -> str:
    """A run; "\n" in the text becomes a manual line break (w:br), "\x0c" a page break."""
    props = rpr(**fmt)  # type: ignore[arg-type]
    out = []
    chunk = ""
    for ch in text:
        if ch in "\n\x0c":
            if chunk:
                out.append(t(chunk))
                chunk = ""
            out.append('<w:br w:type="page"/>' if ch == "\x0c" else "<w:br/>")
        else:
            chunk += ch
    if chunk:
        out.append(t(chunk))
    return f"<w:r>{props}{''.join(out)}</w:r>"


def field_run(code: str, shown: str, **fmt: object) -> str:
    """A complex field (fldChar begin/separate/end) showing ``shown``."""
    props = rpr(**fmt)  # type: ignore[arg-type]
    return (f'<w:r>{props}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{props}<w:instrText xml:space="preserve"> {escape(code)} </w:instrText></w:r>'
            f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{props}{t(shown)}</w:r><w:r>{props}<w:fldChar w:fldCharType="end"/></w:r>')


def footnote_ref(number: int) -> str:
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>')


@dataclass
class Para:
    """A body paragraph: its XML and the faults marked on it."""

    xml: str
    faults: list[tuple[str, str]] = field(default_factory=list)
    shown: str = ""


def ppr(style: str | None = None, jc: str | None = None, num: tuple[int, int] | None = None,
        first_line_chars: int | None = None, ind_left: int | None = None, spacing: str = "",
        east: str | None = None) -> str:
    parts = []
    if style:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    if num:
        parts.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
    if spacing:
        parts.append(spacing)
    if first_line_chars is not None:
        parts.append(f'<w:ind w:firstLineChars="{first_line_chars}" w:firstLine="{first_line_chars * 3}"/>')
    elif ind_left is not None:
        parts.append(f'<w:ind w:left="{ind_left}"/>')
    if jc:
        parts.append(f'<w:jc w:val="{jc}"/>')
    if east:
        parts.append(f'<w:rPr><w:rFonts w:eastAsia="{east}" w:hint="eastAsia"/></w:rPr>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""


def para(*runs: str, faults: list[tuple[str, str]] | None = None, shown: str = "", **props: object) -> Para:
    return Para(f"<w:p>{ppr(**props)}{''.join(runs)}</w:p>", faults or [], shown)  # type: ignore[arg-type]


@dataclass
class Doc:
    """Everything one .docx holds."""

    body: list[Para]
    styles: str
    numbering: str = ""
    header: list[str] = field(default_factory=list)  # paragraph XML
    footer: list[str] = field(default_factory=list)
    footnotes: dict[int, str] = field(default_factory=dict)  # id -> paragraph XML
    hyperlinks: dict[str, str] = field(default_factory=dict)  # rId -> URL
    application: str = "Microsoft Office Word"
    settings_extra: str = ""
    section: str = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
                    'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>')


def write(doc: Doc, out: Path) -> None:
    """Write ``doc`` as a .docx at ``out``."""
    overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.styles+xml"/>',
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.settings+xml"/>',
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'extended-properties+xml"/>',
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
                 'core-properties+xml"/>']
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/>',
            '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'settings" Target="settings.xml"/>']
    parts: dict[str, str] = {}
    sect_refs = ""
    if doc.numbering:
        overrides.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.numbering+xml"/>')
        rels.append('<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/numbering" Target="numbering.xml"/>')
        parts["word/numbering.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W_NS}>{doc.numbering}</w:numbering>'
    if doc.header:
        overrides.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.header+xml"/>')
        rels.append('<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/header" Target="header1.xml"/>')
        parts["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>{"".join(doc.header)}</w:hdr>'
        sect_refs += '<w:headerReference w:type="default" r:id="rIdHeader1"/>'
    if doc.footer:
        overrides.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.footer+xml"/>')
        rels.append('<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/footer" Target="footer1.xml"/>')
        parts["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>{"".join(doc.footer)}</w:ftr>'
        sect_refs += '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
    if doc.footnotes:
        overrides.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.footnotes+xml"/>')
        rels.append('<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/footnotes" Target="footnotes.xml"/>')
        notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                 '</w:p></w:footnote>')
        for number, body in doc.footnotes.items():
            notes += (f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                      f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                      f'{run(" " + body)}</w:p></w:footnote>')
        parts["word/footnotes.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>{notes}</w:footnotes>'
    for rid, url in doc.hyperlinks.items():
        rels.append(f'<Relationship Id="{rid}" Type="{HYPERLINK_REL}" Target="{escape(url)}" TargetMode="External"/>')
    body = "".join(p.xml for p in doc.body)
    parts["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>'
                                  f'{body}<w:sectPr>{sect_refs}{doc.section}</w:sectPr></w:body></w:document>')
    parts["word/styles.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W_NS}>{doc.styles}</w:styles>'
    parts["word/settings.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {W_NS}>'
                                  f'<w:defaultTabStop w:val="720"/>{doc.settings_extra}</w:settings>')
    parts["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                                            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                            + "".join(rels) + "</Relationships>")
    parts["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://'
                                    'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                                    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
                                    'Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>")
    parts["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
                            'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                            'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/'
                            'document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
                            '2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId3" '
                            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                            'Target="docProps/core.xml"/></Relationships>')
    parts["docProps/app.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://'
                                 'schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>'
                                 f'{escape(doc.application)}</Application></Properties>')
    parts["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
                                  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                  'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>delegate</dc:creator>'
                                  '</cp:coreProperties>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ["[Content_Types].xml", "_rels/.rels"] + [n for n in parts if n not in ("[Content_Types].xml", "_rels/.rels")]:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, parts[name])


def styles(default_font: str = "Times New Roman", east: str = "SimSun", size: int = 24, extra: str = "") -> str:
    """Document defaults, Normal, Heading 1, Hyperlink, footnote styles and ``extra``."""
    return (f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{default_font}" w:hAnsi="{default_font}" '
            f'w:eastAsia="{east}" w:cs="{default_font}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang '
            'w:val="en-GB" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/>'
            '</w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default '
            'Paragraph Font"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
            '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color '
            'w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn '
            'w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr>'
            '<w:vertAlign w:val="superscript"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
            + extra)


def list_levels(abstract_id: int, levels: list[tuple[str, str, int]], extra: str = "") -> str:
    """An abstractNum: levels as (numFmt, lvlText, left indent)."""
    out = f'<w:abstractNum w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="hybridMultilevel"/>'
    for level, (fmt, text, left) in enumerate(levels):
        out += (f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>{extra}</w:lvl>')
    return out + "</w:abstractNum>"
