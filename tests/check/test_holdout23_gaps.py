"""General causes behind the findings of the twenty-third held-out student set (bench/students/holdout23: drafts
from conferences outside the US/UK circuit), tested with headings of our own in the pattern students write: the
THIMUN labels in their longer forms, "FORUM OF:" (printed above "QUESTION OF:") and "MAIN SUBMITTED BY:"."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import make, rules_at

from drafter import check, library
from drafter.structure.heading import fields_in, fold_label

THIMUN_ORGAN = [("THE GENERAL ASSEMBLY", "i"), (",", "")]
AWARE = [("Aware", "i"), (" that coastal wetlands store more carbon per hectare than inland forests,", "")]
OP1 = [("1. ", ""), ("Encourages", "u"), (" coastal States to map their mangrove belts;", "")]
OP2 = [("2. ", ""), ("Invites", "u"), (" regional banks to fund replanting schemes.", "")]


# -- "FORUM OF:" is the FORUM label; "MAIN SUBMITTED BY:" the MAIN SUBMITTER label (MUN-H02) ---------------------

def test_the_longer_thimun_labels_name_their_fields() -> None:
    forum = fields_in("FORUM OF: Environment Commission 2")
    assert [(f.key, fold_label(f.label), f.value) for f in forum] == [("committee", "forum", "Environment Commission 2")]
    assert [f.key for f in fields_in("Forum of: Special Conference on Oceans")] == ["committee"]
    main = fields_in("MAIN SUBMITTED BY: Republic of Fiji")
    assert [(f.key, fold_label(f.label), f.value) for f in main] == [("sponsors", "mainsubmitter", "Republic of Fiji")]
    # "of" inside a value is no label
    assert [f.key for f in fields_in("QUESTION OF: The forum of small island States")] == ["topic"]


def test_a_heading_opening_with_forum_of_has_its_forum_line(tmp_path: Path, lib: library.Library) -> None:
    head = ["FORUM OF: Environment Commission 2", "QUESTION OF: Protecting mangrove forests",
            "SUBMITTED BY: Republic of Fiji", "CO-SUBMITTERS: Ghana, Viet Nam"]
    found = rules_at(tmp_path, lib, [*head, THIMUN_ORGAN, AWARE, OP1, OP2])
    assert "heading-missing" not in {rule for _, rule in found}, found


def test_a_heading_with_forum_of_is_read_as_thimun(tmp_path: Path, lib: library.Library) -> None:
    head = ["FORUM OF: Environment Commission 2", "Topic: Protecting mangrove forests", "Sponsors: Fiji"]
    report, _ = check.check_file(make(tmp_path, [*head, THIMUN_ORGAN, AWARE, OP1, OP2]), lib)
    assert report.profile == "thimun", report.profile


def test_main_submitted_by_asks_for_the_co_submitters(tmp_path: Path, lib: library.Library) -> None:
    head = ["FORUM OF: Environment Commission 2", "QUESTION OF: Protecting mangrove forests",
            "MAIN SUBMITTED BY: Republic of Fiji"]
    found = rules_at(tmp_path, lib, [*head, THIMUN_ORGAN, AWARE, OP1, OP2])
    assert (1, "heading-missing") in found, found
    with_others = [*head, "CO-SUBMITTED BY: Ghana, Viet Nam"]
    found = rules_at(tmp_path, lib, [*with_others, THIMUN_ORGAN, AWARE, OP1, OP2])
    assert "heading-missing" not in {rule for _, rule in found}, found
