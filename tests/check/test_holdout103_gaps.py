"""Faults of the blind set holdout103 (#20): English drafts in British, Commonwealth, Indian and American spelling,
some passed through a spellchecker set to another English. Each held by sentences of our own, with a passing draft
beside it: the British spelling of a listed -ize lead that is no -ise/-ised/-ising form ("Cognisant", "Taking
cognisance"), which is a lead spelt the writer's way and no misspelling; a misspelt lead corrected in the spelling
the writer used ("Realisng" → "Realising", not "Realizing"); the sign Word's AutoCorrect makes of a typed "(c)"
("©") read as that label and retyped (sub-label-style); a second-level list whose first label Word capitalised
("I." then "ii.": the "i" standing alone at the start of a line) read as one list, the capital its one fault."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: United Nations Environment Assembly", "Topic: Peatland restoration",
        "Sponsors: Finland, Indonesia", "Signatories: Peru, Uganda", "The United Nations Environment Assembly,",
        "Recalling its resolution 4/16 on the conservation and sustainable management of peatlands,"]
LAST = "3. Requests the Executive Director to report on the matter at its next session."
THIMUN = ["FORUM: United Nations Environment Assembly", "QUESTION OF: Peatland restoration",
          "SUBMITTED BY: Finland", "CO-SUBMITTERS: Indonesia, Peru, Uganda", "THE UNITED NATIONS ENVIRONMENT ASSEMBLY,",
          "Recalling its resolution 4/16 on the conservation and sustainable management of peatlands,"]


def _findings(path: Path, lib: library.Library) -> list[check.Finding]:
    report, _ = check.check_file(path, lib)
    return list(report.findings)


# -- a British spelling of a listed lead beyond -ise, -ises, -ised and -ising -------------------------------------------

@pytest.mark.parametrize("clause", [
    "Cognisant of the carbon that drained peatlands release every year,",
    "Fully cognisant of the carbon that drained peatlands release every year,",
    "Cognizant of the carbon that drained peatlands release every year,",  # the listed spelling, as before
])
def test_a_british_cognisant_is_the_listed_lead(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, "1. Encourages Member States to rewet drained peatlands;",
                  "2. Invites the Global Peatlands Initiative to share maps of peatlands;", LAST]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "lead-misspelled" not in found, found
    assert "lead-unknown" not in found, found


def test_a_misspelt_cognisant_is_still_reported(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Cognisnt of the carbon that drained peatlands release every year,",
                  "1. Encourages Member States to rewet drained peatlands;", LAST]
    assert 7 in rules(make(tmp_path, paragraphs), lib).get("lead-misspelled", [])


@pytest.mark.parametrize(("british", "american"), [("Cognisant", "Cognizant"), ("cognisance", "cognizance")])
def test_folding_and_the_dictionary_take_the_british_forms(british: str, american: str) -> None:
    from drafter.structure import fold_spelling
    from drafter.structure.spelling import known
    assert fold_spelling(british) == fold_spelling(american)
    assert known(british)


# -- a misspelt lead corrected in the writer's spelling -----------------------------------------------------------------

@pytest.mark.parametrize(("typed", "fixed"), [
    ("Realisng", "Realising"),  # British spelling, a letter dropped
    ("Realizng", "Realizing"),  # American spelling, a letter dropped: as before
    ("Emphasisng", "Emphasising"),
])
def test_a_misspelt_lead_is_corrected_in_the_spelling_typed(lib: library.Library, tmp_path: Path, typed: str,
                                                            fixed: str) -> None:
    paragraphs = [*HEAD, f"{typed} that peat fires release haze across borders,",
                  "1. Encourages Member States to rewet drained peatlands;", LAST]
    found = [f for f in _findings(make(tmp_path, paragraphs), lib) if f.rule == "lead-misspelled"]
    assert [f.paragraph for f in found] == [7], found
    assert repr(fixed) in found[0].said.en, found[0].said.en


def test_the_writer_spelling_helper() -> None:
    from drafter.structure.phrases import spelt_as_written
    assert spelt_as_written("Recognisng", "Recognizing") == "Recognising"
    assert spelt_as_written("AUTHORISS", "AUTHORIZES") == "AUTHORISES"
    assert spelt_as_written("Recognizng", "Recognizing") == "Recognizing"
    assert spelt_as_written("Notng", "Noting") == "Noting"
    assert spelt_as_written("Nothing with concern", "Noting with concern") == "Noting with concern"


# -- "©" for a typed "(c)" ----------------------------------------------------------------------------------------------

def test_a_copyright_sign_for_c_is_the_third_item(lib: library.Library, tmp_path: Path) -> None:
    """UN-B10: "(c)" that Word's AutoCorrect turned into "©" as it was typed is the third item of its list: a style
    finding on it that names AutoCorrect and writes "(c)", and nothing else on the list."""
    items = ["1. Calls upon Member States to:", "(a) map their peatlands by 2030;",
             "(b) end new drainage of intact peatlands;", "© restore degraded peat swamp forests;",
             "(d) report on the area rewetted;", "2. Invites the Global Peatlands Initiative to share maps;", LAST]
    found = _findings(make(tmp_path, [*HEAD, *items]), lib)
    on_items = [f for f in found if 7 <= f.paragraph <= 12]
    assert [(f.rule, f.paragraph) for f in on_items] == [("sub-label-style", 10)], on_items
    assert "AutoCorrect" in on_items[0].said.en and "'(c)'" in on_items[0].said.en


def test_a_copyright_sign_is_read_as_a_label_only_before_words() -> None:
    from drafter.labelkinds import read_typed
    typed = read_typed("© restore degraded peat swamp forests;")
    assert typed is not None and (typed.kind, typed.value, typed.text) == ("letter", 3, "©")
    assert typed.end == 2
    assert read_typed("© 2024 United Nations") is None
    assert read_typed("© United Nations Environment Programme. All rights reserved.") is None
    assert read_typed("®restore") is None


def test_a_bracketed_c_typed_right_draws_nothing(lib: library.Library, tmp_path: Path) -> None:
    items = ["1. Calls upon Member States to:", "(a) map their peatlands by 2030;",
             "(b) end new drainage of intact peatlands;", "(c) restore degraded peat swamp forests;",
             "2. Invites the Global Peatlands Initiative to share maps;", LAST]
    found = rules(make(tmp_path, [*HEAD, *items]), lib)
    assert not {r: p for r, p in found.items() if any(7 <= n <= 11 for n in p)}, found


# -- "I." then "ii.": a second-level list whose first label Word capitalised ------------------------------------------

SECOND_LEVEL = ["1. Calls upon Member States to restore peatlands through:", "a) the rewetting of drained land,",
                "b) a register of peatlands, including:"]


@pytest.mark.parametrize("head", [HEAD, THIMUN])
def test_a_capital_first_roman_item_is_one_list_with_the_next(lib: library.Library, tmp_path: Path,
                                                               head: list[str]) -> None:
    items = [*SECOND_LEVEL, "I. the area of each peatland,", "ii. its depth of peat,", "iii. its owner;",
             "2. Invites the Global Peatlands Initiative to share maps;", LAST]
    found = rules(make(tmp_path, [*head, *items]), lib)
    on_items = {r: p for r, p in found.items() if any(7 <= n <= 13 for n in p)}
    assert on_items == {"sub-label-style": [10]}, found


def test_a_capital_first_letter_item_is_one_list_with_the_next(lib: library.Library, tmp_path: Path) -> None:
    items = ["1. Calls upon Member States to restore peatlands through:", "A) the rewetting of drained land,",
             "b) a register of peatlands,", "c) fire patrols in the dry season;",
             "2. Invites the Global Peatlands Initiative to share maps;", LAST]
    found = rules(make(tmp_path, [*HEAD, *items]), lib)
    on_items = {r: p for r, p in found.items() if any(7 <= n <= 11 for n in p)}
    assert "sub-label-sequence" not in on_items and "chapeau-colon" not in on_items, found
    assert "sub-clause-single" not in on_items, found


def test_roman_items_typed_right_draw_nothing(lib: library.Library, tmp_path: Path) -> None:
    items = [*SECOND_LEVEL, "i. the area of each peatland,", "ii. its depth of peat,", "iii. its owner;",
             "2. Invites the Global Peatlands Initiative to share maps;", LAST]
    found = rules(make(tmp_path, [*HEAD, *items]), lib)
    assert not {r: p for r, p in found.items() if any(7 <= n <= 13 for n in p)}, found
