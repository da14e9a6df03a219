"""Seen while checking the blind set holdout-zh32. The organ line of a body the checker's list lacks (FAO, the
European Council, the WTO): with no end mark it was reported missing, with a colon in English it was not read at
all, and the form the message proposed was the General Assembly's ("大会，") where the line's own name with its comma
is meant. A plan's or a strategy's title quoted in corner marks (「…全球行动计划」, 『…反恐戰略』), as Taiwan and Hong Kong
drafts quote titles, was not taken for a title. Sentences of our own, each with a passing draft beside it."""

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


# -- a plan's or a strategy's title in corner marks -------------------------------------------------------------------

HEAD_WHO = ["决议草案", "委员会：世界卫生大会", "议题：抗微生物药物耐药性", "起草国：瑞典、泰国", "附议国：加纳、印度", "世界卫生大会，"]
PRE_WHO = "关切地注意到耐药感染每年造成数以百万计的死亡，"
OPS_WHO = ["1. 敦促会员国制定抗微生物药物耐药性国家行动计划；", "2. 请总干事向第八十届世界卫生大会报告进展情况。"]


def test_a_plan_title_in_corner_marks_takes_the_title_marks(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_WHO, "回顾「抗微生物药物耐药性全球行动计划」，", PRE_WHO, *OPS_WHO])
    found = findings(path, lib, "title-marks")
    assert [p for p, _ in found] == [7] and "《抗微生物药物耐药性全球行动计划》" in found[0][1]


def test_a_strategy_title_in_double_corner_marks_takes_the_title_marks(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_WHO, "重申『聯合國全球反恐戰略』，", PRE_WHO, *OPS_WHO])
    assert rules(path, lib).get("title-marks") == [7]


def test_a_plan_title_in_title_marks_passes(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_WHO, "回顾《抗微生物药物耐药性全球行动计划》，", PRE_WHO, *OPS_WHO])
    assert "title-marks" not in rules(path, lib)


def test_a_common_noun_or_a_defined_name_in_quotes_is_no_title(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_WHO, "注意到各国已制定「國家行動計畫」，", "认识到“全球行动计划”所载的五项战略目标，", PRE_WHO,
                           *OPS_WHO])
    assert "title-marks" not in rules(path, lib)
