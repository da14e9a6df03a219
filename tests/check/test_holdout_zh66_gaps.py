"""Gaps of the blind set holdout-zh66 (#20, round 33: ordinary Chinese drafts of secondary-school conferences), held
by sentences of our own with passing drafts beside them:

* a preambular paragraph whose lead comes last (对……表示严重关切，, UN Chinese usage) typed with a full stop at its
  end (对……表示严重关切。) is still the framed lead: its end mark is the fault (`preambular-end`), not its form
  (`lead-form` called it "a sentence with its own subject" because the frame reader cut the clause at a comma only).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["决议草案", "委员会：大会第三委员会", "议题：老年人的数字包容", "起草国：芬兰、智利", "附议国：泰国、加纳",
        "大会，"]
PRE = "回顾其关于老龄问题的各项决议，"
OP = "1. 鼓励会员国为老年人开设免费的数字技能课程；"
LAST = "2. 决定在下届会议上继续审议这一问题。"


@pytest.mark.parametrize("framed", [
    "对受骗老年人人数不断增加表示严重关切。",
    "对针对老年人的网络诈骗问题日益严重深表关切。",
    "对各国图书馆为老年人提供上网辅导的做法表示赞赏.",
])
def test_a_framed_lead_ending_with_a_full_stop_is_an_end_mark_fault_only(lib: library.Library, tmp_path: Path,
                                                                         framed: str) -> None:
    found = rules(make(tmp_path, [*HEAD, PRE, framed, OP, LAST]), lib)
    assert found.get("preambular-end") == [8]
    assert "lead-form" not in found


def test_a_statement_ending_with_a_full_stop_is_still_no_lead(lib: library.Library, tmp_path: Path) -> None:
    # no verb closes the frame: a sentence about the world, not a lead (the stop is a fault of its own)
    found = rules(make(tmp_path, [*HEAD, PRE, "老年人无法使用网上公共服务的问题日益突出。", OP, LAST]), lib)
    assert found.get("lead-form") == [8]


def test_a_framed_lead_with_its_comma_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*HEAD, PRE, "对许多老年人无法独立使用网上公共服务的现象表示严重关切，", OP, LAST]), lib)
    assert "lead-form" not in found and "preambular-end" not in found
