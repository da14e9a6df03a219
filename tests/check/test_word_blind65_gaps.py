"""The general cause behind word-blind65's one miss (bench/students/word-blind65), on sentences of our own: a
co-submitter's clauses typed with their numbers among the clauses of Word's list, one of them struck, so that the
typed numbers skip one ("3." "5."), and Word's list going on after them from its own count ("3." again). The checker
reported the typed numbers ("a person decides") but named no clause where the page shows a number twice; it did so
only after typed numbers that continue the count exactly. A run of typed numbers that starts where the count stands
and goes up is read the same way now: the Word-numbered clause after it that shows a number the run already used is
named with the run's last typed number."""

from __future__ import annotations

from pathlib import Path

from docmaker import Para, make
from docx import Document
from wordlists import CLAUSES, abstract, num, number, set_lists

from drafter import check, library

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Cold storage for small fishing ports",
                    "Sponsors: Fiji, Senegal", "Signatories: Chile, Iceland, Oman",
                    [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that much of the catch of small ports spoils before it reaches a market,", "")]]


def _draft(tmp_path: Path, typed: list[str], name: str) -> Path:
    """Word's "1." "2.", clauses typed with the numbers ``typed``, then two clauses of Word's list."""
    body: list[Para] = [*HEAD,
                        [("Encourages", "u"), (" port authorities to build shared cold rooms;", "")],
                        [("Invites", "u"), (" donors to fund solar ice machines;", "")]]
    body += [[(f"{n}\t", ""), ("Urges", "u"), (f" States to train port staff in cold chain work, group {n};", "")]
             for n in typed]
    body += [[("Calls upon", "u"), (" fishers' cooperatives to share transport to markets;", "")],
             [("Requests", "u"), (" a report on the ports equipped.", "")]]
    path = make(tmp_path, body, name)
    doc = Document(str(path))
    set_lists(doc, abstract(1, CLAUSES) + num(1, 1))
    listed = [6, 7, 8 + len(typed), 9 + len(typed)]
    for index in listed:
        number(doc.paragraphs[index], 1)
    doc.save(str(path))
    return path


def _mixed(path: Path, lib: library.Library) -> list[list[int]]:
    report, _ = check.check_file(path, lib)
    return [list(f.paragraphs) for f in report.findings if f.rule == "numbering-mixed"]


def test_word_shows_again_a_number_of_typed_numbers_that_skip_one(tmp_path: Path, lib: library.Library) -> None:
    # Word "1." "2.", typed "3." "5." (the typed "4." struck), then Word's "3." "4.": the page shows "3." twice
    found = _mixed(_draft(tmp_path, ["3.", "5."], "skip.docx"), lib)
    assert [9] in found  # the typed "3.", right on the page, reported as before
    assert [10, 11, 12] in found  # the typed "5.", and the Word-numbered clauses that count on short


def test_typed_numbers_that_continue_the_count_are_read_as_before(tmp_path: Path, lib: library.Library) -> None:
    found = _mixed(_draft(tmp_path, ["3.", "4."], "continue.docx"), lib)
    assert found == [[9], [10, 11, 12]]


def test_typed_numbers_that_start_again_name_no_word_clause(tmp_path: Path, lib: library.Library) -> None:
    # typed "1." "2." after Word's "1." "2." do not start where the count stands: nothing says Word's "3." is wrong
    found = _mixed(_draft(tmp_path, ["1.", "2."], "again.docx"), lib)
    assert found and all(len(paragraphs) == 1 for paragraphs in found)
