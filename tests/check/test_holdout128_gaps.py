"""Gaps of the blind set holdout128 (#20, round 34: real English student drafts on environment, health and economy
topics), held by sentences of our own with passing drafts beside them:

* a quotation in single marks ('…' typed straight, or ‘…’) holds a sentence of its own: its full stop is the
  quotation's, not the clause's (no `stray-full-stop`, MUN-F05); a full stop outside the quotation, and one in a
  clause whose apostrophes ("world's") open no quotation, are still found;
* a "Main co-submitters:" line is a co-submitters field (MUN-H02), so a State named there and again under
  "Co-submitted by:" is listed twice (`sponsor-duplicate`); distinct lists pass.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["FORUM: Economic and Social Council", "QUESTION OF: Clean cooking fuels in rural homes",
        "SUBMITTED BY: Ghana", "CO-SUBMITTERS: Peru, Nepal", "THE ECONOMIC AND SOCIAL COUNCIL,"]
BODY = ["Concerned that indoor smoke from open fires harms the health of millions of families,",
        "1. Encourages Member States to subsidise clean stoves for rural households;",
        "2. Requests the Secretary-General to report on progress at the next session."]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- stray-full-stop: a sentence quoted in single marks -----------------------------------------------------------------

def test_full_stop_inside_single_quoted_sentence_passes(lib: library.Library, tmp_path: Path) -> None:
    quoted = ["Recalling the report's finding that 'Stoves burn less wood. Families save hours of work each week',",
              "Noting the words of the Special Rapporteur, ‘Clean air is a right. No family should choose between "
              "warmth and health’,"]
    assert "stray-full-stop" not in rules(_draft(tmp_path, [*HEAD, *quoted, *BODY]), lib)


def test_full_stop_outside_single_quotes_is_still_found(lib: library.Library, tmp_path: Path) -> None:
    outside = ["Recalling the 'clean cooking' goal of the programme. The goal has not been met in the world's poorest "
               "regions,"]
    assert rules(_draft(tmp_path, [*HEAD, *outside, *BODY]), lib).get("stray-full-stop") == [6]
    apostrophes = ["Aware of the world's fuel prices. Families' budgets cannot meet them,"]
    assert rules(_draft(tmp_path, [*HEAD, *apostrophes, *BODY]), lib).get("stray-full-stop") == [6]


# -- sponsor-duplicate: "Main co-submitters" is a co-submitters line -----------------------------------------------------

MAIN = ["FORUM: Economic and Social Council", "QUESTION OF: Clean cooking fuels in rural homes",
        "SUBMITTED BY: Ghana"]


def test_state_in_main_co_submitters_and_co_submitters_is_listed_twice(lib: library.Library,
                                                                        tmp_path: Path) -> None:
    lines = [*MAIN, "Main co-submitters: Peru, Nepal", "Co-submitted by: Chile, Nepal, Kenya",
             "THE ECONOMIC AND SOCIAL COUNCIL,", *BODY]
    assert rules(_draft(tmp_path, lines), lib).get("sponsor-duplicate") == [5]


def test_distinct_main_co_submitters_pass(lib: library.Library, tmp_path: Path) -> None:
    lines = [*MAIN, "Main co-submitters: Peru, Nepal", "Co-submitted by: Chile, Kenya",
             "THE ECONOMIC AND SOCIAL COUNCIL,", *BODY]
    found = rules(_draft(tmp_path, lines), lib)
    assert "sponsor-duplicate" not in found
    assert "heading-repeated" not in found and "heading-missing" not in found
