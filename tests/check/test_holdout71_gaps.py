"""Gaps of the checker on the blind set holdout71 (#20), each held by sentences of our own: numbered clauses written
with the participle of a verb asking others to act ("2) Recommending …", "5) Calling for …"), numbered on into an
operative clause and with no preamble before them, were read as a numbered preamble, so their wrong lead form and
their end marks went unreported."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: Commission for Social Development", "Topic: Work for young people",
        "Submitted by: Chile, Kenya"]


# -- numbered clauses opening with the participle of an asking verb ----------------------------------------------------

def test_numbered_asking_participles_are_operative_clauses(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "The Commission for Social Development,",
            "1. Recommending that States fund apprenticeships for young people.",
            "2. Calling upon employers to hire young graduates:",
            "a) in rural areas;",
            "b) in the towns;",
            "3. Urging States to report each year on work for young people.",
            "4. Encourages regional banks to lend to young entrepreneurs."]
    found = rules(make(tmp_path, body), lib)
    assert found.get("lead-form") == [5, 6, 9]
    assert found.get("operative-end") == [5, 9]
    assert "preambular-end" not in found and "preambular-sub-clause" not in found
    # participles of what the organ sees or holds, numbered on into the operative part: a numbered preamble still
    seen = [*HEAD, "The Commission for Social Development,",
            "1. Noting that one young person in five has no work.",
            "2. Recognizing the worth of apprenticeships.",
            "3. Aware that small firms hire most young people.",
            "4. Encourages regional banks to lend to young entrepreneurs."]
    found = rules(make(tmp_path, seen, "seen.docx"), lib)
    assert "lead-form" not in found
    assert found.get("preambular-end") == [5, 6, 7]


# -- a single curly quotation left open, an apostrophe after it ----------------------------------------------------------

def test_single_quotation_left_open_beside_an_apostrophe(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "The Commission for Social Development,",
            "Recalling the report ‘Work for the young’ of the International Labour Organization,",
            "1. Requests the Secretariat to study the topic ‘the future of the Organization’s youth programme;",
            "2. Encourages regional banks to lend to young entrepreneurs."]
    assert rules(make(tmp_path, body), lib).get("quote-unclosed") == [6]
    # apostrophes only ("States’ laws", "don’t"), or a single quotation closed: nothing is open
    closed = [*HEAD, "The Commission for Social Development,",
              "Recalling the report ‘Work for the young’ and Member States’ laws on apprenticeships,",
              "1. Requests the Secretariat to study why firms don’t hire the young and the topic ‘youth’s work';",
              "2. Encourages regional banks to lend to young entrepreneurs."]
    assert "quote-unclosed" not in rules(make(tmp_path, closed, "closed.docx"), lib)


# -- a full stop typed after a bracketed sub-label -------------------------------------------------------------------------

def test_full_stop_after_a_bracketed_sub_label(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "The Commission for Social Development,",
            "Noting that one young person in five has no work,",
            "1. Urges Member States to train young people:",
            "(a). in the trades that firms need;",
            "(b). in the use of computers;",
            "2. Encourages regional banks to lend to young entrepreneurs."]
    path = make(tmp_path, body)
    assert rules(path, lib).get("sub-label-style") == [7, 8]
    report, _ = check.check_file(path, lib)
    message = next(f.message for f in report.findings if f.rule == "sub-label-style")
    assert "'(a).'" in message and "'(a)'" in message


# -- a part's tag in brackets between the clauses ---------------------------------------------------------------------------

def test_bracketed_tag_between_clauses_is_a_section_heading(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "The Commission for Social Development,",
            "Noting that one young person in five has no work,",
            "1. Urges Member States to fund apprenticeships;",
            "(Part B - Task FIN)",
            "2. Encourages regional banks to lend to young entrepreneurs."]
    assert rules(make(tmp_path, body), lib).get("section-heading") == [7]


# -- a noun made of a verb opening an operative clause -------------------------------------------------------------------

def test_noun_of_a_verb_opening_an_operative_clause(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "The Commission for Social Development,",
            "Noting that one young person in five has no work,",
            "1. Establishment of a fund for apprenticeships, financed by Member States;",
            "2. Encourages regional banks to lend to young entrepreneurs."]
    assert rules(make(tmp_path, body), lib).get("operative-no-verb") == [6]
