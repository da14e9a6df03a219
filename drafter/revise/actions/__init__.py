"""The amendment actions, one module each: every one takes the draft's view and the step being applied and
says what it did ("struck 3"), or raises :class:`~drafter.revise.step.ActionProblem`."""

from __future__ import annotations

from collections.abc import Callable

from drafter.revise.actions.add_after import add_after
from drafter.revise.actions.change_lead import change_lead
from drafter.revise.actions.replace import replace
from drafter.revise.actions.replace_words import replace_words
from drafter.revise.actions.strike import strike
from drafter.revise.step import Said, Step
from drafter.revise.view import DraftView

Apply = Callable[[DraftView, Step], Said]

ACTIONS: dict[str, Apply] = {
    "add_after": add_after,
    "strike": strike,
    "replace_words": replace_words,
    "replace": replace,
    "change_lead": change_lead,
}
