"""The general causes behind word-blind9's first-run misses (bench/students/word-blind9), on sentences of our own:
an English chapeau ending with the full-width colon a Chinese input method types ("… to："), and a Chinese lead
opening with an adverb in 地 whose emphasis stops at the adverb ("**满意地**欢迎", the verb left plain)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

EN_HEAD: list[Para] = ["Committee: Second Committee", "Topic: Rooftop rainwater tanks in small towns",
                       "Sponsors: Jordan, Rwanda", "Signatories: Fiji, Italy, Peru",
                       [("The General Assembly", "i"), (",", "")],
                       [("Noting", "i"), (" that many small towns lose their rainwater to drains,", "")]]


def _en_chapeau(mark: str) -> list[Para]:
    return [*EN_HEAD, [("1. ", ""), ("Encourages", "u"), (" town councils to subsidize rooftop tanks;", "")],
            [("2. ", ""), ("Recommends", "u"), (f" that water utilities{mark}", "")],
            "(a) test stored rainwater before it is used for drinking;",
            "(b) publish the test results every month;",
            [("3. ", ""), ("Requests", "u"), (" a report on the tanks installed.", "")]]


def fixed_texts(tmp_path: Path, lib: library.Library, path: Path) -> list[str]:
    """The paragraphs' text after --fix."""
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    return [p.text for p in reader.read(tmp_path / "once.docx").paragraphs]


def test_an_english_chapeau_ending_with_a_full_width_colon_is_reported(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    found = rules(make(tmp_path, _en_chapeau("\uff1a")), lib)
    assert found.get("chapeau-colon") == [8]


def test_an_english_chapeau_with_its_colon_is_right(tmp_path: Path, lib: library.Library) -> None:
    assert "chapeau-colon" not in rules(make(tmp_path, _en_chapeau(":")), lib)


def test_the_full_width_colon_of_an_english_chapeau_is_fixed_to_a_colon(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    texts = fixed_texts(tmp_path, lib, make(tmp_path, _en_chapeau("\uff1a")))
    assert texts[7] == "2. Recommends that water utilities:"


ZH_HEAD: list[Para] = ["决议草案", "委员会：联合国大会第二委员会", "议题：小城镇的屋顶雨水收集", "起草国：约旦、卢旺达",
                       "附议国：斐济、意大利、秘鲁", [("大会", "b"), ("，", "")]]
ZH_OPS: list[Para] = [[("1. ", ""), ("鼓励", "u"), ("各城镇补贴屋顶雨水箱；", "")],
                      [("2. ", ""), ("请", "u"), ("秘书长报告执行情况。", "")]]


def _zh_with(lead_runs: list[tuple[str, str]]) -> list[Para]:
    return [*ZH_HEAD, [("回顾", "u"), ("其关于水资源的各项决议，", "")],
            [*lead_runs, ("一些城镇已经开始收集屋顶雨水，", "")], *ZH_OPS]


def test_a_chinese_lead_emphasised_only_on_its_adverb_is_reported(tmp_path: Path, lib: library.Library) -> None:
    found = rules(make(tmp_path, _zh_with([("满意地", "u"), ("注意到", "")])), lib)
    assert found.get("lead-emphasis") == [8]


def test_a_chinese_lead_emphasised_whole_or_on_its_verb_is_right(tmp_path: Path, lib: library.Library) -> None:
    assert "lead-emphasis" not in rules(make(tmp_path, _zh_with([("满意地注意到", "u")]), "whole.docx"), lib)
    assert "lead-emphasis" not in rules(make(tmp_path, _zh_with([("满意地", ""), ("注意到", "u")]), "verb.docx"),
                                        lib)


def test_the_fix_emphasises_the_whole_chinese_lead(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, _zh_with([("满意地", "u"), ("注意到", "")]))
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    assert "lead-emphasis" not in rules(tmp_path / "once.docx", lib)
