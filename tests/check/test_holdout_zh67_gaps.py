"""Faults of Chinese drafts the checker missed on the blind set holdout-zh67 (#20), held by sentences of our own with
a passing draft beside them: a code of conduct named after the city where it was adopted (the Yaoundé and Djibouti
codes on maritime security: the UN writes 《雅温得行为守则》, 《吉布提行为守则》), typed without title marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：安全理事会", "议题：红海和亚丁湾的海上安全", "起草国：肯尼亚、日本", "附议国：希腊、巴拿马",
        "安全理事会，"]
OP1 = "1. 鼓励沿岸国家加强海岸警卫队的能力；"
OP2 = "2. 决定继续积极处理此案。"


def title_findings(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    """(paragraph, message) of each title-marks finding."""
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "title-marks"]


@pytest.mark.parametrize(("clause", "title"), [
    ("欢迎各国在吉布提行为守则框架内开展的合作，", "吉布提行为守则"),
    ("重申雅温得行为守则及其海事安全架构的重要性，", "雅温得行为守则"),
    ("注意到吉布提行為守則的修正案，", "吉布提行為守則"),
])
def test_a_place_named_code_of_conduct_without_title_marks_is_told(lib: library.Library, tmp_path: Path,
                                                                    clause: str, title: str) -> None:
    path = make(tmp_path, [*HEAD, clause, OP1, OP2])
    found = title_findings(path, lib)
    assert [p for p, _ in found] == [7] and f"《{title}》" in found[0][1]


@pytest.mark.parametrize("clause", [
    "欢迎各国在《吉布提行为守则》框架内开展的合作，",  # in its marks
    "鼓励航运公司为船员制定行为守则，",  # a code, no title
    "强调所有维和人员必须遵守联合国的行为准则，",  # the UN's standards of conduct, no place's name
    "注意到该行为守则，",
])
def test_a_code_of_conduct_that_is_no_bare_title_stays_clean(lib: library.Library, tmp_path: Path,
                                                             clause: str) -> None:
    path = make(tmp_path, [*HEAD, clause, OP1, OP2])
    assert title_findings(path, lib) == []
