"""Gaps of the blind set holdout-zh82 (#20, round 36: Chinese drafts written with an AI assistant and pasted as
text), held by sentences of our own with passing drafts beside them:

* a clause said twice, once with its lead wrapped in typed asterisks (**鼓励**) and once without: `duplicate-paragraph`
  (the asterisks are no words of the clause);
* the verbs of official prose an assistant favours for a lead, after their adverb (高度重视, 积极推动): `lead-form`;
* the International Labour Conference's sessions in digits (国际劳工大会第113届会议): no `session-zh`, as the ILO's
  Chinese writes them; the General Assembly's (大会第80届会议) still reported.
"""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第三委员会", "议题：残疾人的无障碍出行", "起草国：厄瓜多尔、新西兰",
        "附议国：约旦、蒙古国", "大会，"]
PRE = ["回顾《残疾人权利公约》，", "认识到无障碍的公共交通对残疾人参与社会生活的重要性，"]
END = "4. 决定在第八十二届会议上继续审议这一问题。"


def _rules(path: Path, lib: library.Library) -> dict[str, list[int]]:
    report, _ = check.check_file(path, lib)
    found: dict[str, list[int]] = {}
    for f in report.findings:
        found.setdefault(f.rule, []).append(f.paragraph)
    return found


def _draft(tmp_path: Path, pre: str, two: str, three: str) -> Path:
    return make(tmp_path, [*HEAD, *PRE, pre, "1. 促请各国在新建交通设施中采用通用设计；", two, three, END])


# -- duplicate-paragraph: a copy without the typed asterisks ---------------------------------------------------------

def test_a_clause_said_again_without_its_typed_bold(lib: library.Library, tmp_path: Path) -> None:
    pre = "注意到许多城市的公共汽车站仍然没有无障碍设施，"
    two = "2. **鼓励**地方政府为视力障碍者提供语音报站和盲文标识；"
    three = "3. 鼓励地方政府为视力障碍者提供语音报站和盲文标识；"
    found = _rules(_draft(tmp_path, pre, two, three), lib)
    assert found.get("duplicate-paragraph") == [12]


def test_two_clauses_with_the_same_lead_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    pre = "注意到许多城市的公共汽车站仍然没有无障碍设施，"
    two = "2. **鼓励**地方政府为视力障碍者提供语音报站和盲文标识；"
    three = "3. 鼓励地方政府为轮椅使用者改造地铁站的出入口和电梯；"
    found = _rules(_draft(tmp_path, pre, two, three), lib)
    assert "duplicate-paragraph" not in found


# -- lead-form: 高度重视, 积极推动 -------------------------------------------------------------------------------

def test_official_prose_verbs_in_a_leads_place(lib: library.Library, tmp_path: Path) -> None:
    pre = "高度重视残疾人组织在交通规划中的作用，"
    two = "2. 积极推动残疾人参与城市交通规划的决策过程；"
    three = "3. 请秘书长就此提出报告；"
    found = _rules(_draft(tmp_path, pre, two, three), lib)
    assert 9 in found.get("lead-form", []) and 11 in found.get("lead-form", [])


def test_listed_leads_and_the_noun_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    pre = "强调残疾人组织在交通规划中的作用，"
    two = "2. 鼓励各国积极推动残疾人参与城市交通规划的决策过程；"
    three = "3. 请秘书长就推动力不足的原因提出报告；"
    found = _rules(_draft(tmp_path, pre, two, three), lib)
    assert "lead-form" not in found


# -- session-zh: the International Labour Conference ---------------------------------------------------------------

def test_the_general_assemblys_session_in_digits_is_still_reported(lib: library.Library, tmp_path: Path) -> None:
    pre = "注意到许多城市的公共汽车站仍然没有无障碍设施，"
    found = _rules(_draft(tmp_path, pre, "2. 请秘书长向大会第81届会议提交报告；", "3. 鼓励各国交流经验；"), lib)
    assert found.get("session-zh") == [11]


def test_the_labour_conferences_session_in_digits_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    pre = "欢迎国际劳工大会第113届会议关于平台经济的讨论，"
    found = _rules(_draft(tmp_path, pre, "2. 邀请各国参加国际劳工大会第114届会议的讨论；", "3. 鼓励各国交流经验；"), lib)
    assert "session-zh" not in found
