"""Faults of Chinese drafts the checker missed on the blind set holdout-zh23 (#20), drafts that cite a lot, each held
by sentences of our own with a passing draft beside it: a resolution's number typed after the word (大会决议70/1,
as English orders it), a date whose day is counted with 号 (2015年9月25号), an English title quoted with its article
("the Paris Agreement"), and a place and a verb read as an instrument's title (在联合国总部签署公约)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：可持续发展筹资", "起草国：埃塞俄比亚、印度尼西亚", "附议国：加纳、秘鲁",
        "大会，"]
PRE2 = "认识到许多最不发达国家的债务负担日益沉重，"
OP1 = "1. 鼓励会员国加强国内资源调动；"
OP2 = "2. 请秘书长提交一份报告。"


def fixed_paragraphs(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The texts of the paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- resolution-citation: the number after the word ----------------------------------------------------------------

@pytest.mark.parametrize(("line", "fixed"), [
    ("回顾大会决议70/1所载的可持续发展目标，", "回顾大会第70/1号决议所载的可持续发展目标，"),
    ("回顾安全理事会决议2417(2018)关于冲突与饥饿的规定，", "回顾安全理事会第2417(2018)号决议关于冲突与饥饿的规定，"),
    ("回顾大会决议第69/313号所核可的《亚的斯亚贝巴行动议程》，", "回顾大会第69/313号决议所核可的《亚的斯亚贝巴行动议程》，"),
    # a list after the word: the word moves behind the whole list, not left before its 第 ("大会决议第70/1和…")
    ("回顾大会决议69/313和第70/1号决议，", "回顾大会第69/313和第70/1号决议，"),
])
def test_a_resolution_number_typed_after_the_word(lib: library.Library, tmp_path: Path, line: str,
                                                  fixed: str) -> None:
    path = make(tmp_path, [*HEAD, line, PRE2, OP1, OP2])
    assert rules(path, lib).get("resolution-citation") == [7]
    assert fixed_paragraphs(path, lib, tmp_path / "fixed.docx")[6] == fixed


@pytest.mark.parametrize("line", ["回顾大会第70/1号决议所载的可持续发展目标，", "注意到本决议1.所述的各项措施，",
                                  "回顾第70/1号决议第5段，", "回顾决议草案1/1中的建议，"])
def test_resolutions_cited_the_chinese_way_or_no_resolution_number(lib: library.Library, tmp_path: Path,
                                                                    line: str) -> None:
    path = make(tmp_path, [*HEAD, line, PRE2, OP1, OP2])
    assert "resolution-citation" not in rules(path, lib)


# -- date-zh: 号 for the day -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("date", ["2015年9月25号", "2015年9月 25 号", "2015年9月25號"])
def test_a_date_with_hao_for_the_day(lib: library.Library, tmp_path: Path, date: str) -> None:
    path = make(tmp_path, [*HEAD, f"回顾大会于{date}通过的《2030年可持续发展议程》，", PRE2, OP1, OP2])
    assert rules(path, lib).get("date-zh") == [7]


@pytest.mark.parametrize("line", ["回顾大会于2015年9月25日通过的《2030年可持续发展议程》，",
                                  "注意到2015年9月第25号文件所载的建议，", "回顾2015年7月27号决议所载的各项承诺，"])
def test_dates_written_with_ri_or_numbers_that_are_no_day(lib: library.Library, tmp_path: Path, line: str) -> None:
    path = make(tmp_path, [*HEAD, line, PRE2, OP1, OP2])
    assert "date-zh" not in rules(path, lib)


# -- title-english: the article quoted with the title ----------------------------------------------------------------

@pytest.mark.parametrize("quoted", ['"the Paris Agreement"', "“the Addis Ababa Action Agenda”"])
def test_an_english_title_quoted_with_its_article(lib: library.Library, tmp_path: Path, quoted: str) -> None:
    path = make(tmp_path, [*HEAD, f"注意到各国在落实{quoted}方面取得的进展，", PRE2, OP1, OP2])
    assert rules(path, lib).get("title-english") == [7]


def test_a_quoted_english_phrase_with_the_is_no_title(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "注意到“the agreement of the parties”这一说法，", PRE2, OP1, OP2])
    assert "title-english" not in rules(path, lib)


# -- title-marks: a treaty as the object of a verb after a place -----------------------------------------------------

@pytest.mark.parametrize("verb", ["签署", "批准", "加入", "履行"])
def test_a_place_and_a_verb_before_a_treaty_word_are_no_title(lib: library.Library, tmp_path: Path,
                                                             verb: str) -> None:
    op = f"1. 鼓励尚未签署的会员国在纽约联合国总部{verb}公约；"
    path = make(tmp_path, [*HEAD, "回顾《联合国反腐败公约》，", PRE2, op, OP2])
    assert "title-marks" not in rules(path, lib)


def test_a_title_without_marks_is_still_told(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "回顾联合国反腐败公约第五条的规定，", PRE2, OP1, OP2])
    assert rules(path, lib).get("title-marks") == [7]
