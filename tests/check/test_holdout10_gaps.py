"""General causes behind the misses and false alarms of the tenth held-out student set (bench/students/holdout10),
each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import library

# -- an unnumbered operative chapeau over the numbered clauses (UN-B07) ------------------------------------------

CHAPEAU = [("Recommends", "u"), (" the following measures for consideration by Governments and regional bodies:", "")]
FIRST = [("1. ", ""), ("ENCOURAGES", "u"), (" Member States to set up national cybercrime units;", "")]
SECOND = [("2. ", ""), ("URGES", "u"), (" Member States to train judges in electronic evidence.", "")]


def test_a_chapeau_over_the_numbered_clauses_is_one_unnumbered_clause(tmp_path: Path, lib: library.Library) -> None:
    """Not a text the resolution adopts (whose paragraphs would go unchecked): the clauses are checked, the
    chapeau is the one operative paragraph without a number, and the count goes on from "1." without it."""
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, CHAPEAU, FIRST, SECOND])
    assert (7, "operative-unnumbered") in found
    assert not [r for r in found if r[1] in ("numbering-sequence", "operative-end", "lead-form")]


def test_the_numbered_clauses_under_a_chapeau_are_checked(tmp_path: Path, lib: library.Library) -> None:
    wrong_end = [("2. ", ""), ("URGES", "u"), (" Member States to train judges in electronic evidence;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, CHAPEAU, FIRST, wrong_end])
    assert (9, "final-stop") in found


def test_a_text_adopted_by_the_following_stays_an_annex(tmp_path: Path, lib: library.Library) -> None:
    """"Adopts the following principles:" over numbered principles that are no operative clauses: unchanged."""
    adopts = [("Adopts", "u"), (" the following principles on electronic evidence:", "")]
    principles = ["1. Evidence gathered abroad is admissible when the requested State consented;",
                  "2. Data are kept no longer than the proceedings require."]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, adopts, *principles])
    assert not [r for r in found if r[1] in ("operative-unnumbered", "operative-no-verb", "lead-form")]


def test_a_preamble_opening_with_a_past_participle_and_its_agent(tmp_path: Path, lib: library.Library) -> None:
    """"Inspired by …," opens the preamble (no organ line before it), it is no heading line."""
    inspired = "Inspired by the Charter of the United Nations and the Sustainable Development Goals,"
    found = rules_at(tmp_path, lib, [*EN_HEAD, inspired, PRE, OP1, OP2])
    assert (5, "organ-line") in found and not [r for r in found if r[1] == "heading-missing"]


# -- Security-Council-only words (MUN-F09) by the part they belong to ------------------------------------------

def test_an_operative_verb_in_the_preamble_is_a_wrong_form_not_council_language(tmp_path: Path,
                                                                                lib: library.Library) -> None:
    head = ["FORUM: General Assembly Third Committee", "QUESTION OF: Shelter for displaced persons",
            "SUBMITTED BY: Chile", "CO-SUBMITTERS: Ghana, Norway"]
    condemns = [("Condemns", "i"), (" the overcrowding of shelters along the border,", "")]
    condemns_op = [("2. ", ""), ("Condemns", "u"), (" the closing of shelters.", "")]
    found = rules_at(tmp_path, lib, [*head, ORGAN, condemns, OP1, condemns_op], profile="thimun")
    assert (6, "lead-form") in found and (6, "sc-only-phrase") not in found
    assert (8, "sc-only-phrase") in found  # in the operative part it is the Council's verb


# -- a semicolon-separated series inside a preambular paragraph ------------------------------------------------

def test_semicolons_between_the_items_of_one_series_are_no_stray(tmp_path: Path, lib: library.Library) -> None:
    series = [("Recalling", "i"), (" its resolution 74/247, which covers prevention, investigation and prosecution; "
                                   "shared databases, training and extradition; and assistance to small States,", "")]
    stray = [("Alarmed", "i"), (" that many States have already; have built stockpiles,", "")]
    assert not [r for r in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, series, OP1, OP2]) if r[1] == "stray-semicolon"]
    assert (6, "stray-semicolon") in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, stray, OP1, OP2])


# -- a sponsor field that names the whole room ------------------------------------------------------------------

def test_a_co_sponsor_field_naming_everyone_names_no_delegation(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
            "Co-sponsors: Everyone"]
    found = findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib)
    missing = [f for f in found if f.rule == "heading-missing"]
    assert [f.paragraph for f in missing] == [3]  # one finding, on the field, not a second "lacks the Sponsors line"
    assert "names no delegation" in missing[0].message


def test_all_member_states_as_signatories_in_chinese(tmp_path: Path, lib: library.Library) -> None:
    head = ["决议草案", "委员会：预防犯罪和刑事司法委员会", "议题：网络犯罪全球治理", "起草国：中国", "附议国：全体成员国"]
    organ = [("预防犯罪和刑事司法委员会", "b"), ("，", "")]
    pre = [("回顾", "b"), ("其2013年4月26日第22/7号决议，", "")]
    op1 = [("1. ", ""), ("请", "b"), ("联合国毒品和犯罪问题办公室继续开展工作；", "")]
    op2 = [("2. ", ""), ("敦促", "b"), ("各会员国加强合作。", "")]
    found = findings(make(tmp_path, [*head, organ, pre, op1, op2]), lib)
    missing = [f for f in found if f.rule == "heading-missing"]
    assert [f.paragraph for f in missing] == [5] and "没有列出任何国家" in missing[0].message


# -- State names -----------------------------------------------------------------------------------------------

def test_a_name_without_its_inner_the_is_that_state(tmp_path: Path, lib: library.Library) -> None:
    """"Democratic Republic of Congo" is the Democratic Republic of the Congo, never "did you mean 'Congo'?"."""
    head = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
            "Sponsors: Chile, Democratic Republic of Congo", "Signatories: Brazil"]
    found = [f for f in findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib) if f.rule == "state-name"]
    assert len(found) == 1 and "'Democratic Republic of the Congo'" in found[0].message


def test_a_misplaced_apostrophe_in_a_state_name(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
            "Sponsors: Chile, Lao Peoples' Democratic Republic", "Signatories: Côte d’Ivoire, Cote D'Ivoire"]
    found = [f for f in findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib) if f.rule == "state-name"]
    assert [f.paragraph for f in found] == [3] and "Lao People's Democratic Republic" in found[0].message
