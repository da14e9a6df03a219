"""General causes behind the misses and false alarms of the twelfth held-out student set
(bench/students/holdout12), each tested with paragraphs of our own in the patterns students write. (A draft under a
delegate's heading with full-stop clauses read as a position paper: tests/check/test_paper_detection.py.)"""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, ORGAN, PRE, rules_at

from drafter import library

# -- items numbered "1." "2." under a sub-paragraph that ends with ":" (UN-B08, MUN-F06) --------------------------

OP1 = [("1. ", ""), ("Requests", "u"), (" the Office to publish a yearly report on seized servers;", "")]
OP2_CHAPEAU = [("2. ", ""), ("Recommends", "u"), (" that Member States train their police:", "")]
SUB_I = "a. in the handling of digital evidence, including but not limited to devices such as:"
ITEMS = ["1. mobile telephones,", "2. laptops and tablets,", "3. cloud storage accounts;"]
OP3 = [("3. ", ""), ("Urges", "u"), (" Member States to cooperate.", "")]


def test_numbered_items_under_a_sub_paragraph_are_items_not_clauses(tmp_path: Path, lib: library.Library) -> None:
    """"1." under "a. … such as:" opens a list of items, "3." goes on with it even where the next clause would
    be numbered "3.": no restarted clause count, no clause end marks on the items; the clause after them keeps its
    number."""
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, OP1, OP2_CHAPEAU, SUB_I, *ITEMS, OP3])
    assert not [r for r in found if r[1] in ("numbering-sequence", "operative-end", "final-stop")], found
    assert (10, "sub-label-style") in found  # "1." is no label of the third level
    assert not [r for r in found if r[0] == 13 and r[1].startswith("sub-")], found  # clause 3 is a clause


def test_an_item_number_that_opens_with_an_operative_lead_is_the_next_clause(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    items = ["1. mobile telephones,", "2. laptops and tablets;"]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, OP1, OP2_CHAPEAU, SUB_I, *items, OP3])
    assert not [r for r in found if r[1] in ("numbering-sequence", "operative-end")], found


def test_items_without_end_marks_are_sub_paragraphs_without_end_marks(tmp_path: Path, lib: library.Library) -> None:
    bare = ["1. mobile telephones", "2. laptops and tablets", "3. cloud storage accounts;"]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, OP1, OP2_CHAPEAU, SUB_I, *bare, OP3])
    assert (10, "sub-end") in found and (11, "sub-end") in found, found
    assert not [r for r in found if r[1] in ("numbering-sequence", "operative-end")], found


def test_a_restart_after_a_clause_that_ends_the_list_is_still_a_restart(tmp_path: Path, lib: library.Library) -> None:
    """"1." again after a closed clause (no sub-paragraph open) stays a numbering fault."""
    restart = [("1. ", ""), ("Urges", "u"), (" Member States to cooperate;", "")]
    last = [("2. ", ""), ("Invites", "u"), (" regional bodies to join.", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, OP1, restart, last])
    assert (8, "numbering-sequence") in found, found


# -- a lettered sub-paragraph cut off before its end mark is no section heading (MUN-F06) -------------------------

def test_the_next_capital_letter_of_an_open_sub_list_is_a_sub_paragraph(tmp_path: Path, lib: library.Library) -> None:
    """"B. Set up …" (no end mark) after the sub-paragraph "A. Study …," is that list's next item, judged as one
    (its capital label, its missing end mark), not a heading that interrupts the clause."""
    chapeau = [("1. ", ""), ("Calls for", "u"), (" a national committee in each Member State, which will:", "")]
    sub_a = "A. study the country's water resources and its farming capacity,"
    sub_b = "B. set up workshops according to the results of that study"
    last = [("2. ", ""), ("Urges", "u"), (" Member States to cooperate.", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, chapeau, sub_a, sub_b, last])
    assert not [r for r in found if r[1] == "section-heading"], found
    assert (9, "sub-label-style") in found and (9, "sub-end") in found, found


def test_a_capital_letter_heading_after_a_closed_clause_is_still_a_heading(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    op1 = [("1. ", ""), ("Requests", "u"), (" the Office to publish a yearly report;", "")]
    heading = "B. Protection of victims"
    last = [("2. ", ""), ("Urges", "u"), (" Member States to cooperate.", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, op1, heading, last])
    assert (8, "section-heading") in found, found
