"""Word footnotes: the text of each note of a .docx, and the notes a paragraph refers to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from drafter.word import runtext
from drafter.word.runtext import w

if TYPE_CHECKING:
    from drafter.word.reader import Document

FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_NOT_NOTES = ("separator", "continuationSeparator", "continuationNotice")


def footnote_texts(doc: Document) -> dict[str, str]:
    """The text of every footnote of a document read by :mod:`drafter.word.reader`, by its id; {} when it has none."""
    from lxml import etree  # loaded on use, as python-docx loads it

    blob = doc.related_blob(lambda reltype: reltype == FOOTNOTES)
    if blob is None:
        return {}
    # the package was opened by word.package, which refuses any DTD: no entity can be declared here
    root = etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))
    texts = {}
    for note in root.iter(w("footnote")):
        if note.get(w("type")) in _NOT_NOTES:
            continue
        text = " ".join(runtext.current_text(p) for p in note.iter(w("p")))
        texts[note.get(w("id"), "")] = " ".join(text.split())
    return texts


def references(paragraph: Any) -> list[str]:
    """The ids of the footnotes a w:p refers to in its current text, in order."""
    found = []
    for child in paragraph.iter(w("footnoteReference")):
        ancestor = child.getparent()
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag in (w("del"), w("moveFrom")):
                break
            ancestor = ancestor.getparent()
        else:
            found.append(child.get(w("id"), ""))
    return found
