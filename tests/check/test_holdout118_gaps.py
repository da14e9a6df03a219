"""General causes behind the misses and false alarms of the hundred-and-eighteenth held-out set
(bench/students/holdout118: real English drafts found by their topics' words), each tested with paragraphs of our own
in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import Para, findings
from docmaker import make

from drafter import library

HEADING: list[Para] = ["FORUM: General Assembly Second Committee", "QUESTION OF: Access to clean water in drylands",
                       "SUBMITTED BY: Peru", "CO-SUBMITTERS: Chile, Ghana", "THE GENERAL ASSEMBLY,"]
OPERATIVE: list[Para] = ["1. Calls upon Member States to fund wells in arid regions."]


def _repeats(tmp_path: Path, lib: library.Library, preamble: list[Para]) -> list[tuple[int, str]]:
    draft = [*HEADING, *preamble, *OPERATIVE]
    return [(f.paragraph, f.message) for f in findings(make(tmp_path, draft, "repeats.docx"), lib)
            if f.rule == "lead-repeat-first"]


# -- "Further" / "also" on an English preambular lead that repeats nothing (rule gap: preamble not looked at) -------

def test_a_further_lead_with_no_lead_before_it_in_an_english_preamble(tmp_path: Path, lib: library.Library) -> None:
    found = _repeats(tmp_path, lib, ["Aware that a third of rural households walk an hour for water,",
                                     "Further emphasizing the cost of drilling in rock,",
                                     "Observing also that rainfall has fallen since 1990,"])
    assert [p for p, _ in found] == [7, 8]
    assert "'Emphasizing'" in found[0][1] and "'Observing'" in found[1][1]


def test_a_repeated_lead_after_its_first_form_stays_clean(tmp_path: Path, lib: library.Library) -> None:
    assert _repeats(tmp_path, lib, ["Emphasizing the cost of drilling in rock,",
                                    "Noting with concern that rainfall has fallen since 1990,",
                                    "Further emphasizing the value of rain harvesting,",
                                    "Noting also the work of the regional commissions,"]) == []
