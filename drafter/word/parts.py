"""A .docx opened for reading only, with lxml alone (python-docx costs more to import than a check takes): the main
document, its styles and numbering parsed at once, the other parts it relates to (theme, footnotes, page headers)
unpacked when asked for, the parts nothing reads (settings, fonts, the thumbnail) never.

The package is checked as :func:`drafter.word.package.open_docx` checks it (limits, DTDs, the catalogue), and
read the way python-docx reads it (content types, relationships resolved against their part's folder, every
part a relationship names present with a content type). Anything unusual (a missing part, a part of the wrong
type, two styles parts, XML that does not parse) is left to python-docx: :func:`open_parts` returns None and
the caller opens the file with :func:`open_docx`, which reports it as before. A part nothing reads is not
parsed, so a damaged one does not stop a check (python-docx would refuse the file; ``--fix`` and ``--comments``
open it with python-docx and still do). :meth:`Parts.python_docx` opens the same bytes with python-docx for a
command that edits or writes the document."""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drafter.status import DrafterError
from drafter.word.package import check_archive, checked_document, open_archive, open_checked
from drafter.word.runtext import W

RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT, STYLES, NUMBERING = f"{_RT}officeDocument", f"{_RT}styles", f"{_RT}numbering"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
MAIN_TYPE, STYLES_TYPE, NUMBERING_TYPE = (f"{_WML}document.main+xml", f"{_WML}styles+xml", f"{_WML}numbering+xml")


def parser() -> Any:
    """An lxml parser with python-docx's settings (blank text between elements dropped, no entity resolved),
    without its element classes: a part parsed here has the elements and text python-docx would give it."""
    from lxml import etree  # loaded on use, as python-docx loads it

    return etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)


# parsed styles parts by their bytes (see Parts.styles)
_SHARED_STYLES: dict[bytes, Any] = {}


class _Unusual(Exception):
    """Something python-docx reports (or treats in a way of its own): the file is opened by python-docx."""


class Parts:
    """The parts of a checked .docx by relationship from its main document (see the module's docstring)."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, main: str, rels: list[tuple[str, str]],
                 content_types: dict[str, str], catalogue: dict[str, bytes]) -> None:
        self.path = path
        self.archive = archive
        self.main = main  # the main document's part name, without its leading slash
        self.rels = rels  # the main document's internal relationships in order: (type, target part name)
        self.content_types = content_types  # part name -> content type, for every part python-docx would load
        # the relationships and content types (every XML part of a Strict package), unpacked by the package check
        self.catalogue = catalogue
        self._parser = parser()
        # what every reader reads, parsed here: a part python-docx could not parse is left to it (open_parts)
        self.element = self.parse(self.read(main))
        self.styles = self._shared_styles()
        self.numbering = self._numbering()

    def _shared_styles(self) -> Any:
        """The w:styles element: shared with the last documents read that had the same styles part (the drafts of
        one template: the 213 UN texts of the corpus, every draft drafter builds), read only."""
        blob = self.blob(lambda reltype: reltype == STYLES) or b""
        styles = _SHARED_STYLES.get(blob)
        if styles is None:
            if len(_SHARED_STYLES) >= 4:
                del _SHARED_STYLES[next(iter(_SHARED_STYLES))]
            styles = _SHARED_STYLES[blob] = self.parse(blob)
        return styles

    def read(self, name: str) -> bytes:
        """The bytes of part ``name``: as the package check unpacked it (a Strict package's parts are read as
        Transitional there), else from the archive."""
        blob = self.catalogue.get(name)
        return self.archive.read(name) if blob is None else blob

    def parse(self, blob: bytes) -> Any:
        """The root element of the XML ``blob`` (one of this package's parts)."""
        from lxml import etree  # loaded on use, as python-docx loads it

        return etree.fromstring(blob, self._parser)

    def blob(self, kind: Callable[[str], bool]) -> bytes | None:
        """The bytes of the first part the main document relates to with a type ``kind`` accepts (None: none)."""
        name = next((target for reltype, target in self.rels if kind(reltype)), None)
        return None if name is None else self.read(name)

    def blobs(self, kind: Callable[[str], bool]) -> list[bytes]:
        """The bytes of every part the main document relates to with a type ``kind`` accepts, in order."""
        return [self.read(target) for reltype, target in self.rels if kind(reltype)]

    def _numbering(self) -> Any:
        """The w:numbering element, as python-docx's ``part.numbering_part.element`` (None when there is none)."""
        names = [target for reltype, target in self.rels if reltype == NUMBERING]
        if not names or self.content_types[names[0]] != NUMBERING_TYPE:
            return None
        return self.parse(self.read(names[0]))

    def python_docx(self) -> Any:
        """The document opened by python-docx from the same bytes, for a command that edits or writes it."""
        return checked_document(self.path, open_checked(self.path, self.archive, dict(self.catalogue)))


def open_parts(path: Path) -> Parts | None:
    """The parts of the .docx at ``path`` (checked as :func:`open_docx` checks it: a clear error, exit 3, for a
    package over the limits, with a DTD or a damaged catalogue); None for anything python-docx should open."""
    try:
        data = path.read_bytes() if path.is_file() else None
    except OSError:
        data = None
    if data is None:
        return None  # open_docx says what the path is
    archive = open_archive(path, io.BytesIO(data))
    try:
        catalogue = check_archive(path, archive, whole=False)
        return _parts(path, archive, catalogue)
    except DrafterError:
        raise
    except Exception:  # noqa: BLE001 - anything unusual: python-docx opens the file and reports it as before
        return None


def _parts(path: Path, archive: zipfile.ZipFile, catalogue: dict[str, bytes]) -> Parts:
    names = set(archive.namelist())
    types = _content_types(catalogue["[Content_Types].xml"])

    def content_type(name: str) -> str:
        found = types[0].get(f"/{name}".lower()) or types[1].get(posixpath.splitext(name)[1][1:].lower())
        if found is None:
            raise _Unusual(name)
        return found

    # every part python-docx would load: each relationship's target must be there, with a content type
    seen: set[str] = set()
    pending = [""]
    rels_of: dict[str, list[tuple[str, str]]] = {}
    while pending:
        source = pending.pop()
        rels_of[source] = _relationships(catalogue, source)
        for _, target in rels_of[source]:
            if target not in seen:
                if target not in names:
                    raise _Unusual(target)
                content_type(target)
                seen.add(target)
                pending.append(target)
    mains = [target for reltype, target in rels_of[""] if reltype == OFFICE_DOCUMENT]
    if len(mains) != 1 or content_type(mains[0]) != MAIN_TYPE:
        raise _Unusual("main document")
    rels = rels_of[mains[0]]
    styles = [target for reltype, target in rels if reltype == STYLES]
    if len(styles) != 1 or content_type(styles[0]) != STYLES_TYPE or [t for r, t in rels if r == NUMBERING][1:]:
        raise _Unusual("styles")  # python-docx makes default styles, or refuses two of a kind
    parts = Parts(path, archive, mains[0], rels, {t: content_type(t) for t in seen}, catalogue)
    if parts.element.tag != f"{W}document" or parts.element.find(f"{W}body") is None:
        raise _Unusual("body")
    return parts


def _content_types(xml: bytes) -> tuple[dict[str, str], dict[str, str]]:
    """The overrides (by part name) and the defaults (by extension) of [Content_Types].xml, in lower case."""
    from lxml import etree  # loaded on use, as python-docx loads it

    root = etree.fromstring(xml, parser())
    overrides = {o.get("PartName", "").lower(): o.get("ContentType", "") for o in root.iter(f"{CONTENT_TYPES}Override")}
    defaults = {d.get("Extension", "").lower(): d.get("ContentType", "") for d in root.iter(f"{CONTENT_TYPES}Default")}
    return overrides, defaults


def _relationships(catalogue: dict[str, bytes], source: str) -> list[tuple[str, str]]:
    """The internal relationships of part ``source`` ("" for the package) as (type, target part name)."""
    from lxml import etree  # loaded on use, as python-docx loads it

    folder, name = posixpath.split(source)
    xml = catalogue.get(posixpath.join(folder, "_rels", f"{name}.rels"))
    if xml is None:
        return []
    out = []
    for rel in etree.fromstring(xml, parser()).iter(RELS):
        if rel.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(posixpath.join("/", folder, rel.get("Target", "")))
        out.append((rel.get("Type", ""), target.lstrip("/")))
    return out
