"""Which characters count as traditional: those outside the simplified set (GB 2312) that the traditional set (Big5)
holds; a character neither holds is read as it is, and the conversion tables are not loaded for it."""

from __future__ import annotations

from drafter import hanzi


def test_traditional_characters_are_told_by_the_traditional_set() -> None:
    assert hanzi.has_traditional("議題：網絡犯罪")
    assert hanzi.has_traditional("又請秘書長")
    assert not hanzi.has_traditional("议题：网络犯罪")
    assert not hanzi.has_traditional("Topic: cybercrime")


def test_a_character_of_neither_set_is_no_traditional_one() -> None:
    # 笹 (a Japanese kanji) stands in one of the UN corpus's Chinese paragraphs: it is in neither GB 2312 nor Big5
    text = "还确认世界海事大学的作用笹"
    assert not hanzi.has_traditional(text)
    assert hanzi.simplified(text) == text
