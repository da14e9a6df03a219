"""word-blind87: drafts laid out in tables (round 37). A two-column table with the lead in the left cell and the
rest of the clause in the right one: two rows whose lead cells read alike are two clauses, not one said twice."""
from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make
from docx import Document

from drafter import library


def _two_columns(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    """A draft whose body is a two-column table: the lead (italic) in the left cell, the rest in the right."""
    path = make(tmp_path, ["Committee: Fourth Committee", "Topic: Lighthouses on small islands",
                           "Sponsors: Fiji, Malta", "Signatories: Cabo Verde, Iceland, Tonga",
                           [("The General Assembly", "i"), (",", "")]])
    doc = Document(str(path))
    table = doc.add_table(rows=len(rows), cols=2)
    for row, (lead, rest) in zip(table.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(lead).italic = True
        row.cells[1].paragraphs[0].add_run(rest)
    doc.save(str(path))
    return path


PREAMBLE = [("Noting", "that many small islands still rely on lighthouses kept by hand,"),
            ("Aware", "that automated beacons need spare parts shipped from far away,")]


def test_two_rows_with_the_same_lead_cell_are_not_one_clause_said_twice(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    path = _two_columns(tmp_path, [*PREAMBLE,
                                   ("1. Recommends", "that coastal States keep a register of their lighthouses;"),
                                   ("2. Recommends", "that island States train keepers to repair solar beacons;"),
                                   ("3. Encourages", "Member States to share spare parts for beacons;"),
                                   ("4. Encourages", "donors to fund lighthouses on remote islands.")])
    assert "duplicate-paragraph" not in rules(path, lib)


def test_a_row_copied_whole_is_still_a_clause_said_twice(tmp_path: Path, lib: library.Library) -> None:
    path = _two_columns(tmp_path, [*PREAMBLE,
                                   ("1. Recommends", "that coastal States keep a register of their lighthouses;"),
                                   ("2. Recommends", "that coastal States keep a register of their lighthouses;"),
                                   ("3. Encourages", "donors to fund lighthouses on remote islands.")])
    found = rules(path, lib)
    assert len(found.get("duplicate-paragraph", [])) == 1
