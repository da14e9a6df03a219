"""Faults a delegate makes while adapting paragraphs of adopted UN resolutions in Chinese that the checker missed on
the blind set holdout-zh52 (#20), held by sentences of our own with passing drafts beside them:

* a footnote number copied after a Chinese clause's final mark ("…的报告，2"): `digit-glued` (the end-mark rules read
  past it as a footnote's, and the rule that says it must go ran on English text only); not a ratio after a colon;
* an instrument's title without 《》: an organisation's constitution (“国际移民组织组织法”, 世界卫生组织组织法 bare) and
  a title named after the place where it was adopted (达喀尔关于……的宣言): `title-marks` (ZH-P01);
* an officer opening an operative clause as the subject of its verb, the request's 请 cut off ("秘书长向大会……",
  "联合国难民事务高级专员加强……"): `operative-no-verb` (UN-B06); not 请秘书长, nor a verb the list lacks before a
  body's officer;
* a lead whose first characters were cut off when the paragraph was copied ("为关切地注意到", "烈谴责"):
  `lead-misspelled`;
* the frame 对……表示关切 opened and never closed by its verb ("对沿海社区遭受的损失，包括……，"): `lead-form`; not a
  frame closed in a later clause (对……，……，感到震惊，)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：小岛屿发展中国家的海平面上升", "起草国：基里巴斯、图瓦卢",
        "附议国：斐济、马绍尔群岛、帕劳", "草案编号：2.3", "大会，"]
PRE = "回顾《小岛屿发展中国家加速行动方式（萨摩亚途径）》，"
OP = "1. 鼓励会员国支持小岛屿发展中国家的适应行动；"
LAST = "3. 请秘书长向大会第八十二届会议报告本决议的执行情况。"


def _draft(pre: str = PRE, op: str = OP) -> list[str]:
    return [*HEAD, pre, op, "2. 邀请发展伙伴为沿海防护工程提供资金；", LAST]


def _found(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# a footnote number after a Chinese mark

@pytest.mark.parametrize(("pre", "op", "paragraph", "number"), [
    ("审议了秘书长关于海平面上升的报告，2", OP, 8, "2"),
    (PRE, "1. 鼓励会员国支持小岛屿发展中国家的适应行动；14", 9, "14"),
    ("表示注意到国际法院的咨询意见，3、4", OP, 8, "3、4"),
])
def test_a_footnote_number_after_a_chinese_mark_is_told(lib: library.Library, tmp_path: Path, pre: str, op: str,
                                                        paragraph: int, number: str) -> None:
    [(where, message)] = _found(make(tmp_path, _draft(pre, op)), lib, "digit-glued")
    assert where == paragraph and f"“{number}”" in message


@pytest.mark.parametrize("pre", ["注意到一些岛屿的陆地与海洋面积之比不足1：1", "审议了秘书长关于海平面上升的报告，"])
def test_no_footnote_number_passes(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert "digit-glued" not in rules(make(tmp_path, _draft(pre)), lib)


# titles without 《》

@pytest.mark.parametrize(("pre", "title"), [
    ("重申“国际移民组织组织法”所载的原则，", "《国际移民组织组织法》"),
    ("重申世界卫生组织组织法所载的原则，", "《世界卫生组织组织法》"),
    ("又回顾2015年在达喀尔通过的达喀尔关于小岛屿可持续渔业的宣言，", "《达喀尔关于小岛屿可持续渔业的宣言》"),
])
def test_a_title_without_its_marks_is_told(lib: library.Library, tmp_path: Path, pre: str, title: str) -> None:
    [(where, message)] = _found(make(tmp_path, _draft(pre)), lib, "title-marks")
    assert where == 8 and title in message


@pytest.mark.parametrize("pre", [
    "重申《国际移民组织组织法》所载的原则，",
    "欢迎世界卫生组织总干事的报告，",
    "又回顾达喀尔会议期间各国的发言，",
])
def test_titles_in_their_marks_and_names_pass(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert "title-marks" not in rules(make(tmp_path, _draft(pre)), lib)


# an officer where the operative verb belongs

@pytest.mark.parametrize("op", ["1. 秘书长向大会第八十二届会议提交一份关于海平面上升的报告；",
                                "1. 联合国难民事务高级专员加强对气候流离失所者的保护；",
                                "1. 世界卫生组织总干事继续支持岛屿国家的卫生系统；"])
def test_an_officer_as_the_subject_is_told(lib: library.Library, tmp_path: Path, op: str) -> None:
    assert rules(make(tmp_path, _draft(op=op)), lib).get("operative-no-verb") == [9]


@pytest.mark.parametrize("op", ["1. 请秘书长向大会第八十二届会议提交一份关于海平面上升的报告；",
                                "1. 责成联合国开发计划署署长提交一份报告；",
                                "1. 邀请秘书长的特使访问受影响的岛屿；"])
def test_a_request_to_an_officer_passes(lib: library.Library, tmp_path: Path, op: str) -> None:
    assert "operative-no-verb" not in rules(make(tmp_path, _draft(op=op)), lib)


# a lead cut at its front

@pytest.mark.parametrize(("pre", "op", "paragraph", "correct"), [
    ("为关切地注意到海平面上升正在威胁岛屿国家的淡水供应，", OP, 8, "深为关切地注意到"),
    (PRE, "1. 烈谴责对岛屿国家专属经济区内渔业资源的非法掠夺；", 9, "强烈谴责"),
])
def test_a_lead_cut_at_its_front_is_told(lib: library.Library, tmp_path: Path, pre: str, op: str, paragraph: int,
                                         correct: str) -> None:
    [(where, message)] = _found(make(tmp_path, _draft(pre, op)), lib, "lead-misspelled")
    assert where == paragraph and correct in message


@pytest.mark.parametrize("op", ["1. 继续积极处理此案；", "1. 注意到海平面上升正在威胁岛屿国家的淡水供应；"])
def test_a_clause_opening_with_a_word_passes(lib: library.Library, tmp_path: Path, op: str) -> None:
    assert "lead-misspelled" not in rules(make(tmp_path, _draft(op=op)), lib)


# the 对…… frame left open

def test_a_frame_never_closed_is_told(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, _draft("对沿海社区因风暴潮遭受的损失，包括房屋、农田和饮用水源的损失，"))
    [(where, message)] = _found(path, lib, "lead-form")
    assert where == 8 and "对……表示关切" in message


@pytest.mark.parametrize("pre", [
    "对沿海社区因风暴潮遭受的损失表示深切关注，",
    "对岛屿国家境内若干地区一再发生风暴潮，不断造成人命丧失和财产损毁，感到震惊，",
    "对发展伙伴提供的援助，特别是气候融资，表示赞赏，",
])
def test_a_closed_frame_passes(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert "lead-form" not in rules(make(tmp_path, _draft(pre)), lib)
