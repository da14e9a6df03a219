"""Faults of the set holdout92 (#20): English drafts typed with an East Asian input method left on. Held by
sentences of our own: a full-width comma glued to a lead is the lead comma to delete (not a comma to make
half-width), a full stop of a Chinese or Japanese input method ending a sentence inside an English clause is a full
stop inside the clause, corner quotes 「」 round English words are full-width marks, and a resolution number typed in
full-width digits in English text is a symbol typed in full-width."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = ["Committee: Economic and Social Council", "Topic: Access to clean cooking", "Sponsors: Ghana, Mongolia",
        "Signatories: Peru, Viet Nam"]
ORGAN = "The Economic and Social Council,"
PREAMBLE = ["Recalling that some two billion people still cook with wood, charcoal or kerosene,",
            "Aware that smoke from open fires harms women and young children most of all,"]
OPERATIVE = ["1. Encourages Member States to subsidize liquefied petroleum gas for poor households;",
             "2. Invites development banks to finance clean cookstove factories in rural districts;",
             "3. Requests the Secretary-General to report on progress at its next session."]


def draft(*, preamble: list[str] = PREAMBLE, operative: list[str] = OPERATIVE) -> list[str]:
    return [*HEAD, ORGAN, *preamble, *operative]


def findings(path: Path, lib: library.Library) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule, str(f.message)) for f in report.findings
            if f.severity in ("error", "warning") and f.rule != "lead-emphasis-document"]


@pytest.mark.parametrize(("where", "text"), [
    ("preamble", "Bearing in mind，the targets of Sustainable Development Goal 7 on affordable and clean energy,"),
    ("preamble", "Emphasizing， that clean cooking saves the time women and girls spend gathering fuel,"),
    ("operative", "2. Urges，all Member States to count clean cooking in their national energy plans;"),
])
def test_a_full_width_comma_after_a_lead_is_the_lead_comma_and_only_it(
        lib: library.Library, tmp_path: Path, where: str, text: str) -> None:
    paragraphs, at = ((draft(preamble=[PREAMBLE[0], text]), 7) if where == "preamble"
                      else (draft(operative=[OPERATIVE[0], text, OPERATIVE[2]]), 9))
    found = [(p, r) for p, r, _ in findings(make(tmp_path, paragraphs), lib) if p == at]
    assert found == [(at, "lead-comma")]


@pytest.mark.parametrize(("text", "rules"), [
    # the "in" the lead governs, after a full-width comma as after ", " (leadtext.governed_in)
    ("Believing，in the power of clean energy to lift rural families out of poverty,", ["lead-comma"]),
    ("Believing， in the power of clean energy to lift rural families out of poverty,", ["lead-comma"]),
    # an aside set off by two commas stays; its full-width commas are full-width marks to make half-width
    ("Recalling，in particular，the targets of Sustainable Development Goal 7,", ["full-width-en", "full-width-en"]),
])
def test_a_full_width_comma_before_the_in_a_lead_governs_is_the_lead_comma(
        lib: library.Library, tmp_path: Path, text: str, rules: list[str]) -> None:
    found = [r for p, r, _ in findings(make(tmp_path, draft(preamble=[PREAMBLE[0], text])), lib) if p == 7]
    assert found == rules


def test_the_lead_comma_fix_keeps_a_space_between_the_lead_and_its_text(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, draft(operative=[OPERATIVE[0], "2. Urges，all Member States to count clean cooking in their "
                                                         "national energy plans;", OPERATIVE[2]]))
    report, doc = check.check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    texts = [p.text for p in reader.read(out).paragraphs]
    assert texts[8].startswith("2. Urges all Member States to count")


@pytest.mark.parametrize("mark", ["。", "．"])
def test_a_full_width_stop_ending_a_sentence_inside_an_english_clause_is_a_stop_inside_it(
        lib: library.Library, tmp_path: Path, mark: str) -> None:
    clause = (f"2. Invites development banks to finance clean cookstove factories{mark}These factories should hire "
              "local workers;")
    found = [(p, r) for p, r, _ in findings(make(tmp_path, draft(operative=[OPERATIVE[0], clause, OPERATIVE[2]])), lib)
             if p == 9]
    assert found == [(9, "stray-full-stop")]


def test_a_typed_full_width_label_point_is_no_stop_inside_the_clause(lib: library.Library, tmp_path: Path) -> None:
    operative = ["１．Encourages Member States to subsidize liquefied petroleum gas for poor households;",
                 "２．Invites development banks to finance clean cookstove factories in rural districts;", OPERATIVE[2]]
    rules = {r for p, r, _ in findings(make(tmp_path, draft(operative=operative)), lib) if p in (8, 9)}
    assert "stray-full-stop" not in rules


def test_corner_quotes_round_english_words_are_full_width_marks_fixed_to_english_quotes(
        lib: library.Library, tmp_path: Path) -> None:
    clause = "Welcoming the 「Clean Cooking for All」 pledge made by several States in 2024,"
    path = make(tmp_path, draft(preamble=[PREAMBLE[0], clause]))
    found = [(p, m) for p, r, m in findings(path, lib) if r == "full-width-en"]
    assert [p for p, _ in found] == [7, 7]
    assert "'「'" in found[0][1] and "'“'" in found[0][1]
    report, doc = check.check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    assert reader.read(out).paragraphs[6].text.startswith("Welcoming the “Clean Cooking for All” pledge made")


def test_corner_quotes_round_chinese_words_in_an_english_draft_are_left_alone(
        lib: library.Library, tmp_path: Path) -> None:
    clause = "Welcoming the campaign 「清洁炉灶进万家」 run by rural women's associations,"
    found = [p for p, r, _ in findings(make(tmp_path, draft(preamble=[PREAMBLE[0], clause])), lib)
             if r == "full-width-en"]
    assert found == []


@pytest.mark.parametrize(("typed", "fixed"), [("７６／３００", "76/300"), ("76／300", "76/300")])
def test_a_resolution_number_typed_in_full_width_in_english_text_is_a_symbol_typed_in_full_width(
        lib: library.Library, tmp_path: Path, typed: str, fixed: str) -> None:
    clause = f"Recalling General Assembly resolution {typed} on the human right to a clean, healthy environment,"
    path = make(tmp_path, draft(preamble=[clause, PREAMBLE[1]]))
    found = [(p, r) for p, r, _ in findings(path, lib) if p == 6]
    assert found == [(6, "symbol-full-width")]
    report, doc = check.check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    assert f"resolution {fixed} on the human right" in reader.read(out).paragraphs[5].text


@pytest.mark.parametrize(("line", "label", "right"), [
    ("議題：Access to clean cooking", "議題", "Topic:"),
    ("起草国：Ghana, Mongolia", "起草国", "Sponsors:"),
])
def test_a_field_of_an_english_heading_under_a_chinese_label_alone_is_a_wrong_label(
        lib: library.Library, tmp_path: Path, line: str, label: str, right: str) -> None:
    head = list(HEAD)
    at = 2 if label == "議題" else 3
    head[at - 1] = line
    found = [(p, m) for p, r, m in findings(make(tmp_path, [*head, ORGAN, *PREAMBLE, *OPERATIVE]), lib)
             if r == "heading-label"]
    assert len(found) == 1 and found[0][0] == at and repr(label) in found[0][1] and repr(right) in found[0][1]


@pytest.mark.parametrize("line", ["Topic 议题: Access to clean cooking", "议题 Topic: Access to clean cooking"])
def test_a_bilingual_label_of_an_english_heading_is_left_alone(
        lib: library.Library, tmp_path: Path, line: str) -> None:
    head = [HEAD[0], line, HEAD[2], HEAD[3]]
    found = [p for p, r, _ in findings(make(tmp_path, [*head, ORGAN, *PREAMBLE, *OPERATIVE]), lib)
             if r == "heading-label"]
    assert found == []
