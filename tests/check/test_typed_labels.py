"""Typed labels judged by profile: operative paragraphs are "1." under every profile (``numbering-form``),
sub-clause labels in the forms the profile accepts (``sub-label-style``) and in sequence (``sub-label-sequence``),
at least two sub-clauses under MUN profiles (``sub-clause-single``); each with a failing and a passing document, in
English and Chinese."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check.test_check_rules import (
    EN_HEAD,
    GOOD_EN,
    GOOD_ZH,
    ORGAN,
    PRE,
    ZH_HEAD,
    ZH_ORGAN,
    ZH_PRE,
    Para,
    findings,
    make,
)

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

EN_FIRST = len(EN_HEAD) + 3  # the paragraph number (1-based, as findings give it) of the first operative paragraph
ZH_FIRST = len(ZH_HEAD) + 3


def en_clauses(*labels: str, subs: tuple[str, ...] = ()) -> list[Para]:
    """The English draft with operative paragraphs numbered by ``labels``; ``subs`` go under the first one."""
    leads = ["Requests", "Urges", "Calls upon", "Encourages"]
    first = [(f"{labels[0]} ", ""), ("Requests", "u"), (" the Office:" if subs else " the Office to act;", "")]
    rest: list[Para] = [[(f"{label} ", ""), (leads[i % 4], "u"), (" Member States to cooperate;", "")]
                        for i, label in enumerate(labels[1:], 1)]
    last = rest[-1] if rest else first
    assert isinstance(last, list)
    last[-1] = (last[-1][0][:-1] + ".", "")
    return [*EN_HEAD, ORGAN, PRE, first, *subs, *rest]


def zh_clauses(*labels: str, subs: tuple[str, ...] = ()) -> list[Para]:
    """The Chinese draft with operative paragraphs numbered by ``labels``; ``subs`` go under the first one."""
    first = [(f"{labels[0]} ", ""), ("请", "u"), ("毒品和犯罪问题办公室：" if subs else "毒品和犯罪问题办公室继续开展工作；", "")]
    rest: list[Para] = [[(f"{label} ", ""), ("敦促", "u"), ("会员国开展合作；", "")] for label in labels[1:]]
    last = rest[-1] if rest else first
    assert isinstance(last, list)
    last[-1] = (last[-1][0][:-1] + "。", "")
    return [*ZH_HEAD, ZH_ORGAN, ZH_PRE, first, *subs, *rest]


LABEL_RULES = {"numbering-form", "numbering-sequence", "sub-label-style", "sub-label-sequence", "sub-clause-single",
               "sub-end"}


def of_rule(path: Path, lib: library.Library, rule: str, profile: str | None = None) -> list[tuple[int, str]]:
    return [(f.paragraph, f.message) for f in findings(path, lib, profile) if f.rule == rule]


def test_the_passing_documents_are_clean(lib: library.Library, tmp_path: Path) -> None:
    assert findings(make(tmp_path, en_clauses("1.", "2.", "3.")), lib) == []
    assert findings(make(tmp_path, zh_clauses("1.", "2.", "3.")), lib) == []
    assert en_clauses("1.", "2.")[:EN_FIRST - 1] == GOOD_EN[:EN_FIRST - 1]
    assert zh_clauses("1.", "2.")[:ZH_FIRST - 1] == GOOD_ZH[:ZH_FIRST - 1]


@pytest.mark.parametrize("first, second", [("1)", "2)"), ("1-", "2-"), ("1 -", "2 -"), ("(1)", "(2)"), ("１．", "２．"),
                                           ("1、", "2、"), ("A.", "B."), ("1)", "2."), ("第1条", "第2条")])
def test_numbering_form_in_english(first: str, second: str, lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, en_clauses(first, second))
    found = findings(path, lib)
    wrong = [f for f in found if f.rule == "numbering-form"]
    assert [(f.paragraph, f.fix) for f in wrong] == [(EN_FIRST + n - 1, f"write {n}.") for label, n in
                                                     ((first, 1), (second, 2)) if label != f"{n}."]
    assert {f.rule for f in found} <= {"numbering-form"}  # nothing else cascades from the form
    assert f"'{first}'" in wrong[0].message and "'1.'" in wrong[0].message


@pytest.mark.parametrize("first, second", [("第一条", "第二条"), ("第一款", "第二款"), ("一、", "二、"), ("1、", "2、"),
                                           ("１．", "２．"), ("（1）", "（2）"), ("1)", "2)")])
def test_numbering_form_in_chinese(first: str, second: str, lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, zh_clauses(first, second))
    found = findings(path, lib)
    assert [(f.rule, f.paragraph) for f in found] == [("numbering-form", ZH_FIRST), ("numbering-form", ZH_FIRST + 1)]
    assert f"“{first}”" in found[0].message and "“1.”" in found[0].message
    assert "(" not in found[0].message and "（阿拉伯数字" in found[0].message  # full-width brackets in Chinese


def test_numbering_form_and_one_sequence_finding(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, en_clauses("1)", "2)", "4)"))
    found = [(f.rule, f.paragraph) for f in findings(path, lib)]
    third = EN_FIRST + 2
    assert found == [("numbering-form", EN_FIRST), ("numbering-form", EN_FIRST + 1), ("numbering-form", third),
                     ("numbering-sequence", third)]


@pytest.mark.parametrize("paragraphs", [en_clauses("1)", "2)", "4)"), zh_clauses("第一条", "第二条", "第四条"),
                                        en_clauses("(1)", "(2)", "(3)"), zh_clauses("一、", "二、", "三、"),
                                        en_clauses("1-", "3-", "4-")])
def test_fix_writes_every_clause_number_as_n_dot(paragraphs: list[Para], lib: library.Library,
                                                  tmp_path: Path) -> None:
    bad = make(tmp_path, paragraphs)
    report, doc = check.check_file(bad, lib)
    done, rest = fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert rest == []
    start = len(paragraphs) - 3
    before = [p.text for p in reader.read(bad).paragraphs]
    after = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert [a.split(" ", 1)[0] for a in after[start:]] == ["1.", "2.", "3."]
    assert [a.split(" ", 1)[1] for a in after[start:]] == [b.split(" ", 1)[-1] for b in before[start:]]
    assert after[:start] == before[:start]
    assert findings(tmp_path / "fixed.docx", lib) == []


def test_fix_adds_the_space_a_glued_label_lacked(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = zh_clauses("1.", "2.")
    paragraphs[ZH_FIRST - 1] = "第一条请毒品和犯罪问题办公室继续开展工作；"
    bad = make(tmp_path, paragraphs)
    report, doc = check.check_file(bad, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[ZH_FIRST - 1].text == "1. 请毒品和犯罪问题办公室继续开展工作；"


# -- sub-clause labels ------------------------------------------------------------------------------

EN_SUBS = {  # label pair -> profiles that accept it (FORMAT.md UN-B10, MUN-F06)
    ("(a)", "(b)"): {"un", "thimun", "una-usa", "cn-mun"},
    ("a)", "b)"): {"thimun", "una-usa", "cn-mun"},
    ("a.", "b."): {"thimun", "una-usa", "cn-mun"},
    ("A.", "B."): set(),
    ("A)", "B)"): set(),
    ("(1)", "(2)"): {"un"},  # adopted Security Council texts use them; no profile's style for a draft
    ("1)", "2)"): set(),
    ("①", "②"): set(),
    ("-", "-"): set(),  # un: a sub-paragraph label is "(a)"; only Security Council texts list items with bullets
    ("•", "•"): set(),
    ("i)", "ii)"): set(),
}


@pytest.mark.parametrize("subs", sorted(EN_SUBS))
@pytest.mark.parametrize("profile", ["un", "thimun", "una-usa"])
def test_sub_label_style_by_profile_in_english(subs: tuple[str, str], profile: str, lib: library.Library,
                                               tmp_path: Path) -> None:
    path = make(tmp_path, en_clauses("1.", "2.", subs=(f"{subs[0]} to train judges;", f"{subs[1]} to train prosecutors;")))
    found = findings(path, lib, profile)
    style = [f.paragraph for f in found if f.rule == "sub-label-style"]
    assert style == ([] if profile in EN_SUBS[subs] else [EN_FIRST + 1, EN_FIRST + 2])
    assert {f.rule for f in found} & LABEL_RULES <= {"sub-label-style"}


ZH_SUBS = {  # Chinese MUN drafts: English letters or roman numerals (ZH-B04); ㈠ / （一） only below a letter, as
    # the UN's Chinese texts write the second degree
    ("(a)", "(b)"): True, ("a)", "b)"): True, ("i)", "ii)"): True, ("(i)", "(ii)"): True, ("i.", "ii."): True,
    ("（一）", "（二）"): False, ("(一)", "(二)"): False, ("㈠", "㈡"): False,
    ("一、", "二、"): False, ("①", "②"): False, ("A.", "B."): False, ("(1)", "(2)"): False, ("-", "-"): False,
    ("·", "·"): False,
}


@pytest.mark.parametrize("subs", sorted(ZH_SUBS))
def test_sub_label_style_in_chinese_drafts(subs: tuple[str, str], lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, zh_clauses("1.", "2.", subs=(f"{subs[0]} 培训法官；", f"{subs[1]} 培训检察官；")))
    found = findings(path, lib, "cn-mun")
    assert [f.paragraph for f in found if f.rule == "sub-label-style"] == ([] if ZH_SUBS[subs] else [ZH_FIRST + 1,
                                                                                                        ZH_FIRST + 2])
    assert {f.rule for f in found} & LABEL_RULES <= {"sub-label-style"}
    if not ZH_SUBS[subs]:
        assert "不符合cn-mun格式" in found[0].message


@pytest.mark.parametrize("labels, wrong, en_fixed, zh_fixed", [
    (("a)", "c)"), "c)", "b)", "b)"), (("i)", "iii)"), "iii)", "b)", "ii)"), (("（一）", "（三）"), "（三）", "(b)", "（b）"),
    (("A.", "C."), "C.", "b.", "b."), (("(i)", "(iii)"), "(iii)", "(b)", "(ii)"), (("①", "③"), "③", "(b)", "(b)"),
])
def test_sub_label_sequence_keeps_the_drafts_form(labels: tuple[str, str], wrong: str, en_fixed: str, zh_fixed: str,
                                                  lib: library.Library, tmp_path: Path) -> None:
    """The draft's own form where the profile allows it there; else the style its list's first label is retyped
    in ("i)" "iii)" under una-usa: "a)" "b)", never "a)" "ii)", a list in two styles that a second --fix reads
    nested differently); an English draft's full-width brackets become half-width ones ("（三）" → "(b)")."""
    for paragraphs, first, fixed in (
            (en_clauses("1.", "2.", subs=(f"{labels[0]} to train judges;", f"{labels[1]} to train prosecutors;")),
             EN_FIRST, en_fixed),
            (zh_clauses("1.", "2.", subs=(f"{labels[0]} 培训法官；", f"{labels[1]} 培训检察官；")), ZH_FIRST, zh_fixed)):
        bad = make(tmp_path, paragraphs)
        report, doc = check.check_file(bad, lib)
        sequence = [f for f in report.findings if f.rule == "sub-label-sequence"]
        said = f"relabel as {fixed}" if first == EN_FIRST else f"将“{wrong}”改为“{fixed}”"  # in the draft's language
        assert [(f.paragraph, f.fix) for f in sequence] == [(first + 2, said)]
        assert wrong in sequence[0].message
        fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
        text = reader.read(tmp_path / "fixed.docx").paragraphs[first + 1].text
        assert text.startswith(f"{fixed} ")
        assert text[len(fixed):] == reader.read(bad).paragraphs[first + 1].text[len(wrong):]
        # the fixed list is in sequence and in one style
        assert not {"sub-label-sequence", "sub-label-style"} & {f.rule for f in findings(tmp_path / "fixed.docx", lib)}


@pytest.mark.parametrize("make_draft, sub, subs", [
    (en_clauses, "(a) to train judges;", ("(a) to train judges;", "(b) to train prosecutors;")),
    (en_clauses, "- with the help of the Office;", ("- to train judges;", "- to train prosecutors;")),
    (zh_clauses, "i) 培训法官；", ("i) 培训法官；", "ii) 培训检察官；")),
])
@pytest.mark.parametrize("profile", ["una-usa", "thimun", "cn-mun", "un"])
def test_sub_clause_single(make_draft: Callable[..., list[Para]], sub: str, subs: tuple[str, str], profile: str, lib: library.Library,
                           tmp_path: Path) -> None:
    bad = make(tmp_path, make_draft("1.", "2.", subs=(sub,)), "bad.docx")
    good = make(tmp_path, make_draft("1.", "2.", subs=subs), "good.docx")
    single = of_rule(bad, lib, "sub-clause-single", profile)
    first = EN_FIRST if make_draft is en_clauses else ZH_FIRST
    assert [p for p, _ in single] == ([] if profile == "un" else [first + 1])  # adopted UN texts have them
    if single and make_draft is zh_clauses:
        assert "（或将其并入上级条款）" in single[0][1]
    assert of_rule(good, lib, "sub-clause-single", profile) == []


def test_a_single_sub_clause_deeper_down(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, en_clauses("1.", "2.", subs=("a) to train judges by:", "i) courses;", "b) to train prosecutors;")))
    assert [p for p, _ in of_rule(path, lib, "sub-clause-single", "thimun")] == [EN_FIRST + 2]


def test_sub_end_on_typed_sub_clauses(lib: library.Library, tmp_path: Path) -> None:
    bad = make(tmp_path, en_clauses("1.", "2.", subs=("a) to train judges", "b) to train prosecutors;")))
    assert [p for p, _ in of_rule(bad, lib, "sub-end", "thimun")] == [EN_FIRST + 1]
    bad = make(tmp_path, zh_clauses("1.", "2.", subs=("i) 培训法官", "ii) 培训检察官；")))
    assert [p for p, _ in of_rule(bad, lib, "sub-end")] == [ZH_FIRST + 1]


def test_the_sub_clause_closing_a_clause_carries_its_semicolon(lib: library.Library, tmp_path: Path) -> None:
    # MUN-F06: sub-clauses may end with a comma, but the last one of a non-final clause ends the clause
    bad = make(tmp_path, en_clauses("1.", "2.", subs=("a) to train judges,", "b) to train prosecutors by:",
                                                      "i) courses,", "ii) exchanges,")))
    assert [p for p, _ in of_rule(bad, lib, "sub-end", "thimun")] == [EN_FIRST + 4]
    good = make(tmp_path, en_clauses("1.", "2.", subs=("a) to train judges,", "b) to train prosecutors by:",
                                                       "i) courses,", "ii) exchanges;")))
    assert of_rule(good, lib, "sub-end", "thimun") == []


def test_a_repeated_sub_label_is_one_finding_and_the_fix_relabels_the_rest(lib: library.Library,
                                                                          tmp_path: Path) -> None:
    subs = ("a) by training:", "i. judges;", "ii. prosecutors;", "ii. police officers;", "iii. lawyers;",
            "b) by funding courts;")
    bad = make(tmp_path, en_clauses("1.", "2.", subs=subs))
    report, doc = check.check_file(bad, lib, profile="thimun")
    sequence = [f for f in report.findings if f.rule == "sub-label-sequence"]
    assert [(f.paragraph, f.paragraphs) for f in sequence] == [(EN_FIRST + 4, [EN_FIRST + 4, EN_FIRST + 5])]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    fixed = reader.read(tmp_path / "fixed.docx").paragraphs
    assert [p.text.split()[0] for p in fixed[EN_FIRST + 1: EN_FIRST + 5]] == ["i.", "ii.", "iii.", "iv."]
    assert of_rule(tmp_path / "fixed.docx", lib, "sub-label-sequence", "thimun") == []


def test_unlabelled_items_after_a_chapeau_in_a_draft_without_numbers(lib: library.Library, tmp_path: Path) -> None:
    paragraphs: list[Para] = [*EN_HEAD, ORGAN, PRE, "Requests the Office to report on its work;",
                              "Invites States to cut emissions by;", "Taxing coal-fired power plants;",
                              "Subsidising rooftop solar panels;", "Urges States to cooperate."]
    path = make(tmp_path, paragraphs)
    found = {(f.rule, f.paragraph) for f in findings(path, lib) if f.severity != "suggestion"}
    first = len(EN_HEAD) + 3
    assert ("chapeau-colon", first + 1) in found
    assert not {rule for rule, where in found if where in (first + 2, first + 3)}  # items, not clauses
