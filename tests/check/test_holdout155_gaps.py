"""Misses and a false alarm of the checker on the blind set holdout155 (#20), typed English drafts of legal
committees, each held by sentences of our own:

* a well-known instrument's title typed without its capitals ("the rome statute", "the Convention on the rights of
  the child"): no rule read an English title's capitals. UN texts write the title as adopted (UN-B15 citing).
* a comma inside a day-first date ("9 March, 2026") and a date in figures in a clause ("15/06/2026"): the date rule
  counted them as a MUN draft's style outside the UN profile; neither is the American form (month first) that MUN
  drafts may keep, and UN-H03 writes «9 March 2026».
* "DECIDES to continue its consideration of this question in accordance with its programme of work." (the Human
  Rights Council's own closing) at a THIMUN conference: the Council-only warning knew the Assembly's session
  formulas, not this one, which binds no State either (MUN-F09 reserves binding decisions).

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Committee: Legal Committee", "Topic: Treaty practice", "Sponsors: Chile, Kenya",
        "Signatories: Fiji, Nepal", "The General Assembly,"]
TAIL = ["1. Invites States to share their treaty practice with the Secretariat;",
        "2. Requests the Secretary-General to report to it at its eighty-second session."]
THIMUN_HEAD = ["FORUM: Human Rights Council", "QUESTION OF: Child soldiers and justice",
               "SUBMITTED BY: Uruguay", "CO-SUBMITTERS: Austria, Ghana", "THE HUMAN RIGHTS COUNCIL,",
               "RECALLING the Optional Protocol on the involvement of children in armed conflict,",
               "1. URGES States to end the recruitment of children;"]


def _text(tmp_path: Path, lines: list[str], name: str = "treaties.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_instrument_title_without_capitals(lib: library.Library, tmp_path: Path) -> None:
    """¶6 "the convention on the rights of the child" and ¶7 "the rome statute" leave out the title's capitals."""
    body = ["Recalling the convention on the rights of the child and its optional protocols,",
            "Noting that States parties to the rome statute meet each year,",
            "Noting also the Convention on the rights of persons with disabilities,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert {6, 7, 8} <= set(found.get("instrument-case", []))


def test_instrument_titles_written_right_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    """Titles as adopted, a small word capitalised ("Convention Against Torture"), one inner capital left out (as
    an adopted Council text writes it), a title in capitals, and the common nouns "convention" and "statute" alone
    are no finding."""
    body = ["Recalling the Convention on the Rights of the Child and the Rome Statute of the International Criminal Court,",
            "Noting the Convention Against Torture, the CHARTER OF THE UNITED NATIONS and a statute of limitations,",
            "Recalling the charter of a regional organization and the convention it adopted,",
            "Recalling the Convention on the Elimination of all Forms of Discrimination against Women,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert "instrument-case" not in found


def test_day_first_date_with_a_comma_or_in_figures(lib: library.Library, tmp_path: Path) -> None:
    """¶6 "9 March, 2026" and ¶7 "15/06/2026" are no style's clause date."""
    body = ["Welcoming the meeting of legal advisers held on 9 March, 2026,",
            "Noting that the next meeting is to open on 15/06/2026,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert {6, 7} <= set(found.get("date-format", []))


def test_american_date_in_a_mun_clause_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    """A month-first date not a cited resolution's, and a right one, are no finding in a MUN draft."""
    body = ["Welcoming the meeting of legal advisers held on March 9, 2026, and the one of 15 June 2026,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert "date-format" not in found


def test_council_closing_by_its_programme_of_work(lib: library.Library, tmp_path: Path) -> None:
    """¶8 the Human Rights Council deciding on its own work at a THIMUN conference is no Council-only word."""
    lines = [*THIMUN_HEAD, "2. DECIDES to continue its consideration of this matter in accordance with its annual "
             "programme of work."]
    found = rules(_text(tmp_path, lines), lib)
    assert "sc-only-phrase" not in found


def test_council_only_decision_still_warned(lib: library.Library, tmp_path: Path) -> None:
    """¶8 a binding decision of the same Council at a THIMUN conference still draws the warning."""
    lines = [*THIMUN_HEAD, "2. DECIDES to impose a travel ban on the commanders who recruit children."]
    found = rules(_text(tmp_path, lines), lib)
    assert 8 in found.get("sc-only-phrase", [])
