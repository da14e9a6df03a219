"""Word documents from the rules' examples (drafter/check/ruledata/*.yaml; the notation is in its README.md).

A paragraph is a line of text with emphasis written inline (``*italic*``, ``**bold**``, ``_underlined_``, ``|``
a run boundary, ``\\`` before a mark to write it as text), or a mapping of that text and what the notation
cannot say inline: ``list`` [list, level] (Word numbering), ``style`` (a paragraph style), ``font``, ``size``,
``east-asia``, ``direction`` (rtl / ltr: the paragraph's w:bidi on or explicitly off), ``picture`` (true: an
inline picture after the text, as a pasted screenshot), ``placeholder`` (true: the paragraph inside a block-level
content control still showing its placeholder, the paragraph's text being that placeholder). An example may set ``font``, ``size`` and ``east-asia`` for every run (``east-asia`` is SimSun
unless the example says ``none``).
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from wordlists import CLAUSES, LETTERS, abstract, lvl, num, number, set_lists, start_override

MARKS = {"**": "b", "*": "i", "_": "u"}
# the Word lists a paragraph's ``list`` names: 1 numbers the clauses (1., (a), (i)), 2 is Word's "Restart
# Numbering" of list 1, 3 a separate letter list (a., i.), 4 a clause list whose labels nothing follows (1.Urges, a)to)
GLUED = [lvl(0, "decimal", "%1.", suff="nothing"), lvl(1, "lowerLetter", "%2)", suff="nothing")]
LISTS = abstract(1, CLAUSES) + abstract(3, LETTERS) + abstract(4, GLUED) + num(1, 1) + num(2, 1, start_override(0, 1)) \
    + num(3, 3) + num(4, 4)
PARAGRAPH_KEYS = {"text", "list", "style", "font", "size", "east-asia", "direction", "picture", "placeholder"}


def _png(width: int, height: int) -> bytes:
    """A grey PNG of ``width`` x ``height`` pixels."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


_PNG = _png(120, 24)


class NotationError(ValueError):
    """A paragraph the notation cannot read (an emphasis mark left open, a stray backslash)."""


def runs(line: str) -> list[tuple[str, str]]:
    """The runs of one paragraph written in the notation: (text, emphasis flags of "b", "i", "u")."""
    out: list[tuple[str, str]] = []
    flags: set[str] = set()
    text: list[str] = []

    def close() -> None:
        if text:
            out.append(("".join(text), "".join(sorted(flags))))
            text.clear()

    at = 0
    while at < len(line):
        char = line[at]
        if char == "\\":
            if at + 1 >= len(line):
                raise NotationError(f"a backslash at the end of {line!r}")
            text.append(line[at + 1])
            at += 2
            continue
        mark = "**" if line.startswith("**", at) else char if char in MARKS else ""
        if mark or char == "|":
            close()
            if mark:
                flags ^= {MARKS[mark]}
            at += len(mark) or 1
            continue
        text.append(char)
        at += 1
    close()
    if flags:
        raise NotationError(f"emphasis left open ({', '.join(sorted(flags))}) in {line!r}")
    return out


def write(runs_: list[tuple[str, str]]) -> str:
    """The notation for ``runs_`` (the inverse of :func:`runs`)."""
    def escaped(text: str) -> str:
        return "".join("\\" + c if c in "\\*_|" else c for c in text)

    parts: list[str] = []
    previous: str | None = None
    for text, flags in runs_:
        marks = [m for m, f in (("**", "b"), ("*", "i"), ("_", "u")) if f in flags]
        close = "".join(reversed(marks))
        if flags == previous:  # the same emphasis: only a run boundary between them
            parts[-1] = parts[-1][:len(parts[-1]) - len(close)]
            parts.append("|" + escaped(text) + close)
        else:
            parts.append("".join(marks) + escaped(text) + close)
        previous = flags
    return "".join(parts)


def build(example: dict[str, Any], path: Path) -> Path:
    """The .docx of one example's paragraphs at ``path``."""
    doc = Document()
    numbered = False
    for spec in example["paragraphs"]:
        settings: dict[str, Any] = {k: example[k] for k in ("font", "size", "east-asia") if k in example}
        if isinstance(spec, dict):
            unknown = set(spec) - PARAGRAPH_KEYS
            if unknown:
                raise NotationError(f"unknown paragraph keys {sorted(unknown)}")
            settings.update({k: v for k, v in spec.items() if k != "text"})
            line = str(spec.get("text", ""))
        else:
            line = str(spec)
        para = doc.add_paragraph()
        if "style" in settings:
            para.style = doc.styles[settings["style"]]
        for text, flags in runs(line):
            _format(para.add_run(text), flags, settings)
        if "list" in settings:
            if not numbered:
                set_lists(doc, LISTS)
                numbered = True
            list_id, level = settings["list"]
            number(para, int(list_id), int(level))
        if settings.get("picture"):
            para.add_run().add_picture(io.BytesIO(_PNG))
        if "direction" in settings:  # right to left (w:bidi) or left to right said explicitly (w:bidi 0)
            bidi = OxmlElement("w:bidi")
            if settings["direction"] != "rtl":
                bidi.set(qn("w:val"), "0")
            para._p.get_or_add_pPr().append(bidi)  # after w:pStyle and w:numPr, as the schema orders them
        if settings.get("placeholder"):  # a template's content control nothing was typed into
            _unfilled_control(para._p)
    doc.save(str(path))
    return path


def _unfilled_control(p: Any) -> None:
    """Put the w:p inside a block-level content control that shows its placeholder (w:showingPlcHdr), its runs in
    Word's "Placeholder Text" character style."""
    sdt, properties, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Clause")
    properties.append(alias)
    properties.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(properties)
    sdt.append(content)
    p.addprevious(sdt)
    content.append(p)
    for run in p.iter(qn("w:r")):
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), "PlaceholderText")
        run.get_or_add_rPr().insert(0, style)


def _format(run: Any, flags: str, settings: dict[str, Any]) -> None:
    run.italic = "i" in flags or None
    run.bold = "b" in flags or None
    run.underline = "u" in flags or None
    if "size" in settings:
        run.font.size = Pt(float(settings["size"]))
    east_asia = settings.get("east-asia", "SimSun")
    if "font" not in settings and east_asia == "none":
        return
    fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    if "font" in settings:
        fonts.set(qn("w:ascii"), str(settings["font"]))
        fonts.set(qn("w:hAnsi"), str(settings["font"]))
    if east_asia != "none":
        fonts.set(qn("w:eastAsia"), str(east_asia))
