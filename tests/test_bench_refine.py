"""How bench/students.py reads an annotation's note into the rules that answer the fault."""

from __future__ import annotations

from pathlib import Path

import pytest
from students import bench_students


def test_a_section_heading_note_that_mentions_the_organ_line_is_a_section_heading() -> None:
    note = '"Preambulatory Clauses:" - a section heading inside the resolution text; the preamble follows the organ line'
    assert bench_students.refine("other", note) == ("section-heading", {"section-heading"})


def test_an_organ_line_note_is_an_organ_line() -> None:
    assert bench_students.refine("other", "no organ line before the preamble")[0] == "organ-line"


def test_a_clause_that_ends_with_a_full_stop_is_answered_by_its_end_mark_too() -> None:
    kind, rules = bench_students.refine("full-stop-inside-clause", 'sub-clause (b) ends with "." ("danger.")')
    assert kind == "full-stop-inside-clause" and {"stray-full-stop", "sub-end", "operative-end"} <= rules


def test_a_second_sentence_inside_a_clause_is_answered_by_the_stray_full_stop_only() -> None:
    _, rules = bench_students.refine("full-stop-inside-clause", '"rates. The program" - a second sentence')
    assert rules == {"stray-full-stop"}


def test_a_clause_pasted_twice_is_answered_by_the_duplicate_rule() -> None:
    assert bench_students.refine("duplicate-clause", "operative paragraph pasted a second time") == (
        "duplicate-clause", {"duplicate-paragraph"})


def test_a_half_width_mark_ending_a_paragraph_is_answered_by_the_end_mark_rules_too() -> None:
    _, rules = bench_students.refine("half-width-punctuation-in-chinese", "sub-clause ends with a half-width ; («；»)")
    assert {"half-width-zh", "sub-end", "preambular-end", "operative-end"} <= rules
    _, inside = bench_students.refine("half-width-punctuation-in-chinese", "half-width comma in 统计,全球 («，»)")
    assert inside == {"half-width-zh"}


def test_half_width_findings_are_scored_unless_the_punctuation_was_restored() -> None:
    restored = bench_students.read_folder(bench_students.ROOT / "bench" / "students")
    written = bench_students.read_folder(bench_students.ROOT / "bench" / "students" / "holdout-zh2")
    assert all(d.restored for d in restored if d.language == "zh" and d.plain_text)
    assert not any(d.restored for d in written)


def test_a_sub_clause_quoted_with_the_council_in_it_is_a_sub_clause_end_mark() -> None:
    note = 'sub-clause "b. Any veto made requires … of the Security Council" has no end mark («;» or «,»)'
    assert bench_students.refine("other", note) == ("sub-end", {"sub-end"})


def test_a_security_council_verb_note_is_still_council_language() -> None:
    note = '"Demands" in a General Assembly draft - Security-Council-only language (MUN-F09, M7)'
    assert bench_students.refine("other", note)[0] == "sc-only"


def test_a_state_name_in_the_co_sponsor_line_is_answered_by_any_finding_there() -> None:
    note = '"United Kingdom and the Great Northern Ireland" - not the name of the State in the co-sponsor line'
    assert bench_students.refine("other", note) == ("other", None)


def test_a_sponsor_line_note_is_a_sponsor_line() -> None:
    note = 'sponsor line in capitals ending with "." and without «: draft resolution» (UN-H06)'
    assert bench_students.refine("other", note)[0] == "sponsor-line"


def test_a_kind_that_names_a_rule_is_answered_by_that_rule() -> None:
    assert bench_students.refine("numbering-form", '"1)" - numbered with a closing parenthesis') == (
        "numbering-form", {"numbering-form"})


def test_a_kind_that_is_neither_known_nor_a_rule_stops_the_bench_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "en-01.txt").write_text("# source: x\n# format: none\nThe General Assembly,\n", encoding="utf-8")
    (tmp_path / "annotations.yaml").write_text(
        "en-01.txt:\n  faults:\n    - {paragraph: 1, kind: numbring, note: 'typo in the kind'}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"annotations.yaml: en-01.txt ¶1: unknown kind 'numbring'"):
        bench_students.read_folder(tmp_path)
