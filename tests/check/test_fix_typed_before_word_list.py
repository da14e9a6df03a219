"""A clause number typed by hand before a Word list that counts from the number after it ("第一条" typed, then
Word's "第%1条" list set by w:startOverride to start at 2): --fix moves the typed clause into the list and makes the
list count from 1, in one run (it used to show the moved clause "2." until a second --fix renumbered the list)."""

from __future__ import annotations

from pathlib import Path

from docmaker import Para
from wordlists import abstract, lvl, num, numbered_draft, start_override

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD: list[Para] = ["决议草案", "委员会：联合国大会第二委员会", "议题：山区的饮用水供应", "起草国：秘鲁、尼泊尔",
                    "附议国：加纳、挪威", [("大会", "b"), ("，", "")],
                    [("认识到", "b"), ("山区居民取得安全饮用水的困难，", "")]]
EN_HEAD: list[Para] = ["Committee: Second Committee", "Topic: Drinking water in mountain areas",
                       "Sponsors: Nepal and Peru", "Signatories: Ghana, Norway", [("The General Assembly", "i"), (",", "")],
                       [("Recognizing", "i"), (" the difficulties of mountain communities in reaching safe water,", "")]]


def _fixed_twice(path: Path, lib: library.Library, tmp_path: Path) -> tuple[list[str], list[str]]:
    """The labels after one --fix, and the rules a second --fix would still fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    again, again_doc = check.check_file(tmp_path / "once.docx", lib)
    labels = [p.label for p in reader.read(tmp_path / "once.docx").paragraphs if p.label]
    fixed, _ = fix.fix(again, again_doc, tmp_path / "twice.docx", force=True)
    return labels, [f.rule for f in fixed]


def test_a_typed_first_article_before_a_list_from_two_is_counted_from_one(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    body = [*HEAD, [("第一条　", ""), ("鼓励", "b"), ("各国为山区村庄修建蓄水设施；", "")],
            [("促请", "b"), ("捐助方支持山区的供水项目；", "")], [("请", "b"), ("秘书长就此提交报告；", "")],
            [("决定", "b"), ("继续审议这一问题。", "")]]
    lists = abstract(1, [lvl(0, "chineseCounting", "第%1条", suff="space")]) + num(1, 1, start_override(0, 2))
    labels, again = _fixed_twice(numbered_draft(tmp_path, body, lists, {8: (1, 0), 9: (1, 0), 10: (1, 0)}), lib, tmp_path)
    assert labels == ["1.", "2.", "3.", "4."]
    assert again == []


def test_two_typed_clauses_before_a_list_from_three_with_its_items(tmp_path: Path, lib: library.Library) -> None:
    body = [*EN_HEAD, [("1. ", ""), ("Encourages", "i"), (" States to build water storage in mountain villages;", "")],
            [("2. ", ""), ("Calls upon", "i"), (" donors to support water projects in mountain areas;", "")],
            [("Requests", "i"), (" the Secretary-General:", "")], "to gather data on access to water;",
            "to report at the next session;", [("Decides", "i"), (" to remain seized of the matter.", "")]]
    lists = abstract(1, [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1, start_override(0, 3))
    numbered = {8: (1, 0), 9: (1, 1), 10: (1, 1), 11: (1, 0)}
    labels, again = _fixed_twice(numbered_draft(tmp_path, body, lists, numbered), lib, tmp_path)
    assert labels == ["1.", "2.", "3.", "(a)", "(b)", "4."]
    assert again == []

