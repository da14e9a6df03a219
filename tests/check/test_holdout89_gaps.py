"""General causes behind the misses and false alarms of the eighty-ninth held-out student set
(bench/students/holdout89, Security Council drafts), each tested with paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import Para, rules_at

from drafter import library

SC_HEAD = ["Committee: Security Council", "Topic: Illicit arms flows in the Sahel", "Sponsors: Niger, Norway",
           "Signatories: Chile, Japan"]
GA_HEAD = ["Committee: General Assembly First Committee", "Topic: Illicit arms flows in the Sahel",
           "Sponsors: Niger, Norway", "Signatories: Chile, Japan"]
PRE = [("Noting with concern", "i"), (" the flow of small arms across the borders of the Sahel,", "")]
OP1 = [("1. ", ""), ("Calls upon", "u"), (" the States of the Sahel to mark and trace small arms;", "")]
LAST = [("3. ", ""), ("Decides", "u"), (" to remain seized of the matter.", "")]


def organ(name: str) -> Para:
    return [(name, "i"), (",", "")]


# -- the Council addressing the Security Council in its own text (MUN-F09, UN-B06) ------------------------------

@pytest.mark.parametrize("clause", ["Urges the Security Council to impose an arms embargo on the armed groups;",
                                    "Requests the United Nations Security Council to review the embargo yearly;",
                                    "Recommends that the Security Council establish a panel of experts;"])
def test_a_council_text_addressing_the_council_is_reported(tmp_path: Path, lib: library.Library,
                                                           clause: str) -> None:
    lead, rest = clause.split(" ", 1)
    op2 = [("2. ", ""), (lead, "u"), (" " + rest, "")]
    found = rules_at(tmp_path, lib, [*SC_HEAD, organ("The Security Council"), PRE, OP1, op2, LAST])
    assert (8, "council-addressed") in found


def test_only_the_council_addressing_itself_is_reported(tmp_path: Path, lib: library.Library) -> None:
    """The General Assembly recommends to, and requests of, the Council: no finding there; nor where the Council's
    text names itself after another addressee or in the possessive; the Council's own request to itself is one."""
    (tmp_path / "self").mkdir()
    itself = [("2. ", ""), ("Calls upon", "u"), (" the Security Council to consider an arms embargo;", "")]
    assert (8, "council-addressed") in rules_at(tmp_path / "self", lib, [*SC_HEAD, organ("The Security Council"),
                                                                         PRE, OP1, itself, LAST])
    op2 = [("2. ", ""), ("Urges", "u"), (" the Security Council to impose an arms embargo on the armed groups;", "")]
    last = [("3. ", ""), ("Requests", "u"), (" the Secretary-General to report to the Assembly.", "")]
    (tmp_path / "ga").mkdir()
    found = rules_at(tmp_path / "ga", lib, [*GA_HEAD, organ("The General Assembly"), PRE, OP1, op2, last])
    assert not [r for r in found if r[1] == "council-addressed"]
    own = [("2. ", ""), ("Requests", "u"), (" the Secretary-General to brief the Security Council every 90 days;", "")]
    possessive = [("2. ", ""), ("Welcomes", "u"), (" the Security Council's visiting mission to the Sahel;", "")]
    stresses = [("2. ", ""), ("Stresses", "u"), (" that the Security Council may adjust the embargo at any time;", "")]
    for number, clause in enumerate((own, possessive, stresses)):
        folder = tmp_path / f"sc{number}"
        folder.mkdir()
        found = rules_at(folder, lib, [*SC_HEAD, organ("The Security Council"), PRE, OP1, clause, LAST])
        assert not [r for r in found if r[1] == "council-addressed"]


# -- a UN sponsor line under a conference heading (UN-H06, UN-H07) -----------------------------------------------

def test_a_un_sponsor_line_names_the_sponsors_of_a_council_draft(tmp_path: Path, lib: library.Library) -> None:
    """"Security Council" over "Niger and Norway: draft resolution": the sponsors are named, and a Council draft
    bears no title, so no heading field is missing."""
    found = rules_at(tmp_path, lib, ["Security Council", "Niger and Norway: draft resolution",
                                     organ("The Security Council"), PRE, OP1,
                                     [("2. ", ""), ("Decides", "u"), (" to remain seized of the matter.", "")]])
    assert not [r for r in found if r[1] == "heading-missing"]


def test_a_un_sponsor_line_under_an_assembly_heading_still_wants_its_topic(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    """Under a General Assembly committee the sponsor line names the sponsors, but the draft's topic is still due."""
    found = rules_at(tmp_path, lib, ["Committee: General Assembly First Committee",
                                     "Niger and Norway: draft resolution", organ("The General Assembly"), PRE, OP1,
                                     [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report.", "")]])
    missing = [r for r in found if r[1] == "heading-missing"]
    assert len(missing) == 1
