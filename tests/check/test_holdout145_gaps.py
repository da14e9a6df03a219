"""A false alarm of the checker on the blind set holdout145 (#20), real English drafts on ocean, water and
biodiversity topics, held by sentences of our own:

* an adjective in -ant opening a preambular paragraph with its preposition ("Observant of the reality that …") was
  taken for the noun of a participle ("Recognition of" → "Recognizing") because it shares the participle's first
  letters, and reported as a noun where a lead belongs. An adjective is a lead (UN-B03), as "Aware of" is; the words
  are rule data (lead-form's adjectives-ant).

With a draft that must stay as it was: the noun itself is still reported."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Committee: United Nations Environment Programme", "Topic: Salt in the delta's rice fields",
        "Sponsors: Bangladesh, Egypt", "Signatories: Chad", "The United Nations Environment Programme,"]
OPERATIVE = ["1. Invites Member States to map the wetlands of their deltas;",
             "2. Requests the Executive Director to report on the maps."]


def _text(tmp_path: Path, lines: list[str], name: str = "delta.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_adjective_in_ant_with_its_preposition_opens_a_preamble(lib: library.Library, tmp_path: Path) -> None:
    """"Observant of" and "Vigilant of" are adjectives, as "Aware of" is: no lead-form finding."""
    found = rules(_text(tmp_path, [*HEAD, "Vigilant of the loss of mangroves along the coast,",
                                   "Observant of the salt that reaches the rice fields of the delta,", *OPERATIVE]), lib)
    assert "lead-form" not in found, found


def test_noun_of_a_participle_is_still_reported(lib: library.Library, tmp_path: Path) -> None:
    """"Recognition of" is the noun of "Recognizing": still the wrong form of a lead."""
    found = rules(_text(tmp_path, [*HEAD, "Recognition of the salt that reaches the rice fields of the delta,",
                                   *OPERATIVE]), lib)
    assert found.get("lead-form") == [6], found
