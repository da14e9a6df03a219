"""Faults of drafts pasted out of a PDF booklet that the checker got wrong on the blind set holdout59 (#20), each held
by sentences of our own with a passing draft beside it: the page furniture of a UN document's PDF (the job number at
the foot of a page, the page's "n/m" with it, the document symbol heading every page after the first) and a running
header that stands next to a page number are pasted artefacts; a label cut from its clause by the copy (a typed "3."
or "a." alone on a line, or a clause's "3." left at the end of the line above) is one finding, whose fix joins the
label to its clause, and the labels after it are not out of sequence; a lead whose ligature the copy dropped
("Rea rms" for "Reaﬃrms") is a misspelt lead."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.structure import Phrases
from drafter.word import reader

UN_HEAD = ["A/C.3/80/L.9", "Distr.: Limited", "3 October 2025", "Original: English", "General Assembly",
           "Eightieth session", "Third Committee", "Agenda item 27", "Social development",
           "Chile and Ghana: draft resolution", "Cooperatives in social development", "The General Assembly,"]
MUN_HEAD = ["Committee: Human Rights Council", "Topic: Access to clean drinking water", "Sponsors: Peru, Ghana",
            "Signatories: Nepal", "The Human Rights Council,", "Recalling that safe drinking water is a human right,",
            "Noting that many rural schools have no tap,"]


def fixed_texts(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- the page furniture of a UN document's PDF --------------------------------------------------------------------------

def test_a_un_pdfs_job_number_and_symbol_between_clauses_are_pasted(lib: library.Library, tmp_path: Path) -> None:
    body = [*UN_HEAD, "Recognizing that cooperatives employ many people in rural areas,",
            "1. Encourages Member States to give cooperatives access to credit;",
            "2/3    25-15873", "A/C.3/80/L.9",
            "2. Requests the Secretary-General to report on the present resolution."]
    found = rules(make(tmp_path, body), lib)
    assert found.get("pasted-artefact") == [15, 16]
    # the symbol at the top of the document is its heading, not a pasted line
    clean = [*body[:14], body[16]]
    assert "pasted-artefact" not in rules(make(tmp_path, clean, "clean.docx"), lib)


def test_a_clause_broken_by_a_un_page_break_is_one_broken_clause(lib: library.Library, tmp_path: Path) -> None:
    body = [*UN_HEAD, "Recognizing that cooperatives employ many people in rural areas and give work to",
            "25-15873 (E)    031025", "A/C.3/80/L.9", "women and young people,",
            "1. Encourages Member States to give cooperatives access to credit;",
            "2. Requests the Secretary-General to report on the present resolution."]
    found = rules(make(tmp_path, body), lib)
    assert found.get("paragraph-broken") == [13]
    assert found.get("pasted-artefact") == [14, 15]


def test_a_running_header_beside_a_page_number_is_pasted(lib: library.Library, tmp_path: Path) -> None:
    body = [*MUN_HEAD, "Page 2 of 5", "HRC · Topic B", "1. Urges Member States to bring water to schools;",
            "2. Invites donors to fund rural water projects."]
    found = rules(make(tmp_path, body), lib)
    assert found.get("pasted-artefact") == [8, 9]
    # the same line with no page number beside it is no page's header
    alone = [*MUN_HEAD, "HRC · Topic B", *body[9:]]
    assert 8 not in rules(make(tmp_path, alone, "alone.docx"), lib).get("pasted-artefact", [])


# -- a label cut from its clause ------------------------------------------------------------------------------------------

def test_a_clause_number_alone_on_a_line_is_one_finding(lib: library.Library, tmp_path: Path) -> None:
    body = [*MUN_HEAD, "1. Urges Member States to bring water to schools;",
            "2. Calls upon donors to fund rural water projects;", "3.",
            "Requests the Secretary-General to report on progress;", "4. Invites all States to share their data."]
    path = make(tmp_path, body)
    found = rules(path, lib)
    assert found.get("label-alone") == [10]
    assert "numbering-sequence" not in found
    fixed = fixed_texts(path, lib, tmp_path / "fixed.docx")
    assert fixed[9] == "3. Requests the Secretary-General to report on progress;"
    # a clause whose number and words stand together: nothing
    right = [*body[:9], "3. Requests the Secretary-General to report on progress;", body[11]]
    assert "label-alone" not in rules(make(tmp_path, right, "right.docx"), lib)


def test_a_sub_clause_label_alone_on_a_line_is_one_finding(lib: library.Library, tmp_path: Path) -> None:
    body = [*MUN_HEAD, "1. Recommends that Member States:", "a.", "test the water of every school each year,",
            "b. publish the results of the tests,", "c. repair broken pipes within a month;",
            "2. Invites donors to fund rural water projects."]
    found = rules(make(tmp_path, body), lib)
    assert found.get("label-alone") == [9]
    assert "sub-label-sequence" not in found


def test_a_clause_number_left_at_the_end_of_the_line_above(lib: library.Library, tmp_path: Path) -> None:
    body = [*MUN_HEAD, "1. Urges Member States to bring water to schools;",
            "2. Calls upon donors to fund rural water projects; 3.",
            "Requests the Secretary-General to report on progress;", "4. Invites all States to share their data."]
    path = make(tmp_path, body)
    found = rules(path, lib)
    assert found.get("label-alone") == [9]
    assert 9 not in found.get("operative-end", [])
    fixed = fixed_texts(path, lib, tmp_path / "fixed.docx")
    assert fixed[8] == "2. Calls upon donors to fund rural water projects;"
    assert fixed[9] == "3. Requests the Secretary-General to report on progress;"
    # a clause that ends with a number of its own ("… of resolution 3.") before a numbered clause: nothing
    right = [*body[:8], "2. Calls upon donors to fund the projects listed in annex 3.", "3. Requests the "
             "Secretary-General to report on progress;", body[10]]
    assert "label-alone" not in rules(make(tmp_path, right, "right.docx"), lib)


# -- a ligature the copy dropped from a lead ----------------------------------------------------------------------------

def test_a_lead_whose_ligature_was_dropped_is_misspelt(lib: library.Library, tmp_path: Path) -> None:
    body = [*MUN_HEAD, "1. Urges Member States to bring water to schools;",
            "2. Rea rms the right of every child to safe drinking water."]
    found = rules(make(tmp_path, body), lib)
    assert found.get("lead-misspelled") == [9]
    right = [*body[:8], "2. Reaffirms the right of every child to safe drinking water."]
    assert "lead-misspelled" not in rules(make(tmp_path, right, "right.docx"), lib)


def test_a_preambular_lead_whose_ligature_was_dropped_is_read_and_fixed(lib: library.Library,
                                                                          tmp_path: Path) -> None:
    phrases = Phrases.of(lib, "en")
    assert phrases.ligature_dropped("Con dent that every school can have a tap,") == ("Con dent", "Confident")
    assert phrases.ligature_dropped("Recalling that water is a right,") is None
    body = [*MUN_HEAD[:6], "Con dent that every school can have a tap,",
            "1. Urges Member States to bring water to schools."]
    path = make(tmp_path, body)
    assert rules(path, lib).get("lead-misspelled") == [7]
    assert fixed_texts(path, lib, tmp_path / "fixed.docx")[6].startswith("Confident that")
