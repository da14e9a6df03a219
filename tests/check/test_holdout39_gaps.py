"""Faults of the blind set holdout39 (#20): real drafts found in less-searched places. Each held by sentences of our
own, with a passing draft beside it: a preambular paragraph ending with a list's joiner before its comma, "…, and,"
(a form's ", and" with the comma added: rule preambular-end, fixed to the comma alone); a statistic's uncertainty
range in square brackets, "1 million [830,000-1.2 million] people", is no word left open by a negotiation (rule
negotiation-mark stays quiet; a single bracketed figure still counts as open)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = ["Committee: General Assembly Second Committee", "Topic: Fresh water for small farms",
        "Sponsors: Bolivia, Nepal", "Signatories: Chad, Fiji", "The General Assembly,"]
OPERATIVE = ["1. Invites Member States to fund wells for small farms;", "2. Requests a report on the matter."]


# -- "…, and," at the end of a preambular paragraph ------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "Noting that half of the small farms in dry regions have no well, and,",
    "Aware that rivers run dry earlier each year, or,",
    "Recalling the targets for water and sanitation; and,",
])
def test_a_joiner_before_the_comma_is_a_wrong_end(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, "Convinced that wells cost less than lorries of water,", *OPERATIVE]
    assert 6 in rules(make(tmp_path, paragraphs), lib).get("preambular-end", [])


def test_the_fix_leaves_the_comma_alone(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Noting that half of the small farms in dry regions have no well, and,",
                  "Convinced that wells cost less than lorries of water,", *OPERATIVE]
    report, doc = check.check_file(make(tmp_path, paragraphs), lib, writes=True)
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    texts = [p.text for p in reader.read(tmp_path / "once.docx").paragraphs]
    assert texts[5] == "Noting that half of the small farms in dry regions have no well,", texts[5]


@pytest.mark.parametrize("clause", [
    "Noting that farmers, traders and herders share the same wells,",
    "Recalling its resolutions 70/1, 71/222 and 73/226,",
    "Aware that wells are dug by hand, by machine or by both,",
])
def test_a_list_inside_the_clause_is_no_joiner_at_its_end(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, "Convinced that wells cost less than lorries of water,", *OPERATIVE]
    assert 6 not in rules(make(tmp_path, paragraphs), lib).get("preambular-end", [])


# -- a statistic's range in square brackets ----------------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "Alarmed that some 2.1 million [1.6 million-2.9 million] people in dry regions lack safe water,",
    "Noting that 71% [65%–77%] of the wells surveyed were dry by August,",
    "Noting that 540 000 [410 000 to 690 000] children fetch water each day,",
])
def test_a_bracketed_range_is_no_negotiation_mark(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, *OPERATIVE]
    assert "negotiation-mark" not in rules(make(tmp_path, paragraphs), lib)


@pytest.mark.parametrize("clause", [
    "1. Invites Member States to fund wells for [30] [50] per cent of small farms;",
    "1. Invites Member States to fund wells for small farms [by 2030];",
])
def test_open_figures_and_words_stay_negotiation_marks(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, "Noting that half of the small farms in dry regions have no well,", clause, OPERATIVE[1]]
    assert 7 in rules(make(tmp_path, paragraphs), lib).get("negotiation-mark", [])


# -- a form's placeholder left as a line of the preamble: "First Preambulatory Phrase," --------------------------------

@pytest.mark.parametrize("line", ["First Preambulatory Phrase,", "Second preambulatory clause,",
                                  "First Operative Clause:"])
def test_a_forms_placeholder_is_a_heading_inside_the_resolution(lib: library.Library, tmp_path: Path,
                                                                 line: str) -> None:
    paragraphs = [*HEAD, line, "Noting that half of the small farms in dry regions have no well,", *OPERATIVE]
    assert 6 in rules(make(tmp_path, paragraphs), lib).get("section-heading", [])


@pytest.mark.parametrize("clause", ["First recognizing that wells are the cheapest source of water,",
                                    "Noting first that wells are the cheapest source of water,"])
def test_a_clause_that_says_first_is_no_placeholder(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, "Convinced that wells cost less than lorries of water,", *OPERATIVE]
    assert "section-heading" not in rules(make(tmp_path, paragraphs), lib)


# -- an adverb that opens a sentence in place of a preambular lead: "Currently …" -------------------------------------

@pytest.mark.parametrize("clause", ["Currently most small farms in dry regions depend on a single well,",
                                    "CURRENTLY most small farms in dry regions depend on a single well,",
                                    "Additionally, the price of drilling has doubled since 2010,"])
def test_a_sentence_adverb_is_no_preambular_lead(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, "Convinced that wells cost less than lorries of water,", *OPERATIVE]
    assert 6 in rules(make(tmp_path, paragraphs), lib).get("lead-form", [])


@pytest.mark.parametrize("clause", ["Noting that most small farms currently depend on a single well,",
                                    "Deeply concerned that most small farms depend on a single well,",
                                    "Recently noting that most small farms depend on a single well,"])
def test_a_lead_with_or_without_an_adverb_stays_a_lead(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, "Convinced that wells cost less than lorries of water,", *OPERATIVE]
    assert 6 not in rules(make(tmp_path, paragraphs), lib).get("lead-form", [])
