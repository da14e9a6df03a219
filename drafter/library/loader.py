"""Load clause libraries (folders of YAML files) and validate them.

Loading reads every ``*.yaml`` file of every library folder, hands each entry of each section to its reader
(one module per section or small group of sections), then runs the cross-check, and reports all problems
together, each with file:line:column and a hint.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from drafter import cachedir
from drafter.library import snapshot
from drafter.library.folders import library_dirs, with_extended
from drafter.library.library import Library
from drafter.plurals import counted
from drafter.problems import Problem
from drafter.status import DrafterError, ExitStatus

SECTIONS = ("committees", "agendas", "topics", "blocs", "phrases", "countries", "clauses", "seeds", "contested",
            "references", "facts")


class LibraryError(DrafterError):
    """A library that cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        from drafter.library.problems_zh import line  # loaded on use: only for a library with problems

        said = "\n".join(line(p) for p in problems)
        super().__init__(f"the clause library has {counted(len(problems), 'problem')}:\n{lines}", ExitStatus.BAD_INPUT,
                         zh=f"条款资料库有 {len(problems)} 个问题：\n{said}")


def load(dirs: Iterable[Path] | None = None) -> Library:
    """Load and validate library folders; raise :class:`LibraryError` listing every problem.

    A library whose files have not changed since it last loaded without a problem comes from
    :mod:`drafter.library.snapshot`, each section decoded on first use; parsed files come from
    :mod:`drafter.yamlcache` when their contents have not changed (data only, never code).
    """
    folders = with_extended(list(dirs) if dirs is not None else library_dirs())
    cache = cachedir.folder("library")
    name = snapshot.key(folders, cache)
    entry = cache / f"{name}.marshal" if cache is not None and name is not None else None
    if entry is not None:
        stored = snapshot.read(entry, tuple(folders), lambda: _load_files(folders))
        if stored is not None:
            return stored
    library = _load_files(folders)
    if entry is not None:
        snapshot.write(entry, library)
    return library


def _load_files(folders: list[Path]) -> Library:
    library, problems = load_with_problems(folders)
    if problems:
        raise LibraryError(problems)
    return library


def load_with_problems(dirs: list[Path]) -> tuple[Library, list[Problem]]:
    """Load library folders; return the library and every problem found (possibly none).

    A folder that says ``extends: [builtin]`` (what ``drafter library import`` writes) is loaded on top of the
    built-in library, so ``drafter library lint DIR`` checks it as it will be used.
    """
    # loaded on use: a library read back from the cache needs neither the YAML parser nor the section readers
    from drafter.library.crosscheck import cross_check
    from drafter.library.readfiles import Loading, read_folder

    dirs = with_extended(list(dirs))
    loading = Loading([d.resolve() for d in dirs])
    paused = gc.isenabled()
    gc.disable()  # tens of thousands of small objects, none of them garbage yet: no collection while they are made
    try:
        for folder in dirs:
            read_folder(loading, folder)
        cross_check(loading)
    finally:
        if paused:
            gc.enable()
    loading.library.folders = tuple(dirs)
    problems = sorted(loading.problems, key=lambda p: (str(p.location.path), p.location.line, p.location.column))
    return loading.library, problems


