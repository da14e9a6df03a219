"""``drafter library import``: the options, the run from documents to a written folder, and its report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from drafter.importer.clean import slug, symbol_slug
from drafter.importer.entries import Builder, word_frequency
from drafter.importer.organs import plan
from drafter.importer.pair import group_documents
from drafter.importer.read import Doc, Para, read_document
from drafter.importer.suggest import suggest_topics
from drafter.importer.votes import apply_votes, read_votes
from drafter.importer.write import library_files, write_library
from drafter.library import Library
from drafter.status import DrafterError

Progress = Callable[[str, int, int], None]
"""Called as work goes on: what is being done ("reading 74_19.docx"), how much is done, out of how much."""


@dataclass
class Options:
    """What ``drafter library import`` was asked to do."""

    files: list[Path]
    out: Path
    topic: str = ""
    topic_names: list[str] = field(default_factory=list)
    pairs: list[tuple[Path, Path]] = field(default_factory=list)
    committee: str = ""
    force: bool = False
    votes: list[tuple[str, Path]] = field(default_factory=list)  # (the document's symbol or file name, a vote CSV)
    suggest_topics: bool = False


@dataclass
class Report:
    """What the import wrote and what it left out, for the command's output."""

    written: list[Path] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    pairs: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    merged: int = 0
    clauses: int = 0
    bilingual: int = 0
    # per document name and language: (kind, clause id, lead form) of each paragraph, in order
    placed: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)
    new_phrases: int = 0
    agenda: str = ""  # the agenda written for the imported topics ("" when none; the first when several)
    agendas: list[str] = field(default_factory=list)
    committees: list[str] = field(default_factory=list)
    suggested: int = 0  # clauses given a topic suggested by their text
    stances: list[str] = field(default_factory=list)  # one line per vote record applied
    others: list[Path] = field(default_factory=list)  # library files already in the folder that this import did not write


def run(options: Options, lib: Library, progress: Progress | None = None) -> Report:
    """Import the documents into a library folder; nothing is written when anything is wrong."""
    report = Report()
    step = progress or (lambda what, done, total: None)
    out = options.out
    if out.exists() and not out.is_dir():
        raise DrafterError(f"{out} is a file; --out needs a folder", zh=f"{out} 是文件；--out 需要文件夹")
    files = list(dict.fromkeys([*options.files, *(p for pair in options.pairs for p in pair)]))
    if not files:
        raise DrafterError("give at least one .docx file to import", zh="请至少给出一个要导入的 .docx 文件")
    for path in files:
        if not path.is_file():
            raise DrafterError.unreadable(path, "no such file", "没有此文件")
    votes = [(target, read_votes(path, lib)) for target, path in options.votes]
    docs: dict[Path, Doc] = {}
    for n, path in enumerate(files):
        step(f"reading {path.name}", n, len(files))
        docs[path] = read_document(path, lib)
    step("reading", len(files), len(files))
    grouping = group_documents(docs, options.pairs)
    groups = grouping.groups
    report.pairs.extend(grouping.paired)
    report.mismatches.extend(grouping.unpaired)
    names, files_of = _unique_names(groups)
    name_of = {id(group[0]): name for group, name in zip(groups, names)}
    key_of: dict[str, str] = {}  # group name -> its resolution: both language versions, paired or not
    for group, name in zip(groups, names):
        english = grouping.split.get(id(group[0]), group[0])
        key_of[name] = english.symbol or name_of[id(english)]
    resolutions: dict[str, list[Doc]] = {}
    for group, name in zip(groups, names):
        resolutions.setdefault(key_of[name], []).extend(group)
    prefix = options.topic or slug(out.resolve().name, 24) or "imported"
    order: list[tuple[str, dict[str, Para], str, dict[str, str]]] = []
    for group, name, file in zip(groups, names, files_of):
        if len(group) == 2:
            versions_list = [dict(zip((d.language for d in group), pair)) for pair in zip(group[0].paras, group[1].paras)]
        else:
            versions_list = [{group[0].language: p} for p in group[0].paras]
        for doc in group:
            report.left_out.extend(doc.left_out)
            report.repaired.extend(doc.repaired)
        for versions in versions_list:
            order.append((name, versions, file, _source(group, versions)))
        report.documents.append(f"{name} ({'+'.join(d.language for d in group)}): {len(versions_list)} paragraphs")
    builder = Builder(lib, prefix, word_frequency([p for _, versions, _, _ in order for p in versions.values()]))
    topic_for = builder.topics_for(resolutions, options.topic, options.topic_names)
    for n, (name, versions, file, source) in enumerate(order):
        if n % 50 == 0:
            step("comparing paragraphs", n, len(order))
        entry, forms = builder.add(name, file, versions, topic_for[key_of[name]], source)
        for lang, para in versions.items():
            report.placed.setdefault((name, lang), []).append((para.kind, entry.id, forms[lang]))
    step("comparing paragraphs", len(order), len(order))
    if options.suggest_topics:
        report.suggested = suggest_topics(builder, lib)
    for target, record in votes:
        report.stances.append(apply_votes(builder, record, target, names, lib))
    report.merged = builder.merged
    report.clauses = len(builder.entries)
    report.bilingual = sum(1 for e in builder.entries.values() if len(e.text) == 2)
    report.new_phrases = len(builder.new_phrases)
    layout = plan(resolutions, topic_for, builder.topics, options.committee, options.topic, prefix, lib)
    report.agendas = [str(a["id"]) for a in layout.agendas]
    report.agenda = report.agendas[0] if report.agendas else ""
    report.committees = [str(c["id"]) for c in layout.committees]
    step("checking the library", 0, 1)
    report.written, report.others = write_library(out, library_files(builder, layout), options.force, lib.folders)
    step("checking the library", 1, 1)
    return report


def _unique_names(groups: list[list[Doc]]) -> tuple[list[str], list[str]]:
    """A name for each group as the report shows it (the symbol, else the file name; the path when two files share
    a name) and the name of its clauses file (no two alike: a74-247, a74-247-zh, notes-2)."""
    names = []
    file_names: dict[str, int] = {}
    for group in groups:
        file_names[group[0].path.name] = file_names.get(group[0].path.name, 0) + 1
    for group in groups:
        doc = group[0]
        name = doc.symbol or (doc.path.name if file_names[doc.path.name] == 1 else str(doc.path))
        names.append(name)
    counted: dict[str, int] = {}
    for name in names:
        counted[name] = counted.get(name, 0) + 1
    files, taken = [], set()
    for group, name in zip(groups, names):
        base = symbol_slug(group[0].symbol or group[0].path.stem) or "doc"
        if counted[name] > 1:  # the two language versions of one resolution, not paired
            base = f"{base}-{group[0].language}"
        file, n = base, 1
        while file in taken:
            n += 1
            file = f"{base}-{n}"
        taken.add(file)
        files.append(file)
    return names, files


def _source(group: list[Doc], versions: dict[str, Para]) -> dict[str, str]:
    """Where a paragraph comes from: the symbol (else the file) and the paragraph, with the text of any Word
    footnote it refers to."""
    first = next(iter(versions.values()))
    source = {"symbol": group[0].symbol, "ref": first.ref} if group[0].symbol else \
        {"ref": first.ref, "note": f"file {', '.join(d.path.name for d in group)}"}
    footnotes = next((p.footnotes for lang in ("en", "zh") if (p := versions.get(lang)) and p.footnotes), [])
    if footnotes:
        text = "footnote: " + " | ".join(footnotes)
        source["note"] = f"{source['note']}; {text}" if "note" in source else text
    return source


def answers_for(report: Report, name: str, lang: str, agenda: str, country: str) -> dict[str, object]:
    """An answers file (as data) that rebuilds document ``name`` in ``lang`` from its imported clauses."""
    clauses: dict[str, list[dict[str, str]]] = {"preambular": [], "operative": []}
    for kind, ident, form in report.placed[(name, lang)]:
        clauses[kind].append({"id": ident, "form": form})
    return {"kind": "resolution", "language": lang, "profile": "un", "agenda": agenda, "country": country,
            "sponsors": [country], **clauses}
