"""Misses of the checker on the blind set holdout116 (#20), English drafts typed after the shapes of real drafts no
earlier typed set modelled, held by sentences of our own:

* items listed under a preambular paragraph and numbered "1." "2." like operative clauses (a school wiki's layout):
  besides the item under the preamble (preambular-sub-clause), each label is in the operative clauses' form, not a
  sub-paragraph's (sub-label-style), as the same labels are under an operative paragraph.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import check, library
from drafter.check import fix

HEAD = ["Committee: Economic and Social Council", "Topic: Access to banking in rural areas",
        "Sponsors: Kenya, Peru", "Signatories: Nepal, Senegal"]
ORGAN = "The Economic and Social Council,"
BODY = ["1. Calls upon Member States to allow payments by mobile telephone in every district;",
        "2. Invites regional development banks to open offices in market towns."]


def _text(tmp_path: Path, lines: list[str], name: str = "banks.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _preamble(labels: list[str]) -> list[str]:
    items = ["farmers far from a town", "women who run small shops", "workers paid in cash"]
    return ["Concerned that many people still have no bank account, in particular:",
            *[f"{label} {item}," for label, item in zip(labels, items)],
            "Noting that mobile payments have reached most villages in East Africa,"]


def test_clause_numbers_under_a_preambular_paragraph(lib: library.Library, tmp_path: Path) -> None:
    """¶7–¶9 number the items under the preambular ¶6 "1." "2." "3.": each is a sub-clause under the preamble and
    each label is in the operative clauses' form."""
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *_preamble(["1.", "2.", "3."]), *BODY]), lib)
    assert found.get("preambular-sub-clause") == [7, 8, 9]
    assert found.get("sub-label-style") == [7, 8, 9]


def test_lettered_items_under_a_preambular_paragraph(lib: library.Library, tmp_path: Path) -> None:
    """The same items lettered "a)" "b)" "c)": still under the preamble, but their labels are a sub-paragraph's."""
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *_preamble(["a)", "b)", "c)"]), *BODY]), lib)
    assert found.get("preambular-sub-clause") == [7, 8, 9]
    assert "sub-label-style" not in found


def test_fixing_clause_numbers_under_a_preambular_paragraph(lib: library.Library, tmp_path: Path) -> None:
    """--fix retypes the three labels in letters, in the draft's own marks ("1." → "a."), and a second check finds
    no label fault left."""
    path = _text(tmp_path, [*HEAD, ORGAN, *_preamble(["1.", "2.", "3."]), *BODY])
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    again, fixed = check.check_file(tmp_path / "fixed.docx", lib)
    assert [p.text.split(" ", 1)[0] for p in fixed.paragraphs[6:9]] == ["a.", "b.", "c."]
    assert not [f.rule for f in again.findings if f.rule.startswith("sub-label")]
