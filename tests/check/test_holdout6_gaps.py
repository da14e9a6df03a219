"""General causes behind the misses and false alarms of the sixth held-out student set (bench/students/holdout6),
each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import library
from drafter.labelkinds import read_typed

# -- decimal sub-clause labels ("1.1.", "2.3") -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "label", "value"), [
    ("2.1. For the territorial zones, by the coastal State;", "2.1.", 1),
    ("1.2. Affirms that the zones remain national;", "1.2.", 2),
    ("3.4.For the high seas, by the United Nations;", "3.4.", 4),
])
def test_a_decimal_label_is_read_as_an_outline_label(text: str, label: str, value: int) -> None:
    typed = read_typed(text)
    assert typed is not None and (typed.text, typed.kind, typed.value, typed.name) == (label, "outline", value,
                                                                                        "outline")


@pytest.mark.parametrize("text", ["1.5 million people fled the region in 2024,", "3.5% of the budget goes to aid;",
                                  "2.5 billion dollars were pledged;", "1.1 Draft resolution"])
def test_a_decimal_number_opening_a_sentence_is_no_label(text: str) -> None:
    assert read_typed(text) is None


def test_decimal_sub_clause_labels_are_a_style_fault_not_full_stops(tmp_path: Path, lib: library.Library) -> None:
    chapeau = [("1. ", ""), ("Requests", "u"), (" the Office to provide:", "")]
    subs = ["1.1. training for judges;", "1.2. training for prosecutors;"]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, chapeau, *subs, OP2], profile="una-usa")
    assert (8, "sub-label-style") in found and (9, "sub-label-style") in found
    assert not [r for r in found if r[1] == "stray-full-stop"]


# -- lettered sub-clauses under a preambular paragraph (MUN-F04) --------------------------------------------------

def test_lettered_items_under_a_preambular_paragraph_are_one_warning_each(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    pre = [("Alarmed", "i"), (" that attacks on hospitals rose in 2025, in particular:", "")]
    items = ["a) attacks on maternity wards,", "b) attacks on ambulances,", "c) attacks on field clinics,"]
    report = [f for f in findings(make(tmp_path, [*EN_HEAD, ORGAN, pre, *items, OP1, OP2]), lib)
              if f.paragraph in (7, 8, 9)]
    assert [(f.paragraph, f.rule, f.severity) for f in report] == [
        (7, "preambular-sub-clause", "warning"), (8, "preambular-sub-clause", "warning"),
        (9, "preambular-sub-clause", "warning")]


def test_no_item_list_is_read_where_none_opens(tmp_path: Path, lib: library.Library) -> None:
    """A letter that does not open a list ("b)" first), and a numbered preambular paragraph ("(a) Recalling …,"),
    are not items of the paragraph before them."""
    numbered = ["(a) Recalling its resolution 22/7 of 26 April 2013,", "(b) Noting the report of the Secretary-General,"]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, *numbered, OP1, OP2])
    assert not [r for r in found if r[1] == "preambular-sub-clause"]
    stray = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, "b) attacks on ambulances,", OP1, OP2])
    assert not [r for r in stray if r[1] == "preambular-sub-clause"]


def test_adopted_un_texts_may_list_items_under_a_preambular_paragraph(tmp_path: Path,
                                                                      lib: library.Library) -> None:
    pre = [("Recalling", "i"), (" the outcome documents of the two conferences, namely:", "")]
    items = ["(a) the Programme of Action adopted in 2001,", "(b) the Declaration adopted in 2012,"]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, pre, *items, OP1, OP2], profile="un")
    assert not [r for r in found if r[0] in (7, 8)]


# -- a first-person sentence or a bare verb opening a preambular paragraph ----------------------------------------

@pytest.mark.parametrize(("clause", "lead", "right"), [
    ("We need to recognize that the police force is understaffed,", "We need to recognize", "Recognizing"),
    ("We must note that hundreds of officers were dismissed in 2022,", "We must note", "Noting"),
    ("We strongly believe that every arrest must be reviewed,", "We strongly believe", "Believing"),
])
def test_a_first_person_sentence_cannot_open_a_preambular_clause(tmp_path: Path, lib: library.Library, clause: str,
                                                                 lead: str, right: str) -> None:
    report = [f for f in findings(make(tmp_path, [*EN_HEAD, ORGAN, PRE, clause, OP1, OP2]), lib)
              if f.paragraph == 7 and f.rule == "lead-form"]
    assert len(report) == 1 and report[0].severity == "error"
    assert repr(lead) in report[0].message and repr(right) in report[0].message


@pytest.mark.parametrize(("clause", "right"), [
    ("Understand that power struggles in the region grow more frequent,", "Understanding"),
    ("Welcome the work of the regional commissions on water,", "Welcoming"),
])
def test_a_bare_verb_cannot_open_a_preambular_clause(tmp_path: Path, lib: library.Library, clause: str,
                                                     right: str) -> None:
    report = [f for f in findings(make(tmp_path, [*EN_HEAD, ORGAN, PRE, clause, OP1, OP2]), lib)
              if f.paragraph == 7 and f.rule == "lead-form"]
    assert len(report) == 1 and repr(right) in report[0].message


@pytest.mark.parametrize("clause", [
    "Further to the report of the Secretary-General on cybercrime,",
    "Aware that the next review conference will meet in 2027,",
    "Mindful that cybercrime crosses every border,",
])
def test_adjectives_and_frames_stay_preambular_leads(tmp_path: Path, lib: library.Library, clause: str) -> None:
    assert (7, "lead-form") not in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP1, OP2])


# -- a heading field that still holds the template's placeholder -----------------------------------------------

@pytest.mark.parametrize("line", ["Sponsors: Country Name", "Author: [Your delegation]", "Sponsors: Insert Here",
                                  "Sponsors: List here, in Alphabetical Order"])
def test_a_placeholder_in_the_sponsor_field_leaves_it_unfilled(tmp_path: Path, lib: library.Library,
                                                               line: str) -> None:
    head = [EN_HEAD[0], EN_HEAD[1], line, EN_HEAD[3]]
    report = [f for f in findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib) if f.rule == "heading-missing"]
    assert len(report) == 1 and report[0].paragraph == 3 and "placeholder" in report[0].message
    assert not [f for f in findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib)
                if f.rule in ("state-name", "state-common-name")]


@pytest.mark.parametrize("line", ["Sponsors: Congo, Chile", "Sponsors: Member States of the African Union",
                                  "Sponsors: Niger"])
def test_names_are_no_placeholders(tmp_path: Path, lib: library.Library, line: str) -> None:
    head = [EN_HEAD[0], EN_HEAD[1], line, EN_HEAD[3]]
    assert not [r for r in rules_at(tmp_path, lib, [*head, ORGAN, PRE, OP1, OP2]) if r[1] == "heading-missing"]



# -- a State's initials in a sponsor or signatory list (MUN-F07) ---------------------------------------------------

@pytest.mark.parametrize(("names", "initials"), [("China, USA", "USA"), ("U.K., France", "U.K."),
                                                 ("KSA, Chile", "KSA"), ("DPRK, Cuba", "DPRK")])
def test_a_states_initials_are_a_warning(tmp_path: Path, lib: library.Library, names: str, initials: str) -> None:
    head = [EN_HEAD[0], EN_HEAD[1], f"Sponsors: {names}", EN_HEAD[3]]
    report = [f for f in findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib) if f.paragraph == 3]
    assert [(f.rule, f.severity) for f in report] == [("state-abbreviation", "warning")]
    assert repr(initials) in report[0].message


@pytest.mark.parametrize("names", ["China, Russia", "IRAN, SYRIA, CUBA", "Italian Republic, Federal Republic of Germany",
                                   "United States of America, Chad"])
def test_names_in_any_case_and_formal_names_are_no_abbreviations(tmp_path: Path, lib: library.Library,
                                                                  names: str) -> None:
    head = [EN_HEAD[0], EN_HEAD[1], f"Sponsors: {names}", EN_HEAD[3]]
    report = findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib)
    assert not [f for f in report if f.rule == "state-abbreviation"]
    assert not [f for f in report if f.paragraph == 3 and f.severity in ("error", "warning")]


# -- a stray line between a clause and its sub-clauses -----------------------------------------------------------

def test_a_line_between_a_clause_and_its_sub_clauses_is_a_stray_heading(tmp_path: Path, lib: library.Library) -> None:
    chapeau = [("1. ", ""), ("Requests", "u"), (" the Office to provide:", "")]
    body = [*EN_HEAD, ORGAN, PRE, chapeau, "For that matter", "(a) training for judges;",
            "(b) training for prosecutors;", OP2]
    assert (8, "section-heading") in rules_at(tmp_path, lib, body, profile="una-usa")
    assert (8, "section-heading") not in rules_at(tmp_path, lib, body, profile="un")  # SC mandate lists head parts


def test_a_heading_before_the_next_clause_is_left_to_the_heading_rules(tmp_path: Path, lib: library.Library) -> None:
    body = [*EN_HEAD, ORGAN, PRE, OP1, "Funding", OP2]
    assert (8, "section-heading") not in rules_at(tmp_path, lib, body, profile="una-usa")
