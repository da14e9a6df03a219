"""Several drafts in one report or paper, numbered by their titles (holdout67, #20), tested with sentences of our own:
"Draft resolution I" and "Draft resolution II", each with its name and its own organ line under the one heading of
the file, are two resolutions; the first title, before any organ line, starts none, and a numbered title with no
organ line after it (a page header pasted into the text) starts none either."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter.structure.several import resolution_starts, titled_only
from drafter.word import reader

HEAD = ["Commission on Narcotic Drugs", "Seventieth session", "Draft resolutions for adoption by the Council",
        "The Commission on Narcotic Drugs recommends to the Economic and Social Council the adoption of the "
        "following draft resolutions:"]
FIRST = ["Draft resolution I", "Drug checking services at festivals", "The Economic and Social Council,",
         "Noting the spread of drug checking services at music festivals,",
         "1. Invites Member States to evaluate such services;",
         "2. Requests the Executive Director to report on them."]
SECOND = ["Draft resolution II", "Treatment in prisons", "The Economic and Social Council,",
          "Concerned that few prisons offer treatment for drug use disorders,",
          "1. Encourages Member States to offer treatment in prisons;",
          "2. Invites donors to support such programmes."]


def test_a_numbered_title_with_its_organ_line_starts_the_next_draft(tmp_path: Path) -> None:
    doc = reader.read(make(tmp_path, [*HEAD, *FIRST, *SECOND]))
    assert resolution_starts(doc) == [0, len(HEAD) + len(FIRST)]
    parts = [doc.paragraphs[:len(HEAD) + len(FIRST)], doc.paragraphs[len(HEAD) + len(FIRST):]]
    assert [titled_only(reader.Document(doc.path, part)) for part in parts] == [False, True]
    # a numbered title without an organ line after it is no draft of its own
    header = ["Draft resolution II", "3. Also invites the Commission to follow the matter."]
    doc = reader.read(make(tmp_path, [*HEAD, *FIRST[:-1], FIRST[-1][:-1] + ";", *header], "header.docx"))
    assert resolution_starts(doc) == [0]
