"""The filterable picker of ``drafter new``, full-screen with prompt_toolkit: type to filter (every word must
match, in either language), Tab to choose, a preview of the highlighted row beside the list.

:class:`PickerState` holds all the logic (filtering, toggling, the alternatives a choice drops) and needs no
terminal; :func:`run_picker` only draws it and maps keys. Every visible string comes from the caller (so the
Chinese questionnaire is Chinese throughout). The outline and the text prompt are in
:mod:`~drafter.interview.outlineview` and :mod:`~drafter.interview.textprompt`, what they share in
:mod:`~drafter.interview.screen`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from prompt_toolkit.application import Application
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.data_structures import Point
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import FormattedTextControl, HSplit, Layout, VSplit, Window
from prompt_toolkit.layout.controls import BufferControl

from drafter.interview.screen import (
    STYLE,
    PreviewScroll,
    beside_or_above,
    clip,
    common_keys,
    list_width,
    status_line,
    terminal_columns,
    wrap,
    wrapped,
)


@dataclass
class Item:
    """One row: ``search`` is everything the filter looks at (any language, ids, topics, phrases)."""

    value: Any
    label: str
    search: str = ""
    preview: str = ""
    group: str = ""

    def __post_init__(self) -> None:
        self.search = f"{self.label}\n{self.search}".casefold()


def matches(query: str, haystack: str) -> bool:
    """True when every word of ``query`` occurs in ``haystack`` (already case-folded)."""
    return all(word in haystack for word in query.casefold().split())


@dataclass
class PickerState:
    """What the picker shows: the filter, the highlighted row and the chosen values (in choosing order)."""

    items: list[Item]
    chosen: list[Any] = field(default_factory=list)
    multi: bool = True
    alternatives: Callable[[Any], Iterable[Any]] | None = None  # values that cannot stand beside this one
    describe: Callable[[Any, Any], str] | None = None  # note shown when choosing one removes another
    query: str = ""
    index: int = 0
    note: str = ""
    offer: str = "Unticked; it had removed {values}: Ctrl-R brings them back."  # {values}: what may come back
    restored: str = "Brought back {values}."
    separator: str = ", "
    replaced: dict[Any, list[Any]] = field(default_factory=dict)  # a chosen value -> what choosing it removed
    restorable: list[Any] = field(default_factory=list)  # what Ctrl-R brings back (offered on unticking)
    locked: dict[Any, str] = field(default_factory=dict)  # a value that stays ticked -> why (the note)

    def __post_init__(self) -> None:
        self._visible = list(self.items)

    @property
    def visible(self) -> list[Item]:
        """The rows the filter lets through, in the order shown."""
        return self._visible

    def set_query(self, query: str) -> None:
        """Show the rows every word of ``query`` matches; the best match (the first row) is highlighted."""
        self.query = query
        self._visible = [i for i in self.items if matches(query, i.search)]
        if not self.multi or not any(i.group for i in self.items):
            # an exact code ("RUS"), a name that starts so or a whole name ("俄罗斯", not 白俄罗斯) comes first
            folded = query.strip().casefold()
            self._visible.sort(key=lambda i: 0 if str(i.value).casefold() == folded else
                               1 if i.label.casefold().startswith(folded) or folded in i.search.split() else 2)
        self.index = 0

    @property
    def current(self) -> Item | None:
        """The highlighted row, or None when nothing matches."""
        return self._visible[self.index] if 0 <= self.index < len(self._visible) else None

    def move(self, delta: int) -> None:
        """Highlight the row ``delta`` rows down (up when negative), staying in the list."""
        if self._visible:
            self.index = max(0, min(len(self._visible) - 1, self.index + delta))

    def conflicts(self, value: Any) -> list[Any]:
        """Chosen values on another side of a question ``value`` answers."""
        if self.alternatives is None:
            return []
        other = set(self.alternatives(value))
        return [c for c in self.chosen if c in other]

    def toggle(self) -> None:
        """Choose or drop the highlighted row; choosing drops the chosen rows it contradicts."""
        item = self.current
        self.note = ""
        self.restorable = []
        if item is None:
            return
        if item.value in self.locked:
            self.note = self.locked[item.value]
            return
        if item.value in self.chosen:
            self.chosen.remove(item.value)
            self.restorable = [v for v in self.replaced.pop(item.value, []) if v not in self.chosen]
            if self.restorable:
                self.note = self.offer.format(values=self.separator.join(map(str, self.restorable)))
            return
        removed = self.conflicts(item.value)
        for value in removed:
            self.chosen.remove(value)
            self.replaced.pop(value, None)
        if removed:
            self.replaced[item.value] = removed
            if self.describe:
                self.note = " ".join(self.describe(item.value, value) for value in removed)
        self.chosen.append(item.value)

    def restore(self) -> None:
        """Tick again what the value just unticked had removed (the offer of :meth:`toggle`), unless something
        chosen since stands against it."""
        back = [v for v in self.restorable if v not in self.chosen and not self.conflicts(v)]
        self.chosen += back
        self.restorable = []
        self.note = self.restored.format(values=self.separator.join(map(str, back))) if back else ""


@dataclass
class PickerTexts:
    """The words of one picker, in the questionnaire's language."""

    title: str
    filter: str = "Filter: "
    help: str = ""
    no_match: str = "Nothing matches “{query}”. Backspace to widen the filter."
    count: str = "{chosen} chosen · {shown} of {total} shown"
    conflict_mark: str = "⇄"
    separator: str = ", "


def run_picker(state: PickerState, texts: PickerTexts, preview_height: int = 14, **app: Any) -> list[Any] | Any:
    """Show the picker; Enter returns the chosen values (multi) or the highlighted value (single).

    Typing always goes to the filter (space included); Tab toggles. Esc raises :class:`GoBack`.
    """
    buffer = Buffer(multiline=False, on_text_changed=lambda b: state.set_query(b.text))
    has_preview = any(i.preview for i in state.items)

    def list_lines() -> StyleAndTextTuples:
        lines: StyleAndTextTuples = []
        if not state.visible:
            return [("class:empty", "  " + texts.no_match.format(query=state.query))]
        group = None
        blocked = {v for c in state.chosen for v in (state.alternatives(c) if state.alternatives else ())}
        for n, item in enumerate(state.visible):
            if item.group and item.group != group:
                group = item.group
                lines.append(("class:heading", clip(f"  ── {group} ──", list_width()) + "\n"))
            here = n == state.index
            mark = ("[x] " if item.value in state.chosen else "[ ] ") if state.multi else ""
            style = "class:current" if here else ("class:chosen" if item.value in state.chosen else "")
            if item.value in blocked and item.value not in state.chosen:
                style += " class:conflict"
                mark = f"[{texts.conflict_mark}] "
            lines.append(("class:pointer", "› " if here else "  "))
            lines.append((style, clip(f"{mark}{item.label}", list_width() - 2) + "\n"))
        return lines

    def cursor() -> Point:
        row, group = 0, None
        for n, item in enumerate(state.visible):
            if item.group and item.group != group:
                group = item.group
                row += 1
            if n == state.index:
                return Point(0, row)
            row += 1
        return Point(0, 0)

    scroll = PreviewScroll()

    def preview() -> StyleAndTextTuples:
        item = state.current
        return scroll.lines(item, item.preview) if item else []

    def status() -> StyleAndTextTuples:
        parts: StyleAndTextTuples = []
        if state.note:
            parts.append(("class:note", wrap(state.note, terminal_columns() - 1) + "\n"))
        counts = texts.count.format(chosen=len(state.chosen), shown=len(state.visible), total=len(state.items))
        if state.multi and state.chosen and not any(i.group for i in state.items):  # short rows: name them
            labels = {i.value: i.label for i in state.items}
            names = texts.separator.join(labels[v].split(" / ")[0] for v in state.chosen)
            counts = status_line(f"{counts} · {names}")
        parts.append(("class:help", counts if state.multi else ""))
        return parts

    list_control = FormattedTextControl(list_lines, get_cursor_position=cursor, focusable=False)
    body = beside_or_above(list_control, FormattedTextControl(preview, focusable=False), preview_height) \
        if has_preview else \
        Window(list_control, wrap_lines=False, always_hide_cursor=True)
    root = HSplit([
        Window(FormattedTextControl(wrapped("class:title", texts.title)), wrap_lines=True, dont_extend_height=True),
        VSplit([Window(FormattedTextControl([("class:filter", texts.filter)]), dont_extend_width=True),
                Window(BufferControl(buffer), height=1)]),
        body,
        Window(FormattedTextControl(status), wrap_lines=True, dont_extend_height=True),
        Window(FormattedTextControl(wrapped("class:help", texts.help)), wrap_lines=True, dont_extend_height=True),
    ])

    keys = KeyBindings()

    @keys.add("up")
    @keys.add("c-p")
    def _up(event: KeyPressEvent) -> None:
        state.move(-1)

    @keys.add("down")
    @keys.add("c-n")
    def _down(event: KeyPressEvent) -> None:
        state.move(1)

    @keys.add("pageup")
    def _page_up(event: KeyPressEvent) -> None:
        state.move(-10)

    @keys.add("pagedown")
    def _page_down(event: KeyPressEvent) -> None:
        state.move(10)

    scroll.bind(keys)

    @keys.add("tab")
    def _toggle(event: KeyPressEvent) -> None:
        if state.multi:
            state.toggle()
            state.move(1)

    @keys.add("s-tab")
    def _toggle_up(event: KeyPressEvent) -> None:
        if state.multi:
            state.toggle()
            state.move(-1)

    @keys.add("c-r")
    def _restore(event: KeyPressEvent) -> None:
        if state.multi:
            state.restore()

    @keys.add("enter")
    def _accept(event: KeyPressEvent) -> None:
        if state.multi:
            event.app.exit(result=list(state.chosen))
        elif state.current is not None:
            event.app.exit(result=state.current.value)

    common_keys(keys)
    application: Application[Any] = Application(layout=Layout(root, focused_element=buffer), key_bindings=keys,
                                                style=STYLE, full_screen=True, mouse_support=False, **app)
    return application.run()
