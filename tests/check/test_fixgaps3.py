"""The gaps of ``--fix`` found by fixing the bench's drafts twice (issue #20 point 8), on drafts of our own: a
misspelled lead phrase is corrected and emphasised as the other leads are in one run; a lowered word glued to its
typed label keeps a space after the label; typed numbers under a sub-clause the fix retypes take the kind it leaves;
a paragraph holding only a typed number gets no end mark."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from check.test_fix_oracle import emphasis_marks, oracle
from docx import Document

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = ["Committee: Third Committee", "Topic: Clean water in rural schools", "Sponsors: Peru, Ghana"]
Runs = Sequence[tuple[str, str]]  # (text, flags: "i" italic, "u" underlined)


def _draft(path: Path, body: list[Runs]) -> Path:
    doc = Document()
    for line in HEAD:
        doc.add_paragraph(line)
    for runs in body:
        para = doc.add_paragraph()
        for text, flags in runs:
            run = para.add_run(text)
            run.italic = "i" in flags or None
            run.underline = "u" in flags or None
    doc.save(str(path))
    return path


def _body(slip: str, lead: str) -> list[Runs]:
    """Leads emphasised as ``lead`` says, but for the plain misspelled ``slip`` opening the third clause."""
    return [[("The General Assembly,", "")],
            [("Recognizing", lead), (" that many rural schools lack a safe water source,", "")],
            [("Aware", lead), (" that girls miss school to fetch water,", "")],
            [(slip, ""), (" that wells dug near latrines are soon polluted,", "")],
            [("1. ", ""), ("Calls upon", lead), (" Member States to fund water points at every school;", "")],
            [("2. ", ""), ("Requests", lead), (" the Secretary-General to report on progress.", "")]]


@pytest.mark.parametrize(("slip", "lead", "want"), [("Notting", "i", "italic"), ("Notting", "u", "underline"),
                                                     ("Observingthat", "u", "underline")])
def test_misspelled_lead_fixed_and_emphasised_in_one_run(slip: str, lead: str, want: str, lib: library.Library,
                                                          tmp_path: Path) -> None:
    """The corrected lead takes the emphasis most leads carry (and only the lead: not the word glued to it)."""
    source = _draft(tmp_path / "draft.docx", _body(slip, lead))
    problems, fixed = oracle(source, lib, tmp_path)
    assert problems == [] and fixed >= 1
    third = reader.read(tmp_path / "draft-fixed.docx").paragraphs[6]
    marks = emphasis_marks(third)
    assert marks[0][1] == frozenset({want}) and marks[0][0].strip() in ("Noting", "Observing")
    report, _ = check.check_file(tmp_path / "draft-fixed.docx", lib)
    assert not [f for f in report.findings if f.rule.startswith("lead-")], report.findings


def test_misspelled_lead_already_emphasised_gets_no_emphasis_edit(lib: library.Library, tmp_path: Path) -> None:
    """A misspelled lead already in italics is only respelled: its fix changes the characters that differ."""
    body = _body("Notting", "i")
    body[3] = [("Notting", "i"), (" that wells dug near latrines are soon polluted,", "")]
    report, doc = check.check_file(_draft(tmp_path / "draft.docx", body), lib)
    slips = [f for f in report.findings if f.rule == "lead-misspelled"]
    assert [[type(c.edit).__name__ for c in f.edits] for f in slips] == [["Replace"]]
    fixed, _ = fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[6].text.startswith("Noting that")


def _typed(path: Path, lines: list[str]) -> Path:
    return _draft(path, [[(line, "")] for line in lines])


def _fixed_twice(path: Path, lib: library.Library, profile: str) -> tuple[list[str], list[str]]:
    """The paragraphs' texts after one --fix, and the findings a second --fix on them still fixes."""
    report, doc = check.check_file(path, lib, profile=profile)
    fix.fix(report, doc, path.with_name("fixed.docx"), force=True)
    again, again_doc = check.check_file(path.with_name("fixed.docx"), lib, profile=profile)
    texts = [p.text for p in again_doc.paragraphs]
    fixed, _ = fix.fix(again, again_doc, path.with_name("fixed-twice.docx"), force=True)
    return texts, [f"{f.rule} ¶{f.paragraph}" for f in fixed]


THIMUN_HEAD = ["The General Assembly,", "Recognizing that many rural schools lack a safe water source,"]


def test_lowered_word_glued_to_its_label_stays_under_it(lib: library.Library, tmp_path: Path) -> None:
    """"ii.Train" relabelled and lowered in one run: the label keeps a space before the word, so a second run
    reads the same list and relabels nothing."""
    lines = [*THIMUN_HEAD, "1. Calls upon Member States to:", "a) fund water points at every school;",
             "b) repair broken pumps within a month;", "b)Train teachers in safe water handling;",
             "c) report on progress every year;", "2. Requests the Secretary-General to report on progress."]
    texts, left = _fixed_twice(_typed(tmp_path / "draft.docx", lines), lib, "thimun")
    assert left == []
    assert "c) train teachers in safe water handling;" in texts and "d) report on progress every year;" in texts


def test_numbers_under_a_retyped_label_take_its_old_kind_in_one_run(lib: library.Library, tmp_path: Path) -> None:
    """Typed numbers under a roman sub-clause the fix retypes to a letter become roman numerals in the same run."""
    lines = [*THIMUN_HEAD, "1. Calls upon Member States to:", "i. supply schools with:",
             "1. water filters;", "2. storage tanks;", "ii. train teachers in water safety;",
             "2. Requests the Secretary-General to report on progress."]
    texts, left = _fixed_twice(_typed(tmp_path / "draft.docx", lines), lib, "thimun")
    assert left == []
    assert "i. water filters;" in texts and "ii. storage tanks;" in texts


def test_label_alone_in_a_paragraph_is_given_no_end_mark(lib: library.Library, tmp_path: Path) -> None:
    """A paragraph holding only a typed number ("3. ") has no end to mark: its stop is the label's, not a wrong
    end mark to replace (a ";" would unmake the label and the numbers after it would count differently)."""
    lines = [*THIMUN_HEAD, *(f"    {line}" for line in ("1. Calls upon Member States to fund water points;",
                                                          "2. Encourages donors to repair broken pumps;", "3. ",
                                                          "4. Requests the Secretary-General to report on it."))]
    report, _ = check.check_file(_typed(tmp_path / "draft.docx", lines), lib)
    assert not [f for f in report.findings if f.paragraph == 8 and f.rule.endswith("-end")], report.findings
    problems, _ = oracle(tmp_path / "draft.docx", lib, tmp_path)
    assert problems == []
