"""Gaps of the checker on the blind set holdout66 (#20), each held by sentences of our own: an exclamation or question
mark that ends a sentence inside an English clause was not reported (only full stops were); an organ line naming a
body outside the organ list and ending with a semicolon was not read as the organ line, so the checker said the organ
line was missing; and a conference draft dressed with a UN distribution line reading "General" (an adopted text's)
passed."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: General Assembly Second Committee", "Topic: Clean cooking fuels in rural areas",
        "Sponsors: Peru, Ghana", "Signatories: Fiji, Norway"]
PREAMBLE = ["Noting that smoke from open fires harms the health of millions of families,",
            "Aware that clean stoves cost more than most rural households can pay,"]
OPERATIVE = ["1. Recommends that Member States lower the tax on clean cooking stoves;",
             "2. Requests the Secretary-General to report on progress at the next session."]


# -- an exclamation or question mark inside an English clause ---------------------------------------------------------

def test_an_exclamation_mark_inside_a_clause(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "The General Assembly,",
            "Noting that smoke from open fires harms millions of families every day!,",
            PREAMBLE[1],
            "1. Recommends that Member States lower the tax on clean stoves at once, it pays for itself!, and report;",
            OPERATIVE[1]]
    found = rules(make(tmp_path, body), lib)
    assert found.get("stray-full-stop") == [6, 8]
    # a mark inside a quotation, an aside in brackets, one glued to a web address's query: no sentence of the clause
    # ends there
    quoted = [*HEAD, "The General Assembly,",
              "Recalling the campaign “Cook clean now!” of the World Health Organization,",
              "Aware that clean stoves cost more (how much more?) than most rural households can pay,",
              "1. Invites States to publish their data at https://example.org/stoves?year=2024 each year;",
              OPERATIVE[1]]
    assert "stray-full-stop" not in rules(make(tmp_path, quoted, "quoted.docx"), lib)


def test_a_question_mark_ending_a_sentence_inside_a_clause(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "The General Assembly,", *PREAMBLE,
            "1. Asks who will pay for the stoves? Member States should share the cost;", OPERATIVE[1]]
    assert rules(make(tmp_path, body), lib).get("stray-full-stop") == [8]



# -- an organ line naming a body outside the list, ending with a semicolon ---------------------------------------------

def test_an_organ_line_ending_with_a_semicolon(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "The United Nations Office for Rural Energy;", *PREAMBLE, *OPERATIVE]
    path = make(tmp_path, body)
    assert rules(path, lib).get("organ-line") == [5]
    report, _ = check.check_file(path, lib)
    message = next(f.message for f in report.findings if f.rule == "organ-line")
    assert "does not end with ','" in message
    # a sentence in the place of the organ line is no organ line written with the wrong mark
    sentence = [*HEAD, "The Member States of this Committee met twice on this question;", *PREAMBLE, *OPERATIVE]
    report, _ = check.check_file(make(tmp_path, sentence, "sentence.docx"), lib)
    message = next(f.message for f in report.findings if f.rule == "organ-line")
    assert "missing" in message


# -- a distribution line typed without its full stop -------------------------------------------------------------------

def test_a_distribution_line_typed_without_its_stop(lib: library.Library, tmp_path: Path) -> None:
    """"Distr: General" heads a UN masthead as "Distr.: General" does: a draft that lists its sponsors under it is
    given an adopted text's distribution; the fix writes the label's stop too."""
    body = ["United Nations Environment Programme", "Distr: General", "12 March 2025", *HEAD,
            "The General Assembly,", *PREAMBLE, *OPERATIVE]
    path = make(tmp_path, body)
    report, _ = check.check_file(path, lib)
    found = [f for f in report.findings if f.rule == "distribution-line"]
    assert [f.paragraph for f in found] == [2]
    assert "Distr.: Limited" in found[0].fixes.en
    limited = [body[0], "Distr: Limited", *body[2:]]
    assert "distribution-line" not in rules(make(tmp_path, limited, "limited.docx"), lib)
