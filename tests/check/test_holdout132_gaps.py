"""Misses and false alarms of the checker on the blind set holdout132 (#20), English drafts of high-school delegates
at large conferences, each held by sentences of our own:

* a State's name misspelt in a list of States a clause gives ("fishers in Cambodia, Thailand and Veitnam"): State
  names were judged only in the heading's sponsor and signatory lists, never in the text. A name one slip off a
  Member State's, in a list where another name is a State's, is said now; places, people and bodies in a list, and
  a list of no State, are left alone.
* an organ line of one body noun in THIMUN's capitals ("THE ASSEMBLY," of the IMO) was read as an abbreviation
  ("SOCHUM,"): a word of a body's name in capitals is the name written out.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Committee: Second Committee", "Topic: Rivers shared by several States", "Sponsors: Ghana, Togo",
        "Signatories: Benin, Niger", "The General Assembly,"]
THIMUN_HEAD = ["FORUM: International Maritime Organization (IMO)", "QUESTION OF: Tankers sailing without insurance",
               "SUBMITTED BY: Norway", "CO-SUBMITTERS: Denmark, Iceland"]
TAIL = ["1. Urges Member States to share data on the rivers they have in common;",
        "2. Requests the Secretary-General to report on river cooperation at the next session."]


def _text(tmp_path: Path, lines: list[str], name: str = "rivers.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_misspelt_state_in_a_clause_list(lib: library.Library, tmp_path: Path) -> None:
    """¶6 "… Cambodia, Thailand and Veitnam …" names a State misspelt («Viet Nam»)."""
    body = ["Noting that fishers in Cambodia, Thailand and Veitnam depend on the fish of the Mekong,",
            "Aware that dams upstream change the flow of the river,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert 6 in found.get("state-name", [])


def test_clause_lists_of_places_and_people_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    """Lists of cities, people and States spelt right: no State name is said."""
    body = ["Noting that fishers in Cambodia, Thailand and Viet Nam depend on the fish of the Mekong,",
            "Recalling the meetings held in Vientiane, Phnom Penh and Bangkok, and the work of Ostrom and Sachs,",
            "Welcoming the studies of rivers in Ghana, Togo and Benin and in Paris and Lyon,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert "state-name" not in found


def test_organ_noun_in_capitals_is_no_abbreviation(lib: library.Library, tmp_path: Path) -> None:
    """¶5 "THE ASSEMBLY," under an IMO heading is the organ's name in capitals, not an abbreviation."""
    body = ["THE ASSEMBLY,", "Concerned that old tankers sail without valid insurance,", *TAIL]
    found = rules(_text(tmp_path, [*THIMUN_HEAD, *body], "tankers.txt"), lib)
    assert "organ-line" not in found


def test_organ_abbreviation_in_capitals_is_still_said(lib: library.Library, tmp_path: Path) -> None:
    """¶5 "SPECPOL," is a committee's abbreviation: still said."""
    body = ["SPECPOL,", "Concerned that old tankers sail without valid insurance,", *TAIL]
    found = rules(_text(tmp_path, [*THIMUN_HEAD, *body], "tankers.txt"), lib)
    assert 5 in found.get("organ-line", [])
