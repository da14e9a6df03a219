"""``--fix`` on labels whose form comes from a Word list's own definition (numbering.xml): clauses numbered "1)" or
"一、" by the list, sub-clauses shown "i." or "（一）" where the profile wants letters, a sub-list that
continues the wrong list. After --fix every paragraph shows the wanted label (as the reader computes it and as
LibreOffice shows it), its text is unchanged, a re-check has none of those findings, and a second --fix changes
nothing; the bench drafts of bench/students/word and word-lo are all mended."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from check.test_check_rules import ZH_HEAD, ZH_ORGAN, ZH_PRE, Para, findings
from check.test_word_numbering import numbered
from paths import ROOT
from wordlists import abstract, lvl, num, start_override

from drafter import check, library
from drafter.check import fix
from drafter.word import listdesign, reader
from drafter.word.listdesign import LevelForm

LIST_RULES = {"numbering-form", "numbering-restart", "numbering-sequence", "sub-label-style", "sub-label-sequence",
              "sub-label-level", "preambular-numbered", "numbering-empty"}
HEAD = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
        "Sponsors: China, France", "Signatories: Brazil", [("The Commission on Crime Prevention and Criminal Justice",
                                                             "i"), (",", "")],
        [("Recalling", "i"), (" its resolution 22/7 of 26 April 2013,", "")]]
BODY: list[Para] = [[("Requests", "u"), (" the United Nations Office on Drugs and Crime:", "")],
                    "to train judges;", "to train prosecutors;",
                    [("Urges", "u"), (" Member States to cooperate;", "")],
                    [("Calls upon", "u"), (" Member States:", "")], "to share information;", "to adopt laws;",
                    [("Decides", "u"), (" to continue its consideration of the question at its next session.", "")]]
# paragraph positions (0-based) of the clauses and of the sub-clauses of the first and third clause
CLAUSES_AT, FIRST_SUBS, THIRD_SUBS = [6, 9, 10, 13], [7, 8], [11, 12]
WANTED = ["1.", "(a)", "(b)", "2.", "3.", "(a)", "(b)", "4."]


def clauses_and_subs(clause: tuple[int, int], subs: tuple[int, int], third: tuple[int, int] | None = None
                     ) -> dict[int, tuple[int, int]]:
    """The (numId, level) of each paragraph of BODY: clauses ``clause``, sub-clauses ``subs`` (``third``: those
    of the third clause)."""
    return {**{p: clause for p in CLAUSES_AT}, **{p: subs for p in FIRST_SUBS},
            **{p: third or subs for p in THIRD_SUBS}}


def fix_twice(path: Path, lib: library.Library, profile: str | None = None) -> tuple[list[check.Finding], Path]:
    """--fix ``path``, then --fix the result: the findings fixed the first time, and the fixed copy. The second
    run finds nothing to fix and writes the same document and lists."""
    report, doc = check.check_file(path, lib, profile=profile)
    fixed, _ = fix.fix(report, doc, path.with_name(f"{path.stem}-fixed.docx"), force=True)
    once = path.with_name(f"{path.stem}-fixed.docx")
    again, again_doc = check.check_file(once, lib, profile=profile)
    assert [f for f in again.findings if f.edits] == []
    twice = path.with_name(f"{path.stem}-twice.docx")
    fix.fix(again, again_doc, twice, force=True)
    assert parts(twice) == parts(once)
    return fixed, once


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as docx:
        return {name: docx.read(name) for name in ("word/document.xml", "word/numbering.xml")}


def labels(path: Path) -> list[str]:
    return [p.label for p in reader.read(path).paragraphs if p.label]


def texts(path: Path) -> list[str]:
    return [p.text for p in reader.read(path).paragraphs]


def mended(path: Path, lib: library.Library, wanted: list[str], rules: set[str],
           profile: str | None = None) -> Path:
    """Fix ``path``: each of its list findings (of ``rules``) is fixed, the labels become ``wanted``, the texts
    stay, and a re-check is clean of list findings."""
    before = [f for f in findings(path, lib, profile) if f.rule in LIST_RULES]
    assert {f.rule for f in before} == rules, [(f.paragraph, f.rule, f.message) for f in before]
    fixed, once = fix_twice(path, lib, profile)
    assert {(f.paragraph, f.rule) for f in before} <= {(f.paragraph, f.rule) for f in fixed}
    assert labels(once) == wanted
    assert texts(once) == texts(path)
    assert [f.rule for f in findings(once, lib, profile) if f.rule in LIST_RULES] == []
    return once


def test_clauses_a_list_numbers_1_bracket(lib: library.Library, tmp_path: Path) -> None:
    """Every clause of the list shows "1)": the level itself is changed to "%1." (one edit, in numbering.xml)."""
    lists = abstract(1, [lvl(0, "decimal", "%1)"), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1)
    path = numbered(tmp_path, [*HEAD, *BODY], clauses_and_subs((1, 0), (1, 1)), lists)
    assert labels(path)[:2] == ["1)", "(a)"]
    report, _ = check.check_file(path, lib)
    forms = [f for f in report.findings if f.rule == "numbering-form"]
    assert [f.paragraph for f in forms] == [7, 10, 11, 14]
    assert {e.edit for f in forms for e in f.edits} == {listdesign.ReformLevel("1", 0, LevelForm("decimal", "%1."))}
    mended(path, lib, WANTED, {"numbering-form"})


def test_a_clause_list_that_starts_at_5(lib: library.Library, tmp_path: Path) -> None:
    """The list's first level starts at 5: one numbering-sequence finding, whose fix is the level's start."""
    lists = abstract(1, [lvl(0, start=5), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1)
    path = numbered(tmp_path, [*HEAD, *BODY], clauses_and_subs((1, 0), (1, 1)), lists)
    assert labels(path)[:4] == ["5.", "(a)", "(b)", "6."]
    report, _ = check.check_file(path, lib)
    assert [(f.paragraph, f.rule, [c.edit for c in f.edits]) for f in report.findings] == [
        (7, "numbering-sequence", [listdesign.SetStart("1", 0, 1)])]
    mended(path, lib, WANTED, {"numbering-sequence"})


def test_a_number_taken_by_an_empty_line_is_given_back(lib: library.Library, tmp_path: Path) -> None:
    """An empty paragraph numbered "3." between the clauses (the clause after it shows "4."): one finding on the
    empty paragraph, whose fix takes its number away, and none on the clauses after it."""
    lists = abstract(1, [lvl(0), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1)
    places = {6: (1, 0), 7: (1, 1), 8: (1, 1), 9: (1, 0), 10: (1, 0), 11: (1, 0), 12: (1, 1), 13: (1, 1), 14: (1, 0)}
    path = numbered(tmp_path, [*HEAD, *BODY[:4], "", *BODY[4:]], places, lists)
    assert [(f.paragraph, f.rule) for f in findings(path, lib) if f.rule in LIST_RULES] == [(11, "numbering-empty")]
    mended(path, lib, WANTED, {"numbering-empty"})


def test_only_the_clauses_of_a_shared_level_change(lib: library.Library, tmp_path: Path) -> None:
    """The annex after the clauses is numbered "1)" by the same list: the clauses get a list instance of their
    own, whose level shows "1.", and the annex keeps its labels."""
    lists = abstract(1, [lvl(0, "decimal", "%1)"), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1) \
        + num(2, 1, start_override(0, 1))
    body = [*HEAD, *BODY, "Annex", "First item of the annex", "Second item of the annex"]
    path = numbered(tmp_path, body, {**clauses_and_subs((1, 0), (1, 1)), 15: (2, 0), 16: (2, 0)}, lists)
    assert labels(path)[-2:] == ["1)", "2)"]
    once = mended(path, lib, [*WANTED, "1)", "2)"], {"numbering-form"})
    assert b'w:lvlText w:val="%1)"' in parts(once)["word/numbering.xml"]


def test_a_clause_that_lost_its_number_after_one_set_to_a_later_value(lib: library.Library, tmp_path: Path) -> None:
    """"Set Numbering Value" gave the second clause "5." (a list of its own starting at 5) and Backspace took the
    third clause's number away: one --fix mends both, the third clause joining the list once the second is mended
    (Word would number it "6." before)."""
    lists = abstract(1, [lvl(0)]) + num(1, 1) + num(2, 1, start_override(0, 5))
    body: list[Para] = [[("Requests", "u"), (" the Office to train judges;", "")],
                        [("Urges", "u"), (" Member States to cooperate;", "")],
                        [("Calls upon", "u"), (" Member States to share information;", "")],
                        [("Decides", "u"), (" to continue its consideration of the question.", "")]]
    path = numbered(tmp_path, [*HEAD, *body], {6: (1, 0), 7: (2, 0), 9: (2, 0)}, lists)
    assert [p.label for p in reader.read(path).paragraphs[6:]] == ["1.", "5.", "", "6."]
    before = [(f.paragraph, f.rule, bool(f.edits)) for f in findings(path, lib) if f.severity == "error"]
    assert (9, "operative-unnumbered", True) in before
    fixed, once = fix_twice(path, lib)
    assert [p.label for p in reader.read(once).paragraphs[6:]] == ["1.", "2.", "3.", "4."]
    assert texts(once) == texts(path)


@pytest.mark.parametrize(("profile", "wanted"), [("un", "(a)"), ("thimun", "a."), ("una-usa", "a.")])
def test_sub_clauses_shown_as_roman_numerals(profile: str, wanted: str, lib: library.Library,
                                             tmp_path: Path) -> None:
    """Sub-clauses a list shows "i." "ii." where the profile letters them: lettered in the draft's own marks
    when the profile allows them ("a." under THIMUN), else in the profile's ("(a)" under the UN's)."""
    lists = abstract(1, [lvl(0), lvl(1, "lowerRoman", "%2.")]) + num(1, 1)
    path = numbered(tmp_path, [*HEAD, *BODY], clauses_and_subs((1, 0), (1, 1)), lists)
    assert labels(path)[1:3] == ["i.", "ii."]
    letters = [wanted, wanted.replace("a", "b")]
    mended(path, lib, ["1.", *letters, "2.", "3.", *letters, "4."], {"sub-label-style"}, profile)


def test_a_sub_list_that_continues_where_no_list_can_take_it(lib: library.Library, tmp_path: Path) -> None:
    """The sub-clauses are the second level of a list of their own, whose count never restarts ("(c)" "(d)" under
    the third clause), and the clause list has no level for them: they are given a list instance that starts at
    "(a)"."""
    lists = abstract(1, [lvl(0)]) + abstract(3, [lvl(0), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1) + num(3, 3)
    path = numbered(tmp_path, [*HEAD, *BODY], clauses_and_subs((1, 0), (3, 1)), lists)
    assert labels(path) == ["1.", "(a)", "(b)", "2.", "3.", "(c)", "(d)", "4."]
    once = mended(path, lib, WANTED, {"sub-label-sequence"})
    assert b"w:startOverride" in parts(once)["word/numbering.xml"]


def test_chinese_clauses_and_sub_clauses_in_wps_forms(lib: library.Library, tmp_path: Path) -> None:
    """A WPS list: clauses "一、" (chineseCountingThousand), sub-clauses "（一）" (chineseCounting): the clauses
    become "1.", the sub-clauses "（a）", in the draft's brackets."""
    lists = abstract(1, [lvl(0, "chineseCountingThousand", "%1、"), lvl(1, "chineseCounting", "（%2）")]) + num(1, 1)
    body: list[Para] = [[("请", "u"), ("联合国毒品和犯罪问题办公室：", "")], "培训法官；", "培训检察官；",
                        [("敦促", "u"), ("会员国开展合作；", "")], [("吁请", "u"), ("会员国：", "")], "分享信息；",
                        "制定法律；", [("决定", "u"), ("在下届会议上继续审议这一问题。", "")]]
    path = numbered(tmp_path, [*ZH_HEAD, ZH_ORGAN, ZH_PRE, *body],
                    {p + 1: place for p, place in clauses_and_subs((1, 0), (1, 1)).items()}, lists)
    assert labels(path)[:2] == ["一、", "（一）"]
    mended(path, lib, ["1.", "（a）", "（b）", "2.", "3.", "（a）", "（b）", "4."], {"numbering-form", "sub-label-style"})


BENCH = sorted([*(ROOT / "bench" / "students" / "word").glob("*.docx"),
                *(ROOT / "bench" / "students" / "word-lo").glob("*.docx")])


@pytest.mark.parametrize("path", BENCH, ids=lambda p: p.name)
def test_every_bench_draft_is_mended(path: Path, lib: library.Library, tmp_path: Path) -> None:
    """The Word- and LibreOffice-numbered student drafts: after --fix no error or warning is left, and a second
    --fix writes the same document and lists."""
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    fix_twice(copy, lib)
    assert [(f.paragraph, f.rule) for f in findings(copy.with_name(f"{copy.stem}-fixed.docx"), lib)
            if f.severity != "suggestion"] == []


def test_libreoffice_shows_the_fixed_labels(lib: library.Library, tmp_path: Path) -> None:
    """LibreOffice's text export of every fixed draft (the bench drafts and those built here) shows the labels
    the reader computes, before the same texts."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        pytest.skip("LibreOffice not installed (outside CI)")
    fixed: list[Path | str] = []
    for path in BENCH:
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        fixed.append(fix_twice(copy, lib)[1])
    for test in (test_clauses_a_list_numbers_1_bracket, test_a_clause_list_that_starts_at_5,
                 test_only_the_clauses_of_a_shared_level_change, test_a_sub_list_that_continues_where_no_list_can_take_it,
                 test_chinese_clauses_and_sub_clauses_in_wps_forms):
        folder = tmp_path / test.__name__
        folder.mkdir()
        test(lib, folder)
        fixed.append(shutil.copy(folder / "numbered-fixed.docx", tmp_path / f"{test.__name__}.docx"))
    out = tmp_path / "txt"
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", str(out), *map(str, fixed)], check=True,
                   capture_output=True, timeout=600)
    for path in map(Path, fixed):
        lines = (out / f"{path.stem}.txt").read_text(encoding="utf-8-sig").splitlines()
        paragraphs = reader.read(path).paragraphs
        assert len(lines) == len(paragraphs), path.name
        for line, para in zip(lines, paragraphs, strict=True):
            shown = line.strip()
            assert shown.endswith(para.text.strip()), (path.name, line)
            assert shown[: len(shown) - len(para.text.strip())].strip() == para.label, (path.name, para.index, line)
