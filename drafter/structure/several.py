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
# a title that numbers the drafts of one report or paper ("Draft resolution II", "Draft decision III", "决议草案二"),
# and the organ line that opens such a draft's body, a line or two below it ("The Economic and Social Council,")
NUMBERED_TITLE = lazy(r"^\s*(?:draft\s+(?:resolution|decision)\s+(?:[IVX]+|\d+|[A-H])|[决決][议議定]草案\s*[一二三四五六七八九十]+)\s*$",
                      re.IGNORECASE)
OPENING_ORGAN = lazy(r"^\s*(?:the\s+)?[^,，:：;.。]{0,80}(?:assembly|council|commission|committee|conference|board"
                     r"|大会|理事会|委员会)\s*[,，:：]\s*$", re.IGNORECASE)
TITLE_TO_ORGAN = 3  # lines from a numbered title to its draft's organ line (the title, its name)
FIELDS_TO_START = 2  # heading lines (of at least two fields already seen) that start a second resolution
BODY_BETWEEN = 3  # paragraphs of text a resolution has between its heading and the next one's


def _keys(para: reader.Paragraph) -> set[str]:
    """The keys of the filled heading fields on one paragraph."""
    return {f.key for f in fields_in(para.text) if not f.empty}


def resolution_starts(doc: reader.Document) -> list[int]:
    """Where each resolution of the file starts (0-based positions in ``doc.paragraphs``; [0] for one): at a run
    of heading lines repeating at least :data:`FIELDS_TO_START` of the fields a heading before it gave (with the
    title line and blank lines just above them), after at least :data:`BODY_BETWEEN` paragraphs of text that are
    no heading lines; or at a title that numbers the drafts of one report ("Draft resolution II") with its own
    organ line below it, after :data:`BODY_BETWEEN` paragraphs from the organ line of the draft before."""
    starts = [0]
    seen: set[str] = set()
    body = 0
    opened = 0  # paragraphs from the organ line of the current draft on (0: none seen yet)
    paragraphs = doc.paragraphs
    i = 0
    while i < len(paragraphs):
        keys = _keys(paragraphs[i])
        if opened >= BODY_BETWEEN and _opens_numbered_draft(paragraphs, i):
            starts.append(i)  # "Draft resolution II" over its title and its own organ line, after a draft's body
            seen = set()
            body = opened = 0
            i += 1
            continue
        if opened or OPENING_ORGAN.match(paragraphs[i].text):
            opened += 1
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
            body = opened = 0
        for para in paragraphs[i:run_end]:
            seen |= _keys(para)
        i = run_end
    return starts


def _opens_numbered_draft(paragraphs: list[reader.Paragraph], at: int) -> bool:
    """``paragraphs[at]`` numbers a draft of several in one report or paper ("Draft resolution II") and an organ line
    follows it within :data:`TITLE_TO_ORGAN` lines: the next draft starts there, its heading that one title."""
    if not NUMBERED_TITLE.match(paragraphs[at].text):
        return False
    following = [p.text for p in paragraphs[at + 1:at + 1 + TITLE_TO_ORGAN + 2] if p.text.strip()]
    return any(OPENING_ORGAN.match(text) for text in following[:TITLE_TO_ORGAN])


def titled_only(part: reader.Document) -> bool:
    """``part`` opens with a title that numbers it among the drafts of one report ("Draft resolution II", its name,
    then its organ line) and no heading field before its organ line: the heading given once above the first draft
    is its heading too, and no field is missing from it."""
    texts = [p.text for p in part.paragraphs if p.text.strip()]
    if not texts or not NUMBERED_TITLE.match(texts[0]):
        return False
    organ = next((i for i, text in enumerate(texts[:TITLE_TO_ORGAN + 1]) if OPENING_ORGAN.match(text)), None)
    return organ is not None and not any(fields_in(text) for text in texts[:organ])


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
