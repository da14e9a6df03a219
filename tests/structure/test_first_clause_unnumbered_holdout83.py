"""A first operative clause left without its number (holdout83, round 23), with sentences of our own: when no clause is
numbered 1 and the paragraph right before "2." opens with an operative verb, that paragraph is the first clause,
unnumbered, and the labels "2." "3." … number the clauses after it; the draft is no longer read as one whose parts only
its lead phrases tell apart (which took "2", "3" for lead phrases and their points for full stops)."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import make

from drafter import library, structure
from drafter.word import reader

HEAD = ["Committee: General Assembly Second Committee", "Topic: Plastic waste in the oceans",
        "Sponsors: Fiji, Norway", "Signatories: Chile, Ghana", "The General Assembly,"]
PREAMBLE = ["Alarmed by the amount of plastic that reaches the oceans each year,",
            "Recognizing the work of coastal communities that collect waste from beaches,"]
CLAUSES = ["Invites Member States to ban single-use plastic bags by 2030;",
           "2. Encourages regional fisheries bodies to recover lost fishing gear;",
           "3. Requests the Secretary-General to report on progress at its next session."]


def read(tmp_path: Path, lib: library.Library, paragraphs: list[str], name: str = "draft.docx"
         ) -> structure.Structure:
    return structure.read_structure(reader.read(make(tmp_path, paragraphs, name)), lib)


def test_an_unnumbered_first_clause_before_2_opens_the_operative_part(tmp_path: Path, lib: library.Library) -> None:
    tree = read(tmp_path, lib, [*HEAD, *PREAMBLE, *CLAUSES])
    assert not tree.by_phrases
    assert [n.role for n in tree.nodes[len(HEAD):]] == ["preambular", "preambular", "operative", "operative",
                                                        "operative"]
    first, second, third = tree.operative
    assert (first.label, first.lead) == ("", "Invites")
    assert (second.label, second.lead, third.label, third.lead) == ("2", "Encourages", "3", "Requests")

    # only an operative verb makes the paragraph before "2." the first clause; a preambular one stays in the preamble
    noting = "Noting with concern that fishing gear makes up a tenth of marine litter;"
    tree = read(tmp_path, lib, [*HEAD, *PREAMBLE, noting, *CLAUSES[1:]], "noting.docx")
    assert tree.nodes[len(HEAD) + 2].role != "operative"
