"""The general cause behind word-blind21's first-run miss (bench/students/word-blind21), on sentences of our own:
the first item under a Word-numbered clause that ends as a clause ends (";") and opens with an emphasised operative
lead is the next clause moved down the list with Tab. It is reported as such (operative-sub-level), not as a single
sub-clause under a paragraph that lacks its colon."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from wordlists import CLAUSES, abstract, num, number, set_lists

from drafter import library

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Drinking fountains in public parks",
                    "Sponsors: Austria, Jordan", "Signatories: Fiji, Malta, Peru", [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that few parks in hot cities offer free drinking water,", "")]]
CLAUSE1: Para = [("Encourages", "u"), (" cities to install a drinking fountain in every public park;", "")]
CLAUSE2: Para = [("Invites", "u"), (" water utilities to test the fountains every month;", "")]
ITEM: Para = "water bottles filled free of charge;"
LAST: Para = [("Requests", "u"), (" a report on the fountains installed.", "")]
ZH_HEAD: list[Para] = ["决议草案", "委员会：第二委员会", "议题：公园里的公共饮水设施", "起草国：约旦、奥地利", "附议国：斐济、秘鲁",
                       [("大会", "b"), ("，", "")], [("注意到", "u"), ("炎热城市的公园很少提供免费饮用水，", "")]]
ZH_CLAUSE1: Para = [("鼓励", "u"), ("各城市在每个公园安装饮水设施；", "")]
ZH_CLAUSE2: Para = [("请", "u"), ("供水企业每月检测饮水设施的水质；", "")]
ZH_LAST: Para = [("请", "u"), ("秘书长报告安装情况。", "")]
XML = abstract(1, CLAUSES) + num(1, 1)


def _lists(tmp_path: Path, paragraphs: list[Para], numbers: dict[int, tuple[int, int]]) -> Path:
    path = make(tmp_path, paragraphs, "lists.docx")
    doc = Document(str(path))
    set_lists(doc, XML)
    for position, (num_id, level) in numbers.items():
        number(doc.paragraphs[position], num_id, level)
    doc.save(str(path))
    return path


def test_a_clause_tabbed_under_a_complete_clause_is_a_clause_one_level_down(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    body = [*HEAD, CLAUSE1, CLAUSE2, LAST]
    found = rules(_lists(tmp_path, body, {6: (1, 0), 7: (1, 1), 8: (1, 0)}), lib)  # "1." "(a) Invites …;" "2."
    assert found.get("operative-sub-level") == [8]
    assert not {"sub-clause-single", "chapeau-colon"} & set(found)


def test_a_single_plain_item_under_a_complete_clause_is_still_a_single_sub_clause(tmp_path: Path,
                                                                               lib: library.Library) -> None:
    body = [*HEAD, CLAUSE1, ITEM, LAST]
    found = rules(_lists(tmp_path, body, {6: (1, 0), 7: (1, 1), 8: (1, 0)}), lib)
    assert "operative-sub-level" not in found
    assert found.get("sub-clause-single") == [8]


def test_a_chinese_clause_tabbed_under_a_complete_clause_is_a_clause_one_level_down(tmp_path: Path,
                                                                                    lib: library.Library) -> None:
    body = [*ZH_HEAD, ZH_CLAUSE1, ZH_CLAUSE2, ZH_LAST]
    found = rules(_lists(tmp_path, body, {7: (1, 0), 8: (1, 1), 9: (1, 0)}), lib)
    assert found.get("operative-sub-level") == [9]
    assert not {"sub-clause-single", "chapeau-colon"} & set(found)
