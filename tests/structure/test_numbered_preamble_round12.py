"""A preamble the student numbered, read as the preamble when its leads are none the phrase list knows (found by
running the mutation probe of tests/check/test_mutations.py over the held-out drafts, round 12): under a line that
names the preamble ("Preambulatory Clauses:"), and with leads such as "Whereas …" and "Troubled that …"."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import rules_at
from students import bench_students

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

HEAD = ["Committee: Environment Assembly", "Topic: Desert locust swarms", "Sponsors: Ethiopia",
        "Signatories: Kenya, Oman", "The United Nations Environment Assembly,"]


def roles(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> list[str]:
    path = tmp_path / "draft.docx"
    bench_students.to_docx(paragraphs, path)
    read = read_structure(reader.read(path), lib)
    by_index = {n.para.index: n.role for n in read.nodes}
    return [by_index.get(i, "") for i in range(1, len(paragraphs) + 1)]


def test_numbered_paragraphs_under_a_preamble_line_stay_the_preamble(tmp_path: Path, lib: library.Library) -> None:
    body = ["Preambulatory Clauses:", "1. We are alarmed that swarms destroyed crops in twelve countries,",
            "2. We are worried that forecasts reach farmers too late,", "Operative Clauses:",
            "1. Asks the Food and Agriculture Organization to share forecasts daily;",
            "2. Invites donors to fund spraying teams."]
    got = roles(tmp_path, lib, [*HEAD, *body])
    assert got[5:] == ["section", "preambular", "preambular", "section", "operative", "operative"], got
    found = rules_at(tmp_path, lib, [*HEAD, *body])
    assert (7, "preambular-numbered") in found and (7, "lead-form") in found, found
    assert not [r for r in found if r[1] in ("operative-end", "operative-no-verb")], found


def test_the_operative_part_numbered_on_after_a_preamble_line(tmp_path: Path, lib: library.Library) -> None:
    body = ["Preambulatory Clauses:", "1. We are alarmed that swarms destroyed crops in twelve countries,",
            "2. We are worried that forecasts reach farmers too late,",
            "3. Asks the Food and Agriculture Organization to share forecasts daily;",
            "4. Invites donors to fund spraying teams."]
    got = roles(tmp_path, lib, [*HEAD, *body])
    assert got[6:] == ["preambular", "preambular", "operative", "operative"], got


def test_unknown_preambular_leads_of_a_numbered_preamble(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. Whereas swarms destroyed crops in twelve countries, and",
            "2. Troubled that forecasts reach farmers too late,", "3. Heartened by the new spraying teams,",
            "4. Dismayed at the cost of pesticides,"]
    got = roles(tmp_path, lib, [*HEAD, *body])
    assert got[5:] == ["preambular"] * 4, got


def test_numbered_operative_verbs_are_not_taken_for_the_preamble(tmp_path: Path, lib: library.Library) -> None:
    body = ["Preambulatory Clauses:", "Alarmed that swarms destroyed crops in twelve countries,",
            "1. Asks the Food and Agriculture Organization to share forecasts daily;",
            "2. Invites donors to fund spraying teams."]
    got = roles(tmp_path, lib, [*HEAD, *body])
    assert got[6:] == ["preambular", "operative", "operative"], got
