"""A one-line (or multi-line) text prompt for ``drafter new``, with prompt_toolkit: a refused answer's reason
shows right under the input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prompt_toolkit.application import Application
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.filters import Condition
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import ConditionalContainer, Dimension, FormattedTextControl, HSplit, Layout, VSplit, Window
from prompt_toolkit.layout.controls import BufferControl

from drafter.interview.screen import STYLE, common_keys, wrapped
from drafter.interview.wordwrap import WordWrap


def run_text(message: str, default: str, validate: Callable[[str], str | None] | None, help_text: str,
             multiline: bool = False, **app: Any) -> str:
    """Ask for text on the line under ``message``; a refused answer's reason shows right below the input."""
    error: list[str] = []
    buffer = Buffer(multiline=multiline, document=None, on_text_changed=lambda b: error.clear())
    buffer.text = default
    buffer.cursor_position = len(default)

    def accept(event: KeyPressEvent) -> None:
        problem = validate(buffer.text) if validate else None
        if problem:
            error[:] = [problem]
        else:
            event.app.exit(result=buffer.text)

    keys = KeyBindings()
    if multiline:
        keys.add("escape", "enter")(accept)
        keys.add("c-d")(accept)
    else:
        keys.add("enter")(accept)
    common_keys(keys, eager_escape=not multiline)
    root = HSplit([
        Window(FormattedTextControl(wrapped("class:title", "? " + message)), wrap_lines=True, dont_extend_height=True),
        VSplit([Window(FormattedTextControl([("class:pointer", "› ")]), width=2),
                Window(BufferControl(buffer, input_processors=[WordWrap()]), wrap_lines=True, dont_extend_height=True,
                       height=Dimension(min=1, max=12) if multiline else None)]),
        ConditionalContainer(Window(FormattedTextControl(lambda: wrapped("class:error", f" {error[0]} ")() if error else []),
                                    wrap_lines=True, dont_extend_height=True), filter=Condition(lambda: bool(error))),
        Window(FormattedTextControl(wrapped("class:help", help_text)), wrap_lines=True, dont_extend_height=True),
    ])
    application: Application[str] = Application(layout=Layout(root, focused_element=buffer), key_bindings=keys,
                                                style=STYLE, erase_when_done=True, **app)
    return application.run()
