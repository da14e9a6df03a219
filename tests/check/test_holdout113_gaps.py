"""General causes behind the misses and false alarms of the hundred-and-thirteenth held-out set
(bench/students/holdout113: real student drafts from scribd, studyres, docsbay and studylib), each tested with
paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make

from drafter import library

HEADING: list[Para] = ["Committee: Economic and Financial Committee", "Topic: Tax havens",
                       "Sponsors: Chile, Ghana", "Signatories: Fiji, Peru"]


# -- an unnumbered preamble with operative phrases in it (misread structure) ----------------------------------------

def test_an_operative_verb_with_no_mark_stays_in_the_preamble_when_it_goes_on(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    # nothing is numbered; "Further Notes" has no end mark, "Expresses its gratitude …," after it ends with a comma,
    # and a participle clause ending with a comma follows: all of them are preambular clauses, two in the wrong form
    draft: list[Para] = [*HEADING, "The General Assembly,",
                         "Aware of the size of untaxed wealth held offshore,",
                         "Further Notes the work of the Global Forum on Transparency",
                         "Expresses its gratitude to the States that publish registers of owners,",
                         "Mindful of the cost of tax evasion to developing countries,",
                         "Deeply troubled by the secrecy of shell companies,"]
    found = rules(make(tmp_path, draft, "preamble.docx"), lib)
    assert found.get("lead-form") == [7, 8]
    assert 7 in found.get("preambular-end", [])
    assert "operative-end" not in found and "preambular-after-operative" not in found


def test_an_operative_verb_with_no_mark_before_operative_clauses_opens_the_part(tmp_path: Path,
                                                                              lib: library.Library) -> None:
    # the first operative clause missing its semicolon, the others ending as operative clauses do: the part opens there
    draft: list[Para] = [*HEADING, "The General Assembly,",
                         "Aware of the size of untaxed wealth held offshore,",
                         "Mindful of the cost of tax evasion to developing countries,",
                         "Urges all States to publish registers of the owners of companies",
                         "Requests the Secretary-General to report on progress;",
                         "Decides to remain seized of the matter."]
    found = rules(make(tmp_path, draft, "operative.docx"), lib)
    assert "lead-form" not in found and "preambular-after-operative" not in found
    assert found.get("operative-end") == [8]


# -- a lead run into two small words (unknown lead) ---------------------------------------------------------------

def test_a_lead_run_into_two_words_is_misspelled(tmp_path: Path, lib: library.Library) -> None:
    draft: list[Para] = [*HEADING, "The General Assembly,", "Aware of the size of untaxed wealth held offshore,",
                         "1. Calls upon all States to publish registers of owners;",
                         "2. Draws the attentionofthe Secretary-General to the cost of secrecy;",
                         "3. Decides to remain seized of the matter."]
    found = rules(make(tmp_path, draft, "glued.docx"), lib)
    assert found.get("lead-misspelled") == [8]


def test_a_lead_followed_by_a_word_is_no_misspelling(tmp_path: Path, lib: library.Library) -> None:
    draft: list[Para] = [*HEADING, "The General Assembly,", "Aware of the size of untaxed wealth held offshore,",
                         "1. Calls upon all States to publish registers of owners;",
                         "2. Draws the attention of the Secretary-General to the cost of secrecy;",
                         "3. Decides to remain seized of the matter."]
    assert "lead-misspelled" not in rules(make(tmp_path, draft, "spaced.docx"), lib)


# -- a title in Title Case between the clauses of a conference draft (rule gap) -------------------------------------

def test_a_title_cased_line_between_the_clauses_is_a_section_heading(tmp_path: Path, lib: library.Library) -> None:
    draft: list[Para] = [*HEADING, "The General Assembly,", "Aware of the size of untaxed wealth held offshore,",
                         "Financial Transparency Measures",
                         "1. Calls upon all States to publish registers of owners;",
                         "2. Decides to remain seized of the matter."]
    assert rules(make(tmp_path, draft, "titled.docx"), lib).get("section-heading") == [7]


def test_a_clause_missing_its_mark_is_no_title(tmp_path: Path, lib: library.Library) -> None:
    draft: list[Para] = [*HEADING, "The General Assembly,", "Aware of the size of untaxed wealth held offshore,",
                         "Noting the Global Forum",
                         "1. Calls upon all States to publish registers of owners;",
                         "2. Decides to remain seized of the matter."]
    assert "section-heading" not in rules(make(tmp_path, draft, "clause.docx"), lib)
