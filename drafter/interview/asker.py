"""What the questionnaires ask through: the :class:`Asker` protocol, the :class:`Option` it offers, and
:class:`GoBack`, which any prompt raises on Esc.

The terminal asker is :class:`drafter.interview.questionnaire.TerminalAsker`; tests script one. The questions
(:mod:`~drafter.interview.flow`, :mod:`~drafter.interview.amendflow`) and the widgets know each other only
through this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

Validator = Callable[[str], "str | None"]  # returns an error message, or None when the answer is fine


class GoBack(Exception):
    """Esc at a prompt: ask the previous step again (or ``step``, when given)."""

    def __init__(self, step: str | None = None) -> None:
        super().__init__(step or "")
        self.step = step


@dataclass
class Option:
    """One answer offered: ``value`` is what choosing it returns, ``title`` what the list shows."""

    value: Any
    title: str
    checked: bool = False
    search: str = ""  # more text the filter looks at (other language, ids, topics, source)
    preview: str = ""  # shown in full beside the list
    group: str = ""  # heading the option stands under
    locked: str = ""  # why a ticked option cannot be unticked (the picker says so instead); "" when it can
    rank: int = 0  # a ticked option's place in the order the values were chosen (the list itself is sorted)


def ticked_in_order(options: list[Option]) -> list[Any]:
    """The values of the ticked options, in the order they were chosen (their ``rank``), not the list's."""
    return [o.value for o in sorted((o for o in options if o.checked), key=lambda o: o.rank)]


class Asker(Protocol):
    """Asks one question at a time. Every question may raise :class:`GoBack` (Esc), KeyboardInterrupt (Ctrl-C)
    or EOFError (end of input)."""

    language: str  # of the asker's own words (help lines, Yes / No); set once the questionnaire's is known

    def select(self, message: str, options: list[Option], default: Any = None) -> Any:
        """The value of one of ``options``; ``default`` is highlighted first."""
        ...

    def pick(self, message: str, options: list[Option], multi: bool = True,
             alternatives: Callable[[Any], Iterable[Any]] | None = None,
             describe: Callable[[Any, Any], str] | None = None) -> Any:
        """Values chosen from a filterable list (``multi``), or one value. Choosing a value drops the chosen
        ``alternatives(value)``; ``describe(chosen, dropped)`` says so."""
        ...

    def text(self, message: str, default: str = "", validate: Validator | None = None,
             multiline: bool = False) -> str:
        """Typed text, cleaned by :func:`clean_input`; refused while ``validate`` returns a message."""
        ...

    def outline(self, message: str, rows: list[Option], index: int = 0, note: str = "") -> tuple[str, str, int]:
        """The draft's clauses (``rows``, valued (kind, position)): (action, kind, position) of the key pressed."""
        ...

    def confirm(self, message: str, default: bool = True) -> bool:
        """Yes or no."""
        ...

    def say(self, text: str) -> None:
        """Show ``text``; asks nothing."""
        ...


class CountingAsker:
    """Passes every question to ``inner`` and counts them (so going back skips the steps that asked nothing)."""

    def __init__(self, inner: Asker) -> None:
        self.inner = inner
        self.questions = 0

    @property
    def language(self) -> str:
        """The inner asker's language; setting it sets the inner asker's."""
        return self.inner.language

    @language.setter
    def language(self, language: str) -> None:
        self.inner.language = language

    def select(self, message: str, options: list[Option], default: Any = None) -> Any:
        """Ask ``inner``, counting the question."""
        self.questions += 1
        return self.inner.select(message, options, default)

    def pick(self, message: str, options: list[Option], multi: bool = True,
             alternatives: Callable[[Any], Iterable[Any]] | None = None,
             describe: Callable[[Any, Any], str] | None = None) -> Any:
        """Ask ``inner``, counting the question."""
        self.questions += 1
        return self.inner.pick(message, options, multi=multi, alternatives=alternatives, describe=describe)

    def text(self, message: str, default: str = "", validate: Validator | None = None,
             multiline: bool = False) -> str:
        """Ask ``inner``, counting the question."""
        self.questions += 1
        return self.inner.text(message, default, validate, multiline=multiline)

    def outline(self, message: str, rows: list[Option], index: int = 0, note: str = "") -> tuple[str, str, int]:
        """Ask ``inner``, counting the question."""
        self.questions += 1
        return self.inner.outline(message, rows, index, note)

    def confirm(self, message: str, default: bool = True) -> bool:
        """Ask ``inner``, counting the question."""
        self.questions += 1
        return self.inner.confirm(message, default)

    def say(self, text: str) -> None:
        """Tell ``inner``; not a question."""
        self.inner.say(text)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def clean_input(text: str, multiline: bool = False) -> str:
    """Typed or pasted text without control characters (a line break copied from Word, \\x0b, becomes a
    space; a one-line answer keeps no line break)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        text = text.replace("\n", " ")
    return _CONTROL.sub(" ", text)
