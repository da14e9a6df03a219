"""Two structure readings from drafts of specialised and historical bodies (round 16, holdout44), with sentences of
our own: a single "1." paragraph opened with a participle right after an unnumbered preamble and before "2." led by
an operative verb is operative paragraph 1 in the wrong form, not a numbered preamble; and in an unnumbered draft
whose preambular paragraphs end with ";", an operative verb between them is a preambular paragraph in the wrong
form when the preamble goes on after it."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import make

from drafter import library, structure
from drafter.word import reader

HEAD = ["Committee: Historical Security Council", "Topic: The question of Berlin", "Sponsors: France, Canada",
        "Signatories: Norway, Chile"]
ORGAN = "The Security Council,"
PREAMBLE = ["Noting the blockade of the western sectors of the city,",
            "Concerned by the shortage of food among the civilian population,",
            "Welcoming the airlift organised by several States,"]
WHO_HEAD = ["Committee: World Health Organization", "Topic: Access to vaccines", "Sponsors: Ghana, Peru",
            "Signatories: Chile, Kenya", "The World Health Organization,"]


def roles(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> list[str]:
    read = structure.read_structure(reader.read(make(tmp_path, paragraphs)), lib)
    return [n.role for n in read.nodes]


def test_a_participle_numbered_1_after_an_unnumbered_preamble_opens_the_operative_part(
        tmp_path: Path, lib: library.Library) -> None:
    """Only a participle of a verb asking others to act ("Urging", "Calling upon") is read so; one unnumbered
    paragraph before the run (a quotation's line, a paragraph --fix took the number from) is no unnumbered preamble:
    "1. Noting …," there still opens a numbered preamble."""
    body = ["1. Urging all parties to lift the blockade without delay,",
            "2. Requests the Secretary-General to report on the situation;", "3. Decides to remain seized of the matter."]
    assert roles(tmp_path, lib, [*HEAD, ORGAN, *PREAMBLE, *body])[5:] == ["preambular"] * 3 + ["operative"] * 3
    numbered = ["Recalling its earlier resolutions on the city,", "1. Noting the blockade of the western sectors,",
                "2. Concerned by the shortage of food,", "3. Requests the Secretary-General to report;",
                "4. Decides to remain seized of the matter."]
    assert roles(tmp_path, lib, [*HEAD, ORGAN, *numbered])[5:8] == ["preambular"] * 3
    # a participle of what the organ sees, numbered "1." by mistake (an AUTONUM field): still the preamble's
    seen = ["1. Recognizing the role of the airlift crews,", *body[1:]]
    assert roles(tmp_path, lib, [*HEAD, ORGAN, *PREAMBLE, *seen])[5:9] == ["preambular"] * 4


def test_an_operative_verb_between_preambular_paragraphs_ending_with_semicolons(
        tmp_path: Path, lib: library.Library) -> None:
    """A verb the preamble goes on after (two paragraphs led so) stands in it; a verb followed by one preambular
    paragraph only, then operative ones, opens the operative part."""
    body = ["Recalling the Constitution of the World Health Organization;",
            "Noting the shortage of vaccines in developing countries;",
            "Concerned by the spread of measles among children;",
            "Urges manufacturers to share their production data;",
            "Believing that cooperation between States saves lives;",
            "Welcoming the work of the Global Alliance for Vaccines;",
            "Requests the Director-General to report to the Assembly;",
            "Encourages Member States to fund vaccination campaigns."]
    assert roles(tmp_path, lib, [*WHO_HEAD, *body])[5:] == ["preambular"] * 6 + ["operative"] * 2
    short = [*body[:2], body[3], body[4], "Requests the Director-General to report to the Assembly."]
    assert roles(tmp_path, lib, [*WHO_HEAD, *short])[5:8] == ["preambular", "preambular", "operative"]


def test_an_excerpt_cut_inside_the_preamble_after_a_stray_verb(tmp_path: Path, lib: library.Library) -> None:
    """The text stops inside the last paragraph (no end mark): it still shows the preamble going on."""
    body = ["Recalling the Constitution of the World Health Organization;",
            "Noting the shortage of vaccines in developing countries;",
            "Urges manufacturers to share their production data;",
            "Trusting that cooperation between States saves lives;",
            "Considering the need to fund vaccination campaigns in"]
    assert roles(tmp_path, lib, [*WHO_HEAD, *body])[5:] == ["preambular"] * 5
