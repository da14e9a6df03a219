"""Gaps of the blind set holdout-zh65 (#20, round 33: Chinese drafts typed after the shapes of real Chinese texts),
held by sentences of our own with passing drafts beside them:

* a salutation that gives the chair the honorific of a letter, «尊敬的主席先生/女士、各位代表：», is a speech's or a
  letter's opening, as «尊敬的主席、各位代表：» already was (`salutation`, UN-B01, UN-B02, ZH-B01);
* a Chinese homophone of a lead that is a commoner word than the lead itself is written on purpose: 制定 (draws up)
  is no 指定 (designates) mistyped; a rarer word still is the slip (重审 for 重申) (`lead-misspelled`);
* the Chinese adoption line of an adopted UN text («2026年3月2日安全理事会第9900次会议通过», with or without the
  spaces a PDF sets around its digits) makes the text a UN one, as the English adoption line does: its heading is
  judged as the UN's (a document symbol), not as a conference's (委员会, 议题);
* the instrument itself opening an operative clause as its subject, «本公约禁止……», is a treaty article's sentence
  where the organ's verb belongs (`operative-no-verb`, UN-B06, ZH-B03), as «各缔约国承诺……» already was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第三委员会", "议题：城市无家可归者", "起草国：芬兰、智利", "附议国：越南、加纳"]
ORGAN = "大会，"
PRE = "回顾其关于适足住房权的各项决议，"
OP = "1. 鼓励会员国为无家可归者提供过渡住房；"
LAST = "2. 决定在下届会议上继续审议这一问题。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.severity, f.message) for f in report.findings if f.rule == rule]


# -- salutation: the chair addressed with a letter's honorific -------------------------------------------------------

@pytest.mark.parametrize("line", ["尊敬的主席先生/女士、尊敬的各位代表：", "尊敬的主席女士：", "主席先生、各位代表："])
def test_a_salutation_with_the_chairs_honorific_is_found(lib: library.Library, tmp_path: Path, line: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, line, ORGAN, PRE, OP, LAST]), lib, "salutation")
    assert [w for w, _, _ in found] == [6]


def test_a_clause_naming_the_chair_is_no_salutation(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, ORGAN, PRE, "注意到主席先生在开幕会议上的发言，", OP, LAST])
    assert "salutation" not in rules(path, lib)


# -- lead-misspelled: a homophone that is the commoner word ------------------------------------------------------------

def test_a_commoner_word_sounding_like_a_lead_is_no_slip(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, ORGAN, PRE, OP, "2. 制定国家住房战略，优先照顾无家可归的青年；", "3. 决定在下届会议上继续审议这一问题。"])
    assert "lead-misspelled" not in rules(path, lib)


def test_a_rarer_word_sounding_like_a_lead_is_still_the_slip(lib: library.Library, tmp_path: Path) -> None:
    found = _findings(make(tmp_path, [*HEAD, ORGAN, "重审其关于适足住房权的各项决议，", OP, LAST]), lib, "lead-misspelled")
    assert [w for w, _, _ in found] == [7] and "重申" in found[0][2]


# -- the Chinese adoption line of an adopted UN text -----------------------------------------------------------------

ADOPTED = ["安全理事会，", "回顾其关于该国局势的各项决议，", "1. 决定将特派团的任务期限延长至2027年1月31日；",
           "2. 决定继续积极处理此案。"]


@pytest.mark.parametrize("line", ["2026年3月2日安全理事会第9900次会议通过", "2026 年 3 月 2 日安全理事会第 9900 次会议通过",
                                  "大会2025年12月15日通过的决议"])
def test_a_chinese_adoption_line_makes_a_un_text(lib: library.Library, tmp_path: Path, line: str) -> None:
    report, _ = check.check_file(make(tmp_path, ["第2830(2026)号决议", line, *ADOPTED]), lib)
    assert report.profile == "un"
    assert not any(f.rule == "heading-missing" and "委员会" in f.message for f in report.findings)


def test_a_conference_draft_that_says_it_passed_stays_a_conference_draft(lib: library.Library,
                                                                        tmp_path: Path) -> None:
    report, _ = check.check_file(make(tmp_path, [*HEAD, "2026年3月2日安全理事会第9900次会议通过", *ADOPTED]), lib)
    assert report.profile == "cn-mun"


# -- operative-no-verb: the instrument itself as the clause's subject ------------------------------------------------

@pytest.mark.parametrize("op", ["1. 本公约禁止在城市中强制驱逐无家可归者；", "1. 该条约适用于所有缔约国的城市地区；"])
def test_an_instrument_opening_its_clause_as_subject_has_no_verb(lib: library.Library, tmp_path: Path,
                                                                 op: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, ORGAN, PRE, op, LAST]), lib, "operative-no-verb")
    assert [w for w, _, _ in found] == [8]


@pytest.mark.parametrize("op", ["1. 促请尚未加入本公约的国家尽快加入；", "1. 决定本公约第三条的审议推迟到下届会议；"])
def test_an_instrument_named_after_the_verb_passes(lib: library.Library, tmp_path: Path, op: str) -> None:
    assert _findings(make(tmp_path, [*HEAD, ORGAN, PRE, op, LAST]), lib, "operative-no-verb") == []
