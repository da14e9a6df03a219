"""General causes behind the false alarms of the blind set of Google Docs / Pages-shaped drafts (bench/students/
word-blind15): sponsors and signatories given as the columns of a table, the list's name in the header cell and one
State a cell under it. Paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from drafter import check, library

Runs = list[tuple[str, str]]  # (text, "i" / "u" / "b" / "")

EN_TOP: list[Runs] = [[("Draft Resolution 4.2", "b")],
                      [("Committee: ", "b"), ("General Assembly Third Committee", "")],
                      [("Topic: ", "b"), ("Access to public libraries in rural areas", "")]]
EN_BODY: list[Runs] = [
    [("The General Assembly", "i"), (",", "")],
    [("Noting", "i"), (" that many villages are several hours away from the nearest public library,", "")],
    [("Aware", "i"), (" that mobile libraries can reach readers who cannot travel,", "")],
    [("1. ", ""), ("Encourages", "u"), (" Member States to fund mobile libraries for remote districts;", "")],
    [("2. ", ""), ("Invites", "u"), (" publishers to donate books in local languages;", "")],
    [("3. ", ""), ("Requests", "u"), (" the Secretary-General to report on the progress made.", "")],
]
ZH_TOP: list[Runs] = [[("决议草案", "b")], [("委员会：", "b"), ("联合国大会第三委员会", "")],
                      [("议题：", "b"), ("农村地区公共图书馆的普及", "")]]
ZH_BODY: list[Runs] = [
    [("大会", "b"), ("，", "")],
    [("注意到", "u"), ("许多村庄距离最近的公共图书馆有数小时路程，", "")],
    [("认识到", "u"), ("流动图书馆能够为无法出行的读者提供服务，", "")],
    [("1. ", ""), ("鼓励", "u"), ("会员国为偏远地区配备流动图书馆；", "")],
    [("2. ", ""), ("邀请", "u"), ("出版商捐赠本地语言的图书；", "")],
    [("3. ", ""), ("请", "u"), ("秘书长报告所取得的进展。", "")],
]


def fill(paragraph, runs: Runs) -> None:
    for text, style in runs:
        run = paragraph.add_run(text)
        run.italic = style == "i" or None
        run.underline = style == "u" or None
        run.bold = style == "b" or None


def draft(tmp_path: Path, top: list[Runs], rows: list[list[str]], body: list[Runs]) -> Path:
    doc = Document()
    for runs in top:
        fill(doc.add_paragraph(), runs)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            if text:
                fill(cell.paragraphs[0], [(text, "b" if row is table.rows[0] else "")])
    for runs in body:
        fill(doc.add_paragraph(), runs)
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    return path


def heading_findings(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule) for f in report.findings if f.rule.startswith("heading")]


def test_sponsors_in_the_columns_of_a_table_are_given(lib: library.Library, tmp_path: Path) -> None:
    """"Sponsors" | "Signatories" in the first row, one State a cell under each (a column shorter than the other):
    both lists are there."""
    rows = [["Sponsors", "Signatories"], ["Estonia", "Bhutan"], ["Ghana", "Uruguay"], ["", "Zambia"]]
    assert heading_findings(draft(tmp_path, EN_TOP, rows, EN_BODY), lib) == []


def test_chinese_sponsors_in_the_columns_of_a_table_are_given(lib: library.Library, tmp_path: Path) -> None:
    rows = [["起草国", "附议国"], ["爱沙尼亚", "不丹"], ["加纳", "乌拉圭"]]
    assert heading_findings(draft(tmp_path, ZH_TOP, rows, ZH_BODY), lib) == []


def test_a_header_cell_over_an_empty_column_is_still_an_empty_field(lib: library.Library, tmp_path: Path) -> None:
    """No name under "Sponsors": the sponsors are still missing (the names under "Signatories" are not theirs)."""
    rows = [["Sponsors", "Signatories"], ["", "Bhutan"], ["", "Uruguay"]]
    assert heading_findings(draft(tmp_path, EN_TOP, rows, EN_BODY), lib) == [(4, "heading-missing")]


def test_a_label_and_value_table_is_read_row_by_row_as_before(lib: library.Library, tmp_path: Path) -> None:
    """A table of "label | value" rows is no table of columns: an empty value beside "Sponsors:" is still reported,
    and the label of the row under it is not taken for a sponsor."""
    rows = [["Sponsors:", ""], ["Signatories:", "Bhutan, Uruguay"]]
    assert heading_findings(draft(tmp_path, EN_TOP, rows, EN_BODY), lib) == [(4, "heading-missing")]
    rows = [["Sponsors:", "Estonia, Ghana"], ["Signatories:", "Bhutan, Uruguay"]]
    assert heading_findings(draft(tmp_path, EN_TOP, rows, EN_BODY), lib) == []
