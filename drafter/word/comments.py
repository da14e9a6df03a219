"""Word comments: notes anchored on paragraphs, in the document's comments part.

A comment is a w:comment in word/comments.xml (the part is made, with its relationship and content type, when
the document has none; comments already there are kept and new ids follow theirs) and, in the paragraph, a
w:commentRangeStart / w:commentRangeEnd pair around its text followed by a run holding the
w:commentReference. Word, LibreOffice and python-docx read them from there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml.parser import parse_xml
from lxml import etree

from drafter.word import runsplit, runtext
from drafter.word.runtext import W_NS, w

PART_NAME = "/word/comments.xml"


@dataclass(frozen=True)
class Note:
    """A comment to put on the paragraph ``p`` (a w:p element): its text, one paragraph of the comment a line."""

    p: Any
    text: str


def add_comments(docx: Any, notes: Iterable[Note], author: str, when: dt.datetime | None = None) -> int:
    """Put every note on its paragraph as a comment by ``author`` (dated ``when``, now when None) in the
    python-docx document ``docx``; returns how many were added."""
    stamp = (when or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    root, save = _comments_root(docx)
    ids = [int(c.get(w("id"), "0")) for c in root.findall(w("comment")) if c.get(w("id"), "").isdigit()]
    next_id = max(ids, default=-1) + 1
    count = 0
    for note in notes:
        comment = etree.SubElement(root, w("comment"))
        comment.set(w("id"), str(next_id))
        comment.set(w("author"), author)
        comment.set(w("date"), stamp)
        comment.set(w("initials"), initials(author))
        for i, line in enumerate(note.text.split("\n")):
            comment.append(_comment_paragraph(line, first=i == 0))
        _anchor(note.p, next_id)
        next_id += 1
        count += 1
    save(root)
    return count


def initials(author: str) -> str:
    """The initials Word shows beside a comment: the first letter of each word (at most three)."""
    words = author.split()
    return "".join(word[0] for word in words[:3]).upper() if words else "?"


def _comments_root(docx: Any) -> tuple[Any, Any]:
    """The w:comments element of the document (made when missing) and how to store it back."""
    part = docx.part
    for rel in part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.COMMENTS and not rel.is_external:
            target = rel.target_part
            if isinstance(target, XmlPart):  # python-docx reads the part as XML: edit it in place
                return target.element, lambda root: None
            root = parse_xml(target.blob)

            def store(element: Any, target: Any = target) -> None:
                target._blob = etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)

            return root, store
    root = parse_xml(f'<w:comments xmlns:w="{W_NS}"/>'.encode())
    taken = {str(p.partname) for p in part.package.iter_parts()}
    name = PackURI(PART_NAME) if PART_NAME not in taken else part.package.next_partname("/word/comments%d.xml")
    new = XmlPart(name, CONTENT_TYPE.WML_COMMENTS, root, part.package)
    part.relate_to(new, RELATIONSHIP_TYPE.COMMENTS)
    return root, lambda element: None


def _comment_paragraph(text: str, first: bool) -> Any:
    """One paragraph of a comment's text; the first begins with the mark Word puts there."""
    p = etree.Element(w("p"), nsmap={"w": W_NS})
    if first:
        etree.SubElement(etree.SubElement(p, w("r")), w("annotationRef"))
    run = etree.SubElement(p, w("r"))
    runsplit.set_text(run, text)
    return p


def _anchor(p: Any, comment_id: int) -> None:
    """Mark the text of the paragraph ``p`` (with the paragraphs that join it: their marks struck) as the
    range of comment ``comment_id`` and put the comment's reference mark after it."""
    parts = runtext.joined(p) or [p]
    start = etree.Element(w("commentRangeStart"), nsmap={"w": W_NS})
    start.set(w("id"), str(comment_id))
    first = parts[0]
    ppr = first.find(w("pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        first.insert(0, start)
    end = etree.SubElement(p, w("commentRangeEnd"))
    end.set(w("id"), str(comment_id))
    reference = etree.SubElement(p, w("r"))
    etree.SubElement(reference, w("commentReference")).set(w("id"), str(comment_id))
