"""How long a draft is: its page count through LibreOffice when ``soffice`` is installed, otherwise an estimate
from its text (which the finding says); its line count estimated from the text at A4, 12-point type."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from drafter.word import reader

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
    """The lines the draft's paragraphs fill (an empty paragraph is one line)."""
    total = 0
    for para in doc.paragraphs:
        width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in para.text)
        total += max(1, -(-width // CHARS_PER_LINE) if not _mostly_wide(para.text) else -(-width // (2 * WIDE_PER_LINE)))
    return total


def page_count(doc: reader.Document, path: Path) -> Measure:
    """The pages LibreOffice lays the draft out on, or an estimate from :func:`line_count` without it."""
    counted = _soffice_pages(path)
    if counted is not None:
        return Measure(counted, True)
    return Measure(max(1, -(-line_count(doc) // LINES_PER_PAGE)), False)


def _mostly_wide(text: str) -> bool:
    wide = sum(1 for c in text if unicodedata.east_asian_width(c) in "WF")
    return wide * 2 > len(text)


def _soffice_pages(path: Path) -> int | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    with tempfile.TemporaryDirectory(prefix="drafter-pages-") as tmp:
        try:
            subprocess.run([soffice, f"-env:UserInstallation=file://{Path(tmp) / 'profile'}", "--headless",
                            "--convert-to", "pdf", "--outdir", tmp, str(path)], check=True, capture_output=True,
                           timeout=180)
        except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired):
            return None
        pdf = Path(tmp) / (path.stem + ".pdf")
        if not pdf.exists():
            return None
        pages = len(PAGE.findall(pdf.read_bytes()))
        return pages or None
