"""A draft handed in as Markdown (exported from Notion, 语雀, Obsidian, Google Docs or typed so): its paragraphs and
their emphasis, as a Markdown viewer shows them, and a changed paragraph written back as Markdown.

Blocks are read as CommonMark reads them, with one difference: lines are joined into one paragraph only where a
line was plainly wrapped in the middle of a sentence (the next opens with a small letter, or the line was cut after
"of", "the"); other lines stand apart, as Obsidian and Typora show them, so that a draft typed one heading field or
clause per line without blank lines between keeps them apart. Inline: ``**bold**``, ``*italic*``, ``__bold__``, ``_italic_``, ``~~struck~~``, ``<u>underlined</u>`` (and the
HTML tags for the others), backslash escapes, code spans, links (their text). A list item's marker ("1.", "-") stays
in its paragraph's text, an ordered item's number as a viewer shows it: CommonMark numbers the items of one list on
from its first ("1." typed on every item shows 1, 2, 3), and a list ends at a paragraph, heading or rule at its
margin or at a bullet list beside it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from drafter import labelkinds
from drafter.patterns import lazy
from drafter.word import runtext
from drafter.word.styles import toggle

HEADING = lazy(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
THEMATIC_BREAK = lazy(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
SETEXT_UNDERLINE = lazy(r" {0,3}(?:=+|-{2,})[ \t]*$")
LIST_ITEM = lazy(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
ORDERED_ITEM = lazy(r"([ \t]*)(\d{1,9})([.)])(?:[ \t]+|$)")
QUOTE = lazy(r"[ \t]{0,3}>[ \t]?")
TABLE_RULE = lazy(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
FENCE = lazy(r"[ \t]{0,3}(`{3,}|~{3,})")
TAG = lazy(r"<(/?)(u|ins|b|strong|i|em|s|del|strike)>", 2)  # re.IGNORECASE
LINK = lazy(r"!?\[([^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
AUTOLINK = lazy(r"<((?:https?|mailto):[^<>\s]+)>")
# words after which a line was cut in the middle of a sentence (a text wrapped at a width)
CUT_AFTER = frozenset("a an the of and or to in on for by with its their that as at from into under".split())
ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
TAG_STYLE = {"u": "underline", "ins": "underline", "b": "bold", "strong": "bold", "i": "italic", "em": "italic",
             "s": "strike", "del": "strike", "strike": "strike"}


@dataclass(frozen=True)
class Span:
    """A piece of a paragraph's text and the emphasis a Markdown viewer shows on it."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False

    @property
    def styles(self) -> frozenset[str]:
        return frozenset(name for name in ("bold", "italic", "underline", "strike") if getattr(self, name))


@dataclass(frozen=True)
class Block:
    """One paragraph of a Markdown text: the lines it was read from (``first`` to ``last``, 0-based), what opens
    its first line before its text (quote marks, a heading's #), and its text in spans."""

    first: int
    last: int
    prefix: str
    spans: tuple[Span, ...]
    marked: bool = False  # emphasis typed in Markdown inside it (a heading's bold alone is not)
    level: int = 0  # a heading's level ("## …": 2; a line underlined with "=": 1, with "-": 2); 0 for no heading

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass
class _List:
    """An ordered list open while the blocks are read: the column of its markers, their mark ("." or ")") and the
    number its next item shows."""

    indent: int
    mark: str
    next: int


def _shown_number(body: str, lists: list[_List]) -> str:
    """``body`` (a block's first line) with its ordered item's number as a viewer shows it, ``lists`` (the ordered
    lists open, outermost first) updated: an item goes on with the open list of its column and mark, or opens a
    new list numbered from its own number; a bullet item ends the ordered lists of its column and deeper ones; a
    paragraph those whose items it is not indented under."""
    indent = len(body) - len(body.lstrip(" \t"))
    item = ORDERED_ITEM.match(body)
    if item is None:
        bullet = LIST_ITEM.match(body) is not None
        while lists and (lists[-1].indent + 1 >= indent if bullet else lists[-1].indent + 2 > indent):
            lists.pop()
        return body
    while lists and lists[-1].indent > indent + 1:
        lists.pop()  # a shallower item closes the lists nested in the one it goes on with
    if lists and abs(lists[-1].indent - indent) <= 1 and lists[-1].mark == item.group(3):
        shown = lists[-1].next
        lists[-1].next += 1
        return body[:item.start(2)] + str(shown) + body[item.end(2):]
    if lists and abs(lists[-1].indent - indent) <= 1:
        lists.pop()  # another mark at the same column starts another list
    lists.append(_List(indent, item.group(3), int(item.group(2)) + 1))
    return body


@dataclass
class _Open:
    first: int
    last: int
    prefix: str
    pieces: list[str] = field(default_factory=list)
    heading: int = 0  # the level of a heading, 0 for none


def blocks(lines: list[str]) -> list[Block]:
    """The paragraphs of a Markdown text given as its lines (without line ends)."""
    out: list[Block] = []
    current: _Open | None = None
    fence = ""
    skip = _front_matter(lines)
    lists: list[_List] = []  # the ordered lists open, outermost first

    def close() -> None:
        nonlocal current
        if current is not None:
            spans = tuple(spans_of(_joined(current.pieces)))
            marked = any(span.styles for span in spans)
            if current.heading:
                spans = tuple(replace(span, bold=True) for span in spans)
            if "".join(span.text for span in spans).strip():
                out.append(Block(current.first, current.last, current.prefix, spans, marked, current.heading))
        current = None

    for at, line in enumerate(lines):
        if at < skip:
            continue
        if fence:  # a fenced code block: each line as it is
            if line.strip().startswith(fence):
                fence = ""
            elif line.strip():
                out.append(Block(at, at, "", (Span(line.rstrip()),)))
            continue
        opening = FENCE.match(line)
        if opening:
            close()
            fence, lists = opening.group(1), []
            continue
        prefix, body = "", line
        while (quoted := QUOTE.match(body)) is not None:
            prefix, body = prefix + quoted.group(0), body[quoted.end():]
        if not body.strip():
            close()
            continue
        if current is not None and not current.heading and SETEXT_UNDERLINE.match(body) \
                and not LIST_ITEM.match(current.pieces[0]):
            current.heading, lists = (1 if body.strip().startswith("=") else 2), []
            close()
            continue
        if THEMATIC_BREAK.match(body) or TABLE_RULE.match(body):
            close()
            lists = []
            continue
        if body.lstrip().startswith("|"):  # a table's row: its cells apart by tabs, as Word copies a row
            close()
            lists = []
            cells = [cell.strip() for cell in body.strip().strip("|").split("|")]
            current = _Open(at, at, prefix, ["\t".join(cells)])
            close()
            continue
        heading = HEADING.match(body)
        if heading:
            close()
            lists = []
            current = _Open(at, at, prefix + body[:heading.start(2)] if heading.group(2) else prefix + body,
                            [heading.group(2) or ""], heading=len(heading.group(1)))
            close()
            continue
        if current is not None and not LIST_ITEM.match(body) and _continues(lines[at - 1], body):
            current.pieces.append(body.strip())
            current.last = at
            continue
        close()
        current = _Open(at, at, prefix, [_shown_number(body.rstrip(), lists)])
    close()
    return out


def _front_matter(lines: list[str]) -> int:
    """How many lines open the text as front matter (between two "---" lines, as Obsidian and static-site tools
    write a note's properties): 0 when there is none."""
    if not lines or lines[0].strip() != "---":
        return 0
    for at in range(1, min(len(lines), 60)):
        if lines[at].strip() in ("---", "..."):
            return at + 1
    return 0


def _continues(before: str, line: str) -> bool:
    """Whether ``line`` goes on with the paragraph of the line ``before`` it: a line that opens with a small
    letter, or follows a line cut after a word no sentence ends with ("of", "the"); never after a hard break (two
    spaces or a backslash) nor when the line opens with a label. Other lines stand apart, as Obsidian and Typora
    show them: a draft's heading fields and clauses are typed one per line."""
    if before.endswith(("  ", "\\")) or labelkinds.read_typed(line.strip()) is not None:
        return False  # a hard break; a line opened by a label ("a.", "(ii)") is an item of its own
    words = before.rstrip().rstrip("*_~").split()
    return line.lstrip()[:1].islower() or bool(words) and words[-1].lower() in CUT_AFTER


def _joined(pieces: list[str]) -> str:
    """The lines of one paragraph as one text: a space between them, none between Chinese characters."""
    text = pieces[0]
    for piece in pieces[1:]:
        text += piece if _wide(text[-1:]) and _wide(piece[:1]) else " " + piece
    return text


def _wide(char: str) -> bool:
    return bool(char) and char >= "\u2e80"


@dataclass
class _Token:
    text: str
    styles: frozenset[str]
    delimiter: str = ""  # "*", "_" or "~" for a run of them, "" for text
    opens: bool = False
    closes: bool = False
    added: set[str] = field(default_factory=set)


def spans_of(text: str) -> list[Span]:
    """The spans of a paragraph's Markdown text: emphasis read, escapes, code spans and links taken as text."""
    tokens = _tokens(text)
    _pair(tokens)
    out: list[Span] = []
    for token in tokens:
        styles = token.styles | token.added
        if token.text and out and out[-1].styles == styles:
            out[-1] = replace(out[-1], text=out[-1].text + token.text)
        elif token.text:
            out.append(Span(token.text, *(name in styles for name in ("bold", "italic", "underline", "strike"))))
    return out


def _tokens(text: str) -> list[_Token]:
    """Text and delimiter runs, with the emphasis of HTML tags around them and whether each run can open or close
    emphasis (CommonMark's flanking rules; a Chinese character beside a run counts as a space does)."""
    tokens: list[_Token] = []
    tags: list[str] = []
    plain = ""
    at = 0

    def flush() -> None:
        nonlocal plain
        if plain:
            tokens.append(_Token(plain, frozenset(tags)))
            plain = ""

    while at < len(text):
        char = text[at]
        if char == "\\" and text[at + 1: at + 2] and text[at + 1] in ESCAPABLE:
            plain += text[at + 1]
            at += 2
        elif char == "`":
            ticks = len(text[at:]) - len(text[at:].lstrip("`"))
            end = text.find("`" * ticks, at + ticks)
            if end < 0:
                plain += "`" * ticks
                at += ticks
            else:
                plain += text[at + ticks: end].strip()
                at = end + ticks
        elif char == "<" and (tag := TAG.match(text, at)):
            flush()
            style = TAG_STYLE[tag.group(2).lower()]
            if tag.group(1):
                if style in tags:
                    tags.remove(style)
            else:
                tags.append(style)
            at = tag.end()
        elif char == "<" and (link := AUTOLINK.match(text, at)):
            plain += link.group(1)
            at = link.end()
        elif char in "[!" and (link := LINK.match(text, at)):
            plain += link.group(1)
            at = link.end()
        elif char in "*_~":
            flush()
            end = at
            while end < len(text) and text[end] == char:
                end += 1
            before, after = text[at - 1: at] or " ", text[end: end + 1] or " "
            left = not after.isspace() and (not _punctuation(after) or before.isspace() or _punctuation(before)
                                            or _wide(before))
            right = not before.isspace() and (not _punctuation(before) or after.isspace() or _punctuation(after)
                                              or _wide(after))
            if char == "_":
                opens, closes = left and (not right or _punctuation(before)), right and (not left or _punctuation(after))
            else:
                opens, closes = left, right
            if char == "~" and end - at != 2:
                opens = closes = False
            tokens.append(_Token(text[at:end], frozenset(tags), char, opens, closes))
            at = end
        else:
            plain += char
            at += 1
    flush()
    return tokens


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _pair(tokens: list[_Token]) -> None:
    """Match closing delimiter runs with the nearest opening run of the same character before them (CommonMark's
    emphasis: two characters from each side make bold, one italic, two tildes strike through), marking the text
    between; what is left of the runs stays as text."""
    at = 0
    while at < len(tokens):
        closer = tokens[at]
        if not (closer.delimiter and closer.closes and closer.text):
            at += 1
            continue
        found = None
        for back in range(at - 1, -1, -1):
            opener = tokens[back]
            if opener.delimiter != closer.delimiter or not opener.opens or not opener.text:
                continue
            both = opener.closes or closer.opens
            if both and (len(opener.text) + len(closer.text)) % 3 == 0 \
                    and not (len(opener.text) % 3 == 0 and len(closer.text) % 3 == 0):
                continue
            found = back
            break
        if found is None:
            at += 1
            continue
        opener = tokens[found]
        used = 2 if len(opener.text) >= 2 and len(closer.text) >= 2 else 1
        style = "strike" if closer.delimiter == "~" else "bold" if used == 2 else "italic"
        for inner in tokens[found + 1: at]:
            if inner.delimiter:
                inner.delimiter = ""  # runs inside a pair no longer pair with runs outside it
            inner.added.add(style)
        opener.text, closer.text = opener.text[:-used], closer.text[used:]
        if not closer.text:
            at += 1


def rendered(spans: list[Span] | tuple[Span, ...], emphasis: bool = True) -> str:
    """Spans written as Markdown (the characters Markdown reads escaped), with their emphasis unless not
    ``emphasis`` (a text that holds none gets none)."""
    out = ""
    for span in spans:
        text = "".join("\\" + c if c in "*_~`\\<[" else c for c in span.text)
        lead, core, tail = _split_spaces(text)
        if not core or not emphasis:
            out += text
            continue
        for opening, closing, on in (("<u>", "</u>", span.underline), ("~~", "~~", span.strike),
                                     ("**", "**", span.bold), ("*", "*", span.italic)):
            if on:
                core = opening + core + closing
        out += lead + core + tail
    return out


def _split_spaces(text: str) -> tuple[str, str, str]:
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core[0])
    return text[:start], core, text[start + len(core):]


def paragraph_spans(element: Any) -> list[Span]:
    """The spans of a w:p as it now stands (after fixes): each run's text and its bold, italics, underline and
    strike-through as set on the run."""
    out: list[Span] = []
    for run, _, _ in runtext.current_runs(element):
        props = run.find(runtext.w("rPr"))
        chain = [props] if props is not None else []
        styles = {name: toggle(chain, tag) for name, tag in (("bold", "b"), ("italic", "i"), ("underline", "u"),
                                                             ("strike", "strike"))}
        span = Span(runtext.run_text(run), **styles)
        if out and out[-1].styles == span.styles:
            out[-1] = replace(out[-1], text=out[-1].text + span.text)
        else:
            out.append(span)
    return out
