"""Faults of Chinese drafts on the checker's own topic (the Commission on Crime Prevention and Criminal Justice on
cybercrime) the checker missed on the blind set holdout-zh19 (#20), held by sentences of our own with passing drafts
beside them: a resolution cited with both 第 and 号 dropped ("75/282决议", also right after a date), and an
instrument's title without 《》 followed by a sentence about it (网络犯罪公约是……): a body's name never holds the
copula 是, so a body word further on (机制, 委员会, 网络) does not make the title part of a name; and the Budapest
Convention under the name delegates give it, 布达佩斯网络犯罪公约, whose 《》 go around the city too."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library


def head() -> list[str]:
    return ["决议草案", "委员会：预防犯罪和刑事司法委员会", "议题：打击网上儿童性剥削", "起草国：菲律宾、瑞典",
            "附议国：智利、加纳", "预防犯罪和刑事司法委员会，"]


CLAUSES = ["1. 鼓励会员国加强执法合作；", "2. 决定在下届会议上继续审议这一问题。"]


# -- a resolution cited without 第 and 号 ----------------------------------------------------------------------------

@pytest.mark.parametrize("preamble", ["回顾大会75/282决议，", "回顾大会2021年5月26日75/282决议，",
                                      "回顾安全理事会第2462(2019)决议，", "回顧大會75/282決議，"])
def test_resolution_cited_without_hao(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, *CLAUSES])
    assert rules(path, lib).get("resolution-citation") == [7]


def test_citation_without_hao_is_fixed_with_di_and_hao(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "回顾大会2021年5月26日75/282决议，", *CLAUSES])
    report, _ = check.check_file(path, lib)
    messages = [f.message for f in report.findings if f.rule == "resolution-citation"]
    assert len(messages) == 1 and "第75/282号决议" in messages[0]


@pytest.mark.parametrize("preamble", ["回顾大会2021年5月26日第75/282号决议，", "注意到委员会收到的1/2决议草案，",
                                      "回顾1325决议所载的原则，"])
def test_citations_with_hao_or_not_citations_pass(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, *CLAUSES])
    assert "resolution-citation" not in rules(path, lib)


# -- a title followed by what the sentence says of it ----------------------------------------------------------------

@pytest.mark.parametrize("preamble", ["注意到巴黎协定是一项全球气候合作机制，", "认识到巴勒莫公约是国际刑事合作网络的基础，"])
def test_title_before_the_copula_is_no_body_name(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, *CLAUSES])
    assert rules(path, lib).get("title-marks") == [7]


@pytest.mark.parametrize("preamble", ["欢迎巴黎协定缔约方会议的工作，", "注意到《巴黎协定》是一项全球气候合作机制，"])
def test_body_named_after_a_title_or_a_marked_title_passes(lib: library.Library, tmp_path: Path, preamble: str) -> None:
    path = make(tmp_path, [*head(), preamble, *CLAUSES])
    assert "title-marks" not in rules(path, lib)


def test_budapest_convention_marked_with_its_city(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "回顾布达佩斯网络犯罪公约的各项规定，", *CLAUSES])
    report, _ = check.check_file(path, lib)
    messages = [f.message for f in report.findings if f.rule == "title-marks"]
    assert len(messages) == 1 and "《布达佩斯网络犯罪公约》" in messages[0]
