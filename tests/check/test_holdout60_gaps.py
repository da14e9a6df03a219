"""False alarms of the checker on the blind set holdout60 (#20), each held by sentences of our own with the fault
it must still find beside it: a lead "Further <verb>" whose verb the phrase list lacks was read as the bare verb
"Further" (lead-form asked for "Furthers"), and two clauses that ask for the same thing for two different objects
("… for air monitoring stations" / "… for water monitoring stations") were reported as one clause said twice."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: Economic and Social Council", "Topic: Mining pollution", "Sponsors: Chile, Kenya",
        "Signatories: Norway", "The Economic and Social Council,",
        "Recalling its earlier resolutions on mining and the environment,"]


# -- "Further <verb>" with a verb the list lacks ------------------------------------------------------------------------

def test_further_before_an_unlisted_verb_is_no_bare_verb(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "1. Expects the regional offices to publish their first findings within a year;",
            "2. Further expects the regional offices to share their data with local authorities;",
            "3. Requests the Secretary-General to report on progress at the next session."]
    found = rules(make(tmp_path, body), lib)
    assert "lead-form" not in found
    # a bare verb after "Further" is still a bare verb, and "Further" with no verb after it opens no clause
    bare = [*HEAD, "1. Further encourage the regional offices to publish their first findings within a year;",
            "2. Requests the Secretary-General to report on progress at the next session."]
    assert rules(make(tmp_path, bare, "bare.docx"), lib).get("lead-form") == [7]


# -- the same request for two different objects ------------------------------------------------------------------------

def test_the_same_request_for_another_object_is_no_copy(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "1. Requests two million dollars from voluntary contributions for air monitoring stations in "
            "the mining provinces;",
            "2. Further requests another two million dollars from voluntary contributions for water monitoring "
            "stations in the mining provinces;",
            "3. Requests the Secretary-General to report on progress at the next session."]
    assert "duplicate-paragraph" not in rules(make(tmp_path, body), lib)
    # the same request said again in a few other words is still a copy
    again = [*HEAD, "1. Requests two million dollars from voluntary contributions for air monitoring stations in "
             "the mining provinces;",
             "2. Invites donors to fund treatment services in the mining provinces;",
             "3. Requests two million dollars from the voluntary contributions for the air monitoring stations in "
             "all mining provinces."]
    assert rules(make(tmp_path, again, "again.docx"), lib).get("duplicate-paragraph") == [9]
