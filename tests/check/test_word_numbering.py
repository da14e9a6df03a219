"""The checker on Word numbering as Word shows it: the student drafts of bench/students/word (each mistake one
finding at the paragraph where it happens, nothing after it, the correct drafts clean), --fix, and the labels
LibreOffice shows for the same drafts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from check.test_check_rules import GOOD_EN, OP1, OP2, ORGAN, PRE, UN_HEAD, Para, findings, make
from docx import Document
from paths import ROOT
from wordlists import CLAUSES, abstract, lvl, num, number, set_lists, start_override

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

DRAFTS = ROOT / "bench" / "students" / "word"
ANNOTATIONS = yaml.safe_load((DRAFTS / "annotations.yaml").read_text(encoding="utf-8"))
KIND = {"numbering-restart": "numbering", "numbering-sequence": "numbering", "numbering-mixed": "numbering",
        "operative-unnumbered": "numbering", "preambular-numbered": "numbering", "numbering-absent": "numbering",
        "sub-label-sequence": "sub-clause-label", "sub-label-style": "sub-clause-label",
        "sub-label-level": "sub-clause-label"}


def faults_found(path: Path, lib: library.Library) -> set[tuple[int, str]]:
    return {(f.paragraph, KIND.get(f.rule, f.rule)) for f in findings(path, lib) if f.severity != "suggestion"}


@pytest.mark.parametrize("name", sorted(ANNOTATIONS))
def test_each_mistake_is_one_finding_where_it_happens(name: str, lib: library.Library) -> None:
    """Every annotated fault is found at its paragraph, and nothing else is reported (no finding on the correct
    paragraphs after a fault; the correct drafts are clean)."""
    expected = {(fault["paragraph"], fault["kind"]) for fault in ANNOTATIONS[name]["faults"]}
    report, _ = check.check_file(DRAFTS / name, lib)
    found = [(f.paragraph, KIND.get(f.rule, f.rule)) for f in report.findings if f.severity != "suggestion"]
    assert sorted(found) == sorted(expected), [(f.paragraph, f.rule, f.message) for f in report.findings]


def test_the_draft_of_the_issue(lib: library.Library) -> None:
    """Sub-clauses typed as a new Word list and the third clause restarted at 1: the restart is one error at the
    third clause, each group of sub-clauses at the margin one warning, nothing further down."""
    report, _ = check.check_file(DRAFTS / "en-w01-sublist-and-restart.docx", lib)
    assert [(f.paragraph, f.rule) for f in report.findings] == [
        (11, "sub-label-level"), (13, "numbering-restart"), (15, "sub-label-level")]
    restart = report.findings[1]
    assert (restart.message, restart.fix) == ("operative paragraph numbered '1.': a new Word list restarts the "
                                              "numbering here (expected '3.')", "continue the first list's numbering")
    assert {c.paragraph for c in restart.edits} == {13, 14, 17}  # the third clause and the clauses after it


@pytest.mark.parametrize("name", sorted(ANNOTATIONS))
def test_fix_leaves_word_numbering_right(name: str, lib: library.Library, tmp_path: Path) -> None:
    """After --fix only the findings without a fix are left; the text is kept (a typed number over Word's aside),
    and a second --fix changes nothing."""
    report, doc = check.check_file(DRAFTS / name, lib)
    fixed, rest = fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    after, again = check.check_file(tmp_path / "fixed.docx", lib)
    assert [(f.paragraph, f.rule) for f in after.findings] == [(f.paragraph, f.rule) for f in rest]
    texts = [p.text for p in reader.read(DRAFTS / name).paragraphs]
    fixed_texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    typed = {f.paragraph for f in fixed if f.rule == "numbering-mixed"}
    assert [t for i, t in enumerate(fixed_texts, 1) if i not in typed] == \
        [t for i, t in enumerate(texts, 1) if i not in typed]
    fix.fix(after, again, tmp_path / "twice.docx", force=False)
    assert [p.label for p in reader.read(tmp_path / "twice.docx").paragraphs] == \
        [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs]


def test_fixed_labels(lib: library.Library, tmp_path: Path) -> None:
    labels = {}
    for name in ("en-w01-sublist-and-restart.docx", "en-w08-list-runs-through-the-preamble.docx",
                 "zh-w10-restart-and-continuing-sub-list.docx"):
        report, doc = check.check_file(DRAFTS / name, lib)
        fix.fix(report, doc, tmp_path / name, force=False)
        labels[name] = [p.label for p in reader.read(tmp_path / name).paragraphs if p.label]
    assert labels == {
        "en-w01-sublist-and-restart.docx": ["1.", "2.", "(a)", "(b)", "3.", "4.", "(a)", "(b)", "5."],
        "en-w08-list-runs-through-the-preamble.docx": ["1.", "2.", "3.", "4."],
        "zh-w10-restart-and-continuing-sub-list.docx": ["1.", "2.", "（a）", "（b）", "3.", "4.", "（a）", "（b）", "5."],
    }


def test_libreoffice_shows_the_same_labels(tmp_path: Path) -> None:
    """LibreOffice's text export of every draft shows the labels the reader computes."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        pytest.skip("LibreOffice not installed (outside CI)")
    drafts = sorted(DRAFTS.glob("*.docx"))
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), *map(str, drafts)], check=True,
                   capture_output=True, timeout=300)
    for path in drafts:
        lines = (tmp_path / f"{path.stem}.txt").read_text(encoding="utf-8-sig").splitlines()
        paragraphs = reader.read(path).paragraphs
        assert len(lines) == len(paragraphs), path.name
        for line, para in zip(lines, paragraphs, strict=True):
            shown = line.strip()
            assert shown.endswith(para.text), (path.name, line)
            assert shown[: len(shown) - len(para.text)].strip() == para.label, (path.name, para.index, line)


def numbered(tmp_path: Path, paragraphs: list[Para], lists: dict[int, tuple[int, int]], xml: str) -> Path:
    path = make(tmp_path, paragraphs, "numbered.docx")
    doc = Document(str(path))
    set_lists(doc, xml)
    for position, (num_id, level) in lists.items():
        para = doc.paragraphs[position]
        if para.runs and para.runs[0].text[:1].isdigit():
            para.runs[0].text = ""
        number(para, num_id, level)
    doc.save(str(path))
    return path


LISTS = abstract(1, CLAUSES) + num(1, 1) + num(2, 1, start_override(0, 1))
CHAPEAU = [("1. ", ""), ("Requests", "u"), (" the Office:", "")]


def test_a_numbered_sub_list_is_never_made_operative(lib: library.Library, tmp_path: Path) -> None:
    """Items numbered "1." "2." by a new list after a chapeau, without operative leads, are reported but --fix
    does not move them into the clauses' numbering."""
    path = numbered(tmp_path, [*GOOD_EN[:6], CHAPEAU, "to train judges;", "to train prosecutors;", OP2],
                    {6: (1, 0), 7: (2, 0), 8: (2, 0), 9: (1, 0)}, LISTS)
    restarts = [f for f in findings(path, lib) if f.rule in ("numbering-restart", "numbering-sequence")]
    assert restarts and all(f.edits == [] for f in restarts)


def test_a_restart_after_a_section_heading_is_right_in_a_un_text(lib: library.Library, tmp_path: Path) -> None:
    """A UN text's parts ("A. Cooperation") may number their paragraphs each from 1."""
    path = numbered(tmp_path, [*UN_HEAD, ORGAN, PRE, OP1, "A. Cooperation", OP2], {9: (1, 0), 11: (2, 0)}, LISTS)
    assert [f.rule for f in findings(path, lib) if f.rule.startswith("numbering")] == []


def test_a_restart_after_a_heading_of_a_conference_draft_is_one_finding(lib: library.Library,
                                                                       tmp_path: Path) -> None:
    """A conference draft carries no headings (section-heading says so) and its count runs on under one: the
    clause Word numbers "1." again is one finding, the heading another."""
    path = numbered(tmp_path, [*GOOD_EN[:7], "A. Cooperation", OP2], {6: (1, 0), 8: (2, 0)}, LISTS)
    found = [(f.paragraph, f.rule) for f in findings(path, lib) if f.rule.startswith("numbering")
             or f.rule == "section-heading"]
    assert found == [(8, "section-heading"), (9, "numbering-restart")]


def test_sub_clauses_at_the_margin_without_a_level_to_move_to(lib: library.Library, tmp_path: Path) -> None:
    """A clause list with one level only: the warning stands, with no fix (Word would number them "1.")."""
    single = abstract(1, [lvl(0)]) + abstract(3, [lvl(0, "lowerLetter", "(%1)")]) + num(1, 1) + num(3, 3)
    path = numbered(tmp_path, [*GOOD_EN[:6], CHAPEAU, "to train judges;", "to train prosecutors;", OP2],
                    {6: (1, 0), 7: (3, 0), 8: (3, 0), 9: (1, 0)}, single)
    found = [f for f in findings(path, lib) if f.rule.startswith("sub-label")]
    assert [(f.paragraph, f.rule, f.edits) for f in found] == [(8, "sub-label-level", [])]


def test_word_letter_i_after_h_is_a_letter(lib: library.Library, tmp_path: Path) -> None:
    subs = [f"measure {c};" for c in "abcdefghij"]
    path = numbered(tmp_path, [*GOOD_EN[:6], CHAPEAU, *subs, OP2],
                    {6: (1, 0), **{7 + i: (1, 1) for i in range(10)}, 17: (1, 0)}, LISTS)
    assert [f.rule for f in findings(path, lib)] == []


def test_a_huge_start_is_one_finding(lib: library.Library, tmp_path: Path) -> None:
    huge = abstract(1, [lvl(0, start=2 * 10 ** 10)]) + num(1, 1)
    path = numbered(tmp_path, GOOD_EN, {6: (1, 0), 7: (1, 0)}, huge)
    found = [(f.paragraph, f.rule, f.message) for f in findings(path, lib)]
    assert found == [(7, "numbering-sequence", "operative paragraph numbered '20000000000.', expected '1.'")]


def test_the_structure_reads_word_lists_by_what_they_show(lib: library.Library) -> None:
    """A clause in another list is a clause; "a." at level 0 of a list of its own under a clause is a sub-clause;
    a list run through the preamble leaves the preamble preambular."""
    from drafter.structure import read_structure

    tree = read_structure(reader.read(DRAFTS / "en-w01-sublist-and-restart.docx"), lib)
    assert [(n.para.index, n.label) for n in tree.operative] == [(9, "1"), (10, "2"), (13, "1"), (14, "2"), (17, "3")]
    assert [(c.para.index, c.label, c.kind, c.level) for c in tree.operative[1].children] == \
        [(11, "a.", "letter-dot", 1), (12, "b.", "letter-dot", 1)]
    tree = read_structure(reader.read(DRAFTS / "en-w08-list-runs-through-the-preamble.docx"), lib)
    assert [n.para.index for n in tree.preamble] == [6, 7, 8]
    assert [n.para.index for n in tree.operative] == [9, 10, 11, 12]
