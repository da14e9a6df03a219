"""Gaps of the blind set holdout-zh64 (#20, round 32: Chinese drafts typed after the shapes of real ones), held by
sentences of our own with passing drafts beside them:

* a well-known title typed bare before the article it is cited by (南极条约第一条规定各缔约国……): the article
  citation is no part of a body's name, so the 缔约 after it no longer hides the title (`title-marks`, ZH-P01);
  a title that does head a body's name (公约缔约方大会) stays unmarked;
* a heading under an unnumbered "Draft Resolution" title that lists signatories but no sponsors lacks its sponsors
  line (MUN-H01, ZH-H01); only a numbered "Draft Resolution 1.1" (MUN-H03, the Director's number) lists signatories
  alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第一委员会", "议题：南极的非军事化", "起草国：智利、挪威", "附议国：新西兰、阿根廷",
        "大会，"]
OP = "1. 呼吁各国尊重南极的和平用途；"
LAST = "2. 决定在下届会议上继续审议这一问题。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.severity, f.message) for f in report.findings if f.rule == rule]


# -- title-marks: a bare title before the article it is cited by ------------------------------------------------------

@pytest.mark.parametrize("pre", [
    "确认南极条约第一条规定各缔约国只为和平目的利用南极，",
    "回顾1967年外层空间条约第四条要求各缔约国不在轨道上放置核武器，",
])
def test_a_bare_title_before_its_article_is_found(lib: library.Library, tmp_path: Path, pre: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, pre, OP, LAST]), lib, "title-marks")
    assert [where for where, _, _ in found] == [7]


@pytest.mark.parametrize("pre", [
    "确认《南极条约》第一条规定各缔约国只为和平目的利用南极，",
    "注意到联合国气候变化框架公约缔约方大会第二十九届会议的成果，",
])
def test_a_marked_title_or_a_body_named_after_one_passes(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert "title-marks" not in rules(make(tmp_path, [*HEAD, pre, OP, LAST]), lib)


# -- heading-missing: signatories but no sponsors under an unnumbered title ------------------------------------------

BODY = ["信息问题委员会，", "意识到各国必须参与国际信息体系，", OP, LAST]


def test_signatories_without_sponsors_under_a_bare_title_lack_the_sponsors(lib: library.Library,
                                                                             tmp_path: Path) -> None:
    head = ["Draft Resolution", "委员会：信息问题委员会", "议题：虚假信息", "附议国：巴西、加纳"]
    found = _findings(make(tmp_path, [*head, *BODY]), lib, "heading-missing")
    assert any("起草国" in message for _, _, message in found)


@pytest.mark.parametrize("title", ["Draft Resolution 1.1", "决议草案"])
def test_a_numbered_title_or_a_full_heading_passes(lib: library.Library, tmp_path: Path, title: str) -> None:
    head = [title, "委员会：信息问题委员会", "议题：虚假信息"]
    head += ["附议国：巴西、加纳"] if title.endswith("1.1") else ["起草国：智利", "附议国：巴西、加纳"]
    found = _findings(make(tmp_path, [*head, *BODY]), lib, "heading-missing")
    assert not any("起草国" in message for _, _, message in found)
