"""The library folder an import writes: library.yaml (topics, committee, agenda; ``extends: [builtin]``),
phrases.yaml for new phrases, one clauses file per document; each file written atomically, none over an earlier
import's unless forced."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from drafter import yamlio
from drafter.files import write_atomic
from drafter.importer.clean import clean, symbol_slug
from drafter.importer.entries import Builder, Entry
from drafter.importer.read import Doc
from drafter.library import Library
from drafter.library.model import LANGS
from drafter.status import DrafterError
from drafter.structure import Node

ORGANS = {  # organ line (en) -> (short id, name en, name zh, organ zh, document symbol prefix, members)
    "The General Assembly": ("ga", "General Assembly", "大会", "大会", "A", 193),
    "The Security Council": ("sc", "Security Council", "安全理事会", "安全理事会", "S", 15),
    "The Economic and Social Council": ("ecosoc", "Economic and Social Council", "经济及社会理事会",
                                        "经济及社会理事会", "E", 54),
    "The Human Rights Council": ("hrc", "Human Rights Council", "人权理事会", "人权理事会", "A/HRC", 47),
}
ORGANS_ZH = {v[3]: k for k, v in ORGANS.items()}


def library_files(builder: Builder, groups: list[list[Doc]], committee: str,
                  lib: Library) -> tuple[dict[str, str], str]:
    """The folder's files (name -> text) and the id of the agenda written for the new topics ("" when none)."""
    files: dict[str, str] = {}
    header = ("# Written by `drafter library import`; the format is in clauses/README.md.\n"
              "# This folder uses the built-in library's phrases: it is loaded on top of it.\n")
    meta: dict[str, object] = {"extends": ["builtin"]}
    agenda_id = ""
    if builder.topics:
        meta["topics"] = [{"id": ident, **({"languages": list(name)} if len(name) == 1 else {}), **name}
                          for ident, name in builder.topics.items()]
        committee_id, new_committee = committee_for(groups, committee, builder.prefix, lib)
        if new_committee:
            meta["committees"] = [new_committee]
        agenda_id = builder.prefix if builder.prefix not in lib.agendas else f"{builder.prefix}-agenda"
        if len(builder.topics) == 1:
            name = dict(next(iter(builder.topics.values())))
        else:
            name = {"en": f"Adopted resolutions ({len(groups)} documents)", "zh": f"已通过的决议（{len(groups)}份文件）"}
        meta["agendas"] = [{"id": agenda_id, "committee": committee_id,
                            **({"languages": list(name)} if len(name) == 1 else {}), **name,
                            "topics": list(builder.topics)}]
    files["library.yaml"] = header + yamlio.dump(meta)
    if builder.new_phrases:
        files["phrases.yaml"] = ("# Lead phrases found in the imported documents but not in the phrase list.\n"
                                 "# review: true - a person should confirm each one (and add the missing language,\n"
                                 "# then remove its 'languages:' line).\n") + yamlio.dump(
            {"phrases": [p.as_data() for p in builder.new_phrases.values()]})
    by_doc: dict[str, list[Entry]] = {}
    for entry in builder.entries.values():
        by_doc.setdefault(entry.doc, []).append(entry)
    for doc_name, entries in by_doc.items():
        clauses = [_clause_data(entry) for entry in entries]
        files[f"clauses/{symbol_slug(doc_name)}.yaml"] = f"# Clauses of {doc_name}\n" + yamlio.dump({"clauses": clauses})
    return files, agenda_id


def _clause_data(entry: Entry) -> dict[str, object]:
    langs = [lang for lang in LANGS if lang in entry.text]
    data: dict[str, object] = {"id": entry.id, "kind": entry.kind, "phrase": entry.phrase, "topics": entry.topics}
    if len(langs) == 1:
        data["languages"] = langs
    for lang in langs:
        data[lang] = entry.text[lang]
    subs = _subs_data(entry.subs, langs)
    if subs:
        data["subparagraphs"] = subs
    if len(entry.sources) == 1:
        data["source"] = entry.sources[0]
    else:
        data["sources"] = entry.sources
    return data


def _subs_data(subs: dict[str, list[Node]], langs: Sequence[str]) -> list[dict[str, object]]:
    """The sub-paragraphs of every language side by side, their text cleaned."""
    first = subs[langs[0]]
    out = []
    for i, _ in enumerate(first):
        item: dict[str, object] = {lang: clean(subs[lang][i].content, lang) for lang in langs}
        children = _subs_data({lang: subs[lang][i].children for lang in langs}, langs)
        if children:
            item["subparagraphs"] = children
        out.append(item)
    return out


def committee_for(groups: list[list[Doc]], committee: str, prefix: str,
                  lib: Library) -> tuple[str, dict[str, object] | None]:
    """The committee whose agenda lists the imported topics: ``committee`` (--committee), else a new one for the
    documents' organ (returned as data to write)."""
    if committee:
        if committee not in lib.committees:
            raise DrafterError(f"unknown committee {committee!r} (known: {', '.join(lib.committees)})")
        return committee, None
    docs = [d for g in groups for d in g]
    organ_en = next((d.organ for d in docs if d.language == "en" and d.organ in ORGANS), "")
    if not organ_en:
        organ_en = next((ORGANS_ZH[d.organ] for d in docs if d.language == "zh" and d.organ in ORGANS_ZH), "")
    if not organ_en:
        seen = sorted({d.organ for d in docs if d.organ}) or ["none found"]
        raise DrafterError(f"cannot tell which committee adopted these documents (organ line: {', '.join(seen)}); "
                           f"give --committee ID (drafter library lint lists the loaded ones)")
    short, en, zh, organ_zh, symbol, members = ORGANS[organ_en]
    ident = f"{prefix}-{short}"
    data: dict[str, object] = {"id": ident, "en": en, "zh": zh,
                            "organ": {"en": organ_en, "zh": organ_zh}, "symbol": symbol}
    sessions = {d.language: d.session for d in docs if d.session}
    if len(sessions) == 2:
        data["session"] = sessions
    first = docs[0]
    if first.agenda_item:
        item = {"number": first.agenda_item}
        for d in groups[0]:
            if d.title:
                item[d.language] = d.title
        data["agenda_item"] = item
    data["members"] = members
    if ident in lib.committees:
        raise DrafterError(f"committee id {ident!r} is already loaded; choose another --topic or give "
                           f"--committee {ident}")
    return ident, data


def write_files(out: Path, files: dict[str, str], force: bool) -> tuple[list[Path], list[Path]]:
    """Write every file, each atomically; refuse before writing anything when one exists and force is not given.
    Return the files written and the other library files already in the folder."""
    existing = [out / name for name in files if (out / name).exists()]
    if existing and not force:
        raise DrafterError(f"{existing[0]} already exists" + (f" (and {len(existing) - 1} more)" if len(existing) > 1 else "")
                           + "; use --force to replace the files of an earlier import")
    written = []
    for name, text in files.items():
        write_atomic(out / name, text.encode("utf-8"), force=force)
        written.append(out / name)
    others = sorted(p for p in out.rglob("*.y*ml") if p.is_file() and p not in written)
    return written, others
