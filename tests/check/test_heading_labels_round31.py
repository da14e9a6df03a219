"""Heading labels of committees that seat non-State delegations (round 31, holdout-zh59's false alarm): a Chinese
crisis or agency committee names each side 方 (party) rather than 国 (State), 提交方 for the sponsors, 附议方 /
签署方 for the signatories, 联合提交方 for the co-sponsors; such a heading lacks no field."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library
from drafter.structure.heading import fields_in

BODY = ["危机委员会，", "深为关切地震造成大批民众无家可归，", "1. 请各方开放救灾通道；", "2. 请秘书长提出报告。"]


@pytest.mark.parametrize(("line", "key"), [
    ("提交方：红十字国际委员会", "sponsors"), ("起草方：世界粮食计划署", "sponsors"), ("提交方：紅十字國際委員會", "sponsors"),
    ("附议方：秘鲁、无国界医生", "signatories"), ("签署方：世界银行", "signatories"), ("聯署方：智利", "signatories"),
    ("联合提交方：联合国儿童基金会", "co-sponsors"),
])
def test_a_party_label_names_its_field(line: str, key: str) -> None:
    assert [f.key for f in fields_in(line)] == [key]


def test_a_heading_of_parties_lacks_no_field(tmp_path: Path, lib: library.Library) -> None:
    head = ["决议草案", "委员会：危机委员会", "议题：地震救援", "提交方：红十字国际委员会", "附议方：秘鲁、世界银行"]
    found = rules_at(tmp_path, lib, [*head, *BODY])
    assert not [r for r in found if r[1].startswith("heading")], found


def test_a_heading_without_its_sponsors_still_lacks_them(tmp_path: Path, lib: library.Library) -> None:
    head = ["决议草案", "委员会：危机委员会", "议题：地震救援", "附议方：秘鲁、世界银行"]
    assert (1, "heading-missing") in rules_at(tmp_path, lib, [*head, *BODY])
