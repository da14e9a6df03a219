"""Faults of Chinese drafts the checker missed on the blind set holdout-zh26 (#20), drafts laid out after real public
pages (a web guide's 标题： / 序言： / 正文： layout, a Human Rights Council text's Chinese heading, a traditional-character
template), each held by sentences of our own with a passing draft beside it: a preambular paragraph opening with the
Chinese "whereas" (鉴于), a bare 序言： line between the heading and the organ line, the Council's organ-first
adoption line on a draft, and a framework's title in corner quotes after its span of years."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library
from drafter.structure.classify import part_heading

HEAD = ["决议草案2.3", "委员会：经济及社会理事会", "议题：农村地区的清洁能源", "起草国：老挝、秘鲁", "附议国：加纳、瑞典、约旦"]
ORGAN = "经济及社会理事会，"
PRE = ["注意到农村地区仍有大量家庭依赖木柴和木炭做饭，", "认识到离网太阳能系统的成本在过去十年大幅下降，"]
OPS = ["1. 鼓励会员国为农村电气化项目提供优惠贷款；", "2. 请秘书长向下届会议报告进展情况。"]


@pytest.mark.parametrize("opening", ["鉴于农村地区仍有大量家庭依赖木柴和木炭做饭，",
                                     "鑒於農村地區仍有大量家庭依賴木柴和木炭做飯，"])
def test_a_preambular_paragraph_opening_with_the_chinese_whereas(lib: library.Library, tmp_path: Path,
                                                                 opening: str) -> None:
    found = rules(make(tmp_path, [*HEAD, ORGAN, opening, PRE[1], *OPS]), lib)
    assert found.get("lead-form") == [7]
    # 鉴于 before the lead, or inside a clause, is no opening of the paragraph
    framed = [*HEAD, ORGAN, "鉴于离网系统成本下降，认识到其推广潜力巨大，", "注意到鉴于成本原因，许多家庭仍在使用木柴，", *OPS]
    assert "lead-form" not in rules(make(tmp_path, framed, name="framed.docx"), lib)


def test_an_operative_paragraph_opening_with_whereas_has_no_verb(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, ORGAN, *PRE, "1. 鉴于成本大幅下降，各国的太阳能项目预算；", OPS[1]]
    assert rules(make(tmp_path, paragraphs), lib).get("operative-no-verb") == [9]
    framed = [*HEAD, ORGAN, *PRE, "1. 鉴于成本大幅下降，鼓励各国扩大太阳能项目；", OPS[1]]
    assert "operative-no-verb" not in rules(make(tmp_path, framed, name="framed.docx"), lib)


@pytest.mark.parametrize("line", ["序言：", "序言", "序 言："])
def test_a_bare_preamble_label_names_a_part(line: str) -> None:
    assert part_heading(line.replace(" ", "")) == "preambular"


def test_a_preamble_label_between_the_heading_and_the_organ_line(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*HEAD, "序言：", ORGAN, *PRE, *OPS]), lib)
    assert found.get("section-heading") == [6]
    clean = rules(make(tmp_path, [*HEAD, ORGAN, *PRE, *OPS], name="clean.docx"), lib)
    assert "section-heading" not in clean


UN_HEAD = ["联 合 国", "A/HRC/62/L.4", "大 会", "Distr.: Limited", "30 September 2026", "Chinese", "Original: English",
           "人权理事会", "第六十二届会议", "议程项目3", "促进和保护所有人权", "智利、芬兰和泰国：决议草案"]
UN_BODY = ["安全饮用水和卫生设施的人权", "人权理事会，", "回顾其以往关于安全饮用水和卫生设施人权的各项决议，",
           "1. 促请各国确保农村社区获得安全饮用水；", "2. 决定继续审议这一问题。"]


@pytest.mark.parametrize("line", ["人权理事会2026年10月9日通过的决议", "人權理事會2026年10月9日通過的決議"])
def test_the_councils_organ_first_adoption_line_on_a_draft(lib: library.Library, tmp_path: Path, line: str) -> None:
    found = rules(make(tmp_path, [*UN_HEAD, line, *UN_BODY]), lib)
    assert found.get("draft-as-adopted") == [13]
    clean = rules(make(tmp_path, [*UN_HEAD, *UN_BODY], name="clean.docx"), lib)
    assert "draft-as-adopted" not in clean


@pytest.mark.parametrize(("quoted", "title"), [
    ("「2015-2030年仙台減少災害風險框架」", "2015-2030年仙台減少災害風險框架"),
    ("“2015—2030年仙台减少灾害风险框架”", "2015—2030年仙台减少灾害风险框架"),
])
def test_a_framework_title_with_its_years_in_quotation_marks(lib: library.Library, tmp_path: Path, quoted: str,
                                                             title: str) -> None:
    paragraphs = [*HEAD, ORGAN, f"回顾{quoted}所载的各项优先事项，", PRE[1], *OPS]
    report = rules(make(tmp_path, paragraphs), lib)
    assert report.get("title-marks") == [7], title
    marked = [*HEAD, ORGAN, f"回顾《{title}》所载的各项优先事项，", PRE[1], *OPS]
    assert "title-marks" not in rules(make(tmp_path, marked, name="marked.docx"), lib)
    period = [*HEAD, ORGAN, "注意到「2021-2030年期间」农村电气化率的增长目标，", PRE[1], *OPS]  # years, no title
    assert "title-marks" not in rules(make(tmp_path, period, name="period.docx"), lib)
