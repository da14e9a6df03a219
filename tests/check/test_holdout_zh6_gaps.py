"""Faults of Chinese drafts the checker missed on the blind set holdout-zh6 (#20), each held by sentences of our own
with a passing draft beside it: English leads left in a Chinese draft, operative clauses numbered with capital Roman
numerals, sub-clauses numbered "2.1" without a closing point, the next clause typed on the line of the one before it,
a closing line "（完）", two heading fields on one line and a label without its colon, a list mixing 、 and ，, a
subject opening a clause in traditional characters, a binding measure decided outside the Security Council, and
resolution years in full-width parentheses (accepted in a MUN draft)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make
from students import bench_students

from drafter import check, library
from drafter.check import fix
from drafter.labelkinds import read_typed
from drafter.structure.heading import fields_in
from drafter.word import reader

HEAD = ["决议草案", "委员会：联合国大会第二委员会", "议题：内陆发展中国家的交通运输", "起草国：蒙古、巴拉圭", "附议国：老挝、乍得、玻利维亚",
        "大会，"]
PREAMBLE = ["回顾其关于内陆发展中国家的各项决议，", "关切地注意到内陆国家的贸易成本远高于沿海国家，"]


def texts(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


def messages(path: Path, lib: library.Library, rule: str) -> list[str]:
    report, _ = check.check_file(path, lib)
    return [f.message for f in report.findings if f.rule == rule]


# -- English leads ----------------------------------------------------------------------------------------------

def test_english_leads_in_a_chinese_draft(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Noting with concern 内陆国家的过境时间仍然很长，", PREAMBLE[0],
                  "1. Requests 秘书长就过境运输走廊提交报告；", "2. Further invites 区域委员会分享良好做法；",
                  "3. 鼓励过境国简化海关程序。"]
    path = make(tmp_path, paragraphs)
    found = rules(path, lib)
    assert found.get("lead-form") == [7, 9, 10]
    said = messages(path, lib, "lead-form")
    assert "关切地注意到" in said[0] and "“请”" in said[1] and "还邀请" in said[2]


def test_latin_letters_that_are_no_english_lead_are_left_alone(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "WTO 贸易便利化协定的生效被视为重要进展，", *PREAMBLE, "1. 鼓励过境国简化海关程序；",
                  "2. 请秘书长提交报告。"]
    assert "lead-form" not in rules(make(tmp_path, paragraphs), lib)


# -- capital Roman numerals numbering the clauses ------------------------------------------------------------------

def test_clauses_numbered_with_capital_roman_numerals(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *PREAMBLE, "I. 鼓励过境国简化海关程序；", "II. 呼吁发展伙伴资助跨境铁路；", "III. 请秘书长提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("numbering-form") == [9, 10, 11]
    for wrong in ("preambular-numbered", "preambular-end", "chapeau-colon", "sub-label-sequence"):
        assert wrong not in found, wrong


def test_roman_numerals_under_a_chapeau_stay_sub_clauses(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *PREAMBLE, "1. 鼓励过境国采取以下措施：", "I. 简化海关程序；", "II. 延长口岸开放时间；",
                  "2. 请秘书长提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "numbering-form" not in found and "numbering-sequence" not in found


# -- "2.1" sub-clauses -------------------------------------------------------------------------------------------

def test_an_outline_number_without_its_point_before_chinese_words_is_a_label() -> None:
    typed = read_typed("3.2 建立区域过境走廊；")
    assert typed is not None and (typed.kind, typed.value) == ("outline", 2)
    for text in ("1.5 亿人生活在内陆国家", "2.5 万吨货物", "1.1 Draft resolution", "2.1 (Working Papers)", "3.5%的增长"):
        assert read_typed(text) is None, text


def test_sub_clauses_numbered_under_their_clause(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *PREAMBLE, "1. 鼓励过境国采取以下措施：", "1.1 简化海关程序；", "1.2 延长口岸开放时间；",
                  "2. 请秘书长提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("sub-label-style") == [10, 11]
    assert "numbering-sequence" not in found


# -- the next clause on the same line ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["2. 鼓励过境国简化海关程序；3. 请各区域委员会分享良好做法；",
                                  "2. 鼓励过境国简化海关程序； 3. 请各区域委员会分享良好做法；"])
def test_the_next_clause_typed_on_the_same_line(line: str, lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *PREAMBLE, "1. 呼吁发展伙伴资助跨境铁路；", line, "4. 请秘书长提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("clause-joined") == [10]
    assert "numbering-sequence" not in found  # "4." counts the clause hidden on the line before it


def test_a_number_after_a_semicolon_that_is_no_clause(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *PREAMBLE, "1. 呼吁发展伙伴资助跨境铁路；2. 5公里以内的口岸除外；", "2. 请秘书长提交报告。"]
    assert "clause-joined" not in rules(make(tmp_path, paragraphs), lib)


def test_an_english_clause_typed_on_the_line_before(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["Committee: Second Committee", "Topic: Landlocked developing countries", "Sponsors: Mongolia",
                  "Signatories: Chad", "The General Assembly,", "Recalling its resolutions on landlocked countries,",
                  "1. Encourages transit States to simplify customs; 2. Calls upon partners to fund railways;",
                  "3. Requests the Secretary-General to report."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("clause-joined") == [7] and "numbering-sequence" not in found


# -- a closing line ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("closing", ["（全文完）", "——完——", "以上", "End of Resolution"])
def test_a_line_that_closes_the_text(closing: str, lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *PREAMBLE, "1. 鼓励过境国简化海关程序；", "2. 请秘书长提交报告。", closing]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("end-marker") == [11]
    assert "section-heading" not in found


def test_no_closing_line_no_finding(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *PREAMBLE, "1. 鼓励过境国简化海关程序；", "2. 请秘书长提交报告。"]
    assert "end-marker" not in rules(make(tmp_path, paragraphs), lib)


# -- the heading's layout ------------------------------------------------------------------------------------------

def test_two_columns_of_a_heading_table_on_one_line() -> None:
    found = fields_in("委员会：联合国大会第二委员会　　议题：内陆国家的交通运输")
    assert [(f.key, f.value) for f in found] == [("committee", "联合国大会第二委员会"), ("topic", "内陆国家的交通运输")]
    assert [f.key for f in fields_in("议　　题：内陆国家的交通运输")] == ["topic"]  # a label spaced out is one label


def test_heading_fields_joined_and_a_label_without_its_colon(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["决议草案", "委员会：联合国大会第二委员会　　议题：内陆国家的交通运输", "起草国：蒙古、巴拉圭", "附议国　老挝、乍得",
                  "大会，", *PREAMBLE, "1. 鼓励过境国简化海关程序；", "2. 请秘书长提交报告。"]
    path = make(tmp_path, paragraphs)
    found = rules(path, lib)
    assert found.get("heading-fields-joined") == [2]
    assert found.get("heading-colon") == [4]
    assert "heading-missing" not in found  # the topic is there, beside the committee
    assert texts(path, lib, tmp_path / "fixed.docx")[3] == "附议国：老挝、乍得"


def test_a_heading_laid_out_line_by_line_is_clean(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *PREAMBLE, "1. 鼓励过境国简化海关程序；", "2. 请秘书长提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "heading-fields-joined" not in found and "heading-colon" not in found


# -- separators of a list ------------------------------------------------------------------------------------------

def test_a_list_that_mixes_its_separators(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["决议草案", "委员会：联合国大会第二委员会", "议题：内陆发展中国家的交通运输", "起草国：蒙古、巴拉圭",
                  "附议国：老挝，乍得、玻利维亚，尼泊尔", "大会，", *PREAMBLE, "1. 鼓励过境国简化海关程序；", "2. 请秘书长提交报告。"]
    path = make(tmp_path, paragraphs)
    assert rules(path, lib).get("list-separators-mixed") == [5]
    assert texts(path, lib, tmp_path / "fixed.docx")[4] == "附议国：老挝、乍得、玻利维亚、尼泊尔"


def test_a_list_with_one_separator_is_left_alone(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["决议草案", "委员会：联合国大会第二委员会", "议题：内陆发展中国家的交通运输", "起草国：蒙古，巴拉圭",
                  "附议国：老挝、乍得、玻利维亚", "大会，", *PREAMBLE, "1. 鼓励过境国简化海关程序；", "2. 请秘书长提交报告。"]
    assert "list-separators-mixed" not in rules(make(tmp_path, paragraphs), lib)


# -- a subject opening a clause, in traditional characters ---------------------------------------------------------

def test_a_subject_and_its_modal_in_traditional_characters(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["決議草案", "委員會：聯合國大會第二委員會", "議題：內陸發展中國家的交通運輸", "提案國：蒙古、巴拉圭", "附議國：寮國、查德",
                  "大會，", "回顧其關於內陸發展中國家的各項決議，", "1. 鼓勵過境國簡化海關程序；", "2. 各國應延長口岸開放時間；",
                  "3. 請秘書長提交報告。"]
    assert rules(make(tmp_path, paragraphs), lib).get("operative-no-verb") == [9]


# -- a binding measure outside the Security Council ----------------------------------------------------------------

def test_a_general_assembly_that_decides_sanctions(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *PREAMBLE, "1. 决定对阻碍过境运输的国家实行经济制裁；", "2. 请秘书长提交报告。"]
    assert rules(make(tmp_path, paragraphs), lib).get("council-measures") == [9]


def test_the_council_may_decide_an_embargo(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["决议草案", "委员会：安全理事会", "议题：小武器", "起草国：法国、加蓬", "附议国：挪威", "安全理事会，",
                  "回顾其以往关于小武器的各项决议，", "1. 决定对冲突各方实施武器禁运；", "2. 决定继续积极处理此案。"]
    assert "council-measures" not in rules(make(tmp_path, paragraphs), lib)


def test_the_council_language_notes_are_answered_by_the_chapter_vii_and_measure_rules() -> None:
    kind, answering = bench_students.refine("other", "a Security Council formula in a General Assembly draft")
    assert kind == "sc-only" and {"chapter-vii", "council-measures", "council-language"} <= answering


# -- resolution years in full-width parentheses --------------------------------------------------------------------

@pytest.mark.parametrize(("profile", "flagged"), [("cn-mun", False), ("un", True)])
def test_a_year_in_full_width_parentheses(profile: str, flagged: bool, lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "回顾安全理事会第2231（2015）号决议，", PREAMBLE[1], "1. 鼓励过境国简化海关程序；", "2. 请秘书长提交报告。"]
    report, _ = check.check_file(make(tmp_path, paragraphs), lib, profile=profile)
    assert any(f.rule == "resolution-citation" for f in report.findings) is flagged


def test_a_space_before_the_year_is_wrong_in_every_profile(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "回顾安全理事会第2231 （2015）号决议，", PREAMBLE[1], "1. 鼓励过境国简化海关程序；", "2. 请秘书长提交报告。"]
    assert rules(make(tmp_path, paragraphs), lib).get("resolution-citation") == [7]
