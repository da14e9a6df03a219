"""Gaps the blind set word-blind74 (#20) showed: English drafts numbered through Word's list commands. Its first run
found every annotated fault; --fix on its drafts showed one general slip, held here by sentences of our own: a lead
left plain in a draft whose preambular leads are in italics and whose operative leads are underlined (MUN-F02,
MUN-F03: the common THIMUN / UNA-USA scheme) took the document's most frequent emphasis, italic, so the fixed draft
had an italic lead among underlined ones (lead-emphasis-odd). The fix now gives a lead the emphasis of its own part."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from check.test_fix_oracle import emphasis_marks, oracle
from docx import Document

from drafter import check, library
from drafter.word import reader

HEAD = ["Committee: Second Committee", "Topic: Safe drinking water in small towns", "Sponsors: Chile, Nepal",
        "Signatories: Ghana, Jordan"]
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


def _body(pre: str, ops: str, plain: str) -> list[Runs]:
    """Preambular leads emphasised as ``pre`` says and operative ones as ``ops``; the lead ``plain`` (the second
    clause's "Invites", or "Aware" in the preamble) left without emphasis."""
    def lead(word: str, flags: str) -> str:
        return "" if word == plain else flags

    return [[("The General Assembly,", "i")],
            [("Recalling", lead("Recalling", pre)), (" the Water Action Agenda of 2023,", "")],
            [("Alarmed", lead("Alarmed", pre)), (" that many small towns have no treatment plant,", "")],
            [("Aware", lead("Aware", pre)), (" that leaking pipes waste much of the water supplied,", "")],
            [("Noting", lead("Noting", pre)), (" that women carry water over long distances,", "")],
            [("Bearing in mind", lead("Bearing in mind", pre)), (" that cholera spreads through unsafe water,", "")],
            [("1. ", ""), ("Urges", lead("Urges", ops)), (" Member States to fund water plants in small towns;", "")],
            [("2. ", ""), ("Invites", lead("Invites", ops)), (" development banks to lend for pipe repairs;", "")],
            [("3. ", ""), ("Encourages", lead("Encourages", ops)), (" towns to publish water quality data;", "")],
            [("4. ", ""), ("Requests", lead("Requests", ops)), (" the Secretary-General to report on progress.", "")]]


def _fixed_lead(tmp_path: Path, lib: library.Library, body: list[Runs], index: int, lead: str) -> frozenset[str]:
    """The emphasis of ``lead`` in the 0-based paragraph ``index`` after one --fix; the fixed draft has no lead
    finding left, and the oracle no complaint."""
    source = _draft(tmp_path / "draft.docx", body)
    report, _ = check.check_file(source, lib)
    assert [f.rule for f in report.findings if f.rule.startswith("lead-")] == ["lead-emphasis"]
    problems, fixed = oracle(source, lib, tmp_path)
    assert problems == [] and fixed >= 1
    after, _ = check.check_file(tmp_path / "draft-fixed.docx", lib)
    assert not [f for f in after.findings if f.rule.startswith("lead-")], after.findings
    marks = emphasis_marks(reader.read(tmp_path / "draft-fixed.docx").paragraphs[index])
    return next(kinds for text, kinds in marks if text.strip() == lead)


def test_a_plain_operative_lead_among_underlined_ones_is_underlined(lib: library.Library, tmp_path: Path) -> None:
    """Five italic preambular leads outnumber the three underlined operative ones: the operative lead is underlined
    all the same, as its part's leads are."""
    assert _fixed_lead(tmp_path, lib, _body("i", "u", "Invites"), 11, "Invites") == frozenset({"underline"})


def test_a_plain_preambular_lead_among_underlined_ones_is_underlined(lib: library.Library, tmp_path: Path) -> None:
    """The mirror: underlined preambular leads, italic operative ones; the plain preambular lead is underlined."""
    body = _body("u", "i", "Aware")
    del body[4:6]  # three preambular leads left, fewer than the four operative ones
    assert _fixed_lead(tmp_path, lib, body, 7, "Aware") == frozenset({"underline"})


def test_one_emphasis_for_both_parts_is_kept(lib: library.Library, tmp_path: Path) -> None:
    """Stays as it was: leads in italics in both parts, the plain operative lead is put in italics."""
    assert _fixed_lead(tmp_path, lib, _body("i", "i", "Invites"), 11, "Invites") == frozenset({"italic"})
