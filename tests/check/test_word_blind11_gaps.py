"""The general causes behind word-blind11's first-run misses and false alarms (bench/students/word-blind11, drafts
written in LibreOffice Writer and saved as .docx), on sentences of our own: a list started at a value that
LibreOffice writes as two list instances of one abstract list, an East Asian font with no Chinese characters,
and items left at the level of the paragraph that announces them."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml.ns import qn
from wordlists import CLAUSES, abstract, num, number, set_lists, start_override

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

EN_HEAD: list[Para] = ["Committee: Second Committee", "Topic: Shade trees in school yards",
                       "Sponsors: Mali, Portugal", "Signatories: Fiji, Oman",
                       [("The General Assembly", "i"), (",", "")],
                       [("Noting", "i"), (" that school yards without shade grow too hot for play in summer,", "")]]
EN_CLAUSES: list[Para] = [
    [("Encourages", "u"), (" schools to plant trees along the edges of their yards;", "")],
    [("Invites", "u"), (" parents to water young trees during the holidays;", "")],
    [("Recommends", "u"), (" native species that need little water;", "")],
    [("Calls upon", "u"), (" local councils to donate seedlings;", "")],
    [("Requests", "u"), (" a report on the trees planted.", "")],
]


def _two_instances(tmp_path: Path, start: int) -> Path:
    """Clauses 1–3 in one list; clause 4 in an instance of a second abstract list started at ``start``, clause 5 in
    another instance of that abstract list with no start of its own (as LibreOffice writes a list whose first item
    has a start value)."""
    path = make(tmp_path, [*EN_HEAD, *EN_CLAUSES])
    doc = Document(str(path))
    set_lists(doc, abstract(1, CLAUSES) + abstract(2, CLAUSES) + num(1, 1) + num(2, 2)
              + num(3, 2, start_override(0, start)))
    for position, num_id in {6: 1, 7: 1, 8: 1, 9: 3, 10: 2}.items():
        number(doc.paragraphs[position], num_id, 0)
    doc.save(str(path))
    return path


def test_a_second_instance_counting_on_is_moved_with_the_clause_started_wrong(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    path = _two_instances(tmp_path, 5)
    assert [p.label for p in reader.read(path).paragraphs[6:]] == ["1.", "2.", "3.", "5.", "6."]
    found = rules(path, lib)
    assert found.get("numbering-sequence") == [10]
    assert "numbering-restart" not in found
    report, _ = check.check_file(path, lib)
    (finding,) = [f for f in report.findings if f.rule == "numbering-sequence"]
    assert list(finding.paragraphs) == [10, 11]


def test_a_list_started_at_the_right_value_in_two_instances_is_right(tmp_path: Path, lib: library.Library) -> None:
    found = rules(_two_instances(tmp_path, 4), lib)
    assert not {"numbering-sequence", "numbering-restart"} & set(found)


ZH_BODY: list[Para] = ["决议草案", "委员会：大会第二委员会", "议题：校园遮阴树", "起草国：马里、葡萄牙",
                       "附议国：斐济、阿曼", [("大会", "b"), ("，", "")],
                       [("注意到", "u"), ("没有树荫的校园在夏季过于炎热，", "")],
                       [("鼓励", "u"), ("学校沿操场边缘种植树木；", "")],
                       [("请", "u"), ("秘书长报告种植情况。", "")]]


def _east_asia(tmp_path: Path, font: str) -> Path:
    path = make(tmp_path, ZH_BODY, f"{font}.docx", east_asia=False)
    doc = Document(str(path))
    for para in doc.paragraphs:
        for run in para.runs:
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    doc.save(str(path))
    return path


def test_a_latin_font_named_as_the_east_asian_font_is_no_chinese_font(tmp_path: Path,
                                                                       lib: library.Library) -> None:
    assert rules(_east_asia(tmp_path, "Liberation Serif"), lib).get("east-asian-font") == [1]
    assert rules(_east_asia(tmp_path, "Times New Roman"), lib).get("east-asian-font") == [1]


def test_a_chinese_east_asian_font_is_right(tmp_path: Path, lib: library.Library) -> None:
    assert "east-asian-font" not in rules(_east_asia(tmp_path, "Noto Serif CJK SC"), lib)
    assert "east-asian-font" not in rules(_east_asia(tmp_path, "宋体"), lib)


def _numbered(tmp_path: Path, body: list[Para], levels: dict[int, int], name: str = "doc.docx",
              east_asia: bool = True) -> Path:
    path = make(tmp_path, body, name, east_asia=east_asia)
    doc = Document(str(path))
    set_lists(doc, abstract(1, CLAUSES) + num(1, 1))
    for position, level in levels.items():
        number(doc.paragraphs[position], 1, level)
    doc.save(str(path))
    return path


ZH_ITEMS: list[Para] = [*ZH_BODY[:7],
                        [("鼓励", "u"), ("学校沿操场边缘种植树木；", "")],
                        [("促请", "u"), ("地方政府：", "")],
                        "向学校免费提供树苗；",
                        "在假期安排人员为幼树浇水；",
                        [("请", "u"), ("秘书长报告种植情况。", "")]]


def test_chinese_items_left_at_the_clause_level_under_a_chapeau(tmp_path: Path, lib: library.Library) -> None:
    found = rules(_numbered(tmp_path, ZH_ITEMS, {7: 0, 8: 0, 9: 0, 10: 0, 11: 0}), lib)
    assert found.get("sub-numbered-as-clause") == [10, 11]
    assert "operative-end" not in found and "operative-no-verb" not in found


def test_a_clause_with_a_lead_after_a_chapeau_stays_a_clause(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_ITEMS[:9], [("敦促", "u"), ("各国分享经验；", "")], ZH_ITEMS[-1]]
    found = rules(_numbered(tmp_path, body, {7: 0, 8: 0, 9: 0, 10: 0}), lib)
    assert "sub-numbered-as-clause" not in found
    assert found.get("operative-end") == [9]  # "促请地方政府：" announces no item: its colon is the slip


EN_ITEMS: list[Para] = [*EN_HEAD,
                        [("Encourages", "u"), (" schools:", "")],
                        "to plant trees along the edges of their yards;",
                        "to choose trees for their shade, giving priority to species that:",
                        "need little water;",
                        "do not drop fruit on paths;",
                        [("Requests", "u"), (" a report on the trees planted.", "")]]


def test_items_left_at_the_level_of_the_sub_paragraph_announcing_them(tmp_path: Path,
                                                                      lib: library.Library) -> None:
    path = _numbered(tmp_path, EN_ITEMS, {6: 0, 7: 1, 8: 1, 9: 1, 10: 1, 11: 0})
    found = rules(path, lib)
    assert found.get("sub-items-level") == [10, 11]
    assert "sub-end" not in found and "sub-label-style" not in found
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", False)
    labels = [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs[6:]]
    assert labels == ["1.", "(a)", "(b)", "(i)", "(ii)", "2."]


def test_items_nested_under_the_sub_paragraph_announcing_them_are_right(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    found = rules(_numbered(tmp_path, EN_ITEMS, {6: 0, 7: 1, 8: 1, 9: 2, 10: 2, 11: 0}), lib)
    assert not {"sub-items-level", "sub-end", "sub-label-style"} & set(found)


def test_a_last_sub_paragraph_ending_with_a_colon_keeps_its_end_finding(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    body = [*EN_ITEMS[:9], EN_ITEMS[-1]]
    found = rules(_numbered(tmp_path, body, {6: 0, 7: 1, 8: 1, 9: 0}), lib)
    assert found.get("sub-end") == [9]
    assert "sub-items-level" not in found
