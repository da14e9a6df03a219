"""General causes behind the findings of the hundred-and-fifty-third held-out student set (bench/students/holdout153:
typed English drafts that adopt an annex: a declaration, a programme of action, a code of conduct, terms of reference),
tested with paragraphs of our own: an annexed text's own numbered paragraphs and its "Article n" lines are numbered
consecutively (UN-B07) like the clauses that adopt it, a count of their own that may start again at 1."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import findings, make

from drafter import library

HEAD = ["Committee: General Assembly Third Committee", "Topic: Rights of persons with albinism",
        "Sponsors: Malawi, Uruguay", "Signatories: Fiji"]
ORGAN = [("The General Assembly", "i"), (",", "")]
NOTING = [("Noting", "i"), (" that persons with albinism face stigma and attacks in many regions,", "")]
OP1 = [("1. ", ""), ("Adopts", "u"), (" the Guidelines on Albinism and Inclusion, annexed to the present resolution;", "")]
OP2 = [("2. ", ""), ("Invites", "u"), (" States to report on their use of the Guidelines.", "")]


def _sequence(tmp_path: Path, lib: library.Library, annex: list[str]) -> list[tuple[int, str]]:
    report = findings(make(tmp_path, [*HEAD, ORGAN, NOTING, OP1, OP2, *annex]), lib)
    return [(f.paragraph, str(f.message)) for f in report if f.rule == "numbering-sequence"]


def test_a_number_skipped_in_an_annexed_text_is_a_numbering_slip(tmp_path: Path, lib: library.Library) -> None:
    annex = ["Annex", "Guidelines on Albinism and Inclusion", "I. Protection",
             "1. States should protect persons with albinism against attacks.",
             "2. States should prosecute the trade in body parts.", "II. Health",
             "4. States should provide sunscreen and eye care free of charge.",
             "5. States should train health workers."]
    found = _sequence(tmp_path, lib, annex)
    assert [p for p, _ in found] == [15], found
    assert "paragraph of the annex numbered '4.', expected '3.'" in found[0][1]


def test_an_article_skipped_in_an_annexed_code_is_a_numbering_slip(tmp_path: Path, lib: library.Library) -> None:
    annex = ["Annex", "Code of practice", "Article 1 – Purpose", "The Code protects persons with albinism.",
             "Article 2 – Scope", "It applies to every State that subscribes to it.",
             "Article 4 – Review", "The States meet every three years."]
    found = _sequence(tmp_path, lib, annex)
    assert [p for p, _ in found] == [15], found
    assert "'Article 4', expected 'Article 3'" in found[0][1]


def test_an_annex_counting_on_or_again_from_one_stays_clean(tmp_path: Path, lib: library.Library) -> None:
    annex = ["Annex I", "Guidelines", "1. States should protect persons with albinism.",
             "2. States should provide eye care.", "A. Follow-up", "1. States report every two years.",
             "2. The Secretary-General compiles the reports.", "Annex II", "Terms of reference",
             "1. The expert shall visit States.", "2. The expert shall report.", "Article 1", "Article 2",
             "12. A number far from the count (a quoted text's) is not judged."]
    assert _sequence(tmp_path, lib, annex) == []
