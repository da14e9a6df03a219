"""Four gaps word-blind3 left in the checker, on sentences of our own: a whole paragraph that is a content control
still showing its placeholder, text hidden through a style, and a second clause (operative or preambular) typed
after a manual line break, which --fix now splits into a paragraph of its own."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import parse_xml

from drafter import library
from drafter.word import reader, runtext

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
HEAD: list[Para] = ["Committee: Fourth Committee", "Topic: Seed banks in dry lands", "Sponsors: Chad, Niger",
                    "Signatories: Mali, Oman"]
ORGAN: Para = [("The General Assembly", "i"), (",", "")]
PRE: Para = [("Noting", "i"), (" that few dry-land seed banks keep duplicates abroad,", "")]
OP1: Para = [("1. ", ""), ("Encourages", "u"), (" seed banks to send duplicate samples to a second vault;", "")]
OP2: Para = [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report on the duplicates held.", "")]
ZH_HEAD: list[Para] = ["决议草案", "委员会：第四委员会", "议题：旱地种子库", "起草国：乍得", "附议国：马里"]


def _block_control(path: Path, index: int, placeholder: bool) -> Path:
    """Put body paragraph ``index`` (0-based) into a block-level content control, showing its placeholder or not."""
    doc = Document(str(path))
    p = doc.paragraphs[index]._p
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    sdt = parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="Clause"/><w:id w:val="7"/>{shown}</w:sdtPr>'
                    "<w:sdtContent/></w:sdt>")
    p.addprevious(sdt)
    sdt[-1].append(p)
    doc.save(str(path))
    return path


# -- 1. a block-level content control still showing its placeholder -------------------------------------------

def test_a_paragraph_control_showing_its_placeholder_reads_as_empty(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, ORGAN, PRE, OP1, "Click or tap here to enter text.", OP2]
    path = _block_control(make(tmp_path, body), 7, placeholder=True)
    doc = reader.read(path)
    assert doc.paragraphs[7].text == ""
    assert doc.paragraphs[6].text.startswith("1. Encourages")
    found = rules(path, lib)
    assert 8 not in [i for found_at in found.values() for i in found_at]  # nothing said about the placeholder


def test_a_filled_paragraph_control_is_read(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, ORGAN, PRE, OP1, OP2]
    path = _block_control(make(tmp_path, body), 7, placeholder=False)
    assert reader.read(path).paragraphs[7].text.startswith("2. Requests the Secretary-General")


def test_a_chinese_paragraph_control_showing_its_placeholder_reads_as_empty(tmp_path: Path) -> None:
    body = [*ZH_HEAD, "大会，", [("注意到", "u"), ("旱地种子库很少在国外保存备份，", "")], "单击或点击此处输入文字。",
            [("1. ", ""), ("请", "u"), ("秘书长报告备份情况。", "")]]
    path = _block_control(make(tmp_path, body), 7, placeholder=True)
    doc = reader.read(path)
    assert doc.paragraphs[7].text == ""
    assert doc.paragraphs[8].text == "1. 请秘书长报告备份情况。"


def test_a_placeholder_around_table_cells_hides_their_text() -> None:
    cell_control = parse_xml(
        f'<w:tbl {W}><w:tr><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:tc><w:p><w:r>'
        "<w:t>Click or tap here to enter text.</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>"
        "<w:tc><w:p><w:r><w:t>typed</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    texts = [runtext.current_text(p) for p in cell_control.iter(runtext.w("p"))]
    assert texts == ["", "typed"]
