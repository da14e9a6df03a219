"""Traces of two working papers merged into one draft that the checker missed on the blind set holdout50 (#20),
each held by sentences of our own with a passing draft beside it: one bloc's leads typed in capitals beside the
other's plain ones (a part whose leads are all in capitals follows a house style and is left alone), a clause kept
from both papers in a few other words (two requests for different sessions are no copy), a second UN sponsor line
under the first, and the first paper's "1.1" items pasted under another clause."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = ["Committee: Commission on Narcotic Drugs", "Topic: Synthetic opioids", "Sponsors: Chile, Kenya",
        "Signatories: Norway", "The Commission on Narcotic Drugs,"]
UN_HEAD = ["E/CN.7/2029/L.6", "Distr.: Limited", "11 March 2029", "Original: English", "Commission on Narcotic Drugs",
           "Seventy-second session", "Agenda item 5", "Synthetic drugs"]
PRE = "Recalling its resolution 66/2 on synthetic opioids,"
OP_LAST = "4. Requests the Executive Director to report to the Commission at its seventy-third session."


def fixed_texts(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- one bloc's leads in capitals --------------------------------------------------------------------------------------

def test_leads_in_capitals_beside_plain_ones(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, PRE, "GRAVELY CONCERNED by the number of overdose deaths among young people,",
            "1. Urges Member States to share forensic data on new synthetic opioids;",
            "2. ENCOURAGES regional organizations to set up shared drug-checking laboratories;",
            "3. Invites donors to fund treatment services in prisons;", OP_LAST]
    path = make(tmp_path, body)
    assert rules(path, lib).get("capital-after-lead") == [7, 9]
    fixed = fixed_texts(path, lib, tmp_path / "fixed.docx")
    assert fixed[6].startswith("Gravely concerned by") and fixed[8].startswith("2. Encourages regional")
    # every operative lead in capitals under plain preambular leads: a house style, left alone
    house = [*HEAD, PRE, "Gravely concerned by the number of overdose deaths among young people,",
             "1. URGES Member States to share forensic data on new synthetic opioids;",
             "2. ENCOURAGES regional organizations to set up shared drug-checking laboratories;",
             "3. INVITES donors to fund treatment services in prisons;",
             "4. REQUESTS the Executive Director to report to the Commission at its seventy-third session."]
    assert "capital-after-lead" not in rules(make(tmp_path, house, "house.docx"), lib)


# -- a clause kept from both papers in other words ---------------------------------------------------------------------

def test_a_clause_said_again_in_a_few_other_words(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, PRE,
            "1. Encourages Member States to open supervised consumption sites in cities with many overdose deaths;",
            "2. Invites donors to fund treatment services in prisons;",
            "3. Encourages Member States to open supervised drug consumption sites in the cities with the most "
            "overdose deaths;", OP_LAST]
    assert rules(make(tmp_path, body), lib).get("duplicate-paragraph") == [9]
    # alike, but for another session, or for another body: no copy
    other = [*HEAD, PRE,
             "1. Requests the Executive Director to report to the Commission at its seventy-third session on the "
             "implementation of the present resolution;",
             "2. Requests the Executive Director to report to the Commission at its seventy-fifth session on the "
             "implementation of the present resolution;",
             "3. Encourages Member States to open supervised consumption sites in cities;",
             "4. Encourages donors to fund the staff of supervised consumption sites in cities."]
    assert "duplicate-paragraph" not in rules(make(tmp_path, other, "other.docx"), lib)


# -- a second UN sponsor line ----------------------------------------------------------------------------------------

def test_a_second_sponsor_line_under_the_first(lib: library.Library, tmp_path: Path) -> None:
    tail = ["Reducing deaths from synthetic opioids", "The Commission on Narcotic Drugs,", PRE,
            "1. Urges Member States to share forensic data on new synthetic opioids;",
            "2. Invites donors to fund treatment services in prisons."]
    merged = [*UN_HEAD, "Chile and Kenya: draft resolution", "Norway and Peru: draft resolution", *tail]
    assert rules(make(tmp_path, merged), lib).get("heading-repeated") == [10]
    one = [*UN_HEAD, "Chile, Kenya, Norway and Peru: draft resolution", *tail]
    assert "heading-repeated" not in rules(make(tmp_path, one, "one.docx"), lib)


# -- the first paper's "1.1" items under another clause --------------------------------------------------------------

def test_outline_items_pasted_under_another_clause(lib: library.Library, tmp_path: Path) -> None:
    thimun = ["FORUM: Commission on Narcotic Drugs", "QUESTION OF: Synthetic opioids", "SUBMITTED BY: Chile",
              "CO-SUBMITTERS: Kenya, Norway", "THE COMMISSION ON NARCOTIC DRUGS,", PRE,
              "1. Urges Member States to share forensic data on new synthetic opioids;",
              "2. Recommends that Member States set up early warning systems which would:",
              "1.1 alert health services to new substances within days,",
              "1.2 publish the results of drug-checking services;",
              "3. Invites donors to fund treatment services in prisons."]
    assert rules(make(tmp_path, thimun), lib).get("sub-label-style") == [9, 10]
