"""Gaps of ``drafter check`` found on the blind set word-blind85 (#20), held by sentences of our own:

* a **report named bare after who published it** (……发布的蔓延如野火报告): no shape told such a title (报告 is a common
  noun) and only the listed flagship reports were found. The words between 发布的 / 发表的 / 公布的 and 报告 are now
  its title when they are one name, no description's words in it (的, 关于, 和, 、) and no word that says which or
  what kind of report it is (这份, 最新, 年度, 评估, 国家): those stay clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import check, library

HEAD = ["决议草案", "委员会：联合国环境大会", "议题：沙尘暴的防治", "起草国：蒙古、伊朗", "附议国：乍得、约旦",
        "联合国环境大会，"]


def _titles(tmp_path: Path, lib: library.Library, clause: str) -> list[int]:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join([*HEAD, clause, "1. 鼓励会员国加强区域合作；", "2. 决定继续处理这一问题。"]) + "\n",
                    encoding="utf-8")
    report, _ = check.check_file(path, lib)
    return [f.paragraph for f in report.findings if f.rule == "title-marks"]


@pytest.mark.parametrize("clause", [
    "注意到气象组织发布的亚洲沙尘暴状况报告提出的建议，",
    "注意到粮农组织等机构发表的全球粮食危机报告指出的趋势，",
    "注意到联合国发布的2023年可持续发展目标报告中的数据，",
    "注意到環境署發布的適應差距報告的結論，",
])
def test_a_report_named_bare_after_its_publisher_is_reported(lib: library.Library, tmp_path: Path,
                                                               clause: str) -> None:
    assert _titles(tmp_path, lib, clause) == [7]


@pytest.mark.parametrize("clause", [
    "注意到该组织发布的年度报告显示的数字，",
    "注意到环境署发布的最新报告指出的风险，",
    "注意到秘书处发布的关于沙尘暴源区的报告，",
    "注意到各国发布的国家自主贡献报告，",
    "注意到气象组织发布的沙尘暴影响评估报告，",
    "注意到环境署发布的《排放差距报告》，",
    "注意到特别报告员发布的报告，",
])
def test_a_report_described_or_in_title_marks_stays_clean(lib: library.Library, tmp_path: Path,
                                                            clause: str) -> None:
    assert _titles(tmp_path, lib, clause) == []
