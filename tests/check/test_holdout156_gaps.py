"""Gaps of the blind set holdout156 (#20, round 37, third wave: real English student drafts found by climate, energy
and environment words), held by sentences of our own with passing drafts beside them:

* a preambular clause opening with "But" (or "Yet") before its lead ("But also mindful of …,", "But also
  remembering …,") joins it to the clause before, as "And recalling …" does (UN-B03, UN-B12): lead-form, the fix
  putting the lead first with "also" after it; a participle the phrase list lacks is read after "also" / "further".
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEADING = ["Committee: Second Committee", "Topic: Clean public transport in growing cities",
           "Sponsors: Chile, Ghana", "Signatories: Nepal, Peru"]
ORGAN = "The General Assembly,"
PRE = ["Noting the rise of fine particulate matter in growing cities,",
       "Aware that electric buses cut that pollution,"]
OPS = ["1. Encourages Member States to pool their orders of electric buses;",
       "2. Invites regional development banks to lend for bus depots;",
       "3. Requests the Secretary-General to report on progress at the next session."]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- lead-form: "But also …" before a preambular lead ----------------------------------------------------------------

def test_preambular_clause_opening_with_but_before_its_lead(lib: library.Library, tmp_path: Path) -> None:
    for clause in ("But also mindful of the cost of cleaner buses to city budgets,",
                   "But also considering the cost of cleaner buses to city budgets,",
                   "Yet further weighing the cost of cleaner buses to city budgets,"):
        found = rules(_draft(tmp_path, [*HEADING, ORGAN, *PRE, clause, *OPS]), lib)
        assert 8 in found.get("lead-form", []), (clause, found)


def test_preambular_clauses_with_the_lead_first_have_no_lead_form(lib: library.Library, tmp_path: Path) -> None:
    for clause in ("Mindful also of the cost of cleaner buses to city budgets,",
                   "Considering also the cost of cleaner buses, but also their savings on fuel,",
                   "Recognizing that buses, but also trams, serve most commuters,"):
        found = rules(_draft(tmp_path, [*HEADING, ORGAN, *PRE, clause, *OPS]), lib)
        assert "lead-form" not in found, (clause, found)


def test_operative_clause_with_but_in_its_text_has_no_lead_form(lib: library.Library, tmp_path: Path) -> None:
    clause = "2. Invites regional development banks to lend for bus depots, but also for charging points;"
    found = rules(_draft(tmp_path, [*HEADING, ORGAN, *PRE, OPS[0], clause, OPS[2]]), lib)
    assert "lead-form" not in found, found
