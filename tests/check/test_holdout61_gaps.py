"""General causes behind the misses and false alarms of the sixty-first held-out student set
(bench/students/holdout61: drafts in the forms public code repositories show), each tested with paragraphs of our
own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import findings, make, rules_at

from drafter import library

HEAD = ["Committee: Social, Humanitarian and Cultural Committee", "Topic: Literacy of adults in rural areas",
        "Sponsors: Nepal, Peru", "Signatories: Ghana, Latvia"]
PRE_1 = [("Noting", "i"), (" that one adult in seven cannot read a simple sentence,", "")]
PRE_2 = [("Recognizing", "i"), (" the work of community libraries in villages,", "")]
OP_1 = [("1. ", ""), ("Encourages", "u"), (" Member States to fund evening classes for adults;", "")]
OP_2 = [("2. ", ""), ("Invites", "u"), (" libraries to lend reading tablets to learners.", "")]


# -- an organ line after Markdown's heading marks (a .md file pasted as it is) -------------------------------------

@pytest.mark.parametrize("organ", ["## The General Assembly,", "# THE GENERAL ASSEMBLY,", "### The General Assembly,"])
def test_an_organ_line_after_markdown_heading_marks_is_the_organ_line_marked(tmp_path: Path, lib: library.Library,
                                                                           organ: str) -> None:
    rules = rules_at(tmp_path, lib, [*HEAD, organ, PRE_1, PRE_2, OP_1, OP_2])
    assert (5, "organ-marked") in rules
    assert not [r for r in rules if r[1] in ("organ-line", "pasted-artefact")]


def test_the_heading_marks_finding_names_the_marks(tmp_path: Path, lib: library.Library) -> None:
    found = findings(make(tmp_path, [*HEAD, "## The General Assembly,", PRE_1, PRE_2, OP_1, OP_2]), lib)
    marked = [f for f in found if f.rule == "organ-marked"]
    assert len(marked) == 1 and "##" in marked[0].message


# -- the organ line set down after the preamble with its comma, as some conference guides place it ------------------

@pytest.mark.parametrize("organ", ["The General Assembly,", "The Social, Humanitarian and Cultural Committee,",
                                   "The Economic and Social Council,"])
def test_an_organ_line_after_the_preamble_is_the_organ_line_misplaced(tmp_path: Path, lib: library.Library,
                                                                     organ: str) -> None:
    rules = rules_at(tmp_path, lib, [*HEAD, PRE_1, PRE_2, organ, OP_1, OP_2])
    assert [r for r in rules if r[1] == "organ-line"] == [(7, "organ-line")]
    assert not [r for r in rules if r[0] == 7 and r[1] != "organ-line"]


def test_a_last_preambular_clause_naming_a_body_stays_a_clause(tmp_path: Path, lib: library.Library) -> None:
    late = rules_at(tmp_path, lib, [*HEAD, PRE_1, PRE_2, "The General Assembly,", OP_1, OP_2])
    named = [("Recalling", "i"), (" the reports of the General Assembly,", "")]
    clause = rules_at(tmp_path, lib, [*HEAD, PRE_1, PRE_2, named, OP_1, OP_2])
    assert (7, "organ-line") in late
    assert (7, "organ-line") not in clause and (5, "organ-line") in clause
