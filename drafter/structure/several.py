"""Several draft resolutions in one file: a committee's drafts handed in together, each with its own heading block
(title, Committee / Topic / Sponsors lines) and body. Each is read and checked as a resolution of its own."""

from __future__ import annotations

import dataclasses
import re

from drafter.patterns import lazy
from drafter.structure.heading import fields_in
from drafter.word import reader

# a heading's title line: "Draft Resolution 1.2", "DRAFT RESOLUTION", "决议草案", "決議草案 1.1"
TITLE = lazy(r"^\s*(?:draft\s+resolution\b[\s\w./-]{0,12}|[决決][议議]草案[\s\w./-]{0,12})$", re.IGNORECASE)
FIELDS_TO_START = 2  # heading lines (of at least two fields already seen) that start a second resolution
BODY_BETWEEN = 3  # paragraphs of text a resolution has between its heading and the next one's


def _keys(para: reader.Paragraph) -> set[str]:
    """The keys of the filled heading fields on one paragraph."""
    return {f.key for f in fields_in(para.text) if not f.empty}


def resolution_starts(doc: reader.Document) -> list[int]:
    """Where each resolution of the file starts (0-based positions in ``doc.paragraphs``; [0] for one): at a run
    of heading lines repeating at least :data:`FIELDS_TO_START` of the fields a heading before it gave (with the
    title line and blank lines just above them), after at least :data:`BODY_BETWEEN` paragraphs of text that are
    no heading lines."""
    starts = [0]
    seen: set[str] = set()
    body = 0
    paragraphs = doc.paragraphs
    i = 0
    while i < len(paragraphs):
        keys = _keys(paragraphs[i])
        if not keys:
            if paragraphs[i].text.strip() and not TITLE.match(paragraphs[i].text):
                body += 1
            i += 1
            continue
        run_end, repeated = i, set()
        while run_end < len(paragraphs) and (_keys(paragraphs[run_end]) or not paragraphs[run_end].text.strip()):
            repeated |= _keys(paragraphs[run_end]) & seen
            run_end += 1
        if len(repeated) >= FIELDS_TO_START and body >= BODY_BETWEEN:
            start = i
            while start - 1 > starts[-1] and (TITLE.match(paragraphs[start - 1].text)
                                              or not paragraphs[start - 1].text.strip()):
                start -= 1
            while start < i and not paragraphs[start].text.strip():
                start += 1  # blank lines above the title stay with the resolution before
            starts.append(start)
            seen = set()
            body = 0
        for para in paragraphs[i:run_end]:
            seen |= _keys(para)
        i = run_end
    return starts


def resolutions(doc: reader.Document) -> list[reader.Document]:
    """The resolutions of the file, each as a document holding its own paragraphs (their indexes, labels and
    runs as in the whole file, and the whole file's list assignments, which are looked up by paragraph index);
    ``[doc]`` itself when it holds one."""
    starts = resolution_starts(doc)
    if len(starts) == 1:
        return [doc]
    bounds = [*starts, len(doc.paragraphs)]
    return [dataclasses.replace(doc, paragraphs=doc.paragraphs[a:b])
            for a, b in zip(bounds, bounds[1:], strict=False)]
