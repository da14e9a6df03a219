"""Heading labels of the Chinese-language committees of Malaysian and Singaporean schools the checker did not read
(#20, set holdout-zh37): 课题 for the topic (the Malaysian and Singaporean Chinese word for an issue: 华社课题) and
提呈国 / 联合提呈国 for the submitting and co-submitting States (提呈 = to table, as a bill in the Dewan Rakyat). Read as
other lines, they drew a heading-missing for a field the heading has. Sentences of our own, with the fields still
reported when the heading lacks them. Also an organ line left in English in a Chinese draft ("The General Assembly,"
before 回顾…, from an English template), which was reported missing on the paragraph after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

BODY = ["大会，", "回顾《联合国海洋法公约》，", "认识到海洋塑料污染对沿海社区的影响，",
        "1. 鼓励会员国减少一次性塑料制品的使用；", "2. 请秘书长就此提交报告。"]


@pytest.mark.parametrize("heading", [
    ["决议草案", "委员会：联合国环境大会", "课题：海洋塑料污染", "起草国：马来西亚、新加坡", "附议国：文莱、泰国"],
    ["决议草案", "委员会：联合国环境大会", "议题：海洋塑料污染", "提呈国：马来西亚", "附议国：文莱、泰国"],
    ["决议草案", "论坛：联合国环境大会", "课题：海洋塑料污染", "提呈国：马来西亚", "联合提呈国：文莱、泰国"],
    ["决议草案", "委员会：联合国环境大会", "課題：海洋塑料污染", "主提呈國：馬來西亞", "附議國：汶萊、泰國"],
])
def test_local_labels_are_read_as_their_fields(lib: library.Library, tmp_path: Path, heading: list[str]) -> None:
    path = make(tmp_path, [*heading, *BODY])
    assert "heading-missing" not in rules(path, lib)


@pytest.mark.parametrize("heading", [
    ["决议草案", "委员会：联合国环境大会", "课题：海洋塑料污染", "附议国：文莱、泰国"],  # no sponsors
    ["决议草案", "委员会：联合国环境大会", "提呈国：马来西亚", "附议国：文莱、泰国"],  # no topic
])
def test_a_field_still_missing_beside_local_labels(lib: library.Library, tmp_path: Path, heading: list[str]) -> None:
    path = make(tmp_path, [*heading, *BODY])
    assert rules(path, lib).get("heading-missing") == [1]


HEAD = ["决议草案", "委员会：大会第二委员会", "议题：海洋塑料污染", "起草国：马来西亚", "附议国：文莱、泰国"]


@pytest.mark.parametrize("organ", ["The General Assembly,", "THE GENERAL ASSEMBLY，", "The Security Council,"])
def test_an_organ_line_left_in_english_in_a_chinese_draft(lib: library.Library, tmp_path: Path, organ: str) -> None:
    path = make(tmp_path, [*HEAD, organ, *BODY[1:]])
    assert rules(path, lib).get("organ-line") == [6]


def test_the_chinese_organ_line_and_an_english_draft_pass(lib: library.Library, tmp_path: Path) -> None:
    assert "organ-line" not in rules(make(tmp_path, [*HEAD, *BODY], "zh.docx"), lib)
    english = ["Committee: Second Committee", "Topic: Plastic pollution", "Sponsors: Malaysia", "Signatories: Brunei",
               "The General Assembly,", "Recalling the Convention on the Law of the Sea,",
               "1. Encourages Member States to use less single-use plastic;", "2. Requests a report."]
    assert "organ-line" not in rules(make(tmp_path, english, "en.docx"), lib)
