"""Operative numbering: every paragraph numbered, in the form "1." under every profile, one kind of numbering
(typed or Word's), in sequence.

Once one kind of numbering is used, the sub-paragraph labels under it are checked too (:mod:`.sublabels`).
"""

from __future__ import annotations

from drafter.check.context import Context
from drafter.check.families import sublabels
from drafter.check.report import Correction, Finding
from drafter.labelkinds import Typed
from drafter.labels import TYPED_NUMBER
from drafter.structure import Node
from drafter.word.edit import Number, Replace


def check(ctx: Context) -> None:
    """Unnumbered operative paragraphs, typed and Word numbers mixed, numbers out of sequence; then sub-labels."""
    operatives = ctx.tree.operative
    unnumbered = [p for p in operatives if not p.auto and not p.label]
    if ctx.tree.by_phrases:
        if len(unnumbered) > 1:  # a one-paragraph resolution is not numbered; more must be
            ctx.add("numbering-absent", unnumbered[0], count=len(unnumbered))
    else:
        for part in unnumbered:
            ctx.add("operative-unnumbered", part)
    typed = [p for p in operatives if not p.auto and p.label]
    auto = [p for p in operatives if p.auto]
    for part in auto:  # a typed number on top of Word's own
        typed_number = TYPED_NUMBER.match(part.text)
        if part.offset and typed_number:
            ctx.add("numbering-mixed", part, 1, fix="remove the typed number",
                    edits=[Replace(0, typed_number.end(), "")])
    if typed and auto:
        num_id = auto[0].para.num_id
        assert num_id is not None  # a paragraph numbered by Word is in one of its lists
        for part in typed:
            if part.typed is None:
                continue
            ctx.add("numbering-mixed", part, 1, fix="use Word's numbering like the other paragraphs",
                    edits=[Number(0, part.typed.end, num_id)])
        return  # the sequence is only meaningful once one kind of numbering is used
    _sequence(ctx)
    for op in operatives:
        sublabels.check(ctx, op.children, 1)


def _sequence(ctx: Context) -> None:
    """Compare each number with its position; one finding where the numbering goes off, carrying the
    renumbering of every paragraph that follows it off by the same amount (a gap is one finding). A number typed
    in another form than "N." ("1)", "第一条") is also a ``numbering-form`` finding; the two fixes edit different
    characters of the label ("4)": the 4, and the ")")."""
    sections = sorted(x.para.index for x in ctx.tree.sections)
    correct, last_index, drift = 0, 0, 0
    current: Finding | None = None
    for part in ctx.tree.operative:
        after_section = any(last_index < x < part.para.index for x in sections)
        last_index = part.para.index
        typed = part.typed
        found = typed.value if typed is not None else int(part.label) if part.label.isdigit() else None
        correct = 1 if after_section and found == 1 else correct + 1
        delta = 0 if found is None else found - correct
        if typed is not None and not typed.un_number:
            _form(ctx, part, typed, correct, renumbered=delta != 0)
        if delta == 0:
            drift, current = 0, None
            continue
        start = typed.start + typed.text.index(typed.token) if typed is not None else 0
        shown = typed.text if typed is not None else f"{part.label}."
        edit = Correction(Replace(start, start + len(part.label), str(correct)), paragraph=part.para.index)
        if delta == drift and current is not None:
            if not part.auto:
                current.edits.append(edit)
            continue
        drift = delta
        if part.auto:
            current = ctx.add("numbering-sequence", part, found=shown, expected=f"{correct}.")
        else:
            current = ctx.add("numbering-sequence", part, start + 1, fix=f"renumber from {correct}", edits=[edit],
                              found=shown, expected=f"{correct}.")


def _form(ctx: Context, part: Node, typed: Typed, correct: int, renumbered: bool) -> None:
    """A clause number typed in another form than "N." ("1)", "1-", "(1)", "１．", "1、", "第一条", "一、", "A.").
    Its fix rewrites the marks around the number and the number in digits, unless the sequence fix renumbers it."""
    token = typed.start + typed.text.index(typed.token)
    token_end = token + len(typed.token)
    marks_end = len(part.text[:typed.end].rstrip())  # "第一条：" keeps its colon out of the content
    edits = [Replace(token_end, marks_end, "." + ("" if part.text[marks_end:marks_end + 1].isspace() else " "))]
    if not renumbered and typed.token != str(typed.value):
        edits.append(Replace(token, token_end, str(typed.value)))
    if token > typed.start:
        edits.append(Replace(typed.start, token, ""))
    ctx.add("numbering-form", part, typed.start + 1, fix=f"write {correct}.", edits=edits, found=typed.text,
            expected=f"{correct}.")
