"""Word numbering written by LibreOffice (bench/students/word-lo): the reader shows every paragraph's label as
LibreOffice does, and the checker reports each annotated mistake once, where it happens, and nothing else."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from check.test_check_rules import GOOD_EN, GOOD_ZH, findings
from check.test_word_numbering import KIND, numbered
from paths import ROOT
from wordlists import abstract, lvl, num

from drafter import check, library
from drafter.check import fix
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


ANNOTATIONS = yaml.safe_load((DRAFTS / "annotations.yaml").read_text(encoding="utf-8"))
KINDS = {**KIND, "numbering-form": "numbering"}  # rule -> the annotation kind it answers


def test_every_draft_is_annotated() -> None:
    assert sorted(ANNOTATIONS) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_each_mistake_is_one_finding_where_it_happens(name: str, lib: library.Library) -> None:
    """Every annotated fault is found at its paragraph and nothing else is reported: no finding on the correct
    paragraphs after a fault, the correct drafts clean."""
    expected = {(fault["paragraph"], fault["kind"]) for fault in ANNOTATIONS[name]["faults"]}
    report, _ = check.check_file(DRAFTS / name, lib)
    found = [(f.paragraph, KINDS.get(f.rule, f.rule)) for f in report.findings if f.severity != "suggestion"]
    assert sorted(found) == sorted(expected), [(f.paragraph, f.rule, f.message) for f in report.findings]


@pytest.mark.parametrize("name", NAMES)
def test_fix_keeps_the_text_and_is_done_once(name: str, lib: library.Library, tmp_path: Path) -> None:
    """After --fix only the findings without a fix are left, every paragraph's text is kept (a typed number on
    top of an automatic one aside), and a second --fix changes no label."""
    report, doc = check.check_file(DRAFTS / name, lib)
    fixed, rest = fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    after, again = check.check_file(tmp_path / "fixed.docx", lib)
    assert [(f.paragraph, f.rule) for f in after.findings] == [(f.paragraph, f.rule) for f in rest]
    typed = {f.paragraph for f in fixed if f.rule == "numbering-mixed"}
    texts = [p.text for p in reader.read(DRAFTS / name).paragraphs if p.index not in typed]
    assert [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs if p.index not in typed] == texts
    fix.fix(after, again, tmp_path / "twice.docx", force=False)
    assert [p.label for p in reader.read(tmp_path / "twice.docx").paragraphs] == \
        [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs]


@pytest.mark.parametrize("fmt", ["chineseCounting", "taiwaneseCountingThousand", "chineseCountingThousand"])
def test_clauses_word_counts_in_chinese_are_clauses_with_the_wrong_form(fmt: str, lib: library.Library,
                                                                       tmp_path: Path) -> None:
    """Operative clauses a list numbers "一、" "二、" (LibreOffice writes "一, 二, 三" as taiwaneseCountingThousand)
    stay operative clauses: one numbering-form finding on each, and the preamble is not made of them."""
    lists = abstract(1, [lvl(0, fmt, "%1、"), lvl(1, "lowerLetter", "（%2）")]) + num(1, 1)
    path = numbered(tmp_path, GOOD_ZH, {7: (1, 0), 8: (1, 0)}, lists)
    assert [p.label for p in reader.read(path).paragraphs][7:] == ["一、", "二、"]
    assert [(f.paragraph, f.rule, f.message) for f in findings(path, lib)] == [
        (8, "numbering-form", "执行段编号为“一、”，应写作“1.”（阿拉伯数字加半角句点）"),
        (9, "numbering-form", "执行段编号为“二、”，应写作“2.”（阿拉伯数字加半角句点）")]


def test_word_numbers_in_another_form_than_n_dot(lib: library.Library, tmp_path: Path) -> None:
    """A Word list that shows "1)" numbers the clauses in another form than the UN's "1.": one finding each, in
    sequence otherwise."""
    lists = abstract(1, [lvl(0, "decimal", "%1)")]) + num(1, 1)
    path = numbered(tmp_path, GOOD_EN, {6: (1, 0), 7: (1, 0)}, lists)
    assert [(f.paragraph, f.rule) for f in findings(path, lib)] == [(7, "numbering-form"), (8, "numbering-form")]


def test_a_list_numbered_in_brackets_under_a_chapeau_stays_sub_clauses(lib: library.Library,
                                                                       tmp_path: Path) -> None:
    """Items a list of their own numbers "(1)" "(2)" at level 0 after a chapeau are sub-clauses (at the margin),
    not operative clauses: the clauses around them keep their numbers."""
    from drafter.structure import read_structure

    lists = abstract(1, [lvl(0), lvl(1, "lowerLetter", "(%2)")]) + abstract(2, [lvl(0, "decimal", "(%1)")]) \
        + num(1, 1) + num(2, 2)
    chapeau = [("1. ", ""), ("Requests", "u"), (" the Office:", "")]
    path = numbered(tmp_path, [*GOOD_EN[:6], chapeau, "to train judges;", "to train prosecutors;", GOOD_EN[7]],
                    {6: (1, 0), 7: (2, 0), 8: (2, 0), 9: (1, 0)}, lists)
    tree = read_structure(reader.read(path), lib)
    assert [(n.para.index, n.label) for n in tree.operative] == [(7, "1"), (10, "2")]
    assert [f.rule for f in findings(path, lib) if f.rule.startswith("numbering")] == []
