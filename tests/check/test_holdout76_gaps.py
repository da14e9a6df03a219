"""Misses and false alarms of the checker on the blind set holdout76 (#20), delegates' drafts of a functional
commission after a new convention, each held by sentences of our own with the fault it must still find: a
template's bracketed instruction left in a heading field, an operative clause whose subject is an adjective and
nouns before a modal, and a THIMUN profile guessed from "Submitted by:" alone under UNA-USA fields."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

ORGAN = "The Commission on Narcotic Drugs,"
PREAMBLE = "Recognizing the role of postal services in detecting parcels of synthetic drugs,"


def _head(signatories: str = "Nepal, Togo", submitted: str = "Submitted by") -> list[str]:
    return ["Committee: Commission on Narcotic Drugs", "Agenda Item: Synthetic drugs sold online",
            f"{submitted}: Ghana, Peru", f"Signatories: {signatories}"]


# -- a subject and a modal where the operative verb belongs --------------------------------------------------------

def test_an_adjective_and_nouns_before_a_modal_open_no_verb(lib: library.Library, tmp_path: Path) -> None:
    for n, subject in enumerate(("Regional training centres should", "Developing countries must",
                                 "National postal services will")):
        body = [*_head(), ORGAN, PREAMBLE, "1. Urges Member States to train postal staff;",
                f"2. {subject} share data on seized parcels with the Office;",
                "3. Requests the Executive Director to report to the Commission at its next session."]
        found = rules(make(tmp_path, body, f"{n}.docx"), lib)
        assert found.get("operative-no-verb") == [8], (subject, found)
    # a verb first, even one the list lacks, and an adverb before the verb: the clause has its verb
    for n, opening in enumerate(("Strongly encourages postal services that should", "Further invites States to",
                                 "Believes it should")):
        body = [*_head(), ORGAN, PREAMBLE, "1. Urges Member States to train postal staff;",
                f"2. {opening} share data on seized parcels with the Office;",
                "3. Requests the Executive Director to report to the Commission at its next session."]
        found = rules(make(tmp_path, body, f"v{n}.docx"), lib)
        assert "operative-no-verb" not in found, (opening, found)


# -- a template's instruction left in a field ---------------------------------------------------------------------

BODY = [ORGAN, PREAMBLE, "1. Urges Member States to train postal staff;",
        "2. Requests the Executive Director to report to the Commission at its next session."]


def test_a_bracketed_instruction_is_no_field_value(lib: library.Library, tmp_path: Path) -> None:
    for n, value in enumerate(("[Type the names of the signatory delegations here]", "(Enter signatories)",
                               "<Write the co-signing countries here>", "Please fill in the signatories here")):
        found = rules(make(tmp_path, [*_head(value), *BODY], f"{n}.docx"), lib)
        assert found.get("heading-missing") == [4], (value, found)
    # States named in brackets, or a note after them, fill the field
    for n, value in enumerate(("Nepal, Togo (signed on paper)", "[Nepal, Togo]")):
        found = rules(make(tmp_path, [*_head(value), *BODY], f"f{n}.docx"), lib)
        assert "heading-missing" not in found, (value, found)


# -- "Submitted by:" among the UNA-USA fields -----------------------------------------------------------------------

def test_submitted_by_under_committee_and_signatories_is_no_thimun_heading(lib: library.Library,
                                                                          tmp_path: Path) -> None:
    body = [ORGAN, PREAMBLE, "1. Urges Member States to train postal staff;",
            "2. Decides to keep the matter under review at its next session."]
    found = rules(make(tmp_path, [*_head(), *body]), lib)
    assert "sc-only-phrase" not in found, found
    # a heading with THIMUN's own forum and question fields is one, "Submitted by" or not
    thimun = ["FORUM: Commission on Narcotic Drugs", "QUESTION OF: Synthetic drugs sold online",
              "SUBMITTED BY: Ghana", "CO-SUBMITTERS: Peru, Nepal", ORGAN.upper(), *body[1:]]
    assert rules(make(tmp_path, thimun, "thimun.docx"), lib).get("sc-only-phrase") == [8]
