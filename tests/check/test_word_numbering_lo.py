"""Word numbering written by LibreOffice (bench/students/word-lo): the reader shows every paragraph's label as
LibreOffice does."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from paths import ROOT

from drafter.word import reader

DRAFTS = ROOT / "bench" / "students" / "word-lo"
NAMES = sorted(path.name for path in DRAFTS.glob("*.docx"))


def shown(line: str, text: str) -> str:
    """The label in one line of LibreOffice's text export: what stands before the paragraph's text."""
    line = line.strip()
    assert line.endswith(text), (line, text)
    return line[: len(line) - len(text)].strip()


@pytest.mark.parametrize("name", NAMES)
def test_the_reader_shows_the_labels_libreoffice_shows(name: str) -> None:
    """The label of every paragraph equals the one in LibreOffice's text export kept beside the draft."""
    path = DRAFTS / name
    lines = path.with_suffix(".labels.txt").read_text(encoding="utf-8").splitlines()
    paragraphs = reader.read(path).paragraphs
    assert len(lines) == len(paragraphs)
    assert [(p.index, p.label) for p in paragraphs] == \
        [(p.index, shown(line, p.text)) for line, p in zip(lines, paragraphs, strict=True)]


def test_the_kept_labels_are_what_libreoffice_shows(tmp_path: Path) -> None:
    """The label files are LibreOffice's own text export of the committed drafts."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        pytest.skip("LibreOffice not installed (outside CI)")
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), *(str(DRAFTS / n) for n in NAMES)],
                   check=True, capture_output=True, timeout=300)
    for name in NAMES:
        exported = (tmp_path / name).with_suffix(".txt").read_text(encoding="utf-8-sig")
        assert exported == (DRAFTS / name).with_suffix(".labels.txt").read_text(encoding="utf-8"), name


def test_every_draft_is_annotated() -> None:
    annotations = yaml.safe_load((DRAFTS / "annotations.yaml").read_text(encoding="utf-8"))
    assert sorted(annotations) == NAMES

