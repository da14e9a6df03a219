"""Faults of the blind set word-blind32 (#20): what the Chinese typography menus of Word write. An enclosed character
typed through 带圈字符 is an EQ field ("eq \\o\\ac(○,1)") that Word saves with no result and draws as ① on the page:
as a clause's or a sub-clause's label it is read as the label the page shows (UN-B07, ZH-B04), and a fix of it leaves
no field behind to draw ① again. Emphasis marks (着重号, w:em) under a Chinese lead set it off (FORMAT.md 0.2: visually
distinguished lead words); on words of a clause's text they are emphasis for emphasis (UN-B17); under an English
lead they are no underline or italics (MUN-F03). Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from conftest import Run
from docmaker import Para, make
from docx import Document
from lxml import etree

from drafter import library
from drafter.word import reader
from drafter.word.eqfields import enclosed_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD: list[Para] = ["决议草案", "委员会：联合国大会第二委员会", "议题：山区的乡村道路养护", "起草国：尼泊尔、秘鲁",
                    "附议国：不丹、智利", [("大会", "b"), ("，", "")]]
PREAMBLE: list[Para] = [[("认识到", "u"), ("山区的乡村道路常在雨季被塌方阻断，", "")],
                        [("注意到", "u"), ("一些村庄由村民轮流清理路面的落石，", "")]]
OPS: list[Para] = [[("鼓励", "u"), ("会员国为乡村道路的日常养护设立专项资金；", "")],
                   [("请", "u"), ("各国交通部门：", "")],
                   "在雨季前检查易塌方路段的挡土墙；",
                   "为养路工人配备安全帽和反光背心；",
                   [("决定", "u"), ("在下届会议上审议本决议的执行情况。", "")]]


def _w(tag: str, **attrs: str) -> etree._Element:
    node = etree.Element(f"{{{W}}}{tag}")
    for key, value in attrs.items():
        node.set(f"{{{W}}}{key}", value)
    return node


def _enclosed(n: int) -> list[etree._Element]:
    """带圈字符 as Word saves it: begin, the code split over runs (the circle in a run of its own), end; no result."""
    out = []
    for part in ("begin", "eq \\o\\ac(", "○", f",{n})", "end"):
        r = _w("r")
        r.append(_w("rPr"))
        r[0].append(_w("rFonts", hint="eastAsia"))
        if part in ("begin", "end"):
            r.append(_w("fldChar", fldCharType=part))
        else:
            code = _w("instrText")
            code.text = part
            r.append(code)
        out.append(r)
    return out


def _labelled(path: Path, labels: dict[int, int]) -> Path:
    """Put an enclosed number (EQ field) before the first run of paragraphs (0-based index -> number)."""
    doc = Document(str(path))
    for index, n in labels.items():
        first = doc.paragraphs[index]._p.find(f"{{{W}}}r")
        for r in _enclosed(n):
            first.addprevious(r)
    doc.save(str(path))
    return path


def _marked(path: Path, marks: dict[int, list[int]]) -> Path:
    """Set emphasis marks (w:em dot) on runs of paragraphs (0-based paragraph index -> 0-based run indexes)."""
    doc = Document(str(path))
    for index, chosen in marks.items():
        runs = doc.paragraphs[index].runs
        for k in chosen:
            runs[k]._r.get_or_add_rPr().append(_w("em", val="dot"))
    doc.save(str(path))
    return path


@pytest.mark.parametrize(("code", "shown"), [("eq \\o\\ac(○,1)", "①"), (" EQ \\o\\ac(○,12) ", "⑫"),
                                             ("eq \\o\\ac(◯,a)", "ⓐ"), ("eq \\o(○,三)", "㊂"),
                                             ("eq \\o\\ac(○,\\s\\up 1(3))", "③"), ("eq \\o\\ac(□,甲)", "甲"),
                                             ("eq \\o\\ac(2,○)", "②"), ("eq \\o\\ac(○;27)", "㉗")])
def test_an_enclosing_eq_code_shows_the_enclosed_character(code: str, shown: str) -> None:
    assert enclosed_text(code) == shown


@pytest.mark.parametrize("code", ["eq \\f(1,2)", "PAGE", "eq \\o\\ac(=,/)", "AUTONUM", "eq \\o\\ac(○,)"])
def test_other_field_codes_enclose_nothing(code: str) -> None:
    assert enclosed_text(code) is None


def _clauses_labelled(tmp_path: Path) -> Path:
    """The operative clauses typed without a list, each labelled with an enclosed number."""
    ops = [OPS[0], OPS[1], [("建议", "u"), ("各国为养路工人配备安全帽；", "")], OPS[4]]
    path = make(tmp_path, [*HEAD, *PREAMBLE, *ops])
    return _labelled(path, {8: 1, 9: 2, 10: 3, 11: 4})


def test_enclosed_numbers_typed_as_clause_labels_are_read_as_labels(tmp_path: Path, lib: library.Library) -> None:
    path = _clauses_labelled(tmp_path)
    assert [p.text[:3] for p in reader.read(path).paragraphs[8:]] == ["①鼓励", "②请各", "③建议", "④决定"]
    found = rules(path, lib)
    assert found.get("numbering-form") == [9, 10, 11, 12]
    assert "preambular-end" not in found and "numbering-absent" not in found


def test_a_fix_of_an_enclosed_label_leaves_no_field_behind(tmp_path: Path, run: Run) -> None:
    fixed = tmp_path / "fixed.docx"
    run("check", str(_clauses_labelled(tmp_path)), "--fix", str(fixed))
    assert not list(Document(str(fixed)).element.body.iter(f"{{{W}}}instrText"))  # Word would draw ① again
    assert [p.text[:4] for p in reader.read(fixed).paragraphs[8:]] == ["1. 鼓", "2. 请", "3. 建", "4. 决"]


def test_enclosed_numbers_as_sub_clause_labels_are_reported(tmp_path: Path, lib: library.Library) -> None:
    numbered: list[Para] = [[("1. ", ""), *OPS[0]], [("2. ", ""), *OPS[1]], OPS[2], OPS[3], [("3. ", ""), *OPS[4]]]
    path = _labelled(make(tmp_path, [*HEAD, *PREAMBLE, *numbered]), {10: 1, 11: 2})
    assert rules(path, lib).get("sub-label-style") == [11, 12]


def test_an_enclosed_circle_in_a_clause_text_is_no_label(tmp_path: Path, lib: library.Library) -> None:
    numbered: list[Para] = [[("1. ", ""), *OPS[0]], [("2. ", ""), ("决定", "u"), ("在下届会议上审议本决议的执行情况。", "")]]
    path = make(tmp_path, [*HEAD, *PREAMBLE, *numbered])
    doc = Document(str(path))
    last = doc.paragraphs[9]._p.findall(f"{{{W}}}r")[-1]  # "……执行情况。" gets "②" after it, as a typed note mark
    for r in _enclosed(2):
        last.addprevious(r)
    doc.save(str(path))
    found = rules(path, lib)
    assert reader.read(path).paragraphs[9].text.endswith("②在下届会议上审议本决议的执行情况。")
    assert not {"numbering-form", "sub-label-style", "numbering-sequence"} & set(found)


def _plain() -> list[Para]:
    """The draft with its leads not underlined (their emphasis left to the marks)."""
    return [[(text, "b" if text == "大会" else "") for text, _ in p] if isinstance(p, list) else p
            for p in [*HEAD, *PREAMBLE, *OPS]]


def test_chinese_leads_set_off_with_emphasis_marks_pass(tmp_path: Path, lib: library.Library) -> None:
    path = _marked(make(tmp_path, _plain()), {6: [0], 7: [0], 8: [0], 9: [0], 12: [0]})
    found = rules(path, lib)
    assert "lead-emphasis" not in found and "lead-emphasis-document" not in found
    assert "emphasis-in-text" not in found
    # whole paragraphs in emphasis marks set no lead off
    path = _marked(make(tmp_path, _plain(), "all.docx"), {k: [0, 1] for k in (6, 7, 8, 9, 12)})
    assert "lead-emphasis-document" in rules(path, lib)


def test_a_chinese_lead_without_marks_among_marked_leads_is_reported(tmp_path: Path, lib: library.Library) -> None:
    path = _marked(make(tmp_path, _plain()), {6: [0], 7: [0], 8: [0], 12: [0]})
    assert rules(path, lib).get("lead-emphasis") == [10]


def test_words_of_a_clause_in_emphasis_marks_are_emphasis_for_emphasis(tmp_path: Path, lib: library.Library) -> None:
    ops: list[Para] = [[("1. ", ""), ("鼓励", "u"), ("会员国", ""), ("尽快", ""), ("为乡村道路设立养护资金；", "")],
                       [("2. ", ""), ("决定", "u"), ("在下届会议上审议本决议的执行情况。", "")]]
    path = _marked(make(tmp_path, [*HEAD, *PREAMBLE, *ops]), {8: [3]})
    assert rules(path, lib).get("emphasis-in-text") == [9]
    # an English lead in emphasis marks is no underline or italics (MUN-F03), and its marks are no words of the text
    paragraphs: list[Para] = ["Committee: Second Committee", "Topic: Rural roads in mountain areas",
                              "Sponsors: Nepal, Peru", "Signatories: Bhutan, Chile",
                              [("The General Assembly", "i"), (",", "")],
                              [("Noting", "i"), (" that landslides often cut mountain roads in the rainy season,", "")],
                              [("1. ", ""), ("Encourages", ""), (" Member States to fund the upkeep of rural roads;", "")],
                              [("2. ", ""), ("Decides", "u"), (" to review the matter at ", ""), ("once", ""),
                               (".", "")]]
    path = _marked(make(tmp_path, paragraphs, "en.docx"), {6: [1], 7: [3]})
    found = rules(path, lib)
    assert found.get("lead-emphasis") == [7] and found.get("emphasis-in-text") == [8]
