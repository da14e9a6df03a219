"""Word numbering made by routes the other sets never took (bench/students/word-blind: numbering.xml written by
hand, LibreOffice conversions of HTML and RTF, Google-Docs-shaped lists): the reader shows the labels Word shows,
and the checker reports each annotated mistake once, where it happens, and nothing else."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from check.test_word_numbering import KIND
from paths import ROOT

from drafter import check, library
from drafter.check import fix
from drafter.word import reader
from drafter.word.numbering import BULLETS

DRAFTS = ROOT / "bench" / "students" / "word-blind"
NAMES = sorted(path.name for path in DRAFTS.glob("*.docx"))
ANNOTATIONS = yaml.safe_load((DRAFTS / "annotations.yaml").read_text(encoding="utf-8"))
KINDS = {**KIND, "numbering-form": "numbering", "numbering-empty": "numbering",
         "sub-label-doubled": "sub-clause-label", "sub-numbered-as-clause": "sub-clause-label"}
TYPED_AWAY = {"numbering-mixed", "sub-label-doubled"}  # fixes that take a typed label out of the text


def generator() -> ModuleType:
    """The set's own computation of Word's labels (docxlists.py, written without drafter's reader)."""
    spec = importlib.util.spec_from_file_location("docxlists", DRAFTS / "docxlists.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("docxlists", module)  # its dataclasses look their module up
    spec.loader.exec_module(sys.modules["docxlists"])
    return sys.modules["docxlists"]


def test_every_draft_is_annotated() -> None:
    assert sorted(ANNOTATIONS) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_the_reader_shows_the_labels_word_shows(name: str) -> None:
    """w:lvlRestart 0, w:isLgl, start overrides, numbering styles and instances sharing one list: the reader's
    label of every paragraph is the one the OOXML rules give (a Symbol-font bullet shown as the glyph it is)."""
    expected = [BULLETS.get(label, label) for label in generator().word_labels(DRAFTS / name)]
    assert [p.label for p in reader.read(DRAFTS / name).paragraphs] == expected


@pytest.mark.parametrize("name", NAMES)
def test_each_mistake_is_one_finding_where_it_happens(name: str, lib: library.Library) -> None:
    expected = {(fault["paragraph"], fault["kind"]) for fault in ANNOTATIONS[name]["faults"]}
    report, _ = check.check_file(DRAFTS / name, lib)
    found = [(f.paragraph, KINDS.get(f.rule, f.rule)) for f in report.findings if f.severity != "suggestion"]
    # operative clauses that are bullets: one finding that names every one of them
    covered = {(p, KINDS.get(f.rule, f.rule)) for f in report.findings if f.rule == "numbering-absent"
               for p in f.paragraphs}
    assert sorted(set(found) | covered) == sorted(expected), [(f.paragraph, f.rule, f.message)
                                                              for f in report.findings]


@pytest.mark.parametrize("name", NAMES)
def test_fix_keeps_the_text_and_is_done_once(name: str, lib: library.Library, tmp_path: Path) -> None:
    report, doc = check.check_file(DRAFTS / name, lib)
    fixed, rest = fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    after, again = check.check_file(tmp_path / "fixed.docx", lib)
    assert [(f.paragraph, f.rule) for f in after.findings] == [(f.paragraph, f.rule) for f in rest]
    typed = {f.paragraph for f in fixed if f.rule in TYPED_AWAY}
    texts = [p.text for p in reader.read(DRAFTS / name).paragraphs if p.index not in typed]
    assert [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs if p.index not in typed] == texts
    fix.fix(after, again, tmp_path / "twice.docx", force=False)
    assert [p.label for p in reader.read(tmp_path / "twice.docx").paragraphs] == \
        [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs]
