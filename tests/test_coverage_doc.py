"""docs/COVERAGE.md is what tools/coverage_doc.py makes from the rules and docs/coverage-notes.yaml, and every
convention of FORMAT.md has a rule naming it or a verdict (#20)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from tools_module import load_tool

ROOT = Path(__file__).resolve().parents[1]


def tool() -> ModuleType:
    return load_tool("coverage_doc")


def test_the_document_is_up_to_date() -> None:
    doc = tool()
    current = (ROOT / "docs" / "COVERAGE.md").read_text(encoding="utf-8")
    assert current == doc.render(doc.read_notes()), "docs/COVERAGE.md is out of date: run python tools/coverage_doc.py"


def test_the_notes_give_every_convention_a_rule_or_a_verdict() -> None:
    doc = tool()
    assert doc.problems(doc.read_notes()) == []


def test_every_convention_of_format_md_is_in_the_notes() -> None:
    doc = tool()
    if not doc.FORMAT.exists():
        pytest.skip(f"{doc.FORMAT} is not beside the repository")
    ids = doc.format_ids(doc.FORMAT.read_text(encoding="utf-8"))
    assert len(ids) > 60 and doc.problems(doc.read_notes(), ids) == []


def test_a_convention_without_rule_or_verdict_is_reported() -> None:
    doc = tool()
    notes = doc.read_notes()
    del notes["UN-B16"]["verdict"]  # drafting and processing: nothing in a .docx shows it, no rule names it
    assert "UN-B16: no rule names it and it has no verdict" in doc.problems(notes)
    notes = doc.read_notes()
    del notes["PP-07"]
    text = "**PP-07 – Submission naming**: e.g. NMUN …\n**UN-H01 – Document symbol.** …"
    assert doc.format_ids(text) == ["PP-07", "UN-H01"]
    assert "PP-07: in FORMAT.md, not in coverage-notes.yaml" in doc.problems(notes, doc.format_ids(text))


def test_a_verdict_that_contradicts_the_rules_is_reported() -> None:
    doc = tool()
    notes = doc.read_notes()
    notes["UN-B09"] = {"title": "Operative punctuation", "verdict": "missing", "reason": "x"}
    notes["UN-B16"] = {"title": "Drafting/processing", "verdict": "covered", "reason": "x"}
    wrong = doc.problems(notes)
    assert any(line.startswith("UN-B09: verdict 'missing', but rules name it") for line in wrong)
    assert "UN-B16: verdict 'covered', but no rule names it" in wrong


def test_ranges_in_a_rules_source_name_every_convention_in_them() -> None:
    doc = tool()
    assert doc.expand("UN-H01–H03") == ["UN-H01", "UN-H02", "UN-H03"]
    assert doc.expand("lead-lists") == [] and doc.expand("ZPP-05") == ["ZPP-05"]
    assert "heading-missing" in doc.rules_by_convention()["UN-H05"]


def test_check_option_reports_a_stale_document(tmp_path: Path, monkeypatch, capsys) -> None:
    doc = tool()
    assert doc.main(["--check"]) == 0
    stale = tmp_path / "COVERAGE.md"
    stale.write_text(doc.render(doc.read_notes()).replace("UN-H08", "UN-H8"), encoding="utf-8")
    monkeypatch.setattr(doc, "DOCUMENT", stale)
    monkeypatch.setattr(doc, "ROOT", tmp_path)
    assert doc.main(["--check"]) == 1 and "out of date" in capsys.readouterr().err
