"""Faults of Chinese drafts the checker missed on the blind set holdout-zh50 (#20; typed drafts after the habits of
real ones), held by sentences of our own with passing drafts beside them:

* an operative clause that lost its number after a list item closed by "；" ("（三）……；" then "鼓励各会员国……；") is
  that clause without its number, not a wrapped line of the item: Chinese has no capital letter to tell it by, its
  operative lead does;
* a title inside a longer stretch of the title's shapes that a word of description rejects ("世界城市论坛上通过的基多宣言":
  世界 … 宣言 with a 的) is still a title;
* a bare title followed by the verb of its sentence ("2063年议程需要……", "禁止地雷公约为……") ends there, as one
  followed by a mark does;
* a plan's title in corner marks may join two names with 及 / 与 / 和 and run past eighteen characters
  (「亞洲及太平洋……路線圖」)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["决议草案", "委员会：联合国开发计划署执行局", "议题：农村地区的数字鸿沟", "起草国：智利、卢旺达",
        "附议国：挪威、泰国、秘鲁", "草案编号：1.1", "开发署执行局，"]

# -- a clause without its number after a closed list item --------------------------------------------------------

LIST_CLAUSE = ["认识到农村地区的宽带覆盖率远低于城市地区，",
               "1. 敦促各会员国把农村宽带建设纳入国家发展计划；",
               "2. 请署长为最不发达国家提供技术援助，重点包括：",
               "(a) 培训乡村教师使用数字教学工具；",
               "(b) 支持建设社区公共上网点；"]


def test_a_chinese_clause_that_lost_its_number_after_a_closed_item_is_a_clause(
        lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, *LIST_CLAUSE, "鼓励私营部门参与偏远地区的网络基础设施投资；",
                           "3. 请署长在下届年会上报告本决议的执行情况。"])
    found = rules(path, lib)
    assert found.get("operative-unnumbered") == [13]
    assert "numbering-sequence" not in found  # the clauses after it keep their numbers


def test_a_wrapped_line_of_an_item_stays_part_of_it(lib: library.Library, tmp_path: Path) -> None:
    items = [*LIST_CLAUSE[:-1], "(b) 支持建设社区公共上网点，并为其", "配备必要的设备和管理人员；"]
    path = make(tmp_path, [*HEAD, *items, "3. 请署长在下届年会上报告本决议的执行情况。"])
    assert "operative-unnumbered" not in rules(path, lib)


def test_a_numbered_clause_after_items_is_no_unnumbered_one(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, *LIST_CLAUSE, "3. 鼓励私营部门参与偏远地区的网络基础设施投资；",
                           "4. 请署长在下届年会上报告本决议的执行情况。"])
    found = rules(path, lib)
    assert "operative-unnumbered" not in found and "numbering-sequence" not in found


# -- titles without their marks -----------------------------------------------------------------------------------

ENDING = ["1. 鼓励各会员国加强合作；", "2. 请署长就此提出报告。"]


@pytest.mark.parametrize("clause", [
    "欢迎世界城市论坛上通过的基多宣言，",  # 世界 … 宣言 holds 的: the city's declaration inside it
    "注意到国际海事组织通过的内罗毕公约，",  # 国际 … 公约 holds 的: 内罗毕公约 inside it
    "强调2063年议程需要各国共同落实，",  # a year's agenda, then its verb
    "认识到禁止地雷公约为排雷援助提供了法律依据，",  # a convention banning something, then 为
    "重申「亞洲及太平洋區域能源互聯互通路線圖」中的各項承諾，",  # 及 inside corner marks
    "重申「太平洋島嶼國家海洋垃圾減量暨區域循環經濟發展框架」中的目標，",  # 21 characters before 框架
])
def test_a_title_without_its_marks_is_found(lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*HEAD, clause, *ENDING])
    assert rules(path, lib).get("title-marks") == [8]


@pytest.mark.parametrize("clause", [
    "回顾世界各国在会上通过的各项宣言，",  # a description, no title in it
    "注意到2030年议程区域审查的结果，",  # the agenda's name goes on: a review's name, not the title alone
    "注意到到2030年实现议程目标仍面临困难，",  # a deadline, no title
    "重申「一般性的行動計畫」中的目標，",  # a description in corner marks (的)
    "重申「國家行動計畫」的重要性，",  # a common noun in corner marks
])
def test_words_that_are_no_title_stay_unmarked(lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*HEAD, clause, *ENDING])
    assert "title-marks" not in rules(path, lib)
