"""Gaps of ``drafter check`` found on the blind set word-blind76 (#20), held by sentences of our own:

* a **misspelt strengthening adverb before a known lead** ("Futher noting", "Stongly urges"): the adverb forms
  are read only when the adverb is spelt right, and a slip was looked for among listed forms alone, so the lead
  was only "not in the phrase list" (a suggestion). The adverb one letter off a known one, with a listed form after
  it, is now read as that lead misspelt (lead-misspelled, fixable).
* an **operative clause broken by a stray paragraph mark whose rest opens with a preambular lead's words in small
  letters** ("… of their aquifers" + "taking into account …;"): the structure read the rest as the clause's, but
  the break was not reported, since the rest "opened with a lead phrase". After an operative clause, words in small
  letters that only a preambular lead reads are the clause's rest: paragraph-broken.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["Committee: General Assembly Second Committee", "Topic: Mountain water towers", "Sponsors: Chile, Nepal",
        "Signatories: Peru", [("The General Assembly,", "i")]]
PRE = [[("Recalling", "i"), (" its earlier resolutions on sustainable mountain development,", "")]]
LAST = ["1. Encourages States to protect headwater catchments;", "2. Decides to continue its consideration of the "
        "question at its next session."]


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(("written", "correct"), [
    ("Futher recalling", "Further recalling"),
    ("Furhter noting with concern", "Further noting with concern"),
    ("Stongly welcoming", "Strongly welcoming"),
])
def test_a_misspelt_adverb_before_a_known_lead_is_a_misspelt_lead(
        lib: library.Library, tmp_path: Path, written: str, correct: str) -> None:
    path = make(tmp_path, [*HEAD, *PRE, [(written, "i"), (" that glaciers feed the rivers of two billion people,", "")],
                           *LAST])
    found = _findings(path, lib, "lead-misspelled")
    assert [where for where, _ in found] == [7]
    assert repr(correct) in found[0][1]


def test_an_adverb_spelt_right_or_a_real_word_is_no_slip(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, *PRE,
                           [("Further recalling", "i"), (" that glaciers feed the rivers of two billion people,", "")],
                           [("Bravely noting", "i"), (" the work of mountain communities,", "")], *LAST])
    assert _findings(path, lib, "lead-misspelled") == []


def test_an_operative_clause_broken_before_a_participle_in_small_letters_is_reported(
        lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, *PRE,
                           "1. Encourages States to agree on the shared management of glacier-fed rivers",
                           "bearing in mind the needs of communities downstream;",
                           "2. Decides to continue its consideration of the question at its next session."])
    assert [where for where, _ in _findings(path, lib, "paragraph-broken")] == [7]


def test_a_preambular_clause_in_small_letters_after_a_preambular_one_is_not_joined(
        lib: library.Library, tmp_path: Path) -> None:
    # a student who types leads in small letters and forgets a comma: two clauses, not one broken clause
    path = make(tmp_path, [*HEAD, "recalling its earlier resolutions on sustainable mountain development",
                           "bearing in mind the needs of communities downstream,", *LAST])
    assert _findings(path, lib, "paragraph-broken") == []
