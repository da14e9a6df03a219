"""Misses and false alarms of the checker on the blind set holdout70 (#20), held by sentences of our own: the
heading of a conference that names the writing delegation ("Country: …", "Delegation: …") beside its list of
sponsors, which names that delegation again (no State listed twice); a clause labelled as a crisis committee's
directive ("Directive 2:"), a label in the wrong form (UN-B07); a covering note to the dais above the heading
("To the Executive Board: kindly find …"); and a delegation's press release pasted after the last clause, which
does not make the last clause's full stop a stray one (UN-B09, MUN-F05)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

TOPIC = "Topic: Safe drinking water in informal settlements"
ORGAN = "The General Assembly,"
PRE = "Noting that many informal settlements have no piped water,"
OPS = ["1. Urges Member States to extend piped water to informal settlements;",
       "2. Invites donors to fund community water kiosks;",
       "3. Requests the Secretary-General to report on the matter at its next session."]


def test_the_writers_country_beside_the_sponsor_list_is_not_a_state_listed_twice(lib: library.Library,
                                                                                  tmp_path: Path) -> None:
    for label in ("Country", "Delegation"):
        body = ["Committee: Second Committee", TOPIC, f"{label}: Ghana", "Authors: Ghana, Togo",
                "Signatories: Benin, Mali", ORGAN, PRE, *OPS]
        assert "sponsor-duplicate" not in rules(make(tmp_path, body, f"{label}.docx"), lib)
    twice = ["Committee: Second Committee", TOPIC, "Country: Ghana", "Authors: Ghana, Togo, Ghana",
             "Signatories: Benin, Mali", ORGAN, PRE, *OPS]
    assert rules(make(tmp_path, twice, "twice.docx"), lib).get("sponsor-duplicate") == [4]


def test_a_clause_labelled_as_a_directive(lib: library.Library, tmp_path: Path) -> None:
    body = ["Committee: Second Committee", TOPIC, "Sponsors: Ghana, Togo", "Signatories: Benin, Mali", ORGAN, PRE,
            OPS[0], "Directive 2: Invites donors to fund community water kiosks;", OPS[2]]
    found = rules(make(tmp_path, body), lib)
    assert found.get("numbering-form") == [8]
    assert "numbering-sequence" not in found


def test_a_covering_note_to_the_dais_above_the_heading(lib: library.Library, tmp_path: Path) -> None:
    for note in ("To the Executive Board: kindly find below our draft resolution for approval.",
                 "Dear Chairs, please find our draft resolution below."):
        body = [note, "Committee: Second Committee", TOPIC, "Sponsors: Ghana, Togo", "Signatories: Benin, Mali",
                ORGAN, PRE, *OPS]
        assert 1 in rules(make(tmp_path, body), lib).get("pasted-artefact", [])


def test_a_press_release_after_the_last_clause_leaves_its_full_stop_alone(lib: library.Library,
                                                                          tmp_path: Path) -> None:
    body = ["Committee: Second Committee", TOPIC, "Sponsors: Ghana, Togo", "Signatories: Benin, Mali", ORGAN, PRE,
            *OPS, "Press Release: The delegation of Ghana thanks every sponsor and asks all delegates to vote for it."]
    found = rules(make(tmp_path, body), lib)
    assert "stray-full-stop" not in found
    assert found.get("signed-after-text") == [10]
