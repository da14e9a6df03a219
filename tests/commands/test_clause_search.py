"""`drafter clauses` as people type it (issue 25 item 6): ids in any case, a slip in an id or a word answered with
the nearest one, an empty query read as no words; the outline marks what the State's blocs oppose."""

from __future__ import annotations

from scripted import ScriptedAsker

from drafter.compose.answers import ClauseChoice
from drafter.interview.flow import Flow
from drafter.interview.steps.outline import outline_rows
from drafter.library import search


def test_ids_are_found_in_any_case(run) -> None:
    status, out, _ = run("clauses", "show", "CYB-CORE-OP-01")
    assert status == 0 and out.startswith("cyb-core-op-01  operative")
    status, out, err = run("clauses", "CYB-Core-Op-01", "--json")
    assert status == 0 and out.count('"id": "cyb-core-op-01"') == 1


def test_a_slip_in_an_id_or_a_word_gets_the_nearest(run, lib) -> None:
    status, _, err = run("clauses", "show", "CYB-CORE-OP-1")
    assert status == 2 and "did you mean 'cyb-core-op-" in err
    status, out, err = run("clauses", "cybercrme")
    assert status == 0 and out == "" and "no clause has 'cybercrme'; did you mean 'cybercrime'?" in err
    status, _, err = run("clauses", "cybercrme", "--lang", "zh")
    assert "没有条款含有“cybercrme”；您要找的是否是“cybercrime”？" in err and err.strip().endswith("共 0 条条款")
    assert search.suggestions(lib, "capcity buildng") == [("capcity", "capacity"), ("buildng", "building")]
    assert search.suggestions(lib, "cyb-core-op-999")[0][1].startswith("cyb-core-op-")
    assert search.suggestions(lib, "capacity") == [] and search.suggestions(lib, "") == []


def test_an_empty_query_lists_every_clause(run, lib) -> None:
    status, out, err = run("clauses", "", variables={"COLUMNS": "80"})
    assert status == 0 and err.strip() == f"{len(lib.clauses)} clauses"
    assert "match" not in out.splitlines()[0]


def test_the_outline_marks_clauses_the_blocs_oppose(lib) -> None:
    for lang, words in (("en", "Opposed by your blocs"), ("zh", "您所属的集团反对此条款")):
        f = Flow(lib, ScriptedAsker([]), lang=lang)
        f.answers.country, f.answers.agenda, f.answers.kind = "USA", "cybercrime", "resolution"
        f.answers.operative = [ClauseChoice(id="cyb-core-op-15"), ClauseChoice(id="cyb-core-op-01")]
        assert lib.opposing_blocs(lib.clauses["cyb-core-op-15"], lib.countries["USA"])
        assert not lib.opposing_blocs(lib.clauses["cyb-core-op-01"], lib.countries["USA"])
        opposed, fitting = outline_rows(f)
        assert opposed.title.startswith("⚠ ") and words in opposed.preview
        assert not fitting.title.startswith("⚠") and words not in fitting.preview
