"""Gaps of the blind set holdout-zh86 (#20, round 37: Chinese drafts of 大学 delegates with lists three and four
levels deep), held by sentences of our own with passing drafts beside them:

* a Chinese sub-paragraph that introduces items of its own and ends on the word announcing them with no mark
  (（b）……，其中应包括 + （i）……；): `chapeau-colon`, as an English sub-paragraph that is a sentence already was;
* a Chinese sub-paragraph ending with "，" among items ending with "；" (ZH-B04: items follow the clause's logic):
  `sub-end` under every profile, the last item of an inner list counted with the others;
* a label of another kind in the same brackets that counts on the open list (（2） after （i）, under which an item
  a. stands): the list's next item with its kind switched (`sub-label-sequence`, «（ii）»), not a list opened under
  the item above it (no `sub-clause-single` on （i）, no `chapeau-colon` on a.).
"""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：可持续渔业", "起草国：冰岛、智利", "附议国：秘鲁、挪威", "大会，",
        "回顾其以往关于可持续渔业的各项决议，", "关切地注意到非法、不报告和不管制的捕捞活动仍在继续，"]
END = "3. 决定在第八十二届会议上继续审议这一项目。"


def _rules(path: Path, lib: library.Library) -> dict[str, list[int]]:
    report, _ = check.check_file(path, lib)
    found: dict[str, list[int]] = {}
    for f in report.findings:
        found.setdefault(f.rule, []).append(f.paragraph)
    return found


# -- chapeau-colon: an item announcing its items with no mark --------------------------------------------------------

def _announcing(tmp_path: Path, item: str) -> Path:
    return make(tmp_path, [*HEAD, "1. 吁请各国：", "（a）加强船旗国对渔船的管控；", item, "（i）渔获物的来源；",
                           "（ii）转运的时间和地点；", "2. 鼓励各区域渔业管理组织交流信息；", END])


def test_an_item_ending_on_its_announcing_word_without_a_colon(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(_announcing(tmp_path, "（b）建立渔获登记制度，登记内容应包括"), lib)
    assert found.get("chapeau-colon") == [11]


def test_the_item_with_its_colon_and_a_heading_item_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(_announcing(tmp_path, "（b）建立渔获登记制度，登记内容应包括："), lib)
    assert "chapeau-colon" not in found
    (tmp_path / "heading").mkdir()
    found = _rules(_announcing(tmp_path / "heading", "（b）渔获登记"), lib)  # the heading of its items
    assert "chapeau-colon" not in found


# -- sub-end: a comma among semicolons ---------------------------------------------------------------------------------

def _items(tmp_path: Path, first: str, second: str, third: str) -> Path:
    return make(tmp_path, [*HEAD, "1. 吁请各国：", "（a）加强对渔船的监测，包括：", first, second, third,
                           "（b）打击非法捕捞；", "2. 鼓励各区域渔业管理组织交流信息；", END])


def test_a_comma_among_the_semicolons_of_an_inner_list(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(_items(tmp_path, "（i）卫星监测，", "（ii）港口检查；", "（iii）观察员方案；"), lib)
    assert found.get("sub-end") == [11]


def test_a_list_handing_on_with_commas_throughout_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(_items(tmp_path, "（i）卫星监测，", "（ii）港口检查，", "（iii）观察员方案；"), lib)
    assert "sub-end" not in found


# -- sub-label-sequence: a label of another kind counting on the open list --------------------------------------------

def _deep(tmp_path: Path, label: str) -> Path:
    # under clause 2: a "（2）" under clause 1 would count as the next clause in another form
    return make(tmp_path, [*HEAD, "1. 鼓励各区域渔业管理组织交流信息；", "2. 吁请各国：", "（a）加强渔业科学研究，特别是：",
                           "（i）种群评估，包括：", "a. 对跨界鱼类种群的联合评估；", f"{label}气候变化对渔业资源的影响；",
                           "（b）打击非法捕捞；", END])


def test_a_number_in_brackets_after_a_roman_numeral(lib: library.Library, tmp_path: Path) -> None:
    report, _ = check.check_file(_deep(tmp_path, "（2）"), lib)
    found = {(f.rule, f.paragraph): f for f in report.findings}
    assert ("sub-label-sequence", 14) in found and "（ii）" in str(found[("sub-label-sequence", 14)].message)
    assert ("sub-clause-single", 12) not in found and ("chapeau-colon", 13) not in found
    assert ("sub-clause-single", 13) in found  # a. alone under （i）: that list of one is the student's


def test_the_right_numeral_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(_deep(tmp_path, "（ii）"), lib)
    assert "sub-label-sequence" not in found and found.get("sub-clause-single") == [13]
