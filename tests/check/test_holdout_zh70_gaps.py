"""Gaps of the blind set holdout-zh70 (#20, round 34: ordinary Chinese drafts of 高中 delegates), held by sentences of
our own with passing drafts beside them:

* operative clauses typed （一） （二） （三） … whose first lead reads as a preambular one too (赞赏, 欢迎): the run of
  bracketed Chinese ordinals ending as clauses end, the count going on with operative-only leads (请, 呼吁, 敦促), is
  the operative part (`numbering-form` on each label), not numbered preambular paragraphs, a chapeau and its items;
* 北朝鲜 (and 南朝鲜), a colloquial name of a Korea that no Chinese standard gives it: `state-name` (UN-H06, ZH-H02),
  while the short names 朝鲜 and 韩国 stay a suggestion at most.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：联合国人口基金执行局", "议题：青年的性与生殖健康教育", "起草国：冰岛、马拉维",
        "附议国：秘鲁、泰国", "联合国人口基金执行局，"]
PRE = ["回顾《国际人口与发展会议行动纲领》，", "认识到青年占许多发展中国家人口的很大比例，"]


def _rules(path: Path, lib: library.Library) -> dict[str, list[int]]:
    report, _ = check.check_file(path, lib)
    found: dict[str, list[int]] = {}
    for f in report.findings:
        found.setdefault(f.rule, []).append(f.paragraph)
    return found


# -- operative clauses typed （一） （二） …, the first lead one of both parts ----------------------------------------

@pytest.mark.parametrize("first", ["赞赏人口基金在难民营中开展的青年健康教育项目；", "欢迎各国将生殖健康教育纳入学校课程；"])
def test_a_run_of_bracketed_ordinals_is_the_operative_part(lib: library.Library, tmp_path: Path, first: str) -> None:
    ops = [f"（一）{first}", "（二）请执行主任加强与各国教育部门的合作；", "（三）呼吁捐助方为青年健康项目提供资金；",
           "（四）请执行主任在下届年度会议上报告进展情况。"]
    found = _rules(make(tmp_path, [*HEAD, *PRE, *ops]), lib)
    assert found.get("numbering-form") == [9, 10, 11, 12]
    for rule in ("preambular-end", "preambular-numbered", "chapeau-colon", "sub-label-sequence", "operative-end"):
        assert rule not in found, rule


def test_bracketed_items_under_a_clause_and_a_numbered_preamble_stay_so(lib: library.Library, tmp_path: Path) -> None:
    # items under a clause that announces them: sub-paragraphs, not clauses
    items = ["1. 请执行主任：", "（一）赞赏各国青年组织的参与；", "（二）请各国提供数据；", "（三）呼吁捐助方增加资金；",
             "2. 决定在下届年度会议上继续审议这一问题。"]
    found = _rules(make(tmp_path, [*HEAD, *PRE, *items]), lib)
    assert "numbering-form" not in found and "operative-end" not in found
    # a preamble a student numbered （一） （二）, each ending with a comma: preambular paragraphs
    numbered = ["（一）赞赏人口基金在难民营中开展的项目，", "（二）欢迎各国将健康教育纳入课程，", "（三）注意到青年的需求，",
                "1. 请执行主任加强合作；", "2. 决定在下届年度会议上继续审议这一问题。"]
    found = _rules(make(tmp_path, [*HEAD, *numbered]), lib)
    assert found.get("preambular-numbered") == [7, 8, 9] and "numbering-form" not in found


# -- state-name: 北朝鲜 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sponsors", "official"), [
    ("附议国：北朝鲜、蒙古", "朝鲜民主主义人民共和国"),
    ("附议国：南朝鲜、蒙古", "大韩民国"),
])
def test_a_colloquial_name_of_a_korea_is_no_state_name(lib: library.Library, tmp_path: Path, sponsors: str,
                                                       official: str) -> None:
    lines = [*HEAD[:4], sponsors, *HEAD[5:], *PRE, "1. 请执行主任加强合作；", "2. 决定继续审议这一问题。"]
    report, _ = check.check_file(make(tmp_path, lines), lib)
    found = [f for f in report.findings if f.rule == "state-name"]
    assert [f.paragraph for f in found] == [5] and official in found[0].message


def test_the_short_names_of_the_koreas_are_no_state_name_fault(lib: library.Library, tmp_path: Path) -> None:
    lines = [*HEAD[:4], "附议国：朝鲜、韩国、朝鲜民主主义人民共和国、大韩民国", *HEAD[5:], *PRE,
             "1. 请执行主任加强合作；", "2. 决定继续审议这一问题。"]
    found = _rules(make(tmp_path, lines), lib)
    assert "state-name" not in found
