"""``drafter apply``: amendments become Word tracked changes in the revised draft.

The draft (a .docx, or an answers file built in memory; :mod:`drafter.revise.document`) is read through the
structure reader; the :class:`~drafter.revise.reviser.Reviser` applies each amendment's actions to its operative
paragraphs in order (:mod:`drafter.revise.actions`), then puts final punctuation and typed paragraph numbers
right (:mod:`drafter.revise.renumber`), each as a tracked change.
"""

from __future__ import annotations

from pathlib import Path

from drafter.files import check_writable, write_atomic
from drafter.library import Library
from drafter.problems import Location, Problem
from drafter.revise import amend
from drafter.revise.amend import Amendment, AmendmentError
from drafter.revise.document import DraftDocument, open_draft
from drafter.revise.reviser import Reviser
from drafter.revise.step import Said
from drafter.word.accept import revised_bytes


def revise(draft: DraftDocument, amendments: list[Amendment], lib: Library) -> Reviser:
    """Apply ``amendments`` in order; raise :class:`AmendmentError` listing every problem (nothing is written)."""
    reviser = Reviser(draft, lib)
    for amendment in amendments:
        reviser.apply(amendment)
    if reviser.problems:
        raise AmendmentError(reviser.problems)
    reviser.finish()
    return reviser


def validate(amendment: Amendment, lib: Library) -> tuple[DraftDocument, Reviser]:
    """Apply ``amendment`` to the draft it names, in memory; raise listing every problem."""
    path = amendment.draft_path
    if path is None:
        where = Location(amendment.source or Path("amendment"), 1, 1)
        raise AmendmentError([Problem(where, "the amendment names no draft",
                                      "add 'draft: FILE', the answers file or .docx it amends",
                                      "修正案没有指明草案", "请加上 `draft: FILE`，即所修正的答案文件或 .docx")])
    draft = open_draft(path, lib)
    return draft, revise(draft, [amendment], lib)


def to_bytes(draft: DraftDocument, accept: bool = False) -> bytes:
    """The revised document (``accept``: with every change accepted)."""
    return revised_bytes(draft.docx, accept)


def run(draft_path: Path, amendment_paths: list[Path], lib: Library, out: Path, *, accept: bool = False,
        force: bool = False) -> Reviser:
    """``drafter apply``: read everything (all problems at once), apply, write ``out`` atomically."""
    check_writable(out, force)
    amendments, problems = [], []
    for path in amendment_paths:
        try:
            amendments.append(amend.read(path, lib))
        except AmendmentError as exc:
            problems.extend(exc.problems)
    if problems:
        raise AmendmentError(problems)
    draft = open_draft(draft_path, lib)
    reviser = revise(draft, amendments, lib)
    for path, amendment in zip(amendment_paths, amendments):
        named = amendment.draft_path
        if named is not None and named.resolve() != draft_path.resolve():
            reviser.notes.append(Said(f"{path.name} names {amendment.draft} as its draft; it was applied to {draft_path.name}",
                                      f"{path.name}所指的草案是{amendment.draft}；现已应用于{draft_path.name}"))
    write_atomic(out, to_bytes(draft, accept), force=force)
    return reviser
