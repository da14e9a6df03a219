"""``drafter library import``: the options, the run from documents to a written folder, and its report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter.importer.clean import slug, symbol_slug
from drafter.importer.entries import Builder
from drafter.importer.pair import group_documents
from drafter.importer.read import Doc, Para, read_document
from drafter.importer.write import library_files, write_files
from drafter.library import Library
from drafter.status import DrafterError, ExitStatus


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


@dataclass
class Report:
    """What the import wrote and what it left out, for the command's output."""

    written: list[Path] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    pairs: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    merged: int = 0
    clauses: int = 0
    # per document name and language: (kind, clause id, lead form) of each paragraph, in order
    placed: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)
    new_phrases: int = 0
    agenda: str = ""  # the agenda written for the imported topics ("" when they belong to a loaded one)
    others: list[Path] = field(default_factory=list)  # library files already in the folder that this import did not write


def run(options: Options, lib: Library) -> Report:
    """Import the documents into a library folder; nothing is written when anything is wrong."""
    report = Report()
    out = options.out
    if out.exists() and not out.is_dir():
        raise DrafterError(f"{out} is a file; --out needs a folder")
    files = list(dict.fromkeys([*options.files, *(p for pair in options.pairs for p in pair)]))
    if not files:
        raise DrafterError("give at least one .docx file to import")
    for path in files:
        if not path.is_file():
            raise DrafterError(f"{path}: no such file", ExitStatus.UNREADABLE)
    docs: dict[Path, Doc] = {}
    for path in files:
        docs[path] = read_document(path, lib)
    grouping = group_documents(docs, options.pairs)
    groups = grouping.groups
    report.pairs.extend(grouping.paired)
    report.mismatches.extend(grouping.unpaired)
    prefix = options.topic or slug(out.resolve().name, 24) or "imported"
    builder = Builder(lib, prefix)
    topic_for = builder.topics_for(groups, options.topic, options.topic_names)
    order: list[tuple[str, dict[str, Para], str, dict[str, str]]] = []
    for group in groups:
        name = group[0].name
        slug_ = symbol_slug(group[0].symbol or group[0].path.stem)
        if len(group) == 2:
            versions_list = [dict(zip((d.language for d in group), pair)) for pair in zip(group[0].paras, group[1].paras)]
        else:
            versions_list = [{group[0].language: p} for p in group[0].paras]
        if len(group) == 1 and any(g is not group and g[0].name == name for g in groups):
            slug_ = f"{slug_}-{group[0].language}"
        for doc in group:
            report.left_out.extend(doc.left_out)
        for versions in versions_list:
            first = next(iter(versions.values()))
            source = {"symbol": group[0].symbol, "ref": first.ref} if group[0].symbol else \
                {"ref": first.ref, "note": f"file {', '.join(d.path.name for d in group)}"}
            order.append((name, versions, slug_, source))
        report.documents.append(f"{name} ({'+'.join(d.language for d in group)}): {len(versions_list)} paragraphs")
    for name, versions, slug_, source in order:
        entry, forms = builder.add(name, slug_, versions, topic_for[name], source)
        for lang, para in versions.items():
            report.placed.setdefault((name, lang), []).append((para.kind, entry.id, forms[lang]))
    report.merged = builder.merged
    report.clauses = len(builder.entries)
    report.new_phrases = len(builder.new_phrases)
    files_out, report.agenda = library_files(builder, groups, options.committee, lib)
    report.written, report.others = write_files(out, files_out, options.force)
    return report


def answers_for(report: Report, name: str, lang: str, agenda: str, country: str) -> dict[str, object]:
    """An answers file (as data) that rebuilds document ``name`` in ``lang`` from its imported clauses."""
    clauses: dict[str, list[dict[str, str]]] = {"preambular": [], "operative": []}
    for kind, ident, form in report.placed[(name, lang)]:
        clauses[kind].append({"id": ident, "form": form})
    return {"kind": "resolution", "language": lang, "profile": "un", "agenda": agenda, "country": country,
            "sponsors": [country], **clauses}
