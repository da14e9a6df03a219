"""Sources a student was asked to cite, typed after the last clause (holdout91, #20), tested with sentences of our own:
a heading of the sources list ("Sources:", "Works Cited", "## Notes", "Bibliography") over its entries, numbered or
labelled, and a note under a star whose sign the text carries, are kept apart like an annex; none of their lines is a
clause or a sub-paragraph. A heading with clauses after it, or a star the text does not carry, changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

HEAD = ["Committee: General Assembly Second Committee", "Topic: Water for rural schools", "Sponsors: Ghana, Peru",
        "Signatories: Tonga", "The General Assembly,",
        "Concerned that one school in four in rural areas has no drinking water,"]
CLAUSES = ["1. Calls upon Member States to bring drinking water to every rural school;",
           "2. Invites donors to fund wells and filters for rural schools."]


@pytest.mark.parametrize("heading, entries", [
    ("Sources:", ["1. Joint Monitoring Programme, Drinking water in schools, 2024.", "2. WaterAid, Annual report, 2023."]),
    ("Bibliography", ["(1) Joint Monitoring Programme, Drinking water in schools, 2024.",
                      "(2) WaterAid, Annual report, 2023."]),
    ("Works Cited", ["WaterAid. Annual Report. 2023.", "Joint Monitoring Programme. Water in Schools. 2024."]),
])
def test_a_sources_list_after_the_last_clause_is_no_clause(tmp_path: Path, lib: library.Library, heading: str,
                                                            entries: list[str]) -> None:
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *CLAUSES, heading, *entries])), lib)
    assert [n.label for n in tree.operative] == ["1", "2"]
    assert not tree.operative[1].children
    assert [n.text for n in tree.annexes] == [heading, *entries]


def test_a_notes_heading_with_clauses_after_it_is_not_a_sources_list(tmp_path: Path, lib: library.Library) -> None:
    entries = ["1. WaterAid, Annual report, 2023.", "2. Joint Monitoring Programme, Drinking water in schools, 2024."]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *CLAUSES, "## Notes", *entries])), lib)
    assert [n.text for n in tree.annexes][1:] == entries

    after = ["3. Requests the Secretary-General to report on water in schools."]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *CLAUSES[:1], "Notes", CLAUSES[1].replace(".", ";"),
                                                      *after], "clauses.docx")), lib)
    assert [n.label for n in tree.operative] == ["1", "2", "3"] and not tree.annexes


def test_a_star_note_after_the_text_is_kept_apart_when_the_text_carries_its_star(tmp_path: Path,
                                                                                 lib: library.Library) -> None:
    note = "* Convention on the Rights of the Child, United Nations Treaty Series, vol. 1577, p. 3."
    starred = HEAD[:-1] + ["Recalling the Convention on the Rights of the Child* and its Optional Protocols,"]
    tree = read_structure(reader.read(make(tmp_path, [*starred, *CLAUSES, note])), lib)
    assert [n.text for n in tree.annexes] == [note] and not tree.operative[1].children

    # no lone star glued to a word before it: the line is read as before (not kept apart)
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *CLAUSES, note], "plain.docx")), lib)
    assert not tree.annexes
