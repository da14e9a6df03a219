"""Misses and false alarms of the checker on the set holdout79 (#20: drafts from conferences in continental Europe),
held by sentences of our own: quotations in the marks of German and Central-European typing, which open low and close
high („…“ in German, „…” in Polish or Hungarian, ‚…‘ in single marks, „…‟ in PDF copies), and guillemets («…» in French,
Italian or Spanish typing, »…« in German), are closed quotations; one left open is still reported, and what such a
quotation says is not the clause's own wording (no stray full stop in it)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEADING = ["FORUM: Economic and Social Council", "QUESTION OF: Clean rivers in Central Europe",
           "SUBMITTED BY: Czech Republic", "CO-SUBMITTERS: Slovakia, Hungary, Austria"]
ORGAN = "THE ECONOMIC AND SOCIAL COUNCIL,"
OPS = ["1. Encourages riparian States to share water-quality data every month;",
       "2. Invites the Danube Commission to publish a yearly report on river pollution."]


def _found(tmp_path: Path, lib: library.Library, preamble: str, name: str) -> dict[str, list[int]]:
    return rules(make(tmp_path, [*HEADING, ORGAN, preamble, *OPS], name), lib)


def test_low_opening_quotations_are_closed(lib: library.Library, tmp_path: Path) -> None:
    for i, preamble in enumerate((
            "Welcoming the „Blue Danube“ programme of the riparian States,",  # German „…“
            "Welcoming the „Blue Danube” programme of the riparian States,",  # Polish, Hungarian „…”
            "Welcoming the ‚Blue Danube‘ programme of the riparian States,",  # single marks ‚…‘
            "Recalling the appeal „Keep the rivers clean“ and the campaign „Rivers for all“ of 2019,")):
        assert "quote-unclosed" not in _found(tmp_path, lib, preamble, f"closed{i}.docx")


def test_a_low_opening_quotation_left_open_is_reported(lib: library.Library, tmp_path: Path) -> None:
    found = _found(tmp_path, lib, "Welcoming the „Blue Danube programme of the riparian States,", "open.docx")
    assert found.get("quote-unclosed") == [6]


def test_full_stops_inside_a_low_opening_quotation_are_the_quotations(lib: library.Library, tmp_path: Path) -> None:
    found = _found(tmp_path, lib, "Recalling the motto „Measure. Share. Clean up.“ of the river commissions,",
                   "motto.docx")
    assert "stray-full-stop" not in found
    assert "quote-unclosed" not in found


def test_reversed_high_marks_of_a_pdf_copy_close_a_low_quotation(lib: library.Library, tmp_path: Path) -> None:
    preamble = "Noting that the Commission‟s motto „Measure. Share. Clean up.‟ guides the riparian States,"
    found = _found(tmp_path, lib, preamble, "reversed.docx")
    assert "stray-full-stop" not in found
    assert "quote-unclosed" not in found


def test_full_stops_inside_guillemets_are_the_quotations(lib: library.Library, tmp_path: Path) -> None:
    for i, preamble in enumerate((
            "Recalling the motto « Measure. Share. Clean up. » of the river commissions,",  # French spacing
            "Recalling the motto «Measure. Share. Clean up.» of the river commissions,",  # Italian, Spanish
            "Recalling the motto »Measure. Share. Clean up.« of the river commissions,")):  # German, Danish
        found = _found(tmp_path, lib, preamble, f"guillemets{i}.docx")
        assert "stray-full-stop" not in found
        assert "quote-unclosed" not in found


def test_a_guillemet_left_open_is_reported_and_a_lone_pointer_is_no_quotation(lib: library.Library,
                                                                               tmp_path: Path) -> None:
    found = _found(tmp_path, lib, "Recalling the motto « Measure, share, clean up of the river commissions,",
                   "open-guillemet.docx")
    assert found.get("quote-unclosed") == [6]
    found = _found(tmp_path, lib, "Recalling the river commissions » all of them founded before 1990,", "arrow.docx")
    assert "quote-unclosed" not in found
