"""Faults of Chinese drafts the checker missed, and a finding it raised on right text, on the blind set holdout-zh59
(#20; six drafts typed for committees other than the General Assembly: the Security Council, the Human Rights
Council, the World Health Assembly, UNESCO's General Conference, the Environment Assembly, a crisis committee), held
by sentences of our own with passing drafts beside them:

* a Chinese conference's heading that names its main sponsors 主提交国 under 委员会 and 议题 (and lists 附议国) is a
  Chinese conference's heading, not THIMUN's (论坛 / 议题 / 主提交国 / 联合提交国), so MUN-F09's THIMUN list does not
  make 决定 a Council word in a Human Rights Council draft; 主提交国 under 论坛 stays THIMUN;
* an instrument's title cited after the year of its adoption, its name holding 和 or 及 (2005年保护和促进……公约), is a
  title without 《》, as the year before 关于……公约 already tells one; without the year, or with a word of a
  description in it, it is left alone;
* an operative clause opening with a body's name and the future 将 (世界银行将……, a delegation's pledge) has no
  operative verb, as 世界银行须…… has none; the body after the organ's verb (请世界银行将……) is no subject."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library
from drafter.structure import detect
from drafter.word import reader

# -- 主提交国 in a Chinese conference's heading ------------------------------------------------------------------

HRC_BODY = ["人权理事会，", "回顾《世界人权宣言》，", "关切地注意到对宗教少数群体的攻击有所增加，",
            "1. 促请各国保护宗教场所；", "2. 请人权高专办提交报告；", "3. 决定继续审议这一问题。"]


@pytest.mark.parametrize("heading", [
    ["决议草案", "委员会：人权理事会", "议题：宗教或信仰自由", "主提交国：爱尔兰、约旦", "附议国：秘鲁、加纳"],
    ["決議草案", "委員會：人權理事會", "議題：宗教或信仰自由", "主提交國：愛爾蘭、約旦", "附議國：秘魯、加納"],
])
def test_main_sponsors_under_committee_and_topic_are_a_chinese_conference_heading(
        lib: library.Library, tmp_path: Path, heading: list[str]) -> None:
    path = make(tmp_path, [*heading, *HRC_BODY])
    assert detect.guess_profile(reader.read(path), "zh") == "cn-mun"
    assert "sc-only-phrase" not in rules(path, lib)


def test_main_sponsors_under_forum_stay_thimun(tmp_path: Path) -> None:
    heading = ["论坛：人权理事会", "议题：宗教或信仰自由", "主提交国：爱尔兰", "联合提交国：约旦、秘鲁"]
    path = make(tmp_path, [*heading, *HRC_BODY])
    assert detect.guess_profile(reader.read(path), "zh") == "thimun"


# -- a title after its year, 和 in its name ----------------------------------------------------------------------

UNESCO = ["决议草案", "委员会：教科文组织大会", "议题：水下文化遗产", "起草国：希腊", "附议国：智利、越南", "大会，"]
CLAUSES = ["1. 鼓励会员国加强合作；", "2. 请总干事提交报告。"]


@pytest.mark.parametrize(("clause", "title"), [
    ("回顾1972年保护世界文化和自然遗产公约的各项规定，", "保护世界文化和自然遗产公约"),
    ("注意到2003年保护和发展非物质文化遗产公约，", "保护和发展非物质文化遗产公约"),
    ("重申1989年禁止和防止非法贩运文物公约所载原则，", "禁止和防止非法贩运文物公约"),
])
def test_a_title_after_its_year_with_and_in_it_wants_title_marks(
        lib: library.Library, tmp_path: Path, clause: str, title: str) -> None:
    from drafter import check
    path = make(tmp_path, [*UNESCO, clause, *CLAUSES])
    report, _ = check.check_file(path, lib)
    titles = [f for f in report.findings if f.rule == "title-marks"]
    assert [f.paragraph for f in titles] == [7]
    assert f"《{title}》" in titles[0].message


@pytest.mark.parametrize("clause", [
    "回顾1972年《保护世界文化和自然遗产公约》的各项规定，",
    # no year: a name with 和 may be a description (保护妇女和儿童公约 could name the conventions on both)
    "回顾各国保护文物和遗址的努力，",
    # a description after the year: 的 and 各 make it one
    "注意到2003年各国保护和发展的有关公约，",
    # a year that is a deadline, not an adoption
    "关切地注意到到2030年禁止和消除童工的目标尚未实现，",
])
def test_a_marked_title_or_a_description_after_a_year_is_left_alone(
        lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*UNESCO, clause, *CLAUSES])
    assert "title-marks" not in rules(path, lib)


# -- a body's name and the future 将 opening a clause -----------------------------------------------------------

CRISIS = ["决议草案", "委员会：危机委员会", "议题：洪灾应对", "提交方：红十字国际委员会", "附议方：乐施会、孟加拉国",
          "危机委员会，", "深为关切洪水造成大批民众流离失所，"]


@pytest.mark.parametrize("clause", [
    "2. 亚洲开发银行将为灾后重建提供优惠贷款；",
    "2. 国际移民组织将在灾区设立临时安置点；",
    "2. 聯合國兒童基金會將向受災兒童提供清潔飲水；",
])
def test_a_body_named_before_will_leaves_the_clause_without_its_verb(
        lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*CRISIS, "1. 敦促各方保障救援通道；", clause, "3. 决定在一周后再次开会。"])
    assert rules(path, lib).get("operative-no-verb") == [9]


@pytest.mark.parametrize("clause", [
    "2. 请亚洲开发银行将灾后重建列为优先事项；",
    "2. 欢迎国际移民组织将在灾区设立临时安置点；",
])
def test_a_body_after_the_verb_with_will_is_no_subject(lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*CRISIS, "1. 敦促各方保障救援通道；", clause, "3. 决定在一周后再次开会。"])
    assert "operative-no-verb" not in rules(path, lib)
