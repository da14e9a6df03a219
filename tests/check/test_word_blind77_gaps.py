"""Gaps of ``drafter check`` found on the blind set word-blind77 (#20), held by sentences of our own:

* **two Chinese clauses joined into one with the first one's "；" left in the middle** ("……的补贴；并简化……；", what a
  deleted paragraph mark leaves when a co-sponsor joins two clauses with Track Changes on): `stray-semicolon` judged
  English clauses only. A "；" before a connective that carries the same clause on (并, 并且, 同时, 且, 而且) is now
  reported in Chinese preambular and operative clauses of MUN drafts; not the items of a list after a colon, nor a
  "；" inside brackets, quotations or titles, nor the mark ending the clause.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：经济及社会理事会", "议题：城市公共交通", "起草国：哥伦比亚、越南", "附议国：芬兰、摩洛哥",
        "经济及社会理事会，", "注意到许多城市的公交线路未能覆盖城郊地区，"]
LAST = "3. 请秘书长报告本决议的执行情况。"


def _stray(path: Path, lib: library.Library) -> list[int]:
    report, _ = check.check_file(path, lib)
    return [f.paragraph for f in report.findings if f.rule == "stray-semicolon"]


@pytest.mark.parametrize("clause", [
    "2. 鼓励各国为低收入乘客提供票价补贴；并简化申请补贴的手续；",
    "2. 鼓励各国为低收入乘客提供票价补贴；同时扩大城郊线路的覆盖范围；",
    "2. 鼓勵各國為低收入乘客提供票價補貼；並簡化申請補貼的手續；",
])
def test_a_semicolon_before_a_connective_inside_a_chinese_clause_is_stray(
        lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*HEAD, "1. 敦促各国制定公共交通发展规划；", clause, LAST])
    assert _stray(path, lib) == [9]


def test_a_semicolon_inside_a_preambular_chinese_clause_is_stray(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "认识到公共交通对减少排放至关重要；并且有助于改善空气质量，",
                           "1. 敦促各国制定公共交通发展规划；", "2. 鼓励各国提供票价补贴；", LAST])
    assert _stray(path, lib) == [8]


@pytest.mark.parametrize("clause", [
    "2. 鼓励各国采取以下措施：提供票价补贴；并简化申请手续；",  # the items of a list after a colon
    "2. 鼓励各国为低收入乘客提供票价补贴，并简化申请补贴的手续；",  # the comma a clause carries on with
    "2. 鼓励各国参照“提供补贴；并简化手续”的做法改进服务；",  # inside a quotation
    "2. 鼓励各国提供票价补贴（包括学生；并包括老人）；",  # inside brackets
])
def test_a_chinese_clause_with_no_stray_semicolon_stays_clean(
        lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*HEAD, "1. 敦促各国制定公共交通发展规划；", clause, LAST])
    assert _stray(path, lib) == []
