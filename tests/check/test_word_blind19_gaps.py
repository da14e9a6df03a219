"""The general causes behind word-blind19's first-run misses and false alarms (bench/students/word-blind19), on
sentences of our own: what a PDF-to-Word converter leaves in a draft — a booklet's margin line numbers kept as text
before the lines, the booklet's page footers and running headers (Chinese ones too) typed into the body, page
footers that a frame puts in the page's bottom margin, a preambular clause split after a comma at the PDF's line
end — and a first item typed with the next clause's number at the items' indent."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.shared import Twips
from lxml import etree

from drafter import library
from drafter.word import reader

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Public drinking fountains in cities",
                    "Sponsors: Jordan, Portugal", "Signatories: Chile, Ghana, Viet Nam",
                    [("The General Assembly", "i"), (",", "")]]


def test_booklet_line_numbers_before_lines_are_read_as_the_margin(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD,
            [("Noting", "i"), (" that many city parks have no place where people can drink water for free,", "")],
            [("5\t", ""), ("Aware", "i"), (" that fountains cut the waste of plastic bottles in busy streets and", "")],
            [("10\t", ""), ("squares,", "")],
            [("\t1.\t", ""), ("Encourages", "u"), (" cities to map the fountains that still work;", "")],
            [("15\t", ""), ("2.\t", ""), ("Invites", "u"), (" water utilities to test the water of every fountain each month;", "")],
            [("\t3.\t", ""), ("Requests", "u"), (" a report on the fountains repaired.", "")]]
    path = make(tmp_path, body, "lines.docx")
    doc = reader.read(path)
    assert doc.paragraphs[6].text.startswith("Aware") and doc.paragraphs[7].text == "squares,"
    assert doc.paragraphs[9].text.startswith("2.\tInvites")
    found = rules(path, lib)
    assert found.get("paragraph-broken") == [7]  # "… streets and" + "10→squares,": one clause
    assert not {"lead-form", "stray-full-stop", "numbering-sequence"} & set(found)


def test_numbers_that_do_not_count_in_fives_stay_text(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, [("Noting", "i"), (" that many city parks have no drinking fountain,", "")],
            [("1\t", ""), ("Encourages", "u"), (" cities to map the fountains that still work;", "")],
            [("2\t", ""), ("Requests", "u"), (" a report on the fountains repaired.", "")]]
    doc = reader.read(make(tmp_path, body, "plain-numbers.docx"))
    assert doc.paragraphs[6].text.startswith("1\t") and doc.paragraphs[7].text.startswith("2\t")


def test_chinese_page_footer_and_booklet_header_in_the_text(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = ["决议草案", "委员会：大会第二委员会", "议题：城市公共饮水点", "起草国：约旦、葡萄牙", "附议国：智利、加纳",
                        [("大会", "b"), ("，", "")],
                        [("注意到", "u"), ("许多城市公园没有免费饮水的地方，", "")],
                        "第1页 共2页",
                        "2024年湖滨模拟联合国大会 · 决议汇编",
                        [("认识到", "u"), ("公共饮水点可以减少塑料瓶的使用，", "")],
                        [("1. ", ""), ("鼓励", "u"), ("各城市标出仍在使用的饮水点；", "")],
                        [("2. ", ""), ("请", "u"), ("秘书长报告维修饮水点的情况。", "")]]
    found = rules(make(tmp_path, body, "zh-footer.docx"), lib)
    assert found.get("pasted-artefact") == [8, 9]


def test_conference_running_header_between_clauses(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, [("Noting", "i"), (" that many city parks have no drinking fountain,", "")],
            [("1. ", ""), ("Encourages", "u"), (" cities to map the fountains that still work;", "")],
            "Lakeview Model United Nations 2024 | Resolution Booklet | Second Committee",
            [("2. ", ""), ("Requests", "u"), (" a report on the fountains repaired.", "")]]
    found = rules(make(tmp_path, body, "header.docx"), lib)
    assert found.get("pasted-artefact") == [8]


def _framed(path: Path, at: int, y: int) -> None:
    """Make paragraph ``at`` (0-based) a frame anchored to the page at ``y`` twips from its top."""
    doc = Document(str(path))
    ppr = doc.paragraphs[at]._p.get_or_add_pPr()
    frame = etree.SubElement(ppr, f"{{{W}}}framePr")
    for key, value in (("w", "9000"), ("wrap", "around"), ("vAnchor", "page"), ("hAnchor", "page"),
                       ("x", "1440"), ("y", str(y))):
        frame.set(f"{{{W}}}{key}", value)
    ppr.insert(0, frame)
    doc.save(str(path))


def test_a_framed_page_number_in_the_bottom_margin_is_the_pages_footer(tmp_path: Path,
                                                                       lib: library.Library) -> None:
    body = [*HEAD, [("Noting", "i"), (" that many city parks have no drinking fountain,", "")],
            "Page 1 of 2",
            [("1. ", ""), ("Encourages", "u"), (" cities to map the fountains that still work;", "")],
            [("2. ", ""), ("Requests", "u"), (" a report on the fountains repaired.", "")]]
    path = make(tmp_path, body, "frame.docx")
    assert rules(path, lib).get("pasted-artefact") == [7]  # in the text: a page number pasted with it
    _framed(path, 6, 15200)  # a Letter page 15840 twips high, bottom margin 1440: in the margin
    assert reader.read(path).paragraphs[6].margin_frame
    assert "pasted-artefact" not in rules(path, lib)
    in_text = make(tmp_path, body, "frame-in-text.docx")
    _framed(in_text, 6, 6000)  # a frame in the middle of the page shows the number among the clauses
    assert rules(in_text, lib).get("pasted-artefact") == [7]


def test_a_preambular_clause_broken_after_a_comma(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD,
            [("Recalling", "i"), (" its commitment to water services that are safe, affordable,", "")],
            "reliable and open to everyone,",
            [("Aware", "i"), (" that fountains cut the waste of plastic bottles,", "")],
            [("1. ", ""), ("Requests", "u"), (" a report on the fountains repaired.", "")]]
    found = rules(make(tmp_path, body, "comma.docx"), lib)
    assert found.get("paragraph-broken") == [6]
    whole = [*HEAD, [("Recalling", "i"), (" its commitment to safe water services,", "")],
             [("Aware", "i"), (" that fountains cut the waste of plastic bottles,", "")],
             [("1. ", ""), ("Requests", "u"), (" a report on the fountains repaired.", "")]]
    assert "paragraph-broken" not in rules(make(tmp_path, whole, "whole.docx"), lib)
    leadless = [*HEAD, [("Recalling", "i"), (" its commitment to safe water services,", "")],
                "that many fountains were closed during droughts and never opened again,",
                [("1. ", ""), ("Requests", "u"), (" a report on the fountains repaired.", "")]]
    assert "paragraph-broken" not in rules(make(tmp_path, leadless, "leadless.docx"), lib)  # a clause without lead


def _indented(path: Path, indents: dict[int, int]) -> None:
    doc = Document(str(path))
    for at, left in indents.items():
        doc.paragraphs[at].paragraph_format.left_indent = Twips(left)
        doc.paragraphs[at].paragraph_format.first_line_indent = Twips(-720)
    doc.save(str(path))


def test_first_item_typed_with_the_next_clause_number_at_the_items_indent(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    body = [*HEAD, [("Noting", "i"), (" that many city parks have no drinking fountain,", "")],
            [("1.\t", ""), ("Encourages", "u"), (" cities to map the fountains that still work;", "")],
            [("2.\t", ""), ("Calls upon", "u"), (" water utilities to:", "")],
            "3.\ttest the water of every fountain each month;",
            "(b)\trepair broken fountains within a week;",
            [("3.\t", ""), ("Requests", "u"), (" a report on the fountains repaired.", "")]]
    path = make(tmp_path, body, "item.docx")
    _indented(path, {6: 720, 7: 720, 8: 1440, 9: 1440, 10: 720})
    found = rules(path, lib)
    assert found.get("sub-label-sequence") == [9]  # "3." where «(a)» is expected; "(b)" is right
    assert not {"numbering-sequence", "chapeau-colon", "operative-end", "sub-clause-single"} & set(found)
    flat = make(tmp_path, body, "flat.docx")
    _indented(flat, {6: 720, 7: 720, 8: 720, 9: 1440, 10: 720})  # at the clauses' indent: read as clause 3
    assert rules(flat, lib).get("numbering-sequence") == [11]  # as before: the indent is what tells an item


def test_fixes_count_from_after_a_margin_line_number(tmp_path: Path, lib: library.Library) -> None:
    from drafter import check
    from drafter.check import fix

    body = [*HEAD,
            [("Noting", "i"), (" that many city parks have no place where people can drink water for free,", "")],
            [("5\t", ""), ("Aware", "i"), (" that fountains cut the waste of plastic bottles in busy streets and", "")],
            [("10\t", ""), ("squares,", "")],
            [("\t1.\t", ""), ("Encourages", "u"), (" cities to map the fountains that still work;", "")],
            [("15\t", ""), ("2.\t", ""), ("Calls Upon", "u"), (" utilities to test every fountain each month;", "")],
            [("\t3.\t", ""), ("Requests", "u"), (" a report on the fountains repaired.", "")]]
    path = make(tmp_path, body, "lines-fix.docx")
    report, doc = check.check_file(path, lib)
    fixed, _ = fix.fix(report, doc, tmp_path / "fixed.docx", False)
    assert {f.rule for f in fixed} >= {"paragraph-broken", "capital-after-lead"}
    texts = [p.text for p in Document(str(tmp_path / "fixed.docx")).paragraphs]
    assert texts[6] == "5\tAware that fountains cut the waste of plastic bottles in busy streets and squares,"
    assert texts[8] == "15\t2.\tCalls upon utilities to test every fountain each month;"
