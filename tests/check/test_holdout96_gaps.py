"""General causes behind the misses and false alarms of the ninety-sixth held-out set (bench/students/holdout96:
real drafts from public pages), each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import Para, findings, rules_at
from docmaker import make

from drafter import library

HEAD = ["Committee: Disarmament and International Security Committee", "Topic: Exports of armed drones",
        "Sponsors: Chile, Ghana", "Signatories: Fiji, Norway"]
ORGAN_LINE = "The General Assembly,"


def _at(tmp_path: Path, lib: library.Library, paragraphs: list[Para]) -> list[tuple[int, str]]:
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    return rules_at(folder, lib, paragraphs)


# -- a bulleted preamble with one paragraph led by an operative verb ----------------------------------------------

BULLETED_PREAMBLE = [
    *HEAD, ORGAN_LINE,
    "• Noting the growth of unregulated drone exports to non-State actors,",
    "• Believing that public export registries deter diversion,",
    "• Welcomes the efforts of regional organizations to share export data,",  # ¶8: the wrong form of its lead
    "• Mindful of the burden that registries place on small exporters,",
    "• Concerned that few States publish their licensing decisions,",
    "1. Encourages Member States to publish annual export reports;",
    "2. Requests the Secretary-General to report on progress at its next session.",
]


def test_an_operative_verb_inside_a_bulleted_preamble_is_its_lead_fault(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    """"• Welcomes …," between bulleted preambular paragraphs ends with a preambular comma: a preambular paragraph
    opened with the operative form (lead-form), not the first operative clause with the bullets after it as its
    items; the clauses "1." and "2." after them open the operative part."""
    found = _at(tmp_path, lib, BULLETED_PREAMBLE)
    assert (8, "lead-form") in found
    assert not [r for r in found if r[1] in ("chapeau-colon", "sub-label-style", "sub-clause-single",
                                             "numbering-form", "numbering-sequence")], found
    assert {(p, "preambular-numbered") for p in (6, 7, 8, 9, 10)} <= set(found)


def test_bulleted_operative_clauses_after_a_preamble_stay_clauses(tmp_path: Path, lib: library.Library) -> None:
    """Bullets before operative leads after an unmarked preamble are clauses marked instead of numbered; one that
    ends with a comma is not taken into the preamble when no bulleted preambular paragraph surrounds it."""
    found = _at(tmp_path, lib, [
        *HEAD, ORGAN_LINE,
        "Noting the growth of unregulated drone exports to non-State actors,",
        "• Encourages Member States to publish annual export reports,",
        "• Requests the Secretary-General to report on progress at its next session.",
    ])
    assert not [r for r in found if r[1] in ("lead-form", "preambular-numbered")], found


# -- items a clause introduces, none of them lettered --------------------------------------------------------------

def _unnumbered_draft(first: str, second: str) -> list[Para]:
    return [*HEAD, ORGAN_LINE,
            "Alarmed by the loss of life in unannounced coastal floods,",
            "Urges Member States to fund coastal early-warning systems by means such as but not limited to:",
            first, second,
            "Requests the Secretary-General to report on progress at its next session."]


def _absent(tmp_path: Path, lib: library.Library, paragraphs: list[Para]) -> list[list[int]]:
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    return [f.paragraphs for f in findings(make(folder, paragraphs), lib) if f.rule == "numbering-absent"]


def test_items_without_letters_under_unnumbered_clauses_are_named(tmp_path: Path, lib: library.Library) -> None:
    """In a draft whose clauses carry no numbers (numbering-absent), the items a clause introduces carry no letter
    either: the finding names them with the clauses (MUN-F06), one finding for the draft."""
    absent = _absent(tmp_path, lib, _unnumbered_draft("Installing tide gauges on exposed coasts,",
                                                      "Training local radio stations to relay alerts;"))
    assert len(absent) == 1 and {8, 9} <= set(absent[0]) and {7, 10} <= set(absent[0]), absent


def test_lettered_items_are_not_named_as_unlabelled(tmp_path: Path, lib: library.Library) -> None:
    absent = _absent(tmp_path, lib, _unnumbered_draft("a) Installing tide gauges on exposed coasts,",
                                                      "b) Training local radio stations to relay alerts;"))
    assert len(absent) == 1 and not {8, 9} & set(absent[0]), absent
