"""Faults of Chinese drafts the checker missed on the blind set holdout-zh5 (#20), each held by sentences of our own
with a passing draft beside it: clauses numbered "1。" (the Chinese full stop the input method types for "."), a
title followed by the body that adopted it (……条约于1996年由大会通过), an operative clause split after a comma by a
hard return, and the name of an organisation put in 《》 as if it were a title."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.labelkinds import read_typed
from drafter.word import reader

HEAD = ["决议草案", "委员会：联合国大会第二委员会", "议题：山区可持续发展", "起草国：尼泊尔、秘鲁", "附议国：不丹、瑞士、吉尔吉斯斯坦",
        "大会，"]


def texts(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- "1。" ------------------------------------------------------------------------------------------------------------

def test_a_number_with_the_chinese_full_stop_is_a_label() -> None:
    typed = read_typed("3。请秘书长提交报告；")
    assert typed is not None and (typed.kind, typed.value, typed.text) == ("number", 3, "3。")
    assert not typed.un_number
    zh = read_typed("二。鼓励山区国家开展合作；")
    assert zh is not None and zh.value == 2
    for text in ("2019。山区人口继续减少", "a。b", "12345。", "1。", "1。5"):
        assert read_typed(text) is None, text


def test_clauses_and_a_preamble_numbered_with_the_chinese_full_stop(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "1。回顾其关于山区可持续发展的各项决议，", "2。注意到山区冰川正在加速消融，",
                  "1。鼓励各会员国将山区纳入国家适应计划；", "2。请秘书长在第八十二届会议上提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("preambular-numbered") == [7, 8]
    assert found.get("numbering-form") == [9, 10]
    assert "stray-full-stop" not in found  # the label's 。 is no sentence's end
    assert "preambular-end" not in found and "operative-end" not in found
    fixed = texts(make(tmp_path, paragraphs), lib, tmp_path / "fixed.docx")
    assert fixed[6:] == ["回顾其关于山区可持续发展的各项决议，", "注意到山区冰川正在加速消融，",
                         "1. 鼓励各会员国将山区纳入国家适应计划；", "2. 请秘书长在第八十二届会议上提交报告。"]


# -- a title, then the body that adopted it ---------------------------------------------------------------------

@pytest.mark.parametrize("line", ["回顾生物多样性公约于1992年由联合国环境与发展会议开放供签署，",
                                  "回顾不扩散核武器条约经大会核可后开放供签署，"])
def test_a_title_followed_by_the_body_that_adopted_it_needs_title_marks(line: str, lib: library.Library,
                                                                         tmp_path: Path) -> None:
    paragraphs = [*HEAD, line, "1. 鼓励各会员国加强合作。"]
    assert rules(make(tmp_path, paragraphs), lib).get("title-marks") == [7]


def test_a_title_inside_a_bodys_name_is_still_left_alone(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "欢迎生物多样性公约缔约方大会第十五届会议的成果，", "1. 鼓励各会员国加强合作。"]
    assert "title-marks" not in rules(make(tmp_path, paragraphs), lib)


# -- an operative clause split after a comma ---------------------------------------------------------------------

def test_an_operative_clause_split_after_a_comma_is_one_clause_broken_in_two(lib: library.Library,
                                                                             tmp_path: Path) -> None:
    paragraphs = [*HEAD, "回顾其关于山区可持续发展的各项决议，", "1. 鼓励各会员国改善山区道路和通信设施，",
                  "使山区居民能够获得基本公共服务；", "2. 请秘书长在第八十二届会议上提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("paragraph-broken") == [8]
    fixed = texts(make(tmp_path, paragraphs), lib, tmp_path / "fixed.docx")
    assert fixed[7] == "1. 鼓励各会员国改善山区道路和通信设施，使山区居民能够获得基本公共服务；"
    assert len(fixed) == len(paragraphs) - 1


def test_unlabelled_items_and_a_preamble_ending_with_commas_are_not_broken_clauses(lib: library.Library,
                                                                                   tmp_path: Path) -> None:
    items = [*HEAD, "回顾其关于山区可持续发展的各项决议，", "1. 鼓励各会员国采取下列措施，", "改善山区道路；",
             "扩大山区学校的网络覆盖；", "2. 请秘书长在第八十二届会议上提交报告。"]
    assert "paragraph-broken" not in rules(make(tmp_path, items), lib)
    preamble = [*HEAD, "回顾其关于山区可持续发展的各项决议，", "山区人口的贫困发生率高于全国平均水平，",
                "1. 鼓励各会员国改善山区道路；", "2. 请秘书长在第八十二届会议上提交报告。"]
    assert "paragraph-broken" not in rules(make(tmp_path, preamble, "preamble.docx"), lib)


# -- a body's name in 《》 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "name"), [("注意到《联合国粮食及农业组织》关于山区粮食安全的研究，", "联合国粮食及农业组织"),
                                            ("欢迎《联合国环境规划署》在山区开展的工作，", "联合国环境规划署"),
                                            ("赞赏《國際山地綜合發展中心》與《亞洲開發銀行》的合作，", "國際山地綜合發展中心")])
def test_the_name_of_an_organisation_in_title_marks(line: str, name: str, lib: library.Library,
                                                   tmp_path: Path) -> None:
    paragraphs = [*HEAD, line, "1. 鼓励各会员国加强合作。"]
    assert rules(make(tmp_path, paragraphs), lib).get("title-marks-body", [])[:1] == [7]
    fixed = texts(make(tmp_path, paragraphs), lib, tmp_path / "fixed.docx")
    assert name in fixed[6] and f"《{name}》" not in fixed[6]


def test_titles_that_end_with_an_instrument_or_a_report_keep_their_marks(lib: library.Library,
                                                                         tmp_path: Path) -> None:
    paragraphs = [*HEAD, "回顾《联合国粮食及农业组织章程》和《世界卫生组织组织法》，",
                  "注意到《2023年人类发展报告》和《山区可持续发展国际年行动计划》，", "1. 鼓励各会员国加强合作。"]
    assert "title-marks-body" not in rules(make(tmp_path, paragraphs), lib)


def test_an_english_operative_clause_split_after_a_comma_is_broken_too(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["Committee: General Assembly Second Committee", "Topic: Sustainable mountain development",
                  "Sponsors: Nepal, Peru", "Signatories: Bhutan, Switzerland", "The General Assembly,",
                  "Recalling its resolutions on sustainable mountain development,",
                  "1. Encourages Member States to improve roads and telecommunications in mountain areas,",
                  "so that mountain communities can reach basic public services;",
                  "2. Requests the Secretary-General to report at its eighty-second session."]
    assert rules(make(tmp_path, paragraphs), lib).get("paragraph-broken") == [7]
