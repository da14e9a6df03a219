"""Faults and false alarms of the blind set holdout-zh21 (#20): Chinese drafts written in an online document (腾讯文档,
石墨文档, 飞书) or a chat group (微信, QQ) and copied out as plain text. Held by sentences of our own, with a passing
draft beside each: clauses drawn with the bullets of those apps ("◆", "➤"); operative clauses whose list numbers were
lost in the copy, indented with a tab or full-width spaces; clauses drawn with "•" whose lead opens both parts in
Chinese (鼓励, 敦促, 呼吁) but which end as operative clauses do; the lines a chat adds around a draft (an "@主席"
message, a sender's name and time, a closing message)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["决议草案", "委员会：联合国环境大会", "议题：湿地保护与恢复", "起草国：博茨瓦纳、芬兰", "附议国：秘鲁、越南"]
ORGAN = "联合国环境大会，"
PREAMBLE = ["回顾《关于特别是作为水禽栖息地的国际重要湿地公约》，", "认识到泥炭地储存了大量碳，"]
CLAUSES = ["1. 鼓励会员国将湿地恢复纳入国家自主贡献；", "2. 请执行主任编写一份湿地恢复良好做法汇编。"]


@pytest.mark.parametrize("bullet", ["◆", "◇", "❖", "➤"])
def test_a_preamble_drawn_with_an_online_document_s_bullets_is_numbered(lib: library.Library, tmp_path: Path,
                                                                       bullet: str) -> None:
    paragraphs = [*HEAD, ORGAN, *(f"{bullet} {p}" for p in PREAMBLE), *CLAUSES]
    assert rules(make(tmp_path, paragraphs), lib).get("preambular-numbered", []) == [7, 8]
    clean = [*HEAD, ORGAN, *PREAMBLE, *CLAUSES]
    assert "preambular-numbered" not in rules(make(tmp_path, clean, "clean.docx"), lib)


@pytest.mark.parametrize("indent", ["\t", "\u3000\u3000", "    "])
def test_indented_clauses_whose_numbers_were_lost_are_unnumbered(lib: library.Library, tmp_path: Path,
                                                                 indent: str) -> None:
    body = [*PREAMBLE, "1. 欢迎各国为保护湿地所作的努力；", "2. 鼓励会员国将湿地恢复纳入国家自主贡献；",
            "促请会员国减少湿地周边的农业面源污染；", "请执行主任编写一份湿地恢复良好做法汇编。"]
    paragraphs = [*HEAD, ORGAN, *(indent + p for p in body)]
    assert rules(make(tmp_path, paragraphs), lib).get("operative-unnumbered", []) == [11, 12]
    # a clause that goes on over a second line is no clause of its own
    wrapped = [*HEAD, ORGAN, *(indent + p for p in [*PREAMBLE, "1. 欢迎各国为保护湿地所作的努力；",
                                                     "2. 鼓励会员国将湿地恢复纳入国家自主贡献，并在",
                                                     "国家适应计划中列出相应措施。"])]
    assert "operative-unnumbered" not in rules(make(tmp_path, wrapped, "wrapped.docx"), lib)


def test_bulleted_clauses_ending_as_operative_ones_are_operative(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, ORGAN, *PREAMBLE, "• 敦促会员国停止排干湿地；", "• 鼓励会员国设立湿地保护区；",
                  "• 呼吁会员国开展湿地教育，包括：", "· 在学校开设湿地课程；", "· 建设湿地科普步道。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("numbering-form", []) == [9, 10, 11]
    assert "preambular-end" not in found and "chapeau-colon" not in found
    assert found.get("sub-label-style", []) == [12, 13]
    # the same bullets before clauses ending with a comma: preambular clauses drawn with bullets
    preamble = [*HEAD, ORGAN, "• 鼓励各方保护湿地的努力，", "• 敦促各方关注泥炭地的碳储存，", *CLAUSES]
    found = rules(make(tmp_path, preamble, "preamble.docx"), lib)
    assert found.get("preambular-numbered", []) == [7, 8]
    assert "numbering-form" not in found


@pytest.mark.parametrize(("line", "at"), [
    ("@主席 这是我们代表团的决议草案，麻烦看一下", 0),
    ("＠主席团 请审阅", 0),
    ("赵敏（博茨瓦纳代表） 2026/12/4 21:03:11", 0),
    ("陈立 昨天 下午9:15", 0),
    ("以上，请主席团审阅，有意见请私聊", None),
])
def test_a_chat_s_lines_around_a_chinese_draft_are_pasted(lib: library.Library, tmp_path: Path, line: str,
                                                         at: int | None) -> None:
    draft = [*HEAD, ORGAN, *PREAMBLE, *CLAUSES]
    paragraphs = [line, *draft] if at == 0 else [*draft, line]
    where = 1 if at == 0 else len(paragraphs)
    assert where in rules(make(tmp_path, paragraphs), lib).get("pasted-artefact", [])
    # a chat's words inside the clauses are the clauses' own
    clauses = ["1. 请各国审阅其湿地法律，麻烦之处在于执法；", "2. 请执行主任查收各国报告，并在 2027/3/1 10:00 之前汇总。"]
    assert "pasted-artefact" not in rules(make(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *clauses], "clean.docx"), lib)


def test_two_chinese_state_names_run_together_lack_their_separator(lib: library.Library, tmp_path: Path) -> None:
    heading = [*HEAD[:3], "起草国：博茨瓦纳、芬兰", "附议国：秘鲁、葡萄牙越南、智利"]
    found = rules(make(tmp_path, [*heading, ORGAN, *PREAMBLE, *CLAUSES]), lib)
    assert found.get("sponsor-separator", []) == [5]
    # names separated by a space are a list written its own way, and one name alone is one name
    for i, row in enumerate(["附议国：秘鲁、葡萄牙 越南、智利", "附议国：秘鲁、几内亚比绍、智利"]):
        clean = [*HEAD[:3], "起草国：博茨瓦纳、芬兰", row, ORGAN, *PREAMBLE, *CLAUSES]
        assert "sponsor-separator" not in rules(make(tmp_path, clean, f"clean{i}.docx"), lib)


def test_a_clause_drawn_with_the_bullet_of_the_clause_before_it_is_its_sibling(lib: library.Library,
                                                                                tmp_path: Path) -> None:
    paragraphs = [*HEAD, ORGAN, *PREAMBLE, "• 鼓励会员国设立湿地保护区；", "• 促请会员国停止排干湿地，并",
                  "恢复已退化的泥炭地；", "• 请执行主任提交一份报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("numbering-form", []) == [9, 10, 12]
    assert "sub-label-style" not in found and "preambular-end" not in found


def test_the_lead_after_a_label_typed_twice_is_read(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "*联合国环境大会*，", "_回顾_其各项决议，", "　　1. 1. 鼓励会员国保护湿地；",
                  "　　2. *请*执行主任提交一份报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("label-doubled", []) == [8]
    assert found.get("lead-emphasis", []) == [8]  # 鼓励, the lead after the second "1."
