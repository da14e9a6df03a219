"""ZH-B01, MUN-F01 in Chinese as in English (found by probing, round 14): a General Assembly committee's draft opens
with 大会， — not 联合国大会， ("The United Nations General Assembly,") nor the committee's own name (第三委员会，,
社会、人道主义和文化委员会， — "The Third Committee,")."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library

HEAD = ["委员会：大会第三委员会", "议题：农村地区的学校供餐", "起草国：秘鲁", "附议国：智利、尼泊尔"]
BODY = ["注意到每日一餐能使儿童留在学校，", "1. 请教育部每日提供一餐热食；", "2. 邀请捐助方资助学校厨房。"]


@pytest.mark.parametrize("organ", ["联合国大会，", "聯合國大會，", "第三委员会，", "社会、人道主义和文化委员会，", "大会第三委员会，"])
def test_more_or_other_than_the_assembly(tmp_path: Path, lib: library.Library, organ: str) -> None:
    assert (5, "organ-line") in rules_at(tmp_path, lib, [*HEAD, organ, *BODY])


@pytest.mark.parametrize(("committee", "organ"), [("委员会：大会第三委员会", "大会，"),
                                                  ("委员会：安全理事会", "安全理事会，"),
                                                  ("委员会：和平利用外层空间委员会", "和平利用外层空间委员会，")])
def test_the_organs_own_name(tmp_path: Path, lib: library.Library, committee: str, organ: str) -> None:
    found = rules_at(tmp_path, lib, [committee, *HEAD[1:], organ, *BODY])
    assert not [r for r in found if r[1] == "organ-line"], found


@pytest.mark.parametrize(("organ", "body", "head"), [
    ("大会；", BODY, HEAD), ("大会。", BODY, HEAD),
    ("The General Assembly;", ["Noting that a daily meal keeps children in school,",
                               "1. Asks ministries of education to serve one hot meal a day;",
                               "2. Invites donors to fund school kitchens."],
     ["Committee: Third Committee", "Topic: School meals", "Sponsors: Peru", "Signatories: Chile, Nepal"]),
])
def test_an_organ_line_with_the_wrong_end_mark_is_the_organ_line(tmp_path: Path, lib: library.Library, organ: str,
                                                                 body: list[str], head: list[str]) -> None:
    found = [r for r in rules_at(tmp_path, lib, [*head, organ, *body]) if r[1] == "organ-line"]
    assert found == [(5, "organ-line")], found
