"""Operative numbering: every paragraph numbered, one kind of numbering (typed or Word's), in sequence, and the
preamble not numbered.

Word's numbering is judged by the labels Word shows (:mod:`drafter.word.numbering`). A clause that a new Word
list numbers "1." again is one finding whose fix moves it, and the clauses after it in that list, back into the
first list; every later paragraph is judged as Word would number it after that fix (:mod:`drafter.check.lists`),
so nothing after a fault is reported for it. Once one kind of numbering is used, the sub-paragraph labels under
it are checked too (:mod:`.sublabels`).
"""

from __future__ import annotations

import re

from drafter.check.context import Context
from drafter.check.families import sublabels
from drafter.check.report import Correction, Finding
from drafter.labels import TYPED_NUMBER
from drafter.structure import Node
from drafter.word.edit import Number, Replace
from drafter.word.numbering import Assignment

LEADING_NUMBER = re.compile(r"^\s*(\d+)")


def check(ctx: Context) -> None:
    """Numbered preambular paragraphs, unnumbered operative paragraphs, typed and Word numbers mixed, numbers
    out of sequence or restarted by a new list; then sub-labels."""
    operatives = ctx.tree.operative
    main = next((p.para.num_id for p in operatives if p.auto), None)  # the list numbering the clauses
    for part in ctx.tree.preamble:
        if part.para.num_id is not None and part.para.label:
            edits = ctx.lists.commit({part.para.index: None})
            ctx.add("preambular-numbered", part, fix="take the number away", edits=edits, found=part.para.label)
    unnumbered = [p for p in operatives if not p.auto and not p.label]
    if ctx.tree.by_phrases:
        if len(unnumbered) > 1:  # a one-paragraph resolution is not numbered; more must be
            ctx.add("numbering-absent", unnumbered[0], count=len(unnumbered))
    else:
        for part in unnumbered:
            position = operatives.index(part) + 1
            edits = _join(ctx, part, main, [part.para.index], position) if main is not None else []
            ctx.add("operative-unnumbered", part, fix="number it with Word's list like the other paragraphs" if edits
                    else "", edits=edits)
    typed = [p for p in operatives if not p.auto and p.label]
    auto = [p for p in operatives if p.auto]
    for part in auto:  # a typed number on top of Word's own
        typed_number = TYPED_NUMBER.match(part.text)
        if part.offset and typed_number:
            ctx.add("numbering-mixed", part, 1, fix="remove the typed number",
                    edits=[Replace(0, typed_number.end(), "")])
    if typed and main is not None:
        for part in typed:
            typed_number = TYPED_NUMBER.match(part.text)
            if typed_number is None:
                continue
            ctx.add("numbering-mixed", part, 1, fix="use Word's numbering like the other paragraphs",
                    edits=[Number(0, typed_number.end(), main)])
        return  # the sequence is only meaningful once one kind of numbering is used
    _sequence(ctx, main)
    for op in operatives:
        sublabels.check(ctx, op.children, 1)


def _sequence(ctx: Context, main: int | None) -> None:
    """Compare each number with its position; one finding where the numbering goes off, carrying the
    renumbering of every paragraph that follows it off by the same amount (a gap is one finding). A Word-numbered
    paragraph in another list than the first clause's is moved back into it, with the paragraphs after it."""
    sections = sorted(x.para.index for x in ctx.tree.sections)
    correct, last_index, drift = 0, 0, 0
    current: Finding | None = None
    for part in ctx.tree.operative:
        after_section = any(last_index < x < part.para.index for x in sections)
        last_index = part.para.index
        shown = ctx.lists.text(part.para.index) if part.auto else part.label
        number = LEADING_NUMBER.match(shown)
        found = int(number.group(1)) if number else None
        correct = 1 if after_section and found == 1 else correct + 1
        if found is None:
            continue
        delta = found - correct
        if delta == 0:
            drift, current = 0, None
            continue
        if part.auto:
            assignment = ctx.lists.assignment(part.para.index)
            other_list = main is not None and assignment is not None and assignment[0] != main
            rule = "numbering-restart" if other_list and found < correct else "numbering-sequence"
            clause = any(p.kind == "operative" for _, p in ctx.phrases.matches(part.content))  # not a sub-list
            edits = _join(ctx, part, main, _rest_of_list(ctx, part), correct) \
                if other_list and main is not None and clause else []
            if edits:
                ctx.add(rule, part, fix="continue the first list's numbering", edits=edits, found=shown,
                        expected=f"{correct}.")
                drift, current = 0, None
                continue
            if delta == drift and current is not None:
                continue
            drift = delta
            current = ctx.add(rule, part, found=shown, expected=f"{correct}.")
            continue
        start = len(part.text) - len(part.text.lstrip())
        edit = Correction(Replace(start, start + len(part.label), str(correct)), paragraph=part.para.index)
        if delta == drift and current is not None:
            current.edits.append(edit)
            continue
        drift = delta
        current = ctx.add("numbering-sequence", part, start + 1, fix=f"renumber from {correct}",
                          edits=[edit], found=f"{part.label}.", expected=f"{correct}.")


def _rest_of_list(ctx: Context, part: Node) -> list[int]:
    """``part`` and the later paragraphs of the operative part that the same Word list numbers."""
    assignment = ctx.lists.assignment(part.para.index)
    assert assignment is not None  # only called for a Word-numbered paragraph
    last = max(c.para.index for n in ctx.tree.walk() for c in [n, *n.continuation])
    return ctx.lists.paragraphs_of(assignment[0], range(part.para.index, last + 1))


def _join(ctx: Context, part: Node, main: int, indices: list[int], expected: int) -> list[Correction]:
    """Plan moving ``indices`` into list ``main`` (each keeping its level, ``part`` at level 0) when Word would
    then number ``part`` ``expected``; the edits, or none when it would not."""
    moves: dict[int, Assignment] = {}
    for index in indices:
        assignment = ctx.lists.assignment(index)
        moves[index] = (main, assignment[1] if assignment is not None and index != part.para.index else 0)
    labels = ctx.lists.trial(moves)
    shown = labels[part.para.index - 1]
    number = LEADING_NUMBER.match(shown.text) if shown is not None else None
    if number is None or int(number.group(1)) != expected:
        return []
    return ctx.lists.commit(moves)
