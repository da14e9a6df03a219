"""The general causes behind word-blind42's first-run misses and false alarms (bench/students/word-blind42), on
sentences of our own: the numbering Word writes when a delegate uses its numbering commands.

* Format Painter run from a numbered clause onto a heading line ("1. Topic: …") made the line the first clause: the
  heading "lacked" its Topic line, the organ line and the preamble came "after the operative part". The line is the
  heading's; a new finding, ``heading-numbered``, takes its number away, and the clauses are judged as Word numbers
  them then.
* Items typed in a style numbered by a list of its own (List Number 2: "1." "2.", counting on "3." "4." under the
  next clause) were read as clauses from the second item on (an item opening with a verb that is also a lead), or
  from the first item of the next clause (it is not "1."): they are items of that list.
* A clause pasted with Keep Text Only into the numbered paragraph after a clause's items ("3. 2.<tab>请……") was
  read as an item numbered as a clause: a typed clause number followed by a lead phrase is the next clause's.
* The item after a sub-clause promoted to the clauses' level (Shift+Tab: "6." where "b." belongs), which Word shows
  under it ("a."), was read as its item: it is its sibling once the promoted one goes back down.
"""

from __future__ import annotations

from pathlib import Path

from docmaker import Para
from wordlists import CLAUSES, abstract, lvl, num, numbered_draft

from drafter import check, library

EN_HEAD: list[Para] = ["Committee: Economic and Social Council", "Topic: Public toilets in city centres",
                       "Sponsors: Austria, Kenya", "Signatories: Chile, Mongolia, Tunisia",
                       [("The Economic and Social Council", "i"), (",", "")],
                       [("Noting", "i"), (" that many city centres close their public toilets at night,", "")]]
ZH_HEAD: list[Para] = ["决议草案", "委员会：经济及社会理事会", "议题：城市中心的公共厕所", "起草国：奥地利、肯尼亚",
                       "附议国：智利、蒙古、突尼斯", [("经济及社会理事会", "b"), ("，", "")],
                       [("注意到", "u"), ("许多城市中心在夜间关闭公共厕所，", "")]]


def _draft(tmp_path: Path, body: list[Para], numbers: dict[int, tuple[int, int]], lists: str) -> Path:
    """The draft with ``lists`` (numbering.xml pieces), numbered as ``numbers`` says (0-based paragraph → (numId,
    level))."""
    return numbered_draft(tmp_path, body, lists, numbers)


def _findings(path: Path, lib: library.Library) -> list[tuple[str, int]]:
    report, _ = check.check_file(path, lib)
    return [(f.rule, f.paragraph) for f in report.findings if f.severity != "suggestion"]


CLAUSE_LIST = abstract(1, CLAUSES) + num(1, 1)


def _indented(level: str, left: int) -> str:
    """A w:lvl with the left indent (and a hanging indent of 420) that Word gives its paragraphs."""
    return level.replace("</w:lvl>", f'<w:pPr><w:ind w:left="{left}" w:hanging="420"/></w:pPr></w:lvl>')


def test_a_heading_line_numbered_by_format_painter_is_the_heading_s(tmp_path: Path, lib: library.Library) -> None:
    """"1. Topic: …" then the clauses "2." "3.": one finding on the Topic line; no missing Topic, no organ line
    missing, no clause out of sequence (they are "1." "2." once the line loses its number)."""
    body = [*EN_HEAD, [("Urges", "u"), (" city councils to keep one public toilet open all night;", "")],
            [("Invites", "u"), (" shops to let passers-by use their toilets.", "")]]
    path = _draft(tmp_path, body, {1: (1, 0), 6: (1, 0), 7: (1, 0)}, CLAUSE_LIST)
    assert _findings(path, lib) == [("heading-numbered", 2)]


def test_a_chinese_heading_line_numbered_by_format_painter(tmp_path: Path, lib: library.Library) -> None:
    """"1. 议题：……" in a Chinese draft: the same finding, the clauses counted from it no more."""
    body = [*ZH_HEAD, [("敦促", "u"), ("各城市至少保留一处夜间开放的公共厕所；", "")],
            [("邀请", "u"), ("商店允许行人使用其厕所。", "")]]
    path = _draft(tmp_path, body, {2: (1, 0), 7: (1, 0), 8: (1, 0)}, CLAUSE_LIST)
    assert _findings(path, lib) == [("heading-numbered", 3)]


def test_items_numbered_by_a_list_of_their_own_stay_items(tmp_path: Path, lib: library.Library) -> None:
    """Items on a second decimal list ("1." "2." under clause 2, "3." "4." under clause 3, the second item opening
    with "通过", a lead elsewhere): each is an item whose label is not in the profile's style; none is a clause."""
    body = [*ZH_HEAD, [("鼓励", "u"), ("各城市公布公共厕所的开放时间；", "")],
            [("呼吁", "u"), ("各城市管理部门：", "")],
            "在地图上标出公共厕所的位置；",
            "通过手机应用接受市民对厕所卫生的投诉；",
            [("请", "u"), ("各城市卫生部门：", "")],
            "每周检查公共厕所的卫生状况；",
            "及时修理损坏的设施；",
            [("决定", "u"), ("在下届会议上继续审议这一问题。", "")]]
    # List Number 2's own list, set further in than the clauses (List Number)
    items = abstract(2, [_indented(lvl(0, "decimal", "%1."), 840)]) + num(2, 2)
    clauses = abstract(1, [_indented(CLAUSES[0], 420), *CLAUSES[1:]]) + num(1, 1)
    numbers = {7: (1, 0), 8: (1, 0), 9: (2, 0), 10: (2, 0), 11: (1, 0), 12: (2, 0), 13: (2, 0), 14: (1, 0)}
    found = _findings(_draft(tmp_path, body, numbers, clauses + items), lib)
    assert [where for rule, where in found if rule == "sub-label-style"] == [10, 11, 13, 14]
    assert not [f for f in found if f[0] not in ("sub-label-style", "sub-label-sequence")]


def test_a_clause_pasted_with_its_number_into_the_numbered_paragraph_after_items(tmp_path: Path,
                                                                                 lib: library.Library) -> None:
    """"2. 呼吁……：" "(a)" "(b)" then "3. 2.<tab>请……" (Keep Text Only into the numbered paragraph): the clause's typed
    number is reported; it is no item numbered as a clause, and the clause after it is "4."."""
    body = [*ZH_HEAD, [("鼓励", "u"), ("各城市公布公共厕所的开放时间；", "")],
            [("呼吁", "u"), ("各城市管理部门：", "")],
            "在地图上标出公共厕所的位置；",
            "每天清洁公共厕所；",
            [("2.\t", ""), ("请", "u"), ("秘书长收集良好做法的实例；", "")],
            [("决定", "u"), ("在下届会议上继续审议这一问题。", "")]]
    numbers = {7: (1, 0), 8: (1, 0), 9: (1, 1), 10: (1, 1), 11: (1, 0), 12: (1, 0)}
    found = _findings(_draft(tmp_path, body, numbers, CLAUSE_LIST), lib)
    assert found == [("numbering-mixed", 12)]


def test_the_item_after_a_promoted_sub_clause_is_its_sibling(tmp_path: Path, lib: library.Library) -> None:
    """"3. Decides … that:" "(a)" then Shift+Tab on the second item ("4.") and the third item, which Word shows as
    "(a)" under it: only the promoted item is reported; the third is no item of it (no colon wanted on the second,
    no label out of sequence on the third)."""
    body = [*EN_HEAD, [("Encourages", "u"), (" cities to publish the opening hours of public toilets;", "")],
            [("Invites", "u"), (" shops to let passers-by use their toilets;", "")],
            [("Decides", "u"), (" to set up a small fund that:", "")],
            "pays for toilets in bus stations;",
            "pays for cleaning staff at night;",
            "reports each year on its spending."]
    numbers = {6: (1, 0), 7: (1, 0), 8: (1, 0), 9: (1, 1), 10: (1, 0), 11: (1, 1)}
    found = _findings(_draft(tmp_path, body, numbers, CLAUSE_LIST), lib)
    assert found == [("sub-numbered-as-clause", 11)]
