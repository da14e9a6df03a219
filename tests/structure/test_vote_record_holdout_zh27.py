"""The structure reader on drafts handed in after the vote (#20, blind set holdout-zh27), with sentences of our own: the
record of the vote typed under a last clause that closed with its end mark ("表决结果：赞成……", "Adopted by 14 votes
in favour …") is no line of that clause, in Chinese as in English; a line that only goes on with the clause stays."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import ZH_HEAD, make

from drafter import library, structure
from drafter.word import reader

ZH = [*ZH_HEAD, "大会，", "回顾其关于山区可持续发展的各项决议，", "1. 鼓励各国在山区推广可持续农业；"]
EN = ["Committee: Second Committee", "Topic: Mountain development", "Sponsors: Nepal, Peru", "The General Assembly,",
      "Recalling its resolutions on sustainable mountain development,",
      "1. Encourages States to promote sustainable agriculture in mountain areas;"]


def tree_of(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> structure.Structure:
    return structure.read_structure(reader.read(make(tmp_path, list(paragraphs))), lib)


def test_a_vote_record_under_the_last_clause_is_no_line_of_it(lib: library.Library, tmp_path: Path) -> None:
    tree = tree_of(tmp_path, lib, [*ZH, "2. 请秘书长向大会第八十二届会议提交报告。", "表决结果：赞成28票，反对2票，弃权5票。"])
    assert not tree.operative[-1].continuation
    tree = tree_of(tmp_path, lib, [*EN, "2. Requests the Secretary-General to report at its eighty-second session.",
                                   "Adopted by 14 votes in favour, 3 against and 2 abstentions."])
    assert not tree.operative[-1].continuation
    # a clause that has not closed: what follows is its wrapped text, however it reads
    tree = tree_of(tmp_path, lib, [*ZH, "2. 请秘书长报告各国在山区项目上", "以13票赞成、2票弃权通过的预算的执行情况。"])
    assert [n.para.text for n in tree.operative[-1].continuation] == ["以13票赞成、2票弃权通过的预算的执行情况。"]
