"""Faults of the blind set holdout152 (#20): real English drafts found by health, migration and human-rights words.
Held by sentences of our own: a delegation list's label left empty ("Signatories:") with the organ line under it is
an empty field (heading-missing, on the label), not a list whose names are the organ's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: World Health Organization", "Topic: Clean water for rural clinics", "Sponsor: Peru"]
BODY = ["Noting that many rural clinics have no safe water,",
        "1. Calls upon Member States to fund wells beside rural clinics;",
        "2. Requests the Director-General to report on the progress made at its next session."]


@pytest.mark.parametrize("organ", ["The World Health Assembly,", "The General Assembly,", "THE ECONOMIC AND SOCIAL COUNCIL,",
                                   "This Council, The World Health Assembly,"])
@pytest.mark.parametrize("label", ["Signatories:", "Co-sponsors:"])
def test_an_empty_list_label_over_the_organ_line_is_an_empty_field(lib: library.Library, tmp_path: Path,
                                                                    organ: str, label: str) -> None:
    found = rules(make(tmp_path, [*HEAD, label, organ, *BODY]), lib)
    assert found.get("heading-missing") == [4]  # on the empty label, not a list named by the organ's words


def test_names_under_the_label_still_fill_it(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*HEAD, "Signatories:", "Chile, Ghana, Norway,", "The World Health Assembly,",
                                  *BODY]), lib)
    assert "heading-missing" not in found
    assert "organ-line" not in found


def test_a_committee_under_its_own_label_still_fills_it(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, ["Committee:", "World Health Organization", "Topic: Clean water for rural clinics",
                                  "Sponsor: Peru", "Signatories: Chile, Ghana", "The World Health Assembly,", *BODY]),
                  lib)
    assert "heading-missing" not in found
