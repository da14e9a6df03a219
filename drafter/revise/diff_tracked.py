"""The new version of a draft written with tracked changes against the old one (``drafter diff --out``).

Inserted text keeps the new version's runs, struck text is the old version's, with the formatting of its old runs
(an italic lead struck stays italic, a plain word struck stays plain); a change of emphasis alone is a tracked
change of formatting (w:rPrChange) holding the old run properties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.revise.change import Change, Version
from drafter.revise.tokens import words
from drafter.revise.wording import edits
from drafter.structure import Node
from drafter.word import placement, runtext, tracked_paragraphs
from drafter.word import revisions as rv

if TYPE_CHECKING:
    from lxml.etree import _Element


def tracked(old: Version, new: Version, changes: list[Change], pairs: list[tuple[Node, Node]], lang: str,
            author_name: str, date: str) -> None:
    """Write ``changes`` into the new version's document as tracked changes against the old."""
    body = new.docx.element.body
    author = rv.Author(author_name, date, rv.Ids(body))
    moves: dict[int, str] = {}
    for change in changes:
        if change.kind == "moved":
            assert change.new is not None
            moves[id(change.old)] = name = f"drafter-move-{len(moves) + 1}"
            tracked_paragraphs.mark_moved(change.new.para.element, "moveTo", name, author)
        if change.kind == "added":
            assert change.new is not None
            p = change.new.para.element
            rv.mark_inserted(p, 0, len(runtext.current_text(p)), author)
            tracked_paragraphs.mark_paragraph(p, "ins", author)
        if change.kind in ("changed", "punctuation", "renumbered", "whitespace"):
            assert change.old is not None and change.new is not None
            _word_level(change.old.para.element, change.old.para.text, change.new.para.element, lang, author,
                        (change.old.offset, change.new.offset))
        if change.kind == "formatting":
            assert change.old is not None and change.new is not None
            _formatting(change, author)
    _strike_removed(old, new, changes, pairs, author, moves)
    tracked_paragraphs.carry_marks_forward([c.new.para.element for c in changes if c.kind == "added" and c.new is not None],
                                           author)


def _old_pieces(old_p: _Element | None, old_text: str) -> list[tuple[_Element, int, int]]:
    """The old paragraph's runs with their [start, end) in its text; empty when they do not make up ``old_text``."""
    if old_p is None:
        return []
    runs = runtext.current_runs(old_p)
    if "".join(runtext.run_text(r) for r, _, _ in runs) != old_text:
        return []
    return runs


def _word_level(old_p: _Element | None, old_text: str, p: _Element, lang: str, author: rv.Author,
                starts: tuple[int, int] = (0, 0)) -> None:
    """Mark the edits from ``old_text`` to the paragraph ``p``'s text; ``starts``: where each one's content begins
    after a typed number (a paragraph only renumbered has its content compared as one piece)."""
    new_text = runtext.current_text(p)
    if starts != (0, 0) and old_text[starts[0]:] == new_text[starts[1]:]:
        a = [*words(old_text[:starts[0]], lang), old_text[starts[0]:]]
        b = [*words(new_text[:starts[1]], lang), new_text[starts[1]:]]
    else:
        a, b = words(old_text, lang), words(new_text, lang)
    old_offsets, offsets = [0], [0]
    for token in a:
        old_offsets.append(old_offsets[-1] + len(token))
    for token in b:
        offsets.append(offsets[-1] + len(token))
    old_runs = _old_pieces(old_p, old_text)
    aligned = [op for op in edits(a, b) if op[0] != "equal"]
    like_at = {(i1, j1): rv.run_at(p, offsets[j1] + (1 if j2 > j1 else 0)) for _, i1, _, j1, j2 in aligned}
    for _, i1, i2, j1, j2 in reversed(aligned):
        if j2 > j1:
            rv.mark_inserted(p, offsets[j1], offsets[j2], author)
        if i2 > i1:
            start, end = old_offsets[i1], old_offsets[i2]
            pieces = [(old_text[max(s, start):min(e, end)], run) for run, s, e in old_runs if s < end and e > start]
            if not pieces:
                pieces = [(old_text[start:end], like_at[(i1, j1)])]
            rv.insert_deleted_pieces(p, offsets[j1], pieces, author)


def _formatting(change: Change, author: rv.Author) -> None:
    """Each stretch whose emphasis changed, as a tracked change of run properties back to the old run's."""
    assert change.old is not None and change.new is not None
    p = change.new.para.element
    old_runs = _old_pieces(change.old.para.element, change.old.para.text)
    shift = change.old.offset - change.new.offset
    for styled in change.styles:
        old_run = next((r for r, s, e in old_runs if s <= styled.start + shift < e), None)
        rv.mark_formatted(p, styled.start, styled.end, rv.run_properties(old_run), author)


def _strike_removed(old: Version, new: Version, changes: list[Change], pairs: list[tuple[Node, Node]],
                    author: rv.Author, moves: dict[int, str]) -> None:
    """Put the old version's struck (and moved-away) paragraphs back, struck, where they stood."""
    matched = {id(o): n for o, n in pairs}
    removed = {id(c.old) for c in changes if c.kind in ("struck", "moved")}
    numbered: dict[int, _Element] = {}
    for node in new.nodes:
        numbering = tracked_paragraphs.list_properties(node.para.element)
        if numbering is not None:
            numbered.setdefault(node.level, numbering)
    anchor: _Element | None = None
    pending: list[_Element] = []
    first_new = new.nodes[0].para.element if new.nodes else None
    for node in old.nodes:
        if id(node) in matched:
            target = matched[id(node)].para.element
            for copy_p in pending:
                placement.put_before(target, copy_p)
            pending = []
            anchor = target
            continue
        if id(node) not in removed:
            continue
        copy_p = tracked_paragraphs.copy_as_deleted(node.para.element, author, move=moves.get(id(node), ""))
        if node.level in numbered:
            tracked_paragraphs.number_like(copy_p, numbered[node.level])
        if anchor is None and first_new is None:
            placement.put_last(new.docx.element.body, copy_p)
        elif anchor is None:
            pending.append(copy_p)
        else:
            placement.put_after(anchor, copy_p)
            anchor = copy_p
    for copy_p in pending:
        if first_new is not None:
            placement.put_before(first_new, copy_p)
