"""Issue #20 (precision on student drafts), general causes tested with sentences of our own: a clause whose colon
opens a quotation that lists its items as paragraphs of their own ends where the quotation closes, so the colon is
no wrong end mark; a colon with no quotation left open, or a quotation never closed, is still one."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import rules_at

from drafter import library

TOP = ["Committee: Human Rights Council", "Topic: Statelessness", "Sponsors: Chile, Kenya", "Signatories: Norway",
       "The Human Rights Council,"]
OPERATIVE = ["1. Requests the Secretary-General to report on statelessness;",
             "2. Decides to remain seized of the matter."]


def _at(found: list[tuple[int, str]], rule: str) -> set[int]:
    return {paragraph for paragraph, name in found if name == rule}


def test_a_preambular_colon_that_opens_a_quoted_list_is_no_wrong_end_mark(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*TOP, "Recalling the convention of 1954, which says: “A stateless person shall have the following:",
             "access to the courts,", "freedom of religion.”,", "Noting the reports of the special rapporteur,",
             *OPERATIVE]
    found = rules_at(tmp_path, lib, lines)
    assert 6 not in _at(found, "preambular-end"), found


def test_the_clause_that_closes_the_quotation_is_still_judged_for_its_end_mark(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*TOP, "Recalling the convention of 1954, which says: “A stateless person shall have the following:",
             "access to the courts,", "freedom of religion.”;", "Noting the reports of the special rapporteur,",
             *OPERATIVE]
    found = rules_at(tmp_path, lib, lines)
    assert 6 not in _at(found, "preambular-end") and 8 in _at(found, "preambular-end"), found


def test_a_preambular_colon_with_no_quotation_open_stays_a_wrong_end_mark(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*TOP, "Recalling the convention of 1954, which grants the following rights:",
             "Noting the reports of the special rapporteur,", *OPERATIVE]
    found = rules_at(tmp_path, lib, lines)
    assert 6 in _at(found, "preambular-end"), found


def test_a_quotation_that_never_closes_leaves_the_colon_a_wrong_end_mark(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*TOP, "Recalling the convention of 1954, which says: “A stateless person shall have the following:",
             "Noting the reports of the special rapporteur,", "Bearing in mind the principle of non-refoulement,",
             *OPERATIVE]
    found = rules_at(tmp_path, lib, lines)
    assert 6 in _at(found, "preambular-end"), found


def test_an_operative_colon_that_opens_a_quoted_list_is_no_wrong_end_mark(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*TOP, "Noting the reports of the special rapporteur,",
             "1. Recommends that States adopt the following text: “Every child born on the territory shall have:",
             "a name at birth;", "a nationality.”;", "2. Decides to remain seized of the matter."]
    found = rules_at(tmp_path, lib, lines)
    assert 7 not in _at(found, "operative-end"), found
