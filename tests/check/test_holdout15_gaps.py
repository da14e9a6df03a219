"""General causes behind the misses and false alarms of the fifteenth held-out student set
(bench/students/holdout15), each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, rules_at

from drafter import library

THIMUN_HEAD = ["FORUM: General Assembly Third Committee", "QUESTION OF: Shelter for displaced families",
               "SUBMITTED BY: Chile", "CO-SUBMITTERS: Ghana, Norway"]
THIMUN_ORGAN = [("THE GENERAL ASSEMBLY", "i"), (",", "")]
NOTING = [("Noting", "i"), (" the growth of informal settlements around the capital,", "")]
LAST = [("2. ", ""), ("Invites", "u"), (" the regional banks to report on the shelters.", "")]


# -- "Authorizes" in a General Assembly draft under THIMUN procedure (MUN-F09, FORMAT.md §2.3) ----------------------

def test_authorizes_is_no_council_only_verb(tmp_path: Path, lib: library.Library) -> None:
    """MUN-F09 reserves Condemns, Decides, Declares, Deplores, Designates, Strongly condemns for the Council;
    "Authorizes" is on the UNA-USA list without that mark, and the General Assembly authorizes too."""
    clause = [("1. ", ""), ("Authorizes", "u"), (" the regional housing fund to lend to local councils;", "")]
    found = rules_at(tmp_path, lib, [*THIMUN_HEAD, THIMUN_ORGAN, NOTING, clause, LAST], profile="thimun")
    assert (7, "sc-only-phrase") not in found, found


def test_decides_stays_council_language_at_thimun(tmp_path: Path, lib: library.Library) -> None:
    clause = [("1. ", ""), ("Decides", "u"), (" to open a regional housing fund;", "")]
    found = rules_at(tmp_path, lib, [*THIMUN_HEAD, THIMUN_ORGAN, NOTING, clause, LAST], profile="thimun")
    assert (7, "sc-only-phrase") in found, found


# -- a sub-clause that is a sentence, left without its colon before its items (MUN-F06, UN-B11) ---------------------

CHAPEAU = [("1. ", ""), ("Recommends", "u"), (" a network of shelters run by the municipalities:", "")]
ITEM_I = "i. one shelter in each district,"
ITEM_II = "ii. a register of the families housed,"
SUB_B = "b. the shelters receive regional funding;"


def test_a_sentence_sub_clause_without_a_mark_before_its_items_lacks_its_colon(tmp_path: Path,
                                                                            lib: library.Library) -> None:
    sub = "a. The municipalities will open the shelters in the poorest districts"
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, CHAPEAU, sub, ITEM_I, ITEM_II, SUB_B, OP2])
    assert (8, "chapeau-colon") in found, found


def test_a_sub_clause_naming_its_items_stays_a_heading(tmp_path: Path, lib: library.Library) -> None:
    """"a. Financial support for the municipalities" above its items reads as the heading of its list."""
    sub = "a. Financial support for the municipalities"
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, CHAPEAU, sub, ITEM_I, ITEM_II, SUB_B, OP2])
    assert (8, "chapeau-colon") not in found, found


# -- the organ line set down after the preamble with no mark at all (UN-B01, UN-B02, MUN-F01) -----------------------

def test_a_bodys_name_without_a_mark_before_the_operative_part_is_the_late_organ_line(
        tmp_path: Path, lib: library.Library) -> None:
    """"The Third Committee of the General Assembly" between the last preambular clause and clause 1: the organ
    line out of place, not a preambular paragraph without lead phrase and comma."""
    late = "The Third Committee of the General Assembly"
    found = rules_at(tmp_path, lib, [*EN_HEAD, PRE, NOTING, late, OP1, OP2])
    assert (7, "organ-line") in found, found
    assert not [r for r in found if r[0] == 7 and r[1] in ("lead-form", "preambular-end")], found


def test_a_bodys_name_without_a_mark_inside_the_preamble_is_no_organ_line(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    """Only right before the operative part does an unmarked body's name stand for the organ line."""
    middle = "The Third Committee of the General Assembly"
    found = rules_at(tmp_path, lib, [*EN_HEAD, PRE, middle, NOTING, OP1, OP2])
    assert (6, "organ-line") not in found, found
