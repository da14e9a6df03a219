"""What round 34 left in the structure reader (#20, round 35, leftovers35).

An unnumbered operative paragraph that announces a list ("Defines", "Establishes the following:") over its items,
before the first numbered clause with section headings between them, is the first operative paragraph whether its
items are numbered like clauses ("1." "2.") or lettered ("a." "b.") and whether it ends with ":" or not: --fix writes
the colon and the letters, and the reading (and with it what --fix mends) must not turn when it does."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import check, library
from drafter.check import fix

HEAD = ["Committee: Disarmament and International Security Committee", "Topic: Small arms on the high seas",
        "Sponsors: Iceland", "Signatories: Chile, Ghana", "The General Assembly,",
        "Alarmed by the trade in small arms carried by sea,",
        "Recalling the Arms Trade Treaty of 2013,"]
TAIL = ["Part A - Ports",
        "1. Urges coastal States to inspect cargo declared as machine parts;",
        "2. Invites port authorities to share their inspection records."]


def draft(tmp_path: Path, chapeau: str, items: list[str], name: str = "draft.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([*HEAD, chapeau, *items, *TAIL]) + "\n", encoding="utf-8")
    return path


def rules_at(path: Path, lib: library.Library, paragraph: int) -> set[str]:
    report, _ = check.check_file(path, lib)
    return {f.rule for f in report.findings if f.paragraph == paragraph}


CHAPEAU = 8  # the announcing paragraph's index


@pytest.mark.parametrize(("chapeau", "items"), [
    ("Defines:", ["a. Carrier - a ship that holds the arms;", "b. Port - a harbour with a customs office;"]),
    ("Defines", ["a. Carrier - a ship that holds the arms;", "b. Port - a harbour with a customs office;"]),
    ("Establishes the following:", ["a. a register of carriers;", "b. a register of ports;"]),
])
def test_lettered_items_under_announcing_clause_past_headings(tmp_path: Path, lib: library.Library, chapeau: str,
                                                               items: list[str]) -> None:
    """The operative lead that announces the list reads as the first operative paragraph without its number, not
    as a preambular paragraph with an operative verb and sub-clauses."""
    found = rules_at(draft(tmp_path, chapeau, items), lib, CHAPEAU)
    assert "operative-unnumbered" in found
    assert not found & {"lead-form", "preambular-end"}
    assert not rules_at(draft(tmp_path, chapeau, items), lib, CHAPEAU + 1) & {"preambular-sub-clause"}


def test_fixing_announcing_clause_twice_changes_nothing(tmp_path: Path, lib: library.Library) -> None:
    """"Defines" over "1." "2." (its items numbered as clauses), then a heading and the clauses: --fix writes ":"
    and "a." "b."; a second --fix finds nothing to fix."""
    source = draft(tmp_path, "Defines", ["1. Carrier - a ship that holds the arms;",
                                         "2. Port - a harbour with a customs office;"])
    report, doc = check.check_file(source, lib)
    first = tmp_path / "fixed.txt"
    fixed, _ = fix.fix(report, doc, first, force=True)
    assert {(f.paragraph, f.rule) for f in fixed} >= {(CHAPEAU, "chapeau-colon"), (CHAPEAU + 1, "sub-label-style")}
    lines = first.read_text(encoding="utf-8").splitlines()
    assert lines[CHAPEAU - 1:CHAPEAU + 1] == ["Defines:", "a. Carrier - a ship that holds the arms;"]
    again, again_doc = check.check_file(first, lib)
    refixed, _ = fix.fix(again, again_doc, tmp_path / "fixed-twice.txt", force=True)
    assert [(f.paragraph, f.rule) for f in refixed] == []
    assert not {f.rule for f in again.findings if f.paragraph == CHAPEAU} & {"lead-form", "preambular-end"}


def test_preambular_paragraph_over_items_before_part_heading_stays(tmp_path: Path, lib: library.Library) -> None:
    """Clean: a preambular paragraph over lettered items, then the line naming the operative part: the items are the
    preamble's, the operative part opens after the part's heading."""
    path = tmp_path / "clean.txt"
    path.write_text("\n".join([*HEAD, "Having considered the following:", "a. the report of the panel;",
                               "b. the survey of ports;", "Operative Clauses", *TAIL[1:]]) + "\n", encoding="utf-8")
    assert "operative-unnumbered" not in rules_at(path, lib, CHAPEAU)


def test_numbered_announcing_clause_stays_clean(tmp_path: Path, lib: library.Library) -> None:
    """Clean: the announcing clause carries its number; its lettered items and the heading after them change
    nothing."""
    path = tmp_path / "numbered.txt"
    path.write_text("\n".join([*HEAD, "1. Defines:", "a. Carrier - a ship that holds the arms;",
                               "b. Port - a harbour with a customs office;", "Part A - Ports",
                               "2. Urges coastal States to inspect cargo declared as machine parts;",
                               "3. Invites port authorities to share their inspection records."]) + "\n",
                    encoding="utf-8")
    report, _ = check.check_file(path, lib)
    assert not {f.rule for f in report.findings} & {"operative-unnumbered", "lead-form", "preambular-sub-clause"}


PREAMBLE_ITEMS = ["Committee: Second Committee", "Topic: Mountain livelihoods", "Sponsors: Nepal", "Signatories: Peru",
                  "The General Assembly,", "Noting the hardships mountain communities face, which include:",
                  "a) roads that close for half of the year,", "b) clinics that stand days away on foot{end}",
                  "Recalling its earlier resolutions on mountain development,",
                  "1. Encourages States to plan for mountain areas;", "2. Requests the Secretary-General to report."]


@pytest.mark.parametrize(("end", "found"), [(";", True), (",", False)])
def test_last_preambular_item_ending_with_semicolon(tmp_path: Path, lib: library.Library, end: str,
                                                    found: bool) -> None:
    """The last item under a preambular paragraph closes it and carries its comma: one ending with ";" (an operative
    clause's mark) is a fault; one ending with "," is clean. --fix mends it once, and a second --fix finds nothing."""
    path = tmp_path / "items.txt"
    path.write_text("\n".join(PREAMBLE_ITEMS).format(end=end) + "\n", encoding="utf-8")
    report, doc = check.check_file(path, lib)
    assert ("preambular-end" in {f.rule for f in report.findings if f.paragraph == 8}) is found
    first = tmp_path / "fixed.txt"
    fix.fix(report, doc, first, force=True)
    assert first.read_text(encoding="utf-8").splitlines()[7].endswith("on foot,")
    again, again_doc = check.check_file(first, lib)
    refixed, _ = fix.fix(again, again_doc, tmp_path / "fixed-twice.txt", force=True)
    assert refixed == []
