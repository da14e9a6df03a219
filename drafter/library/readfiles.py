"""Reading library folders file by file: each ``*.yaml`` file's sections handed entry by entry to the section's
reader (one module per section or small group of sections). Used by :mod:`drafter.library.loader` when the
library is not read back from the cache."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

from drafter import yamlcache, yamlio
from drafter.library.agendas import read_agenda, read_committee, read_topic
from drafter.library.blocs import read_bloc
from drafter.library.clauses import read_clause
from drafter.library.contested import read_contested
from drafter.library.countries import read_country
from drafter.library.facts import read_fact, read_reference
from drafter.library.folders import builtin_library
from drafter.library.phrases import read_phrase
from drafter.library.reading import FileReader, Loading
from drafter.library.sources import read_seed
from drafter.oserrors import reason_zh
from drafter.problems import joined_zh, q

__all__ = ["READERS", "Loading", "read_folder"]

READERS: dict[str, Callable[[FileReader, yamlio.YMap], None]] = {
    "committees": read_committee, "agendas": read_agenda, "topics": read_topic, "blocs": read_bloc,
    "phrases": read_phrase, "countries": read_country, "clauses": read_clause, "seeds": read_seed,
    "contested": read_contested, "references": read_reference, "facts": read_fact,
}
SECTIONS = tuple(READERS)


def read_folder(loading: Loading, folder: Path) -> None:
    """Every ``.yaml`` and ``.yml`` file under ``folder``, in name order."""
    if not folder.is_dir():
        loading.problem(folder, (0, 0), "library folder not found", "give a folder that holds .yaml files",
                        zh="找不到资料库文件夹", zh_hint="请给出存放 .yaml 文件的文件夹")
        return
    files = []
    for path in sorted(folder.rglob("*.yaml")) + sorted(folder.rglob("*.yml")):
        what = _not_a_file(path)
        if what:
            loading.problem(path, (0, 0), f"{what} named like a library file; not read",
                            "remove or rename it, or put the YAML file it should be in its place",
                            zh="名称像资料库文件，但不是普通文件；未读取",
                            zh_hint="请删除或改名，或换成应有的 YAML 文件")
        else:
            files.append(path)
    if not files:
        loading.problem(folder, (0, 0), "no .yaml files in the library folder", zh="资料库文件夹中没有 .yaml 文件")
    for path in files:
        _read_file(FileReader(loading, path))


def _not_a_file(path: Path) -> str:
    """What ``path`` is when it is not a regular file (reading a FIFO would wait for ever); "" for a file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a dangling symbolic link" if path.is_symlink() else "a vanished file"
    except OSError as exc:
        return f"an unreadable entry ({exc.strerror})"
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    return "a special file"


def _read_file(reader: FileReader) -> None:
    """One library file: a mapping of sections, each a list of entries for the section's reader."""
    try:
        data = yamlcache.read(reader.path)
    except yamlio.YamlProblem as exc:
        hint = "save the file as UTF-8 text" if exc.message.startswith("not UTF-8") else "fix the YAML syntax at that position"
        reader.report((exc.line, exc.column), exc.message, hint, zh=exc.zh,
                      zh_hint="请另存为 UTF-8 文本" if exc.message.startswith("not UTF-8") else "请修正该处的 YAML 语法")
        return
    except OSError as exc:
        reader.report((0, 0), f"cannot read the file: {exc.strerror}", zh=f"无法读取文件（{reason_zh(exc)}）")
        return
    if data is None:
        return
    if not isinstance(data, yamlio.YMap):
        reader.report((1, 1), "a library file must be a mapping of sections", f"start with one of: {', '.join(SECTIONS)}",
                      zh="资料库文件必须是由各部分组成的映射", zh_hint=f"请以其中之一开头：{joined_zh(SECTIONS)}")
        return
    for key in data:
        if key == "extends":
            _read_extends(reader, data)
            continue
        if key not in SECTIONS:
            reader.report(data.key_marks[key], f"unknown section {key!r}", f"sections are: {', '.join(SECTIONS)}",
                          zh=f"未知部分{q(key)}", zh_hint=f"可用部分：{joined_zh(SECTIONS)}")
            continue
        entries = data[key]
        if entries is None:
            continue
        if not isinstance(entries, yamlio.YList):
            reader.report(data.where(key), f"section {key!r} must be a list of entries", "put '- ' before each entry",
                          zh=f"部分{q(key)}必须是条目列表", zh_hint="请在每个条目前加上“- ”")
            continue
        read_entry = READERS[key]
        for index, entry in enumerate(entries):
            if not isinstance(entry, yamlio.YMap):
                reader.report(entries.where(index), f"each entry of {key!r} must be a mapping", "write 'key: value' pairs",
                              zh=f"{q(key)}的每个条目都必须是映射", zh_hint="请写成 `key: value` 的形式")
                continue
            read_entry(reader, entry)


def _read_extends(reader: FileReader, data: yamlio.YMap) -> None:
    """``extends: [builtin]``: the folder is written on top of the built-in library, which must be loaded."""
    value = data["extends"]
    if not isinstance(value, yamlio.YList) or [str(v) for v in value] != ["builtin"]:
        reader.report(data.where("extends"), "extends must be [builtin]",
                      "the only library a folder can be written on top of is the built-in one",
                      zh="extends 只能是 [builtin]", zh_hint="文件夹只能建立在内置资料库之上")
    elif builtin_library().resolve() not in reader.loading.folders:
        reader.report(data.where("extends"), "this folder extends the built-in library, which is not loaded",
                      "unset DRAFTER_NO_BUILTIN", zh="此文件夹建立在内置资料库之上，但内置资料库未加载",
                      zh_hint="请取消 DRAFTER_NO_BUILTIN")
