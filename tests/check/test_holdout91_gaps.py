"""General causes behind the misses and false alarms of the ninety-first held-out set (bench/students/holdout91:
drafts that carry their sources), each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, ORGAN, Para, rules_at

from drafter import library

RECALLING = [("Recalling", "i"), (" the Minamata Convention on Mercury of 10 October 2013", "")]
OP2 = [("2. ", ""), ("Urges", "u"), (" Member States to phase out mercury in small-scale gold mining", "")]


def _at(tmp_path: Path, lib: library.Library, paragraphs: list[Para]) -> list[tuple[int, str]]:
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    return rules_at(folder, lib, paragraphs)


# -- a footnote mark after the clause's end mark, in the shapes students type it ---------------------------------------

@pytest.mark.parametrize("mark", ["¹", "²³", "^1", "(1)", " (2)"])
def test_a_footnote_mark_after_the_end_mark_leaves_the_mark_the_clauses_end(tmp_path: Path, lib: library.Library,
                                                                            mark: str) -> None:
    """"…2013,¹", "…2013,^1", "…2013, (2)": the clause ends with its comma, the note's mark follows it; a full
    stop (or a semicolon on the last clause) before the same mark is the clause's wrong end, as without it."""
    pre = [*RECALLING[:1], (RECALLING[1][0] + "," + mark, "")]
    last = [*OP2[:2], (OP2[2][0] + "." + mark, "")]
    found = _at(tmp_path, lib, [*EN_HEAD, ORGAN, pre, OP1, last])
    assert not [r for r in found if r[1] in ("preambular-end", "final-stop", "operative-end")]

    pre = [*RECALLING[:1], (RECALLING[1][0] + "." + mark, "")]
    last = [*OP2[:2], (OP2[2][0] + ";" + mark, "")]
    found = _at(tmp_path, lib, [*EN_HEAD, ORGAN, pre, OP1, last])
    assert (6, "preambular-end") in found
    assert (8, "final-stop") in found or (8, "operative-end") in found


# -- a list of sources under its heading after the last clause ----------------------------------------------------------

@pytest.mark.parametrize("heading", ["Sources:", "References", "Notes"])
def test_a_numbered_sources_list_after_the_text_raises_nothing(tmp_path: Path, lib: library.Library,
                                                               heading: str) -> None:
    last = [*OP2[:2], (OP2[2][0] + ".", "")]
    entries = ["1. United Nations Environment Programme, Global Mercury Assessment, 2018.",
               "2. World Health Organization, Mercury and health, https://www.who.int/mercury"]
    found = _at(tmp_path, lib, [*EN_HEAD, ORGAN, [*RECALLING[:1], (RECALLING[1][0] + ",", "")], OP1, last, heading,
                                *entries])
    assert not [r for r in found if r[0] >= 8], found


# -- an author-date reference numbered on as an operative clause ----------------------------------------------------

@pytest.mark.parametrize("reference", ["Telmer, K. (2019). Mercury in artisanal gold mining. Springer.",
                                       "United Nations Environment Programme. (2018). Global mercury assessment. "
                                       "UNEP."])
def test_a_reference_numbered_as_a_clause_has_no_verb(tmp_path: Path, lib: library.Library, reference: str) -> None:
    """"3. Telmer, K. (2019). …" after the last clause: a source numbered as a clause, no operative verb; its own full
    stops are no stray stops, and the clause before it, the last one, rightly ends with a full stop."""
    last = [*OP2[:2], (OP2[2][0] + ".", "")]
    found = _at(tmp_path, lib, [*EN_HEAD, ORGAN, [*RECALLING[:1], (RECALLING[1][0] + ",", "")], OP1, last,
                                "3. " + reference])
    assert (9, "operative-no-verb") in found
    assert not [r for r in found if r[1] in ("stray-full-stop", "operative-end", "final-stop")], found
