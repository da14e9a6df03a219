"""Heading labels found by probing (round 14): more words conferences print for the fields ("Topic Name:", "Drafted
by:", "Co-Authors:", "Supported by:", 发起国, 附署国, 共同提案国), Chinese labels set off by the Chinese dash
("委员会——大会"), and English labels written without their colon ("Committee ECOSOC"), which are fields still, each
with a heading-colon finding the fix mends; "Sponsored by France", "Committee 1" and "Committee Against Torture"
are no such fault."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import check, library
from drafter.check import fix
from drafter.structure.heading import fields_in
from drafter.word import reader

BODY_EN = ["The Economic and Social Council,", "Noting that a daily meal keeps children in school,",
           "1. Asks ministries of education to serve one hot meal a day;", "2. Invites donors to fund school kitchens."]
BODY_ZH = ["经济及社会理事会，", "注意到每日一餐能使儿童留在学校，", "1. 请教育部每日提供一餐热食；", "2. 邀请捐助方资助学校厨房。"]


@pytest.mark.parametrize(("line", "key"), [
    ("Topic Name: School meals", "topic"), ("Drafted by: Peru", "sponsors"), ("Co-Authors: Chile, Nepal", "co-sponsors"),
    ("Supported by: Chile, Nepal", "signatories"), ("发起国：秘鲁", "sponsors"), ("附署国：智利、尼泊尔", "signatories"),
    ("共同提案国：智利", "co-sponsors"), ("委员会——经济及社会理事会", "committee"), ("附议国——智利、尼泊尔", "signatories"),
    ("Committee ECOSOC", "committee"), ("SPONSORS Peru, Chile", "sponsors"), ("Topic School meals", "topic"),
])
def test_the_label_names_its_field(line: str, key: str) -> None:
    assert [f.key for f in fields_in(line)] == [key]


@pytest.mark.parametrize("line", ["Committee Against Torture", "Commission on the Status of Women", "Committee 1",
                                  "Topic No. 2 of the Agenda", "Agenda Item 1"])
def test_a_bodys_name_or_a_numbered_label_is_no_field_without_colon(line: str) -> None:
    assert fields_in(line) == []


def test_english_labels_without_colon_are_fields_with_a_finding(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee Economic and Social Council", "Topic School meals", "Sponsors Peru", "Signatories Chile, Nepal"]
    found = rules_at(tmp_path, lib, [*head, *BODY_EN])
    assert [r for r in found if r[1] == "heading-colon"] == [(1, "heading-colon"), (2, "heading-colon"),
                                                              (3, "heading-colon"), (4, "heading-colon")], found
    assert "heading-missing" not in {r[1] for r in found}


def test_the_fix_writes_the_colon(tmp_path: Path, lib: library.Library) -> None:
    from docmaker import make

    head = ["Committee Economic and Social Council", "Topic School meals", "Sponsors Peru", "Signatories Chile, Nepal"]
    report, doc = check.check_file(make(tmp_path, [*head, *BODY_EN]), lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert texts[:4] == ["Committee: Economic and Social Council", "Topic: School meals", "Sponsors: Peru",
                         "Signatories: Chile, Nepal"]


@pytest.mark.parametrize("head", [
    ["Committee: Economic and Social Council", "Topic: School meals", "Sponsored by Peru", "Signatories: Chile"],
    ["COMMITTEE\tEconomic and Social Council", "TOPIC\tSchool meals", "SPONSORS\tPeru", "SIGNATORIES\tChile"],
])
def test_a_phrase_or_a_tab_is_no_missing_colon(tmp_path: Path, lib: library.Library, head: list[str]) -> None:
    found = rules_at(tmp_path, lib, [*head, *BODY_EN])
    assert not [r for r in found if r[1] in ("heading-colon", "heading-missing")], found


def test_chinese_labels_with_the_chinese_dash(tmp_path: Path, lib: library.Library) -> None:
    head = ["委员会——经济及社会理事会", "议题——学校供餐", "发起国——秘鲁", "附署国——智利、尼泊尔"]
    found = rules_at(tmp_path, lib, [*head, *BODY_ZH])
    assert "heading-missing" not in {r[1] for r in found}, found
