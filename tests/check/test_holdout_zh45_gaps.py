"""Structure and citations the checker misread on the blind set holdout-zh45 (#20, long nearly clean Chinese drafts
of experienced delegates), held by sentences of our own with the forms it must leave alone beside them: annexes
numbered "附件一" / "附件二" after the last clause (the UN numbers several annexes so; their paragraphs 1. 2. are their
own, not clauses 8, 9 …); part headings typed with the one-character bracketed numerals "㈡ 合作" (the Chinese list
style of Word and WPS) between clauses, read like "（二）合作"; and a Security Council resolution cited without its
year in a UN-form text of another organ (UN-B15, ZH-P02), which the Council's own texts may do but the Assembly's
never do."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library
from drafter.structure.classify import is_annex

MUN_HEADING = ["决议草案", "委员会：大会第二委员会", "议题：山区的可持续发展", "起草国：尼泊尔、秘鲁、瑞士",
               "附议国：不丹、吉尔吉斯斯坦", "大会，", "认识到山区生态系统对全球淡水供应至关重要，"]
UN_HEADING = ["联合国", "A/C.2/81/L.9", "大会", "Distr.: Limited", "3 November 2026", "Chinese", "Original: English",
              "第八十一届会议", "第二委员会", "议程项目19", "可持续发展", "尼泊尔、秘鲁和瑞士：决议草案", "山区的可持续发展",
              "大会，"]
CLAUSE_RULES = {"operative-end", "final-stop", "numbering-sequence", "operative-no-verb", "sub-end", "stray-full-stop",
                "chapeau-colon", "sub-label-sequence", "sub-clause-single", "sub-label-style"}


# -- annexes numbered 附件一, 附件二 ---------------------------------------------------------------------------------

def annexed(first: str, second: str, last_end: str = "。") -> list[str]:
    return MUN_HEADING + ["1. 鼓励各国将山区纳入国家适应计划；", "2. 请秘书长按照下文附件二设立一个专家网络；",
                          f"3. 决定在第八十三届会议上审议本决议的执行情况{last_end}",
                          first, "关于山区冰川监测的准则", "1. 各国应每五年公布一次冰川清单。",
                          "2. 监测数据应包括：", "(a) 冰川面积和体积的变化；", "(b) 冰湖的数量和位置。",
                          second, "专家网络的组成", "1. 专家网络由不超过十名成员组成。", "2. 成员任期三年。"]


@pytest.mark.parametrize(("first", "second"), [("附件一", "附件二"), ("附件一：准则", "附件二：组成"), ("附件A", "附件B")])
def test_numbered_annexes_after_the_last_clause_are_read_as_annexes(lib: library.Library, tmp_path: Path, first: str,
                                                                    second: str) -> None:
    found = rules(make(tmp_path, annexed(first, second)), lib)
    assert not set(found) & CLAUSE_RULES, found


def test_the_last_clause_before_a_numbered_annex_still_ends_the_text(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, annexed("附件一", "附件二", last_end="；")), lib)
    assert set(found) & {"final-stop", "operative-end"}
    assert all(p == 10 for rule in ("final-stop", "operative-end") for p in found.get(rule, []))


@pytest.mark.parametrize(("text", "opens"), [("附件一", True), ("附件二：职权范围", True), ("附件 三", True),
                                             ("附录A", True), ("附件", True), ("附件：行动计划", True),
                                             ("附件一所载的原则", False), ("附件所载的原则", False),
                                             ("附件二所列国家名单", False), ("附件十一", True)])
def test_what_opens_an_annex(text: str, opens: bool) -> None:
    assert is_annex(text) is opens


# -- part headings ㈠ ㈡ between clauses ------------------------------------------------------------------------

def parts(label_one: str, label_two: str) -> list[str]:
    return MUN_HEADING + [f"{label_one} 适应", "1. 鼓励各国将山区纳入国家适应计划；",
                          "2. 促请各国加强冰湖溃决洪水的早期预警；", f"{label_two} 合作",
                          "3. 邀请各区域组织分享山区监测数据；", "4. 决定在第八十三届会议上审议本决议的执行情况。"]


@pytest.mark.parametrize(("one", "two"), [("㈠", "㈡"), ("（一）", "（二）")])
def test_enclosed_numeral_part_headings_between_clauses(lib: library.Library, tmp_path: Path, one: str,
                                                        two: str) -> None:
    found = rules(make(tmp_path, parts(one, two)), lib)
    assert not set(found) & CLAUSE_RULES, found


def test_enclosed_numeral_items_under_a_chapeau_stay_items(lib: library.Library, tmp_path: Path) -> None:
    text = MUN_HEADING + ["1. 鼓励各国在下列领域开展合作：", "(a) 山区监测，特别是：", "㈠ 冰川监测；", "㈡ 冻土监测；",
                          "(b) 能力建设；", "2. 决定在第八十三届会议上审议本决议的执行情况。"]
    found = rules(make(tmp_path, text), lib)
    assert not set(found) & CLAUSE_RULES, found


def test_an_enclosed_numeral_item_without_its_end_mark_is_still_an_item(lib: library.Library, tmp_path: Path) -> None:
    text = MUN_HEADING + ["1. 鼓励各国在下列领域开展合作：", "㈠ 冰川监测", "㈡ 冻土监测；",
                          "2. 决定在第八十三届会议上审议本决议的执行情况。"]
    found = rules(make(tmp_path, text), lib)
    assert found.get("sub-end") == [9], found


# -- a Council resolution without its year in another organ's UN-form text -------------------------------------

def cited(organ: str, citation: str) -> list[str]:
    return UN_HEADING[:-1] + [organ, f"回顾{citation}，", "认识到山区生态系统对全球淡水供应至关重要，",
                              "1. 鼓励各国将山区纳入国家适应计划；", "2. 决定在第八十三届会议上审议本决议的执行情况。"]


def test_a_council_resolution_without_its_year_in_an_assembly_text(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, cited("大会，", "安全理事会2021年12月10日第2616(2021)号决议和2023年8月14日第2693号决议"))
    assert rules(path, lib).get("resolution-year") == [15]


@pytest.mark.parametrize(("organ", "citation"), [
    ("安全理事会，", "其2021年12月10日第2616(2021)号决议和第2693号决议"),  # the Council's own text
    ("大会，", "安全理事会2021年12月10日第2616(2021)号决议和2023年8月14日第2693(2023)号决议"),
    ("大会，", "国际电信联盟全权代表会议2014年11月7日第186号决议"),  # another body's numbering
    ("大会，", "其2015年9月25日第70/1号决议"),
])
def test_citations_left_alone_in_the_un_form(lib: library.Library, tmp_path: Path, organ: str, citation: str) -> None:
    assert "resolution-year" not in rules(make(tmp_path, cited(organ, citation)), lib)
