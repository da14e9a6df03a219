"""Faults of Chinese student drafts the checker missed on the blind set holdout-zh18 (#20), each held by sentences of
our own with a passing draft beside it: a treaty cited after its year as "1979年关于……的公约" without 《》, a divider
line left between the heading and the text ("==正文==", "------"), straight quotes round Chinese words ("碳中和"), and
并 opening a paragraph before a repeated lead ("并重申，", "并请秘书长").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library


def head() -> list[str]:
    return ["决议草案", "委员会：大会第二委员会", "议题：沿海湿地保护", "起草国：塞内加尔、越南", "附议国：斐济、智利", "大会，"]


CLAUSES = ["1. 鼓励会员国保护沿海湿地；", "2. 请秘书长就此提出报告。"]


# -- a treaty cited after its year, 关于……的公约, without 《》 ----------------------------------------------------------

@pytest.mark.parametrize("preamble", ["回顾1982年关于养护迁徙水鸟的公约，",
                                      "重申1979年關於養護野生動物移棲物種的公約的各項原則，"])
def test_year_about_title_without_marks(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, *CLAUSES])
    assert rules(path, lib).get("title-marks") == [7]


@pytest.mark.parametrize("preamble", ["回顾1971年《关于特别是作为水禽栖息地的国际重要湿地公约》，",
                                      "注意到2019年关于该问题的公约草案尚未通过，",
                                      "欢迎2020年关于湿地问题的讨论，"])
def test_year_about_title_marked_or_no_title(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, *CLAUSES])
    assert "title-marks" not in rules(path, lib)


# -- a divider line left in the draft ---------------------------------------------------------------------------------

@pytest.mark.parametrize("divider", ["==正文==", "------", "—— 以下为正文 ——", "* * *"])
def test_divider_line_is_a_heading_in_the_text(lib: library.Library, tmp_path: Path, divider: str) -> None:
    lines = head()
    path = make(tmp_path, [*lines[:5], divider, lines[5], "认识到沿海湿地的价值，", *CLAUSES])
    assert rules(path, lib).get("section-heading") == [6]


def test_draft_without_divider_has_no_section_heading(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "认识到沿海湿地——尤其是红树林——的价值，", *CLAUSES])
    assert "section-heading" not in rules(path, lib)


# -- straight quotes round Chinese words ------------------------------------------------------------------------------

def test_straight_quotes_in_chinese_text(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), '强调"基于自然的解决方案"的作用，', *CLAUSES])
    assert rules(path, lib).get("half-width-zh") == [7]


@pytest.mark.parametrize("preamble", ["强调“基于自然的解决方案”的作用，", '强调"Ramsar Sites"的作用，'])
def test_chinese_quotes_or_quoted_english_pass(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, *CLAUSES])
    assert "half-width-zh" not in rules(path, lib)


# -- 并 before a repeated lead ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("preamble", ["并重申，湿地对沿海社区至关重要，", "並注意到紅樹林面積持續減少，"])
def test_and_before_a_preambular_lead(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), "重申湿地的价值，", preamble, *CLAUSES])
    assert rules(path, lib).get("lead-form") == [8]


def test_and_before_an_operative_lead(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "认识到沿海湿地的价值，", "1. 请会员国保护沿海湿地；", "2. 并请秘书长就此提出报告。"])
    assert rules(path, lib).get("lead-form") == [9]


@pytest.mark.parametrize("preamble", ["又重申湿地对沿海社区至关重要，", "重申湿地对沿海社区至关重要，并注意到红树林面积持续减少，"])
def test_also_before_the_lead_or_and_inside_passes(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), "重申湿地的价值，", preamble, *CLAUSES])
    assert "lead-form" not in rules(path, lib)
