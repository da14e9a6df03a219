"""Gaps of the blind set holdout151 (#20, round 37, first wave: real English student drafts found by technology and
digital words), held by sentences of our own with passing drafts beside them:

* "Perambulatory Clauses:", the common misspelling of a preamble's part name, is a section heading as "Preambulatory
  Clauses:" is (UN-B01);
* a preambular clause opening with a possessive ("Kenya's offer of … is welcomed,") opens with its subject, not a
  lead (UN-B03): lead-form;
* an operative clause opening with "That" and the subject of a subjunctive ("3. That the new fund be managed by …")
  has no verb of the organ's (UN-B06): operative-no-verb; "That this Assembly" (the organ line's stand-in) is not
  read so.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library
from drafter.structure.classify import part_heading

HEADING = ["Committee: Second Committee", "Topic: Broadband access in rural schools",
           "Sponsors: Kenya, Peru", "Signatories: Chile, Ghana, Nepal"]
ORGAN = "The General Assembly,"
PRE = ["Noting that many rural schools have no connection to the internet,",
       "Aware that mobile networks reach most villages,"]
OPS = ["1. Encourages Member States to connect every rural school by 2035;",
       "2. Invites telecommunication companies to offer schools reduced rates;",
       "3. Requests the Secretary-General to report on progress at the next session."]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- section-heading: "Perambulatory Clauses:" ------------------------------------------------------------------------

def test_perambulatory_is_read_as_the_preambles_part_name() -> None:
    for line in ("Perambulatory Clauses:", "PERAMBULATORY CLAUSES", "Perambulatory clauses"):
        assert part_heading(line) == "preambular", line
    assert part_heading("Perambulating through the city, the delegates met farmers,") is None


def test_perambulatory_clauses_line_is_a_section_heading(lib: library.Library, tmp_path: Path) -> None:
    found = rules(_draft(tmp_path, [*HEADING, ORGAN, "Perambulatory Clauses:", *PRE, *OPS]), lib)
    assert found.get("section-heading") == [6], found


def test_draft_without_part_names_has_no_section_heading(lib: library.Library, tmp_path: Path) -> None:
    found = rules(_draft(tmp_path, [*HEADING, ORGAN, *PRE, *OPS]), lib)
    assert "section-heading" not in found, found


# -- lead-form: a preambular clause opening with a possessive ---------------------------------------------------------

def test_preambular_clause_opening_with_a_possessive_has_no_lead(lib: library.Library, tmp_path: Path) -> None:
    clause = "Kenya's offer to host a regional training centre for teachers is welcomed,"
    found = rules(_draft(tmp_path, [*HEADING, ORGAN, PRE[0], clause, *OPS]), lib)
    assert 7 in found.get("lead-form", []), found


def test_preambular_clauses_with_leads_have_no_lead_form(lib: library.Library, tmp_path: Path) -> None:
    clause = "Welcoming Kenya's offer to host a regional training centre for teachers,"
    found = rules(_draft(tmp_path, [*HEADING, ORGAN, PRE[0], clause, *OPS]), lib)
    assert "lead-form" not in found, found


# -- operative-no-verb: "That the … be …" -----------------------------------------------------------------------------

def test_operative_clause_opening_with_that_and_a_subject_has_no_verb(lib: library.Library, tmp_path: Path) -> None:
    for clause in ("2. That the new fund be managed by the regional development banks;",
                   "2. That Member States be encouraged to lower the price of school connections;"):
        found = rules(_draft(tmp_path, [*HEADING, ORGAN, *PRE, OPS[0], clause, OPS[2]]), lib)
        assert 9 in found.get("operative-no-verb", []), (clause, found)


def test_operative_clauses_with_verbs_have_no_operative_no_verb(lib: library.Library, tmp_path: Path) -> None:
    clause = "2. Recommends that the new fund be managed by the regional development banks;"
    found = rules(_draft(tmp_path, [*HEADING, ORGAN, *PRE, OPS[0], clause, OPS[2]]), lib)
    assert "operative-no-verb" not in found, found
