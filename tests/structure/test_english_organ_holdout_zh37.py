"""The structure reader on Chinese drafts written from an English template (#20, blind set holdout-zh37), with
sentences of our own: an organ's English name with a comma before the Chinese preamble ("The General Assembly,")
stands for the organ line; an English name with no clause after it, or a body no list holds, is none."""

from __future__ import annotations

from drafter import library
from drafter.structure import Phrases
from drafter.structure.classify import ORGANS, english_organ, is_organ


def test_an_english_organ_name_before_the_chinese_preamble_is_the_organ_line(lib: library.Library) -> None:
    phrases = Phrases.of(lib, "zh")
    assert is_organ("The General Assembly,", "回顾其关于海洋的各项决议，", ORGANS["zh"], phrases)
    assert is_organ("THE  SECURITY COUNCIL，", "重申对缅甸主权的承诺，", ORGANS["zh"], phrases)
    assert not is_organ("The General Assembly,", "委员会：大会第二委员会", ORGANS["zh"], phrases)  # no clause after it
    assert not is_organ("The World Trade Organization,", "回顾其各项决议，", ORGANS["zh"], phrases)
    assert english_organ("The Human Rights Council") == "人权理事会"
    assert english_organ("Human Rights") == ""
