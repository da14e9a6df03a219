"""The structure reader on Chinese drafts by delegates used to English-language conferences (#20, blind set
holdout-zh25), with sentences of our own: a body's English acronym with the Chinese comma before the preamble
("CCPCJ，") stands for the organ line; an acronym opening a sentence is no organ line."""

from __future__ import annotations

from drafter import library
from drafter.structure import Phrases
from drafter.structure.classify import ORGANS, is_organ


def test_an_english_acronym_before_the_preamble_is_the_organ_line(lib: library.Library) -> None:
    phrases = Phrases.of(lib, "zh")
    assert is_organ("CCPCJ，", "回顾其关于网络犯罪的各项决议，", ORGANS["zh"], phrases)
    assert is_organ("ECOSOC,", "注意到各国的做法，", ORGANS["zh"], phrases)
    assert not is_organ("CCPCJ，", "委员会：预防犯罪和刑事司法委员会", ORGANS["zh"], phrases)  # no clause after it
    assert not is_organ("UNDP，开发署和各区域委员会，", "回顾其各项决议，", ORGANS["zh"], phrases)
    assert not is_organ("Ab，", "回顾其各项决议，", ORGANS["zh"], phrases)
