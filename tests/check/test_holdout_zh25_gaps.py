"""Faults of Chinese drafts by delegates used to English-language conferences that the checker missed on the blind set
holdout-zh25 (#20), each held by sentences of our own with a passing draft beside it: 也 typed for a repeated lead's
"also" (也回顾, 也请: UN-B12 writes 又), an instrument's English title typed bare between Chinese words, a date left in
English in Chinese text, a Chinese draft's heading under English labels ("Committee:", "Sponsors:") and its organ line
written as the body's English acronym ("CCPCJ，")."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：小岛屿国家的淡水供应", "起草国：斐济、马尔代夫", "附议国：冰岛、牙买加", "大会，"]
PRE = "回顾其关于小岛屿发展中国家的各项决议，"
OP1 = "1. 鼓励会员国支持海水淡化技术的转让；"
OP2 = "2. 请秘书长提交一份报告。"


# -- lead-form: 也 for "also" ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "where"), [
    ([PRE, "也回顾2014年萨摩亚途径，", OP1, OP2], 8),
    ([PRE, OP1, "2. 也鼓励国际金融机构为雨水收集项目提供资金；", "3. 请秘书长提交一份报告。"], 9),
    ([PRE, OP1, "2. 请秘书长提交一份报告；", "3. 也强烈敦促捐助方增加对淡水项目的捐款。"], 10),
])
def test_also_written_ye_before_a_repeated_lead(lib: library.Library, tmp_path: Path, lines: list[str],
                                                where: int) -> None:
    assert rules(make(tmp_path, [*HEAD, *lines]), lib).get("lead-form") == [where]
    # 又 before the lead is the right form, and 也门 (Yemen) opens no lead
    path = make(tmp_path, [*HEAD, PRE, *(line.replace("也", "又") for line in lines[1:])])
    assert "lead-form" not in rules(path, lib)
    assert "lead-form" not in rules(make(tmp_path, [*HEAD, PRE, "也门局势对红海沿岸国家的淡水供应构成威胁，", OP1, OP2]), lib)


# -- title-english: an English title typed bare in Chinese text -------------------------------------------------------

@pytest.mark.parametrize("line", ["回顾Paris Agreement以及各国的国家自主贡献，", "回顾 the Paris Agreement 所载的承诺，",
                                  "注意到Sendai Framework for Disaster Risk Reduction，"])
def test_an_english_title_typed_bare_between_chinese_words(lib: library.Library, tmp_path: Path, line: str) -> None:
    assert rules(make(tmp_path, [*HEAD, line, OP1, OP2]), lib).get("title-english") == [7]
    # a gloss in brackets after the Chinese title, and English names that are no instrument's title
    for other in ["回顾《巴黎协定》(Paris Agreement)所载的承诺，", "回顾《巴黎协定》所载的承诺和Climate Action Network的工作，",
                  "注意到小岛屿国家在Paris Climate Conference上的发言，"]:
        assert "title-english" not in rules(make(tmp_path, [*HEAD, other, OP1, OP2]), lib)


# -- date-zh: a date left in English in Chinese text ------------------------------------------------------------------

@pytest.mark.parametrize("line", ["欢迎将于3 June 2027在苏瓦举行的海洋会议，", "回顾于September 25, 2015通过的可持续发展目标，",
                                  "注意到Nov. 2026 举行的区域磋商的成果，"])
def test_a_date_left_in_english_between_chinese_words(lib: library.Library, tmp_path: Path, line: str) -> None:
    assert rules(make(tmp_path, [*HEAD, line, OP1, OP2]), lib).get("date-zh") == [7]


def test_a_masthead_date_line_stays_english_and_chinese_dates_pass(lib: library.Library, tmp_path: Path) -> None:
    masthead = ["A/C.2/81/L.7", "Distr.: Limited", "3 June 2027", "Chinese", "Original: English", "第八十一届会议",
                "议程项目19", "斐济和马尔代夫：决议草案", "小岛屿国家的淡水供应", "大会，"]
    assert "date-zh" not in rules(make(tmp_path, [*masthead, PRE, OP1, OP2]), lib)
    for line in ["欢迎将于2027年6月3日在苏瓦举行的海洋会议，", "注意到题为“Water for Life 2027”的倡议，"]:
        assert "date-zh" not in rules(make(tmp_path, [*HEAD, line, OP1, OP2]), lib)
    assert rules(make(tmp_path, [*masthead, "回顾于3 June 2027通过的宣言，", OP1, OP2]), lib).get("date-zh") == [11]


# -- heading-label-english: a Chinese draft's heading under English labels -------------------------------------------

ENGLISH_HEAD = ["决议草案", "Committee: 大会第二委员会", "Topic: 小岛屿国家的淡水供应", "Sponsors: 斐济、马尔代夫",
                "Signatories: 冰岛、牙买加", "大会，"]


def test_english_labels_above_a_chinese_body(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*ENGLISH_HEAD, PRE, OP1, OP2])
    found = rules(path, lib)
    assert found.get("heading-label-english") == [2, 3, 4, 5]
    assert "half-width-zh" not in found  # the label's colon is the label's: its fix writes "委员会："
    report, doc = check.check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    assert [p.text for p in reader.read(out).paragraphs][1:5] == ["委员会：大会第二委员会", "议题：小岛屿国家的淡水供应",
                                                                 "起草国：斐济、马尔代夫", "附议国：冰岛、牙买加"]
    # Chinese labels, bilingual ones (委员会 Committee：) and an English draft's English ones are right
    assert "heading-label-english" not in rules(make(tmp_path, [*HEAD, PRE, OP1, OP2]), lib)
    bilingual = ["决议草案", "委员会 Committee：大会第二委员会", "议题 Topic：小岛屿国家的淡水供应", "起草国/Sponsors：斐济、马尔代夫",
                 "附议国 Signatories：冰岛、牙买加", "大会，"]
    assert "heading-label-english" not in rules(make(tmp_path, [*bilingual, PRE, OP1, OP2]), lib)
    path = make(tmp_path, ["Committee: Second Committee", "Topic: Fresh water in small island States",
                           "Sponsors: Fiji, Maldives", "Signatories: Iceland, Jamaica", "The General Assembly,",
                           "Recalling its resolutions on small island developing States,",
                           "1. Encourages Member States to support desalination;", "2. Requests a report."])
    assert "heading-label-english" not in rules(path, lib)


# -- organ-line: the body's English acronym in a Chinese draft -------------------------------------------------------

def organ_messages(path: Path, lib: library.Library) -> list[str]:
    """The Chinese message of each organ-line finding of ``path``."""
    report, _ = check.check_file(path, lib)
    return [f.said.zh for f in report.findings if f.rule == "organ-line"]


@pytest.mark.parametrize(("committee", "line", "example"), [
    ("委员会：经济及社会理事会", "ECOSOC，", "经济及社会理事会，"),
    ("委员会：大会第二委员会", "ECOFIN，", "大会，"),
    ("委员会：非洲联盟委员会", "AUC，", "非洲联盟委员会，"),
])
def test_an_english_acronym_for_the_organ_line(lib: library.Library, tmp_path: Path, committee: str, line: str,
                                               example: str) -> None:
    path = make(tmp_path, [HEAD[0], committee, *HEAD[2:5], line, PRE, OP1, OP2])
    assert rules(path, lib).get("organ-line") == [6]
    assert [f"（应如“{example}”）" in message for message in organ_messages(path, lib)] == [True]
    # an acronym opening a clause is no organ line
    path = make(tmp_path, [*HEAD, PRE, "UNDP，开发署和各区域委员会应加强合作，", OP1, OP2])
    assert rules(path, lib).get("organ-line", []) == []


# -- initials-in-chinese (abbreviation-unexplained before holdout-zh60): a space between the Chinese name and initials

def findings_of(path: Path, lib: library.Library, rule: str) -> list[int]:
    """The paragraphs ``rule`` names in ``path``, suggestions included."""
    report, _ = check.check_file(path, lib)
    return [f.paragraph for f in report.findings if f.rule == rule]


def test_initials_in_brackets_after_a_spaced_chinese_name(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "注意到小岛屿发展中国家 (SIDS) 的淡水供应十分脆弱，", OP1, OP2])
    assert findings_of(path, lib, "initials-in-chinese") == []
    path = make(tmp_path, [*HEAD, "注意到 SIDS 的淡水供应十分脆弱，", OP1, OP2])
    assert findings_of(path, lib, "initials-in-chinese") == [7]
