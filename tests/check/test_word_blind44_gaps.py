"""Faults of the blind set word-blind44 (#20): Chinese drafts typed into a conference's Word template. The template's
grey notes in 【】 left as lines of the draft are template leftovers (section-heading), not clauses; a clause slot still
holding its typed placeholder ("【请在此输入……】") is placeholder-left; the committee given in a table (label cell |
value cell) is the heading's committee the organ line is compared with. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document

from drafter import library

HEAD: list[Para] = ["决议草案", "委员会：联合国人居大会", "议题：城市公共厕所的普及", "起草国：印度、秘鲁", "附议国：加纳、老挝",
                    [("联合国人居大会", "b"), ("，", "")]]
PRE: list[Para] = [[("注意到", "b"), ("许多城市的公共厕所数量不足且分布不均，", "")],
                   [("认识到", "b"), ("清洁的公共厕所对妇女和老年人出行尤为重要，", "")]]
OPS: list[Para] = [[("1. ", ""), ("鼓励", "b"), ("各城市按人口密度规划公共厕所；", "")],
                   [("2. ", ""), ("请", "b"), ("执行主任在下届会议上报告进展。", "")]]


def test_a_template_note_in_brackets_left_in_the_preamble_is_a_leftover_not_a_clause(tmp_path: Path,
                                                                                      lib: library.Library) -> None:
    note = "【序言性条款以动词开头，不编号，以逗号“，”结尾。提交前请删除本说明。】"
    path = make(tmp_path, [*HEAD, note, *PRE, *OPS])
    found = rules(path, lib)
    assert found.get("section-heading") == [7]
    assert 7 not in found.get("preambular-end", []) and 7 not in found.get("stray-full-stop", [])


def test_a_filling_note_above_the_heading_is_a_leftover(tmp_path: Path, lib: library.Library) -> None:
    note = "【填写说明：请在下列各栏填写会议信息，勿自行输入编号；提交前请删除所有【】内的文字。】"
    path = make(tmp_path, [HEAD[0], note, *HEAD[1:4], "附议国：", "【请在此处填写附议国，国名之间用顿号分隔】", *HEAD[5:],
                           *PRE, *OPS])
    found = rules(path, lib)
    assert found.get("section-heading") == [2]  # the field's slot left unfilled is no section: heading-missing's
    assert 7 in found.get("heading-missing", [])


def test_a_clause_slot_still_holding_its_typed_placeholder_is_placeholder_left(tmp_path: Path,
                                                                               lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, *PRE, "【请在此输入序言性条款】", "【主席团批注：请补充资金来源】", *OPS])
    found = rules(path, lib)
    assert found.get("placeholder-left") == [9]
    assert "section-heading" not in found  # a dais remark in 【】 is no template note


def _table_heading(tmp_path: Path, committee: str, organ: str) -> Path:
    """A draft whose heading is a table (label cell | value cell), then the organ line and the clauses."""
    doc = Document()
    doc.add_paragraph("决议草案")
    table = doc.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("委员会：", committee), ("议题：", "城市公共厕所的普及"),
                                                ("起草国：", "印度、秘鲁")], strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(value)
    doc.add_paragraph(organ)
    for lead, rest in [("注意到", "许多城市的公共厕所数量不足，"), ("1. ", "鼓励各城市规划公共厕所；"),
                       ("2. ", "请秘书长在下次会议上报告进展。")]:
        doc.add_paragraph(lead + rest)
    path = tmp_path / "table.docx"
    doc.save(str(path))
    return path


def test_the_committee_in_a_table_cell_is_compared_with_the_organ_line(tmp_path: Path, lib: library.Library) -> None:
    assert rules(_table_heading(tmp_path, "安全理事会", "大会，"), lib).get("organ-line") == [8]
    assert "organ-line" not in rules(_table_heading(tmp_path, "安全理事会", "安全理事会，"), lib)
