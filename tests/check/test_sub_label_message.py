"""A sub-paragraph label in a style the profile does not use: the message names the label the fix writes."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from drafter import library
from drafter.check import check_file

LINES = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Cybercrime",
         "Sponsors: Brazil, Kenya", "Signatories: Chile, Ghana, Japan", "The Commission,",
         "Recalling General Assembly resolution 74/247,", "1. Requests the Office to:",
         "1. provide technical assistance to developing States;", "2. report on its work;",
         "2. Decides to continue its consideration of the question."]


def test_the_message_names_the_label_the_fix_writes(lib: library.Library, tmp_path: Path) -> None:
    document = Document()
    for line in LINES:
        document.add_paragraph(line)
    for at in (7, 8):
        document.paragraphs[at].paragraph_format.left_indent = 457200
    path = tmp_path / "draft.docx"
    document.save(str(path))
    report, _ = check_file(path, lib, profile="una-usa")
    styled = [f for f in report.findings if f.rule == "sub-label-style"]
    assert styled, [f.rule for f in report.findings]
    for finding in styled:
        written = finding.fix.removeprefix("write ").strip("'")
        assert f"(expected like {written!r})" in finding.message
