"""Misses of the checker on the blind set holdout130 (#20), English drafts of first-time delegates at middle-school
conferences, each held by sentences of our own:

* a preambular paragraph whose lead a student set off with Markdown's marks in a plain-text draft ("*Recognizing*
  the …") and which has no end mark: the lead was not found behind the opening "*", so the short unpunctuated line
  was read as a section heading, and neither its missing end mark nor its typed marks were said. A known lead
  between such marks opens a clause as a bare lead does.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Committee: Third Committee", "Topic: Children who work in mines", "Sponsors: Bolivia, Ghana",
        "Signatories: Peru, Zambia", "The General Assembly,"]


def _text(tmp_path: Path, lines: list[str], name: str = "mines.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_marked_lead_without_end_mark_is_a_clause(lib: library.Library, tmp_path: Path) -> None:
    """¶7 "*Welcoming* the work of trade unions in mining towns" (no mark) is a preambular clause missing its comma,
    not a section heading."""
    body = ["*Alarmed* that many children still dig for cobalt and gold,",
            "*Welcoming* the work of trade unions in mining towns",
            "*Bearing in mind* the Worst Forms of Child Labour Convention,",
            "1. *Urges* Member States to inspect small mines every year;",
            "2. *Requests* the Secretary-General to report on child labour in mining."]
    found = rules(_text(tmp_path, [*HEAD, *body]), lib)
    assert 7 in found.get("preambular-end", [])
    assert "section-heading" not in found
    assert 7 in found.get("lead-marked", [])


def test_marked_leads_with_their_end_marks_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    """Every marked lead's clause ends with its own mark: no end-mark finding and no heading is read in the
    preamble."""
    body = ["*Alarmed* that many children still dig for cobalt and gold,",
            "*Welcoming* the work of trade unions in mining towns,",
            "1. *Urges* Member States to inspect small mines every year;",
            "2. *Requests* the Secretary-General to report on child labour in mining."]
    found = rules(_text(tmp_path, [*HEAD, *body]), lib)
    assert "preambular-end" not in found and "section-heading" not in found
