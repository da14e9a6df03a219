"""The general causes behind word-blind50's first-run misses and false alarms (bench/students/word-blind50), on
sentences of our own: English drafts whose clause labels come from Word list levels that spell the number out.

* a clause Word numbers in words — ordinalText ("First", "Second"), cardinalText inside a worded level text
  ("Part One", "Article Two"), ordinal ("1st", "2nd") — is an operative clause numbered in the wrong form, not a
  preambular paragraph (its clauses and their items were read as more preamble: lead-form, preambular-end and
  preambular-numbered on each), and the form of such a label is a numbering-form finding ("1st" passed as "1.");
* once a list's level 0 numbers clauses in such a form, its next level-0 paragraph that opens with an operative
  lead is the next clause whatever it ends with ("Fourth … along the coast,": a clause ending with the wrong mark,
  not an item numbered as a clause under the one before)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from wordlists import abstract, lvl, num, number, set_lists

from drafter import library

HEAD: list[Para] = ["Committee: Third Committee", "Topic: Public libraries in the digital age",
                    "Sponsors: Finland, Jamaica", "Signatories: Bhutan, Croatia, Jordan, Senegal",
                    [("The General Assembly", "i"), (",", "")],
                    [("Recognizing", "i"), (" that public libraries give free access to information,", "")],
                    [("Concerned", "i"), (" that many rural libraries have no internet connection,", "")]]
CLAUSES: list[Para] = [
    [("Encourages", "i"), (" Member States to connect every public library to broadband internet;", "")],
    [("Invites", "i"), (" libraries to lend laptops and tablets:", "")],
    "to pupils who have no computer at home;",
    "to older persons who follow digital skills courses;",
    [("Requests", "i"), (" the Secretary-General to report on the present resolution at its next session.", "")]]
LEVELS = [0, 0, 1, 1, 0]


def _draft(tmp_path: Path, body: list[Para], top: str, fmt: str, text: str, levels: list[int]) -> Path:
    """The draft whose paragraphs after the heading and preamble are numbered on one list: level 0 in ``fmt`` with
    level text ``text``, level 1 "%2)" in lowerLetter; ``levels``: each paragraph's level after the preamble."""
    path = make(tmp_path, [*HEAD, *body], f"{top}.docx")
    doc = Document(str(path))
    set_lists(doc, abstract(1, [lvl(0, fmt, text), lvl(1, "lowerLetter", "%2)")]) + num(1, 1))
    for offset, level in enumerate(levels):
        number(doc.paragraphs[len(HEAD) + offset], 1, level)
    doc.save(str(path))
    return path


def test_spelled_numbers_read_back() -> None:
    from drafter.labels import spelled_value
    from drafter.structure.classify import worded_clause_number

    assert [spelled_value(t) for t in ("One", "twenty-first", "Fifth", "3rd", "One hundred five", "Ninetieth")] \
        == [1, 21, 5, 3, 105, 90]
    assert spelled_value("Once") is None and spelled_value("Firstly") is None and spelled_value("3th") is None
    assert [worded_clause_number(t) for t in ("First", "Part One", "Clause Twelve:", "Art. Four.", "2nd")] \
        == [1, 1, 12, 4, 2]
    assert worded_clause_number("Chapter") is None and worded_clause_number("Final Part") is None


def test_clauses_numbered_in_words_are_operative_clauses(tmp_path: Path, lib: library.Library) -> None:
    for fmt, text in (("ordinalText", "%1"), ("cardinalText", "Part %1"), ("cardinalText", "Article %1:")):
        found = rules(_draft(tmp_path, CLAUSES, fmt, fmt, text, LEVELS), lib)
        first = len(HEAD) + 1  # 1-based index of the first clause
        for rule in ("lead-form", "preambular-end", "preambular-numbered", "sub-numbered-as-clause"):
            assert rule not in found, (text, rule, found)
        assert found.get("numbering-form") == [first, first + 1, first + 4], text  # «1.» «2.» «3.»


def test_an_ordinal_label_is_numbered_in_the_wrong_form(tmp_path: Path, lib: library.Library) -> None:
    found = rules(_draft(tmp_path, CLAUSES, "ordinal", "ordinal", "%1", LEVELS), lib)
    first = len(HEAD) + 1
    assert found.get("numbering-form") == [first, first + 1, first + 4]  # "1st" "2nd" "3rd": «1.» «2.» «3.»


def test_a_worded_list_clause_ending_with_a_comma_is_still_a_clause(tmp_path: Path, lib: library.Library) -> None:
    body = [*CLAUSES[:2], *CLAUSES[2:4],
            [("Calls upon", "i"), (" publishers to offer fair licences for electronic books to libraries,", "")],
            CLAUSES[4]]
    found = rules(_draft(tmp_path, body, "comma", "ordinalText", "%1", [0, 0, 1, 1, 0, 0]), lib)
    first = len(HEAD) + 1
    assert found.get("operative-end") == [first + 4]  # "…to libraries,": «…to libraries;»
    for rule in ("sub-numbered-as-clause", "sub-clause-single", "chapeau-colon", "sub-end"):
        assert rule not in found, (rule, found)
    assert found.get("numbering-form") == [first, first + 1, first + 4, first + 5]
