"""General causes behind the findings of the twenty-seventh held-out student set (bench/students/holdout27: drafts
printed in or published by other documents), each tested with plain paragraphs of our own, as a text layer gives
them (no emphasis): an operative paragraph left without its number after a sub-clause list that closed its clause
("Invites …" after "c. …;"); a clause without its final mark that opens with an operative lead, which is no section
heading ("Calls upon States to …" cut off or left unpunctuated); a clause number typed without its point ("4 Requests
…"); a sub-clause whose words make a sentence with "be" ("… be trained") that introduces items without a colon; and
the last item of a list under a preambular clause, which closes that clause and carries its comma."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import rules_at

from drafter import library

HEAD = ["Committee: Disarmament Commission", "Topic: Clearing unexploded ordnance", "Sponsors: Chile, Ghana",
        "Signatories: Nepal, Peru"]
ORGAN = "The General Assembly,"
PRE = "Concerned by the number of farmers injured by unexploded ordnance,"
OP1 = "1. Urges Member States to:"
ITEM_A = "a. map the fields where ordnance remains;"
ITEM_B = "b. mark those fields for the villages around them;"
LAST = "3. Requests the Secretary-General to report on progress at its next session."


def rules(found: list[tuple[int, str]]) -> set[str]:
    return {rule for _, rule in found}


# -- an operative paragraph without its number after a sub-clause list that closed its clause (UN-B07) --------

def test_a_clause_after_a_closed_list_item_is_an_unnumbered_operative_paragraph(tmp_path: Path,
                                                                                  lib: library.Library) -> None:
    unnumbered = "Invites regional organizations to train deminers;"
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, PRE, OP1, ITEM_A, ITEM_B, unnumbered, LAST])
    assert (10, "operative-unnumbered") in found, found


def test_an_items_lower_case_continuation_stays_with_the_item(tmp_path: Path, lib: library.Library) -> None:
    open_item = "b. mark those fields for the villages around them, in particular"
    wrapped = "those near schools and wells;"
    op2 = "2. Invites regional organizations to train deminers;"
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, PRE, OP1, ITEM_A, open_item, wrapped, op2, LAST])
    assert "operative-unnumbered" not in rules(found), found


def test_a_capitalised_line_after_an_item_handing_on_is_no_new_clause(tmp_path: Path, lib: library.Library) -> None:
    handing_on = "b. mark those fields for the villages around them,"  # the item goes on: no clause closed
    unnumbered = "Invites regional organizations to train deminers;"
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, PRE, OP1, ITEM_A, handing_on, unnumbered, LAST])
    assert (10, "operative-unnumbered") not in found, found


# -- a clause without its final mark that opens with an operative lead: no section heading -------------------

def test_an_unpunctuated_clause_with_an_operative_lead_is_no_heading(tmp_path: Path, lib: library.Library) -> None:
    op2 = "2. Invites regional organizations to train deminers;"
    unpunctuated = "Calls upon donors to fund the clearing of the border districts before the rainy season"
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, PRE, OP1, ITEM_A, ITEM_B, op2, unpunctuated])
    assert (11, "operative-unnumbered") in found, found
    assert (11, "final-stop") in found, found


def test_a_short_heading_stays_a_heading(tmp_path: Path, lib: library.Library) -> None:
    op2 = "2. Invites regional organizations to train deminers;"
    heading = "Funding and reporting"
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, PRE, OP1, ITEM_A, ITEM_B, op2, heading, LAST])
    assert not {(11, "operative-unnumbered"), (11, "final-stop"), (11, "operative-end")} & set(found), found


# -- a clause number typed without its point (UN-B07) -----------------------------------------------------------

def test_a_clause_number_without_its_point(tmp_path: Path, lib: library.Library) -> None:
    op2 = "2. Invites regional organizations to train deminers;"
    for clause in ("3 Requests the Secretary-General to report on progress at its next session.",
                   "3 Determines to review the programme at its next session."):  # "Determining" is a known lead
        found = rules_at(tmp_path, lib, [*HEAD, ORGAN, PRE, OP1, ITEM_A, ITEM_B, op2, clause])
        assert (11, "numbering-form") in found, (clause, found)


def test_a_number_that_opens_words_is_no_label(tmp_path: Path, lib: library.Library) -> None:
    op2 = "2. Invites regional organizations to train deminers;"
    for text in ("3 Requests the Secretary-General to report.",  # not the next number (4 would be)
                 "4 States have cleared their fields already, as the report notes;"):  # no verb of the operative form
        found = rules_at(tmp_path, lib, [*HEAD, ORGAN, PRE, OP1, ITEM_A, ITEM_B, op2, LAST, text])
        assert (12, "numbering-form") not in found, (text, found)


# -- a sub-clause that is a sentence ("… be trained") introduces its items with a colon (MUN-F06) -------------

def test_a_sub_clause_with_be_introducing_items_lacks_its_colon(tmp_path: Path, lib: library.Library) -> None:
    chapeau = "a. Optional, yet recommends that volunteers be trained locally"
    items = ["i. by the national army;", "ii. by accredited charities;"]
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, PRE, OP1, chapeau, *items, ITEM_B, LAST])
    assert (8, "chapeau-colon") in found, found


def test_a_sub_clause_heading_needs_no_colon(tmp_path: Path, lib: library.Library) -> None:
    chapeau = "a. Financial support"
    items = ["i. from the regional development bank;", "ii. from private donors;"]
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, PRE, OP1, chapeau, *items, ITEM_B, LAST])
    assert (8, "chapeau-colon") not in found, found


# -- the last item of a list under a preambular clause carries the clause's comma (UN-B05) ----------------------

def test_the_last_item_under_a_preambular_clause_carries_its_comma(tmp_path: Path, lib: library.Library) -> None:
    listing = "Noting with regret the land that mined fields keep out of use for:"
    items = ["a. farming,", "b. grazing"]
    next_pre = "Recalling the Convention on the Prohibition of Anti-Personnel Mines,"
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, listing, *items, next_pre, OP1, ITEM_A, ITEM_B, LAST])
    assert (8, "preambular-end") in found, found


def test_a_last_item_with_its_comma_closes_the_preambular_clause(tmp_path: Path, lib: library.Library) -> None:
    listing = "Noting with regret the land that mined fields keep out of use for:"
    items = ["a. farming,", "b. grazing,"]
    next_pre = "Recalling the Convention on the Prohibition of Anti-Personnel Mines,"
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, listing, *items, next_pre, OP1, ITEM_A, ITEM_B, LAST])
    assert (8, "preambular-end") not in found, found
