"""The general causes behind word-blind8's first-run false alarm and wrong message (bench/students/word-blind8), on
sentences of our own: a Chinese organ line whose body's name holds an enumeration comma (联合国教育、科学及文化组织),
clauses a Word list numbers with the paragraph tags of UN drafts ("OP1", "OP 2") — numbered, in the wrong form — and
a clause laid out right to left (w:bidi), whose label and end mark the page shows at the wrong sides."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from wordlists import abstract, lvl, num, number, set_lists

from drafter import library
from drafter.structure import read_structure
from drafter.structure.classify import worded_clause_number
from drafter.word import reader


def _zh(organ: str) -> list[Para]:
    return ["决议草案", "委员会：青年论坛", "议题：乡村图书馆", "起草国：智利、蒙古", "附议国：奥地利、加纳、秘鲁",
            [(organ, "b"), ("，", "")],
            [("注意到", "u"), ("许多乡村学校没有图书馆，", "")],
            [("1. ", ""), ("鼓励", "u"), ("会员国为乡村学校配备流动图书车；", "")],
            [("2. ", ""), ("请", "u"), ("秘书长报告执行情况。", "")]]


def test_a_chinese_organ_name_with_an_enumeration_comma_is_the_organ_line(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    for organ in ("联合国教育、科学及文化组织", "青年、和平与安全论坛"):
        path = make(tmp_path, _zh(organ), "organ.docx")
        found = rules(path, lib)
        assert "organ-line" not in found and "lead-unknown" not in found, organ
        assert read_structure(reader.read(path), lib).organ.para.index == 6


def test_an_enumeration_comma_at_the_edge_of_a_name_makes_no_organ_line(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    path = make(tmp_path, _zh("、青年组织"), "organ.docx")
    assert read_structure(reader.read(path), lib).organ is None
    assert "organ-line" in rules(path, lib)


EN: list[Para] = ["Committee: Second Committee", "Topic: Rural libraries", "Sponsors: Chile, Mongolia",
                  "Signatories: Austria, Ghana, Peru", [("The General Assembly", "i"), (",", "")],
                  [("Noting", "i"), (" that many village schools have no library,", "")],
                  [("Encourages", "u"), (" Member States to send mobile libraries to village schools;", "")],
                  [("Invites", "u"), (" publishers to give books to those libraries;", "")],
                  [("Requests", "u"), (" the Secretary-General to report on the libraries opened.", "")]]


def _tagged(tmp_path: Path, text: str) -> Path:
    path = make(tmp_path, EN, "tagged.docx")
    doc = Document(str(path))
    set_lists(doc, abstract(1, [lvl(0, "decimal", text, suff="space")]) + num(1, 1))
    for position in (6, 7, 8):
        number(doc.paragraphs[position], 1, 0)
    doc.save(str(path))
    return path


def test_clauses_a_word_list_tags_op1_are_numbered_in_the_wrong_form(tmp_path: Path, lib: library.Library) -> None:
    for text in ("OP%1", "OP %1.", "Op.%1"):
        found = rules(_tagged(tmp_path, text), lib)
        assert found.get("numbering-form") == [7, 8, 9], text
        assert "numbering-absent" not in found, text


def test_paragraph_tags_glued_to_numbers_read_as_worded_numbers() -> None:
    assert worded_clause_number("OP1") == 1
    assert worded_clause_number("PP 12") == 12
    assert worded_clause_number("OP.3:") == 3
    assert worded_clause_number("Clause 4:") == 4
    assert worded_clause_number("1.") is None
    assert worded_clause_number("A1") is None  # one letter: an outline or a cell reference, not a tag
    assert worded_clause_number("op1") is None


def _bidi(tmp_path: Path, on_style: bool = False, value: str | None = None) -> Path:
    """EN's draft, its second clause (paragraph 8) laid out right to left: its own w:bidi, or its paragraph
    style's (a style "Arabic Clause" based on Normal); ``value`` the w:val written ("0": left to right)."""
    path = make(tmp_path, EN, "bidi.docx")
    doc = Document(str(path))
    bidi = OxmlElement("w:bidi")
    if value is not None:
        bidi.set(qn("w:val"), value)
    if on_style:
        style = doc.styles.add_style("Arabic Clause", 1)
        style.base_style = doc.styles["Normal"]
        style.element.get_or_add_pPr().append(bidi)
        doc.paragraphs[7].style = style
    else:
        doc.paragraphs[7]._p.get_or_add_pPr().append(bidi)
    doc.save(str(path))
    return path


def test_a_clause_laid_out_right_to_left_is_reported(tmp_path: Path, lib: library.Library) -> None:
    assert rules(_bidi(tmp_path), lib).get("paragraph-rtl") == [8]
    assert rules(_bidi(tmp_path, on_style=True), lib).get("paragraph-rtl") == [8]
    assert [p.index for p in reader.read(_bidi(tmp_path, value="1")).paragraphs if p.rtl] == [8]


def test_an_explicit_left_to_right_direction_is_no_finding(tmp_path: Path, lib: library.Library) -> None:
    assert "paragraph-rtl" not in rules(_bidi(tmp_path, value="0"), lib)
    assert "paragraph-rtl" not in rules(make(tmp_path, EN, "plain.docx"), lib)
