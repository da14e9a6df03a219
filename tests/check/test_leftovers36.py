"""What round 35 left (#20, round 36), held by sentences of our own with passing drafts beside them:

* a draft whose writer marks no paragraph's end: operative lines left unnumbered before "1." ("Welcomes …",
  "Support …", "Expanding …") are clauses without their numbers, not preambular paragraphs, when the preamble before
  them is unmarked too and no preambular lead follows the first of them; an "Encourages" slip in a punctuated
  preamble, or one a preambular lead follows, stays a preambular paragraph with a wrong-part lead.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEADING = ["Committee: Economic and Financial Committee", "Topic: Fresh water for small island States",
           "Sponsors: Fiji, Maldives", "Signatories: Chile, Ghana, Nepal", "The General Assembly,"]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- item 1: operative lines before "1." in a draft that marks no paragraph's end -------------------------------------

UNMARKED_PREAMBLE = ["Recalling the commitments on water made by small island developing States in Samoa",
                     "Alarmed by the salt water reaching the wells of many low-lying islands every year"]


def test_unmarked_operative_lines_before_one_are_clauses(lib: library.Library, tmp_path: Path) -> None:
    lines = [*HEADING, *UNMARKED_PREAMBLE,
             "Welcomes the work of regional centres that test the wells of island communities",
             "Support the building of rain water tanks on every inhabited island",
             "Expanding the training of local engineers in the repair of desalination plants",
             "1. Requests the Secretary-General to report on the progress made",
             "2. Decides to remain seized of the matter"]
    found = rules(_draft(tmp_path, lines), lib)
    assert found.get("operative-unnumbered", []) == [8, 9, 10]
    assert {8, 9, 10} <= set(found.get("operative-end", []))
    assert not {8, 9, 10} & set(found.get("preambular-end", []))
    assert 9 in found.get("lead-form", []) and 10 in found.get("lead-form", [])


def test_wrong_part_lead_in_a_preamble_stays_preambular(lib: library.Library, tmp_path: Path) -> None:
    punctuated = [*HEADING, "Recalling the commitments on water made by small island developing States in Samoa,",
                  "Encourages the work of regional centres that test the wells of island communities,",
                  "Alarmed by the salt water reaching the wells of many low-lying islands every year,",
                  "1. Requests the Secretary-General to report on the progress made;",
                  "2. Decides to remain seized of the matter."]
    unmarked = [*HEADING, *UNMARKED_PREAMBLE[:1],
                "Encourages the work of regional centres that test the wells of island communities",
                UNMARKED_PREAMBLE[1],
                "1. Requests the Secretary-General to report on the progress made",
                "2. Decides to remain seized of the matter"]
    for lines in (punctuated, unmarked):
        found = rules(_draft(tmp_path, lines), lib)
        assert 7 in found.get("lead-form", []), lines[6]
        assert "operative-unnumbered" not in found, lines[6]
