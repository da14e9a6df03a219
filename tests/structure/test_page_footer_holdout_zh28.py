"""The structure reader on Chinese drafts copied out of a PDF booklet (#20, blind set holdout-zh28), with sentences of
our own: a preambular clause cut at the PDF's line end, whose rest ends with a comma right above the page's footer
("第 3 页 共 12 页"), is one clause: the footer is no second unlabelled item that would make the rest an item too."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import ZH_HEAD, make

from drafter import library, structure
from drafter.word import reader

ZH = [*ZH_HEAD, "大会，", "回顾其关于渔业补贴的各项决议，", "关切地注意到许多小规模渔民缺乏进入市场的渠道，而过度捕捞往往"]
OPERATIVE = ["认识到区域渔业管理组织的作用，", "1. 鼓励各国取消助长过度捕捞的补贴；", "2. 请秘书长报告本决议的执行情况。"]


def tree_of(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> structure.Structure:
    return structure.read_structure(reader.read(make(tmp_path, list(paragraphs))), lib)


def test_the_rest_of_a_clause_above_a_page_footer_goes_on_with_it(lib: library.Library, tmp_path: Path) -> None:
    for footer in ("第 3 页 共 12 页", "第2页", "- 3 -"):
        tree = tree_of(tmp_path, lib, [*ZH, "使他们的收入更加不稳定，", footer, *OPERATIVE])
        cut = next(n for n in tree.preamble if n.para.text.startswith("关切地注意到"))
        assert [n.para.text for n in cut.continuation] == ["使他们的收入更加不稳定，"], footer
    # a line that goes on as a second item does not join: two unlabelled items under a sentence with no colon
    tree = tree_of(tmp_path, lib, [*ZH, "使他们的收入更加不稳定，", "并削弱沿海社区的粮食安全，", *OPERATIVE])
    cut = next(n for n in tree.preamble if n.para.text.startswith("关切地注意到"))
    assert not cut.continuation
