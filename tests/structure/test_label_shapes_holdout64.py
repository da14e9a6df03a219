"""Label shapes of the blind set holdout64 (#20), tested with labels of our own: a list that runs past "(z)" and is
labelled on "(a1)", "(a2)" by a pupil who ran out of letters, and a roman numeral miswritten ("(iix)", "viv."), are
labels that name no place in their list (value 0), so that the list's count can say which label belongs there; "(aa)",
"(vv)", "(ix)" and "(xx)" keep their own values, and "(a12)" or "(b)1" stay text."""

from __future__ import annotations

from drafter.labelkinds import read_label, read_typed


def test_a_letter_with_a_digit_after_z_is_a_letter_label_of_no_place() -> None:
    typed = read_typed("(b1) training more midwives;")
    assert typed is not None and (typed.kind, typed.value, typed.text) == ("letter", 0, "(b1)")
    assert read_typed("(a12) training more midwives;") is None
    assert read_typed("(b)1 training more midwives;") is not None  # "(b)": the digit is text after the label
    aa = read_label("(aa)")
    assert aa is not None and (aa.kind, aa.value) == ("letter", 27)


def test_a_miswritten_roman_numeral_is_a_roman_label_of_no_place() -> None:
    for text in ("(iix) a register of ports;", "viv. a register of ports;"):
        typed = read_typed(text)
        assert typed is not None and (typed.kind, typed.value) == ("roman", 0), text
    for label, kind, value in (("(ix)", "roman", 9), ("(xx)", "letter", 50), ("(vv)", "letter", 48)):
        typed = read_label(label)
        assert typed is not None and (typed.kind, typed.value) == (kind, value), label
