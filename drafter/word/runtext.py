"""The text of runs and paragraphs: the one place that says which characters a run contributes.

Every module that reads or edits runs (the reader, --fix, tracked revisions, amendments) counts text
here, so an offset means the same character everywhere. The rules:

- a paragraph's *current* text is the text a reader sees once every tracked change is accepted: runs
  inside w:del / w:moveFrom, field codes (w:instrText), text boxes, drawings and note references are
  not part of it; field results and runs inside w:ins, w:hyperlink, w:smartTag, w:sdt, w:customXml are, and of
  a phonetic guide (w:ruby) its base text; hidden runs (w:vanish in the run's own properties, or set by its
  character style or its paragraph's style: :func:`use_styles`) are not shown on the page and are not part of it, nor is a content control's placeholder ("Click or tap here to enter text.",
  w:showingPlcHdr) or a MACROBUTTON field's prompt ("[Type the clause here]"): the slot is still unfilled, and a paragraph inside a block-level control showing its
  placeholder has no text;
- w:tab and w:ptab are "\\t", w:br and w:cr are "\\n", w:noBreakHyphen is "-", w:softHyphen is nothing, a w:sym is the
  character it shows (a symbol font's glyph as the character that looks the same: :func:`shown_text`);
- inside w:t, characters that are never seen (word joiners, soft hyphens, zero-width spaces, byte-order
  marks, zero-width joiners and non-joiners) are not text; comments, processing instructions and entity
  references inside w:t are markup;
- no-break spaces stay in the text as they are; :func:`match_key` folds them to plain spaces for
  comparing what a person typed with what a document holds (one character for one, so offsets agree);
- a paragraph whose mark is struck (a tracked deletion or move) joins the next paragraph once changes are
  accepted: its text belongs to that paragraph (:func:`joined_runs`) and it has none of its own
  (:func:`joins_next`); so does a drop cap's letter, a paragraph of its own framed beside the next one
  (:func:`drop_cap`). The reader and --fix count a paragraph's characters that way.

Cutting runs at an offset and rewriting their text is :mod:`drafter.word.runsplit` (its names are reachable here
too: ``runtext.split_at`` is ``runsplit.split_at``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from typing import Any, Protocol

from drafter.word.symbols import symbol_character

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML element or attribute."""
    return f"{W}{tag}"


# elements whose content is not part of the current text
SKIP = {w("del"), w("txbxContent"), w("moveFrom"), w("drawing"), w("pict"), w("object"),
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
        w("footnoteReference"), w("endnoteReference"), w("instrText"), w("delInstrText")}
ONE_CHARACTER = {w("tab"): "\t", w("ptab"): "\t", w("br"): "\n", w("cr"): "\n", w("noBreakHyphen"): "-"}
NO_CHARACTER = {w("softHyphen"), w("rPr"), w("lastRenderedPageBreak")}  # the last: where Word last broke the page
# word joiner, soft hyphen, zero-width space, BOM, zero-width non-joiner and joiner (a chat's copy leaves them)
INVISIBLE = "\u2060\u00ad\u200b\ufeff\u200c\u200d"
_DROP_INVISIBLE = str.maketrans("", "", INVISIBLE)
# each looked for on its own: at C speed, unlike a set
_JOINER, _SOFT_HYPHEN, _ZERO_WIDTH, _BOM, _NON_JOINER, _ZW_JOINER = list(INVISIBLE)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " "})


def match_key(text: str) -> str:
    """``text`` with every kind of space folded to a plain one (same length): for finding quoted words."""
    return text.translate(_SPACES)


_T, _RPR = w("t"), w("rPr")


def t_text(t: Any) -> str:
    """The visible text of a w:t element (markup inside it skipped, invisible characters dropped)."""
    text = (t.text or "") if len(t) == 0 else t_text_raw(t)
    if text.isascii() or (_JOINER not in text and _SOFT_HYPHEN not in text and _ZERO_WIDTH not in text
                          and _BOM not in text and _NON_JOINER not in text and _ZW_JOINER not in text):
        return text
    return text.translate(_DROP_INVISIBLE)


def piece_text(child: Any) -> str | None:
    """The text one child of a w:r contributes; None for a child that is not text and cannot be cut around
    (a field character, a drawing, a symbol) — such a run is not rewritten by --fix."""
    tag = child.tag
    if tag == _T:
        return t_text(child)
    if tag == _RPR:
        return ""
    if not isinstance(tag, str):
        return ""
    if tag in ONE_CHARACTER:
        return ONE_CHARACTER[tag]
    if tag in NO_CHARACTER:
        return ""
    return None


_SYM = w("sym")


def shown_text(child: Any) -> str:
    """The text one child of a w:r shows: :func:`piece_text`, and for a w:sym (a symbol-font character) the
    character it shows: its w:char code ("00A7" §), or for a symbol font's glyph the character that looks the same
    (Symbol "F0B7" •, Wingdings "F0FC" ✓: :func:`drafter.word.symbols.symbol_character`); a w:sym is never cut or
    rewritten (:func:`splittable`)."""
    text = piece_text(child)
    if text is not None:
        return text
    if child.tag == _SYM:
        return symbol_character(child.get(f"{W}font"), child.get(f"{W}char"))
    return ""


def run_text(run: Any) -> str:
    """The visible text of a w:r."""
    count = len(run)
    if count == 1:  # most runs: one w:t (the run's properties are w:rPr, its first child, when it has them)
        return shown_text(run[0])
    if count == 2:  # properties and a w:t, or a w:t and a tab
        first, second = run
        return shown_text(first) + shown_text(second)
    return "".join([shown_text(child) for child in run])


_R, _P, _BODY, _PROPERTIES = w("r"), w("p"), w("body"), (w("pPr"), w("rPr"))
_PPR_TAG, _PSTYLE, _RSTYLE = w("pPr"), w("pStyle"), w("rStyle")
_RUBY, _RUBY_BASE = w("ruby"), w("rubyBase")
_VANISH, _SDT, _SDT_PR, _PLACEHOLDER_SHOWN, _VAL = w("vanish"), w("sdt"), w("sdtPr"), w("showingPlcHdr"), w("val")
_OFF = ("0", "false", "off")


def hidden(run: Any) -> bool:
    """Whether the w:r is hidden text (its own properties set w:vanish): Word neither shows nor prints it."""
    if not len(run) or run[0].tag != _RPR:
        return False
    vanish = run[0].find(_VANISH)
    return vanish is not None and vanish.get(_VAL) not in _OFF


_HYPERLINK, _RSTYLE, _FLD_SIMPLE, _INSTR = w("hyperlink"), w("rStyle"), w("fldSimple"), w("instr")
LINK_STYLES = ("Hyperlink", "FollowedHyperlink")


def in_link(run: Any) -> bool:
    """Whether the w:r is the text of a link: inside a w:hyperlink or a simple HYPERLINK field, or in the character
    style Word gives links (its colour and underline are the link's, not emphasis the writer chose)."""
    if len(run) and run[0].tag == _RPR:
        style = run[0].find(_RSTYLE)
        if style is not None and style.get(_VAL) in LINK_STYLES:
            return True
    outer = run.getparent()
    while outer is not None and outer.tag != _P:
        if outer.tag == _HYPERLINK or (outer.tag == _FLD_SIMPLE
                                       and (outer.get(_INSTR) or "").strip().upper().startswith("HYPERLINK")):
            return True
        outer = outer.getparent()
    return False


def placeholder_shown(sdt: Any) -> bool:
    """Whether the content control w:sdt still shows its placeholder text (nothing was typed into it)."""
    properties = sdt.find(_SDT_PR)
    shown = properties.find(_PLACEHOLDER_SHOWN) if properties is not None else None
    return shown is not None and shown.get(_VAL) not in _OFF


class HidingStyles(Protocol):
    """A document's styles as :func:`use_styles` takes them (:class:`drafter.word.styles.Styles`)."""

    def hides(self, run_rpr: Any, char_style: str | None, para_style: str | None) -> bool: ...


# the styles of documents with a style that hides text (w:vanish), by their w:document element; the few last ones
_HIDING: dict[Any, HidingStyles] = {}
_HIDING_KEPT = 16


def use_styles(document: Any, styles: HidingStyles | None) -> None:
    """Read the runs of the w:document element ``document`` with ``styles``, which hide text (a style that sets
    w:vanish), or with None, as those of a document whose styles hide nothing: only a run's own w:vanish then
    hides it. The reader says it for every document it reads."""
    _HIDING.pop(document, None)
    if styles is not None:
        if len(_HIDING) >= _HIDING_KEPT:
            del _HIDING[next(iter(_HIDING))]
        _HIDING[document] = styles


def runs(element: Any, simple_fields: bool = False) -> Iterator[Any]:
    """The w:r elements of ``element`` that hold current text, in document order. A run holding a phonetic
    guide (w:ruby, pinyin over Chinese characters) stands for the runs of its base text: the guide is not text.
    Hidden runs and the runs of a content control showing its placeholder are passed over, as is the whole of a
    paragraph inside a block-level content control (around paragraphs, cells or rows) that shows its placeholder.
    With ``simple_fields``, each w:fldSimple element comes too, before the runs of its result."""
    if element.tag == _P:
        if in_placeholder(element):
            return
        if _HIDING:
            styles = _HIDING.get(element.getroottree().getroot())
            if styles is not None:
                yield from _runs(element, _style_hiding(styles, element), simple_fields)
                return
    yield from _runs(element, None, simple_fields)


def _style_hiding(styles: HidingStyles, p: Any) -> Callable[[Any], bool]:
    """Whether a run of the w:p ``p`` is hidden, its styles and ``p``'s considered."""
    ppr = p.find(_PPR_TAG)
    style = ppr.find(_PSTYLE) if ppr is not None else None
    para_style = style.get(_VAL) if style is not None else None

    def hides(run: Any) -> bool:
        rpr = run[0] if len(run) and run[0].tag == _RPR else None
        char = rpr.find(_RSTYLE) if rpr is not None else None
        return styles.hides(rpr, char.get(_VAL) if char is not None else None, para_style)

    return hides


def in_placeholder(p: Any) -> bool:
    """Whether the w:p is inside a block-level content control still showing its placeholder text (the whole
    paragraph is the placeholder: nothing was typed into the control)."""
    outer = p.getparent()
    while outer is not None and outer.tag != _BODY:
        if outer.tag == _SDT and placeholder_shown(outer):
            return True
        outer = outer.getparent()
    return False


def placeholder_text(p: Any) -> str:
    """The placeholder text Word shows in the w:p for its unfilled content controls ("Click or tap here to enter
    text."): the whole paragraph's when it is inside a block-level control showing its placeholder, else that of
    the inline controls showing theirs and of its MACROBUTTON prompts (:func:`macro_prompts`); "" when the paragraph
    shows none. It is not part of the current text."""
    if in_placeholder(p):
        return "".join(t_text(t) for t in p.iter(_T) if not _struck(t, p))
    controls = "".join(t_text(t) for sdt in p.iter(_SDT) if placeholder_shown(sdt)
                       for t in sdt.iter(_T) if not _struck(t, p))
    return controls + "".join(text for _, text in macro_prompts(p))


# a MACROBUTTON field: the macro's name, then the text Word shows for the field (its "display text")
_MACROBUTTON = re.compile(r"\s*MACROBUTTON\s+\S+(.*)", re.S | re.I)
_FORMAT_SWITCH = re.compile(r"\\[*#@]\s*(?:\"[^\"]*\"|\S+)")


def has_macro_button(body: Any) -> bool:
    """Whether any field of the w:body ``body`` is a MACROBUTTON (a template's "[Click here and type …]" prompt)."""
    return any("MACROBUTTON" in (t.text or "").upper() for t in body.iter(_INSTR_TEXT)) or any(
        "MACROBUTTON" in (f.get(_INSTR) or "").upper() for f in body.iter(_FLD_SIMPLE))


def macro_prompts(p: Any) -> list[tuple[Any, str]]:
    """The MACROBUTTON fields of the w:p ``p`` that show a prompt, each as the element it starts with (its w:fldSimple,
    or the run of its begin mark) and the prompt: the text after the macro's name in the field's code, which Word shows
    in the field's place. A template written with such fields ("MACROBUTTON NoMacro [Type the clause here]") shows
    the prompt until the writer clicks it and types: a field still there is a slot left unfilled, as a content
    control showing its placeholder. A field with a stored result, or whose code holds nothing but switches (a
    MathType equation's MTPlaceRef), shows no prompt."""
    if next(p.iter(_INSTR_TEXT, _FLD_SIMPLE), None) is None:
        return []
    found = []
    for field in fields(p):
        shown = _MACROBUTTON.match(field.code)
        if shown is None or field.result().strip():
            continue
        prompt = _FORMAT_SWITCH.sub("", shown.group(1)).strip()
        if prompt:
            found.append((field.simple if field.simple is not None else field.begin, prompt))
    return found


def placeholder_offset(p: Any, runs: list[tuple[Any, int]]) -> int | None:
    """How many characters of the w:p's current text stand before its first inline content control that still
    shows its placeholder, or its first MACROBUTTON prompt (:func:`macro_prompts`); ``runs``: the paragraph's runs as read (each w:r and the length of its text; a run from
    outside ``p``, joined to it from a paragraph before, counts as before). None when no inline control of ``p``
    shows its placeholder, or when the whole paragraph is a block-level control's placeholder."""
    if in_placeholder(p):
        return None
    first = next((sdt for sdt in p.iter(_SDT) if placeholder_shown(sdt) and not _struck(sdt, p)), None)
    prompts = [element for element, _ in macro_prompts(p)]
    if first is None and not prompts:
        return None
    order = {element: i for i, element in enumerate(p.iter())}
    at = min(order[element] for element in (first, *prompts) if element is not None)
    return sum(length for run, length in runs if order.get(run, -1) < at)


def _struck(t: Any, p: Any) -> bool:
    """Whether the w:t stands inside a part of the w:p that Word does not show once changes are accepted (a
    deletion, a move away, a text box)."""
    outer = t.getparent()
    while outer is not None and outer is not p:
        if outer.tag in SKIP:
            return True
        outer = outer.getparent()
    return False


def _runs(element: Any, hides: Callable[[Any], bool] | None = None, simple_fields: bool = False) -> Iterator[Any]:
    """:func:`runs` below a paragraph's own checks; ``hides`` says whether a run is hidden (by default: by its own
    properties)."""
    for child in element:
        tag = child.tag
        if tag in SKIP or tag in _PROPERTIES:
            continue
        if tag == _R:
            if hides(child) if hides is not None else hidden(child):
                continue
            if len(child) and child[-1].tag == _RUBY:
                base = child[-1].find(_RUBY_BASE)
                if base is not None:
                    yield from _runs(base, hides, simple_fields)
                continue
            yield child
        elif tag == _SDT and placeholder_shown(child):
            continue
        elif isinstance(tag, str):
            if simple_fields and tag == _FLD_SIMPLE:
                yield child
            yield from _runs(child, hides, simple_fields)


def current_runs(p: Any) -> list[tuple[Any, int, int]]:
    """The runs of the paragraph's current text that hold text, with their [start, end) offsets."""
    out, pos = [], 0
    for run in runs(p):
        length = len(run_text(run))
        if length:
            out.append((run, pos, pos + length))
            pos += length
    return out


def current_text(p: Any) -> str:
    """The current text of a w:p."""
    return "".join(run_text(run) for run in runs(p))


_TEXT_BOX = w("txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


# fields whose result Word computes each time it lays the page out, counting every paragraph that holds one (the
# result stored in the file, if any, does not matter; SEQ shows its stored result until fields are updated)
SELF_NUMBERING = ("AUTONUM", "AUTONUMLGL", "AUTONUMOUT", "LISTNUM")
_FLD_CHAR, _INSTR_TEXT = w("fldChar"), w("instrText")
_FLD_TYPE = w("fldCharType")


def counting(instr: str) -> str | None:
    """The counter a field's code ``instr`` numbers with when it is a self-numbering field (:data:`SELF_NUMBERING`):
    "AUTONUM", "LISTNUM <list>"; else None."""
    words = instr.split()
    if not words or words[0].upper() not in SELF_NUMBERING:
        return None
    name = words[0].upper()
    if name == "LISTNUM":  # the list it counts in: its name, if it gives one before the switches
        listed = words[1].strip('"') if len(words) > 1 and not words[1].startswith("\\") else "NumberDefault"
        return f"{name} {listed}"
    return name


class Field:
    """A field of a paragraph as its runs hold it. A simple field is its w:fldSimple element (``simple``); a complex
    field is the runs of its marks (``begin``, ``separate``, ``end``), of its code (``code_runs``) and of its result
    (``result_runs``: the runs shown while it is the innermost field open, not a nested field's)."""

    __slots__ = ("code", "simple", "begin", "separate", "end", "code_runs", "result_runs")

    def __init__(self, code: str = "", simple: Any = None, begin: Any = None) -> None:
        self.code = code
        self.simple = simple
        self.begin = begin
        self.separate: Any = None
        self.end: Any = None
        self.code_runs: list[Any] = []
        self.result_runs: list[Any] = []

    def result(self) -> str:
        """The text of the result stored in the file (w:t only)."""
        held = self.simple.iter(_R) if self.simple is not None else self.result_runs
        return "".join(t.text or "" for run in held for t in run.iter(_T))

    def counting(self) -> str | None:
        """"AUTONUM", "LISTNUM <list>" … for a self-numbering field (:data:`SELF_NUMBERING`), else None."""
        return counting(self.code)


def fields(p: Any) -> list[Field]:
    """The fields of the w:p ``p`` over its current runs (:func:`runs`; deleted or hidden runs and text boxes passed
    over), each listed where it ends: a nested field before the field around it, a simple field where it stands.
    A complex field begun and not ended in ``p`` is not listed."""
    found: list[Field] = []
    open_fields: list[Field] = []
    for element in runs(p, simple_fields=True):
        if element.tag == _FLD_SIMPLE:
            found.append(Field(element.get(_INSTR) or "", simple=element))
            continue
        if open_fields and open_fields[-1].separate is not None:
            open_fields[-1].result_runs.append(element)
        for part in element:
            if part.tag == _FLD_CHAR:
                kind = part.get(_FLD_TYPE)
                if kind == "begin":
                    open_fields.append(Field(begin=element))
                elif kind == "separate" and open_fields:
                    open_fields[-1].separate = element
                elif kind == "end" and open_fields:
                    ended = open_fields.pop()
                    ended.end = element
                    found.append(ended)
            elif part.tag == _INSTR_TEXT and open_fields and open_fields[-1].separate is None:
                innermost = open_fields[-1]
                innermost.code += part.text or ""
                if not innermost.code_runs or innermost.code_runs[-1] is not element:
                    innermost.code_runs.append(element)
    return found


def number_field(p: Any) -> str | None:
    """The self-numbering field (:data:`SELF_NUMBERING`) whose result is the first text of the w:p ``p``, as
    "AUTONUM" or "LISTNUM <list>"; None when the paragraph opens with anything else."""
    code = number_field_code(p)
    return counting(code) if code is not None else None


def number_field_code(p: Any) -> str | None:
    """The code of the field whose result is the first text of the w:p ``p`` when it is a self-numbering one
    (:data:`SELF_NUMBERING`: " AUTONUM \\* roman "); None when the paragraph opens with anything else."""
    if next(p.iter(_INSTR_TEXT, _FLD_SIMPLE), None) is None:
        return None
    first = next((run for run in runs(p) if run_text(run).strip()), None)
    if first is None:
        return None
    parent = first.getparent()
    if parent is not None and parent.tag == _FLD_SIMPLE:
        code = parent.get(_INSTR) or ""
    else:
        owner = next((f for f in fields(p) if any(run is first for run in f.result_runs)), None)
        code = owner.code if owner is not None else ""
    return code if counting(code) is not None else None


def text_boxes(p: Any) -> list[Any]:
    """The w:txbxContent elements of the text boxes anchored in the w:p ``p``, in order. A shape Word writes twice (a
    DrawingML text box and its VML copy under mc:Fallback) is read once, in its DrawingML copy; a text box inside a
    text box is read where it is anchored."""
    found = []
    for box in p.iter(_TEXT_BOX):
        outer = box.getparent()
        while outer is not None and outer is not p and outer.tag not in (_FALLBACK, _TEXT_BOX):
            outer = outer.getparent()
        if outer is p:
            found.append(box)
    return found


def text_box_lines(p: Any, skip: Collection[Any] = ()) -> list[str]:
    """The current text of each paragraph of the text boxes anchored in the w:p ``p``, in order (each shape once:
    :func:`text_boxes`), leaving out the boxes in ``skip`` (those read in the flow)."""
    return [current_text(inner) for box in text_boxes(p) if box not in skip for inner in box if inner.tag == _P]


_PPR, _DEL, _MOVE_FROM = w("pPr"), w("del"), w("moveFrom")


_FRAME_PR = w("framePr")
_P = w("p")
_DROP_CAP = w("dropCap")


def mark_struck(p: Any) -> bool:
    """Whether the paragraph mark of the w:p ``p`` is a tracked deletion or moved away."""
    for ppr in p.iterchildren(_PPR):  # the first w:rPr of a w:pPr, as find("w:pPr/w:rPr") gives, without a path
        mark = ppr.find(_RPR)
        if mark is not None:
            return mark.find(_DEL) is not None or mark.find(_MOVE_FROM) is not None
    return False


_PICTURE = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"
_IMAGE_DATA = "{urn:schemas-microsoft-com:vml}imagedata"


def holds_picture(p: Any) -> bool:
    """Whether the w:p ``p`` shows a picture of its own (a DrawingML picture, or a VML image of an older file) that
    is not deleted as a tracked change; the paragraphs of a text box it anchors are not looked into."""
    for tag in (_PICTURE, _IMAGE_DATA):
        for found in p.iter(tag):
            ancestors = {a.tag for a in found.iterancestors()}
            if _DEL not in ancestors and _MOVE_FROM not in ancestors and w("txbxContent") not in ancestors:
                return True
    return False


def _neighbour(p: Any, before: bool) -> Any:
    """The w:p next to ``p`` among its siblings, passing over markup that holds no paragraph (bookmarks,
    range marks); None at a table, a content control, the section properties or the end."""
    sibling = p.getprevious() if before else p.getnext()
    while sibling is not None:
        if sibling.tag == w("p"):
            return sibling
        if isinstance(sibling.tag, str) and (sibling.tag == w("sectPr") or next(sibling.iter(w("p")), None) is not None):
            return None
        sibling = sibling.getprevious() if before else sibling.getnext()
    return None


def drop_cap(p: Any) -> bool:
    """Whether the w:p ``p`` is a drop cap: the large first letter Word writes as a paragraph of its own, framed
    (w:framePr w:dropCap "drop" or "margin") beside the paragraph after it, whose first word it begins."""
    for ppr in p.iterchildren(_PPR):
        frame = ppr.find(_FRAME_PR)
        return frame is not None and frame.get(_DROP_CAP) in ("drop", "margin")
    return False


def _joins(p: Any) -> bool:
    """Whether ``p``'s text belongs to the paragraph after it: a struck mark, or a drop cap."""
    return mark_struck(p) or drop_cap(p)


def joins_next(p: Any) -> bool:
    """Whether ``p`` has a struck mark (or is a drop cap: :func:`drop_cap`) and a paragraph after it to join: its
    text is that paragraph's."""
    return _joins(p) and _neighbour(p, before=False) is not None


def joined(p: Any) -> list[Any]:
    """The w:p elements whose current text makes up ``p``'s paragraph once changes are accepted: the
    paragraphs before it that join it (their marks struck, or a drop cap), then ``p`` itself. Empty when ``p`` itself joins
    the next paragraph."""
    if joins_next(p):
        return []
    out = [p]
    previous = _neighbour(p, before=True)
    while previous is not None and _joins(previous):
        out.insert(0, previous)
        previous = _neighbour(previous, before=True)
    return out


def paragraph_of(element: Any) -> Any | None:
    """The w:p that holds ``element`` (a run, a text), None when it stands in none."""
    return next(element.iterancestors(_P), None)


def joined_at_struck_mark(p: Any) -> bool:
    """Whether ``p``'s paragraph takes in the text of a paragraph before it whose mark is struck (a tracked deletion
    or move of the mark): a person who rejects that change gets two paragraphs back."""
    return any(mark_struck(part) for part in joined(p)[:-1])


def joined_runs(p: Any) -> list[tuple[Any, int, int]]:
    """The runs of ``p``'s paragraph as :func:`joined` makes it up, with their [start, end) offsets: what the
    reader reads as the paragraph, and what --fix edits."""
    out, pos = [], 0
    for part in joined(p):
        for run in runs(part):
            length = len(run_text(run))
            if length:
                out.append((run, pos, pos + length))
                pos += length
    return out


def joined_text(p: Any) -> str:
    """The text of ``p``'s paragraph as :func:`joined` makes it up."""
    return "".join(run_text(run) for run, _, _ in joined_runs(p))


def t_text_raw(t: Any) -> str:
    """The text of w:t with markup skipped but invisible characters kept (what is written back)."""
    return t.text or "" if len(t) == 0 else (t.text or "") + "".join(child.tail or "" for child in t)


def deleted_run_text(run: Any) -> str:
    """The text a tracked-deleted w:r held (its w:delText read as w:t)."""
    pieces = []
    for child in run:
        if child.tag == w("delText"):
            pieces.append(t_text(child))
        elif child.tag != w("delInstrText"):
            pieces.append(shown_text(child))
    return "".join(pieces)


def revision_pieces(p: Any) -> list[tuple[str, str]]:
    """The paragraph ``p`` as a reader of its tracked changes sees it: (kind, text) pieces in order, kind "" for
    unchanged text, "ins" for inserted and "del" for deleted text (moves count as deletion and insertion);
    neighbouring pieces of one kind are joined."""
    out: list[tuple[str, str]] = []

    def add(kind: str, text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + text)
        else:
            out.append((kind, text))

    def walk(element: Any, kind: str) -> None:
        for child in element:
            tag = child.tag
            if tag in (w("del"), w("moveFrom")):
                walk(child, "del")
            elif tag in (w("ins"), w("moveTo")):
                walk(child, kind or "ins")
            elif tag in SKIP or tag in _PROPERTIES:
                continue
            elif tag == _R:
                add(kind, deleted_run_text(child) if kind == "del" else run_text(child))
            elif isinstance(tag, str):
                walk(child, kind)

    walk(p, "")
    return out


# cutting and rewriting runs lives in drafter.word.runsplit; its names stay reachable here
_IN_RUNSPLIT = frozenset({"plain", "runs_between", "set_text", "split_at", "split_run", "splittable"})


def __getattr__(name: str) -> Any:
    if name in _IN_RUNSPLIT:
        from drafter.word import runsplit  # runsplit imports this module: loaded on use

        return getattr(runsplit, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
