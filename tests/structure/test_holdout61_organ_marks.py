"""The organ line as a Markdown file leaves it ("## The General Assembly,") and as some conference guides place it
(after the preamble, with its comma): the reader takes both for the organ line (holdout61)."""

from __future__ import annotations

from drafter import library
from drafter.structure import Phrases
from drafter.structure.classify import ORGANS, is_organ, is_organ_substitute


def test_an_organ_line_after_markdown_heading_marks_is_the_organ_line(lib: library.Library) -> None:
    phrases = Phrases.of(lib, "en")
    following = "*Noting* that one adult in seven cannot read,"
    assert is_organ("## The General Assembly,", "Noting that one adult in seven cannot read,", ORGANS["en"], phrases)
    assert is_organ("# THE ECONOMIC AND SOCIAL COUNCIL,", following, ORGANS["en"], phrases)
    assert not is_organ("## Operative Clauses", "1. Encourages Member States to act;", ORGANS["en"], phrases)
    assert not is_organ("#The General Assembly,", following, ORGANS["en"], phrases)  # a hashtag, no heading


def test_a_body_name_with_its_comma_before_the_operative_part_stands_for_the_organ_line() -> None:
    organs = ORGANS["en"]
    assert is_organ_substitute("The Disarmament and International Security Committee,", organs, before_operative=True)
    assert is_organ_substitute("The Social, Humanitarian and Cultural Committee,", organs, before_operative=True)
    assert is_organ_substitute("The General Assembly,", organs, before_operative=True)
    assert not is_organ_substitute("The General Assembly,", organs)  # elsewhere in the preamble: not this reading
    assert not is_organ_substitute("Recalling the reports of the General Assembly,", organs, before_operative=True)
    assert not is_organ_substitute("Welcoming the Committee,", organs, before_operative=True)
