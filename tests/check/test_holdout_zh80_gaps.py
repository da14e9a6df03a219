"""Gaps of the blind set holdout-zh80 (#20, round 36: Chinese drafts of regional-organisation committees), held by
sentences of our own with passing drafts beside them:

* an organ line naming a regional organisation as a union or a community (东南亚国家联盟，, 加勒比共同体，): the body's
  own name (ZH-B01), not a missing organ line;
* a Chinese name in a sponsor list one character off two States' past its first (阿尔巴利亚: 阿尔巴尼亚 and 阿尔及利亚):
  `state-name` naming both (ZH-H02);
* an operative clause opening with a preambular-only lead and going on with 并 and a verb (3. 深信……，并请……；): the
  lead is the clause's own, not a frame before its verb (UN-B03, ZH-B03);
* the regional organisations' instruments cited bare (非洲人权和民族权宪章, 阿拉伯国家联盟宪章): `title-marks`
  (ZH-P01).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


def _head(committee: str, sponsors: str = "牙买加、巴巴多斯", signatories: str = "伯利兹、圭亚那") -> list[str]:
    return ["决议草案", f"委员会：{committee}", "议题：飓风季后的灾后重建", f"起草国：{sponsors}", f"附议国：{signatories}"]


BODY = ["回顾成员国领导人以往关于气候变化和灾害风险的各项宣言，", "认识到小岛屿国家在飓风面前的脆弱性，",
        "1. 决定设立区域灾后重建基金；", "2. 请秘书长在下届会议上提交报告。"]


@pytest.mark.parametrize("organ", ["加勒比共同体", "东南亚国家联盟", "阿拉伯国家联盟", "非洲联盟"])
def test_a_regional_union_or_community_is_an_organ_line(lib: library.Library, tmp_path: Path, organ: str) -> None:
    assert _findings(make(tmp_path, [*_head(organ), f"{organ}，", *BODY]), lib, "organ-line") == []


def test_a_missing_organ_line_is_still_said(lib: library.Library, tmp_path: Path) -> None:
    # no organ line at all, and a preambular paragraph naming a union: still the missing organ line
    lines = [*_head("加勒比共同体"), "欢迎非洲联盟和加勒比共同体之间的合作，", *BODY]
    assert [w for w, _ in _findings(make(tmp_path, lines), lib, "organ-line")] == [6]


def test_a_name_one_character_off_two_states_is_said_with_both(lib: library.Library, tmp_path: Path) -> None:
    lines = [*_head("非洲联盟和平与安全理事会", "摩洛哥、阿尔巴利亚", "突尼斯"), "非洲联盟和平与安全理事会，", *BODY]
    found = _findings(make(tmp_path, lines), lib, "state-name")
    assert [w for w, _ in found] == [4]
    assert "阿尔巴尼亚" in found[0][1] and "阿尔及利亚" in found[0][1]


def test_right_names_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [*_head("非洲联盟和平与安全理事会", "摩洛哥、阿尔及利亚", "阿尔巴尼亚、北非共和国"), "非洲联盟和平与安全理事会，",
             *BODY]
    assert _findings(make(tmp_path, lines), lib, "state-name") == []


def _operative(clause: str) -> list[str]:
    return [*_head("加勒比共同体"), "加勒比共同体，", *BODY[:2], "1. 决定设立区域灾后重建基金；", clause,
            "3. 请秘书长在下届会议上提交报告。"]


@pytest.mark.parametrize("clause", ["2. 深信早期预警系统是减少伤亡的关键，并请成员国为其提供资金；",
                                    "2. 铭记小岛屿国家的特殊需要，并鼓励国际伙伴提供优惠融资；"])
def test_a_preambular_lead_before_and_a_verb_opens_the_clause(lib: library.Library, tmp_path: Path,
                                                               clause: str) -> None:
    assert [w for w, _ in _findings(make(tmp_path, _operative(clause)), lib, "lead-form")] == [10]


@pytest.mark.parametrize("clause", ["2. 铭记小岛屿国家的特殊需要，决定优先向其分配资金；",
                                    "2. 在不妨碍成员国主权的情况下，鼓励国际伙伴提供优惠融资；",
                                    "2. 请成员国为早期预警系统提供资金，并鼓励国际伙伴提供优惠融资；"])
def test_a_frame_before_the_verb_stays_clean(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert _findings(make(tmp_path, _operative(clause)), lib, "lead-form") == []


@pytest.mark.parametrize(("organ", "title"), [("非洲联盟和平与安全理事会", "非洲人权和民族权宪章"),
                                            ("阿拉伯国家联盟理事会", "阿拉伯国家联盟宪章"),
                                            ("欧洲联盟理事会", "欧洲联盟运作条约")])
def test_a_regional_instrument_cited_bare(lib: library.Library, tmp_path: Path, organ: str, title: str) -> None:
    lines = [*_head(organ), f"{organ}，", f"遵循{title}所载的原则，", *BODY[1:]]
    found = _findings(make(tmp_path, lines), lib, "title-marks")
    assert [w for w, _ in found] == [7] and f"《{title}》" in found[0][1]


def test_a_regional_instrument_in_title_marks_and_bodies_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [*_head("非洲联盟和平与安全理事会"), "非洲联盟和平与安全理事会，",
             "遵循《非洲人权和民族权宪章》和非洲人权和民族权委员会的建议，", *BODY[1:]]
    assert _findings(make(tmp_path, lines), lib, "title-marks") == []
