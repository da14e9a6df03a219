"""Adopted UN texts stay clean: Security Council mandate lists, lists that go on after a section heading, the UN's
label degrees in any order, several sentences in a Security Council paragraph, Chinese lead-last preambles, a
declaration adopted by "Adopts the following …:", an organ line followed by a single adopting paragraph.

The Security Council resolutions are copied from the shared corpus (tests/fixtures/un/); the declaration documents
are typed here in the layout of A/RES/75/1 with wording of our own (the corpus holds no declaration).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from docmaker import make
from docx import Document
from paths import UN_FIXTURES

from drafter import check, library
from drafter.structure import Structure, read_structure
from drafter.word import reader

Para = str | list[tuple[str, str]]


def _report(path: Path, lib: library.Library) -> check.Report:
    report, _ = check.check_file(path, lib)
    return report


def _errors(path: Path, lib: library.Library) -> list[tuple[str, int]]:
    return [(f.rule, f.paragraph) for f in _report(path, lib).findings if f.severity == "error"]


def _rules(path: Path, lib: library.Library) -> set[str]:
    return {f.rule for f in _report(path, lib).findings if f.severity != "suggestion"}


def _tree(path: Path, lib: library.Library) -> Structure:
    return read_structure(reader.read(path), lib)


def test_mandate_list_items_hand_on_with_commas_and_joiners(lib: library.Library) -> None:
    for name in ("S_RES_2505_2020.docx", "S_RES_2505_2020_C.docx"):
        path = UN_FIXTURES / name
        assert _errors(path, lib) == []
        tree = _tree(path, lib)
        mandate = next(op for op in tree.operative if op.children)
        assert [c.label for c in mandate.children] == ["(a)", "(b)", "(c)", "(d)"]
        assert mandate.children[2].text.rstrip().endswith((", and", "，"))


def test_bullet_items_ending_with_and(lib: library.Library) -> None:
    path = UN_FIXTURES / "S_RES_2514_2020.docx"
    assert _errors(path, lib) == []
    bullets = [n for n in _tree(path, lib).walk() if n.kind == "bullet"]
    assert any(b.text.rstrip().endswith(", and") for b in bullets)


def test_labelled_list_goes_on_after_section_headings(lib: library.Library) -> None:
    path = UN_FIXTURES / "S_RES_2556_2020.docx"
    assert _rules(path, lib) == set()
    tree = _tree(path, lib)
    support = next(n for n in tree.walk() if n.label == "(ii)" and n.text.split("\t")[1].startswith("Support"))
    assert [c.label for c in support.children] == [f"({x})" for x in "abcdefghijk"]
    assert {"Stabilisation", "Root causes of conflict"} <= {s.text.strip() for s in tree.sections}
    assert not any(n.role == "continuation" and n.text.startswith("(") for n in tree.nodes)


def test_un_label_degrees_in_any_order(lib: library.Library, tmp_path: Path) -> None:
    # S/RES/2524 (2020) lists ㈠ … ㈣ directly under the operative paragraph and a. b. c. under each
    path = UN_FIXTURES / "S_RES_2524_2020_C.docx"
    assert _rules(path, lib) == set()
    tree = _tree(path, lib)
    listed = next(op for op in tree.operative if op.children and op.children[0].kind == "zh-circled")
    assert [c.kind for c in listed.children[0].children][:2] == ["letter-dot", "letter-dot"]
    # the Editorial Manual's four degrees (a) → (i) → a. → i. are no style fault; "a)" still is under `un`
    doc = [*_adopted_head("General Assembly"), [("The General Assembly", "i"), (",", "")],
           [("Recalling", "i"), (" its earlier resolutions,", "")],
           [("1.\t", ""), ("Requests", "i"), (" the Secretary-General:", "")], "(a)\tto report:",
           "(i)\ton the first matter:", "a.\tin the capitals:", "i.\tby region;", "ii.\tby year;",
           "b.\tin the field;", "(ii)\ton the second matter;", "(b)\tto consult;",
           [("2.\t", ""), ("Decides", "i"), (" to remain seized of the matter.", "")]]
    assert _rules(make(tmp_path, doc), lib) == set()
    mun_style = [*doc[:8], "a)\tto report;", "b)\tto consult;", doc[-1]]
    assert "sub-label-style" in _rules(make(tmp_path, mun_style, "mun.docx"), lib)


def test_several_sentences_in_a_security_council_paragraph(lib: library.Library, tmp_path: Path) -> None:
    path = UN_FIXTURES / "S_RES_2518_2020.docx"
    assert _rules(path, lib) == set()
    assert any(". Encourages" in op.text for op in _tree(path, lib).operative)
    # the same text adopted by the General Assembly is one sentence: the inner full stops are faults
    copy = tmp_path / "ga.docx"
    shutil.copy(path, copy)
    doc = Document(str(copy))
    organ = next(p for p in doc.paragraphs if p.text.strip() == "The Security Council,")
    for run in organ.runs:
        run.text = ""
    organ.runs[0].text = "The General Assembly,"
    doc.save(str(copy))
    assert "stray-full-stop" in _rules(copy, lib)


def test_chinese_heading_before_the_operative_part_and_labelled_list_headings(lib: library.Library) -> None:
    path = UN_FIXTURES / "S_RES_2512_2020_C.docx"
    assert _rules(path, lib) == set()
    tree = _tree(path, lib)
    assert "延长联几建和办任务期限" in {s.text.strip() for s in tree.sections}
    phase = next(n for n in tree.walk() if n.text.startswith("(a)\t第二阶段"))
    assert phase.children and phase.children[0].kind == "bullet"


def test_chinese_lead_last_preamble(lib: library.Library) -> None:
    path = UN_FIXTURES / "74_305_C.docx"
    assert _errors(path, lib) == []
    assert any(p.content.startswith("对") for p in _tree(path, lib).preamble)


def _adopted_head(organ: str) -> list[Para]:
    symbol = "A/RES/75/901" if organ == "General Assembly" else "S/RES/9901 (2020)"
    return ["United Nations", symbol, organ, "Distr.: General", "21 September 2020"]


DECLARATION_EN: list[Para] = [
    *_adopted_head("General Assembly"), "Seventy-fifth session", "Agenda item 128",
    "Resolution adopted by the General Assembly on 21 September 2020",
    "75/901. Declaration on a test anniversary of the United Nations",
    [("The General Assembly", "i")],
    [("Adopts", "i"), (" the following declaration:", "")],
    "Declaration on a test anniversary of the United Nations",
    "1.\tWe, the Heads of State and Government, have gathered to mark the anniversary. We do so with respect.",
    "The need for all countries to work together has rarely been greater.",
    "2.\tWe will leave no one behind. We will protect our planet:",
    "(a)\tby keeping our promises;",
    "(b)\tby working together.",
    "3.\tWe will place women and girls at the centre. The Organization must be equipped to deliver.",
    "3rd plenary meeting",
    "21 September 2020",
]
DECLARATION_ZH: list[Para] = [
    "联合国", "A/RES/75/901", "大会", "Distr.: General", "21 September 2020", "第七十五届会议",
    "2020年9月21日大会决议",
    [("大会", "b")],
    [("通过", "b"), ("以下宣言：", "")],
    "联合国测试周年宣言",
    "1.\t我们各国元首和政府首脑齐聚一堂，纪念这一周年。我们怀着敬意这样做。",
    "2.\t我们将不让任何一个人掉队。我们将保护地球。",
    "第3次全体会议",
]


def test_declaration_adopted_by_the_following_is_annex_like_text(lib: library.Library, tmp_path: Path) -> None:
    for name, paragraphs in (("en.docx", DECLARATION_EN), ("zh.docx", DECLARATION_ZH)):
        path = make(tmp_path, paragraphs, name)
        assert _rules(path, lib) == set(), name
        tree = _tree(path, lib)
        assert tree.adopts is not None and tree.adopts.role == "operative"
        assert tree.preamble == [] and tree.operative == [tree.adopts]
        assert all(n.role in ("annex", "empty") for n in tree.nodes if n.para.index > tree.adopts.para.index)
    # the declaration's own paragraphs run on by one (UN-B07 in an adopted text): one left out is a slip
    gap = [p.replace("3.\t", "4.\t") if isinstance(p, str) else p for p in DECLARATION_EN]
    assert _rules(make(tmp_path, gap, "gap.docx"), lib) == {"numbering-sequence"}


def test_adopting_paragraph_with_sub_paragraphs_is_a_chapeau(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*DECLARATION_EN[:10], [("Adopts", "i"), (" the following measures:", "")],
                  "(a)\tto report;", "(b)\tto consult."]
    tree = _tree(make(tmp_path, paragraphs), lib)
    assert tree.adopts is None and tree.annexes == []
    assert [c.label for c in tree.operative[0].children] == ["(a)", "(b)"]


def test_organ_line_followed_by_a_single_adopting_paragraph(lib: library.Library, tmp_path: Path) -> None:
    # UN Editorial Manual: without a preamble the organ's name is followed by the operative part, without a comma
    single = [*_adopted_head("General Assembly"), [("The General Assembly", "i")],
              [("Decides", "i"), (" to keep the question under review.", "")]]
    assert _rules(make(tmp_path, single), lib) == set()
    with_comma = [*single[:-2], [("The General Assembly", "i"), (",", "")], single[-1]]
    assert _rules(make(tmp_path, with_comma, "comma.docx"), lib) == set()
    # with a preamble the comma is wanted
    preamble = [*single[:-1], [("Recalling", "i"), (" its resolution 74/1,", "")], single[-1]]
    assert "organ-line" in _rules(make(tmp_path, preamble, "preamble.docx"), lib)


def test_the_item_that_closes_its_paragraph_carries_its_mark(lib: library.Library, tmp_path: Path) -> None:
    head = [*_adopted_head("Security Council"), [("The Security Council", "i"), (",", "")],
            [("Recalling", "i"), (" its earlier resolutions,", "")],
            [("1.\t", ""), ("Decides", "i"), (" that the mission shall:", "")], "(a)\tmonitor the ceasefire,",
            "(b)\tsupport the parties, and"]
    end = [("2.\t", ""), ("Decides", "i"), (" to remain seized of the matter.", "")]
    assert _rules(make(tmp_path, [*head, "(c)\treport;", end]), lib) == set()
    assert "sub-end" in _rules(make(tmp_path, [*head, "(c)\treport,", end], "open.docx"), lib)
