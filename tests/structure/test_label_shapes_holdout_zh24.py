"""Label shapes of the blind set holdout-zh24 (#20), tested with sentences of our own: the paragraph tags of WHO and
UN rolling texts typed in full-width ("ＰＰ１", "ＯＰ２"), as a Chinese input method left in full-width mode types
them, are the paragraphs' labels: the tagged preamble stays the preamble and the tagged clauses are the operative
part, numbered 1, 2 by their tags, as the half-width tags are."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader


def test_full_width_tags_label_the_preamble_and_the_clauses(lib: library.Library, tmp_path: Path) -> None:
    body = ["决议草案1.1", "委员会：世界卫生大会", "议题：疫苗公平分配", "起草国：泰国、荷兰", "附议国：加拿大、智利",
            "世界卫生大会，", "ＰＰ１ 回顾全球疫苗免疫战略，", "ＰＰ２ 深切关注低收入国家的疫苗接种率仍然偏低，",
            "ＯＰ１ 敦促会员国加强疫苗供应链；", "ＯＰ２ 请总干事向下一届卫生大会报告进展。"]
    tree = read_structure(reader.read(make(tmp_path, body)), lib)
    assert [n.label for n in tree.preamble] == ["ＰＰ１", "ＰＰ２"]
    assert [n.number for n in tree.operative] == [1, 2]
    assert [n.para.text[:4] for n in tree.operative] == ["ＯＰ１ ", "ＯＰ２ "]
