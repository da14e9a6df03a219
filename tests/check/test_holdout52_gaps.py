"""General causes behind the misses of the fifty-second held-out student set (bench/students/holdout52: English
drafts heavy with citations), each tested with paragraphs of our own: a date inside a clause written month first,
with an ordinal, with its month cut short or in figures (UN-H03, UN-B15); a cited symbol typed with a hyphen, full
stops or "Res" (UN-H01); "resolution No." before a cited resolution's number (UN-B15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, ORGAN, UN_HEAD, findings, make

from drafter import library

LEAD = [("Noting", "i")]
OP1 = [("1. ", ""), ("Encourages", "u"), (" Member States to train prosecutors in handling electronic evidence;", "")]
OP2 = [("2. ", ""), ("Invites", "u"), (" donors to fund forensic laboratories.", "")]


def _messages(tmp_path: Path, lib: library.Library, clause: str, rule: str, head: list[str] | None = None,
              name: str = "doc.docx") -> list[str]:
    """The messages of ``rule`` on a draft whose one preambular clause reads "Noting ``clause``"."""
    paragraphs = [*(head or EN_HEAD), ORGAN, [*LEAD, (" " + clause, "")], OP1, OP2]
    return [str(f.message) for f in findings(make(tmp_path, paragraphs, name), lib) if f.rule == rule]


# -- a date inside a clause (UN-H03, UN-B15) ---------------------------------------------------------------------------

@pytest.mark.parametrize(("clause", "fixed"), [
    ("the report adopted on 3rd March 2023 by the expert group,", "3 March 2023"),
    ("that the treaty stays open for signature until 30 Sept. 2027,", "30 September 2027"),
    ("resolution 77/211 of December 15, 2022 on the right to privacy,", "15 December 2022"),
    ("resolution 77/211 of 15/12/2022 on the right to privacy,", "15 December 2022"),
    ("the 14th of June 2021 meeting of ministers of justice,", "14 June 2021"),
])
def test_a_date_in_a_clause_written_otherwise(tmp_path: Path, lib: library.Library, clause: str, fixed: str) -> None:
    found = _messages(tmp_path, lib, clause, "date-format")
    assert len(found) == 1 and repr(fixed) in found[0], found


def test_a_month_first_date_is_a_slip_in_the_un_profile_or_a_citation_only(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    clause = "that the working group met on March 3, 2023 in Vienna,"
    assert _messages(tmp_path, lib, clause, "date-format", name="mun.docx") == []
    assert len(_messages(tmp_path, lib, clause, "date-format", head=UN_HEAD, name="un.docx")) == 1


@pytest.mark.parametrize(("clause", "rule", "fixed"), [
    ("resolution 77/211 of 15 December 2022 and the report adopted on 3rd March 2023,", "date-format", "3 March 2023"),
    ("that the 24/7 network answered 1,200 requests in 2023 and met on 4th May 2024,", "date-format", "4 May 2024"),
    ("that the meetings held on 3 and 4 March 2023 adopted 12/15 of the proposals of 9/10/2022,", "date-format",
     "9 October 2022"),
    ("resolutions S/RES/1970-1973 and A/RES/77-211 on the situation in the region,", "resolution-citation",
     "A/RES/77/211"),
])
def test_only_the_slip_beside_forms_written_the_un_way(tmp_path: Path, lib: library.Library, clause: str, rule: str,
                                                       fixed: str) -> None:
    found = _messages(tmp_path, lib, clause, rule, head=UN_HEAD)
    assert len(found) == 1 and repr(fixed) in found[0], found


# -- a cited symbol typed otherwise (UN-H01) ---------------------------------------------------------------------------

@pytest.mark.parametrize(("clause", "fixed"), [
    ("resolution A/RES/77-211 on the right to privacy,", "A/RES/77/211"),
    ("resolution A.RES.77.211 on the right to privacy,", "A/RES/77/211"),
    ("resolution A/Res/77/211 on the right to privacy,", "A/RES/77/211"),
    ("resolution E/res/2019/20 on crime prevention,", "E/RES/2019/20"),
])
def test_a_cited_symbol_typed_otherwise(tmp_path: Path, lib: library.Library, clause: str, fixed: str) -> None:
    found = _messages(tmp_path, lib, clause, "resolution-citation")
    assert len(found) == 1 and repr(fixed) in found[0], found


# -- a sign for "number" before a cited resolution's number (UN-B15) ---------------------------------------------------

@pytest.mark.parametrize("clause", [
    "resolution No. 77/211 on the right to privacy,",
    "resolution #2462 on the financing of terrorism,",
])
def test_a_number_sign_before_the_number(tmp_path: Path, lib: library.Library, clause: str) -> None:
    found = _messages(tmp_path, lib, clause, "resolution-citation")
    assert len(found) == 1 and "'resolution " in found[0], found


# -- "Resolution" with a capital inside a sentence (UN-B15): a suggestion, as most conferences let it pass ------------

@pytest.mark.parametrize(("clause", "count"), [
    ("General Assembly Resolution 77/211 on the right to privacy,", 1),
    ("the Council's Resolution 2462 (2019) and its Resolutions 2341 (2017),", 2),
    ("General Assembly resolution 77/211 on the right to privacy,", 0),
    ("the programme of action. Resolution 77/211 stays in force,", 0),
    ("the draft called Resolution Guide for Judges,", 0),
])
def test_resolution_in_capitals_inside_a_sentence(tmp_path: Path, lib: library.Library, clause: str,
                                                  count: int) -> None:
    found = _messages(tmp_path, lib, clause, "resolution-capital")
    assert len(found) == count, found
