"""ZH-P01: a convention named after the place where it was adopted (巴塞尔公约, 拉姆萨尔公约, 威尼斯宪章), whose name is
written in the characters Chinese uses for foreign names, is a title and takes 《》 even when no list knows it;
common nouns before a convention's word (该公约, 多边条约, 最终协定, 和平协定) are no title."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library
from drafter.check.families.chinese import INSTRUMENT

HEAD = ["委员会：联合国环境大会", "议题：湿地与候鸟", "起草国：博茨瓦纳", "附议国：芬兰、秘鲁", "联合国环境大会，"]


@pytest.mark.parametrize(("text", "title"), [
    ("回顾拉姆萨尔公约的宗旨，", "拉姆萨尔公约"), ("重申奥胡斯公约所载的权利，", "奥胡斯公约"),
    ("注意到马拉喀什协定，", "马拉喀什协定"), ("回顧巴塞爾公約，", "巴塞爾公約"), ("铭记雅典宪章，", "雅典宪章"),
])
def test_a_place_named_convention_is_read_as_a_title(text: str, title: str) -> None:
    assert [m.group(0) for m in INSTRUMENT.finditer(text)] == [title]


@pytest.mark.parametrize("text", ["各国应缔结多边条约，", "双方达成最终协定，", "各方签署一项和平协定，",
                                  "尚未加入该公约的国家，"])
def test_common_nouns_before_a_conventions_word_are_no_title(text: str) -> None:
    assert not list(INSTRUMENT.finditer(text))


def test_a_regional_instrument_is_read_whole_not_as_a_place_named_one() -> None:
    # 东 is a character of foreign names too, but 东盟 names the regional organisation whose agreement this is, a
    # title the UN writes in 《》 (holdout-zh9: 《东盟跨境烟霾污染协定》): read whole, as holdout-zh56 asks
    assert [m.group(0) for m in INSTRUMENT.finditer("东盟跨境烟霾污染协定")] == ["东盟跨境烟霾污染协定"]


def test_the_title_without_marks_is_a_finding(tmp_path: Path, lib: library.Library) -> None:
    draft = [*HEAD, "回顾拉姆萨尔公约的宗旨，", "1. 鼓励会员国保护候鸟迁徙路线上的湿地；", "2. 请执行主任提交报告。"]
    assert (6, "title-marks") in rules_at(tmp_path, lib, draft)


def test_the_title_in_marks_is_right(tmp_path: Path, lib: library.Library) -> None:
    draft = [*HEAD, "回顾《拉姆萨尔公约》的宗旨，", "1. 鼓励会员国保护候鸟迁徙路线上的湿地；", "2. 请执行主任提交报告。"]
    assert not [r for r in rules_at(tmp_path, lib, draft) if r[1].startswith("title")]
