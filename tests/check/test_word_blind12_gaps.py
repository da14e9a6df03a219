"""The general causes behind word-blind12's first-run misses and false alarms (bench/students/word-blind12), on
sentences of our own: Chinese clauses Word numbers with circled digits ("①", a decimalEnclosedCircle level from the
Chinese gallery), a Word label ending with a full-width mark that its level glues to the text ("（a）为……"), and
clauses whose numbers were typed ("1." "2.") before a Word list that counts from "1." again."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from wordlists import abstract, lvl, num, number, set_lists

from drafter import library

ZH_HEAD: list[Para] = ["决议草案", "委员会：联合国大会第三委员会", "议题：乡村小学的营养午餐", "起草国：秘鲁、越南",
                       "附议国：加纳、蒙古、斯里兰卡", [("大会", "b"), ("，", "")],
                       [("注意到", "u"), ("许多乡村小学的学生午餐只有米饭和少量蔬菜，", "")],
                       [("认识到", "u"), ("营养均衡的午餐有助于提高学生的出勤率和学习成绩，", "")]]
ZH_CLAUSE1: Para = [("鼓励", "u"), ("会员国为乡村小学提供免费午餐；", "")]
ZH_CHAPEAU: Para = [("促请", "u"), ("各国教育部门：", "")]
ZH_ITEM1: Para = "为学校厨房配备冷藏设备；"
ZH_ITEM2: Para = "培训厨师制作营养均衡的饭菜；"
ZH_CLAUSE3: Para = [("建议", "u"), ("各国优先采购当地农户种植的蔬菜；", "")]
ZH_CLAUSE4: Para = [("请", "u"), ("秘书长报告本决议的执行情况。", "")]
ZH_BODY = [*ZH_HEAD, ZH_CLAUSE1, ZH_CHAPEAU, ZH_ITEM1, ZH_ITEM2, ZH_CLAUSE3, ZH_CLAUSE4]
ZH_NUMBERED = {8: (1, 0), 9: (1, 0), 10: (1, 1), 11: (1, 1), 12: (1, 0), 13: (1, 0)}


def _lists(tmp_path: Path, paragraphs: list[Para], numbers: dict[int, tuple[int, int]], xml: str,
           name: str = "lists.docx") -> Path:
    """The draft with ``xml`` as its lists; ``numbers``: paragraph position (0-based) → (numId, level)."""
    path = make(tmp_path, paragraphs, name)
    doc = Document(str(path))
    set_lists(doc, xml)
    for position, (num_id, level) in numbers.items():
        number(doc.paragraphs[position], num_id, level)
    doc.save(str(path))
    return path


# -- clauses Word numbers "①" "②" ---------------------------------------------------------------------------------

def test_chinese_clauses_numbered_with_circled_digits_are_clauses_numbered_in_the_wrong_form(
        tmp_path: Path, lib: library.Library) -> None:
    xml = abstract(1, [lvl(0, "decimalEnclosedCircle", "%1", suff="space"), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1)
    found = rules(_lists(tmp_path, ZH_BODY, ZH_NUMBERED, xml), lib)
    assert found.get("numbering-form") == [9, 10, 13, 14]  # "①" "②" "③" "④"
    assert not {"preambular-numbered", "preambular-end", "numbering-absent", "sub-label-style"} & set(found)


def test_circled_items_in_their_own_list_under_a_chapeau_stay_items(tmp_path: Path, lib: library.Library) -> None:
    # the clauses "1." … in one list, the two items under the chapeau "①" "②" in a list of their own
    xml = abstract(1, [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)")]) \
        + abstract(2, [lvl(0, "decimalEnclosedCircle", "%1", suff="space")]) + num(1, 1) + num(2, 2)
    numbers = {8: (1, 0), 9: (1, 0), 10: (2, 0), 11: (2, 0), 12: (1, 0), 13: (1, 0)}
    found = rules(_lists(tmp_path, ZH_BODY, numbers, xml), lib)
    assert "numbering-form" not in found
    assert not {"numbering-sequence", "numbering-restart", "preambular-numbered"} & set(found)


# -- a label ending with a full-width mark, nothing after it ----------------------------------------------------------

def test_a_label_ending_with_a_full_width_bracket_is_not_glued_to_its_text(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    for text in ("（%2）", "%2、"):
        xml = abstract(1, [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", text, suff="nothing")]) + num(1, 1)
        assert "label-glued" not in rules(_lists(tmp_path, ZH_BODY, ZH_NUMBERED, xml, "zh.docx"), lib), text


def test_a_half_width_label_nothing_follows_before_chinese_text_is_not_glued_either(
        tmp_path: Path, lib: library.Library) -> None:
    # "(a)为学校……" is how UN-B10 writes a Chinese sub-paragraph ("(a)……；"): word-blind45 zh-m06
    xml = abstract(1, [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)", suff="nothing")]) + num(1, 1)
    assert "label-glued" not in rules(_lists(tmp_path, ZH_BODY, ZH_NUMBERED, xml), lib)


# -- typed numbers, then a Word list that counts from "1." again --------------------------------------------------------

def _typed_then_word(first: str, second: str) -> list[Para]:
    return [*ZH_HEAD, [(first, ""), ("鼓励", "u"), ("会员国为乡村小学提供免费午餐；", "")],
            [(second, ""), ("建议", "u"), ("各国优先采购当地农户种植的蔬菜；", "")],
            [("邀请", "u"), ("家长轮流到学校厨房帮忙；", "")], ZH_CLAUSE4]


CLAUSE_LIST = abstract(1, [lvl(0, "decimal", "%1.")]) + num(1, 1)


def test_a_word_list_counting_again_after_typed_numbers_is_reported_where_it_goes_wrong(
        tmp_path: Path, lib: library.Library) -> None:
    # the page: "1." "2." typed, then Word's "1." "2.": the third clause is where the numbers go wrong
    found = rules(_lists(tmp_path, _typed_then_word("1. ", "2. "), {10: (1, 0), 11: (1, 0)}, CLAUSE_LIST), lib)
    assert found.get("numbering-mixed") == [11]
    assert "numbering-form" not in found


def test_a_typed_number_in_another_form_before_the_word_list_is_reported_too(tmp_path: Path,
                                                                              lib: library.Library) -> None:
    found = rules(_lists(tmp_path, _typed_then_word("1. ", "2、"), {10: (1, 0), 11: (1, 0)}, CLAUSE_LIST), lib)
    assert found.get("numbering-mixed") == [11]
    assert found.get("numbering-form") == [10]


def test_typed_numbers_after_word_numbers_are_still_each_reported(tmp_path: Path, lib: library.Library) -> None:
    # Word's "1." "2.", then "3." "4." typed: unchanged, each typed number is told to use Word's list
    body = [*ZH_HEAD, ZH_CLAUSE1, [("建议", "u"), ("各国优先采购当地农户种植的蔬菜；", "")],
            [("3. ", ""), ("邀请", "u"), ("家长轮流到学校厨房帮忙；", "")], [("4. ", ""), *ZH_CLAUSE4]]
    found = rules(_lists(tmp_path, body, {8: (1, 0), 9: (1, 0)}, CLAUSE_LIST), lib)
    assert found.get("numbering-mixed") == [11, 12]
