"""Small helpers over WordprocessingML that python-docx does not expose.

Everything that touches raw XML for writing lives here, behind functions with plain arguments.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

INDENT = 567  # twentieths of a point: 1 cm


def set_run_fonts(rpr: Any, east_asia: str | None = None, western: str | None = None) -> None:
    """Set explicit fonts on a w:rPr, dropping theme fonts (which send Chinese to a Japanese face)."""
    fonts = rpr.get_or_add_rFonts()  # python-docx keeps w:rPr children in schema order
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    if western:
        fonts.set(qn("w:ascii"), western)
        fonts.set(qn("w:hAnsi"), western)
        fonts.set(qn("w:cs"), western)
    if east_asia:
        fonts.set(qn("w:eastAsia"), east_asia)


# w:rPr children that the schema places after w:lang
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def set_language(rpr: Any, western: str, east_asia: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        later = next((child for child in rpr if child.tag in {qn(t) for t in _AFTER_LANG}), None)
        if later is not None:
            later.addprevious(lang)
        else:
            rpr.append(lang)
    lang.set(qn("w:val"), western)
    lang.set(qn("w:eastAsia"), east_asia)


def doc_defaults_rpr(document: Any) -> Any:
    """The w:rPr of w:docDefaults/w:rPrDefault, created when missing."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    return rpr


def default_east_asian_font(document: Any) -> str | None:
    fonts = doc_defaults_rpr(document).find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def declare_font(document: Any, name: str, alt_name: str, charset: str = "86") -> None:
    """Add a font to the font table with an alternative name Word and LibreOffice may use."""
    part = document.part
    for rel in part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            table = rel.target_part
            break
    else:
        return
    from docx.oxml import parse_xml

    root = parse_xml(table.blob)
    if any(f.get(qn("w:name")) == name for f in root.findall(qn("w:font"))):
        return
    font = OxmlElement("w:font")
    font.set(qn("w:name"), name)
    for tag, val in (("w:altName", alt_name), ("w:panose1", "02010600030101010101"), ("w:charset", charset),
                     ("w:family", "auto"), ("w:pitch", "variable")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), val)
        font.append(child)
    root.append(font)
    from lxml import etree

    table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_numbering(document: Any, formats: list[tuple[str, str]],
                  indents: list[tuple[int, int, int]] | None = None) -> int:
    """Add a multilevel list (one (numFmt, lvlText) per level) and return its w:numId.

    ``indents`` gives each level's (left, first line, tab) in twentieths of a point: a negative first line
    is a hanging indent, and the tab is where the text after the label starts. Default: 1 cm hanging steps.
    """
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id = max(abstract_ids, default=0) + 1
    num_id = max(num_ids, default=0) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for level, (fmt, text) in enumerate(formats):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            child = OxmlElement(tag)
            child.set(qn("w:val"), val)
            lvl.append(child)
        if level > 0:  # schema order: start, numFmt, lvlRestart, lvlText, lvlJc, pPr, rPr
            restart = OxmlElement("w:lvlRestart")
            restart.set(qn("w:val"), str(level))
            lvl.insert(2, restart)
        left, first, tab = indents[level] if indents else (INDENT * (level + 1), -INDENT, INDENT * (level + 1))
        ppr = OxmlElement("w:pPr")
        tabs = OxmlElement("w:tabs")
        stop = OxmlElement("w:tab")
        stop.set(qn("w:val"), "num")
        stop.set(qn("w:pos"), str(tab))
        tabs.append(stop)
        ppr.append(tabs)
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(left))
        ind.set(qn("w:hanging" if first < 0 else "w:firstLine"), str(abs(first)))
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        for tag in ("w:b", "w:i", "w:u"):
            off = OxmlElement(tag)
            off.set(qn("w:val"), "0" if tag != "w:u" else "none")
            rpr.append(off)
        lvl.append(rpr)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def style_num_id(style: Any) -> int | None:
    """The numId a paragraph style carries in its own w:numPr, if any."""
    ppr = style.element.find(qn("w:pPr"))
    if ppr is None:
        return None
    numpr = ppr.find(qn("w:numPr"))
    if numpr is None:
        return None
    num = numpr.find(qn("w:numId"))
    return int(num.get(qn("w:val"))) if num is not None else None


def set_numbering(p: Any, num_id: int, level: int) -> None:
    """Number the paragraph (a w:p element) with list ``num_id`` at ``level``."""
    ppr = p.get_or_add_pPr()
    numpr = ppr.find(qn("w:numPr"))
    if numpr is None:
        numpr = OxmlElement("w:numPr")
        ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)
    for tag, val in (("w:ilvl", level), ("w:numId", num_id)):
        child = numpr.find(qn(tag))
        if child is None:
            child = OxmlElement(tag)
            numpr.insert(0 if tag == "w:ilvl" else len(numpr), child)  # schema order: ilvl, numId
        child.set(qn("w:val"), str(val))


# w:settings children that the schema places after w:trackRevisions
_AFTER_TRACK_REVISIONS = (
    "w:doNotTrackMoves", "w:doNotTrackFormatting", "w:documentProtection", "w:autoFormatOverride", "w:styleLockTheme",
    "w:styleLockQFSet", "w:defaultTabStop", "w:autoHyphenation", "w:consecutiveHyphenLimit", "w:hyphenationZone",
    "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength", "w:clickAndTypeStyle", "w:defaultTableStyle",
    "w:evenAndOddHeaders", "w:bookFoldRevPrinting", "w:bookFoldPrinting", "w:bookFoldPrintingSheets",
    "w:drawingGridHorizontalSpacing", "w:drawingGridVerticalSpacing", "w:displayHorizontalDrawingGridEvery",
    "w:displayVerticalDrawingGridEvery", "w:doNotUseMarginsForDrawingGridOrigin", "w:drawingGridHorizontalOrigin",
    "w:drawingGridVerticalOrigin", "w:doNotShadeFormData", "w:noPunctuationKerning", "w:characterSpacingControl",
    "w:printTwoOnOne", "w:strictFirstAndLastChars", "w:noLineBreaksAfter", "w:noLineBreaksBefore",
    "w:savePreviewPicture", "w:doNotValidateAgainstSchema", "w:saveInvalidXml", "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText", "w:doNotDemarcateInvalidXml", "w:saveXmlDataOnly", "w:useXSLTWhenSaving",
    "w:saveThroughXslt", "w:showXMLTags", "w:alwaysMergeEmptyNamespace", "w:updateFields", "w:hdrShapeDefaults",
    "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "w:attachedSchema", "w:themeFontLang",
    "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "w:shapeDefaults", "w:doNotEmbedSmartTags",
    "w:decimalSymbol", "w:listSeparator",
)


def track_revisions(document: Any) -> None:
    """Turn Track Changes on in the document's settings, so that edits made later are tracked too."""
    settings = document.settings.element
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    element = OxmlElement("w:trackRevisions")
    later_tags = {qn(t) for t in _AFTER_TRACK_REVISIONS}
    later = next((child for child in settings if child.tag in later_tags), None)
    if later is not None:
        later.addprevious(element)
    else:
        settings.append(element)


def add_field(p: Any, instruction: str, shown: str, rpr: Any = None) -> None:
    """Append a Word field (``PAGE``, ``NUMPAGES`` …) to the w:p element ``p``; ``shown`` is its text until the
    application updates it (Word and LibreOffice recompute page fields whenever they lay out the pages).
    ``rpr`` (a w:rPr) is copied onto each of the field's runs."""
    import copy

    def run() -> Any:
        r = OxmlElement("w:r")
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
        p.append(r)
        return r

    for part, value in (("begin", None), ("instr", f" {instruction} "), ("separate", None), ("text", shown),
                        ("end", None)):
        r = run()
        if part == "instr":
            child = OxmlElement("w:instrText")
            child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            child.text = value
        elif part == "text":
            child = OxmlElement("w:t")
            child.text = value
        else:
            child = OxmlElement("w:fldChar")
            child.set(qn("w:fldCharType"), part)
        r.append(child)


def set_bottom_border(p: Any, size: int = 6) -> None:
    """A single rule under the paragraph (the line under a UN running head)."""
    ppr = p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for attr, val in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(attr), val)
    border.append(bottom)
    # schema order inside w:pPr: pStyle, keepNext, …, pBdr, shd, tabs, …, jc, …
    later = {qn(t) for t in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                             "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                             "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                             "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                             "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                             "w:pPrChange")}
    for child in ppr:
        if child.tag in later:
            child.addprevious(border)
            return
    ppr.append(border)


def set_first_line_chars(ppr: Any, chars: int) -> None:
    """Indent the first line by ``chars`` characters (Chinese 首行缩进; 2 characters = 200)."""
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        later = {qn(t) for t in ("w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
                                 "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")}
        for child in ppr:
            if child.tag in later:
                child.addprevious(ind)
                break
        else:
            ppr.append(ind)
    for attr in ("w:hanging", "w:hangingChars"):
        if ind.get(qn(attr)) is not None:
            del ind.attrib[qn(attr)]
    ind.set(qn("w:firstLineChars"), str(chars * 100))
    ind.set(qn("w:firstLine"), str(chars * 240))  # for applications that ignore firstLineChars (12 pt text)


def add_bookmark(p: Any, bookmark_id: int, name: str) -> None:
    """Wrap the whole content of the w:p element ``p`` in a bookmark (what a PAGEREF field points at)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    p.append(end)


def set_outline_level(p: Any, level: int) -> None:
    """Give the paragraph an outline level (0: a heading in the navigation pane and the PDF's bookmarks)."""
    ppr = p.get_or_add_pPr()
    element = ppr.find(qn("w:outlineLvl"))
    if element is None:
        element = OxmlElement("w:outlineLvl")
        later = next((c for c in ppr if c.tag in {qn(t) for t in ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                                                                   "w:pPrChange")}), None)
        if later is not None:
            later.addprevious(element)
        else:
            ppr.append(element)
    element.set(qn("w:val"), str(level))


def update_fields_on_open(document: Any) -> None:
    """Ask Word to update the document's fields (page references) when it opens it."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    element = OxmlElement("w:updateFields")
    element.set(qn("w:val"), "true")
    index = _AFTER_TRACK_REVISIONS.index("w:updateFields")
    later_tags = {qn(t) for t in _AFTER_TRACK_REVISIONS[index + 1:]}
    later = next((child for child in settings if child.tag in later_tags), None)
    if later is not None:
        later.addprevious(element)
    else:
        settings.append(element)
