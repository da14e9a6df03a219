"""Subtle faults of strong university delegates' Chinese drafts the checker missed on the blind set holdout-zh17
(#20), each held by sentences of our own with a passing draft beside it: a General Assembly resolution cited without
第 ("74/100号决议"; right after a date it is still left alone, as tests/check/test_holdout_zh14_gaps.py wants), a resolution number typed with a full-width slash or digits ("第68／262号决议"),
a Chinese date with full-width digits mixed in ("２０２４年3月"), and the point of an operative label typed with a
full-width digit ("２.") reported a second time as a half-width full stop."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library


def head() -> list[str]:
    return ["决议草案", "委员会：大会第二委员会", "议题：山区可持续发展", "起草国：尼泊尔、瑞士", "附议国：不丹、秘鲁", "大会，"]


CLAUSES = ["1. 鼓励会员国支持山区社区；", "2. 请秘书长就此提出报告。"]


# -- a General Assembly resolution cited without 第, or typed in full-width forms ------------------------------------

@pytest.mark.parametrize("preamble", ["回顾大会2019年通过的74/100号决议，", "回顾大会68/262号决议，",
                                      "回顾其1991年5月17日45/266号决议，",  # after a date too (ga74: 第 371 times in 372)
                                      "回顾其第68／262号决议，", "回顾其第７４/100号决议，"])
def test_ga_resolution_cited_wrongly(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, *CLAUSES])
    assert rules(path, lib).get("resolution-citation") == [7]


@pytest.mark.parametrize("preamble", ["回顾其2019年12月18日第74/100号决议，", "回顾其第68/262和69/1号决议，",
                                      "回顾WHA77.14号决议和A/RES/70/1号文件，", "回顾大会ES-10/22号决议，",
                                      "回顾1325号决议所载的原则，"])
def test_ga_resolution_cited_as_allowed_or_left_alone(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, *CLAUSES])
    assert "resolution-citation" not in rules(path, lib)


# -- a Chinese date with full-width digits ---------------------------------------------------------------------------

@pytest.mark.parametrize("preamble", ["欢迎２０２４年3月举行的山区论坛，", "欢迎2024年３月５日举行的山区论坛，"])
def test_date_with_full_width_digits(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, *CLAUSES])
    assert rules(path, lib).get("date-zh") == [7]


def test_date_in_half_width_digits_passes(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "欢迎2024年3月5日举行的山区论坛，", *CLAUSES])
    assert "date-zh" not in rules(path, lib)


# -- the point of a label typed with a full-width digit -------------------------------------------------------------

def test_full_width_digit_label_is_one_numbering_finding(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "认识到山区社区的脆弱性，", "1. 鼓励会员国支持山区社区；", "２. 请秘书长就此提出报告。"])
    found = rules(path, lib)
    assert found.get("numbering-form") == [9]
    assert "half-width-zh" not in found


def test_half_width_point_inside_a_clause_still_reported(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "认识到山区社区的脆弱性，", "1. 鼓励会员国支持山区社区.并提供资金；",
                           "2. 请秘书长就此提出报告。"])
    assert rules(path, lib).get("half-width-zh") == [8]


def test_full_width_symbol_is_not_a_citation_without_di(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "回顾其Ａ／ＲＥＳ／６８／２６２号决议，", *CLAUSES])
    assert "resolution-citation" not in rules(path, lib)


def test_citation_with_di_after_a_glued_date_passes(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "回顾大会2019-12-18第74/100号决议，", *CLAUSES])
    assert "resolution-citation" not in rules(path, lib)
