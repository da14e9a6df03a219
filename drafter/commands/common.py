"""What the commands share: the ``--library`` option and loading the library it names, the terminal's
width, JSON output, and the types of a handler and of the parser's sub-commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from drafter.environment import Environment
from drafter.patterns import lazy
from drafter.status import DrafterError, ExitStatus

if TYPE_CHECKING:
    from drafter.library import Library

Command: TypeAlias = Callable[[argparse.Namespace, Environment], int]
"""A command's handler: the parsed arguments and the console in, the exit status out."""

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""Where a command module adds its commands (``add_parsers``)."""


def library_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--library DIR`` (repeatable) to a command that reads the clause library."""
    parser.add_argument("--library", metavar="DIR", action="append", default=[],
                        help="also load the clause library in DIR (repeatable; DRAFTER_LIBRARY works too)")


def load_library(args: argparse.Namespace, env: Environment) -> Library:
    """The built-in library with the folders of ``--library`` and ``DRAFTER_LIBRARY``, loaded and validated."""
    from drafter import library  # loaded on use: keeps start-up fast

    dirs = library.library_dirs([env.resolve(d) for d in args.library], dict(env.variables))
    return library.load(dirs)


def columns(env: Environment) -> int:
    """The terminal's width: $COLUMNS, else the terminal's own, else 80."""
    value = env.variables.get("COLUMNS", "")
    if value.isdigit() and int(value) >= 40:
        return int(value)
    if env.is_terminal:
        import os

        try:
            return max(40, os.get_terminal_size(env.stdout.fileno()).columns)
        except (OSError, AttributeError, ValueError):
            pass
    return 80


def progress_line(env: Environment, done: int, total: int, what: str) -> str:
    """One line of a progress bar that fits the terminal: the bar, the count, and ``what`` (a path, a document)
    shortened in its middle."""
    from drafter.table import pad  # loaded on use: keeps start-up fast
    from drafter.wrapping import shorten_middle  # loaded on use: keeps start-up fast

    counts = f"{done}/{total}"
    room = columns(env) - 1 - len(counts) - 4  # the brackets and two spaces
    width = max(10, min(30, room // 3))
    filled = width * done // max(total, 1)
    return f"\r[{'#' * filled}{'.' * (width - filled)}] {counts} {pad(shorten_middle(what, room - width), room - width)}"


def language_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--lang`` to a command whose report has no document to take its language from."""
    parser.add_argument("--lang", choices=["en", "zh"], help="language of the report (default: the locale's)")


def user_language(args: argparse.Namespace, env: Environment) -> str:
    """``--lang``, else Chinese when the locale is (LC_ALL, LC_MESSAGES or LANG starting "zh"), else English."""
    if getattr(args, "lang", None):
        return str(args.lang)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.variables.get(name, "")
        if value:
            return "zh" if value.casefold().startswith("zh") else "en"
    return "en"


def said(lang: str, en: str, zh: str) -> str:
    """``zh`` for a Chinese document, else ``en``: a command reports in the language of the document it read."""
    return zh if lang == "zh" else en


def error_line(exc: DrafterError, lang: str, width: int | None = None) -> str:
    """How a refusal is printed: "drafter: " and the message, in Chinese (full-width colon) for "zh"; each of its
    lines wrapped to ``width`` columns when given (its rows hanging two spaces in), paths never split."""
    said = f"drafter：{exc.text('zh')}" if lang == "zh" else f"drafter: {exc}"
    if width is None:
        return said
    from drafter.wrapping import wrap  # loaded on use: keeps start-up fast

    return "\n".join(row for line in said.split("\n") for row in wrap(line, width, indent="  ", first="", keep=_WHOLE))


# what a refusal's wrapping never splits: the path a line opens with (spaces and all, up to its line and column),
# any other path or file name (up to a space or Chinese punctuation), and a Chinese line and column (第3行第5列)
_WHOLE = lazy(r"(?:^|(?<=^drafter：)|(?<=^drafter: ))(?:[/.~]|[^\s/\\：]+[/\\])[^\n：]*?(?::\d+)*(?=：| 第\d|: | \(|$)"
              r"|[^\s：，；（）“”、。]*[/\\][^\s：，；（）“”、。]*"
              r"|[^\s：，；（）“”、。/\\]+\.(?:ya?ml|docx?|odt|rtf|pdf|md|txt|json|csv)\b"
              r"|第\d+行(?:第\d+列)?")


def error_columns(env: Environment) -> int | None:
    """The width refusals are wrapped to: $COLUMNS, else the width of the terminal standard error writes to (80 when
    it cannot be told); None (not wrapped) when standard error is a pipe or a file, so that a log keeps each
    problem on one line."""
    value = env.variables.get("COLUMNS", "")
    if value.isdigit() and int(value) >= 40:
        return int(value)
    isatty = getattr(env.stderr, "isatty", None)
    if isatty and isatty():
        import os

        try:
            return max(40, os.get_terminal_size(env.stderr.fileno()).columns)
        except (OSError, AttributeError, ValueError):
            return 80  # a terminal of unknown size: as the check report
    return None


def print_json(env: Environment, data: object) -> None:
    """Print ``data`` as indented JSON (Chinese as is) on standard output."""
    import json  # loaded on use: keeps start-up fast

    env.print(json.dumps(data, ensure_ascii=False, indent=2))


def usage(parser: argparse.ArgumentParser) -> int:
    """Print a command group's help on standard error when no action was given; exit status BAD_INPUT."""
    parser.print_help(sys.stderr)
    return ExitStatus.BAD_INPUT
