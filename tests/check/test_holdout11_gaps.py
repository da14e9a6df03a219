"""General causes behind the misses of the eleventh held-out student set (bench/students/holdout11), each tested
with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, rules_at

from drafter import library

NOTING = [("Noting", "i"), (" the growth of online fraud,", "")]


# -- a comma between the lead and its object (UN-B03) -------------------------------------------------------------

def test_a_comma_before_a_quoted_title_or_the_leads_own_of(tmp_path: Path, lib: library.Library) -> None:
    quoted = [("Considering", "i"), (", “Fraud in the Digital Age”, the study of the Office,", "")]
    aware = [("Fully aware", "i"), (", of the harm done to small firms,", "")]
    believing = [("Believing", "i"), (", in the value of shared training,", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, quoted, aware, believing, OP1, OP2])
    assert [p for p, r in found if r == "lead-comma"] == [6, 7, 8]


def test_a_comma_opening_an_aside_after_the_lead_stays(tmp_path: Path, lib: library.Library) -> None:
    aside = [("Recalling", "i"), (", in particular, its resolution 22/7,", "")]
    believing = [("Believing", "i"), (", in this regard, that training helps,", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, aside, believing, OP1, OP2])
    assert not [r for r in found if r[1] == "lead-comma"]


# -- "Re-affirming": the prefix hyphenated is still the lead ------------------------------------------------------

def test_a_hyphenated_re_lead_is_read_and_its_end_judged(tmp_path: Path, lib: library.Library) -> None:
    hyphenated = [("Re-affirming", "i"), (" the right of every State to security", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, hyphenated, NOTING, OP1, OP2])
    assert (7, "preambular-end") in found
    assert not [r for r in found if r[1] == "lead-form"]


# -- the organ line with a word before the organ's name (UN-B02, MUN-F01) ------------------------------------------

def test_any_word_before_the_organs_name_is_named(tmp_path: Path, lib: library.Library) -> None:
    organ = [("The Global Commission on Crime Prevention and Criminal Justice", "i"), (",", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, organ, PRE, OP1, OP2])
    assert (5, "organ-line") in found


def test_the_organ_line_alone_is_clean(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, OP1, OP2])
    assert not [r for r in found if r[1] == "organ-line"]


# -- a part's title in capitals; a lone word standing as a clause ---------------------------------------------------

def test_a_title_in_capitals_before_the_operative_part(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, NOTING, "CAPACITY BUILDING FOR INVESTIGATORS", OP1, OP2])
    assert (8, "section-heading") in found


def test_a_capitalised_abbreviation_in_a_clause_is_no_title(tmp_path: Path, lib: library.Library) -> None:
    clause = [("Noting", "i"), (" the work of UNODC and INTERPOL,", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP1, OP2])
    assert not [r for r in found if r[1] == "section-heading"]


def test_a_lone_word_between_preamble_and_operative_part(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, NOTING, "Therefore,", OP1, OP2])
    assert (8, "empty-clause") in found
