"""The whole shared corpora (shared/un-corpus/ga74 and sc2020; skipped where they are absent): every document is
imported, no clause keeps a typed footnote number, a doubled space or a space before a mark, the library loads
clean, and a draft built from each imported agenda checks clean."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from paths import UN_CORPUS

from drafter import importer, library, yamlio

CORPUS = UN_CORPUS
GLUED = re.compile(r"[a-z]{3}\d{1,3}(?:,\d)?\b(?![./-])|;\d|[》”]\d{1,3}(?=[\s\u4e00-\u9fff，；。])|[；。]\d{1,3}$")
SPACES = re.compile(r"  | [,;:.)]|\( |\s(?=[\u4e00-\u9fff，；。：、》）])|(?<=[\u4e00-\u9fff，；。：、《（])\s")


def _texts(clause: library.model.Clause) -> list[str]:
    return [text for t in clause.texts() for text in (t.en, t.zh) if text]


@pytest.mark.skipif(CORPUS is None, reason="the shared UN corpus is not on this machine")
@pytest.mark.parametrize("name", ["ga74", "sc2020"])
def test_a_whole_corpus(run, tmp_path: Path, lib: library.Library, name: str) -> None:
    assert CORPUS is not None
    files = sorted((CORPUS / name).glob("*.docx"))
    out = tmp_path / name
    report = importer.run(importer.Options(files, out), lib)
    read = sum(len(re.search(r"\(([a-z+]+)\)", line).group(1).split("+")) for line in report.documents)  # type: ignore[union-attr]
    assert read == len(files)  # every document imported (none refused: a refusal would name it and stop)
    loaded, problems = library.load_with_problems([library.builtin_library(), out])
    assert problems == []
    imported = [c for c in loaded.clauses.values() if c.id not in lib.clauses]
    assert len(imported) == report.clauses and report.bilingual > 0.8 * report.clauses
    assert not [t for c in imported for t in _texts(c) if GLUED.search(t)]
    assert not [t for c in imported for t in _texts(c) if SPACES.search(t)]
    for n, agenda in enumerate(a for a in loaded.agendas.values() if a.id in report.agendas):
        lang = "en" if n % 2 == 0 else "zh"
        clauses = [c for c in loaded.clauses.values() if set(c.topics) & set(agenda.topics) and lang in c.languages]
        if not any(c.kind == "operative" for c in clauses):
            lang = "zh" if lang == "en" else "en"
            clauses = [c for c in loaded.clauses.values() if set(c.topics) & set(agenda.topics) and lang in c.languages]
        chosen = [c for c in clauses if c.kind == "preambular"][:4] + [c for c in clauses if c.kind == "operative"][:5]
        answers = tmp_path / f"{agenda.id}.yaml"
        answers.write_text(yamlio.dump({
            "kind": "resolution", "language": lang, "agenda": agenda.id, "country": "BRA", "sponsors": ["BRA"],
            "date": "2026-10-20", "preambular": [c.id for c in chosen if c.kind == "preambular"],
            "operative": [c.id for c in chosen if c.kind == "operative"]}), encoding="utf-8")
        status, _, err = run("build", str(answers), "--library", str(out))
        assert status == 0, err
        status, shown, _ = run("check", str(answers.with_suffix(".docx")), "--library", str(out), "--format", "json")
        findings = [f for f in json.loads(shown)[0]["findings"] if f["severity"] in ("error", "warning")]
        assert not findings, (agenda.id, lang, findings)
