"""The library folder an import writes: library.yaml (extends, topics, committees, agendas), phrases.yaml (new lead
phrases for review) and one clauses file per document, with the reason for each suggested topic and derived stance
written beside it. The files are written to a folder beside the target, loaded there with the libraries the import
used, and moved into place only when they load without a problem: a failed import leaves nothing behind."""

from __future__ import annotations

import os
import re
import secrets
import shutil
from collections.abc import Sequence
from pathlib import Path

from drafter import yamlio
from drafter.importer.entries import Builder, Entry
from drafter.importer.organs import Plan
from drafter.importer.read import Sub
from drafter.library import load_with_problems
from drafter.library.model import LANGS
from drafter.oserrors import reason_zh
from drafter.status import DrafterError


def library_files(builder: Builder, plan: Plan) -> dict[str, str]:
    """The folder's files: name -> text."""
    files: dict[str, str] = {}
    header = ("# Written by `drafter library import`; the format is in clauses/README.md.\n"
              "# This folder uses the built-in library's phrases: it is loaded on top of it.\n")
    meta: dict[str, object] = {"extends": ["builtin"]}
    if builder.topics:
        meta["topics"] = [{"id": ident, **({"languages": list(name)} if len(name) == 1 else {}), **name}
                          for ident, name in builder.topics.items()]
    if plan.committees:
        meta["committees"] = plan.committees
    if plan.agendas:
        meta["agendas"] = plan.agendas
    files["library.yaml"] = header + yamlio.dump(meta)
    if builder.new_phrases:
        files["phrases.yaml"] = ("# Lead phrases found in the imported documents but not in the phrase list.\n"
                                 "# review: true - a person should confirm each one (and add the missing language,\n"
                                 "# then remove its 'languages:' line).\n") + yamlio.dump(
            {"phrases": [p.as_data() for p in builder.new_phrases.values()]})
    by_file: dict[str, list[Entry]] = {}
    for entry in builder.entries.values():
        by_file.setdefault(entry.file, []).append(entry)
    for file, entries in by_file.items():
        text = yamlio.dump({"clauses": [_clause_data(entry) for entry in entries]})
        files[f"clauses/{file}.yaml"] = f"# Clauses of {entries[0].doc}\n" + _with_notes(text, builder.entries)
    return files


def _clause_data(entry: Entry) -> dict[str, object]:
    langs = [lang for lang in LANGS if lang in entry.text]
    data: dict[str, object] = {"id": entry.id, "kind": entry.kind, "phrase": entry.phrase, "topics": entry.topics}
    if entry.stances:
        data["stances"] = entry.stances
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


def _subs_data(subs: dict[str, list[Sub]], langs: Sequence[str]) -> list[dict[str, object]]:
    """The sub-paragraphs of every language side by side."""
    out = []
    for i, _ in enumerate(subs[langs[0]]):
        item: dict[str, object] = {lang: subs[lang][i].text for lang in langs}
        children = _subs_data({lang: subs[lang][i].children for lang in langs}, langs)
        if children:
            item["subparagraphs"] = children
        out.append(item)
    return out


_ID_LINE = re.compile(r"^- id: (\S+)$")
_SECTION = re.compile(r"^  (topics|stances):$")
_ITEM = {"topics": re.compile(r"^  - (\S+)$"), "stances": re.compile(r"^    (\S+): \S+$")}


def _with_notes(text: str, entries: dict[str, Entry]) -> str:
    """The dumped clauses with each clause's notes (why a topic was suggested, how a stance was derived) written as
    a comment at the end of the topic's or the stance's line."""
    out = []
    entry: Entry | None = None
    section = ""
    for line in text.splitlines():
        found = _ID_LINE.match(line)
        if found:
            entry, section = entries.get(found.group(1)), ""
        elif _SECTION.match(line):
            section = line.strip()[:-1]
        elif section and not (line.startswith("  - ") or line.startswith("    ")):
            section = ""
        item = _ITEM[section].match(line) if section else None
        if entry is not None and item:
            note = entry.notes.get(f"{section[:-1]}:{item.group(1)}")
            if note:
                line += "  # " + " ".join(note.split())
        out.append(line)
    return "\n".join(out) + "\n"


def write_library(out: Path, files: dict[str, str], force: bool, dirs: tuple[Path, ...] | list[Path]) -> tuple[
        list[Path], list[Path]]:
    """Write every file into ``out``, only once the whole folder loads without a problem on top of ``dirs`` (the
    libraries the import used); refuse before writing anything when a file exists and ``force`` is not given.
    Return the files written and the other library files already in the folder."""
    existing = [out / name for name in files if (out / name).exists()]
    if existing and not force:
        raise DrafterError(f"{existing[0]} already exists" + (f" (and {len(existing) - 1} more)" if len(existing) > 1 else "")
                           + "; use --force to replace the files of an earlier import",
                           zh=f"{existing[0]} 已存在" + (f"（另有{len(existing) - 1}个）" if len(existing) > 1 else "")
                           + "；要替换上次导入的文件，请用 --force")
    staging = out.parent / f".{out.name[:60]}.import-{secrets.token_hex(6)}"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
    except OSError as exc:
        raise DrafterError(f"cannot write {out}: {exc.strerror}", zh=f"无法写入 {out}（{reason_zh(exc)}）") from None
    try:
        for name, text in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_text(text, encoding="utf-8")
        _, problems = load_with_problems([d for d in dirs if d.resolve() != out.resolve()] + [staging])
        if problems:
            shown = "\n".join(f"  {str(p).replace(str(staging), str(out))}" for p in problems[:10])
            more = f"\n  … and {len(problems) - 10} more" if len(problems) > 10 else ""
            shown_zh = "\n".join(f"  {p.text('zh').replace(str(staging), str(out))}" for p in problems[:10])
            more_zh = f"\n  ……另有{len(problems) - 10}个问题" if len(problems) > 10 else ""
            raise DrafterError(f"the imported library would not load, so nothing was written to {out}:\n{shown}{more}",
                               zh=f"导入的资料库无法加载，因此没有向 {out} 写入任何文件：\n{shown_zh}{more_zh}")
        return _move(staging, out, list(files)), sorted(
            p for p in out.rglob("*.y*ml") if p.is_file() and str(p.relative_to(out)) not in files)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _move(staging: Path, out: Path, names: list[str]) -> list[Path]:
    """Move the checked files into ``out`` (the whole folder at once when ``out`` does not exist yet)."""
    try:
        if not out.exists():
            os.rename(staging, out)
            return [out / name for name in names]
        for name in names:
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / name, out / name)
    except OSError as exc:
        raise DrafterError(f"cannot write {out}: {exc.strerror}", zh=f"无法写入 {out}（{reason_zh(exc)}）") from None
    return [out / name for name in names]
