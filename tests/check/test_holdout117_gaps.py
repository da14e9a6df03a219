"""General causes behind the misses and false alarms of the hundred-and-seventeenth held-out set
(bench/students/holdout117: real English drafts found by their topics' words), each tested with paragraphs of our own
in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import Para, findings
from docmaker import make

from drafter import library

HEADING = ["FORUM: Economic and Social Council", "QUESTION OF: Food security in drought-stricken regions"]


def _names(tmp_path: Path, lib: library.Library, co_submitters: str) -> list[tuple[int, str, str]]:
    draft: list[Para] = [*HEADING, "SUBMITTED BY: Kenya", f"CO-SUBMITTERS: {co_submitters}",
                         "THE ECONOMIC AND SOCIAL COUNCIL,", "Noting the losses of harvests in the Horn of Africa,",
                         "1. Calls upon Member States to fund seed banks in the region."]
    return [(f.paragraph, f.rule, f.message) for f in findings(make(tmp_path, draft, "names.docx"), lib)
            if f.rule.startswith("state")]


# -- the UN agencies' short forms of two States' names (rule gap: an unknown name passed over) ---------------------

def test_the_agencies_short_forms_are_known_common_names(tmp_path: Path, lib: library.Library) -> None:
    found = _names(tmp_path, lib, "DPR Korea, Lao PDR (landlocked), Chile")
    assert [(p, rule) for p, rule, _ in found] == [(4, "state-common-name"), (4, "state-common-name")]
    assert "Democratic People's Republic of Korea" in found[0][2]
    assert "Lao People's Democratic Republic" in found[1][2]


def test_the_un_names_stay_clean(tmp_path: Path, lib: library.Library) -> None:
    assert _names(tmp_path, lib, "Democratic People's Republic of Korea, Lao People's Democratic Republic, Chile") == []
