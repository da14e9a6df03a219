"""The general cause behind word-blind60's misses (bench/students/word-blind60), on sentences of our own: words of
everyday spoken Chinese in a lead's place, which the checker gave only the unscored `lead-unknown` suggestion.

* An appeal to what everybody knows opening a paragraph (众所周知，……, 大家都知道……, 我们都知道，……, 显而易见，……, in
  traditional characters too): the way a speech or an essay opens a sentence, not a lead phrase of FORMAT.md's lists
  (UN-B03, ZH-B02; UN-B06, ZH-B03 for an operative clause): `lead-form`, with the listed lead that follows it as the
  form to write (众所周知，注意到…… → 注意到), else the hint of the part's leads. The words inside a clause pass.
* The everyday causative 让 ("let") opening an operative clause (让各国……；, 讓各國……；) where the organ's verb belongs
  (促请, "calls upon"): `lead-form`, as the other everyday words of lead-form's `everyday-zh` list are told; 让 inside
  a clause (请秘书长让……, 为让更多儿童……) passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山地森林火灾的预防", "起草国：希腊、智利", "附议国：葡萄牙、加拿大、土耳其",
        "大会，"]
PRE = "回顾其关于森林问题的各项决议，"
OP = "1. 鼓励各国建立森林火灾早期预警系统；"
LAST = "2. 请秘书长向大会第八十二届会议报告本决议的执行情况。"


def _draft(pre: str = PRE, op: str = OP, emphasised: int = 0) -> list[object]:
    """The draft; ``emphasised``: the first so many characters of the preambular paragraph set bold, as a lead."""
    first: object = [(pre[:emphasised], "b"), (pre[emphasised:], "")] if emphasised else pre
    return [*HEAD, first, op, LAST]


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(("pre", "emphasised", "words", "correct"), [
    ("众所周知，山地森林火灾的季节正在变长，", 4, "众所周知", "序言性引导词"),
    ("大家都知道山地森林火灾的季节正在变长，", 5, "大家都知道", "序言性引导词"),
    ("我们都知道，气候变化使森林更加干燥，", 0, "我们都知道", "序言性引导词"),
    ("顯而易見，山地森林火災的季節正在變長，", 4, "顯而易見", "序言性引导词"),
    ("众所周知，注意到森林火灾每年烧毁大片林地，", 0, "众所周知，注意到", "“注意到”"),
])
def test_an_appeal_to_common_knowledge_for_a_preambular_lead_is_told(
        lib: library.Library, tmp_path: Path, pre: str, emphasised: int, words: str, correct: str) -> None:
    [(where, message)] = _findings(make(tmp_path, _draft(pre, emphasised=emphasised)), lib, "lead-form")
    assert where == 7 and f"“{words}”" in message and correct in message


@pytest.mark.parametrize(("op", "words", "correct"), [
    ("1. 让各国建立森林火灾早期预警系统；", "让", "“促请”"),
    ("1. 讓各國建立森林火災早期預警系統；", "讓", "“促請”"),  # named in the clause's own script (round 32)
    ("1. 众所周知，鼓励各国建立森林火灾早期预警系统；", "众所周知，鼓励", "“鼓励”"),
])
def test_an_everyday_opening_for_an_operative_verb_is_told(lib: library.Library, tmp_path: Path, op: str,
                                                          words: str, correct: str) -> None:
    [(where, message)] = _findings(make(tmp_path, _draft(op=op)), lib, "lead-form")
    assert where == 8 and f"“{words}”" in message and correct in message


@pytest.mark.parametrize(("pre", "op"), [
    ("认识到森林火灾的危害已为众所周知，", OP),
    ("欢迎各国为让更多社区参与防火所作的努力，", OP),
    (PRE, "1. 请秘书长让各国分享森林火灾早期预警的经验；"),
    (PRE, "1. 促请各国让地方社区参与森林火灾的预防；"),
])
def test_the_same_words_inside_a_clause_pass(lib: library.Library, tmp_path: Path, pre: str, op: str) -> None:
    assert "lead-form" not in rules(make(tmp_path, _draft(pre, op)), lib)
