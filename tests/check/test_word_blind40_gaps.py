"""Faults and false alarms of the blind set word-blind40 (#20): drafts as a dais prepares them for debate, friendly
amendments typed in by hand. Held by sentences of our own: a clause struck through whole (w:strike, not a tracked
deletion) and left on the page is read as none — the clauses after it count on from the one before it, and the
clause before it may be the last; a note of amendment after a clause's own end mark is the amendment's trace, not a
wrong end; a Chinese note that names the proposer first ("（智利提出的友好修正案）") is a trace; underlined words of a
Chinese clause set apart from its lead are emphasis in the text (UN-B17)."""

from __future__ import annotations

from pathlib import Path

import docx
from check.rule_paragraphs import rules
from docmaker import Para, make

from drafter import library

HEAD = ["Committee: Second Committee", "Topic: Safe drinking water in small islands",
        "Sponsors: Fiji, Malta", "Signatories: Cabo Verde, Samoa", [("The General Assembly", "i"), (",", "")],
        [("Noting", "i"), (" that rain tanks serve many island households,", "")]]
ZH_HEAD = ["决议草案", "委员会：大会第二委员会", "议题：小岛屿的饮用水安全", "起草国：斐济、马耳他", "附议国：佛得角、萨摩亚",
           "大会，", [("注意到", "u"), ("许多岛屿家庭依靠雨水收集罐，", "")]]


def op(number: str, lead: str, rest: str, lead_flags: str = "i") -> Para:
    return [(number + " ", ""), (lead, lead_flags), (rest, "")]


def struck(tmp_path: Path, paragraphs: list[Para], strike: set[int]) -> Path:
    """The draft with the 1-based paragraphs ``strike`` struck through whole by direct formatting."""
    path = make(tmp_path, paragraphs)
    document = docx.Document(str(path))
    for index in strike:
        for run in document.paragraphs[index - 1].runs:
            run.font.strike = True
    document.save(str(path))
    return path


# -- a clause struck through whole ---------------------------------------------------------------------------------

def test_a_struck_clause_renumbered_after_is_no_fault(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, op("1.", "Encourages", " island States to test tank water twice a year;"),
                  op("2.", "Urges", " donors to fund desalination plants on every island;"),
                  op("2.", "Invites", " regional bodies to share testing kits;"),
                  op("3.", "Requests", " the Secretary-General to report at the next session.")]
    assert "numbering-sequence" not in rules(struck(tmp_path, paragraphs, {8}), lib)


def test_a_struck_clause_not_renumbered_after_is_found(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, op("1.", "Encourages", " island States to test tank water twice a year;"),
                  op("2.", "Urges", " donors to fund desalination plants on every island;"),
                  op("3.", "Invites", " regional bodies to share testing kits;"),
                  op("4.", "Requests", " the Secretary-General to report at the next session.")]
    assert rules(struck(tmp_path, paragraphs, {8}), lib).get("numbering-sequence") == [9]


def test_the_clause_before_a_struck_last_clause_is_the_last(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, op("1.", "Encourages", " island States to test tank water twice a year;"),
                  op("2.", "Invites", " regional bodies to share testing kits;"),
                  op("3.", "Requests", " the Secretary-General to report at the next session.")]
    found = rules(struck(tmp_path, paragraphs, {9}), lib)
    assert 8 in found.get("final-stop", []) + found.get("operative-end", [])


def test_a_struck_chinese_clause_counts_for_nothing(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*ZH_HEAD, op("1.", "鼓励", "各岛屿国家每年两次检测储水罐的水质；", "u"),
                  op("2.", "敦促", "捐助方为每个岛屿建设海水淡化厂；", "u"),
                  op("3.", "请", "秘书长在下届会议上提出报告。", "u")]
    found = rules(struck(tmp_path, paragraphs, {9}), lib)
    assert "numbering-sequence" in found and 10 in found["numbering-sequence"]


# -- a note of amendment after the clause -----------------------------------------------------------------------------

def test_a_note_after_the_end_mark_is_no_wrong_end(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, op("1.", "Encourages", " island States to test tank water twice a year; (amended)"),
                  op("2.", "Requests", " the Secretary-General to report. (friendly amendment by Samoa)")]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("amendment-trace") == [7, 8]
    assert "operative-end" not in found and "final-stop" not in found
    # a note typed in place of the end mark: the mark is missing still
    paragraphs = [*HEAD, op("1.", "Encourages", " island States to test tank water twice a year (amended)"),
                  op("2.", "Requests", " the Secretary-General to report.")]
    assert rules(make(tmp_path, paragraphs, "in-place.docx"), lib).get("operative-end") == [7]


def test_a_chinese_note_naming_its_proposer_is_a_trace(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*ZH_HEAD, op("1.", "鼓励", "各岛屿国家每年两次检测储水罐的水质；", "u"),
                  "（智利提出的友好修正案，起草国已接受）",
                  op("2.", "请", "秘书长在下届会议上提出报告。", "u")]
    assert rules(make(tmp_path, paragraphs), lib).get("amendment-trace") == [9]
    # a proposal named in brackets inside a clause is no note of amendment
    paragraphs = [*ZH_HEAD, op("1.", "鼓励", "各岛屿国家参照（小岛屿国家提出的水资源方案）检测水质；", "u"),
                  op("2.", "请", "秘书长在下届会议上提出报告。", "u")]
    assert "amendment-trace" not in rules(make(tmp_path, paragraphs, "proposal.docx"), lib)


# -- underlined words apart from a Chinese lead -----------------------------------------------------------------------

def test_underlined_words_apart_from_a_chinese_lead_are_found(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*ZH_HEAD, [("1. ", ""), ("鼓励", "u"), ("各岛屿国家", ""), ("每季度", "u"), ("检测储水罐的水质；", "")],
                  op("2.", "请", "秘书长在下届会议上提出报告。", "u")]
    assert rules(make(tmp_path, paragraphs), lib).get("emphasis-in-text") == [8]
    # a second lead underlined later in the clause is no emphasis of words
    paragraphs = [*ZH_HEAD, [("1. ", ""), ("鼓励", "u"), ("各岛屿国家检测储水罐的水质，并", ""), ("敦促", "u"),
                             ("捐助方提供检测设备；", "")],
                  op("2.", "请", "秘书长在下届会议上提出报告。", "u")]
    assert "emphasis-in-text" not in rules(make(tmp_path, paragraphs, "second-lead.docx"), lib)
