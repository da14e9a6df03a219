"""Faults of the blind set word-blind43 (#20): Chinese drafts set the way an official document (公文, GB/T 9704) is
set. A date written in Chinese numerals (二〇二五年十月) is a date UN Chinese writes in Arabic digits (ZH-P02); a 公文
落款 date line in Chinese numerals after the last clause signs the draft as a letter is signed; the closing formula
"特此决议。" after the last clause is a line typed to close the text; and a line after the text (抄送：…, 特此决议。)
does not carry the last clause on, so that clause's "。" is its end, not a full stop inside it. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make

from drafter import check, library

HEAD: list[Para] = ["决议草案", "委员会：大会第二委员会", "议题：山区的可持续旅游", "起草国：尼泊尔、秘鲁", "附议国：不丹、智利",
                    [("大会，", "b")]]
BODY: list[Para] = [[("回顾", "u"), ("其关于山区可持续发展的各项决议，", "")],
                    [("1. ", ""), ("鼓励", "u"), ("山区国家为向导和挑夫提供职业培训；", "")],
                    [("2. ", ""), ("请", "u"), ("秘书长在第八十二届会议上提交报告。", "")]]


def test_a_date_in_chinese_numerals_is_written_in_arabic_digits(tmp_path: Path, lib: library.Library) -> None:
    doc: list[Para] = [*HEAD, *BODY]
    doc[6] = [("注意到", "u"), ("二〇二五年十月在加德满都举行的山区旅游论坛，", "")]
    doc[7] = [("1. ", ""), ("鼓励", "u"), ("山区国家每二十四小时公布一次步道的天气预报；", "")]
    path = make(tmp_path, doc)
    assert rules(path, lib).get("date-zh") == [7]  # not the session's 第八十二届 nor 二十四小时
    report, _ = check.check_file(path, lib)
    found = next(f for f in report.findings if f.rule == "date-zh")
    assert "2025年10月" in found.said.zh


def test_a_full_date_in_chinese_numerals_with_o_for_nought(tmp_path: Path, lib: library.Library) -> None:
    doc: list[Para] = [*HEAD, *BODY]
    doc[6] = [("回顾", "u"), ("一九九二年六月十四日通过的《关于环境与发展的里约宣言》，", "")]
    doc[7] = [("1. ", ""), ("鼓励", "u"), ("各国在二○二七年三月三十一日前提交山区旅游的国家报告；", "")]
    path = make(tmp_path, doc)
    report, _ = check.check_file(path, lib)
    fixes = [f.said.zh for f in report.findings if f.rule == "date-zh"]
    assert len(fixes) == 2 and "1992年6月14日" in fixes[0] and "2027年3月31日" in fixes[1]


def test_a_date_line_in_chinese_numerals_after_the_last_clause_signs_the_draft(tmp_path: Path,
                                                                                lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, *BODY, "二〇二六年十一月二十日"])
    assert rules(path, lib).get("signed-after-text") == [10]


def test_a_closing_formula_after_the_last_clause_is_an_end_marker(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, *BODY, "特此决议。"])
    found = rules(path, lib)
    assert found.get("end-marker") == [10]
    assert "stray-full-stop" not in found  # the last clause's "。" ends the text


def test_a_copy_to_line_after_the_last_clause_leaves_its_full_stop_its_end(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, *BODY, "抄送：各代表团，主席团。"])
    found = rules(path, lib)
    assert found.get("signed-after-text") == [10]
    assert "stray-full-stop" not in found
