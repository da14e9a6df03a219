"""Faults of Chinese drafts the checker missed on the blind set holdout-zh46 (#20), held by sentences of our own with
passing drafts beside them: a paragraph that opens with a connective typed straight before its lead, with no comma
after it ("同时呼吁…", "此外鼓励…", "同样敦促…"; UN-B03, UN-B06, ZH-B02, ZH-B03, UN-B12). The UN's Chinese texts open
no paragraph so (GA74 and SC2020: none opens with 同时, 此外, 另外, 同样, 而且 or 并且); their prefixes 在这方面 / 为此 /
特别 and the repeated lead's 再次 / 还 / 又 stay right."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：联合国难民署执行委员会", "议题：难民儿童的受教育权", "起草国：乌干达、约旦",
        "附议国：德国、哥伦比亚", "执行委员会，"]
PRE = "认识到大量难民儿童至今无法进入学校接受教育，"
OP_FIRST = "1. 鼓励收容国将难民儿童纳入本国的教育体系；"
OP_LAST = "3. 请高级专员在下届会议上报告执行情况。"


@pytest.mark.parametrize("clause", ["2. 同时呼吁捐助国增加对难民学校的资助；", "2. 此外敦促捐助国增加对难民学校的资助；",
                                    "2. 同样请捐助国增加对难民学校的资助；", "2. 而且呼吁捐助国增加对难民学校的资助；",
                                    "2. 同時呼籲捐助國增加對難民學校的資助；", "2. 同时，呼吁捐助国增加对难民学校的资助；",
                                    "2. 另外促请捐助国增加对难民学校的资助；"])
def test_a_connective_before_an_operative_lead_is_told(lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, OP_FIRST, clause, OP_LAST])
    assert rules(path, lib).get("lead-form") == [9]


def test_a_repeated_lead_after_a_connective_is_given_with_further(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, OP_FIRST, "2. 同时鼓励捐助国增加对难民学校的资助；", OP_LAST])
    report, _ = check.check_file(path, lib)
    [finding] = [f for f in report.findings if f.rule == "lead-form"]
    assert "“还鼓励”" in finding.message and "同时鼓励" in finding.message


@pytest.mark.parametrize("pre", ["同时认识到女童失学的比例更高，", "此外注意到许多难民学校缺少合格的教师，"])
def test_a_connective_before_a_preambular_lead_is_told(lib: library.Library, tmp_path: Path, pre: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, pre, OP_FIRST, "2. 呼吁捐助国增加对难民学校的资助；", OP_LAST])
    assert rules(path, lib).get("lead-form") == [8]


@pytest.mark.parametrize("clause", ["2. 同时还呼吁捐助国增加对难民学校的资助；", "2. 在这方面，呼吁捐助国增加对难民学校的资助；",
                                    "2. 为此呼吁捐助国增加对难民学校的资助；", "2. 再次鼓励收容国为难民教师颁发工作许可；",
                                    "2. 特别鼓励收容国为难民教师颁发工作许可；", "2. 呼吁捐助国同时增加对难民学校的资助；"])
def test_a_lead_a_prefix_or_a_repeated_lead_passes(lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, OP_FIRST, clause, OP_LAST])
    assert "lead-form" not in rules(path, lib)
