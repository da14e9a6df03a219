"""A questionnaire asker that answers from a script: the questionnaire's logic tested without a terminal."""

from __future__ import annotations

from typing import Any

from drafter.interview.asker import Option, ticked_in_order


class ScriptedAsker:
    """Answers questions from a script; each entry is a value or a callable(options) -> value."""

    def __init__(self, script: list[Any]) -> None:
        self.script = list(script)
        self.said: list[str] = []
        self.asked: list[tuple[str, str, list[Option]]] = []
        self.language = ""  # set by the flow, as on the terminal asker

    def next(self, kind: str, message: str, options: list[Option] | None = None,
             validate: Any = None) -> Any:
        self.asked.append((kind, message, options or []))
        if not self.script:
            raise EOFError  # end of input, like Ctrl-D
        value = self.script.pop(0)
        if isinstance(value, BaseException):
            raise value
        if callable(value):
            value = value(options or [])
        while validate is not None and validate(value) is not None:  # a person retries after the message
            self.said.append(validate(value))
            value = self.script.pop(0)
        return value

    def select(self, message: str, options: list[Option], default: Any = None) -> Any:
        value = self.next("select", message, options)
        return default if value is DEFAULT else value

    def pick(self, message: str, options: list[Option], multi: bool = True, alternatives: Any = None,
             describe: Any = None) -> Any:
        value = self.next("pick", message, options)
        if value is DEFAULT:
            checked = ticked_in_order(options)
            return checked if multi else (checked or [options[0].value])[0]
        return value

    def text(self, message: str, default: str = "", validate: Any = None, multiline: bool = False) -> str:
        value = self.next("text", message, None, None)
        value = default if value is DEFAULT else value
        while validate is not None and validate(value) is not None:
            self.said.append(validate(value))
            value = self.script.pop(0)
        return value

    def outline(self, message: str, rows: list[Option], index: int = 0, note: str = "") -> tuple[str, str, int]:
        self.rows = rows
        if note:
            self.said.append(note)
        value = self.next("outline", message, rows)
        return ("done", "", 0) if value == "done" or value is DEFAULT else value

    def confirm(self, message: str, default: bool = True) -> bool:
        value = self.next("confirm", message)
        return default if value is DEFAULT else value

    def say(self, text: str) -> None:
        self.said.append(text)


DEFAULT = object()
