"""Gaps of the checker on the set holdout73 (#20), each held by sentences of our own: a heading that carries the number
a conference gave the resolution its committee passed ("Resolution ECOSOC/2/1", "Assembly Resolution #3") is the
committee's text, which lists no sponsors (UN-D01, MUN-H03), and whose organ line names the body that passed it; the
Sponsors line (and, over a title alone, the Committee line) was asked of it all the same."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

BODY = ["The Economic and Social Council,",
        "Noting that rural women hold fewer bank accounts than rural men,",
        "1. Invites Member States to open post-office savings accounts in rural areas;",
        "2. Requests the Secretary-General to report on the matter next year."]


def test_a_passed_resolution_number_asks_for_no_sponsors(lib: library.Library, tmp_path: Path) -> None:
    for number in ("Resolution ECOSOC/2/1", "Assembly Resolution #3", "Resolution No. 7", "RESOLUTION 2.4"):
        head = [number, "Committee: Economic and Social Council", "Topic: Financial inclusion of rural women"]
        found = rules(make(tmp_path, [*head, *BODY], "passed.docx"), lib)
        assert "heading-missing" not in found, number
    # a passed resolution's number over its title alone: the organ line names the body that passed it
    found = rules(make(tmp_path, ["Assembly Resolution #3", "Savings for rural women", *BODY], "titled.docx"), lib)
    assert "heading-missing" not in found
    # a numbered text whose heading says whose draft it is: its submitters' fields, or a line naming the delegation
    for whose in ("Signatories: Chile, Kenya", "Submitted by: Chile", "Republic of Chile (Ana Ruiz)"):
        head = ["Resolution 2.4", whose, "Committee: Economic and Social Council", "Topic: Rural women"]
        found = rules(make(tmp_path, [*head, *BODY], "whose.docx"), lib)
        assert found.get("heading-missing") == [1], whose
    # a draft, a title in words, a bare "Resolution": the sponsors are still asked for
    for title in ("Draft Resolution 2.1", "Revised Draft Resolution 2.1", "Resolution on rural women", "Resolution"):
        head = [title, "Committee: Economic and Social Council", "Topic: Financial inclusion of rural women"]
        found = rules(make(tmp_path, [*head, *BODY], "draft.docx"), lib)
        assert found.get("heading-missing") == [1], title
