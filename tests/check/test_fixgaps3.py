"""The gaps of ``--fix`` found by fixing the bench's drafts twice (issue #20 point 8), on drafts of our own: a
misspelled lead phrase is corrected and emphasised as the other leads are in one run."""

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
