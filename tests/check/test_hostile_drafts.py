"""Drafts shaped the way nobody means to shape them, through ``drafter check``, ``--fix`` and ``--comments``:
tables (empty cells, nested, a table as the only content, content controls in cells), line breaks at either end of
a paragraph, stray Enters, clauses broken across a table, a section break or a tracked change, hidden paragraph
marks, text boxes, a long draft, a very long clause, right-to-left text, and every label kind with a gap.

Each must end with a documented exit status and no traceback, and ``--fix`` must make exactly the listed fixes and
nothing more when run again (the oracle of test_fix_oracle). Then the wrong fixes these drafts once got: a list
both out of sequence and in the wrong style relabelled in two styles (so the fixed draft nested differently and a
second --fix changed it again), a label retyped into the style of the list round it, the eleventh stem (after 癸)
retyped as the first letter; and a document without a paragraph, checked as a clean one.
"""

from __future__ import annotations

import functools
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from check.test_fix_oracle import oracle
from docx import Document
from docx.enum.section import WD_SECTION
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from drafter import check, library
from drafter.check import fix
from drafter.environment import Environment
from drafter.status import ExitStatus
from drafter.word import reader, runtext

W = runtext.w
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
VML = "urn:schemas-microsoft-com:vml"

EN_HEAD = ["Committee: Economic and Social Council", "Topic: Rural electrification",
           "Sponsors: Ghana, Nepal", "Signatories: Fiji, Norway", "The Economic and Social Council,"]
EN_PRE = ["Recognizing that many villages still lack a reliable power supply,",
          "Noting with concern the cost of diesel generators in remote areas,"]
EN_OP = ["1. Encourages Member States to build small solar grids;",
         "2. Invites regional banks to lend to village cooperatives;",
         "3. Decides to remain actively seized of the matter."]
ZH_HEAD = ["决议草案", "委员会：经济及社会理事会", "议题：农村电气化", "起草国：加纳、尼泊尔", "附议国：斐济、挪威",
           "经济及社会理事会，"]
ZH_PRE = ["认识到许多村庄仍然缺乏可靠的电力供应，", "关切地注意到偏远地区柴油发电机的费用，"]
ZH_OP = ["1. 鼓励各会员国建设小型太阳能电网；", "2. 邀请各区域银行向村级合作社提供贷款；", "3. 决定继续积极处理此案。"]


# -- building the drafts -----------------------------------------------------------------------------------


def _p(text: str = "") -> etree._Element:
    p = etree.Element(W("p"))
    if text:
        p.append(_r(text))
    return p


def _r(text: str, *props: str) -> etree._Element:
    r = etree.Element(W("r"))
    if props:
        rpr = etree.SubElement(r, W("rPr"))
        for prop in props:
            etree.SubElement(rpr, W(prop))
    t = etree.SubElement(r, W("t"))
    t.text = text
    t.set(XML_SPACE, "preserve")
    return r


def _br(kind: str = "") -> etree._Element:
    r = etree.Element(W("r"))
    mark = etree.SubElement(r, W("br"))
    if kind:
        mark.set(W("type"), kind)
    return r


def _table(rows: list[list[list[etree._Element | str]]]) -> etree._Element:
    """A table of ``rows``, each a list of cells, each a list of paragraph texts or elements (an empty cell gets
    the empty paragraph Word gives it)."""
    table = etree.Element(W("tbl"))
    etree.SubElement(table, W("tblPr"))
    for row in rows:
        tr = etree.SubElement(table, W("tr"))
        for cell in row:
            tc = etree.SubElement(tr, W("tc"))
            for item in cell or [""]:
                tc.append(_p(item) if isinstance(item, str) else item)
    return table


def _control(children: list[etree._Element], placeholder: bool = False) -> etree._Element:
    """A content control round ``children``; ``placeholder``: still showing its prompt."""
    sdt = etree.Element(W("sdt"))
    props = etree.SubElement(sdt, W("sdtPr"))
    if placeholder:
        etree.SubElement(props, W("showingPlcHdr"))
    content = etree.SubElement(sdt, W("sdtContent"))
    content.extend(children)
    return sdt


def _mark_props(p: etree._Element, *marks: str) -> etree._Element:
    """``p`` with its paragraph mark given ``marks`` (w:vanish, w:del …)."""
    ppr = etree.Element(W("pPr"))
    p.insert(0, ppr)
    rpr = etree.SubElement(ppr, W("rPr"))
    for n, mark in enumerate(marks):
        el = etree.SubElement(rpr, W(mark))
        if mark in ("del", "ins"):
            el.attrib.update({W("id"): str(70 + n), W("author"): "Delegate of Fiji", W("date"): "2026-03-01T10:00:00Z"})
    return p


def _tracked(kind: str, child: etree._Element, n: int) -> etree._Element:
    mark = etree.Element(W(kind))
    mark.attrib.update({W("id"): str(n), W("author"): "Delegate of Fiji", W("date"): "2026-03-01T10:00:00Z"})
    mark.append(child)
    return mark


def _deleted_run(text: str) -> etree._Element:
    r = etree.Element(W("r"))
    gone = etree.SubElement(r, W("delText"))
    gone.text = text
    return r


def _text_box(paragraphs: list[etree._Element]) -> etree._Element:
    """A paragraph anchoring a (VML) text box holding ``paragraphs``."""
    p = etree.Element(W("p"))
    pict = etree.SubElement(etree.SubElement(p, W("r")), W("pict"))
    box = etree.SubElement(etree.SubElement(pict, f"{{{VML}}}shape"), f"{{{VML}}}textbox")
    etree.SubElement(box, W("txbxContent")).extend(paragraphs)
    return p


class Draft:
    """A .docx being built: paragraphs and other body elements appended in order."""

    def __init__(self, texts: Sequence[str] = ()) -> None:
        self.doc = Document()
        body = self.doc.element.body
        for p in [c for c in body if c.tag == W("p")]:
            body.remove(p)
        self.add(*texts)

    def add(self, *items: etree._Element | str) -> Draft:
        body = self.doc.element.body
        for item in items:
            body.insert(len(body) - 1, _p(item) if isinstance(item, str) else item)  # before the w:sectPr
        return self

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        return path


def _section_break(head: list[str], tail: list[str]) -> Draft:
    draft = Draft(head)
    draft.doc.add_section(WD_SECTION.NEW_PAGE)
    for text in tail:
        draft.doc.add_paragraph(text)
    return draft


def _tracked_join() -> Draft:
    first = _p("1. Encourages Member States to ")
    first.append(_tracked("ins", _r("build small"), 11))
    first.append(_tracked("del", _deleted_run(" plan large"), 12))
    second = etree.Element(W("p"))
    second.append(_tracked("del", _deleted_run("new "), 13))
    second.append(_r("solar grids;"))
    return Draft(EN_HEAD + EN_PRE).add(first, second, *EN_OP[1:])


def _rtl() -> Draft:
    mixed = _p("1. Encourages Member States, among them ")
    mixed.append(_r("المملكة الأردنية الهاشمية", "rtl"))
    mixed.append(_r(" and \u05d9\u05e9\u05e8\u05d0\u05dc\u200f, to build\u202e small\u202c solar grids;"))
    bidi = _p("2. \u202bيدعو المصارف الإقليمية\u202c to lend to village cooperatives;")
    props = etree.Element(W("pPr"))
    etree.SubElement(props, W("bidi"))  # a right-to-left paragraph
    bidi.insert(0, props)
    return Draft(EN_HEAD + EN_PRE).add(mixed, bidi, "\u200f3. Decides to remain actively seized of the matter.")


def _breaks_at_the_ends() -> Draft:
    draft = Draft(EN_HEAD + EN_PRE + EN_OP)
    for p in list(draft.doc.element.body.iter(W("p")))[5:]:
        p.insert(0, _br())
        p.append(_br())
    return draft


def _clauses_after_breaks(lang: str) -> Draft:
    if lang == "en":
        pre = _p(EN_PRE[0])
        pre.extend([_br(), _r(EN_PRE[1])])
        op = _p(EN_OP[0])
        op.extend([_br("page"), _r("Invites regional banks to lend to village cooperatives;"), _br()])
        return Draft(EN_HEAD).add(pre, op, EN_OP[2])
    pre = _p(ZH_PRE[0])
    pre.extend([_br(), _r(ZH_PRE[1])])
    op = _p(ZH_OP[0])
    op.extend([_br(), _r("邀请各区域银行向村级合作社提供贷款；"), _br()])
    return Draft(ZH_HEAD).add(pre, op, ZH_OP[2])


def _labels_with_gaps_en() -> Draft:
    return Draft(EN_HEAD + EN_PRE + [
        "1. Encourages Member States:", "(a) To map villages without power;", "(b) To train technicians;",
        "(d) To fund repairs:", "(i) through grants;", "(ii) through loans;", "(iv) through levies;",
        "2. Invites regional banks:", "• to lend;", "• to insure;", "4. Further invites donors:", "a. to give;",
        "c. to audit:", "A. yearly;", "C. openly:", "(1) on paper;", "(3) on line:", "I. in English;",
        "III. in French;", "6. Decides to remain actively seized of the matter."])


def _labels_with_gaps_zh() -> Draft:
    return Draft(ZH_HEAD + ZH_PRE + [
        "一、鼓励各会员国：", "（一）绘制无电村庄地图；", "（三）培训技术人员：", "甲、提供赠款；", "丙、提供贷款：",
        "（甲）每年；", "（丙）公开：", "子、书面；", "寅、网上；", "三、邀请各区域银行：", "1. 贷款；", "3. 保险：",
        "（1）一；", "（3）三：", "①甲；", "③丙；", "五、决定继续积极处理此案。"])


def _stems_past_the_last(lang_kind: str) -> Draft:
    """Eleven or more items labelled with stems (甲 … 癸, then 甲 again) or branches (子 … 亥, then 子), one
    skipped."""
    ordinals = "甲乙丙丁戊己庚辛壬癸" if lang_kind == "stems" else "子丑寅卯辰巳午未申酉戌亥"
    items = [f"{ordinals[i % len(ordinals)]}、第{i + 1}项；" for i in range(len(ordinals) + 2)]
    items[3] = f"{ordinals[4]}、第4项；"
    return Draft(ZH_HEAD + ZH_PRE + ["1. 鼓励各会员国："] + items + ["2. 决定继续积极处理此案。"])


SHAPES: dict[str, Callable[[], Draft]] = {
    "empty-cells": lambda: Draft(EN_HEAD + EN_PRE).add(_table([[[], []], [[""], [_p(), _p()]]]), *EN_OP,
                                                         _table([[[]]])),
    "table-only": lambda: Draft().add(_table([[[t]] for t in EN_HEAD + EN_PRE + EN_OP])),
    "table-only-empty": lambda: Draft().add(_table([[[]]])),
    "table-number-and-text-columns": lambda: Draft().add(_table([[[t[:2]], [t[3:]]] for t in EN_OP])),
    "nested-tables": lambda: Draft(EN_HEAD + EN_PRE).add(
        _table([[[_table([[[EN_OP[0]]], [[EN_OP[1]]]])], [_table([[[_table([[[EN_OP[2]]]])]]]), _p()]]])),
    "controls-in-tables": lambda: Draft(EN_HEAD + EN_PRE).add(_table([
        [[_control([_p(EN_OP[0])])]],
        [[_inline_control(EN_OP[1])]],
        [[_inline_control("Click or tap here to enter text.", placeholder=True)]],
        [[_control([_table([[[EN_OP[2]]]])])]]])),
    "controls-nested-deep": lambda: Draft(EN_HEAD + EN_PRE).add(
        _deep_control(_p(EN_OP[0]), 40), _control([], placeholder=True), _control([_p(EN_OP[1]), _p(EN_OP[2])])),
    "breaks-at-both-ends": _breaks_at_the_ends,
    "break-only-paragraphs": lambda: Draft(EN_HEAD + EN_PRE).add(*[x for t in EN_OP for x in (t, _with(_p(), _br(), _br()))]),
    "clauses-after-breaks-en": lambda: _clauses_after_breaks("en"),
    "clauses-after-breaks-zh": lambda: _clauses_after_breaks("zh"),
    "stray-enters-at-the-end": lambda: Draft(EN_HEAD + EN_PRE + EN_OP + ["", "", " "]),
    "last-clause-broken": lambda: Draft(EN_HEAD + EN_PRE + EN_OP[:2] + ["3. Decides to remain actively", "seized of the matter.", ""]),
    "join-across-a-table": lambda: Draft(EN_HEAD + EN_PRE + ["1. Encourages Member States to build"]).add(
        _table([[["Region"], ["Villages"]]]), "small solar grids;", *EN_OP[1:]),
    "join-across-a-table-of-clauses": lambda: Draft(EN_HEAD + EN_PRE + ["1. Encourages Member States to build"]).add(
        _table([[["2. Invites regional banks to lend"]]]), "small solar grids;", EN_OP[2]),
    "join-across-a-section-break": lambda: _section_break(EN_HEAD + EN_PRE + ["1. Encourages Member States to build"],
                                                          ["small solar grids;", *EN_OP[1:]]),
    "join-across-a-section-break-zh": lambda: _section_break(ZH_HEAD + ZH_PRE + ["1. 鼓励各会员国建设"],
                                                             ["小型太阳能电网；", *ZH_OP[1:]]),
    "join-in-one-cell": lambda: Draft(EN_HEAD + EN_PRE).add(
        _table([[["1. Encourages Member States to build", "small solar grids;"]], [[EN_OP[1]]], [[EN_OP[2]]]])),
    "join-across-cells": lambda: Draft(EN_HEAD + EN_PRE).add(
        _table([[["1. Encourages Member States to build"], ["small solar grids;"]], [[EN_OP[1]], [EN_OP[2]]]])),
    "join-into-a-control": lambda: Draft(EN_HEAD + EN_PRE + ["1. Encourages Member States to build"]).add(
        _control([_p("small solar grids;")]), *EN_OP[1:]),
    "join-with-tracked-changes": _tracked_join,
    "join-over-a-struck-mark": lambda: Draft(EN_HEAD + EN_PRE).add(
        _mark_props(_p("1. Encourages Member States to build"), "del"), "small", "solar grids;", *EN_OP[1:]),
    "join-over-an-inserted-mark": lambda: Draft(EN_HEAD + EN_PRE).add(
        _mark_props(_p("1. Encourages Member States to build"), "ins"), "small solar grids;", *EN_OP[1:]),
    "join-over-a-hidden-mark": lambda: Draft(EN_HEAD + EN_PRE).add(
        _mark_props(_p("1. Encourages Member States to build"), "vanish"), "small solar grids;", *EN_OP[1:]),
    "join-chain": lambda: Draft(EN_HEAD + EN_PRE + ["1. Encourages", "Member", "States", "to build", "small",
                                                    "solar grids;", *EN_OP[1:]]),
    "hidden-text": lambda: Draft(EN_HEAD + EN_PRE).add(
        _with(_p("1. Encourages Member States"), _r(" [a note to self.]", "vanish"), _r(" to build small solar grids;")),
        _with(_p(), _r("2. Invites nobody to see this;", "vanish")), *EN_OP[1:]),
    "text-boxes": lambda: Draft(EN_HEAD + EN_PRE).add(*[_text_box([_p(t)]) for t in EN_OP]),
    "text-box-only": lambda: Draft().add(_text_box([_p(t) for t in EN_HEAD + EN_PRE + EN_OP])),
    "word-numbered-stray-enter": lambda: _numbered_after(EN_HEAD + EN_PRE, [
            "Encourages Member States to build", "small solar grids;", "Invites regional banks to lend;",
            "Decides to remain actively seized of the matter.", ""]),
    "long-draft": lambda: Draft(EN_HEAD + EN_PRE + [f"{n}. Invites region {n} to report on its grids;"
                                                    for n in range(1, 1000)] + ["1000. Decides to remain seized."]),
    "long-clause": lambda: Draft(EN_HEAD + EN_PRE + [
        "1. Encourages Member States to build " + ("solar grids and batteries for villages " * 500)[:20000] + ";",
        *EN_OP[1:]]),
    "long-clause-zh": lambda: Draft(ZH_HEAD + ZH_PRE + ["1. 鼓励各会员国建设" + "小型太阳能电网" * 3000 + "；",
                                                        *ZH_OP[1:]]),
    "right-to-left": _rtl,
    "labels-with-gaps-en": _labels_with_gaps_en,
    "labels-with-gaps-zh": _labels_with_gaps_zh,
    "stems-past-the-last": lambda: _stems_past_the_last("stems"),
    "branches-past-the-last": lambda: _stems_past_the_last("branches"),
}


def _with(p: etree._Element, *runs: etree._Element) -> etree._Element:
    p.extend(runs)
    return p


def _inline_control(text: str, placeholder: bool = False) -> etree._Element:
    """A paragraph whose text is a content control's (a run-level w:sdt)."""
    return _with(etree.Element(W("p")), _control([_r(text)], placeholder))


def _deep_control(p: etree._Element, depth: int) -> etree._Element:
    control = _control([p])
    for _ in range(depth):
        control = _control([control])
    return control


def _numbered_after(head: list[str], clauses: list[str]) -> Draft:
    """``head`` as plain paragraphs, then ``clauses`` numbered by Word's "List Number" style."""
    draft = Draft(head)
    for text in clauses:
        draft.doc.add_paragraph(text, style="List Number")
    return draft


def _cli(argv: list[str], cwd: Path) -> tuple[int, str]:
    from drafter.cli import main

    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.StringIO(), cwd=cwd, variables={})
    status = main(argv, env)  # an exception escaping main is a traceback: the test fails with it
    return status, env.stdout.getvalue() + env.stderr.getvalue()


@pytest.fixture(autouse=True)
def _preloaded(monkeypatch: pytest.MonkeyPatch, lib: library.Library) -> None:
    """The built-in library loaded once for every run of the command line here."""
    from drafter.commands import common

    monkeypatch.setattr(common, "load_library", lambda args, env: lib)


@pytest.mark.parametrize("shape", SHAPES)
def test_hostile_draft_gets_findings_and_an_exact_fix(shape: str, lib: library.Library, tmp_path: Path) -> None:
    draft = SHAPES[shape]().save(tmp_path / "draft.docx")
    for argv in (["check", "draft.docx"], ["check", "draft.docx", "--format", "json", "--lang", "zh"],
                 ["check", "draft.docx", "--profile", "cn-mun", "--format", "line"],
                 ["check", "draft.docx", "--fix", "fixed.docx", "--comments", "commented.docx"],
                 ["check", "draft.docx", "--comments", "only-commented.docx"]):
        status, said = _cli(argv, tmp_path)
        assert status in (ExitStatus.OK, ExitStatus.FINDINGS), (argv, said)
        assert "Traceback" not in said
    assert (tmp_path / "fixed.docx").is_file() and (tmp_path / "only-commented.docx").is_file()
    problems, _ = oracle(draft, lib, tmp_path)
    assert problems == []


def _fixed_texts(path: Path, lib: library.Library, out: Path, profile: str | None = None) -> list[str]:
    report, doc = check.check_file(path, lib, profile=profile)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


def test_a_list_out_of_sequence_and_in_the_wrong_style_is_relabelled_in_one_style(lib: library.Library,
                                                                                   tmp_path: Path) -> None:
    draft = Draft(EN_HEAD + EN_PRE + ["1. Encourages Member States:", "(a) to train technicians:", "A. yearly;",
                                      "C. openly;", "D. fairly;", "(b) to fund repairs;",
                                      "2. Decides to remain actively seized of the matter."])
    texts = _fixed_texts(draft.save(tmp_path / "draft.docx"), lib, tmp_path / "fixed.docx", "una-usa")
    assert texts[9:12] == ["i. yearly;", "ii. openly;", "iii. fairly;"]  # not "i." "B." "C."
    problems, _ = oracle(tmp_path / "draft.docx", lib, tmp_path)
    assert problems == []


def test_a_chinese_list_out_of_sequence_in_the_wrong_style_is_relabelled_in_one_style(lib: library.Library,
                                                                                      tmp_path: Path) -> None:
    draft = Draft(ZH_HEAD + ZH_PRE + ["1. 鼓励各会员国：", "（一）绘制地图；", "（三）培训技术人员；", "（四）提供赠款；",
                                      "2. 决定继续积极处理此案。"])
    texts = _fixed_texts(draft.save(tmp_path / "draft.docx"), lib, tmp_path / "fixed.docx", "cn-mun")
    assert texts[9:12] == ["（a）绘制地图；", "（b）培训技术人员；", "（c）提供赠款；"]
    problems, _ = oracle(tmp_path / "draft.docx", lib, tmp_path)
    assert problems == []


def test_a_label_is_not_retyped_into_the_style_of_a_list_round_it(lib: library.Library, tmp_path: Path) -> None:
    """Under "i." (depth 2), "I." at depth 4 could only be retyped "i.": read as an item of the list at depth 2,
    the fixed draft would nest differently. It is left to a person; its sequence is still fixed."""
    draft = Draft(EN_HEAD + EN_PRE + ["1. Encourages Member States:", "a. to give:", "i. yearly:", "(a) on paper:",
                                      "I. in English;", "III. in French;", "(b) on line;", "ii. openly;",
                                      "b. to audit;", "2. Decides to remain actively seized of the matter."])
    path = draft.save(tmp_path / "draft.docx")
    report, _ = check.check_file(path, lib, profile="una-usa")
    styled = [f for f in report.findings if f.rule == "sub-label-style" and f.paragraph == 12]
    assert styled and not styled[0].edits
    texts = _fixed_texts(path, lib, tmp_path / "fixed.docx", "una-usa")
    assert texts[11:13] == ["I. in English;", "II. in French;"]
    problems, _ = oracle(path, lib, tmp_path)
    assert problems == []


def test_a_list_is_retyped_into_a_style_no_list_round_it_takes(lib: library.Library, tmp_path: Path) -> None:
    """"A." "B." at depth 2 over "I." "II." at depth 4: the roman lists there would both be "i." in the draft's own
    brackets; the outer list takes the profile's "(i)" so that each list keeps a kind of its own."""
    draft = Draft(EN_HEAD + EN_PRE + ["1. Encourages Member States:", "a. to give:", "A. yearly:", "(1) on paper:",
                                      "I. in English;", "II. in French;", "(2) on line;", "B. openly;",
                                      "b. to audit;", "2. Decides to remain actively seized of the matter."])
    path = draft.save(tmp_path / "draft.docx")
    texts = _fixed_texts(path, lib, tmp_path / "fixed.docx", "una-usa")
    assert texts[8:16] == ["a. to give:", "(i) yearly:", "(a) on paper:", "i. in English;", "ii. in French;",
                           "(b) on line;", "(ii) openly;", "b. to audit;"]
    problems, _ = oracle(path, lib, tmp_path)
    assert problems == []


@pytest.mark.parametrize("kind", ["stems", "branches"])
def test_labels_past_the_last_stem_or_branch_are_retyped_at_their_place(kind: str, lib: library.Library,
                                                                         tmp_path: Path) -> None:
    path = _stems_past_the_last(kind).save(tmp_path / "draft.docx")
    texts = _fixed_texts(path, lib, tmp_path / "fixed.docx", "cn-mun")
    count = 12 if kind == "stems" else 14
    labels = [t.split("第")[0] for t in texts[9:9 + count]]
    # "甲、" → "(a)", not "a、": the enumeration comma after a Latin letter is a wrong mark itself (holdout-zh7)
    assert labels == [f"({chr(ord('a') + i)})" for i in range(count)]
    problems, _ = oracle(path, lib, tmp_path)
    assert problems == []


def test_a_document_without_paragraphs_is_refused_and_the_batch_goes_on(tmp_path: Path) -> None:
    Draft().save(tmp_path / "empty.docx")
    Draft(EN_HEAD + EN_PRE + EN_OP).save(tmp_path / "draft.docx")
    status, said = _cli(["check", "empty.docx", "draft.docx", "--format", "line"], tmp_path)
    assert status == ExitStatus.UNREADABLE
    assert "empty.docx: the document has no paragraphs" in said and "draft.docx:" in said
    status, said = _cli(["check", "empty.docx", "--lang", "zh"], tmp_path)
    assert status == ExitStatus.UNREADABLE and "文档中没有段落" in said


# -- the shapes mixed at random ------------------------------------------------------------------------------

LABELS = {"number": lambda n: f"{n}. ", "letter": lambda n: f"({chr(96 + n)}) ", "roman": lambda n: f"({_roman(n)}) ",
          "letter-dot": lambda n: f"{chr(96 + n)}. ", "upper-dot": lambda n: f"{chr(64 + n)}. ",
          "number-paren": lambda n: f"({n}) ", "bullet": lambda n: "• ", "dash": lambda n: "- ",
          "stem": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10] + "、", "branch": lambda n: f"（{'子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12]}）",
          "zh-number": lambda n: "一二三四五六七八九十"[(n - 1) % 10] + "、", "zh-paren": lambda n: f"（{'一二三四五六七八九十'[(n - 1) % 10]}）",
          "circled": lambda n: chr(0x245F + min(n, 20)), "none": lambda n: ""}
PIECES = {"en": ["Encourages Member States to build", "small solar grids", "Invites regional banks to lend",
                 "Recognizing that villages lack power", "to village cooperatives", "Decides to remain seized",
                 "Further invites donors", "through grants"],
          "zh": ["鼓励各会员国建设", "小型太阳能电网", "邀请各区域银行", "认识到许多村庄缺乏电力", "向村级合作社提供贷款",
                 "决定继续处理此案", "通过赠款"]}
ENDS = ["", ";", ",", ".", ":", " ;", "；", "，", "。", "：", " "]
WRAPS = ["plain", "plain", "plain", "cell", "nested-cell", "control", "control-in-cell", "text-box", "placeholder"]
DECORATIONS = ["none", "none", "none", "break-before", "break-after", "break-inside", "page-break-inside", "hidden-run",
               "hidden-mark", "struck-mark", "inserted-mark", "tracked-insert", "tracked-delete", "section-after",
               "empty-after"]


def _roman(n: int) -> str:
    return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][(n - 1) % 10]


@st.composite
def hostile_drafts(draw: st.DrawFn) -> tuple[str, list[tuple[str, str, str, str]]]:
    """A heading, then clauses as (text, wrap, decoration, text after a break): labels of a random kind counted with
    gaps, pieces of clauses with random end marks, each paragraph wrapped (a table cell, a content control, a text
    box) and decorated (line breaks, hidden text, struck or inserted marks, tracked changes, section breaks)."""
    lang = draw(st.sampled_from(["en", "zh"]))
    blocks: list[tuple[str, str, str, str]] = []
    count: dict[str, int] = {}
    for _ in range(draw(st.integers(1, 9))):
        kind = draw(st.sampled_from(list(LABELS)))
        count[kind] = count.get(kind, 0) + draw(st.sampled_from([1, 1, 1, 2, 0]))
        label = LABELS[kind](max(1, count[kind]))
        # at least one piece: sub-paragraphs that are only a label ("1. " "2. " under a clause) are not yet fixed
        # in one pass (their retyped label "a. " reads as no label), a case left open
        words = " ".join(draw(st.lists(st.sampled_from(PIECES[lang]), min_size=1, max_size=3)))
        if lang == "zh":
            words = words.replace(" ", "")
        text = label + words + draw(st.sampled_from(ENDS))
        after = draw(st.sampled_from(["", *(LABELS[k](2) + PIECES[lang][1] for k in ("number", "letter", "none"))]))
        blocks.append((text, draw(st.sampled_from(WRAPS)), draw(st.sampled_from(DECORATIONS)), after))
    return lang, blocks


def _hostile_build(lang: str, blocks: list[tuple[str, str, str, str]], path: Path) -> Path:
    draft = Draft(EN_HEAD if lang == "en" else ZH_HEAD)
    n = 100
    for text, wrap, decoration, after in blocks:
        n += 10
        p = _p(text)
        if decoration == "break-before":
            p.insert(0, _br())
        elif decoration == "break-after":
            p.append(_br())
        elif decoration in ("break-inside", "page-break-inside"):
            p.extend([_br("page" if decoration.startswith("page") else ""), _r(after)])
        elif decoration == "hidden-run":
            p.append(_r(" (hidden.)", "vanish"))
        elif decoration in ("hidden-mark", "struck-mark", "inserted-mark"):
            _mark_props(p, {"hidden-mark": "vanish", "struck-mark": "del", "inserted-mark": "ins"}[decoration])
        elif decoration == "tracked-insert":
            p.append(_tracked("ins", _r(after or "added"), n))
        elif decoration == "tracked-delete":
            p.append(_tracked("del", _deleted_run(after or "removed"), n))
        draft.add(_wrapped(p, wrap))
        if decoration == "section-after":
            props = etree.Element(W("pPr"))
            etree.SubElement(props, W("sectPr"))  # a section ends with this (empty) paragraph
            draft.add(_with(etree.Element(W("p")), props))
        elif decoration == "empty-after":
            draft.add("")
    return draft.save(path)


@functools.cache
def _library() -> library.Library:
    """The built-in library, loaded once (not a fixture: hypothesis would print all of it with a failing case)."""
    return library.load([library.builtin_library()])


def _wrapped(p: etree._Element, wrap: str) -> etree._Element:
    """``p`` as it is, or in a table cell, a cell of a table in a cell, a content control (filled or still showing
    its placeholder), a control in a cell, a text box."""
    if wrap == "cell":
        return _table([[[p]]])
    if wrap == "nested-cell":
        return _table([[[_table([[[p], []]])]]])
    if wrap in ("control", "placeholder"):
        return _control([p], placeholder=wrap == "placeholder")
    if wrap == "control-in-cell":
        return _table([[[_control([p])]]])
    if wrap == "text-box":
        return _text_box([p])
    return p


HOSTILE = settings(max_examples=int(os.environ.get("DRAFTER_FUZZ_EXAMPLES", "30")), deadline=None,
                   derandomize="DRAFTER_FUZZ_EXAMPLES" not in os.environ,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@HOSTILE
@given(draft=hostile_drafts())
def test_hostile_shapes_mixed_at_random(draft: tuple[str, list[tuple[str, str, str, str]]], tmp_path: Path) -> None:
    """30 examples (DRAFTER_FUZZ_EXAMPLES=3000 runs a longer campaign with fresh random seeds)."""
    lang, blocks = draft
    lib = _library()
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        work = Path(folder)
        path = _hostile_build(lang, blocks, work / "draft.docx")
        for argv in (["check", "draft.docx", "--format", "line"],
                     ["check", "draft.docx", "--fix", "fixed.docx", "--comments", "commented.docx"]):
            status, said = _cli(argv, work)
            assert status in (ExitStatus.OK, ExitStatus.FINDINGS), (argv, said)
            assert "Traceback" not in said
        problems, _ = oracle(path, lib, work)
    assert problems == []


@pytest.mark.parametrize(("lang", "items"), [("en", ["① to map villages;", "② to train technicians;"]),
                                             ("zh", ["①绘制地图；", "②培训技术人员；"])])
def test_an_enclosed_label_is_retyped_with_the_profiles_brackets(lang: str, items: list[str], lib: library.Library,
                                                                  tmp_path: Path) -> None:
    """"①" has no marks of its own to keep: retyped "(a)", never the bare "a" (no label: the item would be read as
    a paragraph of its own)."""
    head, pre = (EN_HEAD, EN_PRE) if lang == "en" else (ZH_HEAD, ZH_PRE)
    clause, last = ("1. Encourages Member States:", EN_OP[2]) if lang == "en" else ("1. 鼓励各会员国：", ZH_OP[2])
    path = Draft([*head, *pre, clause, *items, last]).save(tmp_path / "draft.docx")
    texts = _fixed_texts(path, lib, tmp_path / "fixed.docx", "una-usa" if lang == "en" else "cn-mun")
    first = len(head) + len(pre) + 1
    assert [t[:3] for t in texts[first:first + 2]] == ["(a)", "(b)"]
    problems, _ = oracle(path, lib, tmp_path)
    assert problems == []


def test_a_clause_that_is_only_its_number_keeps_the_numbers_full_stop(lib: library.Library, tmp_path: Path) -> None:
    """"2. " with nothing after it has no end to mark: the end-mark fix once took the label's full stop for the
    clause's and wrote "2; ", after which the label was read as none and the clauses renumbered."""
    path = Draft(EN_HEAD + EN_PRE + [EN_OP[0], "2. ", "3. Decides to remain actively seized of the matter."]
                 ).save(tmp_path / "draft.docx")
    report, _ = check.check_file(path, lib)
    assert not [f for f in report.findings if f.paragraph == 9 and f.rule in ("operative-end", "final-stop")]
    assert _fixed_texts(path, lib, tmp_path / "fixed.docx")[8] == "2. "
    problems, _ = oracle(path, lib, tmp_path)
    assert problems == []


# shapes the mixed campaign above found, where a second --fix changed what the first left
FOUND_BY_THE_CAMPAIGN = {
    # "2." pasted into a table cell reads as an item of clause "A."; once --fix letters it "b.", the cell's one
    # labelled clause is still read as the item, not left as a table
    "labelled clause alone in a cell": [("A. Encourages Member States to build", "plain", "none", ""),
                                        ("1. Encourages Member States to build", "plain", "none", ""),
                                        ("2. Encourages Member States to build", "cell", "none", "")],
    # a bullet ending with the full-width "；" in an English draft: the wrong mark, before --fix letters it "(a)"
    "full-width mark on an English bullet": [("1. Encourages Member States to build", "plain", "none", ""),
                                             ("• Encourages Member States to build；", "plain", "none", ""),
                                             ("2. Encourages Member States to build", "plain", "none", "")],
    # a first clause numbered "(i)" with no preamble before it: read as a heading until --fix numbered the "(a)"
    # after it "1.", then as a preambular paragraph; it is the first clause, numbered in roman
    "first clause numbered (i)": [("(i) Encourages Member States to build", "plain", "none", ""),
                                  ("(a) Encourages Member States to build", "plain", "none", "")],
    # a clause "A." over an item typed "1." that no free style can retype (its items' lists take them): once --fix
    # wrote "1." for "A.", the item read as the next clause and the second --fix renumbered it "2."; the clause's
    # form is now left for the chair
    "clause A. over an item 1.": [(f"{label} Encourages Member States to build", "plain", "none", "")
                                  for label in ("A.", "1.", "(a)", "(i)", "(b)", "a.")],
    # an item "(1)" alone in a table cell under "(a)": read as the item while its label was a number; once --fix
    # retyped it "(i)", the cell was read as a table apart and the second --fix ended "(a)" with the final stop
    "item retyped (i) alone in a cell": [("1. Encourages Member States to build", "plain", "none", ""),
                                         ("(a) Encourages Member States to build", "plain", "none", ""),
                                         ("(1) small solar grids", "cell", "none", "")],
    # "(b)" among items lettered "a.": neither the list's next letter nor one of a run of its own form; relabelled
    # "(a)", it opened a list of its own under the item before it and was retyped again by the second --fix; it
    # takes the list's next label in the list's form, "c."
    "item in another form out of both counts": [(f"{label} Encourages Member States to build", "plain", "none", "")
                                                for label in ("1.", "a.", "(a)", "a.", "(b)")],
    # a clause without its number between a clause and an item: the item was put under the numbered clause before,
    # once --fix had numbered the first clause "1." and ended the unnumbered one with ":"; it is the unnumbered
    # clause's item, as it was before the fix (round 25's campaign)
    "item after a clause without its number": [(f"{label}Encourages Member States to build", "plain", "none", "")
                                               for label in ("(a) ", "", "(b) ")],
    # clauses typed from "2." after two lettered in roman ("(i)" "(ii)"): read by their leads alone (the "2." a lead
    # "2"), until --fix retyped "(i)" "1." and the second --fix read every clause numbered (round 26's campaign)
    "clauses from 2 after roman ones": [(f"{label} Encourages Member States to build", "plain", "none", "")
                                        for label in ("(i)", "(ii)", "2.", "3.", "4.")],
}


@pytest.mark.parametrize("name", list(FOUND_BY_THE_CAMPAIGN))
def test_shapes_the_campaign_found_are_fixed_once(name: str, tmp_path: Path) -> None:
    path = _hostile_build("en", FOUND_BY_THE_CAMPAIGN[name], tmp_path / "draft.docx")
    problems, _ = oracle(path, _library(), tmp_path)
    assert problems == []


# clauses in a cell, in a table inside a cell, and an empty cell beside it: the tables a clause stands in were told
# apart by the id() of a proxy object lxml makes for an element and lets go, which the next table's proxy could take
# again; the reading then changed with what else the process held (the campaign's --fix twice differed from once)
NESTED_CELLS = [("(b) 向村级合作社提供贷款,", "cell", "hidden-run", ""), ("A. 通过赠款 ;", "nested-cell", "hidden-mark", ""),
                ("(c) 鼓励各会员国建设小型太阳能电网决定继续处理此案;", "nested-cell", "none", "")]


def test_tables_are_read_the_same_whatever_the_process_holds(tmp_path: Path) -> None:
    from drafter.structure import read_structure

    path = _hostile_build("zh", NESTED_CELLS, tmp_path / "draft.docx")
    held: list[list[object]] = []
    readings = set()
    for size in range(1, 4001, 50):  # objects made and let go between readings, as other work in a process does
        held.append([object() for _ in range(size)])
        if size % 100 == 1:
            held.pop(0)
        tree = read_structure(reader.read(path), _library())
        readings.add(tuple((n.para.text, n.role) for n in tree.nodes if n.para.in_table))
    assert len(readings) == 1, readings
    problems, _ = oracle(path, _library(), tmp_path)
    assert problems == []
