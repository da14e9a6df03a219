"""Faults of traditional-character Chinese drafts the checker missed on the blind set holdout-zh13 (#20), each held by
sentences of our own with a passing draft beside it: an organ line ending with the enumeration comma 、 (read as no
organ line at all), a title in Taiwan's chapter-title marks 〈〉, a long 关于…… title in corner quotation marks
(「」, 『』), and a heading whose sponsors are labelled 提案國 (Taiwan's word) with no 附議國 line."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader


def head(sponsors: str = "起草國：智利、秘魯", others: str | None = "附議國：約旦、蒙古", organ: str = "大會，") -> list[str]:
    lines = ["決議草案", "委員會：聯合國大會第二委員會", "議題：山區的永續發展", sponsors]
    return [*lines, *([others] if others is not None else []), organ]


BODY = ["注意到山區冰川正在加速消融，", "1. 鼓勵會員國將山區納入國家調適計畫；", "2. 請秘書長提交一份報告。"]


def fixed_texts(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- an organ line ending with 、 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("organ", "right"), [("大會、", "大會，"), ("安全理事會、", "安全理事會，"),
                                              ("经济及社会理事会、", "经济及社会理事会，")])
def test_an_organ_line_ending_with_the_enumeration_comma(lib: library.Library, tmp_path: Path, organ: str,
                                                        right: str) -> None:
    path = make(tmp_path, [*head(organ=organ), *BODY])
    found = rules(path, lib)
    assert found.get("organ-line") == [6]  # the line itself, not "missing" on the first preambular paragraph
    assert "preambular-end" not in found
    assert fixed_texts(path, lib, tmp_path / "fixed.docx")[5] == right


def test_a_heading_line_ending_with_the_enumeration_comma_is_no_organ_line(lib: library.Library,
                                                                           tmp_path: Path) -> None:
    # a list that stops on 、 before a paragraph that is no clause is not taken for the organ line
    found = rules(make(tmp_path, ["決議草案", "委員會：大會", "議題：山區", "起草國：智利、秘魯、", "附議國：約旦", "大會，",
                                  *BODY]), lib)
    assert found.get("organ-line") is None


# -- titles in 〈〉 -------------------------------------------------------------------------------------------------

def test_a_report_title_in_chapter_title_marks(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*head(), "注意到秘書長發表的〈山區糧食安全年度報告〉，", *BODY[1:]])
    assert rules(path, lib).get("title-marks") == [7]
    assert fixed_texts(path, lib, tmp_path / "fixed.docx")[6] == "注意到秘書長發表的《山區糧食安全年度報告》，"


@pytest.mark.parametrize("line", ["回顧《〈京都議定書〉多哈修正案》，", "回顧《關於〈山區公約〉執行情況的報告》，",
                                  "注意到山區冰川正在加速消融，"])
def test_a_title_inside_a_title_keeps_its_chapter_title_marks(lib: library.Library, tmp_path: Path,
                                                              line: str) -> None:
    assert "title-marks" not in rules(make(tmp_path, [*head(), line, *BODY[1:]]), lib)


# -- long titles in corner quotation marks ----------------------------------------------------------------------

@pytest.mark.parametrize(("line", "title"), [
    ("憶及「關於保護山區居民和其他人員的公約」，", "關於保護山區居民和其他人員的公約"),
    ("回顾『关于各国在高山地区开展合作的原则宣言』，", "关于各国在高山地区开展合作的原则宣言"),
    ("回顧『山區權利宣言』，", "山區權利宣言"),
])
def test_a_title_in_corner_quotation_marks(lib: library.Library, tmp_path: Path, line: str, title: str) -> None:
    path = make(tmp_path, [*head(), line, *BODY[1:]])
    assert rules(path, lib).get("title-marks") == [7]
    assert f"《{title}》" in fixed_texts(path, lib, tmp_path / "fixed.docx")[6]


@pytest.mark.parametrize("line", ["注意到「關於山區的問題，各國應如何合作」這一提問，",  # a quoted question
                                  "注意到「山區優先」的理念，",
                                  "回顧其題為「關於山區永續發展的宣言」的決議，",  # a name after 題為
                                  "回顧《關於保護山區居民和其他人員的公約》，"])
def test_quoted_phrases_and_named_titles_are_left_alone(lib: library.Library, tmp_path: Path, line: str) -> None:
    assert "title-marks" not in rules(make(tmp_path, [*head(), line, *BODY[1:]]), lib)


# -- Taiwan's heading labels ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sponsors", ["提案國：智利、秘魯", "主提案國：智利、秘魯", "起草國：智利、秘魯"])
def test_a_heading_with_sponsors_and_no_signatories(lib: library.Library, tmp_path: Path, sponsors: str) -> None:
    found = rules(make(tmp_path, [*head(sponsors=sponsors, others=None), *BODY]), lib)
    assert found.get("heading-missing") == [1]


@pytest.mark.parametrize(("sponsors", "others"), [("提案國：智利、秘魯", "附議國：約旦、蒙古"),
                                                  ("主提案國：智利、秘魯", "連署國：約旦、蒙古"),
                                                  ("提案國：智利、秘魯", "連署國：約旦、蒙古")])
def test_taiwan_s_labels_with_their_signatories_pass(lib: library.Library, tmp_path: Path, sponsors: str,
                                                     others: str) -> None:
    found = rules(make(tmp_path, [*head(sponsors=sponsors, others=others), *BODY]), lib)
    assert "heading-missing" not in found


# -- the Chapter VII formula with the Charter in corner quotation marks -------------------------------------------

@pytest.mark.parametrize("marks", ["『』", "「」", "〈〉"])
def test_the_chapter_vii_formula_with_the_charter_in_other_marks(lib: library.Library, tmp_path: Path,
                                                                 marks: str) -> None:
    line = f"根據{marks[0]}聯合國憲章{marks[1]}第七章採取行動，"
    paragraphs = ["決議草案", "委員會：安全理事會", "議題：海上安全", "提案國：挪威", "附議國：巴拿馬", "安全理事會，",
                  "認定該區域的局勢繼續對國際和平與安全構成威脅，", line, "1. 決定延長武器禁運；", "2. 決定繼續積極處理此案。"]
    path = make(tmp_path, paragraphs)
    assert rules(path, lib).get("title-marks") == [8]
    report, doc = check.check_file(path, lib)
    lead = next(p for p in doc.paragraphs if p.index == 8)
    first = tmp_path / "fixed.docx"
    fix.fix(report, doc, first, force=True)
    assert [p.text for p in reader.read(first).paragraphs][7] == "根據《聯合國憲章》第七章採取行動，"
    again, again_doc = check.check_file(first, lib)
    fixed, _ = fix.fix(again, again_doc, tmp_path / "twice.docx", force=True)
    assert [(f.paragraph, f.rule) for f in fixed] == []  # the lead was read the same before the marks were mended
    assert lead.text == line
