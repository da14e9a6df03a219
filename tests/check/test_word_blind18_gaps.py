"""The general causes behind word-blind18's first-run misses and false alarm (bench/students/word-blind18), on
sentences of our own: clauses Word numbers with capital letters ("A." "B.": a level 0 that says upperLetter, in the
abstract list or in an override's own w:lvl), and clause numbers with a leading zero ("01.": numFmt decimalZero, or
typed so)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from wordlists import CLAUSES, abstract, lvl, num, number, set_lists

from drafter import library
from drafter.check import fix
from drafter.check.checker import check_file
from drafter.word.reader import read

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Clean water for village schools",
                    "Sponsors: Nepal, Senegal", "Signatories: Fiji, Jordan, Peru",
                    [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that many village schools have no safe drinking water,", "")]]
CLAUSE1: Para = [("Encourages", "u"), (" Member States to connect every school to a safe water supply;", "")]
CHAPEAU: Para = [("Recommends", "u"), (" that schools provide:", "")]
ITEM1: Para = "a tap with soap beside every toilet block;"
ITEM2: Para = "a tank that stores rain water for the dry season;"
CLAUSE3: Para = [("Invites", "u"), (" donors to fund water filters for schools far from a network;", "")]
CLAUSE4: Para = [("Requests", "u"), (" a report on the schools connected.", "")]
BODY = [*HEAD, CLAUSE1, CHAPEAU, ITEM1, ITEM2, CLAUSE3, CLAUSE4]
NUMBERED = {6: (1, 0), 7: (1, 0), 8: (1, 1), 9: (1, 1), 10: (1, 0), 11: (1, 0)}

ZH_HEAD: list[Para] = ["决议草案", "委员会：大会第二委员会", "议题：乡村学校的安全饮用水", "起草国：尼泊尔、塞内加尔",
                       "附议国：斐济、约旦、秘鲁", [("大会", "b"), ("，", "")],
                       [("注意到", "u"), ("许多乡村学校没有安全的饮用水，", "")]]
ZH_CLAUSES: list[Para] = [[("鼓励", "u"), ("会员国为每一所学校接通安全供水；", "")],
                          [("邀请", "u"), ("捐助方为远离管网的学校资助净水设备；", "")],
                          [("请", "u"), ("秘书长报告已接通供水的学校数目。", "")]]


def _lists(tmp_path: Path, paragraphs: list[Para], numbers: dict[int, tuple[int, int]], xml: str) -> Path:
    """The draft with ``xml`` as its lists; ``numbers``: paragraph position (0-based) → (numId, level)."""
    path = make(tmp_path, paragraphs, "lists.docx")
    doc = Document(str(path))
    set_lists(doc, xml)
    for position, (num_id, level) in numbers.items():
        number(doc.paragraphs[position], num_id, level)
    doc.save(str(path))
    return path


def _fixed(tmp_path: Path, path: Path, lib: library.Library) -> Path:
    report, doc = check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    return out


# -- clauses Word numbers "A." "B." -----------------------------------------------------------------------------------

def test_clauses_a_level_numbers_with_capital_letters_are_clauses_numbered_in_the_wrong_form(
        tmp_path: Path, lib: library.Library) -> None:
    for items in ("lowerLetter", "ordinal"):  # "(a)" "(b)", or "1st" "2nd", under them
        xml = abstract(1, [lvl(0, "upperLetter", "%1."), lvl(1, items, "(%2)" if items == "lowerLetter" else "%2")]) \
            + num(1, 1)
        path = _lists(tmp_path, BODY, NUMBERED, xml)
        found = rules(path, lib)
        assert found.get("numbering-form") == [7, 8, 11, 12], items
        assert not {"numbering-absent", "operative-end", "lead-unknown"} & set(found), items
        assert ("sub-label-style" in found) == (items == "ordinal")  # "1st" is no sub-paragraph label
        assert "numbering-form" not in rules(_fixed(tmp_path, path, lib), lib)  # the level shows "1." "2." once fixed


def test_an_override_with_its_own_capital_letter_level_numbers_the_clauses_so(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>{lvl(0, "upperLetter", "%1.")}</w:lvlOverride>'
    xml = abstract(1, CLAUSES) + num(1, 1, override)
    found = rules(_lists(tmp_path, BODY, NUMBERED, xml), lib)
    assert found.get("numbering-form") == [7, 8, 11, 12]
    assert not {"numbering-absent", "operative-end"} & set(found)


def test_lettered_preambular_paragraphs_are_not_taken_for_clauses(tmp_path: Path, lib: library.Library) -> None:
    # "A. Noting …," "B. Aware …," in a capital-letter list, then "1." clauses: the preamble is numbered, no more
    pre2: Para = [("Aware", "i"), (" that girls miss school when it has no water,", "")]
    xml = abstract(1, CLAUSES) + abstract(2, [lvl(0, "upperLetter", "%1.")]) + num(1, 1) + num(2, 2)
    body = [*HEAD, pre2, CLAUSE1, CLAUSE3, CLAUSE4]
    found = rules(_lists(tmp_path, body, {5: (2, 0), 6: (2, 0), 7: (1, 0), 8: (1, 0), 9: (1, 0)}, xml), lib)
    assert found.get("preambular-numbered") == [6, 7]
    assert "numbering-form" not in found


def test_capital_letter_section_headings_are_no_clauses(tmp_path: Path, lib: library.Library) -> None:
    xml = abstract(1, CLAUSES) + abstract(2, [lvl(0, "upperLetter", "%1.")]) + num(1, 1) + num(2, 2)
    body = [*HEAD, "Water supply", CLAUSE1, CLAUSE3, "Reporting", CLAUSE4]
    found = rules(_lists(tmp_path, body, {6: (2, 0), 7: (1, 0), 8: (1, 0), 9: (2, 0), 10: (1, 0)}, xml), lib)
    assert "numbering-form" not in found and "numbering-absent" not in found


# -- clause numbers with a leading zero -------------------------------------------------------------------------------

def test_word_numbers_with_a_leading_zero_are_the_wrong_form(tmp_path: Path, lib: library.Library) -> None:
    xml = abstract(1, [lvl(0, "decimalZero", "%1."), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1)
    path = _lists(tmp_path, BODY, NUMBERED, xml)
    assert [p.label for p in read(path).paragraphs][6:8] == ["01.", "02."]
    found = rules(path, lib)
    assert found.get("numbering-form") == [7, 8, 11, 12]
    assert "numbering-sequence" not in found  # they count right
    out = _fixed(tmp_path, path, lib)
    assert [p.label for p in read(out).paragraphs][6:8] == ["1.", "2."]
    assert "numbering-form" not in rules(out, lib)


def test_chinese_clause_numbers_with_a_leading_zero_are_the_wrong_form(tmp_path: Path, lib: library.Library) -> None:
    xml = abstract(1, [lvl(0, "decimalZero", "%1.")]) + num(1, 1)
    found = rules(_lists(tmp_path, [*ZH_HEAD, *ZH_CLAUSES], {7: (1, 0), 8: (1, 0), 9: (1, 0)}, xml), lib)
    assert found.get("numbering-form") == [8, 9, 10]


def test_typed_clause_numbers_with_a_leading_zero_are_the_wrong_form(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, [("01. ", ""), *CLAUSE1], [("02. ", ""), *CLAUSE3], [("03. ", ""), *CLAUSE4]]
    path = make(tmp_path, body, "typed.docx")
    found = rules(path, lib)
    assert found.get("numbering-form") == [7, 8, 9]
    assert not {"numbering-sequence", "numbering-absent", "operative-unnumbered"} & set(found)
    out = _fixed(tmp_path, path, lib)
    assert [p.text[:3] for p in read(out).paragraphs][6:9] == ["1. ", "2. ", "3. "]


def test_clause_numbers_ten_and_above_and_plain_numbers_are_right(tmp_path: Path, lib: library.Library) -> None:
    xml = abstract(1, [lvl(0, "decimal", "%1.", start=9)]) + num(1, 1)
    found = rules(_lists(tmp_path, [*HEAD, CLAUSE1, CLAUSE3, CLAUSE4], {6: (1, 0), 7: (1, 0), 8: (1, 0)}, xml), lib)
    assert "numbering-form" not in found  # "9." "10." "11.": a sequence fault, not a form one
    assert "numbering-sequence" in found or "numbering-restart" in found
