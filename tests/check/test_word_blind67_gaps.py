"""The general cause behind word-blind67's false alarms (bench/students/word-blind67), on sentences of our own: a
clause pasted from undocs.org keeps the no-break spaces the UN puts inside a date ("12<NBSP>March 2019"), and the
date rule, which compares the date as written with the date as the UN writes it, took the no-break space for a
slip. A date differing only by its kind of space is written right; a date in another order is still reported."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import Para, findings
from docmaker import make

from drafter import library

HEAD: list[Para] = ["FORUM: General Assembly Second Committee", "QUESTION OF: Desert locust early warning",
                    "SUBMITTED BY: Niger", "CO-SUBMITTERS: Chad, Mali", "THE GENERAL ASSEMBLY,"]


def _dates(tmp_path: Path, lib: library.Library, date: str) -> list[int]:
    draft: list[Para] = [*HEAD, f"Recalling its resolution 73/284 of {date}, on the locust upsurge in the Sahel,",
                         "1. Calls upon Member States to share locust sightings in real time."]
    return [f.paragraph for f in findings(make(tmp_path, draft, "dates.docx"), lib) if f.rule == "date-format"]


def test_no_break_and_thin_spaces_in_a_date_are_not_a_slip(tmp_path: Path, lib: library.Library) -> None:
    assert _dates(tmp_path, lib, "12\u00a0March 2019") == []
    assert _dates(tmp_path, lib, "12\u00a0March\u00a02019") == []
    assert _dates(tmp_path, lib, "12\u202fMarch 2019") == []


def test_a_date_in_another_order_is_still_reported(tmp_path: Path, lib: library.Library) -> None:
    assert _dates(tmp_path, lib, "March\u00a012, 2019") == [6]
    assert _dates(tmp_path, lib, "12th\u00a0March 2019") == [6]
