"""Faults of the blind set word-blind30 (#20): traditional-character drafts from Taiwan and Hong Kong conferences.
A document's title other than a treaty's (a report, guiding principles, guidelines, a code) quoted in the corner
quotation marks 「」 or 『』 where UN Chinese writes 《》 (ZH-P01: 《》 for treaty and report titles); a quoted phrase
in the same marks stays a quotation. Sentences of our own, with passing drafts beside them."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

TW_HEAD = ["決議草案", "委員會：聯合國大會第三委員會", "議題：原住民族的土地權", "提案國：玻利維亞、挪威",
           "附議國：紐西蘭、秘魯", "大會，"]
CN_HEAD = ["决议草案", "委员会：人权理事会", "议题：工商业与人权", "起草国：挪威、阿根廷", "附议国：加纳、泰国", "人权理事会，"]
OPS = ["1. 鼓勵各國與原住民族協商；", "2. 請秘書長提交報告。"]
CN_OPS = ["1. 鼓励各国制定国家行动计划；", "2. 请高级专员提交报告。"]


@pytest.mark.parametrize("clause", ["注意到『原住民族土地權利指導原則』所載的建議，",
                                    "欣見「全球原住民族狀況報告」的發表，",
                                    "回顧「森林土地權屬負責任治理準則」，",
                                    "注意到『企業尊重原住民族權利守則』，"])
def test_a_documents_title_in_corner_quotes_wants_title_marks(lib: library.Library, tmp_path: Path,
                                                              clause: str) -> None:
    paragraphs = [*TW_HEAD, clause, *OPS]
    assert rules(make(tmp_path, paragraphs), lib).get("title-marks") == [7]


def test_a_documents_title_in_corner_quotes_in_simplified_characters(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*CN_HEAD, "回顾「人权尽职调查指导原则」，", *CN_OPS]
    assert rules(make(tmp_path, paragraphs), lib).get("title-marks") == [7]


@pytest.mark.parametrize("clause", ["注意到《原住民族土地權利指導原則》所載的建議，",  # in title marks already
                                    "注意到原住民族代表所說「土地就是我們的生命」一語，",  # a quoted phrase
                                    "欣見「秘書長的報告」所載的建議，",  # a description, no title
                                    "注意到各國提出的「以人為本」原則，",
                                    "認識到原住民族依照傳統守則管理土地，"])  # a common noun, no marks
def test_a_quotation_or_a_title_in_title_marks_passes(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*TW_HEAD, clause, *OPS]
    assert "title-marks" not in rules(make(tmp_path, paragraphs), lib)
