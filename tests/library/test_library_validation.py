"""Every validation error of the library loader, with its message, file and line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from paths import LIBRARY_FIXTURES

from drafter import library

FIXTURES = LIBRARY_FIXTURES
BASE = FIXTURES / "base"

# case folder -> (line, column or None, words the message must contain)
CASES = {
    "yaml-syntax": (5, None, ["YAML syntax error"]),
    "unknown-phrase": (4, 13, ["unknown phrase 'requestz'", "did you mean 'requests'"]),
    "unknown-topic": (5, 26, ["unknown topic 'astrology'"]),
    "unknown-bloc": (8, 7, ["unknown bloc 'martians'"]),
    "unknown-country": (6, 22, ["unknown country 'XYZ'"]),
    "missing-zh": (2, 5, ["missing Chinese text 'zh'", "'x-1'"]),
    "duplicate-id": (2, 9, ["duplicate id 'base-op-1'", "base/library.yaml:25"]),
    "wrong-kind": (4, 13, ["phrase 'requests' is operative", "is preambular"]),
    "repeats-lead": (6, 9, ["repeats its lead phrase 'Requests'"]),
    "terminal-punctuation": (7, 9, ["ends with '；'"]),
    "placeholder-undeclared": (6, 9, ["placeholder {{ year }} is used in the en text", "not declared"]),
    "placeholder-unused": (9, 7, ["placeholder 'year'", "declared but not used"]),
    "half-width-zh": (7, 9, ["half-width ','", "use the full-width ，"]),
    "too-deep": (19, 19, ["nested deeper than 3 levels"]),
    "override-without-reason": (6, 7, ["bloc override of DEU gives no reason"]),
    "no-source": (2, 5, ["names no source"]),
    "source-unknown-key": (11, 7, ["unknown key 'exerpt'", "'x-1'"]),
    "source-excerpt-without-seed": (11, 16, ["excerpt of clause 'x-1' names no seed"]),
    "source-seed-without-ref": (9, 13, ["names seed 002_56a285b93f2d3494.txt but no passage"]),
    "source-seed-without-excerpt": (9, 13, ["quotes no excerpt of seed 002_56a285b93f2d3494.txt", "'x-1'"]),
    "unknown-section": (1, 1, ["unknown section 'clause'"]),
    "topic-agendas-unknown": (5, 14, ["unknown value 'every' for 'agendas'", "any or security-council"]),
    "placeholder-default-missing-zh": (13, 18, ["missing Chinese text 'default.zh'", "placeholder 'meeting'"]),
    "contested-unknown-clause": (7, 62, ["unknown clause 'base-op-2'", "contested question 'q'", "did you mean 'base-op-1'"]),
    "contested-two-sides": (16, 24, ["clause 'base-op-1' is on two sides of contested question 'q'", "'for' and 'against'"]),
    "contested-one-side": (6, 7, ["contested question 'q' has 1 side"]),
    "fact-unknown-kind": (4, 26, ["unknown fact 'vot'", "facts are: res_74_247"]),
    "fact-bad-value": (4, 43, ["budapest value 'member' is not one of party, signatory"]),
    "fact-no-sources": (2, 5, ["the internet fact of CHN names no sources"]),
    "fact-unknown-reference": (4, 71, ["unknown reference 'itu-internt' in the internet fact of CHN", "did you mean 'itu-internet'"]),
    "fact-no-as-of": (4, 5, ["the law fact of FRA has no 'as_of' date"]),
    "fact-twice": (5, 5, ["FRA has a second internet fact"]),
    "fact-unknown-country": (4, 15, ["unknown country 'FRX' in the internet fact of FRX"]),
    "fact-pillars-do-not-add-up": (7, 14, ["the pillars of FRA add up to 87.58, not to the overall score 97.6"]),
    "bloc-counts-undefined": (5, 18, ["the description of bloc 'treaty2' counts 'yes-voters'", "add 'counts:"]),
    "bloc-unknown-rule-key": (5, 11, ["unknown rule key 'every'", "use any, all, not"]),
    "bloc-takes-unknown-question": (6, 13, ["bloc 'sceptics' takes a side on unknown contested question"]),
    "fact-bad-date": (4, 73, ["as_of 'soon' is not a date"]),
    "source-both": (10, 7, ["clause 'x-1' has both 'source' and 'sources'"]),
    "agenda-unknown-committee": (3, 16, ["unknown committee 'ccpjc' in agenda 'drugs'", "did you mean 'ccpcj'"]),
    "contested-side-twice": (7, 14, ["side 'for' appears twice in contested question 'q'"]),
}


def test_base_is_clean() -> None:
    lib, problems = library.load_with_problems([BASE])
    assert problems == []
    assert set(lib.clauses) == {"base-op-1"}


def test_every_fixture_has_a_case() -> None:
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()} - {"base"}
    assert folders == set(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_library_reports_file_line_and_message(case: str) -> None:
    line, column, words = CASES[case]
    _, problems = library.load_with_problems([BASE, FIXTURES / case])
    assert len(problems) >= 1, f"{case}: no problem reported"
    matching = [p for p in problems if all(w in str(p) for w in words)]
    assert matching, f"{case}: no message contains {words}; got {[str(p) for p in problems]}"
    problem = matching[0]
    assert problem.location.path.name == "case.yaml"
    assert problem.location.line == line, str(problem)
    if column is not None:
        assert problem.location.column == column, str(problem)
    assert problem.hint, f"{case}: no fix hint"


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    broken = tmp_path / "many"
    broken.mkdir()
    for case in ("unknown-phrase", "missing-zh", "terminal-punctuation"):
        text = (FIXTURES / case / "case.yaml").read_text(encoding="utf-8")
        (broken / f"{case}.yaml").write_text(text.replace("id: x-1", f"id: x-{case}"), encoding="utf-8")
    _, problems = library.load_with_problems([BASE, broken])
    files = {p.location.path.name for p in problems}
    assert files == {"unknown-phrase.yaml", "missing-zh.yaml", "terminal-punctuation.yaml"}


def test_load_raises_with_every_problem() -> None:
    with pytest.raises(library.LibraryError) as err:
        library.load([BASE, FIXTURES / "unknown-topic"])
    assert "astrology" in str(err.value)
    assert err.value.status == 2


def test_missing_folder_is_a_problem(tmp_path: Path) -> None:
    _, problems = library.load_with_problems([tmp_path / "nowhere"])
    assert "library folder not found" in str(problems[0])


def test_bloc_rules_and_overrides() -> None:
    lib = library.load([BASE])
    assert lib.countries["CHN"].blocs == ("treaty",)
    assert lib.countries["FRA"].blocs == ()


def test_lint_command_exit_codes(run) -> None:
    status, out, err = run("library", "lint", "--alone", str(BASE))
    assert status == 0 and "clean" in err
    status, out, err = run("library", "lint", "--alone", str(BASE), str(FIXTURES / "unknown-topic"))
    assert status == 1
    assert "case.yaml:5:26: unknown topic 'astrology'" in out


def test_a_duplicated_clause_reports_every_problem_sorted(tmp_path: Path, run) -> None:
    folder = tmp_path / "dup"
    folder.mkdir()
    (folder / "b.yaml").write_text(
        "clauses:\n"
        "  - id: base-op-1\n"          # line 2: the id is taken by the base library
        "    kind: operative\n"
        "    phrase: requestz\n"        # line 4: unknown phrase
        "    topics: [astrology]\n"     # line 5: unknown topic
        "    en: the Office to act.\n"  # line 6: final punctuation
        "    zh: 该办公室采取行动,\n"     # line 7: final and half-width punctuation
        "    source: {note: test}\n"
        "  - id: x-2\n"
        "    kind: operativ\n"          # line 10: unknown kind, and a second x-2 below
        "    en: the Office to act\n"
        "  - id: x-2\n"                 # line 12: a duplicate that has problems of its own
        "    kind: operative\n", encoding="utf-8")
    status, out, _ = run("library", "lint", "--alone", str(BASE), str(folder))
    assert status == 1
    lines = [line for line in out.splitlines() if "b.yaml" in line]
    expected = ["duplicate id 'base-op-1'", "unknown phrase 'requestz'", "unknown topic 'astrology'",
                "the en text of clause 'base-op-1' ends with '.'", "half-width ','", "duplicate id 'x-2'",
                "unknown kind 'operativ'"]
    assert all(any(words in line for line in lines) for words in expected), lines
    places = [tuple(int(n) for n in line.split("b.yaml:")[1].split(":")[:2]) for line in lines]
    assert places == sorted(places)


ENGLISH_WORDS = re.compile(r"\b(unknown|missing|clause|phrase|the|of|in|is|has|no|not|add|use|with|and)\b")


@pytest.mark.parametrize("case", sorted(CASES))
def test_problems_are_said_in_chinese(case: str) -> None:
    from drafter.library.problems_zh import line

    _, problems = library.load_with_problems([BASE, FIXTURES / case])
    assert problems, case
    for problem in problems:
        assert problem.zh and (problem.zh_hint or not problem.hint), f"{case}: no Chinese of its own: {problem}"
        said = line(problem)
        assert said.startswith(f"{problem.location}：")
        text = said[len(str(problem.location)) + 1:]
        # what the user wrote, lists of known names and the YAML parser's own words stay as they are
        bare = re.sub(r"“[^”]*”|(?:已有|有|之一)：[^（）]*|YAML 语法错误（[^）]*）|\{\{ \w+ \}\}|[\w.-]+\.(?:txt|yaml)", "", text)
        assert re.search(r"[\u4e00-\u9fff]", text) and not ENGLISH_WORDS.search(bare), said


def test_lint_reports_in_chinese(run) -> None:
    status, out, err = run("library", "lint", "--alone", "--lang", "zh", str(BASE), str(FIXTURES / "unknown-topic"))
    assert status == 1 and "case.yaml:5:26：条款“x-1”中的议题“astrology”不存在（已有议题：prevention）" in out
    assert err.startswith("1 个问题；")


def test_lint_json_in_the_report_language(run) -> None:
    broken = str(FIXTURES / "unknown-topic")
    found = {}
    for lang in ("en", "zh"):
        status, out, _ = run("library", "lint", "--alone", "--json", "--lang", lang, str(BASE), broken)
        assert status == 1
        (found[lang],) = json.loads(out)
    assert found["zh"]["message"] == "条款“x-1”中的议题“astrology”不存在"
    assert found["zh"]["hint"] == "已有议题：prevention"
    assert not re.search(r"[\u4e00-\u9fff]", found["en"]["message"] + found["en"]["hint"])
    assert "astrology" in found["en"]["message"]
    assert {k: v for k, v in found["en"].items() if k not in ("message", "hint")} == \
           {k: v for k, v in found["zh"].items() if k not in ("message", "hint")}
