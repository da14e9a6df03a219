"""General causes behind the misses and false alarms of the fifth held-out student set (bench/students/holdout5),
each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import check, library

# -- a full stop typed between two lower-case words ------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "1. Requests the Office to report on the cases that need. further study;",
    "1. Requests the Office to report on matters that require. urgent attention;",
])
def test_a_full_stop_between_two_lower_case_words_is_stray(tmp_path: Path, lib: library.Library,
                                                          clause: str) -> None:
    assert (7, "stray-full-stop") in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP2])


@pytest.mark.parametrize("clause", [
    "1. Requests the Office to report on piracy, smuggling, etc. in its next report;",
    "1. Requests the Office to report on the cases, e.g. those of piracy, and i.e. the worst;",
    "1. Requests the Office to report on approx. two hundred cases of piracy;",
    "1. Requests the Office to report on the cases under art. five of the Convention;",
    "1. Requests the Office to report on the cases listed at www.unodc.org as urgent;",
])
def test_abbreviations_and_addresses_keep_their_full_stops(tmp_path: Path, lib: library.Library, clause: str) -> None:
    assert (7, "stray-full-stop") not in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP2])


def test_under_the_un_profile_the_lower_case_test_is_made_too(tmp_path: Path, lib: library.Library) -> None:
    # made for the MUN profiles only at first; holdout99 (en-04 ¶22, "…by disasters. and to present it …") found the
    # slip in a UN-style draft, and the adopted texts of bench/real_un.py hold no such stop (its output unchanged)
    clause = "1. Requests the Office to report on the cases that need. further study;"
    assert (7, "stray-full-stop") in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP2], profile="un")


# -- a Security Council forum named by a combined label -----------------------------------------------------------

SC_HEAD = ["COMMITTEE/FORUM: Security Council", "QUESTION OF: Reform of the working methods of the Council",
           "SUBMITTED BY: Belgium", "CO-SUBMITTERS: Chile, Kenya"]
DECIDES = [("2. ", ""), ("Decides", "u"), (" to remain seized of the matter.", "")]


def test_a_security_council_forum_wants_the_councils_organ_line(tmp_path: Path, lib: library.Library) -> None:
    organ = [("THE GENERAL ASSEMBLY", "i"), (",", "")]
    report = [f for f in findings(make(tmp_path, [*SC_HEAD, organ, PRE, OP1, DECIDES]), lib, "thimun")
              if f.rule == "organ-line"]
    assert len(report) == 1 and report[0].paragraph == 5 and "Security Council" in report[0].message


def test_in_a_security_council_forum_decides_is_the_councils_own_verb(tmp_path: Path, lib: library.Library) -> None:
    organ = [("THE SECURITY COUNCIL", "i"), (",", "")]
    rules = rules_at(tmp_path, lib, [*SC_HEAD, organ, PRE, OP1, DECIDES], profile="thimun")
    assert not [r for r in rules if r[1] in ("sc-only-phrase", "organ-line", "heading-missing")]


def test_outside_the_council_decides_is_still_reserved(tmp_path: Path, lib: library.Library) -> None:
    head = ["FORUM: General Assembly", *SC_HEAD[1:]]
    organ = [("THE GENERAL ASSEMBLY", "i"), (",", "")]
    assert (8, "sc-only-phrase") in rules_at(tmp_path, lib, [*head, organ, PRE, OP1, DECIDES], profile="thimun")


# -- a main submitter implies co-submitters --------------------------------------------------------------------------

THIMUN = ["FORUM: General Assembly", "QUESTION OF: Regulation of autonomous weapons"]
THIMUN_ORGAN = [("THE GENERAL ASSEMBLY", "i"), (",", "")]


def test_a_main_submitter_without_co_submitters_lacks_that_line(tmp_path: Path, lib: library.Library) -> None:
    report = [f for f in findings(make(tmp_path, [*THIMUN, "MAIN SUBMITTER: Chile", THIMUN_ORGAN, PRE, OP1, OP2]),
                                  lib, "thimun") if f.rule == "heading-missing"]
    assert [f.message for f in report] == ["the heading lacks the CO-SUBMITTERS line"]


@pytest.mark.parametrize("lines", [
    ["MAIN SUBMITTER: Chile", "CO-SUBMITTERS: Austria, Mexico"],
    ["Main Submitter: Chile", "Co-Submiters: Austria, Mexico"],  # a slip in the label
    ["MAIN SUBMITTED BY: Chile", "CO-SUBMITTED BY: Austria, Mexico"],
    ["MAIN SUBMITTER: Chile", "SIGNATORIES: Austria, Mexico"],
    ["SUBMITTED BY: Chile", "CO-SUBMITTERS: Austria, Mexico"],
])
def test_co_submitters_however_labelled_or_no_main_submitter(tmp_path: Path, lib: library.Library,
                                                             lines: list[str]) -> None:
    rules = rules_at(tmp_path, lib, [*THIMUN, *lines, THIMUN_ORGAN, PRE, OP1, OP2], profile="thimun")
    assert not [r for r in rules if r[1] == "heading-missing"]


# -- "Topic B:" is the topic line; an English "Draft Resolution" title is an English conference draft ----------------

@pytest.mark.parametrize("label", ["Topic B", "Topic 2", "Topic II", "Agenda A"])
def test_a_lettered_or_numbered_topic_label_is_the_topic(tmp_path: Path, lib: library.Library, label: str) -> None:
    head = [EN_HEAD[0], f"{label}: Global governance of cybercrime", *EN_HEAD[2:]]
    assert not [r for r in rules_at(tmp_path, lib, [*head, ORGAN, PRE, OP1, OP2]) if r[1] == "heading-missing"]


def test_an_english_draft_titled_draft_resolution_follows_an_english_profile(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    report, _ = check.check_file(make(tmp_path, ["Draft Resolution", *EN_HEAD, ORGAN, PRE, OP1, OP2]), lib)
    assert report.profile == "una-usa"


# -- a State's name in a style it does not have ----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "state", "rule"), [
    ("Kingdom of Ukraine", "Ukraine", "state-style"),
    ("Dominion of Canada", "Canada", "state-style"),
    ("Principality of Japan", "Japan", "state-style"),
    ("Republic of the Philippine", "Philippines", "state-name"),  # a misspelling stays a warning
    ("Portugese Republic", "Portugal", "state-name"),
])
def test_a_style_the_state_does_not_have_is_not_its_name(tmp_path: Path, lib: library.Library,
                                                        name: str, state: str, rule: str) -> None:
    head = [*EN_HEAD[:3], f"Signatories: Brazil, {name}"]
    report = [f for f in findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib)
              if f.rule in ("state-name", "state-style") and f.paragraph == 4]
    assert [f.rule for f in report] == [rule] and repr(state) in report[0].message


@pytest.mark.parametrize("name", ["Italian Republic", "Argentine Republic", "Kingdom of Spain", "Republic of Poland",
                                  "Republic of the Philippines", "Commonwealth of Australia", "Ukraine"])
def test_formal_names_and_their_adjective_forms_stay_names(tmp_path: Path, lib: library.Library, name: str) -> None:
    head = [*EN_HEAD[:3], f"Signatories: Brazil, {name}"]
    assert (4, "state-name") not in rules_at(tmp_path, lib, [*head, ORGAN, PRE, OP1, OP2])
