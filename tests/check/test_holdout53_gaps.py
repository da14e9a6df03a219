"""Gaps the blind set holdout53 (#20) showed, each held by sentences of our own with a passing draft beside it: a
submitter's line left between the operative clauses of a draft merged from several submitters' clause blocks, the
delegation lists of two heading blocks read as one list (every State of the second "listed twice"), and a Model
European Parliament heading, whose sentence "The Committee on … submits the following resolution to …" names the
committee and, the committee being the author, the submitter."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

THIMUN = ["Forum: Human Rights Council", "Question of: Safe drinking water in prisons", "Main Submitter: Peru",
          "Co-submitters: Chile, Fiji", "The Human Rights Council,",
          "Recalling the United Nations Standard Minimum Rules for the Treatment of Prisoners,"]
LAST = "3. Requests the High Commissioner to report to the Council at its next session."


# -- a submitter's line between two operative clauses ------------------------------------------------------------------

def test_a_submitter_line_left_between_operative_clauses(lib: library.Library, tmp_path: Path) -> None:
    body = [*THIMUN, "1. Urges Member States to test the water of every prison twice a year;",
            "Main Submitter: Ghana", "2. Encourages prison services to install filters in old buildings;", LAST]
    assert rules(make(tmp_path, body), lib).get("heading-repeated") == [8]
    # one heading block and a section's own label between the clauses are no submitter's line typed again
    clean = [*THIMUN, "1. Urges Member States to test the water of every prison twice a year;",
             "2. Encourages prison services to install filters in old buildings;", LAST]
    assert "heading-repeated" not in rules(make(tmp_path, clean, "clean.docx"), lib)
    article = [*THIMUN, "Article I: Testing", "1. Urges Member States to test the water of every prison twice a year;",
               "2. Encourages prison services to install filters in old buildings;", LAST]
    assert "heading-repeated" not in rules(make(tmp_path, article, "article.docx"), lib)


# -- the lists of two heading blocks --------------------------------------------------------------------------------------

FIRST = ["Committee: Commission on the Status of Women", "Topic: Women in rural cooperatives",
         "Sponsors: Chile, Kenya", "Signatories: Norway, Samoa"]
SECOND = ["Committee: Commission on the Status of Women", "Topic: Women in rural cooperatives",
          "Sponsors: Chile, Kenya, Peru", "Signatories: Norway"]
BODY = ["The Commission on the Status of Women,", "Noting the share of women among the members of cooperatives,",
        "1. Encourages Member States to open credit lines for cooperatives led by women;",
        "2. Requests the Secretary-General to report to the Commission at its next session."]


def test_states_named_in_both_heading_blocks_are_not_listed_twice(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*FIRST, *SECOND, *BODY]), lib)
    assert found.get("heading-repeated") == [5]
    assert "sponsor-duplicate" not in found
    # a State twice in one block's list, or a sponsor signing in the first block, is still reported
    twice = ["Committee: Commission on the Status of Women", "Topic: Women in rural cooperatives",
             "Sponsors: Chile, Kenya, Chile", "Signatories: Kenya", *SECOND, *BODY]
    found = rules(make(tmp_path, twice, "twice.docx"), lib)
    assert found.get("sponsor-duplicate") == [3] and found.get("sponsor-signatory") == [4]


# -- a committee submitting its own resolution -------------------------------------------------------------------------

MEP = ["The Committee on Culture and Education submits the following resolution to the Model European Parliament "
       "Vilnius.", "Resolution about the question of free school meals", "The Model European Parliament,",
       "Aware that one pupil in ten comes to school without breakfast,",
       "1. Calls upon Member States to offer a free meal to every pupil of a primary school;",
       "2. Invites the European Commission to report on the cost of such meals."]


def test_a_committee_that_submits_the_following_resolution(lib: library.Library, tmp_path: Path) -> None:
    assert "heading-missing" not in rules(make(tmp_path, MEP), lib)
    # the same text under a bare title names neither its committee nor its submitter
    bare = ["Free school meals", *MEP[2:]]
    assert rules(make(tmp_path, bare, "bare.docx"), lib).get("heading-missing") == [1, 1]
