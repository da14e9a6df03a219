"""A draft of a functional commission that passes its text on to a higher organ (holdout67, #20), tested with
sentences of our own: "The Commission on the Status of Women recommends to the Economic and Social Council the
adoption of the following draft resolution:" (on one line, or with the commission's name on a line of its own), or
three levels down ("The Economic and Social Council," / "Recommends to the General Assembly the adoption of the
following draft resolution:" / "The General Assembly,"): the lines that pass the text on are heading lines, the organ
line is the last organ's and the text after it is the resolution, not an annex. A line "… the following …:" with no
organ line after it still adopts the text that follows."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

HEAD = ["Committee: Commission on the Status of Women", "Topic: Rural women and land", "Sponsors: Fiji, Peru",
        "Signatories: Chad"]
BODY = ["Recalling its earlier resolutions on the advancement of rural women,",
        "Concerned that women own a small share of farmland in most regions,",
        "1. Urges Member States to secure the land rights of rural women;",
        "2. Requests the Secretary-General to report on progress at the next session."]


def test_a_split_recommendation_line_passes_the_text_to_the_council(tmp_path: Path, lib: library.Library) -> None:
    passing = ["The Commission on the Status of Women",
               "recommends to the Economic and Social Council the adoption of the following draft resolution:"]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *passing, "The Economic and Social Council,",
                                                      *BODY])), lib)
    assert tree.organ is not None and tree.organ.text == "The Economic and Social Council,"
    assert [n.text for n in tree.heading] == [*HEAD, *passing]
    assert len(tree.preamble) == 2 and [n.label for n in tree.operative] == ["1", "2"]
    assert not tree.annexes and tree.adopts is None

    # a line "… the following draft resolution:" with no organ line after it still adopts the text that follows
    adopting = ["The Economic and Social Council,", "Recommends the following draft resolution:",
                "Rural women and land", "We, the States of the region,",
                "Convinced that land rights free women from poverty,", "Agree as follows:",
                "1. Every woman may hold land in her own name."]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *adopting], "adopting.docx")), lib)
    assert tree.organ is not None and tree.organ.text == "The Economic and Social Council,"
    assert tree.adopts is not None and tree.adopts.text == "Recommends the following draft resolution:"
    assert [n.text for n in tree.annexes] == adopting[2:]


def test_three_levels_down_the_assembly_is_the_organ(tmp_path: Path, lib: library.Library) -> None:
    passing = ["THE COMMISSION ON THE STATUS OF WOMEN,",
               "Recommends to the Economic and Social Council the approval of the following draft resolution:",
               "THE ECONOMIC AND SOCIAL COUNCIL,",
               "Recommends to the General Assembly the adoption of the following draft resolution:",
               "Rural women and land"]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *passing, "THE GENERAL ASSEMBLY,", *BODY])), lib)
    assert tree.organ is not None and tree.organ.text == "THE GENERAL ASSEMBLY,"
    assert len(tree.preamble) == 2 and [n.label for n in tree.operative] == ["1", "2"] and not tree.annexes

