"""The general causes behind word-blind7's first-run misses and false alarms (bench/students/word-blind7), on
sentences of our own: sub-paragraphs typed after manual line breaks inside their clause's paragraph (a draft pasted
from a web page or a chat), and a Chinese operative part typed in a Word bullet list whose leads read both ways."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from wordlists import abstract, lvl, num, number, set_lists

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

EN_HEAD: list[Para] = ["Committee: Second Committee", "Topic: Clean water in mountain villages",
                       "Sponsors: Bolivia, Nepal", "Signatories: Austria, Chile, Lesotho",
                       [("The General Assembly", "i"), (",", "")],
                       [("Noting", "i"), (" that many mountain villages draw water from unprotected springs,", "")]]
EN_FIRST: Para = [("1. ", ""), ("Encourages", "u"), (" Member States to protect village springs;", "")]
EN_LAST: Para = [("3. ", ""), ("Requests", "u"), (" a report on the springs protected.", "")]


def _en_items(labels: list[str], first_end: str = ";") -> list[Para]:
    lines = ["fence the ground around each spring", "test the water twice a year", "train a village caretaker"]
    items = "".join(f"\n{label} {line}{first_end if k == 0 else ';'}" for k, (label, line) in
                    enumerate(zip(labels, lines)))
    return [*EN_HEAD, EN_FIRST, [("2. ", ""), ("Calls upon", "u"), (" local councils to:" + items, "")], EN_LAST]


def test_items_after_line_breaks_are_counted_like_paragraphs(tmp_path: Path, lib: library.Library) -> None:
    found = rules(make(tmp_path, _en_items(["(a)", "(b)", "(b)"])), lib)
    assert found.get("sub-label-sequence") == [8]


def test_items_after_line_breaks_in_sequence_are_right(tmp_path: Path, lib: library.Library) -> None:
    found = rules(make(tmp_path, _en_items(["(a)", "(b)", "(c)"])), lib)
    assert "sub-label-sequence" not in found and "sub-label-style" not in found and "stray-full-stop" not in found


def test_an_item_ending_with_a_full_stop_before_the_next_line_is_a_stray_stop(tmp_path: Path,
                                                                              lib: library.Library) -> None:
    found = rules(make(tmp_path, _en_items(["(a)", "(b)", "(c)"], first_end=".")), lib)
    assert found.get("stray-full-stop") == [8]


def test_a_sentence_going_on_after_a_line_break_is_no_item(tmp_path: Path, lib: library.Library) -> None:
    body = [*EN_HEAD, EN_FIRST, [("2. ", ""), ("Calls upon", "u"),
                                 (" councils to fence springs in 2030.\nin the dry season as well;", "")], EN_LAST]
    assert "sub-label-sequence" not in rules(make(tmp_path, body), lib)


ZH_HEAD: list[Para] = ["决议草案", "委员会：联合国大会第二委员会", "议题：山区村庄的饮用水", "起草国：玻利维亚、尼泊尔",
                       "附议国：奥地利、智利、莱索托", [("大会", "b"), ("，", "")],
                       [("注意到", "u"), ("许多山区村庄从未加保护的泉眼取水，", "")],
                       [("认识到", "u"), ("清洁饮用水能减少儿童腹泻，", "")]]


def test_chinese_items_after_line_breaks_in_the_wrong_style(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_HEAD, [("1. ", ""), ("鼓励", "u"), ("会员国保护村庄泉眼；", "")],
            [("2. ", ""), ("促请", "u"), ("地方政府：\n（一）在泉眼周围修建围栏；\n（二）每年两次检测水质；", "")],
            [("3. ", ""), ("请", "u"), ("秘书长报告执行情况。", "")]]
    assert rules(make(tmp_path, body), lib).get("sub-label-style") == [10]


def _zh_bullets(tmp_path: Path) -> Path:
    body = [*ZH_HEAD, [("鼓励", "u"), ("会员国保护村庄泉眼；", "")], [("促请", "u"), ("地方政府：", "")],
            "在泉眼周围修建围栏；", "每年两次检测水质；", [("建议", "u"), ("培训村庄管水员；", "")],
            [("请", "u"), ("秘书长报告执行情况。", "")]]
    path = make(tmp_path, body, "bullets.docx")
    doc = Document(str(path))
    set_lists(doc, abstract(1, [lvl(0, "bullet", "•"), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1))
    for position, level in {8: 0, 9: 0, 10: 1, 11: 1, 12: 0, 13: 0}.items():
        number(doc.paragraphs[position], 1, level)
    doc.save(str(path))
    return path


def test_a_chinese_operative_part_in_a_bullet_list_starts_with_the_list(tmp_path: Path,
                                                                       lib: library.Library) -> None:
    path = _zh_bullets(tmp_path)
    found = rules(path, lib)
    assert "preambular-end" not in found and "preambular-numbered" not in found
    assert found.get("numbering-absent") == [9]
    tree = read_structure(reader.read(path), lib)
    assert [n.para.index for n in tree.preamble] == [7, 8]
    assert [[c.para.index for c in n.children] for n in tree.operative] == [[], [11, 12], [], []]


def test_a_bullet_list_through_the_preamble_is_read_by_phrases_as_before(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    body = [*ZH_HEAD, [("鼓励", "u"), ("会员国保护村庄泉眼；", "")], [("请", "u"), ("秘书长报告执行情况。", "")]]
    path = make(tmp_path, body, "bullets.docx")
    doc = Document(str(path))
    set_lists(doc, abstract(1, [lvl(0, "bullet", "•")]) + num(1, 1))
    for position in (6, 7, 8, 9):
        number(doc.paragraphs[position], 1, 0)
    doc.save(str(path))
    tree = read_structure(reader.read(path), lib)  # the list starts in the preamble: the leads decide
    assert [n.para.index for n in tree.preamble] == [7, 8]
    assert [n.para.index for n in tree.operative] == [9, 10]
