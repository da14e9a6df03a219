"""Gaps the blind set holdout-zh61 (typed Chinese student drafts, round 32) showed (#20), held by sentences of our own
with passing drafts beside them:

* a preambular paragraph opening with a purpose (为了……，/ 为使……，"in order to") and no lead after it:
  `lead-form` (UN-B03, ZH-B02); a purpose before a lead (为此……，注意到……) and 为此 pass;
* the New Urban Agenda typed without title marks (新城市议程): `title-marks` (ZH-P01, UN-B15); in 《》 it passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：农村供水", "起草国：马拉维、秘鲁", "附议国：蒙古、约旦", "大会，"]
PRE = ["注意到许多农村学校没有安全的饮用水，"]
OPS = ["1. 鼓励各国为农村学校修建蓄水设施；", "2. 邀请开发银行为农村供水项目提供赠款；",
       "3. 请秘书长向大会下届会议提交报告。"]


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize("pre", ["为了让每一所农村学校都有安全的饮用水，", "為使農村學校的學生喝上乾淨的水，"])
def test_a_purpose_opening_a_preambular_paragraph_is_told(lib: library.Library, tmp_path: Path, pre: str) -> None:
    [(where, message)] = _findings(make(tmp_path, [*HEAD, pre, *PRE, *OPS]), lib, "lead-form")
    assert where == 7 and pre[:4] in message


@pytest.mark.parametrize("pre", ["为了让每一所农村学校都有安全的饮用水，强调各国需要加大投入，",
                                 "为此注意到许多农村学校没有安全的饮用水，"])
def test_a_purpose_before_a_lead_passes(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert _findings(make(tmp_path, [*HEAD, pre, *OPS]), lib, "lead-form") == []


def test_the_new_urban_agenda_without_title_marks_is_told(lib: library.Library, tmp_path: Path) -> None:
    pre = "重申各国在基多通过的新城市议程中作出的承诺，"
    [(where, message)] = _findings(make(tmp_path, [*HEAD, pre, *OPS]), lib, "title-marks")
    assert where == 7 and "《新城市议程》" in message


def test_the_new_urban_agenda_in_title_marks_passes(lib: library.Library, tmp_path: Path) -> None:
    pre = "重申各国在基多通过的《新城市议程》中作出的承诺，"
    assert _findings(make(tmp_path, [*HEAD, pre, *OPS]), lib, "title-marks") == []
