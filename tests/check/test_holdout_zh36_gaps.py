"""Faults of Chinese drafts the checker missed on the blind set holdout-zh36 (#20), drafts as a WeChat article or a
group chat carries them, held by sentences of our own with a passing draft beside them: keycap emoji typed as clause
numbers ("1️⃣"), a separator line of bullets after the last clause ("◆ ◆ ◆", not a sub-paragraph), the credit lines at
an article's foot ("编辑：…", "排版：…"), the article's title with its column's bar above the heading ("模联学术 | …"),
a part's name in the article's 【】 ("【序言性条款】") and a chat's closing line ("以上～有问题随时@我")."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library
from drafter.labelkinds import read_label, read_typed
from drafter.structure.classify import part_heading

HEAD = ["决议草案2.3", "委员会：大会第二委员会", "议题：小岛屿国家的可持续旅游", "起草国：斐济、马尔代夫",
        "附议国：牙买加、塞舌尔"]
ORGAN = "大会，"
PRE = ["注意到旅游业收入占许多小岛屿国家国内生产总值的很大比重，", "认识到珊瑚礁退化威胁沿海社区的生计，"]
OPS = ["1. 鼓励会员国制定生态旅游认证标准；", "2. 请秘书长向大会第八十二届会议报告进展情况。"]


@pytest.mark.parametrize(("text", "value"), [("1️⃣ 鼓励会员国制定认证标准；", 1), ("3⃣ 请秘书长报告；", 3),
                                             ("🔟 决定继续审议此问题。", 10)])
def test_a_keycap_emoji_reads_as_a_number(text: str, value: int) -> None:
    typed = read_typed(text)
    assert typed is not None and typed.kind == "number" and typed.value == value and not typed.un_number
    assert text[typed.end:].startswith(("鼓励", "请", "决定"))


def test_keycap_numbered_clauses_are_the_operative_part(lib: library.Library, tmp_path: Path) -> None:
    ops = ["1️⃣ 鼓励会员国制定生态旅游认证标准；", "2️⃣ 请秘书长向大会第八十二届会议报告进展情况。"]
    found = rules(make(tmp_path, [*HEAD, ORGAN, *PRE, *ops]), lib)
    assert found.get("numbering-form") == [9, 10]
    assert "preambular-end" not in found and "no-operative" not in found
    # a number that opens a sentence is no keycap ("2030年前…")
    assert read_typed("2030年前实现目标，") is None


def test_a_separator_of_bullets_is_no_sub_paragraph(lib: library.Library, tmp_path: Path) -> None:
    assert read_typed("◆ ◆ ◆") is None and read_typed("• • •") is None
    typed = read_typed("◆ 简化签证手续；")  # a bullet before words stays a bullet
    assert typed is not None and typed.kind == "bullet"
    assert read_label("◆") is not None  # Word's symbol bullet alone is a label
    found = rules(make(tmp_path, [*HEAD, ORGAN, *PRE, *OPS, "◆ ◆ ◆"]), lib)
    assert "chapeau-colon" not in found and "sub-label-style" not in found
    assert found.get("pasted-artefact") == [11]


def test_an_articles_credit_lines_after_the_text(lib: library.Library, tmp_path: Path) -> None:
    foot = ["责任编辑：王一鸣", "排版 | 赵小舟", "一审编辑 刘晨"]
    found = rules(make(tmp_path, [*HEAD, ORGAN, *PRE, *OPS, *foot]), lib)
    assert found.get("pasted-artefact") == [11, 12, 13]
    # the heading's own fields are no credit lines
    assert "pasted-artefact" not in rules(make(tmp_path, [*HEAD, ORGAN, *PRE, *OPS], name="clean.docx"), lib)


def test_an_articles_title_with_its_column_above_the_heading(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, ["学术速递 | 第二委员会决议草案2.3", *HEAD, ORGAN, *PRE, *OPS]), lib)
    assert found.get("pasted-artefact") == [1]
    # a bar inside a clause is the clause's
    barred = [*HEAD, ORGAN, PRE[0], "认识到“海洋|社区”伙伴关系的作用，", *OPS]
    assert "pasted-artefact" not in rules(make(tmp_path, barred, name="barred.docx"), lib)


@pytest.mark.parametrize(("line", "part"), [("【序言性条款】", "preambular"), ("〖执行部分〗", "operative")])
def test_a_parts_name_in_lenticular_brackets(line: str, part: str) -> None:
    assert part_heading(line) == part
    assert part_heading("【回顾】") is None  # a lead so marked is a lead


def test_section_marks_of_an_article_are_section_headings(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*HEAD, ORGAN, "【序言性条款】", *PRE, "【行动性条款】", *OPS]), lib)
    assert found.get("section-heading") == [7, 10]


def test_a_chats_closing_line_after_the_text(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*HEAD, ORGAN, *PRE, *OPS, "以上～有问题随时@我"]), lib)
    assert found.get("pasted-artefact") == [11]
