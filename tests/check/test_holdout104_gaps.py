"""Faults of the blind set holdout104 (#20): real English drafts by addresses no earlier set used. Held by sentences
of our own:

* a draft that numbers nothing and ends every preambular clause with a full stop, its last clause opening with a
  preambular lead too, has no operative part (no-operative); its last clause is not read as the operative paragraph
  with a wrong lead (lead-form "'Noting' cannot open an operative paragraph");
* a United Nations body's name without "The" in title case ("United Nations Women,", "UN Habitat,") right before
  the preamble is the organ line a MUN committee named after the body writes, as it is in capitals: not a line of the
  heading with the organ line "missing" on the first clause (organ-line);
* a State named in its own language ("Nippon-koku", "Kongeriget Danmark", "Deutschland") in a sponsors or
  signatories line is not the United Nations name of the State: a suggestion under the conference profiles
  (state-style, with the English short name; the blind sets leave such names unannotated) and a warning in a UN
  sponsor line (state-name), where an unknown name was taken for a delegation that is no State.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: Economic and Social Council", "Topic: Clean cooking fuel in mountain villages",
        "Sponsors: Nepal, Bhutan", "Signatories: Peru, Bolivia"]
FULL_STOP_PREAMBLE = ["The Economic and Social Council,",
                      "Recognising that smoke from wood stoves harms the lungs of children in mountain villages.",
                      "Aware that bottled gas costs a family a week's wages in the high valleys.",
                      "Noting that few villages above three thousand metres have a road for gas lorries."]


def test_a_last_preambular_clause_ending_like_the_others_is_no_operative_paragraph(
        lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*HEAD, *FULL_STOP_PREAMBLE]), lib)
    assert "lead-form" not in found
    assert found.get("preambular-end") == [6, 7, 8]  # the last clause's full stop is a preambular clause's too
    assert "no-operative" in found


def test_a_closing_operative_paragraph_after_such_a_preamble_is_still_one(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*HEAD, *FULL_STOP_PREAMBLE,
                                  "Urges Member States to fund village biogas plants."]), lib)
    assert "no-operative" not in found
    assert found.get("preambular-end") == [6, 7, 8]


def test_one_preambular_clause_then_a_last_paragraph_keeps_the_old_reading(lib: library.Library, tmp_path: Path) -> None:
    # one clause before it says nothing of the writer's habit: the last paragraph stays the operative one
    found = rules(make(tmp_path, [*HEAD, "The Economic and Social Council,",
                                  "Recognising that smoke from wood stoves harms the lungs of children,",
                                  "Noting that few villages have a road for gas lorries."]), lib)
    assert found.get("lead-form") == [7]


UN_WOMEN_HEAD = ["Committee: UN Women", "Topic: Girls in science and technology", "Sponsors: Chile, Ghana",
                 "Signatories: Fiji, Peru"]
UN_WOMEN_BODY = ["Recognizing that few girls choose engineering at secondary school,",
                 "Aware that role models in laboratories are mostly men,",
                 "1. Encourages Member States to fund science clubs for girls;",
                 "2. Requests the Executive Director to report on the clubs next year."]


@pytest.mark.parametrize("organ", ["United Nations Women,", "UN Women,", "UN-Habitat,",
                                   "UNITED NATIONS WOMEN,"])
def test_a_body_name_without_the_is_the_organ_line(lib: library.Library, tmp_path: Path, organ: str) -> None:
    found = rules(make(tmp_path, [*UN_WOMEN_HEAD, organ, *UN_WOMEN_BODY]), lib)
    assert "organ-line" not in found


def test_a_clause_naming_the_body_is_no_organ_line(lib: library.Library, tmp_path: Path) -> None:
    # words in lower case: a sentence about the body, not its name; the organ line is still missing
    found = rules(make(tmp_path, [*UN_WOMEN_HEAD, "United Nations Women works for gender equality,",
                                  *UN_WOMEN_BODY]), lib)
    assert "organ-line" in found


def _state_names(path: Path, lib: library.Library, rule: str = "state-style") -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(("written", "meant"), [("Nippon-koku", "Japan"), ("Kongeriget Danmark", "Denmark"),
                                                ("Deutschland", "Germany"), ("España", "Spain"),
                                                ("Suomi", "Finland")])
def test_a_state_named_in_its_own_language(lib: library.Library, tmp_path: Path, written: str, meant: str) -> None:
    head = ["Committee: UN Women", "Topic: Girls in science and technology", f"Sponsors: Chile, {written}",
            f"Signatories: Fiji, Peru, {written}"]
    found = _state_names(make(tmp_path, [*head, "The General Assembly,", *UN_WOMEN_BODY]), lib)
    assert [paragraph for paragraph, _ in found] == [3, 4]
    assert all(meant in message for _, message in found)


def test_the_english_names_stay_right(lib: library.Library, tmp_path: Path) -> None:
    head = ["Committee: UN Women", "Topic: Girls in science and technology", "Sponsors: Japan, Denmark, Germany",
            "Signatories: Spain, Finland, Mexico, Romania"]
    assert _state_names(make(tmp_path, [*head, "The General Assembly,", *UN_WOMEN_BODY]), lib) == []
    assert _state_names(make(tmp_path, [*head, "The General Assembly,", *UN_WOMEN_BODY]), lib, "state-name") == []


def test_a_state_named_in_its_own_language_in_a_un_sponsor_line(lib: library.Library, tmp_path: Path) -> None:
    draft = ["A/C.3/81/L.12", "Distr.: Limited", "3 November 2026", "Original: English", "Eighty-first session",
             "Agenda item 28", "Advancement of women", "Chile, Nippon-koku and Peru: draft resolution",
             "Girls in science and technology", "The General Assembly,", *UN_WOMEN_BODY]
    found = _state_names(make(tmp_path, draft), lib, "state-name")
    assert [paragraph for paragraph, _ in found] == [8]
    assert "Japan" in found[0][1]
