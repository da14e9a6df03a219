"""General causes behind the misses and false alarms of the hundred-and-twenty-first held-out set
(bench/students/holdout121: real English drafts found by place, conflict and health words), each tested with
paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import Para, findings
from docmaker import make

from drafter import library

HEADING = ["Committee: Social, Humanitarian and Cultural Committee", "Topic: Access to clean water in rural areas",
           "Sponsors: Kenya, Peru", "Signatories: Chile, Norway"]
PREAMBLE = ["The General Assembly,", "NOTING the spread of water-borne diseases in rural districts,"]


def _found(tmp_path: Path, lib: library.Library, operative: list[Para]) -> list[tuple[int, str]]:
    draft: list[Para] = [*HEADING, *PREAMBLE, *operative]
    return [(f.paragraph, f.rule) for f in findings(make(tmp_path, draft, "bare.docx"), lib)
            if f.rule in ("numbering-form", "lead-misspelled", "lead-form", "operative-end", "preambular-end")]


# -- clause numbers typed without their point before leads in capitals (unknown label shape) ----------------------

def test_bare_numbers_before_capital_leads_open_clauses(tmp_path: Path, lib: library.Library) -> None:
    found = _found(tmp_path, lib, ["1 URGES Member States to test the wells of every village;",
                                   "2 RECOMMENDS that schools teach the boiling of water;",
                                   "3 ENCOURGES donors to fund hand pumps;",
                                   "4 FURTHER RECOMMEND that the pumps be repaired by local mechanics."])
    assert (7, "numbering-form") in found and (8, "numbering-form") in found
    # the run of bare numbers carries on past a misspelt lead and a lead in the wrong form, which the lead rules judge
    assert (9, "numbering-form") in found and (9, "lead-misspelled") in found
    assert (10, "numbering-form") in found and (10, "lead-form") in found
    assert not any(rule == "preambular-end" for _, rule in found)


def test_a_number_opening_a_sentence_inside_a_run_stays_text(tmp_path: Path, lib: library.Library) -> None:
    # a line of clause 2 that opens with the count 3 and a subject ("3 States have …") is not clause 3
    found = _found(tmp_path, lib, ["1 URGES Member States to test the wells of every village;",
                                   "2 RECOMMENDS that schools teach the boiling of water, as",
                                   "3 States have agreed at the regional meeting;",
                                   "3 ENCOURAGES donors to fund hand pumps."])
    assert [p for p, rule in found if rule == "numbering-form"] == [7, 8, 10]
