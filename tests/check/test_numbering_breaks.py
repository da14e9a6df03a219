"""One break in the clauses' numbering is one finding where it breaks (issue #20): a clause number typed a second
time, "1." "2." lines numbered as clauses between two clauses, in typed numbers and in Word's lists; its fix
renumbers the paragraphs after it, a re-check finds the numbering right, and a second --fix changes nothing. A
second restart at "1." stays a finding of its own. Every draft here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from check.test_fix_word_lists import fix_twice
from check.test_word_numbering import numbered
from docmaker import make
from wordlists import CLAUSES, abstract, num

from drafter import check, library
from drafter.word import reader

HEAD = ["Committee: Economic and Social Council", "Topic: Clean cooking fuel in rural homes",
        "Sponsors: Chile, Kenya", "Signatories: Laos, Malta", "The Economic and Social Council,",
        "Noting that smoke from open fires harms the health of millions of children,"]
CLAUSES_EN = ["Urges Member States to subsidise clean stoves for low-income households;",
              "Requests the regional commissions to gather figures on indoor air quality;",
              "Invites development banks to lend to makers of efficient stoves;",
              "Encourages schools to teach the dangers of indoor smoke;",
              "Decides to remain actively seized of the matter."]
LINES = ["The delegations wish the villages to share their stoves;",
         "The delegations wish the towns to test the fuels they sell;"]
SEQUENCE = ("numbering-sequence", "numbering-restart")


def typed(numbers: list[int], texts: list[str]) -> list[str]:
    return [f"{n}. {t}" for n, t in zip(numbers, texts, strict=True)]


def breaks(path: Path, lib: library.Library) -> list[check.Finding]:
    report, _ = check.check_file(path, lib)
    return [f for f in report.findings if f.rule in SEQUENCE]


def shown_numbers(path: Path) -> list[str]:
    """The number each clause shows, typed or Word's, after the heading and preamble."""
    return [(p.label or p.text.split(" ")[0]).rstrip(".") for p in reader.read(path).paragraphs[len(HEAD):]]


def test_a_clause_number_typed_again_then_the_count_taken_up_is_one_finding(tmp_path: Path,
                                                                              lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, *typed([1, 2, 3, 2, 4], CLAUSES_EN)])
    found = breaks(path, lib)
    assert [(f.paragraph, f.rule) for f in found] == [(10, "numbering-sequence")], found
    assert len(found[0].edits) == 2  # the "2." and the "4." after it
    fixed, once = fix_twice(path, lib)
    assert shown_numbers(once) == ["1", "2", "3", "4", "5"]
    assert breaks(once, lib) == []


def test_lines_numbered_as_clauses_between_two_clauses_are_one_finding(tmp_path: Path,
                                                                       lib: library.Library) -> None:
    body = [*typed([1, 2, 3], CLAUSES_EN[:3]), *typed([1, 2], LINES), *typed([4, 5], CLAUSES_EN[3:])]
    path = make(tmp_path, [*HEAD, *body])
    found = breaks(path, lib)
    assert [f.paragraph for f in found] == [10], found
    fixed, once = fix_twice(path, lib)
    assert shown_numbers(once) == ["1", "2", "3", "4", "5", "6", "7"]


def test_two_restarts_at_one_are_two_findings(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, *typed([1, 2, 1, 2, 1], CLAUSES_EN)])
    assert [f.paragraph for f in breaks(path, lib)] == [9, 11]


def test_word_lines_in_a_list_of_their_own_between_clauses_are_one_finding(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    paragraphs = [*HEAD, *CLAUSES_EN[:3], *LINES, *CLAUSES_EN[3:]]
    clauses = {6: (1, 0), 7: (1, 0), 8: (1, 0), 11: (1, 0), 12: (1, 0)}
    path = numbered(tmp_path, paragraphs, {**clauses, 9: (2, 0), 10: (2, 0)},
                    abstract(1, CLAUSES) + abstract(2, CLAUSES) + num(1, 1) + num(2, 2))
    assert [f.paragraph for f in breaks(path, lib)] == [10]


def test_a_number_going_back_after_one_that_jumped_ahead_is_a_second_finding(tmp_path: Path,
                                                                              lib: library.Library) -> None:
    """"1." "3." "2." "4." "5.": a clause moved one place (the "2." after "3." takes up the student's own count
    again): one finding, which names both paragraphs (round 32, leftovers32: one slip, one finding)."""
    path = make(tmp_path, [*HEAD, *typed([1, 3, 2, 4, 5], CLAUSES_EN)])
    assert [(f.paragraph, f.paragraphs) for f in breaks(path, lib)] == [(8, [8, 9])]
    fixed, once = fix_twice(path, lib)
    assert shown_numbers(once) == ["1", "2", "3", "4", "5"]
