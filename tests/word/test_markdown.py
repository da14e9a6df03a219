"""Markdown read as a viewer shows it: paragraphs, emphasis, and spans written back."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.word import markdown, plaintext
from drafter.word.markdown import Span


def texts(lines: list[str]) -> list[str]:
    return [block.text for block in markdown.blocks(lines)]


def styled(text: str) -> list[tuple[str, str]]:
    return [(span.text, "+".join(sorted(span.styles))) for span in markdown.spans_of(text)]


@pytest.mark.parametrize(("text", "spans"), [
    ("*Recalling* its resolution", [("Recalling", "italic"), (" its resolution", "")]),
    ("**Urges** all States", [("Urges", "bold"), (" all States", "")]),
    ("__Urges__ all _States_", [("Urges", "bold"), (" all ", ""), ("States", "italic")]),
    ("***Decides*** to", [("Decides", "bold+italic"), (" to", "")]),
    ("<u>Requests</u> the ~~Secretary~~ Office", [("Requests", "underline"), (" the ", ""), ("Secretary", "strike"),
                                                  (" Office", "")]),
    ("<U><i>Notes</i></U> with", [("Notes", "italic+underline"), (" with", "")]),
    ("**回顾**其决议", [("回顾", "bold"), ("其决议", "")]),
    ("**回顾：**其决议", [("回顾：", "bold"), ("其决议", "")]),
    ("大会**第74/247号**决议", [("大会", ""), ("第74/247号", "bold"), ("决议", "")]),
])
def test_emphasis_is_read_as_a_viewer_shows_it(text: str, spans: list[tuple[str, str]]) -> None:
    assert styled(text) == spans


@pytest.mark.parametrize(("text", "plain"), [
    ("snake_case_name and file_name_2", "snake_case_name and file_name_2"),
    ("a * b * c", "a * b * c"),
    (r"1\. Urges \*all\* States", "1. Urges *all* States"),
    ("see `A/RES/74/247` and [the Convention](https://example.org/c \"title\")", "see A/RES/74/247 and the Convention"),
    ("<https://undocs.org/A/RES/74/247>", "https://undocs.org/A/RES/74/247"),
    ("**unclosed bold", "**unclosed bold"),
    ("~one tilde~", "~one tilde~"),
])
def test_what_is_no_emphasis_stays_text(text: str, plain: str) -> None:
    spans = markdown.spans_of(text)
    assert "".join(s.text for s in spans) == plain
    assert not any(s.styles for s in spans)


def test_blocks_keep_one_field_or_clause_per_line_and_join_wrapped_lines() -> None:
    lines = ["---", "title: Draft 1", "---", "# Draft resolution", "", "**Committee:** CCPCJ", "**Topic:** Cybercrime",
             "", "> *The General Assembly,*", "", "*Recalling* its resolution 74/247 on countering the use of",
             "information and communications technologies for criminal purposes,", "*Noting* the",
             "United Nations Convention,", "", "| Sponsors | Brazil, Chile |", "|---|---|", "***",
             "1. **Urges** States to:", "    a. sign the Convention;", "    b. ratify it;", "2. **Decides** to",
             "continue the work.  ", "Thereafter ends.", "```", "not *emphasis*", "```"]
    blocks = markdown.blocks(lines)
    assert [b.text for b in blocks] == [
        "Draft resolution", "Committee: CCPCJ", "Topic: Cybercrime", "The General Assembly,",
        "Recalling its resolution 74/247 on countering the use of information and communications technologies for "
        "criminal purposes,", "Noting the United Nations Convention,", "Sponsors\tBrazil, Chile",
        "1. Urges States to:", "    a. sign the Convention;", "    b. ratify it;", "2. Decides to continue the work.",
        "Thereafter ends.", "not *emphasis*"]
    assert [(b.first, b.last) for b in blocks][:6] == [(3, 3), (5, 5), (6, 6), (8, 8), (10, 11), (12, 13)]
    assert blocks[0].prefix == "# " and blocks[3].prefix == "> "
    assert all(s.bold for s in blocks[0].spans)  # a heading shows bold
    assert blocks[3].spans[0].italic


def test_chinese_fields_and_clauses_typed_one_per_line_stay_apart() -> None:
    assert texts(["**委员会**：预防犯罪和刑事司法委员会", "**议题**：网络犯罪", "**回顾**其决议，", "**注意到**公约，"]) == [
        "委员会：预防犯罪和刑事司法委员会", "议题：网络犯罪", "回顾其决议，", "注意到公约，"]


@pytest.mark.parametrize("spans", [
    [Span("Recalling", italic=True), Span(" its resolution 74/247,")],
    [Span("1. "), Span("Urges", bold=True, italic=True), Span(" States to use *stars* and _lines_;")],
    [Span("Requests", underline=True), Span(" the "), Span("old", strike=True), Span(" Office")],
    [Span("回顾", bold=True), Span("其第74/247号决议，")],
])
def test_spans_written_as_markdown_read_back_the_same(spans: list[Span]) -> None:
    assert markdown.spans_of(markdown.rendered(spans)) == spans


def test_a_heading_keeps_its_level_and_reads_in_words_heading_style(tmp_path: Path) -> None:
    lines = ["# 决议草案", "委员会：大会", "#### 一、资金保障", "小标题", "-----", "1. 鼓励各国；"]
    assert [(b.text, b.level) for b in markdown.blocks(lines)] == [
        ("决议草案", 1), ("委员会：大会", 0), ("一、资金保障", 4), ("小标题", 2), ("1. 鼓励各国；", 0)]
    path = tmp_path / "draft.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [p.style for p in plaintext.read(path).paragraphs] == [
        "heading 1", "Normal", "heading 4", "heading 2", "Normal"]
