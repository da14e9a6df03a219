"""Recall round 10: general causes behind faults the checker missed on student drafts (bench/students/MISSES.md),
tested with sentences of our own: a capitalised article after the lead before an acronym ("Guided by The UN
Charter") is an ordinary word, not the first word of a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library

TOP = ["Committee: General Assembly", "Topic: Adult literacy", "Sponsors: Chile, Kenya", "Signatories: Norway",
       "The General Assembly,"]
LAST = "1. Requests the Secretary-General to report on adult literacy."


@pytest.mark.parametrize("clause", ["Guided by The UN Charter and its purposes,",
                                    "Noting The NGOs' reports on adult literacy,",
                                    "Welcoming The UNESCO programme for adult learners,",
                                    "Welcoming The WHO’s report on reading and health,"])
def test_a_capitalised_article_before_an_acronym_is_flagged(clause: str, tmp_path: Path,
                                                             lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*TOP, clause, LAST])
    assert (6, "capital-after-lead") in found, found


@pytest.mark.parametrize("clause", ["Recalling The Hague Convention of 1954 on cultural property,",
                                    "Noting the UN Charter and its purposes,",
                                    "Welcoming UNESCO's programme for adult learners,",
                                    "Recalling The Hague Academy's courses on literacy law,"])
def test_an_article_that_opens_a_name_or_is_in_lower_case_is_left(clause: str, tmp_path: Path,
                                                                   lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*TOP, clause, LAST])
    assert (6, "capital-after-lead") not in found, found
