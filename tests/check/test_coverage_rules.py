"""The rules the FORMAT.md coverage audit (docs/COVERAGE.md) added: chapter-vii (UN-B14) and date-zh (ZH-P02),
on paragraphs of our own in the patterns students write, and the look-alikes they must leave alone (#20)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, ZH_HEAD, ZH_OP1, ZH_OP2, ZH_ORGAN, ZH_PRE, rules_at

from drafter import library

# -- chapter-vii: only the Security Council acts under Chapter VII ---------------------------------------------

CHAPTER_VII = [("Acting under Chapter VII of the Charter of the United Nations", "i"), (",", "")]


def test_a_committee_acting_under_chapter_vii_is_told(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, CHAPTER_VII, OP1, OP2], profile="una-usa")
    assert (7, "chapter-vii") in found


def test_the_security_council_acting_under_chapter_vii_is_right(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: Security Council", "Topic: The situation in Libya", "Sponsors: China, France"]
    organ = [("The Security Council", "i"), (",", "")]
    found = rules_at(tmp_path, lib, [*head, organ, PRE, CHAPTER_VII, OP1, OP2], profile="una-usa")
    assert not [r for r in found if r[1] == "chapter-vii"]


@pytest.mark.parametrize("opening", ["Acting in accordance with Article 22 of the Charter,",
                                     "Acting in support of the African Union,"])
def test_other_acting_openings_are_left_alone(tmp_path: Path, lib: library.Library, opening: str) -> None:
    para = [("Acting", "i"), (opening[len("Acting"):], "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, para, OP1, OP2], profile="una-usa")
    assert not [r for r in found if r[1] == "chapter-vii"]


def test_a_chinese_committee_acting_under_chapter_vii_is_told(tmp_path: Path, lib: library.Library) -> None:
    para = [("根据《联合国宪章》第七章采取行动", "u"), ("，", "")]
    found = rules_at(tmp_path, lib, [*ZH_HEAD, ZH_ORGAN, ZH_PRE, para, ZH_OP1, ZH_OP2])
    assert (8, "chapter-vii") in found


# -- date-zh: 2019年12月18日, not 2019.12.18 --------------------------------------------------------------------

@pytest.mark.parametrize("date", ["2019.12.18", "2019-12-18", "2019/12/18", "2019. 12. 18"])
def test_a_numeric_date_in_chinese_text_is_told(tmp_path: Path, lib: library.Library, date: str) -> None:
    para = [("回顾", "u"), (f"其{date}第74/247号决议，", "")]
    found = rules_at(tmp_path, lib, [*ZH_HEAD, ZH_ORGAN, para, ZH_OP1, ZH_OP2])
    assert (7, "date-zh") in found


@pytest.mark.parametrize("text", ["其2019年12月18日第74/247号决议，", "第2019/12号决定，", "2030年议程第17.1.2项指标，",
                                  "A/RES/2019/12/18号文件，", "2019.13.40这一编号，"])
def test_what_is_no_numeric_date_is_left_alone(tmp_path: Path, lib: library.Library, text: str) -> None:
    para = [("回顾", "u"), (text, "")]
    found = rules_at(tmp_path, lib, [*ZH_HEAD, ZH_ORGAN, para, ZH_OP1, ZH_OP2])
    assert not [r for r in found if r[1] == "date-zh"]


def test_english_text_is_not_held_to_chinese_dates(tmp_path: Path, lib: library.Library) -> None:
    para = [("Recalling", "i"), (" its decision of 2019.12.18,", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, para, OP1, OP2], profile="una-usa")
    assert not [r for r in found if r[1] == "date-zh"]


# -- emphasis-in-text: only the lead phrase is emphasised --------------------------------------------------------

@pytest.mark.parametrize("style", ["b", "u"])
def test_a_bold_or_underlined_word_inside_a_clause_is_told(tmp_path: Path, lib: library.Library, style: str) -> None:
    para = [("1. ", ""), ("Requests", "u"), (" the Office to ", ""), ("urgently", style), (" continue its work;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, para, OP2], profile="una-usa")
    assert (7, "emphasis-in-text") in found


@pytest.mark.parametrize(("text", "style"), [("World Drug Report 2023", "i"), ("https://www.unodc.org", "u"),
                                             ("www.unodc.org", "u")])
def test_titles_in_italics_and_links_are_left_alone(tmp_path: Path, lib: library.Library, text: str,
                                                     style: str) -> None:
    para = [("1. ", ""), ("Requests", "u"), (" the Office to publish the ", ""), (text, style), (";", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, para, OP2], profile="una-usa")
    assert not [r for r in found if r[1] == "emphasis-in-text"]


def test_a_lead_phrase_emphasised_in_several_runs_is_no_emphasis_in_text(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    para = [("1. ", ""), ("Strongly", "u"), (" ", ""), ("urges", "u"), (" Member States to cooperate;", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, para, OP2], profile="una-usa")
    assert not [r for r in found if r[1] == "emphasis-in-text"]
