"""Misses of the checker on the blind set holdout115 (#20), English drafts typed after the shapes of real drafts
from six regions, each held by sentences of our own:

* a draft that letters its operative clauses ("a) Urges …;" "b) Requests …;") instead of numbering them: every
  lettered clause is a clause numbered in the wrong form, not an item of the clause before it; a topic heading between
  two runs of lettered clauses (the letters starting again under it) is a heading, not a clause;
* the text of a footnote typed after the last clause under its bare number ("1 The Convention was …"), its mark a
  number glued to a word in the text ("…Convention1 of"): kept apart from the last clause, whose own end is judged;
* a working paper's heading that gives it an adopted text's symbol under a body's letters ("WHO//RES/0007").

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import check, library
from drafter.check import fix

HEAD = ["Committee: World Health Assembly", "Topic: Antimicrobial resistance in livestock",
        "Sponsors: Kenya, Uruguay", "Signatories: Denmark, Viet Nam"]
ORGAN = "The World Health Assembly,"
PREAMBLE = ["Alarmed that drug-resistant infections caused more than a million deaths in 2021,",
            "Noting that most antibiotics sold worldwide are given to farm animals,"]


def _text(tmp_path: Path, lines: list[str], name: str = "amr.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_lettered_operative_clauses_are_clauses(lib: library.Library, tmp_path: Path) -> None:
    """¶8–¶10 letter the operative clauses: each is a clause in the wrong numbering form; none is an item of the
    clause before it (no chapeau-colon on ¶8, no sub-label-sequence on ¶9)."""
    body = ["a) Urges Member States to ban the use of antibiotics to make animals grow faster;",
            "b) Requests veterinary services to record the antibiotics sold for each species;",
            "c) Invites farmers' associations to share vaccination practices."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert found.get("numbering-form") == [8, 9, 10]
    assert "chapeau-colon" not in found and "sub-label-sequence" not in found


def test_a_heading_between_runs_of_lettered_clauses(lib: library.Library, tmp_path: Path) -> None:
    """The letters start again under "Surveillance - national laboratories" (¶10): the line is a heading of the
    writer's own, and the clauses under it are lettered clauses too."""
    body = ["a) Urges Member States to ban the use of antibiotics to make animals grow faster;",
            "b) Requests veterinary services to record the antibiotics sold for each species;",
            "Surveillance - national laboratories",
            "a) Encourages laboratories to report resistant strains every month;",
            "b) Recommends a regional network of reference laboratories."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert found.get("section-heading") == [10]
    assert found.get("numbering-form") == [8, 9, 11, 12]
    assert "chapeau-colon" not in found and "numbering-sequence" not in found  # the form's finding names the place


def test_items_under_a_numbered_or_lettered_chapeau_stay_items(lib: library.Library, tmp_path: Path) -> None:
    """A numbered clause over "a)" "b)" items: the items stay items. A lettered clause over "i)" "ii)" items, then
    "b)": the items stay items and "b)" is the next lettered clause. A lettered clause over items lettered in its own
    form ("a)" then "b) Requests …"): "b)" goes on with the items' letters, an item."""
    numbered = ["1. Calls upon Member States to:", "a) Ban growth promoters;", "b) Record antibiotic sales;",
                "2. Invites farmers' associations to share vaccination practices."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *numbered]), lib)
    assert "numbering-form" not in found and "sub-label-sequence" not in found
    roman = ["a) Calls upon Member States to:", "i) Ban growth promoters;", "ii) Record antibiotic sales;",
             "b) Invites farmers' associations to share vaccination practices."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *roman], "roman.txt"), lib)
    assert found.get("numbering-form") == [8, 11]
    same = ["a) Calls upon Member States to:", "a) Ban growth promoters;", "b) Requests the reporting of sales;",
            "2. Invites farmers' associations to share vaccination practices."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *same], "same.txt"), lib)
    assert 10 not in found.get("numbering-form", [])


def test_fixing_lettered_clauses_numbers_them_by_their_place(lib: library.Library, tmp_path: Path) -> None:
    """--fix writes each lettered clause's place ("4." for the "a)" that starts again under a heading), and a
    second check finds no numbering fault left."""
    body = ["a) Urges Member States to ban the use of antibiotics to make animals grow faster;",
            "b) Requests veterinary services to record the antibiotics sold for each species;",
            "c) Calls upon donors to fund veterinary laboratories;",
            "Surveillance - national laboratories",
            "a) Encourages laboratories to report resistant strains every month;",
            "b) Recommends a regional network of reference laboratories."]
    path = _text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body])
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    again, fixed = check.check_file(tmp_path / "fixed.docx", lib)
    assert [p.text.split(" ", 1)[0] for p in fixed.paragraphs[7:]] == ["1.", "2.", "3.", "Surveillance", "4.", "5."]
    assert not [f.rule for f in again.findings if f.rule.startswith(("numbering", "sub-label", "chapeau"))]


def test_a_footnote_under_its_bare_number_after_the_last_clause(lib: library.Library, tmp_path: Path) -> None:
    """"1 The Code was adopted …" (¶10) is the footnote of "Code1" (¶6), not a line of clause 2: clause 2 (¶9) is
    the last and ends with ";", which final-stop reports; nothing is reported on the footnote."""
    lines = [*HEAD, ORGAN, "Recalling the Terrestrial Animal Health Code1 of the World Organisation for Animal Health,",
             PREAMBLE[1], "1. Urges Member States to ban the use of antibiotics to make animals grow faster;",
             "2. Requests veterinary services to record the antibiotics sold for each species;",
             "1 The Code was adopted by the World Assembly of Delegates of the Organisation in May 2024."]
    found = rules(_text(tmp_path, lines), lib)
    assert found.get("final-stop") == [9]
    assert not [rule for rule, where in found.items() if 10 in where]


def test_a_closing_line_with_a_number_and_no_mark_is_no_footnote(lib: library.Library, tmp_path: Path) -> None:
    """A last line that opens with a bare number but whose number no word of the text carries glued to it stays
    what it was read as before (here, the rest of the last clause): the last clause ends there with "."."""
    lines = [*HEAD, ORGAN, *PREAMBLE, "1. Urges Member States to ban the use of antibiotics to make animals grow faster;",
             "2. Requests veterinary services to record the antibiotics sold for each species, and to publish them every",
             "2 Years."]
    found = rules(_text(tmp_path, lines), lib)
    assert "final-stop" not in found


def test_a_body_symbol_with_res_on_a_working_paper(lib: library.Library, tmp_path: Path) -> None:
    """"United Nations WHO//RES/0007" (¶2) gives the working paper an adopted text's symbol; "Code: WHO/WP/2.1"
    carries no RES and stays clean."""
    head = ["Working Paper 2.1", "United Nations WHO//RES/0007", *HEAD]
    found = rules(_text(tmp_path, [*head, ORGAN, *PREAMBLE, "1. Urges Member States to ban growth promoters."]), lib)
    assert found.get("draft-as-adopted") == [2]
    head = ["Working Paper 2.1", "Code: WHO/WP/2.1", *HEAD]
    found = rules(_text(tmp_path, [*head, ORGAN, *PREAMBLE, "1. Urges Member States to ban growth promoters."],
                        "clean.txt"), lib)
    assert "draft-as-adopted" not in found
