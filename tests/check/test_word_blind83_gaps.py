"""Gaps of ``drafter check`` found on the blind set word-blind83 (#20), held by sentences of our own:

* the **first item of a WPS circled or bracketed list** ("①", "（1）") under a clause ending with "：", opening with a
  verb that is also an operative lead (支持, 推动): it was read as the next clause on a list of its own (numbering-form,
  numbering-restart, lead-emphasis on it, operative-end on the clause above). A label no clause is numbered with is
  an item's, whatever verb follows it; a "1." list under the chapeau opening with a lead stays a clause.
* a **flagship report of the UN system cited bare** (世界视力报告, 2024年世界毒品问题报告): 报告 is a common noun and
  no shape tells such a title, so none was reported; the well-known reports are listed like the plain titles.
"""

from __future__ import annotations

from pathlib import Path

from docmaker import make
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from drafter import check, library

HEAD = ["决议草案", "委员会：世界卫生大会", "议题：加强初级卫生保健", "起草国：秘鲁、泰国", "附议国：加纳、挪威",
        "世界卫生大会，"]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _found(path: Path, lib: library.Library) -> list[tuple[str, int]]:
    report, _ = check.check_file(path, lib)
    return [(f.rule, f.paragraph) for f in report.findings if f.severity in ("error", "warning")]


def _listed(tmp_path: Path, item_format: tuple[str, str], items: list[str]) -> Path:
    """Clauses on a "%1." list and, under the third (ending with "："), items on a list of their own (WPS's
    ``item_format``: numFmt and lvlText) whose level 0 has the clauses' indent; leads bold."""
    doc = Document()
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for i, (fmt, text) in enumerate((("decimal", "%1."), item_format)):
        numbering.append(parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="{i}"><w:multiLevelType w:val="multilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl></w:abstractNum>'))
    for i in range(2):
        numbering.append(parse_xml(f'<w:num {W} w:numId="{i + 1}"><w:abstractNumId w:val="{i}"/></w:num>'))

    def add(text: str, num: int | None, lead: int = 0) -> None:
        para = doc.add_paragraph()
        if num is not None:
            para._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))
        for part, bold in ((text[:lead], True), (text[lead:], False)):
            if part:
                run = para.add_run(part)
                run.bold = bold or None
                run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")

    for text in HEAD:
        add(text, None)
    add("认识到社区卫生工作者的作用，", None, 3)
    add("敦促会员国增加对初级卫生保健的投入；", 1, 2)
    add("鼓励各国培训更多社区卫生工作者；", 1, 2)
    add("请总干事：", 1, 1)
    for text in items:
        add(text, 2)
    add("决定在下一届会议上审议这一问题。", 1, 2)
    path = tmp_path / "lists.docx"
    doc.save(str(path))
    return path


ITEMS = ["支持各国制定初级卫生保健战略；", "推动基本药物的公平获取；"]


def test_a_circled_first_item_opening_with_a_lead_is_an_item(lib: library.Library, tmp_path: Path) -> None:
    found = _found(_listed(tmp_path, ("decimalEnclosedCircle", "%1"), ITEMS), lib)
    assert not [r for r in found if r[0] in ("numbering-form", "numbering-restart", "lead-emphasis", "operative-end",
                                             "chapeau-colon")], found
    assert ("sub-label-style", 11) in found and ("sub-label-style", 12) in found, found


def test_a_bracketed_first_item_opening_with_a_lead_is_an_item(lib: library.Library, tmp_path: Path) -> None:
    found = _found(_listed(tmp_path, ("decimal", "（%1）"), ITEMS), lib)
    assert not [r for r in found if r[0] in ("numbering-form", "numbering-restart", "lead-emphasis")], found
    assert ("sub-label-style", 11) in found, found


def test_a_numbered_list_opening_with_a_lead_after_a_chapeau_stays_clauses(lib: library.Library,
                                                                           tmp_path: Path) -> None:
    # "1." "2." on a list of their own after "3. 请总干事：": clauses restarted, as before (not items)
    found = _found(_listed(tmp_path, ("decimal", "%1."), ITEMS), lib)
    assert ("numbering-restart", 11) in found, found


def _preamble(first: list[tuple[str, str]]) -> list[str | list[tuple[str, str]]]:
    return [*HEAD, first, [("认识到", "b"), ("社区卫生工作者的作用，", "")],
            [("1. ", ""), ("鼓励", "b"), ("各国培训更多社区卫生工作者；", "")],
            [("2. ", ""), ("决定", "b"), ("在下一届会议上审议这一问题。", "")]]


def test_a_flagship_report_cited_bare_is_reported(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, _preamble([("注意到", "b"), ("世界卫生组织发布的世界视力报告所载的数据，", "")]))
    report, _ = check.check_file(path, lib)
    titles = [f for f in report.findings if f.rule == "title-marks"]
    assert [f.paragraph for f in titles] == [7], titles


def test_a_report_with_its_edition_year_is_marked_with_the_year(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, _preamble([("注意到", "b"), ("2023年人类发展报告的结论，", "")]))
    report, _ = check.check_file(path, lib)
    titles = [f for f in report.findings if f.rule == "title-marks"]
    assert len(titles) == 1 and "《2023年人类发展报告》" in titles[0].message, titles


def test_a_report_in_title_marks_or_a_generic_report_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, _preamble([("注意到", "b"), ("《世界视力报告》和秘书长关于初级卫生保健的报告，", "")]))
    report, _ = check.check_file(path, lib)
    assert not [f for f in report.findings if f.rule == "title-marks"]
