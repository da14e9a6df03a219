"""The general cause behind word-blind22's first-run false alarm (bench/students/word-blind22), on sentences of our
own: a localised Word's list library letters items in its own alphabet (Russian Word's ``numFmt russianLower``
"а)" "б)" "в)"; Japanese Word's kana "ア." "イ."; Korean Word's "가." "나."). The checker wrote every format it did not
know in digits, so it judged labels ("1)" "2)") the page does not show. Now the labels read as Word shows them, and
a label in another alphabet is its own kind (other-script), which no profile's sub-clause style allows."""

from __future__ import annotations

from pathlib import Path

from docmaker import Para, make
from docx import Document
from wordlists import abstract, lvl, num, number, set_lists

from drafter import check, library
from drafter.labelkinds import label_kind
from drafter.labels import word_number

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Reading rooms in rural libraries",
                    "Sponsors: Kyrgyzstan, Uruguay", "Signatories: Benin, Croatia, Laos", [("The General Assembly", "i"),
                                                                                         (",", "")],
                    [("Noting", "i"), (" that many villages have no public library within a day's walk,", "")]]
CHAPEAU: Para = [("Encourages", "u"), (" rural councils to open reading rooms that offer:", "")]
ITEMS: list[Para] = ["books lent free of charge;", "evening hours for working adults;", "a children's corner;"]
LAST: Para = [("Requests", "u"), (" a report on the reading rooms opened.", "")]
ZH_HEAD: list[Para] = ["决议草案", "委员会：第二委员会", "议题：农村图书馆的阅览室", "起草国：吉尔吉斯斯坦、乌拉圭", "附议国：贝宁、克罗地亚",
                       [("大会", "b"), ("，", "")], [("注意到", "u"), ("许多村庄附近没有公共图书馆，", "")]]
ZH_CHAPEAU: Para = [("鼓励", "u"), ("各地农村设立阅览室，提供：", "")]
ZH_ITEMS: list[Para] = ["免费借阅的图书；", "晚间开放时间；"]
ZH_LAST: Para = [("请", "u"), ("秘书长报告阅览室的开设情况。", "")]


def _listed(tmp_path: Path, paragraphs: list[Para], levels: list[str], numbers: dict[int, int]) -> Path:
    path = make(tmp_path, paragraphs, "lists.docx")
    doc = Document(str(path))
    set_lists(doc, abstract(1, levels) + num(1, 1))
    for position, level in numbers.items():
        number(doc.paragraphs[position], 1, level)
    doc.save(str(path))
    return path


def _style_findings(path: Path, lib: library.Library) -> dict[int, str]:
    report, _ = check.check_file(path, lib)
    return {f.paragraph: f.said.en for f in report.findings if f.rule == "sub-label-style"}


def test_word_writes_the_russian_kana_and_hangul_counting_formats() -> None:
    assert [word_number(n, "russianLower") for n in (1, 2, 3, 28, 29)] == ["а", "б", "в", "я", "аа"]
    assert word_number(4, "russianUpper") == "Г"
    assert word_number(2, "aiueoFullWidth") == "イ" and word_number(3, "iroha") == "ﾊ"
    assert word_number(3, "ganada") == "다" and word_number(99, "aiueo") == "99"


def test_a_label_in_another_alphabet_is_its_own_kind() -> None:
    assert label_kind("б)") == "other-script"
    assert label_kind("イ.") == "other-script"
    assert label_kind("b)") == "letter-close" and label_kind("(b)") == "letter"


def test_russian_word_sub_letters_are_reported_as_the_page_shows_them(tmp_path: Path, lib: library.Library) -> None:
    levels = [lvl(0, "decimal", "%1."), lvl(1, "russianLower", "%2)")]
    body = [*HEAD, CHAPEAU, *ITEMS, LAST]
    found = _style_findings(_listed(tmp_path, body, levels, {6: 0, 7: 1, 8: 1, 9: 1, 10: 0}), lib)
    assert sorted(found) == [8, 9, 10]
    assert "'б)'" in found[9] and "'в)'" in found[10]


def test_japanese_word_kana_sub_labels_are_reported_as_the_page_shows_them(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    levels = [lvl(0, "decimal", "%1."), lvl(1, "aiueoFullWidth", "%2.")]
    body = [*ZH_HEAD, ZH_CHAPEAU, *ZH_ITEMS, ZH_LAST]
    found = _style_findings(_listed(tmp_path, body, levels, {7: 0, 8: 1, 9: 1, 10: 0}), lib)
    assert sorted(found) == [9, 10]
    assert "イ." in found[10]


def test_a_restart_on_a_list_of_another_form_quotes_the_label_the_page_shows(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    """Clauses moved onto a "1、" list: the restart finding quotes "1、", not the "1." the form's fix plans."""
    second: Para = [("邀请", "u"), ("出版机构向阅览室捐赠图书；", "")]
    body = [*ZH_HEAD, ZH_CHAPEAU, *ZH_ITEMS, second, ZH_LAST]
    path = make(tmp_path, body, "lists.docx")
    doc = Document(str(path))
    set_lists(doc, abstract(1, [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1)
              + abstract(2, [lvl(0, "decimal", "%1、")]) + num(2, 2))
    for position, (num_id, level) in {7: (1, 0), 8: (1, 1), 9: (1, 1), 10: (2, 0), 11: (2, 0)}.items():
        number(doc.paragraphs[position], num_id, level)
    doc.save(str(path))
    report, _ = check.check_file(path, lib)
    restarts = [f.said.en for f in report.findings if f.rule == "numbering-restart"]
    assert len(restarts) == 1 and "'1、'" in restarts[0]
