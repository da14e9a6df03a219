"""General causes behind the misses and false alarms of the held-out student set holdout69 (bench/students/holdout69),
each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library
from drafter.structure.heading import label_key

THIMUN_HEAD = ["FORUM: General Assembly", "QUESTION OF: Access to clean water", "SUBMITTED BY: Chile",
               "CO-SUBMITTERS: Peru, Kenya"]
GA = "THE GENERAL ASSEMBLY,"


# -- a delegation list's label with the noun of what it lists ("Sponsors Countries:") -----------------------------

@pytest.mark.parametrize(("label", "key", "other"), [
    ("Sponsors Countries", "sponsors", "Topic Countries"),
    ("Signatories Countries", "signatories", "Committee Nations"),
    ("Co-sponsors Nations", "co-sponsors", "Countries"),
    ("SIGNATORIES STATES", "signatories", "Forum States"),
])
def test_a_list_label_followed_by_its_noun_is_that_label(label: str, key: str, other: str) -> None:
    assert label_key(label) == key
    assert label_key(other) is None  # the noun after a label of no list makes no label


def test_a_heading_with_sponsors_countries_lacks_no_sponsors_line(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: Human Rights Council", "Topic: Rights of older persons",
            "Sponsors Countries: Ghana, Nepal", "Signatories Countries: Fiji, Oman, Peru"]
    found = rules_at(tmp_path, lib, [*head, "The Human Rights Council,", "Noting the ageing of societies,",
                                     "1. Encourages States to adopt national plans."])
    assert not [r for r in found if r[1] == "heading-missing"]


# -- bullet items under a preambular paragraph that announces them ------------------------------------------------

def test_bullets_under_a_preambular_colon_are_its_items(tmp_path: Path, lib: library.Library) -> None:
    body = ["Stressing the following principles of the Charter:", "* the sovereign equality of all Members;",
            "* the peaceful settlement of disputes;", "1. Calls upon States to respect these principles."]
    found = rules_at(tmp_path, lib, [*THIMUN_HEAD, GA, *body])
    assert (7, "preambular-sub-clause") in found and (8, "preambular-sub-clause") in found
    assert not [r for r in found if r[1] == "lead-form"]
    # a bullet after a preambular comma opens no items: nothing announced them
    body = ["Noting the drought of 2026,", "• Recalling its resolution 64/292,", "1. Calls upon States to act."]
    assert not [r for r in rules_at(tmp_path, lib, [*THIMUN_HEAD, GA, *body]) if r[1] == "preambular-sub-clause"]


# -- the last bullet of an operative clause carries the clause's mark ---------------------------------------------

def test_a_last_bullet_ending_with_a_comma_leaves_the_clause_mark_out(tmp_path: Path, lib: library.Library) -> None:
    body = ["Noting the drought of 2026,", "1. Requests Member States:", "• to map their aquifers,",
            "• to share the data with their neighbours,", "2. Asks donors to fund wells."]
    found = rules_at(tmp_path, lib, [*THIMUN_HEAD, GA, *body])
    assert (9, "sub-end") in found
    assert (8, "sub-end") not in found  # an item before the last hands on with its comma
    body[3] = "• to share the data with their neighbours;"  # the clause's own mark: right
    assert not [r for r in rules_at(tmp_path, lib, [*THIMUN_HEAD, GA, *body]) if r[1] == "sub-end"]


# -- a first operative clause lettered "a)" after the preamble ----------------------------------------------------

def test_a_lettered_first_clause_after_the_preamble_is_an_operative_clause(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    body = ["Noting the drought of 2026;", "Recognizing the work of river commissions;",
            "a) Calls upon riparian States to share river data"]
    found = rules_at(tmp_path, lib, [*THIMUN_HEAD, GA, *body])
    assert (8, "numbering-form") in found
    assert not [r for r in found if r[1] in ("preambular-sub-clause", "lead-form")]
    # a lettered item under a preambular colon stays that paragraph's item, whatever its first word
    body = ["Noting the following facts:", "a) Calls for water went unanswered,", "b) wells ran dry,",
            "1. Asks donors to fund wells."]
    found = rules_at(tmp_path, lib, [*THIMUN_HEAD, GA, *body])
    assert (7, "preambular-sub-clause") in found and not [r for r in found if r[1] == "numbering-form"]


def test_a_line_over_a_lettered_first_clause_is_a_heading(tmp_path: Path, lib: library.Library) -> None:
    body = ["Noting the drought of 2026;", "Water sharing - the case of the Mekong",
            "a) Calls upon riparian States to share river data;", "b) Urges donors to fund gauges."]
    found = rules_at(tmp_path, lib, [*THIMUN_HEAD, GA, *body])
    assert (7, "section-heading") in found and (8, "numbering-form") in found
