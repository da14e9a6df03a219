"""Gaps of the blind set holdout-zh72 (#20, round 34: ordinary Chinese drafts of university delegates), held by
sentences of our own with passing drafts beside them:

* 提交国家 / 提案国家 (国家 for 国, as 起草国家 and 附议国家 are written) is the sponsors' label;
* a title line naming the body before 决议草案 ("联合国环境大会 决议草案") gives the committee field, as "… draft
  resolution" does in English;
* a count before the instrument word after 联合国 (联合国外层空间五项条约, 联合国人权两公约) is a group of
  instruments, no title: no `title-marks`;
* a conference's or an assembly's name in 《》 (《联合国贸易和发展会议》) is a body's name: `title-marks-body`;
* the IAEA's safety conventions (核安全公约 …) and the Seville commitment (塞维利亚承诺) are well-known titles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：内陆发展中国家的过境运输", "起草国：蒙古、巴拉圭", "附议国：老挝、马里",
        "大会，"]
PRE = "回顾其关于内陆发展中国家的各项决议，"
OP = "1. 鼓励过境国简化海关手续；"
LAST = "2. 决定在下届会议上继续审议这一问题。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# -- heading-missing: 提交国家, and a title line naming the body -----------------------------------------------------

@pytest.mark.parametrize("label", ["提交国家", "提案国家", "主提交国家"])
def test_a_sponsors_label_written_with_guojia_is_the_sponsors_field(lib: library.Library, tmp_path: Path,
                                                                    label: str) -> None:
    head = ["决议草案", "委员会：大会第二委员会", "议题：内陆发展中国家的过境运输", f"{label}：蒙古、巴拉圭",
            "附议国家：老挝、马里", "大会，"]
    assert _findings(make(tmp_path, [*head, PRE, OP, LAST]), lib, "heading-missing") == []


def test_a_sponsors_line_left_out_is_still_missing(lib: library.Library, tmp_path: Path) -> None:
    head = ["决议草案", "委员会：大会第二委员会", "议题：内陆发展中国家的过境运输", "附议国家：老挝、马里", "大会，"]
    found = _findings(make(tmp_path, [*head, PRE, OP, LAST]), lib, "heading-missing")
    assert len(found) == 1 and "起草国" in found[0][1]


@pytest.mark.parametrize("title", ["联合国环境大会 决议草案", "世界卫生大会决议草案", "人权理事会　决议草案 1.1"])
def test_a_title_line_naming_the_body_gives_the_committee(lib: library.Library, tmp_path: Path, title: str) -> None:
    head = [title, "议题：内陆发展中国家的过境运输", "起草国：蒙古、巴拉圭", "附议国：老挝、马里", "大会，"]
    assert _findings(make(tmp_path, [*head, PRE, OP, LAST]), lib, "heading-missing") == []


@pytest.mark.parametrize("title", ["决议草案", "关于过境运输的决议草案"])
def test_a_title_line_naming_no_body_leaves_the_committee_missing(lib: library.Library, tmp_path: Path,
                                                                  title: str) -> None:
    head = [title, "议题：内陆发展中国家的过境运输", "起草国：蒙古、巴拉圭", "附议国：老挝、马里", "大会，"]
    found = _findings(make(tmp_path, [*head, PRE, OP, LAST]), lib, "heading-missing")
    assert len(found) == 1 and "委员会" in found[0][1]


# -- title-marks: a counted group is no title; well-known titles ---------------------------------------------------

def test_a_counted_group_of_un_instruments_is_no_title(lib: library.Library, tmp_path: Path) -> None:
    lines = ["重申联合国人权两公约所载的各项权利，", "1. 敦促各国加入联合国外层空间五项条约；", LAST]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "title-marks") == []


def test_a_single_un_instrument_still_wants_title_marks(lib: library.Library, tmp_path: Path) -> None:
    lines = ["重申联合国海洋法公约所载的各项权利，", OP, LAST]
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "title-marks")
    assert [w for w, _ in found] == [7] and "《联合国海洋法公约》" in found[0][1]


@pytest.mark.parametrize(("line", "title"), [
    ("注意到及早通报核事故公约对于跨界应急的意义，", "《及早通报核事故公约》"),
    ("鼓励尚未加入核安全公约的国家考虑加入，", "《核安全公约》"),
    ("欢迎各国在塞维利亚承诺中重申的各项筹资目标，", "《塞维利亚承诺》"),
])
def test_well_known_titles_bare_want_title_marks(lib: library.Library, tmp_path: Path, line: str, title: str) -> None:
    found = _findings(make(tmp_path, [*HEAD, PRE, line, OP, LAST]), lib, "title-marks")
    assert [w for w, _ in found] == [8] and title in found[0][1]


def test_a_commitment_as_a_common_noun_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "欢迎过境国作出的承诺以及《核安全公约》缔约方的承诺，", "1. 敦促各国兑现其在维也纳会议上的承诺；", LAST]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "title-marks") == []


# -- title-marks-body: a conference's name in 《》 ---------------------------------------------------------------

def test_a_conference_name_in_title_marks_is_a_body(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "1. 请秘书长与《联合国贸易和发展会议》和《联合国环境大会》协商；", LAST]
    found = _findings(make(tmp_path, [*HEAD, *lines]), lib, "title-marks-body")
    assert [w for w, _ in found] == [8, 8]


def test_a_conference_report_in_title_marks_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "1. 注意到《联合国贸易和发展会议第十六届会议报告》和《联合国宪章》；", LAST]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "title-marks-body") == []


def test_a_commitment_named_in_quotation_marks_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    lines = [PRE, "欢迎发展筹资问题第四次国际会议及其成果文件“塞维利亚承诺”，", OP, LAST]
    assert _findings(make(tmp_path, [*HEAD, *lines]), lib, "title-marks") == []
