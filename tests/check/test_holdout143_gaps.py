"""Gaps of the blind set holdout143 (#20, round 35, second wave: real English student drafts found by the names of
UN agencies, funds and programmes), held by sentences of our own with passing drafts beside them:

* a body's name without its article, every word capitalised and ended by a body's word ("World Meteorological
  Organization,", "Youth Climate Committee,"), before the preamble is the organ line written without "The": the
  checker says that on the line itself (showing the line's own name with "The" when no list holds the body), not
  that the organ line is missing before the preamble; a heading line or a clause that ends with a comma is no organ
  line for it.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import check, library

HEADING = ["Committee: World Meteorological Organization", "Topic: Early warning systems for small islands",
           "Sponsors: Fiji, Tonga", "Signatories: Chile, Ghana, Nepal"]
BODY = ["Noting with concern that many small islands lack early warning systems for storms,",
        "1. Encourages Member States to share weather radar data with their neighbours;",
        "2. Requests the Secretariat to report on progress at the next session."]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

# -- organ-line: a body's name without "The" before the preamble -------------------------------------------------------

def test_body_name_without_article_is_the_organ_line(lib: library.Library, tmp_path: Path) -> None:
    for organ in ("World Meteorological Organization,", "Youth Climate Committee,", "WORLD METEOROLOGICAL ORGANIZATION,"):
        found = rules(_draft(tmp_path, [*HEADING, organ, *BODY]), lib)
        assert found.get("organ-line") == [5], (organ, found)  # on the line itself, not "missing" on the preamble


def test_article_example_shows_the_lines_own_name(lib: library.Library, tmp_path: Path) -> None:
    report, _ = check.check_file(_draft(tmp_path, ["Topic: Early warning", "Sponsors: Fiji", "Signatories: Chile",
                                                    "World Meteorological Organization,", *BODY]), lib)
    problems = [f.message for f in report.findings if f.rule == "organ-line"]
    assert any("The World Meteorological Organization," in p for p in problems), problems


def test_organ_line_with_article_and_heading_lines_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    assert "organ-line" not in rules(_draft(tmp_path, [*HEADING, "The World Meteorological Organization,", *BODY]), lib)
    # a heading value ending with a comma is not taken for the organ line: the organ line is still missing
    found = rules(_draft(tmp_path, [*HEADING, *BODY]), lib)
    assert found.get("organ-line") == [5], found
