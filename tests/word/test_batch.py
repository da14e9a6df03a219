"""drafter.word.batch: a batch of paragraph edits made as one, put back whole when it fails."""

from __future__ import annotations

import docx

from drafter.word import batch, edit, runtext


def _document(*texts: str, numbered: bool = False) -> docx.document.Document:
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text, style="List Number" if numbered else None)
    return document


def _texts(document: docx.document.Document) -> list[str]:
    return [runtext.current_text(p) for p in document.element.iter(runtext.w("p"))]


def test_positions_count_every_paragraph_in_document_order() -> None:
    document = _document("one", "two")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).paragraphs[0].add_run("in a cell")
    document.add_paragraph("after")
    positions = batch.paragraph_positions(document)
    ordered = sorted(positions, key=positions.__getitem__)
    assert [runtext.current_text(p) for p in ordered] == ["one", "two", "in a cell", "after"]


def test_a_checkpoint_puts_text_and_list_definitions_back() -> None:
    document = _document("Urges all States;", "Requests the Secretary-General;", numbered=True)
    lists = batch.list_definitions(document)
    assert lists is not None
    definitions_before = len(list(lists))
    checkpoint = batch.Checkpoint(document)
    first = document.paragraphs[0]._p
    assert edit.replace(first, 0, 5, "Calls upon")
    lists.remove(list(lists)[-1])
    assert _texts(document)[0] == "Calls upon all States;"
    elements = checkpoint.restore()
    assert [runtext.current_text(p) for p in elements] == ["Urges all States;", "Requests the Secretary-General;"]
    assert len(list(lists)) == definitions_before
    assert first not in elements  # the restored paragraphs are new elements


def test_a_document_without_numbering_has_no_list_definitions() -> None:
    document = _document("plain")
    part = document.part
    for rel in list(part.rels.values()):
        if rel.reltype.endswith("/numbering"):
            part.drop_rel(rel.rId)
    assert batch.list_definitions(document) is None
    checkpoint = batch.Checkpoint(document)
    edit.replace(document.paragraphs[0]._p, 0, 5, "changed")
    assert [runtext.current_text(p) for p in checkpoint.restore()] == ["plain"]


def test_the_last_part_of_a_split_paragraph() -> None:
    document = _document("1. Urges States;\n2. Requests the Secretary-General;", "Decides to remain seized.")
    first, following = document.paragraphs[0]._p, document.paragraphs[1]._p
    text = runtext.current_text(first)
    cut = text.index("\n")
    assert edit.split(first, cut, cut + 1)
    last = batch.last_part(first, following)
    assert runtext.current_text(last) == "2. Requests the Secretary-General;"
    assert batch.next_element(last) is following
    assert batch.last_part(following, batch.next_element(following)) is following  # not split: itself


def test_an_opening_is_dropped_only_when_runs_hold_exactly_it() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("12 ")
    paragraph.add_run("Urges all States;")
    assert not batch.drop_opening(paragraph._p, 2)  # "12" is not a run of its own
    assert runtext.current_text(paragraph._p) == "12 Urges all States;"
    assert batch.drop_opening(paragraph._p, 3)
    assert runtext.current_text(paragraph._p) == "Urges all States;"
