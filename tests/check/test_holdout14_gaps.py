"""General causes behind the misses and false alarms of the fourteenth held-out student set
(bench/students/holdout14), each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, rules_at

from drafter import library

NOTING = [("Noting", "i"), (" the growth of online fraud,", "")]


# -- "The Operative Clauses": a part's name with an article before it (UN-B01) -------------------------------------

def test_a_parts_name_after_the_article_is_a_section_heading(tmp_path: Path, lib: library.Library) -> None:
    """"The Operative Clauses" above clause 1 names a part as "Operative Clauses" does: a heading, not a preambular
    paragraph that lacks its comma."""
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, NOTING, "The Operative Clauses", OP1, OP2])
    assert (8, "section-heading") in found, found
    assert not [r for r in found if r[0] == 8 and r[1] != "section-heading"], found


def test_a_clause_opening_with_the_is_no_parts_name(tmp_path: Path, lib: library.Library) -> None:
    """A line that merely opens with "The" and a word stays what it was (a lead-less preambular line here)."""
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, NOTING, "The operative costs of the courts rise", OP1, OP2])
    assert (8, "section-heading") not in found, found


# -- a labelled heading with its title on the next line (UN-B01, MUN-F05) ------------------------------------------

def test_the_title_under_a_labelled_heading_is_a_heading_too(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, NOTING, "Section 2", "Training of Investigators", OP1, OP2])
    assert (8, "section-heading") in found and (9, "section-heading") in found, found


def test_a_plain_heading_line_without_a_label_above_it_is_left_alone(tmp_path: Path, lib: library.Library) -> None:
    """Adopted texts head parts of a long operative part too: a title line alone is still not named."""
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, NOTING, "Training of investigators", OP1, OP2])
    assert (8, "section-heading") not in found, found


# -- preambular clauses left without any end mark and no organ line (UN-B01, UN-B05) --------------------------------

def test_two_unmarked_clauses_after_the_heading_open_the_preamble(tmp_path: Path, lib: library.Library) -> None:
    """"Concerned by …" then "Noting …", neither ending with a mark and no organ line above them: the first is the
    first preambular paragraph (its missing comma is found), not a title line of the heading."""
    first = "Concerned by the spread of counterfeit medicines in rural clinics"
    second = "Noting the reports of patients poisoned by fake antibiotics"
    found = rules_at(tmp_path, lib, [*EN_HEAD, first, second, OP1, OP2])
    assert (5, "preambular-end") in found and (6, "preambular-end") in found, found
    assert (5, "organ-line") in found, found


def test_one_unmarked_line_before_a_marked_preamble_stays_a_title(tmp_path: Path, lib: library.Library) -> None:
    title = "Recognizing the rights of rural patients"
    clause = "Noting the reports of patients poisoned by fake antibiotics,"
    found = rules_at(tmp_path, lib, [*EN_HEAD, title, ORGAN, clause, OP1, OP2])
    assert (5, "preambular-end") not in found, found


# -- an operative verb among the preambular paragraphs of a draft that numbers nothing (UN-B03) --------------------

def test_an_operative_verb_before_more_preamble_is_a_preambular_paragraph(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    """"Demands … :" between preambular paragraphs, the paragraph after it opening with a participle again: it is
    a preambular paragraph in the wrong form, not the start of the operative part (so "Encouraging" is no operative
    lead in the wrong form)."""
    paragraphs = [*EN_HEAD, ORGAN,
                  "Recalling the Convention on the Rights of the Child,",
                  "Deeply concerned that millions of births go unregistered,",
                  "Demands birth registration for every child:",
                  "many children without papers cannot enrol in school,",
                  "Encouraging the exchange of registry software between States"]
    found = rules_at(tmp_path, lib, paragraphs)
    assert (8, "lead-form") in found, found
    assert (10, "lead-form") not in found and (8, "operative-end") not in found, found


def test_an_operative_verb_followed_by_operative_ends_opens_the_operative_part(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    """A participle after "Urges …;" that ends as an operative paragraph does (";") is an operative paragraph in
    the wrong form: the operative part began at "Urges"."""
    paragraphs = [*EN_HEAD, ORGAN,
                  "Recalling the Convention on the Rights of the Child,",
                  "Urges States to register every birth within a month;",
                  "Encouraging the exchange of registry software between States;",
                  "Requests a report on progress in two years."]
    found = rules_at(tmp_path, lib, paragraphs)
    assert (7, "lead-form") not in found, found
    assert (8, "lead-form") in found, found
