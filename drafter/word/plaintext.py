"""A draft handed in as plain text (pasted into a .txt file, saved from an e-mail or a chat): read as a Word
document of plain paragraphs, one per non-empty line, and written back as text once fixed.

Plain text holds no emphasis, fonts, sizes or Word numbering: a document read here says so
(:attr:`drafter.word.reader.Document.plain` is set), so that nothing judges what the text cannot carry.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.patterns import lazy
from drafter.status import DrafterError
from drafter.word import reader, runtext

if TYPE_CHECKING:
    from drafter.word.markdown import Span

MARKDOWN_SUFFIXES = (".md", ".markdown")  # read as Markdown (drafter.word.markdown)
SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES)
MAX_BYTES = 4 * 1024 * 1024  # a draft resolution is a few kilobytes; a text this long is no draft
MAX_LINES = 5000
WESTERN_FONT, EAST_ASIAN_FONT = "Times New Roman", "SimSun"
HAN = lazy(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# what a Chinese text saved on Windows without UTF-8 is most likely written in: GB 18030 (a superset of GBK, GB 2312)
LEGACY_CHINESE = "gb18030"


def is_text_name(path: Path) -> bool:
    """Whether ``path`` names a plain-text draft (by its extension)."""
    return path.suffix.lower() in SUFFIXES


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of a file's bytes and the encoding it was written in: UTF-8 or UTF-16 by their byte-order mark,
    UTF-8, else GB 18030 (a Chinese text saved by Notepad or WPS in the system's code page); a clear refusal for
    bytes that are none (a binary file named .txt)."""
    for mark, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                           (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(mark):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    else:
        if b"\x00" not in data:
            for encoding in ("utf-8", LEGACY_CHINESE):
                try:
                    return data.decode(encoding), encoding
                except UnicodeDecodeError:
                    continue
    raise DrafterError.unreadable(path, "not a text file in a known encoding (UTF-8, UTF-16 or GB 18030); save the "
                                  "draft as UTF-8 text or as a Word document (.docx)",
                                  "不是已知编码（UTF-8、UTF-16 或 GB 18030）的文本文件；请将草案另存为 UTF-8 文本或 "
                                  "Word 文档（.docx）")


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a plain text: its non-empty lines, without the spaces that end them (a line's opening
    spaces stay: they are what the student typed before a label)."""
    return [paragraph for _, paragraph in _numbered_paragraphs(text.splitlines())]


def _numbered_paragraphs(lines: list[str]) -> list[tuple[int, str]]:
    """Each paragraph of a plain text (:func:`paragraphs_of`) with the index of the line it stands on."""
    return [(at, _holdable(line.rstrip())) for at, line in enumerate(lines) if _holdable(line).strip()]


def read(path: Path) -> reader.Document:
    """Read the plain-text draft at ``path`` as a document of plain paragraphs (python-docx builds it in memory);
    a clear error (exit 3) for a file that cannot be read, is no text or holds no line."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DrafterError.unreadable(path, "no such file", "没有此文件") from None
    except IsADirectoryError:
        raise DrafterError.unreadable(path, "is a folder, not a text file", "是文件夹，不是文本文件") from None
    except OSError as exc:
        from drafter.oserrors import reason_zh  # loaded on use: only for a file that cannot be read

        raise DrafterError.unreadable(path, f"cannot read: {exc.strerror}", f"无法读取（{reason_zh(exc)}）") from None
    if len(data) > MAX_BYTES:
        raise DrafterError.unreadable(path,
                                      f"a text of more than {MAX_BYTES // (1024 * 1024)} MB is no draft resolution",
                                      f"超过 {MAX_BYTES // (1024 * 1024)} MB 的文本不是决议草案")
    text, encoding = decode(data, path)
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        raise DrafterError.unreadable(path, f"a text of more than {MAX_LINES} lines is no draft resolution",
                                      f"超过 {MAX_LINES} 行的文本不是决议草案")
    newline = "\r\n" if "\r\n" in text else "\r" if "\r" in text and "\n" not in text else "\n"
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        from drafter.word import markdown  # loaded on use: only a Markdown draft needs it

        blocks = markdown.blocks([_holdable(line) for line in lines])
        document = reader.read_docx(_as_docx([list(block.spans) for block in blocks], [b.level for b in blocks]), path)
        emphasis = any(block.marked for block in blocks)
        document.plain = reader.PlainSource(
            tuple(lines), newline, encoding, tuple((b.first, b.last) for b in blocks),
            tuple(markdown.rendered(b.spans, emphasis) for b in blocks), tuple(b.prefix for b in blocks),
            markdown=True, emphasis=emphasis)
        return document
    kept = _numbered_paragraphs(lines)
    texts = [paragraph for _, paragraph in kept]
    document = reader.read_docx(_as_docx(texts), path)
    document.plain = reader.PlainSource(tuple(lines), newline, encoding, tuple((at, at) for at, _ in kept),
                                        tuple(texts), ("",) * len(kept))
    return document


def _as_docx(paragraphs: list[str] | list[list[Span]], levels: list[int] | None = None) -> Any:
    """A python-docx document of one plain paragraph per line, its fonts and languages set as a Word copy of the
    draft (--fix into a .docx, --comments) needs them: Times New Roman, SimSun for Chinese (set explicitly: a theme
    font sends Chinese to a Japanese face), Chinese (PRC) as the language of a Chinese text. ``levels`` gives a
    Markdown heading's paragraph Word's heading style of its level ("## …": Heading 2), as Word shows one."""
    from docx import Document  # loaded on use: python-docx is slow to import

    from drafter.word import ooxml  # loaded on use: it imports python-docx

    docx = Document()
    defaults = ooxml.doc_defaults_rpr(docx)
    ooxml.set_run_fonts(defaults, east_asia=EAST_ASIAN_FONT, western=WESTERN_FONT)
    texts = [p if isinstance(p, str) else "".join(span.text for span in p) for p in paragraphs]
    chinese = any(HAN.search(text) for text in texts)
    ooxml.set_language(defaults, "zh-CN" if chinese else "en-US", "zh-CN")
    body = docx.element.body
    for old in list(body.iterchildren(runtext.w("p"))):
        body.remove(old)  # python-docx's template may open with an empty paragraph
    for at in range(len(paragraphs)):
        spans = paragraphs[at]
        if isinstance(spans, str):  # a line of plain text: one run
            docx.add_paragraph(spans)
            continue
        level = levels[at] if levels else 0
        paragraph = docx.add_paragraph(style=f"Heading {min(level, 9)}" if level else None)
        for span in spans:
            run = paragraph.add_run(span.text)
            run.bold, run.italic, run.underline = span.bold or None, span.italic or None, span.underline or None
            if span.strike:
                run.font.strike = True
    return docx


def _holdable(line: str) -> str:
    """``line`` without the characters XML 1.0 cannot hold (a form feed, a stray control character)."""
    return "".join(c for c in line if c in "\t" or ord(c) >= 32 and c not in "\ufffe\uffff"
                   and not 0xD800 <= ord(c) < 0xE000)


def text_of(document: reader.Document) -> str:
    """The text of a document read from plain text as it now stands (after fixes), in its file's shape: each
    paragraph on the lines it came from (a paragraph a fix split, on as many lines; one a fix joined to the one
    before, on none), blank lines and line ends as they were, the lines of a paragraph no fix changed as they were
    typed; a changed paragraph of a Markdown file written as Markdown, on one line."""
    source = document.plain
    if source is None:
        raise ValueError("not a document read from plain text")
    order = {id(p.element): at for at, p in enumerate(document.paragraphs)}  # the n-th paragraph: n-th range
    leading: list[Any] = []
    now: dict[int, list[Any]] = {}
    at: int | None = None
    for element in document.docx.element.body.iter(runtext.w("p")):
        if id(element) in order:
            at = order[id(element)]
            now[at] = [element]
        elif at is None:
            leading.append(element)
        else:
            now[at].append(element)  # a paragraph a fix made after this one
    starts = {first: at for at, (first, _) in enumerate(source.ranges)}
    covered = {line for first, last in source.ranges for line in range(first + 1, last + 1)}
    out = [_written(source, element) for element in leading]
    for number, line in enumerate(source.lines):
        at = starts.get(number)
        if at is None:
            if number not in covered:
                out.append(line)  # a blank line, a Markdown rule or fence: as it was
            continue
        first, last = source.ranges[at]
        texts = [_written(source, e) for e in now.get(at, [])]
        if texts == [source.originals[at]]:
            out += source.lines[first: last + 1]
        else:
            if texts:
                texts[0] = source.prefixes[at] + texts[0]
            out += _apart(texts) if source.markdown else texts
    return "".join(line + source.newline for line in out)


def _written(source: reader.PlainSource, element: Any) -> str:
    """A paragraph's text as the file writes it: as Markdown for a Markdown file (its emphasis only when the file
    carries emphasis: a fix adds none to a text that holds none, as in a .txt), else as it reads."""
    if not source.markdown:
        return runtext.current_text(element)
    from drafter.word import markdown  # loaded on use: only a Markdown draft needs it

    return markdown.rendered(markdown.paragraph_spans(element), source.emphasis)


def _apart(texts: list[str]) -> list[str]:
    """Markdown paragraphs a fix split: a blank line between them (a list item needs none)."""
    from drafter.word.markdown import LIST_ITEM  # loaded on use: only a Markdown draft needs it

    out: list[str] = []
    for text in texts:
        if out and not LIST_ITEM.match(text):
            out.append("")
        out.append(text)
    return out
