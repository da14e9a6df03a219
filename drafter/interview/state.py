"""What one run of the questionnaire knows: the library, the asker, the language, the answers being built,
the defaults, and which steps are done. The steps (:mod:`drafter.interview.steps`) read and change it;
:class:`~drafter.interview.flow.Flow` adds their order.

Every answer goes straight into :attr:`FlowState.answers`, so an interruption at any point can save what was
given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.compose.answers import Answers
from drafter.interview.asker import Asker, CountingAsker
from drafter.interview.clausetext import ClauseTexts
from drafter.interview.messages import message
from drafter.library import Library
from drafter.library.model import Country


@dataclass
class FlowState:
    """One run of the questionnaire, between its questions."""

    lib: Library
    asker: Asker
    lang: str = ""
    answers: Answers = field(default_factory=Answers)
    answered: list[str] = field(default_factory=list)  # steps done (a resumed run skips them)
    defaults: Answers | None = None  # an earlier answers file, or the answers before going back
    cwd: Path = field(default_factory=Path.cwd)
    force: bool = False
    out: Path | None = None
    topics: list[str] = field(default_factory=list)
    create_folder: bool = False  # the delegate agreed to create the output's missing folder
    history: list[str] = field(default_factory=list)  # steps that asked something, in order
    counter: CountingAsker = field(init=False, repr=False)  # the asker, counting the questions

    def __post_init__(self) -> None:
        self.asker = self.counter = CountingAsker(self.asker)
        if self.lang:
            self.asker.language = self.lang

    def t(self, key: str, **fields: Any) -> str:
        """A message of :mod:`drafter.interview.messages` in the questionnaire's language."""
        return message(key, self.lang or "en", **fields)

    @property
    def other(self) -> str:
        """The other language, shown beside the questionnaire's."""
        return "zh" if self.lang == "en" else "en"

    @property
    def texts(self) -> ClauseTexts:
        """Clauses as the questionnaire shows them, in its language."""
        return ClauseTexts(self.lib, self.lang)

    def default(self, name: str, fallback: Any = None) -> Any:
        """The default of the answers field ``name``: its earlier value, else ``fallback``."""
        value = getattr(self.defaults, name, None) if self.defaults else None
        return value if value else fallback

    def bloc_names(self, country: Country) -> str:
        """The names of ``country``'s blocs, joined for the language."""
        return ("、" if self.lang == "zh" else ", ").join(self.lib.blocs[b].name[self.lang] for b in country.blocs) or "-"

    def not_empty(self, text: str) -> str | None:
        """A validator: refuses an empty answer."""
        return None if text.strip() else self.t("empty")
