"""Misses of the checker on the blind set holdout122 (#20), real English student drafts, each held by sentences of
our own:

* operative clauses numbered with a bare number before a lead typed in capitals ("1 URGES …", "2 REQUESTS …"): the
  bare number was read only before a word in Title case, so no clause was numbered and the operative clauses were
  read as preambular ones; in such a series a clause whose lead is no known verb ("3 AUTHORITISES", misspelt;
  "4 FURTHER REQUEST", a wrong form) is the next clause all the same, so that its lead is judged.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Committee: Second Committee", "Topic: Small-scale fisheries and coastal communities",
        "Sponsors: Chile, Senegal", "Signatories: Fiji, Norway"]
ORGAN = "The General Assembly,"
PREAMBLE = ["Noting that small-scale fisheries employ most of the world's fish workers,",
            "Concerned that illegal trawling empties the coastal waters of many developing States,"]


def _text(tmp_path: Path, lines: list[str], name: str = "fish.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bare_numbers_before_leads_in_capitals(lib: library.Library, tmp_path: Path) -> None:
    """¶8–¶10 are operative clauses numbered "1" "2" "3" with no point and leads in capitals: each is a clause in
    the wrong numbering form, none a preambular paragraph with no lead."""
    body = ["1 URGES Member States to reserve a coastal zone for small-scale fishers;",
            "2 REQUESTS the Food and Agriculture Organization to report on the zones reserved;",
            "3 INVITES regional fisheries bodies to share their patrol records."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert found.get("numbering-form") == [8, 9, 10]
    assert "lead-form" not in found and "preambular-end" not in found


def test_a_misspelt_lead_in_a_series_of_bare_numbers(lib: library.Library, tmp_path: Path) -> None:
    """"3 ENCOURRAGES" (misspelt) and "4 FURTHER INVITE" (no -s) continue the series "1 URGES", "2 REQUESTS": both
    are clauses 3 and 4, their leads judged, and ¶12 still ends the series as clause 5."""
    body = ["1 URGES Member States to reserve a coastal zone for small-scale fishers;",
            "2 REQUESTS the Food and Agriculture Organization to report on the zones reserved;",
            "3 ENCOURRAGES coastal States to license small boats at no cost;",
            "4 FURTHER INVITE regional fisheries bodies to share their patrol records;",
            "5 DECIDES to remain seized of the matter."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert found.get("numbering-form") == [8, 9, 10, 11, 12]
    assert found.get("lead-misspelled") == [10]
    assert found.get("lead-form") == [11]


def test_numbers_inside_a_clause_stay_text(lib: library.Library, tmp_path: Path) -> None:
    """A clause's wrapped line that opens with a number and an acronym ("3 NATO members", "2 UNHCR offices") is no
    clause number; plain "1." clauses are not touched."""
    body = ["1. Urges Member States to reserve a coastal zone for small-scale fishers, as",
            "2 UNHCR offices and 3 NATO members already advise;",
            "2. Requests the Food and Agriculture Organization to report on the zones reserved."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert "numbering-form" not in found and "lead-form" not in found
