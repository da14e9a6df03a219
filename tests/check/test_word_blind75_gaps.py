"""Gaps of ``drafter check`` found on the blind set word-blind75 (#20), held by sentences of our own:

* a **plan, framework or agenda cited bare after the span of years it covers** (2016-2025年营养问题行动计划,
  2015-2030年仙台减少灾害风险框架): `title-marks` knew plans only quoted or on its list of well-known titles. The span of
  years now tells the title, as a year of adoption does before 关于……公约; not after 其 (a body's own framework), not a
  national plan or a period (国家, 期间), nor a name with the words of a description.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：世界卫生大会", "议题：营养与健康", "起草国：秘鲁、泰国", "附议国：加纳、挪威", "世界卫生大会，"]
LAST = ["1. 鼓励会员国加强营养监测；", "2. 请总干事报告本决议的执行情况。"]


def _titles(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "title-marks"]


@pytest.mark.parametrize(("clause", "title"), [
    ("回顾2016-2025年营养问题行动十年工作方案以及2012-2025年孕产妇和婴幼儿营养全面实施计划，", None),
    ("铭记联合国2016—2025年营养问题行动计划所载的各项承诺，", "2016—2025年营养问题行动计划"),
    ("重申2015-2030年仙台减少灾害风险框架中的各项优先事项，", "2015-2030年仙台减少灾害风险框架"),
    ("注意到2025-2035年全球清洁空气议程对健康的意义，", "2025-2035年全球清洁空气议程"),
])
def test_a_plan_cited_bare_after_its_span_of_years_is_reported(
        lib: library.Library, tmp_path: Path, clause: str, title: str | None) -> None:
    path = make(tmp_path, [*HEAD, clause, *LAST])
    found = _titles(path, lib)
    if title is None:  # a 方案 / 全面实施计划 is no plan word of the shape: left as it was
        assert found == []
        return
    assert [where for where, _ in found] == [7]
    assert f"《{title}》" in found[0][1]


@pytest.mark.parametrize("clause", [
    "回顾《2016-2025年营养问题行动计划》，",  # in its marks
    "回顾《联合国防治荒漠化公约》及其2018—2030年战略框架，",  # the body's own framework, after 其
    "鼓励各国制定2026-2030年国家营养行动计划，",  # a country's national plan: no title
    "鼓励各国在2026—2030年期间更新营养框架，",  # a period
    "注意到2026-2030年的各项行动计划，",  # a description
])
def test_a_span_of_years_before_no_title_stays_clean(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert _titles(make(tmp_path, [*HEAD, clause, *LAST]), lib) == []
