"""General causes behind the findings on the held-out student set holdout82 (real drafts found by the sentences
drafts are made of: a GaiaMUN 2018 draft, a Tennessee YMCA draft; three typed after them), each tested with
paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import OP1, OP2, findings
from docmaker import make

from drafter import library

HEAD = ["Committee: Third Committee", "Topic: Freedom of expression online", "Sponsors: France, Chile",
        "Signatories: Peru, Ghana"]
ORGAN = [("The General Assembly", "i"), (",", "")]
NOTING = [("Noting with concern", "i"), (" the growth of online censorship,", "")]


def _found(tmp_path: Path, lib: library.Library, paragraphs: list) -> list[tuple[int, str]]:
    """(paragraph, rule) of every finding, suggestions included."""
    return [(f.paragraph, f.rule) for f in findings(make(tmp_path, paragraphs), lib)]


# -- a passage quoted on a line of its own after "… which reads:" ---------------------------------------------------

@pytest.mark.parametrize("quote", ["“All Members shall settle their disputes by peaceful means”,",
                                   "\"Everyone has the right to take part in the government of his country\",",
                                   "‘No one shall be held in slavery’,"])
def test_a_quoted_passage_after_a_colon_names_no_unknown_lead(tmp_path: Path, lib: library.Library,
                                                               quote: str) -> None:
    """The quotation's first word is no lead phrase; the clause split before it is still reported. Only a colon
    before it makes the paragraph a quoted passage: after a clause ending with a comma, a paragraph opening with a
    quotation mark is a clause whose opening is no lead phrase."""
    intro = [("Bearing in mind", "i"), (" article 2 of the Charter of the United Nations, which reads:", "")]
    found = _found(tmp_path, lib, [*HEAD, ORGAN, intro, quote, NOTING, OP1, OP2])
    assert not [r for r in found if r[1] == "lead-unknown"]
    assert (6, "preambular-end") in found  # "… which reads:": the clause ends with a colon
    ended = [("Bearing in mind", "i"), (" article 2 of the Charter of the United Nations,", "")]
    found = _found(tmp_path, lib, [*HEAD, ORGAN, ended, quote, NOTING, OP1, OP2])
    assert (7, "lead-unknown") in found

