"""Faults of Chinese drafts the checker missed on the blind set holdout-zh44 (#20), held by sentences of our own with
passing drafts beside them: a sub-clause label typed with the enumeration comma after its brackets ("(a)、", ZH-B04);
an operative paragraph that opens with a speech's word of order and a comma before its verb ("此外，鼓励…", UN-B06,
UN-B12); a plan of the UN's own quoted in “” where 《》 belong (ZH-P01, UN-B15); a note of an amendment left on a line
of its own under the last clause ("注：第3条经友好修正案修改。"), which was read as a signature (MUN-A01, UN-D01)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix

HEAD = ["决议草案", "委员会：经济及社会理事会", "议题：农村地区的清洁饮用水", "起草国：乍得、尼泊尔", "附议国：秘鲁、越南",
        "经济及社会理事会，"]
PRE = "认识到农村地区仍有大量人口无法获得安全饮用水，"
OP_LAST = "3. 请秘书长在下届会议上提交报告。"


# -- sub-label-style: "(a)、" — the enumeration comma after a bracketed label ---------------------------------------

@pytest.mark.parametrize("first, second", [("(a)、修建雨水收集设施；", "(b)、培训社区水管员；"),
                                           ("（a）、修建雨水收集设施；", "（b）、培训社区水管员；")])
def test_a_bracketed_label_with_an_enumeration_comma_is_told(lib: library.Library, tmp_path: Path, first: str,
                                                           second: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各会员国：", first, second, "2. 呼吁捐助方提供资金；", OP_LAST])
    assert rules(path, lib).get("sub-label-style") == [9, 10]


def test_the_fix_takes_the_enumeration_comma_out(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各会员国：", "(a)、修建雨水收集设施；", "(b)、培训社区水管员；",
                           "2. 呼吁捐助方提供资金；", OP_LAST])
    report, doc = check.check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    texts = [p.text for p in check.check_file(out, lib)[1].paragraphs]
    assert "(a)修建雨水收集设施；" in texts or "(a) 修建雨水收集设施；" in texts
    assert "sub-label-style" not in rules(out, lib)


def test_a_bracketed_label_alone_passes(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各会员国：", "(a) 修建雨水收集设施；", "(b) 培训社区水管员；",
                           "2. 呼吁捐助方提供资金；", OP_LAST])
    assert "sub-label-style" not in rules(path, lib)


# -- lead-form: a word of order and a comma before an operative lead -----------------------------------------------

@pytest.mark.parametrize("clause", ["2. 此外，呼吁捐助方提供资金；", "2. 另外，呼吁捐助方提供资金；",
                                    "2. 最后，呼吁捐助方提供资金；", "2. 此外，鼓勵捐助方提供資金；"])
def test_a_word_of_order_before_an_operative_lead_is_told(lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各会员国修建雨水收集设施；", clause, OP_LAST])
    assert rules(path, lib).get("lead-form") == [9]


def test_a_repeated_lead_after_a_word_of_order_is_given_with_further(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各会员国修建雨水收集设施；", "2. 此外，鼓励捐助方提供资金；", OP_LAST])
    report, _ = check.check_file(path, lib)
    [finding] = [f for f in report.findings if f.rule == "lead-form"]
    assert "还鼓励" in finding.message


@pytest.mark.parametrize("clause", ["2. 还呼吁捐助方提供资金；", "2. 在不妨碍各国主权的情况下，呼吁捐助方提供资金；",
                                    "2. 此外还呼吁捐助方提供资金；"])
def test_a_lead_or_a_frame_before_it_passes(lib: library.Library, tmp_path: Path, clause: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各会员国修建雨水收集设施；", clause, OP_LAST])
    assert "lead-form" not in rules(path, lib)


# -- title-marks: the UN's own plan or strategy quoted in “” ---------------------------------------------------------

@pytest.mark.parametrize("pre", ["注意到“联合国水与环境卫生全系统行动计划”的执行情况，",
                                 "注意到“联合国全球反恐战略”的审查，"])
def test_the_uns_own_plan_in_quotation_marks_is_told(lib: library.Library, tmp_path: Path, pre: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, pre, "1. 鼓励各会员国修建雨水收集设施；", "2. 呼吁捐助方提供资金；", OP_LAST])
    assert rules(path, lib).get("title-marks") == [8]


@pytest.mark.parametrize("pre", ["注意到《联合国水与环境卫生全系统行动计划》的执行情况，",
                                 "注意到联合国的行动计划和各国的国家战略，",
                                 "注意到秘书长题为“联合国水与环境卫生行动计划”的报告，"])
def test_a_marked_title_or_plans_spoken_of_pass(lib: library.Library, tmp_path: Path, pre: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, pre, "1. 鼓励各会员国修建雨水收集设施；", "2. 呼吁捐助方提供资金；", OP_LAST])
    assert "title-marks" not in rules(path, lib)


# -- amendment-trace, not signed-after-text: a note of an amendment under the last clause -----------------------------

@pytest.mark.parametrize("note", ["注：第2条经友好修正案修改。", "备注：原第3条已删除。", "說明：第1條依友好修正案增加「雨水」二字。"])
def test_a_note_of_an_amendment_after_the_text_is_an_amendments_trace(lib: library.Library, tmp_path: Path,
                                                                       note: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各会员国修建雨水收集设施；", "2. 呼吁捐助方提供资金；", OP_LAST, note])
    found = rules(path, lib)
    assert found.get("amendment-trace") == [11]
    assert "signed-after-text" not in found


def test_a_signature_after_the_text_is_still_one(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各会员国修建雨水收集设施；", "2. 呼吁捐助方提供资金；", OP_LAST,
                           "起草国：乍得、尼泊尔", "2026年5月4日"])
    found = rules(path, lib)
    assert found.get("signed-after-text") == [11, 12]
    assert "amendment-trace" not in found
