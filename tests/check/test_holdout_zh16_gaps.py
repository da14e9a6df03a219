"""Faults of pupils' first Chinese drafts the checker missed on the blind set holdout-zh16 (#20), each held by
sentences of our own with a passing draft beside it: clauses numbered with a speech's words of order ("首先，" "其次，"
"最后，") or with an ordinal and a comma ("第一，"), an exclamation mark ending a sentence inside a clause, a clause
opened by "大家应该", a preambular paragraph opened by "首先，我们注意到", a salutation ("尊敬的主席："), the sponsors
named in a sentence of the text ("本决议由……提出。"), and unnumbered clauses that name their speaker ("我们呼吁……。")."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.labelkinds import read_typed
from drafter.word import reader


def head(organ: str = "大会，") -> list[str]:
    return ["决议草案", "委员会：大会第二委员会", "议题：学校菜园", "起草国：秘鲁、葡萄牙", "附议国：斐济、蒙古", organ]


PREAMBLE = "认识到学校菜园可以让学生了解食物从哪里来，"


def fixed_texts(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- clauses numbered with words of order ----------------------------------------------------------------------------

@pytest.mark.parametrize("labels", [("首先，", "其次，", "最后，"), ("第一，", "第二，", "第三，"),
                                    ("首先，", "其次，", "再次，")])
def test_clauses_numbered_with_words_of_order(lib: library.Library, tmp_path: Path, labels: tuple[str, ...]) -> None:
    clauses = [f"{labels[0]}鼓励会员国在学校里开辟菜园；", f"{labels[1]}请联合国粮食及农业组织编写种植指南；",
               f"{labels[2]}决定继续审议这个问题。"]
    path = make(tmp_path, [*head(), PREAMBLE, *clauses])
    found = rules(path, lib)
    assert found.get("numbering-form") == [8, 9, 10]
    assert "preambular-end" not in found and "no-operative" not in found
    texts = fixed_texts(path, lib, tmp_path / "fixed.docx")
    assert texts[7:] == ["1. 鼓励会员国在学校里开辟菜园；", "2. 请联合国粮食及农业组织编写种植指南；", "3. 决定继续审议这个问题。"]


def test_words_of_order_are_labels_only_before_a_clauses_end() -> None:
    assert read_typed("首先，鼓励会员国开辟菜园；") is not None
    assert read_typed("最后，决定继续审议这个问题。") is not None
    assert read_typed("首先，注意到学校菜园的好处，") is None  # a preamble's words: the lead-form rule's
    assert read_typed("首先要明确责任") is None
    assert read_typed("第一，鼓励会员国开辟菜园；") is not None
    assert read_typed("第一次会议注意到学校菜园的好处，") is None
    assert read_typed("第三委员会，") is None


def test_a_preamble_opened_with_words_of_order(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "首先，我们注意到很多城市学生从来没有种过菜，", "其次，化肥和农药的价格越来越高，",
                           "1. 鼓励会员国在学校里开辟菜园；", "2. 决定继续审议这个问题。"])
    found = rules(path, lib)
    assert found.get("lead-form") == [7, 8]
    assert "preambular-numbered" not in found


# -- an exclamation mark inside a clause -----------------------------------------------------------------------------

def test_an_exclamation_mark_ending_a_sentence_inside_a_clause(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), PREAMBLE, "1. 鼓励会员国在学校里开辟菜园！让每个学生都有一小块地；",
                           "2. 决定继续审议这个问题。"])
    assert rules(path, lib).get("stray-full-stop") == [8]


@pytest.mark.parametrize("clause", ["1. 鼓励会员国在学校里开辟菜园！", "1. 鼓励会员国推广“种菜吧！”活动；"])
def test_an_exclamation_mark_at_the_end_or_in_quotes_is_no_stray_stop(lib: library.Library, tmp_path: Path,
                                                                      clause: str) -> None:
    path = make(tmp_path, [*head(), PREAMBLE, clause, "2. 决定继续审议这个问题。"])
    assert "stray-full-stop" not in rules(path, lib)


# -- a spoken subject instead of the verb ----------------------------------------------------------------------------

def test_a_clause_opened_by_everyone_should(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), PREAMBLE, "1. 大家应该多吃自己种的蔬菜；", "2. 决定继续审议这个问题。"])
    assert rules(path, lib).get("operative-no-verb") == [8]


# -- a salutation; the sponsors in a sentence --------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["尊敬的主席：", "尊敬的主席、各位代表：", "各位代表，"])
def test_a_salutation_before_the_organ_line(lib: library.Library, tmp_path: Path, line: str) -> None:
    path = make(tmp_path, [*head()[:5], line, "大会，", PREAMBLE, "1. 决定继续审议这个问题。"])
    assert rules(path, lib).get("salutation") == [6]


def test_an_english_salutation(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, ["Committee: Second Committee", "Topic: School gardens", "Sponsors: Peru, Portugal",
                           "Dear Chair and fellow delegates,", "The General Assembly,",
                           "Recognizing that school gardens teach pupils where food comes from,",
                           "1. Decides to remain seized of the matter."])
    assert rules(path, lib).get("salutation") == [4]


def test_the_chair_named_inside_a_clause_is_no_salutation(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), PREAMBLE, "1. 请主席团和各位代表在下届会议上审议学校菜园问题；",
                           "2. 决定继续审议这个问题。"])
    assert "salutation" not in rules(path, lib)


@pytest.mark.parametrize("where", [5, 8])
def test_the_sponsors_named_in_a_sentence(lib: library.Library, tmp_path: Path, where: int) -> None:
    body = [*head()[:3], "附议国：斐济", "大会，", PREAMBLE, "1. 鼓励会员国开辟菜园；", "2. 决定继续审议这个问题。"]
    body.insert(where - 1, "本决议草案由秘鲁和葡萄牙共同提出。")
    path = make(tmp_path, body)
    found = rules(path, lib)
    assert found.get("sponsor-sentence") == [where]
    assert "operative-end" not in found and "final-stop" not in found


def test_a_resolution_adopted_by_the_assembly_is_no_sponsor_sentence(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "回顾其第76/1号决议，该决议由大会协商一致通过，", "1. 决定继续审议这个问题。"])
    assert "sponsor-sentence" not in rules(path, lib)


# -- unnumbered clauses that name their speaker ---------------------------------------------------------------------

def test_unnumbered_clauses_opened_by_their_speaker_are_clauses(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "认识到学校菜园可以让学生了解食物从哪里来。", "我们呼吁各国在学校里开辟菜园。",
                           "鼓励学生把种的蔬菜带回家。", "请联合国粮食及农业组织编写种植指南。"])
    found = rules(path, lib)
    assert found.get("preambular-end") == [7]
    assert found.get("operative-end") == [8, 9]
    assert found.get("lead-form") == [8]
    assert "numbering-absent" in found


def test_a_preamble_naming_its_speaker_with_commas_stays_preamble(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "我们呼吁过各国重视学校菜园，", "认识到学校菜园的好处，", "1. 决定继续审议这个问题。"])
    found = rules(path, lib)
    assert "preambular-end" not in found and "operative-end" not in found
