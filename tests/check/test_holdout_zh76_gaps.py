"""Gaps of the blind set holdout-zh76 (#20, round 35: ordinary Chinese drafts of 初中 delegates at their first
conferences), held by sentences of our own with passing drafts beside them:

* a lead verb with the aspect particle 着, the English -ing rendered word for word (知道着, 注意着, 回顾着):
  `lead-form`; and "with" rendered 带着 / 怀着 before a manner that no 地 turns into a listed lead (怀着极大的满意注意到):
  `lead-form` too;
* an operative clause that opens with a topic and goes on with a sentence of its own subject and modal
  (……的问题，各国要……): `operative-no-verb`;
* a draft with no numbers whose first operative clauses open with verbs that read both ways (鼓励……； 呼吁……；) before
  an operative-only one: the operative part opens at the first of them (no `preambular-end` on its ；);
* the slang of everyday talk for a State (老美, 小日本) in a list of States: `state-name`.
"""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：联合国环境规划署", "议题：海洋塑料污染", "起草国：斐济、挪威", "附议国：智利、肯尼亚",
        "联合国环境大会，"]
PRE = "回顾其以往关于海洋垃圾的各项决议，"
OP = "1. 鼓励会员国减少一次性塑料制品的使用；"
LAST = "2. 决定继续处理这一问题。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# -- lead-form: the -ing and "with" rendered word for word ----------------------------------------------------------

def test_a_lead_verb_with_the_aspect_particle(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "知道着塑料微粒已经进入食物链，", "注意着沿海社区清理海滩的努力，", "又回顾着各国的承诺，", OP, LAST]
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "lead-form")
    assert [w for w, _ in found] == [8, 9, 10]
    assert "“意识到”" in found[0][1] and "“注意到”" in found[1][1] and "“又回顾”" in found[2][1]


def test_with_before_a_manner_no_di_turns_into_a_lead(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "怀着极大的满意注意到一些国家已经禁止塑料袋，", OP, LAST]
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "lead-form")
    assert [w for w, _ in found] == [8]
    assert "怀着极大的满意注意到" in found[0][1]


def test_leads_without_the_particle_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "意识到塑料微粒已经进入食物链，", "满意地注意到一些国家已经禁止塑料袋，",
             "认识到随着城市人口增长，塑料垃圾日益增多，", OP, LAST]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "lead-form") == []


# -- operative-no-verb: a topic, then a sentence of its own subject ---------------------------------------------------

def test_an_operative_clause_opening_with_a_topic_then_a_subject(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, OP, "2. 渔具丢弃在海里的问题，各国要加强对渔船的管理；", "3. 决定继续处理这一问题。"]
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "operative-no-verb")
    assert [w for w, _ in found] == [9]


def test_a_clause_with_its_verb_before_a_subject_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, OP, "2. 鼓励渔业部门回收废旧渔网，各国应为此提供资金；", "3. 为此，请执行主任向各国提供技术援助；",
             "4. 决定继续处理这一问题。"]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "operative-no-verb") == []


# -- the operative part of a draft with no numbers, opened by verbs that read both ways --------------------------------

def test_unnumbered_clauses_opening_with_verbs_that_read_both_ways(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "注意到海洋塑料垃圾每年都在增加，", "鼓励会员国减少一次性塑料制品的使用；",
             "呼吁各国加强对沿海垃圾填埋场的管理；", "请执行主任就此提出报告；", "决定继续处理这一问题。"]
    path = make(tmp_path, [*HEAD, *lines])
    assert _findings(path, lib, "preambular-end") == []
    assert [w for w, _ in _findings(path, lib, "numbering-absent")] == [9]


def test_a_preambular_paragraph_with_a_both_ways_verb_stays_preambular(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "鼓励各国继续分享清理海洋垃圾的经验，", "注意到海洋塑料垃圾每年都在增加，",
             "请执行主任就此提出报告；", "决定继续处理这一问题。"]
    path = make(tmp_path, [*HEAD, *lines])
    assert _findings(path, lib, "preambular-end") == []
    assert [w for w, _ in _findings(path, lib, "numbering-absent")] == [10]


# -- state-name: the slang of everyday talk for a State ---------------------------------------------------------------

def test_slang_for_a_state_in_the_list_of_states(lib: library.Library, tmp_path: Path) -> None:
    head = [*HEAD[:4], "附议国：老美、智利、小日本", HEAD[5]]
    found = _findings(make(tmp_path, [*head, PRE, OP, LAST]), lib, "state-name")
    assert [w for w, _ in found] == [5, 5]
    assert "美利坚合众国" in found[0][1] and "日本" in found[1][1]


def test_the_short_names_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    head = [*HEAD[:4], "附议国：美国、智利、日本", HEAD[5]]
    assert _findings(make(tmp_path, [*head, PRE, OP, LAST]), lib, "state-name") == []
