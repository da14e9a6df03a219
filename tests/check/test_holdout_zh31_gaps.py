"""General causes behind the findings of the blind set holdout-zh31 (#20: long structured Chinese drafts with
headings, annexes, texts adopted inside the body, definitions and footnotes), held by sentences of our own: a text
adopted by a numbered clause whose next clause opens with a lead that is preambular and operative alike (促请, 请);
a heading under a bracketed Chinese numeral ("（二）资金安排") between clauses; a body's name followed by 就 (no title);
footnotes "[1] …" typed after the last clause; a three-character lead with its last character typed as a homophone
(认识倒 for 认识到)."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import rules_at

from drafter import library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区可持续发展", "起草国：尼泊尔、秘鲁", "附议国：吉尔吉斯斯坦、瑞士",
        "大会，"]
PRE = ["回顾其关于山区可持续发展的各项决议，", "认识到山区为世界大部分人口提供淡水，"]


def test_a_text_adopted_by_a_clause_ends_at_a_clause_led_by_a_shared_lead(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    body = ["1. 欢迎各国为保护山区生态系统所作的努力；", "2. 通过以下原则：", "《山区可持续发展原则》",
            "我们，会员国，", "重申山区社区有权参与影响其生计的决策，", "宣布：",
            "第一条 各国应将山区纳入国家发展规划。", "第二条 各国应保护山区的冰川和水源。",
            "3. 促请各会员国以各种语文宣传上述原则；", "4. 决定在第八十二届会议上继续审议这一问题。"]
    found = rules_at(tmp_path, lib, [*HEAD, *PRE, *body])
    assert not [f for f in found if f[0] >= 9], found  # the principles are no clauses; 3. and 4. count on from 2.


def test_a_bracketed_chinese_numeral_heading_between_clauses_is_no_sub_clause(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    body = ["1. 决定就本决议而言：", "(a) “山区”是指海拔较高、坡度较陡的地区；", "(b) “山区社区”是指居住在山区的人口；",
            "（二）资金安排", "2. 鼓励捐助方为山区适应项目提供资金；", "（三）监测",
            "3. 请秘书长在第八十二届会议上提交报告。"]
    found = rules_at(tmp_path, lib, [*HEAD, *PRE, *body])
    assert not [f for f in found if f[0] >= 9], found
    # under a clause that announces items, "（一）…" with no end mark is its first item, not a heading
    items = ["1. 鼓励各国在下列领域开展合作：", "（一）冰川监测", "（二）灾害预警",
             "2. 请秘书长在第八十二届会议上提交报告。"]
    found = rules_at(tmp_path, lib, [*HEAD, *PRE, *items])
    assert (10, "sub-end") in found and not [f for f in found if f[1] == "section-heading"], found


def test_a_body_name_followed_by_jiu_is_no_title(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. 请联合国驻地协调员办事处就宣言的落实提供咨询；", "2. 决定继续审议这一问题。"]
    found = rules_at(tmp_path, lib, [*HEAD, *PRE, *body])
    assert not [f for f in found if f[1] == "title-marks"], found


def test_footnotes_typed_after_the_last_clause_are_no_sub_clauses(tmp_path: Path, lib: library.Library) -> None:
    pre = ["回顾其2015年9月25日第70/1号决议[1]，", "认识到山区为世界大部分人口提供淡水，"]
    body = ["1. 鼓励各国加强山区灾害预警；", "2. 请秘书长在第八十二届会议上提交报告", "[1] A/RES/70/1。",
            "[2] 第77/172号决议。"]
    found = rules_at(tmp_path, lib, [*HEAD, *pre, *body])
    assert [f for f in found if f[0] >= 9] == [(10, "final-stop")], found


def test_a_three_character_lead_with_a_homophone_is_misspelt(tmp_path: Path, lib: library.Library) -> None:
    pre = ["回顾其关于山区可持续发展的各项决议，", "认识倒山区为世界大部分人口提供淡水，"]
    body = ["1. 鼓励各国加强山区灾害预警；", "2. 决定继续审议这一问题。"]
    found = rules_at(tmp_path, lib, [*HEAD, *pre, *body])
    assert (8, "lead-misspelled") in found, found
    # a different word at the start is another lead, not a slip: 認知到 (Taiwan's word for 认识到)
    taiwan = ["回顧其關於山區可持續發展的各項決議，", "認知到山區為世界大部分人口提供淡水，"]
    found = rules_at(tmp_path, lib, [*HEAD, *taiwan, *body])
    assert (8, "lead-misspelled") not in found, found
