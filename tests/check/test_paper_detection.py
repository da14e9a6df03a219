"""A position paper is recognised (drafter's own, students' published papers) and a resolution never is: every
student draft of the bench corpus, the UN texts (the fixtures, and the shared corpus when it stands beside the
repository) and every resolution example drafter builds."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import ROOT, STUDENT_CORPUS, UN_CORPUS, UN_FIXTURES, UN_SC_FIXTURES
from students import student_docx

from drafter import library
from drafter.check import is_position_paper
from drafter.compose import answers, assemble, render
from drafter.structure.paper import looks_like_paper
from drafter.word import reader

PAPERS = ROOT / "bench" / "papers"


def _as_docx(text: Path, folder: Path) -> Path:
    return student_docx(text, folder / (text.stem + ".docx"))


def test_no_student_draft_is_a_paper(lib: library.Library, tmp_path: Path) -> None:
    """Also a draft whose clauses close with full stops under a paper-like heading ("Delegate: / Delegation: /
    Question Of:"): its lead phrases tell (the checker's own test, with the library)."""
    texts = sorted(STUDENT_CORPUS.rglob("*.txt"))
    assert len(texts) >= 30
    taken = [t.name for t in texts if is_position_paper(reader.read(_as_docx(t, tmp_path)), lib)]
    taken += [d.name for d in sorted(STUDENT_CORPUS.rglob("*.docx")) if is_position_paper(reader.read(d), lib)]
    assert taken == []


def test_no_un_resolution_is_a_paper() -> None:
    documents = sorted(UN_FIXTURES.glob("*.docx")) + sorted(UN_SC_FIXTURES.glob("*.docx"))
    if UN_CORPUS is not None:
        documents += sorted(UN_CORPUS.glob("*/*.docx"))
    assert [d.name for d in documents if looks_like_paper(reader.read(d))] == []


def test_examples_are_told_apart(lib: library.Library, tmp_path: Path) -> None:
    """Every example: a paper when its answers say position-paper, a resolution otherwise."""
    seen = []
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        parsed = answers.read(example, lib)
        out = tmp_path / f"{example.stem}.docx"
        out.write_bytes(render.to_docx(assemble.assemble(parsed, lib)))
        seen.append((example.name, looks_like_paper(reader.read(out)), parsed.kind == "position-paper"))
    assert [name for name, found, wanted in seen if found != wanted] == []
    assert sum(wanted for *_, wanted in seen) == 2


@pytest.mark.parametrize("text", sorted(PAPERS.glob("*.txt")), ids=lambda p: p.name)
def test_published_papers_are_papers(lib: library.Library, text: Path, tmp_path: Path) -> None:
    doc = reader.read(_as_docx(text, tmp_path))
    assert looks_like_paper(doc)
    assert is_position_paper(doc, lib)  # their sentences are not read as lead-phrase clauses


def _written(text: str, folder: Path) -> Path:
    path = folder / "draft.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_clauses_closed_with_full_stops_under_a_paper_like_heading_are_a_resolution(lib: library.Library,
                                                                                   tmp_path: Path) -> None:
    """Sentences of our own: a delegate's heading (three paper header fields) over clauses that open with lead
    phrases but end with full stops is a draft resolution; the same heading over a paper's prose is a paper."""
    heading = "Delegate: Ana Ruiz\nDelegation: Peru\nQuestion Of: Safe drinking water in mountain towns\n"
    clauses = ("Deeply concerned that many mountain towns still lack safe drinking water.\n"
               "Recalling that clean water was recognised as a human right in the year two thousand and ten.\n"
               "Fully aware that repairing old pipes costs less than building new reservoirs for every town.\n"
               "Noting with regret that rural clinics keep reporting cases of illness spread through water.\n"
               "1- Encourages Member States to repair the pipes that serve mountain towns before new works begin.\n")
    prose = ("Peru has worked for many years to bring safe water to the towns of its highlands and valleys.\n"
             "In two thousand and ten the country supported the resolution that recognised water as a right.\n"
             "Our delegation believes that repairing old pipes is the cheapest way to reach every family soon.\n"
             "We therefore propose a fund that helps local councils pay for repairs and for regular testing.\n")
    draft = reader.read(_as_docx(_written(heading + clauses, tmp_path), tmp_path))
    paper = reader.read(_as_docx(_written(heading + prose, tmp_path), tmp_path))
    assert looks_like_paper(draft)  # the heading alone points to a paper
    assert not is_position_paper(draft, lib)
    assert is_position_paper(paper, lib)


HEADING = "Delegate: Ana Ruiz\nDelegation: Peru\nQuestion Of: Safe drinking water in mountain towns\n"
PROSE = ("Peru has worked for many years to bring safe water to the towns of its highlands and valleys.\n"
         "In two thousand and ten the country supported the resolution that recognised water as a right.\n"
         "Our delegation believes that repairing old pipes is the cheapest way to reach every family soon.\n"
         "We therefore propose a fund that helps local councils pay for repairs and for regular testing.\n"
         "The fund would be run by the regional banks and audited every year by independent experts.\n"
         "Small towns could then apply for grants without waiting for the national budget to be passed.\n")


def test_three_lead_clauses_in_a_row_make_a_resolution_whatever_follows(lib: library.Library,
                                                                          tmp_path: Path) -> None:
    """A draft cut short after three preambular clauses, under a delegate's heading and above prose that is
    no clause (a note pasted after it): the run of clauses tells, though they are fewer than three in five."""
    clauses = ("Deeply concerned that many mountain towns still lack safe drinking water.\n"
               "Recalling that clean water was recognised as a human right in the year two thousand and ten.\n"
               "Fully aware that repairing old pipes costs less than building new reservoirs for every town.\n")
    draft = reader.read(_as_docx(_written(HEADING + clauses + PROSE, tmp_path), tmp_path))
    assert not is_position_paper(draft, lib)


def test_an_organ_line_before_a_lead_clause_makes_a_resolution(lib: library.Library, tmp_path: Path) -> None:
    clause = "Noting that many mountain towns still lack safe drinking water and clinics report illness.\n"
    draft = reader.read(_as_docx(_written(HEADING + "The General Assembly,\n" + clause + PROSE, tmp_path),
                                 tmp_path))
    assert not is_position_paper(draft, lib)


def test_a_paper_with_two_sentences_opening_like_clauses_stays_a_paper(lib: library.Library, tmp_path: Path) -> None:
    sentences = ("Recalling the floods of last year, Peru asks for help to rebuild the pumping stations.\n"
                 "Noting the cost of bottled water, our delegation supports a cap on its price in rural areas.\n")
    lines = PROSE.splitlines(keepends=True)
    paper = reader.read(_as_docx(_written(HEADING + lines[0] + sentences + "".join(lines[1:]), tmp_path),
                                 tmp_path))
    assert is_position_paper(paper, lib)
