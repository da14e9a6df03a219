"""Faults of English drafts the checker missed on the blind set holdout42 (#20), each held by sentences of our own
with a passing draft beside it: a conference draft (its heading has a Sponsors or Signatories field) dressed as an
adopted resolution, with an "S/RES/…" or "A/RES/…" symbol in its heading or the adoption line of an adopted text
(UN-H01, UN-H08, UN-D01)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: Economic and Social Council", "Topic: Rural electrification", "Sponsors: Kenya, Peru",
        "Signatories: Fiji, Nepal, Norway"]
BODY = ["The Economic and Social Council,", "Noting the gap in rural access to electricity,",
        "1. Encourages Member States to extend mini-grids to rural areas;",
        "2. Requests the Secretary-General to report on progress."]


@pytest.mark.parametrize("line", ["S/RES/7.3 (2029)", "Model United Nations of Lakeside A/RES/41/7",
                                  "United Nations S/RES/12 (2030)"])
def test_an_adopted_symbol_on_a_draft_is_told(lib: library.Library, tmp_path: Path, line: str) -> None:
    found = rules(make(tmp_path, [line, *HEAD, *BODY]), lib)
    assert found.get("draft-as-adopted") == [1]


def test_an_adoption_line_on_a_draft_is_told_even_with_empty_fields(lib: library.Library, tmp_path: Path) -> None:
    head = [*HEAD[:2], "Sponsors:", "Signatories:",
            "Adopted by the Economic and Social Council at its 12th plenary meeting, on 3 June 2029"]
    assert rules(make(tmp_path, [*head, *BODY]), lib).get("draft-as-adopted") == [5]


def test_a_draft_symbol_and_a_cited_resolution_pass(lib: library.Library, tmp_path: Path) -> None:
    head = ["E/2029/L.7", HEAD[0], "Topic: Rural electrification, following resolution A/RES/70/1", *HEAD[2:]]
    assert "draft-as-adopted" not in rules(make(tmp_path, [*head, *BODY]), lib)


def test_an_adopted_text_without_submitter_fields_passes(lib: library.Library, tmp_path: Path) -> None:
    head = ["A/RES/41/7", "Resolution adopted by the General Assembly at its 9th plenary meeting, on 2 May 2029",
            "Committee: General Assembly", "Topic: Rural electrification"]
    body = ["The General Assembly,", *BODY[1:]]
    assert "draft-as-adopted" not in rules(make(tmp_path, [*head, *body]), lib)
