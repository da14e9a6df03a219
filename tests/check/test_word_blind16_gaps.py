"""The general causes behind word-blind16's first-run misses and false alarms (bench/students/word-blind16), on
sentences of our own: an operative part typed into a text box under the preamble (a template's frame), and clause
numbers made by self-numbering fields (AUTONUM, LISTNUM) after a preambular clause that holds one too."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from lxml import etree

from drafter import library
from drafter.word import reader, runtext

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Safe footbridges over rural rivers",
                    "Sponsors: Nepal, Peru", "Signatories: Bhutan, Ecuador, Malawi",
                    [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that children in many villages wade across rivers to reach school,", "")],
                    [("Aware", "i"), (" that a simple footbridge costs less than one season of lost harvests,", "")]]


def _w(tag: str, **attrs: str) -> etree._Element:
    node = etree.Element(f"{{{W}}}{tag}")
    for key, value in attrs.items():
        node.set(f"{{{W}}}{key}", value)
    return node


def _run(text: str, underline: bool = False) -> etree._Element:
    r = _w("r")
    if underline:
        rpr = _w("rPr")
        rpr.append(_w("u", val="single"))
        r.append(rpr)
    t = _w("t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def _boxed(paragraph: etree._Element, lines: list[list[tuple[str, bool]]]) -> None:
    """Anchor an inline VML text box holding ``lines`` (runs of text, underlined or not) in ``paragraph``."""
    shape = etree.Element(f"{{{V}}}shape", type="#_x0000_t202", style="width:450pt;height:120pt")
    box = etree.SubElement(shape, f"{{{V}}}textbox")
    content = _w("txbxContent")
    for line in lines:
        p = _w("p")
        for text, underline in line:
            p.append(_run(text, underline))
        content.append(p)
    box.append(content)
    pict = _w("pict")
    pict.append(shape)
    r = _w("r")
    r.append(pict)
    paragraph.append(r)


def _with_box(tmp_path: Path, lines: list[list[tuple[str, bool]]], at: int, body: list[Para]) -> Path:
    path = make(tmp_path, body, "boxed.docx")
    doc = Document(str(path))
    _boxed(doc.paragraphs[at]._p, lines)
    doc.save(str(path))
    return path


CLAUSES = [[("1. ", False), ("Encourages", True), (" districts to list the crossings children use;", False)],
           [("2. ", False), ("Calls Upon", True), (" donors to fund footbridges at those crossings;", False)],
           [("3. ", False), ("Requests", True), (" a report on the bridges built.", False)]]


def test_an_operative_part_in_a_text_box_under_the_preamble_is_read(tmp_path: Path, lib: library.Library) -> None:
    path = _with_box(tmp_path, CLAUSES, 7, [*HEAD, ""])
    found = rules(path, lib)
    assert "no-operative" not in found
    assert found.get("capital-after-lead") == [10]  # the box's second paragraph, read after its anchor (¶8)
    doc = reader.read(path)
    assert [p.anchor for p in doc.paragraphs[8:]] == [8, 8, 8] and doc.paragraphs[7].boxed == []


def test_a_one_line_box_stays_with_its_anchor(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, [("1. ", ""), ("Encourages", "u"), (" districts to list river crossings;", "")],
            [("2. ", ""), ("Requests", "u"), (" a report on the bridges built.", "")]]
    path = _with_box(tmp_path, [[("DELEGATE COPY - NOT FOR CIRCULATION", False)]], 0, body)
    doc = reader.read(path)
    assert len(doc.paragraphs) == len(body) and doc.paragraphs[0].boxed == ["DELEGATE COPY - NOT FOR CIRCULATION"]
    assert not rules(path, lib)


def _field(paragraph: etree._Element, instr: str, result: str | None) -> None:
    """Put a complex field (with its stored result, if any) and a tab before the paragraph's runs."""
    nodes = [_w("r"), _w("r")]
    nodes[0].append(_w("fldChar", fldCharType="begin"))
    instr_text = _w("instrText")
    instr_text.text = f" {instr} "
    nodes[1].append(instr_text)
    if result is not None:
        separate, shown = _w("r"), _run(result)
        separate.append(_w("fldChar", fldCharType="separate"))
        nodes += [separate, shown]
    end, tab = _w("r"), _w("r")
    end.append(_w("fldChar", fldCharType="end"))
    tab.append(_w("tab"))
    nodes += [end, tab]
    first = paragraph.find(f"{{{W}}}r")
    for node in nodes:
        first.addprevious(node)


def _numbered(tmp_path: Path, instr: str | None) -> Path:
    """The last preambular clause and the three clauses numbered "1." … "4." by fields ``instr`` (typed when None)."""
    clauses = [("Encourages", " districts to list the crossings children use;"),
               ("Calls upon", " donors to fund footbridges at those crossings;"),
               ("Requests", " a report on the bridges built.")]
    body = [*HEAD[:-1], [("Recognizing", "i"), (" the skills of village carpenters,", "")],
            *[[(lead, "u"), (rest, "")] for lead, rest in clauses]]
    if instr is None:
        body[6:] = [[(f"{k}.\t", ""), *spec] for k, spec in enumerate(body[6:], 1)]  # type: ignore[misc]
        return make(tmp_path, body, "typed.docx")
    path = make(tmp_path, body, "fields.docx")
    doc = Document(str(path))
    for k, paragraph in enumerate(doc.paragraphs[6:], 1):
        _field(paragraph._p, instr, f"{k}.")
    doc.save(str(path))
    return path


def test_clauses_numbered_by_autonum_after_a_numbered_preambular_clause(tmp_path: Path,
                                                                       lib: library.Library) -> None:
    found = rules(_numbered(tmp_path, "AUTONUM"), lib)
    assert found.get("preambular-numbered") == [7]
    assert "numbering-sequence" not in found  # taking the preambular field away renumbers them: no second fault


def test_typed_numbers_after_a_numbered_preambular_clause_are_still_out_of_sequence(tmp_path: Path,
                                                                                    lib: library.Library) -> None:
    found = rules(_numbered(tmp_path, None), lib)
    # the count running on from the numbered preambular clause is that clause's finding: its fix takes the number
    # away and renumbers the clauses after it (round 32, leftovers32: one slip, one finding)
    assert found.get("preambular-numbered") == [7] and "numbering-sequence" not in found


def test_seq_fields_show_their_stored_number(tmp_path: Path, lib: library.Library) -> None:
    found = rules(_numbered(tmp_path, "SEQ clause \\* ARABIC"), lib)  # SEQ counts only when fields are updated
    assert found.get("preambular-numbered") == [7] and "numbering-sequence" not in found  # (as typed numbers)


def test_the_field_that_numbers_a_paragraph() -> None:
    p = _w("p")
    p.append(_run("Urges States to act;"))
    assert runtext.number_field(p) is None
    _field(p, "LISTNUM NumberDefault \\l 1", "1)")
    assert runtext.number_field(p) == "LISTNUM NumberDefault"
    q = _w("p")
    simple = _w("fldSimple", instr=" AUTONUM ")
    simple.append(_run("1."))
    q.append(simple)
    q.append(_run(" Urges States to act;"))
    assert runtext.number_field(q) == "AUTONUM"
    s = _w("p")
    s.append(_run("Urges States to act;"))
    _field(s, "SEQ clause \\* ARABIC", "1")
    assert runtext.number_field(s) is None
