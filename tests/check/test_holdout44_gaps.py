"""General causes behind the misses and false alarms of the forty-fourth held-out student set
(bench/students/holdout44: drafts of specialised and historical bodies), each tested with paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, UN_HEAD, findings, make, rules_at

from drafter import library

# -- a participle opening operative paragraph 1 after an unnumbered preamble -------------------------------------

def test_a_participle_numbered_1_is_a_wrong_operative_lead(tmp_path: Path, lib: library.Library) -> None:
    body = ["Noting the blockade of the western sectors of the city,",
            "Concerned by the shortage of food among the civilian population,",
            "1. Urging all parties to lift the blockade without delay,",
            "2. Requests the Secretary-General to report on the situation."]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, *body])
    assert (8, "lead-form") in found and (8, "operative-end") in found, found
    assert not [f for f in found if f[1] in ("preambular-numbered", "numbering-sequence")], found


# -- an operative verb inside a preamble that ends its paragraphs with ";" ---------------------------------------

def test_a_stray_operative_verb_in_a_semicolon_preamble(tmp_path: Path, lib: library.Library) -> None:
    body = ["Recalling the Constitution of the World Health Organization;",
            "Noting the shortage of vaccines in developing countries;",
            "Urges manufacturers to share their production data;",
            "Believing that cooperation between States saves lives;",
            "Welcoming the work of the Global Alliance for Vaccines;",
            "Requests the Director-General to report to the Assembly;",
            "Encourages Member States to fund vaccination campaigns."]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, *body])
    assert (8, "lead-form") in found and (8, "preambular-end") in found, found
    assert (9, "preambular-end") in found and (10, "preambular-end") in found, found
    assert (9, "lead-form") not in found and (10, "lead-form") not in found, found


# -- dates with a comma after the ordinal, or month first without a comma -----------------------------------------

@pytest.mark.parametrize(("line", "fixed"), [("Date: 4th, May 2026", "4 May 2026"),
                                             ("Date: 21st, March 2026", "21 March 2026")])
def test_an_ordinal_date_with_a_comma_in_a_conference_heading(tmp_path: Path, lib: library.Library,
                                                              line: str, fixed: str) -> None:
    report = [f for f in findings(make(tmp_path, [line, *EN_HEAD, ORGAN, PRE, OP1, OP2]), lib) if f.paragraph == 1]
    assert [(f.rule, f.severity) for f in report] == [("date-format", "warning")]
    assert repr(fixed) in report[0].message


def test_a_month_first_date_without_comma_in_a_un_heading(tmp_path: Path, lib: library.Library) -> None:
    """UN-H03 in a UN heading; a conference heading keeps its month-first style (only an ordinal is its slip)."""
    head = [*UN_HEAD[:2], "May 20 2027", *UN_HEAD[3:]]
    report = [f for f in findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib) if f.rule == "date-format"]
    assert len(report) == 1 and report[0].paragraph == 3 and "'20 May 2027'" in report[0].message
    assert not [f for f in findings(make(tmp_path, ["Date: May 4 2026", *EN_HEAD, ORGAN, PRE, OP1, OP2]), lib)
                if f.rule == "date-format"]


# -- delegations of a historical committee bear the names and membership of their time ---------------------------

HISTORICAL = ["Committee: Historical General Assembly", "Topic: The admission of new Members",
              "Sponsors: Republic of China, Union of Soviet Socialist Republics",
              "Signatories: Philippine Commonwealth, France, Norwey"]
TODAY = ["Committee: General Assembly First Committee", "Topic: The admission of new Members",
         "Sponsors: Republic of China, France", "Signatories: Philippine Commonwealth, Chile"]


def test_a_historical_committee_names_the_members_of_its_time(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*HISTORICAL, ORGAN, PRE, OP1, OP2])
    # a misspelling is a slip in any year: only "Norwey" is named
    assert [f for f in found if f[1] in ("not-member", "state-name")] == [(4, "state-name")], found
    today = rules_at(tmp_path, lib, [*TODAY, ORGAN, PRE, OP1, OP2])  # a committee of today: non-members, misnomers
    assert (3, "not-member") in today and (4, "state-name") in today, today


# -- a Roman numeral with a plural "s" is an abbreviation -----------------------------------------------------------

def test_initials_that_spell_a_roman_numeral_with_a_plural_s(tmp_path: Path, lib: library.Library) -> None:
    clause = "Recognizing the cooperation between MDCs and their partners,"
    report = [f for f in findings(make(tmp_path, [*EN_HEAD, ORGAN, clause, OP1, OP2]), lib)
              if f.rule == "abbreviation-unexplained"]
    assert [f.paragraph for f in report] == [6] and "'MDCs'" in report[0].message
