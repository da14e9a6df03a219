"""Faults of the blind set holdout99 (#20): drafts handed to the chair as they stand during informal consultations
and revision. Each held by sentences of our own, with a passing draft beside it: status marks of the consultations
right after a clause's label or after its end mark ("(new)", "(Agreed)", "(as orally revised)"), the tag of an
alternative clause ("4 alt.", "OP3 alt") and a bracketed note of the revision on a line of the heading (rule
negotiation-mark); preambular paragraphs tagged "PP4" stay preambular whatever they end with, and "PP2 bis" and
"PP5 [Noting] …" are read as tags (preambular-numbered); a full stop between two lower-case words in a UN-style
draft (stray-full-stop)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: General Assembly Second Committee", "Topic: Tidal energy for island States",
        "Sponsors: Fiji, Norway", "Signatories: Cabo Verde, Malta", "The General Assembly,",
        "Recalling the Paris Agreement,"]
LAST = "2. Requests the Secretary-General to report on the matter."
UN_HEAD = ["A/C.2/81/L.14/Rev.1", "Distr.: Limited", "3 November 2026", "Original: English", "General Assembly",
           "Eighty-first session", "Second Committee", "Agenda item 19", "Sustainable development",
           "Fiji, Norway and Seychelles: revised draft resolution", "Tidal energy for island States"]


# -- status marks, alternative clauses and revision notes --------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "1. (new) Invites Member States to map the tidal currents around their coasts;",
    "1. [new] Invites Member States to map the tidal currents around their coasts;",
    "1. Invites Member States to map the tidal currents around their coasts; (Agreed)",
    "1. Invites Member States to map the tidal currents around their coasts; (as orally revised)",
    "1. Invites Member States to map the tidal currents around their coasts; (Agreed, placement tbd)",
])
def test_a_status_mark_of_the_consultations_is_found(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, LAST]
    assert 7 in rules(make(tmp_path, paragraphs), lib).get("negotiation-mark", [])


@pytest.mark.parametrize("line", ["1 alt. Invites Member States to study tidal currents around their coasts;",
                                  "OP1 alt Invites Member States to study tidal currents around their coasts;"])
def test_an_alternative_clause_tagged_with_its_number_is_found(lib: library.Library, tmp_path: Path,
                                                               line: str) -> None:
    paragraphs = [*HEAD, "1. Invites Member States to map the tidal currents around their coasts;", line, LAST]
    found = rules(make(tmp_path, paragraphs), lib)
    assert 8 in found.get("negotiation-mark", [])
    assert 8 not in found.get("stray-full-stop", [])  # "alt." is an abbreviation, no sentence's end


def test_new_and_agreed_words_of_a_settled_text_are_no_status_mark(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Noting the agreed conclusions of the Commission (E/2026/27) and the new (2026) survey,",
                  "1. Invites Member States to map the tidal currents (new and old) around their coasts;",
                  "2. Requests the Secretary-General to report on alternative sites and the Alt Fjord project."]
    assert "negotiation-mark" not in rules(make(tmp_path, paragraphs), lib)


def test_a_revision_note_in_the_heading_is_found(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*UN_HEAD, "[As orally revised by the facilitator in informal consultations on 2 November 2026]",
                  "The General Assembly,", "Recalling the Paris Agreement,",
                  "1. Invites Member States to map the tidal currents around their coasts;", LAST]
    assert rules(make(tmp_path, paragraphs), lib).get("negotiation-mark") == [12]


def test_an_adoption_line_in_brackets_is_no_revision_note(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["United Nations", "A/RES/81/140", "General Assembly", "Distr.: General", "20 December 2026",
                  "Eighty-first session", "Agenda item 19", "Resolution adopted by the General Assembly on 18 December "
                  "2026", "[on the report of the Second Committee (A/81/420)]", "81/140. Tidal energy for island States",
                  "The General Assembly,", "Recalling the Paris Agreement,",
                  "1. Invites Member States to map the tidal currents around their coasts;", LAST]
    assert "negotiation-mark" not in rules(make(tmp_path, paragraphs), lib)


# -- "PP" tags -----------------------------------------------------------------------------------------------------------

def test_a_preambular_paragraph_tagged_pp_and_ending_with_a_semicolon_stays_preambular(
        lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD[:5], "PP1 Recalling the Paris Agreement,", "PP2 Noting that tides are predictable,",
                  "PP2 bis Aware that island grids are small,",
                  "PP3 Deeply concerned that diesel generators supply most island grids;",
                  "PP4 [Noting] [Recognizing] the cost of undersea cables,",
                  "PP5 Mindful of the fishing grounds near tidal channels,",
                  "OP1 Invites Member States to map the tidal currents around their coasts;",
                  "OP2 Requests the Secretary-General to report on the matter."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("preambular-numbered") == [6, 7, 8, 9, 10, 11]
    assert found.get("preambular-end") == [9]
    assert "operative-end" not in found and "numbering-sequence" not in found


@pytest.mark.parametrize("line", ["PP1 bis Noting that tides are predictable years ahead,",
                                  "PP2 [Noting] [Recognizing] that tides are predictable years ahead,"])
def test_a_pp_tag_with_bis_or_before_a_bracketed_lead_is_a_tag(lib: library.Library, tmp_path: Path,
                                                                line: str) -> None:
    paragraphs = [*HEAD[:5], "PP1 Recalling the Paris Agreement,", line,
                  "OP1 Invites Member States to map the tidal currents around their coasts;",
                  "OP2 Requests the Secretary-General to report on the matter."]
    assert rules(make(tmp_path, paragraphs), lib).get("preambular-numbered") == [6, 7]


# -- a full stop between two lower-case words in a UN-style draft ----------------------------------------------------

def test_a_full_stop_between_lower_case_words_is_stray_in_the_un_profile(lib: library.Library,
                                                                         tmp_path: Path) -> None:
    paragraphs = [*UN_HEAD, "The General Assembly,", "Recalling the Paris Agreement,",
                  "1. Invites Member States to map the tidal currents around their coasts. and to share the maps;",
                  "2. Requests the Secretary-General to report on the matter."]
    assert rules(make(tmp_path, paragraphs), lib).get("stray-full-stop") == [14]
    clean = [*UN_HEAD, "The General Assembly,", "Recalling the Paris Agreement,",
             "1. Invites Member States to map the tidal currents around their coasts, e.g. in straits, etc. and to "
             "share the maps;", "2. Requests the Secretary-General to report on the matter."]
    assert "stray-full-stop" not in rules(make(tmp_path, clean, "clean.docx"), lib)
