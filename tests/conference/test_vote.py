"""Votes under each majority, and ``drafter vote`` with the shipped conferences, in English and Chinese."""

from __future__ import annotations

import json

import pytest
from paths import ROOT

from drafter.conference import Tally, decide
from drafter.conference.vote import problem
from drafter.status import ExitStatus

THIMUN = str(ROOT / "conferences" / "thimun-style.yaml")
CHINA = str(ROOT / "conferences" / "cn-national.yaml")
GA = str(ROOT / "conferences" / "un-general-assembly.yaml")


@pytest.mark.parametrize(("tally", "adopted"), [
    (Tally(10, 9, 30), True), (Tally(10, 10, 0), False), (Tally(0, 0, 5), False)])
def test_simple_majority_ignores_abstentions(tally: Tally, adopted: bool) -> None:
    assert decide(tally, "simple").adopted is adopted


@pytest.mark.parametrize(("tally", "adopted"), [
    (Tally(20, 10, 0), True), (Tally(20, 10, 1), False), (Tally(19, 10, 0), False)])
def test_two_thirds_of_those_present_counts_abstentions(tally: Tally, adopted: bool) -> None:
    assert decide(tally, "two-thirds").adopted is adopted


@pytest.mark.parametrize(("tally", "adopted"), [
    (Tally(20, 10, 50), True), (Tally(19, 10, 0), False), (Tally(0, 0, 9), False)])
def test_two_thirds_of_those_voting_ignores_abstentions(tally: Tally, adopted: bool) -> None:
    assert decide(tally, "two-thirds-voting").adopted is adopted


@pytest.mark.parametrize(("tally", "adopted"), [
    (Tally(9, 6, 0), True), (Tally(8, 0, 7), False), (Tally(14, 1, 0, ("China",)), False), (Tally(9, 1, 5), True)])
def test_security_council_nine_votes_and_no_veto(tally: Tally, adopted: bool) -> None:
    assert decide(tally, "security-council").adopted is adopted


def test_impossible_tallies_are_refused() -> None:
    assert "15 members" in problem(Tally(10, 5, 1), "security-council")
    assert problem(Tally(10, 0, 0, ("France",)), "security-council")
    assert "only in the Security Council" in problem(Tally(10, 1, 0, ("France",)), "simple")
    assert problem(Tally(9, 1, 5), "security-council") == ""


def test_vote_in_the_security_council_with_a_veto(run) -> None:  # type: ignore[no-untyped-def]
    status, out, _ = run("vote", "--rules", THIMUN, "--committee", "SC", "--for", "11", "--against", "2",
                         "--abstain", "2", "--veto", "Russia")
    assert status == ExitStatus.FINDINGS
    assert out.strip() == ("not adopted (11 for, 2 against, 2 abstaining): vetoed by Russian Federation "
                           "(a permanent member voting against)")
    status, out, _ = run("vote", "--rules", THIMUN, "--committee", "SC", "--for", "11", "--against", "2",
                         "--abstain", "2")
    assert status == ExitStatus.OK and out.startswith("adopted (11 for")


def test_a_veto_by_a_state_that_is_not_permanent_is_refused(run) -> None:  # type: ignore[no-untyped-def]
    status, _, err = run("vote", "--rules", THIMUN, "--committee", "SC", "--for", "9", "--against", "2", "--veto",
                         "Brazil")
    assert status == ExitStatus.BAD_INPUT and "not a permanent member" in err
    status, _, err = run("vote", "--rules", THIMUN, "--committee", "Nowhere", "--for", "9", "--against", "2")
    assert status == ExitStatus.BAD_INPUT and "is not in" in err


def test_vote_in_a_chinese_conference_says_it_in_chinese(run) -> None:  # type: ignore[no-untyped-def]
    status, out, _ = run("vote", "--rules", CHINA, "--committee", "第一委员会", "--for", "20", "--against", "20")
    assert status == ExitStatus.FINDINGS
    assert out.strip() == "未通过（赞成20，反对20，弃权0）：出席并参加表决的代表团简单多数（赞成多于反对）"
    status, out, _ = run("vote", "--rules", CHINA, "--committee", "安理会", "--for", "9", "--against", "0",
                         "--abstain", "6")
    assert status == ExitStatus.OK and out.strip() == "通过（赞成9，反对0，弃权6）：赞成9票，需9票，且无常任理事国反对"


def test_vote_json_under_the_general_assemblys_two_thirds(run) -> None:  # type: ignore[no-untyped-def]
    status, out, _ = run("vote", "--rules", GA, "--for", "20", "--against", "10", "--abstain", "50", "--format",
                         "json")
    assert status == ExitStatus.OK
    assert json.loads(out) | {"reason": ""} == {
        "adopted": True, "majority": "two-thirds-voting", "for": 20, "against": 10, "abstain": 50, "vetoes": [],
        "needed": 20, "reason": ""}
    status, out, _ = run("vote", "--rules", GA, "--on", "amendments", "--for", "11", "--against", "10",
                         "--format", "json")
    assert status == ExitStatus.OK and json.loads(out)["majority"] == "simple"
