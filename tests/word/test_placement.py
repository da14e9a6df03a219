"""Where a paragraph stands beside others (drafter.word.placement): the cell on its line, the tables and row that
hold it, and the cut copy of a paper without its sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml

from drafter.word import placement, reader, runtext
from drafter.word.pages import save_before

NS = f'xmlns:w="{runtext.W_NS}"'


def _table(rows: list[list[list[str]]]) -> tuple[Any, list[list[list[Any]]]]:
    """A document with one table; each cell's list of paragraph texts; returns the document and the w:p elements
    by row and cell."""
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    elements: list[list[list[Any]]] = []
    for row, texts in zip(table.rows, rows, strict=True):
        elements.append([])
        for cell, paragraphs in zip(row.cells, texts, strict=False):
            cell.paragraphs[0].text = paragraphs[0] if paragraphs else ""
            for text in paragraphs[1:]:
                cell.add_paragraph(text)
            elements[-1].append([p._p for p in cell.paragraphs])
    return document, elements


def test_the_text_beside_a_lead_alone_in_its_cell() -> None:
    _, cells = _table([[["Noting with concern"], ["the rise of ransomware,"]],
                       [["Urges"], [""]]])
    assert placement.text_beside(cells[0][0][0]) == "the rise of ransomware,"
    assert placement.text_beside(cells[1][0][0]) == ""  # the cell beside is empty
    assert placement.text_beside(cells[0][1][0]) == ""  # the row's last cell


def test_a_paragraph_sharing_its_cell_has_nothing_beside_it() -> None:
    _, cells = _table([[["1.", "(a)"], ["Calls upon States;"]]])
    assert placement.cell_beside(cells[0][0][0]) is None
    assert placement.text_beside(cells[0][0][0]) == ""


def test_the_lead_alone_before_the_cell_a_paragraph_opens() -> None:
    _, cells = _table([[["Requests"], ["the Secretary-General to report;", "and to consult States;"]],
                       [["Decides", "to remain seized"], ["of the matter."]]])
    assert placement.alone_before(cells[0][1][0]) is cells[0][0][0]
    assert placement.alone_before(cells[0][1][1]) is None  # the cell's second paragraph opens nothing
    assert placement.alone_before(cells[0][0][0]) is None  # the row's first cell
    assert placement.alone_before(cells[1][1][0]) is None  # two paragraphs in the cell before


def test_markup_between_cells_is_passed_over() -> None:
    _, cells = _table([[["Recalling"], ["its resolution 74/247,"]]])
    first_cell = cells[0][0][0].getparent()
    first_cell.addnext(parse_xml(f'<w:bookmarkEnd {NS} w:id="7"/>'))
    assert placement.text_beside(cells[0][0][0]) == "its resolution 74/247,"
    assert placement.in_next_cell(cells[0][0][0], cells[0][1][0])
    assert placement.alone_before(cells[0][1][0]) is cells[0][0][0]


def test_tables_and_rows_holding_a_paragraph() -> None:
    document, cells = _table([[["outer"], ["2. Decides"]], [["last"], [""]]])
    inner = cells[0][1][0].getparent()
    nested = docx.Document().add_table(rows=1, cols=2)
    nested.rows[0].cells[0].text = "2024"
    inner.append(nested._tbl)
    figure = nested.rows[0].cells[0].paragraphs[0]._p
    outer = cells[0][0][0].getparent().getparent().getparent()
    assert placement.tables_holding(cells[0][0][0]) == [outer]
    assert placement.tables_holding(figure) == [nested._tbl, outer]
    body_p = document.add_paragraph("after the table")._p
    assert placement.tables_holding(body_p) == [] and placement.row_holding(body_p) is None
    first_row = placement.row_holding(cells[0][0][0])
    assert first_row is not None and placement.row_after(first_row)
    last_row = placement.row_holding(cells[1][0][0])
    assert last_row is not None and not placement.row_after(last_row)
    assert placement.row_holding(figure) is nested._tbl[-1]


def test_a_paragraph_joined_at_a_struck_mark() -> None:
    document = docx.Document()
    first = document.add_paragraph("Urges States to act")._p
    second = document.add_paragraph("and to cooperate;")._p
    assert not runtext.joined_at_struck_mark(second)
    first.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {NS}><w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr>'))
    assert runtext.joined_at_struck_mark(second)
    run = second.find(f"{runtext.W}r")
    assert runtext.paragraph_of(run) is second


def test_a_copy_cut_before_the_sources(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Position of the Republic of Kenya")
    document.add_paragraph("Sources")
    document.add_paragraph("UNODC, Comprehensive Study on Cybercrime (2013).")
    path = tmp_path / "paper.docx"
    document.save(str(path))
    for reading_only in (False, True):  # read without python-docx, the paragraphs' elements move when it opens
        doc = reader.read(path, reading_only=reading_only)
        heading = next(p for p in doc.paragraphs if p.text == "Sources")
        out = tmp_path / f"cut-{reading_only}.docx"
        assert save_before(doc, heading, out)
        assert [p.text for p in docx.Document(str(out)).paragraphs] == ["Position of the Republic of Kenya"]
    whole = tmp_path / "whole.docx"
    assert not save_before(reader.read(path), None, whole)
    assert len(docx.Document(str(whole)).paragraphs) == 3


def test_the_last_of_a_block_in_document_order() -> None:
    document = docx.Document()
    first, middle, last = (document.add_paragraph(t)._p for t in ("1. Urges", "(a) first", "(b) second"))
    assert placement.last_in_order(first, [first, middle, last]) is last
    assert placement.last_in_order(first, [middle, first]) is middle
    assert placement.last_in_order(last, [last]) is last
    cell = document.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0]._p  # not a sibling: found in the document
    assert placement.last_in_order(first, [first, cell, middle]) is cell
    assert placement.paragraphs_in(document.element.body) == [first, middle, last, cell]


def test_paragraphs_put_in_place() -> None:
    document = docx.Document()
    one, two = (document.add_paragraph(t)._p for t in ("one", "two"))
    made = [parse_xml(f'<w:p xmlns:w="{runtext.W_NS}"><w:r><w:t>{t}</w:t></w:r></w:p>') for t in "abc"]
    placement.put_before(one, made[0])
    placement.put_after(one, made[1])
    placement.put_last(document.element.body, made[2])
    body = document.element.body
    assert [runtext.current_text(p) for p in placement.paragraphs_in(body)] == ["a", "one", "b", "two", "c"]
    assert body[-1].tag == runtext.w("sectPr")  # the section properties still close the body
