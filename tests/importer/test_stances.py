"""Topics and stances for imported clauses without hand-editing them: topics suggested from the clause's words,
stances from a recorded vote with the counts and the rule beside each; and drafts suggested sensibly when an
imported library has no stances at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from paths import UN_FIXTURES, VOTE_FIXTURES

from drafter import importer, library, yamlio
from drafter.compose.answers import Answers
from drafter.interview.suggest import OPERATIVE_RANGE, PREAMBULAR_RANGE, default_topics, suggest_clauses, suggested_ids

EN, ZH = UN_FIXTURES / "74_247.docx", UN_FIXTURES / "74_247_C.docx"
VOTES = VOTE_FIXTURES / "res_74_247_vote.csv"


def test_stances_from_a_recorded_vote(run, tmp_path: Path) -> None:
    out = tmp_path / "cyber"
    status, _, err = run("library", "import", str(EN), str(ZH), "--out", str(out), "--votes", "A/RES/74/247",
                         str(VOTES))
    assert status == 0, err
    assert "stances A/RES/74/247: 23 clauses given the stances of res_74_247_vote.csv: un-convention supports, " \
           "budapest opposes" in err
    assert run("library", "lint", str(out))[0] == 0
    loaded = library.load([library.builtin_library(), out])
    clause = loaded.clauses["a74-247-op-2"]
    # the Budapest Convention States voted no, the UN convention path's voted yes (res_74_247_vote.csv)
    assert clause.stance("budapest") == "opposes" and clause.stance("un-convention") == "supports"
    text = (out / "clauses" / "a74-247.yaml").read_text(encoding="utf-8")
    assert re.search(r"^    budapest: opposes  # 0 yes, \d+ no, 0 abstaining of \d+ members \(res_74_247_vote\.csv\): "
                     r"more than half of the members who voted voted no$", text, re.M), text
    assert yamlio.read(out / "clauses" / "a74-247.yaml")["clauses"][0]["stances"]["budapest"] == "opposes"
    # drafter new now suggests what a State's blocs support: China (UN path) gets clauses, Germany (Budapest) none
    china, germany = loaded.countries["CHN"], loaded.countries["DEU"]
    agenda = next(a for a in loaded.agendas.values() if a.id not in library.load().agendas)
    assert suggest_clauses(loaded, china, agenda, list(agenda.topics), "operative")
    assert suggest_clauses(loaded, germany, agenda, list(agenda.topics), "operative") == []


@pytest.mark.parametrize("csv, message", [
    ("iso3,vote\nCHN,Y\nXXX,N\n", r"votes\.csv:3: unknown State 'XXX'"),
    ("iso3,vote\nCHN,maybe\n", r"votes\.csv:2: unknown vote 'maybe'"),
    ("country,ballot\nChina,Y\n", r"votes\.csv:1: the header must name a State column .* and a 'vote' column"),
    ("# a comment\niso3,vote\nCHN,Y\nChina,N\n", r"votes\.csv:4: China votes twice"),
    ("iso3,vote\nCHN\n", r"votes\.csv:2: 1 column;"),
])
def test_a_vote_record_that_cannot_be_read_is_refused(run, tmp_path: Path, csv: str, message: str) -> None:
    (tmp_path / "votes.csv").write_text(csv, encoding="utf-8")
    status, _, err = run("library", "import", str(EN), "--out", str(tmp_path / "x"), "--votes", "A/RES/74/247",
                         str(tmp_path / "votes.csv"))
    assert status == 2 and re.search(message, err), err
    assert not (tmp_path / "x").exists()


def test_votes_for_a_document_not_imported_are_refused(run, tmp_path: Path) -> None:
    status, _, err = run("library", "import", str(EN), "--out", str(tmp_path / "x"), "--votes", "A/RES/74/1",
                         str(VOTES))
    assert status == 2 and "--votes A/RES/74/1: none of the imported documents has that symbol" in err
    assert "A/RES/74/247" in err and not (tmp_path / "x").exists()


def test_topics_suggested_from_the_words(run, tmp_path: Path) -> None:
    out = tmp_path / "cyber"
    status, _, err = run("library", "import", str(EN), str(ZH), "--out", str(out), "--suggest-topics")
    assert status == 0, err
    assert re.search(r"suggested topics: \d+ clauses?", err)
    assert run("library", "lint", str(out))[0] == 0
    loaded = library.load([library.builtin_library(), out])
    capacity = loaded.clauses["a74-247-op-5"]  # donor countries to provide assistance … technical assistance
    assert capacity.topics[0] != "capacity-building" and "capacity-building" in capacity.topics
    text = (out / "clauses" / "a74-247.yaml").read_text(encoding="utf-8")
    assert re.search(r"^  - capacity-building  # suggested from the words .*assistance.*technical", text, re.M), text
    # the topics written by the import are not suggested: every clause has its resolution's topic first
    assert all(c.topics[0] == capacity.topics[0] for c in loaded.clauses.values() if c.id.startswith("a74-247"))
    status, shown, _ = run("clauses", "--library", str(out), "--topic", "capacity-building", "--kind", "operative")
    assert status == 0 and "a74-247-op-5" in shown


def test_suggestions_without_stances(tmp_path: Path, lib: library.Library) -> None:
    """An imported library has no stances: the suggestion still has the size a chair expects, in the draft's
    language, clauses repeated across resolutions first, no lead phrase twice while the topic offers another."""
    later = tmp_path / "75_1.docx"
    import docx

    document = docx.Document(str(EN))
    for paragraph in document.paragraphs:
        for run_ in paragraph.runs:
            if run_.text == "A/RES/74/247":
                run_.text = "A/RES/75/1"
            if "donor countries to provide assistance" in run_.text:
                run_.text = run_.text.replace("assistance", "support")
    document.save(str(later))
    out = tmp_path / "lib"
    importer.run(importer.Options([UN_FIXTURES / "74_19.docx", EN, later], out, topic="mix",
                                  topic_names=["Mix", "混合"]), lib)
    loaded = library.load([library.builtin_library(), out])
    country = loaded.countries["FRA"]
    agenda = loaded.agendas["mix"]
    assert default_topics(loaded, country, agenda) == ["mix"]
    for kind, (low, high) in (("preambular", PREAMBULAR_RANGE), ("operative", OPERATIVE_RANGE)):
        chosen = suggest_clauses(loaded, country, agenda, ["mix"], kind, "en")
        assert low <= len(chosen) <= high
        phrases = [loaded.clauses[c].phrase for c in chosen]
        assert len(set(phrases)) == len(phrases)
        repeated = {c.phrase for c in loaded.clauses.values() if len(c.sources) > 1 and c.kind == kind}
        assert len(repeated) >= 3  # 74/247 and its copy: common ground to start from
        assert sum(len(loaded.clauses[c].sources) > 1 for c in chosen) == min(len(chosen), len(repeated))
    answers = Answers(kind="resolution", language="zh", agenda="mix", country="FRA")
    assert all("zh" in loaded.clauses[c].languages for c in suggested_ids(loaded, answers, ["mix"], "operative"))
