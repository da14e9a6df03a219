"""Word page headers: the lines a document's page headers show (a template may put a whole heading block there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.word import runtext
from drafter.word.parts import parser
from drafter.word.runtext import w

if TYPE_CHECKING:
    from drafter.word.reader import Document

HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"


def header_lines(doc: Document) -> list[str]:
    """The lines of every page header of a document read by :mod:`drafter.word.reader`, in the order the document
    relates them: each header paragraph's current text split at its manual line breaks, blank lines left out
    (and a header whose XML does not parse); [] when it has no header."""
    from lxml import etree  # loaded on use, as python-docx loads it

    lines = []
    for blob in doc.related_blobs(lambda reltype: reltype == HEADER):
        try:  # the body's own parser settings (no entity resolved; the package refused any DTD)
            root = etree.fromstring(blob, parser())
        except etree.XMLSyntaxError:
            continue  # a damaged header shows nothing a check could read; the body is still checked
        for p in root.iter(w("p")):
            lines += [line.strip() for line in runtext.current_text(p).split("\n") if line.strip()]
    return lines
