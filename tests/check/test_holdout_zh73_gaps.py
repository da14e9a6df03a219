"""Gaps of the blind set holdout-zh73 (#20, round 34: Chinese drafts whose structure a student broke), held by
sentences of our own with passing drafts beside them:

* in a draft with no numbered paragraph, "鼓励……，" between two operative clauses is an operative clause ending with
  the wrong mark (`operative-end`), not a preambular paragraph after the operative part; a lead that only opens
  preambles (铭记……，) there is still one;
* the last item under a preambular paragraph ending with "，" passes. (Its helper also had the last item ending with
  "；" reported as leaving the paragraph unclosed; the lead took that back: on holdout14's en-05, whose "Defines" with
  items the checker reads as an operative clause until --fix gives it its colon and letters, and as a preambular
  paragraph after, the second --fix then changed the items' last mark, so --fix twice was no longer --fix once.)
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区的可持续发展", "起草国：尼泊尔、秘鲁", "附议国：不丹、瑞士",
        "大会，", "回顾其关于山区可持续发展的各项决议，"]


def _findings(path: Path, lib: library.Library, rule: str) -> list[int]:
    report, _ = check.check_file(path, lib)
    return [f.paragraph for f in report.findings if f.rule == rule]


# -- an unnumbered operative part: "鼓励……，" between its clauses -------------------------------------------------------

def test_an_operative_lead_ending_with_a_comma_among_unnumbered_clauses(lib: library.Library, tmp_path: Path) -> None:
    body = ["敦促各国制定山区发展战略；", "请秘书长在各区域委员会设立山区协调人；", "鼓励各国和私营部门投资山区旅游，",
            "决定在下届会议上继续审议这一问题。"]
    path = make(tmp_path, [*HEAD, *body])
    assert 10 in _findings(path, lib, "operative-end")
    assert "preambular-after-operative" not in rules(path, lib)


def test_a_preambular_only_lead_among_unnumbered_clauses_stays_misplaced(lib: library.Library,
                                                                         tmp_path: Path) -> None:
    body = ["敦促各国制定山区发展战略；", "请秘书长在各区域委员会设立山区协调人；", "铭记山区居民的传统知识，",
            "决定在下届会议上继续审议这一问题。"]
    path = make(tmp_path, [*HEAD, *body])
    assert _findings(path, lib, "preambular-after-operative") == [10]


# -- preambular-end: the last item under a preambular paragraph ending with "；" ---------------------------------------

def _preamble_items(last: str) -> list[str]:
    return [*HEAD[:6], "注意到山区面临以下困难：", "(a) 冰川退缩使下游水源减少，", last,
            "1. 敦促各国制定山区发展战略；", "2. 决定在下届会议上继续审议这一问题。"]


def test_the_last_preambular_item_ending_with_a_comma_passes(lib: library.Library, tmp_path: Path) -> None:
    assert "preambular-end" not in rules(make(tmp_path, _preamble_items("(b) 山区道路在雨季经常中断，")), lib)
