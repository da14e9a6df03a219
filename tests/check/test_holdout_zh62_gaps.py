"""Gaps found beside the blind set holdout-zh62 (#20, round 32: ordinary Chinese drafts on 2024–2026 topics), whose
first run found every fault and raised no false alarm; probes of the same topics with the titles typed bare found
these, held by sentences of our own with passing drafts beside them:

* the compacts the UN adopted in 2018 and 2024, cited bare on migration, refugee and digital topics
  (安全、有序和正常移民全球契约, 难民问题全球契约, 未来契约, 全球数字契约): UN Chinese writes them in 《》 (A/RES/74/304,
  《联合国全球契约》 in A/RES/74/199), so 契约 is an instrument word for the well-known titles and for the titles a draft
  writes in 《》 elsewhere (ZH-P01); not in quotation or corner marks, where 社会契约 is a concept's name;
* the Kunming-Montreal Global Biodiversity Framework cited bare (昆明-蒙特利尔全球生物多样性框架): a framework named
  after the cities of its conference, as 仙台减少灾害风险框架 is (ZH-P01).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：可持续发展筹资", "起草国：斐济、肯尼亚", "附议国：秘鲁、越南",
        "大会，"]
PRE = "回顾其关于可持续发展筹资的各项决议，"
OP = "1. 鼓励会员国加强国际合作；"
LAST = "2. 决定在下届会议上继续审议这一问题。"


# -- title-marks: the compacts of 2018 and 2024 ----------------------------------------------------------------------

@pytest.mark.parametrize("pre", [
    "回顾安全、有序和正常移民全球契约及其后续进程，",
    "又回顾难民问题全球契约所载的责任分担原则，",
    "重申会员国在未来契约中所作的承诺，",
    "欢迎各国落实全球数字契约，",
    "重申會員國在未來契約中所作的承諾，",
])
def test_a_compact_cited_bare_is_told(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert rules(make(tmp_path, [*HEAD, PRE, pre, OP, LAST]), lib).get("title-marks") == [8]


def test_a_compact_the_draft_writes_in_marks_is_told_where_bare(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "欢迎索马里和伙伴国家商定的《索马里安全契约》，", "注意到索马里安全契约规定的各项基准，",
                           OP, LAST])
    assert rules(path, lib).get("title-marks") == [8]


def test_compacts_in_marks_and_contracts_that_are_no_title_pass(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "回顾《安全、有序和正常移民全球契约》和《难民问题全球契约》，",
                           "重申《未来契约》及其附件《全球数字契约》，", "欢迎《联合国全球契约》与会员国的合作，",
                           "赞赏联合国全球契约组织在企业责任方面的工作，", "认识到需要一项以人为本的新社会契约，",
                           "强调“新社会契约”以信任和包容为基础，", "注意到各国政府与公民之间的社会契约，", OP, LAST])
    found = rules(path, lib)
    assert "title-marks" not in found
    assert "title-marks-body" not in found


# -- title-marks: the Kunming-Montreal framework -------------------------------------------------------------------

@pytest.mark.parametrize("pre", [
    "重申昆明-蒙特利尔全球生物多样性框架的各项目标，",
    "重申昆明—蒙特利尔全球生物多样性框架的各项目标，",
    "重申昆明-蒙特利爾全球生物多樣性框架的各項目標，",
])
def test_the_kunming_montreal_framework_cited_bare_is_told(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert rules(make(tmp_path, [*HEAD, PRE, pre, OP, LAST]), lib).get("title-marks") == [8]


def test_the_framework_in_marks_and_kunming_as_a_place_pass(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "重申《昆明-蒙特利尔全球生物多样性框架》的各项目标，",
                           "注意到在昆明举行的会议期间各方就资金框架进行的讨论，", "欢迎在昆明召开的第十五次缔约方大会第一阶段会议，",
                           OP, LAST])
    assert "title-marks" not in rules(path, lib)
