"""Faults and false alarms of the blind set holdout-zh28 (#20): Chinese drafts copied out of a PDF booklet. Held by
sentences of our own: a Kangxi radical a PDF's font puts for an ordinary character (⼤ for 大) reads as that character,
so an organ line written with one is still the organ line."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library
from drafter.hanzi import simplified, unradical

HEADING = ["决议草案", "委员会：世界卫生大会", "议题：道路交通安全", "起草国：法国、加纳、泰国"]
BODY = ["回顾关于道路安全的各项决议，", "注意到每年有超过一百万人死于道路交通事故，",
        "1. 鼓励各会员国加强道路安全立法；", "2. 请总干事报告本决议的执行情况。"]


# -- Kangxi radicals and compatibility ideographs a PDF puts for ordinary characters ----------------------------------

def test_a_radical_reads_as_the_character_it_stands_for() -> None:
    assert unradical("世界卫\u2f63\u2f24会，") == "世界卫生大会，"  # ⽣ ⼤
    assert unradical("\u2fce励") == "鼓励"  # ⿎
    assert unradical("\uf900") == "豈"  # a compatibility ideograph
    assert simplified("\u2f24會") == "大会"  # the radical, then the traditional character
    assert unradical("大会，") == "大会，"
    assert len(unradical("\u2f08\u2f45\u2f2f")) == 3  # ⼈⽅⼯: one character each


def test_an_organ_line_written_with_radicals_is_the_organ_line(lib: library.Library, tmp_path: Path) -> None:
    for organ in ("\u2f24会，", "世界卫\u2f63\u2f24会，", "联合国\u2f08居\u2f24会，"):
        found = rules(make(tmp_path, [*HEADING, organ, *BODY]), lib)
        assert "organ-line" not in found, organ
    # with no organ line at all the rule still speaks
    assert "organ-line" in rules(make(tmp_path, [*HEADING, *BODY], "none.docx"), lib)


# -- a UN PDF's page lines and a bare page number between clauses (UN-B01) --------------------------------------------

MASTHEAD = ["联合国", "A/81/L.40", "大会", "Distr.: Limited", "3 December 2026", "Chinese", "Original: English",
            "第八十一届会议", "议程项目19", "道路交通安全", "法国、加纳和泰国：决议草案", "道路交通安全", "大会，"]
UN_BODY = ["回顾其关于改善全球道路安全的各项决议，", "注意到道路交通事故是青年死亡的主要原因之一，",
           "1. 鼓励会员国加强道路安全立法；", "2. 请秘书长报告本决议的执行情况。"]


def test_a_un_pdfs_job_number_and_symbol_header_between_clauses(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*MASTHEAD, *UN_BODY[:2], "26-20417 (C)", "A/81/L.40", *UN_BODY[2:]]), lib)
    assert found.get("pasted-artefact") == [16, 17]
    # the barcode line of the job number, and the footer with its processing dates
    found = rules(make(tmp_path, [*MASTHEAD, *UN_BODY[:2], "*2620417*", "26-20417 (C)    031226    041226",
                                  *UN_BODY[2:]], "dates.docx"), lib)
    assert found.get("pasted-artefact") == [16, 17]
    # the masthead's own symbol, and a clause that cites a symbol: nothing to say
    assert "pasted-artefact" not in rules(make(tmp_path, [*MASTHEAD, *UN_BODY], "clean.docx"), lib)


def test_a_bare_page_number_between_chinese_clauses(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*HEADING, "世界卫生大会，", *BODY[:3], "2", BODY[3]]), lib)
    assert found.get("pasted-artefact") == [9]
    assert "pasted-artefact" not in rules(make(tmp_path, [*HEADING, "世界卫生大会，", *BODY], "clean.docx"), lib)


# -- a label alone on its line, its words on the next (UN-B07, UN-B10) -----------------------------------------------

def test_a_clause_number_alone_on_its_line(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEADING, "世界卫生大会，", *BODY[:3], "2.", "请总干事报告本决议的执行情况。"])
    found = rules(path, lib)
    assert found.get("label-alone") == [9]
    from drafter import check
    from drafter.check import fix

    report, doc = check.check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    _, fixed = check.check_file(out, lib)
    assert [p.text for p in fixed.paragraphs][-1] == "2. 请总干事报告本决议的执行情况。"
    # the same clause on one line, and a page number alone between two clauses: no label alone
    assert "label-alone" not in rules(make(tmp_path, [*HEADING, "世界卫生大会，", *BODY], "one.docx"), lib)
    assert "label-alone" not in rules(make(tmp_path, [*HEADING, "世界卫生大会，", *BODY[:3], "- 2 -", BODY[3]],
                                           "page.docx"), lib)


def test_a_sub_label_alone_on_its_line_is_no_single_sub_clause(lib: library.Library, tmp_path: Path) -> None:
    clauses = ["1. 鼓励各会员国改善道路设计，包括：", "(a) 设置安全的人行横道；", "(b)", "在学校附近限速；",
               "2. 请总干事报告本决议的执行情况。"]
    found = rules(make(tmp_path, [*HEADING, "世界卫生大会，", *BODY[:2], *clauses]), lib)
    assert found.get("label-alone") == [10]
    assert "sub-clause-single" not in found
    # a sub-clause that is single indeed is still reported
    single = [clauses[0], clauses[1], clauses[4]]
    assert "sub-clause-single" in rules(make(tmp_path, [*HEADING, "世界卫生大会，", *BODY[:2], *single], "one.docx"), lib)
    # an English clause number alone, its words below
    english = ["Committee: Second Committee", "Topic: Road safety", "Sponsors: France, Ghana", "The General Assembly,",
               "Noting that road crashes kill more than a million people a year,",
               "1. Encourages Member States to strengthen road safety laws;", "2.",
               "Requests the Secretary-General to report on progress."]
    assert rules(make(tmp_path, english, "en.docx"), lib).get("label-alone") == [7]
