"""The validated library kept between runs, read back one section at a time.

A library that loaded without a problem is written as ``marshal`` data of tuples, strings and numbers (never
code, never pickle), named by a SHA-256 of every library file's path and bytes and of the loader's own code.
Reading it back checks the entry's own SHA-256 and then decodes a section (clauses, countries, phrases …) only
when the program first asks for it: ``drafter check`` of an English draft never decodes the 305 clauses. Each
decoded value is checked type by type: scalars, tuples, lists, dictionaries, paths, parsed YAML (bloc rules) and
the library's own model classes, built field by field without running any of their code. An entry that is
absent, damaged or written for other files is ignored, and the library is read from its files and validated
again. ``DRAFTER_NO_CACHE=1`` turns it off, as it does :mod:`drafter.yamlcache`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drafter import bilingual, problems
from drafter.library import model
from drafter.library.library import Library

FORMAT = 1
MAX_ENTRIES = 20
CLASSES: tuple[type, ...] = (
    bilingual.Text, model.Phrase, model.SubParagraph, model.Placeholder, model.Source, model.Clause, model.Seed,
    model.Topic, model.Sessions, model.Committee, model.Agenda, model.Bloc, model.Side, model.Contested,
    model.Reference, model.Fact, model.Country, problems.Location,
)
FIELDS: tuple[tuple[str, ...], ...] = tuple(tuple(f.name for f in dataclasses.fields(c)) for c in CLASSES)
INDEX = {cls: number for number, cls in enumerate(CLASSES)}
SECTIONS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Library) if f.name != "folders")
CODE = ("library", "bilingual.py", "problems.py", "yamlio.py", "yamlcache.py", "punctuation.py", "fields.py", "hanzi.py")


class Damaged(Exception):
    """An entry that does not hold what this module writes."""


def files_of(dirs: list[Path]) -> list[Path] | None:
    """The library files the loader reads, in its order; None when one of them is not a regular file (the loader
    then reports it)."""
    found: list[Path] = []
    for folder in dirs:
        if not folder.is_dir():
            return None
        for path in sorted(folder.rglob("*.yaml")) + sorted(folder.rglob("*.yml")):
            try:
                if not stat.S_ISREG(path.stat().st_mode):
                    return None
            except OSError:
                return None
            found.append(path)
    return found


def key(dirs: list[Path], cache: Path | None) -> str | None:
    """The SHA-256 naming the entry of these library folders (their files' paths and bytes, and the loader's
    code); None when the cache is off or a file cannot be read."""
    if cache is None:
        return None
    files = files_of(dirs)
    if files is None:
        return None
    digest = hashlib.sha256(f"drafter library snapshot {FORMAT}\n".encode())
    package = Path(__file__).resolve().parents[1]
    for name in CODE:
        place = package / name
        for code in sorted(place.glob("*.py")) if place.is_dir() else [place]:
            try:
                info = code.stat()
            except OSError:
                continue
            digest.update(f"{code.name}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    try:
        for path in files:
            data = path.read_bytes()
            digest.update(f"{path.resolve()}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def read(entry: Path, folders: tuple[Path, ...], on_damage: Callable[[], Library]) -> StoredLibrary | None:
    """The library kept in ``entry``, its sections decoded on first use; None when absent or damaged.
    ``on_damage``: how to load the library from its files should a section not decode."""
    try:
        raw = entry.read_bytes()
    except OSError:
        return None
    body = raw[32:]
    if len(raw) < 32 or hashlib.sha256(body).digest() != raw[:32]:
        return None
    try:
        stored = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    if not (type(stored) is tuple and len(stored) == 2 and stored[0] == FORMAT and type(stored[1]) is dict
            and set(stored[1]) == set(SECTIONS) and all(type(v) is bytes for v in stored[1].values())):
        return None
    library = StoredLibrary.__new__(StoredLibrary)
    library.folders = folders
    library.stored_sections = stored[1]
    library.on_damage = on_damage
    return library


def write(entry: Path, library: Library) -> None:
    """Keep ``library`` (loaded without a problem) in ``entry``; a cache that cannot be written only costs time."""
    from drafter.files import write_atomic  # loaded on use: keeps start-up fast

    try:
        sections = {name: marshal.dumps(encode(getattr(library, name))) for name in SECTIONS}
        body = marshal.dumps((FORMAT, sections))
    except (Damaged, ValueError):
        return
    try:
        write_atomic(entry, hashlib.sha256(body).digest() + body, force=True)
        for old in sorted(entry.parent.glob("*.marshal"), key=lambda p: p.stat().st_mtime)[:-MAX_ENTRIES]:
            old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a cache that cannot be written only costs time
        pass


def encode(value: Any) -> Any:
    """Plain marshal data for a library value (each container a tuple tagged by its kind)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple:
        return ("t", tuple(encode(v) for v in value))
    if kind is dict:
        return ("d", tuple(encode(k) for k in value), tuple(encode(v) for v in value.values()))
    if kind is list:
        return ("l", tuple(encode(v) for v in value))
    if isinstance(value, Path):
        return ("p", str(value))
    number = INDEX.get(kind, INDEX[model.Country] if kind is StoredCountry else None)
    if number is not None:
        values = [encode(getattr(value, name)) for name in FIELDS[number]]
        if CLASSES[number] is model.Country:  # the records, decoded when first asked for (names are read far more)
            values[RECORDS] = ("z", marshal.dumps(values[RECORDS]))
        return ("c", number, tuple(values))
    from drafter import yamlcache  # loaded on use: only bloc rules hold parsed YAML

    try:
        return ("y", yamlcache.encode(value))
    except yamlcache.Uncacheable as exc:
        raise Damaged(kind.__name__) from exc


def decode(value: Any, paths: dict[str, Path] | None = None) -> Any:
    """The value :func:`encode` was given; :class:`Damaged` for anything it never writes. ``paths``: the paths
    decoded so far (each file's path is made once, not once per entry)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is not tuple or not value:
        raise Damaged(kind.__name__)
    if paths is None:
        paths = {}
    tag = value[0]
    if tag == "c":
        number, values = value[1], value[2]
        if type(number) is not int or not 0 <= number < len(CLASSES) or type(values) is not tuple \
                or len(values) != len(FIELDS[number]):
            raise Damaged("class")
        lazy = CLASSES[number] is model.Country and type(values[RECORDS]) is tuple and values[RECORDS][:1] == ("z",)
        made: Any = object.__new__(StoredCountry if lazy else CLASSES[number])
        # a frozen dataclass: its fields are set as its __init__ would, without running any code of it
        made.__dict__.update(zip(FIELDS[number], [v if type(v) in _SCALARS else decode(v, paths) for v in values]))
        if lazy:
            made.__dict__["stored_records"] = made.__dict__.pop("records")
        return made
    if tag == "t":
        return tuple([v if type(v) in _SCALARS else decode(v, paths) for v in _items(value)])
    if tag == "d":
        if len(value) != 3 or type(value[1]) is not tuple or type(value[2]) is not tuple \
                or len(value[1]) != len(value[2]):
            raise Damaged("mapping")
        return dict(zip([k if type(k) in _SCALARS else decode(k, paths) for k in value[1]],
                        [v if type(v) in _SCALARS else decode(v, paths) for v in value[2]]))
    if tag == "l":
        return [v if type(v) in _SCALARS else decode(v, paths) for v in _items(value)]
    if tag == "z" and len(value) == 2 and type(value[1]) is bytes:
        return _Deferred(value[1], paths)
    if tag == "p" and len(value) == 2 and type(value[1]) is str:
        path = paths.get(value[1])
        if path is None:
            path = paths[value[1]] = Path(value[1])
        return path
    if tag == "y" and len(value) == 2:
        from drafter import yamlcache  # loaded on use: only bloc rules hold parsed YAML

        try:
            return yamlcache.decode(value[1])
        except (yamlcache.Uncacheable, KeyError, IndexError, TypeError, ValueError) as exc:
            raise Damaged("yaml") from exc
    raise Damaged(f"tag {tag!r}")


def _items(value: tuple[Any, ...]) -> tuple[Any, ...]:
    if len(value) != 2 or type(value[1]) is not tuple:
        raise Damaged("sequence")
    return value[1]


_SCALARS = frozenset((str, int, float, bool, type(None)))
RECORDS = FIELDS[INDEX[model.Country]].index("records")


class _Deferred:
    """A value kept encoded until it is first asked for."""

    def __init__(self, data: bytes, paths: dict[str, Path]) -> None:
        self.data, self.paths = data, paths

    def value(self) -> Any:
        try:
            value = decode(marshal.loads(self.data), self.paths)
        except (EOFError, ValueError, TypeError) as exc:
            raise Damaged("deferred") from exc
        if type(value) is not tuple or not all(type(f) is model.Fact for f in value):
            raise Damaged("records")
        return value


class _Records:
    """A stored country's records (its facts with their sources), decoded on first use."""

    def __get__(self, country: StoredCountry | None, owner: type | None = None) -> Any:
        if country is None:
            return ()
        records = country.__dict__["records"] = country.__dict__["stored_records"].value()
        return records  # an ordinary attribute from now on


class StoredCountry(model.Country):
    """A country read back from the cache: equal to the same country read from the files."""

    records = _Records()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, model.Country):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in FIELDS[INDEX[model.Country]])

    __hash__ = model.Country.__hash__


class _Section:
    """A section of a :class:`StoredLibrary`, decoded on first use and then an ordinary attribute."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, library: StoredLibrary | None, owner: type | None = None) -> Any:
        if library is None:
            return self
        value = library.decode_section(self.name)
        library.__dict__[self.name] = value  # the descriptor is not asked again
        return value


class StoredLibrary(Library):
    """A library read back from the cache; each section is decoded when it is first used."""

    stored_sections: dict[str, bytes]
    on_damage: Callable[[], Library] | None = None

    committees = _Section()
    agendas = _Section()
    topics = _Section()
    blocs = _Section()
    phrases = _Section()
    countries = _Section()
    clauses = _Section()
    seeds = _Section()
    contested = _Section()
    references = _Section()

    def decode_section(self, name: str) -> Any:
        """The section ``name``, decoded and checked; read from the library's files when the entry is damaged."""
        try:
            value = decode(marshal.loads(self.stored_sections[name]))
            if type(value) is not dict:
                raise Damaged(name)
            return value
        except (Damaged, EOFError, ValueError, TypeError, KeyError):
            pass
        if self.on_damage is None:
            raise Damaged(name)
        return getattr(self.on_damage(), name)

    @property
    def decoded(self) -> tuple[str, ...]:
        """The sections decoded so far."""
        return tuple(name for name in SECTIONS if name in self.__dict__)
