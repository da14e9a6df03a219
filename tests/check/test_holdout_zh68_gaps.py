"""Gaps of the blind set holdout-zh68 (#20, round 33: Chinese drafts of first-time delegates), held by sentences of
our own with passing drafts beside them:

* the items under a chapeau typed with the clauses' own numbers ("2. 请各国：" then "3. 设立……；" "4. 培训……；"): each
  is a sub-clause numbered as a clause (`sub-numbered-as-clause`, UN-B10, ZH-B04), and the chapeau's colon is then
  right (no `operative-end`); a chapeau over lettered items, and a colon followed by a clause that opens with its
  own lead, stay as they were;
* an operative clause that opens with a subject and "should" (各国应该制定法规，要求……) has no operative verb even when
  a lead word follows its comma (要求 "requiring" is a word of its sentence, not the organ's verb after a frame:
  `operative-no-verb`, UN-B06); a frame before the verb (在不妨碍……的情况下，要求……) still passes;
* a treaty's title typed bare in the topic's heading line (议题：巴黎协定的执行) lacks its 《》 as in the clauses
  (`title-marks`, ZH-P01); the title in 《》 there passes.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区的饮用水", "起草国：尼泊尔、秘鲁", "附议国：不丹、玻利维亚",
        "大会，", "认识到山区居民获得安全饮用水的机会有限，"]
LAST = "5. 决定在下届会议上继续审议这一问题。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[int]:
    report, _ = check.check_file(path, lib)
    return [f.paragraph for f in report.findings if f.rule == rule]


# -- sub-numbered-as-clause: a chapeau's items typed with the clauses' numbers ----------------------------------------

def test_items_typed_with_clause_numbers_under_a_chapeau_are_found(lib: library.Library, tmp_path: Path) -> None:
    body = ["1. 鼓励各国收集雨水；", "2. 请各国：", "3. 在偏远村庄设立净水站；", "4. 培训当地技术人员维护水泵；", LAST]
    path = make(tmp_path, [*HEAD, *body])
    assert _findings(path, lib, "sub-numbered-as-clause") == [10, 11]
    assert 9 not in _findings(path, lib, "operative-end")  # the chapeau's colon is right once its items are items


def test_lettered_items_or_a_clause_after_a_colon_pass(lib: library.Library, tmp_path: Path) -> None:
    lettered = ["1. 鼓励各国收集雨水；", "2. 请各国：", "(a) 在偏远村庄设立净水站；", "(b) 培训当地技术人员维护水泵；",
                "3. 决定在下届会议上继续审议这一问题。"]
    assert "sub-numbered-as-clause" not in rules(make(tmp_path, [*HEAD, *lettered]), lib)
    clause = ["1. 鼓励各国收集雨水；", "2. 请各国：", "3. 敦促捐助方为净水站提供资金；", "4. 请秘书长提出报告；", LAST]
    assert "sub-numbered-as-clause" not in rules(make(tmp_path, [*HEAD, *clause]), lib)


# -- operative-no-verb: a subject and "should", then a lead word after the comma --------------------------------------

def test_should_with_a_lead_after_its_comma_has_no_verb(lib: library.Library, tmp_path: Path) -> None:
    body = ["1. 各国应该制定法规，要求供水公司公布水质数据；", "2. 决定在下届会议上继续审议这一问题。"]
    assert _findings(make(tmp_path, [*HEAD, *body]), lib, "operative-no-verb") == [8]


def test_a_frame_before_the_verb_passes(lib: library.Library, tmp_path: Path) -> None:
    body = ["1. 在不妨碍各国主权的情况下，要求供水公司公布水质数据；", "2. 决定在下届会议上继续审议这一问题。"]
    assert "operative-no-verb" not in rules(make(tmp_path, [*HEAD, *body]), lib)


# -- title-marks: a bare title in the topic's line ----------------------------------------------------------------------

BODY = ["大会，", "回顾《巴黎协定》第七条关于适应的规定，", "1. 请秘书长提出报告。"]


def test_a_bare_title_in_the_topic_line_is_found(lib: library.Library, tmp_path: Path) -> None:
    head = ["决议草案", "委员会：大会第二委员会", "议题：巴黎协定的执行与山区适应", "起草国：尼泊尔", "附议国：不丹"]
    assert _findings(make(tmp_path, [*head, *BODY]), lib, "title-marks") == [3]


def test_a_marked_title_in_the_topic_line_passes(lib: library.Library, tmp_path: Path) -> None:
    head = ["决议草案", "委员会：大会第二委员会", "议题：《巴黎协定》的执行与山区适应", "起草国：尼泊尔", "附议国：不丹"]
    assert "title-marks" not in rules(make(tmp_path, [*head, *BODY]), lib)
