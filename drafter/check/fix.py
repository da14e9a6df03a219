"""``drafter check --fix``: carry out the findings' edits on a copy of the document.

The edits themselves are :mod:`drafter.word.edit` values; this module only says which paragraph each one
applies to, in what order, and which findings were fixed. A finding is fixed whole or not at all: when one of its
edits cannot be made safely, or would change text another finding's edit changes, the document is put back as it
was and the others are made without it; it is left for a person (the same edit asked twice is made once).
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

from drafter.check.report import Finding, Report
from drafter.files import write_atomic
from drafter.status import DrafterError
from drafter.word import batch, edit, fieldnumbers, fieldupdate, listdesign, plaintext, reader, runtext


def fix(report: Report, doc: reader.Document, out: Path, force: bool) -> tuple[list[Finding], list[Finding]]:
    """Write a fixed copy of ``doc`` to ``out``; return (fixed, needs a person)."""
    source = Path(report.file).resolve()
    if out.resolve() == source:
        raise DrafterError(f"{out}: --fix never changes the original; give another file name",
                           zh=f"{out}：--fix 从不改动原文件；请给出另一个文件名")
    chosen = apply_findings(report.findings, doc)
    fixed = [f for f in report.findings if id(f) in chosen]
    needs_person = [f for f in report.findings if id(f) not in chosen]
    if doc.plain is not None and out.suffix.lower() != ".docx":  # a text draft fixed as text
        data = plaintext.text_of(doc).encode(doc.plain.encoding)  # a BOM again where the file had one
    else:
        if chosen:  # a heading's words or number may have changed: a table of contents lists them as they were
            fieldupdate.mark_contents_stale(doc.docx.element)
            # a self-numbering field taken out (a numbered preamble's): the later ones' results as Word counts them
            fieldnumbers.show_numbers(doc.docx.element.body)
        buffer = io.BytesIO()
        doc.docx.save(buffer)
        data = buffer.getvalue()
    write_atomic(out, data, force=force)
    return fixed, needs_person


def apply_findings(findings: list[Finding], doc: reader.Document) -> set[int]:
    """Make the edits of every finding that can be fixed whole in ``doc``; return the ids of those findings."""
    chosen = [f for f in findings if f.edits]
    lists = batch.list_definitions(doc.docx)
    position = batch.paragraph_positions(doc.docx)
    order = [position[p.element] for p in doc.paragraphs]
    struck = {p.index: struck_spans(p) for p in doc.paragraphs if p.struck_runs}  # before any edit: offsets of the w:p
    while chosen:
        checkpoint = batch.Checkpoint(doc.docx)
        failed = _apply_lists(chosen, lists) | _apply(chosen, {p.index: p.element for p in doc.paragraphs},
                                                      {p.index: p.skipped for p in doc.paragraphs if p.skipped},
                                                      struck)
        if not failed:
            break
        # put the document back as it was and try again without the findings that failed
        elements = checkpoint.restore()
        for para, at in zip(doc.paragraphs, order):
            para.element = elements[at]
        chosen = [f for f in chosen if id(f) not in failed]
    if any(p.anchor is not None for p in doc.paragraphs):
        edit.mirror_text_boxes(doc.docx.element)  # the edits made in a text box's DrawingML copy, in its VML copy too
    return {id(f) for f in chosen}


def _apply_lists(findings: list[Finding], lists: Any | None) -> set[int]:
    """Make the findings' changes to the list definitions (each once, in the report's order); return the ids of
    the findings with a change that was not made."""
    failed: set[int] = set()
    made: list[listdesign.ListEdit] = []
    for finding in findings:
        for correction in finding.edits:
            change = correction.edit
            if not isinstance(change, listdesign.LIST_EDITS) or change in made:
                continue
            if lists is None or not listdesign.apply(lists, change):
                failed.add(id(finding))
            made.append(change)
    return failed


def _apply(findings: list[Finding], elements: dict[int, Any], skipped: dict[int, int] | None = None,
           struck: dict[int, list[tuple[int, int]]] | None = None) -> set[int]:
    """Make the findings' edits on the paragraphs ``elements`` (index → w:p); return the ids of the findings
    with an edit that was not made. ``skipped``: the characters that open a paragraph's w:p but were not read (a
    booklet's margin line number): the edits' offsets count from after them; a paragraph joined to the one before
    it loses them first (in mid-text they would no longer stand in the margin). ``struck``: the [start, end) in the
    w:p of the words struck through by hand that were not read (the edits' offsets skip them, :func:`_placed`)."""
    skipped = skipped or {}
    struck = struck or {}
    failed: set[int] = set()
    by_paragraph: dict[int, list[tuple[edit.Edit, Finding]]] = {}
    joins: dict[int, list[tuple[edit.JoinNext, Finding]]] = {}
    tails: dict[int, Any] = {}  # the last part of each paragraph a Split cut in two
    for finding in findings:
        for correction in finding.edits:
            if isinstance(correction.edit, listdesign.LIST_EDITS):
                continue  # made on numbering.xml (_apply_lists)
            if isinstance(correction.edit, edit.JoinNext):  # made last, so the other edits find their paragraphs
                joins.setdefault(finding.paragraph if correction.paragraph is None else correction.paragraph,
                                 []).append((correction.edit, finding))
                continue
            if correction.everywhere:  # a document-wide setting: every paragraph
                for p in elements.values():
                    edit.apply(p, correction.edit)
                continue
            target = finding.paragraph if correction.paragraph is None else correction.paragraph
            placed = _placed(_shifted(correction.edit, skipped.get(target, 0)), struck.get(target, []))
            if placed is None:
                failed.add(id(finding))
                continue
            by_paragraph.setdefault(target, []).extend((change, finding) for change in placed)
    for index, edits in by_paragraph.items():
        p = elements.get(index)
        if p is None:
            failed.update(id(finding) for _, finding in edits)
            continue
        chosen: list[tuple[edit.Edit, Finding]] = []  # in the report's order: the first of two overlapping wins
        for change, finding in edits:
            if any(change == other for other, _ in chosen):
                continue
            if any(_overlap(change, other) for other, _ in chosen):
                failed.add(id(finding))
            else:
                chosen.append((change, finding))
        chosen.sort(key=lambda item: edit.right_to_left(item[0]), reverse=True)
        following = batch.next_element(p)
        for change, finding in chosen:
            if not edit.apply(p, change):
                failed.add(id(finding))
            elif isinstance(change, edit.Split):
                tails[index] = batch.last_part(p, following)
    for index in sorted(joins, reverse=True):  # from the end: a clause broken twice joins its last two parts first
        p = tails.get(index, elements.get(index))  # a paragraph split in two joins the broken-off rest to its last part
        after = elements.get(index + 1)
        if p is not None and after is not None and batch.next_element(p) is after and skipped.get(index + 1):
            batch.drop_opening(after, skipped[index + 1])  # its margin line number
        if p is None or not edit.apply(p, joins[index][0][0]):
            failed.update(id(finding) for _, finding in joins[index])
    return failed


def _shifted(change: edit.Edit, by: int) -> edit.Edit:
    """``change`` with its offsets moved ``by`` characters on (past a paragraph's unread opening)."""
    if by and isinstance(change, (edit.Replace, edit.Emphasise, edit.Number, edit.Split)):
        return dataclasses.replace(change, start=change.start + by, end=change.end + by)
    return change


def struck_spans(paragraph: reader.Paragraph) -> list[tuple[int, int]]:
    """The [start, end) in the w:p (counted as :func:`runtext.joined_runs` counts) of the paragraph's words struck
    through by hand, which its text leaves out."""
    elements = {id(r) for r in paragraph.struck_runs}
    return [(s, e) for r, s, e in runtext.joined_runs(paragraph.element) if id(r) in elements]


def _placed(change: edit.Edit, struck: list[tuple[int, int]]) -> list[edit.Edit] | None:
    """``change``, its offsets counted in the text read without the words struck by hand (``struck``: their
    [start, end) in the w:p), as edits of the w:p that leave those words as they stand: a span's start is where its
    first character stands, its end where its last one ends, an insertion goes after the character before it. A
    span over struck words is made in the pieces between them when that changes no struck word (emphasis, a
    deletion); a replacement or a split across them is not made (None)."""
    if not struck or not isinstance(change, (edit.Replace, edit.Emphasise, edit.Number, edit.Split)):
        return [change]

    def at(offset: int) -> int:  # where the character at ``offset`` of the read text stands in the w:p
        for s, e in struck:
            if s <= offset:
                offset += e - s
        return offset

    if change.start == change.end:
        start = end = at(change.start - 1) + 1 if change.start else 0
    else:
        start, end = at(change.start), at(change.end - 1) + 1
    inside = [(s, e) for s, e in struck if start < s and e < end]
    if not inside:
        return [dataclasses.replace(change, start=start, end=end)]
    if isinstance(change, edit.Split) or isinstance(change, edit.Replace) and change.text:
        return None
    bounds = [start, *(x for span in inside for x in span), end]
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if a < b]
    if isinstance(change, edit.Number):  # the typed label's characters go piece by piece, the numbering is set once
        return [dataclasses.replace(change, start=spans[0][0], end=spans[0][1]),
                *(edit.Replace(a, b, "") for a, b in spans[1:])]
    return [dataclasses.replace(change, start=a, end=b) for a, b in spans]


def _overlap(a: edit.Edit, b: edit.Edit) -> bool:
    """Whether two edits that change text (replacements, typed labels removed) touch the same characters, or
    insert at the same place; emphasis and fonts change no text and overlap nothing. A split takes out the
    characters it cuts at, as a replacement of them would."""
    a, b = (edit.Replace(e.start, e.end, "") if isinstance(e, edit.Split) else e for e in (a, b))
    if not isinstance(a, (edit.Replace, edit.Number)) or not isinstance(b, (edit.Replace, edit.Number)):
        return False
    if a.start == a.end or b.start == b.end:  # an insertion: at the same place, or strictly inside the other
        return a.start == b.start or b.start < a.start < b.end or a.start < b.start < a.end
    return a.start < b.end and b.start < a.end
