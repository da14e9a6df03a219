"""Compiled regular expressions kept between runs.

A check compiles some two hundred patterns, many with large Chinese character classes: about 30 ms of every run,
as much as reading and checking the draft. CPython's ``re`` builds a pattern's matching program in Python and hands
it to the C engine (``_sre.compile``); that program is a list of integers, which is kept here (in the cache folder,
one file per Python build, with a checksum, each program's integers as bytes) and handed to the engine directly
on the next run.

A program is kept only after the pattern it makes has been compared equal (same pattern, flags and program) to the
one ``re.compile`` makes in the same Python; anything unexpected (another Python, a changed ``re``, a damaged file)
falls back to ``re.compile``. ``DRAFTER_NO_CACHE=1`` turns this cache off, as every other.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
import zlib
from array import array
from importlib import import_module
from pathlib import Path
from typing import Any

from drafter import cachedir

MAX_ENTRIES = 5000  # the patterns of drafter's code and library are a few hundred
WORD = array("I").itemsize  # the bytes of one integer of a kept program's code

_Key = tuple[str, int]
_store: dict[_Key, tuple[Any, ...]] | None = None  # the programs kept by earlier runs, once read
_added: dict[_Key, tuple[Any, ...]] = {}  # the programs made in this run, written at exit
_saving = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's twin
    """``re.compile(pattern, flags)``, from the program kept by an earlier run when there is one."""
    global _saving
    flags = int(flags)  # re.IGNORECASE is an int subclass, which marshal does not write
    store = _loaded()
    kept = store.get((pattern, flags))
    if kept is not None:
        made = _made(pattern, _program_of(kept))
        if made is not None:
            return made
    compiled = re.compile(pattern, flags)
    if _store_file() is not None:
        program = _program(pattern, flags)
        if program is not None and _made(pattern, program) == compiled:  # what re.compile makes, exactly
            _added[(pattern, flags)] = _kept_form(program)
            if not _saving:
                atexit.register(save)
                _saving = True
    return compiled


def _kept_form(program: tuple[Any, ...]) -> tuple[Any, ...]:
    """A program as the file keeps it: its code as the bytes of 32-bit integers (read back in one step; a list of
    a thousand ints is a thousand objects for marshal to make)."""
    flags, code, groups, names, index = program
    return flags, array("I", code).tobytes(), groups, names, index


def _program_of(kept: tuple[Any, ...]) -> tuple[Any, ...]:
    """A kept program as the engine takes it (its code a list of integers)."""
    flags, code, groups, names, index = kept
    words = array("I")
    words.frombytes(code)
    return flags, words.tolist(), groups, names, index


def _made(pattern: str, program: tuple[Any, ...]) -> re.Pattern[str] | None:
    """The pattern the engine makes of a kept program; None when it refuses it."""
    try:
        made: re.Pattern[str] = import_module("_sre").compile(pattern, *program)
        return made
    except Exception:  # noqa: BLE001 - a program this Python does not take: compiled again
        return None


def _program(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What ``re`` hands the engine for ``pattern`` (its final flags, program, group count and names), made as
    ``re._compiler.compile`` makes it; None when this Python's ``re`` is not laid out so."""
    try:
        parsed = import_module("re._parser").parse(pattern, flags)
        code = import_module("re._compiler")._code(parsed, flags)
        names = dict(parsed.state.groupdict)
        index: list[str | None] = [None] * parsed.state.groups
        for name, at in names.items():
            index[at] = name
        # plain ints: the program holds re's named opcode constants, which marshal does not write
        return (int(flags | parsed.state.flags), [int(c) for c in code], int(parsed.state.groups - 1), names,
                tuple(index))
    except Exception:  # noqa: BLE001 - another ``re``: nothing kept
        return None


def _store_file() -> Path | None:
    """The cache file of this Python build, or None (cache off, or not CPython)."""
    if sys.implementation.name != "cpython":
        return None
    folder = cachedir.folder("regex")
    if folder is None:
        return None
    try:
        magic = import_module("re._constants").MAGIC
    except (ImportError, AttributeError):  # another re: nothing kept
        return None
    build = f"{sys.implementation.cache_tag}-{'.'.join(map(str, sys.version_info[:3]))}-{magic}"
    return folder / f"{build}.marshal"


def _loaded() -> dict[_Key, tuple[Any, ...]]:
    """The programs kept by earlier runs (read once)."""
    global _store
    if _store is None:
        _store = {}
        path = _store_file()
        if path is not None:
            _store = _read(path)
    return _store


def _read(path: Path) -> dict[_Key, tuple[Any, ...]]:
    """The well-formed entries of the cache file at ``path`` (none when it is missing, damaged or foreign)."""
    try:
        data = path.read_bytes()
        stored = marshal.loads(data[4:]) if zlib.crc32(data[4:]).to_bytes(4, "big") == data[:4] else None
    except (OSError, EOFError, ValueError, TypeError):
        stored = None
    return {k: v for k, v in stored.items() if _well_formed(k, v)} if type(stored) is dict else {}


def _well_formed(key: Any, value: Any) -> bool:
    return (type(key) is tuple and len(key) == 2 and type(key[0]) is str and type(key[1]) is int
            and type(value) is tuple and len(value) == 5 and type(value[1]) is bytes and len(value[1]) % WORD == 0)


def save() -> None:
    """Add the programs made in this run to the cache file (done at exit; a file that cannot be written only
    costs time)."""
    path = _store_file()
    if path is None or not _added:
        return
    try:
        from drafter.files import write_atomic  # loaded on use: only when a program was added

        merged = _read(path)
        merged.update(_added)
        if len(merged) > MAX_ENTRIES:
            merged = dict(_added)
        data = marshal.dumps(merged)
        write_atomic(path, zlib.crc32(data).to_bytes(4, "big") + data, force=True)
    except Exception:  # noqa: BLE001
        pass
