"""Faults of Chinese Security Council drafts the checker missed on the blind set holdout-zh42 (#20), held by
sentences of our own with passing drafts beside them: a resolution cited by its number alone (第1267号决议, or one
item of a list 第1267(1999)号、第1989号和第2253(2015)号决议), left alone once the text has cited the number with its
year and in the UN's own texts; and the Council's closing formula reworded in a Council draft (决定继续密切关注此事,
决定继续处理这一问题, "Decides to remain actively seized on the matter")."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library


def head(committee: str = "安全理事会") -> list[str]:
    return ["决议草案", f"委员会：{committee}", "议题：索马里的海盗问题", "起草国：肯尼亚、中国", "附议国：吉布提、挪威",
            "安全理事会，"]


PREAMBLE = "重申对索马里主权和领土完整的尊重，"
CLAUSES = ["1. 促请各国加强海上巡逻合作；", "2. 决定继续积极处理此案。"]


# -- a resolution cited by its number alone ---------------------------------------------------------------------

@pytest.mark.parametrize("preamble", ["回顾其第1816号决议，", "回顾其第1816(2008)号、第1851号和第2608(2021)号决议，",
                                      "回顾其第1816(2008)和1851号决议，", "回顧其第1816號決議，",
                                      "回顾其关于索马里的1816号决议，"])
def test_a_resolution_cited_without_its_year(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, PREAMBLE, *CLAUSES])
    assert rules(path, lib).get("resolution-year") == [7]


@pytest.mark.parametrize("preamble", ["回顾其第1816(2008)号和第1851（2008）号决议，", "回顾大会第70/1号决议，",
                                      "回顾大会第377(V)号决议，", "回顾其第12号决议草案，", "回顾其第1号决议，",
                                      "回顾S/RES/1816号决议，"])
def test_citations_with_a_year_or_session_are_left_alone(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    clauses = ["1. 促请各国执行第1846号决议；", "2. 决定继续积极处理此案。"]  # a bare citation beside them is told
    path = make(tmp_path, [*head(), preamble, PREAMBLE, *clauses])
    assert rules(path, lib).get("resolution-year") == [9]


def test_a_number_cited_with_its_year_before_may_be_cited_bare(lib: library.Library, tmp_path: Path) -> None:
    clauses = ["1. 决定将第1816号决议规定的授权再延长十二个月；", "2. 决定继续积极处理此案。"]
    path = make(tmp_path, [*head(), "回顾其第1816(2008)号决议，", PREAMBLE, *clauses])
    assert "resolution-year" not in rules(path, lib)
    path = make(tmp_path, [*head(), "回顾其第1816号决议和第1816(2008)号决议，", PREAMBLE, *CLAUSES])
    assert rules(path, lib).get("resolution-year") == [7]  # the bare one comes first
    clauses = ["1. 决定将第1816号决议规定的授权再延长十二个月；", "2. 决定继续积极处理此案。"]
    path = make(tmp_path, [*head(), "回顾其第1816号决议，", PREAMBLE, *clauses])
    assert rules(path, lib).get("resolution-year") == [7]  # told once, on its first bare citation


# -- the Council's closing formula reworded in a Council draft ------------------------------------------------------

@pytest.mark.parametrize("closing", ["2. 决定继续密切关注此事。", "2. 决定继续处理这一问题。", "2. 决定积极继续处理此案。",
                                     "2. 決定繼續積極關注此事。"])
def test_the_closing_formula_reworded(lib: library.Library, tmp_path: Path, closing: str) -> None:
    path = make(tmp_path, [*head(), PREAMBLE, CLAUSES[0], closing])
    assert rules(path, lib).get("council-closing") == [9]


@pytest.mark.parametrize("closing", ["2. 决定继续处理此案。", "2. 决定继续积极处理此案。",
                                     "2. 决定继续处理这一问题，并请秘书长每六个月提出报告。"])
def test_the_council_formula_is_right(lib: library.Library, tmp_path: Path, closing: str) -> None:
    path = make(tmp_path, [*head(), PREAMBLE, "1. 决定继续关注此事；", closing])  # a reworded one beside it is told
    assert rules(path, lib).get("council-closing") == [8]


def test_another_body_closing_its_own_way_is_left_alone(lib: library.Library, tmp_path: Path) -> None:
    body = ["决议草案", "委员会：人权理事会", "议题：老年人的权利", "起草国：阿根廷、中国", "附议国：智利、挪威",
            "人权理事会，", "重申老年人享有一切人权，", "1. 促请各国保护老年人的权利；", "2. 决定继续处理这一问题。"]
    assert "council-closing" not in rules(make(tmp_path, body), lib)
    council = [*head(), PREAMBLE, CLAUSES[0], body[-1]]  # the same closing in a Council draft is told
    assert rules(make(tmp_path, council), lib).get("council-closing") == [9]


def test_an_english_council_draft_seized_on_the_matter(lib: library.Library, tmp_path: Path) -> None:
    body = ["Committee: Security Council", "Topic: Piracy off the coast of Somalia", "Sponsors: Kenya, China",
            "Signatories: Norway", "The Security Council,", "Reaffirming its respect for the sovereignty of Somalia,",
            "1. Calls upon States to patrol the sea together;", "2. Decides to remain actively seized on the matter."]
    assert rules(make(tmp_path, body), lib).get("council-closing") == [8]
    body[-1] = "2. Decides to remain actively seized of the matter."
    assert "council-closing" not in rules(make(tmp_path, body), lib)
