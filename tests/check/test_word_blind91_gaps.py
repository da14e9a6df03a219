"""Gaps of ``drafter check`` found on the blind set word-blind91 (#20), held by sentences of our own. The drafts are
Google Docs downloads co-written in suggestion mode, headed the THIMUN way (FORUM / QUESTION OF / SUBMITTED BY):

* **a body's decision on its own next session** ("Decides to consider the question at its eighty-third session",
  "Decides to review progress at its eighth session"): MUN-F09 reserves "Decides" for the Security Council at
  THIMUN-procedure conferences, but the checker already spared the Assembly's two set formulas for its sessions
  ("to continue its consideration of …", "to include in the provisional agenda …") and nothing plainer. Such a
  decision binds no State; `OWN_SESSION` (families/leads.py) spares it too, while "Decides" on anything else stays
  the Council's word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import Para, rules_at

from drafter import library

HEAD = ["FORUM: Second Committee", "QUESTION OF: Salt intrusion in river deltas", "SUBMITTED BY: Viet Nam",
        "CO-SUBMITTERS: Egypt, Guyana", "THE GENERAL ASSEMBLY,",
        "Alarmed by the salt that reaches further up river deltas each dry season,",
        "1. Encourages delta States to monitor salinity at river intakes every week;"]


def _at(tmp_path: Path, lib: library.Library, paragraphs: list[Para]) -> set[tuple[int, str]]:
    folder = tmp_path / "d"
    folder.mkdir()
    return rules_at(folder, lib, paragraphs, "thimun")


@pytest.mark.parametrize("clause", [
    "2. Decides to consider the question at its eighty-fifth session.",
    "2. Decides to review progress on salinity monitoring at its next regular session.",
    "2. Decides to further consider the matter at its resumed seventy-ninth session.",
])
def test_a_decision_on_its_own_session_is_the_bodys_word(tmp_path: Path, lib: library.Library, clause: str) -> None:
    found = _at(tmp_path, lib, [*HEAD, clause])
    assert (8, "sc-only-phrase") not in found, found


@pytest.mark.parametrize("clause", [
    "2. Decides to establish a fund for delta farmers.",
    "2. Decides to review the export quotas of every delta State.",
])
def test_other_decisions_stay_the_councils_word(tmp_path: Path, lib: library.Library, clause: str) -> None:
    found = _at(tmp_path, lib, [*HEAD, clause])
    assert (8, "sc-only-phrase") in found, found
