"""Faults of Chinese drafts the checker missed on the blind set holdout-zh41 (#20), each held by sentences of our own
with a passing draft beside it: a resolution cited by its document symbol in the place of its number
(A/RES/…号决议), a date written in Chinese numerals, and a generic short title (《公约》) used before any full title of
its kind was written out."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：荒漠化防治", "起草国：蒙古、尼日尔", "附议国：乍得、秘鲁", "大会，"]
HEAD_TW = ["決議草案", "委員會：大會第二委員會", "議題：荒漠化防治", "提案國：蒙古、尼日", "連署國：查德、秘魯", "大會，"]
OP1 = "1. 鼓励会员国恢复退化的土地；"
OP2 = "2. 请秘书长提交一份报告。"


def findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    """(paragraph, message) of each finding of ``rule``."""
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# -- resolution-citation: the symbol in the place of the number -----------------------------------------------------

@pytest.mark.parametrize(("cited", "fixed"), [("A/RES/72/220号决议", "第72/220号决议"),
                                              ("A/RES/72/220决议", "第72/220号决议"),
                                              ("S/RES/2417 (2018)号决议", "第2417(2018)号决议")])
def test_a_symbol_cited_as_the_number_is_told(lib: library.Library, tmp_path: Path, cited: str, fixed: str) -> None:
    path = make(tmp_path, [*HEAD, f"回顾其关于荒漠化的{cited}，", OP1, OP2])
    found = findings(path, lib, "resolution-citation")
    assert [p for p, _ in found] == [7] and fixed in found[0][1]


def test_a_symbol_cited_in_traditional_characters_is_told(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_TW, "回顧其關於荒漠化的A/RES/72/220號決議，", "1. 鼓勵會員國恢復退化的土地；",
                           "2. 請秘書長提交報告。"])
    found = findings(path, lib, "resolution-citation")
    assert [p for p, _ in found] == [7] and "第72/220號決議" in found[0][1]


def test_a_symbol_standing_as_a_symbol_is_left_alone_beside_one_cited_as_the_number(lib: library.Library,
                                                                                   tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "回顾其2017年12月20日第72/220号决议，", "注意到秘书长的报告(A/RES/72/220)，",
                           "又回顾A/RES/72/220所载的各项承诺和A/RES/73/235号决议，", OP1, OP2])
    assert rules(path, lib).get("resolution-citation") == [9]


def test_a_symbol_between_di_and_hao_is_left_alone(lib: library.Library, tmp_path: Path) -> None:
    # "第A/RES/70/1号决议": the UN's own Chinese writes it so (S/RES/2553 (2020))
    path = make(tmp_path, [*HEAD, "回顾其关于荒漠化的第A/RES/72/220号决议，", OP1, OP2])
    assert "resolution-citation" not in rules(path, lib)


# -- date-zh: a date in Chinese numerals -------------------------------------------------------------------------------

@pytest.mark.parametrize(("date", "fixed"), [("二〇一七年六月十七日", "2017年6月17日"), ("一九九四年十月十四日", "1994年10月14日"),
                                             ("二〇二〇年十二月", "2020年12月"), ("二○一五年九月二十五日", "2015年9月25日"),
                                             ("二〇一六年十一月三十日", "2016年11月30日")])
def test_a_date_in_chinese_numerals_is_told(lib: library.Library, tmp_path: Path, date: str, fixed: str) -> None:
    path = make(tmp_path, [*HEAD, f"注意到{date}在巴黎开放签署的公约，", OP1, OP2])
    found = findings(path, lib, "date-zh")
    assert [p for p, _ in found] == [7] and fixed in found[0][1]


def test_what_is_no_date_in_chinese_numerals_is_left_alone(lib: library.Library, tmp_path: Path) -> None:
    # a year alone in numerals is a date too (UN Chinese writes 2030年议程), as word-blind43 reads it: one each
    path = make(tmp_path, [*HEAD, "注意到2017年6月17日在巴黎开放签署的公约，", "回顾第二十二届会议和十二月会议的成果，",
                           "注意到二〇三〇年议程的目标和一九九四年十月十四日的公约，", OP1, OP2])
    assert rules(path, lib).get("date-zh") == [9, 9]


# -- abbreviation-unexplained: 《公约》 before any full title of its kind -----------------------------------------------

def test_a_short_title_before_any_full_title_is_told(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "回顾《公约》第十条关于国家行动方案的规定，",
                           "又回顾《联合国防治荒漠化公约》的各项目标，", OP1, OP2])
    found = findings(path, lib, "abbreviation-unexplained")
    assert [p for p, _ in found] == [7] and "《公约》" in found[0][1]


@pytest.mark.parametrize(("head", "lines"), [
    (HEAD, ["回顾《联合国防治荒漠化公约》(《公约》)的各项目标，", "又回顾《公约》第十条和《议定书》，"]),
    (HEAD, ["回顾《联合国防治荒漠化公约》的各项目标和《公约》第十条以及《议定书》，"]),
    ([*HEAD[:2], "议题：联合国防治荒漠化公约的执行", *HEAD[3:]], ["回顾《公约》第十条和《议定书》，"]),
    (HEAD, ["回顾1979年《保护野生动物迁徙物种公约》及其2002年《协定》，", "又回顾《议定书》，"]),
])
def test_a_short_title_after_its_full_title_is_left_alone(lib: library.Library, tmp_path: Path, head: list[str],
                                                          lines: list[str]) -> None:
    """Only 《议定书》, whose kind no full title wrote out, is told."""
    found = findings(make(tmp_path, [*head, *lines, OP1, OP2]), lib, "abbreviation-unexplained")
    assert len(found) == 1 and "《议定书》" in found[0][1]
