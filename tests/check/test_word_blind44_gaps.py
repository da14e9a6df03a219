"""Faults of the blind set word-blind44 (#20): Chinese drafts typed into a conference's Word template. The template's
grey notes in 【】 left as lines of the draft are template leftovers (section-heading), not clauses; a clause slot still
holding its typed placeholder ("【请在此输入……】") is placeholder-left; the committee given in a table (label cell |
value cell) is the heading's committee the organ line is compared with; a first clause numbered by Word whose lead is
an operative form too ("促请……，") is the first operative clause with a wrong end mark, not a numbered preambular
paragraph. Sentences of our own."""

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
    path = make(tmp_path, [HEAD[0], note, *HEAD[1:], *PRE, *OPS])
    assert rules(path, lib).get("section-heading") == [2]


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


def _word_numbered(tmp_path: Path, first: str, second: str) -> Path:
    """The heading and preamble as typed lines, the clauses in Word's "List Number" list."""
    doc = Document()
    for line in ["决议草案", "委员会：人权理事会", "议题：听障儿童的手语教育", "起草国：芬兰、肯尼亚", "附议国：智利", "人权理事会，",
                 "回顾其关于残疾人权利的各项决议，", "认识到手语是听障儿童学习的基础，"]:
        doc.add_paragraph(line)
    for text in [first, second, "请人权事务高级专员提交报告；", "决定继续审议此问题。"]:
        doc.add_paragraph(text, style="List Number")
    path = tmp_path / "numbered.docx"
    doc.save(str(path))
    return path


def test_a_first_word_numbered_clause_with_an_operative_lead_ending_in_a_comma_is_operative(
        tmp_path: Path, lib: library.Library) -> None:
    path = _word_numbered(tmp_path, "促请各国将手语纳入国家通用语言规划，", "鼓励各国培训手语教师；")
    found = rules(path, lib)
    assert "preambular-numbered" not in found
    assert found.get("operative-end") == [9]
    # a lead that is preambular only, or a preamble that goes on after the paragraph: a numbered preamble still
    path = _word_numbered(tmp_path, "意识到许多听障儿童入学时尚未掌握任何语言，", "鼓励各国培训手语教师；")
    assert rules(path, lib).get("preambular-numbered") == [9]
    path = _word_numbered(tmp_path, "强调早期语言环境的重要性，", "注意到一些国家已承认手语为官方语言，")
    assert rules(path, lib).get("preambular-numbered", [])[:1] == [9]
