"""Gaps the blind set holdout-zh56 (real and typed Chinese student drafts, round 29) showed (#20), held by sentences
of our own with passing drafts beside them:

* a regional organisation's or a region's instrument named after it and typed without title marks (东盟人权宣言,
  欧洲人权公约, 非洲无核武器区条约): `title-marks` (ZH-P01, UN-B15); the region's States doing something with a
  declaration (非洲国家……宣言), an agreement its members sign (东盟各国签订的协定) and a marked title pass;
* an instrument's title followed by 自 and the year it took effect (……公约自1952年生效以来): the date after the
  title no longer hides it (`title-marks`);
* a heading that prints the committee unlabelled, on a line of its own that repeats the organ line's name
  ("国际原子能机构" over "国际原子能机构，", "International Atomic Energy Agency" over "The International Atomic
  Energy Agency,"): the committee is given, no `heading-missing` (ZH-H01, MUN-H01); a bare line naming another
  body than the organ line still leaves the committee line missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第三委员会", "议题：区域人权机制", "起草国：印度尼西亚、秘鲁", "附议国：加纳、挪威、泰国",
        "大会，"]
OPS = ["1. 鼓励各区域组织与人权高专办交流良好做法；", "2. 请秘书长向大会下届会议提交报告。"]


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(("pre", "title"), [
    ("欢迎2012年通过的东盟人权宣言，", "东盟人权宣言"),
    ("回顾欧洲人权公约第二条所保障的生命权，", "欧洲人权公约"),
    ("重申非洲无核武器区条约对该区域和平与安全的贡献，", "非洲无核武器区条约"),
    ("回顧美洲人權公約所確認的各項權利，", "美洲人權公約"),
])
def test_a_regional_instrument_without_title_marks_is_told(lib: library.Library, tmp_path: Path, pre: str,
                                                            title: str) -> None:
    [(where, message)] = _findings(make(tmp_path, [*HEAD, pre, *OPS]), lib, "title-marks")
    assert where == 7 and f"《{title}》" in message


@pytest.mark.parametrize("pre", [
    "鼓励非洲国家落实其领导人通过的宣言，",
    "欢迎东盟各国签订的引渡协定，",
    "回顾《欧洲人权公约》第二条所保障的生命权，",
    "赞扬非洲联盟和平与安全理事会的工作，",
])
def test_a_region_named_beside_no_bare_title_passes(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert _findings(make(tmp_path, [*HEAD, pre, *OPS]), lib, "title-marks") == []


def test_a_title_followed_by_the_year_it_took_effect_is_told(lib: library.Library, tmp_path: Path) -> None:
    pre = "回顾国际植物保护公约自1952年生效以来所取得的成果，"
    [(where, message)] = _findings(make(tmp_path, [*HEAD, pre, *OPS]), lib, "title-marks")
    assert where == 7 and "《国际植物保护公约》" in message


ZH_BODY = ["回顾《核安全公约》，", "1. 鼓励成员国邀请同行评审团访问其核电站；", "2. 请总干事向下届大会提交报告。"]
EN_BODY = ["Recalling the Convention on Nuclear Safety,",
           "1. Encourages Member States to invite peer review missions to their nuclear power plants;",
           "2. Requests the Director General to report to the next General Conference."]


@pytest.mark.parametrize("paragraphs", [
    ["决议草案3.1", "国际原子能机构", "议题：核电站的运行安全", "起草国：芬兰、大韩民国", "附议国：巴西、埃及",
     "国际原子能机构，", *ZH_BODY],
    ["决议草案3.1", "联合国国际原子能机构", "议题：核电站的运行安全", "起草国：芬兰、大韩民国", "附议国：巴西、埃及",
     "国际原子能机构，", *ZH_BODY],
    ["Draft Resolution 3.1", "International Atomic Energy Agency", "Topic: Operational safety of nuclear power plants",
     "Sponsors: Finland, Republic of Korea", "Signatories: Brazil, Egypt", "The International Atomic Energy Agency,",
     *EN_BODY],
])
def test_an_unlabelled_committee_line_repeating_the_organ_line_is_the_committee(
        lib: library.Library, tmp_path: Path, paragraphs: list[str]) -> None:
    assert _findings(make(tmp_path, paragraphs), lib, "heading-missing") == []


def test_an_unlabelled_line_naming_another_body_leaves_the_committee_missing(lib: library.Library,
                                                                            tmp_path: Path) -> None:
    paragraphs = ["决议草案3.1", "国际原子能机构", "议题：核电站的运行安全", "起草国：芬兰、大韩民国", "附议国：巴西、埃及",
                  "大会，", *ZH_BODY]
    [(where, message)] = _findings(make(tmp_path, paragraphs), lib, "heading-missing")
    assert where == 1 and "委员会" in message
