"""One labels module: making, counting, reading and renumbering paragraph labels."""

from __future__ import annotations

import pytest

from drafter import labels


def test_relabel_keeps_the_label_style() -> None:
    assert [labels.relabel(label, n, depth) for label, n, depth in
            [("12", 4, 0), ("(b)", 3, 1), ("b)", 1, 1), ("ii.", 3, 2), ("(iv)", 9, 2), ("㈡", 3, 2), ("(三)", 11, 2)]] == \
        ["4", "(c)", "a)", "iii.", "(ix)", "㈢", "(十一)"]


@pytest.mark.parametrize("n, text", [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (99, "九十九"),
                                     (100, "一百"), (101, "一百零一"), (110, "一百一十"), (1009, "一千零九"),
                                     (2300, "二千三百")])
def test_chinese_counting_as_word_writes_it(n: int, text: str) -> None:
    assert labels.zh_number(n) == text
    assert labels.word_number(n, "chineseCountingThousand") == text
    # chineseCounting writes numbers from 100 on digit by digit (MS-DOCX 2.4: 一, 十, 一○○)
    digits = "".join("○一二三四五六七八九"[int(d)] for d in str(n))
    assert labels.word_number(n, "chineseCounting") == (text if n < 100 else digits)


@pytest.mark.parametrize("n", [-3, 10_000, 2 * 10**10])
def test_chinese_counting_out_of_range_is_a_number_not_an_error(n: int) -> None:
    assert labels.zh_number(n) == str(n)


@pytest.mark.parametrize("n", range(1, 40))
def test_reading_inverts_making(n: int) -> None:
    assert labels.letters_value(labels.letters(n)) == n
    assert labels.roman_value(labels.roman(n)) == n
    if n < 100:
        assert labels.zh_value(labels.zh_number(n)) == n


def test_addresses_round_trip_and_refuse_nonsense() -> None:
    assert labels.parse_address("5(b)(ii)") == [5, 2, 2]
    assert labels.parse_address("5（二）") == [5, 2]
    assert labels.format_address([5, 2, 2]) == "5(b)(ii)"
    assert labels.parse_address("x") is None
    assert labels.parse_address("9" * 5000) is None  # never a 5,000-digit number


def test_label_kinds_read_the_sibling_before() -> None:
    assert labels.label_kind("(i)") == "roman"
    assert labels.label_kind("(i)", ("letter", "(h)")) == "letter"
    assert labels.label_kind("ii.") == "roman-dot"
    assert labels.label_kind("（三）") == "zh-paren"
    assert labels.label_kind("㈢") == "zh-circled"
    assert labels.expected_label("letter-close", 3) == "c)"


def test_word_formats() -> None:
    assert [labels.word_number(4, f) for f in ("decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman",
                                               "decimalEnclosedCircleChinese")] == ["4", "d", "D", "iv", "IV", "④"]
