"""The Word lists of a document as the checker's fixes would leave them.

A fix that moves paragraphs to another Word list (or level, or out of numbering) is planned here before its
finding is reported, and Word's labels are counted again with it: later paragraphs are then judged by what Word
would show once the fault is fixed, so one fault never becomes a finding on every correct paragraph after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from drafter.check.report import Correction
from drafter.word import listdesign, reader
from drafter.word.edit import SetList
from drafter.word.listdesign import LevelForm, Proposal
from drafter.word.numbering import Assignment, Label, Numbering


class ListPlan:
    """Each paragraph's (numId, level) as planned so far, and the labels Word would show with them."""

    def __init__(self, doc: reader.Document) -> None:
        self.numbering = doc.numbering or Numbering(None, {})
        self.assignments: list[Assignment] = list(doc.assignments) or [None] * len(doc.paragraphs)
        self._labels: list[Label | None] | None = None
        # paragraphs whose label form a planned fix changes: index → (the label shown before, that fix's edits)
        self.reformed: dict[int, tuple[str, list[Correction]]] = {}
        self.attempted: set[object] = set()  # plans already tried (a family's own keys), each tried once

    def assignment(self, index: int) -> Assignment:
        """The (numId, level) of paragraph ``index`` (1-based) as planned."""
        return self.assignments[index - 1]

    def label(self, index: int) -> Label | None:
        """What Word would show before paragraph ``index`` once the planned moves are made."""
        if self._labels is None:
            self._labels = self.numbering.labels(self.assignments)
        return self._labels[index - 1]

    def text(self, index: int) -> str:
        """The label's text ("" when the paragraph would not be numbered)."""
        label = self.label(index)
        return label.text if label is not None else ""

    def trial(self, moves: dict[int, Assignment]) -> list[Label | None]:
        """The labels Word would show with ``moves`` (paragraph index → assignment) on top of the plan."""
        return self.numbering.labels(moves.get(i + 1, a) for i, a in enumerate(self.assignments))

    def commit(self, moves: dict[int, Assignment]) -> list[Correction]:
        """Plan ``moves``; return the edits that make them."""
        for index, assignment in moves.items():
            self.assignments[index - 1] = assignment
        self._labels = None
        return [Correction(SetList(*(assignment or (0, 0))), paragraph=index) for index, assignment in moves.items()]

    def paragraphs_of(self, num_id: int, indices: Iterable[int]) -> list[int]:
        """Those of ``indices`` that are numbered by list ``num_id`` in the plan."""
        return [i for i in indices if (self.assignment(i) or (None, 0))[0] == num_id]

    def counting_on(self, num_id: int, indices: Iterable[int]) -> list[int]:
        """Those of ``indices`` whose numbers go on from the count of list ``num_id`` in the plan: numbered by it,
        or by another instance of its abstract list that restarts no level (Word counts the instances of one
        abstract list together; LibreOffice writes a list started at a value as two such instances, the first
        item's with the w:startOverride, the next items' without one)."""
        own = self.numbering.instance(num_id)
        out = []
        for index in indices:
            assignment = self.assignment(index)
            if assignment is None:
                continue
            if assignment[0] == num_id:
                out.append(index)
                continue
            other = self.numbering.instance(assignment[0])
            if own is not None and other is not None and other.list_id == own.list_id and not other.start_overrides:
                out.append(index)
        return out

    def restyle(self, indices: Iterable[int], form_of: Callable[[int], LevelForm | None]) -> Proposal | None:
        """A plan that the paragraphs ``indices`` show their labels in the form ``form_of(level)``, counting as
        they do, with no other paragraph's label changed (see :func:`drafter.word.listdesign.restyle`)."""
        return listdesign.restyle(self.numbering, self.assignments, {i - 1 for i in indices}, form_of)

    def restart(self, indices: Iterable[int], value: int) -> Proposal | None:
        """A plan that the paragraphs ``indices`` (one list instance and level) count from ``value`` in an
        instance of their own (see :func:`drafter.word.listdesign.restart`)."""
        return listdesign.restart(self.numbering, self.assignments, {i - 1 for i in indices}, value)

    def trial_of(self, proposal: Proposal) -> list[Label | None]:
        """The labels Word would show with ``proposal`` made on top of the plan."""
        return proposal.labels(self.assignments)

    def adopt(self, proposal: Proposal) -> list[Correction]:
        """Plan ``proposal``; return the edits that make it (the list definitions first)."""
        self.numbering = proposal.numbering
        edits = [Correction(change) for change in proposal.edits]
        moves = {position + 1: assignment for position, assignment in proposal.moves.items()}
        return edits + self.commit(moves)
