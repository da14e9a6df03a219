"""The general causes behind word-blind20's first-run gaps (bench/students/word-blind20), on sentences of our own:
a Chinese template's hint left in a heading field ("【请在此处填写……】"), and Chinese lead phrases set off in 楷体 or
黑体 against a 宋体 / 仿宋 body rather than underlined (FORMAT.md 0.2: visually distinguished lead words)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml.ns import qn

from drafter import library

BODY: list[Para] = [[("大会", "b"), ("，", "")],
                    [("注意到", "u"), ("许多沿海社区每年都要经历台风和风暴潮，", "")],
                    [("认识到", "u"), ("定期的防灾演练能够缩短居民撤离所需的时间，", "")],
                    [("1. ", ""), ("鼓励", "u"), ("会员国在沿海社区每年组织至少一次撤离演练；", "")],
                    [("2. ", ""), ("请", "u"), ("秘书长报告本决议的执行情况。", "")]]


def _heading(signatories: str, topic: str = "沿海社区的防灾演练") -> list[Para]:
    return ["决议草案", "委员会：联合国大会第二委员会", f"议题：{topic}", "起草国：斐济、菲律宾",
            f"附议国：{signatories}"]


def test_a_chinese_template_hint_in_a_heading_field_leaves_it_unfilled(tmp_path: Path, lib: library.Library) -> None:
    found = rules(make(tmp_path, [*_heading("【请在此处填写附议国，国名之间用顿号分隔】"), *BODY]), lib)
    assert found.get("heading-missing") == [5]


def test_a_template_hint_in_a_heading_table_cell_leaves_it_unfilled(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, ["决议草案", *BODY])
    doc = Document(str(path))
    table = doc.add_table(rows=4, cols=2)
    for row, (label, value) in zip(table.rows, [("委员会", "联合国大会第二委员会"), ("议题", "沿海社区的防灾演练"),
                                                ("起草国", "斐济、菲律宾"), ("附议国", "（请填写附议国名称）")]):
        row.cells[0].paragraphs[0].add_run(label)
        row.cells[1].paragraphs[0].add_run(value)
    doc.paragraphs[0]._p.addnext(table._tbl)  # the table right under the title
    doc.save(str(path))
    found = rules(path, lib)
    assert found.get("heading-missing") == [9]  # the 附议国 value cell (title, then the cells in order)


def test_a_topic_or_list_that_opens_with_a_verb_of_typing_is_filled(tmp_path: Path, lib: library.Library) -> None:
    found = rules(make(tmp_path, [*_heading("汤加、瓦努阿图", topic="输入性疟疾的防控"), *BODY]), lib)
    assert "heading-missing" not in found


def _faces(path: Path, faces: dict[int, tuple[str, str]]) -> Path:
    """Give paragraphs (0-based) an East Asian face for their lead run and another for the rest of their runs."""
    doc = Document(str(path))
    for index, (lead_face, body_face) in faces.items():
        runs = doc.paragraphs[index].runs
        lead = next(k for k, run in enumerate(runs) if run.text.strip() and not run.text[0].isdigit())
        for k, run in enumerate(runs):
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), lead_face if k == lead else body_face)
    doc.save(str(path))
    return path


def _plain_leads() -> list[Para]:
    """The body with its leads not underlined (their emphasis left to their face)."""
    return [[(text, "b" if text == "大会" else "") for text, _ in para] if isinstance(para, list) else para
            for para in BODY]


def test_leads_in_kaiti_against_a_songti_body_are_set_off(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*_heading("汤加、瓦努阿图"), *_plain_leads()])
    _faces(path, {k: ("楷体", "宋体") for k in range(6, 10)})
    found = rules(path, lib)
    assert "lead-emphasis" not in found and "lead-emphasis-document" not in found


def test_a_lead_left_in_the_body_face_among_heiti_leads_is_reported(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*_heading("汤加、瓦努阿图"), *_plain_leads()])
    _faces(path, {6: ("黑体", "仿宋_GB2312"), 7: ("仿宋_GB2312", "仿宋_GB2312"), 8: ("黑体", "仿宋_GB2312"),
                  9: ("黑体", "仿宋_GB2312")})
    found = rules(path, lib)
    assert found.get("lead-emphasis") == [8] and "lead-emphasis-document" not in found


def test_clauses_all_in_one_face_set_no_lead_off(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*_heading("汤加、瓦努阿图"), *_plain_leads()])
    _faces(path, {k: ("楷体", "楷体") for k in range(6, 10)})
    assert "lead-emphasis-document" in rules(path, lib)
