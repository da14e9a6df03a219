"""Round 10's leftovers, each a general cause tested with sentences of our own: items numbered "1." "2." under an
operative paragraph that announces them without its colon, preambular leads in other verb forms, a misspelt lead that
is a real word, a clause that kept only the full stop of its number, a heading in mixed labels without its
other-submitters line, and delegation names glued together."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, ORGAN, PRE, findings, make, rules_at

from drafter import library

TOP = ["Committee: World Health Assembly", "Topic: Rural clinics", "Sponsors: Chile, Kenya", "Signatories: Norway"]
BODY_HEAD = [*TOP, "The World Health Assembly,", "Recalling its resolution 71/3 on rural health care,"]
CLAUSE_ONE = "1. Requests the Director-General to report on rural clinics;"


def _rules(found: list[tuple[int, str]], *names: str) -> list[tuple[int, str]]:
    return [f for f in found if f[1] in names]


# -- 1. items numbered like clauses under a paragraph that announces them --------------------------------------------

@pytest.mark.parametrize("announcing", ["2. Establishes a fund for rural midwives charged with;",
                                        "2. Establishes a fund for rural midwives to pay for the following;",
                                        "2. Establishes a fund for rural midwives charged with:"])
def test_items_numbered_from_one_under_an_announcing_clause_are_its_sub_clauses(
        announcing: str, tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, CLAUSE_ONE, announcing, "1. training midwives in the hill districts;",
             "2. buying delivery kits for the clinics;", "3. Urges Member States to give to the fund."]
    found = rules_at(tmp_path, lib, lines)
    assert not _rules(found, "numbering-sequence", "operative-end"), found
    assert {9, 10} == {p for p, rule in found if rule == "sub-label-style"}, found
    if announcing.endswith(";"):
        assert (8, "chapeau-colon") in found, found
    else:
        assert not _rules(found, "chapeau-colon"), found


def test_a_restart_at_one_after_a_clause_that_announces_nothing_stays_a_numbering_fault(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, CLAUSE_ONE, "2. Invites donors to give to the fund;",
             "1. training midwives in the hill districts;", "2. Urges Member States to give to the fund."]
    found = rules_at(tmp_path, lib, lines)
    assert _rules(found, "numbering-sequence"), found
    assert not _rules(found, "sub-label-style"), found


def test_an_item_with_an_operative_lead_after_an_announcing_clause_is_the_next_clause(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, CLAUSE_ONE, "2. Establishes a fund for rural midwives charged with;",
             "1. training midwives in the hill districts;", "2. buying delivery kits for the clinics;",
             "3. Decides to remain seized of the matter."]
    found = rules_at(tmp_path, lib, lines)
    assert not _rules(found, "numbering-sequence"), found
    assert (11, "final-stop") not in found and (11, "sub-label-style") not in found, found


def test_a_lead_alone_that_announces_numbered_definitions_is_the_first_clause(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, "Defines", "1. Midwife - a person trained to assist at births;",
             "2. Rural clinic - a clinic more than fifty kilometres from a hospital;",
             "1. Requests the Director-General to report on rural clinics;",
             "2. Urges Member States to train midwives."]
    found = rules_at(tmp_path, lib, lines)
    assert (7, "operative-unnumbered") in found and (7, "chapeau-colon") in found, found
    assert {8, 9} == {p for p, rule in found if rule == "sub-label-style"}, found
    assert not _rules(found, "numbering-sequence"), found


# -- 2. preambular leads in other verb forms -------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "lead", "right"), [
    ("Noted that rural clinics lack trained midwives,", "Noted", "Noting"),
    ("Recognized the work of village health committees,", "Recognized", "Recognizing"),
    ("Fully believes that training midwives saves lives,", "Fully believes", "Fully believing"),
    ("Strongly realize that the hill districts lack roads,", "Strongly realize", "Strongly realizing"),
])
def test_a_preambular_lead_in_another_verb_form_is_one_lead_form_finding(
        line: str, lead: str, right: str, tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, line, CLAUSE_ONE, "2. Urges Member States to train midwives."]
    found = [f for f in findings(make(tmp_path, lines), lib) if f.paragraph == 7 and f.severity != "info"]
    assert [f.rule for f in found] == ["lead-form"], [(f.rule, f.message) for f in found]
    assert repr(lead) in found[0].message and repr(right) in found[0].message, found[0].message
    assert f"“{right}”" in found[0].said["zh"], found[0].said["zh"]


def test_a_listed_past_participle_lead_is_not_a_past_tense(tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, "Concerned that rural clinics lack trained midwives,",
             "Alarmed by the deaths of mothers in the hill districts,", CLAUSE_ONE, "2. Urges Member States to act."]
    assert not _rules(rules_at(tmp_path, lib, lines), "lead-form"), lines


@pytest.mark.parametrize("line", ["Upset that midwives in the hill districts earn less than clerks,",
                                  "Hurt by the closure of four rural clinics last winter,",
                                  "Deeply upset by the deaths of mothers on the way to hospital,"])
def test_a_verb_spelled_as_its_own_participle_is_no_bare_verb(line: str, tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, line, CLAUSE_ONE, "2. Urges Member States to act."]
    assert not _rules(rules_at(tmp_path, lib, lines), "lead-form"), lines


def test_a_capital_after_an_adverb_opening_an_unlisted_lead(tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, "Fully Supportive of the village health committees,", CLAUSE_ONE, "2. Urges States to act."]
    found = [f for f in findings(make(tmp_path, lines), lib) if f.paragraph == 7 and f.severity != "info"]
    assert sorted(f.rule for f in found) == ["capital-after-lead", "lead-unknown"], [(f.rule, f.message) for f in found]
    assert "'Fully supportive'" in next(f.message for f in found if f.rule == "capital-after-lead")


# -- 3. a misspelt lead that is a real word ------------------------------------------------------------------------

def test_a_real_word_one_letter_off_a_leads_first_word_is_a_misspelt_lead(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, "Nothing with regret that few clinics have a midwife,", CLAUSE_ONE,
             "2. Urges Member States to train midwives."]
    found = [f for f in findings(make(tmp_path, lines), lib) if f.paragraph == 7 and f.rule == "lead-misspelled"]
    assert len(found) == 1 and "'Noting with regret'" in found[0].message, found


@pytest.mark.parametrize("line", ["Defining rural clinics as those far from a hospital,",
                                  "Nothing in this resolution limits the rights of States,"])
def test_real_words_that_form_no_lead_phrase_are_not_read_as_a_slip(
        line: str, tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, line, CLAUSE_ONE, "2. Urges Member States to train midwives."]
    assert not _rules(rules_at(tmp_path, lib, lines), "lead-misspelled")


# -- 4. a clause that kept only the full stop of its number ---------------------------------------------------------

def test_a_clause_with_only_the_stop_of_its_number_is_an_unnumbered_clause(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, CLAUSE_ONE, "2. Urges Member States to train midwives;",
             ". Encourages donors to pay for delivery kits;", "4. Decides to remain seized of the matter."]
    found = rules_at(tmp_path, lib, lines)
    assert (9, "operative-unnumbered") in found, found
    assert not _rules(found, "numbering-sequence", "stray-full-stop", "lead-form", "operative-no-verb"), found


def test_numbers_after_a_clause_left_unnumbered_still_count_without_it(
        tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, CLAUSE_ONE, ". Encourages donors to pay for delivery kits;",
             "2. Urges Member States to train midwives."]
    found = rules_at(tmp_path, lib, lines)
    assert (8, "operative-unnumbered") in found and not _rules(found, "numbering-sequence"), found


# -- 5. a heading in mixed labels without its other-submitters line --------------------------------------------------

@pytest.mark.parametrize("head", [["Committee: World Health Assembly", "Question of: Rural clinics",
                                   "Submitted by: Kenya"],
                                  ["World Health Assembly", "Topic: Rural clinics", "Submitted by: Kenya"],
                                  ["Committee: World Health Assembly", "Concerning: Rural clinics",
                                   "Submitted by: Kenya"]])
def test_a_mixed_heading_without_other_submitters_misses_that_line(
        head: list[str], tmp_path: Path, lib: library.Library) -> None:
    lines = [*head, ORGAN, PRE, "1. Requests the Office to report on its work;", "2. Urges States to act."]
    assert _rules(rules_at(tmp_path, lib, lines), "heading-missing") == [(1, "heading-missing")]
    assert not _rules(rules_at(tmp_path, lib, [*head, "Signatories: Norway, Chile", ORGAN, PRE,
                                               "1. Requests the Office to report on its work;",
                                               "2. Urges States to act."]), "heading-missing")


def test_a_memo_heading_is_not_a_style_with_other_submitters(tmp_path: Path, lib: library.Library) -> None:
    head = ["Re.: Rural clinics", "Submitted to: World Health Assembly", "Submitted by: Kenya"]
    lines = [*head, ORGAN, PRE, "1. Requests the Office to report on its work;", "2. Urges States to act."]
    assert not [f for f in rules_at(tmp_path, lib, lines) if f[1] == "heading-missing" and f[0] == 1]


# -- 6. delegation names glued together -------------------------------------------------------------------------------

def test_glued_delegation_names_are_a_separator_finding(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: World Health Assembly", "Topic: Rural clinics",
            "Sponsors: Chile, The Republic of KenyaThe Kingdom of Norway, Peru", "Signatories: Brazil"]
    found = [f for f in findings(make(tmp_path, [*head, ORGAN, PRE, CLAUSE_ONE, "2. Urges States to act."]), lib)
             if f.paragraph == 3]
    separators = [f for f in found if f.rule == "sponsor-separator"]
    assert len(separators) == 1 and "'The Republic of Kenya'" in separators[0].message, found
    assert not [f for f in found if f.rule == "state-name"], found


def test_a_capital_inside_one_name_is_not_a_glue(tmp_path: Path, lib: library.Library) -> None:
    head = [*EN_HEAD[:2], "Sponsors: Chile, McKenzia, Peru", EN_HEAD[3]]
    found = findings(make(tmp_path, [*head, ORGAN, PRE, CLAUSE_ONE, "2. Urges States to act."]), lib)
    assert not [f for f in found if f.rule == "sponsor-separator"], found


def test_another_form_of_a_leads_first_word_is_no_slip(tmp_path: Path, lib: library.Library) -> None:
    lines = [*BODY_HEAD, CLAUSE_ONE, "2. Take note that few clinics have a midwife;", "3. Urges States to act."]
    found = rules_at(tmp_path, lib, lines)
    assert (8, "lead-form") in found and not _rules(found, "lead-misspelled"), found


@pytest.mark.parametrize("head", [["Committee: World Health Assembly", "Topic: Rural clinics", "Heads: Chile, Kenya",
                                   "Signatories: Norway, Peru"],
                                  ["Draft resolution submitted for review by the delegations to the Lakeside Model "
                                   "United Nations", "Committee: World Health Assembly", "Topic: Rural clinics"]])
def test_sponsors_named_under_a_heads_label_or_in_the_title_prose_are_there(
        head: list[str], tmp_path: Path, lib: library.Library) -> None:
    lines = [*head, ORGAN, PRE, "1. Requests the Office to report on its work;", "2. Urges States to act."]
    found = [f for f in findings(make(tmp_path, lines), lib) if f.rule == "heading-missing"]
    assert not [f for f in found if "Sponsors" in f.message], [f.message for f in found]
