"""The structure reader on a Chinese draft merged from two working papers numbered differently (#20, blind set
holdout-zh22), with sentences of our own: clauses "一、" "二、" pasted after a clause "2. ……；" that its end mark closes
are clauses numbered in another form, not its sub-paragraphs; under a clause that announces its items ("……：") they
stay items."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import ZH_HEAD, make

from drafter import library, structure
from drafter.word import reader

ZH = [*ZH_HEAD, "大会，", "回顾其关于跨界含水层的各项决议，"]


def tree_of(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> structure.Structure:
    return structure.read_structure(reader.read(make(tmp_path, list(paragraphs))), lib)


def test_ordinals_after_a_closed_clause_number_clauses(lib: library.Library, tmp_path: Path) -> None:
    tree = tree_of(tmp_path, lib, [*ZH, "1. 鼓励共享含水层的国家交换监测数据；", "2. 促请各国将含水层保护纳入国家水资源规划；",
                                   "一、请联合国教育、科学及文化组织协助各国绘制含水层地图。",
                                   "二、邀请区域组织为含水层管理机构提供技术支持。", "3. 决定在第八十二届会议上继续审议这一问题。"])
    assert [n.typed.text if n.typed else n.label for n in tree.operative] == ["1.", "2.", "一、", "二、", "3."]
    assert all(not n.children for n in tree.operative)
    # under a clause announcing its items they stay items
    tree = tree_of(tmp_path, lib, [*ZH, "1. 鼓励共享含水层的国家：", "一、交换监测数据；", "二、设立联合管理机构；",
                                   "2. 决定在第八十二届会议上继续审议这一问题。"])
    assert [n.label for n in tree.operative] == ["1", "2"]
    assert [n.typed.text if n.typed else n.label for n in tree.operative[0].children] == ["一、", "二、"]
    # items with no operative lead after a closed clause are no clauses either
    tree = tree_of(tmp_path, lib, [*ZH, "1. 鼓励各国保护下列含水层；", "一、努比亚砂岩含水层；", "二、瓜拉尼含水层；",
                                   "2. 决定在第八十二届会议上继续审议这一问题。"])
    assert [n.label for n in tree.operative] == ["1", "2"]
