"""Where a paragraph stands on the page beside others: the table cell, row and tables that hold it, the cell on its
line before or after it, the frame beside it; which of several paragraphs comes last; and putting a new paragraph
before or after another, or at the end of the body.

The layers above ask these questions of a paragraph's element and never walk w:tc, w:tr or w:framePr themselves:
a lead phrase in a template's lead column and the rest of its clause in the next cell, a clause number's cell
beside its words, a number's frame beside its clause's after a PDF converter, a table nested in a clause's cell.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from drafter.word.runtext import current_text, w

_P, _TC, _TR, _TBL = w("p"), w("tc"), w("tr"), w("tbl")
_PPR, _FRAME_PR, _DROP_CAP = w("pPr"), w("framePr"), w("dropCap")

# how far apart (twips) the tops of two frames may stand and still be on one line: less than a line of 10 pt text
FRAME_LINE_SLACK = 200


def _cell(p: Any) -> Any | None:
    """The w:tc that holds the w:p ``p`` directly, None when ``p`` stands in no cell."""
    cell = p.getparent()
    return cell if cell is not None and cell.tag == _TC else None


def _next_cell(cell: Any, after: bool) -> Any | None:
    """The w:tc right after (``after``) or right before ``cell`` in its row, passing over markup between cells (a
    bookmark's end, a custom XML's range); None at the row's end (start)."""
    beside = cell.getnext() if after else cell.getprevious()
    while beside is not None and beside.tag != _TC:
        beside = beside.getnext() if after else beside.getprevious()
    return beside


def _first_paragraph(cell: Any) -> Any | None:
    return next(cell.iterchildren(_P), None)


def table_grid(p: Any) -> tuple[Any, list[list[list[Any]]]] | None:
    """The w:tbl whose cell holds the w:p ``p`` and that table's grid: its rows, each a list of its cells, each the
    list of the cell's w:p elements in order; None when ``p`` stands in no table's cell."""
    cell = _cell(p)
    row = cell.getparent() if cell is not None else None
    table = row.getparent() if row is not None else None
    if table is None or table.tag != _TBL:
        return None
    return table, [[list(c.iter(_P)) for c in r if c.tag == _TC] for r in table if r.tag == _TR]


def tables_holding(p: Any) -> list[Any]:
    """The w:tbl elements that hold ``p``, innermost first: empty outside tables, two or more in a nested table."""
    return list(p.iterancestors(_TBL))


def row_holding(p: Any) -> Any | None:
    """The w:tr of the innermost table that holds ``p``, None outside tables."""
    return next(p.iterancestors(_TR), None)


def row_after(row: Any) -> bool:
    """Whether another row of its table follows the w:tr ``row``."""
    following = row.getnext()
    while following is not None and following.tag != _TR:
        following = following.getnext()
    return following is not None


def in_next_cell(p: Any, q: Any) -> bool:
    """Whether the w:p ``q`` is the first paragraph of the table cell right after the one holding ``p``, in the same
    row: what the page shows beside ``p``, on its line (a number column beside the text it numbers)."""
    cell = _cell(p)
    if cell is None or q.getparent() is None:
        return False
    after = _next_cell(cell, after=True)
    return after is not None and q.getparent() is after and _first_paragraph(after) is q


def cell_beside(p: Any, after: bool = True) -> Any | None:
    """The table cell (w:tc) right after (``after``) or right before the one holding the w:p ``p`` in the same row,
    when ``p`` is alone in its cell: what the page shows on its line beside it (a lead phrase's cell beside the rest
    of its clause, a clause number's beside its words); None when ``p`` is in no cell, shares its cell with another
    paragraph or a table, or its cell is the row's last (first)."""
    cell = _cell(p)
    if cell is None or any(child is not p and child.tag in (_P, _TBL) for child in cell):
        return None
    return _next_cell(cell, after)


def text_beside(p: Any) -> str:
    """The text of the first paragraph of the cell after ``p``'s on its row when ``p`` is alone in its cell
    (:func:`cell_beside`), stripped; "" when there is no such cell or it opens with an empty paragraph."""
    beside = cell_beside(p)
    first = _first_paragraph(beside) if beside is not None else None
    return current_text(first).strip() if first is not None else ""


def alone_before(p: Any) -> Any | None:
    """The w:p alone in the table cell right before the cell that ``p`` opens, on the same row: what the page
    shows on ``p``'s line before it (a template's lead column beside the rest of the clause); None when ``p`` does
    not open a cell, its cell is the row's first, or the cell before holds more than one paragraph."""
    cell = _cell(p)
    if cell is None or _first_paragraph(cell) is not p:
        return None
    before = _next_cell(cell, after=False)
    lead = _first_paragraph(before) if before is not None else None
    return lead if lead is not None and cell_beside(lead) is cell else None


def frame_beside(p: Any, q: Any) -> bool:
    """Whether the w:p ``q`` is a frame that the page places right of the frame holding ``p``, on its line: both
    framed (w:framePr) against the same anchors at the same height (w:y, within a fraction of a line), ``q`` starting
    where ``p``'s frame ends or further right (a PDF converter's "retain page layout": a number's frame beside its
    clause's)."""
    here, there = _frame(p), _frame(q)
    if here is None or there is None:
        return False
    if any(here.get(w(key)) != there.get(w(key)) for key in ("hAnchor", "vAnchor")):
        return False
    try:
        top, other_top = int(here.get(w("y"), "")), int(there.get(w("y"), ""))
        left, width, other_left = int(here.get(w("x"), "0")), int(here.get(w("w"), "0")), int(there.get(w("x"), ""))
    except ValueError:
        return False  # placed by alignment ("top", "center"), not at a height: nothing says they share a line
    return abs(top - other_top) <= FRAME_LINE_SLACK and 0 < width and left + width <= other_left


def _frame(p: Any) -> Any | None:
    """The w:framePr of the w:p ``p`` (not a drop cap's), None when it is no frame."""
    for ppr in p.iterchildren(_PPR):
        frame = ppr.find(_FRAME_PR)
        return frame if frame is not None and frame.get(_DROP_CAP) in (None, "none") else None
    return None


def paragraphs_in(element: Any) -> list[Any]:
    """Every w:p under ``element`` (a body, a cell, the document) in document order, in tables and text boxes too."""
    return list(element.iter(_P))


def last_in_order(first: Any, members: Collection[Any]) -> Any:
    """The one of ``first`` and ``members`` (paragraphs of one document) that comes last in document order; the
    paragraphs after ``first`` in its parent are looked at first (a clause's block follows its first paragraph)."""
    remaining = {id(p) for p in members} - {id(first)}
    last = first
    for p in first.itersiblings():
        if not remaining:
            return last
        if id(p) in remaining:
            remaining.discard(id(p))
            last = p
    if not remaining:
        return last
    wanted = {id(p) for p in members}
    for p in paragraphs_in(first.getroottree().getroot()):
        if id(p) in wanted:
            last = p
    return last


def put_before(target: Any, p: Any) -> None:
    """Put the paragraph ``p`` right before ``target``."""
    target.addprevious(p)


def put_after(target: Any, p: Any) -> None:
    """Put the paragraph ``p`` right after ``target``."""
    target.addnext(p)


def put_last(body: Any, p: Any) -> None:
    """Put the paragraph ``p`` at the end of ``body`` (a w:body), before the section properties that close it."""
    closing = body[-1] if len(body) and body[-1].tag == w("sectPr") else None
    if closing is None:
        body.append(p)
    else:
        closing.addprevious(p)
