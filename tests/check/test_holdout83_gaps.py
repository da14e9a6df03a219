"""General causes behind the findings on the held-out student set holdout83 (English drafts of international-school
conferences in the Gulf, the Middle East and East Asia: the HKMUN 2012 vetting-guide sample and four drafts typed after
the forms found), each tested with paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import findings
from docmaker import make

from drafter import library

HEAD = ["FORUM: Economic and Social Council", "QUESTION OF: Safe work for seasonal farm labourers",
        "SUBMITTED BY: Morocco", "CO-SUBMITTERS: Spain, Chile, Kenya"]
ORGAN = [("THE ECONOMIC AND SOCIAL COUNCIL", "i"), (",", "")]
PRE = [("Aware", "i"), (" that seasonal labourers often live far from any clinic,", "")]


def _found(tmp_path: Path, lib: library.Library, paragraphs: list, name: str = "doc.docx") -> list[tuple[int, str]]:
    """(paragraph, rule) of every finding, suggestions included."""
    return [(f.paragraph, f.rule) for f in findings(make(tmp_path, paragraphs, name), lib)]


def _clause(number: str, lead: str, rest: str) -> list[tuple[str, str]]:
    return [(number, ""), (lead, "u"), (rest, "")]


# -- a full stop typed before the clause's own semicolon or comma ------------------------------------------------------

@pytest.mark.parametrize("end", ["seasonal labourers.;", "on farms in 2030.;"])
def test_a_full_stop_before_the_semicolon_is_an_end_doubled(tmp_path: Path, lib: library.Library, end: str) -> None:
    body = [*HEAD, ORGAN, PRE, _clause("1. ", "Invites", f" Member States to open mobile clinics for {end}"),
            _clause("2. ", "Requests", " the International Labour Organization to report on the matter.")]
    assert (7, "end-doubled") in _found(tmp_path, lib, body)


def test_a_full_stop_before_a_preambular_comma_is_an_end_doubled(tmp_path: Path, lib: library.Library) -> None:
    doubled = [("Noting", "i"), (" the rise in heat-related illness among farm workers.,", "")]
    body = [*HEAD, ORGAN, PRE, doubled, _clause("1. ", "Invites", " Member States to open mobile clinics.")]
    assert (7, "end-doubled") in _found(tmp_path, lib, body)


@pytest.mark.parametrize("end", ["the U.S.;", "vaccines, gloves, etc.;", "under Convention No.;"])
def test_an_abbreviation_s_point_before_the_semicolon_is_no_doubled_end(tmp_path: Path, lib: library.Library,
                                                                         end: str) -> None:
    body = [*HEAD, ORGAN, PRE, _clause("1. ", "Invites", f" Member States to work with {end}"),
            _clause("2. ", "Requests", " the International Labour Organization to report on the matter.")]
    found = _found(tmp_path, lib, body)
    assert (7, "end-doubled") not in found
    # and the same clause with a word before the point is one
    body[6] = _clause("1. ", "Invites", " Member States to work with farm owners.;")
    assert (7, "end-doubled") in _found(tmp_path, lib, body, "doubled.docx")


# -- a first clause without its number before "2." --------------------------------------------------------------------

def test_an_unnumbered_first_clause_before_2_is_reported_and_the_labels_read(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    """The clause without its number is reported as such, the numbers after it are no lead phrases and their points
    no full stops, and the leads after them are judged (a lower-case "decides")."""
    body = [*HEAD, ORGAN, PRE, [("Invites", "u"), (" Member States to open mobile clinics near large farms;", "")],
            _clause("2. ", "Encourages", " employers to provide shade and water during harvests;"),
            _clause("3. ", "decides", " to keep the question under review at its next session.")]
    found = _found(tmp_path, lib, body)
    assert (7, "operative-unnumbered") in found
    assert not [f for f in found if f[1] in ("stray-full-stop", "lead-unknown", "numbering-absent")]
    assert (9, "lead-capital") in found
