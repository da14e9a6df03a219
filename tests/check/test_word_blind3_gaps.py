"""The general causes behind word-blind3's first-run misses (bench/students/word-blind3), on sentences of our own:
hidden text, content controls still showing their placeholder, operative clauses typed in the cells of a table, a
table introduced by a chapeau, and a second clause typed after a manual line break in the same paragraph."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import parse_xml

from drafter import library
from drafter.word import reader, runtext

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
HEAD: list[Para] = ["Committee: Second Committee", "Topic: Tide gauges on small islands", "Sponsors: Tonga, Palau",
                    "Signatories: Malta, Fiji"]
ORGAN: Para = [("The General Assembly", "i"), (",", "")]
PRE: Para = [("Noting", "i"), (" that many small islands have no working tide gauge,", "")]
OP1: Para = [("1. ", ""), ("Encourages", "u"), (" donors to fund tide gauges on every inhabited atoll;", "")]
OP2: Para = [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report on the network.", "")]


def _edit(path: Path, index: int, xml: str, replace: bool = False) -> Path:
    """Append the runs ``xml`` to paragraph ``index`` (0-based), or put them in place of its runs."""
    doc = Document(str(path))
    p = doc.paragraphs[index]._p
    if replace:
        for r in list(p):
            if r.tag != p.tag.replace("}p", "}pPr"):
                p.remove(r)
    for element in parse_xml(f"<w:wrap {W}>{xml}</w:wrap>"):
        p.append(element)
    doc.save(str(path))
    return path


def _run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


# -- hidden text ---------------------------------------------------------------------------------------------

def test_hidden_text_is_no_part_of_a_paragraph(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, ORGAN, [("Aware", "i"), (" that tide records go back a century in a few ports", "")], OP1, OP2]
    path = _edit(make(tmp_path, body), 5, _run(" [ask Tonga. Which ports?]", "<w:vanish/>") + _run(","))
    assert reader.read(path).paragraphs[5].text == "Aware that tide records go back a century in a few ports,"
    assert "stray-full-stop" not in rules(path, lib)


def test_a_hidden_lead_leaves_the_clause_without_one(tmp_path: Path, lib: library.Library) -> None:
    path = _edit(make(tmp_path, [*HEAD, ORGAN, PRE, "", OP1, OP2]), 7,
                 _run("Welcoming", "<w:i/><w:vanish/>") + _run(" the regional sea-level centre in Suva,"),
                 replace=True)
    assert 8 in rules(path, lib).get("lead-form", [])


def test_vanish_switched_off_is_shown() -> None:
    run = parse_xml(f'<w:r {W}><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>seen</w:t></w:r>')
    assert not runtext.hidden(run)


# -- content controls showing their placeholder ----------------------------------------------------------------

def _control(text: str, placeholder: bool) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="Signatories"/>{shown}<w:text/></w:sdtPr>'
            f"<w:sdtContent>{_run(text)}</w:sdtContent></w:sdt>")


def test_a_heading_field_still_showing_its_placeholder_is_missing(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD[:3], "Signatories: ", ORGAN, PRE, OP1, OP2]
    path = _edit(make(tmp_path, body), 3, _control("Click or tap here to enter text.", placeholder=True))
    assert reader.read(path).paragraphs[3].text == "Signatories: "
    assert "heading-missing" in rules(path, lib)


def test_a_filled_content_control_is_text(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD[:3], "Signatories: ", ORGAN, PRE, OP1, OP2]
    path = _edit(make(tmp_path, body), 3, _control("Malta, Fiji", placeholder=False))
    assert reader.read(path).paragraphs[3].text == "Signatories: Malta, Fiji"
    assert "heading-missing" not in rules(path, lib)


# -- tables in the body ----------------------------------------------------------------------------------------

def _in_table(path: Path, first: int, last: int) -> Path:
    """Move paragraphs ``first``..``last`` (0-based) into the rows of a one-column table, one a row."""
    doc = Document(str(path))
    paragraphs = doc.paragraphs[first:last + 1]
    table = doc.add_table(rows=len(paragraphs), cols=1)
    paragraphs[0]._p.addprevious(table._tbl)
    for row, paragraph in zip(table.rows, paragraphs, strict=True):
        cell = row.cells[0]
        cell._tc.remove(cell.paragraphs[0]._p)
        cell._tc.append(paragraph._p)
    doc.save(str(path))
    return path


def test_operative_clauses_typed_in_table_rows_are_the_operative_part(tmp_path: Path, lib: library.Library) -> None:
    middle: Para = [("2. ", ""), ("Invites", "u"), (" regional bodies to train gauge technicians.", "")]
    last: Para = [("3. ", ""), ("Requests", "u"), (" the Secretary-General to report on the network.", "")]
    path = _in_table(make(tmp_path, [*HEAD, ORGAN, PRE, OP1, middle, last]), 6, 8)
    found = rules(path, lib)
    assert "no-operative" not in found
    assert found.get("operative-end") == [8]


def test_a_heading_laid_out_in_a_table_stays_the_heading(tmp_path: Path, lib: library.Library) -> None:
    path = _in_table(make(tmp_path, [*HEAD, ORGAN, PRE, OP1, OP2]), 0, 3)
    found = rules(path, lib)
    assert not {"heading-missing", "no-operative", "operative-end"} & set(found)


def test_a_chapeau_may_introduce_a_table_of_figures(tmp_path: Path, lib: library.Library) -> None:
    chapeau: Para = [("2. ", ""), ("Adopts", "u"), (" the following targets for gauges in operation:", "")]
    last: Para = [("3. ", ""), ("Requests", "u"), (" the Secretary-General to report on the network.", "")]
    path = _in_table(make(tmp_path, [*HEAD, ORGAN, PRE, OP1, chapeau, "2028: 40 gauges", "2032: 90 gauges", last]),
                     8, 9)
    found = rules(path, lib)
    assert "operative-end" not in found
    assert "final-stop" not in found


def test_a_chapeau_with_nothing_after_it_still_lacks_its_end(tmp_path: Path, lib: library.Library) -> None:
    chapeau: Para = [("2. ", ""), ("Adopts", "u"), (" the following targets for gauges in operation:", "")]
    last: Para = [("3. ", ""), ("Requests", "u"), (" the Secretary-General to report on the network.", "")]
    found = rules(make(tmp_path, [*HEAD, ORGAN, PRE, OP1, chapeau, last]), lib)
    assert 8 in found.get("operative-end", []) + found.get("chapeau-colon", [])


# -- a second clause after a manual line break -------------------------------------------------------------------

def test_a_second_clause_after_a_line_break_is_one_finding(tmp_path: Path, lib: library.Library) -> None:
    both: Para = [("1. ", ""), ("Encourages", "u"), (" donors to fund tide gauges;\n", ""), ("Invites", "u"),
                  (" universities to archive old tide records;", "")]
    found = rules(make(tmp_path, [*HEAD, ORGAN, PRE, both, OP2]), lib)
    assert found.get("clause-after-break") == [7]
    assert "emphasis-in-text" not in found


def test_a_line_break_inside_one_clause_is_no_fault(tmp_path: Path, lib: library.Library) -> None:
    one: Para = [("1. ", ""), ("Encourages", "u"), (" donors to fund tide gauges on every atoll\nand on the "
                                                    "outer islands;", "")]
    found = rules(make(tmp_path, [*HEAD, ORGAN, PRE, one, OP2]), lib)
    assert "clause-after-break" not in found
