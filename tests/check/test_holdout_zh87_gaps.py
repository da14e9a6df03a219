"""Gaps of the blind set holdout-zh87 (#20, round 37: Chinese drafts on outer space, the ocean and the polar regions,
thick with treaty titles), held by sentences of our own with passing drafts beside them:

* a title inside a title marked 《》 again (《《生物多样性公约》下……议定书》): the inner title takes 〈〉 (ZH-P01; the
  UN's Chinese writes 《关于执行……〈联合国海洋法公约〉第十一部分的协定》): `title-marks`, fixed to 〈〉;
* a short name ending with an instrument's word in brackets after the full title and bare ((渔业协定)): a title, which
  the UN's Chinese writes in 《》 there (《鱼类种群协定》, 《伦敦公约》); a short name with no such word (萨摩亚途径)
  stays as it was judged;
* a treaty's long 关于……协定 title in “” (not 题为“……”): a title in the wrong marks (ZH-P01), as in 「」;
* an authority's name in 《》 (《国际海底管理局》): a body's name, not a title (`title-marks-body`);
* the organ line of a meeting named after a treaty in its 《》 (《联合国海洋法公约》缔约国会议，): the organ line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


def _head(committee: str = "大会第二委员会") -> list[str]:
    return ["决议草案", f"委员会：{committee}", "议题：海洋渔业资源的养护", "起草国：冰岛、秘鲁", "附议国：斐济、挪威"]


TAIL = ["1. 鼓励各国加强区域渔业管理组织的合作；", "2. 请秘书长提交报告。"]


def test_a_title_inside_a_title_in_double_marks_is_said(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head(), "大会，", "欢迎《《生物多样性公约》下关于遗传资源获取和惠益分享的名古屋议定书》的执行，", *TAIL])
    found = _findings(path, lib, "title-marks")
    assert [p for p, _ in found] == [7] and "〈生物多样性公约〉" in found[0][1]


def test_a_title_inside_a_title_in_angle_marks_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head(), "大会，", "欢迎《〈生物多样性公约〉关于遗传资源获取和惠益分享的名古屋议定书》的执行，", *TAIL])
    assert _findings(path, lib, "title-marks") == []


def test_a_short_treaty_name_in_brackets_bare_is_said(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head(), "大会，",
                           "回顾《跨界鱼类种群和高度洄游鱼类种群养护与管理协定》(渔业种群协定)，",
                           "强调《渔业种群协定》第八条的规定，", *TAIL])
    found = _findings(path, lib, "title-marks")
    assert [p for p, _ in found] == [7] and "《渔业种群协定》" in found[0][1]


@pytest.mark.parametrize("short", ["(《渔业种群协定》)", "(萨摩亚途径)"])
def test_a_short_name_in_brackets_as_the_un_writes_it_stays_clean(lib: library.Library, tmp_path: Path,
                                                                  short: str) -> None:
    path = make(tmp_path, [*_head(), "大会，", f"回顾《跨界鱼类种群和高度洄游鱼类种群养护与管理协定》{short}，",
                           "强调《渔业种群协定》第八条的规定，", *TAIL])
    assert _findings(path, lib, "title-marks") == []


def test_a_long_treaty_title_in_quotation_marks_is_said(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head(), "大会，", "注意到“关于港口国预防、制止和消除非法、不报告和不管制捕鱼的措施协定”的生效，", *TAIL])
    found = _findings(path, lib, "title-marks")
    assert [p for p, _ in found] == [7]


def test_a_title_quoted_after_tiwei_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head(), "大会，", "注意到题为“关于渔业补贴的协定”的议程项目，", *TAIL])
    assert _findings(path, lib, "title-marks") == []


def test_an_authority_in_title_marks_is_said(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head(), "大会，", "赞赏《国际海底管理局》在深海环境保护方面的工作，", *TAIL])
    assert [p for p, _ in _findings(path, lib, "title-marks-body")] == [7]


def test_an_authoritys_regulations_in_title_marks_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head(), "大会，", "赞赏国际海底管理局通过的《“区域”内多金属结核探矿和勘探规章》，", *TAIL])
    assert _findings(path, lib, "title-marks-body") == []


@pytest.mark.parametrize("organ", ["《联合国海洋法公约》缔约国会议", "《生物多样性公约》缔约方大会"])
def test_a_treaty_meetings_organ_line_is_read(lib: library.Library, tmp_path: Path, organ: str) -> None:
    path = make(tmp_path, [*_head(organ), f"{organ}，", "回顾《联合国海洋法公约》第六十四条，", *TAIL])
    assert _findings(path, lib, "organ-line") == []


def test_a_preambular_clause_opening_with_a_title_is_no_organ_line(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*_head(), "《联合国海洋法公约》缔约国会议的工作，", "回顾《联合国海洋法公约》第六十四条，", *TAIL])
    assert [p for p, _ in _findings(path, lib, "organ-line")] != []
