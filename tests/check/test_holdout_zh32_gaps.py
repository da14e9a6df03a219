"""The organ line of a body the checker's list lacks (FAO, the European Council, the WTO's Ministerial Conference),
seen on the blind set holdout-zh32: with no end mark it was reported missing, with a colon in English it was not
read at all, and the form the message proposed was the General Assembly's ("大会，") where the line's own name with its
comma is meant. Sentences of our own, each with a passing draft beside it."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：欧洲理事会", "议题：成员国之间的能源互联", "起草国：丹麦、立陶宛", "附议国：爱沙尼亚、芬兰"]
PRE = "认识到跨境电网互联有助于保障能源供应安全，"
OP1 = "1. 鼓励成员国在2030年之前将电网互联率提高到百分之十五；"
OP2 = "2. 请欧盟委员会提交一份进展报告。"
HEAD_EN = ["Committee: World Trade Organization", "Topic: Fisheries subsidies", "Sponsors: Fiji, Norway",
           "Signatories: Chile, Peru"]
PRE_EN = "Noting that a third of the world's fish stocks are overfished,"
OP_EN = ["1. Urges Members to end subsidies to illegal fishing;", "2. Requests the Director-General to report."]


def findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    """The paragraph and message of each finding of ``rule``."""
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


def test_a_body_name_without_its_comma_is_the_organ_line_missing_its_comma(lib: library.Library,
                                                                          tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "欧洲理事会", PRE, OP1, OP2])
    found = findings(path, lib, "organ-line")
    assert [p for p, _ in found] == [6]
    assert "欧洲理事会，" in found[0][1] and "大会" not in found[0][1]


def test_the_proposed_form_keeps_the_name_the_line_gives(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "欧洲理事会：", PRE, OP1, OP2])
    found = findings(path, lib, "organ-line")
    assert [p for p, _ in found] == [6]
    assert "欧洲理事会，" in found[0][1] and "大会" not in found[0][1]


def test_a_known_organ_keeps_its_own_form(lib: library.Library, tmp_path: Path) -> None:
    head = ["决议草案", "委员会：大会第二委员会", "议题：能源互联", "起草国：丹麦、立陶宛", "附议国：爱沙尼亚、芬兰"]
    path = make(tmp_path, [*head, "大会：", PRE, OP1, OP2])
    found = findings(path, lib, "organ-line")
    assert [p for p, _ in found] == [6] and "大会，" in found[0][1]


def test_the_body_name_with_its_comma_passes(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "欧洲理事会，", PRE, OP1, OP2])
    assert "organ-line" not in rules(path, lib)


def test_an_english_organ_line_with_a_colon_is_read_and_judged(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_EN, "The World Trade Organization:", PRE_EN, *OP_EN])
    found = findings(path, lib, "organ-line")
    assert [p for p, _ in found] == [5]
    assert "The World Trade Organization," in found[0][1] and "General Assembly" not in found[0][1]
    assert "preambular-end" not in rules(path, lib)


def test_the_english_organ_line_with_its_comma_passes(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_EN, "The World Trade Organization,", PRE_EN, *OP_EN])
    assert "organ-line" not in rules(path, lib)
