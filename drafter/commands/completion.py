"""``drafter completion bash|zsh|fish``: a shell completion script generated from the parser itself — its
commands, options and choices — with the library's ids (clauses, countries, topics, blocs, groups) and the
checker's rule ids written into the script, so completing costs the shell nothing."""

from __future__ import annotations

import argparse

from drafter.commands import common
from drafter.environment import Environment
from drafter.status import ExitStatus

SHELLS = ("bash", "zsh", "fish")


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``completion``."""
    command = sub.add_parser("completion", help="print a shell completion script (bash, zsh or fish)",
                             description="Print a completion script for SHELL: commands, options, their choices, "
                                         "clause ids and country codes. Install: see README.md (Shell completion).")
    command.add_argument("shell", choices=SHELLS, help="the shell to complete for")
    common.library_option(command)
    command.set_defaults(handler=lambda args, env: run(args, env, sub))


def run(args: argparse.Namespace, env: Environment, sub: common.Subparsers) -> int:
    """``drafter completion SHELL``."""
    from drafter.commands import completion_scripts as scripts  # loaded on use: keeps start-up fast

    root = argparse.ArgumentParser(prog="drafter", add_help=True)
    root.add_argument("--version", action="store_true")
    root.add_argument("--lang", choices=["en", "zh"])
    commands = scripts.describe(root, sub, scripts.library_words(args, env))
    env.print({"bash": scripts.bash, "zsh": scripts.zsh, "fish": scripts.fish}[args.shell](commands))
    return ExitStatus.OK


