"""General causes behind the misses and false alarms of the seventh held-out student set (bench/students/holdout7),
each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import library
from drafter.structure.heading import is_committee

# -- a United Nations fund, programme or office named as the committee ----------------------------------------------

@pytest.mark.parametrize("line", ["THE UNITED NATIONS CHILDREN'S FUND (UNICEF)", "United Nations Children’s Fund",
                                  "United Nations Development Programme (UNDP)", "UN Population Fund",
                                  "The United Nations High Commissioner for Refugees (UNHCR)"])
def test_a_united_nations_fund_or_programme_is_a_committee_line(line: str) -> None:
    assert is_committee(line)


@pytest.mark.parametrize("line", ["Green Climate Fund", "Protection of refugees (UNHCR)", "Children's Fund",
                                  "UN Office of Counter-Terrorism"])
def test_a_topic_naming_a_fund_is_no_committee_line(line: str) -> None:
    """Without "United Nations" before it a fund is a subject, and a topic stays a topic whatever its brackets."""
    assert not is_committee(line)


def test_a_bare_fund_line_gives_the_committee(tmp_path: Path, lib: library.Library) -> None:
    head = ["DRAFT RESOLUTION", "THE UNITED NATIONS DEVELOPMENT PROGRAMME (UNDP)", "Topic: Access to clean energy",
            "Sponsors: China, France", "Signatories: Brazil"]
    organ = [("The United Nations Development Programme", "i"), (",", "")]
    found = rules_at(tmp_path, lib, [*head, organ, PRE, OP1, OP2])
    assert not [r for r in found if r[1] == "heading-missing"]


# -- a line naming a part, between the heading and the preamble; a template's part line without operative part ----

@pytest.mark.parametrize("line", ["Preambulatory Clauses:", "Preambular clauses", "PREAMBULAR PARAGRAPHS:"])
def test_a_part_name_before_the_organ_line_is_a_section_heading(tmp_path: Path, lib: library.Library,
                                                               line: str) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, line, ORGAN, PRE, OP1, OP2])
    assert (5, "section-heading") in found


def test_a_heading_field_is_no_section_heading(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, "Date: 3 April 2026", ORGAN, PRE, OP1, OP2])
    assert not [r for r in found if r[1] == "section-heading"]


def test_a_template_part_line_is_a_heading_in_a_draft_without_numbers(tmp_path: Path, lib: library.Library) -> None:
    """A draft cut before its numbered clauses is read by its phrases; the template's line naming the preamble
    stays a heading there too, not a preambular paragraph ending with a colon."""
    body = ["Establishing in the PREAMBLE the principles that apply in the resolution:",
            "Noting the rise of child labour in mining regions,", "Alarmed by the closure of rural schools,"]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, *body])
    assert (6, "section-heading") in found
    assert (6, "preambular-end") not in found


# -- a first-person sentence in place of an operative verb ------------------------------------------------------------

@pytest.mark.parametrize(("opening", "right"), [
    ("We urge Member States to share data on cybercrime;", "Urges"),
    ("We Call upon all States to ratify the Convention;", "Calls upon"),
    ("We strongly encourage the Office to train judges;", "Encourages"),
])
def test_a_first_person_operative_sentence_names_the_operative_verb(tmp_path: Path, lib: library.Library,
                                                                    opening: str, right: str) -> None:
    report = findings(make(tmp_path, [*EN_HEAD, ORGAN, PRE, f"1. {opening}", OP2]), lib)
    on_clause = [f for f in report if f.paragraph == 7 and f.severity == "error"]
    assert [f.rule for f in on_clause] == ["lead-form"]
    assert repr(right) in on_clause[0].message


def test_a_first_person_sentence_without_an_operative_verb_has_no_verb(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, "1. We think the Office is slow;", OP2])
    assert (7, "operative-no-verb") in found


# -- a State's name with a word in lower case --------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "right"), [("Russian federation", "Russian Federation"),
                                                ("The grand duchy of Luxembourg", "Grand Duchy of Luxembourg"),
                                                ("People’s republic of Bangladesh", "People's Republic of Bangladesh")])
def test_a_lower_case_word_in_a_state_name_is_a_warning(tmp_path: Path, lib: library.Library, written: str,
                                                        right: str) -> None:
    head = [*EN_HEAD[:2], f"Sponsors: China, {written}", "Signatories: Brazil"]
    report = [f for f in findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib) if f.paragraph == 3]
    assert [(f.rule, f.severity) for f in report if f.severity != "suggestion"] == [("state-name", "warning")]
    assert repr(right) in report[0].message or f"“{right}”" in report[0].message


@pytest.mark.parametrize("written", ["RUSSIAN FEDERATION", "Kingdom Of Bhutan", "Grand Duchy of Luxembourg"])
def test_capitals_and_the_right_case_are_no_slip(tmp_path: Path, lib: library.Library, written: str) -> None:
    head = [*EN_HEAD[:2], f"Sponsors: China, {written}", "Signatories: Brazil"]
    found = rules_at(tmp_path, lib, [*head, ORGAN, PRE, OP1, OP2])
    assert not [r for r in found if r[1] == "state-name"]


# -- a noun in place of the participle that opens preambles ----------------------------------------------------------

@pytest.mark.parametrize(("opening", "right"), [("Emphasis on the closure of rural schools,", "Emphasizing"),
                                                ("Recognition of the work of the Office,", "Recognizing"),
                                                ("Concern about the rise of cybercrime,", "Concerned")])
def test_a_noun_opening_a_preambular_paragraph_names_the_participle(tmp_path: Path, lib: library.Library,
                                                                    opening: str, right: str) -> None:
    report = [f for f in findings(make(tmp_path, [*EN_HEAD, ORGAN, PRE, opening, OP1, OP2]), lib)
              if f.paragraph == 7 and f.severity == "error"]
    assert [f.rule for f in report] == ["lead-form"] and repr(right) in report[0].message


@pytest.mark.parametrize("opening", ["Further to the report of the Secretary-General,",
                                     "Pursuant to its resolution 22/7 of 26 April 2013,",
                                     "According to the report of the Office,", "Article 5 of the Charter states that,"])
def test_no_noun_is_read_into_other_openings(tmp_path: Path, lib: library.Library, opening: str) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, opening, OP1, OP2])
    assert (7, "lead-form") not in found
