"""What --fix says it did, in Chinese (drafter/check/fixtext.py): a finding whose edits change the words and set
their emphasis is told by the change of the words, not by the underline that comes with it."""

from __future__ import annotations

from drafter.check.fixtext import describe_zh
from drafter.check.report import Correction
from drafter.word.edit import Emphasise, Replace


def test_the_change_of_words_is_told_before_the_emphasis() -> None:
    text = "回故该公约的各项规定，"
    corrections = [Correction(Emphasise(0, 2, "underline")), Correction(Replace(1, 2, "顾"))]
    said = describe_zh(corrections, 0, lambda _: text)
    assert said.startswith("将“故”改为“顾”") and "2" in said, said


def test_an_emphasis_alone_is_told_as_emphasis() -> None:
    text = "回顾该公约的各项规定，"
    said = describe_zh([Correction(Emphasise(0, 2, "underline"))], 0, lambda _: text)
    assert said == "将“回顾”加下划线", said
