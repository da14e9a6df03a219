"""General causes behind the misses and false alarms of the sixteenth held-out student set
(bench/students/holdout16: Model OAS, European Youth Parliament, an online African Union simulation, a MUN blog),
each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, rules_at

from drafter import library
from drafter.structure.classify import is_organ_substitute
from drafter.structure.heading import title_fields
from drafter.structure.leadwords import no_verb_en

GA_ORGAN = [("The General Assembly", "i"), (",", "")]
AWARE = [("Aware", "i"), (" of the cost of regional elections held every quarter,", "")]
NOTING = [("Noting", "i"), (" that the regional court publishes no annual report,", "")]
LAST = [("2. ", ""), ("Invites", "u"), (" the regional court to publish its budget.", "")]


# -- a title that names the body or the presenting delegation in its prose (MUN-H01–H03) ----------------------------

def test_title_fields_read_the_committee_and_the_sponsor_from_prose() -> None:
    assert title_fields("Motion for a Resolution by the Committee on Transport and Tourism") == {"committee"}
    assert title_fields("Resolution of the Regional Development Council on water") == {"committee"}
    assert title_fields("ECOSOC Resolution 12: Rural broadband") == {"committee"}
    assert title_fields("Draft resolution submitted by the Delegation of Ghana") == {"sponsors"}


def test_title_fields_leave_a_plain_title_alone() -> None:
    assert title_fields("Protecting coral reefs from bleaching") == set()
    assert title_fields("Reform of the Security Council") == set()  # the topic, not the body the text is by
    assert title_fields("Resolution on fishing quotas in the Baltic Sea") == set()


def test_a_title_naming_its_committee_stands_for_the_committee_line(tmp_path: Path, lib: library.Library) -> None:
    head = ["MOTION FOR A RESOLUTION BY THE COMMITTEE ON REGIONAL DEVELOPMENT",
            "Topic: Rural bus lines", "Submitted by: Ana Petrova (BG), Jonas Berg (SE)"]
    body = [[("The European Youth Parliament", "i"), (",", "")], NOTING,
            [("1. ", ""), ("Calls upon", "u"), (" the regions to share bus timetables.", "")]]
    found = rules_at(tmp_path, lib, [*head, *body])
    assert not [f for f in found if f[1] == "heading-missing"], found


def test_a_title_naming_the_presenting_delegation_stands_for_the_sponsors(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    head = ["Committee: First Committee", "Topic: Port security",
            "Draft Resolution Presented by the Delegation of Jamaica"]
    found = rules_at(tmp_path, lib, [*head, GA_ORGAN, NOTING, OP1, OP2])
    assert not [f for f in found if f[1] == "heading-missing"], found


def test_a_heading_without_any_sponsor_still_lacks_it(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: First Committee", "Topic: Port security", "Protecting ports from smuggling"]
    found = rules_at(tmp_path, lib, [*head, GA_ORGAN, NOTING, OP1, OP2])
    assert (1, "heading-missing") in found, found


def test_a_title_opening_with_the_bodys_abbreviation_gives_the_committee(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    head = ["GA Resolution 7: Terms of the regional court", "Proposed by: Lesotho"]
    found = rules_at(tmp_path, lib, [*head, GA_ORGAN, AWARE, OP1, LAST])
    assert not [f for f in found if f[1] == "heading-missing"], found


# -- the part numbers of a reference are no sentence ends (MUN-F05) ----------------------------------------------------

def test_a_reference_by_part_article_and_section_is_no_stray_full_stop(tmp_path: Path,
                                                                      lib: library.Library) -> None:
    cited = [("Recalling", "i"), (" Part II. Chapter IV. Article 12. of the regional charter on shared rivers,", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, cited, OP1, OP2])
    assert (6, "stray-full-stop") not in found, found


def test_a_single_article_before_a_capitalised_paragraph_is_still_a_stray_full_stop(
        tmp_path: Path, lib: library.Library) -> None:
    """"Article 13. Paragraph 2 …" may be two sentences: only a chain of three numbered parts reads as one."""
    cited = [("Recalling", "i"), (" Article 13. Paragraph 2 of the regional charter protects rivers,", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, cited, OP1, OP2])
    assert (6, "stray-full-stop") in found, found


def test_a_sentence_ending_after_an_article_number_is_still_a_stray_full_stop(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    cited = [("Recalling", "i"), (" the duties set out in Article 12. The charter binds every member,", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, cited, OP1, OP2])
    assert (6, "stray-full-stop") in found, found


# -- the organ line set down before the operative part with its resolving verb (UN-B01, UN-B02) --------------------

def test_a_bodys_name_with_its_resolving_verb_is_the_late_organ_line() -> None:
    assert is_organ_substitute("The General Assembly Resolves,", [])
    assert is_organ_substitute("The Security Council hereby decides:", [])
    assert is_organ_substitute("The Regional Council Resolves", [])
    assert not is_organ_substitute("The General Assembly resolves to act;", [])
    assert not is_organ_substitute("Resolves,", [])


def test_the_late_organ_line_with_its_verb_is_reported_as_misplaced(tmp_path: Path, lib: library.Library) -> None:
    late = "The General Assembly Resolves,"
    op1 = [("1. ", ""), ("Requests", "u"), (" the regional court to publish its accounts;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, AWARE, NOTING, late, op1, LAST])
    assert (7, "organ-line") in found, found
    assert (7, "lead-form") not in found, found


# -- a lettered preambular paragraph that ends the preamble with ";" (MUN-F04) ----------------------------------------

def test_the_last_lettered_preambular_paragraph_ending_with_a_semicolon_is_numbered(
        tmp_path: Path, lib: library.Library) -> None:
    a = [("A. ", ""), ("Noting", "i"), (" that rural schools lack broadband,", "")]
    b = [("B. ", ""), ("Observing", "i"), (" that teachers travel far to train;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, a, b, OP1, OP2])
    assert (6, "preambular-numbered") in found, found
    assert (7, "preambular-numbered") in found, found
    assert (7, "preambular-end") in found, found


def test_an_unlabelled_preamble_ending_with_a_semicolon_is_not_numbered(tmp_path: Path,
                                                                       lib: library.Library) -> None:
    last = [("Observing", "i"), (" that teachers travel far to train;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, last, OP1, OP2])
    assert not [f for f in found if f[1] == "preambular-numbered"], found


# -- a name and a noun before a modal: the subject, not the verb (UN-B06, MUN-F05) -----------------------------------

def test_a_name_and_a_noun_before_a_modal_open_without_a_verb() -> None:
    assert no_verb_en("Regional Court judges must publish their rulings")
    assert no_verb_en("Member States should report")
    assert not no_verb_en("Requests Member States to report")
    assert not no_verb_en("Encourages regional banks that must report")  # a verb first, then its object


def test_an_operative_paragraph_opening_with_a_three_word_subject_lacks_its_verb(
        tmp_path: Path, lib: library.Library) -> None:
    subject = [("2. ", ""), ("Regional Court judges must publish their rulings within a month.", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, OP1, subject])
    assert (8, "operative-no-verb") in found, found
