"""A topic heading inside the operative part that the student labels with a Chinese ordinal and closes with a colon
("二、灾后重建：") over clauses numbered 1., 2. …: the reader takes it for a heading, as it does the same line without
the colon, not for a clause numbered "二、" whose colon opens a list of sub-clauses (holdout-zh35). A labelled
chapeau that opens with its lead ("一、敦促各国：") stays a clause."""

from __future__ import annotations

import pytest

from drafter import library
from drafter.structure import Phrases
from drafter.structure.classify import is_section, looks_like_section
from drafter.word import reader


@pytest.mark.parametrize(("text", "label"), [("二、灾后重建：", "二、"), ("三、资金来源:", "三、"),
                                             ("B. Financing:", "B.")])
def test_a_labelled_topic_closed_with_a_colon_is_a_heading(lib: library.Library, text: str, label: str) -> None:
    phrases = Phrases.of(lib, "en" if text[0].isascii() else "zh")
    assert looks_like_section(text, label, phrases)


# a chapeau opens with its lead; an enumeration is not a few words naming a topic; a long line is no heading
NOT_HEADINGS = [("一、敦促各国：", "一、"), ("二、请秘书长：", "二、"), ("一、关于资金、技术和能力建设：", "一、"),
                ("一、在国家一级建立协调机制并定期向委员会报告其进展：", "一、")]


def _para(text: str) -> reader.Paragraph:
    return reader.Paragraph(1, [reader.Run(text)])


def test_the_section_reading_accepts_the_labelled_topic(lib: library.Library) -> None:
    phrases = Phrases.of(lib, "zh")
    assert is_section(_para("二、灾后重建："), phrases)
    for text, label in NOT_HEADINGS:
        assert not is_section(_para(text), phrases), text
        assert not looks_like_section(text, label, phrases), text
