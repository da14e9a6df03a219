"""Terminal widgets for ``drafter new``: the only module that imports questionary.

The questions themselves, their order, defaults and validation are in :mod:`drafter.flow`;
this module only shows them.
"""

from __future__ import annotations

from typing import IO, Any

import questionary
from questionary import Choice, Separator

from drafter.flow import Option, Validator

STYLE = questionary.Style([("qmark", "fg:#2a7ab0 bold"), ("question", "bold"), ("answer", "fg:#2a7ab0"),
                           ("pointer", "fg:#2a7ab0 bold"), ("highlighted", "fg:#2a7ab0 bold"),
                           ("selected", "fg:#2a7ab0"), ("separator", "fg:#888888"), ("instruction", "fg:#888888")])


def _validator(validate: Validator | None) -> Any:
    if validate is None:
        return lambda text: True

    def check(text: str) -> bool | str:
        problem = validate(text)
        return True if problem is None else problem

    return check


class TerminalAsker:
    """Asks with questionary; ``**app`` (input=, output=) lets tests drive it through a pipe."""

    def __init__(self, stdout: IO[str], **app: Any) -> None:
        self.stdout = stdout
        self.app = app

    def select(self, message: str, options: list[Option], default: Any = None) -> Any:
        choices = [Choice(o.title, o.value) for o in options]
        start = next((c for c in choices if c.value == default), None)
        return questionary.select(message, choices=choices, default=start, style=STYLE,
                                  use_shortcuts=False, **self.app).unsafe_ask()

    def checkbox(self, message: str, options: list[Option], search: bool = False) -> list[Any]:
        choices: list[Any] = [Separator(o.title) if o.header else Choice(o.title, o.value, checked=o.checked)
                              for o in options]
        extra: dict[str, Any] = {"use_search_filter": True, "use_jk_keys": False} if search else {}
        return list(questionary.checkbox(message, choices=choices, style=STYLE, **extra, **self.app).unsafe_ask())

    def text(self, message: str, default: str = "", validate: Validator | None = None,
             multiline: bool = False) -> str:
        return questionary.text(message, default=default, validate=_validator(validate), multiline=multiline,
                                style=STYLE, **self.app).unsafe_ask()

    def autocomplete(self, message: str, options: list[Option], validate: Validator, default: str = "") -> Any:
        return questionary.autocomplete(message, choices=[o.title for o in options], default=default,
                                        validate=_validator(validate), match_middle=True, ignore_case=True,
                                        style=STYLE, **self.app).unsafe_ask()

    def confirm(self, message: str, default: bool = True) -> bool:
        return bool(questionary.confirm(message, default=default, style=STYLE, **self.app).unsafe_ask())

    def say(self, text: str) -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()
