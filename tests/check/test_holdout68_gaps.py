"""Misses of the checker on the blind set holdout68 (#20), held by sentences of our own: leads a translation tool
leaves in a draft, a lead in Spanish, French or Portuguese ("Rappelant", "Solicita"), a verb in the past tense where
a participle ("Noted with deep concern" for "Noting …") or an operative verb ("Decided", "Further urged")
belongs (UN-B03, UN-B06); and a clause labelled by the word "Operative" or "Preambular" before its number
("Operative 3 -"), which is a label in the wrong form, not a clause without a label (UN-B07, MUN-F04)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: Third Committee", "Topic: Rights of persons with disabilities in rural areas",
        "Sponsors: Ecuador, Peru", "Signatories: Chile, Spain", "The General Assembly,"]
PRE = "Noting that persons with disabilities in rural areas travel far to reach a clinic,"
OP_LAST = "3. Requests the Secretary-General to report on the matter at its next session."


def _messages(path: Path, lib: library.Library, rule: str) -> dict[int, str]:
    report, _ = check.check_file(path, lib)
    return {f.paragraph: f.message for f in report.findings if f.rule == rule}


@pytest.mark.parametrize(("clause", "english"), [
    ("Rappelant its resolution 61/106 of 13 December 2006,", "Recalling"),
    ("Reconhecendo that accessible transport is scarce outside the cities,", "Recognizing"),
    ("Profundamente preocupada by the lack of accessible transport,", "Deeply concerned"),
])
def test_a_preambular_lead_left_in_another_language(clause: str, english: str, lib: library.Library,
                                                    tmp_path: Path) -> None:
    body = [*HEAD, PRE, clause, "1. Urges Member States to fund accessible rural transport;",
            "2. Invites donors to support the programmes;", OP_LAST]
    found = _messages(make(tmp_path, body), lib, "lead-form")
    assert list(found) == [7] and repr(english) in found[7]


@pytest.mark.parametrize(("clause", "english"), [
    ("2. Solicita the Special Rapporteur to visit rural areas;", "Requests"),
    ("2. Exhorte les États to adopt national plans;", "Urges"),
])
def test_an_operative_lead_left_in_another_language(clause: str, english: str, lib: library.Library,
                                                    tmp_path: Path) -> None:
    body = [*HEAD, PRE, "1. Urges Member States to fund accessible rural transport;", clause, OP_LAST]
    found = _messages(make(tmp_path, body), lib, "lead-form")
    assert list(found) == [8] and repr(english) in found[8]


def test_a_preambular_lead_of_several_words_in_the_past_tense(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, PRE, "Noted with deep concern the closure of rural clinics in 2025,",
            "1. Urges Member States to fund accessible rural transport;", "2. Invites donors to support them;",
            OP_LAST]
    found = _messages(make(tmp_path, body), lib, "lead-form")
    assert list(found) == [7] and "'Noted with deep concern'" in found[7] and "'Noting with deep concern'" in found[7]


def test_an_operative_verb_in_the_past_tense(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, PRE, "1. Decided to establish a working group on rural accessibility;",
            "2. Further urged Member States to train rural health workers;", OP_LAST]
    found = _messages(make(tmp_path, body), lib, "lead-form")
    assert list(found) == [7, 8]
    assert "'Decides'" in found[7] and "'Further urges'" in found[8]
    # a listed lead in -ed, or a word in -ed that is no operative verb's past, is not a past tense to correct
    other = [*HEAD, PRE, "1. Urges Member States to fund accessible rural transport;",
             "2. Encouraged by the progress made, invites donors to support the programmes;", OP_LAST]
    assert "lead-form" not in rules(make(tmp_path, other, "other.docx"), lib)


def test_a_clause_labelled_by_the_word_operative_or_preambular(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "Preambular clause 1: Noting that rural clinics are far apart,",
            "1. Urges Member States to fund accessible rural transport;",
            "2. Encourages donors to support the programmes;",
            "Operative 3 - Invites regional banks to lend to rural cooperatives;",
            "4. Requests the Secretary-General to report on the matter at its next session."]
    found = rules(make(tmp_path, body), lib)
    assert found.get("preambular-numbered") == [6]
    assert found.get("numbering-form") == [9]
    assert "numbering-sequence" not in found  # "4." follows the clause "Operative 3 -" numbers
