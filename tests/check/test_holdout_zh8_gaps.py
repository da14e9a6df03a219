"""Faults of Chinese drafts the checker missed on the blind set holdout-zh8 (#20), each held by sentences of our own
with a passing draft beside it: a lead marked with typed characters instead of emphasis (【注意到】 in plain text,
Markdown's **鼓励** pasted into Word, in English **Encourages**), and a UN document symbol typed with the input method
in full-width mode (Ａ／ＲＥＳ／７６／３００)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = ["决议草案", "委员会：联合国大会第二委员会", "议题：防治荒漠化和土地退化", "起草国：蒙古、塞内加尔", "附议国：乍得、约旦",
        "大会，"]
HEAD_EN = ["Committee: Second Committee", "Topic: Combating desertification", "Sponsors: Mongolia, Senegal",
           "Signatories: Chad, Jordan", "The General Assembly,"]


def fixed_paragraphs(path: Path, lib: library.Library, out: Path) -> list[reader.Paragraph]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return reader.read(out).paragraphs


def emphasised(para: reader.Paragraph) -> str:
    """The characters of ``para`` that are italic, bold or underlined."""
    return "".join(run.text for run in para.runs if run.italic or run.bold or run.underline)


# -- a lead marked with typed characters -----------------------------------------------------------------------------

def test_leads_in_chinese_square_brackets(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "【注意到】土地退化影响到旱地的十多亿人，", "【深切关注】沙尘暴日益频繁，",
                  "1. 【鼓励】会员国制定土地退化零增长目标；", "2. 【请】秘书长提交一份报告。"]
    path = make(tmp_path, paragraphs)
    assert rules(path, lib).get("lead-marked") == [7, 8, 9, 10]
    fixed = fixed_paragraphs(path, lib, tmp_path / "fixed.docx")
    assert [p.text for p in fixed[6:]] == ["注意到土地退化影响到旱地的十多亿人，", "深切关注沙尘暴日益频繁，",
                                           "1. 鼓励会员国制定土地退化零增长目标；", "2. 请秘书长提交一份报告。"]
    assert [emphasised(p) for p in fixed[6:]] == ["注意到", "深切关注", "鼓励", "请"]
    assert "lead-marked" not in rules(tmp_path / "fixed.docx", lib)


@pytest.mark.parametrize("marks", [("**", "**"), ("〖", "〗"), ("__", "__")])
def test_leads_in_markdown_marks_or_other_brackets(lib: library.Library, tmp_path: Path,
                                                   marks: tuple[str, str]) -> None:
    opening, closing = marks
    paragraphs = [*HEAD, [("回顾", "u"), ("其关于防治荒漠化的各项决议，", "")],
                  [("1. ", ""), ("鼓励", "u"), ("会员国制定土地退化零增长目标；", "")],
                  f"2. {opening}请{closing}秘书长提交一份报告。"]
    path = make(tmp_path, paragraphs)
    assert rules(path, lib).get("lead-marked") == [9]
    fixed = fixed_paragraphs(path, lib, tmp_path / "fixed.docx")
    assert fixed[8].text == "2. 请秘书长提交一份报告。" and emphasised(fixed[8]) == "请"


def test_an_english_lead_in_markdown_bold(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD_EN, "**Deeply concerned** by the spread of sand and dust storms,",
                  [("1. ", ""), ("Encourages", "i"), (" Member States to set land degradation targets;", "")],
                  [("2. ", ""), ("Requests", "i"), (" the Secretary-General to report.", "")]]
    path = make(tmp_path, paragraphs)
    assert rules(path, lib).get("lead-marked") == [6]
    fixed = fixed_paragraphs(path, lib, tmp_path / "fixed.docx")
    assert fixed[5].text.startswith("Deeply concerned by") and emphasised(fixed[5]) == "Deeply concerned"


def test_brackets_that_mark_no_lead_are_left_alone(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, [("注意到", "u"), ("【旱地监测报告】所载的数据，", "")],
                  [("1. ", ""), ("鼓励", "u"), ("会员国在“土地日”举办活动，例如**植树**；", "")],
                  [("2. ", ""), ("请", "u"), ("秘书长提交一份报告。", "")]]
    assert "lead-marked" not in rules(make(tmp_path, paragraphs), lib)


def test_a_bracket_that_holds_a_whole_clause_is_no_marked_lead(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, [("回顾", "u"), ("其各项决议，", "")], "1. 【鼓励会员国制定土地退化零增长目标；】",
                  [("2. ", ""), ("请", "u"), ("秘书长提交一份报告。", "")]]
    assert "lead-marked" not in rules(make(tmp_path, paragraphs), lib)


# -- a document symbol in full-width characters -----------------------------------------------------------------------

def test_a_document_symbol_typed_in_full_width(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, [("回顾", "u"), ("其Ａ／ＲＥＳ／７６／３００号决议和秘书长的报告(A/７９/２１０)，", "")],
                  [("1. ", ""), ("鼓励", "u"), ("会员国制定土地退化零增长目标；", "")],
                  [("2. ", ""), ("请", "u"), ("秘书长提交一份报告。", "")]]
    path = make(tmp_path, paragraphs)
    assert rules(path, lib).get("symbol-full-width") == [7, 7]
    fixed = fixed_paragraphs(path, lib, tmp_path / "fixed.docx")
    # the symbol cited in the place of the resolution's number is written as the Chinese cites it (ZH-P02), the
    # report's symbol in half-width forms
    assert fixed[6].text == "回顾其第76/300号决议和秘书长的报告(A/79/210)，"
    assert "symbol-full-width" not in rules(tmp_path / "fixed.docx", lib)


def test_half_width_symbols_and_other_full_width_text_are_left_alone(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, [("回顾", "u"), ("其第76/300号决议、A/RES/77/165号决议和《２０３０年可持续发展议程》，", "")],
                  [("注意到", "u"), ("ＣＯＶＩＤ－１９大流行和ＵＮ／ＤＥＳＡ的数据，", "")],
                  [("1. ", ""), ("鼓励", "u"), ("会员国制定土地退化零增长目标；", "")],
                  [("2. ", ""), ("请", "u"), ("秘书长提交一份报告。", "")]]
    assert "symbol-full-width" not in rules(make(tmp_path, paragraphs), lib)


# -- the organ line written as a sentence ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["大会通过以下决议。", "大会兹通过下列决议：", "大會通過以下決議，"])
def test_an_organ_line_written_as_a_sentence(lib: library.Library, tmp_path: Path, line: str) -> None:
    paragraphs = [*HEAD[:5], line, [("回顾", "u"), ("其关于防治荒漠化的各项决议，", "")],
                  [("1. ", ""), ("鼓励", "u"), ("会员国制定土地退化零增长目标；", "")],
                  [("2. ", ""), ("请", "u"), ("秘书长提交一份报告。", "")]]
    path = make(tmp_path, paragraphs)
    report, _ = check.check_file(path, lib)
    organ = [f for f in report.findings if f.rule == "organ-line"]
    assert [f.paragraph for f in organ] == [6] and "写成了句子" in organ[0].message
    fixed = fixed_paragraphs(path, lib, tmp_path / "fixed.docx")
    assert fixed[5].text == line[:2] + "，"
    assert "organ-line" not in rules(tmp_path / "fixed.docx", lib)


def test_a_clause_that_adopts_something_is_no_organ_line(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, [("欢迎", "u"), ("执行局通过以下决议草案，", "")],
                  [("1. ", ""), ("鼓励", "u"), ("会员国制定土地退化零增长目标；", "")],
                  [("2. ", ""), ("请", "u"), ("秘书长提交一份报告。", "")]]
    assert "organ-line" not in rules(make(tmp_path, paragraphs), lib)
