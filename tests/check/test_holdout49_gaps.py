"""General causes behind the misses and false alarms of the forty-ninth held-out student set
(bench/students/holdout49, drafts of conferences outside North America and Europe), each tested with paragraphs of
our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import library

# -- UN-B03/UN-B04: a comma after the lead, where the list does not know the lead or the comma splits it ----------

@pytest.mark.parametrize("clause", [
    "Noting, with concern the rising number of attacks on hospital networks,",
    "Noting, with deep concern the cost of ransomware to small clinics,",
])
def test_a_comma_inside_a_listed_lead_is_a_lead_comma(tmp_path: Path, lib: library.Library, clause: str) -> None:
    """"Noting, with concern the …": the words after the comma complete the longer listed lead."""
    assert (6, "lead-comma") in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, clause, PRE, OP1, OP2])


@pytest.mark.parametrize("clause", [
    "Clarifying, that most attacks on hospital networks go unreported,",
    "Proposing, one of the regional centres as the host of the training,",
])
def test_a_comma_after_an_unlisted_participle_is_a_lead_comma(tmp_path: Path, lib: library.Library,
                                                              clause: str) -> None:
    """A participle the phrase list does not know is still the lead; its object follows it without a comma. An
    aside set off by two commas after a lead, listed or not, is no comma between the lead and its object."""
    assert (6, "lead-comma") in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, clause, PRE, OP1, OP2])
    for aside in ("Noting, in particular, the rising number of attacks on hospital networks,",
                  "Recalling, also, the work of the regional offices on cybercrime,",
                  "Clarifying, in this regard, the duties of service providers,"):
        assert (6, "lead-comma") not in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, aside, PRE, OP1, OP2])


# -- UN-B03: words naming a source, a cause or an example opening a preambular paragraph -------------------------

@pytest.mark.parametrize(("clause", "lead"), [
    ("According to, the regional office has counted 300 attacks on clinics in 2026,", "According to"),
    ("Due to the lack of trained investigators, many small States are unable to prosecute attacks,", "Due to"),
    ("Including reports of stolen patient records and locked hospital systems,", "Including"),
])
def test_a_source_or_example_opening_a_preambular_paragraph_is_a_lead_form_fault(
        tmp_path: Path, lib: library.Library, clause: str, lead: str) -> None:
    found = [f for f in findings(make(tmp_path, [*EN_HEAD, ORGAN, PRE, clause, OP1, OP2]), lib) if f.paragraph == 7]
    assert [f.rule for f in found if f.rule == "lead-form"] == ["lead-form"]
    assert repr(lead) in next(f.message for f in found if f.rule == "lead-form")
    # inside a clause that opens with a listed lead, such words are the clause's own
    # inside a clause that opens with a listed lead, such words are the clause's own; a source named alone, as
    # "Further to the report" names one, is no statement
    for kept in ("Noting that, according to the regional office, most attacks go unreported,",
                 "According to the report of the regional office, which has counted the attacks,"):
        assert (7, "lead-form") not in rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, kept, OP1, OP2])


# -- MUN-H01/MUN-H02: a heading label naming its field twice, joined by a slash ----------------------------------

def test_a_label_joining_two_names_of_a_field_is_read(tmp_path: Path, lib: library.Library) -> None:
    """"Main Submitter/Sponsor:" names the sponsors in THIMUN's word and in the common one."""
    head = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
            "Main Submitter/Sponsor: China", "Co-Submitters/Signatories: Brazil, Chile"]
    assert not [rule for _, rule in rules_at(tmp_path, lib, [*head, ORGAN, PRE, OP1, OP2])
                if rule.startswith("heading")]
