"""Seen while checking the blind set holdout-zh38: Chinese drafts written with a chat assistant (文心一言, 豆包, Kimi,
DeepSeek …) and pasted whole. The assistant's own sentences above the draft ("以下是一份关于……的决议草案：") and under
it ("希望对你有帮助！", "如需调整，请随时告诉我。") were read as heading lines or as one more clause (the real last clause
then got a full stop "before the end"); its Markdown bold typed around a Chinese heading line was not seen; a field
holding the assistant's "[国家名称]" counted as filled; its thematic subheadings inside the operative part
(Markdown headings, "#### 二、资金保障") were clauses or headings nothing reported, and the
numbers restarting at "1." under a heading went unseen outside a UN text. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：农村地区的清洁饮用水", "起草国：埃塞俄比亚、尼泊尔",
        "附议国：秘鲁、乌干达"]
PRE = ["大会，", "认识到安全饮用水是实现可持续发展目标6的基础，", "关切地注意到农村居民获得安全饮用水的比例仍然偏低，"]
OPS = ["1. 鼓励会员国将农村供水纳入国家发展规划；", "2. 邀请多边开发银行为农村供水项目提供优惠贷款；",
       "3. 请秘书长向大会第八十二届会议报告本决议的执行情况。"]
END_RULES = ("stray-full-stop", "operative-end", "operative-unnumbered", "final-stop", "operative-no-verb")


@pytest.mark.parametrize("line", [
    "以下是一份关于农村地区清洁饮用水问题的决议草案，供你参考：",
    "好的！下面是为您撰写的一份模联决议草案：",
    "當然，以下是按照模擬聯合國格式撰寫的決議草案範本：",
])
def test_the_assistants_opening_sentence_is_no_part_of_the_draft(
        lib: library.Library, tmp_path: Path, line: str) -> None:
    found = rules(make(tmp_path, [line, *HEAD, *PRE, *OPS]), lib)
    assert found.get("pasted-artefact") == [1]


@pytest.mark.parametrize("line", [
    "希望这份草案对你有帮助！如果需要增加条款，请随时告诉我。",
    "以上草案可以根据你所代表国家的立场进行调整，祝你在会议中取得好成绩！",
    "如需進一步修改措辭，歡迎隨時告訴我！",
    "注：您可以根据委员会的实际情况调整附议国名单。",
])
def test_the_assistants_closing_line_is_no_clause(lib: library.Library, tmp_path: Path, line: str) -> None:
    found = rules(make(tmp_path, [*HEAD, *PRE, *OPS, line]), lib)
    assert found.get("pasted-artefact") == [12]
    for rule in END_RULES:
        assert rule not in found, rule  # the last clause keeps its 。 and is the last
    # a clause that opens with a hope is no assistant's line
    clause = "4. 希望各会员国在下届会议前分享农村供水的良好做法。"
    found = rules(make(tmp_path, [*HEAD, *PRE, *OPS[:2], OPS[2].replace("。", "；"), clause], name="hope.docx"), lib)
    assert "pasted-artefact" not in found
    assert not {r for r in END_RULES if r in found}


@pytest.mark.parametrize(("line", "at"), [("**决议草案**", 1), ("**委员会：**大会第二委员会", 2),
                                          ("**起草国：** 埃塞俄比亚、尼泊尔", 4)])
def test_markdown_bold_typed_in_a_chinese_heading_line(
        lib: library.Library, tmp_path: Path, line: str, at: int) -> None:
    head = list(HEAD)
    head[at - 1] = line
    found = rules(make(tmp_path, [*head, *PRE, *OPS]), lib)
    assert found.get("pasted-artefact") == [at]


@pytest.mark.parametrize("field", ["起草国：[国家名称]", "起草国：[国家名称]、[国家名称]", "起草国：【國家名稱】",
                                   "起草国：（国名）、（国名）", "**起草国：**[国家名称]"])
def test_a_field_holding_the_assistants_placeholder_is_unfilled(
        lib: library.Library, tmp_path: Path, field: str) -> None:
    found = rules(make(tmp_path, [*HEAD[:3], field, HEAD[4], *PRE, *OPS]), lib)
    assert 4 in found.get("heading-missing", []) or 1 in found.get("heading-missing", [])
    found = rules(make(tmp_path, [*HEAD[:3], "起草国：国家名称较长的国家、尼泊尔", HEAD[4], *PRE, *OPS],
                       name="filled.docx"), lib)
    assert "heading-missing" not in found


def test_thematic_subheadings_inside_the_operative_part(lib: library.Library, tmp_path: Path) -> None:
    lines = [*HEAD, *PRE, "一、供水设施", OPS[0], OPS[1], "二、后续行动", "1. 请秘书长向大会第八十二届会议报告本决议的执行情况。"]
    found = rules(make(tmp_path, lines), lib)
    # plain headings over the clauses are no fault by themselves (A/RES/74/19 has them; holdout-zh31): the count goes on
    assert 13 in found.get("numbering-restart", []) + found.get("numbering-sequence", [])
    assert "preambular-end" not in found
    # sections are no fault in a UN text ("A. …" parts of an omnibus resolution): nor are numbers from 1 in each
    head = ["A/C.2/80/L.99", "Distr.: Limited", "Original: English"]
    lines = [*head, "The General Assembly,", "Recalling its resolution 78/140,", "A. Water supply",
             "1. Encourages Member States to plan rural water supply;", "2. Invites banks to lend for it;",
             "B. Follow-up", "1. Requests the Secretary-General to report on it at its eighty-second session."]
    found = rules(make(tmp_path, lines, name="un.docx"), lib)
    assert "numbering-restart" not in found and "numbering-sequence" not in found


def test_markdown_subheadings_after_the_operative_part_is_named(lib: library.Library, tmp_path: Path) -> None:
    text = "\n\n".join(["# 决议草案", *HEAD[1:], "### 序言部分", "**大会**，",
                        "**认识到**安全饮用水是实现可持续发展目标6的基础，", "### 执行部分", "#### 一、供水设施",
                        "1. **鼓励**会员国将农村供水纳入国家发展规划；", "2. **邀请**多边开发银行为农村供水项目提供优惠贷款；",
                        "#### 二、后续行动", "1. **请**秘书长向大会第八十二届会议报告本决议的执行情况。"]) + "\n"
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    found = rules(path, lib)
    assert found.get("section-heading") == [6, 9, 10, 13]
    assert "preambular-end" not in found and "lead-unknown" not in found
    assert 14 in found.get("numbering-restart", []) + found.get("numbering-sequence", [])



@pytest.mark.parametrize(("line", "at"), [("认识到第XX/XX号决议为农村供水设定的目标，", 7), ("日期：20XX年X月X日", 6),
                                          ("回顾2024年X月X日关于饮用水的决议，", 7)])
def test_a_blank_left_for_a_date_or_a_number(lib: library.Library, tmp_path: Path, line: str, at: int) -> None:
    lines = [*HEAD, line, *PRE, *OPS] if at == 6 else [*HEAD, PRE[0], line, *PRE[1:], *OPS]
    found = rules(make(tmp_path, lines), lib)
    assert found.get("blank-left") == [at]
    found = rules(make(tmp_path, [*HEAD, PRE[0], "回顾2024年7月26日关于饮用水的决议和X射线检测标准，", *PRE[1:], *OPS],
                       name="filled.docx"), lib)
    assert "blank-left" not in found
