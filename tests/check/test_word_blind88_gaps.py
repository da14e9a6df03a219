"""Gaps of ``drafter check`` found on the blind set word-blind88 (#20), held by sentences of our own:

* the **organ line of a joint executive board** (开发计划署/人口基金/项目署执行局，): the UN's Chinese name of the
  Board joins its programmes with slashes, which the organ's name did not allow; the line was read as a preambular
  clause with no lead and the organ line reported missing. A slash between two Han characters now belongs to the name,
  as the enumeration comma of 联合国教育、科学及文化组织 does.
* an **instrument named after the organisation that adopted it** (世卫组织大流行协定, 世界知识产权组织表演和录音制品
  条约) without 《》: no shape told it (no 联合国, no place's name, no year glued to it). The organisation's name, a
  name of three characters or more with no description's words, then the instrument's word, is now a title; a kind of
  instruments (劳工组织核心公约), a demonstrative (世卫组织相关公约), members or a verb between (世贸组织成员谈判…协定)
  stay clean; a name that is a title of its own (海事组织国际海上人命安全公约) is marked without the organisation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import check, library

HEAD = ["决议草案", "委员会：世界卫生大会", "议题：大流行病的预防", "起草国：泰国、卢旺达", "附议国：智利、挪威"]


def _findings(tmp_path: Path, lib: library.Library, lines: list[str], rule: str) -> list[int]:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report, _ = check.check_file(path, lib)
    return [f.paragraph for f in report.findings if f.rule == rule]


@pytest.mark.parametrize("organ", ["开发计划署/人口基金/项目署执行局，", "开发计划署／人口基金／项目署执行局，"])
def test_a_joint_boards_name_with_slashes_is_the_organ_line(lib: library.Library, tmp_path: Path, organ: str) -> None:
    lines = ["决议草案", "委员会：开发计划署/人口基金/项目署执行局", "议题：城市贫困", "起草国：秘鲁、约旦", "附议国：越南",
             organ, "注意到城市贫困人口不断增加，", "1. 请署长提交报告；", "2. 决定在年度会议上审议这一问题。"]
    assert _findings(tmp_path, lib, lines, "organ-line") == []


def test_a_clause_with_a_slash_is_still_no_organ_line(lib: library.Library, tmp_path: Path) -> None:
    lines = [*HEAD, "注意到男女/老幼均受影响，", "1. 请总干事提交报告；", "2. 决定继续审议这一问题。"]
    assert _findings(tmp_path, lib, lines, "organ-line") == [6]


def _titles(tmp_path: Path, lib: library.Library, clause: str) -> list[tuple[int, str]]:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join([*HEAD, "世界卫生大会，", clause, "1. 鼓励会员国加强合作；", "2. 决定继续审议这一问题。"])
                    + "\n", encoding="utf-8")
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "title-marks"]


@pytest.mark.parametrize(("clause", "title"), [
    ("欢迎2025年通过的世卫组织大流行协定，", "世卫组织大流行协定"),
    ("回顾世界知识产权组织表演和录音制品条约，", "世界知识产权组织表演和录音制品条约"),
    ("回顾世界知识产权组织视听表演条约的规定，", "世界知识产权组织视听表演条约"),
    ("回顾海事组织国际海上人命安全公约，", "国际海上人命安全公约"),
])
def test_an_instrument_named_after_its_organisation_is_a_title(lib: library.Library, tmp_path: Path,
                                                                 clause: str, title: str) -> None:
    found = _titles(tmp_path, lib, clause)
    assert [paragraph for paragraph, _ in found] == [7]
    assert f"《{title}》" in found[0][1]


@pytest.mark.parametrize("clause", [
    "回顾劳工组织核心公约，",
    "回顾世卫组织相关公约，",
    "注意到世贸组织成员谈判渔业补贴协定，",
    "回顾世界卫生组织和各国缔结的协定，",
    "回顾劳工组织各项公约，",
    "回顾《世卫组织大流行协定》，",
    "注意到国际海事组织有关安全公约的执行，",
])
def test_a_kind_or_a_description_of_an_organisations_instruments_stays_clean(lib: library.Library, tmp_path: Path,
                                                                              clause: str) -> None:
    assert _titles(tmp_path, lib, clause) == []
