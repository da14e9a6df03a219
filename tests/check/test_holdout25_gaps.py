"""General causes behind the findings of the twenty-fifth held-out student set (bench/students/holdout25: drafts
found by the faults students make), each tested with paragraphs of our own in the patterns students write: an
operative paragraph that opens with a possessive ("The board’s task is …") or with a State's name ("Peru will …",
"Norway provides …") rather than a verb; a committee named on a line of its own by its number ("Committee 3"); a
numbered decision title ("CMP Decision 2") that, like "Draft Resolution 1.1", lists signatories and no sponsors; and a
heading that lists the other submitters under "Sponsors:" below its "Submitted by:" line."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import rules_at

from drafter import library
from drafter.structure.heading import bare_line, is_committee
from drafter.structure.leadwords import no_verb_en

GA_HEAD = ["Committee: Third Committee", "Topic: Literacy in rural schools", "Sponsors: Chile, Ghana",
           "Signatories: Nepal, Peru"]
GA_ORGAN = [("The General Assembly", "i"), (",", "")]
NOTING = [("Noting", "i"), (" the shortage of trained teachers in remote districts,", "")]
OP1 = [("1. ", ""), ("Requests", "u"), (" the regional offices to report on reading programmes;", "")]
OP_LAST = [("3. ", ""), ("Invites", "u"), (" donors to fund mobile libraries.", "")]


# -- an operative paragraph that opens with its subject: a possessive or a State's name (UN-B06, MUN-F05) --------

def test_a_possessive_opens_no_verb() -> None:
    assert no_verb_en("The board’s task is to report")  # the article already said so
    assert no_verb_en("UNESCO’s programme will train teachers")
    assert no_verb_en("Chile's ministry should publish the figures")
    assert not no_verb_en("Requests the Secretary-General's office to report")  # a possessive after the verb
    assert not no_verb_en("Encourages States to act")


def test_an_operative_paragraph_opening_with_a_possessive_has_no_verb(tmp_path: Path, lib: library.Library) -> None:
    possessive = [("2. ", ""), ("UNESCO’s", ""), (" programme will train two thousand village teachers;", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, OP1, possessive, OP_LAST])
    assert (8, "operative-no-verb") in found, found


def test_an_operative_paragraph_opening_with_a_state_has_no_verb(tmp_path: Path, lib: library.Library) -> None:
    for opening in ("Norway provides", "Peru will host", "Saudi Arabia funds", "Trinidad and Tobago offers"):
        state = [("2. ", ""), (opening, ""), (" a training centre for rural teachers;", "")]
        found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, OP1, state, OP_LAST])
        assert (8, "operative-no-verb") in found, (opening, found)


def test_a_state_named_after_the_verb_is_no_subject(tmp_path: Path, lib: library.Library) -> None:
    after = [("2. ", ""), ("Invites", "u"), (" Norway and Peru to host a training centre for rural teachers;", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, OP1, after, OP_LAST])
    assert (8, "operative-no-verb") not in found, found
    assert ("operative-no-verb" not in {rule for _, rule in found}), found


# -- a committee named by its number on a line of its own ("Committee 3") ---------------------------------------

def test_a_committee_named_by_its_number_is_a_committee_line() -> None:
    for line in ("Committee 3", "Committee IV", "Commission 2"):
        assert is_committee(line) and bare_line(line) == "committee", line
    assert bare_line("Committee meetings and their outcome") == "title"
    assert not is_committee("Committee 3 on rural schools and literacy")


# -- a numbered decision title lists signatories only (MUN-H03) ---------------------------------------------------

def test_a_numbered_decision_with_signatories_needs_no_sponsors(tmp_path: Path, lib: library.Library) -> None:
    head = ["CMP Decision 2", "Committee 3", "Topic: Forest carbon markets", "Signatories: Fiji, Norway, Peru"]
    organ = [("The Conference of the Parties", "i"), (",", "")]
    recalling = [("Recalling", "i"), (" the work of the Adaptation Fund,", "")]
    first = [("1. ", ""), ("Requests", "u"), (" the secretariat to report on forest carbon markets;", "")]
    last = [("2. ", ""), ("Decides", "u"), (" to consider the matter at its next session.", "")]
    found = rules_at(tmp_path, lib, [*head, organ, recalling, first, last])
    assert (1, "heading-missing") not in found, found


def test_signatories_without_sponsors_under_a_plain_title_still_lack_sponsors(tmp_path: Path,
                                                                              lib: library.Library) -> None:
    head = ["Forest carbon markets", "Committee 3", "Topic: Forest carbon markets", "Signatories: Fiji, Norway, Peru"]
    organ = [("The Conference of the Parties", "i"), (",", "")]
    recalling = [("Recalling", "i"), (" the work of the Adaptation Fund,", "")]
    first = [("1. ", ""), ("Requests", "u"), (" the secretariat to report on forest carbon markets;", "")]
    last = [("2. ", ""), ("Decides", "u"), (" to consider the matter at its next session.", "")]
    found = rules_at(tmp_path, lib, [*head, organ, recalling, first, last])
    assert (1, "heading-missing") in found, found


# -- "Submitted by:" with the other submitters under "Sponsors:" (MUN-H02) -----------------------------------------

def test_sponsors_below_submitted_by_name_the_other_submitters(tmp_path: Path, lib: library.Library) -> None:
    head = ["The Human Rights Council", "Submitted by: Ghana", "Sponsors: Chile, Nepal, Peru",
            "Topic: Literacy in rural schools"]
    organ = [("The Human Rights Council", "i"), (",", "")]
    found = rules_at(tmp_path, lib, [*head, organ, NOTING, OP1, OP_LAST])
    assert (1, "heading-missing") not in found, found


def test_submitted_by_alone_still_lacks_the_other_submitters(tmp_path: Path, lib: library.Library) -> None:
    head = ["The Human Rights Council", "Submitted by: Ghana", "Topic: Literacy in rural schools"]
    organ = [("The Human Rights Council", "i"), (",", "")]
    found = rules_at(tmp_path, lib, [*head, organ, NOTING, OP1, OP_LAST])
    assert (1, "heading-missing") in found, found
