"""Faults and false alarms of the blind set holdout-zh20 (#20): Chinese drafts built with drafter and then edited by
hand during debate. Held by sentences of our own, with a passing draft beside each: a friendly amendment's mark
typed into a clause ("（经修正）", "（经修改）" before or after the words), which is an amendment's trace as "（已修正）"
is, though not after a treaty's title (《…》（经修订）: the instrument as amended); and a struck clause marked with a
typed "【删除】", which is that trace and not a lead put between marks (the lead is the word after it); words or a
clause struck between the full-width "～～" a Chinese keyboard types for "~~"."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

ZH_HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区可持续发展", "起草国：尼泊尔、秘鲁", "附议国：不丹、瑞士", "大会，",
           "回顾其关于山区可持续发展的各项决议，"]


def messages(path: Path, lib: library.Library, rule: str) -> list[str]:
    report, _ = check.check_file(path, lib)
    return [str(f.message) for f in report.findings if f.rule == rule]


# each mark a delegate types for a friendly amendment, beside a clause with the same words that is no trace
@pytest.mark.parametrize(("clause", "clean"), [
    ("1. 鼓励各国在山区推广梯田耕作（经修正），并保护高山草场；", "1. 鼓励各国在山区推广经修正的梯田耕作标准；"),
    ("1. （经修正）鼓励各国在山区推广梯田耕作；", "1. 鼓励各国修正其山区土地法，使之符合可持续发展目标；"),
    ("1. 鼓励各国在山区推广梯田耕作(经修改)；", "1. 鼓励各国在山区推广经修改的梯田耕作方法；"),
    ("1. 鼓励各国在山区推广梯田耕作（已经修正）；", "1. 鼓励各国在山区推广已经修正的耕作标准；"),
    ("1. 鼓励各国在山区推广梯田耕作（经修订）；", "1. 鼓励各国批准《国际植物保护公约》（经修订），并执行其规定；"),
])
def test_an_amended_mark_in_a_chinese_clause_is_a_trace(lib: library.Library, tmp_path: Path, clause: str,
                                                         clean: str) -> None:
    assert 8 in rules(make(tmp_path, [*ZH_HEAD, clause, "2. 请秘书长提交报告。"]), lib).get("amendment-trace", [])
    passing = make(tmp_path, [*ZH_HEAD, clean, "2. 请秘书长提交报告。"], "clean.docx")
    assert "amendment-trace" not in rules(passing, lib)


def test_a_struck_clause_marked_with_brackets_is_no_marked_lead(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*ZH_HEAD, "1. 鼓励各国在山区推广梯田耕作；", "2. 【删除】请各国设立山区发展基金；", "3. 请秘书长提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert 9 in found.get("amendment-trace", [])
    assert 9 not in found.get("lead-marked", [])
    # a lead put between the same marks is still a marked lead, and no trace
    marked = [*ZH_HEAD, "1. 鼓励各国在山区推广梯田耕作；", "2. 【请】各国设立山区发展基金；", "3. 请秘书长提交报告。"]
    found = rules(make(tmp_path, marked, "marked.docx"), lib)
    assert 9 in found.get("lead-marked", [])
    assert "amendment-trace" not in found


@pytest.mark.parametrize("clause", ["～～2. 请各国设立山区发展基金；～～", "2. 请各国设立～～国家～～山区发展基金；"])
def test_words_struck_with_full_width_tildes_are_a_trace(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*ZH_HEAD, "1. 鼓励各国在山区推广梯田耕作；", clause, "3. 请秘书长提交报告。"]
    assert 9 in rules(make(tmp_path, paragraphs), lib).get("amendment-trace", [])
    # a range written with one "～" is no strike
    clean = [*ZH_HEAD, "1. 鼓励各国在2026～2030年间推广梯田耕作；", "2. 请秘书长提交报告。"]
    assert "amendment-trace" not in rules(make(tmp_path, clean, "clean.docx"), lib)
