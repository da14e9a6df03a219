"""The booklet laid out by LibreOffice: each resolution starts at the top of a new page, the contents give the pages
where the resolutions really start, and every page after the cover carries its number (skipped without soffice
and pdftotext, outside CI)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from booklet_drafts import chinese, english

from drafter.word import reader
from drafter.word.runtext import W


def tools() -> bool:
    found = bool((shutil.which("soffice") or shutil.which("libreoffice")) and shutil.which("pdftotext"))
    if not found and os.environ.get("CI"):
        pytest.fail("soffice and pdftotext are required in CI (.ci/run installs them)")
    return found


def first_lines(path: Path) -> list[str]:
    """The text of each resolution's first line (the paragraphs at outline level 0), as the booklet writes it."""
    doc = reader.read(path)
    return [p.text for p in doc.paragraphs if p.element.find(f"{W}pPr/{W}outlineLvl") is not None]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("which", ["en", "zh"])
def test_the_pdf_pages_and_the_contents_agree(run, drafts: Path, tmp_path: Path, which: str) -> None:
    if not tools():
        pytest.skip("LibreOffice or pdftotext not installed (outside CI)")
    paths = english(drafts) if which == "en" else chinese(drafts)
    status, _, err = run("booklet", *paths, "--out", str(tmp_path / "b.docx"), "--title", "Geneva MUN 2027")
    assert status == 0, err
    status, _, err = run("booklet", *paths, "--out", str(tmp_path / "b.pdf"), "--title", "Geneva MUN 2027")
    assert status == 0, err
    starts = first_lines(tmp_path / "b.docx")
    assert len(starts) == 3
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "b.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")]
    if not pages[-1]:  # the form feed after the last page
        pages.pop()
    contents = pages[1]
    listed = [int(m.group(1)) for line in contents if (m := re.search(r"\.{4,}\s*(\d+)$", line))]
    assert len(listed) == 3 and listed == sorted(set(listed)), contents
    for start, page in zip(starts, listed, strict=True):
        lines = pages[page - 1]
        assert squeeze(lines[0]) == squeeze("Geneva MUN 2027")  # the running head
        assert squeeze(lines[1]) == squeeze(start), f"page {page} starts with {lines[1]!r}, not {start!r}"
    tops = [squeeze(page[1]) for page in pages[2:] if len(page) > 1]
    assert sum(top in {squeeze(s) for s in starts} for top in tops) == 3  # no resolution starts mid-page
    for number, page in enumerate(pages[1:], start=2):
        if page:
            assert page[-1] == str(number), f"page {number} ends with {page[-1]!r}"  # the PAGE field at the foot
    assert pages[0][-1] != "1"  # the cover has no number
