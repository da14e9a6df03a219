"""Latin initials explained the way Chinese delegates write them, which `abbreviation-unexplained` (MUN-F07; its
Chinese side is `initials-in-chinese` since holdout-zh60) took for
unexplained on the blind set holdout-zh55 (#20, a precision set of drafts dense with figures and abbreviations),
held by sentences of our own with failing drafts beside them:

* initials in brackets with the number of the goal or session they name, after the Chinese name with that number
  ("可持续发展目标6(SDG 6)", "缔约方大会第三十届会议(COP 30)"): the Chinese name before the brackets writes them
  out, as in "世界贸易组织(WTO)";
* initials closing brackets opened right after a Chinese name, behind the English name and a comma, where that
  English name has a word in lower case ("绿色气候基金(Fund for greening Climate Action, FGCA)"): the Chinese name
  writes them out; initials never written out, and initials behind a comma after a figure ("(IMF, 2024)" with no
  name before), are still told.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：水与卫生", "起草国：荷兰、塔吉克斯坦", "附议国：秘鲁、塞内加尔",
        "草案编号：2.4", "大会，"]
OP = "1. 鼓励会员国增加对供水基础设施的投资；"
LAST = "2. 请秘书长向大会第八十二届会议报告本决议的执行情况。"


def _unexplained(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "initials-in-chinese"]


@pytest.mark.parametrize("pre", [
    "回顾可持续发展目标6(SDG 6)，即为所有人提供水和环境卫生并对其进行可持续管理，",
    "回顾可持续发展目标6 (SDG 6)及其具体目标6.1和6.2，",
    "欢迎《联合国气候变化框架公约》缔约方大会第三十届会议（COP 30）的成果，",
    "注意到绿色气候基金(Fund for greening Climate Action, FGCA)的供资，",
    "注意到绿色气候基金（Fund for greening Climate Action，FGCA）的供资，",
])
def test_initials_after_their_chinese_name_pass(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert _unexplained(make(tmp_path, [*HEAD, pre, OP, LAST]), lib) == []


@pytest.mark.parametrize(("pre", "initials"), [
    ("回顾在实现SDG 6方面的进展仍然缓慢，", "SDG"),  # no name before it
    ("注意到供水投资缺口仍然很大(IMF, 2024)，", "IMF"),  # a source cited, its name never written
    ("注意到该基金(for greening Climate Action, FGCA)的供资，", "FGCA"),  # the English words do not spell it
])
def test_initials_never_written_out_are_told(lib: library.Library, tmp_path: Path, pre: str, initials: str) -> None:
    [(where, message)] = _unexplained(make(tmp_path, [*HEAD, pre, OP, LAST]), lib)
    assert where == 8 and initials in message
