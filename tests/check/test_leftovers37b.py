"""What an annexed text leaves unjudged (round 37, second wave, after bench/students/holdout153): the leads of an
annexed declaration's or code's own preamble, after "We, the …," or "The States …,", tested with paragraphs of our
own: a lead misspelt there is lead-misspelled, a lead in the operative form lead-form (UN-B03, UN-B06); a bare
plural verb, a participle, and the annex's layout stay clean."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import findings, make

from drafter import library

HEAD = ["Committee: General Assembly Second Committee", "Topic: Mountain communities",
        "Sponsors: Nepal, Bolivia", "Signatories: Kyrgyzstan"]
ORGAN = [("The General Assembly", "i"), (",", "")]
NOTING = [("Noting", "i"), (" that mountain glaciers are retreating faster than at any time on record,", "")]
OP1 = [("1. ", ""), ("Adopts", "u"), (" the Charter of Mountain Communities, annexed to the present resolution;", "")]
OP2 = [("2. ", ""), ("Invites", "u"), (" States to report on their use of the Charter.", "")]


def _leads(tmp_path: Path, lib: library.Library, annex: list[str]) -> list[tuple[int, str, str]]:
    report = findings(make(tmp_path, [*HEAD, ORGAN, NOTING, OP1, OP2, *annex]), lib)
    return [(f.paragraph, f.rule, str(f.message)) for f in report if f.rule in ("lead-form", "lead-misspelled")]


def test_an_operative_verb_in_an_annexed_preamble_is_a_lead_form_slip(tmp_path: Path, lib: library.Library) -> None:
    annex = ["Annex", "Charter of Mountain Communities", "The States subscribing to the present Charter,",
             "Recognizing that mountains supply fresh water to half of humanity,",
             "Welcomes the work of the Mountain Partnership on sustainable livelihoods,",
             "Agree on the following principles:", "1. States should map glacial lake hazards.",
             "2. States should support mountain farmers."]
    found = _leads(tmp_path, lib, annex)
    assert [(p, r) for p, r, _ in found] == [(13, "lead-form")], found
    assert "'Welcoming'" in found[0][2]


def test_a_misspelt_lead_in_an_annexed_preamble_is_reported(tmp_path: Path, lib: library.Library) -> None:
    annex = ["Annex", "Declaration on Mountain Communities", "We, the Ministers responsible for mountain regions,",
             "Reaffirming our commitment to the 2030 Agenda for Sustainable Development,",
             "Recongizing the vulnerability of mountain peoples to climate change,", "Declare the following:",
             "1. Mountain regions deserve priority in adaptation finance."]
    found = _leads(tmp_path, lib, annex)
    assert [(p, r) for p, r, _ in found] == [(13, "lead-misspelled")], found
    assert "'Recognizing'" in found[0][2]


def test_an_annexed_preamble_in_the_declarations_own_forms_stays_clean(tmp_path: Path,
                                                                      lib: library.Library) -> None:
    annex = ["Annex", "Declaration on Mountain Communities", "We, the Heads of State and Government,",
             "Recognize that mountain ecosystems are fragile,", "Deeply concerned by the loss of glaciers,",
             "Determined to act together,", "Declare the following:",
             "1. Urges no one: an operative verb in a numbered paragraph of the annex is not judged here.",
             "Article 1", "Welcomes in a paragraph after the preamble, outside it, is the annex's own text,"]
    assert _leads(tmp_path, lib, annex) == []


def _states(tmp_path: Path, lib: library.Library, annex: list[str]) -> list[tuple[int, str]]:
    report = findings(make(tmp_path, [*HEAD, ORGAN, NOTING, OP1, OP2, *annex]), lib)
    return [(f.paragraph, str(f.message)) for f in report if f.rule == "state-name"]


def test_a_state_misspelt_in_an_annexed_text_is_reported(tmp_path: Path, lib: library.Library) -> None:
    annex = ["Annex", "Charter of Mountain Communities", "1. Herders from Bhutan, Nepaal and Peru took part.",
             "2. Farmers from Columbia and Ecuador described the loss of glaciers."]
    found = _states(tmp_path, lib, annex)
    assert [p for p, _ in found] == [11, 12], found
    assert "'Nepal'" in found[0][1] and "'Colombia'" in found[1][1]


def test_states_named_rightly_in_an_annexed_text_stay_clean(tmp_path: Path, lib: library.Library) -> None:
    annex = ["Annex", "Charter of Mountain Communities", "1. Herders from Bhutan, Nepal and Peru took part.",
             "2. Scientists from British Columbia, Colombia and Ecuador, and from Columbia University, spoke."]
    assert _states(tmp_path, lib, annex) == []
