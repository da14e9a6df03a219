"""Misses and false alarms of the checker on the blind set holdout138 (#20), real English drafts, held by sentences
of our own:

* an item under a chapeau typed with the clauses' own numbers ("3. encouraging …" after "2. Calls upon States to:"
  and "3. training …") that opens with a preambular lead's participle in small letters is one more item numbered as
  a clause (sub-numbered-as-clause), not an operative clause with a preambular lead (lead-form, lead-capital); an
  item under an item's chapeau is said once;
* an unlisted body's name without its article ("Youth Summit of Farmers Unions,") before the preamble is the organ line,
  and a heading line naming it with an apostrophe the organ line lacks is its committee line.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import check, library

HEAD = ["Committee: Third Committee", "Topic: Seasonal farm workers", "Sponsors: Chile, Peru",
        "Signatories: Ghana, Kenya"]
ORGAN = "The General Assembly,"
PREAMBLE = ["Noting that many seasonal workers have no contract,", "Aware that harvest work is seasonal,"]


def _text(tmp_path: Path, lines: list[str], name: str = "farm.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_participle_item_numbered_as_clause(lib: library.Library, tmp_path: Path) -> None:
    """¶8 "3. encouraging employers …" after the chapeau ¶6 and its item ¶7: an item, numbered as a clause."""
    body = ["1. Requests Member States to count seasonal workers;",
            "2. Calls upon States to protect seasonal workers by such means as:",
            "3. training labour inspectors in rural districts;",
            "4. encouraging employers to sign written contracts;",
            "5. Urges donors to fund rural labour offices."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert found.get("sub-numbered-as-clause") == [10, 11], found
    assert "lead-form" not in found and "lead-capital" not in found, found


def test_item_of_an_item_said_once(lib: library.Library, tmp_path: Path) -> None:
    """¶9 "3. visiting farms …" under the item ¶8 that itself ends with a colon: one finding, not two."""
    body = ["1. Calls upon States to protect seasonal workers by such means as:",
            "2. inspecting farms in ways such as:",
            "3. visiting farms at harvest time;",
            "4. publishing what the visits found;",
            "5. Urges donors to fund rural labour offices."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert found.get("sub-numbered-as-clause") == [9, 10, 11], found


def test_participle_clause_after_a_closed_clause_stays(lib: library.Library, tmp_path: Path) -> None:
    """A clause that opens "encouraging" after a clause ending ";" is still an operative clause with a preambular
    lead in small letters (no chapeau above it)."""
    body = ["1. Requests Member States to count seasonal workers;",
            "2. encouraging employers to sign written contracts;",
            "3. Urges donors to fund rural labour offices."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert found.get("lead-form") == [9], found
    assert "sub-numbered-as-clause" not in found, found


def test_unlisted_body_without_article_is_the_organ_line(lib: library.Library, tmp_path: Path) -> None:
    """¶6 "Youth Summit of Farmers Unions," (a body no list names, without "The") before the preamble, under a
    heading whose bare line names it with an apostrophe ("Farmers' Unions"): organ line and committee line."""
    head = ["Draft Resolution 2.1", "Youth Summit of Farmers' Unions", "Sponsors: Chile, Peru",
            "Signatories: Ghana, Kenya", "Agenda: Seasonal farm workers"]
    body = ["1. Requests Member States to count seasonal workers;", "2. Urges donors to fund rural labour offices."]
    report, _ = check.check_file(_text(tmp_path, [*head, "Youth Summit of Farmers Unions,", *PREAMBLE, *body]), lib)
    found = {f.rule: f.message for f in report.findings}
    assert "heading-missing" not in found, found
    # its article missing may be said ("The Youth Summit of …,"); that it is missing altogether may not
    assert "missing" not in found.get("organ-line", ""), found


def test_salutation_is_no_organ_line(lib: library.Library, tmp_path: Path) -> None:
    """"Distinguished Delegates," before the preamble is a speech's salutation, not a body's name: still no organ
    line."""
    body = ["1. Requests Member States to count seasonal workers;", "2. Urges donors to fund rural labour offices."]
    found = rules(_text(tmp_path, [*HEAD, "Distinguished Delegates,", *PREAMBLE, *body]), lib)
    assert "organ-line" in found or "salutation" in found, found
