"""Where drafter keeps what it may rebuild at any time (parsed YAML, the validated library, a word list):
``$XDG_CACHE_HOME/drafter`` (else ``~/.cache/drafter``); ``DRAFTER_NO_CACHE=1`` turns every cache off."""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")


def folder(kind: str, variables: dict[str, str] | None = None) -> Path | None:
    """The folder of one kind of cache entry, or None when the cache is off (or there is no home)."""
    env = os.environ if variables is None else variables
    if env.get("DRAFTER_NO_CACHE"):
        return None
    base = env.get("XDG_CACHE_HOME") or (str(Path(env["HOME"]) / ".cache") if env.get("HOME") else "")
    return Path(base) / "drafter" / kind if base else None


def counts(name: str, version: str, build: Callable[[], dict[str, int]]) -> dict[str, int]:
    """A word -> count table a dependency builds slowly (pyspellchecker's word list: a 1 s JSON read), kept
    between runs as marshal data named by ``name`` and ``version``; checked entry by entry when read back."""
    return table(name, version, build, int)


def table(name: str, version: str, build: Callable[[], dict[str, Any]], kind: type) -> dict[str, Any]:
    """A str -> ``kind`` table a dependency builds slowly, kept between runs as marshal data named by ``name``
    and ``version``; checked entry by entry when read back (a damaged or foreign entry is built again)."""
    return _kept(name, version, build, lambda stored: type(stored) is dict and set(map(type, stored)) <= {str}
                 and set(map(type, stored.values())) <= {kind})


def text(name: str, version: str, build: Callable[[], str]) -> str:
    """A long text a dependency builds slowly, kept between runs as marshal data named by ``name`` and
    ``version`` (anything but one string in the entry is built again)."""
    return _kept(name, version, build, lambda stored: type(stored) is str)


def _kept(name: str, version: str, build: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """The entry ``name``-``version`` of the words cache when ``valid`` accepts it, else ``build()`` stored there."""
    cache = folder("words")
    entry = cache / f"{name}-{version}.marshal" if cache is not None else None
    if entry is not None:
        try:
            stored = marshal.loads(entry.read_bytes())
            if valid(stored):
                return cast(T, stored)
        except (OSError, EOFError, ValueError, TypeError):
            pass
    built = build()
    if entry is not None:
        from drafter.files import write_atomic  # loaded on use: only when the entry is built

        try:
            write_atomic(entry, marshal.dumps(cast(Any, built)), force=True)
        except Exception:  # noqa: BLE001 - a cache that cannot be written only costs time
            pass
    return built
