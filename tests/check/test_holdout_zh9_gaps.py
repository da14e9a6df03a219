"""Faults of Chinese drafts the checker missed on the blind set holdout-zh9 (#20), each held by sentences of our own
with a passing draft beside it: dates typed day first (Hong Kong, Singapore, Malaysia) or in the Republic of China
calendar (Taiwan), also in a heading's date line; a well-known title in traditional characters; a lead typed with a
near-homophone (an initial told apart only by aspiration); and what a WeChat article or a chat leaves in a pasted
text (an emoji, a picture caption "▲ …", a hint to the readers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.structure.homophones import near_homophones

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区的可持续发展", "起草国：尼泊尔、秘鲁", "附议国：不丹、瑞士", "大会，"]
HEAD_TW = ["決議草案", "委員會：大會第二委員會", "議題：山區的永續發展", "提案國：尼泊爾、秘魯", "連署國：不丹、瑞士", "大會，"]
HEAD_EN = ["Committee: Second Committee", "Topic: Sustainable mountain development", "Sponsors: Nepal, Peru",
           "Signatories: Bhutan, Switzerland", "The General Assembly,"]
PRE = "回顾其关于山区可持续发展的各项决议，"
OP1 = "1. 鼓励会员国保护山区的冰川和水源；"
OP2 = "2. 请秘书长提交一份报告。"


def findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    """(paragraph, message) of each finding of ``rule``."""
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# -- date-zh: day first, and the Republic of China calendar ---------------------------------------------------------

@pytest.mark.parametrize(("date", "fixed"), [("7/4/2025", "2025年4月7日"), ("7.4.2025", "2025年4月7日"),
                                             ("23/11/2024", "2024年11月23日"), ("4/23/2024", "2024年4月23日")])
def test_a_date_typed_day_first_is_told(lib: library.Library, tmp_path: Path, date: str, fixed: str) -> None:
    path = make(tmp_path, [*HEAD, f"注意到山区国家部长于{date}通过的宣言，", OP1, OP2])
    found = findings(path, lib, "date-zh")
    assert [p for p, _ in found] == [7] and fixed in found[0][1]


def test_a_date_line_of_the_heading_is_read_too(lib: library.Library, tmp_path: Path) -> None:
    head = [*HEAD[:2], "日期：18/6/2026", *HEAD[2:]]
    assert rules(make(tmp_path, [*head, PRE, OP1, OP2]), lib).get("date-zh") == [3]


@pytest.mark.parametrize(("date", "fixed"), [("民國114年10月2日", "2025年10月2日"), ("民国99年1月", "2010年1月"),
                                             ("中華民國113年", "2024年")])
def test_a_date_of_the_republic_of_china_calendar_is_told(lib: library.Library, tmp_path: Path, date: str,
                                                          fixed: str) -> None:
    head = [*HEAD_TW[:2], f"日期：{date}", *HEAD_TW[2:]]
    path = make(tmp_path, [*head, "回顧其關於山區永續發展的各項決議，", "1. 鼓勵會員國保護山區的冰川；", "2. 請秘書長提交報告。"])
    found = findings(path, lib, "date-zh")
    assert [p for p, _ in found] == [3] and fixed in found[0][1]


@pytest.mark.parametrize("text", ["注意到2025年4月7日通过的宣言，", "回顾第5/3号决定和第12/7号决定，",
                                  "注意到文件A/80/7/2025的内容，", "注意到32/13/2025这一编号，"])
def test_what_is_no_day_first_date_is_left_alone(lib: library.Library, tmp_path: Path, text: str) -> None:
    assert "date-zh" not in rules(make(tmp_path, [*HEAD, text, OP1, OP2]), lib)


def test_an_english_draft_keeps_its_own_dates(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD_EN, "Noting the declaration adopted by the ministers on 7/4/2025,",
                  "1. Encourages Member States to protect mountain glaciers;", "2. Requests a report."]
    assert "date-zh" not in rules(make(tmp_path, paragraphs), lib)


# -- title-marks: a listed title in traditional characters ----------------------------------------------------------

@pytest.mark.parametrize("text", ["回顧「殘疾人權利公約」第九條，", "回顧殘疾人權利公約第九條，"])
def test_a_listed_title_in_traditional_characters_needs_title_marks(lib: library.Library, tmp_path: Path,
                                                                    text: str) -> None:
    path = make(tmp_path, [*HEAD_TW, text, "1. 鼓勵會員國保護山區的冰川；", "2. 請秘書長提交報告。"])
    assert rules(path, lib).get("title-marks") == [7]


def test_a_traditional_title_in_title_marks_is_right(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_TW, "回顧《殘疾人權利公約》第九條，", "1. 鼓勵會員國保護山區的冰川；", "2. 請秘書長提交報告。"])
    assert "title-marks" not in rules(path, lib)


# -- lead-misspelled: a near-homophone ------------------------------------------------------------------------------

def test_initials_told_apart_only_by_aspiration_are_near_homophones() -> None:
    assert near_homophones("挺", "定") and near_homophones("灿", "赞") and near_homophones("足", "促")
    assert not near_homophones("定", "定") and not near_homophones("挺", "赞") and not near_homophones("足", "族")


@pytest.mark.parametrize(("lead", "correct"), [("决挺", "决定"), ("灿扬", "赞扬")])
def test_a_lead_typed_with_a_near_homophone_is_a_slip(lib: library.Library, tmp_path: Path, lead: str,
                                                      correct: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, OP1, f"2. {lead}山区国家为保护冰川所作的努力。"])
    found = findings(path, lib, "lead-misspelled")
    assert [p for p, _ in found] == [9] and correct in found[0][1]


def test_right_leads_and_plain_openings_are_no_slips(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, PRE, "1. 促请会员国保护山区的冰川和水源；", "2. 敦促各国分享数据；", OP2]
    assert "lead-misspelled" not in rules(make(tmp_path, paragraphs), lib)


# -- pasted-artefact: what a WeChat article or a chat leaves in the text --------------------------------------------

def test_an_emoji_in_a_clause_is_told(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励会员国保护山区的冰川和水源👍；", OP2])
    found = findings(path, lib, "pasted-artefact")
    assert [p for p, _ in found] == [8] and "👍" in found[0][1]


@pytest.mark.parametrize("line", ["△ 图为第二委员会的代表们", "　　点击上方蓝字关注我们", "（向上滑動閱覽）", "长按二维码关注模联社"])
def test_a_caption_or_a_hint_to_the_readers_is_told(lib: library.Library, tmp_path: Path, line: str) -> None:
    assert rules(make(tmp_path, [*HEAD, PRE, OP1, line, OP2]), lib).get("pasted-artefact") == [9]


def test_an_emoji_in_an_english_heading_is_told(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["Committee: Second Committee 🌍", *HEAD_EN[1:], "Recalling its resolutions on mountains,",
                  "1. Encourages Member States to protect mountain glaciers;", "2. Requests a report."]
    assert rules(make(tmp_path, paragraphs), lib).get("pasted-artefact") == [1]


def test_bullets_boxes_and_arrows_are_no_artefacts(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, PRE, "1. 鼓励会员国在以下方面开展合作：", "▪ 冰川监测；", "▪ 水源保护；",
                  "2. 请秘书长提交一份报告（☐ 通过 → 下一届会议）。"]
    assert "pasted-artefact" not in rules(make(tmp_path, paragraphs), lib)
