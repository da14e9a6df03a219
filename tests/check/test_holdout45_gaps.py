"""Faults of the blind set holdout45 (#20): English drafts for the Commission on Crime Prevention and Criminal Justice
typed as delegates write them. Each held by sentences of our own, with passing drafts beside it: the Security
Council's closing formula and "Demands" in a Commission draft laid out as a UN document (the ``un`` profile); a
session-numbered resolution dated by its year alone ("resolution 72/180 of 2017"); numbered operative clauses led by
participles after an unnumbered preamble, read as the operative part (their leads the fault), not as a numbered
preamble."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

UN_HEAD = ["E/CN.7/2028/L.3", "Distr.: Limited", "9 March 2028", "Original: English",
           "Commission on Narcotic Drugs", "Seventy-first session", "Agenda item 9",
           "Implementation of the international drug control treaties", "Austria and Ecuador: draft resolution",
           "Safe disposal of seized precursor chemicals"]
CND = "The Commission on Narcotic Drugs,"
PRE = "Noting that seized precursor chemicals are often stored for years in unsafe warehouses,"
OP1 = "1. Encourages Member States to share methods for the safe disposal of seized chemicals;"
MUN_HEAD = ["Committee: Commission on Narcotic Drugs", "Topic: Precursor chemicals", "Sponsors: Austria, Ecuador",
            "Signatories: Ghana, Peru"]


def rules(path: Path, lib: library.Library, rule: str, profile: str | None = None) -> list[int]:
    report, _ = check.check_file(path, lib, profile=profile)
    return [f.paragraph for f in report.findings if f.rule == rule]


# -- Council language in a Commission's draft laid out as a UN document -----------------------------------------------

@pytest.mark.parametrize("closing", ["2. Decides to remain actively seized of the matter.",
                                     "2. Decides to remain seized of the matter."])
def test_the_councils_closing_formula_in_a_commission_draft_of_un_layout(lib: library.Library, tmp_path: Path,
                                                                        closing: str) -> None:
    assert rules(make(tmp_path, [*UN_HEAD, CND, PRE, OP1, closing]), lib, "council-seized", "un") == [14]


def test_demands_in_a_commission_draft_of_un_layout(lib: library.Library, tmp_path: Path) -> None:
    demand = "2. Demands that all States destroy seized precursors within six months."
    assert rules(make(tmp_path, [*UN_HEAD, CND, PRE, OP1, demand]), lib, "council-language", "un") == [14]


@pytest.mark.parametrize(("organ", "heading"), [
    ("The General Assembly,", "General Assembly"),  # the Assembly demands and stays seized in UN practice
    ("The Security Council,", "Security Council"),
])
def test_demands_and_seized_where_un_practice_has_them(lib: library.Library, tmp_path: Path, organ: str,
                                                      heading: str) -> None:
    head = [line if line != "Commission on Narcotic Drugs" else heading for line in UN_HEAD]
    body = [*head, organ, PRE, "1. Demands that all States destroy seized precursors;",
            "2. Decides to remain seized of the matter."]
    path = make(tmp_path, body)
    assert rules(path, lib, "council-language", "un") == []
    assert rules(path, lib, "council-seized", "un") == []


def test_a_commission_draft_that_closes_otherwise(lib: library.Library, tmp_path: Path) -> None:
    closing = "2. Requests the Executive Director to report to the Commission at its seventy-second session."
    path = make(tmp_path, [*UN_HEAD, CND, PRE, OP1, closing])
    assert rules(path, lib, "council-seized", "un") == [] and rules(path, lib, "council-language", "un") == []


# -- a session-numbered resolution dated by its year alone ------------------------------------------------------------

@pytest.mark.parametrize(("pre", "fixed"), [
    ("Recalling General Assembly resolution 72/180 of 2017 on human rights in the administration of justice,",
     "resolution 72/180"),
    ("Recalling Human Rights Council resolution 51/9 (2022) on the safety of journalists,", "resolution 51/9"),
])
def test_a_resolution_dated_by_its_year_alone(lib: library.Library, tmp_path: Path, pre: str, fixed: str) -> None:
    report, _ = check.check_file(make(tmp_path, [*MUN_HEAD, CND, pre, OP1, "2. Invites States to act."]), lib)
    found = [f for f in report.findings if f.rule == "resolution-citation"]
    assert [f.paragraph for f in found] == [6]
    assert repr(fixed) in str(found[0].message)


@pytest.mark.parametrize("pre", [
    "Recalling General Assembly resolution 72/180 of 19 December 2017 on human rights in the administration of justice,",
    "Recalling General Assembly resolution 72/180 on human rights in the administration of justice,",
    "Recalling Security Council resolution 2482 (2019) on terrorism and organized crime,",
    "Recalling the review of resolutions 72/180 of 2017-2018 carried out by the Secretariat,",
])
def test_resolutions_cited_as_the_un_cites_them(lib: library.Library, tmp_path: Path, pre: str) -> None:
    path = make(tmp_path, [*MUN_HEAD, CND, pre, OP1, "2. Invites States to act."])
    assert rules(path, lib, "resolution-citation") == []


# -- numbered clauses led by participles after an unnumbered preamble ------------------------------------------------

MUN_PREAMBLE = ["Noting that seized precursor chemicals are often stored for years in unsafe warehouses,",
                "Aware that few laboratories can test seized chemicals safely,"]


def test_numbered_clauses_with_participle_leads_after_an_unnumbered_preamble(lib: library.Library,
                                                                            tmp_path: Path) -> None:
    body = [*MUN_HEAD, CND, *MUN_PREAMBLE, "1. Urging Member States to fund safe storage for seized chemicals;",
            "2. Inviting the Office to train customs officers;", "3. Requests a report on progress."]
    report, _ = check.check_file(make(tmp_path, body), lib)
    found = {(f.paragraph, f.rule) for f in report.findings}
    assert {(8, "lead-form"), (9, "lead-form")} <= found
    assert not {r for p, r in found if p in (8, 9, 10) and r in (
        "preambular-numbered", "preambular-end", "numbering-sequence")}


def test_a_numbered_preamble_still_read_as_one(lib: library.Library, tmp_path: Path) -> None:
    body = [*MUN_HEAD, CND, "1. Noting that seized chemicals are stored in unsafe warehouses,",
            "2. Aware that few laboratories can test them safely,", "3. Urges Member States to fund safe storage;",
            "4. Requests a report on progress."]
    report, _ = check.check_file(make(tmp_path, body), lib)
    assert {p for p in (f.paragraph for f in report.findings if f.rule == "preambular-numbered")} == {6, 7}
