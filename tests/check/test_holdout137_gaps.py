"""Gaps of the blind set holdout137 (#20, round 35: real English student drafts on disarmament, security and space
topics), held by sentences of our own with passing drafts beside them:

* an operative paragraph opening with an adjective of an ending no English verb has ("Additional", "Financial",
  "Technical", "Numerous", "Successful") opens on a noun phrase, no verb of the organ's: operative-no-verb, as
  "Emergency funding …" is; a verb of a clause's usual kind ("Calls for additional funding") stays clean;
* an operative paragraph opening with "As" ("As an addition, the Organisation also monitor …", "As a first step,
  States …") opens on no verb: operative-no-verb;
* an abbreviation in square brackets right after the name it shortens ("… Mission in Kosovo [UNMIK]") is that name's
  abbreviation, not words a negotiation left open: no negotiation-mark; words in brackets ("[public]"), or initials
  that the words before them do not spell, still are.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEADING = ["Committee: Disarmament and International Security Committee", "Topic: Mine clearance after conflicts",
           "Sponsors: Cambodia, Angola", "Signatories: Chile, Ghana, Nepal", "The General Assembly,",
           "Alarmed by the number of civilians hurt by mines long after the fighting has ended,"]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- operative-no-verb: an adjective or "As" where the organ's verb belongs --------------------------------------------

def test_operative_opening_with_an_adjective_has_no_verb(lib: library.Library, tmp_path: Path) -> None:
    for clause in ("Additional funding for mine clearance teams in rural provinces;",
                   "Financial support for the survivors of mine accidents;",
                   "Technical training of local deminers by regional centres;",
                   "Numerous surveys of the fields still closed to farmers;"):
        lines = [*HEADING, "1. Encourages Member States to share maps of minefields;", "2. " + clause,
                 "3. Requests the Secretary-General to report on progress."]
        assert 8 in rules(_draft(tmp_path, lines), lib).get("operative-no-verb", []), clause


def test_operative_opening_with_as_has_no_verb(lib: library.Library, tmp_path: Path) -> None:
    lines = [*HEADING, "1. Encourages Member States to share maps of minefields;",
             "2. As a first step, the mine action centres also train local volunteers;",
             "3. Requests the Secretary-General to report on progress."]
    assert 8 in rules(_draft(tmp_path, lines), lib).get("operative-no-verb", [])


def test_operative_verbs_before_such_words_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [*HEADING, "1. Calls for additional funding for mine clearance teams in rural provinces;",
             "2. Encourages technical training of local deminers, as a first step, by regional centres;",
             "3. Signals its support for the survivors of mine accidents;",
             "4. Requests the Secretary-General to report on progress."]
    found = rules(_draft(tmp_path, lines), lib)
    assert "operative-no-verb" not in found and "lead-form" not in found


# -- negotiation-mark: a name's abbreviation in square brackets ------------------------------------------------------

def test_abbreviation_in_square_brackets_after_its_name_is_no_negotiation_mark(lib: library.Library,
                                                                             tmp_path: Path) -> None:
    for clause in ("1. Requests the United Nations Mine Action Service [UNMAS] to train local deminers;",
                   "1. Invites the Organisation for the Prohibition of Chemical Weapons [OPCW] to share its findings;",
                   "1. Urges that a United Nations Interim Administration Mission in Kosovo [UNMIK] be kept;"):
        lines = [*HEADING, clause, "2. Requests the Secretary-General to report on progress."]
        assert "negotiation-mark" not in rules(_draft(tmp_path, lines), lib), clause


def test_open_words_in_square_brackets_stay_negotiation_marks(lib: library.Library, tmp_path: Path) -> None:
    for clause in ("1. Requests the United Nations Mine Action Service to train [local] [regional] deminers;",
                   "1. Requests the United Nations Mine Action Service [WHO] to train local deminers;",
                   "1. Requests the Service [to train] local deminers;"):
        lines = [*HEADING, clause, "2. Requests the Secretary-General to report on progress."]
        assert "negotiation-mark" in rules(_draft(tmp_path, lines), lib), clause


def test_a_lone_as_is_not_judged(lib: library.Library, tmp_path: Path) -> None:
    # a line cut after "As" (a copy that lost the rest of "Asks …") says nothing of the clause's opening
    lines = [*HEADING, "1. Encourages Member States to share maps of minefields;", "2. As"]
    assert "operative-no-verb" not in rules(_draft(tmp_path, lines), lib)
