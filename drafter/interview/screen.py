"""What the full-screen widgets of ``drafter new`` share: the colours, text cut and wrapped to terminal columns
(a CJK character takes two), the list beside or above its preview, the scrolling preview, and the keys every
widget has (Esc goes back, Ctrl-C interrupts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prompt_toolkit.application import get_app
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import ConditionalContainer, Dimension, FormattedTextControl, HSplit, VSplit, Window
from prompt_toolkit.styles import Style

from drafter.interview.asker import GoBack
from drafter.wrapping import fill, shorten_middle, truncate

WIDE = 110  # from this many columns the preview stands beside the list, not under it

STYLE = Style.from_dict({
    "title": "bold", "filter": "fg:#2a7ab0 bold", "pointer": "fg:#2a7ab0 bold", "current": "reverse",
    "chosen": "fg:#2a7ab0", "heading": "fg:#888888", "help": "fg:#888888", "note": "fg:#b05a00",
    "error": "fg:#ffffff bg:#b00000", "empty": "fg:#b05a00 italic", "conflict": "fg:#888888",
    "preview.head": "bold", "rule": "fg:#888888",
})


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns (a CJK character takes two), with … when cut."""
    return truncate(text, width)


def wrap(text: str, width: int) -> str:
    """``text`` with its lines broken between words (between Chinese characters, never before a closing mark
    nor after an opening one) to fit ``width`` columns."""
    return fill(text, max(10, width))


def status_line(text: str) -> str:
    """A one-line status shortened in its middle to the terminal's width, so both its ends stay."""
    return shorten_middle(text, terminal_columns() - 1)


def wrapped(style: str, text: str | Callable[[], str]) -> Callable[[], StyleAndTextTuples]:
    """A title or help text wrapped to the terminal's width as it is now (words stay whole)."""
    return lambda: [(style, wrap(text() if callable(text) else text, terminal_columns() - 1))]


def terminal_columns() -> int:
    """The width of the running application's terminal (80 when none runs)."""
    try:
        return get_app().output.get_size().columns
    except Exception:  # noqa: BLE001 - no running app while testing layout pieces
        return 80


def list_width() -> int:
    """Columns of the list: all of a narrow terminal, three fifths of a wide one (see :func:`beside_or_above`)."""
    columns = terminal_columns()
    return columns - 1 if columns < WIDE else columns * 3 // 5


def preview_width() -> int:
    """Columns of the preview: all of a narrow terminal, what the list leaves of a wide one."""
    columns = terminal_columns()
    return columns - 1 if columns < WIDE else columns - 1 - columns * 3 // 5


class PreviewScroll:
    """Where the preview of the highlighted row starts: Ctrl-D / Ctrl-U (or Shift-↓ / Shift-↑) move it by
    half a pane, so a long clause can be read in full on an 80×24 terminal; a new row starts at the top."""

    STEP = 5

    def __init__(self) -> None:
        self.key: object = None
        self.offset = 0

    def lines(self, key: object, text: str) -> StyleAndTextTuples:
        """``text`` wrapped to the preview, from the offset (from the top when ``key``, the row, is new)."""
        if key is not self.key:
            self.key, self.offset = key, 0
        rows = wrap(text, preview_width()).split("\n")
        self.offset = max(0, min(self.offset, len(rows) - 1))
        more = "\n…" if self.offset + self.STEP * 2 < len(rows) else ""
        return [("", "\n".join(rows[self.offset:]) + more)]

    def bind(self, keys: KeyBindings, shift: bool = True) -> None:
        """Ctrl-D / Ctrl-U, and Shift-↓ / Shift-↑ where they are free (the outline moves rows with them)."""
        def down(event: KeyPressEvent) -> None:
            self.offset += self.STEP

        def up(event: KeyPressEvent) -> None:
            self.offset = max(0, self.offset - self.STEP)

        for key, handler in (("c-d", down), ("c-u", up)) + ((("s-down", down), ("s-up", up)) if shift else ()):
            keys.add(key)(handler)


def beside_or_above(list_control: FormattedTextControl, preview_control: FormattedTextControl,
                    preview_height: int) -> HSplit:
    """The list beside its preview on a wide terminal, above it on a narrow one."""
    wide = Condition(lambda: terminal_columns() >= WIDE)

    def list_window(**size: Any) -> Window:
        return Window(list_control, wrap_lines=False, always_hide_cursor=True, **size)

    return HSplit([
        ConditionalContainer(VSplit([list_window(width=lambda: Dimension.exact(list_width())),
                                     Window(width=1, char="│", style="class:rule"),
                                     Window(preview_control, wrap_lines=True)]),
                             filter=wide),
        ConditionalContainer(HSplit([list_window(height=Dimension(min=3, weight=2)),
                                     Window(height=1, char="─", style="class:rule"),
                                     Window(preview_control, wrap_lines=True,
                                            height=Dimension(min=4, max=preview_height, weight=3))]), filter=~wide),
    ])


def common_keys(keys: KeyBindings, eager_escape: bool = True) -> None:
    """Esc goes back (raises :class:`GoBack`), Ctrl-C interrupts; a multi-line prompt waits to see whether Esc
    starts Esc-Enter (``eager_escape`` False)."""
    @keys.add("escape", eager=eager_escape)
    def _back(event: KeyPressEvent) -> None:
        event.app.exit(exception=GoBack())

    @keys.add("c-c")
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt())
