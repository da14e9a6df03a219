"""How bench/students.py reads an annotation's note into the rules that answer the fault."""

from __future__ import annotations

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
