"""A misread of a draft's shape must not hide the faults the shape does not concern (issue #20). Each dev corpus
draft (bench/students/*.txt) is mutated into a shape no blind set has as such — organ line removed, preamble
lettered "A)" or numbered "1.", every end mark of the body dropped, these combined, the topic line put after the
sponsors, the operative part set in a table — and checked again: the errors and warnings of the original on the
paragraphs the mutation kept, from rules the mutation does not concern, must mostly still be there, and the
mutation must not bring many findings of such rules that the original did not have."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from paths import STUDENT_CORPUS
from students import bench_students

from drafter import check, library, structure
from drafter.word import reader

DRAFTS = sorted(STUDENT_CORPUS.glob("*.txt"))
KEPT = 0.85  # the share of the original's findings that must survive each mutation, over the corpus
ADDED = 0.2  # at most this many findings the original did not have, for each one it had

END_RULES = frozenset({"preambular-end", "operative-end", "final-stop", "sub-end", "chapeau-colon", "organ-line",
                       "paragraph-broken", "clause-after-break", "preambular-after-break"})
LABEL_RULES = frozenset({"preambular-numbered", "numbering-sequence", "numbering-form", "numbering-mixed",
                         "numbering-absent", "numbering-restart", "operative-unnumbered", "organ-line",
                         "stray-full-stop", "label-doubled"})
HEADING_RULES = frozenset({"heading-missing", "sponsor-line", "sponsor-order", "sponsor-signatory"})
ORGAN_RULES = frozenset({"organ-line"})


@dataclass
class Mutant:
    """A mutated draft: its paragraphs (or a .docx of its own), the 1-based index of a paragraph it removed, the
    rules it concerns."""

    paragraphs: list[str]
    concerns: frozenset[str]
    removed: int | None = None
    table: tuple[int, int] | None = None  # first and last paragraph set in a one-column table


@dataclass
class Tally:
    kept: int = 0
    before: int = 0
    added: int = 0
    lost: list[str] = field(default_factory=list)


def docx(paragraphs: list[str], out: Path, table: tuple[int, int] | None = None) -> Path:
    """Plain paragraphs as bench/students.py writes them; with ``table``, those paragraphs one a row of a table."""
    if table is None:
        bench_students.to_docx(paragraphs, out)
        return out
    doc = Document()
    rows = None
    for index, text in enumerate(paragraphs, 1):
        if table[0] <= index <= table[1]:
            rows = rows if rows is not None else doc.add_table(rows=0, cols=1)
            run = rows.add_row().cells[0].paragraphs[0].add_run(text)
        else:
            run = doc.add_paragraph().add_run(text)
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    doc.save(str(out))
    return out


def relabel(paragraphs: list[str], targets: list[int], label: Callable[[str, int], str]) -> list[str]:
    out = list(paragraphs)
    for count, index in enumerate(targets):
        out[index - 1] = label(out[index - 1], count)
    return out


def without(paragraphs: list[str], index: int | None) -> list[str]:
    return [p for i, p in enumerate(paragraphs, 1) if i != index]


def lettered(text: str, count: int) -> str:
    return f"{chr(ord('A') + count % 26)}) {text}"


def numbered(text: str, count: int) -> str:
    return f"{count + 1}. {text}"


def unmarked(text: str, count: int) -> str:
    return text.rstrip(",;.:，；。：")


def mutants(paragraphs: list[str], read: structure.Structure) -> dict[str, Mutant]:
    """Every mutation that applies to the draft (a preamble to letter, an organ line to remove, …)."""
    preamble = [n.para.index for n in read.preamble]
    body = preamble + [n.para.index for n in read.operative]
    organ = read.organ.para.index if read.organ is not None else None
    out: dict[str, Mutant] = {}
    if len(preamble) >= 2:
        out["lettered preamble"] = Mutant(relabel(paragraphs, preamble, lettered), LABEL_RULES)
        out["numbered preamble"] = Mutant(relabel(paragraphs, preamble, numbered), LABEL_RULES)
    if body:
        out["no end marks"] = Mutant(relabel(paragraphs, body, unmarked), END_RULES)
    if organ is not None:
        out["no organ line"] = Mutant(without(paragraphs, organ), ORGAN_RULES, organ)
        if len(preamble) >= 2:
            out["no organ line, lettered preamble"] = Mutant(
                without(relabel(paragraphs, preamble, lettered), organ), ORGAN_RULES | LABEL_RULES, organ)
            out["no organ line, numbered preamble"] = Mutant(
                without(relabel(paragraphs, preamble, numbered), organ), ORGAN_RULES | LABEL_RULES, organ)
        if body:
            out["no organ line, no end marks"] = Mutant(
                without(relabel(paragraphs, body, unmarked), organ), ORGAN_RULES | END_RULES, organ)
    topic = next((i for i, p in enumerate(paragraphs[:8], 1) if p.lower().startswith(("topic", "question", "议题"))),
                 None)
    sponsors = next((i for i, p in enumerate(paragraphs[:8], 1)
                     if p.lower().startswith(("sponsor", "submitted by", "起草国"))), None)
    if topic is not None and sponsors is not None and topic < sponsors:
        swapped = list(paragraphs)
        swapped[topic - 1], swapped[sponsors - 1] = swapped[sponsors - 1], swapped[topic - 1]
        out["topic after the sponsors"] = Mutant(swapped, HEADING_RULES | {"heading-missing"})
    operative = [n.para.index for n in read.operative]
    if len(operative) >= 2:
        last = max(n.para.index for n in read.nodes
                   if n.role in ("operative", "sub", "continuation") and n.para.index >= operative[0])
        out["operative part in a table"] = Mutant(list(paragraphs), frozenset(), table=(operative[0], last))
    return out


def findings(path: Path, lib: library.Library, concerns: frozenset[str], removed: int | None) -> set[tuple[int, str]]:
    """(paragraph of the original, rule) of the errors and warnings of rules the mutation does not concern."""
    report, _ = check.check_file(path, lib)
    out = set()
    for finding in report.findings:
        if finding.severity not in ("error", "warning") or finding.rule in concerns:
            continue
        index = finding.paragraph + 1 if removed is not None and finding.paragraph >= removed else finding.paragraph
        out.add((index, finding.rule))
    return out


@pytest.fixture(scope="module")
def tallies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Tally]:
    lib = library.load([library.builtin_library()])
    tmp = tmp_path_factory.mktemp("mutations")
    out: dict[str, Tally] = {}
    for source in DRAFTS:
        paragraphs = bench_students.text_paragraphs(source)
        original = docx(paragraphs, tmp / "original.docx")
        read = structure.read_structure(reader.read(original), lib)
        for name, mutant in mutants(paragraphs, read).items():
            before = {f for f in findings(original, lib, mutant.concerns, None) if f[0] != mutant.removed}
            after = findings(docx(mutant.paragraphs, tmp / "mutant.docx", mutant.table), lib, mutant.concerns,
                             mutant.removed)
            tally = out.setdefault(name, Tally())
            tally.kept += len(before & after)
            tally.before += len(before)
            tally.added += len(after - before)
            tally.lost += [f"{source.name}:{p} {rule}" for p, rule in sorted(before - after)]
    return out


MUTATIONS = ["lettered preamble", "numbered preamble", "no end marks", "no organ line",
             "no organ line, lettered preamble", "no organ line, numbered preamble", "no organ line, no end marks",
             "topic after the sponsors", "operative part in a table"]


@pytest.mark.parametrize("name", MUTATIONS)
def test_a_mutation_keeps_the_findings_it_does_not_concern(tallies: dict[str, Tally], name: str) -> None:
    tally = tallies[name]
    assert tally.before >= 20, f"too few findings for {name!r} to measure: {tally.before}"
    assert tally.kept >= KEPT * tally.before, (name, tally.kept, tally.before, tally.lost[:12])
    assert tally.added <= ADDED * tally.before, (name, tally.added, tally.before)
