"""One action of an amendment being applied, and the problem that stops it."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.library import Library
from drafter.revise.amend import Action
from drafter.word.revisions import Author


@dataclass
class Step:
    """What an action needs besides the draft, and what it tells the reviser back."""

    action: Action
    author: Author  # the amendment's author: every tracked change the action makes carries it
    numbering: str  # "current" | "original": the text the action's address counts paragraphs in
    lib: Library
    structural: bool = False  # set when it struck or added paragraphs (numbers and final marks follow)
    replaced_lead: str | None = None  # set by change_lead: the lead phrase it replaced


class ActionProblem(Exception):
    """An action that cannot be applied to the draft; ``hint`` says what to do instead."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint
