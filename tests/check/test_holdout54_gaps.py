"""Gaps seen in holdout54 (English drafts built by copying paragraphs out of adopted UN resolutions): the General
Assembly's adoption line and its bracketed provenance line left in a draft's heading (UN-H08, UN-D01), and a
footnote number of the printed text left after a clause's mark when a figure stands before that mark ("by 2030,1",
"in 2015;4"). Sentences of the tests' own, not the set's."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import GOOD_EN, GOOD_ZH, OP1, OP2, ORGAN, UN_HEAD, findings, make, replace
from students import bench_students

from drafter import library

PREAMBLE = 5  # GOOD_EN's preambular paragraph
OPERATIVE = 6  # GOOD_EN's first operative paragraph


def glued(paragraphs: list, lib: library.Library, tmp_path: Path) -> list[str]:
    """The numbers digit-glued (and digit-glued-inline, inside the text) reports in a draft of ``paragraphs``."""
    return [f.message.split("'")[1] for f in findings(make(tmp_path, paragraphs), lib)
            if f.rule in ("digit-glued", "digit-glued-inline")]


@pytest.mark.parametrize("text, digits", [
    ("Recalling the Doha Declaration, adopted on 12 April 2015,3", "3"),
    ("Noting the targets the Ministers set for 2030,12", "12"),
])
def test_a_footnote_number_after_a_year_and_the_clause_comma(text: str, digits: str, lib: library.Library,
                                                              tmp_path: Path) -> None:
    assert glued(replace(GOOD_EN, PREAMBLE, text), lib, tmp_path) == [digits]


# figures whose commas belong to the text: thousands, a year before the next word, a list typed without spaces, a
# budget line whose decimal point became a comma ("7,866,0": no year before the comma)
FIGURES = ["Noting that 1,250 laboratories and 12,000 officers took part in 2024,",
           "Alarmed that losses rose from 2019 to 2024, 12 States being affected,",
           "Recalling the figures for 2023,2024 and 2025 in the report,",
           "Noting the line of the Regular Fund of 7,866,0"]


def test_a_footnote_number_after_a_figure_and_the_clause_semicolon(lib: library.Library, tmp_path: Path) -> None:
    op = [("1. ", ""), ("Requests", "u"), (" the Office to report on the period from 2020 to 2025;7", "")]
    assert glued(replace(GOOD_EN, OPERATIVE, op), lib, tmp_path) == ["7"]
    op = [("1. ", ""), ("Requests", "u"), (" the Office to report by 2027;4 and to continue its work;", "")]
    assert glued(replace(GOOD_EN, OPERATIVE, op), lib, tmp_path) == ["4"]
    for text in FIGURES:
        assert glued(replace(GOOD_EN, PREAMBLE, text), lib, tmp_path) == [], text


def test_an_end_mark_fault_named_as_a_footnote_number_is_answered_by_digit_glued_too() -> None:
    """The end rules look past a footnote number typed after a clause's mark, and digit-glued reports the number:
    an annotation that calls the number the clause's wrong ending is answered by that finding (bench/students.py)."""
    note = '"…in 2015,4" - a footnote number left after the comma: the clause ends with "4" instead of «,»'
    assert "digit-glued" in bench_students.refine("preambular-end-mark", note)[1]
    assert "digit-glued" not in bench_students.refine("operative-end-mark", "operative clause ends with ','")[1]


def adopted_at(paragraphs: list, lib: library.Library, tmp_path: Path) -> list[int]:
    return [f.paragraph for f in findings(make(tmp_path, paragraphs), lib) if f.rule == "draft-as-adopted"]


@pytest.mark.parametrize("line", [
    "Resolution adopted by the General Assembly on 14 December 2023",
    "Resolution adopted by the Economic and Social Council on 7 June 2022",
    "[on the report of the Third Committee (A/78/481)]",
    "[without reference to a Main Committee (A/78/L.30 and A/78/L.30/Add.1)]",
])
def test_the_adoption_line_of_an_assembly_text_left_in_a_drafts_heading(line: str, lib: library.Library,
                                                                         tmp_path: Path) -> None:
    draft = [*GOOD_EN[:4], line, *GOOD_EN[4:]]
    assert adopted_at(draft, lib, tmp_path) == [5]


def test_the_adoption_line_and_its_bracket_each_reported(lib: library.Library, tmp_path: Path) -> None:
    draft = [*GOOD_EN[:4], "Resolution adopted by the General Assembly on 14 December 2023",
             "[on the report of the Sixth Committee (A/78/470)]", *GOOD_EN[4:]]
    assert adopted_at(draft, lib, tmp_path) == [5, 6]


def test_an_adopted_texts_own_heading_is_not_a_draft(lib: library.Library, tmp_path: Path) -> None:
    """An adopted text (no sponsors, no /L. symbol) carries its adoption line rightly; a draft under the UN's layout
    that cites the adoption in a clause is no heading line either."""
    adopted = ["United Nations", "A/RES/78/100", "General Assembly", "Distr.: General", "20 December 2023",
               "Seventy-eighth session", "Agenda item 10", "Global governance of cybercrime",
               "Resolution adopted by the General Assembly on 14 December 2023",
               "[on the report of the Third Committee (A/78/481)]", "78/100. Global governance of cybercrime",
               [("The General Assembly", "i"), (",", "")], GOOD_EN[5], OP1, OP2]
    assert adopted_at(adopted, lib, tmp_path) == []
    cited = [*GOOD_EN[:4], "Resolution adopted by the General Assembly on 14 December 2023",
             *GOOD_EN[4:]]
    assert adopted_at(cited, lib, tmp_path) == [5]
    assert adopted_at([*UN_HEAD, ORGAN, GOOD_EN[5], OP1, OP2], lib, tmp_path) == []


@pytest.mark.parametrize("line", ["2023年12月14日大会决议", "[根据第三委员会的报告(A/78/481)通过]",
                                  "[未经发交主要委员会而通过(A/78/L.30和A/78/L.30/Add.1)]"])
def test_the_chinese_adoption_line_left_in_a_drafts_heading(line: str, lib: library.Library,
                                                             tmp_path: Path) -> None:
    draft = [*GOOD_ZH[:5], line, *GOOD_ZH[5:]]
    assert adopted_at(draft, lib, tmp_path) == [6]


def test_the_adoption_line_left_in_an_l_documents_heading(lib: library.Library, tmp_path: Path) -> None:
    """UN layout: a draft with its /L. symbol and sponsor line, the adopted text's adoption line and bracket kept
    under the title (UN-D01); the same heading without them is a draft as it should be."""
    draft = [*UN_HEAD, "Resolution adopted by the Commission on 20 May 2027",
             "[without reference to a Main Committee (E/CN.15/2027/L.3)]", ORGAN, GOOD_EN[5], OP1, OP2]
    assert adopted_at(draft, lib, tmp_path) == [8, 9]
