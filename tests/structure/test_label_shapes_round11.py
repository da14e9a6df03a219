"""Label shapes the held-out first runs did not yet show but students type: the Roman numerals of Unicode that
Chinese input methods offer ("Ⅰ.", "Ⅲ、", "ⅱ)"), a colon typed for the point ("1: Urges …", "1：敦促"), and the
parenthesised digit "⒈" (once a crash of the label reader)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library
from drafter.labelkinds import read_typed


@pytest.mark.parametrize(("text", "kind", "value", "upper", "label"), [
    ("Ⅰ. Requests the offices to report;", "roman", 1, True, "Ⅰ."),
    ("Ⅲ、请各办事处提交报告；", "roman", 3, True, "Ⅲ、"),
    ("ⅱ) count the schools;", "roman", 2, False, "ⅱ)"),
    ("Ⅻ. Decides to remain seized of the matter.", "roman", 12, True, "Ⅻ."),
    ("1: Requests the offices to report;", "number", 1, False, "1:"),
    ("12：请各办事处提交报告；", "number", 12, False, "12："),
    ("⒈ Requests the offices to report;", "number", 1, False, "⒈"),
])
def test_the_label_is_read(text: str, kind: str, value: int, upper: bool, label: str) -> None:
    typed = read_typed(text)
    assert typed is not None and (typed.kind, typed.value, typed.upper, typed.text) == (kind, value, upper, label)


@pytest.mark.parametrize("text", ["2030: a plan for the decade", "10:30 the meeting resumed", "a: b", "Article 1: x",
                                  "⒈"])
def test_text_that_only_looks_like_a_label(text: str) -> None:
    assert read_typed(text) is None


HEAD = ["Committee: Third Committee", "Topic: Literacy in rural schools", "Sponsors: Chile, Ghana",
        "Signatories: Nepal, Peru", "The General Assembly,", "Noting the shortage of trained teachers,"]


@pytest.mark.parametrize("labels", [("1:", "2:"), ("Ⅰ.", "Ⅱ.")])
def test_operative_paragraphs_so_numbered_are_numbering_faults(tmp_path: Path, lib: library.Library,
                                                               labels: tuple[str, str]) -> None:
    body = [f"{labels[0]} Requests the regional offices to report on reading programmes;",
            f"{labels[1]} Invites donors to fund mobile libraries."]
    found = rules_at(tmp_path, lib, [*HEAD, *body])
    assert (7, "numbering-form") in found and (8, "numbering-form") in found, found
    assert not [r for r in found if r[1] in ("operative-no-verb", "lead-form", "preambular-after-operative")], found
