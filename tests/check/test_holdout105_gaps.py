"""Faults of the blind set holdout105 (#20): English drafts by delegates writing English as a second language in
East and Southeast Asia. Held by sentences of our own: the organ line written as the body's members speaking ("We
the delegates of the Economic and Social Council,") before the preamble is the organ line in a wrong form — one
organ-line finding on it, whose fix keeps the body's name — not a first preambular clause with a subject of its own
(lead-form asking for a participle) under a "missing" organ line. And a listed lead in -ed written with its -ed
dropped ("Deeply concern about", "Convince that", "Alarm by") is the wrong form of that lead (lead-form, with the
adjective to write), not an unknown lead nor a bare verb whose -ing form is meant ("Deeply convincing"). An operative
paragraph opened by the noun of a listed operative verb ("Recommendation that", "Approval of") opens with no verb
(operative-no-verb, as "Establishment of …" does), not with a bare verb to give an -s ("Recommendations"); one opened
by a modal ("Should Member
States lower", "Must lower") has no verb of the organ's (operative-no-verb), not a bare verb ("Musts"). A listed lead
written with the adjective for its adverb ("Deep concerned") or after an imperative "Be" ("Be aware of") is its wrong
form (lead-form), not an unknown lead."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.structure.classify import delegation_formula, speaking_organ
from drafter.word import reader

HEAD = ["FORUM: Economic and Social Council", "QUESTION OF: Safe cooking fuel for rural households",
        "SUBMITTED BY: Nepal", "CO-SUBMITTERS: Bhutan, Mongolia"]
BODY = ["Noting that smoke from open fires harms the lungs of women and children,",
        "Aware that clean stoves cost more than many families earn in a month,",
        "1. Encourages Member States to lower the tax on clean cooking stoves;",
        "2. Invites development banks to fund village stove workshops."]


def fixed_texts(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


@pytest.mark.parametrize("line", ["We the delegates of the Economic and Social Council,",
                                  "We, the representatives of the Economic and Social Council,",
                                  "WE THE MEMBER STATES OF THE ECONOMIC AND SOCIAL COUNCIL,",
                                  "We the members of the Commission for Social Development,"])
def test_members_speaking_in_the_organ_lines_place_are_one_organ_line_finding(
        lib: library.Library, tmp_path: Path, line: str) -> None:
    report, _ = check.check_file(make(tmp_path, [*HEAD, line, *BODY]), lib)
    on_line = [f for f in report.findings if f.paragraph == 5 and f.severity in ("error", "warning")]
    assert [f.rule for f in on_line] == ["organ-line"]  # no lead-form asking for a participle there
    assert "members speaking" in on_line[0].message
    assert not any(f.rule == "organ-line" and f.paragraph == 6 for f in report.findings)


def test_the_fix_keeps_the_bodys_name(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "We the delegates of the Economic and Social Council,", *BODY])
    assert fixed_texts(path, lib, tmp_path / "fixed.docx")[4] == "The Economic and Social Council,"
    capitals = make(tmp_path, [*HEAD, "WE, THE DELEGATES OF THE ECONOMIC AND SOCIAL COUNCIL,", *BODY], "caps.docx")
    assert fixed_texts(capitals, lib, tmp_path / "caps-fixed.docx")[4] == "THE ECONOMIC AND SOCIAL COUNCIL,"


def test_the_organ_line_itself_is_still_right(lib: library.Library, tmp_path: Path) -> None:
    assert "organ-line" not in rules(make(tmp_path, [*HEAD, "THE ECONOMIC AND SOCIAL COUNCIL,", *BODY]), lib)


@pytest.mark.parametrize("line", ["We the delegation of Chile do hereby:",  # a delegation's formula: its own reading
                                  "We, the delegates of Peru, hereby resolve:",
                                  "We the delegates, recognizing that clean stoves save lives,",  # a sentence going on
                                  "We the delegates of Nepal believe that stoves save lives,"])
def test_formulas_and_sentences_are_no_members_speaking(line: str) -> None:
    assert speaking_organ(line) < 0


def test_the_members_speaking_line_is_read_where_it_stands() -> None:
    assert speaking_organ("We the delegates of the Economic and Social Council,") == len("We the delegates of ")
    assert not delegation_formula("We the delegates of the Economic and Social Council,")


# -- a listed lead in -ed with its -ed dropped: "Deeply concern about", "Convince that", "Alarm by" (UN-B03) ---------

PREAMBLE_HEAD = ["Committee: Second Committee", "Topic: Safe cooking fuel", "Sponsors: Bhutan, Nepal",
                 "Signatories: Mongolia", "The General Assembly,",
                 "Noting that smoke from open fires harms the lungs of children,"]
OPERATIVE = ["1. Encourages Member States to lower the tax on clean cooking stoves;",
             "2. Invites development banks to fund village stove workshops."]


def _lead_forms(lib: library.Library, tmp_path: Path, clause: str) -> list[str]:
    report, _ = check.check_file(make(tmp_path, [*PREAMBLE_HEAD, clause, *OPERATIVE]), lib)
    return [f.message for f in report.findings if f.rule == "lead-form" and f.paragraph == 7]


@pytest.mark.parametrize(("clause", "right"), [
    ("Deeply concern about the price of clean cooking stoves,", "'Deeply concerned'"),
    ("Gravely concern by the number of kitchen fires in refugee camps,", "'Gravely concerned'"),
    ("Deeply convince that clean stoves save the lives of children,", "'Deeply convinced'"),
    ("Convince that clean stoves save the lives of children,", "'Convinced'"),
    ("Alarm by the number of kitchen fires in refugee camps,", "'Alarmed'"),
])
def test_a_listed_lead_without_its_ed_is_the_wrong_form(lib: library.Library, tmp_path: Path, clause: str,
                                                         right: str) -> None:
    found = _lead_forms(lib, tmp_path, clause)
    assert len(found) == 1 and right in found[0]  # not 'Deeply convincing', and not only an unknown lead


@pytest.mark.parametrize(("clause", "right"), [
    ("Determine that the lack of clean fuel endangers health,", "'Determining'"),  # its -ing form is a listed lead
    ("Concern about the price of clean cooking stoves,", "'Concerned'"),  # a noun, said so as before
])
def test_a_bare_verb_with_a_listed_participle_keeps_its_advice(lib: library.Library, tmp_path: Path, clause: str,
                                                               right: str) -> None:
    found = _lead_forms(lib, tmp_path, clause)
    assert len(found) == 1 and right in found[0]


@pytest.mark.parametrize("clause", ["Deeply concerned about the price of clean cooking stoves,",
                                    "Convinced that clean stoves save the lives of children,",
                                    "Alarmed by the number of kitchen fires in refugee camps,"])
def test_the_listed_leads_themselves_are_right(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert not _lead_forms(lib, tmp_path, clause)


# -- an operative paragraph opened by a noun of a listed verb, or by a modal (UN-B06) ---------------------------------

def _operative_faults(lib: library.Library, tmp_path: Path, clause: str) -> list[tuple[str, str]]:
    report, _ = check.check_file(make(tmp_path, [*PREAMBLE_HEAD, clause, OPERATIVE[1]]), lib)
    return [(f.rule, f.message) for f in report.findings
            if f.paragraph == 7 and f.rule in ("lead-form", "operative-no-verb")]


@pytest.mark.parametrize("clause", [
    "1. Recommendation that Member States lower the tax on clean cooking stoves;",
    "1. Suggestion that Member States lower the tax on clean cooking stoves;",
    "1. Approval of the plan of the World Health Organization on clean household air;",
    "1. Invitation to development banks to fund village stove workshops;",
    "1. Encouragement of Member States to lower the tax on clean cooking stoves;",
])
def test_the_noun_of_a_listed_operative_verb_opens_with_no_verb(lib: library.Library, tmp_path: Path,
                                                                clause: str) -> None:
    found = _operative_faults(lib, tmp_path, clause)
    assert [rule for rule, _ in found] == ["operative-no-verb"]  # as "Establishment of …" (holdout71)
    assert "Recommendations" not in found[0][1]  # not a bare verb's -s added to a noun


@pytest.mark.parametrize("clause", ["1. Should Member States lower the tax on clean cooking stoves;",
                                    "1. Must lower the tax on clean cooking stoves;"])
def test_a_modal_opening_an_operative_paragraph_is_no_verb(lib: library.Library, tmp_path: Path, clause: str) -> None:
    found = _operative_faults(lib, tmp_path, clause)
    assert [rule for rule, _ in found] == ["operative-no-verb"]


@pytest.mark.parametrize("clause", ["1. Recommends that Member States lower the tax on clean cooking stoves;",
                                    "1. Calls for the establishment of village stove workshops;",
                                    "1. Decides that Member States should lower the tax on clean cooking stoves;"])
def test_operative_verbs_stay_right(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert not _operative_faults(lib, tmp_path, clause)


# -- the adjective for a listed lead's adverb ("Deep concerned"), an imperative "Be" before a lead ("Be aware of") --

@pytest.mark.parametrize(("clause", "right"), [
    ("Deep concerned about the price of clean cooking stoves,", "'Deeply concerned'"),
    ("Grave concerned by the number of kitchen fires in refugee camps,", "'Gravely concerned'"),
    ("Be aware of the cost of clean cooking stoves,", "'Aware of'"),
    ("Be mindful that clean stoves cost more than many families earn,", "'Mindful'"),
])
def test_an_adjective_for_the_adverb_or_a_be_before_a_lead_is_the_wrong_form(lib: library.Library, tmp_path: Path,
                                                                              clause: str, right: str) -> None:
    found = _lead_forms(lib, tmp_path, clause)
    assert len(found) == 1 and right in found[0]


@pytest.mark.parametrize("clause", ["Deeply concerned about the price of clean cooking stoves,",
                                    "Fully aware of the cost of clean cooking stoves,",
                                    "Being aware that clean stoves cost more than many families earn,"])
def test_the_right_forms_stay_right(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert not _lead_forms(lib, tmp_path, clause)
