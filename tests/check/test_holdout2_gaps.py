"""General causes behind the misses and false alarms of the second held-out student set (bench/students/holdout2),
each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

THIMUN_HEAD = ["FORUM: General Assembly", "QUESTION OF: Access to clean water", "MAIN SUBMITTER: Chile",
               "CO-SUBMITTERS: Peru, Kenya"]


# -- a preambular paragraph with no lead at all ---------------------------------------------------------------

@pytest.mark.parametrize("opening", ["that the drought has reduced harvests across the region by half,",
                                     "\"scarcity\" as the lack of water needed for basic human needs,",
                                     "the right to water as recognised by the General Assembly in 2010,"])
def test_a_preambular_paragraph_without_a_lead_is_an_error(tmp_path: Path, lib: library.Library,
                                                            opening: str) -> None:
    paragraphs = [*EN_HEAD, ORGAN, PRE, opening, OP1, OP2]
    assert (7, "lead-form") in rules_at(tmp_path, lib, paragraphs)


def test_a_clause_without_a_lead_right_after_the_heading_opens_the_preamble(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    """No organ line and the first clause lost its lead: it is the first preambular paragraph, not a heading line."""
    paragraphs = [*THIMUN_HEAD, "water as a human right as stated in the resolutions of the General Assembly,",
                  PRE, OP1, OP2]
    found = rules_at(tmp_path, lib, paragraphs, "thimun")
    assert (5, "lead-form") in found
    assert any(rule == "organ-line" for _, rule in found)


def test_a_wrapped_list_of_cosubmitters_stays_in_the_heading(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = ["FORUM: General Assembly", "QUESTION OF: Access to clean water", "MAIN SUBMITTER: Chile",
                  "CO-SUBMITTERS: Peru, Kenya, Republic of Korea, United Kingdom of Great Britain and",
                  "Northern Ireland, Democratic Republic of the Congo, Bolivia (Plurinational State of),",
                  ORGAN, PRE, OP1, OP2]
    assert not [r for r in rules_at(tmp_path, lib, paragraphs, "thimun") if r[1] == "lead-form"]


def test_a_preambular_lead_the_list_lacks_is_no_error(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = [*EN_HEAD, ORGAN, PRE, "Knowing that the drought has reduced harvests across the region,", OP1, OP2]
    assert not [r for r in rules_at(tmp_path, lib, paragraphs) if r[1] == "lead-form"]


# -- a clause cut off after its number --------------------------------------------------------------------------

def test_a_bare_number_after_a_clause_is_the_next_clause(tmp_path: Path, lib: library.Library) -> None:
    """"3." on its own line is clause 3: clause 2 before it is no last clause and must end with ';'."""
    paragraphs = [*EN_HEAD, ORGAN, PRE, OP1, "2. Requests the Secretary-General to report on the programme.", "3."]
    found = rules_at(tmp_path, lib, paragraphs)
    assert (8, "operative-end") in found
    assert (8, "stray-full-stop") not in found


def test_a_bare_number_is_not_a_clause_outside_the_operative_part(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = ["2.", *EN_HEAD, ORGAN, PRE, OP1, OP2]
    found = rules_at(tmp_path, lib, paragraphs)
    assert not [r for r in found if r[1] in ("operative-end", "numbering-sequence", "final-stop")]


# -- a verb the phrase list lacks, given as a command ---------------------------------------------------------

@pytest.mark.parametrize(("clause", "right"), [("Start a programme on water safety;", "Starts"),
                                               ("Fund the new water authority;", "Funds")])
def test_a_command_verb_the_list_lacks_is_the_wrong_form(tmp_path: Path, lib: library.Library, clause: str,
                                                         right: str) -> None:
    paragraphs = [*EN_HEAD, ORGAN, PRE, f"1. {clause}", OP2]
    report = [f for f in findings(make(tmp_path, paragraphs), lib) if f.rule == "lead-form"]
    assert [f.paragraph for f in report] == [7]
    assert repr(right) in report[0].message


def test_a_noun_opening_an_operative_sentence_is_no_command(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = [*EN_HEAD, ORGAN, PRE, "1. Water shortages must be addressed by all Member States;", OP2]
    assert not [r for r in rules_at(tmp_path, lib, paragraphs) if r[1] == "lead-form"]


# -- organ lines that name more than the organ ----------------------------------------------------------------

def test_united_nations_before_the_organ_name_is_reported_and_fixed(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = [*EN_HEAD[:1], "Topic: Special political missions", *EN_HEAD[2:],
                  [("The United Nations General Assembly", "i"), (",", "")], PRE, OP1, OP2]
    path = make(tmp_path, paragraphs)
    report = [f for f in findings(path, lib) if f.rule == "organ-line"]
    assert [f.paragraph for f in report] == [5]
    assert "'United Nations'" in report[0].message
    full, doc = check.check_file(path, lib)
    fix.fix(full, doc, tmp_path / "fixed.docx", force=False)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[4].text == "The General Assembly,"
    assert not [f for f in findings(tmp_path / "fixed.docx", lib) if f.rule == "organ-line"]


@pytest.mark.parametrize(("organ", "extra"), [("The UN General Assembly,", "UN"),
                                             ("THE UNITED NATIONS SECURITY COUNCIL,", "UNITED NATIONS")])
def test_other_spellings_of_the_united_nations_prefix(tmp_path: Path, lib: library.Library, organ: str,
                                                      extra: str) -> None:
    paragraphs = [*THIMUN_HEAD, organ, PRE, OP1, OP2]
    report = [f for f in findings(make(tmp_path, paragraphs), lib, "thimun") if f.rule == "organ-line"]
    assert [f.paragraph for f in report] == [5]
    assert repr(extra) in report[0].message


@pytest.mark.parametrize(("organ", "expected"), [("The ECOSOC II Committee,", "The Economic and Social Council,"),
                                                 ("The Special Political Committee,", "The General Assembly,")])
def test_an_organ_line_naming_a_committee_is_reported(tmp_path: Path, lib: library.Library, organ: str,
                                                      expected: str) -> None:
    paragraphs = [*THIMUN_HEAD, organ, PRE, OP1, OP2]
    report = [f for f in findings(make(tmp_path, paragraphs), lib, "thimun") if f.rule == "organ-line"]
    assert [f.paragraph for f in report] == [5]
    assert expected in report[0].message


def test_a_council_organ_line_is_no_committee(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = [*THIMUN_HEAD, [("The Human Rights Council", "i"), (",", "")], PRE, OP1, OP2]
    assert not [f for f in findings(make(tmp_path, paragraphs), lib, "thimun") if f.rule == "organ-line"]


# -- an empty co-submitter field ----------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["CO-SUBMITTER:", "CO-SUBMITTERS:", "Co-sponsors:"])
def test_an_empty_cosubmitter_field_is_one_finding(tmp_path: Path, lib: library.Library, label: str) -> None:
    paragraphs = [*THIMUN_HEAD[:3], label, ORGAN, PRE, OP1, OP2]
    report = [f for f in findings(make(tmp_path, paragraphs), lib, "thimun") if f.rule == "heading-missing"]
    assert [f.paragraph for f in report] == [4]
    assert "empty" in report[0].message


def test_a_filled_cosubmitter_field_is_no_finding(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = [*THIMUN_HEAD, ORGAN, PRE, OP1, OP2]
    assert not [f for f in findings(make(tmp_path, paragraphs), lib, "thimun") if f.rule == "heading-missing"]


# -- a chapeau without any end mark -------------------------------------------------------------------------------

@pytest.mark.parametrize(("chapeau", "expected"), [("1. Suggests conflict de-escalation methods such as", [7]),
                                                   ("1. Suggests conflict de-escalation methods such as:", [])])
def test_a_chapeau_ends_with_a_colon_even_when_it_has_no_mark(tmp_path: Path, lib: library.Library, chapeau: str,
                                                              expected: list[int]) -> None:
    paragraphs = [*THIMUN_HEAD, ORGAN, PRE, chapeau, "a) mediation between the parties;",
                  "b) dialogue among the communities;", OP2]
    report = [f for f in findings(make(tmp_path, paragraphs), lib, "thimun") if f.rule == "chapeau-colon"]
    assert [f.paragraph for f in report] == expected


# -- names in a State's style that are none of its names ----------------------------------------------------------

@pytest.mark.parametrize(("name", "short", "rule", "severity"), [
    ("Republic of Germany", "Germany", "state-style", "suggestion"),  # the State plain to see, the style wrong
    ("The Great Republic of Japan", "Japan", "state-name", "warning"),
    ("Great Kingdom of Norway", "Norway", "state-name", "warning")])
def test_a_name_in_state_style_that_is_no_name_of_the_state_is_reported(tmp_path: Path, lib: library.Library,
                                                                       name: str, short: str, rule: str,
                                                                       severity: str) -> None:
    paragraphs = [*THIMUN_HEAD[:2], f"MAIN SUBMITTER: {name}", THIMUN_HEAD[3], ORGAN, PRE, OP1, OP2]
    report = [f for f in findings(make(tmp_path, paragraphs), lib, "thimun") if f.paragraph == 3]
    assert [(f.rule, f.severity) for f in report] == [(rule, severity)]
    assert repr(short) in report[0].message


@pytest.mark.parametrize("name", ["Federal Republic of Germany", "Italian Republic", "Republic of Korea",
                                  "Prime Minister of Japan"])
def test_formal_names_and_other_delegations_are_no_misnames(tmp_path: Path, lib: library.Library, name: str) -> None:
    paragraphs = [*THIMUN_HEAD[:2], f"MAIN SUBMITTER: {name}", THIMUN_HEAD[3], ORGAN, PRE, OP1, OP2]
    assert not [f for f in findings(make(tmp_path, paragraphs), lib, "thimun") if f.rule == "state-name"]


# -- a template's labels and instructions left in the draft -------------------------------------------------------

def test_a_template_heading_label_above_the_heading_is_a_section_heading(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    paragraphs = ["Heading:", *EN_HEAD, ORGAN, PRE, OP1, OP2]
    found = rules_at(tmp_path, lib, paragraphs)
    assert (1, "section-heading") in found


def test_a_template_instruction_in_the_preamble_is_a_section_heading(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = [*EN_HEAD, ORGAN, "Stating in the PREAMBLE the reasons that apply in the resolution:", PRE, OP1, OP2]
    found = rules_at(tmp_path, lib, paragraphs)
    assert (6, "section-heading") in found
    assert (6, "preambular-end") not in found


def test_a_preambular_clause_quoting_a_resolution_preamble_is_a_clause(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = [*EN_HEAD, ORGAN, [("Recalling", "i"), (" the preamble of its resolution 60/1, which reads:", "")],
                  PRE, OP1, OP2]
    assert (6, "section-heading") not in rules_at(tmp_path, lib, paragraphs)
