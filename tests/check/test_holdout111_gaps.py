"""General causes behind the misses and false alarms of the hundred-and-eleventh held-out set
(bench/students/holdout111: real student resolutions from THIMUN Online, a student model General Assembly and a model UN
in Ivanovo), each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make

from drafter import library
from drafter.structure import guess_profile
from drafter.word import reader

# a student model General Assembly's adopted text, laid out as the UN prints one but typed without its symbol and
# distribution line: organ, session, agenda item, adoption line, numbered title, organ line, clauses
ADOPTED: list[Para] = ["General Assembly", "Third session", "Agenda item 7",
                       "Resolution adopted by the General Assembly",
                       "3/4. Protection of coral reefs from ocean warming",
                       [("The General Assembly", "i"), (",", "")],
                       [("Noting", "i"), (" that half of the shallow reefs of the world have bleached since 2014,", "")],
                       [("1. ", ""), ("Encourages", "i"), (" coastal States to map the reefs in their waters;", "")],
                       [("2. ", ""), ("Requests", "i"), (" the Secretary-General to report at its fourth session.", "")]]


# -- the layout of an adopted UN text with no symbol: a UN heading (heading field) ---------------------------------

def test_an_adoption_line_above_the_organ_line_makes_a_un_text(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, ADOPTED, "adopted.docx")
    assert guess_profile(reader.read(path), "en") == "un"
    # read as a UN text, its heading is asked for the symbol an adopted text bears (UN-H01, UN-D01)
    assert rules(path, lib).get("heading-missing") == [1]


def test_the_council_adoption_line_makes_a_un_text(tmp_path: Path, lib: library.Library) -> None:
    council: list[Para] = ["Resolution 17 (2026)", "Adopted by the Security Council at its 41st meeting, on 3 May 2026",
                           [("The Security Council", "i"), (",", "")],
                           [("Recalling", "i"), (" its resolution 12 (2026),", "")],
                           [("1. ", ""), ("Decides", "i"), (" to remain seized of the matter.", "")]]
    assert guess_profile(reader.read(make(tmp_path, council, "council.docx")), "en") == "un"


def test_a_conference_heading_with_an_adoption_line_stays_a_conference_draft(tmp_path: Path) -> None:
    # a conference's labelled fields make it a conference's paper, whatever line copied from an adopted text it bears
    draft: list[Para] = ["Committee: Second Committee", "Topic: Coral reefs", "Sponsors: Fiji, Palau",
                         "Signatories: Chile, Kenya", "Resolution adopted by the General Assembly",
                         *ADOPTED[5:]]
    assert guess_profile(reader.read(make(tmp_path, draft, "conference.docx")), "en") == "una-usa"
    # a topic line alone is a conference's field too (holdout26: a school's model Council text that says it passed)
    topic: list[Para] = ["Hillside School Model United Nations", "General Assembly", "Topic: Coral reefs",
                         "Resolution adopted by the General Assembly", *ADOPTED[5:]]
    assert guess_profile(reader.read(make(tmp_path, topic, "topic.docx")), "en") == "una-usa"


def test_an_adoption_line_below_the_organ_line_makes_no_un_text(tmp_path: Path) -> None:
    # a clause quoting an adopted text's words is no masthead: only the lines above the organ line are asked
    quoted: list[Para] = ["Coral reefs and ocean warming", ADOPTED[5],
                          [("Recalling", "i"), (" the resolution adopted by the General Assembly in 2019,", "")],
                          *ADOPTED[7:]]
    assert guess_profile(reader.read(make(tmp_path, quoted, "quoted.docx")), "en") == "una-usa"


def test_a_model_un_name_or_another_body_keeps_the_adopted_layout_a_conference_paper(tmp_path: Path) -> None:
    # a heading that names a model UN conference heads a conference's paper (holdout26's "… Model United Nations
    # A/RES/2011/1"), and an agency's adoption line ("General Conference") is no UN masthead's (holdout44)
    named: list[Para] = ["Lakeview Model United Nations 2025", *ADOPTED]
    assert guess_profile(reader.read(make(tmp_path, named, "named.docx")), "en") == "una-usa"
    agency: list[Para] = ["Resolution adopted by the General Conference of the International Labour Organization",
                          "Fourth session", *ADOPTED[4:]]
    assert guess_profile(reader.read(make(tmp_path, agency, "agency.docx")), "en") == "una-usa"
