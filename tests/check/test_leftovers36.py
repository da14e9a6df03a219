"""What round 35 left (#20, round 36), held by sentences of our own with passing drafts beside them:

* a draft whose writer marks no paragraph's end: operative lines left unnumbered before "1." ("Welcomes …",
  "Support …", "Expanding …") are clauses without their numbers, not preambular paragraphs, when the preamble before
  them is unmarked too, another line follows the first of them and no preambular lead; an "Encourages" slip in a
  punctuated preamble, one a preambular lead follows, or one alone right before "1." stays a preambular paragraph with a wrong-part lead;
* an operative paragraph opening with a participle and going on with ", and <verb>" ("Calling for …, and calls for
  …") opens on the participle, no frame before its verb: lead-form; a participle frame before the verb with no "and"
  ("Bearing in mind …, decides", as adopted texts write) and "and" after another frame stay clean;
* a bare organ line at the head of the heading with the organ's abbreviation after a comma or dash ("SECURITY
  COUNCIL, UNSC") names the forum: no heading-missing; a line that names no organ ("Fresh water, SIDS") still does.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEADING = ["Committee: Economic and Financial Committee", "Topic: Fresh water for small island States",
           "Sponsors: Fiji, Maldives", "Signatories: Chile, Ghana, Nepal", "The General Assembly,"]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- item 1: operative lines before "1." in a draft that marks no paragraph's end -------------------------------------

UNMARKED_PREAMBLE = ["Recalling the commitments on water made by small island developing States in Samoa",
                     "Alarmed by the salt water reaching the wells of many low-lying islands every year"]


def test_unmarked_operative_lines_before_one_are_clauses(lib: library.Library, tmp_path: Path) -> None:
    lines = [*HEADING, *UNMARKED_PREAMBLE,
             "Welcomes the work of regional centres that test the wells of island communities",
             "Support the building of rain water tanks on every inhabited island",
             "Expanding the training of local engineers in the repair of desalination plants",
             "1. Requests the Secretary-General to report on the progress made",
             "2. Decides to remain seized of the matter"]
    found = rules(_draft(tmp_path, lines), lib)
    assert found.get("operative-unnumbered", []) == [8, 9, 10]
    assert {8, 9, 10} <= set(found.get("operative-end", []))
    assert not {8, 9, 10} & set(found.get("preambular-end", []))
    assert 9 in found.get("lead-form", []) and 10 in found.get("lead-form", [])


def test_the_marks_fix_writes_keep_the_reading(lib: library.Library, tmp_path: Path) -> None:
    """Once --fix has given the preamble its commas and the unnumbered clauses their semicolons, the lines are read
    as before: clauses, not preambular paragraphs (--fix twice equals --fix once)."""
    lines = [*HEADING, *(line + "," for line in UNMARKED_PREAMBLE),
             "Welcomes the work of regional centres that test the wells of island communities;",
             "Support the building of rain water tanks on every inhabited island;",
             "Expanding the training of local engineers in the repair of desalination plants;",
             "1. Requests the Secretary-General to report on the progress made;",
             "2. Decides to remain seized of the matter."]
    found = rules(_draft(tmp_path, lines), lib)
    assert found.get("operative-unnumbered", []) == [8, 9, 10]
    assert not {8, 9, 10} & set(found.get("preambular-end", []) + found.get("operative-end", []))
    mixed = [*lines[:8], lines[8].replace(";", ","), *lines[9:]]  # a comma after the lead: the marks say preamble
    assert 8 not in rules(_draft(tmp_path, mixed), lib).get("operative-unnumbered", [])


def test_wrong_part_lead_in_a_preamble_stays_preambular(lib: library.Library, tmp_path: Path) -> None:
    punctuated = [*HEADING, "Recalling the commitments on water made by small island developing States in Samoa,",
                  "Encourages the work of regional centres that test the wells of island communities,",
                  "Alarmed by the salt water reaching the wells of many low-lying islands every year,",
                  "1. Requests the Secretary-General to report on the progress made;",
                  "2. Decides to remain seized of the matter."]
    unmarked = [*HEADING, *UNMARKED_PREAMBLE[:1],
                "Encourages the work of regional centres that test the wells of island communities",
                UNMARKED_PREAMBLE[1],
                "1. Requests the Secretary-General to report on the progress made",
                "2. Decides to remain seized of the matter"]
    alone = [*HEADING, UNMARKED_PREAMBLE[1],
             "Encourages the work of regional centres that test the wells of island communities",
             "1. Requests the Secretary-General to report on the progress made",
             "2. Decides to remain seized of the matter"]
    for lines in (punctuated, unmarked, alone):
        found = rules(_draft(tmp_path, lines), lib)
        assert 7 in found.get("lead-form", []), lines[6]
        assert "operative-unnumbered" not in found, lines[6]


# -- item 2: a participle lead is no frame before a verb joined by "and" ---------------------------------------------

PUNCTUATED_PREAMBLE = ["Alarmed by the salt water reaching the wells of many low-lying islands every year,"]


def test_participle_then_and_verb_is_no_frame(lib: library.Library, tmp_path: Path) -> None:
    for clause in ("1. Calling for the repair of rain water tanks on every island, and calls for a fund to pay for it;",
                   "1. Urging Member States to share their maps of wells, and urges the regional centres to test them;"):
        lines = [*HEADING, *PUNCTUATED_PREAMBLE, clause, "2. Decides to remain seized of the matter."]
        assert 7 in rules(_draft(tmp_path, lines), lib).get("lead-form", []), clause


def test_frames_before_the_verb_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    for clause in ("1. Bearing in mind the cost of desalination plants, decides to open a fund for island States;",
                   "1. Taking into account the needs of the smallest islands, requests the regional centres to help;",
                   "1. In this regard, and mindful of the cost, requests the regional centres to help;"):
        lines = [*HEADING, *PUNCTUATED_PREAMBLE, clause, "2. Decides to remain seized of the matter."]
        found = rules(_draft(tmp_path, lines), lib)
        assert 7 not in found.get("lead-form", []) and 7 not in found.get("operative-no-verb", []), clause


# -- item 3: a bare organ line with its abbreviation after a comma ----------------------------------------------------

def _heading_missing(lib: library.Library, tmp_path: Path, first: str) -> list[int]:
    lines = [first, "MAIN SUBMITTER: Fiji", "CO-SUBMITTERS: Maldives, Tuvalu", "SIGNATORIES: Chile, Ghana, Nepal",
             "TOPIC: Fresh water for small island States", "The General Assembly,", *PUNCTUATED_PREAMBLE,
             "1. Requests the Secretary-General to report on the progress made;",
             "2. Decides to remain seized of the matter."]
    return rules(_draft(tmp_path, lines), lib).get("heading-missing", [])


def test_bare_organ_line_with_abbreviation_after_a_comma_names_the_forum(lib: library.Library,
                                                                         tmp_path: Path) -> None:
    for first in ("SECURITY COUNCIL, UNSC", "GENERAL ASSEMBLY, UNHC", "Human Rights Council - HRC"):
        assert _heading_missing(lib, tmp_path, first) == [], first


def test_line_naming_no_organ_leaves_the_forum_missing(lib: library.Library, tmp_path: Path) -> None:
    assert _heading_missing(lib, tmp_path, "FRESH WATER, SIDS") != []
