"""Gaps of the blind set holdout-zh81 (#20, round 36: Chinese drafts of the General Assembly's Main Committees and the
Human Rights Council by 高中 delegates), held by sentences of our own with passing drafts beside them:

* a listed lead with one character of like shape typed for its own (形近字: 持别指出 for 特别指出, 激请 for 邀请, 批淮
  for 批准), the text as written no word: `lead-misspelled`; a real word one such character off a lead stays clean;
* the Declaration on the Granting of Independence to Colonial Countries and Peoples cited bare: `title-marks`; the
  Special Committee named after it stays bare (a body's name).
"""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第四委员会", "议题：非自治领土", "起草国：斐济", "附议国：古巴", "大会，"]
PRE = "回顾其以往关于非殖民化问题的各项决议，"
LAST = "3. 决定继续审议这一问题。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# -- lead-misspelled: a character of like shape ------------------------------------------------------------------------

def test_a_lead_with_a_character_of_like_shape(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "持别指出小岛屿领土易受气候变化影响，", "1. 激请管理国参加区域研讨会；", "2. 批淮特别委员会的工作方案；",
             LAST]
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "lead-misspelled")
    assert [p for p, _ in found] == [8, 9, 10]
    assert "“特别指出”" in found[0][1] and "“邀请”" in found[1][1] and "“批准”" in found[2][1]


def test_the_listed_leads_and_a_real_word_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "特别指出小岛屿领土易受气候变化影响，", "1. 邀请管理国参加区域研讨会；", "2. 批准特别委员会的工作方案；",
             LAST]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "lead-misspelled") == []


# -- title-marks: the decolonization Declaration ----------------------------------------------------------------------

def test_the_decolonization_declaration_cited_bare(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "重申给予殖民地国家和人民独立宣言适用于所有非自治领土，", "1. 吁请管理国与特别委员会合作；", LAST]
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "title-marks")
    assert [p for p, _ in found] == [8]
    assert "《给予殖民地国家和人民独立宣言》" in found[0][1]


def test_the_special_committee_named_after_it_stays_bare(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "审议了给予殖民地国家和人民独立宣言执行情况特别委员会的报告，",
             "重申《给予殖民地国家和人民独立宣言》适用于所有非自治领土，", "1. 吁请管理国与特别委员会合作；", LAST]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "title-marks") == []
