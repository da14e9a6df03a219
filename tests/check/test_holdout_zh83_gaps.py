"""Gaps of the blind set holdout-zh83 (#20, round 36: Chinese drafts on the UN Convention against Cybercrime after
its signing), held by sentences of our own with passing drafts beside them:

* a Member State's four-character Chinese name with a character inside it changed (阿赛拜疆 for 阿塞拜疆, a homophone
  typed for it) as an item of a list of States in a clause: `state-name` with the name meant, as the longer names
  misspelt in running text are (UN-H06, ZH-H02); the same shapes outside a list of States are not judged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：区域互联互通", "起草国：蒙古、尼泊尔", "附议国：不丹、老挝", "大会，"]
TAIL = ["1. 鼓励各国加强合作；", "2. 决定在下届会议上继续审议这一问题。"]


def _findings(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "state-name"]


@pytest.mark.parametrize(("clause", "right"), [
    ("注意到乌兹别克斯坦、土库曼斯坦、阿富汗与斯里蓝卡之间的贸易增长，", "斯里兰卡"),
    ("欢迎老挝、泰国和马莱西亚在湄公河区域的合作，", "马来西亚"),
    ("赞赏阿莱拜疆、格鲁吉亚在过境运输方面的努力，", "阿塞拜疆"),
])
def test_a_four_character_name_misspelt_in_a_list_of_states(lib: library.Library, tmp_path: Path, clause: str,
                                                            right: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, clause, *TAIL]), lib)
    assert [w for w, _ in found] == [7]
    assert right in found[0][1]


@pytest.mark.parametrize("clause", [
    "欢迎老挝、泰国和马来西亚在湄公河区域的合作，并注意到斯里兰卡、阿塞拜疆的经验，",
    "关切地注意到妇女、儿童、老年人和残疾人面临的数字鸿沟，",
    "注意到马莱西亚学者的研究，",  # no list of States: not judged
])
def test_right_names_and_other_lists_stay_clean(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert _findings(make(tmp_path, [*HEAD, clause, *TAIL]), lib) == []


def test_a_united_nations_convention_is_no_title(lib: library.Library, tmp_path: Path) -> None:
    """联合国 and 公约 with nothing between ("a United Nations convention") describe a treaty, they do not name one;
    a named convention typed bare, and the Charter, are still titles."""
    def titles(topic: str, clause: str) -> list[int]:
        path = make(tmp_path, ["决议草案", "委员会：大会第六委员会", f"议题：{topic}", "起草国：巴西、智利",
                               "附议国：秘鲁", "大会，", clause, *TAIL])
        report, _ = check.check_file(path, lib)
        return [f.paragraph for f in report.findings if f.rule == "title-marks"]

    assert titles("从区域条约到联合国公约", "回顾《联合国宪章》，") == []
    assert titles("区域条约与联合国议定书", "注意到各国正在谈判一项联合国公约，") == []
    assert titles("区域条约", "回顾联合国反腐败公约，") == [7]
