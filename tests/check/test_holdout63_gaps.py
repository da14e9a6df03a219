"""Gaps of the checker on the blind set holdout63 (#20), each held by sentences of our own: a second organ line
naming another body between the preamble and the operative part was read as a preambular clause with no lead; an
organ line in capitals without its comma ("THE SPECIAL CONFERENCE") was not seen, so the checker said the organ line
was missing; and "The United Nations," was taken for an organ line, though it names the Organization, not the body
that adopts the text."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: General Assembly Second Committee", "Topic: Satellite data for small farmers",
        "Sponsors: Peru, Ghana", "Signatories: Fiji, Norway"]
PREAMBLE = ["Noting the spread of satellite services to rural areas,",
            "Aware that most small farmers cannot yet read such data,"]
OPERATIVE = ["1. Recommends that Member States publish satellite data for farmers free of charge;",
             "2. Requests the Secretary-General to report on progress at the next session."]


# -- a second organ line, naming another body, after the preamble ----------------------------------------------------

def test_a_second_organ_line_naming_another_body(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "The General Assembly,", *PREAMBLE, "The Economic and Social Council,", *OPERATIVE]
    found = rules(make(tmp_path, body), lib)
    assert found.get("organ-line") == [8]
    assert "lead-form" not in found
    # a preambular clause that opens with a body's name and goes on is still a clause
    clause = [*HEAD, "The General Assembly,", *PREAMBLE,
              "The Economic and Social Council having met on the matter twice,", *OPERATIVE]
    assert "organ-line" not in rules(make(tmp_path, clause, "clause.docx"), lib)


# -- an organ line in capitals without its comma ---------------------------------------------------------------------

THIMUN = ["FORUM: Special Conference on Cities", "QUESTION OF: Urban heat", "SUBMITTED BY: Chile",
          "CO-SUBMITTERS: Ghana, Fiji"]


def test_an_organ_line_in_capitals_without_its_comma(lib: library.Library, tmp_path: Path) -> None:
    body = [*THIMUN, "THE SPECIAL CONFERENCE", *PREAMBLE, *OPERATIVE]
    path = make(tmp_path, body)
    assert rules(path, lib).get("organ-line") == [5]
    report, _ = check.check_file(path, lib)
    message = next(f.message for f in report.findings if f.rule == "organ-line")
    assert "does not end with ','" in message
    # an adopted text's organ line without its comma, under an adoption line that names the body: the organ line is
    # that line, and the adoption line names the committee
    adopted = ["Resolution adopted by the General Conference of the United Nations Educational, Scientific and "
               "Cultural Organization", "General Conference, Rome, March 2013", "Topic: Primary schooling for all",
               "The General Conference", *PREAMBLE, *OPERATIVE]
    path = make(tmp_path, adopted, "adopted.docx")
    assert rules(path, lib).get("organ-line") == [4]
    report, _ = check.check_file(path, lib)
    assert not [f for f in report.findings if f.rule == "heading-missing" and "Committee" in f.message]
    # a draft that lists its sponsors under such a line still wants its committee field
    sponsored = [adopted[0], "Sponsors: Chile, Ghana", *adopted[1:]]
    report, _ = check.check_file(make(tmp_path, sponsored, "sponsored.docx"), lib)
    assert [f for f in report.findings if f.rule == "heading-missing" and "Committee" in f.message]
    # a title in capitals that names no body is no organ line
    title = [*THIMUN, "THE HEAT OF CITIES", "The Special Conference,", *PREAMBLE, *OPERATIVE]
    assert "organ-line" not in rules(make(tmp_path, title, "title.docx"), lib)


# -- "The United Nations," -------------------------------------------------------------------------------------------

def test_the_united_nations_is_no_organ(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "The United Nations,", *PREAMBLE, *OPERATIVE]
    path = make(tmp_path, body)
    assert rules(path, lib).get("organ-line") == [5]
    report, _ = check.check_file(path, lib)
    message = next(f.message for f in report.findings if f.rule == "organ-line")
    assert "United Nations" in message
    # the organ's own name is right
    right = [*HEAD, "The General Assembly,", *PREAMBLE, *OPERATIVE]
    assert "organ-line" not in rules(make(tmp_path, right, "right.docx"), lib)
