"""Typed sub-clause lists that the checker misread on the blind set holdout-zh54 (#20: Chinese drafts whose operative
clauses carry sub-clauses typed as Chinese students type them), held by sentences of our own:

* items numbered "1." "2." "3." like clauses under a chapeau ending "如下：" / "以下……：" ("还决定观察团的职责如下："),
  one of them opening with a word that is also a lead (支持): they are the clause's items (`sub-label-style`), not a
  text the clause adopts whose end is the item that happens to carry the next clause's number; the clauses after
  them keep their count (no `numbering-sequence`). A text adopted by a clause ("通过以下宪章：" over its title) is
  still read as one (tests/check/test_holdout_zh31_gaps.py, tests/structure/test_adopted_inside_holdout62.py);
* a chapeau left with no mark at all ("3. 请总干事") over items that start a count again at "1、" with no operative
  lead: its items (`sub-label-style`), the chapeau's missing colon `chapeau-colon`, not three clauses numbered
  "1、" "2、" "3、" (`numbering-form`, `numbering-sequence`, `operative-no-verb`); a clause that merely lacks its end
  mark before the next clause is still a clause;
* "二、" after "（一）" in one list (a Chinese numeral typed in another form half-way): the next item of the same
  list, relabelled in the style the list is retyped to ("（b）"), not a list under "（一）" (no `chapeau-colon` on it).
"""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：安全理事会", "议题：联合国驻中非观察团的任务", "起草国：加蓬、法国", "附议国：加纳、爱尔兰、墨西哥",
        "草案编号：1.4", "安全理事会，", "重申对中非共和国主权和领土完整的坚定承诺，"]
WHA = ["决议草案", "委员会：世界卫生大会乙委员会", "议题：消除被忽视的热带病", "起草国：巴西、尼日利亚",
       "附议国：印度、菲律宾、乌干达", "草案编号：2.1", "世界卫生大会，", "回顾关于被忽视的热带病的以往各项决议，"]


def _findings(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(make(tmp_path, paragraphs), lib)
    return [(f.paragraph, f.rule, f.message) for f in report.findings
            if f.severity in ("error", "warning") and not f.rule.startswith("lead-emphasis")]


def test_items_numbered_as_clauses_under_a_ruxia_chapeau_are_its_items(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. 决定将观察团的任务期限延长十二个月；", "2. 还决定观察团的职责如下：", "1. 监督停火协议的遵守情况；",
            "2. 协助流离失所者安全返回原籍地；", "3. 支持地方调解委员会的工作；", "3. 请秘书长每六个月报告一次观察团的工作；",
            "4. 决定继续积极处理此案。"]
    found = _findings(tmp_path, lib, [*HEAD, *body])
    rules = [(p, r) for p, r, _ in found]
    assert [(11, "sub-label-style"), (12, "sub-label-style"), (13, "sub-label-style")] == [
        (p, r) for p, r in rules if 11 <= p <= 13], found
    assert not [r for r in rules if r[1].startswith("numbering")], found


def test_a_chapeau_left_without_its_colon_over_items_counted_from_one(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. 敦促会员国将防治被忽视的热带病纳入全民健康覆盖；", "2. 请总干事", "1、编写一份关于药物可及性的技术报告；",
            "2、协助流行国家加强病媒控制；", "3. 决定将此问题列入第八十一届世界卫生大会的议程。"]
    found = _findings(tmp_path, lib, [*WHA, *body])
    rules = [(p, r) for p, r, _ in found]
    assert (10, "chapeau-colon") in rules, found
    assert [(11, "sub-label-style"), (12, "sub-label-style")] == [(p, r) for p, r in rules if p in (11, 12)], found
    assert not [r for r in rules if r[1] in ("numbering-form", "numbering-sequence", "operative-no-verb")], found
    # the same in English: "Requests the Director-General" with no colon over "1. to …" "2. to …"
    english = ["Committee: World Health Assembly", "Topic: Neglected tropical diseases", "Sponsors: Brazil, Nigeria",
               "Signatories: India, Uganda", "The World Health Assembly,",
               "Recalling its earlier resolutions on neglected tropical diseases,",
               "1. Urges Member States to include neglected tropical diseases in universal health coverage;",
               "2. Requests the Director-General", "1. to prepare a technical report on access to medicines;",
               "2. to assist endemic countries in vector control;",
               "3. Decides to include this question in the agenda of the next World Health Assembly."]
    found = _findings(tmp_path, lib, english)
    assert [(p, r) for p, r, _ in found] == [(8, "chapeau-colon"), (9, "sub-label-style"), (10, "sub-label-style")], found
    # a clause that only lacks its end mark before the next clause stays a clause, and is told so
    plain = ["1. 敦促会员国将防治被忽视的热带病纳入全民健康覆盖；", "2. 请总干事协助流行国家加强病媒控制",
             "3. 决定将此问题列入第八十一届世界卫生大会的议程。"]
    found = _findings(tmp_path, lib, [*WHA, *plain])
    assert [(p, r) for p, r, _ in found] == [(10, "operative-end")], found


def test_a_chinese_numeral_list_that_changes_its_form_half_way(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. 鼓励会员国在下列方面加强合作：", "（一）交流边境管控的经验；", "二、联合培训海关人员；", "（三）共享被盗武器的数据；",
            "2. 决定继续积极处理此案。"]
    found = _findings(tmp_path, lib, [*HEAD, *body])
    assert not [f for f in found if f[1] == "chapeau-colon"], found
    at_11 = [(r, m) for p, r, m in found if p == 11]
    assert [r for r, _ in at_11] == ["sub-label-sequence"] and "（b）" in at_11[0][1], found
    assert [r for p, r, _ in found if p in (10, 12)] == ["sub-label-style", "sub-label-style"], found


def test_a_bracketed_eleven_after_the_circled_ten_goes_on_the_list(tmp_path: Path, lib: library.Library) -> None:
    """"(十一)" after "㈠" … "㈩" (the UN's Chinese list, which has no one character for eleven) is one form with
    them: no slip, as before the Chinese numerals' change of form above was read."""
    circled = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
    items = [f"{c} 第{n}个观察点的巡逻安排；" for n, c in enumerate(circled, 1)]
    body = ["1. 请秘书长：", "(a) 提交关于观察团部署的报告，包括：", *items, "(十一) 第十一个观察点的巡逻安排；",
            "(b) 每六个月通报一次停火情况；", "2. 决定继续积极处理此案。"]
    found = _findings(tmp_path, lib, [*HEAD, *body])
    assert not [f for f in found if f[1].startswith("sub-label") or f[1] == "label-doubled"], found
