"""General causes behind the misses and false alarms of the ninety-fifth held-out set (bench/students/holdout95:
drafts of historical committees), each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, ORGAN, PRE, Para, findings, rules_at
from docmaker import make

from drafter import library

COUNCIL = [("The Security Council", "i"), (",", "")]
COUNCIL_PRE = [("Noting", "i"), (" the letter of the Permanent Representative of Cyprus of 20 July 1974,", "")]
COUNCIL_OP1 = [("1. ", ""), ("Calls upon", "i"), (" all parties to cease firing at once;", "")]


def _at(tmp_path: Path, lib: library.Library, paragraphs: list[Para], profile: str | None = None
        ) -> list[tuple[int, str]]:
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    return rules_at(folder, lib, paragraphs, profile)


def _council_draft(sponsors: str, date: str, last: str = "Decides to remain seized of the matter.",
                   symbol: str = "S/11350") -> list[Para]:
    closing = last.split(" ", 1)
    return [symbol, "Security Council", date, "Original: English", f"{sponsors}: draft resolution", COUNCIL,
            COUNCIL_PRE, COUNCIL_OP1, [("2. ", ""), (closing[0], "i"), (" " + closing[1], "")]]


# -- States of the past in a draft set in the past ----------------------------------------------------------------

@pytest.mark.parametrize("sponsors", ["Byelorussian Soviet Socialist Republic, Kenya and Union of Soviet Socialist "
                                      "Republics", "Austria, Czechoslovakia and Yugoslavia",
                                      "Indonesia, Upper Volta and Zaire"])
def test_a_sponsor_line_dated_in_the_past_names_the_states_of_its_time(tmp_path: Path, lib: library.Library,
                                                                      sponsors: str) -> None:
    """A Council draft dated 1974 lists the States of 1974 under their names then: no finding on them, though the
    heading never says "historical"."""
    found = _at(tmp_path, lib, _council_draft(sponsors, "22 July 1974"), "un")
    assert not [r for r in found if r[0] == 5], found


def test_states_of_the_past_are_put_in_order_under_their_names(tmp_path: Path, lib: library.Library) -> None:
    """UN-H06: "Kenya, Dahomey and Peru" is out of alphabetical order under the name the list gives the State."""
    found = _at(tmp_path, lib, _council_draft("Kenya, Dahomey and Peru", "22 July 1974"), "un")
    assert (5, "sponsor-order") in found


def test_a_renamed_state_under_its_old_name_in_a_draft_set_now(tmp_path: Path, lib: library.Library) -> None:
    """In a draft dated 2027, "Ceylon" is Sri Lanka's name of the past: as a common name is, the UN name suggested
    (no warning); "Soviet Union", a State that is gone, is no State in a UN sponsor line."""
    folder = tmp_path / "now"
    folder.mkdir()
    draft = make(folder, _council_draft("Ceylon, Kenya and Peru", "22 July 2027", symbol="S/2027/350"))
    found = [(f.paragraph, f.rule, f.severity) for f in findings(draft, lib, "un")]
    assert (5, "state-common-name", "suggestion") in found
    assert not [f for f in found if f[0] == 5 and f[2] != "suggestion"], found
    gone = _at(tmp_path, lib, _council_draft("Kenya, Peru and Soviet Union", "22 July 2027", symbol="S/2027/350"),
               "un")
    assert (5, "state-name") in gone


@pytest.mark.parametrize("initials", ["U.S.S.R.", "GDR", "UAR"])
def test_the_initials_of_a_state_of_the_past_are_an_abbreviation(tmp_path: Path, lib: library.Library,
                                                                 initials: str) -> None:
    """MUN-F07: "U.S.S.R." among written-out names in a historical committee's list, as "USA" is anywhere."""
    head = ["Committee: Historical Security Council (1958)", "Topic: The situation in Lebanon",
            "Sponsors: Canada, Sweden", f"Signatories: Iraq, Japan, {initials}, Panama"]
    found = _at(tmp_path, lib, [*head, COUNCIL, COUNCIL_PRE, COUNCIL_OP1,
                                [("2. ", ""), ("Decides", "i"), (" to remain seized of the matter.", "")]])
    assert (4, "state-abbreviation") in found


def test_a_heading_dated_in_the_past_is_a_historical_committee(tmp_path: Path, lib: library.Library) -> None:
    """"Date: 12 March 1955" sets the committee then: the Republic of China held China's seat, no not-member."""
    head = ["Committee: Security Council", "Topic: The situation in the Taiwan Strait", "Date: 12 March 1955",
            "Sponsors: Republic of China, Turkey", "Signatories: Peru"]
    found = _at(tmp_path, lib, [*head, COUNCIL, COUNCIL_PRE, COUNCIL_OP1,
                                [("2. ", ""), ("Decides", "i"), (" to remain seized of the matter.", "")]])
    assert not [r for r in found if r[1] == "not-member"], found


# -- the Council's closing formula of its first decades ---------------------------------------------------------------

def test_remain_seized_of_the_question_in_a_council_draft_set_then(tmp_path: Path, lib: library.Library) -> None:
    """"Decides to remain seized of the question." closes a Council draft dated 1965 (S/RES/241 (1967)); in one dated
    2027 it is the formula reworded (UN-B14)."""
    then = _at(tmp_path, lib, _council_draft("Kenya and Peru", "4 May 1965", "Decides to remain seized of the "
                                                                             "question."), "un")
    assert not [r for r in then if r[1] == "council-closing"], then
    now = _at(tmp_path, lib, _council_draft("Kenya and Peru", "4 May 2027", "Decides to remain seized of the "
                                                                            "question.", symbol="S/2027/350"), "un")
    assert (9, "council-closing") in now


# -- a Council draft's masthead has no distribution line ------------------------------------------------------------

@pytest.mark.parametrize("symbol", ["S/2027/350", "S/11350"])
def test_a_council_draft_needs_no_distribution_line(tmp_path: Path, lib: library.Library, symbol: str) -> None:
    """The Council's drafts are marked "Provisional" where the line stands (S/2017/748), or bear none; before 1994
    its documents were numbered in one series (S/11350). An Assembly L-document still needs "Distr.: Limited"."""
    found = _at(tmp_path, lib, _council_draft("Kenya and Peru", "4 May 1974", symbol=symbol), "un")
    assert not [r for r in found if r[1] == "distribution-line"], found
    assembly = ["A/C.3/82/L.12", "12 October 2027", "Original: English", "General Assembly", "Eighty-second session",
                "Third Committee", "Agenda item 71", "Rights of the child", "Kenya and Peru: draft resolution",
                "Rights of the child", [("The General Assembly", "i"), (",", "")], PRE, OP1,
                [("2. ", ""), ("Urges", "i"), (" Member States to cooperate.", "")]]
    assert (1, "distribution-line") in _at(tmp_path, lib, assembly, "un")


# -- the first operative clause left without its number before "1." ------------------------------------------------

def test_an_operative_clause_without_its_number_before_clause_one(tmp_path: Path, lib: library.Library) -> None:
    """"Condemns …;" after the preamble and before "1. Requests": the count began one clause late; the clause is
    operative, not a preambular paragraph in the wrong form."""
    clause = [("Condemns", "u"), (" the attacks on the offices of the Office;", "")]
    found = _at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP1,
                                [("2. ", ""), ("Urges", "u"), (" Member States to cooperate.", "")]])
    assert (7, "operative-unnumbered") in found
    assert not [r for r in found if r[0] == 7 and r[1] in ("lead-form", "preambular-end")], found


def test_a_preambular_paragraph_before_clause_one_stays_in_the_preamble(tmp_path: Path, lib: library.Library) -> None:
    """"Noting …;" ends with the wrong mark but opens with a preambular lead: a preambular paragraph."""
    noting = [("Noting", "i"), (" the report of the Office;", "")]
    found = _at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, noting, OP1,
                                [("2. ", ""), ("Urges", "u"), (" Member States to cooperate.", "")]])
    assert (7, "preambular-end") in found
    assert (7, "operative-unnumbered") not in found


# -- the Assembly's decisions on its own sessions at a THIMUN-procedure conference -----------------------------------

def test_the_assemblys_decision_on_its_agenda_is_not_the_councils(tmp_path: Path, lib: library.Library) -> None:
    """MUN-F09 reserves the Council's binding "Decides"; "Decides to include in the provisional agenda of its
    eighty-third session the item …" is the Assembly's decision on its own agenda. "Decides to impose" is not."""
    head = ["FORUM: General Assembly Fourth Committee", "QUESTION OF: Assistance in mine action",
            "SUBMITTED BY: Chile", "CO-SUBMITTERS: Ghana, Norway"]
    agenda = [("3. ", ""), ("Decides", "u"), (" to include in the provisional agenda of its eighty-third session the "
                                               "item entitled \"Assistance in mine action\".", "")]
    op2 = [("2. ", ""), ("Urges", "u"), (" Member States to fund mine clearance;", "")]
    found = _at(tmp_path, lib, [*head, [("THE GENERAL ASSEMBLY", "i"), (",", "")], PRE, OP1, op2, agenda], "thimun")
    assert not [r for r in found if r[1] == "sc-only-phrase"], found
    binding = [("3. ", ""), ("Decides", "u"), (" to impose an arms embargo on the parties.", "")]
    found = _at(tmp_path, lib, [*head, [("THE GENERAL ASSEMBLY", "i"), (",", "")], PRE, OP1, op2, binding], "thimun")
    assert (9, "sc-only-phrase") in found
