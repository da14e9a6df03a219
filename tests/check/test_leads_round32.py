"""Chinese lead slips the checker missed at the end of round 31, each on a draft of our own (the English tie-break,
"Reuqets" told Requests and not Regrets, is tested beside the other swaps in test_leftovers31.py).

* A Chinese lead of three characters whose first alone is typed with a character read alike (足意到, 住意到 for 注意到:
  a flat initial, a homophone), where the first two characters as written are no word: a slip, as one in its last
  character ("注意倒") was. A real word at the start is another lead (認知到, 留意到).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第三委员会", "议题：难民儿童的教育", "起草国：秘鲁、泰国", "附议国：加纳、挪威", "大会，"]
FIRST = "回顾其关于难民儿童教育的各项决议，"
OPERATIVE = ["1. 呼吁各国为难民儿童提供教育机会；", "2. 决定继续审议这一问题。"]


def _slips(path: Path, lib: library.Library) -> list[tuple[int, str | None]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "lead-misspelled"]


@pytest.mark.parametrize(("written", "correct"), [("足意到", "注意到"), ("住意到", "注意到"), ("任识到", "认识到")])
def test_a_slip_in_the_first_of_three_characters(lib: library.Library, tmp_path: Path, written: str,
                                                 correct: str) -> None:
    body = [*HEAD, FIRST, f"{written}难民儿童失学的人数不断增加，", *OPERATIVE]
    [(where, fixed)] = _slips(make(tmp_path, body), lib)
    assert where == 8 and correct in (fixed or "")


@pytest.mark.parametrize("opening", ["注意到", "認知到", "留意到", "意识到"])
def test_a_word_at_the_start_is_no_slip(lib: library.Library, tmp_path: Path, opening: str) -> None:
    body = [*HEAD, FIRST, f"{opening}难民儿童失学的人数不断增加，", *OPERATIVE]
    assert _slips(make(tmp_path, body), lib) == []
