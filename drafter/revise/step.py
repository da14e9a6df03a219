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


class Said(str):
    """A line about what an amendment did, in English (the string itself) and in Chinese (``zh``)."""

    zh: str

    def __new__(cls, en: str, zh: str) -> Said:
        said = super().__new__(cls, en)
        said.zh = zh
        return said

    def text(self, lang: str) -> str:
        """The line in ``lang``."""
        return self.zh if lang == "zh" else str(self)


def zh_address(address: str) -> str:
    """An operative paragraph's address in Chinese: "5(b)" → "执行部分第5（b）段"."""
    return f"执行部分第{address.replace('(', '（').replace(')', '）')}段"


class ActionProblem(Exception):
    """An action that cannot be applied to the draft; ``hint`` says what to do instead; ``zh`` and ``zh_hint``
    say both in Chinese."""

    def __init__(self, message: str, hint: str = "", *, zh: str = "", zh_hint: str = "") -> None:
        super().__init__(message)
        self.hint, self.zh, self.zh_hint = hint, zh, zh_hint
