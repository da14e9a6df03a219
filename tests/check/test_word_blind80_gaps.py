"""General causes behind word-blind80's first-run misses and false alarm (bench/students/word-blind80: English .docx
drafts of the Security Council and other bodies, numbered by Word's list commands), on sentences of our own: a clause
pushed one level down Word's list leaves the clauses after it numbered one too low; the African Union's Peace and
Security Council is not the Security Council; the IAEA's Board of Governors and the PSC close with the seized formula
themselves."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import Para, findings, rules_at
from check.test_word_blind_gaps import HEAD, LISTS, numbered

from drafter import library

ASKS = [("Asks", "u"), (" the Office to help port cities by:", "")]
ITEM_A = "training customs officers to read cargo manifests;"
ITEM_B = "sharing lists of stolen containers;"
SUPPORTS = [("Supports", "u"), (" joint patrols of neighbouring ports;", "")]
INVITES = [("Invites", "u"), (" shipping lines to report missing containers;", "")]
LAST = [("Requests", "u"), (" the Office to report on its work next year.", "")]
BODY = [*HEAD, SUPPORTS, ASKS, ITEM_A, ITEM_B, INVITES, LAST]


def _sub_level(path: Path, lib: library.Library) -> list[list[int]]:
    return [f.paragraphs for f in findings(path, lib) if f.rule == "operative-sub-level"]


def test_the_clauses_after_a_clause_pushed_down_are_named(lib: library.Library, tmp_path: Path) -> None:
    """"Invites …" raised a level by Increase Indent shows "(c)" under clause 2, and "Requests …" shows "3." where
    "4." belongs: the operative-sub-level finding names it too."""
    path = numbered(tmp_path, BODY, {6: (1, 0), 7: (1, 0), 8: (1, 1), 9: (1, 1), 10: (1, 1), 11: (1, 0)}, LISTS)
    assert _sub_level(path, lib) == [[11, 12]]


def test_clauses_at_their_own_level_name_nothing(lib: library.Library, tmp_path: Path) -> None:
    path = numbered(tmp_path, BODY, {6: (1, 0), 7: (1, 0), 8: (1, 1), 9: (1, 1), 10: (1, 0), 11: (1, 0)}, LISTS)
    assert _sub_level(path, lib) == []


def _draft(committee: str, organ: str, pre: Para, last: str) -> list[Para]:
    return [f"Committee: {committee}", "Topic: Armed groups in the border regions", "Sponsors: Kenya, Nigeria",
            "Signatories: Ghana, Senegal", [(organ, "i"), (",", "")],
            [("Deeply concerned", "i"), (" by attacks on villages along the borders,", "")], pre,
            [("1. ", ""), ("Calls upon", "i"), (" neighbouring States to share information on armed groups;", "")],
            [("2. ", ""), ("Decides", "i"), (f" {last}", "")]]


CHAPTER = [("Acting", "i"), (" under Chapter VII of the Charter of the United Nations,", "")]
NOTING = [("Noting", "i"), (" the communiqué of its previous meeting,", "")]


def test_the_peace_and_security_council_does_not_act_under_chapter_vii(lib: library.Library, tmp_path: Path) -> None:
    found = rules_at(tmp_path, lib, _draft("African Union Peace and Security Council", "The Peace and Security Council",
                                           CHAPTER, "to remain actively seized of the matter."))
    assert (7, "chapter-vii") in found
    assert not [r for _, r in found if r == "council-seized"]  # its communiqués close so themselves


def test_the_security_council_acts_under_chapter_vii(lib: library.Library, tmp_path: Path) -> None:
    found = rules_at(tmp_path, lib, _draft("Security Council", "The Security Council", CHAPTER,
                                           "to remain actively seized of the matter."))
    assert not [r for _, r in found if r in ("chapter-vii", "council-seized")]


def test_the_board_of_governors_remains_seized(lib: library.Library, tmp_path: Path) -> None:
    found = rules_at(tmp_path, lib, _draft("IAEA Board of Governors", "The Board of Governors", NOTING,
                                           "to remain seized of the matter."))
    assert not [r for _, r in found if r == "council-seized"]


def test_another_council_still_does_not_remain_seized(lib: library.Library, tmp_path: Path) -> None:
    found = rules_at(tmp_path, lib, _draft("Economic and Social Council", "The Economic and Social Council", NOTING,
                                           "to remain seized of the matter."))
    assert (9, "council-seized") in found


DECLARES = [("Declares", "i"), (" that an attack on one member is an attack on all;", "")]


def _thimun(forum: str, organ: str) -> list[Para]:
    return [f"FORUM: {forum}", "QUESTION OF: Defence cooperation in the region", "SUBMITTED BY: Malaysia",
            "CO-SUBMITTERS: Brunei Darussalam, Thailand", [(organ, "i"), (",", "")],
            [("Noting", "i"), (" the founding principles of the organisation,", "")],
            [("1. ", ""), *DECLARES], [("2. ", ""), ("Requests", "i"), (" the members to report each year.", "")]]


def test_a_peace_and_security_council_declares_in_its_own_right(lib: library.Library, tmp_path: Path) -> None:
    """THIMUN's reserved words (MUN-F09) are set against the General Assembly's committees, not against a regional
    organisation's peace and security council, which is no longer read as the Security Council."""
    found = rules_at(tmp_path, lib, _thimun("Peace and Security Council", "The Peace and Security Council"), "thimun")
    assert not [r for _, r in found if r == "sc-only-phrase"]


def test_a_general_assembly_committee_still_does_not_declare(lib: library.Library, tmp_path: Path) -> None:
    found = rules_at(tmp_path, lib, _thimun("General Assembly First Committee", "The General Assembly"), "thimun")
    assert (7, "sc-only-phrase") in found
