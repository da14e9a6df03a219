"""A footnote number pasted as text and glued to a word ("the Convention1", "Agreement;23"): the import issue found
46 of them in the General Assembly corpus, and the checker names them, with a fix: `digit-glued`, a warning, when the
number ends the paragraph (the clause ends with it on the page), `digit-glued-inline`, a suggestion, when it stands
inside the text or before the clause's own mark (a flattened footnote marker, which chairs let stand)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import GOOD_EN, findings, make, replace

from drafter import library

PREAMBLE = 5  # GOOD_EN's preambular paragraph


@pytest.mark.parametrize("text, digits, rule", [
    ("Recalling the Convention1 and its Agreement,", "1", "digit-glued-inline"),
    ("Recalling the Part XI Agreement;23", "23", "digit-glued"),
    ("Recalling the reports1,2 of the Secretary-General,", "1,2", "digit-glued-inline"),
    ("Recalling the Covenant on Civil and Political Rights,4 the Convention against Torture,", "4",
     "digit-glued-inline"),
    ("Recalling the Convention against Torture3,", "3", "digit-glued-inline"),
    ("Recalling the Convention against Torture,3", "3", "digit-glued"),
])
def test_a_footnote_number_glued_to_a_word(text: str, digits: str, rule: str, lib: library.Library,
                                           tmp_path: Path) -> None:
    glued = [f for f in findings(make(tmp_path, replace(GOOD_EN, PREAMBLE, text)), lib)
             if f.rule.startswith("digit-glued")]
    assert [f.rule for f in glued] == [rule] and glued[0].edits and digits in glued[0].message
    assert glued[0].severity == ("warning" if rule == "digit-glued" else "suggestion")


@pytest.mark.parametrize("text", ["Recalling the G77 and CO2 emissions in 2019,", "Recalling resolution 74/247,",
                                  "Recalling its statements (S/PRST/2015/10),17 August 2015,",
                                  "Recalling the COVID-19 pandemic and the 2030 Agenda,",
                                  "Recalling paragraph 5 of its resolution 22/7,"])
def test_numbers_that_belong_to_the_text(text: str, lib: library.Library, tmp_path: Path) -> None:
    found = findings(make(tmp_path, replace(GOOD_EN, PREAMBLE, text)), lib)
    assert not [f for f in found if f.rule.startswith("digit-glued")]
