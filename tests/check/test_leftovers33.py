"""What round 32 left (leftovers33), on sentences of our own: a clause Word numbers off only because sub-paragraphs
left in the clauses' own one-level list took numbers before it is the knock-on of their slip, not a second one."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from wordlists import CLAUSES, abstract, lvl, num, number, set_lists

from drafter import check, library

ZH_HEAD: list[Para] = ["决议草案", "委员会：第三委员会", "议题：社区图书室的开放时间", "起草国：秘鲁、斐济",
                       "附议国：冰岛、蒙古", [("大会", "b"), ("，", "")],
                       [("注意到", "u"), ("许多社区图书室只在工作日白天开放，", "")]]


def _numbered(path: Path, paragraphs: list[int], levels: list[str] = CLAUSES) -> None:
    """Put the 0-based ``paragraphs`` of the draft at ``path`` in one Word list "1."."""
    doc = Document(str(path))
    set_lists(doc, abstract(1, levels) + num(1, 1))
    for index in paragraphs:
        number(doc.paragraphs[index], 1)
    doc.save(str(path))


def _draft(tmp_path: Path, last: list[int]) -> Path:
    body = [*ZH_HEAD,
            [("鼓励", "u"), ("各区延长社区图书室的周末开放时间；", "")],
            [("请", "u"), ("各区制定开放标准，包括：", "")],
            "(a) 每周至少开放六天；",
            "(b) 每天至少开放八小时；",
            [("促请", "u"), ("各区为图书室招募志愿者；", "")],
            [("请", "u"), ("秘书长报告开放情况。", "")]]
    path = make(tmp_path, body, "kept-subs.docx")
    _numbered(path, [7, 8, 9, 10, *last], [lvl(0, "decimal", "%1.")])  # a list with no lower level
    return path


def test_clauses_after_sub_paragraphs_numbered_as_clauses_are_their_knock_on(tmp_path: Path,
                                                                               lib: library.Library) -> None:
    path = _draft(tmp_path, [11, 12])  # Word shows "3." "4." on (a), (b), then "5." "6."
    found = rules(path, lib)
    assert found.get("sub-numbered-as-clause") == [10, 11]
    assert "numbering-sequence" not in found
    report, _ = check.check_file(path, lib)
    last = [f for f in report.findings if f.rule == "sub-numbered-as-clause"][-1]
    assert 12 in last.paragraphs  # the clause it pushed to "5." is named with it


def test_sub_paragraphs_typed_outside_the_list_leave_the_clauses_clean(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    path = _draft(tmp_path, [])  # (a), (b) typed outside Word's list: the clauses show "1." "2." "3." "4."
    doc = Document(str(path))
    for index in (9, 10):  # numbered by _draft: take them out again
        ppr = doc.paragraphs[index]._p.pPr
        ppr.remove(ppr.numPr)
    for index in (11, 12):
        number(doc.paragraphs[index], 1)
    doc.save(str(path))
    found = rules(path, lib)
    assert "sub-numbered-as-clause" not in found
    assert "numbering-sequence" not in found


def _sections(tmp_path: Path, lib: library.Library, heading: str, name: str) -> dict[str, list[int]]:
    body = [*ZH_HEAD,
            heading,
            "1. 鼓励各区延长社区图书室的周末开放时间；",
            "2. 请各区为图书室招募志愿者；",
            "二、经费",
            "3. 请秘书长报告开放情况。"]
    return rules(make(tmp_path, body, name), lib)


def test_a_chinese_section_heading_numbered_without_a_space_is_flagged_as_with_one(tmp_path: Path,
                                                                                   lib: library.Library) -> None:
    # a conference draft's operative part runs from clause to clause: "一、开放时间" as "一、 开放时间" and "第一部分 …"
    assert _sections(tmp_path, lib, "一、 开放时间", "spaced.docx").get("section-heading") == [8, 11]
    assert _sections(tmp_path, lib, "一、开放时间", "unspaced.docx").get("section-heading") == [8, 11]


def test_a_clause_numbered_with_a_chinese_numeral_is_no_section_heading(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_HEAD,
            "一、鼓励各区延长社区图书室的周末开放时间；",
            "二、请秘书长报告开放情况。"]
    assert "section-heading" not in rules(make(tmp_path, body, "gongwen.docx"), lib)
