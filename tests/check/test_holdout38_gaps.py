"""Faults of the blind set holdout38 (#20), drafts from resolution booklets and PDF compilations. Each held by
sentences of our own, with a passing draft beside it: initials made only of the letters of Roman numerals ("ICC",
"CDC", "LDCs", "IDC") are abbreviations to write out at first use, not numerals (abbreviation-unexplained); a
numeral written the standard way ("1514 (XV)", "Chapter VII", "Part III") is still no abbreviation; an operative
verb the phrase list lacks opens a preambular paragraph when a State is named right after it ("Cautions Norway
against …"; lead-form); a regional organisation MUN conferences simulate ("African Union", "League of Arab
States") named on a line of its own under the title is the heading's committee line (heading-missing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: World Health Assembly", "Topic: Vaccines for remote islands", "Sponsors: Fiji, Tonga",
        "Signatories: Samoa, Vanuatu", "The World Health Assembly,"]
PRE = "Recalling its resolution 74/12 on immunization,"
LAST = "2. Requests the Director-General to report on the matter."


# -- initials made of the letters of Roman numerals ------------------------------------------------------------------

@pytest.mark.parametrize("initials", ["ICC", "CDC", "LDCs", "IDC", "ICDC"])
def test_initials_of_numeral_letters_are_asked_for_their_full_form(lib: library.Library, tmp_path: Path,
                                                                    initials: str) -> None:
    clause = f"1. Invites the {initials} to help ship cooled vaccines to the outer islands;"
    assert rules(make(tmp_path, [*HEAD, PRE, clause, LAST]), lib).get("abbreviation-unexplained") == [7]


def test_initials_of_numeral_letters_written_out_first_are_fine(lib: library.Library, tmp_path: Path) -> None:
    clause = "1. Invites the Centers for Disease Control (CDC) and the least developed countries (LDCs) to share data;"
    later = "2. Requests the CDC to report to the LDCs on the matter."
    assert "abbreviation-unexplained" not in rules(make(tmp_path, [*HEAD, PRE, clause, later]), lib)


@pytest.mark.parametrize("preamble", [
    "Recalling its resolution 1514 (XV) on the granting of independence,",
    "Bearing in mind Chapter VII of the Charter of the United Nations,",
    "Noting Part III and section XIV of the International Health Regulations,",
    "Recalling the MCM plan adopted in 1900,",  # a numeral's letters in the standard order: read as a numeral
])
def test_a_standard_roman_numeral_is_no_abbreviation(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    clause = "1. Invites Member States to ship cooled vaccines to the outer islands;"
    assert "abbreviation-unexplained" not in rules(make(tmp_path, [*HEAD, preamble, clause, LAST]), lib)


# -- an unlisted operative verb before a State's name, in the preamble -----------------------------------------------

@pytest.mark.parametrize("preamble", [
    "Cautions Samoa against storing vaccines without refrigeration,",
    "Reproaches New Zealand for the late delivery of its pledged doses,",
])
def test_an_unlisted_verb_naming_a_state_opens_no_preamble(lib: library.Library, tmp_path: Path,
                                                           preamble: str) -> None:
    clause = "1. Invites Member States to ship cooled vaccines to the outer islands;"
    assert rules(make(tmp_path, [*HEAD, PRE, preamble, clause, LAST]), lib).get("lead-form") == [7]


@pytest.mark.parametrize("preamble", [
    "Commending Samoa for its cold-chain programme,",
    "Cautioning Samoa against storing vaccines without refrigeration,",
    "Aware that Tonga and Fiji share one supply ship,",
])
def test_a_participle_or_adjective_naming_a_state_is_fine(lib: library.Library, tmp_path: Path,
                                                          preamble: str) -> None:
    clause = "1. Invites Member States to ship cooled vaccines to the outer islands;"
    assert "lead-form" not in rules(make(tmp_path, [*HEAD, PRE, preamble, clause, LAST]), lib)


# -- a regional organisation named on a line of its own in the heading -----------------------------------------------

@pytest.mark.parametrize("body", ["African Union", "European Union", "The League of Arab States", "Arab League",
                                  "Organization of American States", "Association of Southeast Asian Nations"])
def test_a_regional_organisation_on_its_own_line_is_the_committee(lib: library.Library, tmp_path: Path,
                                                                  body: str) -> None:
    head = ["Draft Resolution 1.2", body, "Topic: Vaccines for remote islands", "Sponsors: Fiji, Tonga",
            "Signatories: Samoa, Vanuatu", "The General Assembly,"]
    clause = "1. Invites Member States to ship cooled vaccines to the outer islands;"
    assert "heading-missing" not in rules(make(tmp_path, [*head, PRE, clause, LAST]), lib)


@pytest.mark.parametrize("line", ["Union", "Customs Union of Southern Africa and its partners"])
def test_a_line_that_names_no_such_organisation_gives_no_committee(lib: library.Library, tmp_path: Path,
                                                                   line: str) -> None:
    head = ["Draft Resolution 1.2", line, "Topic: Vaccines for remote islands", "Sponsors: Fiji, Tonga",
            "Signatories: Samoa, Vanuatu", "The General Assembly,"]
    clause = "1. Invites Member States to ship cooled vaccines to the outer islands;"
    assert rules(make(tmp_path, [*head, PRE, clause, LAST]), lib).get("heading-missing") == [1]
