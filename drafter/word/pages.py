"""How long a document is: its page count through LibreOffice when ``soffice`` is installed, otherwise an estimate
from its text (which a finding says); its line count estimated from the text at A4, 12-point type. The approval
panel measures drafts with it, the position-paper checks papers."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from drafter.word import reader
from drafter.word.runtext import w

CHARS_PER_LINE = 90  # Latin characters on one A4 line in 12-point Times New Roman with 2.54 cm margins
WIDE_PER_LINE = 38  # full-width (Chinese) characters on the same line
LINES_PER_PAGE = 46
PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


@dataclass(frozen=True)
class Measure:
    """A length and whether it was counted on the laid-out pages (``exact``) or estimated from the text."""

    count: int
    exact: bool


def line_count(doc: reader.Document) -> int:
    """The lines the document's paragraphs fill (an empty paragraph is one line)."""
    total = 0
    for para in doc.paragraphs:
        width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in para.text)
        total += max(1, -(-width // CHARS_PER_LINE) if not _mostly_wide(para.text) else -(-width // (2 * WIDE_PER_LINE)))
    return total


def page_counts(documents: list[tuple[reader.Document, Path]]) -> list[Measure]:
    """The pages LibreOffice lays each document out on (one LibreOffice run for the whole batch), or an estimate
    from :func:`line_count` for a document it could not lay out or when it is not installed."""
    counted = _soffice_pages([path for _, path in documents])
    return [Measure(pages, True) if pages else Measure(max(1, -(-line_count(doc) // LINES_PER_PAGE)), False)
            for (doc, _), pages in zip(documents, counted, strict=True)]


def save_before(doc: reader.Document, paragraph: reader.Paragraph | None, out: Path) -> bool:
    """Write a copy of ``doc`` to ``out`` without its body from ``paragraph`` on (the section properties kept): the
    pages a paper's text fills without its list of sources. Whether it cut there; when ``paragraph`` is None or not
    a paragraph of the body itself (in a table, a text box), the copy is whole."""
    from docx import Document as open_bytes  # loaded on use, as python-docx is

    opened = doc.docx  # first: opening it moves the paragraphs' elements into the python-docx document
    buffer = io.BytesIO()
    opened.save(buffer)
    copy = open_bytes(io.BytesIO(buffer.getvalue()))
    original = list(opened.element.body)
    element = paragraph.element if paragraph is not None else None
    cut = element is not None and element in original
    if cut:
        body = copy.element.body
        for child in list(body)[original.index(element):]:
            if child.tag != w("sectPr"):
                body.remove(child)
    copy.save(str(out))
    return cut


def _mostly_wide(text: str) -> bool:
    wide = sum(1 for c in text if unicodedata.east_asian_width(c) in "WF")
    return wide * 2 > len(text)


def _soffice_pages(paths: list[Path]) -> list[int]:
    """The page count of each file as LibreOffice lays it out; 0 for a file it did not convert (or without it)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not paths:
        return [0] * len(paths)
    with tempfile.TemporaryDirectory(prefix="drafter-pages-") as tmp:
        copies = []
        for number, path in enumerate(paths):  # numbered copies: two drafts may share a name in different folders
            copy = Path(tmp) / f"{number}.docx"
            try:
                shutil.copyfile(path, copy)
            except OSError:
                continue
            copies.append(str(copy))
        try:
            subprocess.run([soffice, f"-env:UserInstallation=file://{Path(tmp) / 'profile'}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(Path(tmp) / "pdf"), *copies], check=True,
                           capture_output=True, timeout=60 + 30 * len(copies))
        except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired):
            return [0] * len(paths)
        pdfs = [Path(tmp) / "pdf" / f"{number}.pdf" for number in range(len(paths))]
        return [len(PAGE.findall(pdf.read_bytes())) if pdf.exists() else 0 for pdf in pdfs]


# fonts LibreOffice lays out with the same widths as the font named (metric-compatible twins)
METRIC_TWINS = {"times new roman": ("times new roman", "liberation serif", "tinos"),
                "arial": ("arial", "liberation sans", "arimo"),
                "courier new": ("courier new", "liberation mono", "cousine"),
                "calibri": ("calibri", "carlito"), "cambria": ("cambria", "caladea"),
                "simsun": ("simsun", "nsimsun", "宋体", "新宋体"), "宋体": ("simsun", "nsimsun", "宋体", "新宋体")}


def substituted(family: str) -> str:
    """The family LibreOffice would set ``family`` in, when that is neither it nor a metric-compatible twin
    (fontconfig's choice, as LibreOffice makes it); "" when the font is there, or fontconfig cannot tell."""
    fc_match = shutil.which("fc-match")
    if not fc_match or not family.strip():
        return ""
    try:
        found = subprocess.run([fc_match, "-f", "%{family}", family], capture_output=True, text=True, timeout=20,
                               check=True).stdout.split(",")[0].strip()
    except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired):
        return ""
    wanted = family.strip().casefold()
    return "" if not found or found.casefold() in METRIC_TWINS.get(wanted, (wanted,)) else found
