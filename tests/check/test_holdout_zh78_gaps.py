"""Gaps of the blind set holdout-zh78 (#20, round 35: Chinese drafts by delegates who copy the UN's Chinese closely),
held by sentences of our own with passing drafts beside them:

* a Member State's Chinese name in a sponsor list whose first character is a homophone's (赛内加尔 for 塞内加尔, 歌伦比亚
  for 哥伦比亚: an input-method slip): `state-name` with the name meant, as a slip that keeps the first character is
  (UN-H06, ZH-H02).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

BODY = ["大会，", "回顾其关于海洋和海洋法的各项决议，", "1. 鼓励会员国加强海洋科学合作；", "2. 决定在下届会议上继续审议这一问题。"]


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


def _head(sponsors: str, signatories: str) -> list[str]:
    return ["决议草案", "委员会：大会第二委员会", "议题：海洋科学与可持续发展", f"起草国：{sponsors}", f"附议国：{signatories}"]


@pytest.mark.parametrize(("sponsors", "signatories", "where", "right"), [
    ("葡萄牙、肯尼亚", "智利、赛内加尔、斐济", 5, "塞内加尔"),
    ("歌伦比亚、葡萄牙", "智利、斐济", 4, "哥伦比亚"),
    ("葡萄牙、肯尼亚", "智利、斐济、毛理求斯", 5, "毛里求斯"),  # a slip that keeps the first character, as before
])
def test_a_states_chinese_name_with_its_first_character_a_homophones(lib: library.Library, tmp_path: Path,
                                                                      sponsors: str, signatories: str, where: int,
                                                                      right: str) -> None:
    found = _findings(make(tmp_path, [*_head(sponsors, signatories), *BODY]), lib, "state-name")
    assert [w for w, _ in found] == [where]
    assert right in found[0][1]


def test_right_names_and_bodies_in_sponsor_lists_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    # UN names (南非 and 中非共和国 differ in their first character only), Taiwan's 賽普勒斯 written 塞普勒斯 (a
    # variant of a regional name, no slip of the UN's), a name of two States' shapes (北非共和国 is one character off
    # both: no State stands out), and bodies a conference seats beside States
    lines = _head("南非、中非共和国、塞内加尔、哥伦比亚、塞普勒斯", "欧洲联盟、非洲联盟、北非共和国")
    assert _findings(make(tmp_path, [*lines, *BODY]), lib, "state-name") == []
