"""General causes behind the misses and false alarms of the fourth held-out student set (bench/students/holdout4),
each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import library

# -- a finite verb the phrase lists lack, with its object, opening a preambular clause --------------------------

@pytest.mark.parametrize(("clause", "right"), [
    ("Opposes the smuggling of small arms across the Sahel,", "Opposing"),
    ("Praises the work of the regional commissions on water,", "Praising"),
    ("Fears that the next review conference will not agree on a text,", "Fearing"),
])
def test_a_finite_verb_with_its_object_cannot_open_a_preambular_clause(tmp_path: Path, lib: library.Library,
                                                                      clause: str, right: str) -> None:
    report = [f for f in findings(make(tmp_path, [*EN_HEAD, ORGAN, PRE, clause, OP1, OP2]), lib)
              if f.paragraph == 7 and f.rule == "lead-form"]
    assert len(report) == 1 and report[0].severity == "error"
    assert repr(right) in report[0].message


@pytest.mark.parametrize("clause", [
    "Aware of the burden that drought places on farmers,",
    "Recognizing the work of the regional commissions,",
    "Convinced that the next review conference will agree on a text,",
])
def test_participles_and_adjectives_with_an_object_stay_preambular(tmp_path: Path, lib: library.Library,
                                                                   clause: str) -> None:
    assert (7, "lead-form") not in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP1, OP2])


# -- MUN-H03: a "Draft Resolution" heading lists signatories and no sponsors ------------------------------------

def test_a_draft_resolution_title_with_signatories_needs_no_sponsors(tmp_path: Path, lib: library.Library) -> None:
    head = ["Draft Resolution 2.1", EN_HEAD[0], EN_HEAD[1], "Signatories: Brazil, Kenya, Peru"]
    assert not [r for r in rules_at(tmp_path, lib, [*head, ORGAN, PRE, OP1, OP2]) if r[1] == "heading-missing"]


@pytest.mark.parametrize("head", [
    [EN_HEAD[0], EN_HEAD[1], "Signatories: Brazil, Kenya, Peru"],  # no title: the UNA-USA heading (MUN-H01)
    ["Draft Resolution 2.1", EN_HEAD[0], EN_HEAD[1]],  # a title but no list at all
    ["Resolution 2.1", EN_HEAD[0], EN_HEAD[1], "Signatories: Brazil, Kenya, Peru"],  # not the HMUN title
])
def test_without_the_hmun_title_and_signatories_sponsors_are_still_required(tmp_path: Path, lib: library.Library,
                                                                           head: list[str]) -> None:
    report = [f for f in findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib) if f.rule == "heading-missing"]
    assert any("Sponsors" in f.message for f in report)


# -- an ordinal date in a conference heading -----------------------------------------------------------------------

@pytest.mark.parametrize(("line", "fixed"), [("Date: 21st March 2026", "21 March 2026"),
                                             ("Adopted at its 2nd session, on 3rd June 2025", "3 June 2025")])
def test_an_ordinal_date_in_a_conference_heading_is_a_warning(tmp_path: Path, lib: library.Library,
                                                              line: str, fixed: str) -> None:
    report = [f for f in findings(make(tmp_path, [line, *EN_HEAD, ORGAN, PRE, OP1, OP2]), lib) if f.paragraph == 1]
    assert [(f.rule, f.severity) for f in report] == [("date-format", "warning")]
    assert repr(fixed) in report[0].message


@pytest.mark.parametrize("line", ["Date: March 21, 2026", "Date: 21 March 2026"])
def test_a_conference_heading_may_keep_its_own_date_style(tmp_path: Path, lib: library.Library, line: str) -> None:
    """US-style dates are a conference's own style (the Civitas drafts): only the ordinal is a slip either way."""
    assert not [f for f in findings(make(tmp_path, [line, *EN_HEAD, ORGAN, PRE, OP1, OP2]), lib)
                if f.rule == "date-format"]

