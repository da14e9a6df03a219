"""Faults of the blind set holdout40 (#20): drafts written with a chatbot and pasted as plain text. Each held by
sentences of our own, with passing drafts beside it: a lead between Markdown's marks whose own faults (capitals
inside it, an operative verb in the preamble) the marks hid, a bold run over more than the lead phrase, a part's
name as a Markdown heading ("## Operative Clauses"), Markdown's heading marks, horizontal rule and bold marks in the
heading block, the chatbot's own sentences around the draft ("Sure! Here is …", "Let me know if …"), and sentences
commenting on the draft ("This will …", "In conclusion, …") that were read as lines of the clause before them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["Committee: Second Committee", "Topic: Rainwater harvesting in cities", "Sponsors: Jordan, Kenya",
        "Signatories: Malta, Peru"]
ORGAN = "The General Assembly,"
PREAMBLE = ["Noting that roofs in dry cities could collect far more rain than they do,",
            "Aware that stored rainwater can flush toilets and water gardens,"]
OPERATIVE = ["1. Encourages Member States to require rain tanks on new public buildings;",
             "2. Invites cities to offer grants for rain tanks on schools;",
             "3. Requests the Secretary-General to report on progress at its eighty-third session."]


def findings(path: Path, lib: library.Library, rule: str | None = None) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule, str(f.message)) for f in report.findings
            if (rule is None or f.rule == rule) and f.severity in ("error", "warning")
            and f.rule != "lead-emphasis-document"]  # plain runs: the leads' emphasis is not what is tested


def draft(*, head: list[str] = HEAD, organ: str = ORGAN, preamble: list[str] = PREAMBLE,
          operative: list[str] = OPERATIVE, before: list[str] = (), after: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    return [*before, *head, organ, *preamble, *operative, *after]


def test_the_clean_draft_has_no_finding(lib: library.Library, tmp_path: Path) -> None:
    assert findings(make(tmp_path, draft()), lib) == []


# -- a lead between typed marks: the lead's own faults ------------------------------------------------------------

@pytest.mark.parametrize(("where", "clause", "word"), [
    ("preamble", "**Gravely Concerned By** the drying up of wells in many cities,", "Concerned"),
    ("preamble", "__Taking Into Account__ the cost of pumping water uphill,", "Into"),
    ("operative", "2. **Strongly Encourages** cities to offer grants for rain tanks on schools;", "Encourages"),
    ("operative", "2. *Further Invites* cities to offer grants for rain tanks on schools;", "Invites"),
])
def test_capitals_inside_a_marked_lead_are_reported_with_the_marks(
        lib: library.Library, tmp_path: Path, where: str, clause: str, word: str) -> None:
    if where == "preamble":
        paragraphs, at = draft(preamble=[PREAMBLE[0], clause]), 7
    else:
        paragraphs, at = draft(operative=[OPERATIVE[0], clause, OPERATIVE[2]]), 9
    found = findings(make(tmp_path, paragraphs), lib)
    assert (at, "lead-marked") in [(p, r) for p, r, _ in found]
    capitals = [(p, m) for p, r, m in found if r == "capital-after-lead"]
    assert capitals and capitals[0][0] == at and repr(word) in capitals[0][1]


def test_an_operative_verb_between_marks_in_the_preamble_has_the_wrong_form(
        lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(preamble=[PREAMBLE[0], "**Welcomes** the rain gardens some cities have planted,"])
    found = findings(make(tmp_path, paragraphs), lib)
    assert (7, "lead-marked") in [(p, r) for p, r, _ in found]
    assert [(p, m) for p, r, m in found if r == "lead-form"] == [
        (7, "'Welcomes' cannot open a preambular paragraph (an operative verb); write 'Welcoming'")]


def test_a_right_lead_between_marks_gets_the_marks_finding_only(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(preamble=["**Noting with concern** that roofs in dry cities waste their rain,", PREAMBLE[1]],
                       operative=["1. **Calls upon** Member States to require rain tanks on new public buildings;",
                                  *OPERATIVE[1:]])
    found = findings(make(tmp_path, paragraphs), lib)
    assert sorted((p, r) for p, r, _ in found) == [(6, "lead-marked"), (8, "lead-marked")]


def test_the_capital_finding_through_marks_quotes_the_paragraph_as_it_is(
        lib: library.Library, tmp_path: Path) -> None:
    report, _ = check.check_file(make(tmp_path, draft(preamble=["**Deeply Concerned** that wells run dry,"])), lib)
    capital = next(f for f in report.findings if f.rule == "capital-after-lead")
    assert capital.excerpt.startswith("**Deeply Concerned**")


def test_a_bold_run_over_more_than_the_lead_is_the_lead_marked(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(preamble=["**Recognizing the great importance of the fact that** rain is free,",
                                 PREAMBLE[1]])
    found = findings(make(tmp_path, paragraphs), lib)
    assert [(p, r) for p, r, _ in found] == [(6, "lead-marked")]
    assert "Recognizing the great importance of the fact that" in found[0][2]


def test_marks_over_words_that_open_with_no_lead_are_still_no_lead(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(preamble=["**The rain that falls on the city every year** is wasted,", PREAMBLE[1]])
    found = findings(make(tmp_path, paragraphs), lib)
    assert "lead-marked" not in {r for _, r, _ in found}
    assert (6, "lead-form") in [(p, r) for p, r, _ in found]


# -- Markdown in the heading block and over a part's name ----------------------------------------------------------

@pytest.mark.parametrize("title", ["## Preambular Clauses", "### Preamble", "**Preambulatory Clauses:**",
                                   "# Preambular Paragraphs"])
def test_a_part_named_in_markdown_is_a_section_heading(lib: library.Library, tmp_path: Path, title: str) -> None:
    paragraphs = [*HEAD, title, ORGAN, *PREAMBLE, *OPERATIVE]
    found = findings(make(tmp_path, paragraphs), lib)
    assert [(p, r) for p, r, _ in found] == [(5, "section-heading")]


def test_the_operative_part_named_in_markdown_between_the_parts(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(preamble=[*PREAMBLE, "## Operative Clauses"])
    found = findings(make(tmp_path, paragraphs), lib)
    assert [(p, r) for p, r, _ in found] == [(8, "section-heading")]


@pytest.mark.parametrize(("line", "what"), [
    ("## Draft Resolution on Rain in Cities", "a Markdown heading's marks"),
    ("---", "a Markdown horizontal rule"),
    ("* * *", "a Markdown horizontal rule"),
    ("**Draft Resolution 2.4**", "Markdown's bold marks"),
])
def test_markdown_lines_above_the_heading_fields(lib: library.Library, tmp_path: Path, line: str, what: str) -> None:
    found = findings(make(tmp_path, draft(before=[line])), lib)
    assert [(p, r) for p, r, m in found if what in m] == [(1, "pasted-artefact")]


def test_bold_field_names_in_the_heading_are_markdown_left_in(lib: library.Library, tmp_path: Path) -> None:
    head = ["**Committee:** Second Committee", "**Topic:** Rainwater harvesting in cities",
            "**Sponsors:** Jordan, Kenya", "**Signatories:** Malta, Peru"]
    found = findings(make(tmp_path, draft(head=head)), lib)
    assert [(p, r) for p, r, _ in found] == [(1, "pasted-artefact"), (2, "pasted-artefact"),
                                             (3, "pasted-artefact"), (4, "pasted-artefact")]


def test_a_plain_title_and_a_footnote_star_are_no_markdown(lib: library.Library, tmp_path: Path) -> None:
    head = ["Draft Resolution on Rain in Cities", *HEAD[:2], "Sponsors: Jordan*, Kenya", HEAD[3]]
    found = findings(make(tmp_path, draft(head=head)), lib)
    assert "pasted-artefact" not in {r for _, r, _ in found}


# -- the chatbot's own sentences and comments on the draft ----------------------------------------------------------

@pytest.mark.parametrize("line", ["Sure! Here is a draft resolution on rainwater that you can use:",
                                  "Certainly, here's a revised version of your draft resolution:"])
def test_the_chatbot_reply_opening_above_the_draft(lib: library.Library, tmp_path: Path, line: str) -> None:
    found = findings(make(tmp_path, draft(before=[line])), lib)
    assert [(p, r) for p, r, m in found if "a chatbot's own sentence" in m] == [(1, "pasted-artefact")]


@pytest.mark.parametrize("line", ["Let me know if you want me to shorten any of the clauses.",
                                  "I hope this helps with your committee session!",
                                  "Would you like me to add clauses on financing?"])
def test_the_chatbot_offer_after_the_last_clause_leaves_its_end_to_be_judged(
        lib: library.Library, tmp_path: Path, line: str) -> None:
    operative = [*OPERATIVE[:2], OPERATIVE[2].rstrip(".") + ";"]
    found = findings(make(tmp_path, draft(operative=operative, after=[line])), lib)
    assert sorted((p, r) for p, r, _ in found) == [(10, "final-stop"), (11, "pasted-artefact")]


@pytest.mark.parametrize("line", ["In conclusion, this resolution will make our cities ready for drought.",
                                  "This resolution aims to save water in every city.",
                                  "Overall, these steps would cut the use of drinking water for gardens."])
def test_a_closing_comment_after_the_final_stop(lib: library.Library, tmp_path: Path, line: str) -> None:
    found = findings(make(tmp_path, draft(after=[line])), lib)
    assert [(p, r) for p, r, _ in found] == [(11, "commentary")]  # the last clause's "." ends it: no stray stop


def test_a_comment_between_two_clauses(lib: library.Library, tmp_path: Path) -> None:
    operative = [OPERATIVE[0], "This will cut the bills of schools and hospitals.", *OPERATIVE[1:]]
    found = findings(make(tmp_path, draft(operative=operative)), lib)
    assert [(p, r) for p, r, _ in found] == [(9, "commentary")]


def test_a_clause_going_on_after_its_line_break_is_no_comment(lib: library.Library, tmp_path: Path) -> None:
    operative = [OPERATIVE[0], "2. Invites cities to offer grants for rain tanks on schools, so that",
                 "this will cut the bills of schools and hospitals;", OPERATIVE[2]]
    found = findings(make(tmp_path, draft(operative=operative)), lib)
    assert "commentary" not in {r for _, r, _ in found}


def test_a_quoted_sentence_that_opens_with_this_inside_a_clause_is_no_comment(
        lib: library.Library, tmp_path: Path) -> None:
    operative = [*OPERATIVE[:2], "3. Requests the Secretary-General to report on progress at its eighty-third "
                 "session, noting that this will be the first such report."]
    found = findings(make(tmp_path, draft(operative=operative)), lib)
    assert found == []
