"""Label shapes found by probing the reader (round 15): a clause number with the ordinal indicator ("1º") or a
clause tag ("Op. 2") typed right before Chinese words, with no space, as Chinese drafts are typed ("1º敦促",
"Op. 2请"); a temperature ("2°C") and an English tag without its space stay text."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library
from drafter.labelkinds import read_typed

HEAD_ZH = ["委员会：经济及社会理事会", "议题：农村地区的学校供餐", "起草国：马拉维", "附议国：秘鲁、尼泊尔", "经济及社会理事会，",
           "注意到每日一餐能使儿童留在学校，"]


@pytest.mark.parametrize(("text", "value", "label"), [
    ("1º敦促各国每日提供一餐热食；", 1, "1º"), ("2°请教育部每日提供一餐热食；", 2, "2°"),
    ("Op. 3请捐助方资助学校厨房。", 3, "Op. 3"), ("OP4敦促各国每日提供一餐热食；", 4, "OP4"),
])
def test_a_label_glued_to_chinese_words_is_read(text: str, value: int, label: str) -> None:
    typed = read_typed(text)
    assert typed is not None and (typed.value, typed.text) == (value, label)


@pytest.mark.parametrize("text", ["2°C of warming is the limit", "Op.3pm meeting", "1ºlugar"])
def test_no_label_without_chinese_words_after_it(text: str) -> None:
    assert read_typed(text) is None


@pytest.mark.parametrize("shape", ["{n}º", "Op. {n}"])
def test_a_chinese_draft_numbered_so_is_read_as_its_operative_part(tmp_path: Path, lib: library.Library,
                                                                  shape: str) -> None:
    body = [shape.format(n=1) + "敦促各国每日提供一餐热食；", shape.format(n=2) + "请教育部公布供餐情况；",
            shape.format(n=3) + "邀请捐助方资助学校厨房。"]
    found = rules_at(tmp_path, lib, [*HEAD_ZH, *body])
    # the clauses are the operative part, whose labels are not in the Chinese profile's form
    assert {rule for _, rule in found} <= {"numbering-form", "lead-emphasis-document", "half-width-zh"}, found
    assert {p for p, rule in found if rule == "numbering-form"} == {7, 8, 9}, found
