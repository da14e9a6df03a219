"""Faults of the blind set holdout100 (#20): real drafts from THIMUN Online and HKMUN, whose pages number every level
of a clause's lists "1." "2." … Held by sentences of our own: items numbered "1." right under an item that ends with
":" open a list under it (not a second "1." beside it), the next numbers go on with that inner list, and once it is
done a number goes on with the list further out ("2." after "1. … so that its delegates can:" and its own "1." "2."
"3."), so that none of them is read as the next operative paragraph; a clause that opens with an operative lead and
takes the clauses' next number stays the next clause."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.structure import read_structure

HEAD = ["FORUM: Environment Commission", "QUESTION OF: Tidal energy for small island States",
        "SUBMITTED BY: Fiji", "CO-SUBMITTERS: Malta, Norway, Seychelles", "THE GENERAL ASSEMBLY,",
        "Recalling the Paris Agreement,"]
NESTED = ["1. Encourages a regional conference on tidal energy which will:",
          "1. meet every two years in a small island State, so that its delegates can:",
          "1. compare the tidal maps of their coasts;",
          "2. agree on common standards for turbines;",
          "3. train engineers from the smallest States;",
          "2. publish its findings in the three working languages of the region;"]
LAST = "2. Requests the Secretary-General to report on the conference at the next session."
CLAUSE_RULES = {"operative-no-verb", "numbering-sequence", "operative-end", "final-stop", "sub-label-sequence"}


def _read(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> tuple[dict[str, list[int]], list[int]]:
    path = make(tmp_path, paragraphs)
    report, doc = check.check_file(path, lib)
    tree = read_structure(doc, lib, "en", report.profile)
    return rules(path, lib), [n.para.index for n in tree.operative]


def test_items_numbered_one_under_an_item_announcing_a_list_open_a_list_of_their_own(
        lib: library.Library, tmp_path: Path) -> None:
    found, operative = _read(tmp_path, lib, [*HEAD, *NESTED, LAST])
    assert operative == [7, 13]  # "2. agree …", "3. train …" and "2. publish …" are items, not clauses 2 to 4
    assert not CLAUSE_RULES & set(found)


def test_the_inner_list_goes_on_and_then_the_outer_one(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, *NESTED, LAST])
    report, doc = check.check_file(path, lib)
    tree = read_structure(doc, lib, "en", report.profile)
    (first, _) = tree.operative
    outer = [child.para.index for child in first.children]
    inner = [child.para.index for child in first.children[0].children]
    assert outer == [8, 12] and inner == [9, 10, 11]


def test_an_inner_item_left_without_its_end_mark_is_said_as_an_item(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *NESTED[:3], "2. agree on common standards for turbines", *NESTED[4:], LAST]
    found, operative = _read(tmp_path, lib, paragraphs)
    assert operative == [7, 13]
    assert 10 in found.get("sub-end", [])
    assert not CLAUSE_RULES & set(found)


def test_a_clause_with_an_operative_lead_after_a_single_item_is_the_next_clause(
        lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "1. Encourages a regional conference on tidal energy which will:",
                  "1. meet every two years in a small island State;",
                  "2. Urges Member States to fund the conference;", LAST.replace("2.", "3.")]
    _, operative = _read(tmp_path, lib, paragraphs)
    assert operative == [7, 9, 10]


def test_a_second_clause_restarting_at_one_stays_a_numbering_fault(lib: library.Library, tmp_path: Path) -> None:
    # "1." after a clause that ends with ";" announces nothing: no list opens under it
    paragraphs = [*HEAD, "1. Encourages a regional conference on tidal energy;",
                  "1. Urges Member States to fund the conference;", LAST]
    found, _ = _read(tmp_path, lib, paragraphs)
    assert 8 in found.get("numbering-sequence", [])
