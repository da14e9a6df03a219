"""How bench/students.py reads an annotation's note into the rules that answer the fault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
        "duplicate-clause", {"duplicate-paragraph", "text-doubled"})  # as two paragraphs, or twice in one


def test_a_section_name_note_is_a_section_heading_not_the_organ_line() -> None:
    note = "a guide's section name typed as a line of the draft; the preamble follows the organ line directly"
    assert bench_students.refine("other", note) == ("section-heading", {"section-heading"})


def test_a_half_width_mark_ending_a_paragraph_is_answered_by_the_end_mark_rules_too() -> None:
    _, rules = bench_students.refine("half-width-punctuation-in-chinese", "sub-clause ends with a half-width ; («；»)")
    assert {"half-width-zh", "sub-end", "preambular-end", "operative-end"} <= rules
    _, inside = bench_students.refine("half-width-punctuation-in-chinese", "half-width comma in 统计,全球 («，»)")
    assert inside == {"half-width-zh"}


def test_a_chinese_note_saying_a_paragraph_ends_with_a_half_width_mark_is_read_so_too() -> None:
    _, rules = bench_students.refine("half-width-punctuation-in-chinese", '行动性条款以半角分号 ";" 结尾；应为 «；»')
    assert {"half-width-zh", "operative-end", "sub-end"} <= rules
    _, inside = bench_students.refine("half-width-punctuation-in-chinese", '条款中使用半角逗号 ","；应为 «，»。')
    assert inside == {"half-width-zh"}


def test_an_organ_line_ending_with_a_half_width_comma_is_answered_by_the_organ_line_rule_too() -> None:
    _, rules = bench_students.refine("half-width-punctuation-in-chinese", 'organ line ends with a half-width "," («会，»)')
    assert {"half-width-zh", "organ-line"} <= rules
    _, clause = bench_students.refine("half-width-punctuation-in-chinese", 'clause ends with a half-width "," («，»)')
    assert "organ-line" not in clause


def test_half_width_findings_are_scored_unless_the_punctuation_was_restored() -> None:
    restored = bench_students.read_folder(bench_students.ROOT / "bench" / "students")
    written = bench_students.read_folder(bench_students.ROOT / "bench" / "students" / "holdout-zh2")
    assert all(d.restored for d in restored if d.language == "zh" and d.plain_text)
    assert not any(d.restored for d in written)


def test_a_sub_clause_quoted_with_the_council_in_it_is_a_sub_clause_end_mark() -> None:
    note = 'sub-clause "b. Any veto made requires … of the Security Council" has no end mark («;» or «,»)'
    assert bench_students.refine("other", note) == ("sub-end", {"sub-end", "chapeau-colon"})


def test_a_sub_clause_without_a_mark_before_its_items_is_answered_by_the_colon_rule() -> None:
    """A sub-clause that introduces items and ends with no mark is judged by chapeau-colon, not sub-end."""
    note = 'sub-clause "b. Members will meet yearly" has no end mark although its items follow; it ends with «:»'
    kind, rules = bench_students.refine("other", note)
    assert kind == "sub-end" and "chapeau-colon" in rules


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


def _cut_draft(tmp_path: Path, kind: str, paragraph: int) -> None:
    lines = ["Committee: Third Committee", "Topic: Refugees", "Sponsors: Chile", "Signatories: Peru",
             "The General Assembly,", "Recalling its resolution 74/1,", "Urges Member States to act;",
             "Requests the Secretary-General to report;", "Decides to remain seiz"]
    (tmp_path / "en-01.txt").write_text("# source: x\n# format: none\n" + "\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "annotations.yaml").write_text(
        f"en-01.txt:\n  faults:\n    - {{paragraph: {paragraph}, kind: {kind}, note: 'clauses not numbered'}}\n",
        encoding="utf-8")
    (tmp_path / "README.md").write_text("| file | lang | source | text | faults |\n|---|---|---|---|---|\n"
                                        "| `en-01.txt` | en | x | truncated | 1 |\n", encoding="utf-8")


def test_a_finding_left_unscored_on_a_cut_page_still_answers_the_fault_annotated_for_it(tmp_path: Path) -> None:
    _cut_draft(tmp_path, "numbering", 7)
    result = bench_students.measure(bench_students.read_folder(tmp_path), _library(), show=True)
    tally = result["by_language"]["en"]
    assert (tally.faults, tally.found) == (1, 1)
    assert not any("numbering-absent" in alarm for alarm in result["false_alarms"])


def test_on_a_cut_page_an_unannotated_finding_of_that_kind_is_no_false_alarm(tmp_path: Path) -> None:
    _cut_draft(tmp_path, "capital-after-lead", 6)
    result = bench_students.measure(bench_students.read_folder(tmp_path), _library(), show=True)
    assert not any("numbering-absent" in alarm for alarm in result["false_alarms"])


def _library() -> Any:
    from drafter import library

    return library.load([library.builtin_library()])


def test_the_text_status_is_read_from_the_column_the_header_names(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("| file | lang | body | source | text | faults |\n|---|---|---|---|---|---|\n"
                      "| `en-01.txt` | en | DISEC | https://x | complete | 2 |\n"
                      "| `en-02.txt` | en | HRC | https://y | truncated (in preamble) | 1 |\n", encoding="utf-8")
    assert bench_students._text_status(readme) == {"en-01.txt": "complete", "en-02.txt": "truncated (in preamble)"}


def test_a_half_width_organ_line_is_answered_by_the_organ_line_rule_however_the_note_words_it() -> None:
    _, rules = bench_students.refine("half-width-punctuation-in-chinese", "organ line 理事会, typed with an English comma")
    assert {"half-width-zh", "organ-line", "preambular-end"} <= rules
    _, inside = bench_students.refine("half-width-punctuation-in-chinese", "half-width comma 会员国,并且 («，»)")
    assert inside == {"half-width-zh"}


def test_a_template_heading_left_in_the_text_is_a_section_heading_though_the_note_names_the_organ_line() -> None:
    note = '"State your preamble below:" - a template heading left in the text; the preamble follows the organ line'
    assert bench_students.refine("other", note) == ("section-heading", {"section-heading"})


def test_a_sub_clause_under_a_preambular_clause_without_end_mark_is_answered_by_either_fault() -> None:
    note = '"a. Rising sea levels" - a sub-clause under a preambular clause, without end mark (MUN-F04, MUN-F06)'
    kind, rules = bench_students.refine("other", note)
    assert kind == "preambular-sub-clause" and {"preambular-sub-clause", "sub-end"} <= (rules or set())


def test_a_sub_clause_of_an_operative_clause_without_end_mark_is_still_answered_by_its_end_mark_only() -> None:
    assert bench_students.refine("other", 'sub-clause "b. More shelters" has no end mark') == (
        "sub-end", {"sub-end", "chapeau-colon"})


def _lost_words_draft(tmp_path: Path, format_line: str, faults: str = "") -> Path:
    lines = ["Committee: Fourth Committee", "Topic: Fisheries", "Sponsors: Norway", "The General Assembly,",
             "Aware of the decline of coastal stocks in the southern", "Noting the work of regional bodies,",
             "1. Encourages States to share catch data;", "a. through a common register kept by the",
             "b. through yearly meetings;", "2. Requests a report at its next session."]
    (tmp_path / "en-01.txt").write_text(f"# source: x\n# format: {format_line}\n" + "\n".join(lines) + "\n",
                                        encoding="utf-8")
    (tmp_path / "annotations.yaml").write_text(f"en-01.txt:\n  faults:{faults or ' []'}\n", encoding="utf-8")
    return tmp_path


def test_the_quoted_paragraphs_a_format_line_declares_not_judged_are_read_by_opening_and_ending(tmp_path: Path) -> None:
    line = ('lines joined; the page printed no continuation for "Aware of … in the southern" and for sub-clause '
            '"a. … kept by the" (kept as printed, not judged for their end marks); emphasis unknown')
    (draft,) = bench_students.read_folder(_lost_words_draft(tmp_path, line))
    assert draft.unjudged_ends == {5, 8}


def test_quotes_about_the_cut_off_paragraph_or_a_guess_at_lost_words_change_nothing(tmp_path: Path) -> None:
    line = ('the excerpt stops inside "2. Requests" (the cut-off paragraph, not judged for its end mark); clause 1 '
            'stops at "kept by the" (the rest, presumably "Secretariat;", was lost, so it is not judged for its end '
            'mark); the marker "[x]" is not judged')
    (draft,) = bench_students.read_folder(_lost_words_draft(tmp_path, line))
    assert draft.unjudged_ends == {8}


def test_a_declared_quote_that_names_no_paragraph_stops_the_bench_naming_the_file(tmp_path: Path) -> None:
    line = 'the page printed no continuation for "Welcoming … the northern" (not judged for its end mark)'
    with pytest.raises(SystemExit, match=r"en-01.txt: .*\"Welcoming … the northern\".* no paragraph"):
        bench_students.read_folder(_lost_words_draft(tmp_path, line))


def test_end_marks_declared_not_judged_are_unscored_yet_still_answer_a_fault_annotated_there(tmp_path: Path) -> None:
    line = ('the page printed no continuation for "Aware of … in the southern" and "a. … kept by the" (not judged '
            'for their end marks)')
    faults = "\n    - {paragraph: 8, kind: operative-end-mark, note: 'no end mark'}"
    result = bench_students.measure(bench_students.read_folder(_lost_words_draft(tmp_path, line, faults)),
                                    _library(), show=True)
    assert (result["by_language"]["en"].faults, result["by_language"]["en"].found) == (1, 1)
    assert not any(alarm.startswith("en-01.txt:5 preambular-end") for alarm in result["false_alarms"])
    assert [entry.split()[0] for entry in result["unjudged"]["en-01.txt"]] == ["5"]


def test_without_a_declaration_the_same_end_marks_are_false_alarms(tmp_path: Path) -> None:
    result = bench_students.measure(bench_students.read_folder(_lost_words_draft(tmp_path, "lines joined")),
                                    _library(), show=True)
    assert any(alarm.startswith("en-01.txt:5 preambular-end") for alarm in result["false_alarms"])
    assert any(alarm.startswith("en-01.txt:8 sub-end") for alarm in result["false_alarms"])


def test_half_width_commas_mixed_with_the_enumeration_comma_are_answered_by_the_list_rule_too() -> None:
    note = 'signatories separated by half-width "," mixed with 、 ("乍得,约旦") - one separator, «、»'
    kind, rules = bench_students.refine("half-width-punctuation-in-chinese", note)
    assert kind == "half-width-punctuation-in-chinese" and {"half-width-zh", "list-separators-mixed"} <= rules
    _, plain = bench_students.refine("half-width-punctuation-in-chinese", 'sponsors separated by half-width commas')
    assert "list-separators-mixed" not in plain


def test_a_full_width_document_symbol_and_a_lead_in_typed_marks() -> None:
    note = '"Ａ／ＲＥＳ／７６／３００" - a document symbol typed in full-width characters («第76/300号决议»)'
    assert bench_students.refine("other", note) == ("symbol-full-width", {"symbol-full-width"})
    assert "lead-marked" in bench_students.refine("emphasis", 'lead "【回顾】" in 【】')[1]


def test_a_pasted_caption_placed_by_the_organ_line_is_a_pasted_artefact() -> None:
    note = 'picture caption "▲ 会场" copied into the draft between heading and organ line (delete)'
    assert bench_students.refine("other", note) == ("pasted-artefact", {"pasted-artefact"})
    assert bench_students.refine("other", 'emoji "🌍" after the title')[0] == "pasted-artefact"


def test_a_clause_pasted_as_a_screenshot_is_answered_by_the_picture_rule() -> None:
    note = 'clause 3 is a pasted screenshot (an inline picture after "3."): the paragraph has no clause text'
    assert bench_students.refine("other", note) == ("clause-picture", {"clause-picture", "empty-clause"})


def test_a_lead_slot_still_showing_its_placeholder_is_answered_by_the_placeholder_rule() -> None:
    # the note names what the page shows (the placeholder) and what it leaves (no lead phrase): the slot is the fault
    note = ('the lead drop-down still shows its placeholder "Choose an item." before the clause\'s words, so the clause '
            'has no lead (not a preambulatory phrase; UN-B03)')
    assert bench_students.refine("other", note) == ("placeholder-left", {"placeholder-left", "empty-clause"})


def test_a_second_co_submitters_line_with_a_state_twice_is_answered_by_both_findings() -> None:
    """A note naming a merged paper's list kept as a second line under the same label, and a State on both lines:
    the line repeated (heading-repeated) and the State twice (sponsor-duplicate) each answer it (word-blind61)."""
    note = ('"CO-SUBMITTERS: Oman, Peru" - the second bloc\'s co-submitters pasted as a second CO-SUBMITTERS line, '
            'and "Peru" is listed twice; one line: «CO-SUBMITTERS: Chad, Oman, Peru» (MUN-H02)')
    kind, rules = bench_students.refine("other", note)
    assert kind == "sponsor-line" and {"heading-repeated", "sponsor-duplicate"} <= rules
    assert bench_students.refine("other", '"Peru" listed twice among the signatories')[0] == "sponsor-duplicate"
