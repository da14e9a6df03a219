"""General causes behind the misses and false alarms of the blind set of bilingual drafts (bench/students/
word-blind14): parallel text in a second language inside one draft — a two-column table with English in one column
and Chinese in the other, and translation lines under each clause. Paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

from drafter import check, library
from drafter.structure.parallel import script

Runs = list[tuple[str, str]]  # (text, "i" / "u" / "b" / "")

EN_ROWS: list[Runs] = [
    [("Committee: World Health Assembly", "")],
    [("Topic: Safe drinking water in rural schools", "")],
    [("Sponsors: Ghana, Nepal, Peru", "")],
    [("Signatories: Chile, Kenya, Norway, Viet Nam", "")],
    [("The World Health Assembly", "i"), (",", "")],
    [("Noting", "i"), (" that many rural schools have no safe source of drinking water,", "")],
    [("Aware", "i"), (" that children miss lessons when they fall ill from unsafe water,", "")],
    [("1. ", ""), ("Urges", "u"), (" Member States to test the water of every rural school once a year;", "")],
    [("2. ", ""), ("Encourages", "u"), (" schools to teach pupils to wash their hands before meals;", "")],
    [("3. ", ""), ("Requests", "u"), (" the Director-General to report on the progress made.", "")],
]
ZH_ROWS: list[Runs] = [
    [("委员会：世界卫生大会", "")],
    [("议题：农村学校的安全饮用水", "")],
    [("起草国：加纳、尼泊尔、秘鲁", "")],
    [("附议国：智利、肯尼亚、挪威、越南", "")],
    [("世界卫生大会", "b"), ("，", "")],
    [("注意到", "u"), ("许多农村学校没有安全的饮用水源，", "")],
    [("意识到", "u"), ("儿童因饮用不安全的水生病而缺课，", "")],
    [("1. ", ""), ("敦促", "u"), ("会员国每年检测一次每所农村学校的用水；", "")],
    [("2. ", ""), ("鼓励", "u"), ("学校教学生饭前洗手；", "")],
    [("3. ", ""), ("请", "u"), ("总干事报告所取得的进展。", "")],
]


def fill(paragraph, runs: Runs, size: float | None = None) -> None:
    for text, style in runs:
        run = paragraph.add_run(text)
        run.italic = style == "i" or None
        run.underline = style == "u" or None
        run.bold = style == "b" or None
        if size:
            run.font.size = Pt(size)


def table_draft(tmp_path: Path, zh_rows: list[Runs]) -> Path:
    doc = Document()
    fill(doc.add_paragraph(), [("Draft Resolution 决议草案", "")])
    table = doc.add_table(rows=len(EN_ROWS), cols=2)
    for row, en, zh in zip(table.rows, EN_ROWS, zh_rows, strict=True):
        fill(row.cells[0].paragraphs[0], en)
        fill(row.cells[1].paragraphs[0], zh)
    path = tmp_path / "table.docx"
    doc.save(str(path))
    return path


def glossed_draft(tmp_path: Path, zh_rows: list[Runs]) -> Path:
    doc = Document()
    fill(doc.add_paragraph(), [("决议草案", "")])
    for zh, en in zip(zh_rows, EN_ROWS, strict=True):
        fill(doc.add_paragraph(), zh)
        if not zh[0][0].startswith(("委员会", "议题", "起草国", "附议国")):
            fill(doc.add_paragraph(), en, size=9)
    path = tmp_path / "glossed.docx"
    doc.save(str(path))
    return path


def found(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule) for f in report.findings if f.severity in ("error", "warning")
            and f.rule != "east-asian-font"]  # python-docx's template sets no East Asian font


def test_script_of_a_line() -> None:
    assert script("委员会 Committee：世界卫生大会") == "zh"
    assert script("Recognizing that schools need water,") == "en"
    assert script("Sponsors: 中国, 越南, 马来西亚") == "zh"
    assert script("1.") == ""


def test_a_two_column_table_is_checked_column_by_column(lib: library.Library, tmp_path: Path) -> None:
    """English left, Chinese right, one row per clause: each column is a draft in its own language, numbered on
    its own; the Chinese sponsor list translates the English one (no duplicates)."""
    assert found(table_draft(tmp_path, ZH_ROWS), lib) == []


def test_a_fault_in_the_chinese_column_is_found(lib: library.Library, tmp_path: Path) -> None:
    rows = [*ZH_ROWS]
    rows[8] = [("2. ", ""), ("鼓励", "u"), ("学校教学生饭前洗手。", "")]  # "。" in a clause that is not the last
    result = found(table_draft(tmp_path, rows), lib)
    # paragraph 1 is the title, the cells follow row by row: row 9's Chinese cell is paragraph 1 + 2 * 9
    assert [r for r in result if r[0] == 19], result
    assert all(r[0] == 19 for r in result), result


def test_translation_lines_under_chinese_clauses_are_left_out(lib: library.Library, tmp_path: Path) -> None:
    """Each Chinese clause followed by its English original in small type: the English lines are not judged as
    Chinese clauses, and the Chinese clause before the last one's translation is still the last clause."""
    assert found(glossed_draft(tmp_path, ZH_ROWS), lib) == []
    rows = [*ZH_ROWS]
    rows[7] = [("1. ", ""), ("敦促", "u"), ("会员国每年检测一次每所农村学校的用水，", "")]  # "，" ends a clause
    result = found(glossed_draft(tmp_path, rows), lib)
    assert result and all(r[0] == 12 for r in result), result


def test_a_few_english_lines_in_a_chinese_draft_are_still_judged(lib: library.Library, tmp_path: Path) -> None:
    """Fewer than four lines of the other language: no parallel text, the draft is read as before."""
    doc = Document()
    for zh in [[("决议草案", "")], *ZH_ROWS]:
        fill(doc.add_paragraph(), zh)
    fill(doc.add_paragraph(), [("Requests", "u"), (" the Director-General to report again.", "")])
    path = tmp_path / "one-english-line.docx"
    doc.save(str(path))
    assert found(path, lib)  # the English line after the last clause is judged as a clause of the Chinese draft
