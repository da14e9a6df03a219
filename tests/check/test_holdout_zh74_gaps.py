"""Gaps of the blind set holdout-zh74 (#20, round 34: Chinese drafts thick with facts: States named in clauses,
dates, sessions, documents), held by sentences of our own with passing drafts beside them:

* a Member State's Chinese name misspelt in the clauses (one character left out, added or changed inside a long
  name: 吉尔吉斯坦, 塔吉克期坦, 大不列颠北爱尔兰联合王国): `state-name`, as the heading's lists are judged (UN-H06, ZH-H02);
* a session named as the press names it (第80届联大, 联大第80届会议) or in Arabic digits (大会第81届会议):
  `session-zh`, «大会第八十届会议» (UN-H05, ZH-P02).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山地国家的冰川与水安全", "起草国：尼泊尔、智利", "附议国：秘鲁、不丹", "大会，"]
PRE = "回顾其关于山区可持续发展的各项决议，"
OP = "1. 鼓励会员国加强冰川监测；"
LAST = "2. 决定在下届会议上继续审议这一问题。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# -- state-name: a State's Chinese name misspelt in a clause ------------------------------------------------------

@pytest.mark.parametrize(("line", "where", "right"), [
    ("2. 邀请塔吉克斯坦和吉尔吉斯坦介绍其冰川保护立法；", 9, "吉尔吉斯斯坦"),  # a character left out
    ("2. 欢迎塔吉克期坦主办高级别冰川会议；", 9, "塔吉克斯坦"),  # a character changed
    ("2. 感谢大不列颠北爱尔兰联合王国提供的卫星数据；", 9, "大不列颠及北爱尔兰联合王国"),
    ("2. 请斯洛伐尼亚分享其阿尔卑斯山区的监测经验；", 9, "斯洛文尼亚"),
])
def test_a_states_name_misspelt_in_a_clause(lib: library.Library, tmp_path: Path, line: str, where: int,
                                            right: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, PRE, OP, line, "3. 决定在下届会议上继续审议这一问题。"]), lib, "state-name")
    assert [w for w, _ in found] == [where]
    assert right in found[0][1]


def test_right_names_and_their_neighbours_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    # UN names, short and formal; Taiwan's and Hong Kong's names; a right name and the next word's first character
    # (中非共和国国防, 刚果民主共和国国家机构); names of places and people that end as a State's does
    lines = [PRE, "注意到吉尔吉斯斯坦、乌兹别克斯坦和吉尔吉斯共和国在冰川监测方面的合作，以及以色列和巴勒斯坦两国的代表，",
             "又注意到沙地阿拉伯、紐西蘭和吉爾吉斯的代表在会上的发言，",
             OP, "2. 支持加强中非共和国国防和安全部队以及刚果民主共和国国家机构的能力；",
             "3. 欢迎库尔德斯坦地区和巴尔蒂斯坦的登山者分享经验，并纪念爱因斯坦关于冰川的论述；",
             "4. 决定在下届会议上继续审议这一问题。"]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "state-name") == []


# -- session-zh: a session named as the press names it, or in Arabic digits ---------------------------------------

@pytest.mark.parametrize(("line", "right"), [
    ("2. 鼓励各国在第79届联大期间介绍其冰川保护措施；", "大会第七十九届会议"),
    ("2. 鼓励各国在联大第七十九届会议期间介绍其冰川保护措施；", "大会第七十九届会议"),
    ("2. 请秘书长向大会第81届会议提交一份报告；", "第八十一届会议"),
    ("2. 鼓励各国在第81届联合国大会期间介绍其冰川保护措施；", "大会第八十一届会议"),
])
def test_a_session_as_the_press_names_it(lib: library.Library, tmp_path: Path, line: str, right: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, PRE, OP, line, "3. 决定在下届会议上继续审议这一问题。"]), lib, "session-zh")
    assert [w for w, _ in found] == [9]
    assert right in found[0][1]


def test_sessions_as_the_un_writes_them_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "注意到第29届奥运会期间的休战呼吁和第八十届联合国大会一般性辩论，", OP,
             "2. 请秘书长向大会第八十一届会议提交报告，并将该项目列入第八十二届会议临时议程；",
             "3. 决定在第八十一届会议上继续审议这一问题。"]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "session-zh") == []
