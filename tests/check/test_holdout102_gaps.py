"""Faults of the blind set holdout102 (#20): real English drafts by addresses no earlier set used. Held by sentences
of our own: the parliamentary motion's opening ("That this House", "That this Assembly"), which Rotary Model United
Nations Assemblies and youth parliaments print where a resolution's organ line stands, is read as that line in
another form (organ-line, on it), not as a line of the heading with the organ line "missing" on the first clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: General Assembly Third Committee", "Topic: Safe drinking water for rural schools",
        "Sponsors: Fiji, Samoa", "Signatories: Tonga, Vanuatu"]
BODY = ["Recognising that many rural schools have no safe drinking water,",
        "Noting with concern the cost of water-borne illness to the families of pupils,",
        "1. Calls upon Member States to fund wells beside rural schools;",
        "2. Requests the Secretary-General to report on the progress made at its next session."]


def _organ_problems(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "organ-line"]


@pytest.mark.parametrize("motion", ["That this House", "That this Assembly", "That this assembly", "THAT THIS ASSEMBLY:",
                                    "That this Council,", "That this House —"])
def test_a_motion_opening_stands_where_the_organ_line_does(lib: library.Library, tmp_path: Path, motion: str) -> None:
    found = _organ_problems(make(tmp_path, [*HEAD, motion, *BODY]), lib)
    assert [paragraph for paragraph, _ in found] == [5]  # on the motion's line, not on the first clause
    assert "motion" in found[0][1]


def test_a_motion_opening_without_a_heading_is_no_heading_line(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, ["That this Assembly", *BODY]), lib)
    assert found.get("organ-line") == [1]


def test_the_organ_line_itself_is_still_right(lib: library.Library, tmp_path: Path) -> None:
    assert "organ-line" not in rules(make(tmp_path, [*HEAD, "The General Assembly,", *BODY]), lib)


@pytest.mark.parametrize("line", ["That this House calls upon Member States to fund wells beside rural schools.",
                                  "That this assembly of delegates has met twice this year"])
def test_a_whole_motion_or_a_sentence_is_no_organ_line(lib: library.Library, tmp_path: Path, line: str) -> None:
    found = _organ_problems(make(tmp_path, [*HEAD, line, *BODY]), lib)
    assert not any("motion" in message for _, message in found)
