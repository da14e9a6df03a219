"""General causes behind the misses of the fifty-first held-out student set (bench/students/holdout51), each tested
with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import library

# -- UN-B03: an unlisted finite verb whose object opens with a demonstrative or a possessive ---------------------


@pytest.mark.parametrize(("clause", "right"), [
    ("Praises this initiative of the regional water commissions,", "Praising"),
    ("Fears these talks will stall before the review conference,", "Fearing"),
    ("Cherishes our shared commitment to the Paris Agreement,", "Cherishing"),
])
def test_a_finite_verb_before_a_demonstrative_cannot_open_a_preambular_clause(
        tmp_path: Path, lib: library.Library, clause: str, right: str) -> None:
    report = [f for f in findings(make(tmp_path, [*EN_HEAD, ORGAN, PRE, clause, OP1, OP2]), lib)
              if f.paragraph == 7 and f.rule == "lead-form"]
    assert len(report) == 1 and report[0].severity == "error"
    assert repr(right) in report[0].message


@pytest.mark.parametrize("clause", [
    "Welcoming this initiative of the regional water commissions,",
    "Concerned that these talks will stall before the review conference,",
    "Mindful of our shared commitment to the Paris Agreement,",
])
def test_a_listed_lead_before_a_demonstrative_stays_preambular(tmp_path: Path, lib: library.Library,
                                                               clause: str) -> None:
    assert (7, "lead-form") not in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP1, OP2])
