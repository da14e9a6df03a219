"""Where libraries are: the built-in one, DRAFTER_LIBRARY, ``--library``, and folders that extend the built-in."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from drafter.patterns import lazy

EXTENDS = lazy(r"^extends:\s*(?:\[\s*|-\s+)?builtin\b", re.M)


def builtin_library() -> Path:
    """The folder of the library shipped with drafter (installed or in a source checkout)."""
    here = Path(__file__).resolve().parents[1]  # the drafter package
    installed = here / "data" / "clauses"
    return installed if installed.is_dir() else here.parent / "clauses"


def builtin_templates() -> Path:
    """The folder of the reference documents and text templates shipped with drafter."""
    here = Path(__file__).resolve().parents[1]  # the drafter package
    installed = here / "data" / "templates"
    return installed if installed.is_dir() else here.parent / "templates"


def library_dirs(extra: Iterable[str | Path] = (), variables: dict[str, str] | None = None,
                 include_builtin: bool = True) -> list[Path]:
    """Library folders in load order: built-in (unless DRAFTER_NO_BUILTIN is set), DRAFTER_LIBRARY, ``--library``."""
    env = os.environ if variables is None else variables
    if env.get("DRAFTER_NO_BUILTIN"):
        include_builtin = False
    dirs = [builtin_library()] if include_builtin else []
    dirs += [Path(p) for p in env.get("DRAFTER_LIBRARY", "").split(os.pathsep) if p.strip()]
    dirs += [Path(p) for p in extra]
    unique: list[Path] = []
    for d in dirs:
        if d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


def extends_builtin(folder: Path) -> bool:
    """Whether a library folder says ``extends: [builtin]``: it is written on top of the built-in library."""
    try:
        return any(EXTENDS.search(p.read_text(encoding="utf-8", errors="replace"))
                   for p in sorted(folder.rglob("*.y*ml")) if p.is_file())
    except OSError:
        return False


def with_extended(dirs: list[Path]) -> list[Path]:
    """The folders with the built-in library first when one of them extends it and it is not already there
    (unless DRAFTER_NO_BUILTIN is set: then the loader reports the missing base)."""
    builtin = builtin_library().resolve()
    if os.environ.get("DRAFTER_NO_BUILTIN") or any(d.resolve() == builtin for d in dirs):
        return dirs
    if any(extends_builtin(d) for d in dirs if d.is_dir()):
        return [builtin_library(), *dirs]
    return dirs
