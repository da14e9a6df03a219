"""Label shapes of the blind set holdout50 (#20), tested with sentences of our own: a working paper's outline items
("1.1 alert …", "1.2 publish …") pasted under another clause of the merged draft keep their old number without its
closing point; they are read as items under the clause whose chapeau ends with a colon, not as its text. An amount
("1.1 million") stays text."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import library
from drafter.labelkinds import read_outline_under
from drafter.structure import read_structure
from drafter.word import reader


def test_an_outline_item_under_another_clause_after_a_colon() -> None:
    typed = read_outline_under("1.1 alert health services to new substances,", "4", chapeau=True)
    assert typed is not None and (typed.kind, typed.value, typed.text) == ("outline", 1, "1.1")
    following = read_outline_under("1.2 publish the results;", "4", open_first="1")
    assert following is not None and following.value == 2
    # not after a clause that opens no list, not an item other than the first, not an amount
    assert read_outline_under("1.1 alert health services to new substances,", "4") is None
    assert read_outline_under("1.3 alert health services to new substances,", "4", chapeau=True) is None
    assert read_outline_under("1.1 million people use the services;", "4", chapeau=True) is None


def test_the_items_are_placed_under_the_clause(lib: library.Library, tmp_path: Path) -> None:
    body = ["FORUM: Commission on Narcotic Drugs", "QUESTION OF: Synthetic opioids", "SUBMITTED BY: Chile",
            "CO-SUBMITTERS: Kenya, Norway", "THE COMMISSION ON NARCOTIC DRUGS,",
            "Recalling its resolution 66/2 on synthetic opioids,",
            "1. Urges Member States to share forensic data on new synthetic opioids;",
            "2. Recommends that Member States set up early warning systems which would:",
            "1.1 alert health services to new substances within days,",
            "1.2 publish the results of drug-checking services;",
            "3. Invites donors to fund treatment services in prisons."]
    tree = read_structure(reader.read(make(tmp_path, body)), lib)
    second = tree.operative[1]
    assert [(c.role, c.label, c.kind) for c in second.children] == [("sub", "1.1", "outline"), ("sub", "1.2", "outline")]
    assert [n.number for n in tree.operative] == [1, 2, 3]
