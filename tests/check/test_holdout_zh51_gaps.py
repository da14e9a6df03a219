"""Slips of Chinese input methods in a lead that the checker missed on the blind set holdout-zh51 (#20), held by
sentences of our own with passing drafts beside them (every slip is `lead-misspelled`, UN-B03 / UN-B06):

* a character typed with the wrong nasal at the end of its final, front for back or none for one (申民 for 申明:
  mín / míng; 深星 for 深信), when the characters make no word (声明 is a word of its own and passes);
* the lead left in pinyin, the input method's letters sent to the page ("huyu各国", "zhu yi dao 各国" → 呼吁, 注意到);
* a space typed inside a word of the lead, run on into its text ("注意 到各国", "强 调各方"); not a lead spaced out
  character by character as a PDF copy gives it ("认 识 到 各国"), nor a space after a modifier ("强烈 敦促各方");
* the lead's last character typed twice ("鼓励励各国", "请请秘书长"); not when the second opens a word (决定定期审查,
  强调调整), nor after 到 (注意到到2030年);
* a longer lead with an inner character left out ("深为关地注意到", "表示严关切" → 深为关切地注意到, 表示严重关切)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：内陆发展中国家的过境运输", "起草国：蒙古、巴拉圭",
        "附议国：老挝、马里、尼泊尔", "草案编号：2.4", "大会，"]
PRE = "回顾《维也纳行动纲领》，"
LAST = "3. 请秘书长向大会第八十二届会议报告本决议的执行情况。"


def _draft(pre: str = PRE, op: str = "1. 鼓励过境国家简化边境手续；") -> list[str]:
    return [*HEAD, pre, op, "2. 邀请发展伙伴支持内陆发展中国家的基础设施建设；", LAST]


def _misspelled(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "lead-misspelled"]


# a final's nasal confused

@pytest.mark.parametrize(("pre", "op", "paragraph", "correct"), [
    (PRE, "1. 申民过境自由是内陆发展中国家的一项权利；", 9, "申明"),
    ("深星改善过境运输能够降低内陆发展中国家的贸易成本，", "1. 鼓励过境国家简化边境手续；", 8, "深信"),
])
def test_a_nasal_slip_in_a_lead_is_told(lib: library.Library, tmp_path: Path, pre: str, op: str, paragraph: int,
                                        correct: str) -> None:
    [(where, message)] = _misspelled(make(tmp_path, _draft(pre, op)), lib)
    assert where == paragraph and correct in message


def test_a_real_word_a_nasal_apart_passes(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, _draft(op="1. 声明过境自由是内陆发展中国家的一项权利；"))
    assert "lead-misspelled" not in rules(path, lib)


# the lead left in pinyin

@pytest.mark.parametrize(("op", "correct"), [("1. huyu过境国家简化边境手续；", "呼吁"),
                                             ("1. Guli 过境国家简化边境手续；", "鼓励")])
def test_a_lead_left_in_pinyin_is_told(lib: library.Library, tmp_path: Path, op: str, correct: str) -> None:
    [(where, message)] = _misspelled(make(tmp_path, _draft(op=op)), lib)
    assert where == 9 and correct in message


def test_a_preambular_lead_in_spaced_pinyin_is_told(lib: library.Library, tmp_path: Path) -> None:
    [(where, message)] = _misspelled(make(tmp_path, _draft("zhu yi dao 内陆国家的贸易成本高于沿海国家，")), lib)
    assert where == 8 and "注意到" in message


def test_latin_letters_that_spell_no_lead_pass(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, _draft(op="1. 鼓励ASEAN各成员国简化边境手续；"))
    assert "lead-misspelled" not in rules(path, lib)


# a space inside the lead

@pytest.mark.parametrize(("pre", "op", "paragraph", "correct"), [
    ("注意 到内陆国家的贸易成本高于沿海国家，", "1. 鼓励过境国家简化边境手续；", 8, "注意到"),
    (PRE, "1. 强 调过境国家和内陆国家必须加强合作；", 9, "强调"),
])
def test_a_space_inside_a_lead_is_told(lib: library.Library, tmp_path: Path, pre: str, op: str, paragraph: int,
                                       correct: str) -> None:
    [(where, message)] = _misspelled(make(tmp_path, _draft(pre, op)), lib)
    assert where == paragraph and correct in message


@pytest.mark.parametrize(("pre", "op"), [
    ("认 识 到 内陆国家的贸易成本高于沿海国家，", "1. 鼓励过境国家简化边境手续；"),
    (PRE, "1. 强烈 敦促过境国家简化边境手续；"),
    ("又 回顾《阿拉木图行动纲领》，", "1. 鼓励过境国家简化边境手续；"),
])
def test_spaces_between_words_or_characters_pass(lib: library.Library, tmp_path: Path, pre: str, op: str) -> None:
    path = make(tmp_path, _draft(pre, op))
    assert "lead-misspelled" not in rules(path, lib)


# the lead's last character typed twice

@pytest.mark.parametrize(("op", "correct"), [("1. 鼓励励过境国家简化边境手续；", "应为“鼓励”"),
                                             ("1. 请请过境国家简化边境手续；", "应为“请”")])
def test_a_doubled_last_character_is_told(lib: library.Library, tmp_path: Path, op: str, correct: str) -> None:
    report, _ = check.check_file(make(tmp_path, _draft(op=op)), lib)
    found = [f for f in report.findings if f.rule == "lead-misspelled" and f.paragraph == 9]
    assert len(found) == 1 and correct in found[0].message


@pytest.mark.parametrize(("pre", "op"), [
    (PRE, "1. 决定定期审查过境运输协定的执行情况；"),
    (PRE, "1. 强调调整过境收费的必要性；"),
    ("注意到到2030年内陆国家的贸易量将翻一番，", "1. 鼓励过境国家简化边境手续；"),
])
def test_a_character_that_opens_a_word_passes(lib: library.Library, tmp_path: Path, pre: str, op: str) -> None:
    path = make(tmp_path, _draft(pre, op))
    assert "lead-misspelled" not in rules(path, lib)


# an inner character left out

@pytest.mark.parametrize(("pre", "correct"), [("深为关地注意到内陆国家的贸易成本居高不下，", "深为关切地注意到"),
                                              ("表示严关切内陆国家的贸易成本居高不下，", "表示严重关切")])
def test_a_dropped_character_is_told(lib: library.Library, tmp_path: Path, pre: str, correct: str) -> None:
    [(where, message)] = _misspelled(make(tmp_path, _draft(pre)), lib)
    assert where == 8 and correct in message


@pytest.mark.parametrize("pre", ["深为关切地注意到内陆国家的贸易成本居高不下，", "关切内陆国家的贸易成本居高不下，"])
def test_a_whole_lead_passes(lib: library.Library, tmp_path: Path, pre: str) -> None:
    path = make(tmp_path, _draft(pre))
    assert "lead-misspelled" not in rules(path, lib)
