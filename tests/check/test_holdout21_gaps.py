"""General causes seen on the twenty-first held-out student set (bench/students/holdout21: Civitas drafts from a
high-school and five middle-school sessions): an abbreviation that the heading's topic line introduces with its full
form in brackets may stand alone in the body; a full name merely standing in the heading introduces nothing. Tested
with paragraphs of our own in the patterns students write."""

from __future__ import annotations

import re
from pathlib import Path

from check.test_check_rules import findings
from docmaker import make

from drafter import library

ORGAN = [("The General Assembly", "i"), (",", "")]
PRE = [("Alarmed", "i"), (" that river fishing stocks fell by a third in ten years,", "")]
LAST = [("2. ", ""), ("Invites", "u"), (" Member States to report on river fishing every year.", "")]


def suggested(tmp_path: Path, lib: library.Library, paragraphs: list) -> list[str]:  # type: ignore[type-arg]
    """The abbreviations reported as used before they are written out."""
    return [re.split(r"['“”]", f.message)[1] for f in findings(make(tmp_path, paragraphs), lib)
            if f.rule in ("abbreviation-unexplained", "initials-in-chinese")]  # English; Latin initials in Chinese


def heading(topic: str) -> list[str]:
    return ["Committee: Second Committee", f"Topic: {topic}", "Sponsors: Chile, Norway", "Signatories: Peru"]


def operative(text: str) -> list[tuple[str, str]]:
    return [("1. ", ""), ("Requests", "u"), (text, "")]


def test_topic_line_introducing_the_abbreviation_after_it(tmp_path: Path, lib: library.Library) -> None:
    body = [ORGAN, PRE, operative(" the IFFC to publish its catch figures;"), LAST]
    paragraphs = [*heading("Funding of IFFCs (Inland Fisheries Funding Commissions)"), *body]
    assert "IFFC" not in suggested(tmp_path, lib, paragraphs)


def test_topic_line_introducing_the_abbreviation_before_it(tmp_path: Path, lib: library.Library) -> None:
    body = [ORGAN, PRE, operative(" the RFWG to meet twice a year;"), LAST]
    paragraphs = [*heading("Mandate of the River Fisheries Working Group (RFWG)"), *body]
    assert "RFWG" not in suggested(tmp_path, lib, paragraphs)


def test_a_full_name_standing_in_the_heading_introduces_nothing(tmp_path: Path, lib: library.Library) -> None:
    body = [ORGAN, PRE, operative(" the RFWG to meet twice a year;"), LAST]
    paragraphs = [*heading("Mandate of the River Fisheries Working Group"), *body]
    assert "RFWG" in suggested(tmp_path, lib, paragraphs)


def test_an_abbreviation_in_the_heading_without_its_full_form_is_still_unexplained(tmp_path: Path,
                                                                                   lib: library.Library) -> None:
    body = [ORGAN, PRE, operative(" the RFWG to meet twice a year;"), LAST]
    paragraphs = [*heading("Mandate of the RFWG (revised)"), *body]
    assert "RFWG" in suggested(tmp_path, lib, paragraphs)


def test_an_unrelated_abbreviation_in_the_body_is_still_reported(tmp_path: Path, lib: library.Library) -> None:
    body = [ORGAN, PRE, operative(" the IFFC and the JTWP to publish their catch figures;"), LAST]
    paragraphs = [*heading("Funding of IFFCs (Inland Fisheries Funding Commissions)"), *body]
    assert suggested(tmp_path, lib, paragraphs) == ["JTWP"]


def test_a_chinese_topic_line_introducing_latin_initials(tmp_path: Path, lib: library.Library) -> None:
    head = ["决议草案", "委员会：大会第二委员会", "议题：内陆渔业基金委员会(IFFC)的经费", "起草国：智利", "附议国：秘鲁"]
    body = ["大会，", [("注意到", "u"), ("内河渔业资源十年间减少三分之一，", "")],
            [("1. ", ""), ("请", "u"), ("IFFC公布捕捞数据；", "")],
            [("2. ", ""), ("邀请", "u"), ("各会员国每年报告内河渔业情况。", "")]]
    assert "IFFC" not in suggested(tmp_path, lib, [*head, *body])
    plain = ["决议草案", "委员会：大会第二委员会", "议题：内陆渔业的经费", "起草国：智利", "附议国：秘鲁"]
    assert "IFFC" in suggested(tmp_path, lib, [*plain, *body])
