"""The general causes behind word-blind26's first-run misses (bench/students/word-blind26), on sentences of our own:
labels from Word's Multilevel List gallery that the checker did not read. "Article I. / Section 1.01 / (a)" numbers
the clauses with a word and a Roman numeral ("Article II."): the operative part was not found, so every item was read
as a clause; its second level is legal numbering of two digits ("Section 2.01", w:isLgl on numFmt decimalZero),
which Word shows with both digits. The "1 / 1.1 / 1.1.1" list numbers the clauses "1" "2" with no full stop (lvlText
"%1"): a number of the wrong form."""

from __future__ import annotations

from pathlib import Path

from docmaker import Para, make
from docx import Document
from wordlists import abstract, lvl, num, number, set_lists

from drafter import check, library
from drafter.word import reader

HEAD: list[Para] = ["Committee: Fourth Committee", "Topic: Lighthouses on shared straits",
                    "Sponsors: Oman, Denmark", "Signatories: Malta, Panama, Samoa",
                    [("The General Assembly", "i"), (",", "")],
                    [("Observing", "i"), (" that several straits are lit by one coastal State alone,", "")]]
BODY: list[Para] = [
    [("Invites", "u"), (" coastal States to share the cost of lighthouses on straits they border;", "")],
    [("Recommends", "u"), (" that each lighthouse keep:", "")],
    "a spare lamp for every lens;",
    "a log of outages open to passing ships;",
    [("Decides", "u"), (" to review the matter in two years.", "")],
]
ARTICLE = [lvl(0, "upperRoman", "Article %1."), lvl(1, "decimalZero", "Section %1.%2", legal=True),
           lvl(2, "lowerLetter", "(%3)")]


def _draft(tmp_path: Path, levels: list[str], places: list[int]) -> Path:
    """HEAD and BODY, the body's paragraphs numbered by one list at ``places`` (a level for each)."""
    path = make(tmp_path, [*HEAD, *BODY], "gallery.docx")
    doc = Document(str(path))
    set_lists(doc, abstract(1, levels) + num(1, 1))
    for position, level in enumerate(places, start=len(HEAD)):
        number(doc.paragraphs[position], 1, level)
    doc.save(str(path))
    return path


def _findings(path: Path, lib: library.Library) -> dict[int, list[str]]:
    report, _ = check.check_file(path, lib)
    found: dict[int, list[str]] = {}
    for f in report.findings:
        found.setdefault(f.paragraph, []).append(f.rule)
    return found


def test_legal_numbering_keeps_a_level_of_two_digits(tmp_path: Path) -> None:
    labels = [p.label for p in reader.read(_draft(tmp_path, ARTICLE, [0, 0, 1, 1, 0])).paragraphs[len(HEAD):]]
    assert labels == ["Article I.", "Article II.", "Section 2.01", "Section 2.02", "Article III."]


def test_clauses_numbered_article_and_a_roman_numeral(tmp_path: Path, lib: library.Library) -> None:
    """The items at the third level ("(a)", the second skipped) are items of the clause, not clauses without a verb,
    and the chapeau is no clause ending with a colon; each "Article N." is a number in the wrong form."""
    found = _findings(_draft(tmp_path, ARTICLE, [0, 0, 2, 2, 0]), lib)
    assert [i for i, rules in found.items() if "numbering-form" in rules] == [7, 8, 11]
    assert not any(rule in ("operative-no-verb", "operative-end") for rules in found.values() for rule in rules)


def test_section_items_are_sub_paragraphs_in_the_wrong_style(tmp_path: Path, lib: library.Library) -> None:
    found = _findings(_draft(tmp_path, ARTICLE, [0, 0, 1, 1, 0]), lib)
    assert "sub-label-style" in found[9] and "sub-label-style" in found[10]
    assert "operative-end" not in found.get(8, [])


def test_clause_numbers_without_a_full_stop(tmp_path: Path, lib: library.Library) -> None:
    outline = [lvl(0, "decimal", "%1"), lvl(1, "decimal", "%1.%2"), lvl(2, "decimal", "%1.%2.%3")]
    found = _findings(_draft(tmp_path, outline, [0, 0, 1, 1, 0]), lib)
    assert [i for i, rules in found.items() if "numbering-form" in rules] == [7, 8, 11]


def test_clause_numbers_with_their_full_stop_are_left_alone(tmp_path: Path, lib: library.Library) -> None:
    outline = [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)")]
    found = _findings(_draft(tmp_path, outline, [0, 0, 1, 1, 0]), lib)
    assert not any("numbering-form" in rules or "sub-label-style" in rules for rules in found.values())
