"""General causes behind the misses and false alarms of the hundred-and-twenty-fourth held-out set
(bench/students/holdout124: English drafts typed after the shapes of real drafts), each tested with paragraphs of
our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import Para, rules_at

from drafter import library

HEAD: list[Para] = ["Main Submitter: Ghana", "Co-Submitters: Chile, Nepal", "Forum: Economic and Social Council",
                    "Issue: The question of heat waves in cities."]
OPERATIVE: list[Para] = ["1. Calls upon Member States to plant trees along the streets of their largest cities;",
                         "2. Requests the Secretary-General to report on urban heat in 2028."]


# -- a lead phrase alone on the line after the heading, its clause going on in the next paragraph -------------------

def test_a_first_lead_alone_on_its_line_opens_the_preamble(tmp_path: Path, lib: library.Library) -> None:
    """UN-B05, MUN-F04: "Deeply concerned" alone on its line, right under the heading, with the clause's words on
    the next line ("that …,"): the first preambular clause broken in two by a stray paragraph mark, not a heading
    line; the words after it are its rest, not a clause without a lead."""
    paragraphs = [*HEAD, "Deeply concerned",
                  "that the summers of 2024 and 2025 were the hottest ever measured in many cities,",
                  "Noting with regret that few cities have a plan to protect older people from heat,", *OPERATIVE]
    found = rules_at(tmp_path, lib, paragraphs)
    assert (5, "paragraph-broken") in found
    assert not any(p == 6 and rule == "lead-form" for p, rule in found)


def test_the_same_clauses_each_on_one_line_stay_clean(tmp_path: Path, lib: library.Library) -> None:
    """The same draft with its organ line and each preambular clause on one line: nothing is broken, no clause lacks
    its lead and no organ line is missing."""
    paragraphs = [*HEAD, "The Economic and Social Council,",
                  "Deeply concerned that the summers of 2024 and 2025 were the hottest ever measured,",
                  "Noting with regret that few cities have a plan to protect older people from heat,", *OPERATIVE]
    found = rules_at(tmp_path, lib, paragraphs)
    assert not any(rule == "paragraph-broken" for _, rule in found)
    assert not any(p <= 7 and rule in ("lead-form", "organ-line") for p, rule in found)


# -- the end of an operative clause whose words go on in the paragraph after its lead -------------------------------

def test_the_last_part_of_a_broken_operative_clause_is_judged_for_its_end(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    """UN-B09, MUN-F05: "2) Requests" alone on its line over "the Secretary-General to report …,": the clause ends
    where its last part ends, so that part's "," is the last clause's wrong end (a full stop is due), as a preambular
    clause's broken-off rest is judged for its comma."""
    paragraphs = [*HEAD, "The Economic and Social Council,",
                  "Noting with regret that few cities have a plan to protect older people from heat,",
                  "1. Calls upon Member States to plant trees along the streets of their largest cities;",
                  "2) Requests", "the Secretary-General to report on urban heat in 2028,"]
    found = rules_at(tmp_path, lib, paragraphs)
    assert (9, "final-stop") in found


def test_a_broken_operative_clause_ending_right_stays_clean(tmp_path: Path, lib: library.Library) -> None:
    """The same clause ending with its full stop: no end-mark finding on either part."""
    paragraphs = [*HEAD, "The Economic and Social Council,",
                  "Noting with regret that few cities have a plan to protect older people from heat,",
                  "1. Calls upon Member States to plant trees along the streets of their largest cities;",
                  "2) Requests", "the Secretary-General to report on urban heat in 2028."]
    found = rules_at(tmp_path, lib, paragraphs)
    assert not any(rule in ("final-stop", "operative-end") for _, rule in found)
