"""A document read without python-docx (``reader.read(path, reading_only=True)``, what ``drafter check`` does when it
writes nothing) reads exactly as one python-docx opened; anything unusual is left to python-docx; and python-docx
opens the same document when a command asks for it, its paragraphs then holding that document's elements."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from paths import ROOT

from drafter.check import checker
from drafter.check.fix import apply_findings
from drafter.library import Library
from drafter.status import DrafterError
from drafter.word import parts, reader
from drafter.word.footnotes import footnote_texts

FIXTURES = ROOT / "tests" / "fixtures"
DOCUMENTS = sorted([*FIXTURES.glob("un*/*.docx"), *(ROOT / "bench" / "students" / "word").glob("*.docx"),
                    *(ROOT / "bench" / "students" / "word-lo").glob("*.docx"),
                    *(ROOT / "bench" / "students" / "word-blind").glob("*.docx")])
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _seen(doc: reader.Document) -> list[Any]:
    """Everything the reader gives of each paragraph and run."""
    return [(p.index, p.text, p.style, p.label, p.num_id, p.level, p.num_format, p.list_id, p.indent, p.in_table,
             [(r.text, r.italic, r.bold, r.underline, r.east_asia, r.fonts, r.size) for r in p.runs])
            for p in doc.paragraphs] + [doc.assignments, reader.theme_fonts(doc), footnote_texts(doc)]


def _rewritten(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """``source`` with the parts in ``change`` replaced (None: left out)."""
    with zipfile.ZipFile(source) as old:
        kept = {name: old.read(name) for name in old.namelist()}
    for name, data in change.items():
        if data is None:
            kept.pop(name, None)
        else:
            kept[name] = data
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in kept.items():
            new.writestr(name, data)
    return target


def _with_footnote(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as old:
        rels = old.read("word/_rels/document.xml.rels").decode("utf-8")
        types = old.read("[Content_Types].xml").decode("utf-8")
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
             '<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve"> Resolution 65/230, annex.</w:t></w:r></w:p>'
             '</w:footnote></w:footnotes>')
    return _rewritten(source, target, {
        "word/footnotes.xml": notes.encode(),
        "word/_rels/document.xml.rels": rels.replace("</Relationships>", (
            '<Relationship Id="rIdNote" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'footnotes" Target="footnotes.xml"/></Relationships>')).encode(),
        "[Content_Types].xml": types.replace("</Types>", (
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.footnotes+xml"/></Types>')).encode()})


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_read_without_python_docx_as_with_it(path: Path) -> None:
    light = reader.read(path, reading_only=True)
    assert light.parts is not None and light.opened is None  # read without python-docx
    assert _seen(light) == _seen(reader.read(path))


def test_footnotes_and_theme_without_python_docx(tmp_path: Path) -> None:
    noted = _with_footnote(FIXTURES / "un" / "74_19.docx", tmp_path / "noted.docx")
    light = reader.read(noted, reading_only=True)
    assert light.parts is not None
    assert footnote_texts(light) == footnote_texts(reader.read(noted)) == {"1": "Resolution 65/230, annex."}
    assert reader.theme_fonts(light) == reader.theme_fonts(reader.read(noted)) != {}


def _without_styles(source: Path) -> dict[str, bytes | None]:
    """The styles part and its relationship left out: python-docx makes default styles."""
    import re

    with zipfile.ZipFile(source) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode("utf-8")
    return {"word/styles.xml": None,
            "word/_rels/document.xml.rels": re.sub(r"<Relationship [^>]*/styles\"[^>]*/>", "", rels).encode()}


UNUSUAL: dict[str, dict[str, bytes | None]] = {
    "missing part": {"word/numbering.xml": None},  # a relationship to a part that is not there
    "content type": {"[Content_Types].xml": (  # not a Word document by its content type
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
        b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>')},
    "broken xml": {"word/document.xml": b"<w:document xmlns:w='" + W.encode() + b"'><w:body><w:p>"},
    "broken styles": {"word/styles.xml": b"<w:styles xmlns:w='" + W.encode() + b"'><w:style>"},
    "broken numbering": {"word/numbering.xml": b"<w:numbering xmlns:w='" + W.encode() + b"'><w:num"},
}


@pytest.mark.parametrize("kind", ["no styles", *UNUSUAL])
def test_anything_unusual_is_opened_by_python_docx_as_before(kind: str, tmp_path: Path) -> None:
    source = FIXTURES / "un" / "74_133.docx"
    change = _without_styles(source) if kind == "no styles" else UNUSUAL[kind]
    unusual = _rewritten(source, tmp_path / "unusual.docx", change)
    assert parts.open_parts(unusual) is None  # left to python-docx
    try:
        expected: Any = _seen(reader.read(unusual))
    except DrafterError as exc:
        expected = (exc.status, str(exc))
    try:
        got: Any = _seen(reader.read(unusual, reading_only=True))
    except DrafterError as exc:
        got = (exc.status, str(exc))
    assert got == expected


def test_refusals_are_the_same_without_python_docx(tmp_path: Path) -> None:
    dtd = _rewritten(FIXTURES / "un" / "74_133.docx", tmp_path / "dtd.docx", {
        "word/settings.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:settings xmlns:w="' + W.encode()
                             + b'"/>'})
    for path in (dtd, tmp_path / "none.docx", ROOT / "README.md"):
        with pytest.raises(DrafterError) as eager:
            reader.read(path)
        with pytest.raises(DrafterError) as light:
            reader.read(path, reading_only=True)
        assert (light.value.status, str(light.value)) == (eager.value.status, str(eager.value))


def _saved(doc: reader.Document) -> bytes:
    buffer = io.BytesIO()
    doc.docx.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return archive.read("word/document.xml")


def test_python_docx_opens_the_document_when_asked_and_fixes_land_in_it(lib: Library) -> None:
    path = FIXTURES / "un-slips" / "S_RES_2522_2020.docx"
    eager, eager_doc = checker.check_file(path, lib)
    light, light_doc = checker.check_file(path, lib, writes=False)
    assert light_doc.opened is None and light.findings == eager.findings
    assert any(f.edits for f in light.findings)
    apply_findings(light.findings, light_doc)  # opens python-docx: the paragraphs now hold its elements
    apply_findings(eager.findings, eager_doc)
    body = light_doc.docx.element.body
    assert all(p.element in set(body.iter(f"{{{W}}}p")) for p in light_doc.paragraphs)
    assert _saved(light_doc) == _saved(eager_doc)


def test_python_docx_opens_it_the_public_way_when_its_reader_pieces_are_missing(monkeypatch: pytest.MonkeyPatch,
                                                                                  lib: Library) -> None:
    """Parts.python_docx hands the unpacked parts to python-docx's package reader as open_docx does; a release
    without those pieces opens the file itself, and the paragraphs still hold that document's elements."""
    from drafter.word import package

    path = FIXTURES / "un-slips" / "S_RES_2522_2020.docx"
    light = reader.read(path, reading_only=True)
    monkeypatch.setattr(package, "_reader_parts_present", lambda opc, unmarshaller: False)
    body = light.docx.element.body
    assert light.parts is None and all(p.element in set(body.iter(f"{{{W}}}p")) for p in light.paragraphs)
    assert [p.text for p in light.paragraphs] == [p.text for p in reader.read(path).paragraphs]
