"""The order of the ``drafter new`` questions, and going back.

:class:`Flow` asks the steps of :mod:`drafter.interview.steps` in order through an
:class:`~drafter.interview.asker.Asker` (the terminal one lives in :mod:`drafter.interview.questionnaire`;
tests script one). Every answer goes straight into :attr:`Flow.answers`, so an interruption at any point can
save what was given. Any prompt may raise :class:`GoBack` (Esc): the flow then asks the previous step again.
:func:`drafter.interview.session.interview` runs a flow and writes the document.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from drafter.compose.answers import Answers
from drafter.interview.asker import GoBack
from drafter.interview.state import FlowState
from drafter.interview.steps import clauses, countries, document, output, paper
from drafter.interview.steps.outline import ask_outline

Step = Callable[[FlowState], None]

FIRST_STEPS: list[tuple[str, Step]] = [
    ("language", document.ask_language), ("kind", document.ask_kind), ("committee", document.ask_committee),
    ("agenda", document.ask_agenda), ("country", countries.ask_country),
]
RESOLUTION_STEPS: list[tuple[str, Step]] = [
    ("profile", document.ask_profile), ("sponsors", countries.ask_sponsors),
    ("signatories", countries.ask_signatories), ("topics", clauses.ask_topics),
    ("preambular", clauses.ask_preambular), ("operative", clauses.ask_operative), ("outline", ask_outline),
]
# a position paper: what it is about, its proposals (chosen, then ordered, edited, removed or added in the outline,
# as a resolution's clauses are), then the delegate and the national position
POSITION_PAPER_STEPS: list[tuple[str, Step]] = [
    ("topics", clauses.ask_topics), ("operative", clauses.ask_operative), ("outline", ask_outline),
    ("paper", paper.ask_paper),
]
LAST_STEPS: list[tuple[str, Step]] = [("output", output.ask_output)]

# The answers fields each step sets (going back keeps them as the defaults of the steps asked again).
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    "kind": ("kind",), "committee": ("committee",), "agenda": ("agenda",), "country": ("country",),
    "profile": ("profile",), "sponsors": ("sponsors",), "signatories": ("signatories",),
    "preambular": ("preambular",), "operative": ("operative",), "outline": ("preambular", "operative"),
    "paper": ("position_paper",), "output": ("output",),
}


class Flow(FlowState):
    """One run of the questionnaire: its steps in order, going back on Esc."""

    def steps(self) -> list[tuple[str, Step]]:
        """The steps by name, in order; which ones depends on the kind of document chosen."""
        middle = RESOLUTION_STEPS if self.answers.kind == "resolution" else POSITION_PAPER_STEPS
        return FIRST_STEPS + middle + LAST_STEPS

    def run(self) -> Answers:
        """Ask every question not answered yet; Esc goes back a step. Return the answers (the caller writes them)."""
        index = 0
        while True:
            steps = self.steps()  # the list depends on the kind chosen
            if index >= len(steps):
                return self.answers
            name, ask = steps[index]
            if name in self.answered:
                index += 1
                continue
            before = self.counter.questions
            try:
                ask(self)
            except GoBack as back:
                index = self.go_back(back.step, [n for n, _ in steps], name)
                continue
            self.answered.append(name)
            if self.counter.questions > before and name not in self.history:
                self.history.append(name)
            index += 1

    def go_back(self, step: str | None, names: list[str], current: str) -> int:
        """Forget the answers from ``step`` (default: the last step that asked something) on; return its index."""
        if step is None:
            earlier = [n for n in self.history if n in names and names.index(n) < names.index(current)]
            if not earlier:
                return names.index(current)
            step = earlier[-1]
        base = copy.deepcopy(self.defaults) if self.defaults else Answers()
        for done in self.answered:
            for name in STEP_FIELDS.get(done, ()):
                setattr(base, name, copy.deepcopy(getattr(self.answers, name)))
        base.language = self.lang
        self.defaults = base
        cut = names.index(step)
        if step == "language":
            self.lang = ""  # asked again
        self.answered = [n for n in self.answered if n not in names or names.index(n) < cut]
        self.history = [n for n in self.history if n in names and names.index(n) < cut]
        return cut
