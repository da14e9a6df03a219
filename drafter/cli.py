"""The command line: builds the parser from the command modules (:mod:`drafter.commands`), runs the command
asked for, and turns its errors into a message and an exit status.

Heavy modules (python-docx, questionary, jinja2) are imported inside the commands that need them, so
``drafter --help`` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import cast

from drafter import __version__
from drafter.commands.common import Command, Subparsers, error_columns, error_line
from drafter.commands.helptext import DrafterParser, help_language, to_chinese
from drafter.environment import Environment
from drafter.status import DrafterError, ExitStatus

EPILOG = """\
exit codes: 0 ok, 1 findings (lint/check), 2 bad input or usage, 3 unreadable file, 130 interrupted
docs: README.md; clause library format: clauses/README.md"""

COMMANDS: tuple[str, ...] = ("library", "clauses", "countries", "listings", "build", "check", "panel", "booklet",
                             "new", "revise", "debate", "serve", "completion")
"""The modules of :mod:`drafter.commands` whose ``add_parsers`` add their commands to the parser, in the order
``drafter --help`` lists them."""

MODULE_OF: dict[str, str] = {
    "library": "library", "clauses": "clauses", "countries": "countries", "blocs": "listings", "topics": "listings",
    "groups": "listings", "build": "build", "check": "check", "vote": "panel", "booklet": "booklet", "new": "new",
    "amend": "revise", "apply": "revise", "diff": "revise", "merge": "revise", "amendments": "debate",
    "serve": "serve"}
"""The module that adds each command; ``completion`` is not here: its script describes every command."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``drafter``: with the commands of the module that adds ``command`` (of :data:`MODULE_OF`),
    else with every command of :data:`COMMANDS`."""
    parser = DrafterParser(
        prog="drafter",
        description="Draft UN-style resolutions and position papers in Chinese and English, and check drafts.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}")
    parser.add_argument("--lang", dest="help_lang", choices=["en", "zh"],
                        help="language of the help and of the reports (default: the locale's)")
    sub = cast(Subparsers, parser.add_subparsers(dest="command", metavar="COMMAND"))  # of DrafterParser
    for module in [MODULE_OF[command]] if command in MODULE_OF else COMMANDS:
        importlib.import_module(f"drafter.commands.{module}").add_parsers(sub)
    return parser


def command_asked(words: Sequence[str]) -> str | None:
    """The command ``words`` name before any other word, if only drafter's own options (``--lang``,
    ``--version``, as argparse abbreviates them) come before it; None for help, or anything else."""
    remaining = iter(words)
    for word in remaining:
        name = word.split("=", 1)[0]
        if not word.startswith("-"):
            return word
        if len(name) >= 3 and "--lang".startswith(name):
            if "=" not in word:
                next(remaining, None)
        elif len(name) < 3 or not "--version".startswith(name):
            return None
    return None


def main(argv: Sequence[str] | None = None, env: Environment | None = None) -> int:
    """Run drafter with ``argv``; return the exit status."""
    env = env or Environment()
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_asked(words))  # only the command asked for: its parsers are all it needs
    if help_language(words, env.variables) == "zh":
        to_chinese(parser)
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return int(exc.code or 0)
    if args.help_lang and getattr(args, "lang", "") is None:  # drafter --lang zh COMMAND: the command's --lang
        args.lang = args.help_lang
    handler: Command | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(env.stderr)
        return ExitStatus.BAD_INPUT
    try:
        return int(handler(args, env))
    except DrafterError as exc:
        lang = getattr(args, "lang", None) or args.help_lang or exc.language or help_language(words, env.variables)
        env.error(error_line(exc, lang, error_columns(env)))
        return int(exc.status)
    except KeyboardInterrupt:
        env.error("drafter: interrupted")
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        return ExitStatus.OK
    except UnicodeEncodeError as exc:  # a console whose encoding has no Chinese characters
        encoding = getattr(env.stdout, "encoding", None) or exc.encoding
        env.error(f"drafter: this console's encoding ({encoding}) cannot show the text; "
                  "use a UTF-8 locale or set PYTHONIOENCODING=utf-8")
        return ExitStatus.BAD_INPUT
    except OSError as exc:  # a file the command needed could not be read or written
        if (getattr(args, "lang", None) or args.help_lang or help_language(words, env.variables)) == "zh":
            from drafter.oserrors import reason_zh  # loaded on use: keeps start-up fast

            env.error(f"drafter：{exc.filename}：{reason_zh(exc)}" if exc.filename else f"drafter：{reason_zh(exc)}")
        else:
            where = f"{exc.filename}: " if exc.filename else ""
            env.error(f"drafter: {where}{exc.strerror or exc}")
        return ExitStatus.UNREADABLE
