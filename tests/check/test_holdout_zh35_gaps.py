"""Seen while checking the blind set holdout-zh35. Topic headings a student labels with a Chinese ordinal and closes
with a colon ("一、灾后重建：") inside the operative part were read as clauses numbered "一、": the first was judged
as a preambular paragraph (or a clause ending with a colon), the clauses 1. and 2. under it became its sub-clauses
with the wrong labels, and the second heading a clause in the wrong numbering form ending with no "；". Read as
headings, they get the heading's own finding in a conference draft (a topic announced with a colon, like
"消除维和人员不统一性："), and the clauses under them are judged as the clauses they are. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：小岛屿发展中国家的灾害风险", "起草国：斐济、牙买加",
        "附议国：马尔代夫、萨摩亚"]
PRE = ["大会，", "认识到小岛屿发展中国家极易受到自然灾害的影响，"]
OPS = ["1. 鼓励会员国建立区域早期预警系统；", "2. 呼吁捐助方增加对减灾的资金支持；",
       "3. 请秘书长就本决议的执行情况提交报告。"]


def test_labelled_topic_headings_with_a_colon_are_headings(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, *PRE, "一、预防与预警：", OPS[0], OPS[1], "二、后续行动：", OPS[2]])
    found = rules(path, lib)
    for rule in ("preambular-end", "numbering-form", "operative-end", "sub-label-style", "chapeau-colon",
                 "sub-clause-single"):
        assert rule not in found, rule
    assert found.get("section-heading") == [8, 11]
    # a labelled chapeau that opens with its lead stays a clause in the wrong numbering form
    path = make(tmp_path, [*HEAD, *PRE, "一、敦促各会员国：", "(a) 建立区域早期预警系统；", "(b) 增加对减灾的资金支持；",
                           "二、请秘书长就本决议的执行情况提交报告。"], name="chapeau.docx")
    found = rules(path, lib)
    assert "section-heading" not in found
    assert found.get("numbering-form") == [8, 11]
