"""Faults of the blind set holdout34 (#20): beginners' first drafts (middle school). Held by sentences of our own,
with passing drafts beside them: an organ line that names a delegation, a State's government or a State instead
of the body ("The delegation of Peru,"), and a pupil's "We think that" whose advice must be a listed lead
("Believing"), not the participle of the pupil's verb ("Thinking")."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["Committee: Economic and Social Council", "Topic: Clean cooking stoves", "Sponsors: Kenya, Nepal",
        "Signatories: Chad, Peru"]
ORGAN = "The Economic and Social Council,"
PREAMBLE = ["Aware that smoke from open fires harms women and children in their homes,",
            "Noting that clean stoves also save firewood,"]
OPERATIVE = ["1. Encourages Member States to lower taxes on clean cooking stoves;",
             "2. Invites donors to fund village workshops that build stoves;",
             "3. Requests the Secretary-General to report on progress at its next session."]


def findings(path: Path, lib: library.Library, rule: str | None = None) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule, str(f.message)) for f in report.findings
            if (rule is None or f.rule == rule) and f.severity in ("error", "warning")
            and f.rule != "lead-emphasis-document"]  # plain runs: the leads' emphasis is not what is tested


def draft(*, head: list[str] = HEAD, organ: str = ORGAN, preamble: list[str] = PREAMBLE,
          operative: list[str] = OPERATIVE) -> list[str]:  # type: ignore[assignment]
    return [*head, organ, *preamble, *operative]


def test_the_clean_draft_has_no_finding(lib: library.Library, tmp_path: Path) -> None:
    assert findings(make(tmp_path, draft()), lib) == []


@pytest.mark.parametrize("organ", ["The delegation of Kenya,", "The Delegates of Kenya and Nepal,",
                                   "The Government of Nepal,", "The Permanent Mission of Kenya,",
                                   "The Republic of Kenya,", "The Federal Democratic Republic of Nepal,"])
def test_an_organ_line_naming_a_delegation_or_a_state_is_an_error(
        lib: library.Library, tmp_path: Path, organ: str) -> None:
    found = findings(make(tmp_path, draft(organ=organ)), lib, "organ-line")
    assert len(found) == 1
    paragraph, _, message = found[0]
    assert paragraph == 5
    assert "names a delegation" in message
    assert "The Economic and Social Council," in message  # the heading's body is the example


@pytest.mark.parametrize(("organ", "committee"), [
    ("The General Assembly,", "Third Committee"),
    ("The Security Council,", "Security Council"),
    ("The Conference of the Parties,", "Conference of the Parties"),
    ("The Council of Europe,", "Council of Europe"),
    ("The Assembly of States Parties,", "Assembly of States Parties"),
    ("The Human Rights Council,", "Human Rights Council"),
])
def test_a_body_s_organ_line_is_not_taken_for_a_delegation(
        lib: library.Library, tmp_path: Path, organ: str, committee: str) -> None:
    head = [f"Committee: {committee}", *HEAD[1:]]
    found = findings(make(tmp_path, draft(head=head, organ=organ)), lib, "organ-line")
    assert not [m for _, _, m in found if "names a delegation" in m]


@pytest.mark.parametrize(("opening", "right"), [("We think that", "Believing"), ("We feel that", "Believing"),
                                                ("We know that", "Aware"), ("I think that", "Believing")])
def test_a_pupil_s_opinion_verb_is_advised_as_a_listed_lead(
        lib: library.Library, tmp_path: Path, opening: str, right: str) -> None:
    preamble = [f"{opening} smoke from open fires harms women and children in their homes,", PREAMBLE[1]]
    found = findings(make(tmp_path, draft(preamble=preamble)), lib, "lead-form")
    assert [(p, r) for p, r, _ in found] == [(6, "lead-form")]
    assert f"write {right!r}" in found[0][2]
    assert "Thinking" not in found[0][2] and "Feeling" not in found[0][2] and "Knowing" not in found[0][2]


def test_a_pupil_s_verb_whose_participle_is_a_lead_keeps_it(lib: library.Library, tmp_path: Path) -> None:
    preamble = ["We believe that smoke from open fires harms women and children in their homes,", PREAMBLE[1]]
    found = findings(make(tmp_path, draft(preamble=preamble)), lib, "lead-form")
    assert [(p, r) for p, r, _ in found] == [(6, "lead-form")]
    assert "write 'Believing'" in found[0][2]
