"""Misses and a false alarm of the checker on the blind set holdout155 (#20), typed English drafts of legal
committees, each held by sentences of our own:

* a comma inside a day-first date ("9 March, 2026"): the date rule counted it as a MUN draft's style outside the UN
  profile; it is not the American form (month first) that MUN drafts may keep, and UN-H03 writes «9 March 2026».
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


def test_day_first_date_with_a_comma(lib: library.Library, tmp_path: Path) -> None:
    """¶6 "9 March, 2026" is no style's clause date."""
    body = ["Welcoming the meeting of legal advisers held on 9 March, 2026,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert 6 in found.get("date-format", [])


def test_american_date_in_a_mun_clause_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    """A month-first date not a cited resolution's, one in figures, and a right one, are no finding in a MUN draft."""
    body = ["Welcoming the meetings of legal advisers held on March 9, 2026, on 15/06/2026 and on 15 June 2026,"]
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
