"""``--fix`` on a label typed with a tab after it ("1.<w:tab/>Urges"), reaching its fixed point in one pass: the
label goes with its tab; a preamble numbered by AUTONUM fields loses its field and the clauses' fields are counted
again as Word counts them (their stored results rewritten, the fields kept); a typed clause of a merged draft
moved into Word's list shows the number of its place at once. Each draft is fixed twice: the second pass changes
nothing."""

from __future__ import annotations

from pathlib import Path

from docmaker import Para, make
from docx import Document
from lxml import etree
from wordlists import abstract, lvl, num, numbered_draft

from drafter import check, library
from drafter.check import fix
from drafter.word import reader, runtext

W = runtext.W_NS

HEAD: list[Para] = ["Committee: Economic and Social Council", "Topic: Safe drinking water in rural clinics",
                    "Sponsors: Ghana, Uruguay", "Signatories: Bhutan, Latvia, Samoa",
                    [("The Economic and Social Council", "i"), (",", "")],
                    [("Aware", "i"), (" that many rural clinics have no tap of clean water,", "")]]


def _w(tag: str, **attrs: str) -> etree._Element:
    node = etree.Element(f"{{{W}}}{tag}")
    for key, value in attrs.items():
        node.set(f"{{{W}}}{key}", value)
    return node


def _autonum(paragraph: etree._Element, result: str, instr_code: str = " AUTONUM ") -> None:
    """Put an AUTONUM field with its stored result, and a tab, before the paragraph's runs (as Word saves it)."""
    begin, code, separate, shown, end, tab = (_w("r") for _ in range(6))
    begin.append(_w("fldChar", fldCharType="begin"))
    instr = _w("instrText")
    instr.text = instr_code
    code.append(instr)
    separate.append(_w("fldChar", fldCharType="separate"))
    t = _w("t")
    t.text = result
    shown.append(t)
    end.append(_w("fldChar", fldCharType="end"))
    tab.append(_w("tab"))
    first = paragraph.find(f"{{{W}}}r")
    for node in (begin, code, separate, shown, end, tab):
        first.addprevious(node)


def _fixed_twice(path: Path, lib: library.Library, tmp_path: Path) -> tuple[list[reader.Paragraph], list[str]]:
    """Fix ``path``, then fix the fixed copy: the fixed copy's paragraphs, and the rules the second pass fixed
    (asserting it changed no paragraph's label or text)."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    again, again_doc = check.check_file(tmp_path / "once.docx", lib)
    fixed, _ = fix.fix(again, again_doc, tmp_path / "twice.docx", force=True)
    once = [(p.label, p.text) for p in reader.read(tmp_path / "once.docx").paragraphs]
    assert [(p.label, p.text) for p in reader.read(tmp_path / "twice.docx").paragraphs] == once
    return reader.read(tmp_path / "once.docx").paragraphs, [f.rule for f in fixed]


def test_fix_deletes_a_typed_label_with_the_tab_after_it(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, [("1.\t", ""), ("Noting", "i"), (" that boiled water is not always safe to drink,", "")],
            [("1.\t", ""), ("Encourages", "u"), (" Member States to test clinic wells every season;", "")],
            [("2.\t", ""), ("Requests", "u"), (" a report on the wells tested.", "")]]
    path = make(tmp_path, body, "typed.docx")
    report, _ = check.check_file(path, lib)
    assert [f.paragraph for f in report.findings if f.rule == "preambular-numbered"] == [7]
    paragraphs, second = _fixed_twice(path, lib, tmp_path)
    assert paragraphs[6].text == "Noting that boiled water is not always safe to drink,"  # no number, no tab
    assert [p.text[:3] for p in paragraphs[7:]] == ["1.\t", "2.\t"]
    assert second == []


def _autonum_draft(tmp_path: Path, separator: str = ".") -> Path:
    """The last preambular paragraph numbered "1." by an AUTONUM field, like the three clauses after it."""
    body = [*HEAD, [("Noting", "i"), (" that boiled water is not always safe to drink,", "")],
            [("Encourages", "u"), (" Member States to test clinic wells every season;", "")],
            [("Invites", "u"), (" donors to fund filters for clinics;", "")],
            [("Requests", "u"), (" a report on the wells tested.", "")]]
    path = make(tmp_path, body, "autonum.docx")
    doc = Document(str(path))
    code = " AUTONUM " if separator == "." else f' AUTONUM \\s "{separator}" '
    for k, paragraph in enumerate(doc.paragraphs[6:], 1):
        _autonum(paragraph._p, f"{k}{separator}", code)
    doc.save(str(path))
    return path


def test_fix_of_an_autonum_preamble_counts_the_clauses_fields_again(tmp_path: Path, lib: library.Library) -> None:
    path = _autonum_draft(tmp_path)
    report, _ = check.check_file(path, lib)
    assert [(f.rule, f.paragraph) for f in report.findings if f.severity == "error"] == [("preambular-numbered", 7)]
    paragraphs, second = _fixed_twice(path, lib, tmp_path)
    assert paragraphs[6].text.startswith("Noting")
    assert [p.text.split("\t")[0] for p in paragraphs[7:]] == ["1.", "2.", "3."]  # Word counts them so
    fixed = Document(str(tmp_path / "once.docx")).element.body
    assert len(list(fixed.iter(f"{{{W}}}instrText"))) == 3  # the clauses' fields are kept
    assert second == []


def test_fix_of_an_autonum_preamble_and_the_clauses_number_form_in_one_pass(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    """Fields that show "2)" "3)" "4)" after the preamble's "1)": the form's fix writes each clause's number as it
    will be counted without the preamble's ("1."), and the preamble's fix leaves those numbers to it."""
    path = _autonum_draft(tmp_path, ")")
    report, _ = check.check_file(path, lib)
    assert [(f.rule, f.paragraph) for f in report.findings if f.severity == "error"] == [
        ("preambular-numbered", 7), ("numbering-form", 8), ("numbering-form", 9), ("numbering-form", 10)]
    paragraphs, second = _fixed_twice(path, lib, tmp_path)
    assert [p.text.split("\t")[0] for p in paragraphs[6:]] == ["Noting that boiled water is not always safe to drink,",
                                                                "1.", "2.", "3."]
    assert second == []


def test_fix_of_a_typed_clause_in_a_merged_draft_numbers_it_in_its_place(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    """Two drafts merged: the first draft's clauses in one Word list, the second's in a list of their own that
    starts at 3, then a clause typed "5." and the first draft's last clause (its list's "3."). Moved into Word's
    list, the typed clause shows "5." at once, and the clause after it "6."."""
    body = [*HEAD, [("Encourages", "u"), (" Member States to test clinic wells every season;", "")],
            [("Invites", "u"), (" donors to fund filters for clinics;", "")],
            [("Calls upon", "u"), (" health ministries to train clinic staff in water safety;", "")],
            [("Recommends", "u"), (" that clinics keep a record of the water they use;", "")],
            [("5.\t", ""), ("Urges", "u"), (" regional banks to lend for rain tanks at clinics;", "")],
            [("Requests", "u"), (" a report on the wells tested.", "")]]
    lists = (abstract(1, [lvl(0, "decimal", "%1.")]) + num(1, 1)
             + abstract(2, [lvl(0, "decimal", "%1.", start=3)]) + num(2, 2))
    path = numbered_draft(tmp_path, body, lists, {6: (1, 0), 7: (1, 0), 8: (2, 0), 9: (2, 0), 11: (1, 0)})
    report, _ = check.check_file(path, lib)
    assert [f.paragraph for f in report.findings if f.rule == "numbering-mixed"] == [11]
    paragraphs, second = _fixed_twice(path, lib, tmp_path)
    assert [(p.label, p.text[:6]) for p in paragraphs[6:]] == [
        ("1.", "Encour"), ("2.", "Invite"), ("3.", "Calls "), ("4.", "Recomm"), ("5.", "Urges "), ("6.", "Reques")]
    assert second == []
