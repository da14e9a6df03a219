"""General causes behind the misses and false alarms of the fifty-sixth held-out student set
(bench/students/holdout56: a school-MUN wiki, a student forum, a Mauritius MUN booklet), each tested with paragraphs of
our own in the patterns students write: an operative paragraph left hanging on a preposition ("… resulting in;",
"… through;") announces the items after it although it lacks its colon, so items the student numbered "1." "2." …
like clauses are its sub-paragraphs (the missing colon and their labels the faults), not clauses whose count starts
again."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, ORGAN, PRE, rules_at

from drafter import library
from drafter.structure.classify import announces_list

NOTING = [("Noting", "i"), (" that coastal fisheries employ many young people,", "")]
OP1 = [("1. ", ""), ("Encourages", "u"), (" Member States to publish their catch data;", "")]


@pytest.mark.parametrize("text", [
    "2. Supports a joint fisheries authority resulting in;",
    "3. Calls for cooperation between coastal States in;",
    "2. Recommends that training be given in the fields of;",
    "4. Encourages regional bodies to act through;",
    "2. Requests a report on the progress made towards",
    "3. Urges Member States to agree on;",
])
def test_a_clause_hanging_on_a_preposition_announces_a_list(text: str) -> None:
    assert announces_list(text, "en")


def test_items_numbered_like_clauses_under_a_hanging_chapeau_are_sub_paragraphs(tmp_path: Path,
                                                                              lib: library.Library) -> None:
    body = [ORGAN, PRE, NOTING, OP1,
            [("2. ", ""), ("Supports", "u"), (" a shared patrol of the fishing grounds resulting in;", "")],
            "1. the licences of the two States being checked at sea,",
            "2. a common register of vessels,",
            "3. the catch of each vessel being reported weekly,",
            [("3. ", ""), ("Requests", "u"), (" the regional body to report next year.", "")]]
    found = rules_at(tmp_path, lib, [*EN_HEAD, *body])
    rules = {rule for _, rule in found}
    assert (9, "chapeau-colon") in found, found  # "resulting in;" wants its colon
    assert "numbering-sequence" not in rules, found  # the items do not restart the clauses' count
    assert "operative-no-verb" not in rules, found  # nor are they clauses without a verb
    assert "operative-end" not in rules, found
    assert {p for p, rule in found if rule in ("sub-label-style", "sub-numbered-as-clause")} >= {10, 11, 12}, found
    # a clause that closes, or ends on the idiom "and so on", announces nothing
    assert announces_list("2. Supports a shared patrol resulting in;", "en")
    assert not announces_list("2. Requests States to share data on fishing, port calls and so on;", "en")
    assert not announces_list("3. Urges Member States to protect the marine environment;", "en")
    assert not announces_list("4. Decides to remain seized of the matter.", "en")
