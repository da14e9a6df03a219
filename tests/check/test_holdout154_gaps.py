"""Gaps of the blind set holdout154 (#20, round 37, second wave: real English student drafts found by peace,
security and economy words), held by sentences of our own with passing drafts beside them:

* a short line with no end mark that opens with a sentence's connective ("Therefore urge all coastal States") is a
  clause that lost its mark and its lead, not a section heading: lead-form (UN-B03, UN-B06); a heading's words
  ("Measures for coastal States") stay a heading;
* "Mover:" and "Seconder:" (a motion's procedure, used by class and youth-parliament simulations) name who tables a
  draft and who supports it: the submitters' fields, so the heading has its sponsors (MUN-H01).
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library
from drafter.structure.heading import LABELS

HEADING = ["Committee: Second Committee", "Topic: Fisheries and coastal livelihoods",
           "Sponsors: Fiji, Senegal", "Signatories: Chile, Norway, Peru"]
ORGAN = "The General Assembly,"
PRE = ["Noting that small-scale fishers land half of the world's catch,",
       "Aware that illegal fishing costs coastal economies billions of dollars every year,"]
OPS = ["1. Encourages Member States to register every fishing vessel by 2030;",
       "2. Invites regional fisheries bodies to share their patrol data;",
       "3. Requests the Secretary-General to report on progress at the next session."]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- lead-form: "Therefore …" on a line of its own --------------------------------------------------------------------

def test_line_opening_with_a_connective_is_a_clause_not_a_heading(lib: library.Library, tmp_path: Path) -> None:
    for line in ("Therefore urge all coastal States", "Thus call upon the fishing nations of the region",
                 "Hence encourage every coastal State"):
        found = rules(_draft(tmp_path, [*HEADING, ORGAN, *PRE, line, *OPS]), lib)
        assert 8 in found.get("lead-form", []), (line, found)
        assert "section-heading" not in found, (line, found)


def test_heading_words_before_the_operative_part_have_no_lead_form(lib: library.Library, tmp_path: Path) -> None:
    found = rules(_draft(tmp_path, [*HEADING, ORGAN, *PRE, "Measures for coastal States", *OPS]), lib)
    assert 8 not in found.get("lead-form", []), found


# -- heading-missing: "Mover:" / "Seconder:" --------------------------------------------------------------------------

def test_mover_and_seconder_are_submitter_labels() -> None:
    for label in ("mover", "movedby"):
        assert LABELS[label] == "sponsors", label
    assert LABELS["seconder"] == "signatories"


def test_heading_with_a_mover_has_its_sponsors(lib: library.Library, tmp_path: Path) -> None:
    heading = ["Committee: Second Committee", "Topic: Fisheries and coastal livelihoods", "Mover: Fiji",
               "Seconder: Senegal"]
    found = rules(_draft(tmp_path, [*heading, ORGAN, *PRE, *OPS]), lib)
    assert "heading-missing" not in found, found


def test_heading_without_submitters_still_lacks_its_sponsors(lib: library.Library, tmp_path: Path) -> None:
    heading = ["Committee: Second Committee", "Topic: Fisheries and coastal livelihoods"]
    found = rules(_draft(tmp_path, [*heading, ORGAN, *PRE, *OPS]), lib)
    assert 1 in found.get("heading-missing", []), found
