"""General causes behind the misses and false alarms of the thirteenth held-out student set
(bench/students/holdout13), each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, ORGAN, PRE, rules_at

from drafter import library
from drafter.labelkinds import read_typed

OP_LAST = [("2. ", ""), ("Invites", "u"), (" regional bodies to join the network.", "")]


# -- a label "(1)." : the full stop belongs to the label (UN-B07) ----------------------------------------------------

def test_a_parenthesised_label_takes_the_full_stop_after_it() -> None:
    typed = read_typed("(3). Urges coastal States to share data;")
    assert typed is not None and typed.text == "(3)." and typed.value == 3
    assert "(3). Urges coastal States"[typed.end:].startswith("Urges")
    decimal = read_typed("(2).5 million tonnes")  # a figure, not a label with a stop
    assert decimal is None or decimal.text == "(2)"


def test_the_full_stop_of_a_label_is_no_stray_full_stop(tmp_path: Path, lib: library.Library) -> None:
    """"(1). Requests …;": the label is judged (not the UN "1."), its full stop is no sentence end, and the lead
    after it is read."""
    op1 = [("(1). ", ""), ("Requests", "u"), (" the Office to publish a yearly report on seized servers;", "")]
    op2 = [("(2). ", ""), ("Invites", "u"), (" regional bodies to join the network.", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, op1, op2])
    assert (7, "numbering-form") in found and (8, "numbering-form") in found, found
    assert not [r for r in found if r[1] == "stray-full-stop"], found


# -- a numbered preamble before a line naming the operative part (UN-B01, UN-B05) -----------------------------------

NUMBERED_PREAMBLE = ["(1). Notes that floods have doubled in the delta since 2010",
                     "(2). Aware that most coastal cities lack warning systems.",
                     "Operative Clauses:",
                     [("(1). ", ""), ("Calls upon", "u"), (" Member States to fund early warning systems;", "")],
                     [("(2). ", ""), ("Requests", "u"), (" the Secretariat to report on progress.", "")]]


def test_numbered_paragraphs_before_an_operative_heading_are_the_preamble(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    """Numbers "(1)." "(2)." before "Operative Clauses:" and again from "(1)." after it: the first run is the
    preamble, numbered — judged as preambular paragraphs (their numbers, leads and end marks), not as clauses."""
    found = rules_at(tmp_path, lib, [*EN_HEAD, *NUMBERED_PREAMBLE])
    assert (5, "preambular-numbered") in found and (6, "preambular-numbered") in found, found
    assert (5, "lead-form") in found, found  # "Notes" opens a preambular paragraph
    assert (5, "preambular-end") in found and (6, "preambular-end") in found, found
    assert (7, "section-heading") in found, found
    assert not [r for r in found if r[0] in (5, 6) and r[1] in ("operative-end", "numbering-form", "stray-full-stop")]
    assert (8, "numbering-form") in found, found
    assert not [r for r in found if r[1] == "numbering-sequence"], found  # the clauses count from (1)


def test_numbered_clauses_without_an_operative_heading_stay_clauses(tmp_path: Path, lib: library.Library) -> None:
    """Without the line naming the operative part, numbered paragraphs are still the operative part."""
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, *NUMBERED_PREAMBLE[3:]])
    assert not [r for r in found if r[1] == "preambular-numbered"], found


# -- a line naming the operative part, with an article and no colon (UN-B01) ----------------------------------------

def test_the_operative_clauses_line_is_a_heading(tmp_path: Path, lib: library.Library) -> None:
    op1 = [("1. ", ""), ("Requests", "u"), (" the Office to publish a yearly report on seized servers;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, "The Operative Clauses", op1, OP_LAST])
    assert (7, "section-heading") in found, found
    assert not [r for r in found if r[0] == 7 and r[1] != "section-heading"], found


# -- a clause marked with a dash, its items dashed too (UN-B07, MUN-F06) --------------------------------------------

def test_a_dashed_operative_clause_and_its_dashed_items(tmp_path: Path, lib: library.Library) -> None:
    """"- Encourages … by:" opens the operative part (a clause without its number), the dashed lines after it are
    its items, and "2." is the next clause: no preambular findings on any of them."""
    clause = "- Encourages Member States to protect mangrove forests by:"
    items = ["- banning the clearing of coastal land;", "- paying fishing villages to replant the shore;"]
    last = "2. Urges donors to fund the replanting."
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, *items, last])
    assert [r for r in found if r[0] == 7 and r[1].startswith("numbering")], found
    assert (8, "sub-label-style") in found and (9, "sub-label-style") in found, found
    assert not [r for r in found if r[0] in (7, 8, 9) and r[1] in ("lead-form", "preambular-end")], found
    assert not [r for r in found if r[1] == "no-operative"], found


def test_a_dashed_preambular_line_is_no_clause(tmp_path: Path, lib: library.Library) -> None:
    """A dash before a preambular lead is no operative paragraph."""
    dashed = "- Noting the damage that storms did to coastal farms,"
    op1 = [("1. ", ""), ("Requests", "u"), (" the Office to publish a yearly report on seized servers;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, dashed, op1, OP_LAST])
    assert not [r for r in found if r[0] == 6 and r[1].startswith("numbering")], found


# -- the first preambular clause, short and without its comma, right after the heading (UN-B05) -------------------

def test_a_short_first_preambular_clause_without_its_comma_opens_the_body(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    head = ["Committee: UNICEF", "Topic: Child labour in mines", "Sponsors: Chile", "Signatories: Peru, Ghana"]
    pre1 = "Alarmed by child labour in cobalt mines"
    pre2 = ("Noting with deep concern that children who work in mines leave school early and rarely return to any "
            "form of education")
    op1 = [("1. ", ""), ("Urges", "u"), (" Member States to inspect mines every year.", "")]
    found = rules_at(tmp_path, lib, [*head, pre1, pre2, op1])
    assert (5, "preambular-end") in found and (5, "organ-line") in found, found


def test_a_heading_line_that_opens_with_a_participle_stays_in_the_heading(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    """Only lines that open with a preambular lead phrase move into the body, never a labelled field."""
    head = ["Committee: UNICEF", "Topic: Child labour in mines", "Sponsors: Chile", "Signatories: Peru, Ghana"]
    pre = ("Noting with deep concern that children who work in mines leave school early and rarely return to any "
           "form of education,")
    op1 = [("1. ", ""), ("Urges", "u"), (" Member States to inspect mines every year.", "")]
    found = rules_at(tmp_path, lib, [*head, pre, op1])
    assert not [r for r in found if r[0] < 5 and r[1] in ("preambular-end", "lead-form")], found


# -- a part's title under its labelled heading (UN-B01) --------------------------------------------------------------

def test_the_title_under_an_article_heading_is_a_heading_too(tmp_path: Path, lib: library.Library) -> None:
    op1 = [("1. ", ""), ("Requests", "u"), (" the Office to publish a yearly report on seized servers;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, "Article II", "Funding Mechanisms", op1, OP_LAST])
    assert (7, "section-heading") in found and (8, "section-heading") in found, found


def test_a_clause_after_a_heading_is_no_title(tmp_path: Path, lib: library.Library) -> None:
    """A numbered clause right after a heading stays a clause."""
    op1 = [("1. ", ""), ("Requests", "u"), (" the Office to publish a yearly report on seized servers;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, "Article II", op1, OP_LAST])
    assert not [r for r in found if r[0] == 8 and r[1] == "section-heading"], found


# -- a delegation named by its government (UN-H06) ------------------------------------------------------------------

def test_a_government_named_for_its_state(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: World Health Organization", "Topic: Vaccine supply", "Sponsors: Government of Canada, Chile",
            "Signatories: the Government of Kenya, Peru"]
    organ = [("The World Health Organization", "i"), (",", "")]
    op1 = [("1. ", ""), ("Urges", "u"), (" Member States to share vaccine doses.", "")]
    found = rules_at(tmp_path, lib, [*head, organ, PRE, op1])
    assert (3, "state-name") in found and (4, "state-name") in found, found


# -- an operative clause opening with a bare verb before its object (UN-B06) ----------------------------------------

def test_a_bare_verb_before_an_adjective_opens_a_command(tmp_path: Path, lib: library.Library) -> None:
    op1 = [("1. ", ""), ("Establish", ""), (" regional monitoring centres for river pollution;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, op1, OP_LAST])
    assert (7, "lead-form") in found, found


def test_a_noun_before_a_preposition_is_no_bare_verb(tmp_path: Path, lib: library.Library) -> None:
    """"Research into …" opens with a noun's phrase: not judged as the verb "Researches" left bare."""
    op1 = [("1. ", ""), ("Research into coral bleaching shall be paid for from a voluntary fund;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, op1, OP_LAST])
    assert not [r for r in found if r[0] == 7 and r[1] == "lead-form"], found


# -- "Concerning:" names the topic (MUN-H01) -------------------------------------------------------------------------

def test_concerning_labels_the_topic(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: Commission on Crime Prevention and Criminal Justice",
            "Concerning: Global governance of cybercrime", "Sponsors: China, France", "Signatories: Brazil"]
    op1 = [("1. ", ""), ("Requests", "u"), (" the Office to publish a yearly report on seized servers;", "")]
    found = rules_at(tmp_path, lib, [*head, ORGAN, PRE, op1, OP_LAST])
    assert not [r for r in found if r[1] == "heading-missing"], found


def test_a_noun_before_an_auxiliary_opens_a_sentence(tmp_path: Path, lib: library.Library) -> None:
    """"Waste imports are banned …": a subject and its verb, not the bare verb "Waste" before its object."""
    op1 = [("1. ", ""), ("Waste imports are banned in every port of the region;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, op1, OP_LAST])
    assert not [r for r in found if r[0] == 7 and r[1] == "lead-form"], found
