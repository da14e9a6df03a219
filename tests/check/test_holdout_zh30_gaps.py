"""Faults and false alarms of the blind set holdout-zh30 (#20): Chinese drafts handed back after debate, the
amendments typed in by hand with their traces left. Held by sentences of our own, each with a passing text beside it:
the tag of words an amendment added (【增加】…【/增加】, 【新增】), the tags in traditional characters (（已刪除）, （經修正）),
a clause inserted by amendment and numbered "2之二." (the Chinese "2bis."), and an amendment's instruction pasted
below the last clause (MUN-A04: "在第2条之后增加一条：…", "删除第2条", "Strike operative clause 2")."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

ZH_HEAD = ["决议草案", "委员会：大会第二委员会", "议题：滨海湿地", "起草国：智利、塞内加尔", "附议国：斐济、挪威", "大会，",
           "回顾《湿地公约》，"]
EN_HEAD = ["Committee: General Assembly Second Committee", "Topic: Coastal wetlands", "Sponsors: Chile, Senegal",
           "Signatories: Fiji, Norway", "The General Assembly,", "Recalling the Convention on Wetlands,"]


# -- the tags of added words, and the tags in traditional characters ---------------------------------------------------

@pytest.mark.parametrize("clause", [
    "1. 鼓励各会员国【增加】每五年【/增加】绘制一次红树林分布图；",
    "1. 鼓励各会员国绘制【新增】盐沼和【/新增】红树林分布图；",
    "1. 鼓励各会员国绘制红树林分布图【增加：并公布其结果】；",
    "1. 鼓勵各會員國繪製紅樹林分佈圖（已刪除：每年）；",
    "1. 鼓勵各會員國每五年繪製一次紅樹林分佈圖（經修正）；",
])
def test_a_chinese_tag_of_added_or_struck_words_is_found(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*ZH_HEAD, clause, "2. 请秘书长提交报告。"]
    assert 8 in rules(make(tmp_path, paragraphs), lib).get("amendment-trace", [])


@pytest.mark.parametrize("clause", [
    "1. 鼓励各会员国增加红树林保护区的面积（新增面积见附件）；",
    "1. 鼓励各会员国增加红树林保护区的面积，并删除过时的统计数据；",
    "1. 鼓勵各會員國適用經修正的《濕地公約》（經修訂）；",
])
def test_chinese_words_like_a_tag_are_no_trace(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*ZH_HEAD, clause, "2. 请秘书长提交报告。"]
    assert "amendment-trace" not in rules(make(tmp_path, paragraphs), lib)


# -- a clause inserted by amendment, numbered "2之二." -----------------------------------------------------------------

@pytest.mark.parametrize("label", ["2之二.", "2之一 ", "2之2.", "2之三．"])
def test_a_clause_numbered_n_zhi_er_is_an_inserted_clause(lib: library.Library, tmp_path: Path, label: str) -> None:
    paragraphs = [*ZH_HEAD, "1. 鼓励各会员国绘制红树林分布图；", "2. 促请各会员国保护盐沼；",
                  f"{label}邀请沿海城市恢复沙丘；", "3. 请秘书长提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert 10 in found.get("numbering-form", []) and 10 in found.get("numbering-sequence", [])
    for rule in ("stray-full-stop", "half-width-zh", "sub-label-style", "operative-end"):
        assert rule not in found, (rule, found)


def test_n_zhi_er_after_another_clause_is_no_inserted_clause(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*ZH_HEAD, "1. 鼓励各会员国绘制红树林分布图；", "2. 促请各会员国保护盐沼；",
                  "5之二.邀请沿海城市恢复沙丘；", "3. 请秘书长提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert 10 not in found.get("numbering-form", [])


# -- an amendment's instruction pasted below the last clause -----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "在第2条之后增加一条：“邀请沿海城市恢复沙丘；”",
    "在第1条后插入新的一段：“邀请沿海城市恢复沙丘；”",
    "删除第2条。",
    "將第1條中的“鼓勵”改為“敦促”。",
    "第1段修改为：“敦促各会员国绘制红树林分布图；”",
])
def test_a_chinese_amendment_instruction_after_the_text_is_found(lib: library.Library, tmp_path: Path,
                                                                 line: str) -> None:
    paragraphs = [*ZH_HEAD, "1. 鼓励各会员国绘制红树林分布图；", "2. 请秘书长提交报告。", line]
    assert 10 in rules(make(tmp_path, paragraphs), lib).get("amendment-trace", [])


@pytest.mark.parametrize("line", [
    "Add after operative clause 2 a new clause to read: \"Invites coastal cities to restore dunes;\"",
    "Strike operative clause 2.",
    "Amend clause 1 to read: \"Urges Member States to map their mangroves;\"",
])
def test_an_english_amendment_instruction_after_the_text_is_found(lib: library.Library, tmp_path: Path,
                                                                  line: str) -> None:
    paragraphs = [*EN_HEAD, "1. Encourages Member States to map their mangroves;",
                  "2. Requests the Secretary-General to report.", line]
    assert 9 in rules(make(tmp_path, paragraphs), lib).get("amendment-trace", [])


def test_a_clause_that_amends_another_text_is_no_instruction(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*ZH_HEAD, "1. 决定在其第70/1号决议第3段之后增加一段，内容见附件；", "2. 请秘书长提交报告。"]
    assert "amendment-trace" not in rules(make(tmp_path, paragraphs), lib)
    english = [*EN_HEAD, "1. Decides to amend paragraph 3 of its resolution 70/1 to read as set out in the annex;",
               "2. Requests the Secretary-General to report."]
    assert "amendment-trace" not in rules(make(tmp_path, english, "en.docx"), lib)
