"""Faults left by round 30 (round 31's leftovers), each on a draft of our own.

* A Chinese title named after a place in transliteration characters (布达佩斯公约) after a word whose last character
  is one of them too (参考 "with reference to", 实施, 增加): the word ends before the name, which the title-marks
  finding quoted with that character (“考布达佩斯公约第二附加议定书”).
* `lead-form`'s everyday causative 让 ("let") in an operative clause's lead place, and a clause opening with a word
  that begins with 让 and is another word (让步 "concession"): no lead at all, not the causative.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第三委员会", "议题：打击网络犯罪", "起草国：希腊、智利", "附议国：加拿大、葡萄牙", "大会，"]
PRE = "回顾其关于网络犯罪问题的各项决议，"
LAST = "2. 请秘书长向大会第八十二届会议报告本决议的执行情况。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(("op", "title"), [
    ("1. 鼓励各国参考布达佩斯公约第二附加议定书的做法加强电子证据的国际合作；", "布达佩斯公约第二附加议定书"),
    ("1. 鼓励各国思考维也纳公约的相关规定；", "维也纳公约"),
    ("1. 促请各国实施巴塞尔公约关于电子废物的规定；", "巴塞尔公约"),
    ("1. 鼓励各国参考吉达关于承诺保护苏丹平民的宣言的做法；", "吉达关于承诺保护苏丹平民的宣言"),
    # a word of one character before the name, and a name a dictionary word would run into (下巴), keep the name whole
    ("1. 鼓励各国在区域框架下巴塞尔公约所定的程序中分享经验；", "巴塞尔公约"),
])
def test_a_word_before_a_transliterated_name_ends_before_it(lib: library.Library, tmp_path: Path, op: str,
                                                            title: str) -> None:
    [(where, message)] = _findings(make(tmp_path, [*HEAD, PRE, op, LAST]), lib, "title-marks")
    assert where == 8 and f"“{title}”" in message and f"“《{title}》”" in message


@pytest.mark.parametrize("op", ["1. 让步与妥协是各国达成共识的基础；", "1. 讓步與妥協是各國達成共識的基礎；",
                                "1. 意识形态的分歧不应妨碍打击网络犯罪的合作；"])
def test_a_word_that_opens_with_an_everyday_word_is_no_everyday_lead(lib: library.Library, tmp_path: Path,
                                                                    op: str) -> None:
    assert not [m for _, m in _findings(make(tmp_path, [*HEAD, PRE, op, LAST]), lib, "lead-form") if "日常用语" in m]


def test_the_causative_let_is_still_told(lib: library.Library, tmp_path: Path) -> None:
    [(where, message)] = _findings(make(tmp_path, [*HEAD, PRE, "1. 让各国加强电子证据的国际合作；", LAST]), lib,
                                   "lead-form")
    assert where == 8 and "“让”" in message and "“促请”" in message
