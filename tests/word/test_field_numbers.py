"""Self-numbering fields (AUTONUM, AUTONUMLGL, AUTONUMOUT, LISTNUM) saved without a result, as Word saves them: the
reader shows the numbers Word counts at display, and a fix of such a number turns the field into its text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Run
from docmaker import Para, make
from docx import Document
from lxml import etree

from drafter import library
from drafter.check import checker as check
from drafter.word import fieldnumbers, reader, runtext

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD: list[Para] = ["Committee: Sixth Committee", "Topic: Lighthouses on shared coasts",
                    "Sponsors: Oman, Uruguay", "Signatories: Fiji, Ghana, Norway",
                    [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that many lighthouses on shared coasts are no longer kept,", "")]]
CLAUSES: list[Para] = [[("Invites", "u"), (" coastal States to share the keeping of lighthouses;", "")],
                       [("Encourages", "u"), (" the training of keepers;", "")],
                       [("Requests", "u"), (" a report on the lighthouses kept.", "")]]


def _w(tag: str, **attrs: str) -> etree._Element:
    node = etree.Element(f"{{{W}}}{tag}")
    for key, value in attrs.items():
        node.set(f"{{{W}}}{key}", value)
    return node


def _code_runs(instr: str, result: str | None = None) -> list[etree._Element]:
    """A complex field as Word writes it: begin, code, (separate and a stored result,) end; then a tab."""
    begin, code, end, tab = _w("r"), _w("r"), _w("r"), _w("r")
    begin.append(_w("fldChar", fldCharType="begin"))
    text = _w("instrText")
    text.text = f" {instr} "
    code.append(text)
    end.append(_w("fldChar", fldCharType="end"))
    tab.append(_w("tab"))
    middle: list[etree._Element] = []
    if result is not None:
        separate, shown = _w("r"), _w("r")
        separate.append(_w("fldChar", fldCharType="separate"))
        t = _w("t")
        t.text = result
        shown.append(t)
        middle = [separate, shown]
    return [begin, code, *middle, end, tab]


def _draft(tmp_path: Path, instrs: list[str], simple: bool = False) -> Path:
    """HEAD and the three clauses, each numbered by a field of code ``instrs[k]`` saved without a result."""
    path = make(tmp_path, [*HEAD, *CLAUSES], "fields.docx")
    doc = Document(str(path))
    for paragraph, instr in zip(doc.paragraphs[len(HEAD):], instrs, strict=True):
        first = paragraph._p.find(f"{{{W}}}r")
        if simple:
            tab = _w("r")
            tab.append(_w("tab"))
            first.addprevious(_w("fldSimple", instr=f" {instr} "))
            first.addprevious(tab)
            continue
        for node in _code_runs(instr):
            first.addprevious(node)
    doc.save(str(path))
    return path


def _shown(path: Path) -> list[str]:
    return [p.text.split("\t")[0] for p in reader.read(path).paragraphs[len(HEAD):]]


@pytest.mark.parametrize("instrs, labels", [
    (["AUTONUM"] * 3, ["1.", "2.", "3."]),
    (["AUTONUM \\* ROMAN"] * 3, ["I.", "II.", "III."]),
    (['AUTONUM \\s ")"'] * 3, ["1)", "2)", "3)"]),
    (["AUTONUMLGL"] * 3, ["1.", "2.", "3."]),
    (["AUTONUMOUT"] * 3, ["I.", "II.", "III."]),
    (['LISTNUM "NumberDefault" \\l 1'] * 3, ["1)", "2)", "3)"]),
    (["LISTNUM", "LISTNUM \\l 2", "LISTNUM \\l 1"], ["1)", "a)", "2)"]),
    (["LISTNUM LegalDefault", "LISTNUM LegalDefault \\l 2", "LISTNUM LegalDefault"], ["1.", "1.1.", "2."]),
    (["LISTNUM \\s 4"] + ["LISTNUM"] * 2, ["4)", "5)", "6)"]),
    (["AUTONUM", "LISTNUM", "AUTONUM"], ["1.", "1)", "2."]),  # each kind counts on its own
])
def test_numbers_as_word_counts_them(tmp_path: Path, instrs: list[str], labels: list[str]) -> None:
    assert _shown(_draft(tmp_path, instrs)) == labels


def test_simple_fields_are_counted_too(tmp_path: Path) -> None:
    assert _shown(_draft(tmp_path, ["AUTONUM"] * 3, simple=True)) == ["1.", "2.", "3."]


def test_a_stale_stored_result_gives_way_to_words_count() -> None:
    """Word counts AUTONUM again on opening ("You cannot manually update an AUTONUM field"): a stored result the
    count differs from (left when another field was taken out) is no number the page shows."""
    body = _w("body")
    for result in ("9.", None, "3."):
        p = _w("p")
        for node in _code_runs("AUTONUM", result):
            p.append(node)
        body.append(p)
    assert fieldnumbers.show_numbers(body) == 2  # the stale "9." and the empty one; "3." is right already
    assert [runtext.current_text(p) for p in body] == ["1.\t", "2.\t", "3.\t"]
    assert fieldnumbers.show_numbers(body) == 0
    assert fieldnumbers.show_numbers(_w("body")) == 0


def test_counted_without_a_paragraph_counts_on_without_its_field() -> None:
    body = _w("body")
    for _ in range(4):
        p = _w("p")
        for node in _code_runs("AUTONUM"):
            p.append(node)
        body.append(p)
    fieldnumbers.show_numbers(body)
    first, *rest = list(body)
    counted = fieldnumbers.counted_without([first])
    assert first not in counted
    assert [[text for _, text in counted[p]] for p in rest] == [["1."], ["2."], ["3."]]


def test_a_draft_numbered_by_autonum_reads_numbered(tmp_path: Path, lib: library.Library) -> None:
    report, _ = check.check_file(_draft(tmp_path, ["AUTONUM"] * 3), lib)
    assert not [f.rule for f in report.findings if f.severity in ("error", "warning")]


def test_a_fix_of_a_field_number_writes_it_as_text(tmp_path: Path, run: Run) -> None:
    path = _draft(tmp_path, ['LISTNUM "NumberDefault" \\l 1'] * 3)
    fixed, again = tmp_path / "fixed.docx", tmp_path / "again.docx"
    status, _, _ = run("check", str(path), "--fix", str(fixed))
    assert status != 0  # the draft had faults
    body = Document(str(fixed)).element.body
    assert not list(body.iter(f"{{{W}}}instrText"))  # Word would count "1)" again from a field left in place
    assert _shown(fixed) == ["1.", "2.", "3."]
    status, _, _ = run("check", str(fixed), "--fix", str(again))
    assert [p.text for p in reader.read(again).paragraphs] == [p.text for p in reader.read(fixed).paragraphs]


def test_a_field_in_a_tracked_deletion_or_a_text_box_is_counted_where_it_shows() -> None:
    """Counted over the text a reader sees once changes are accepted: a deleted field is no number, and a field in a
    text box counts once, in the text box's own paragraph (not again in the paragraph that anchors the box)."""
    body = _w("body")
    first, deleted, boxed, last = _w("p"), _w("p"), _w("p"), _w("p")
    for node in _code_runs("AUTONUM"):
        first.append(node)
    removal = _w("del", id="1", author="Chair")
    for node in _code_runs("AUTONUM"):
        removal.append(node)
    deleted.append(removal)
    inner = _w("p")
    for node in _code_runs("AUTONUM"):
        inner.append(node)
    box_run, box = _w("r"), _w("txbxContent")
    box.append(inner)
    box_run.append(box)
    boxed.append(box_run)
    for node in _code_runs("AUTONUM"):
        last.append(node)
    for p in (first, deleted, boxed, last):
        body.append(p)
    assert fieldnumbers.show_numbers(body) == 3
    assert [runtext.current_text(p) for p in (first, inner, last)] == ["1.\t", "2.\t", "3.\t"]
    assert runtext.number_field(last) == "AUTONUM"
