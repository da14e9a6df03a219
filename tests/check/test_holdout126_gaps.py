"""Misses and false alarms of the checker on the blind set holdout126 (#20), real English drafts, held by sentences
of our own:

* a capitalised pronoun that opens a sentence ("There", "It", "They") right after a lead phrase is a capital after
  the lead, as "The" is: no name starts with it;
* a body named after its subject ("The Committee on Rural Schooling and Teacher Training,") standing alone right before the
  operative part is the organ line set down late, not a preambular clause with no lead;
* a semicolon before a participle's phrase inside a preambular paragraph ("…Article 26; guaranteeing that …") joins
  a phrase as "; including" does: no stray semicolon (one before words that open nothing still is).

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["FORUM: General Assembly Third Committee", "QUESTION OF: Rural schools", "SUBMITTED BY: Chile",
        "CO-SUBMITTERS: Peru, Ghana"]
ORGAN = "THE GENERAL ASSEMBLY,"
BODY = ["1. Requests Member States to train more rural teachers;", "2. Urges donors to fund rural schools."]


def _text(tmp_path: Path, lines: list[str], name: str = "schools.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_pronoun_capital_after_lead(lib: library.Library, tmp_path: Path) -> None:
    """¶6 "Further noting There has been …" and ¶7 "Noting with concern It is …": the pronoun keeps no capital."""
    preamble = ["Noting that many rural schools have no library,",
                "Further noting There has been no survey of rural schools since 2010,",
                "Noting with concern It is rural girls who leave school first,"]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *preamble, *BODY]), lib)
    assert found.get("capital-after-lead") == [7, 8]


def test_pronoun_in_lower_case_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    preamble = ["Noting that there has been no survey of rural schools since 2010,",
                "Recalling The Hague Convention on the schooling of children abroad,"]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *preamble, *BODY]), lib)
    assert "capital-after-lead" not in found


def test_body_named_on_subject_before_operative_is_late_organ_line(lib: library.Library, tmp_path: Path) -> None:
    """¶7 "The Committee on Rural Schooling and Teacher Training," between the preamble and clause 1: the organ line out of place."""
    head = ["Committee: Committee on Rural Schooling and Teacher Training", "Topic: Rural girls", "Sponsors: Chile",
            "Signatories: Peru, Ghana"]
    preamble = ["Noting that many rural schools have no library,", "Aware that girls leave school first,"]
    found = rules(_text(tmp_path, [*head, *preamble, "The Committee on Rural Schooling and Teacher Training,", *BODY]), lib)
    assert "lead-form" not in found
    assert 7 in found.get("organ-line", [])


def test_preambular_clause_naming_body_stays_clause(lib: library.Library, tmp_path: Path) -> None:
    """A clause that opens with a lead and names such a body is no organ line."""
    preamble = ["Noting that many rural schools have no library,",
                "Welcoming the work of the Commission on the Status of Women,"]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *preamble, *BODY]), lib)
    assert "organ-line" not in found
    assert "lead-form" not in found


def test_semicolon_before_participle_phrase(lib: library.Library, tmp_path: Path) -> None:
    """¶6 "…Human Rights; guaranteeing that …": a participle's phrase, no stray semicolon; ¶7 "…; have some sort
    of pay," still is one."""
    preamble = ["Referring to Article 26 of the Universal Declaration of Human Rights; guaranteeing that everyone has "
                "the right to education,",
                "Noting that teachers have left; have some sort of pay,"]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *preamble, *BODY]), lib)
    assert found.get("stray-semicolon") == [7]
