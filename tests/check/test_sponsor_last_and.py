"""UN-H06: a UN sponsor line joins its last two names with "and" (Chinese "和"), as the UN's L-documents print
them; a bare comma there is one finding, whose fix writes the conjunction (holdout95's note, round 24)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document

from drafter import check, library
from drafter.check.fix import fix

MASTHEAD = ["A/C.3/81/L.12", "Distr.: Limited", "2 November 2026", "Original: English", "Eighty-first session",
            "Third Committee", "Agenda item 27", "Social development"]
BODY: list[Para] = ["Older persons in rural areas",
                    [("The General Assembly", "i"), (",", "")],
                    [("Recalling", "i"), (" its resolution 46/91 of 16 December 1991,", "")],
                    [("1. ", ""), ("Encourages", "i"), (" Member States to bring services to rural older persons;", "")],
                    [("2. ", ""), ("Requests", "i"), (" the Secretary-General to report on its implementation.", "")]]


def _draft(tmp_path: Path, sponsors: str, name: str) -> Path:
    return make(tmp_path, [*MASTHEAD, sponsors, *BODY], name, east_asia=False)


def test_the_last_two_sponsors_parted_by_a_comma(tmp_path: Path, lib: library.Library) -> None:
    path = _draft(tmp_path, "Bhutan, Guatemala, Namibia: draft resolution", "comma.docx")
    assert rules(path, lib).get("sponsor-last-and") == [9]
    report, doc = check.check_file(path, lib)
    finding = next(f for f in report.findings if f.rule == "sponsor-last-and")
    assert "… and Namibia" in finding.message
    fixed = tmp_path / "fixed.docx"
    fix(report, doc, fixed, force=False)
    assert Document(str(fixed)).paragraphs[8].text == "Bhutan, Guatemala and Namibia: draft resolution"


def test_and_before_the_last_sponsor_and_two_names_joined_within_one(tmp_path: Path, lib: library.Library) -> None:
    joined = _draft(tmp_path, "Bhutan, Guatemala and Namibia: draft resolution", "and.docx")
    assert "sponsor-last-and" not in rules(joined, lib)
    compound = _draft(tmp_path, "Bhutan and Trinidad and Tobago: draft resolution", "compound.docx")
    assert "sponsor-last-and" not in rules(compound, lib)
    # a State whose name holds "and", parted from the one before by a comma alone, still lacks the conjunction
    bare = _draft(tmp_path, "Bhutan, Trinidad and Tobago: draft resolution", "bare.docx")
    assert rules(bare, lib).get("sponsor-last-and") == [9]


def test_a_conference_field_lists_its_sponsors_with_commas(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, ["Committee: Third Committee", "Topic: Older persons in rural areas",
                           "Sponsors: Bhutan, Guatemala, Namibia", "Signatories: Chile, Peru", *BODY[1:]], "mun.docx",
                east_asia=False)
    assert "sponsor-last-and" not in rules(path, lib)


def test_a_chinese_sponsor_line_joins_its_last_two_names_with_he(tmp_path: Path, lib: library.Library) -> None:
    head = ["A/C.3/81/L.12", "Distr.: Limited", "2 November 2026", "Chinese", "Original: English", "第八十一届会议",
            "第三委员会", "议程项目27", "社会发展"]
    text: list[Para] = ["农村地区的老年人", [("大会", ""), ("，", "")],
                        [("回顾", ""), ("其1991年12月16日第46/91号决议，", "")],
                        [("1. ", ""), ("鼓励", ""), ("会员国为农村老年人提供服务；", "")],
                        [("2. ", ""), ("请", ""), ("秘书长报告本决议的执行情况。", "")]]
    bare = make(tmp_path, [*head, "不丹、危地马拉、纳米比亚：决议草案", *text], "zh.docx")
    assert rules(bare, lib).get("sponsor-last-and") == [10]
    joined = make(tmp_path, [*head, "不丹、危地马拉和纳米比亚：决议草案", *text], "zh-he.docx")
    assert "sponsor-last-and" not in rules(joined, lib)
