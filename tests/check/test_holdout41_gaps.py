"""General causes behind the findings of the forty-first held-out student set (bench/students/holdout41: drafts
found by topics of 2022-2026), each tested with paragraphs of our own in the patterns students write: a
delegation's formula between the preamble and the operative part ("We, the delegation of X hereby:") followed by
clauses in the bare verb form, an operative verb opening a preambular line that lost its end mark ("Realizes the
…"), the heading label "Question:" of a Committee / Question / Submitted by heading, and sub-items numbered "1."
"2." like operative paragraphs (under a chapeau ending "… will include;", and a third level under "2. … such as:")."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import findings, make, rules_at

from drafter import library
from drafter.structure.classify import delegation_formula, heading_words

GA_HEAD = ["Committee: Second Committee", "Topic: Safe work in small mines", "Sponsors: Ghana, Peru",
           "Signatories: Chile"]
GA_ORGAN = [("The General Assembly", "i"), (",", "")]
NOTING = [("Noting", "i"), (" the rising number of accidents in small mines,", "")]
AWARE = [("Aware", "i"), (" that few mines keep records of their workers,", "")]
OP1 = [("1. ", ""), ("Requests", "u"), (" the International Labour Organization to train mine inspectors;", "")]
OP2 = [("2. ", ""), ("Urges", "u"), (" Member States to register small mines.", "")]


# -- a delegation's formula before the operative part: "We, the delegation of Ghana hereby:" (UN-B01, MUN-F01) --

def test_the_formula_is_recognised_and_ordinary_lines_are_not() -> None:
    assert delegation_formula("We, the delegation of Ghana hereby:")
    assert delegation_formula("The delegation of the Republic of Chile hereby:")
    assert delegation_formula("We, the delegates of Peru, hereby resolve:")
    assert not delegation_formula("The delegation of Peru,")  # an organ line naming a delegation: another finding
    assert not delegation_formula("Noting that the delegation of Peru hereby withdrew its proposal,")
    assert not delegation_formula("The delegation of Peru hereby requests a vote;")  # a clause, not a formula


def test_bare_verb_clauses_after_the_formula_are_the_operative_part(tmp_path: Path, lib: library.Library) -> None:
    formula = "We, the delegation of Ghana hereby:"
    bare1 = "Propose a register of small mines in every province,"
    bare2 = "Request funding for the training of mine inspectors,"
    bare3 = "Call for safety helmets for every worker."
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, AWARE, formula, bare1, bare2, bare3])
    assert (8, "organ-line") in found, found
    assert (8, "preambular-end") not in found and (8, "lead-form") not in found, found
    assert (9, "numbering-absent") in found, found
    for at in (9, 10, 11):
        assert (at, "lead-form") in found, found  # "Propose" for «Proposes»: an operative verb without its -s
    assert (9, "operative-end") in found and (10, "operative-end") in found, found
    assert "no-operative" not in {rule for _, rule in found}, found


def test_the_formula_message_names_it(tmp_path: Path, lib: library.Library) -> None:
    formula = "We, the delegation of Ghana hereby:"
    report = findings(make(tmp_path, [*GA_HEAD, GA_ORGAN, NOTING, formula, OP1, OP2]), lib)
    organ = [f for f in report if f.rule == "organ-line"]
    assert [f.paragraph for f in organ] == [7], organ
    assert "delegation's formula" in organ[0].message and formula in organ[0].message, organ[0].message


def test_the_formula_without_an_organ_line_stands_in_for_it(tmp_path: Path, lib: library.Library) -> None:
    formula = "The delegation of Peru hereby:"
    unnumbered1 = [("Requests", "u"), (" the International Labour Organization to train mine inspectors;", "")]
    unnumbered2 = [("Urges", "u"), (" Member States to register small mines.", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, NOTING, AWARE, formula, unnumbered1, unnumbered2])
    assert (7, "organ-line") in found, found
    assert (7, "lead-form") not in found and (7, "preambular-end") not in found, found
    assert (8, "numbering-absent") in found, found


# -- an operative verb opening a preambular line without end mark: "Realizes the …" (UN-B03, UN-B05) -------------

def test_a_verb_and_its_object_are_no_heading_words() -> None:
    assert not heading_words("Realizes the heavy cost of idle mines for small States", "en")
    assert not heading_words("Stresses its concern over unsafe mines", "en")
    assert heading_words("Renewal of the mandate", "en")
    assert heading_words("Rights of the child", "en")
    assert heading_words("Access to clean water", "en")


def test_a_preambular_line_opened_by_a_verb_without_end_mark_is_judged(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    realizes = "Realizes the heavy cost of idle mines for small States"
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, realizes, AWARE, OP1, OP2])
    assert (7, "lead-form") in found and (7, "preambular-end") in found, found


# -- "Question:" as the topic label of a Committee / Question / Submitted by heading (MUN-H02) ------------------

def test_question_label_heading_asks_for_its_co_submitters(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: Disarmament", "Question: Landmines near schools", "Submitted by: Angola"]
    found = rules_at(tmp_path, lib, [*head, GA_ORGAN, NOTING, OP1, OP2])
    assert (1, "heading-missing") in found, found
    complete = [*head, "Co-submitters: Chile, Ghana"]
    found = rules_at(tmp_path, lib, [*complete, GA_ORGAN, NOTING, OP1, OP2])
    assert (1, "heading-missing") not in found, found


# -- sub-items numbered like operative paragraphs (UN-B08, UN-B11, MUN-F06) --------------------------------------

def test_items_numbered_again_under_a_clause_announcing_them(tmp_path: Path, lib: library.Library) -> None:
    chapeau = [("1. ", ""), ("Calls for", "u"), (" programmes whose aims will include;", "")]
    item1 = "1. giving former miners a new trade,"
    item2 = "2. returning their children to school;"
    op2 = [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report on these programmes.", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, chapeau, item1, item2, op2])
    assert (7, "chapeau-colon") in found, found
    assert (8, "sub-label-style") in found and (9, "sub-label-style") in found, found  # «a)» «b)», not "1." "2."
    assert not any(rule == "numbering-sequence" for _, rule in found), found
    assert (8, "operative-end") not in found and (9, "operative-end") not in found, found


def test_a_third_level_numbered_again_under_an_item_ending_with_a_colon(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    chapeau = [("1. ", ""), ("Encourages", "u"), (" Member States to end practices such as:", "")]
    item1 = "1. forced dowry payments;"
    item2 = "2. punishments of women for acts such as:"
    deeper = "1. refusing a marriage;"
    op2 = [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report on these practices.", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, chapeau, item1, item2, deeper, op2])
    assert not any(rule == "numbering-sequence" for _, rule in found), found
    assert (10, "operative-end") not in found, found
