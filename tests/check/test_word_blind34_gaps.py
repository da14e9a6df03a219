"""The general cause behind word-blind34's first-run misses (bench/students/word-blind34), on sentences of our own:
a bullet or a check mark inserted with Insert › Symbol is stored as a w:sym naming a symbol font (Symbol,
Wingdings) and the font's own glyph position ("F0B7", "F0FC"), which Unicode reads as a private-use character; the
reader gives it as the character that looks the same ("•", "✓"), so that a sub-paragraph or a clause labelled with
one is read as labelled."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from lxml import etree

from drafter import library
from drafter.word import reader, runtext

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

HEAD: list[Para] = ["Committee: Third Committee", "Topic: Public drinking fountains in parks",
                    "Sponsors: Latvia, Ecuador", "Signatories: Benin, Qatar, Samoa",
                    [("The General Assembly", "i"), (",", "")],
                    [("Observing", "i"), (" that many parks have no working drinking fountain,", "")]]
ZH_HEAD: list[Para] = ["决议草案", "委员会：大会第三委员会", "议题：公园饮水设施", "起草国：拉脱维亚、厄瓜多尔",
                       "附议国：贝宁、卡塔尔、萨摩亚", [("大会", "b"), ("，", "")],
                       [("注意到", "u"), ("许多公园没有可用的饮水设施，", "")]]


def _symbols(path: Path, at: list[int], font: str, char: str) -> None:
    """Put a w:sym of ``font`` and ``char`` (as Insert › Symbol writes it) before the first run of each paragraph
    of ``at`` (0-based)."""
    doc = Document(str(path))
    for index in at:
        p = doc.paragraphs[index]._p
        run = etree.Element(f"{{{W}}}r")
        sym = etree.SubElement(run, f"{{{W}}}sym")
        sym.set(f"{{{W}}}font", font)
        sym.set(f"{{{W}}}char", char)
        p.find(f"{{{W}}}r").addprevious(run)
    doc.save(str(path))


def _sym(font: str | None, char: str) -> etree._Element:
    sym = etree.Element(f"{{{W}}}sym")
    if font is not None:
        sym.set(f"{{{W}}}font", font)
    sym.set(f"{{{W}}}char", char)
    return sym


def test_a_symbol_font_glyph_reads_as_the_character_it_looks_like() -> None:
    assert runtext.shown_text(_sym("Symbol", "F0B7")) == "•"
    assert runtext.shown_text(_sym("Wingdings", "F0FC")) == "✓"
    assert runtext.shown_text(_sym("wingdings", "00A7")) == "▪"  # the code written without F0, the font in any case
    assert runtext.shown_text(_sym("Symbol", "F0B0")) == "°"
    assert runtext.shown_text(_sym("Times New Roman", "00A7")) == "§"  # a text font's code is its character
    assert runtext.shown_text(_sym("Wingdings", "F041")) == "\uf041"  # a glyph with no look-alike stays as it is
    assert runtext.shown_text(_sym(None, "zz")) == ""


def test_sub_clauses_labelled_with_symbol_bullets(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, [("1.\t", ""), ("Requests", "i"), (" the parks' managers:", "")],
            "\tto list the fountains out of order;", "\tto repair them before the summer;",
            [("2.\t", ""), ("Invites", "i"), (" cities to report on the fountains repaired.", "")]]
    path = make(tmp_path, body, "bullets.docx")
    _symbols(path, [7, 8], "Symbol", "F0B7")
    doc = reader.read(path)
    assert doc.paragraphs[7].text == "•\tto list the fountains out of order;"
    found = rules(path, lib)
    assert found.get("sub-label-style") == [8, 9], found


def _field_char(kind: str) -> etree._Element:
    run = etree.Element(f"{{{W}}}r")
    etree.SubElement(run, f"{{{W}}}fldChar").set(f"{{{W}}}fldCharType", kind)
    return run


def test_a_check_mark_in_a_symbol_field_labels_a_sub_clause(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, [("1.\t", ""), ("Requests", "i"), (" the parks' managers:", "")],
            "\tto list the fountains out of order;", "\tto repair them before the summer;",
            [("2.\t", ""), ("Invites", "i"), (" cities to report on the fountains repaired.", "")]]
    path = make(tmp_path, body, "checks.docx")
    _symbols(path, [7, 8], "Wingdings", "F0FC")
    doc = Document(str(path))  # the second check mark as { SYMBOL 252 \f "Wingdings" } showing its result
    sym_run = doc.paragraphs[8]._p.find(f"{{{W}}}r")
    for kind in ("begin", "separate"):
        sym_run.addprevious(_field_char(kind))
        if kind == "begin":
            code = etree.Element(f"{{{W}}}r")
            etree.SubElement(code, f"{{{W}}}instrText").text = ' SYMBOL 252 \\f "Wingdings" \\s 12 '
            sym_run.addprevious(code)
    sym_run.addnext(_field_char("end"))
    doc.save(str(path))
    assert reader.read(path).paragraphs[8].text.startswith("✓\tto repair")
    assert rules(path, lib).get("sub-label-style") == [8, 9]


def test_an_operative_clause_labelled_with_a_symbol_bullet(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, [("1.\t", ""), ("Encourages", "i"), (" cities to map their drinking fountains;", "")],
            [("\t", ""), ("Requests", "i"), (" park managers to repair the fountains out of order;", "")],
            [("3.\t", ""), ("Invites", "i"), (" cities to report on the fountains repaired.", "")]]
    path = make(tmp_path, body, "operative.docx")
    _symbols(path, [7], "Symbol", "F0B7")
    found = rules(path, lib)
    assert 8 in found.get("numbering-form", []), found


def test_chinese_sub_clauses_labelled_with_wingdings_squares(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_HEAD, [("1.\t", ""), ("请", "u"), ("各城市：", "")], "\t统计损坏的饮水设施；", "\t在夏季前修复这些设施；",
            [("2.\t", ""), ("邀请", "u"), ("各城市报告修复情况。", "")]]
    path = make(tmp_path, body, "zh-squares.docx")
    _symbols(path, [8, 9], "Wingdings", "F0A7")
    assert rules(path, lib).get("sub-label-style") == [9, 10]
