"""General causes behind the misses of the seventeenth held-out student set (bench/students/holdout17: conference
blogs and websites that post the student text), each tested with paragraphs of our own in the patterns students
write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, OP1, OP2, rules_at

from drafter import library

# a preamble lettered by hand, each clause closed with ";" as operative clauses are, and no organ line before it
LETTERED = [
    "A) Recognizing that rural clinics lack trained midwives in most districts of the region;",
    "B) Noting with concern that maternal deaths doubled in the last two years;",
    "C) Aware of the cost of training a midwife for three years;",
]


def test_a_lettered_preamble_without_organ_line_opens_the_body(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, *LETTERED])
    assert (5, "organ-line") in found, found
    assert [(5, "preambular-numbered"), (6, "preambular-numbered"), (7, "preambular-numbered")] == \
        [f for f in found if f[1] == "preambular-numbered"], found
    assert [(5, "preambular-end"), (6, "preambular-end"), (7, "preambular-end")] == \
        [f for f in found if f[1] == "preambular-end"], found
    assert not [f for f in found if f[1] == "lead-form"], found


def test_a_lettered_preamble_before_numbered_clauses_is_read_the_same(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, *LETTERED, OP1, OP2])
    assert (5, "organ-line") in found, found
    assert {5, 6, 7} == {p for p, rule in found if rule == "preambular-numbered"}, found
    assert {5, 6, 7} == {p for p, rule in found if rule == "preambular-end"}, found


def test_a_lettered_heading_line_is_not_taken_for_the_preamble(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: World Health Organization", "A) Topic: Maternal health in rural areas",
            "Sponsors: Chile, Kenya", "Signatories: Norway"]
    body = [[("The World Health Assembly", "i"), (",", "")],
            [("Noting", "i"), (" that rural clinics lack trained midwives,", "")], OP1, OP2]
    found = rules_at(tmp_path, lib, [*head, *body])
    assert not [f for f in found if f[1] in ("preambular-numbered", "organ-line")], found
