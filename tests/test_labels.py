"""One labels module: making, counting, reading and renumbering paragraph labels."""

from __future__ import annotations

import pytest

from drafter import labelkinds, labels


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
    assert labelkinds.label_kind("(i)") == "roman"
    assert labelkinds.label_kind("(i)", ("letter", "(h)")) == "letter"
    assert labelkinds.label_kind("ii.") == "roman-dot"
    assert labelkinds.label_kind("（三）") == "zh-paren"
    assert labelkinds.label_kind("㈢") == "zh-circled"
    assert labelkinds.expected_label("letter-close", 3) == "c)"


def test_word_formats() -> None:
    assert [labels.word_number(4, f) for f in ("decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman",
                                               "decimalEnclosedCircleChinese")] == ["4", "d", "D", "iv", "IV", "④"]


# -- typed labels as students type them (drafter.labelkinds) ----------------------------------------

@pytest.mark.parametrize("text, label, kind, shape, value, name", [
    ("1. Urges", "1.", "number", "dot", 1, "number-dot"),
    ("3.Urges", "3.", "number", "dot", 3, "number-dot"),
    ("12) Urges", "12)", "number", "close", 12, "number-close"),
    ("1- Urges", "1-", "number", "dash", 1, "number-dash"),
    ("2 - Urges", "2 -", "number", "dash", 2, "number-dash"),
    ("4-Urges", "4-", "number", "dash", 4, "number-dash"),
    ("(1) Urges", "(1)", "number", "paren", 1, "number-paren"),
    ("（２）敦促", "（２）", "number", "paren", 2, "number-paren"),
    ("1、敦促各国", "1、", "number", "dot", 1, "number-dot"),
    ("１．敦促各国", "１．", "number", "dot", 1, "number-dot"),
    ("A. Urges", "A.", "letter", "dot", 1, "upper-dot"),
    ("B) Calls upon", "B)", "letter", "close", 2, "upper-close"),
    ("(C) Calls upon", "(C)", "letter", "paren", 3, "upper-paren"),
    ("a) to train", "a)", "letter", "close", 1, "letter-close"),
    ("(b) to train", "(b)", "letter", "paren", 2, "letter"),
    ("c. to train", "c.", "letter", "dot", 3, "letter-dot"),
    ("aa) to train", "aa)", "letter", "close", 27, "letter-close"),
    ("i. Ensure", "i.", "roman", "dot", 1, "roman-dot"),
    ("ii.Ensure that", "ii.", "roman", "dot", 2, "roman-dot"),
    ("(iv) Ensure", "(iv)", "roman", "paren", 4, "roman"),
    ("iii) Ensure", "iii)", "roman", "close", 3, "roman-close"),
    ("IV. Ensure", "IV.", "roman", "dot", 4, "upper-roman-dot"),
    ("一、敦促各国", "一、", "zh-number", "dot", 1, "zh-dot"),
    ("十二、敦促各国", "十二、", "zh-number", "dot", 12, "zh-dot"),
    ("（三）加强合作；", "（三）", "zh-number", "paren", 3, "zh-paren"),
    ("(一)加强合作；", "(一)", "zh-number", "paren", 1, "zh-paren"),
    ("㈡\t支持和平进程；", "㈡", "zh-number", "enclosed", 2, "zh-circled"),
    ("第一条 敦促各国", "第一条", "article", "bare", 1, "article"),
    ("第12条：敦促各国", "第12条", "article", "bare", 12, "article"),
    ("第二款敦促各国", "第二款", "article", "bare", 2, "article"),
    ("③ 加强合作", "③", "circled", "enclosed", 3, "circled"),
    ("⑵ to train", "⑵", "number", "paren", 2, "number-paren"),
    ("- With the help", "-", "bullet", "bare", 0, "bullet"),
    ("•With the help", "•", "bullet", "bare", 0, "bullet"),
    ("· 加强合作", "·", "bullet", "bare", 0, "bullet"),
    ("* With the help", "*", "bullet", "bare", 0, "bullet"),
    ("– to support", "–", "bullet", "bare", 0, "bullet"),
])
def test_every_typed_label_form_is_read(text: str, label: str, kind: str, shape: str, value: int, name: str) -> None:
    typed = labelkinds.read_typed(text)
    assert typed is not None, text
    assert (typed.text, typed.kind, typed.shape, typed.value, typed.name) == (label, kind, shape, value, name)
    assert text[typed.start:].startswith(label)
    assert text[typed.end:] == text[typed.start + len(label):].lstrip(" \t:：")  # the content, after the spaces


@pytest.mark.parametrize("text", [
    "1990 marked the beginning of the Decade,", "2020 was the year of the pandemic", "A/RES/74/247 on cybercrime",
    "I am convinced that", "A State that has not ratified", "I.e. every State", "e.g. the Convention", "U.S. forces",
    "50% of the population", "50 % of the population", "3.5 million refugees", "1.1 Draft resolution",
    "5-year plan for the region", "15-20 May 2020", "-1 degrees", "*Reaffirming* its commitment", "No. 5 of the list",
    "(UNHCR) estimates", "(CD) Conference on Disarmament", "一方面，各国应当", "十分关切局势，", "第1325号决议",
    "1、2、3号决议", "a", "12.", "(a)", "",
])
def test_text_that_opens_with_words_has_no_label(text: str) -> None:
    assert labelkinds.read_typed(text) is None


def test_a_label_alone_is_read_as_word_shows_it() -> None:
    label = labelkinds.read_label("a)")
    assert label is not None and label.name == "letter-close"
    assert labelkinds.label_kind("") == "bullet"  # Word's symbol bullet
    assert labelkinds.label_kind("1.1") == labelkinds.label_kind("2.3.1.") == "outline"  # Word's outline numbering


def test_un_number_is_half_width_digits_and_a_full_stop() -> None:
    forms = {t: labelkinds.read_typed(t + " Urges") for t in ("1.", "1)", "1-", "(1)", "１．", "1、", "1 .", "1234.")}
    assert {t for t, typed in forms.items() if typed is not None and typed.un_number} == {"1.", "1234."}


def test_the_label_before_decides_letter_or_roman() -> None:
    assert labelkinds.label_kind("(i)") == "roman"
    assert labelkinds.label_kind("(i)", ("letter", "(h)")) == "letter"
    assert labelkinds.label_kind("I.", ("upper-dot", "H.")) == "upper-dot"
    assert labelkinds.label_kind("(v)", ("letter", "(b)")) == "roman"
    assert labelkinds.label_kind("(十一)", ("zh-circled", "㈩")) == "zh-circled"  # no parenthesised 十一 exists
    assert labelkinds.label_kind("(十一)") == "zh-paren"


@pytest.mark.parametrize("kind, n, label", [
    ("letter", 3, "(c)"), ("letter-close", 3, "c)"), ("letter-dot", 27, "aa."), ("roman-close", 4, "iv)"),
    ("upper-dot", 2, "B."), ("upper-roman-dot", 3, "III."), ("number-paren", 5, "(5)"), ("number-close", 5, "5)"),
    ("number-dash", 2, "2-"), ("zh-dot", 3, "三、"), ("zh-paren", 11, "(十一)"), ("zh-circled", 2, "㈡"),
    ("zh-circled", 11, "(十一)"), ("circled", 4, "④"), ("article", 2, "第二条"), ("bullet", 2, None),
])
def test_expected_label_of_each_kind(kind: str, n: int, label: str | None) -> None:
    assert labelkinds.expected_label(kind, n) == label
    if label is not None:
        assert labelkinds.label_value(label, kind) == n


def test_renumbered_keeps_the_drafts_brackets_and_spacing() -> None:
    assert [labelkinds.renumbered(label, n, kind) for label, n, kind in [
        ("（三）", 4, "zh-paren"), ("1 -", 2, "number-dash"), ("第1条", 2, "article"), ("第一条", 2, "article"),
        ("c)", 2, "letter-close"), ("(i)", 10, "letter"), ("iv.", 3, "roman-dot"), ("④", 2, "circled"),
        ("•", 2, "bullet")]] == ["（四）", "2 -", "第2条", "第二条", "b)", "(j)", "iii.", "②", "•"]
    assert labelkinds.label_value("(i)", "letter") == 9 and labelkinds.label_value("(i)", "roman") == 1


def test_every_kind_name_is_a_kind_of_the_tree() -> None:
    from drafter.structure.tree import LABEL_KINDS

    assert labelkinds.LABEL_KIND_NAMES == LABEL_KINDS - {""}
