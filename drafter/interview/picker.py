"""Full-screen prompt_toolkit widgets for ``drafter new``: a filterable picker with a preview pane,
the draft outline, and a one-line text prompt whose error shows right under it.

:class:`PickerState` and :class:`OutlineState` hold all the logic (filtering, toggling, moving) and
need no terminal; the ``run_*`` functions only draw them and map keys. Every visible string comes
from the caller (so the Chinese questionnaire is Chinese throughout).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from prompt_toolkit.application import Application, get_app
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.data_structures import Point
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import ConditionalContainer, Dimension, FormattedTextControl, HSplit, Layout, VSplit, Window
from prompt_toolkit.layout.controls import BufferControl
from prompt_toolkit.styles import Style

from drafter.interview.flow import GoBack

WIDE = 110  # from this many columns the preview stands beside the list, not under it

STYLE = Style.from_dict({
    "title": "bold", "filter": "fg:#2a7ab0 bold", "pointer": "fg:#2a7ab0 bold", "current": "reverse",
    "chosen": "fg:#2a7ab0", "heading": "fg:#888888", "help": "fg:#888888", "note": "fg:#b05a00",
    "error": "fg:#ffffff bg:#b00000", "empty": "fg:#b05a00 italic", "conflict": "fg:#888888",
    "preview.head": "bold", "rule": "fg:#888888",
})


# -- the picker ---------------------------------------------------------------------------------

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

    def __post_init__(self) -> None:
        self._visible = list(self.items)

    @property
    def visible(self) -> list[Item]:
        return self._visible

    def set_query(self, query: str) -> None:
        """Show the rows every word of ``query`` matches; the best match (the first row) is highlighted."""
        self.query = query
        self._visible = [i for i in self.items if matches(query, i.search)]
        if not self.multi:  # choosing one: an exact code ("RUS") or a name that starts so comes first
            folded = query.strip().casefold()
            self._visible.sort(key=lambda i: 0 if str(i.value).casefold() == folded else
                               1 if i.label.casefold().startswith(folded) else 2)
        self.index = 0

    @property
    def current(self) -> Item | None:
        return self._visible[self.index] if 0 <= self.index < len(self._visible) else None

    def move(self, delta: int) -> None:
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
        if item is None:
            return
        if item.value in self.chosen:
            self.chosen.remove(item.value)
            return
        removed = self.conflicts(item.value)
        for value in removed:
            self.chosen.remove(value)
        if removed and self.describe:
            self.note = " ".join(self.describe(item.value, value) for value in removed)
        self.chosen.append(item.value)


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


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns (a CJK character takes two), with … when cut."""
    from drafter.table import truncate

    return truncate(text, width)


def wrap(text: str, width: int) -> str:
    """``text`` with its lines broken between words (anywhere in CJK text) to fit ``width`` columns."""
    from prompt_toolkit.utils import get_cwidth

    width = max(10, width)
    out: list[str] = []
    for line in text.split("\n"):
        indent = line[:len(line) - len(line.lstrip(" "))]
        current, used = indent, get_cwidth(indent)
        for word in line[len(indent):].split(" "):
            size = get_cwidth(word)
            gap = 1 if current.strip() else 0
            if used + gap + size <= width:
                current += (" " if gap else "") + word
                used += gap + size
                continue
            if current.strip():
                out.append(current)
                current, used = indent, get_cwidth(indent)
            for char in word:  # a word (or CJK run) longer than the line
                w = get_cwidth(char)
                if used + w > width:
                    out.append(current)
                    current, used = indent, get_cwidth(indent)
                current += char
                used += w
        out.append(current)
    return "\n".join(out)


def _preview_width() -> int:
    columns = _width()
    return columns - 1 if columns < WIDE else columns - 1 - columns * 3 // 5


def _list_width() -> int:
    """Columns of the list: all of a narrow terminal, three fifths of a wide one (see :func:`_split`)."""
    columns = _width()
    return columns - 1 if columns < WIDE else columns * 3 // 5


def _width() -> int:
    try:
        return get_app().output.get_size().columns
    except Exception:  # noqa: BLE001 - no running app while testing layout pieces
        return 80


class PreviewScroll:
    """Where the preview of the highlighted row starts: Ctrl-D / Ctrl-U (or Shift-↓ / Shift-↑) move it by
    half a pane, so a long clause can be read in full on an 80×24 terminal; a new row starts at the top."""

    STEP = 5

    def __init__(self) -> None:
        self.key: object = None
        self.offset = 0

    def lines(self, key: object, text: str) -> StyleAndTextTuples:
        if key is not self.key:
            self.key, self.offset = key, 0
        rows = wrap(text, _preview_width()).split("\n")
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
                lines.append(("class:heading", clip(f"  ── {group} ──", _list_width()) + "\n"))
            here = n == state.index
            mark = ("[x] " if item.value in state.chosen else "[ ] ") if state.multi else ""
            style = "class:current" if here else ("class:chosen" if item.value in state.chosen else "")
            if item.value in blocked and item.value not in state.chosen:
                style += " class:conflict"
                mark = f"[{texts.conflict_mark}] "
            lines.append(("class:pointer", "› " if here else "  "))
            lines.append((style, clip(f"{mark}{item.label}", _list_width() - 2) + "\n"))
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
            parts.append(("class:note", state.note + "\n"))
        counts = texts.count.format(chosen=len(state.chosen), shown=len(state.visible), total=len(state.items))
        if state.multi and state.chosen and not any(i.group for i in state.items):  # short rows: name them
            labels = {i.value: i.label for i in state.items}
            names = texts.separator.join(labels[v].split(" / ")[0] for v in state.chosen)
            counts = clip(f"{counts} · {names}", _width() - 1)
        parts.append(("class:help", counts if state.multi else ""))
        return parts

    list_control = FormattedTextControl(list_lines, get_cursor_position=cursor, focusable=False)
    body = _split(list_control, FormattedTextControl(preview, focusable=False), preview_height) if has_preview else \
        Window(list_control, wrap_lines=False, always_hide_cursor=True)
    root = HSplit([
        Window(FormattedTextControl([("class:title", texts.title)]), wrap_lines=True, dont_extend_height=True),
        VSplit([Window(FormattedTextControl([("class:filter", texts.filter)]), dont_extend_width=True),
                Window(BufferControl(buffer), height=1)]),
        body,
        Window(FormattedTextControl(status), wrap_lines=True, dont_extend_height=True),
        Window(FormattedTextControl([("class:help", texts.help)]), wrap_lines=True, dont_extend_height=True),
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

    @keys.add("enter")
    def _accept(event: KeyPressEvent) -> None:
        if state.multi:
            event.app.exit(result=list(state.chosen))
        elif state.current is not None:
            event.app.exit(result=state.current.value)

    _common_keys(keys)
    application: Application[Any] = Application(layout=Layout(root, focused_element=buffer), key_bindings=keys,
                                                style=STYLE, full_screen=True, mouse_support=False, **app)
    return application.run()


def _split(list_control: FormattedTextControl, preview_control: FormattedTextControl, preview_height: int) -> HSplit:
    """The list beside its preview on a wide terminal, above it on a narrow one."""
    wide = Condition(lambda: _width() >= WIDE)

    def list_window(**size: Any) -> Window:
        return Window(list_control, wrap_lines=False, always_hide_cursor=True, **size)

    return HSplit([
        ConditionalContainer(VSplit([list_window(width=lambda: Dimension.exact(_list_width())),
                                     Window(width=1, char="│", style="class:rule"),
                                     Window(preview_control, wrap_lines=True)]),
                             filter=wide),
        ConditionalContainer(HSplit([list_window(height=Dimension(min=3, weight=2)),
                                     Window(height=1, char="─", style="class:rule"),
                                     Window(preview_control, wrap_lines=True,
                                            height=Dimension(min=4, max=preview_height, weight=3))]), filter=~wide),
    ])


def _common_keys(keys: KeyBindings, eager_escape: bool = True) -> None:
    @keys.add("escape", eager=eager_escape)
    def _back(event: KeyPressEvent) -> None:
        event.app.exit(exception=GoBack())

    @keys.add("c-c")
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt())


# -- the outline --------------------------------------------------------------------------------

@dataclass
class OutlineRow:
    kind: str  # "preambular" or "operative"
    label: str
    preview: str = ""


@dataclass
class OutlineState:
    """The chosen clauses in order; ``index`` counts across both kinds."""

    rows: list[OutlineRow]
    index: int = 0

    def move(self, delta: int) -> None:
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
            out.append(("class:current" if here else "", clip(f"{number:>2}. {row.label}", _list_width() - 2) + "\n"))
        return out

    def cursor() -> Point:
        headings_before = len({r.kind for r in state.rows[:state.index + 1]})
        return Point(0, state.index + headings_before)

    scroll = PreviewScroll()

    def preview() -> StyleAndTextTuples:
        return scroll.lines(state.rows[state.index], state.rows[state.index].preview) if state.rows else []

    list_control = FormattedTextControl(lines, get_cursor_position=cursor, focusable=True)
    root = HSplit([
        Window(FormattedTextControl([("class:title", title)]), wrap_lines=True, dont_extend_height=True),
        _split(list_control, FormattedTextControl(preview), 12),
        Window(FormattedTextControl([("class:help", help_text)]), wrap_lines=True, dont_extend_height=True),
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
    _common_keys(keys)
    application: Application[Any] = Application(layout=Layout(root, focused_element=list_control), key_bindings=keys,
                                                style=STYLE, full_screen=True, **app)
    return application.run()


# -- a text prompt --------------------------------------------------------------------------------

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
    _common_keys(keys, eager_escape=not multiline)
    root = HSplit([
        Window(FormattedTextControl([("class:title", "? " + message)]), wrap_lines=True, dont_extend_height=True),
        VSplit([Window(FormattedTextControl([("class:pointer", "› ")]), width=2),
                Window(BufferControl(buffer), wrap_lines=True, dont_extend_height=True,
                       height=Dimension(min=1, max=12) if multiline else None)]),
        ConditionalContainer(Window(FormattedTextControl(lambda: [("class:error", f" {error[0]} ")] if error else []),
                                    wrap_lines=True, dont_extend_height=True), filter=Condition(lambda: bool(error))),
        Window(FormattedTextControl([("class:help", help_text)]), wrap_lines=True, dont_extend_height=True),
    ])
    application: Application[str] = Application(layout=Layout(root, focused_element=buffer), key_bindings=keys,
                                                style=STYLE, erase_when_done=True, **app)
    return application.run()


__all__ = ["GoBack", "Item", "PickerState", "PickerTexts", "OutlineRow", "OutlineState", "matches", "run_picker",
           "run_outline", "run_text", "OUTLINE_KEYS", "clip", "wrap"]
