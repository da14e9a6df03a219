"""General causes behind the misses and false alarms of the hundred-and-twenty-third held-out set
(bench/students/holdout123: real English drafts of regional and General Assembly committees), each tested with
paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import Para, findings
from docmaker import make

from drafter import library

HEADING: list[Para] = ["Committee: General Assembly Second Committee", "Topic: Shared aquifers in dry regions",
                       "Sponsors: Chile, Kenya", "Signatories: Peru, Senegal", "The General Assembly,"]


def _rules(tmp_path: Path, lib: library.Library, body: list[Para]) -> list[tuple[int, str]]:
    return [(f.paragraph, f.rule) for f in findings(make(tmp_path, [*HEADING, *body], "aquifers.docx"), lib)
            if f.severity in ("error", "warning")]


# -- a preambular paragraph ending with "." after an operative verb ending with "," (misread structure) ------------

def test_an_operative_verb_in_the_preamble_stays_there_past_a_stray_full_stop(tmp_path: Path,
                                                                            lib: library.Library) -> None:
    found = _rules(tmp_path, lib, [
        "Recalling the Dublin Statement on Water and Sustainable Development,",
        "Further stresses that most aquifers cross the borders of two States or more,",
        "Noting with concern the drought that struck the Sahel in 2022.",
        "Emphasizing the role of regional agreements on water,",
        "Aware of the lack of data on groundwater in many States"])
    rules = {rule for _, rule in found}
    assert (7, "lead-form") in found  # "Further stresses …," is a preambular paragraph in the wrong form
    assert (8, "preambular-end") in found  # "Noting … 2022." ends with the wrong mark
    assert not rules & {"operative-end", "preambular-after-operative", "numbering-absent"}


def test_an_unnumbered_operative_part_still_opens_at_its_verb(tmp_path: Path, lib: library.Library) -> None:
    # the verb ending with "," is followed by operative paragraphs, not by the preamble: the part opens there
    found = _rules(tmp_path, lib, [
        "Recalling the Dublin Statement on Water and Sustainable Development,",
        "Noting with concern the drought that struck the Sahel in 2022,",
        "Encourages States sharing an aquifer to exchange their data,",
        "Requests the Secretary-General to report on the matter at its next session."])
    assert (8, "operative-end") in found  # "Encourages …," is an operative paragraph with the wrong end mark
    assert not {rule for _, rule in found} & {"lead-form", "preambular-after-operative"}
