"""Faults of machine-translated Chinese drafts the checker missed on the blind set holdout-zh14 (#20), each held by
sentences of our own with a passing draft beside it: a Security Council resolution cited without 第 or with spaces
("1325 (2000) 号决议"), a resolution cited in English inside Chinese text ("resolution 1325 (2000)"), and the
General Assembly's organ line translated word for word ("一般性大会，")."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader


def head(committee: str = "委员会：安全理事会", organ: str = "安全理事会，") -> list[str]:
    return ["决议草案", committee, "议题：妇女与和平与安全", "起草国：爱尔兰、墨西哥", "附议国：肯尼亚、挪威", organ]


TAIL = ["关切地注意到冲突中性暴力事件有增无减，", "1. 促请会员国增加妇女对和平进程的参与；", "2. 决定继续积极处理此案。"]


def fixed_texts(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- resolutions cited without 第 ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("clause", "right"), [
    ("重申其1325 (2000) 号决议，", "重申其第1325(2000)号决议，"),
    ("重申安理会1820(2008)号决议，", "重申安理会第1820(2008)号决议，"),
    ("重申其第1888(2009) 号决议，", "重申其第1888(2009)号决议，"),
    ("重申其1325（2000）、1820（2008）和1888（2009）号决议，", "重申其第1325（2000）、1820（2008）和1888（2009）号决议，"),
])
def test_a_resolution_cited_without_its_di_or_with_spaces(lib: library.Library, tmp_path: Path, clause: str,
                                                         right: str) -> None:
    path = make(tmp_path, [*head(), clause, *TAIL])
    assert rules(path, lib).get("resolution-citation") == [7]
    assert fixed_texts(path, lib, tmp_path / "fixed.docx")[6] == right


def test_each_resolution_of_two_cited_apart_is_reported(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "回顾其2106 (2013) 号决议和2467 (2019) 号决议，", *TAIL])
    assert rules(path, lib).get("resolution-citation") == [7, 7]
    assert fixed_texts(path, lib, tmp_path / "fixed.docx")[6] == "回顾其第2106(2013)号决议和第2467(2019)号决议，"


@pytest.mark.parametrize("clause", [
    "重申其第1325(2000)、1820(2008)和1888(2009)号决议，",  # a list: one 第 before its first number (UN style)
    "重申其第1325(2000)号决议和第1820(2008)号决议，",
    "回顾世界卫生大会WHA68.7号决议，",  # another body's symbol
    "注意到S/RES/1325(2000)号文件，",
])
def test_resolutions_cited_the_chinese_way_are_left_alone(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert "resolution-citation" not in rules(make(tmp_path, [*head(), clause, *TAIL]), lib)


# -- a resolution cited in English inside Chinese text -------------------------------------------------------------

@pytest.mark.parametrize(("clause", "right"), [
    ("1. 请秘书长在关于resolution 1325 (2000)执行情况的报告中列入相关资料；",
     "1. 请秘书长在关于第1325(2000)号决议执行情况的报告中列入相关资料；"),
    ("1. 请秘书长在关于Security Council Resolution 2467执行情况的报告中列入相关资料；",
     "1. 请秘书长在关于第2467号决议执行情况的报告中列入相关资料；"),
])
def test_a_resolution_cited_in_english_in_chinese_text(lib: library.Library, tmp_path: Path, clause: str,
                                                      right: str) -> None:
    path = make(tmp_path, [*head(), TAIL[0], clause, TAIL[2]])
    assert rules(path, lib).get("resolution-citation") == [8]
    assert fixed_texts(path, lib, tmp_path / "fixed.docx")[7] == right


def test_an_english_draft_citing_resolutions_is_not_judged_by_the_chinese_form(lib: library.Library,
                                                                              tmp_path: Path) -> None:
    found = rules(make(tmp_path, ["Committee: Security Council", "Topic: Women and peace and security",
                                  "Sponsors: Ireland, Mexico", "Signatories: Kenya", "The Security Council,",
                                  "Reaffirming its resolution 1325 (2000),",
                                  "1. Urges Member States to increase the participation of women;",
                                  "2. Decides to remain seized of the matter."]), lib)
    assert "resolution-citation" not in found


# -- 一般性大会， -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("organ", ["一般性大会，", "全体大会，", "總大會，"])
def test_the_general_assembly_translated_word_for_word(lib: library.Library, tmp_path: Path, organ: str) -> None:
    path = make(tmp_path, [*head("委员会：大会第三委员会", organ), *TAIL[:2], "2. 请秘书长提交一份报告。"])
    assert rules(path, lib).get("organ-line") == [6]
    assert fixed_texts(path, lib, tmp_path / "fixed.docx")[5] in ("大会，", "大會，")


@pytest.mark.parametrize(("committee", "organ"), [("委员会：大会第三委员会", "大会，"),
                                                 ("委员会：世界卫生大会", "世界卫生大会，"),
                                                 ("委员会：联合国环境大会", "联合国环境大会，")])
def test_assembly_names_that_end_in_dahui_are_left_alone(lib: library.Library, tmp_path: Path, committee: str,
                                                        organ: str) -> None:
    found = rules(make(tmp_path, [*head(committee, organ), *TAIL[:2], "2. 请秘书长提交一份报告。"]), lib)
    assert "organ-line" not in found


def test_a_resolution_cited_in_traditional_characters(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "重申其1325 (2000) 號決議，", *TAIL])
    assert rules(path, lib).get("resolution-citation") == [7]
    assert fixed_texts(path, lib, tmp_path / "fixed.docx")[6] == "重申其第1325(2000)號決議，"
