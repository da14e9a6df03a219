"""A preamble a student numbered by hand whose paragraphs include one led by an operative verb but ending with a
comma ("1. Acknowledges …," before "2. Deeply concerned …,"): the numbered run is still the preamble, the verb its
fault (UN-B03), and the later paragraphs' leads are read after their numbers; an operative verb ending with a
comma at the end of the run, with no preambular paragraph after it, still opens the operative part."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import make, rules_at

from drafter import library, structure
from drafter.word import reader

HEAD = ["Committee: Commission on Narcotic Drugs", "Topic: Synthetic opioids", "Sponsors: Chile, Ghana",
        "Signatories: Nepal, Peru"]
ORGAN = "The Commission on Narcotic Drugs,"


def roles(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> list[str]:
    read = structure.read_structure(reader.read(make(tmp_path, paragraphs)), lib)
    return [n.role for n in read.nodes]


def test_an_operative_verb_with_a_comma_inside_a_numbered_preamble(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. Acknowledges the harm that opioids cause to public health,",
            "2. Deeply concerned by the rise in overdoses in many regions,",
            "3. Noting with concern the spread of synthetic opioids,",
            "4. Opposes the trafficking of these drugs across borders,",
            "5. Considering the role of organised crime,"]
    assert roles(tmp_path, lib, [*HEAD, ORGAN, *body])[5:] == ["preambular"] * 5
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, *body])
    assert (6, "lead-form") in found and (9, "lead-form") in found, found
    assert not [f for f in found if f[1] in ("operative-end", "preambular-after-operative")], found


def test_operative_verbs_ending_the_run_open_the_operative_part(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. Noting with concern the spread of synthetic opioids,",
            "2. Deeply concerned by the rise in overdoses in many regions,",
            "3. Urges Member States to share data on seizures,",
            "4. Requests the Office to report on progress."]
    assert roles(tmp_path, lib, [*HEAD, ORGAN, *body])[5:] == ["preambular", "preambular", "operative", "operative"]


def test_numbered_operative_clauses_with_commas_stay_operative(tmp_path: Path, lib: library.Library) -> None:
    body = ["Noting with concern the spread of synthetic opioids,",
            "1. Urges Member States to share data on seizures,",
            "2. Requests the Office to report on progress,",
            "3. Decides to remain seized of the matter."]
    assert roles(tmp_path, lib, [*HEAD, ORGAN, *body])[5:] == ["preambular", "operative", "operative", "operative"]


def test_a_lettered_preambular_line_without_end_mark_is_no_section(tmp_path: Path, lib: library.Library) -> None:
    """"C) Emphasizing the need …" with no end mark is a preambular paragraph lacking its comma, not a heading; a
    lettered "D) Affirms …" or "E) Whereas …" among them is a preambular paragraph whose lead is the fault."""
    body = ["A) Recalling its earlier work on rural schools,", "B) Observing the shortage of trained teachers,",
            "C) Emphasizing the need for reading programmes in remote districts",
            "D) Affirms that every child has a right to learn,", "E) Whereas literacy rates have fallen,",
            "1. Requests the regional offices to report on reading programmes;",
            "2. Invites donors to fund mobile libraries."]
    assert roles(tmp_path, lib, [*HEAD, ORGAN, *body])[5:] == ["preambular"] * 5 + ["operative"] * 2
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, *body])
    assert {(8, "preambular-end"), (9, "lead-form"), (10, "lead-form")} <= set(found), found


def test_a_numbered_preamble_closed_inside_quotes_then_a_bare_verb(tmp_path: Path, lib: library.Library) -> None:
    """A numbered preamble whose first paragraph ends ',”' and whose operative count starts again at "1." with a
    bare verb ("1. Request …"): the numbered paragraphs stay the preamble."""
    body = ["1. Alarmed by the spread of what reports call “ghost guns,”",
            "2. Recognizing the risk such weapons pose to public safety,",
            "3. Noting the work of regional bodies on firearms control,",
            "1. Request a group of experts to study the trade in weapon parts;",
            "2. Urges Member States to share data on seizures."]
    assert roles(tmp_path, lib, [*HEAD, ORGAN, *body])[5:] == ["preambular"] * 3 + ["operative"] * 2
