"""Gaps of ``drafter check`` found on the blind set word-blind90 (#20), held by sentences of our own:

* a **conference's name over the heading** (the cover page's "第三届江北中学模拟联合国大会", "JBMUN 2026", "Lakeside
  Model United Nations") was read as a title line, and a title line gives the topic: a 议题 left empty or left out was
  not reported. A line naming a model UN conference now gives no topic.
* a **heading laid out as a header row over a value row** (委员会 | 议题 | 提交国 | 附议国 over the values): only a
  header row of delegation lists alone was read so, and a bare "委员会" is no label in running text; the lists' cells
  were read as labels left empty and the row of values as title lines. A header row of bare labels, one of them a
  list's, now takes the cells under it as its values.
* **titles no shape tells** (ZH-P01): UNESCO's declarations on bioethics, whose 与 reads as a description's
  (世界人类基因组与人权宣言, 世界生物伦理与人权宣言), cited bare: now in title-marks' word list.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from drafter import check, library

BODY = ["大会，", "注意到城市噪音影响居民的健康，", "1. 鼓励会员国制定噪音标准；", "2. 请秘书长提交报告。"]


def _docx(tmp_path: Path, cover: list[str], rows: list[list[str]]) -> Path:
    """A draft with ``cover`` lines (a page break after the last), the heading as a table of ``rows``, then BODY."""
    doc = docx.Document()
    for n, line in enumerate(cover):
        run = doc.add_paragraph().add_run(line)
        if n == len(cover) - 1:
            run.add_break(docx.enum.text.WD_BREAK.PAGE)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for line in BODY:
        doc.add_paragraph(line)
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    return path


def _missing(path: Path, lib: library.Library) -> list[str]:
    report, _ = check.check_file(path, lib)
    return [f.message for f in report.findings if f.rule == "heading-missing"]


COVER = ["第三届江北中学模拟联合国大会", "JBMUN 2026", "联合国大会"]


def test_an_empty_topic_cell_under_a_conference_cover_is_missing(lib: library.Library, tmp_path: Path) -> None:
    rows = [["委员会：", "大会第二委员会"], ["议题：", ""], ["起草国：", "丹麦、秘鲁"], ["附议国：", "加纳、泰国"]]
    found = _missing(_docx(tmp_path, COVER, rows), lib)
    assert len(found) == 1 and "议题" in found[0]


def test_a_filled_topic_cell_under_a_conference_cover_is_clean(lib: library.Library, tmp_path: Path) -> None:
    rows = [["委员会：", "大会第二委员会"], ["议题：", "城市噪音"], ["起草国：", "丹麦、秘鲁"], ["附议国：", "加纳、泰国"]]
    assert _missing(_docx(tmp_path, COVER, rows), lib) == []


def test_a_header_row_heading_without_a_topic_column(lib: library.Library, tmp_path: Path) -> None:
    rows = [["委员会", "提交国", "附议国"], ["大会第二委员会", "丹麦、秘鲁", "加纳、泰国"]]
    found = _missing(_docx(tmp_path, COVER, rows), lib)
    assert len(found) == 1 and "议题" in found[0]


@pytest.mark.parametrize("labels", [["委员会", "议题", "提交国", "附议国"], ["委员会：", "议题：", "起草国：", "附议国："]])
def test_a_header_row_heading_with_every_field_is_clean(lib: library.Library, tmp_path: Path,
                                                        labels: list[str]) -> None:
    rows = [labels, ["大会第二委员会", "城市噪音", "丹麦、秘鲁", "加纳、泰国"]]
    assert _missing(_docx(tmp_path, COVER, rows), lib) == []


def _text_missing(tmp_path: Path, lib: library.Library, lines: list[str]) -> list[str]:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report, _ = check.check_file(path, lib)
    return [f.message for f in report.findings if f.rule == "heading-missing"]


def test_a_conference_name_line_is_no_topic(lib: library.Library, tmp_path: Path) -> None:
    lines = ["Lakeside Model United Nations", "Committee: Second Committee", "Sponsors: Denmark, Peru",
             "Signatories: Ghana, Thailand", "The General Assembly,", "Noting that city noise harms health,",
             "1. Encourages Member States to set noise limits;", "2. Requests the Secretary-General to report."]
    found = _text_missing(tmp_path, lib, lines)
    assert len(found) == 1 and "topic" in found[0].casefold()


def test_a_title_line_still_gives_the_topic(lib: library.Library, tmp_path: Path) -> None:
    lines = ["Noise in Cities", "Committee: Second Committee", "Sponsors: Denmark, Peru",
             "Signatories: Ghana, Thailand", "The General Assembly,", "Noting that city noise harms health,",
             "1. Encourages Member States to set noise limits;", "2. Requests the Secretary-General to report."]
    assert _text_missing(tmp_path, lib, lines) == []


HEAD = ["决议草案", "委员会：世界卫生大会", "议题：基因检测", "起草国：冰岛", "附议国：斐济", "世界卫生大会，"]


def _titles(tmp_path: Path, lib: library.Library, clause: str) -> list[str]:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join([*HEAD, clause, "1. 请总干事提交报告。"]) + "\n", encoding="utf-8")
    report, _ = check.check_file(path, lib)
    return [f.message for f in report.findings if f.rule == "title-marks"]


@pytest.mark.parametrize(("clause", "title"), [
    ("回顾世界人类基因组与人权宣言第十条，", "《世界人类基因组与人权宣言》"),
    ("回顾世界生物伦理与人权宣言，", "《世界生物伦理与人权宣言》"),
])
def test_bioethics_declarations_are_titles(
        lib: library.Library, tmp_path: Path, clause: str, title: str) -> None:
    found = _titles(tmp_path, lib, clause)
    assert len(found) == 1 and title in found[0]


@pytest.mark.parametrize("clause", ["回顾《世界人类基因组与人权宣言》第十条，", "回顾世界各国关于生物伦理与人权的宣言，"])
def test_marked_titles_and_other_lists_are_clean(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert _titles(tmp_path, lib, clause) == []
