"""Gaps found by holdout148's first run (real English drafts on governance, elections and surveillance), on
sentences of our own."""

from __future__ import annotations

from pathlib import Path

from drafter.check.checker import check_file
from drafter.library import load

HEADING = ["Committee: Third Committee", "Topic: Free and fair elections", "Sponsors: Ghana, Chile",
           "Signatories: Peru", "The General Assembly,"]


def _rules(tmp_path: Path, body: list[str]) -> list[tuple[int, str]]:
    draft = tmp_path / "draft.txt"
    draft.write_text("\n".join(HEADING + body) + "\n", encoding="utf-8")
    report, _ = check_file(draft, load())
    return [(f.paragraph, f.rule) for f in report.findings]


def test_copula_before_a_preambular_lead(tmp_path: Path) -> None:
    rules = _rules(tmp_path, ["Noting the number of elections held this year,",
                              "Is alarmed by the attacks on polling stations in several regions,",
                              "Are deeply concerned about the arrest of election observers,",
                              "1. Urges Member States to protect polling stations;",
                              "2. Invites regional organisations to send observers."])
    assert (7, "lead-form") in rules
    assert (8, "lead-form") in rules


def test_lead_after_a_subject_and_copula_stays_clean_of_copula(tmp_path: Path) -> None:
    rules = _rules(tmp_path, ["Alarmed by the attacks on polling stations in several regions,",
                              "Deeply concerned about the arrest of election observers,",
                              "1. Urges Member States to protect polling stations;",
                              "2. Invites regional organisations to send observers."])
    assert not [r for r in rules if r[1] == "lead-form"]


def test_operative_verb_after_an_item_with_no_end_mark(tmp_path: Path) -> None:
    rules = _rules(tmp_path, ["Noting the number of elections held this year,",
                              "1. Calls for national electoral commissions to:",
                              "a) publish the results of each polling station within a week",
                              "Requests all States to invite observers to their elections;",
                              "3. Invites regional organisations to send observers."])
    assert (9, "operative-unnumbered") in rules  # no wrapped line of item a): a clause that lost its number
    assert (8, "sub-end") in rules


def test_lower_case_line_after_an_item_stays_its_wrapped_text(tmp_path: Path) -> None:
    rules = _rules(tmp_path, ["Noting the number of elections held this year,",
                              "1. Calls for national electoral commissions to:",
                              "a) publish the results of each polling station within a week",
                              "of the vote, in every language of the country;",
                              "b) keep the records for ten years;",
                              "2. Invites regional organisations to send observers."])
    assert not [r for r in rules if r[1] in ("operative-unnumbered", "sub-end")]
