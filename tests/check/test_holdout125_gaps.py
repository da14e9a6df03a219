"""General causes behind the misses and false alarms of the hundred-and-twenty-fifth held-out set
(bench/students/holdout125: real English drafts found by topic words no earlier look-up used), each tested with
paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import Para, findings
from docmaker import make

from drafter import library
from drafter.labelkinds import item_mark_lost, read_typed

HEADING: list[Para] = ["FORUM: Economic and Social Council", "QUESTION OF: Food security in drought-stricken regions",
                       "SUBMITTED BY: Kenya", "CO-SUBMITTERS: Chile, Peru", "THE ECONOMIC AND SOCIAL COUNCIL,"]


def _found(tmp_path: Path, lib: library.Library, body: list[Para]) -> list[tuple[int, str]]:
    return [(f.paragraph, f.rule) for f in findings(make(tmp_path, [*HEADING, *body], "draft.docx"), lib)]


# -- two preambular clauses run together with no space after the comma (a copy lost it; UN-B05, MUN-F04) -----------

def test_a_preambular_lead_right_after_a_comma_with_no_space_starts_a_second_clause(tmp_path: Path,
                                                                                     lib: library.Library) -> None:
    found = _found(tmp_path, lib, [
        "Noting the losses of harvests in the Horn of Africa,Deeply concerned that seed stocks ran out in 2022,",
        "1. Calls upon Member States to fund seed banks in the region."])
    assert (6, "preambular-run-on") in found, found


def test_a_name_after_a_comma_with_no_space_is_no_second_clause(tmp_path: Path, lib: library.Library) -> None:
    found = _found(tmp_path, lib, [
        "Noting the losses of harvests in the Horn of Africa,Kenya and Somalia above all,",
        "1. Calls upon Member States to fund seed banks in the region."])
    assert (6, "preambular-run-on") not in found, found


# -- an item's label typed without the mark of its list ("ii No …" between "i." and "iii."; UN-B10, MUN-F06) --------

def test_the_next_label_of_a_list_without_its_mark_is_read_as_that_item() -> None:
    first = read_typed("a. store seeds of local crops,")
    assert first is not None
    typed = item_mark_lost("b Share samples with neighbouring States,", first)
    assert typed is not None and typed.kind == "letter" and typed.value == 2 and typed.text == "b" and typed.mark_lost
    second = read_typed("ii. share them,")
    assert second is not None
    assert item_mark_lost("iii Report every year,", second) is not None


def test_words_and_other_labels_are_not_read_as_a_lost_mark() -> None:
    first = read_typed("a. store seeds of local crops,")
    assert first is not None
    assert item_mark_lost("c Share samples,", first) is None  # not the next letter
    assert item_mark_lost("Share samples,", first) is None
    assert item_mark_lost("i Think", None) is None
    roman = read_typed("i. store seeds,")
    assert roman is not None and item_mark_lost("iv Share", roman) is None


def test_a_sub_label_without_its_mark_is_a_style_fault_and_the_list_counts_it(tmp_path: Path,
                                                                              lib: library.Library) -> None:
    found = _found(tmp_path, lib, [
        "Noting the losses of harvests in the Horn of Africa,",
        "1. Calls upon Member States to fund seed banks that:",
        "a. store seeds of local crops,",
        "b Share samples with neighbouring States,",
        "c. report each year to the Council."])
    assert (9, "sub-label-style") in found, found
    assert not [f for f in found if f[1] in ("sub-label-sequence", "paragraph-broken", "chapeau-colon")], found


def test_a_list_with_its_marks_stays_clean(tmp_path: Path, lib: library.Library) -> None:
    found = _found(tmp_path, lib, [
        "Noting the losses of harvests in the Horn of Africa,",
        "1. Calls upon Member States to fund seed banks that:",
        "a. store seeds of local crops,",
        "b. share samples with neighbouring States,",
        "c. report each year to the Council."])
    assert not [f for f in found if f[1].startswith("sub-") or f[1] == "paragraph-broken"], found
