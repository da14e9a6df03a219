"""Faults of Chinese drafts the checker missed on the blind set holdout-zh4 (#20), each held by sentences of our own
with a passing draft beside it: sub-clauses labelled with the Heavenly Stems or Earthly Branches (（甲）（乙）, 子、丑、),
whether Word's list shows them (ideographTraditional / ideographZodiac) or the student typed them, and the short
titles of the First Committee's treaties (外层空间条约, 南极条约, 特拉特洛尔科条约) without 《》."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make
from docx import Document
from docx.oxml.ns import qn
from wordlists import abstract, lvl, num, number, set_lists

from drafter import check, library
from drafter.check import fix
from drafter.labelkinds import read_typed
from drafter.word import reader

Para = str | list[tuple[str, str]]

HEAD: list[Para] = ["决议草案", "委员会：世界卫生大会", "议题：儿童营养不良", "起草国：秘鲁、加纳", "附议国：泰国、挪威、约旦",
                    "世界卫生大会，", "回顾其关于婴幼儿营养的各项决议，"]


def fixed(path: Path, lib: library.Library, out: Path) -> Path:
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return out


# -- sub-clauses labelled 甲乙丙 / 子丑寅 --------------------------------------------------------------------------------

def word_draft(tmp_path: Path, sub_format: str, sub_text: str = "（%2）") -> Path:
    """Clauses in Word's "%1." list whose second level shows ``sub_format`` labels in ``sub_text``."""
    doc = Document()
    set_lists(doc, abstract(1, [lvl(0, "decimal", "%1."), lvl(1, sub_format, sub_text)]) + num(1, 1))
    items = [(text, None) for text in HEAD] + [("敦促各会员国：", 0), ("推广六个月内的纯母乳喂养；", 1),
                                               ("改善学校供餐的营养标准；", 1), ("决定继续审议这一项目。", 0)]
    for text, level in items:
        para = doc.add_paragraph()
        run = para.add_run(text)
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
        if level is not None:
            number(para, 1, level)
    path = tmp_path / f"{sub_format}.docx"
    doc.save(str(path))
    return path


@pytest.mark.parametrize("sub_format", ["ideographTraditional", "ideographZodiac"])
def test_sub_clauses_words_list_labels_with_stems_or_branches_are_in_the_wrong_style(
        sub_format: str, lib: library.Library, tmp_path: Path) -> None:
    found = rules(word_draft(tmp_path, sub_format), lib)
    assert found.get("sub-label-style") == [9, 10]
    assert "sub-label-sequence" not in found  # （乙） after （甲） is in sequence, only in the wrong style
    repaired = fixed(word_draft(tmp_path, sub_format), lib, tmp_path / "fixed.docx")
    labels = [p.label for p in reader.read(repaired).paragraphs][8:10]
    assert [label.strip("()（）") for label in labels] == ["a", "b"]
    assert not {"sub-label-style", "sub-label-sequence"} & set(rules(repaired, lib))


def test_sub_clauses_words_list_labels_with_letters_are_left_alone(lib: library.Library, tmp_path: Path) -> None:
    found = rules(word_draft(tmp_path, "lowerLetter", "(%2)"), lib)
    assert not {"sub-label-style", "sub-label-sequence"} & set(found)


@pytest.mark.parametrize(("first", "second"), [("（甲）", "（乙）"), ("甲、", "乙、"), ("（子）", "（丑）"), ("甲)", "乙)")])
def test_typed_stem_and_branch_sub_labels_are_in_the_wrong_style(first: str, second: str, lib: library.Library,
                                                                 tmp_path: Path) -> None:
    paragraphs: list[Para] = [*HEAD, "1. 敦促各会员国：", f"{first}推广六个月内的纯母乳喂养；", f"{second}改善学校供餐的营养标准；",
                              "2. 决定继续审议这一项目。"]
    path = make(tmp_path, paragraphs)
    found = rules(path, lib)
    assert found.get("sub-label-style") == [9, 10]
    texts = [p.text for p in reader.read(fixed(path, lib, tmp_path / "fixed.docx")).paragraphs]
    assert texts[8].startswith(("(a)", "（a）", "a、", "a)")) and texts[9].startswith(("(b)", "（b）", "b、", "b)"))


def test_parties_named_with_stems_in_a_row_are_no_label() -> None:
    assert read_typed("甲、乙双方应当在三十天内交换信息；") is None
    typed = read_typed("甲、推广纯母乳喂养；")
    assert typed is not None and (typed.name, typed.value) == ("stem-dot", 1)
    assert read_typed("甲方应当交换信息；") is None


# -- short titles of the First Committee's treaties -----------------------------------------------------------------

@pytest.mark.parametrize(("line", "title"), [
    ("回顾1967年外层空间条约确立的和平利用原则，", "外层空间条约"),
    ("重申南极条约所载的各项原则，", "南极条约"),
    ("欢迎特拉特洛尔科条约和佩林达巴条约的生效，", "特拉特洛尔科条约"),
    ("回顧外層空間條約確立的和平利用原則，", "外層空間條約"),
])
def test_a_first_committee_treaty_named_without_title_marks(line: str, title: str, lib: library.Library,
                                                            tmp_path: Path) -> None:
    paragraphs: list[Para] = [*HEAD[:6], line, "1. 决定继续审议这一项目。"]
    path = make(tmp_path, paragraphs)
    assert rules(path, lib).get("title-marks", [])[:1] == [7]
    texts = [p.text for p in reader.read(fixed(path, lib, tmp_path / "fixed.docx")).paragraphs]
    assert f"《{title}》" in texts[6]


@pytest.mark.parametrize("line", ["回顾《外层空间条约》确立的和平利用原则，", "邀请外层空间条约缔约国交流信息，",
                                  "回顾防止在外层空间放置武器条约草案的讨论，"])
def test_treaty_titles_in_marks_or_in_a_bodys_name_are_left_alone(line: str, lib: library.Library,
                                                                  tmp_path: Path) -> None:
    paragraphs: list[Para] = [*HEAD[:6], line, "1. 决定继续审议这一项目。"]
    assert "title-marks" not in rules(make(tmp_path, paragraphs), lib)


# -- clauses numbered with Chinese ordinals in brackets or with stems ------------------------------------------------

CLAUSES = ["敦促各会员国推广六个月内的纯母乳喂养；", "请总干事提供技术支持；", "决定继续审议这一项目。"]


@pytest.mark.parametrize(("fmt", "text"), [("ideographTraditional", "%1、"), ("ideographTraditional", "（%1）"),
                                           ("ideographZodiac", "%1、")])
def test_clauses_words_list_labels_with_stems_are_clauses_in_the_wrong_form(fmt: str, text: str,
                                                                           lib: library.Library,
                                                                           tmp_path: Path) -> None:
    doc = Document()
    set_lists(doc, abstract(1, [lvl(0, fmt, text), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1))
    for line, numbered in [(x, False) for x in HEAD] + [(x, True) for x in CLAUSES]:
        para = doc.add_paragraph()
        para.add_run(line)._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
        if numbered:
            number(para, 1, 0)
    path = tmp_path / "clauses.docx"
    doc.save(str(path))
    found = rules(path, lib)
    assert found.get("numbering-form") == [8, 9, 10]
    assert not {"preambular-numbered", "numbering-absent", "preambular-end"} & set(found)
    labels = [p.label for p in reader.read(fixed(path, lib, tmp_path / "fixed.docx")).paragraphs][7:]
    assert labels == ["1.", "2.", "3."]


@pytest.mark.parametrize("labels", [["（甲）", "（乙）", "（丙）"], ["（一）", "（二）", "（三）"], ["甲、", "乙、", "丙、"]])
def test_typed_clauses_numbered_with_chinese_ordinals_are_clauses_in_the_wrong_form(labels: list[str],
                                                                                    lib: library.Library,
                                                                                    tmp_path: Path) -> None:
    paragraphs: list[Para] = [*HEAD, *(label + clause for label, clause in zip(labels, CLAUSES, strict=True))]
    path = make(tmp_path, paragraphs)
    found = rules(path, lib)
    assert found.get("numbering-form") == [8, 9, 10]
    assert "preambular-end" not in found  # not read as a preamble whose ";" --fix would turn into ","
    texts = [p.text for p in reader.read(fixed(path, lib, tmp_path / "fixed.docx")).paragraphs][7:]
    assert texts == [f"{n}. {clause}" for n, clause in enumerate(CLAUSES, start=1)]


def test_bracketed_sub_clauses_under_a_numbered_clause_stay_sub_clauses(lib: library.Library, tmp_path: Path) -> None:
    paragraphs: list[Para] = [*HEAD, "1. 敦促各会员国：", "（一）推广纯母乳喂养；", "（二）鼓励学校改善供餐；",
                              "2. 决定继续审议这一项目。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "numbering-form" not in found and "numbering-sequence" not in found


def test_a_preamble_numbered_with_bracketed_ordinals_stays_a_preamble(lib: library.Library, tmp_path: Path) -> None:
    paragraphs: list[Para] = [*HEAD[:6], "（一）回顾其关于婴幼儿营养的各项决议，", "（二）鼓励各国分享经验，",
                              "1. 决定继续审议这一项目。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("preambular-numbered") == [7, 8]
    assert "numbering-form" not in found
