"""A footnote number pasted as text and glued to a word ("the Convention1", "Agreement;23"): the import issue found
46 of them in the General Assembly corpus, and the checker names them (digit-glued, a warning with a fix)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import GOOD_EN, findings, make, replace

from drafter import library

PREAMBLE = 5  # GOOD_EN's preambular paragraph


@pytest.mark.parametrize("text, digits", [
    ("Recalling the Convention1 and its Agreement,", "1"),
    ("Recalling the Part XI Agreement;23", "23"),
    ("Recalling the reports1,2 of the Secretary-General,", "1,2"),
    ("Recalling the Covenant on Civil and Political Rights,4 the Convention against Torture,", "4"),
])
def test_a_footnote_number_glued_to_a_word(text: str, digits: str, lib: library.Library, tmp_path: Path) -> None:
    glued = [f for f in findings(make(tmp_path, replace(GOOD_EN, PREAMBLE, text)), lib) if f.rule == "digit-glued"]
    assert len(glued) == 1 and glued[0].edits and digits in glued[0].message


@pytest.mark.parametrize("text", ["Recalling the G77 and CO2 emissions in 2019,", "Recalling resolution 74/247,",
                                  "Recalling its statements (S/PRST/2015/10),17 August 2015,",
                                  "Recalling the COVID-19 pandemic and the 2030 Agenda,",
                                  "Recalling paragraph 5 of its resolution 22/7,"])
def test_numbers_that_belong_to_the_text(text: str, lib: library.Library, tmp_path: Path) -> None:
    found = findings(make(tmp_path, replace(GOOD_EN, PREAMBLE, text)), lib)
    assert not [f for f in found if f.rule == "digit-glued"]
