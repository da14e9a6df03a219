"""A text adopted in the middle of the operative part (holdout62, #20), tested with sentences of our own: "2. Adopts
the following charter:" over the charter's title, its own preamble and articles, then "3. Requests …": the charter is
read like an annex (none of its lines is a clause, a preambular paragraph or a sub-paragraph) and the clauses after
it count on from the adopting one. A colon over the adopting clause's own items, or no clause after the text, leaves
the reading as it was."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

HEAD = ["Committee: Economic and Social Council", "Topic: Volunteering for the Goals", "Sponsors: Ghana, Peru",
        "Signatories: Tonga", "The Economic and Social Council,",
        "Recognizing the work of volunteers in meeting the Sustainable Development Goals,"]
OP1 = "1. Welcomes the growth of volunteer networks in developing countries;"
ADOPTS = "2. Adopts the following charter:"
CHARTER = ["Charter of Volunteers for the Goals", "We, the members of the Council,",
           "Convinced that volunteering builds trust between communities,", "Agree as follows:",
           "1. Every person may volunteer freely and without pay.", "2. Volunteers shall be kept safe from harm."]
AFTER = ["3. Requests the Secretary-General to publish the charter;", "4. Invites Member States to endorse it."]


def test_a_text_adopted_by_a_numbered_clause_stops_at_the_next_clause(tmp_path: Path, lib: library.Library) -> None:
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, OP1, ADOPTS, *CHARTER, *AFTER])), lib)
    assert [n.label for n in tree.operative] == ["1", "2", "3", "4"]
    assert [n.text for n in tree.annexes] == CHARTER
    assert tree.adopts is tree.operative[1]
    assert len(tree.preamble) == 1 and not tree.sections

    # a colon over the adopting clause's own items: they stay its sub-paragraphs
    items = ["(a) A register of volunteers;", "(b) A fund for their training;"]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, OP1, "2. Adopts the following measures:", *items,
                                                      *AFTER], "items.docx")), lib)
    assert [c.label for c in tree.operative[1].children] == ["(a)", "(b)"] and not tree.annexes


def test_a_chapeau_typed_before_the_first_clause_opens_the_operative_part(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    """"For the purposes of this charter:" over "(a) …" "(b) …" right before "1. Welcomes …": the first operative
    paragraph, typed without number and verb, with its items; not a heading over items of the preamble."""
    terms = ["For the purposes of this charter:", "(a) \"volunteer\" means a person who gives time without pay;",
             "(b) \"host\" means the body a volunteer serves;"]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *terms, OP1, *AFTER])), lib)
    assert [n.text for n in tree.operative[:2]] == [terms[0], OP1] and tree.operative[0].label == ""
    assert [c.label for c in tree.operative[0].children] == ["(a)", "(b)"]
    assert len(tree.preamble) == 1 and not tree.preamble[0].children and not tree.sections
    # items under a preambular lead stay the preambular paragraph's own
    noting = "Noting the following figures:"
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, noting, *terms[1:], OP1, *AFTER], "noting.docx")), lib)
    assert [n.text for n in tree.preamble] == [HEAD[-1], noting] and tree.operative[0].text == OP1
