"""The general causes behind word-blind23's first-run misses and false alarms (bench/students/word-blind23), on
sentences of our own: what phones, tablets and Word's AutoFormat leave in a draft — a second clause typed after a
manual line break (Shift+Enter) with the number the student typed for it, a clause pasted as a picture, a typed
number among Word's automatic ones that Word's list does not count."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.shared import Pt
from wordlists import CLAUSES, abstract, lvl, num, number, set_lists

from drafter import check, library
from drafter.check import fix

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Rooftop rainwater tanks in small towns",
                    "Sponsors: Malawi, Tonga", "Signatories: Bolivia, Greece, Oman",
                    [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that many small towns lose their piped water in the dry season,", "")]]

ZH_HEAD: list[Para] = ["决议草案", "委员会：第二委员会", "议题：小城镇屋顶雨水收集", "起草国：马拉维、汤加", "附议国：玻利维亚、希腊",
                       [("大会", "b"), ("，", "")],
                       [("注意到", "u"), ("许多小城镇在旱季停止供应自来水，", "")]]


def test_a_clause_after_a_line_break_with_its_typed_number_is_one_finding(tmp_path: Path,
                                                                            lib: library.Library) -> None:
    body = [*HEAD,
            [("1. ", ""), ("Encourages", "u"), (" town councils to fit tanks on the roofs of schools and clinics;", "")],
            [("2. ", ""), ("Invites", "u"), (" donors to pay for filters on every public tank;\n3. ", ""),
             ("Recommends", "u"), (" that tanks be cleaned before each rainy season;", "")],
            [("4. ", ""), ("Urges", "u"), (" towns to store at least\n2 000 litres for each school;", "")],
            [("5. ", ""), ("Requests", "u"), (" a report on the tanks fitted.", "")]]
    found = rules(make(tmp_path, body, "typed-after-break.docx"), lib)
    assert found.get("clause-after-break") == [8]
    # "4." is right once "3." counts; "Recommends" is the second clause's lead, no emphasis in the text; a number
    # that opens a line inside a clause ("2 000 litres") opens no clause
    assert not {"numbering-sequence", "emphasis-in-text"} & set(found)


def test_the_fix_splits_the_clause_off_with_its_number_once(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD,
            [("1. ", ""), ("Encourages", "u"), (" town councils to fit tanks on the roofs of schools and clinics;\n2. ",
                                                 ""),
             ("Invites", "u"), (" donors to pay for filters on every public tank;", "")],
            [("3. ", ""), ("Requests", "u"), (" a report on the tanks fitted.", "")]]
    path = make(tmp_path, body, "fix-after-break.docx")
    out = tmp_path / "fixed.docx"
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, out, force=True)
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert texts[6:9] == ["1. Encourages town councils to fit tanks on the roofs of schools and clinics;",
                           "2. Invites donors to pay for filters on every public tank;",
                           "3. Requests a report on the tanks fitted."]
    assert not {r for r in rules(out, lib) if r in {"clause-after-break", "numbering-sequence", "label-doubled"}}


def test_a_chinese_clause_after_a_line_break_with_its_typed_number(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_HEAD,
            [("1. ", ""), ("鼓励", "u"), ("各镇在学校和诊所屋顶安装雨水箱；\n2. ", ""), ("请", "u"), ("捐助方为公共水箱配备过滤器；", "")],
            [("3. ", ""), ("请", "u"), ("秘书长报告安装情况。", "")]]
    found = rules(make(tmp_path, body, "zh-typed-after-break.docx"), lib)
    assert found.get("clause-after-break") == [8]
    assert "numbering-sequence" not in found


def _picture(path: Path, paragraph: int, tmp_path: Path) -> None:
    """Paste a small picture into the 0-based ``paragraph`` of the draft at ``path`` (a screenshot of a clause)."""
    import struct
    import zlib

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\x60" * 200 for _ in range(30))
    png = tmp_path / "shot.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 200, 30, 8, 0, 0, 0, 0))
                    + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    doc = Document(str(path))
    doc.paragraphs[paragraph].add_run().add_picture(str(png), width=Pt(150))
    doc.save(str(path))


def test_a_typed_number_before_a_pasted_screenshot_is_a_clause_as_a_picture(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    body = [*HEAD,
            [("1.\t", ""), ("Encourages", "u"), (" town councils to fit tanks like the one below;", "")],
            "2.\t",
            [("3.\t", ""), ("Requests", "u"), (" a report on the tanks fitted.", "")]]
    path = make(tmp_path, body, "screenshot.docx")
    _picture(path, 7, tmp_path)
    _picture(path, 6, tmp_path)  # a picture after a clause's text illustrates it
    _picture(path, 0, tmp_path)  # a logo by the heading
    found = rules(path, lib)
    assert found.get("clause-picture") == [8]
    assert "numbering-sequence" not in found  # the picture keeps its place: "3." is right


def test_a_chinese_clause_pasted_as_a_picture_without_a_typed_number(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_HEAD,
            [("1. ", ""), ("鼓励", "u"), ("各镇在学校屋顶安装雨水箱；", "")],
            "2. ",
            [("3. ", ""), ("请", "u"), ("秘书长报告安装情况。", "")]]
    path = make(tmp_path, body, "zh-screenshot.docx")
    _picture(path, 8, tmp_path)
    assert rules(path, lib).get("clause-picture") == [9]


def _numbered(path: Path, paragraphs: list[int], levels: list[str] = CLAUSES) -> None:
    """Put the 0-based ``paragraphs`` of the draft at ``path`` in one Word list "1." (AutoFormat's list)."""
    doc = Document(str(path))
    set_lists(doc, abstract(1, levels) + num(1, 1))
    for index in paragraphs:
        number(doc.paragraphs[index], 1)
    doc.save(str(path))


def test_word_shows_a_typed_number_again_after_it(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD,
            [("Encourages", "u"), (" town councils to fit tanks on the roofs of schools;", "")],
            [("Invites", "u"), (" donors to pay for filters on every public tank;", "")],
            [("3.\t", ""), ("Urges", "u"), (" towns to clean their tanks before the rains;", "")],
            [("Requests", "u"), (" a report on the tanks fitted.", "")]]
    path = make(tmp_path, body, "typed-among-word.docx")
    _numbered(path, [6, 7, 9])  # Word shows "1." "2.", the typed "3.", then "3." again
    report, _ = check.check_file(path, lib)
    mixed = [f for f in report.findings if f.rule == "numbering-mixed"]
    assert [f.paragraphs for f in mixed] == [[9, 10]]  # the typed number, and the clause that repeats it


def test_items_typed_in_a_one_level_clause_list_are_only_numbered_as_clauses(tmp_path: Path,
                                                                               lib: library.Library) -> None:
    body = [*ZH_HEAD,
            [("鼓励", "u"), ("各镇在学校屋顶安装雨水箱；", "")],
            [("请", "u"), ("各镇制定雨水箱标准，包括：", "")],
            "(a) 水箱应加盖；",
            "(b) 水箱应每年清洗；",
            [("请", "u"), ("秘书长报告安装情况。", "")]]
    path = make(tmp_path, body, "one-level.docx")
    _numbered(path, [7, 8, 9, 10, 11], [lvl(0, "decimal", "%1.")])  # AutoFormat's list has no lower level
    found = rules(path, lib)
    assert found.get("sub-numbered-as-clause") == [10, 11]
    # no lower level to restyle or count the items on: no "c." "d." restyle, no sequence "expected '1.'"
    assert not {"sub-label-style", "sub-label-sequence", "sub-label-doubled"} & set(found)
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert "sub-label-doubled" not in rules(tmp_path / "fixed.docx", lib)
