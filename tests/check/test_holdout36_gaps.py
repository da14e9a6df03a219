"""Faults of the blind set holdout36 (#20): drafts of the General Assembly's Main Committees and of ECOSOC's bodies
as high-school conferences run them. Held by sentences of our own, with passing drafts beside them: an organ line
that is a committee's abbreviation ("SOCHUM,"), an organ line naming another body than a Peacebuilding Commission's
or a functional commission's heading ("The Security Council,") and the word "resolution" cut short ("Res. 61/295").
(An ordinal date in a clause, "of 18th December 2019", is not judged: earlier sets leave such dates unannotated.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["Committee: Third Committee", "Topic: Indigenous languages in schools", "Sponsors: Bolivia (Plurinational "
        "State of), Canada", "Signatories: Finland, Guatemala, Norway"]
ORGAN = "The General Assembly,"
PREAMBLE = ["Recalling its resolution 74/135 of 18 December 2019 on the rights of indigenous peoples,",
            "Concerned that many indigenous children are taught only in a language they do not speak at home,"]
OPERATIVE = ["1. Encourages Member States to train teachers who speak indigenous languages;",
             "2. Invites universities to publish dictionaries and schoolbooks in those languages;",
             "3. Requests the Secretary-General to report on progress at its eighty-second session."]


def findings(path: Path, lib: library.Library, rule: str | None = None) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule, str(f.message)) for f in report.findings
            if (rule is None or f.rule == rule) and f.severity in ("error", "warning")
            and f.rule != "lead-emphasis-document"]  # plain runs: the leads' emphasis is not what is tested


def draft(*, head: list[str] = HEAD, organ: str = ORGAN, preamble: list[str] = PREAMBLE,
          operative: list[str] = OPERATIVE) -> list[str]:  # type: ignore[assignment]
    return [*head, organ, *preamble, *operative]


def test_the_clean_draft_has_no_finding(lib: library.Library, tmp_path: Path) -> None:
    assert findings(make(tmp_path, draft()), lib) == []


# -- an organ line that is an abbreviation --------------------------------------------------------------------

@pytest.mark.parametrize(("organ", "committee", "example"), [
    ("SOCHUM,", "Third Committee", "The General Assembly,"),
    ("DISEC,", "First Committee", "The General Assembly,"),
    ("SPECPOL,", "Fourth Committee", "The General Assembly,"),
    ("The ECOFIN,", "Second Committee", "The General Assembly,"),
    ("ECOSOC,", "Economic and Social Council", "The Economic and Social Council,"),
    ("UNEA,", "United Nations Environment Assembly", "The United Nations Environment Assembly,"),
])
def test_an_organ_line_that_is_an_abbreviation_is_an_error(
        lib: library.Library, tmp_path: Path, organ: str, committee: str, example: str) -> None:
    head = [f"Committee: {committee}", *HEAD[1:]]
    found = findings(make(tmp_path, draft(head=head, organ=organ)), lib, "organ-line")
    assert len(found) == 1
    paragraph, _, message = found[0]
    assert paragraph == 5
    assert "abbreviation" in message
    assert repr(example) in message


@pytest.mark.parametrize("organ", ["THE GENERAL ASSEMBLY,", "The General Assembly,"])
def test_an_organ_line_in_capitals_is_no_abbreviation(lib: library.Library, tmp_path: Path, organ: str) -> None:
    assert findings(make(tmp_path, draft(organ=organ)), lib, "organ-line") == []


# -- an organ line naming another body than the heading's ------------------------------------------------------

@pytest.mark.parametrize(("organ", "committee"), [
    ("The Security Council,", "Peacebuilding Commission"),
    ("The Human Rights Council,", "Commission on the Status of Women"),
    ("The Commission on Narcotic Drugs,", "Commission on Crime Prevention and Criminal Justice"),
])
def test_an_organ_line_naming_another_body_than_the_commission_is_an_error(
        lib: library.Library, tmp_path: Path, organ: str, committee: str) -> None:
    head = [f"Committee: {committee}", *HEAD[1:]]
    found = findings(make(tmp_path, draft(head=head, organ=organ)), lib, "organ-line")
    assert len(found) == 1
    assert found[0][0] == 5
    assert "another body" in found[0][2] and repr(f"The {committee},") in found[0][2]


@pytest.mark.parametrize(("organ", "committee"), [
    ("The Peacebuilding Commission,", "Peacebuilding Commission"),
    ("The Commission on the Status of Women,", "Commission on the Status of Women"),
    ("The Economic and Social Council,", "Commission on the Status of Women"),  # MUN-F01: an ECOSOC body
    ("The Commission on Narcotic Drugs,", "Commission on Narcotic Drugs (CND)"),
])
def test_a_commission_s_own_or_parent_organ_line_is_right(
        lib: library.Library, tmp_path: Path, organ: str, committee: str) -> None:
    head = [f"Committee: {committee}", *HEAD[1:]]
    assert findings(make(tmp_path, draft(head=head, organ=organ)), lib, "organ-line") == []


def test_a_chinese_organ_line_naming_another_body_than_the_commission(lib: library.Library, tmp_path: Path) -> None:
    head = ["决议草案", "委员会：妇女地位委员会", "议题：农村妇女的土地权利", "起草国：加纳、墨西哥", "附议国：挪威、秘鲁"]
    body = ["_回顾_《北京宣言》和《行动纲要》，", "1. *敦促*会员国保障妇女平等的土地权利；", "2. *请*秘书长提交一份报告。"]
    wrong = findings(make(tmp_path, [*head, "人权理事会，", *body]), lib, "organ-line")
    assert [(p, r) for p, r, _ in wrong] == [(6, "organ-line")]
    assert findings(make(tmp_path, [*head, "妇女地位委员会，", *body]), lib, "organ-line") == []


# -- citations in the clauses -------------------------------------------------------------------------

@pytest.mark.parametrize(("cited", "right"), [("Res. 61/295", "resolution 61/295"),
                                               ("res 61/295", "resolution 61/295"),
                                               ("Res. 1325 (2000)", "resolution 1325 (2000)")])
def test_the_word_resolution_cut_short_is_written_out(
        lib: library.Library, tmp_path: Path, cited: str, right: str) -> None:
    preamble = [f"Reaffirming {cited} and the rights it recognizes,", PREAMBLE[1]]
    found = findings(make(tmp_path, draft(preamble=preamble)), lib, "resolution-citation")
    assert [(p, r) for p, r, _ in found] == [(6, "resolution-citation")]
    assert repr(right) in found[0][2]


@pytest.mark.parametrize("cited", ["resolution 61/295", "A/RES/61/295", "the Res. Coordinator's report 2021"])
def test_a_written_out_citation_or_a_symbol_is_left_alone(lib: library.Library, tmp_path: Path, cited: str) -> None:
    preamble = [f"Reaffirming {cited} and the rights it recognizes,", PREAMBLE[1]]
    assert findings(make(tmp_path, draft(preamble=preamble)), lib, "resolution-citation") == []


def test_the_assembly_s_name_under_a_commission_s_heading_is_judged_like_the_bare_name(
        lib: library.Library, tmp_path: Path) -> None:
    """"The United Nations General Assembly," under a Peacebuilding Commission heading: one finding, for the words
    before the name, as "The General Assembly," there gets none from the comparison of bodies."""
    head = ["Committee: Peacebuilding Commission", *HEAD[1:]]
    found = findings(make(tmp_path, draft(head=head, organ="The United Nations General Assembly,")), lib, "organ-line")
    assert len(found) == 1 and "'United Nations'" in found[0][2]
    assert findings(make(tmp_path, draft(head=head, organ="The General Assembly,")), lib, "organ-line") == []
