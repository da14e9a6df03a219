"""The general causes behind word-blind51's first-run misses and false alarms (bench/students/word-blind51), on
sentences of our own: drafts laid out in Word tables — a clause's lead phrase alone in a cell beside the rest of its
words (lead cell | rest cell, in English and in Chinese, with Word's list numbering in the lead cells), a table of
figures nested in a clause's cell, a clause whose words go on in the next row (its number cell empty), and a clause
number typed with the enumeration comma ("3、") alone in its number cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from check.rule_paragraphs import rules
from docx import Document
from docx.oxml.ns import qn

from drafter import library

Spec = str | list[tuple[str, str]]  # a paragraph: plain text, or runs with their flags ("i", "b")
Cell = Spec | list[Spec] | dict[str, Any]  # one paragraph, several, or {"paras": [...], "table": rows} (nested)


def _fill(para: Any, spec: Spec) -> None:
    for text, flags in [(spec, "")] if isinstance(spec, str) else spec:
        run = para.add_run(text)
        run.italic = "i" in flags or None
        run.bold = "b" in flags or None
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")


def _cell(cell: Any, content: Cell) -> None:
    nested = content.get("table") if isinstance(content, dict) else None
    paras = content["paras"] if isinstance(content, dict) else content if isinstance(content, list) and (
        not content or not isinstance(content[0], tuple)) else [content]
    _fill(cell.paragraphs[0], paras[0])
    for spec in paras[1:]:
        _fill(cell.add_paragraph(), spec)
    if nested:
        inner = cell.add_table(rows=len(nested), cols=len(nested[0]))
        for row, cells in zip(inner.rows, nested):
            for target, text in zip(row.cells, cells):
                _fill(target.paragraphs[0], text)


def _draft(tmp_path: Path, blocks: list[Spec | list[list[Cell]]], name: str,
           numbered: frozenset[tuple[int, int]] = frozenset()) -> Path:
    """Paragraphs and tables (a list of rows) in order; ``numbered``: (table, row) whose first cell's paragraph is in
    Word's numbered list (the template's "List Number" style)."""
    doc = Document()
    tables = 0
    for block in blocks:
        if isinstance(block, list) and block and isinstance(block[0], list):
            table = doc.add_table(rows=len(block), cols=len(block[0]))
            for r, (row, cells) in enumerate(zip(table.rows, block)):
                for target, content in zip(row.cells, cells):
                    _cell(target, content)
                if (tables, r) in numbered:
                    row.cells[0].paragraphs[0].style = doc.styles["List Number"]
            tables += 1
        else:
            _fill(doc.add_paragraph(), block)  # type: ignore[arg-type]
    path = tmp_path / name
    doc.save(str(path))
    return path


HEAD: list[Spec | list[list[Cell]]] = [
    "Committee: Second Committee", "Topic: Bees and pollinators in farming", "Sponsors: Chile, Slovenia",
    "Signatories: Ghana, Laos, Peru", [("The General Assembly", "i"), (",", "")]]
ZH_HEAD: list[Spec | list[list[Cell]]] = [
    "决议草案", "委员会：大会第二委员会", "议题：农业中的蜜蜂与传粉昆虫", "起草国：智利、斯洛文尼亚", "附议国：加纳、秘鲁",
    [("大会", "b"), ("，", "")]]


def test_lead_cells_beside_the_rest_of_their_clauses(tmp_path: Path, lib: library.Library) -> None:
    """A preamble laid out as lead cell | rest cell: each row is one clause on one line of the page. No clause is
    broken by a paragraph mark, the rest cell is no clause without its lead; the upright lead among italic ones is
    judged in its cell, and the rest cell's wrong end mark is still found."""
    preamble = [[[("Aware", "i")], "that one crop in three depends on pollinating insects,"],
                [[("Noting with concern", "i")], "that wild bee colonies are shrinking on every continent,"],
                ["Recalling", "the work of the Food and Agriculture Organization on pollinators,"],
                [[("Convinced", "i")], "that farmers can protect bees at little cost."]]
    body = [*HEAD, preamble,
            [("1. ", ""), ("Encourages", "i"), (" farmers to sow flowering strips along their fields;", "")],
            [("2. ", ""), ("Requests", "i"), (" a report on pollinators at the next session.", "")]]
    path = _draft(tmp_path, body, "lead-cells.docx")
    found = rules(path, lib)
    assert "paragraph-broken" not in found, found
    assert "lead-form" not in found and "section-heading" not in found, found
    # paragraphs: 5 heading/organ lines, then the table's cells two by two (6-7, 8-9, 10-11, 12-13)
    assert 10 in found.get("lead-emphasis", []), found
    assert found.get("preambular-end") == [13], found


def test_chinese_lead_cells_with_list_numbers_and_items(tmp_path: Path, lib: library.Library) -> None:
    """Chinese lead cells: a preambular lead alone in its cell is no clause without words; operative lead cells
    numbered by Word's list, one left without its number, one whose words in the next cell introduce items."""
    preamble = [[[("忆及", "b")], "各国在保护传粉昆虫方面的承诺，"],
                [[("关切地注意到", "b")], "野生蜂群的数量在各大洲持续减少，"]]
    operative = [[[("鼓励", "b")], "各国农民在田边种植开花植物带。"],
                 [[("请", "b")], ["粮食及农业组织：", "(a) 编写保护传粉昆虫的指南；", "(b) 协助各国监测蜂群；"]],
                 [[("邀请", "b")], "私营部门支持养蜂合作社；"],
                 [[("决定", "b")], "在下届会议上继续审议这一问题。"]]
    body = [*ZH_HEAD, preamble, operative]
    path = _draft(tmp_path, body, "zh-lead-cells.docx", numbered=frozenset({(1, 0), (1, 1), (1, 3)}))
    found = rules(path, lib)
    assert "empty-clause" not in found and "section-heading" not in found, found
    assert "chapeau-colon" not in found, found
    # preamble ¶7-10; operative rows: ¶11-12, ¶13-16 (请 + chapeau + 2 items), ¶17-18, ¶19-20
    assert "preambular-end" not in found, found
    assert found.get("operative-end") == [12], found  # "……开花植物带。" ends a clause that is not the last
    assert 17 in found.get("operative-unnumbered", []), found


def test_a_table_of_figures_nested_in_a_clause_s_cell(tmp_path: Path, lib: library.Library) -> None:
    """A clause's chapeau over a table of figures nested in the same cell: the figures are no clauses and no
    headings, the colon introduces the table, and the clauses after it are numbered on."""
    clauses = [["1.", [[("Encourages", "i"), (" farmers to leave field margins unmown until late summer;", "")]]],
               ["2.", {"paras": [[("Notes", "i"), (" the following losses of managed hives reported last winter:", "")]],
                       "table": [["Region", "Hives lost"], ["North", "31 %"], ["South", "18 %"]]}],
               ["3.", [[("Requests", "i"), (" a report on pollinators at the next session.", "")]]]]
    path = _draft(tmp_path, [*HEAD, [("Aware", "i"), (" that one crop in three depends on insects,", "")], clauses],
                  "figures.docx")
    found = rules(path, lib)
    assert not {"operative-end", "numbering-sequence", "section-heading", "preambular-end"} & set(found), found


def test_a_clause_whose_words_go_on_in_the_next_row(tmp_path: Path, lib: library.Library) -> None:
    """A clause split over two rows of a table of clauses, the second row's number cell empty: a clause broken in
    two, found on its first part (the first row's clause cell)."""
    clauses = [["1.", [[("Encourages", "i"), (" farmers to leave field margins unmown until late summer;", "")]]],
               ["2.", [[("Invites", "i"), (" beekeepers' associations to train young farmers in", "")]]],
               ["", "the care of hives during the winter months;"],
               ["3.", [[("Requests", "i"), (" a report on pollinators at the next session.", "")]]]]
    path = _draft(tmp_path, [*HEAD, [("Aware", "i"), (" that one crop in three depends on insects,", "")], clauses],
                  "split.docx")
    found = rules(path, lib)
    # ¶6 preamble; table: ¶7-8, ¶9-10, ¶11-12, ¶13-14
    assert found.get("paragraph-broken") == [10], found
    assert "numbering-sequence" not in found, found


def test_a_number_with_the_enumeration_comma_in_its_cell(tmp_path: Path, lib: library.Library) -> None:
    """"3、" alone in a number cell, its clause in the next cell: the clause's number in the wrong form, not a
    heading; the clause after it is numbered on."""
    clauses = [["1.", [("鼓励", "b"), ("各国农民在田边种植开花植物带；", "")]],
               ["2.", [("邀请", "b"), ("私营部门支持养蜂合作社；", "")]],
               ["3、", [("请", "b"), ("粮食及农业组织编写保护传粉昆虫的指南；", "")]],
               ["4.", [("决定", "b"), ("在下届会议上继续审议这一问题。", "")]]]
    path = _draft(tmp_path, [*ZH_HEAD, [("忆及", "b"), ("各国在保护传粉昆虫方面的承诺，", "")], clauses],
                  "zh-comma.docx")
    found = rules(path, lib)
    # ¶7 preamble; table: ¶8-9, ¶10-11, ¶12-13, ¶14-15
    assert "section-heading" not in found and "numbering-sequence" not in found, found
    assert any(12 in paragraphs for rule, paragraphs in found.items() if rule.startswith("numbering")), found


def test_rows_of_a_table_of_clauses_in_the_wrong_order(tmp_path: Path, lib: library.Library) -> None:
    """Rows numbered 1, 2, 4, 3, 5 in a number cell | clause cell table: the clause cell beside each number is that
    clause's words, no clause left unnumbered, so both rows out of place are found (one finding names both)."""
    clauses = [["1.", [[("Encourages", "i"), (" farmers to leave field margins unmown until late summer;", "")]]],
               ["2.", [[("Invites", "i"), (" beekeepers' associations to train young farmers;", "")]]],
               ["4.", [[("Urges", "i"), (" Member States to restrict the spraying of crops in flower;", "")]]],
               ["3.", [[("Calls upon", "i"), (" research institutes to share data on hive losses;", "")]]],
               ["5.", [[("Requests", "i"), (" a report on pollinators at the next session.", "")]]]]
    path = _draft(tmp_path, [*HEAD, [("Aware", "i"), (" that one crop in three depends on insects,", "")], clauses],
                  "swapped.docx")
    found = rules(path, lib)
    # ¶6 preamble; table: ¶7-8, ¶9-10, ¶11-12, ¶13-14, ¶15-16
    # one slip (two rows swapped), one finding that names both rows (round 32, leftovers32)
    assert found.get("numbering-sequence") == [11], found


def test_a_sponsor_in_the_second_row_of_a_signatories_grid(tmp_path: Path, lib: library.Library) -> None:
    """Sponsors and signatories one State a cell, the "Signatories:" label merged down over two rows (the merged
    cell's empty paragraph stands between the rows' names): the second row's names are the list's too, and a
    sponsor among them is a State in both lists."""
    doc = Document()
    table = doc.add_table(rows=4, cols=4)
    grid = [["Committee:", "Second Committee", "", ""], ["Sponsors:", "Malta", "Peru", "Togo"],
            ["Signatories:", "Chile", "Fiji", "Ghana"], ["", "Kenya", "Peru", "Samoa"]]
    for row, texts in zip(table.rows, grid):
        for cell, text in zip(row.cells, texts):
            _fill(cell.paragraphs[0], text)
    table.cell(0, 1).merge(table.cell(0, 3))
    table.cell(2, 0).merge(table.cell(3, 0))
    for spec in [[("The General Assembly", "i"), (",", "")],
                 [("Aware", "i"), (" that one crop in three depends on insects,", "")],
                 [("1. ", ""), ("Encourages", "i"), (" farmers to sow flowering strips;", "")],
                 [("2. ", ""), ("Requests", "i"), (" a report on pollinators at the next session.", "")]]:
        _fill(doc.add_paragraph(), spec)
    path = tmp_path / "grid.docx"
    doc.save(str(path))
    found = rules(path, lib)
    peru = [i for i, p in enumerate(Document(str(path)).element.body.iter(qn("w:p")), 1)
            if "".join(t.text or "" for t in p.iter(qn("w:t"))) == "Peru"]
    assert found.get("sponsor-signatory") == [peru[-1]], (found, peru)
