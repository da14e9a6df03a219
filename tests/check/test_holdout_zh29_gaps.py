"""Faults of Chinese drafts the checker missed on the blind set holdout-zh29 (#20), drafts laid out after real public
pages (the Chinese HTML page of an older General Assembly resolution, handbook mirrors whose bullets came through as
"?"), each held by sentences of our own with a passing draft beside it: the bare "大会决议" line of an adopted text kept
on a draft, and sub-paragraphs set off with the "?" a symbol-font bullet became when the list was copied as plain
text (a bullet, not a half-width question mark)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library
from drafter.labelkinds import read_label

HEAD = ["决议草案3.2", "委员会：大会第二委员会", "议题：内陆发展中国家的过境运输", "起草国：蒙古、巴拉圭",
        "附议国：不丹、老挝、乌兹别克斯坦"]
ORGAN = "大会，"
PRE = ["注意到内陆发展中国家的贸易成本远高于沿海国家，", "认识到过境走廊对区域一体化的重要性，"]
OPS = ["1. 鼓励过境国简化海关和边境手续；", "2. 请秘书长向大会第八十二届会议报告进展情况。"]


@pytest.mark.parametrize("line", ["大会决议", "大會決議", "经济及社会理事会决议"])
def test_a_bare_adoption_line_on_a_draft(lib: library.Library, tmp_path: Path, line: str) -> None:
    found = rules(make(tmp_path, [*HEAD, line, ORGAN, *PRE, *OPS]), lib)
    assert found.get("draft-as-adopted") == [6]
    # the title 决议草案 and an organ line are no adoption line; nor is a line that names the resolution's subject
    clean = [*HEAD, ORGAN, *PRE, *OPS]
    assert "draft-as-adopted" not in rules(make(tmp_path, clean, name="clean.docx"), lib)
    titled = [*HEAD, "关于内陆发展中国家过境运输的大会决议草案", ORGAN, *PRE, *OPS]
    assert "draft-as-adopted" not in rules(make(tmp_path, titled, name="titled.docx"), lib)


def test_the_bare_line_and_its_bracket_each_reported(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "大会决议", "[根据第二委员会的报告通过]", ORGAN, *PRE, *OPS]
    assert rules(make(tmp_path, paragraphs), lib).get("draft-as-adopted") == [6, 7]


@pytest.mark.parametrize("mark", ["?", "？"])
def test_a_question_mark_with_a_space_after_it_opens_a_bulleted_item(mark: str) -> None:
    typed = read_label(f"{mark} 将渔民纳入国家社会保险计划；")
    assert typed is not None and typed.kind == "bullet"
    # a question mark touching the words is text ("?" left inside a pasted sentence)
    assert read_label(f"{mark}将渔民纳入国家社会保险计划；") is None


def test_lost_bullets_are_sub_labels_not_half_width_marks(lib: library.Library, tmp_path: Path) -> None:
    items = ["1. 鼓励过境国采取以下措施：", "? 简化海关和边境手续；", "? 建立单一窗口清关系统；", OPS[1]]
    found = rules(make(tmp_path, [*HEAD, ORGAN, *PRE, *items]), lib)
    assert found.get("sub-label-style") == [10, 11]
    assert "half-width-zh" not in found
    # a half-width question mark inside the text stays a half-width mark
    asked = [*HEAD, ORGAN, "注意到何为过境国的义务?这一问题尚无定论，", PRE[1], *OPS]
    assert rules(make(tmp_path, asked, name="asked.docx"), lib).get("half-width-zh") == [7]
