"""Faults of Chinese drafts the checker missed on the blind set holdout-zh24 (#20), drafts laid out after real printed
samples (a guide's, a conference handbook's, a WHO draft's), each held by sentences of our own with a passing draft
beside it: the paragraph tags of WHO and UN rolling texts ("PP1", "OP2") typed with a Chinese input method left in
full-width mode ("ＰＰ１", "ＯＰ２．"), which the label reader read as the words of a clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library
from drafter.labelkinds import read_typed

HEAD = ["决议草案1.1", "委员会：世界卫生大会", "议题：疫苗公平分配", "起草国：泰国、荷兰", "附议国：加拿大、智利",
        "世界卫生大会，"]
PRE = ["回顾全球疫苗免疫战略，", "深切关注低收入国家的疫苗接种率仍然偏低，"]
OPS = ["1. 敦促会员国加强疫苗供应链；", "2. 请总干事向下一届卫生大会报告进展。"]


@pytest.mark.parametrize(("text", "label", "value"), [
    ("ＰＰ１ 回顾全球疫苗免疫战略，", "ＰＰ１", 1),
    ("ＯＰ２．请总干事报告进展。", "ＯＰ２．", 2),
    ("ＯＰ１２ 敦促会员国加强合作；", "ＯＰ１２", 12),
])
def test_full_width_paragraph_tags_are_read_as_labels(text: str, label: str, value: int) -> None:
    typed = read_typed(text)
    assert typed is not None and (typed.text, typed.value) == (label, value)


@pytest.mark.parametrize("text", ["ＯＰＥＣ成员国同意增产，", "ＰＭ２.５浓度持续上升，", "ＰＰＰ模式有助于吸引投资，"])
def test_full_width_words_are_no_tag(text: str) -> None:
    assert read_typed(text) is None


def test_a_preamble_and_operative_part_tagged_in_full_width(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "ＰＰ１ 回顾全球疫苗免疫战略，", "ＰＰ２ 深切关注低收入国家的疫苗接种率仍然偏低，",
                  "ＯＰ１ 敦促会员国加强疫苗供应链；", "ＯＰ２ 请总干事向下一届卫生大会报告进展。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("preambular-numbered") == [7, 8]
    assert found.get("numbering-form") == [9, 10]
    assert "preambular-end" not in found


def test_the_same_draft_tagged_in_half_width_and_untagged(lib: library.Library, tmp_path: Path) -> None:
    tagged = [*HEAD, "PP1 回顾全球疫苗免疫战略，", "PP2 深切关注低收入国家的疫苗接种率仍然偏低，",
              "OP1 敦促会员国加强疫苗供应链；", "OP2 请总干事向下一届卫生大会报告进展。"]
    found = rules(make(tmp_path, tagged), lib)
    assert found.get("preambular-numbered") == [7, 8] and found.get("numbering-form") == [9, 10]
    clean = rules(make(tmp_path, [*HEAD, *PRE, *OPS], name="clean.docx"), lib)
    assert not {"preambular-numbered", "numbering-form", "preambular-end", "operative-end"} & set(clean)
