"""Label shapes found by probing the reader (round 13), not by a draft: clause numbers typed with a mark of their
own ("#1", "§3", "{4}", "<5>", "6>", "7/"), sub-labels typed in square or Chinese brackets ("[a]",
"【b】") or, in an English draft, in full-width characters ("（a）", "ａ．"), and lettered items typed with their
clause's number ("2.a)", "2.b.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import check, library
from drafter.check import fix
from drafter.labelkinds import plain_marks, read_typed
from drafter.word import reader

HEAD = ["Forum: Economic and Social Council", "Question of: Safe drinking water in refugee camps",
        "Submitted by: Jordan", "Co-submitters: Chad, Uruguay", "The Economic and Social Council,",
        "Noting that many camps depend on water brought in by truck,"]


@pytest.mark.parametrize(("text", "value", "label"), [
    ("#1 Asks the camp authorities to test the water every week;", 1, "#1"),
    ("§3 Asks the camp authorities to test the water every week;", 3, "§3"),
    ("{4} Asks the camp authorities to test the water every week;", 4, "{4}"),
    ("<5> Asks the camp authorities to test the water every week;", 5, "<5>"),
    ("6> Asks the camp authorities to test the water every week;", 6, "6>"),
    ("7/ Asks the camp authorities to test the water every week;", 7, "7/"),
])
def test_a_clause_number_typed_with_a_mark_of_its_own_is_read(text: str, value: int, label: str) -> None:
    typed = read_typed(text)
    assert typed is not None and (typed.kind, typed.value, typed.text) == ("number", value, label)


@pytest.mark.parametrize("text", ["#1 priority of the camps is water", "1/3 of the wells are dry",
                                  "<br> left by a web page", "24/7 access to water points", "No. 5 is the camp",
                                  "No.1 Water Fan Club"])
def test_text_that_only_looks_like_a_marked_number(text: str) -> None:
    assert read_typed(text) is None


@pytest.mark.parametrize("labels", [("#1", "#2"), ("§1", "§2"), ("{1}", "{2}"), ("1/", "2/")])
def test_clauses_so_numbered_are_numbering_faults_not_preamble(tmp_path: Path, lib: library.Library,
                                                               labels: tuple[str, str]) -> None:
    body = [f"{labels[0]} Asks the camp authorities to test the water every week;",
            f"{labels[1]} Invites donors to fund new wells."]
    found = rules_at(tmp_path, lib, [*HEAD, *body])
    assert (7, "numbering-form") in found and (8, "numbering-form") in found, found
    assert not [r for r in found if r[1] in ("lead-form", "preambular-end", "operative-no-verb")], found


def test_the_fix_writes_the_clause_number_with_its_point(tmp_path: Path, lib: library.Library) -> None:
    from docmaker import make

    body = ["#1 Asks the camp authorities to test the water every week;", "#2 Invites donors to fund new wells."]
    report, doc = check.check_file(make(tmp_path, [*HEAD, *body]), lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert texts[6:8] == ["1. Asks the camp authorities to test the water every week;",
                          "2. Invites donors to fund new wells."]


@pytest.mark.parametrize(("label", "english", "plain"), [
    ("[a]", True, "(a)"), ("【b】", False, "(b)"), ("［c］", False, "(c)"), ("（a）", True, "(a)"),
    ("（a）", False, "（a）"), ("ａ．", True, "a."), ("ａ．", False, "a."), ("（ｉ）", False, "（i）"), ("a)", True, "a)"), ("(ii)", True, "(ii)"),
])
def test_plain_marks(label: str, english: bool, plain: str) -> None:
    assert plain_marks(label, english) == plain


def _with_items(first: str, second: str) -> list[str]:
    return [*HEAD, "1. Asks the camp authorities to:", f"{first} test the water every week;",
            f"{second} publish the results at each water point;", "2. Invites donors to fund new wells."]


@pytest.mark.parametrize(("first", "second"), [("[a]", "[b]"), ("（a）", "（b）"), ("ａ．", "ｂ．"), ("1.a)", "1.b)"),
                                               ("1.a.", "1.b.")])
def test_sub_labels_in_other_characters_are_style_faults(tmp_path: Path, lib: library.Library, first: str,
                                                         second: str) -> None:
    found = rules_at(tmp_path, lib, _with_items(first, second))
    assert (8, "sub-label-style") in found and (9, "sub-label-style") in found, found
    assert not [r for r in found if r[1] in ("numbering-sequence", "operative-no-verb", "sub-label-sequence")], found


@pytest.mark.parametrize(("first", "second"), [("a)", "b)"), ("(a)", "(b)")])
def test_sub_labels_in_the_profiles_characters_are_right(tmp_path: Path, lib: library.Library, first: str,
                                                         second: str) -> None:
    found = rules_at(tmp_path, lib, _with_items(first, second))
    assert not [r for r in found if r[1].startswith("sub-label")], found


def test_the_fix_writes_round_brackets(tmp_path: Path, lib: library.Library) -> None:
    from docmaker import make

    report, doc = check.check_file(make(tmp_path, _with_items("[a]", "[b]")), lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert texts[7:9] == ["(a) test the water every week;", "(b) publish the results at each water point;"]


def test_a_chinese_draft_keeps_its_full_width_brackets(tmp_path: Path, lib: library.Library) -> None:
    body = ["委员会：经济及社会理事会", "议题：难民营的安全饮用水", "起草国：约旦", "附议国：乍得、乌拉圭", "经济及社会理事会，",
            "注意到许多难民营依靠卡车运水，", "1. 请难民营管理部门：", "（a）每周检测水质；", "（b）在每个取水点公布结果；",
            "2. 请捐助方资助新建水井。"]
    found = rules_at(tmp_path, lib, body)
    assert not [r for r in found if r[1].startswith("sub-label")], found


@pytest.mark.parametrize("chinese", [False, True])
def test_clauses_numbered_without_their_point_from_the_first(tmp_path: Path, lib: library.Library,
                                                              chinese: bool) -> None:
    if chinese:
        draft = ["委员会：经济及社会理事会", "议题：难民营的安全饮用水", "起草国：约旦", "附议国：乍得、乌拉圭",
                 "经济及社会理事会，", "注意到许多难民营依靠卡车运水，", "1 请难民营管理部门每周检测水质；",
                 "2 请捐助方资助新建水井。"]
    else:
        draft = [*HEAD, "1 Asks the camp authorities to test the water every week;",
                 "2 Invites donors to fund new wells."]
    found = rules_at(tmp_path, lib, draft)
    assert (7, "numbering-form") in found and (8, "numbering-form") in found, found
    assert not [r for r in found if r[1] in ("lead-form", "preambular-end", "section-heading")], found


def test_a_number_before_a_subject_opens_no_clause(tmp_path: Path, lib: library.Library) -> None:
    draft = [*HEAD[:5], "1 Member States in three regions host most refugee camps,",
             "Noting that many camps depend on water brought in by truck,",
             "1. Asks the camp authorities to test the water every week;", "2. Invites donors to fund new wells."]
    found = rules_at(tmp_path, lib, draft)
    assert not [r for r in found if r[0] >= 8 and r[1].startswith("numbering")], found
