"""The general causes behind word-blind5's first-run misses and false alarms (bench/students/word-blind5), on
sentences of our own: an East Asian font set only through the document's theme, a typed number after a clause
whose own number was lost, and a run of items converted into a Word list of its own under a chapeau."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import parse_xml
from wordlists import CLAUSES, abstract, lvl, num, number, set_lists

from drafter import library
from drafter.word import reader, runtext

W = f'xmlns:w="{runtext.W_NS}"'

# -- an East Asian font set only through the theme ---------------------------------------------------------------

ZH: list[Para] = ["决议草案", "委员会：人权理事会", "议题：山区学校的饮水安全", "起草国：尼泊尔、秘鲁", "附议国：智利、老挝",
                  [("人权理事会", "b"), ("，", "")],
                  [("认识到", "u"), ("许多山区学校没有安全的饮用水，", "")],
                  [("1. ", ""), ("鼓励", "u"), ("各国为山区学校安装净水设备；", "")],
                  [("2. ", ""), ("请", "u"), ("有关机构报告进展情况。", "")]]


def _theme_fonts_only(path: Path, *languages: str) -> Path:
    """Take every font name off the runs and the defaults: the defaults refer to the theme's fonts, whose
    simplified-Chinese font is 宋体; ``languages``: the East Asian theme languages the settings name (one, as Word
    writes them; none; or two, as a template's left in place beside a second)."""
    doc = Document(str(path))
    for fonts in list(doc.element.body.iter(f"{{{runtext.W_NS}}}rFonts")):
        fonts.getparent().remove(fonts)
    defaults = doc.styles.element.find(f"{{{runtext.W_NS}}}docDefaults")
    rpr = defaults.find(f"{{{runtext.W_NS}}}rPrDefault").find(f"{{{runtext.W_NS}}}rPr")
    for fonts in rpr.findall(f"{{{runtext.W_NS}}}rFonts"):
        rpr.remove(fonts)
    rpr.insert(0, parse_xml(f'<w:rFonts {W} w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
                            f'w:hAnsiTheme="minorHAnsi"/>'))
    settings = doc.settings.element
    for old in settings.findall(f"{{{runtext.W_NS}}}themeFontLang"):
        settings.remove(old)
    for east in languages:
        settings.append(parse_xml(f'<w:themeFontLang {W} w:val="en-US" w:eastAsia="{east}"/>'))
    doc.save(str(path))
    return path


def test_a_theme_font_the_chinese_theme_language_decides_is_an_east_asian_font(tmp_path: Path,
                                                                               lib: library.Library) -> None:
    path = _theme_fonts_only(make(tmp_path, ZH, east_asia=False), "zh-CN")
    doc = reader.read(path)
    assert {run.east_asia for p in doc.paragraphs for run in p.runs} == {"宋体"}
    assert "east-asian-font" not in rules(path, lib)


def test_a_theme_font_no_language_decides_is_still_reported(tmp_path: Path, lib: library.Library) -> None:
    path = _theme_fonts_only(make(tmp_path, ZH, east_asia=False))
    assert {run.east_asia for p in reader.read(path).paragraphs for run in p.runs} == {None}
    assert "east-asian-font" in rules(path, lib)


def test_a_japanese_or_doubtful_theme_language_leaves_chinese_text_without_its_font(tmp_path: Path,
                                                                                  lib: library.Library) -> None:
    for languages in (("ja-JP",), ("ja-JP", "zh-CN")):
        path = _theme_fonts_only(make(tmp_path, ZH, east_asia=False), *languages)
        assert {run.east_asia for p in reader.read(path).paragraphs for run in p.runs} == {None}
        assert "east-asian-font" in rules(path, lib)


# -- a typed number after a clause that lost its own ---------------------------------------------------------------

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Seed libraries in small towns", "Sponsors: Ghana, Peru",
                    "Signatories: Fiji, Laos, Chile", [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that farmers keep fewer local seed varieties each decade,", "")]]


def _typed(number: str, lead: str, rest: str) -> Para:
    return [(number, ""), (lead, "u"), (rest, "")]


def test_the_number_after_a_clause_that_lost_its_own_may_count_it(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, _typed("1. ", "Encourages", " towns to open seed libraries in their halls;"),
                           _typed("", "Invites", " gardeners to return a share of the seeds they borrow;"),
                           _typed("3. ", "Asks", " schools to keep small seed gardens;"),
                           _typed("4. ", "Requests", " a report on the seed libraries opened.")])
    found = rules(path, lib)
    assert found.get("operative-unnumbered") == [8]
    assert "numbering-sequence" not in found


def test_the_number_after_a_clause_that_lost_its_own_may_skip_it(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, _typed("1. ", "Encourages", " towns to open seed libraries in their halls;"),
                           _typed("", "Invites", " gardeners to return a share of the seeds they borrow;"),
                           _typed("2. ", "Asks", " schools to keep small seed gardens;"),
                           _typed("3. ", "Requests", " a report on the seed libraries opened.")])
    found = rules(path, lib)
    assert found.get("operative-unnumbered") == [8]
    assert "numbering-sequence" not in found


def test_a_gap_after_a_clause_that_lost_its_number_is_still_a_gap(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, _typed("1. ", "Encourages", " towns to open seed libraries in their halls;"),
                           _typed("", "Invites", " gardeners to return a share of the seeds they borrow;"),
                           _typed("5. ", "Asks", " schools to keep small seed gardens;"),
                           _typed("6. ", "Requests", " a report on the seed libraries opened.")])
    assert rules(path, lib).get("numbering-sequence") == [9]


# -- items under a chapeau converted into a Word list of their own -------------------------------------------------

def _lists(tmp_path: Path, paragraphs: list[Para], numbers: dict[int, int], xml: str) -> Path:
    path = make(tmp_path, paragraphs, "lists.docx")
    doc = Document(str(path))
    set_lists(doc, xml)
    for position, num_id in numbers.items():
        number(doc.paragraphs[position], num_id)
    doc.save(str(path))
    return path


# three decimal lists, as a web page's or Google Docs' export converts: clauses, the items, the clauses again
THREE_LISTS = (abstract(1, CLAUSES) + abstract(2, [lvl(0)]) + abstract(3, [lvl(0, start=3)])
               + num(1, 1) + num(2, 2) + num(3, 3))
CLAUSE1: Para = [("Encourages", "u"), (" towns to open seed libraries in their halls;", "")]
CHAPEAU: Para = [("Recommends", "u"), (" that seed libraries offer:", "")]
ITEM1: Para = "advice on saving seed from the harvest;"
ITEM2: Para = "exchange days in spring and autumn;"
CLAUSE3: Para = [("Invites", "u"), (" seed companies to donate surplus stock;", "")]
CLAUSE4: Para = [("Requests", "u"), (" a report on the seed libraries opened.", "")]


def test_items_in_a_list_of_their_own_under_a_chapeau_are_sub_paragraphs(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    path = _lists(tmp_path, [*HEAD, CLAUSE1, CHAPEAU, ITEM1, ITEM2, CLAUSE3, CLAUSE4],
                  {6: 1, 7: 1, 8: 2, 9: 2, 10: 3, 11: 3}, THREE_LISTS)
    found = rules(path, lib)
    assert found.get("sub-label-style") == [9, 10]  # shown "1." "2.": a sub-paragraph's label of the wrong form
    assert "numbering-restart" not in found and "numbering-sequence" not in found
    assert "operative-end" not in found  # the chapeau's ":" introduces them


def test_a_clause_restarting_a_new_list_after_a_chapeau_is_still_a_clause(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    # the paragraph after the chapeau opens with a lead: the next clause, whose new list restarts the count
    xml = abstract(1, CLAUSES) + abstract(2, [lvl(0)]) + num(1, 1) + num(2, 2)
    path = _lists(tmp_path, [*HEAD, CLAUSE1, CHAPEAU, CLAUSE3, CLAUSE4], {6: 1, 7: 1, 8: 2, 9: 2}, xml)
    assert rules(path, lib).get("numbering-restart") == [9]


def test_a_new_list_under_a_chapeau_that_does_not_start_at_one_is_no_item(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    # "3." in small letters after "2. …:" continues the clauses (a lead lost its capital), not an item list
    xml = abstract(1, CLAUSES) + abstract(2, [lvl(0, start=3)]) + num(1, 1) + num(2, 2)
    path = _lists(tmp_path, [*HEAD, CLAUSE1, CHAPEAU, ITEM1, CLAUSE4], {6: 1, 7: 1, 8: 2, 9: 2}, xml)
    assert "sub-label-style" not in rules(path, lib)
