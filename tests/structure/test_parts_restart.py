"""Operative clauses a Chinese draft numbers by part, each part under a heading of its own and counted from 1 again
(第一部分 … 1. 2. 3., 第二部分 … 1. 2.), tested with sentences of our own: both runs are operative paragraphs, whatever
mark ends the first part's last clause (the count starting again after a heading is no sign of a numbered preamble);
without a heading between them, "1." again after clauses ending "，" still reads the first run as a numbered preamble."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：沙漠化", "起草国：马里、蒙古", "附议国：智利", "大会，",
        "回顾其关于防治荒漠化的各项决议，", "关切地注意到土地退化影响数亿人的生计，"]
PART_ONE = ["第一部分 预防", "1. 促请会员国保护旱地植被；", "2. 鼓励各国推广节水灌溉技术；"]
PART_TWO = ["第二部分 合作", "1. 请各国分享土地监测数据；", "2. 鼓励区域组织设立旱灾预警机制。"]


def test_clauses_numbered_again_under_each_part_are_all_operative(tmp_path: Path, lib: library.Library) -> None:
    for end in ("；", "。"):
        one = [*PART_ONE[:-1], PART_ONE[-1][:-1] + end]
        tree = read_structure(reader.read(make(tmp_path, [*HEAD, *one, *PART_TWO], f"parts{ord(end)}.docx")), lib)
        assert [n.label for n in tree.operative] == ["1", "2", "1", "2"], end
        assert len(tree.preamble) == 2 and [n.text for n in tree.sections] == ["第一部分 预防", "第二部分 合作"]


def test_without_a_heading_a_count_again_after_commas_is_a_numbered_preamble(tmp_path: Path,
                                                                            lib: library.Library) -> None:
    numbered = ["1. 回顾其关于防治荒漠化的各项决议，", "2. 关切地注意到土地退化影响数亿人的生计，",
                "1. 请各国分享土地监测数据；", "2. 鼓励区域组织设立旱灾预警机制。"]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD[:6], *numbered])), lib)
    assert [n.label for n in tree.operative] == ["1", "2"] and len(tree.preamble) == 2
