"""A Chinese template's notes in 【】 and a heading's label and value in two cells (word-blind44, #20): what the
structure reader makes of them. Sentences of our own."""

from __future__ import annotations

from drafter.structure.classify import template_note, template_slot
from drafter.structure.heading import heading_fields


def test_a_templates_notes_and_slots_in_brackets() -> None:
    assert template_note("【行动性条款自动编号，以分号结尾；子条款请使用“子条款”样式。】")
    assert template_note("【填写说明：提交前请删除所有【】内的文字。】")
    assert template_slot("【请在此输入行动性条款】") and template_note("【請在此輸入序言性條款】")
    assert template_slot("【请在此处填写附议国，国名之间用顿号分隔】")
    assert not template_slot("【行动性条款以分号结尾。】") and not template_slot("【填写说明：请在表格中填写会议信息。】")
    # a dais remark, an amendment's note, a part's name and a marked lead are no template notes
    assert not template_note("【主席团批注：请补充资金来源】")
    assert not template_note("【修正：请删除第3条】")
    assert not template_note("【序言性条款】")
    assert not template_note("【回顾】其以往各项决议，")


def test_a_label_cell_takes_the_value_in_the_next_cell() -> None:
    fields = heading_fields(["决议草案", "委员会：", "安全理事会", "议题：", "萨赫勒的水资源", "起草国：乍得"])
    assert [(f.key, f.value) for f in fields] == [("committee", "安全理事会"), ("topic", "萨赫勒的水资源"),
                                                  ("sponsors", "乍得")]
    # a label followed by another label keeps its empty value
    assert [(f.key, f.value) for f in heading_fields(["委员会：", "议题：水资源"])] == [("committee", ""),
                                                                                  ("topic", "水资源")]
