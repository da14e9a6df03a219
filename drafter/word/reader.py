"""Read any .docx into paragraphs with resolved formatting: the checker's view of a document.

Emphasis and fonts are resolved through the run, its character style, the paragraph style
chain and the document defaults; Word numbering labels are computed from numbering.xml.
Text split across runs, tracked insertions, hyperlinks and fields read as one text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from drafter.patterns import lazy
from drafter.status import DrafterError, ExitStatus
from drafter.word import fieldnumbers, runtext
from drafter.word.numbering import Assignment, Numbering, left_indent
from drafter.word.package import open_docx
from drafter.word.parts import Parts, open_parts, parser
from drafter.word.runtext import W
from drafter.word.styles import Styles, toggle

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@dataclass
class Run:
    text: str
    italic: bool = False
    bold: bool = False
    underline: bool = False
    east_asia: str | None = None  # resolved East Asian font name (None: not set anywhere explicitly)
    element: Any = None
    # the Latin and East Asian fonts as set (run, styles, defaults): a name, "theme:minorHAnsi" for a theme font
    # (see :func:`theme_fonts`), "" when set nowhere
    fonts: tuple[str, str] = ("", "")
    size: float | None = None  # the font size in points as set (run, styles, defaults); None when set nowhere
    highlight: str = ""  # the highlighter colour Word paints behind the run (w:highlight: "yellow" …), "" for none
    # the emphasis marks (着重号) Word sets over or under each character of the run (w:em: "dot", "comma", "circle",
    # "underDot"), "" for none
    marks: str = ""
    # the text colour (w:color, six hex digits as written: "FF0000") and the background colour behind the run
    # (w:shd fill), each the first set up its property chain; "" for none, "auto" or an unreadable value
    colour: str = ""
    shading: str = ""
    # struck through by direct formatting (w:strike or w:dstrike), as a hand-typed amendment strikes words: not a
    # tracked deletion, the page still shows the words
    strike: bool = False
    # raised or lowered by w:vertAlign ("superscript", "subscript"), the first set up its property chain; "" for
    # neither: a reference number typed by hand and raised ("…in 2017,¹") is a note's mark on the page, not text
    vertical: str = ""


@dataclass
class Paragraph:
    """One paragraph of the document body."""

    index: int  # 1-based position among the body's paragraphs (tables included, in order)
    runs: list[Run]
    style: str = ""
    num_id: int | None = None
    # Word numbering level (0-based) when the paragraph is numbered; in a list linked to heading styles whose
    # shallower levels no paragraph uses, counted from the shallowest level used (:func:`_outline_from_top`)
    level: int | None = None
    label: str = ""  # the label Word numbering shows ("1.", "(a)", "(i)", "㈠", "•"), empty if not numbered
    num_format: str = ""  # the level's w:numFmt ("decimal", "lowerLetter", "bullet", …)
    list_id: str = ""  # the abstract list whose count the label continues ("" if not numbered)
    label_suffix: str = ""  # what Word puts after the label: "tab", "space" or "nothing" ("" if not numbered)
    # the left indent Word gives the paragraph, in twips: its own w:ind, else its list level's, else its style's
    # (None when nothing sets one: at the margin)
    indent: int | None = None
    in_table: bool = False
    # the paragraph runs right to left (w:bidi, its own or its style's): Word puts its label at the right margin and
    # the marks that end it at the left, before its first word
    rtl: bool = False
    element: Any = None
    boxed: list[str] = field(default_factory=list)  # the lines of the text boxes anchored in the paragraph
    # a paragraph of a text box read in the flow (:func:`flowing_boxes`): the index of the paragraph the box is
    # anchored in, which it follows; None for a paragraph of the body itself
    anchor: int | None = None
    # the paragraph is a frame (w:framePr) that the page places in its top or bottom margin, where a header or a
    # footer stands (a PDF converter's page number or running header, positioned on the page as the PDF had it)
    margin_frame: bool = False
    # the characters of the paragraph's opening runs that are not read: a booklet's margin line number and the tab
    # after it (:func:`_margin_line_numbers`); the offsets of a finding count from after them, the w:p's from before
    skipped: int = 0
    # the placeholder text Word shows for the paragraph's unfilled content controls ("Click or tap here to enter
    # text."; :func:`runtext.placeholder_text`): a template's slot nothing was typed into; not part of :attr:`text`
    placeholder: str = ""
    # the text of paragraphs before this one joins it: their paragraph marks are tracked deletions (or moved away)
    joined: bool = False
    # words struck through by hand beside words that are not were left out of :attr:`runs` (read as deleted): the
    # offsets of :attr:`text` do not count them, so an edit at an offset would land in the wrong place in the w:p
    struck_words: bool = False
    # the w:r elements of those struck words (of this w:p, or of one joined to it by a struck mark), in order: --fix
    # maps the offsets of :attr:`text` past them and leaves them where they stand
    struck_runs: list[Any] = field(default_factory=list)
    # an entry (or the heading) of a table of contents Word built from the document's headings (:func:`contents`):
    # a copy of a heading line or a clause with its page number, not text of its own
    contents: bool = False

    @cached_property
    def text(self) -> str:
        """The paragraph's text, joined from its runs once (runs are not changed after reading)."""
        return "".join(r.text for r in self.runs)

    @property
    def struck_whole(self) -> bool:
        """Every character of the paragraph's text is struck through (direct formatting, not a tracked deletion):
        the page shows the paragraph crossed out, as one struck out by hand and left."""
        shown = False
        for run in self.runs:  # most paragraphs: the first run with text is not struck
            if run.text.strip():
                if not run.strike:
                    return False
                shown = True
        return shown

    @property
    def placeholder_at(self) -> int | None:
        """Where in :attr:`text` the first inline content control still showing its placeholder stands (0: before
        all the paragraph's text, as a template's slot for its first words left unfilled); None when the paragraph
        shows no placeholder, or nothing but one (a block-level control's)."""
        if not self.placeholder or self.element is None:
            return None
        return runtext.placeholder_offset(self.element, [(run.element, len(run.text)) for run in self.runs])

    @cached_property
    def ruled(self) -> bool:
        """The paragraph draws a line across the page: a border of its own above or below it (w:pBdr top or
        bottom) and none at its sides (a box around paragraphs has them), as Word pastes a web page's <hr>."""
        ppr = self.element.find(f"{W}pPr") if self.element is not None else None
        borders = ppr.find(f"{W}pBdr") if ppr is not None else None
        if borders is None:
            return False

        def drawn(side: str) -> bool:
            edge = borders.find(f"{W}{side}")
            return edge is not None and edge.get(f"{W}val") not in ("nil", "none")
        return (drawn("top") or drawn("bottom")) and not (drawn("left") or drawn("right"))

    @cached_property
    def number_field_code(self) -> str | None:
        """The code of the self-numbering field whose result opens the paragraph (" AUTONUM \\* roman "), read once
        for :attr:`number_field` and :attr:`number_level`; None when the paragraph opens with anything else."""
        return runtext.number_field_code(self.element) if self.element is not None else None

    @cached_property
    def number_field(self) -> str | None:
        """The field whose result opens the paragraph when Word counts it by itself ("AUTONUM", "LISTNUM
        NumberDefault"): a number typed as such a field, which Word renumbers when another one is taken away."""
        code = self.number_field_code
        return runtext.counting(code) if code is not None else None

    @cached_property
    def number_level(self) -> int | None:
        """The level (1-based) at which the self-numbering field that opens the paragraph (:attr:`number_field`)
        counts, whatever form its number shows ("AUTONUM \\* roman": level 1, "i."); None when none opens it."""
        code = self.number_field_code
        return fieldnumbers.field_level(code) if code is not None else None


@dataclass(frozen=True)
class PlainSource:
    """The file a document read from plain text came from: its lines as read (blank ones too, without their line
    ends), the line end it used and its encoding, so that a fixed copy is written in the same shape; for each
    paragraph, the lines it was read from (first, last) and its text as read (as Markdown for a Markdown file)."""

    lines: tuple[str, ...]
    newline: str
    encoding: str
    ranges: tuple[tuple[int, int], ...] = ()
    originals: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()  # what opens each paragraph's first line before its text (Markdown: "> ", "# ")
    markdown: bool = False
    emphasis: bool = False  # the text carries emphasis (a Markdown file that uses it)


@dataclass
class Document:
    path: Path
    paragraphs: list[Paragraph] = field(default_factory=list)
    opened: Any = None  # the python-docx document, once opened (see :attr:`docx`)
    numbering: Numbering | None = None  # the document's list definitions
    assignments: list[Assignment] = field(default_factory=list)  # each paragraph's (numId, level) as Word counts it
    parts: Parts | None = None  # the parts read without python-docx (:func:`read` with ``reading_only``)
    styles: Styles | None = None  # the document's styles (style inheritance)
    # set for a draft read from plain text (:mod:`drafter.word.plaintext`), which holds no emphasis, fonts or Word
    # numbering of the student's
    plain: PlainSource | None = None

    @property
    def docx(self) -> Any:
        """The python-docx document, opened from the same bytes when first asked for by a document read without
        it: its paragraphs and runs then hold the elements of that document, which edits and saving change."""
        if self.opened is None and self.parts is not None:
            self.opened = self.parts.python_docx()
            runtext.use_styles(self.opened.element, self.styles if self.styles and self.styles.may_hide else None)
            ours = {element: at for at, element in enumerate(self.parts.element.iter())}
            theirs = list(self.opened.element.iter())
            for paragraph in self.paragraphs:
                holders: list[Paragraph | Run] = [paragraph, *paragraph.runs]
                for held in holders:
                    if held.element is not None:
                        held.element = theirs[ours[held.element]]
            self.parts = None
        return self.opened

    def related_blobs(self, kind: Callable[[str], bool]) -> list[bytes]:
        """The bytes of every part the main document relates to with a relationship type ``kind`` accepts, in the
        order the relationships list them."""
        if self.parts is not None:
            return self.parts.blobs(kind)
        if self.opened is None:
            return []
        return [rel.target_part.blob for rel in self.opened.part.rels.values()
                if not rel.is_external and kind(rel.reltype)]

    def related_blob(self, kind: Callable[[str], bool]) -> bytes | None:
        """The bytes of the first part the main document relates to with a relationship type ``kind`` accepts."""
        if self.parts is not None:
            return self.parts.blob(kind)
        if self.opened is None:
            return None
        return next((rel.target_part.blob for rel in self.opened.part.rels.values()
                     if not rel.is_external and kind(rel.reltype)), None)


def _fonts(chain: list[Any]) -> tuple[str, str]:
    """The Latin and East Asian font of a run: each attribute is inherited on its own, theme references kept. Where
    one w:rFonts both names a font and refers to a theme font for a slot, Word uses the theme font ("ascii (or
    asciiTheme if defined)", MS-OI29500 2.1.88): words pasted with w:ascii="Times New Roman" and
    w:asciiTheme="minorHAnsi" show in the theme's Calibri."""
    found = ["", ""]
    for rpr in chain:
        fonts = rpr.find(f"{W}rFonts")
        if fonts is None:
            continue
        for slot, (name, theme) in enumerate(((f"{W}ascii", f"{W}asciiTheme"), (f"{W}eastAsia", f"{W}eastAsiaTheme"))):
            if not found[slot]:
                reference = fonts.get(theme)
                found[slot] = f"theme:{reference}" if reference else (fonts.get(name) or "")
        if found[0] and found[1]:
            break
    return found[0], found[1]


def _highlight(chain: list[Any], tag: str = "highlight") -> str:
    """The highlighter colour of a run: the first w:highlight up its property chain ("" when none is set, or the
    nearest one says "none"); with ``tag`` "em", its emphasis marks the same way; with "vertAlign", whether it is
    raised or lowered ("superscript", "subscript"; "baseline" as set)."""
    for rpr in chain:
        mark = rpr.find(f"{W}{tag}")
        if mark is not None:
            colour = str(mark.get(f"{W}val", ""))
            return "" if colour == "none" else colour
    return ""


def _colours(chain: list[Any]) -> tuple[str, str]:
    """The text colour (w:color) and the background colour (w:shd fill) of a run, each the first set up its
    property chain, as six upper-case hex digits; "" when set nowhere, "auto" or no colour."""
    found = ["", ""]
    for slot, (tag, attr) in enumerate((("color", "val"), ("shd", "fill"))):
        for rpr in chain:
            mark = rpr.find(f"{W}{tag}")
            if mark is not None:
                value = str(mark.get(f"{W}{attr}", "")).upper()
                found[slot] = value if HEX_COLOUR.fullmatch(value) else ""
                break
    return found[0], found[1]


def _size(chain: list[Any]) -> float | None:
    """The font size of a run in points: the first w:sz up the chain (half-points), None when none is set."""
    for rpr in chain:
        size = rpr.find(f"{W}sz")
        if size is not None:
            try:
                return int(size.get(f"{W}val", "")) / 2
            except ValueError:
                return None
    return None


def theme_fonts(doc: Document) -> dict[str, str]:
    """The typefaces a document's theme gives its theme font references ("theme:minorHAnsi" → "Calibri")."""
    from lxml import etree  # loaded on use, as python-docx loads it

    blob = doc.related_blob(lambda reltype: reltype.endswith("/theme"))
    if blob is None:
        return {}
    root = etree.fromstring(blob, parser())
    out = {}
    for scheme in ("major", "minor"):
        font = root.find(f".//{A}{scheme}Font")
        if font is None:
            continue
        latin, east = font.find(f"{A}latin"), font.find(f"{A}ea")
        hans = next((f.get("typeface", "") for f in font.findall(f"{A}font") if f.get("script") == "Hans"), "")
        for kind in ("Ascii", "HAnsi"):
            out[f"theme:{scheme}{kind}"] = latin.get("typeface", "") if latin is not None else ""
        out[f"theme:{scheme}EastAsia"] = (east.get("typeface", "") if east is not None else "") or hans
    return out


# the theme script whose font Word uses for an East Asian theme font, by the document's (Chinese) theme language
_THEME_SCRIPTS = {"zh-cn": "Hans", "zh-sg": "Hans", "zh-tw": "Hant", "zh-hk": "Hant", "zh-mo": "Hant"}


def theme_east_asian_fonts(doc: Document) -> dict[str, str]:
    """The typefaces Word shows for the East Asian theme fonts ("minorEastAsia" → "宋体"): the theme's own ``a:ea``
    typeface, else its font for the Chinese script of the East Asian theme language the settings name
    (``w:themeFontLang w:eastAsia`` "zh-CN": the Hans font). A reference neither decides is left out: with no
    theme language, a Japanese or Korean one, or settings that name several, Chinese text may show in another
    script's font."""
    from lxml import etree  # loaded on use, as python-docx loads it

    blob = doc.related_blob(lambda reltype: reltype.endswith("/theme"))
    if blob is None:
        return {}
    root = etree.fromstring(blob, parser())
    settings = doc.related_blob(lambda reltype: reltype.endswith("/settings"))
    languages = set()
    if settings is not None:
        languages = {(lang.get(f"{W}eastAsia") or "").lower()
                     for lang in etree.fromstring(settings, parser()).findall(f"{W}themeFontLang")}
    script = _THEME_SCRIPTS.get(languages.pop(), "") if len(languages) == 1 else ""
    out = {}
    for scheme in ("major", "minor"):
        font = root.find(f".//{A}{scheme}Font")
        if font is None:
            continue
        east = font.find(f"{A}ea")
        by_script = next((f.get("typeface", "") for f in font.findall(f"{A}font") if script and
                          f.get("script") == script), "")
        name = (east.get("typeface", "") if east is not None else "") or by_script
        if name:
            out[f"{scheme}EastAsia"] = name
    return out


def _east_asia(chain: list[Any], theme: Callable[[], dict[str, str]]) -> str | None:
    """The East Asian font a run's property chain sets: a name, or a theme font the theme decides (``theme()``,
    read only when a run refers to one). A theme reference beside a name in the same w:rFonts wins, as in Word
    (MS-OI29500 2.1.88); the name stands only where the theme leaves the reference undecided."""
    for rpr in chain:
        fonts = rpr.find(f"{W}rFonts")
        if fonts is not None:
            name = fonts.get(f"{W}eastAsia")
            reference = fonts.get(f"{W}eastAsiaTheme")
            if reference:
                return theme().get(reference) or (str(name) if name else None)
            if name:
                return str(name)
    return None


def read(path: Path, reading_only: bool = False) -> Document:
    """Read a .docx file into :class:`Document`; ``reading_only``: without python-docx, which opens the file
    when :attr:`Document.docx` is first asked for (a file it should open at once, anything unusual, still is)."""
    if reading_only:
        parts = open_parts(path)
        if parts is not None:
            return _read_checked(parts, path)
    return read_docx(open_docx(path), path)


def read_docx(docx: Any, path: Path) -> Document:
    """Read an opened python-docx document; a damaged one is a clear error (exit 3), never a traceback."""
    return _read_checked(docx, path)


def _read_checked(source: Any, path: Path) -> Document:
    try:
        return _read_docx(source, path)
    except ValueError as exc:  # int() of a numbering or style attribute that is not a number
        raise DrafterError(f"{path}: a damaged Word document (a numbering value is not a number: "
                           f"{str(exc)[:100]})", ExitStatus.UNREADABLE,
                           zh=f"{path}：已损坏的 Word 文档（编号值不是数字：{_bad_value(exc)}）") from None


def _bad_value(exc: ValueError) -> str:
    """The value int() refused, quoted (“x10”), without Python's English around it."""
    said = str(exc)
    start = said.find(": '")
    return f"“{said[start + 3:-1][:60]}”" if start >= 0 and said.endswith("'") else said[:100]


_PPR, _PSTYLE, _NUMPR, _RPR, _RSTYLE, _VAL = (f"{W}{tag}" for tag in ("pPr", "pStyle", "numPr", "rPr", "rStyle", "val"))


# the styles of the last documents read without python-docx, by their w:styles element, which the drafts of one
# template share (drafter.word.parts): the styles they use are resolved once in a batch
_SHARED_STYLES: dict[Any, Styles] = {}


def _styles_of(parts: Parts) -> Styles:
    styles = _SHARED_STYLES.get(parts.styles)
    if styles is None:
        if len(_SHARED_STYLES) >= 4:
            del _SHARED_STYLES[next(iter(_SHARED_STYLES))]
        styles = _SHARED_STYLES[parts.styles] = Styles(parts.styles)
    return styles


# what a run's property chain makes of it: italic, bold, underline, East Asian font, fonts, size, highlight,
# emphasis marks, (colour, shading), struck through, raised or lowered
_Format = tuple[bool, bool, bool, str | None, tuple[str, str], float | None, str, str, tuple[str, str], bool, str]


def _format(chain: list[Any], theme_east: Callable[[], dict[str, str]]) -> _Format:
    """A run's formatting from its property chain (its own properties first, then its styles')."""
    return (toggle(chain, "i"), toggle(chain, "b"), toggle(chain, "u"), _east_asia(chain, theme_east), _fonts(chain),
            _size(chain), _highlight(chain), _highlight(chain, "em"), _colours(chain),
            toggle(chain, "strike") or toggle(chain, "dstrike"), _highlight(chain, "vertAlign"))


def _read_docx(source: Any, path: Path) -> Document:
    if isinstance(source, Parts):
        styles = _styles_of(source)
        numbering = Numbering(source.numbering, styles.by_id)
        document = Document(path=path, numbering=numbering, parts=source, styles=styles)
        body = source.element.find(f"{W}body")
    else:
        styles = Styles(source.styles.element)
        numbering = Numbering.of(source, styles.by_id)
        document = Document(path=path, opened=source, numbering=numbering, styles=styles)
        body = source.element.body
    runtext.use_styles(body.getparent(), styles if styles.may_hide else None)  # text a style hides is not read
    fieldnumbers.show_numbers(body)  # AUTONUM and LISTNUM fields: the numbers Word counts at display
    fieldnumbers.show_enclosed(body)  # enclosed characters (带圈字符): the ① an EQ field draws
    formats: dict[tuple[Any, ...], _Format] = {}
    theme_east = cache(lambda: theme_east_asian_fonts(document))
    struck: dict[Any, list[Run]] = {}  # live runs of paragraphs whose struck mark joins them to the next one
    # the w:r elements of words struck through by hand that were left out of their paragraph's runs, by w:p
    struck_runs: dict[Any, list[Any]] = {}
    index = 0
    style_ids: list[str | None] = []  # each paragraph's style id, as the assignments list them
    flowing = flowing_boxes(body)
    # a template's content controls, or its MACROBUTTON prompts: placeholders to read
    controls = next(body.iter(f"{W}sdt"), None) is not None or runtext.has_macro_button(body)
    indices: dict[Any, int] = {}  # anchors of text boxes read in the flow -> their index
    listed = contents(body)
    for p, in_table, anchor in _flow(body, flowing):
        index += 1
        indices[p] = index
        ppr = p.find(_PPR)
        style_el = ppr.find(_PSTYLE) if ppr is not None else None
        para_style = style_el.get(_VAL) if style_el is not None else None
        assignment = numbering.assignment(ppr.find(_NUMPR) if ppr is not None else None,
                                          para_style or styles.default_paragraph)
        style_ids.append(para_style or styles.default_paragraph)
        runs = []
        for r in runtext.runs(p):
            text = runtext.run_text(r)
            if not text:
                continue
            first = r[0]  # the run's properties come first when it has them
            rpr = first if first.tag == _RPR else r.find(_RPR) if len(r) > 1 else None
            char_el = rpr.find(_RSTYLE) if rpr is not None else None
            char_style = char_el.get(_VAL) if char_el is not None else None
            if rpr is None or len(rpr) == (char_el is not None):  # nothing but a style: resolved once per style pair
                key: tuple[Any, ...] = (char_style or "", para_style or "")
                own_rpr = None
            else:  # the run's own properties: resolved once per distinct set of them in this style pair
                key = (char_style or "", para_style or "", *((c.tag, *c.attrib.items()) for c in rpr))
                own_rpr = rpr
            resolved = formats.get(key)
            if resolved is None:
                resolved = formats[key] = _format(styles.rpr_chain(own_rpr, char_style, para_style), theme_east)
            italic, bold, underline, east_asia, fonts, size, highlight, marks, (colour, shading), strike, vertical \
                = resolved
            runs.append(Run(text, italic, bold, underline, east_asia, r, fonts, size, highlight, marks, colour,
                            shading, strike, vertical))
        if any(run.strike for run in runs) and any(run.text.strip() and not run.strike for run in runs):
            # words struck through by hand next to words that are not: a friendly amendment typed in, read as
            # amended (the struck words deleted, as a tracked deletion is); a paragraph struck whole is kept whole
            # (Paragraph.struck_whole: read as no clause)
            struck_runs[p] = [run.element for run in runs if run.strike]
            runs = [run for run in runs if not run.strike]
        if runtext.joins_next(p):
            # a struck paragraph mark: once accepted, what is left of this paragraph joins the next one,
            # and Word does not number it
            struck[p] = runs
            document.assignments.append(None)
            document.paragraphs.append(Paragraph(index, [], styles.name(para_style or styles.default_paragraph),
                                                 in_table=in_table, element=p,
                                                 anchor=None if anchor is None else indices[anchor]))
            continue
        joined = False
        parts: list[Any] = []
        if struck:  # paragraphs before this one whose struck marks join them to it
            parts = runtext.joined(p)[:-1]
            joined = bool(parts)
            runs = [run for part in parts for run in struck.pop(part, [])] + runs
        paragraph = Paragraph(index, runs, styles.name(para_style or styles.default_paragraph), in_table=in_table,
                              element=p, anchor=None if anchor is None else indices[anchor], joined=joined)
        paragraph.struck_runs = [r for part in [*parts, p] for r in struck_runs.pop(part, [])]
        paragraph.struck_words = bool(paragraph.struck_runs)
        paragraph.indent = _indent(ppr, assignment, para_style or styles.default_paragraph, numbering)
        paragraph.rtl = _right_to_left(ppr, para_style or styles.default_paragraph, styles)
        paragraph.margin_frame = ppr is not None and _in_page_margin(ppr.find(_FRAME), body)
        paragraph.placeholder = runtext.placeholder_text(p) if controls else ""
        # the lines of boxes read in the flow are paragraphs of their own
        paragraph.boxed = runtext.text_box_lines(p, skip=flowing)
        paragraph.contents = p in listed
        document.assignments.append(assignment)
        document.paragraphs.append(paragraph)
    for paragraph, label in zip(document.paragraphs, numbering.labels(document.assignments), strict=True):
        if label is not None and label.text.strip():  # a level formatted "none" shows nothing: not numbered
            paragraph.num_id, paragraph.level, paragraph.label = label.num_id, label.level, label.text
            paragraph.num_format, paragraph.list_id = label.num_format, label.list_id
            paragraph.label_suffix = label.suffix
    _outline_from_top(document.paragraphs, style_ids, numbering)
    _margin_line_numbers(document.paragraphs)
    return document


HEX_COLOUR = lazy(r"[0-9A-F]{6}")  # a colour as w:color and w:shd write it ("auto" is none)
# what may open a paragraph before a booklet's line number: digits, tabs and spaces only
_NUMBER_RUN = lazy(r"[\d\t ]*")
_LINE_NUMBER = lazy(r" *(\d{1,3})\t[\t ]*")


def _margin_line_numbers(paragraphs: list[Paragraph]) -> None:
    """The margin line numbers of a booklet that a PDF converter kept as text before a line ("5→Alarmed …",
    "10→geese, and …", "15→2.→Encourages …"; Word's PDF reflow does so): a number in runs of its own followed by a
    tab, opening two or more paragraphs that Word does not number, each number a multiple of five (a booklet
    numbers every fifth line) and larger than the one before. The page shows them in a column left of the text,
    where the booklet printed them (MUN-F08); the paragraphs are read without them, so that a clause's own label,
    its lead or the rest of a clause a number split off is read as such. The runs stay in the document."""
    found: list[tuple[Paragraph, int, int]] = []
    for paragraph in paragraphs:
        if paragraph.num_id is not None:
            continue
        count, prefix = 0, ""
        while count < len(paragraph.runs) and _NUMBER_RUN.fullmatch(paragraph.runs[count].text):
            prefix += paragraph.runs[count].text
            count += 1
        number = _LINE_NUMBER.fullmatch(prefix)
        if number is not None and count < len(paragraph.runs):
            found.append((paragraph, count, int(number.group(1))))
    values = [value for _, _, value in found]
    if len(values) < 2 or any(value % 5 for value in values) or any(b <= a for a, b in zip(values, values[1:])):
        return
    for paragraph, count, _ in found:
        paragraph.skipped = sum(len(run.text) for run in paragraph.runs[:count])
        paragraph.runs = paragraph.runs[count:]
        paragraph.__dict__.pop("text", None)  # read again from the runs left


def _outline_from_top(paragraphs: list[Paragraph], style_ids: list[str | None], numbering: Numbering) -> None:
    """Count levels from the shallowest one a list linked to heading styles uses. Word's multilevel list linked to
    headings gives Heading 1 level 1 and Heading 2 level 2; a draft whose clauses are Heading 2 paragraphs (no
    Heading 1 anywhere) shows them as the top of its outline, "1." "2." …, and its Heading 3 paragraphs as their
    items. Such paragraphs' ``level`` then counts from that level (the document's assignments keep Word's own
    levels, which fixes change). A list whose first level is used, or whose shallowest used level is not the one
    any of its paragraphs' style is linked to (w:pStyle in the level), keeps its levels: a sub-list of its own at
    level 2 is no outline."""
    lowest: dict[str, int] = {}
    for p in paragraphs:  # (a table of contents' heading, in a style based on Heading 1, may be numbered too)
        if p.level is not None and p.list_id and not p.contents:
            lowest[p.list_id] = min(lowest.get(p.list_id, p.level), p.level)
    for list_id, top in lowest.items():
        if not top:
            continue
        tops = [(p, style) for p, style in zip(paragraphs, style_ids, strict=True)
                if p.list_id == list_id and p.level == top and not p.contents]
        # (one clause typed in Normal and numbered into the Heading 2 level by hand, or by --fix, stands with the
        # Heading 2 clauses: one paragraph linked to the level makes the outline)
        if not any(_style_linked(numbering, p, style) for p, style in tops):
            continue
        for p in paragraphs:
            if p.list_id == list_id and p.level is not None:
                p.level = max(0, p.level - top)


def _style_linked(numbering: Numbering, paragraph: Paragraph, style_id: str | None) -> bool:
    """Whether the paragraph's list level is linked to its paragraph style (the level's w:pStyle names it), or to a
    style its style is based on: a delegation's "Operative Clause" based on Heading 2, naming no numbering of its
    own, is numbered by Heading 2's level and stands where Heading 2 stands in the outline."""
    instance = numbering.instance(paragraph.num_id) if paragraph.num_id is not None else None
    if instance is None or paragraph.level is None or not style_id:
        return False
    linked = instance.levels[paragraph.level].style
    return bool(linked) and linked in numbering.style_ids(style_id)


_FRAME = f"{W}framePr"


def _twips(element: Any, name: str) -> int | None:
    value = element.get(f"{W}{name}") if element is not None else None
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def _in_page_margin(frame: Any | None, body: Any) -> bool:
    """Whether a frame (w:framePr) puts its paragraph in the top or bottom margin of the page, where headers and
    footers stand: anchored to the page above the top margin or below the bottom one (by its w:y, or by w:yAlign
    "top" / "bottom"), or anchored to the margin above or below the text area. The body's last section gives the
    page (a frame in an earlier section of another size is judged by it too)."""
    if frame is None:
        return False
    anchor = frame.get(f"{W}vAnchor")
    align = frame.get(f"{W}yAlign")
    if anchor == "page" and align in ("top", "bottom"):
        return True
    sect = body.find(f"{W}sectPr") if body is not None else None
    size = sect.find(f"{W}pgSz") if sect is not None else None
    margins = sect.find(f"{W}pgMar") if sect is not None else None
    height, top, bottom = _twips(size, "h"), _twips(margins, "top"), _twips(margins, "bottom")
    y = _twips(frame, "y")
    if y is None or height is None or top is None or bottom is None:
        return False
    top, bottom = abs(top), abs(bottom)
    depth = _twips(frame, "h") or 0
    if anchor == "page":
        return y >= height - bottom or (0 <= y and y + max(depth, 1) <= top)
    if anchor == "margin":
        return y >= height - top - bottom or y + max(depth, 1) <= 0
    return False


def _right_to_left(ppr: Any | None, style_id: str | None, styles: Styles) -> bool:
    """The paragraph's direction as Word lays it out: the first w:bidi of its own w:pPr and its style chain (an
    explicit w:bidi 0 runs left to right)."""
    for props in (ppr, *(style.find(_PPR) for style in styles.chain(style_id))):
        bidi = props.find(f"{W}bidi") if props is not None else None
        if bidi is not None:
            return bidi.get(_VAL) not in ("0", "false", "off")
    return False


def _indent(ppr: Any | None, assignment: Assignment, style_id: str | None, numbering: Numbering) -> int | None:
    """A paragraph's left indent as Word applies it: its own w:ind; else, for a paragraph its style numbers (the
    w:numPr in the style, none naming a list in the paragraph), the style's own w:ind before its list level's
    (ECMA-376 Part 1 §17.7.2: numbering properties come below the paragraph style, so a "Sub Clause" style that
    indents further than the level it links shows indented); else its list level's, else its style's."""
    own = left_indent(ppr)
    if own is not None:
        return own
    numpr = ppr.find(_NUMPR) if ppr is not None else None
    if assignment is not None and (numpr is None or numpr.find(f"{W}numId") is None):
        styled = numbering.style_indent(style_id)
        if styled is not None:
            return styled
    level = numbering.indent(assignment)
    return level if level is not None else numbering.style_indent(style_id)


_TEXT_BOX = f"{W}txbxContent"


# the marks that end a sentence or an item of running text (a heading line, a caption or a motto ends with none)
_TEXT_ENDS = (",", ";", ".", ":", "，", "；", "。", "：")


def flowing_boxes(body: Any) -> set[Any]:
    """The w:txbxContent elements of the w:body ``body`` read in the flow, each paragraph of a box after the
    paragraph it is anchored in. Every box, when together they hold more text than every paragraph outside them (a
    draft typed in a text box, Pages or a template's frame round the body); else each box that holds running text:
    two paragraphs or more that end as a sentence or an item does ("…;", "…,", "…。": text typed into a template's
    box under the body's first paragraphs). Any other box is a layout detail and its lines are read with its anchor
    (:attr:`Paragraph.boxed`: a committee line boxed under a logo)."""
    if next(body.iter(_TEXT_BOX), None) is None:
        return set()
    outside = inside = 0
    boxes = []
    for p, in_table in _body_paragraphs(body):
        outside += len(runtext.current_text(p).strip())
        for box in [] if in_table else runtext.text_boxes(p):
            boxes.append(box)
            inside += sum(len(runtext.current_text(q).strip()) for q, _ in _body_paragraphs(box))
    if inside > outside:
        return set(body.iter(_TEXT_BOX))
    return {box for box in boxes if _holds_running_text(box)}


def _holds_running_text(box: Any) -> bool:
    return sum(runtext.current_text(q).rstrip().endswith(_TEXT_ENDS) for q, _ in _body_paragraphs(box)) >= 2


def _flow(body: Any, flowing: set[Any]) -> Iterator[tuple[Any, bool, Any]]:
    """The paragraphs of ``body`` in reading order as (w:p, in a table, the w:p of the anchor of the text box
    holding it or None); the paragraphs of the text boxes read in the flow (``flowing``), after their anchor."""
    for p, in_table in _body_paragraphs(body):
        yield p, in_table, None
        if flowing and not in_table:  # (a table's paragraphs are read with those of the boxes in its cells)
            for box in runtext.text_boxes(p):
                if box not in flowing:
                    continue
                for q, boxed_in_table, inner in _flow(box, flowing):
                    yield q, boxed_in_table, p if inner is None else inner


_SDT_GALLERY = f"{W}sdtPr/{W}docPartObj/{W}docPartGallery"
_FLD_CHAR, _INSTR_TEXT, _P = f"{W}fldChar", f"{W}instrText", f"{W}p"


def contents(body: Any) -> set[Any]:
    """The w:p of the tables of contents in ``body``: every paragraph of a content control Word keeps one in (a
    w:sdt whose w:docPartGallery is "Table of Contents": its "Contents" line and its entries), and every paragraph a
    TOC field's result spans (from the field's begin to its end, where no control holds it). Each entry repeats a
    heading's text, the number Word gives it and its page ("1.→Urges Member States …→1"), so that a document whose
    clauses are headings lists its clauses, and its heading lines, a second time before them."""
    found: set[Any] = set()
    for sdt in body.iter(f"{W}sdt"):
        gallery = sdt.find(_SDT_GALLERY)
        if gallery is not None and (gallery.get(_VAL) or "").startswith("Table of Contents"):
            found.update(sdt.iter(_P))
    codes: list[str] = []  # the codes of the complex fields open, the innermost last
    separated: list[bool] = []
    for element in body.iter(_P, _FLD_CHAR, _INSTR_TEXT):
        if element.tag == _P:
            if any(code.split()[:1] == ["TOC"] for code in codes):
                found.add(element)  # the field began in an earlier paragraph and is still open
            continue
        if element.tag == _INSTR_TEXT:
            if codes and not separated[-1]:
                codes[-1] += element.text or ""
            continue
        kind = element.get(f"{W}fldCharType")
        if kind == "begin":
            codes.append("")
            separated.append(False)
        elif kind == "separate" and codes:
            separated[-1] = True
            if codes[-1].split()[:1] == ["TOC"]:
                paragraph = runtext.paragraph_of(element)
                if paragraph is not None:
                    found.add(paragraph)
        elif kind == "end" and codes:
            codes.pop()
            separated.pop()
    return found


def _body_paragraphs(body: Any) -> Iterator[tuple[Any, bool]]:
    for child in body:
        if child.tag == f"{W}p":
            yield child, False
        elif child.tag == f"{W}tbl":
            for p in child.iter(f"{W}p"):
                yield p, True
        elif child.tag == f"{W}sdt":  # a content control round paragraphs
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _body_paragraphs(content)
        elif child.tag == f"{W}customXml":  # custom XML markup round paragraphs (its w:customXmlPr holds none)
            yield from _body_paragraphs(child)

