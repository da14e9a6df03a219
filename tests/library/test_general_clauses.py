"""The general library (clauses/general): procedural clauses offered for any agenda, also a conference's own."""

from __future__ import annotations

import json
import re
import types
from pathlib import Path

import pytest

from drafter import library
from drafter.interview.flow import Flow
from drafter.interview.steps.clauses import clause_options

TINY = """\
committees:
  - id: disec
    en: First Committee
    zh: 第一委员会
    organ: {en: The General Assembly, zh: 大会}
    symbol: A/C.1
    members: 193
  - id: unsc
    en: Security Council
    zh: 安全理事会
    organ: {en: The Security Council, zh: 安全理事会}
    symbol: S
    members: 15
    security_council: true
agendas:
  - {id: space, committee: disec, en: Outer space security, zh: 外层空间安全, topics: [space-arms]}
  - {id: sahel, committee: unsc, en: Peace and security in the Sahel, zh: 萨赫勒的和平与安全, topics: [sahel-security]}
topics:
  - {id: space-arms, en: Arms control in outer space, zh: 外层空间军备控制}
  - {id: sahel-security, en: Security in the Sahel, zh: 萨赫勒安全}
clauses:
  - id: tiny-op-1
    kind: operative
    phrase: calls-upon
    topics: [space-arms]
    en: all States to refrain from placing weapons in outer space
    zh: 所有国家不在外层空间部署武器
    source: {note: test clause}
  - id: tiny-op-2
    kind: operative
    phrase: urges
    topics: [sahel-security]
    en: all parties to respect the ceasefire
    zh: 各方遵守停火
    source: {note: test clause}
"""


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    folder = tmp_path / "conference"
    folder.mkdir()
    (folder / "library.yaml").write_text(TINY, encoding="utf-8")
    return folder


def _offered(lib: library.Library, agenda: str, committee: str, profile: str, kind: str = "resolution",
             clause_kind: str = "operative") -> dict[str, str]:
    flow = Flow(lib, asker=types.SimpleNamespace(), lang="en")  # type: ignore[arg-type]  # asks nothing
    flow.answers.kind, flow.answers.agenda, flow.answers.committee = kind, agenda, committee
    flow.answers.country, flow.answers.profile = "FRA", profile
    return {o.value: o.title for o in clause_options(flow, clause_kind, []) if o.value}


def _headers(lib: library.Library, agenda: str, committee: str) -> list[str]:
    flow = Flow(lib, asker=types.SimpleNamespace(), lang="en")  # type: ignore[arg-type]
    flow.answers.kind, flow.answers.agenda, flow.answers.committee = "resolution", agenda, committee
    flow.answers.country, flow.answers.profile = "FRA", "un"
    groups = [o.group for o in clause_options(flow, "operative", []) if o.value]
    return [f"── {g} ──" for g in dict.fromkeys(groups)]


def test_general_library_size_and_languages(lib) -> None:
    general = [c for c in lib.clauses.values() if c.topics[0] in ("procedure", "procedure-security-council")]
    assert 10 <= len(general) <= 15
    assert {c.kind for c in general} == {"preambular", "operative"}
    for clause in general:
        assert clause.text.en and clause.text.zh and str(clause.source), clause.id
        for p in clause.placeholders.values():
            assert p.default, clause.id
            # a Chinese draft never gets English words from a default
            assert not re.search(r"[A-Za-z]", p.default_in("zh")), (clause.id, p.name)
    seized = [c for c in general if "seized" in c.text.en]
    assert seized and all(c.topics == ("procedure-security-council",) for c in seized)
    assert all("Security Council only" in c.source.note for c in seized)


def test_topics_for_an_agenda(lib) -> None:
    topics = lib.topics_for("cybercrime")
    assert topics[: len(lib.agendas["cybercrime"].topics)] == list(lib.agendas["cybercrime"].topics)
    assert topics[-1] == "procedure" and "procedure-security-council" not in topics


def test_own_library_gets_the_general_clauses_in_the_questionnaire(tiny: Path) -> None:
    lib = library.load([library.builtin_library(), tiny])
    assert lib.topics_for("space") == ["space-arms", "procedure"]
    assert lib.topics_for("sahel") == ["sahel-security", "procedure", "procedure-security-council"]
    assert _headers(lib, "space", "disec") == ["── Arms control in outer space ──", "── Procedure and follow-up ──"]

    un = _offered(lib, "space", "disec", "un")
    assert {"tiny-op-1", "gen-op-02", "gen-op-06", "gen-op-08"} <= set(un)
    assert not any(i.startswith("cyb-") for i in un)  # the cybercrime agenda's clauses stay with it
    assert "gen-sc-op-01" not in un and "gen-sc-op-02" not in un
    assert un["gen-op-02"].startswith("Requests the Secretary-General to submit to [meeting]")
    assert "gen-pp-01" in _offered(lib, "space", "disec", "un", clause_kind="preambular")

    # a conference that reserves Decides to the Security Council is not offered it outside the Council
    thimun = _offered(lib, "space", "disec", "thimun")
    assert "gen-op-02" in thimun and "gen-op-06" not in thimun

    council = _offered(lib, "sahel", "unsc", "thimun")
    assert {"tiny-op-2", "gen-op-06", "gen-sc-op-01", "gen-sc-op-02", "gen-sc-op-03"} <= set(council)

    # a position paper's proposals come from the agenda's own topics only
    paper = _offered(lib, "space", "disec", "", kind="position-paper")
    assert "tiny-op-1" in paper and not any(i.startswith("gen-") for i in paper)


def test_clauses_command_lists_them_with_an_own_library(run, tiny: Path) -> None:
    builtin = str(library.builtin_library())
    for variables in ({}, {"DRAFTER_NO_BUILTIN": "1", "DRAFTER_LIBRARY": builtin}):
        status, out, err = run("clauses", "--library", str(tiny), "--topic", "procedure", "--json",
                               variables=variables)
        assert status == 0, err
        ids = [c["id"] for c in json.loads(out)]
        assert "gen-op-02" in ids and "gen-op-06" in ids and "gen-sc-op-01" not in ids
        shown = next(c for c in json.loads(out) if c["id"] == "gen-op-02")
        meeting = shown["placeholders"]["meeting"]
        assert (meeting["default"], meeting["default_zh"]) == ("the General Assembly at its eighty-second session",
                                                               "大会第八十二届会议")
    # with only the own library (no built-in), there are no general clauses and no phrases to lead them
    status, out, err = run("clauses", "--library", str(tiny), variables={"DRAFTER_NO_BUILTIN": "1"})
    assert status == 2 and "unknown phrase 'calls-upon'" in err


@pytest.mark.parametrize("language", ["en", "zh"])
def test_complete_draft_for_an_own_agenda(run, tiny: Path, language: str) -> None:
    answers = tiny.parent / f"space-{language}.yaml"
    answers.write_text(f"""\
kind: resolution
language: {language}
profile: un
committee: disec
agenda: space
country: FRA
sponsors: [FRA]
date: 2027-10-20
preambular:
  - gen-pp-01
operative:
  - tiny-op-1
  - gen-op-02
  - id: gen-op-06
    values: {{item: "{'Prevention of an arms race in outer space' if language == 'en' else '防止外层空间的军备竞赛'}"}}
  - gen-op-09
""", encoding="utf-8")
    out = tiny.parent / f"space-{language}.md"
    status, _, err = run("build", str(answers), "--library", str(tiny), "--format", "md", "--out", str(out))
    assert status == 0, err
    text = out.read_text(encoding="utf-8")
    if language == "en":
        assert "the Secretary-General to submit to the General Assembly at its eighty-second session a report" in text
        assert "the provisional agenda of its eighty-second session the item entitled “Prevention of an arms race" in text
        assert "resolutions 74/247 and 79/243" in text
    else:
        assert "秘书长向大会第八十二届会议提交关于本决议执行情况的报告" in text
        assert "将题为“防止外层空间的军备竞赛”的项目列入其第八十二届会议临时议程" in text
        assert "eighty" not in text


def test_topics_command_says_where_a_topic_is_offered(run) -> None:
    status, out, _ = run("topics", "--json")
    agendas = {t["id"]: t["agendas"] for t in json.loads(out)}
    assert status == 0
    assert agendas["procedure"] == ["any"] and agendas["procedure-security-council"] == ["security-council"]
    assert agendas["victims"] == ["cybercrime"]
