"""Gaps of the blind set holdout-zh60 (#20, round 31: Chinese drafts by first-time delegates, dense with faults),
held by sentences of our own with passing drafts beside them:

* a lead typed with the flat initial for the retroflex one, or the other way round (z/zh, c/ch, s/sh: the fuzzy
  pair of every pinyin input method, 平翘舌不分): 层认 for 承认, 森信 for 深信, 资持 for 支持 are misspelt leads
  (`lead-misspelled`, UN-B03, UN-B06), as 鼓历 and 敦足 already were; a real word so typed is not;
* Latin initials in a Chinese draft, never written out (MUN-F07): `initials-in-chinese`, a warning (the English
  rule `abbreviation-unexplained` stays a suggestion), "UN" included — UN Chinese writes 联合国, never "UN" — and
  initials in brackets right after a title in 《》 («《特定常规武器公约》(CCW)») written out;
* a UNESCO Recommendation cited bare, 人工智能伦理问题建议书 (ZH-P01): a title the `title-marks` rule knows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：农村地区的饮水安全", "起草国：蒙古、尼泊尔", "附议国：秘鲁、乍得",
        "大会，"]
PRE = "回顾其关于饮用水和卫生设施的各项决议，"
OP = "1. 鼓励会员国加大对农村供水设施的投资；"
LAST = "2. 决定在下届会议上继续审议这一问题。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.severity, f.message) for f in report.findings if f.rule == rule]


# -- lead-misspelled: the flat and the retroflex initial confused --------------------------------------------------

@pytest.mark.parametrize(("lines", "where", "correct"), [
    ([PRE, "层认农村妇女承担了大部分取水劳动，", OP, LAST], 8, "承认"),
    ([PRE, "森信安全的饮水设施是农村学校不可缺少的条件，", OP, LAST], 8, "深信"),
    ([PRE, OP, "2. 资持各国建立农村供水设施的维护基金；", "3. 决定在下届会议上继续审议这一问题。"], 9, "支持"),
])
def test_a_lead_typed_with_the_flat_or_retroflex_initial_is_misspelt(lib: library.Library, tmp_path: Path,
                                                                    lines: list[str], where: int,
                                                                    correct: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "lead-misspelled")
    assert [w for w, _, _ in found] == [where]
    assert correct[:2] in found[0][2]


def test_real_leads_and_words_are_no_such_slip(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "承认农村妇女承担了大部分取水劳动，", "深信安全的饮水设施是农村学校不可缺少的条件，",
                           OP, "2. 支持各国建立农村供水设施的维护基金；", "3. 决定在下届会议上继续审议这一问题。"])
    assert "lead-misspelled" not in rules(path, lib)


# -- initials-in-chinese: Latin initials never written out -----------------------------------------------------------

@pytest.mark.parametrize(("pre", "initials"), [
    ("注意到FAO关于农村饮水的最新数据，", "FAO"),
    ("注意到UN关于农村饮水的最新数据，", "UN"),
    ("注意到許多NGOs在農村地區修建了水井，", "NGOs"),
])
def test_initials_never_written_out_in_chinese_are_a_warning(lib: library.Library, tmp_path: Path, pre: str,
                                                            initials: str) -> None:
    [(where, severity, message)] = _findings(make(tmp_path, [*HEAD, PRE, pre, OP, LAST]), lib, "initials-in-chinese")
    assert (where, severity) == (8, "warning") and f"“{initials}”" in message


@pytest.mark.parametrize("pre", [
    "注意到联合国粮食及农业组织(FAO)关于农村饮水的最新数据，",
    "注意到联合国(UN)关于农村饮水的最新数据，",
    "回顾《特定常规武器公约》(CCW)缔约方会议的工作，",
    "回顾《特定常规武器公约》（CCW）缔约方会议的工作，",
    "注意到联合国妇女署(UN Women)在农村地区的工作，",
])
def test_initials_written_out_in_chinese_pass(lib: library.Library, tmp_path: Path, pre: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, pre, OP, LAST])
    assert _findings(path, lib, "initials-in-chinese") == []
    assert _findings(path, lib, "abbreviation-unexplained") == []


def test_english_initials_stay_a_suggestion(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, ["Committee: Second Committee", "Topic: Rural water", "Sponsors: Chile, Nepal",
                           "Signatories: Chad, Peru", "The General Assembly,",
                           "Recalling its resolutions on drinking water,",
                           "1. Encourages Member States to work with NGOs on rural wells;",
                           "2. Decides to remain seized of the matter."])
    assert [s for _, s, _ in _findings(path, lib, "abbreviation-unexplained")] == ["suggestion"]
    assert _findings(path, lib, "initials-in-chinese") == []


# -- title-marks: a UNESCO Recommendation cited bare -------------------------------------------------------------------

@pytest.mark.parametrize("pre", [
    "回顾教科文组织大会通过的人工智能伦理问题建议书，",
    "回顧教科文組織大會通過的人工智能倫理問題建議書，",
])
def test_the_recommendation_on_ai_ethics_cited_bare_is_told(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert rules(make(tmp_path, [*HEAD, PRE, pre, OP, LAST]), lib).get("title-marks") == [8]


def test_the_recommendation_in_title_marks_passes(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "回顾教科文组织大会通过的《人工智能伦理问题建议书》，", OP, LAST])
    assert "title-marks" not in rules(path, lib)
