"""Misses and false alarms of the checker on the blind set holdout78 (#20), drafts written with a chat assistant and
handed in as .txt or .md, each held by sentences of our own with the fault it must still find (or the right text it
must leave alone): the assistant's own sentences in other shapes than "Sure! Here is …", an operative part split by a
title after which the numbers start again at 1, a Markdown list whose items are all typed "1." (a viewer numbers
them 1, 2, 3), and the assistant's placeholders in square brackets ("[Insert Country]", "[Date]")."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: United Nations Environment Assembly", "Topic: Ghost nets in coastal waters",
        "Sponsors: Chile, Fiji", "Signatories: Oman, Samoa"]
ORGAN = "The United Nations Environment Assembly,"
PREAMBLE = ["Alarmed that lost fishing nets keep catching turtles and seabirds for years,",
            "Noting that few ports offer a place to hand in worn-out nets,"]
OPERATIVE = ["1. Encourages Member States to mark fishing gear with the owner's licence number;",
             "2. Invites port authorities to collect old nets free of charge;",
             "3. Requests the Executive Director to report on progress at the next session."]


# -- the assistant's own sentences, above the draft and under its last clause ---------------------------------------

def test_an_assistant_s_first_person_opening_and_its_offers_are_pasted_lines(lib: library.Library,
                                                                            tmp_path: Path) -> None:
    openings = ("I'll draft a resolution on ghost nets for the Environment Assembly. Here it is:",
                "I've put together a draft resolution in the usual format below:",
                "I have written a first version of the resolution that you can edit:",
                "Here's a polished draft resolution on ghost nets for your committee.")
    for n, opening in enumerate(openings):
        report, _ = check.check_file(make(tmp_path, [opening, *HEAD, ORGAN, *PREAMBLE, *OPERATIVE], f"o{n}.docx"),
                                     lib)
        pasted = [f for f in report.findings if f.rule == "pasted-artefact"]
        assert [f.paragraph for f in pasted] == [1], (opening, report.findings)
        assert "chatbot" in pasted[0].message, pasted[0].message  # the assistant's, not a delegate's letter
    closings = ("If you share which delegation you represent, I can adapt the clauses to its policy.",
                "If you tell me your conference's rules, I could shorten the preamble.",
                "This version keeps the operative part short. Let me know if you want more clauses.")
    last = len(HEAD) + 1 + len(PREAMBLE) + len(OPERATIVE)
    for n, closing in enumerate(closings):
        found = rules(make(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *OPERATIVE, closing], f"c{n}.docx"), lib)
        assert found.get("pasted-artefact") == [last + 1], (closing, found)
        assert "stray-full-stop" not in found, (closing, found)  # the last clause's full stop ends the text
    # a clause that speaks of what States tell, or a sentence with "I" in a quotation, is no assistant's line
    clause = "3. Requests States that tell the secretariat of lost gear to report on progress at the next session."
    found = rules(make(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *OPERATIVE[:2], clause], "clause.docx"), lib)
    assert "pasted-artefact" not in found, found


# -- a title inside the operative part, and the numbers after it starting at 1 again ---------------------------------

def test_numbers_starting_again_after_a_title_between_operative_clauses(lib: library.Library,
                                                                       tmp_path: Path) -> None:
    body = [*HEAD, ORGAN, *PREAMBLE, "1. Encourages Member States to mark fishing gear with the owner's licence number;",
            "2. Invites port authorities to collect old nets free of charge;", "Recycling and Reporting:",
            "1. Calls upon manufacturers to take back nets at the end of their life;",
            "2. Requests the Executive Director to report on progress at the next session."]
    found = rules(make(tmp_path, body, "restart.docx"), lib)
    assert found.get("section-heading") == [10], found
    assert found.get("numbering-sequence") == [11], found  # one break: the count taken up again is its own fix
    # numbered on across the title: the title alone is the fault
    body[10], body[11] = "3." + body[10][2:], "4." + body[11][2:]
    found = rules(make(tmp_path, body, "on.docx"), lib)
    assert found.get("section-heading") == [10], found
    assert "numbering-sequence" not in found, found


# -- a Markdown list typed "1." on every item ------------------------------------------------------------------------

def _markdown(path: Path, lines: list[str]) -> Path:
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_markdown_list_is_numbered_as_a_viewer_shows_it(lib: library.Library, tmp_path: Path) -> None:
    leads = ["*Alarmed* that lost fishing nets keep catching turtles and seabirds for years,",
             "*Noting* that few ports offer a place to hand in worn-out nets,"]
    ones = ["1. *Encourages* Member States to mark fishing gear with the owner's licence number;",
            "1. *Invites* port authorities to collect old nets free of charge;",
            "1. *Requests* the Executive Director to report on progress at the next session."]
    found = rules(_markdown(tmp_path / "ones.md", [*HEAD, "*The United Nations Environment Assembly*,", *leads, *ones]),
                  lib)
    assert not {"numbering-sequence", "numbering-restart"} & set(found), found
    # the same lines as plain text: the numbers are what was typed
    found = rules(_markdown(tmp_path / "ones.txt", [*HEAD, "The United Nations Environment Assembly,",
                                                   *(line.replace("*", "") for line in leads),
                                                   *(line.replace("*", "") for line in ones)]), lib)
    assert found.get("numbering-sequence") == [9, 10], found  # each "1." again is a slip of its own
    # a paragraph that is no list item (a sub-clause typed at the margin) ends the list: the next item shows the
    # number typed on it, which starts a list again
    split = [ones[0], "1. *Invites* port authorities to collect old nets:", "(a) free of charge;",
             "(b) in every fishing port;", ones[2]]
    found = rules(_markdown(tmp_path / "split.md", [*HEAD, "*The United Nations Environment Assembly*,", *leads,
                                                    *split]), lib)
    assert found.get("numbering-sequence") == [12], found


# -- an assistant's placeholders in square brackets ------------------------------------------------------------------

def test_a_bracketed_placeholder_is_reported_as_one_not_as_an_amendment(lib: library.Library,
                                                                        tmp_path: Path) -> None:
    body = [ORGAN, *PREAMBLE, *OPERATIVE]
    head = ["Committee: United Nations Environment Assembly", "Topic: Ghost nets in coastal waters",
            "Sponsors: [Insert Country], Chile, Fiji", "Signatories: Oman, Samoa", "Date: [Date]"]
    found = rules(make(tmp_path, [*head, *body], "head.docx"), lib)
    assert found.get("placeholder-typed") == [3, 5], found
    assert "amendment-trace" not in found, found
    # a field that holds nothing but the placeholder is missing (heading-missing), said once
    alone = [*head[:3], "Signatories: [Insert Countries]", *body]
    found = rules(make(tmp_path, alone, "alone.docx"), lib)
    assert found.get("heading-missing") == [4] and found.get("placeholder-typed") == [3], found
    assert "amendment-trace" not in found, found
    # in a clause: the placeholder, not an open negotiation
    clause = "3. Requests the Executive Director to report at the [Insert Session Number] session."
    found = rules(make(tmp_path, [*HEAD, *body[:-1], clause], "clause.docx"), lib)
    assert found.get("placeholder-typed") == [10] and "negotiation-mark" not in found, found
    # an amendment's note and words still negotiated keep their own rules
    noted = "3. Requests the Executive Director to report [inserted: on progress] at the next session."
    found = rules(make(tmp_path, [*HEAD, *body[:-1], noted], "noted.docx"), lib)
    assert found.get("amendment-trace") == [10] and "placeholder-typed" not in found, found
    open_words = "3. Requests the Executive Director to report at the [eighty-second] session."
    found = rules(make(tmp_path, [*HEAD, *body[:-1], open_words], "open.docx"), lib)
    assert found.get("negotiation-mark") == [10] and "placeholder-typed" not in found, found
