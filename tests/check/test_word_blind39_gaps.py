"""The general causes behind word-blind39's first-run misses (bench/students/word-blind39), on sentences of our own.

A draft typed in an Arabic, Persian or Hebrew Word takes its list labels from that Word's library: Arabic-Indic digits
(``numFmt hindiNumbers`` "١." "٢."), Arabic letters (``arabicAlpha`` "أ." "ب." "ت.", ``arabicAbjad`` "أ)" "ب)" "ج)")
or Hebrew ones (``hebrew2`` "א." "ב.", ``hebrew1`` numerals). The checker wrote these formats in Western digits, so it
judged labels the page does not show ("1." where the page shows "١."): an operative list in Arabic-Indic digits passed
as "1." "2.", and Arabic sub-letters were reported as "1)" "2)". Now the labels read as Word shows them: Arabic-Indic
digits are a clause number in another form than "N." (UN-B07), and the letters of the Arabic and Hebrew alphabets are
a label of another script (other-script), which no profile's sub-clause style allows (MUN-F06, ZH-B04)."""

from __future__ import annotations

from pathlib import Path

from docmaker import Para, make
from docx import Document
from wordlists import abstract, lvl, num, number, set_lists

from drafter import check, library
from drafter.labelkinds import label_kind, read_label
from drafter.labels import word_number

HEAD: list[Para] = ["Committee: Third Committee", "Topic: Night buses for shift workers",
                    "Sponsors: Bahrain, Peru", "Signatories: Chad, Fiji, Nepal", [("The General Assembly", "i"),
                                                                                (",", "")],
                    [("Aware", "i"), (" that many cleaners and nurses finish work after the last bus has left,", "")]]
CHAPEAU: Para = [("Recommends", "u"), (" that cities running night buses:", "")]
ITEMS: list[Para] = ["publish their timetables at every stop;", "light the stops they serve;"]
FIRST: Para = [("Encourages", "u"), (" cities to run buses between midnight and five in the morning;", "")]
LAST: Para = [("Invites", "u"), (" employers to share the cost of late routes.", "")]
ZH_HEAD: list[Para] = ["决议草案", "委员会：第三委员会", "议题：夜班公交", "起草国：巴林、秘鲁", "附议国：斐济、尼泊尔",
                       [("大会", "b"), ("，", "")], [("注意到", "u"), ("许多夜班工人下班时末班车已经开走，", "")]]
ZH_CHAPEAU: Para = [("建议", "u"), ("开行夜班公交的城市：", "")]
ZH_ITEMS: list[Para] = ["在每个站点公布时刻表；", "为所经站点提供照明；"]
ZH_LAST: Para = [("请", "u"), ("各雇主分担夜间线路的费用。", "")]


def _listed(tmp_path: Path, paragraphs: list[Para], levels: list[str], numbers: dict[int, int]) -> Path:
    path = make(tmp_path, paragraphs, "lists.docx")
    doc = Document(str(path))
    set_lists(doc, abstract(1, levels) + num(1, 1))
    for position, level in numbers.items():
        number(doc.paragraphs[position], 1, level)
    doc.save(str(path))
    return path


def _findings(path: Path, lib: library.Library, rule: str) -> dict[int, str]:
    report, _ = check.check_file(path, lib)
    return {f.paragraph: f.said.en for f in report.findings if f.rule == rule}


def test_word_writes_the_arabic_persian_and_hebrew_counting_formats() -> None:
    assert [word_number(n, "hindiNumbers") for n in (1, 2, 10, 27)] == ["١", "٢", "١٠", "٢٧"]
    assert [word_number(n, "arabicAlpha") for n in (1, 2, 3)] == ["أ", "ب", "ت"]
    assert [word_number(n, "arabicAbjad") for n in (1, 2, 3, 4)] == ["أ", "ب", "ج", "د"]
    assert [word_number(n, "hebrew2") for n in (1, 2, 3)] == ["א", "ב", "ג"]
    assert [word_number(n, "hebrew1") for n in (1, 10, 11, 15, 16, 20, 115)] == ["א", "י", "יא", "טו", "טז", "כ",
                                                                                 "קטו"]
    assert word_number(40, "arabicAlpha") == "40"  # past the alphabet: digits


def test_arabic_indic_digits_read_as_a_clause_number_of_another_form() -> None:
    label = read_label("٣.")
    assert label is not None and label.kind == "number" and label.value == 3 and not label.un_form
    persian = read_label("۴)")
    assert persian is not None and persian.value == 4


def test_arabic_and_hebrew_letters_are_labels_of_another_script() -> None:
    assert label_kind("ب)") == "other-script"
    assert label_kind("ت.") == "other-script"
    assert label_kind("ג.") == "other-script"
    assert label_kind("b)") == "letter-close"


def test_an_operative_list_in_arabic_indic_digits_is_reported_clause_by_clause(tmp_path: Path,
                                                                               lib: library.Library) -> None:
    levels = [lvl(0, "hindiNumbers", "%1."), lvl(1, "lowerLetter", "%2)")]
    body = [*HEAD, FIRST, CHAPEAU, *ITEMS, LAST]
    found = _findings(_listed(tmp_path, body, levels, {6: 0, 7: 0, 8: 1, 9: 1, 10: 0}), lib, "numbering-form")
    assert sorted(found) == [7, 8, 11]
    assert "'٢.'" in found[8] and "'3.'" in found[11]


def test_arabic_abjad_sub_letters_are_reported_as_the_page_shows_them(tmp_path: Path, lib: library.Library) -> None:
    levels = [lvl(0, "decimal", "%1."), lvl(1, "arabicAbjad", "%2)")]
    body = [*HEAD, CHAPEAU, *ITEMS, LAST]
    found = _findings(_listed(tmp_path, body, levels, {6: 0, 7: 1, 8: 1, 9: 0}), lib, "sub-label-style")
    assert sorted(found) == [8, 9]
    assert "'ب)'" in found[9]


def test_persian_word_alpha_sub_letters_in_a_chinese_draft(tmp_path: Path, lib: library.Library) -> None:
    levels = [lvl(0, "decimal", "%1."), lvl(1, "arabicAlpha", "%2.")]
    body = [*ZH_HEAD, ZH_CHAPEAU, *ZH_ITEMS, ZH_LAST]
    found = _findings(_listed(tmp_path, body, levels, {7: 0, 8: 1, 9: 1, 10: 0}), lib, "sub-label-style")
    assert sorted(found) == [9, 10]
    assert "ب." in found[10]



def _text_findings(tmp_path: Path, lib: library.Library, paragraphs: list[Para], rule: str) -> dict[int, str]:
    return _findings(make(tmp_path, paragraphs, "cited.docx"), lib, rule)


def test_a_resolution_cited_in_arabic_indic_digits(tmp_path: Path, lib: library.Library) -> None:
    cited: Para = [("Recalling", "i"), (" its resolution ٦٨/٢١٢ on the safety of night transport,", "")]
    found = _text_findings(tmp_path, lib, [*HEAD, cited, FIRST, LAST], "resolution-citation")
    assert list(found) == [7] and "'resolution 68/212'" in found[7]


def test_a_chinese_citation_and_date_in_persian_or_arabic_indic_digits(tmp_path: Path, lib: library.Library) -> None:
    cited: Para = [("回顾", "u"), ("其第۶۸/۲۱۲号决议，", "")]
    dated: Para = [("欢迎", "u"), ("各城市于٢٠٢٢年٥月٣日启动的夜班线路，", "")]
    first: Para = [("鼓励", "u"), ("各城市开行夜班公交；", "")]
    body = [*ZH_HEAD, cited, dated, first, ZH_LAST]
    citations = _text_findings(tmp_path, lib, body, "resolution-citation")
    assert list(citations) == [8] and "第68/212号决议" in citations[8]
    dates = _findings(tmp_path / "cited.docx", lib, "date-zh")
    assert list(dates) == [9] and "2022年5月3日" in dates[9]


def test_a_heading_label_typed_with_the_turkish_dotted_capital_i(tmp_path: Path, lib: library.Library) -> None:
    head: list[Para] = ["FORUM: Third Committee", "QUESTİON OF: Night buses for shift workers", "SUBMITTED BY: Bahrain",
                        "CO-SUBMITTERS: Fiji, Nepal", [("THE GENERAL ASSEMBLY", "i"), (",", "")],
                        [("Aware", "i"), (" that many nurses finish work after the last bus has left,", "")]]
    found = _text_findings(tmp_path, lib, [*head, FIRST, LAST], "heading-label")
    assert list(found) == [2] and "'QUESTION OF'" in found[2]
    report, _ = check.check_file(tmp_path / "cited.docx", lib)
    assert not [f for f in report.findings if f.rule == "heading-missing"]  # read as the QUESTION OF field
