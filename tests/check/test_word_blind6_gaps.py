"""The general causes behind word-blind6's first-run misses and false alarms (bench/students/word-blind6), on
sentences of our own: Word-numbered clauses whose labels are Roman numerals or words ("I.", "Clause 1:"), a clause
put in the list that numbers the items, a list level that puts nothing after its label, and two clauses run
together in one paragraph (a deleted paragraph mark)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import parse_xml
from wordlists import CLAUSES, abstract, lvl, num, number, set_lists

from drafter import library
from drafter.check import fix
from drafter.check.checker import check_file
from drafter.word import runtext

W = f'xmlns:w="{runtext.W_NS}"'

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Bicycle lanes in growing cities", "Sponsors: Chile, Denmark",
                    "Signatories: Ghana, Laos, Peru", [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that short trips by car crowd the streets of growing cities,", "")]]
CLAUSE1: Para = [("Encourages", "u"), (" cities to build protected bicycle lanes on their main roads;", "")]
CHAPEAU: Para = [("Recommends", "u"), (" that cities offer:", "")]
ITEM1: Para = "bicycle parking at every railway station;"
ITEM2: Para = "lessons in safe riding for schoolchildren;"
CLAUSE3: Para = [("Invites", "u"), (" employers to provide showers for staff who ride to work;", "")]
CLAUSE4: Para = [("Requests", "u"), (" a report on the lanes built.", "")]


def _lists(tmp_path: Path, paragraphs: list[Para], numbers: dict[int, tuple[int, int]], xml: str) -> Path:
    """The draft with ``xml`` as its lists; ``numbers``: paragraph position (0-based) → (numId, level)."""
    path = make(tmp_path, paragraphs, "lists.docx")
    doc = Document(str(path))
    set_lists(doc, xml)
    for position, (num_id, level) in numbers.items():
        number(doc.paragraphs[position], num_id, level)
    doc.save(str(path))
    return path


def _override(level: str) -> str:
    """A w:lvlOverride of level 0 holding a whole w:lvl."""
    return f'<w:lvlOverride w:ilvl="0">{level}</w:lvlOverride>'


BODY = [*HEAD, CLAUSE1, CHAPEAU, ITEM1, ITEM2, CLAUSE3, CLAUSE4]
NUMBERED = {6: (1, 0), 7: (1, 0), 8: (1, 1), 9: (1, 1), 10: (1, 0), 11: (1, 0)}


# -- Word-numbered clauses in Roman numerals or with words ---------------------------------------------------------

def test_clauses_an_override_numbers_in_roman_numerals_are_clauses_numbered_in_the_wrong_form(
        tmp_path: Path, lib: library.Library) -> None:
    xml = abstract(1, CLAUSES) + num(1, 1, _override(lvl(0, "upperRoman", "%1.")))
    found = rules(_lists(tmp_path, BODY, NUMBERED, xml), lib)
    assert found.get("numbering-form") == [7, 8, 11, 12]
    assert not {"numbering-absent", "operative-end", "operative-no-verb"} & set(found)


def test_clauses_a_list_labels_with_words_are_clauses_numbered_in_the_wrong_form(tmp_path: Path,
                                                                                 lib: library.Library) -> None:
    for text in ("Clause %1:", "Article %1."):
        xml = abstract(1, [lvl(0, "decimal", text), lvl(1, "lowerLetter", "%2)")]) + num(1, 1)
        path = _lists(tmp_path, BODY, NUMBERED, xml)
        found = rules(path, lib)
        assert found.get("numbering-form") == [7, 8, 11, 12], text
        assert not {"numbering-absent", "operative-end", "operative-no-verb"} & set(found)
        report, doc = check_file(path, lib)
        out = tmp_path / "fixed.docx"
        fix.fix(report, doc, out, force=True)
        assert "numbering-form" not in rules(out, lib)  # the level shows "1." "2." once fixed


def test_roman_numbered_section_headings_are_no_clauses(tmp_path: Path, lib: library.Library) -> None:
    # "I. Safer streets" heads a section: no lead, no clause end; the clauses under it are numbered "1." "2."
    xml = abstract(1, CLAUSES) + abstract(2, [lvl(0, "upperRoman", "%1.")]) + num(1, 1) + num(2, 2)
    body = [*HEAD, "Safer streets", CLAUSE1, CLAUSE3, "Healthier commuting", CLAUSE4]
    found = rules(_lists(tmp_path, body, {6: (2, 0), 7: (1, 0), 8: (1, 0), 9: (2, 0), 10: (1, 0)}, xml), lib)
    assert "numbering-form" not in found and "numbering-absent" not in found


# -- a clause put in the list that numbers the items -----------------------------------------------------------------

SINGLE = (abstract(1, [lvl(0, "decimal", "%1.")]).replace(">", "><w:multiLevelType w:val=\"singleLevel\"/>", 1)
          + abstract(2, [lvl(0, "lowerLetter", "(%1)")]) + num(1, 1) + num(2, 2))


def test_a_clause_in_the_items_own_lettered_list_is_a_clause_one_level_down(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    numbers = {6: (1, 0), 7: (1, 0), 8: (2, 0), 9: (2, 0), 10: (2, 0), 11: (1, 0)}
    found = rules(_lists(tmp_path, BODY, numbers, SINGLE), lib)
    assert found.get("operative-sub-level") == [11]  # shown "(c)" after "(a)" "(b)"


def test_items_in_their_own_lettered_list_are_items(tmp_path: Path, lib: library.Library) -> None:
    numbers = {6: (1, 0), 7: (1, 0), 8: (2, 0), 9: (2, 0), 10: (1, 0), 11: (1, 0)}
    assert "operative-sub-level" not in rules(_lists(tmp_path, BODY, numbers, SINGLE), lib)


# -- a list level that puts nothing after its label ------------------------------------------------------------------

def test_a_label_nothing_follows_runs_into_the_text(tmp_path: Path, lib: library.Library) -> None:
    xml = abstract(1, [lvl(0, "decimal", "%1.", suff="space"), lvl(1, "lowerLetter", "%2)", suff="nothing")]) \
        + num(1, 1)
    found = rules(_lists(tmp_path, BODY, NUMBERED, xml), lib)
    assert found.get("label-glued") == [9, 10]  # "a)bicycle", "b)lessons"; the clauses' "1. " stand apart


def test_a_draft_whose_every_label_is_glued_is_left_alone(tmp_path: Path, lib: library.Library) -> None:
    # LibreOffice writes its label-width lists so: the same look throughout is the list's layout (../word-lo)
    xml = abstract(1, [lvl(0, "decimal", "%1.", suff="nothing"), lvl(1, "lowerLetter", "%2)", suff="nothing")]) \
        + num(1, 1)
    assert "label-glued" not in rules(_lists(tmp_path, BODY, NUMBERED, xml), lib)


def test_a_label_a_space_or_a_tab_follows_is_apart_from_the_text(tmp_path: Path, lib: library.Library) -> None:
    for suffix in ("space", "tab", ""):
        xml = abstract(1, [lvl(0, "decimal", "%1.", suff=suffix), lvl(1, "lowerLetter", "%2)", suff=suffix)]) \
            + num(1, 1)
        assert "label-glued" not in rules(_lists(tmp_path, BODY, NUMBERED, xml), lib), suffix


# -- two clauses run together in one paragraph -----------------------------------------------------------------------

RUN_ON: Para = [("Encourages", "u"), (" cities to build protected bicycle lanes; ", ""), ("Invites", "u"),
                (" employers to provide showers for staff who ride to work;", "")]


def test_two_clauses_run_together_are_a_clause_without_its_number(tmp_path: Path, lib: library.Library) -> None:
    xml = abstract(1, CLAUSES) + num(1, 1)
    found = rules(_lists(tmp_path, [*HEAD, RUN_ON, CLAUSE4], {6: (1, 0), 7: (1, 0)}, xml), lib)
    assert found.get("clause-run-on") == [7]
    assert "emphasis-in-text" not in found  # the second lead's underline is a clause's lead, not emphasis


def test_a_lowered_verb_after_a_semicolon_is_no_second_clause(tmp_path: Path, lib: library.Library) -> None:
    xml = abstract(1, CLAUSES) + num(1, 1)
    plain: Para = [("Encourages", "u"), (" cities to build protected bicycle lanes; invites employers to provide "
                                         "showers;", "")]
    assert "clause-run-on" not in rules(_lists(tmp_path, [*HEAD, plain, CLAUSE4], {6: (1, 0), 7: (1, 0)}, xml), lib)


def test_clauses_a_deleted_paragraph_mark_joins_are_run_together(tmp_path: Path, lib: library.Library) -> None:
    # the mark of "Encourages …;" deleted as a tracked change: accepted, "Invites …" goes on in the same paragraph
    xml = abstract(1, CLAUSES) + num(1, 1)
    path = _lists(tmp_path, [*HEAD, [("Encourages", "u"), (" cities to build protected bicycle lanes; ", "")],
                             CLAUSE3, CLAUSE4], {6: (1, 0), 7: (1, 0), 8: (1, 0)}, xml)
    doc = Document(str(path))
    ppr = doc.paragraphs[6]._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:rPr {W}><w:del w:id="7" w:author="Chair" w:date="2026-01-05T10:00:00Z"/></w:rPr>'))
    doc.save(str(path))
    found = rules(path, lib)
    assert len(found.get("clause-run-on", [])) == 1
    assert "emphasis-in-text" not in found
    report, _ = check_file(path, lib)  # no split offered: a person rejects the tracked deletion
    assert [f.edits for f in report.findings if f.rule == "clause-run-on"] == [[]]


def test_two_clauses_run_together_are_split_by_the_fix(tmp_path: Path, lib: library.Library) -> None:
    xml = abstract(1, CLAUSES) + num(1, 1)
    path = _lists(tmp_path, [*HEAD, RUN_ON, CLAUSE4], {6: (1, 0), 7: (1, 0)}, xml)
    report, doc = check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    found = rules(out, lib)
    assert "clause-run-on" not in found and "numbering-sequence" not in found
