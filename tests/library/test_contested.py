"""Contested questions: the library's data, alternatives, contradictions, and their reporting by build and lint."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import LIBRARY_FIXTURES, ROOT

from drafter import library
from drafter.compose import answers
from drafter.library.model import Contested, Side

BASE = LIBRARY_FIXTURES / "base"

TWO_QUESTIONS = """\
clauses:
  - {id: t-new, kind: operative, phrase: requests, topics: [prevention], en: the Office to negotiate a new treaty,
     zh: 该办公室谈判一项新条约, source: {note: test}}
  - {id: t-old, kind: operative, phrase: requests, topics: [prevention], en: the Office to apply the old treaty,
     zh: 该办公室适用旧条约, source: {note: test}}
  - {id: t-none, kind: operative, phrase: requests, topics: [prevention], en: the Office to apply no treaty,
     zh: 该办公室不适用任何条约, source: {note: test}}
  - {id: a-yes, kind: operative, phrase: requests, topics: [prevention], en: the Office to assist on request,
     zh: 该办公室应请求提供援助, source: {note: test}}
  - {id: a-cond, kind: operative, phrase: requests, topics: [prevention], en: the Office to assist on conditions,
     zh: 该办公室附条件提供援助, source: {note: test}}
contested:
  - id: treaty
    en: Which treaty?
    zh: 哪项条约？
    sides:
      - {id: new, en: A new one, zh: 新条约, clauses: [t-new]}
      - {id: old, en: The old one, zh: 旧条约, clauses: [t-old, base-op-1]}
      - {id: none, en: None, zh: 不要条约, clauses: [t-none]}
  - id: aid
    en: Conditions on assistance?
    zh: 援助是否附条件？
    sides:
      - {id: free, en: None, zh: 不附条件, clauses: [a-yes, t-new]}
      - {id: cond, en: Some, zh: 附条件, clauses: [a-cond]}
"""


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> tuple[library.Library, Path]:
    folder = tmp_path_factory.mktemp("contested")
    (folder / "c.yaml").write_text(TWO_QUESTIONS, encoding="utf-8")
    lib, problems = library.load_with_problems([BASE, folder])
    assert problems == []
    return lib, folder


def test_contested_questions_are_typed(two) -> None:
    lib, _ = two
    treaty = lib.contested["treaty"]
    assert isinstance(treaty, Contested) and treaty.en == "Which treaty?" and treaty.zh == "哪项条约？"
    assert list(treaty.sides) == ["new", "old", "none"]
    assert treaty.sides["old"] == Side("old", "The old one", "旧条约", ("t-old", "base-op-1"))


def test_alternatives(two) -> None:
    lib, _ = two
    assert lib.alternatives("t-old") == {"t-new", "t-none"}
    assert lib.alternatives("t-new") == {"t-old", "base-op-1", "t-none", "a-cond"}  # answers both questions
    assert lib.alternatives("a-cond") == {"a-yes", "t-new"}
    assert lib.alternatives("unknown") == set()


def test_contradictions_in_the_order_given(two) -> None:
    lib, _ = two
    assert lib.contradictions(["t-old", "base-op-1", "a-yes"]) == []  # one side of each question
    assert lib.contradictions(["a-cond", "t-old", "t-new"]) == [
        ("a-cond", "t-new", "aid"), ("t-old", "t-new", "treaty")]
    assert lib.contradictions(["t-new", "a-cond", "t-old"]) == [
        ("t-new", "a-cond", "aid"), ("t-new", "t-old", "treaty")]
    assert lib.contradictions(["t-none", "t-none"]) == []


def test_build_reports_both_clauses_the_question_and_the_line(two, tmp_path: Path) -> None:
    lib, _ = two
    path = tmp_path / "a.yaml"
    path.write_text("kind: resolution\nlanguage: en\ncountry: CHN\noperative:\n  - a-yes\n  - t-old\n"
                    "  - {phrase: requests, text: the Office to act}\n  - t-none\n", encoding="utf-8")
    with pytest.raises(answers.AnswersError) as err:
        answers.read(path, lib)
    [problem] = err.value.problems
    assert problem.location.line == 8
    assert "'t-old' (line 6)" in problem.message and "'t-none'" in problem.message
    assert "contested question 'treaty'" in problem.message and "(old / none)" in problem.message
    assert problem.hint


def test_cli_build_writes_nothing_for_a_contradicting_draft(two, run, tmp_path: Path) -> None:
    _, folder = two
    path = tmp_path / "a.yaml"
    path.write_text("kind: resolution\nlanguage: en\ncountry: CHN\noperative: [t-new, a-cond]\n", encoding="utf-8")
    status, out, err = run("build", str(path), "--library", str(BASE), "--library", str(folder),
                           variables={"DRAFTER_NO_BUILTIN": "1"})
    assert status == 2
    assert "a.yaml:4:" in err and "'t-new'" in err and "'a-cond'" in err and "'aid'" in err
    assert not (tmp_path / "a.docx").exists()


def test_lint_reports_a_broken_question(run, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "c.yaml").write_text(TWO_QUESTIONS.replace("clauses: [a-cond]", "clauses: [a-cond, a-yes]"),
                                   encoding="utf-8")
    status, out, err = run("library", "lint", str(BASE), str(broken))
    assert status == 1
    assert "c.yaml:25:57:" in out and "clause 'a-yes' is on two sides of contested question 'aid'" in out


# -- the shipped library -----------------------------------------------------------------

QUESTIONS = {
    "treaty-path": {"new-instrument", "un-convention"},
    "global-standard": {"budapest", "universal"},
    "cross-border-access": {"direct-access", "consent"},
    "capacity-conditions": {"standards-based", "unconditional"},
    "content-offences": {"broad", "narrow"},
}


def test_shipped_questions_and_sides(lib) -> None:
    assert {q: set(c.sides) for q, c in lib.contested.items()} == QUESTIONS
    for question in lib.contested.values():
        for side in question.sides.values():
            assert side.clauses, (question.id, side.id)
            assert any(lib.clauses[c].kind == "operative" for c in side.clauses), (question.id, side.id)
            assert side.en and side.zh


def test_shipped_alternatives_answer_the_reported_contradiction(lib) -> None:
    # issue 10: China's default draft urged ratifying the 2024 Convention and negotiating a new instrument
    assert "cyb-le-a" in lib.alternatives("cyb-core-op-12")
    assert ("cyb-core-op-12", "cyb-le-a", "treaty-path") in lib.contradictions(["cyb-core-op-12", "cyb-le-a"])
    assert "cyb-core-op-16" in lib.alternatives("cyb-pos-12")
    assert lib.contradictions(["cyb-core-op-12", "cyb-core-op-14", "cyb-core-op-13"]) == []  # both treaties: a bridge


def test_shipped_examples_hold_no_contradiction(lib) -> None:
    root = ROOT / "examples"
    for path in sorted(root.glob("*.yaml")):
        parsed = answers.read(path, lib)
        ids = [c.id for c in parsed.preambular + parsed.operative if c.id]
        assert lib.contradictions(ids) == [], path.name


def test_clauses_show_lists_alternatives(run) -> None:
    status, out, _ = run("clauses", "show", "cyb-le-a")
    assert status == 0
    assert "contested: treaty-path (this clause: new-instrument)" in out
    assert "alternatives: cyb-core-op-12" in out


# the side each bloc's description says its members take (clauses/blocs.yaml)
TAKES = {
    "un-convention": {"treaty-path": "un-convention", "global-standard": "universal", "cross-border-access": "consent",
                      "content-offences": "broad", "capacity-conditions": "unconditional"},
    "budapest": {"global-standard": "budapest", "cross-border-access": "direct-access", "content-offences": "narrow",
                 "capacity-conditions": "standards-based"},
    "bridge": {},
    "uncommitted": {},
    "uncc-signatory": {"treaty-path": "un-convention"},
    "capacity": {"capacity-conditions": "unconditional"},
    "arab": {"content-offences": "broad"},
    "african": {"capacity-conditions": "unconditional"},
}


def test_shipped_stances_agree_with_the_bloc_descriptions(lib) -> None:
    assert {b: lib.blocs[b].takes for b in lib.blocs} == TAKES
    for bloc_id, takes in TAKES.items():
        for question_id, own in takes.items():
            question = lib.contested[question_id]
            own_side = [lib.clauses[c] for c in question.sides[own].clauses]
            assert any(c.stance(bloc_id) == "supports" for c in own_side), (bloc_id, question_id)
            assert not [c.id for c in own_side if c.stance(bloc_id) == "opposes"], (bloc_id, question_id)
            for side in question.sides.values():
                if side.id != own:
                    others = [lib.clauses[c] for c in side.clauses]
                    assert not [c.id for c in others if c.stance(bloc_id) == "supports"], (bloc_id, side.id)
    # the question each description names, and the bloc that defines the other side, oppose each other
    for question_id, sides in (("global-standard", ("universal", "budapest")),
                               ("cross-border-access", ("consent", "direct-access")),
                               ("content-offences", ("broad", "narrow"))):
        for side_id, bloc_id in zip(sides, ("budapest", "un-convention")):
            for clause_id in lib.contested[question_id].sides[side_id].clauses:
                if clause_id != "cyb-le-a":  # the 2019 proposal: its own advocates now have the Convention
                    assert lib.clauses[clause_id].stance(bloc_id) == "opposes", (clause_id, bloc_id)
    # A/RES/79/243 mandated the protocol negotiation by consensus: no bloc opposes taking part in it
    assert not [b for b in lib.blocs if lib.clauses["cyb-pos-04"].stance(b) == "opposes"]


def test_no_member_state_is_suggested_two_sides(lib) -> None:
    for country in lib.countries.values():
        suggested = [c.id for c in lib.clauses.values() if lib.suggested(c, country)]
        assert lib.contradictions(suggested) == [], country.iso3


POSITIONS = TWO_QUESTIONS + """\
blocs:
  - id: free-aid
    en: Aid without conditions
    zh: 无条件援助
    rule: {fact: vote, in: [Y]}
    takes: {aid: free, treaty: nowhere}
"""


def test_lint_checks_the_sides_blocs_take(run, tmp_path: Path) -> None:
    folder = tmp_path / "positions"
    folder.mkdir()
    text = POSITIONS.replace("en: the Office to assist on request,", "stances: {free-aid: opposes}, en: the Office to assist on request,")
    text = text.replace("en: the Office to apply the old treaty,", "stances: {treaty: supports}, en: the Office to apply the old treaty,")
    (folder / "c.yaml").write_text(text, encoding="utf-8")
    _, problems = library.load_with_problems([BASE, folder])
    messages = [str(p) for p in problems]
    assert any("contested question 'treaty' has no side 'nowhere' (bloc 'free-aid')" in m for m in messages), messages
    assert any("bloc 'free-aid' opposes a clause on side 'free', the side it takes of contested question 'aid' "
               "(clause 'a-yes')" in m and "c.yaml:8:" in m for m in messages), messages
    assert not any("supports clauses on two sides" in m for m in messages)
    two_sides = text.replace("en: the Office to negotiate a new treaty,", "stances: {treaty: supports}, en: the Office to negotiate a new treaty,")
    (folder / "c.yaml").write_text(two_sides, encoding="utf-8")
    _, problems = library.load_with_problems([BASE, folder])
    assert any("bloc 'treaty' supports clauses on two sides" in str(p) and "'t-old'" in str(p) for p in problems), \
        [str(p) for p in problems]


def test_countries_by_bloc_prints_its_rule(run, lib) -> None:
    status, out, err = run("countries", "--bloc", "bridge")
    members = [c for c in lib.countries.values() if "bridge" in c.blocs]
    assert status == 0 and "KEN" in out and "BHS" not in out
    assert "invited to accede" in err and f"({len(members)} States)" in err and f"{len(members)} countries" in err
