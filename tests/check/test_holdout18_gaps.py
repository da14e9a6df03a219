"""General causes behind the misses and false alarms of the eighteenth held-out student set
(bench/students/holdout18: drafts from conferences outside the US and the UK), each tested with paragraphs of our own
in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import OP1, OP2, ORGAN, PRE, findings, rules_at
from docmaker import make

from drafter import library

UN_HEADING_RULES = {"distribution-line", "sponsor-line", "sponsor-order"}


def test_a_copied_symbol_over_labelled_delegation_lists_is_a_conference_heading(
        tmp_path: Path, lib: library.Library) -> None:
    # a code in the shape of a UN symbol, with the date on its line, then "Sponsors:" and "Signatories:": the
    # heading of a conference draft, judged as one (its missing topic), not as a UN masthead
    # (the symbol names the body, as a committee line does: only the topic is missing)
    head = ["UNODC/RES/2 14 March 2024", "Sponsors: Kenya, Peru, Norway", "Signatories: Chile, Mongolia, Fiji"]
    found = findings(make(tmp_path, [*head, ORGAN, PRE, OP1, OP2]), lib)
    assert not [f for f in found if f.rule in UN_HEADING_RULES], found
    assert ["the heading lacks the Topic line"] == [f.message for f in found if f.rule == "heading-missing"], found


def test_an_author_line_counts_as_a_delegation_list(tmp_path: Path, lib: library.Library) -> None:
    head = ["S/RES/2719 (2024)", "Committee: Security Council", "Agenda: Maritime security in the Gulf of Guinea",
            "Author: Ghana", "Signatories: Ecuador, Japan, Malta"]
    body = [[("The Security Council", "i"), (",", "")],
            [("Recalling", "i"), (" its earlier statements on piracy off the coast of West Africa,", "")],
            [("1. ", ""), ("Calls upon", "u"), (" coastal States to share patrol data;", "")],
            [("2. ", ""), ("Decides", "u"), (" to remain seized of the matter.", "")]]
    found = rules_at(tmp_path, lib, [*head, *body])
    assert not [f for f in found if f[1] in UN_HEADING_RULES], found


def test_a_symbol_without_delegation_lists_is_still_a_un_masthead(tmp_path: Path, lib: library.Library) -> None:
    # the UN masthead without its "Distr." line: still read as one, so the missing line is reported
    head = ["E/CN.15/2031/L.4", "Commission on Crime Prevention and Criminal Justice",
            "Kenya and Peru: draft resolution", "Protecting victims of online fraud"]
    found = rules_at(tmp_path, lib, [*head, ORGAN, PRE, OP1, OP2])
    assert "distribution-line" in {rule for _, rule in found}, found


# an unnumbered draft whose preamble slips once into an operative verb closed with ";" and then goes on
PREAMBLE = [
    [("Guided by", "i"), (" the purposes of the Constitution of the World Health Organization,", "")],
    [("Acknowledges", "i"), (" the work of nurses in remote districts during the last outbreak;", "")],
    [("Convinced", "i"), (" that vaccines must reach every district within a month,", "")],
    [("Deeply concerned", "i"), (" by the shortage of cold-chain storage in small clinics,", "")],
]


def test_an_operative_verb_inside_the_preamble_is_a_preambular_paragraph(tmp_path: Path, lib: library.Library
                                                                         ) -> None:
    ops = [[("Urges", "u"), (" Member States to fund cold-chain storage;", "")],
           [("Requests", "u"), (" the Director-General to report on progress next year.", "")]]
    found = rules_at(tmp_path, lib, [*PREAMBLE, *ops])
    assert (2, "lead-form") in found, found
    assert (2, "preambular-end") in found, found
    assert not [f for f in found if f[1] == "preambular-after-operative"], found


def test_a_single_preambular_paragraph_after_an_operative_one_stays_misplaced(
        tmp_path: Path, lib: library.Library) -> None:
    # one participle paragraph after "Urges …;" does not pull the operative paragraph back into the preamble
    body = [[("Guided by", "i"), (" the purposes of the Constitution of the World Health Organization,", "")],
            [("Urges", "u"), (" Member States to fund cold-chain storage;", "")],
            [("Recalling", "i"), (" the pledges made at the last Assembly,", "")],
            [("Requests", "u"), (" the Director-General to report on progress next year.", "")]]
    found = rules_at(tmp_path, lib, body)
    assert (3, "preambular-after-operative") in found, found
    assert (2, "lead-form") not in found, found
