"""An organ line naming a body the reader's list lacks (a specialised agency, a regional organisation, a conference's
own body) with no end mark or the wrong one: the reader takes it for the organ line when the preamble follows it, as
it does for the known organs (holdout-zh32)."""

from __future__ import annotations

import pytest

from drafter import library
from drafter.structure import Phrases
from drafter.structure.classify import ORGANS, is_organ


@pytest.mark.parametrize("line", ["欧洲理事会", "世界贸易组织部长级会议", "聯合國糧食及農業組織", "欧洲理事会；"])
def test_a_chinese_body_name_without_its_comma_before_the_preamble_is_the_organ_line(
        lib: library.Library, line: str) -> None:
    phrases = Phrases.of(lib, "zh")
    assert is_organ(line, "回顾《关于难民地位的公约》，", ORGANS["zh"], phrases)


@pytest.mark.parametrize(("line", "following"), [
    ("欧洲理事会", "1. 呼吁成员国公平分担难民安置责任；"),  # no preamble after it: a masthead or a title, not this reading
    ("欧洲理事会", "成员国应公平分担难民安置责任。"),
    ("关于难民问题的欧洲理事会", "回顾《关于难民地位的公约》，"),  # a title: 关于 … names what the text is about
    ("《联合国宪章》缔约国会议", "回顾《联合国宪章》，"),
])
def test_other_lines_without_a_mark_stay_what_they_were(lib: library.Library, line: str, following: str) -> None:
    phrases = Phrases.of(lib, "zh")
    assert not is_organ(line, following, ORGANS["zh"], phrases)


@pytest.mark.parametrize("line", ["The Food and Agriculture Organization:", "The European Council;",
                                  "THE WORLD TRADE ORGANIZATION:", "The Food and Agriculture Organization."])
def test_an_english_body_name_with_the_wrong_mark_before_the_preamble_is_the_organ_line(
        lib: library.Library, line: str) -> None:
    phrases = Phrases.of(lib, "en")
    assert is_organ(line, "Noting that one third of all food produced is lost or wasted,", ORGANS["en"], phrases)


def test_an_english_heading_with_a_colon_stays_a_heading(lib: library.Library) -> None:
    phrases = Phrases.of(lib, "en")
    following = "Noting that one third of all food produced is lost or wasted,"
    assert not is_organ("Preambulatory Clauses:", following, ORGANS["en"], phrases)
    assert not is_organ("Committee: The Food and Agriculture Organization", following, ORGANS["en"], phrases)
    assert not is_organ("The Food and Agriculture Organization:", "FAO was founded in Quebec City in 1945.",
                        ORGANS["en"], phrases)  # no clause after it: a caption or a title
