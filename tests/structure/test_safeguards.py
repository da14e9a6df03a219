"""Safeguards against a misread that hides a whole draft (issue #20): a preamble numbered or lettered by hand whatever
its end marks, a Chinese preamble with no organ line and no end marks, items numbered "1." under a clause that
ends as a chapeau with the wrong mark. Every draft here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import check, library, structure
from drafter.word import reader

EN_HEAD = ["Committee: Economic and Social Council", "Topic: Safe drinking water in small towns",
           "Sponsors: Ghana, Peru", "Signatories: Fiji, Nepal"]
ZH_HEAD = ["决议草案", "委员会：经济及社会理事会", "议题：小城镇的安全饮用水", "起草国：加纳、秘鲁", "附议国：斐济、尼泊尔"]

# a preamble numbered by hand, its clauses ending with ";" as operative clauses do (faults of their own)
EN_NUMBERED_PREAMBLE = [
    "1. Noting with concern that one town in four has no treated water supply;",
    "2. Recalling the commitments made at the water conference of last spring;",
    "3. Deeply alarmed by the outbreaks of cholera reported in three provinces;",
]
EN_OPERATIVE = [
    "1. Urges Member States to fund treatment plants in towns of fewer than ten thousand people;",
    "2. Requests the regional commissions to report on progress every two years.",
]


def rules(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> list[tuple[int, str]]:
    """(paragraph, rule) of every error and warning on a draft of plain ``paragraphs``."""
    report, _ = check.check_file(make(tmp_path, list(paragraphs)), lib)
    return [(f.paragraph, f.rule) for f in report.findings if f.severity in ("error", "warning")]


def tree(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> structure.Structure:
    return structure.read_structure(reader.read(make(tmp_path, list(paragraphs), name="tree.docx")), lib)


def indices(nodes: list[structure.Node]) -> list[int]:
    return [n.para.index for n in nodes]


def test_a_numbered_preamble_with_operative_end_marks_stays_the_preamble(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    paragraphs = [*EN_HEAD, "The Economic and Social Council,", *EN_NUMBERED_PREAMBLE, *EN_OPERATIVE]
    read = tree(tmp_path, lib, paragraphs)
    assert indices(read.preamble) == [6, 7, 8]
    assert indices(read.operative) == [9, 10]
    found = rules(tmp_path, lib, paragraphs)
    assert {6, 7, 8} == {p for p, rule in found if rule == "preambular-numbered"}, found
    assert {6, 7, 8} == {p for p, rule in found if rule == "preambular-end"}, found
    assert not [f for f in found if f[1] in ("lead-form", "operative-end", "numbering-sequence")], found


def test_a_numbered_preamble_whose_count_the_operative_part_goes_on_with(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    operative = ["4. Urges Member States to fund treatment plants in small towns;",
                 "5. Requests the regional commissions to report on progress every two years."]
    read = tree(tmp_path, lib, [*EN_HEAD, "The Economic and Social Council,", *EN_NUMBERED_PREAMBLE, *operative])
    assert indices(read.preamble) == [6, 7, 8]
    assert indices(read.operative) == [9, 10]


def test_a_numbered_preamble_cut_before_the_operative_part(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = [*EN_HEAD, "The Economic and Social Council,", *EN_NUMBERED_PREAMBLE]
    read = tree(tmp_path, lib, paragraphs)
    assert indices(read.preamble) == [6, 7, 8] and not read.operative
    found = rules(tmp_path, lib, paragraphs)
    assert not [f for f in found if f[1] in ("lead-form", "operative-end")], found


def test_numbered_operative_clauses_are_not_taken_for_a_preamble(tmp_path: Path, lib: library.Library) -> None:
    """Clauses with operative verbs stay the operative part, and so do clauses numbered on after one participle
    written in the wrong form."""
    clauses = ["1. Noting that the plants are old, urges Member States to repair them;",
               "2. Encourages the regional banks to lend to small towns;",
               "3. Requests the Secretary-General to report next year."]
    read = tree(tmp_path, lib, [*EN_HEAD, "The Economic and Social Council,",
                                "Recalling its earlier resolutions on water,", *clauses])
    assert indices(read.preamble) == [6]
    assert indices(read.operative) == [7, 8, 9]


def test_a_single_numbered_preambular_clause_is_not_a_preamble_run(tmp_path: Path, lib: library.Library) -> None:
    """One participle-led clause among numbered clauses is the operative part in the wrong form, not a preamble."""
    clauses = ["1. Encouraging Member States to repair old treatment plants;",
               "2. Encourages the regional banks to lend to small towns;",
               "3. Requests the Secretary-General to report next year."]
    read = tree(tmp_path, lib, [*EN_HEAD, "The Economic and Social Council,",
                                "Recalling its earlier resolutions on water,", *clauses])
    assert indices(read.operative) == [7, 8, 9]


def test_a_chinese_numbered_preamble_restarting_before_the_operative_part(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    preamble = ["1. 回顾其关于安全饮用水的各项决议；", "2. 关切四分之一的城镇没有经过处理的供水；", "3. 欢迎各区域委员会所做的努力，"]
    operative = ["1. 敦促会员国为小城镇的水处理厂提供资金；", "2. 请秘书长每两年报告一次进展。"]
    read = tree(tmp_path, lib, [*ZH_HEAD, "经济及社会理事会，", *preamble, *operative])
    assert indices(read.preamble) == [7, 8, 9]
    assert indices(read.operative) == [10, 11]


def test_chinese_clauses_with_items_numbered_again_are_not_a_preamble(tmp_path: Path,
                                                                      lib: library.Library) -> None:
    """Chinese operative leads read both ways (欢迎, 鼓励): clauses ending "；" and a chapeau over items numbered
    from "1." again stay the operative part."""
    clauses = ["1. 欢迎各区域委员会为小城镇供水所做的努力；", "2. 鼓励各区域开发银行向小城镇提供贷款；",
               "3. 请秘书长：", "1. 汇编各国的做法；", "2. 每两年报告一次进展。"]
    read = tree(tmp_path, lib, [*ZH_HEAD, "经济及社会理事会，", "回顾其关于安全饮用水的各项决议，", *clauses])
    assert indices(read.preamble) == [7]
    assert indices(read.operative)[:3] == [8, 9, 10]


def test_a_lettered_chinese_preamble_without_organ_line_opens_the_body(tmp_path: Path,
                                                                       lib: library.Library) -> None:
    """The letter hides the lead phrase; a Chinese clause has no spaces to count words by: the body still opens."""
    lettered = ["A) 回顾其关于安全饮用水的各项决议，", "B) 关切四分之一的城镇没有经过处理的供水，", "C) 注意到各区域委员会所做的努力，"]
    paragraphs = [*ZH_HEAD, *lettered, "1. 敦促会员国为小城镇的水处理厂提供资金；", "2. 请秘书长每两年报告一次进展。"]
    read = tree(tmp_path, lib, paragraphs)
    assert indices(read.preamble) == [6, 7, 8]
    found = rules(tmp_path, lib, paragraphs)
    assert (6, "organ-line") in found, found
    assert {6, 7, 8} == {p for p, rule in found if rule == "preambular-numbered"}, found


def test_a_chinese_preamble_without_organ_line_or_end_marks_is_not_the_heading(tmp_path: Path,
                                                                               lib: library.Library) -> None:
    unmarked = ["回顾其关于安全饮用水的各项决议", "关切四分之一的城镇没有经过处理的供水", "注意到各区域委员会所做的努力"]
    read = tree(tmp_path, lib, [*ZH_HEAD, *unmarked])
    assert indices(read.preamble) == [6, 7, 8]
    assert indices(read.heading) == [1, 2, 3, 4, 5]


def test_two_labelled_clauses_in_a_row_open_the_body(tmp_path: Path, lib: library.Library) -> None:
    """Labels and marks the reader does not expect ("b." on a preamble, no end marks) do not turn two clauses that
    open with lead phrases into heading lines."""
    clauses = ["a. Noting with concern that one town in four has no treated water supply",
               "b. Recalling the commitments made at the water conference of last spring"]
    read = tree(tmp_path, lib, [*EN_HEAD, *clauses])
    assert indices(read.heading) == [1, 2, 3, 4]
    assert indices(read.preamble) == [5, 6]


def test_items_numbered_like_clauses_under_a_chapeau_with_the_wrong_mark(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    """"1." "2." under a clause that ends "… tasked with;" are its items: the clauses after them keep their count,
    and no numbering finding runs on from the items."""
    paragraphs = [*EN_HEAD, "The Economic and Social Council,", "Recalling its earlier resolutions on water,",
                  "1. Urges Member States to fund treatment plants in small towns;",
                  "2. Establishes a panel of engineers tasked with;",
                  "1. surveying the plants of every province,", "2. training local technicians,",
                  "3. Requests the Secretary-General to report next year."]
    read = tree(tmp_path, lib, paragraphs)
    assert indices(read.operative) == [7, 8, 11]
    assert [indices(n.children) for n in read.operative] == [[], [9, 10], []]
    found = rules(tmp_path, lib, paragraphs)
    assert not [f for f in found if f[1] in ("numbering-sequence", "operative-end") and f[0] in (9, 10, 11)], found
    assert (8, "chapeau-colon") in found, found
    assert {9, 10} == {p for p, rule in found if rule == "sub-label-style"}, found


def test_a_clause_numbered_one_again_after_a_full_clause_is_still_a_numbering_fault(
        tmp_path: Path, lib: library.Library) -> None:
    """A restart after a clause that does not introduce a list, before an operative verb, stays a clause."""
    paragraphs = [*EN_HEAD, "The Economic and Social Council,", "Recalling its earlier resolutions on water,",
                  "1. Urges Member States to fund treatment plants in small towns;",
                  "2. Encourages the regional banks to lend to small towns;",
                  "1. Requests the Secretary-General to report next year."]
    read = tree(tmp_path, lib, paragraphs)
    assert indices(read.operative) == [7, 8, 9]
    assert (9, "numbering-sequence") in rules(tmp_path, lib, paragraphs)


EN_PREAMBLE = ["Noting with concern that one town in four has no treated water supply,",
               "Recalling the commitments made at the water conference of last spring,",
               "Deeply alarmed by the outbreaks of cholera reported in three provinces,"]


def test_the_last_paragraph_of_a_cut_off_draft_in_an_operative_form_is_preambular(tmp_path: Path,
                                                                                  lib: library.Library) -> None:
    """A draft that stops after its preamble: a last paragraph opening "Recognizes" that ends with a comma is a
    preambular paragraph in the wrong form, not the operative part's start."""
    paragraphs = [*EN_HEAD, "The Economic and Social Council,", *EN_PREAMBLE,
                  "Recognizes the efforts of the towns that already test their water every week,"]
    read = tree(tmp_path, lib, paragraphs)
    assert indices(read.preamble) == [6, 7, 8, 9]
    assert read.operative == []
    assert (9, "lead-form") in rules(tmp_path, lib, paragraphs)


def test_a_single_closing_operative_clause_stays_operative(tmp_path: Path, lib: library.Library) -> None:
    """The one operative clause of a short draft: closed with a full stop, missing its stop, or with a verb whose
    participle opens no preamble ("Decides"), it is the operative part."""
    for last in ["Recognizes the efforts of the towns that already test their water every week.",
                 "Recognizes the efforts of the towns that already test their water every week",
                 "Decides to remain actively seized of the matter,"]:
        read = tree(tmp_path, lib, [*EN_HEAD, "The Economic and Social Council,", *EN_PREAMBLE, last])
        assert indices(read.operative) == [9], last
