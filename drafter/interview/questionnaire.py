"""The terminal :class:`~drafter.interview.asker.Asker` of ``drafter new``: the only module that imports
questionary; with the prompt_toolkit widgets (:mod:`~drafter.interview.picker`,
:mod:`~drafter.interview.outlineview`, :mod:`~drafter.interview.textprompt`) the only ones that draw.

The questions themselves, their order, defaults and validation are in :mod:`drafter.interview.flow`;
this module only shows them, with every word of the widgets in the questionnaire's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Any, TextIO

import questionary
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from questionary import Choice

from drafter.interview import messages, outlineview, picker, textprompt
from drafter.interview.asker import GoBack, Option, Validator, clean_input, ticked_in_order
from drafter.wrapping import display_width, fill, truncate

STYLE = questionary.Style([("qmark", "fg:#2a7ab0 bold"), ("question", "bold"), ("answer", "fg:#2a7ab0"),
                           ("pointer", "fg:#2a7ab0 bold"), ("highlighted", "fg:#2a7ab0 bold"),
                           ("selected", "fg:#2a7ab0"), ("separator", "fg:#888888"), ("instruction", "fg:#888888")])

# The widgets' own words; each line fits 80 columns (a Chinese character takes two).
WIDGET_TEXTS: dict[str, tuple[str, str]] = {
    "select-help": ("(↑↓ choose, Enter confirm, Esc back)", "（↑↓ 选择，回车 确认，Esc 返回）"),
    "pick-help": ("Type to filter (words in either language, all must match) · ↑↓ move\n"
                  "Tab tick/untick · Enter done · Esc back · Ctrl-D/U scroll the preview",
                  "输入文字筛选（中英文均可，多个词须同时匹配） · ↑↓ 移动\n"
                  "Tab 勾选/取消 · 回车 完成 · Esc 返回 · Ctrl-D/U 滚动预览"),
    # one help for every single-choice picker (a State, a lead phrase): the State's question itself offers its code
    "pick-one-help": ("Type to filter (either language) · ↑↓ move · Enter choose · Esc back",
                      "输入文字筛选（中英文均可） · ↑↓ 移动 · 回车 选定 · Esc 返回"),
    "filter": ("Filter › ", "筛选 › "),
    "restore-offer": ("Unticked; it had removed {values}: Ctrl-R brings them back.",
                      "已取消勾选；此前因它移除了 {values}：按 Ctrl-R 可恢复。"),
    "restored": ("Brought back {values}.", "已恢复 {values}。"),
    "no-match": ("Nothing matches “{query}”. Backspace to widen the filter.",
                 "没有与“{query}”匹配的条目。按退格键放宽筛选条件。"),
    "count": ("{chosen} chosen · {shown} of {total} shown", "已选 {chosen} 项 · 显示 {shown}/{total} 项"),
    "chosen": ("{count} chosen", "已选 {count} 项"),
    "text-help": ("Enter confirm · Esc back", "回车 确认 · Esc 返回"),
    "text-help-multi": ("Esc then Enter (or Ctrl-D) when done · Esc alone goes back",
                        "完成：按 Esc 再按回车（或 Ctrl-D） · 单按 Esc 返回"),
}


def on_terminal(tty_in: TextIO, tty_out: TextIO) -> dict[str, Any]:
    """The prompt_toolkit input and output of a terminal opened as files (``/dev/tty``)."""
    from prompt_toolkit.input import create_input
    from prompt_toolkit.output import create_output

    return {"input": create_input(tty_in), "output": create_output(stdout=tty_out)}


def _escape_goes_back(question: Any) -> Any:
    """``question`` (a questionary question) with Esc raising :class:`GoBack`."""
    keys = KeyBindings()

    @keys.add("escape", eager=True)
    def _back(event: Any) -> None:
        event.app.exit(exception=GoBack())

    app = question.application
    app.key_bindings = merge_key_bindings([app.key_bindings, keys]) if app.key_bindings else keys
    return question


class TerminalAsker:
    """Asks in the terminal; ``**app`` (input=, output=) lets tests drive it through a pipe."""

    def __init__(self, stdout: IO[str], language: str = "en", **app: Any) -> None:
        self.stdout = stdout
        self.language = language
        self.app = app

    def w(self, key: str, **fields: Any) -> str:
        """A widget text of :data:`WIDGET_TEXTS` in the asker's language (both before it is chosen)."""
        en, zh = WIDGET_TEXTS[key]
        if self.language not in ("en", "zh"):  # before the language is chosen
            return f"{en} {zh}" if key == "select-help" else en
        return (zh if self.language == "zh" else en).format(**fields)

    def select(self, message: str, options: list[Option], default: Any = None) -> Any:
        """A questionary list; Esc goes back."""
        choices = [Choice(o.title, o.value) for o in options]
        start = next((c for c in choices if c.value == default), None)
        columns = self.columns() - 1
        message = fill("? " + message, columns)[2:]  # questionary puts the "? " back
        instruction = self.w("select-help")
        if display_width("? " + message.split("\n")[-1] + "  " + instruction) > columns:
            instruction = "\n" + fill(instruction, columns)  # on a line of its own rather than broken anywhere
        question = questionary.select(message, choices=choices, default=start, style=STYLE, use_shortcuts=False,
                                      instruction=instruction, **self.app)
        return _escape_goes_back(question).unsafe_ask()

    def pick(self, message: str, options: list[Option], multi: bool = True,
             alternatives: Callable[[Any], Iterable[Any]] | None = None,
             describe: Callable[[Any, Any], str] | None = None) -> Any:
        """The filterable picker; the choice is echoed as a line, like questionary's answers."""
        items = [picker.Item(o.value, o.title, o.search, o.preview, o.group) for o in options]
        chosen = ticked_in_order(options)  # the status line names them as they were chosen
        state = picker.PickerState(items, chosen=chosen if multi else [], multi=multi, alternatives=alternatives,
                                   describe=describe, offer=self.w("restore-offer", values="{values}"),
                                   restored=self.w("restored", values="{values}"),
                                   separator="、" if self.language == "zh" else ", ",
                                   locked={o.value: o.locked for o in options if o.locked and o.checked and multi})
        if not multi and chosen:
            state.index = next(n for n, i in enumerate(items) if i.value == chosen[0])
        texts = picker.PickerTexts(title=message, filter=self.w("filter"), separator="、" if self.language == "zh" else ", ",
                                   help=self.w("pick-help" if multi else "pick-one-help"),
                                   no_match=self.w("no-match", query="{query}"), count=self.w("count", chosen="{chosen}",
                                                                                              shown="{shown}",
                                                                                              total="{total}"))
        result = picker.run_picker(state, texts, **self.app)
        if multi:
            labels = [i.label for value in result for i in items if i.value == value]
            shown = ("、" if self.language == "zh" else "; ").join(labels) if 0 < len(labels) <= 3 and sum(map(len, labels)) < 60 else \
                self.w("chosen", count=len(result))
            self.say(f"? {message.splitlines()[0]}  {shown}")
        else:
            label = next((i.label for i in items if i.value == result), str(result))
            self.say(f"? {message.splitlines()[0]}  {label}")
        return result

    def text(self, message: str, default: str = "", validate: Validator | None = None,
             multiline: bool = False) -> str:
        """The text prompt; the answer, cleaned, is echoed as a line."""
        checked = (lambda raw: validate(clean_input(raw, multiline))) if validate else None
        value = clean_input(textprompt.run_text(message, default, checked,
                                                self.w("text-help-multi" if multiline else "text-help"),
                                                multiline=multiline, **self.app), multiline)
        lines = value.splitlines() or [""]
        shown = value if not multiline else truncate(lines[0], 60) + (" …" if len(lines) > 1 else "")
        self.say(f"? {message.splitlines()[0]}  {shown}")
        return value

    def outline(self, message: str, rows: list[Option], index: int = 0, note: str = "") -> tuple[str, str, int]:
        """The outline of the draft; ``note`` shows under the title."""
        state = outlineview.OutlineState([outlineview.OutlineRow(r.value[0], r.title, r.preview) for r in rows], index)
        headings = {kind: messages.message(f"{kind}-kind", self.language) for kind in ("preambular", "operative")}
        headings |= {r.value[0]: r.group for r in rows if r.group}  # the rows' own group names (a paper's proposals)
        title = f"{message}\n{note}" if note else message
        help_text = messages.message("outline-help", self.language)
        return outlineview.run_outline(state, title, headings, help_text, **self.app)

    def columns(self) -> int:
        """The width of the terminal the questions are drawn on."""
        output = self.app.get("output")
        if output is not None:
            return int(output.get_size().columns)
        import shutil

        return shutil.get_terminal_size().columns

    def confirm(self, message: str, default: bool = True) -> bool:
        """Yes or No, in the asker's language."""
        yes, no = ("是", "否") if self.language == "zh" else ("Yes", "No")
        return bool(self.select(message, [Option(True, yes), Option(False, no)], default))

    def say(self, text: str) -> None:
        """Print ``text`` to the asker's screen, wrapped to a terminal's width (words and clause ids whole)."""
        isatty = getattr(self.stdout, "isatty", None)
        if isatty and isatty():
            text = fill(text, self.columns() - 1)
        self.stdout.write(text + "\n")
        self.stdout.flush()
