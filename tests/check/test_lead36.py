"""The lead's own fixes of round 36 (#20), held by drafts of our own: --fix twice equals --fix once where a first
run's fix had turned the reading.

* a UN masthead's distribution line copied into a conference draft's heading ("District: General" above "Topic:"
  and "Sponsors:") is reported, not fixed: the line --fix would write makes the draft read as a UN text, whose rules
  differ;
* the first item of a clause that ends as a clause ends, typed with an item's label and opening with a capital and
  an operative lead ("a) Urges …;"), is the next clause typed as an item: the clause before it asks for its end
  mark, not for a chapeau's colon (which, written, would make the item an item).
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from students import student_docx

from drafter import check, library
from drafter.check import fix

HEADING = ["Committee: Economic and Social Council", "Topic: Recovery after a recession",
           "Sponsors: Chile, Ghana", "Signatories: Nepal, Peru"]


def _draft(tmp_path: Path, lines: list[str], name: str = "draft.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _fixed_twice(source: Path, lib: library.Library, tmp_path: Path) -> list[tuple[int, str]]:
    """What a second --fix still fixes, the draft read as the bench reads a plain-text draft (a .docx of its lines)."""
    report, doc = check.check_file(student_docx(source, tmp_path / f"{source.stem}.docx"), lib)
    first = tmp_path / "fixed.docx"
    fix.fix(report, doc, first, force=True)
    again, again_doc = check.check_file(first, lib)
    fixed, _ = fix.fix(again, again_doc, tmp_path / "fixed-twice.docx", force=True)
    return [(f.paragraph, f.rule) for f in fixed]


def test_copied_distribution_line_is_reported_not_fixed(lib: library.Library, tmp_path: Path) -> None:
    lines = ["Draft Resolution 1.1", "District: General", *HEADING, "The Economic and Social Council,",
             "Recalling its resolution 2024/3 on recovery,", "Noting the slow growth of small economies,",
             "1. Requests the Secretary-General to report on recovery;", "2. Decides to remain seized of the matter."]
    source = _draft(tmp_path, lines)
    report, _ = check.check_file(source, lib)
    found = [f for f in report.findings if f.rule == "distribution-line"]
    assert [f.paragraph for f in found] == [2] and not found[0].fix
    assert _fixed_twice(source, lib, tmp_path) == []


def test_clause_typed_as_first_item_asks_no_colon(lib: library.Library, tmp_path: Path) -> None:
    lines = [*HEADING, "The Economic and Social Council,", "Recalling its resolution 2024/3 on recovery,",
             "1. Requests the Secretary-General to report on recovery;",
             "2. Urges Member States to lower the taxes of small firms during a recession;",
             "a) Calls upon development banks to lend to small firms on fair terms;",
             "3. Decides to remain seized of the matter."]
    source = _draft(tmp_path, lines)
    found = rules(source, lib)
    assert 9 in found.get("operative-sub-level", [])
    assert 8 not in found.get("chapeau-colon", [])
    assert _fixed_twice(source, lib, tmp_path) == []
    announcing = [*lines[:7], lines[7].replace(";", ":"), "a) lending to small firms on fair terms;",
                  "b) guaranteeing their loans;", lines[9]]
    assert "chapeau-colon" not in rules(_draft(tmp_path, announcing, "announcing.txt"), lib)
