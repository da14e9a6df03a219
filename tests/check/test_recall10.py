"""Recall round 10: general causes behind faults the checker missed on student drafts (bench/students/MISSES.md),
tested with sentences of our own: a capitalised article after the lead before an acronym ("Guided by The UN
Charter") is an ordinary word, not the first word of a name; a heading field under a wrong word ("Signatures:") is
read as the field it stands for and its label is reported."""

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


HEAD = ["Committee: General Assembly", "Topic: Adult literacy"]
BODY = ["The General Assembly,", "Recalling its resolution 70/1,", LAST]


@pytest.mark.parametrize("label", ["Signatures", "SIGNATURES", "Signees", "Co-signatures"])
def test_signatories_under_a_wrong_word_are_read_and_the_label_reported(label: str, tmp_path: Path,
                                                                         lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*HEAD, "Sponsors: Chile, Kenya", f"{label}: Norway, Peru", *BODY])
    assert (4, "heading-label") in found, found
    assert not [f for f in found if f[1] == "heading-missing"], found  # the signatories are there


def test_sponsors_under_a_wrong_word_are_read_and_the_label_reported(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*HEAD, "Sponsorship: Chile, Kenya", "Signatories: Norway", *BODY])
    assert (3, "heading-label") in found, found
    assert not [f for f in found if f[1] == "heading-missing"], found


@pytest.mark.parametrize("lines", [["Sponsors: Chile, Kenya", "Signatories: Norway, Peru"],
                                   ["Sponsors: Chile, Kenya", "Signatory countries: Norway, Peru"],
                                   ["Sponsers: Chile, Kenya", "Signatories: Norway"]])
def test_right_labels_and_one_letter_slips_are_not_reported(lines: list[str], tmp_path: Path,
                                                            lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*HEAD, *lines, *BODY])
    assert not [f for f in found if f[1] == "heading-label"], found


def test_the_wrong_label_message_names_the_right_label_in_both_languages() -> None:
    from drafter.check import rules
    from drafter.check.families.heading import RIGHT_LABELS

    rule = rules.RULES["heading-label"]
    assert "'Signatories:'" in rule.message("en", label="Signatures", right=RIGHT_LABELS["signatories"])
    assert "附议国：" in rule.message("zh", label="Signatures", right=RIGHT_LABELS["signatories"])
