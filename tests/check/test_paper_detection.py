"""A position paper is recognised (drafter's own, students' published papers) and a resolution never is: every
student draft of the bench corpus, the UN texts (the fixtures, and the shared corpus when it stands beside the
repository) and every resolution example drafter builds."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import ROOT, STUDENT_CORPUS, UN_CORPUS, UN_FIXTURES, UN_SC_FIXTURES
from students import student_docx

from drafter import library
from drafter.compose import answers, assemble, render
from drafter.structure.paper import looks_like_paper
from drafter.word import reader

PAPERS = ROOT / "bench" / "papers"


def _as_docx(text: Path, folder: Path) -> Path:
    return student_docx(text, folder / (text.stem + ".docx"))


def test_no_student_draft_is_a_paper(tmp_path: Path) -> None:
    texts = sorted(STUDENT_CORPUS.rglob("*.txt"))
    assert len(texts) >= 30
    taken = [t.name for t in texts if looks_like_paper(reader.read(_as_docx(t, tmp_path)))]
    taken += [d.name for d in sorted(STUDENT_CORPUS.rglob("*.docx")) if looks_like_paper(reader.read(d))]
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
def test_published_papers_are_papers(text: Path, tmp_path: Path) -> None:
    assert looks_like_paper(reader.read(_as_docx(text, tmp_path)))
