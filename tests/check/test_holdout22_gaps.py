"""General causes behind the findings of the twenty-second held-out student set (bench/students/holdout22: drafts
found by topic), each tested with paragraphs of our own in the patterns students write: an operative number closed
by a square bracket ("1]"), the organ's name written again at the end of the last preambular paragraph ("…, the
General Assembly:"), and a heading of "Committee:", "Topic:" and "Authors:" without its signatories."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, ORGAN, PRE, make, rules_at

from drafter import check, library
from drafter.check import fix
from drafter.labelkinds import read_typed
from drafter.word import reader

GA_HEAD = ["Committee: Third Committee", "Topic: Literacy in rural schools", "Sponsors: Chile, Ghana",
           "Signatories: Nepal, Peru"]
GA_ORGAN = [("The General Assembly", "i"), (",", "")]
NOTING = [("Noting", "i"), (" the shortage of trained teachers in remote districts,", "")]
OP1 = [("1. ", ""), ("Requests", "u"), (" the regional offices to report on reading programmes;", "")]
OP2 = [("2. ", ""), ("Invites", "u"), (" donors to fund mobile libraries.", "")]


# -- an operative number closed by a square bracket: "1]" (UN-B07, MUN-F05) -------------------------------------

def test_a_number_closed_by_a_square_bracket_is_a_label() -> None:
    typed = read_typed("3] Invites donors to fund mobile libraries;")
    assert typed is not None and typed.kind == "number" and typed.value == 3 and typed.text == "3]"
    assert read_typed("[citation needed] is not a label") is None
    assert read_typed("2023] was a year") is None  # four digits: no such label


def test_an_operative_paragraph_numbered_with_a_bracket_is_a_numbering_fault(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    bracketed = [("1] ", ""), ("Requests", "u"), (" the regional offices to report on reading programmes;", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, bracketed, OP2])
    assert (7, "numbering-form") in found, found
    # read as an operative paragraph, not as a preambular paragraph without a lead
    assert (7, "lead-form") not in found, found


# -- the organ's name written again at the end of the preamble: "…, the General Assembly:" (UN-B01) --------------

def test_the_organ_appended_to_the_last_preambular_paragraph_is_reported(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    appended = [("Alarmed", "i"), (" by the closure of village schools, the General Assembly:", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, appended, OP1, OP2])
    assert (7, "organ-line") in found, found
    assert (5, "organ-line") not in found, found  # the organ line at the top is right


def test_a_list_of_bodies_ending_a_preambular_paragraph_is_no_repeated_organ(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    listing = [("Welcoming", "i"), (" the reports of the Human Rights Council, the General Assembly,", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, listing, OP1, OP2])
    assert ("organ-line" not in {rule for _, rule in found}), found
    # the same words inside the paragraph, not at its end, are no repetition either
    inside = [("Noting", "i"), (" that the General Assembly: a forum for all, heard the report,", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, inside, OP1, OP2])
    assert ("organ-line" not in {rule for _, rule in found}), found


def test_another_organ_appended_in_its_own_words_is_reported(tmp_path: Path, lib: library.Library) -> None:
    appended = [("Recalling", "i"), (" its resolution 22/7 of 26 April 2013, The Commission on Crime Prevention "
                                     "and Criminal Justice hereby:", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, appended, OP1, OP2])
    assert (7, "organ-line") in found, found


# -- "Authors:" without signatories (MUN-H01) ---------------------------------------------------------------------

def test_authors_without_signatories_lack_the_signatories_line(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: Third Committee", "Topic: Literacy in rural schools", "Authors: Chile, Ghana"]
    found = rules_at(tmp_path, lib, [*head, GA_ORGAN, NOTING, OP1, OP2])
    assert (1, "heading-missing") in found, found


def test_authors_with_signatories_are_a_complete_heading(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: Third Committee", "Topic: Literacy in rural schools", "Authors: Chile, Ghana",
            "Signatories: Nepal, Peru"]
    found = rules_at(tmp_path, lib, [*head, GA_ORGAN, NOTING, OP1, OP2])
    assert "heading-missing" not in {rule for _, rule in found}, found


def test_the_bracketed_number_is_fixed_to_a_full_stop(tmp_path: Path, lib: library.Library) -> None:
    bracketed = [("1] ", ""), ("Requests", "u"), (" the regional offices to report on reading programmes;", "")]
    path = make(tmp_path, [*GA_HEAD, GA_ORGAN, NOTING, bracketed, OP2])
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert texts[6].startswith("1. Requests"), texts[6]
