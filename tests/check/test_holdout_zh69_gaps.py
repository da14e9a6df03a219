"""Gaps of the blind set holdout-zh69 (#20, round 33: Chinese drafts their delegates translated from an English first
draft), held by sentences of our own with passing drafts beside them:

* "with" translated word for word before a listed lead's verb (带着关切注意到 for "Noting with concern", whose UN
  pairing writes the manner as an adverb: 关切地注意到): `lead-form`, the listed lead given back;
* 记得 ("remember") for "Recalling" (回顾) and 记住 for "Bearing in mind" (铭记): words of everyday Chinese, as 回忆;
* an English abbreviation left between Chinese words (……，e.g. 培训……): `half-width-zh`, fixed to 例如 (ZH-P01).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区的可持续旅游", "起草国：尼泊尔、瑞士", "附议国：秘鲁、不丹", "大会，"]
PRE = "回顾其关于山区可持续发展的各项决议，"
OP = "1. 鼓励会员国制定山区旅游的承载力标准；"
LAST = "2. 决定在下届会议上继续审议这一问题。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# -- lead-form: "with" translated word for word ----------------------------------------------------------------

@pytest.mark.parametrize(("lines", "where", "right"), [
    ([PRE, "带着关切注意到冰川融化正在威胁山区村庄的水源，", OP, LAST], 8, "关切地注意到"),
    ([PRE, "带着深为关切注意到 登山垃圾在高海拔营地堆积，", OP, LAST], 8, "深为关切地注意到"),
    ([PRE, "怀着赞赏注意到各山区国家建立的向导培训制度，", OP, LAST], 8, "赞赏地注意到"),
    ([PRE, OP, "2. 带着满意注意到若干山区国家已经限制登山许可证的数量；", "3. 决定在下届会议上继续审议这一问题。"], 9,
     "满意地注意到"),
])
def test_with_translated_word_for_word_before_the_verb_is_no_lead(lib: library.Library, tmp_path: Path,
                                                                  lines: list[str], where: int, right: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "lead-form")
    assert [w for w, _ in found] == [where]
    assert right in found[0][1]


def test_the_listed_leads_with_their_adverb_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "关切地注意到冰川融化正在威胁山区村庄的水源，", "严重关切地注意到登山垃圾在高海拔营地堆积，",
             "认识到带着向导登山可以减少事故，", OP, "2. 满意地注意到若干山区国家已经限制登山许可证的数量；",
             "3. 决定在下届会议上继续审议这一问题。"]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "lead-form") == []


# -- lead-form: 记得 / 记住 for Recalling / Bearing in mind ----------------------------------------------------------

@pytest.mark.parametrize(("line", "right"), [
    ("记得各国在2022年国际山区年期间作出的承诺，", "回顾"),
    ("记住山区居住着世界上大约15%的人口，", "铭记"),
])
def test_remember_of_everyday_chinese_is_no_lead(lib: library.Library, tmp_path: Path, line: str, right: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, PRE, line, OP, LAST]), lib, "lead-form")
    assert [w for w, _ in found] == [8]
    assert right in found[0][1]


# -- half-width-zh: an English abbreviation between Chinese words ------------------------------------------------

def test_an_english_abbreviation_between_chinese_words_is_half_width(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "1. 鼓励会员国发展低影响的旅游形式，e.g. 徒步和生态住宿；", "2. 请各国改善山区交通，i.e.道路和缆车；", LAST]
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "half-width-zh")
    assert [w for w, _ in found] == [8, 9]
    assert "例如" in found[0][1] and "即" in found[1][1]


def test_abbreviations_in_english_words_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "1. 鼓励会员国参考世界旅游组织的指南(Guidelines, e.g. for mountain tourism)；",
             "2. 请各国改善山区交通，例如道路和缆车；", LAST]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "half-width-zh") == []
