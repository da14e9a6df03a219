"""The outline of the draft in ``drafter new``, full-screen with prompt_toolkit: the chosen clauses under their
headings, a preview of the highlighted one, and one key per action (see :data:`OUTLINE_KEYS`).

:class:`OutlineState` needs no terminal; :func:`run_outline` draws it and returns the action of the key pressed;
what the action does to the draft is :mod:`drafter.interview.steps.outline`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from prompt_toolkit.application import Application
from prompt_toolkit.data_structures import Point
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import FormattedTextControl, HSplit, Layout, Window

from drafter.interview.screen import STYLE, PreviewScroll, beside_or_above, clip, common_keys, list_width, wrapped


@dataclass
class OutlineRow:
    """One chosen clause: its kind, its line in the list and its preview."""

    kind: str  # "preambular" or "operative"
    label: str
    preview: str = ""


@dataclass
class OutlineState:
    """The chosen clauses in order; ``index`` counts across both kinds."""

    rows: list[OutlineRow]
    index: int = 0

    def move(self, delta: int) -> None:
        """Highlight the row ``delta`` rows down (up when negative), staying in the list."""
        if self.rows:
            self.index = max(0, min(len(self.rows) - 1, self.index + delta))

    @property
    def current(self) -> tuple[str, int] | None:
        """(kind, position within that kind) of the highlighted row."""
        if not self.rows:
            return None
        row = self.rows[self.index]
        return row.kind, sum(1 for r in self.rows[:self.index] if r.kind == row.kind)


# Keys of the outline and the action each returns; the same for both languages.
OUTLINE_KEYS: dict[str, str] = {
    "[": "up", "]": "down", "s-up": "up", "s-down": "down", "x": "remove", "delete": "remove",
    "s": "stronger", "w": "weaker", "e": "edit", "f": "fill", "a": "add", "n": "own", "b": "steps",
}


def run_outline(state: OutlineState, title: str, headings: dict[str, str], help_text: str,
                **app: Any) -> tuple[str, str, int]:
    """Show the outline; return (action, kind, position) for the key pressed (Enter: "done")."""

    def lines() -> StyleAndTextTuples:
        out: StyleAndTextTuples = []
        kind = None
        number = 0
        for n, row in enumerate(state.rows):
            if row.kind != kind:
                kind, number = row.kind, 0
                out.append(("class:heading", f"  ── {headings[kind]} ──\n"))
            number += 1
            here = n == state.index
            out.append(("class:pointer", "› " if here else "  "))
            out.append(("class:current" if here else "", clip(f"{number:>2}. {row.label}", list_width() - 2) + "\n"))
        return out

    def cursor() -> Point:
        headings_before = len({r.kind for r in state.rows[:state.index + 1]})
        return Point(0, state.index + headings_before)

    scroll = PreviewScroll()

    def preview() -> StyleAndTextTuples:
        return scroll.lines(state.rows[state.index], state.rows[state.index].preview) if state.rows else []

    list_control = FormattedTextControl(lines, get_cursor_position=cursor, focusable=True)
    root = HSplit([
        Window(FormattedTextControl(wrapped("class:title", title)), wrap_lines=True, dont_extend_height=True),
        beside_or_above(list_control, FormattedTextControl(preview), 12),
        Window(FormattedTextControl(wrapped("class:help", help_text)), wrap_lines=True, dont_extend_height=True),
    ])
    keys = KeyBindings()
    scroll.bind(keys, shift=False)

    @keys.add("up")
    def _up(event: KeyPressEvent) -> None:
        state.move(-1)

    @keys.add("down")
    def _down(event: KeyPressEvent) -> None:
        state.move(1)

    def action(name: str) -> Callable[[KeyPressEvent], None]:
        def handler(event: KeyPressEvent) -> None:
            where = state.current
            if where is not None or name in ("add", "own", "steps"):
                kind, position = where or ("operative", 0)
                event.app.exit(result=(name, kind, position))
        return handler

    for key, name in OUTLINE_KEYS.items():
        keys.add(key)(action(name))
    keys.add("enter")(lambda event: event.app.exit(result=("done", "", 0)))
    common_keys(keys)
    application: Application[tuple[str, str, int]] = Application(layout=Layout(root, focused_element=list_control),
                                                              key_bindings=keys, style=STYLE, full_screen=True, **app)
    return application.run()
