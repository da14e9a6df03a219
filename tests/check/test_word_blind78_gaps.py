"""General causes behind word-blind78's first-run misses (bench/students/word-blind78: English drafts first-time
delegates type into Word's blank document with AutoFormat), on sentences of our own: a sub-clause typed without Tab
stays at the clauses' level of Word's list, and the clauses after it show numbers one too high."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import findings
from check.test_word_blind_gaps import HEAD, LISTS, numbered

from drafter import library

ASKS = [("Asks", "u"), (" the Agency to help coastal towns prepare for floods by:", "")]
ITEM_A = "mapping the streets that flood first;"
ITEM_B = "training volunteers to run shelters;"
INVITES = [("Invites", "u"), (" insurers to offer cover to small farms;", "")]
LAST = [("Requests", "u"), (" the Agency to report on its work next year.", "")]


def _as_clause(path: Path, lib: library.Library) -> list[list[int]]:
    return [f.paragraphs for f in findings(path, lib) if f.rule == "sub-numbered-as-clause"]


def test_the_clauses_counted_on_from_a_sub_clause_at_the_clause_level_are_named(
        lib: library.Library, tmp_path: Path) -> None:
    """Item (b) typed without Tab shows "2." and the two clauses after it "3." "4.": the sub-numbered-as-clause
    finding names them too (they show a wrong number on the page until the item is moved down a level), and no
    numbering-sequence finding is added for them."""
    path = numbered(tmp_path, [*HEAD, ASKS, ITEM_A, ITEM_B, INVITES, LAST],
                    {6: (1, 0), 7: (1, 1), 8: (1, 0), 9: (1, 0), 10: (1, 0)}, LISTS)
    assert _as_clause(path, lib) == [[9, 10, 11]]
    assert not [f for f in findings(path, lib) if f.rule == "numbering-sequence"]


def test_a_sub_clause_on_its_own_level_names_no_clause(lib: library.Library, tmp_path: Path) -> None:
    """Both items raised by Tab: Word shows "a." "b." and the clauses "2." "3."; nothing to name."""
    path = numbered(tmp_path, [*HEAD, ASKS, ITEM_A, ITEM_B, INVITES, LAST],
                    {6: (1, 0), 7: (1, 1), 8: (1, 1), 9: (1, 0), 10: (1, 0)}, LISTS)
    assert _as_clause(path, lib) == []
    assert not [f for f in findings(path, lib) if f.rule.startswith("numbering") and f.paragraph > 6]
