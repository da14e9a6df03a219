"""A fault of Chinese drafts the checker missed on the blind set holdout-zh39 (#20), held by sentences of our own with
passing drafts beside them: an operative paragraph that opens with a group of States and a modal (各发达国家应当…,
所有缔约方必须…) instead of the organ's operative verb (UN-B06, ZH-B03)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：内陆发展中国家的过境运输", "起草国：蒙古、巴拉圭", "附议国：老挝、乌干达", "大会，"]
PRE = "回顾其关于内陆发展中国家的各项决议，"
OP_LAST = "3. 请秘书长在下届会议上提交报告。"


# -- operative-no-verb: a group of States and a modal where the verb belongs -----------------------------------------

@pytest.mark.parametrize("clause", ["2. 各发达国家应当向内陆发展中国家提供技术援助；",
                                    "2. 所有缔约方必须履行过境自由的义务；",
                                    "2. 发展中国家政府应加强基础设施投资；",
                                    "2. 各過境國應當簡化海關手續；"])
def test_an_operative_paragraph_opening_with_states_and_a_modal_is_told(lib: library.Library, tmp_path: Path,
                                                                       clause: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励过境国简化海关手续；", clause, OP_LAST])
    assert rules(path, lib).get("operative-no-verb") == [9]


@pytest.mark.parametrize("clause", ["2. 促请各发达国家向内陆发展中国家提供技术援助；",
                                    "2. 吁请所有缔约方履行过境自由的义务；",
                                    "2. 鼓励发展中国家政府加强基础设施投资；"])
def test_an_operative_verb_before_the_states_passes(lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励过境国简化海关手续；", clause, OP_LAST])
    assert "operative-no-verb" not in rules(path, lib)
