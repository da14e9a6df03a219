"""General causes behind the findings of the thirtieth held-out student set (bench/students/holdout30: Kuwaiti team
pages, a student's blog, the Tennessee explorer, Civitas, and typed drafts), each tested with paragraphs of our own
in the patterns students write: a capital inside a lead the phrase list does not know, written with its own
preposition ("Taking in Consideration that", "Keeping under Observation")."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import findings, make, rules_at

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

GA_HEAD = ["Committee: Second Committee", "Topic: Rural vaccination campaigns", "Sponsors: Nepal, Zambia",
           "Signatories: Chile, Fiji"]
GA_ORGAN = [("The General Assembly", "i"), (",", "")]
NOTING = [("Noting", "i"), (" that remote villages are reached by vaccinators twice a year at most,", "")]
OP1 = [("1. ", ""), ("Requests", "u"), (" the regional offices to report on cold-chain equipment;", "")]
OP2 = [("2. ", ""), ("Invites", "u"), (" donors to fund solar refrigerators.", "")]


# -- a capital after an unknown lead's own preposition (UN-B03, UN-B04, MUN-F04) ---------------------------------

def test_a_capital_after_an_unknown_leads_preposition_is_reported(tmp_path: Path, lib: library.Library) -> None:
    keeping = [("Keeping under Observation", "i"), (" the progress of the measles campaign in mountain districts,", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, keeping, OP1, OP2])
    assert (7, "capital-after-lead") in found, found
    taking = [("Taking in Consideration", "i"), (" that vaccines spoil when the power fails,", "")]
    report = findings(make(tmp_path, [*GA_HEAD, GA_ORGAN, NOTING, taking, OP1, OP2]), lib)
    capital = [f for f in report if f.rule == "capital-after-lead"]
    assert [f.paragraph for f in capital] == [7], report
    assert "'Taking in consideration'" in capital[0].message, capital[0].message


def test_names_and_lower_case_words_after_an_unknown_lead_are_left_alone(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    named = [("Keeping with", "i"), (" Security Council resolution 2417 (2018) on conflict and hunger,", "")]
    acronym = [("Taking in", "i"), (" UNICEF figures on missed doses in 2023,", "")]
    lower = [("Taking in", "i"), (" account the shortage of trained vaccinators,", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, named, acronym, lower, OP1, OP2])
    assert "capital-after-lead" not in {rule for _, rule in found}, found


def test_a_capital_the_draft_uses_as_a_name_elsewhere_keeps_it(tmp_path: Path, lib: library.Library) -> None:
    # "Observation" is part of a programme's name in the paragraph before: with a capital, it may be that name here
    keeping = [("Keeping under", "i"), (" Observation the villages beyond the river,", "")]
    programme = [("Welcoming", "i"), (" the work of the Village Observation teams,", "")]
    found = rules_at(tmp_path, lib, [*GA_HEAD, GA_ORGAN, NOTING, programme, keeping, OP1, OP2])
    assert (8, "capital-after-lead") not in found, found


def test_the_capital_after_the_preposition_is_fixed_to_lower_case(tmp_path: Path, lib: library.Library) -> None:
    keeping = [("Keeping under Observation", "i"), (" the progress of the measles campaign in mountain districts,", "")]
    path = make(tmp_path, [*GA_HEAD, GA_ORGAN, NOTING, keeping, OP1, OP2])
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert texts[6].startswith("Keeping under observation the progress"), texts[6]
