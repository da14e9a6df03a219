"""``drafter blocs``, ``topics`` and ``groups``: one table each for people, ``--json`` for tools, a hint on
standard error."""

from __future__ import annotations

import argparse

from drafter.commands import common
from drafter.environment import Environment
from drafter.plurals import counted
from drafter.status import ExitStatus

HINTS = {"blocs": ("bloc", "members: drafter countries --bloc ID; why: drafter countries show ISO3"),
         "topics": ("topic", "clauses of one: drafter clauses --topic ID"),
         "groups": ("group", "members: drafter countries --group NAME")}
HINTS_ZH = {"blocs": "个集团；成员：drafter countries --bloc ID；理由：drafter countries show ISO3",
            "topics": "个议题；某一议题的条款：drafter clauses --topic ID",
            "groups": "个组织；成员：drafter countries --group NAME"}


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``blocs``, ``topics`` and ``groups``."""
    for name, handler, what in (("blocs", run_blocs, "blocs of the debate with their member and clause counts"),
                                ("topics", run_topics, "topics with their clause counts"),
                                ("groups", run_groups, "groups of States (BRICS, EU, G77, …) with their members")):
        command = sub.add_parser(name, help=f"list the {what}", description=f"List the {what}.")
        command.add_argument("--lang", choices=["en", "zh"], help="language of the names (default en)")
        command.add_argument("--json", action="store_true", help="print a JSON list (shape: README.md)")
        common.library_option(command)
        command.set_defaults(handler=handler)


def run_blocs(args: argparse.Namespace, env: Environment) -> int:
    """``drafter blocs``."""
    return listing("blocs", args, env)


def run_topics(args: argparse.Namespace, env: Environment) -> int:
    """``drafter topics``."""
    return listing("topics", args, env)


def run_groups(args: argparse.Namespace, env: Environment) -> int:
    """``drafter groups``."""
    return listing("groups", args, env)


def listing(what: str, args: argparse.Namespace, env: Environment) -> int:
    """Print the listing ``what`` (blocs, topics or groups) as a table or as JSON, and its count and hint."""
    from drafter.commands import browse  # loaded on use: keeps start-up fast

    lib = common.load_library(args, env)
    if args.json:
        common.print_json(env, getattr(browse, f"{what}_json")(lib))
        return ExitStatus.OK
    env.print(getattr(browse, f"{what}_table")(lib, args.lang or "en", common.columns(env)))
    count = len(lib.groups()) if what == "groups" else len(getattr(lib, what))
    noun, hint = HINTS[what]
    env.error(f"{count} {HINTS_ZH[what]}" if args.lang == "zh" else f"{counted(count, noun)}; {hint}")
    return ExitStatus.OK
