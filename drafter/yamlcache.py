"""Parsed YAML kept between runs: the library's files are composed by the YAML parser once per change, not once
per command.

The cache holds data only, never code: each entry is ``marshal`` data of tuples, strings, numbers and None,
checked type by type when it is read back (an entry holding anything else, or damaged, or written for other
file contents, is ignored and rebuilt). Entries are named by the SHA-256 of the file's bytes, so an edited file
is parsed again. ``DRAFTER_NO_CACHE=1`` turns the cache off; it lives in ``$XDG_CACHE_HOME/drafter`` (else
``~/.cache/drafter``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import marshal
from pathlib import Path
from typing import Any

from drafter import cachedir, yamlio
from drafter.files import write_atomic

FORMAT = 1
MAX_ENTRIES = 400
SCALARS = (str, int, float, bool, type(None), bytes)


class Uncacheable(Exception):
    """A value the cache does not hold (the file is read without the cache)."""


def folder(variables: dict[str, str] | None = None) -> Path | None:
    """Where entries are kept, or None when the cache is off."""
    return cachedir.folder("yaml", variables)


def read(path: Path, cache: Path | None = None) -> Any:
    """:func:`drafter.yamlio.read`, from the cache when it holds this file's contents (``cache``: the folder,
    by default :func:`folder`)."""
    cache = folder() if cache is None else cache
    if cache is None:
        return yamlio.read(path)
    data = yamlio.read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    entry = cache / f"{digest}.marshal"
    found = _load(entry, digest)
    if found is not None:
        return found[0]
    value = yamlio.parse(yamlio.decode(data, path), path)
    try:
        payload = marshal.dumps((FORMAT, digest, encode(value)))
    except (Uncacheable, ValueError):
        return value
    try:
        write_atomic(entry, payload, force=True)
        _prune(cache)
    except Exception:  # noqa: BLE001 - a cache that cannot be written only costs time
        pass
    return value


def _load(entry: Path, digest: str) -> tuple[Any] | None:
    """The value an entry holds, in a 1-tuple (the value itself may be None); None when absent or unusable."""
    try:
        raw = entry.read_bytes()
    except OSError:
        return None
    try:
        stored = marshal.loads(raw)
        if not (isinstance(stored, tuple) and len(stored) == 3 and stored[0] == FORMAT and stored[1] == digest):
            return None
        return (decode(stored[2]),)
    except (EOFError, ValueError, TypeError, KeyError, IndexError, Uncacheable):
        return None


def _prune(cache: Path) -> None:
    entries = sorted(cache.glob("*.marshal"), key=lambda p: p.stat().st_mtime)
    for old in entries[:-MAX_ENTRIES]:
        old.unlink(missing_ok=True)


def encode(value: Any) -> Any:
    """Plain marshal data for a parsed YAML value, with the positions of mappings and sequences."""
    if isinstance(value, yamlio.YMap):
        return ("M", value.mark, tuple((encode(k), value.key_marks.get(k), value.value_marks.get(k), encode(v))
                                       for k, v in value.items()))
    if isinstance(value, yamlio.YList):
        return ("L", value.mark, tuple(value.item_marks), tuple(encode(v) for v in value))
    if isinstance(value, dt.datetime):
        return ("T", value.isoformat())
    if isinstance(value, dt.date):
        return ("D", value.isoformat())
    if isinstance(value, SCALARS):
        return value
    raise Uncacheable(type(value).__name__)


def decode(value: Any) -> Any:
    """The parsed value :func:`encode` was given; :class:`Uncacheable` for anything it never writes."""
    kind = type(value)
    if kind is tuple:
        tag = value[0]
        if tag == "M":
            mapping = yamlio.YMap()
            mapping.mark = _mark(value[1])
            key_marks, value_marks = mapping.key_marks, mapping.value_marks
            for key, key_mark, value_mark, item in value[2]:
                key = decode(key)
                mapping[key] = decode(item)
                if key_mark is not None:
                    key_marks[key] = _mark(key_mark)
                if value_mark is not None:
                    value_marks[key] = _mark(value_mark)
            return mapping
        if tag == "L":
            sequence = yamlio.YList([decode(v) for v in value[3]])
            sequence.mark = _mark(value[1])
            sequence.item_marks = [_mark(m) for m in value[2]]
            return sequence
        if tag == "T" and type(value[1]) is str:
            return dt.datetime.fromisoformat(value[1])
        if tag == "D" and type(value[1]) is str:
            return dt.date.fromisoformat(value[1])
        raise Uncacheable(f"tag {tag!r}")
    if kind in _SCALAR_TYPES:
        return value
    raise Uncacheable(kind.__name__)


_SCALAR_TYPES = frozenset(SCALARS)


def _mark(value: Any) -> tuple[int, int]:
    if type(value) is tuple and len(value) == 2 and type(value[0]) is int and type(value[1]) is int:
        return value
    raise Uncacheable("mark")
