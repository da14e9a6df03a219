"""Drafts whose leads carry no emphasis (pasted as plain text, or typed without italics), as the English drafts of
holdout43 came: an unnumbered paragraph that opens with a capitalised operative verb and ends as a clause ends is a
clause left without its number even after a clause that lost its own end mark, not a wrapped line of it; and a
line without a final mark that opens with a known lead phrase and goes on is a clause that lost its mark, not a
section heading, whatever the kind of its lead."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import make, rules_at

from drafter import library, structure
from drafter.word import reader

HEAD = ["Committee: Fourth Committee", "Topic: Mine action", "Sponsors: Angola, Cambodia", "Signatories: Laos, Peru"]
ORGAN = "The General Assembly,"
PREAMBLE = ["Alarmed that landmines still kill and maim civilians long after wars end,",
            "Recognizing the work of national mine action centres,"]


def roles(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> list[str]:
    read = structure.read_structure(reader.read(make(tmp_path, paragraphs)), lib)
    return [n.role for n in read.nodes]


def test_an_operative_verb_after_a_clause_without_its_end_mark_opens_a_clause(
        tmp_path: Path, lib: library.Library) -> None:
    body = ["1. Urges Member States to fund the clearance of contaminated farmland",
            "Invites donors to pay for prosthetic limbs for survivors.",
            "and for their rehabilitation;",
            "2. Requests the Secretary-General to report at its next session."]
    paragraphs = [*HEAD, ORGAN, *PREAMBLE, *body]
    # the capitalised verb opens a clause of its own; the line in small letters goes on with it
    assert roles(tmp_path, lib, paragraphs)[7:] == ["operative", "operative", "continuation", "operative"]
    found = rules_at(tmp_path, lib, paragraphs)
    assert (8, "operative-end") in found and (9, "operative-unnumbered") in found, found


def test_a_lead_that_goes_on_without_its_mark_is_no_section_heading(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. Urges Member States to fund the clearance of contaminated farmland;",
            "2. Requests the Secretary-General to report at its next session;",
            "Condemning in particular the laying of new mines along international borders",
            "3. Decides to remain seized of the matter."]
    assert "section" not in roles(tmp_path, lib, [*HEAD, ORGAN, *PREAMBLE, *body])


def test_a_participle_after_a_closed_clause_opens_a_clause_of_its_own(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. Urges Member States to fund the clearance of contaminated farmland.",
            "Invites donors to pay for prosthetic limbs for survivors.",
            "Noting that survivors in rural areas rarely reach a rehabilitation centre.",
            "Requests the Secretary-General to report at its next session."]
    paragraphs = [*HEAD, ORGAN, *PREAMBLE, *body]
    # a line opening with a participle after a clause that closed is a clause whose lead has the wrong form,
    # not a wrapped line of the clause before (whose "." is then its end, not a stop inside it)
    assert roles(tmp_path, lib, paragraphs)[7:] == ["operative", "operative", "operative", "operative"]
    found = rules_at(tmp_path, lib, paragraphs)
    assert (10, "lead-form") in found, found
    assert (9, "stray-full-stop") not in found, found


def test_a_participle_after_a_clause_that_goes_on_stays_its_wrapped_line(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. Urges Member States to fund the clearance of contaminated farmland, the training of deminers and",
            "Supporting survivors through national programmes;",
            "2. Requests the Secretary-General to report at its next session."]
    assert roles(tmp_path, lib, [*HEAD, ORGAN, *PREAMBLE, *body])[7:] == ["operative", "continuation", "operative"]


def test_a_line_opening_on_a_preposition_after_a_closed_clause_is_a_clause_without_its_verb(
        tmp_path: Path, lib: library.Library) -> None:
    body = ["1. Urges Member States to fund the clearance of contaminated farmland.",
            "Invites donors to pay for prosthetic limbs for survivors.",
            "In accordance with the reports of national mine action centres on cleared land.",
            "Requests the Secretary-General to report at its next session."]
    paragraphs = [*HEAD, ORGAN, *PREAMBLE, *body]
    assert roles(tmp_path, lib, paragraphs)[7:] == ["operative", "operative", "operative", "operative"]
    found = rules_at(tmp_path, lib, paragraphs)
    assert (10, "operative-no-verb") in found, found
    assert (10, "lead-form") not in found, found  # "In" is no verb that lacks its -s ("Ins")


def test_a_sentence_with_its_own_subject_after_a_closed_clause_stays_with_it(
        tmp_path: Path, lib: library.Library) -> None:
    body = ["1. Urges Member States to fund the clearance of contaminated farmland.",
            "Invites donors to pay for prosthetic limbs for survivors.",
            "The fund would be managed by the mine action service for six years.",
            "Requests the Secretary-General to report at its next session."]
    assert roles(tmp_path, lib, [*HEAD, ORGAN, *PREAMBLE, *body])[7:] == \
        ["operative", "operative", "continuation", "operative"]
