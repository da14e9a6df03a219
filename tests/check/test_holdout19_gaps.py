"""General causes behind the misses and false alarms of the nineteenth held-out student set
(bench/students/holdout19: drafts from document-sharing sites and from committees other than the GA main
committees), each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import library
from drafter.check.families.organ import takes_article
from drafter.labelkinds import read_typed

NOTING = [("Noting", "i"), (" that many rural schools have no library,", "")]
WELCOMING = [("Welcoming", "i"), (" the reading programmes of several regional offices,", "")]


# -- decimal sub-clause labels closed with a parenthesis: "1.1)", "2.3)", "1.2.1)" (UN-B10, MUN-F06) ------------------

def test_a_decimal_label_closed_with_a_parenthesis_is_read_as_an_outline_label() -> None:
    typed = read_typed("2.3) Invites the regional offices to report")
    assert typed is not None and typed.kind == "outline" and typed.value == 3 and typed.text == "2.3)"
    deeper = read_typed("1.2.1) The board meets twice a year")
    assert deeper is not None and deeper.kind == "outline" and deeper.value == 1


def test_decimals_that_are_no_label_stay_text() -> None:
    assert read_typed("1.5 million children left school last year") is None
    assert read_typed("3.5% of the budget goes to books") is None


def test_items_numbered_under_their_clause_are_sub_paragraphs(tmp_path: Path, lib: library.Library) -> None:
    clause = [("1. ", ""), ("Establishes", "u"), (" a fund for school libraries, which:", "")]
    items = ["1.1) will be managed by the regional offices;", "1.2) will report to the Member States every year;"]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, *items, OP2])
    assert (8, "sub-label-style") in found and (9, "sub-label-style") in found, found


def test_a_clause_introducing_decimal_items_with_a_semicolon_lacks_its_colon(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    clause = [("1. ", ""), ("Establishes", "u"), (" a fund for school libraries, which is governed as follows;", "")]
    items = ["1.1) the regional offices manage it;", "1.2) the Member States receive its report every year;"]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, *items, OP2])
    assert (7, "chapeau-colon") in found, found


# -- a second sentence after a semicolon inside an operative clause (MUN-F05) -------------------------------------

def test_a_subject_and_its_own_modal_verb_after_a_semicolon_make_a_second_sentence(tmp_path: Path,
                                                                                  lib: library.Library) -> None:
    clause = [("1. ", ""), ("Recommends", "u"),
              (" a school meal in every district; local councils should pay for the meals from their budget;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP2])
    assert (7, "stray-semicolon") in found, found


def test_a_semicolon_before_a_relative_or_a_list_item_is_no_second_sentence(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    relative = [("1. ", ""), ("Recommends", "u"),
                (" a school meal in every district, paid by local councils; which councils may share the cost;", "")]
    listed = [("2. ", ""), ("Asks", "u"), (" Member States to report on meals, libraries and transport:", "")]
    items = ["(a) the number of pupils who eat at school;", "(b) the libraries that will open next year."]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, relative, listed, *items])
    assert not [f for f in found if f[1] == "stray-semicolon"], found


# -- a body's name in capitals without "THE" as the organ line (UN-B02, MUN-F01) ------------------------------------

def test_a_capitalised_body_name_without_article_before_the_preamble_is_the_organ_line(
        tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: United Nations Women", "Topic: Girls in science", "Sponsors: Chile", "Signatories: Peru"]
    found = rules_at(tmp_path, lib, [*head, "UNITED NATIONS WOMEN,", NOTING, WELCOMING,
                                     [("1. ", ""), ("Encourages", "u"), (" universities to offer grants.", "")]])
    assert not [f for f in found if f[1] == "organ-line"], found


def test_a_capitalised_line_before_no_lead_is_not_taken_for_the_organ_line(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    head = ["Committee: United Nations Women", "Topic: Girls in science", "Sponsors: Chile", "Signatories: Peru"]
    found = rules_at(tmp_path, lib, [*head, "GIRLS IN SCIENCE,", "a list of grants follows,", NOTING,
                                     [("1. ", ""), ("Encourages", "u"), (" universities to offer grants.", "")]])
    assert [f for f in found if f[1] == "organ-line"], found


def test_only_a_name_headed_by_a_body_noun_takes_the_article() -> None:
    assert takes_article("Economic and Social Council,")
    assert takes_article("Food and Agriculture Organization,")
    assert takes_article("Commission on the Status of Women,")
    assert takes_article("Organization of American States,")
    assert not takes_article("UNITED NATIONS WOMEN,")
    assert not takes_article("UNICEF,")


def test_a_council_named_without_its_article_is_still_reported(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, [("Economic and Social Council", "i"), (",", "")], PRE, OP2])
    assert (5, "organ-line") in found, found  # the article is missing


# -- a State's style before a name that holds "and" itself (sponsor lists) ------------------------------------------

def test_a_style_before_a_name_with_and_is_read_as_that_state(lib: library.Library) -> None:
    names = lib.state_names
    assert names.formal_style("The Republic of Trinidad and Tobago") is not None
    bosnia = names.formal_style("The Kingdom of Bosnia and Herzegovina")
    assert bosnia is not None and bosnia.iso3 == "BIH"


def test_a_style_a_state_does_not_bear_is_reported(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: United Nations Women", "Topic: Girls in science",
            "Sponsors: The Republic of Bosnia and Herzegovina, Chile", "Signatories: Peru"]
    found = [(f.paragraph, f.rule) for f in findings(make(tmp_path, [*head, ORGAN, PRE, OP2]), lib)]
    assert (3, "state-style") in found, found
