"""Faults of Chinese drafts the checker missed on the blind set holdout-zh11 (#20), each held by sentences of our own
with a passing draft beside it: operative labels typed in financial capitals (壹、贰、), a part's heading line with a
label before it (壹、序言性條款, II. Operative Clauses), an instrument's English title quoted in Chinese text
("Budapest Convention"), a paragraph ending with two marks (……；。), a clause pasted again with one character
changed, 又 written after the lead (回顾又, word for word from "Recalling also") and a preambular 又 with nothing
before it to repeat (又注意到 with no 注意到)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.labelkinds import read_typed
from drafter.structure.classify import part_heading
from drafter.word import reader

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区旅游的可持续发展", "起草国：奥地利、尼泊尔", "附议国：秘鲁、瑞士", "大会，"]
HEAD_EN = ["Committee: Second Committee", "Topic: Sustainable mountain tourism", "Sponsors: Austria, Nepal",
           "Signatories: Peru, Switzerland", "The General Assembly,"]
PRE = "注意到山区旅游为偏远社区提供了重要的收入来源，"
PRE2 = "认识到冰川退缩对山区社区的生计构成威胁，"
OP1 = "1. 鼓励会员国制定山区旅游的承载力标准；"
OP2 = "2. 请秘书长提交一份报告。"


def fixed_paragraphs(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The texts of the paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- financial capitals as labels -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "value"), [("壹、鼓励", 1), ("贰、请", 2), ("貳、請", 2), ("叁、敦促", 3), ("參、敦促", 3),
                                              ("陆、决定", 6), ("拾、请", 10), ("拾贰、请", 12), ("（肆）各国", 4)])
def test_a_financial_capital_is_read_as_the_numeral_it_stands_for(typed: str, value: int) -> None:
    label = read_typed(typed)
    assert label is not None and label.kind == "zh-number" and label.value == value


@pytest.mark.parametrize("text", ["陆、海、空三军的联合演习", "陆地和海洋的保护", "壹、贰、叁级风险"])
def test_words_that_are_also_financial_capitals_stay_text(text: str) -> None:
    assert read_typed(text) is None


def test_operative_labels_typed_in_financial_capitals(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "壹、鼓励会员国制定山区旅游的承载力标准；", "贰、呼吁国际金融机构支持山区基础设施建设；",
                           "叁、请秘书长提交一份报告。"])
    found = rules(path, lib)
    assert found.get("numbering-form") == [8, 9, 10]
    assert "preambular-end" not in found  # the clauses are no longer read as preamble
    fixed = fixed_paragraphs(path, lib, tmp_path / "fixed.docx")
    assert [p[:2] for p in fixed[7:10]] == ["1.", "2.", "3."]


# -- a part's heading with a label before it --------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "part"), [("壹、序言性條款", "preambular"), ("贰、执行部分", "operative"),
                                            ("一、序言部分", "preambular"), ("（二）行动性条款：", "operative"),
                                            ("II. Operative Clauses", "operative"), ("A. Preambulatory Clauses:",
                                                                                   "preambular")])
def test_a_line_naming_a_part_may_carry_a_label(line: str, part: str) -> None:
    assert part_heading(line) == part


@pytest.mark.parametrize("line", ["壹、鼓励会员国制定标准；", "II. Operative clauses shall be numbered;", "一、总则"])
def test_labelled_lines_that_name_no_part_are_no_part_heading(line: str) -> None:
    assert part_heading(line) is None


def test_section_lines_numbered_in_financial_capitals(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "壹、序言性条款", PRE, PRE2, "贰、行动性条款", OP1, OP2])
    found = rules(path, lib)
    assert found.get("section-heading") == [7, 10]
    assert not {"numbering-form", "preambular-numbered", "preambular-after-operative", "operative-end"} & set(found)


# -- title-english: an English title quoted in Chinese text -----------------------------------------------------------

@pytest.mark.parametrize("quoted", ['"Alpine Convention"', "“Framework Convention on Tobacco Control”",
                                    "「Hyogo Framework for Action」", '"Madrid International Plan of Action on Ageing"'])
def test_an_english_title_in_quotes_in_chinese_text(lib: library.Library, tmp_path: Path, quoted: str) -> None:
    path = make(tmp_path, [*HEAD, f"回顾{quoted}所载的各项承诺，", PRE2, OP1, OP2])
    assert rules(path, lib).get("title-english") == [7]


@pytest.mark.parametrize("line", ["回顾《阿尔卑斯公约》和“Mountain Partnership”的工作，",
                                  "注意到题为“Tourism for Development”的报告，",
                                  "回顾秘书长所说的“We must protect the Convention of our mountains”，"])
def test_quoted_english_that_is_no_instrument_title_or_is_named_so(lib: library.Library, tmp_path: Path,
                                                                     line: str) -> None:
    path = make(tmp_path, [*HEAD, line, PRE2, OP1, OP2])
    assert "title-english" not in rules(path, lib)


def test_an_english_draft_keeps_its_quoted_titles(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_EN, 'Recalling the "Alpine Convention" of 1991,', "1. Requests a report."])
    assert "title-english" not in rules(path, lib)


# -- end-doubled: two marks at a paragraph's end ----------------------------------------------------------------------

def test_the_last_clause_ending_with_a_semicolon_and_a_full_stop(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, OP1, "2. 请秘书长提交一份报告；。"])
    found = rules(path, lib)
    assert found.get("end-doubled") == [9]
    assert "final-stop" not in found
    assert fixed_paragraphs(path, lib, tmp_path / "fixed.docx")[8] == "2. 请秘书长提交一份报告。"


def test_a_middle_clause_ending_with_a_semicolon_and_a_full_stop(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励会员国制定山区旅游的承载力标准；。", OP2])
    found = rules(path, lib)
    assert found.get("end-doubled") == [8]
    assert "operative-end" not in found
    assert fixed_paragraphs(path, lib, tmp_path / "fixed.docx")[7] == "1. 鼓励会员国制定山区旅游的承载力标准；"


def test_a_preambular_paragraph_ending_with_two_commas(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "注意到山区旅游为偏远社区提供了重要的收入来源，，", OP1, OP2])
    assert rules(path, lib).get("end-doubled") == [7]


def test_an_english_clause_ending_with_an_abbreviation_point_and_its_semicolon(lib: library.Library,
                                                                             tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_EN, "Recalling its resolution 77/172,",
                           "1. Encourages hiking, skiing, climbing, etc.;", "2. Requests a report;."])
    assert rules(path, lib).get("end-doubled") == [8]


# -- duplicate-paragraph: a clause pasted again with one character changed ---------------------------------------------

def test_a_clause_pasted_again_with_one_character_changed(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励会员国在山区旅游承载力标准问题上分享良好做法；", OP2.replace("。", "；"),
                           "3. 鼓励会员国在山区旅游承载力标准问题上分析良好做法；", "4. 决定继续审议这一问题。"])
    assert rules(path, lib).get("duplicate-paragraph") == [10]


def test_clauses_that_differ_in_a_number_are_two_clauses(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 请秘书长向大会第八十一届会议提交关于山区旅游的报告；",
                           "2. 又请秘书长向大会第八十三届会议提交关于山区旅游的报告；", "3. 决定继续审议这一问题。"])
    assert "duplicate-paragraph" not in rules(path, lib)


# -- lead-form: 又 after the lead ------------------------------------------------------------------------------------

def test_also_written_after_the_lead(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "回顾其关于山区可持续发展的各项决议，", "回顾又其2023年12月19日第78/170号决议，", OP1, OP2])
    assert rules(path, lib).get("lead-form") == [8]


@pytest.mark.parametrize("line", ["注意到又有三个山区国家加入了山区伙伴关系，", "又回顾其2023年12月19日第78/170号决议，"])
def test_also_opening_the_clause_words_or_standing_before_the_lead(lib: library.Library, tmp_path: Path,
                                                                   line: str) -> None:
    path = make(tmp_path, [*HEAD, "回顾其关于山区可持续发展的各项决议，", line, OP1, OP2])
    assert "lead-form" not in rules(path, lib)


# -- lead-repeat-first in a Chinese preamble -------------------------------------------------------------------------

def test_a_preambular_also_with_nothing_before_it_to_repeat(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "重申《2030年可持续发展议程》，", "又注意到山区旅游为偏远社区提供了重要的收入来源，", OP1, OP2])
    assert rules(path, lib).get("lead-repeat-first") == [8]
    assert fixed_paragraphs(path, lib, tmp_path / "fixed.docx")[7].startswith("注意到山区旅游")


@pytest.mark.parametrize("first", ["注意到冰川退缩对山区社区的生计构成威胁，", "表示注意到秘书长关于山区可持续发展的报告，",
                                   "关切地注意到冰川退缩对山区社区的生计构成威胁，"])
def test_a_preambular_also_after_the_same_verb_in_any_form(lib: library.Library, tmp_path: Path, first: str) -> None:
    path = make(tmp_path, [*HEAD, first, "又注意到山区旅游为偏远社区提供了重要的收入来源，", OP1, OP2])
    assert "lead-repeat-first" not in rules(path, lib)


def test_further_in_a_preamble_is_left_alone(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "重申《2030年可持续发展议程》，", "还注意到山区旅游为偏远社区提供了重要的收入来源，", OP1, OP2])
    assert "lead-repeat-first" not in rules(path, lib)
