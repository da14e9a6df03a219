"""The completion scripts of ``drafter completion``: the parser described as command paths, options and what
completes their values, then written out for bash, zsh and fish."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from drafter.commands import common
from drafter.environment import Environment

SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # a word every shell takes as it is ("Arab League" is left out)

# an option's destination -> the library's ids it takes
LIBRARY_WORDS = {"topic": "topics", "bloc": "blocs", "country": "countries", "group": "groups", "disable": "rules"}
# a command's free words -> what they complete to: "show" and the ids it shows
POSITIONAL_WORDS = {"clauses": "clauses", "countries": "countries"}


@dataclass(frozen=True)
class Value:
    """What completes a word: ``words``, else by ``kind``: file names, folder names, or nothing (free text)."""

    words: tuple[str, ...] = ()
    kind: str = "files"  # files, dirs or none


@dataclass
class Command:
    """One command path ("" for ``drafter`` itself, "library lint"): its sub-commands, options, what each
    option takes, and what its free words are."""

    path: str
    subcommands: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    values: dict[str, Value] = field(default_factory=dict)  # an option that takes a value -> the value
    positional: Value | None = None


def library_words(args: argparse.Namespace, env: Environment) -> dict[str, tuple[str, ...]]:
    """The ids the script completes: clauses, country codes, topics, blocs, groups and rule ids."""
    from drafter.check.rules import RULES  # loaded on use: keeps start-up fast

    lib = common.load_library(args, env)
    found = {"clauses": sorted(lib.clauses), "countries": sorted(lib.countries), "topics": list(lib.topics),
             "blocs": list(lib.blocs), "groups": list(lib.groups()), "rules": list(RULES)}
    return {what: tuple(w for w in ids if SAFE.fullmatch(w)) for what, ids in found.items()}


def describe(root: argparse.ArgumentParser, sub: common.Subparsers,
             words: dict[str, tuple[str, ...]]) -> list[Command]:
    """Every command path of the parser, ``drafter`` itself first."""
    top = _command("", root, words)
    top.subcommands = list(sub.choices)
    out = [top]
    for name, parser in sub.choices.items():
        out += _walk(name, parser, words)
    return out


def _walk(path: str, parser: argparse.ArgumentParser, words: dict[str, tuple[str, ...]]) -> list[Command]:
    command = _command(path, parser, words)
    out = [command]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            command.subcommands = list(action.choices)
            for name, child in action.choices.items():
                out += _walk(f"{path} {name}", child, words)
    return out


def _command(path: str, parser: argparse.ArgumentParser, words: dict[str, tuple[str, ...]]) -> Command:
    command = Command(path)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        if action.option_strings:
            command.flags += action.option_strings
            if action.nargs != 0:
                for option in action.option_strings:
                    command.values[option] = _value(action, words)
        elif command.positional is None:
            if path in POSITIONAL_WORDS:
                command.positional = Value(("show",) + words.get(POSITIONAL_WORDS[path], ()))
            else:
                command.positional = _value(action, words)
    return command


def _value(action: argparse.Action, words: dict[str, tuple[str, ...]]) -> Value:
    if action.choices:
        return Value(tuple(str(c) for c in action.choices))
    if action.dest in LIBRARY_WORDS:
        return Value(words.get(LIBRARY_WORDS[action.dest], ()), "none")
    metavar = " ".join(action.metavar) if isinstance(action.metavar, tuple) else str(action.metavar or "")
    return Value(kind="dirs" if metavar == "DIR" else "files" if re.search(r"\.|FILE|DRAFT", metavar) else "none")


def _paths(commands: list[Command]) -> list[str]:
    """``parent/child`` for every sub-command: how the scripts follow the words typed so far."""
    return [f"{c.path}/{s}" for c in commands for s in c.subcommands]


def _shell_words(words: tuple[str, ...]) -> str:
    return " ".join(words)


def bash(commands: list[Command]) -> str:
    """The bash script: ``source <(drafter completion bash)``."""
    lines = ["# drafter completion for bash: source <(drafter completion bash)",
             "_drafter() {",
             '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="" cmdpath="" i w',
             '    (( COMP_CWORD > 1 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"',
             "    for (( i = 1; i < COMP_CWORD; i++ )); do",
             '        w="${COMP_WORDS[i]}"',
             '        case "$cmdpath/$w" in',
             f"            {'|'.join(repr(p).replace(chr(39), chr(34)) for p in _paths(commands))})"
             ' cmdpath="${cmdpath:+$cmdpath }$w" ;;',
             "        esac",
             "    done",
             *_cases(commands, "", _bash_reply),
             "}",
             "complete -o bashdefault -o default -F _drafter drafter"]
    return "\n".join(lines)


def _cases(commands: list[Command], opening: str, reply: Callable[[Value], str]) -> list[str]:
    """The body bash and zsh share after the command path is read: an option's values, the options, then the
    subcommands or the positional values (``opening``: "(" before a zsh case pattern, "" in bash)."""
    lines = ['    case "$cmdpath|$prev" in']
    lines += [f'        {opening}"{c.path}|{option}") {reply(value)}; return ;;'
              for c in commands for option, value in c.values.items()]
    lines += ["    esac", '    if [[ $cur == -* ]]; then', '        case "$cmdpath" in']
    lines += [f'            {opening}"{c.path}") {reply(Value(tuple(c.flags)))} ;;' for c in commands]
    lines += ["        esac", "        return", "    fi", '    case "$cmdpath" in']
    for c in commands:
        if c.subcommands:
            lines.append(f'        {opening}"{c.path}") {reply(Value(tuple(c.subcommands)))} ;;')
        elif c.positional is not None:
            lines.append(f'        {opening}"{c.path}") {reply(c.positional)} ;;')
    lines.append("    esac")
    return lines


def _bash_reply(value: Value) -> str:
    if value.words:
        return f'COMPREPLY=($(compgen -W "{_shell_words(value.words)}" -- "$cur"))'
    if value.kind == "none":
        return "COMPREPLY=()"
    kind = "-d" if value.kind == "dirs" else "-f"
    return f'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen {kind} -- "$cur"))'


def zsh(commands: list[Command]) -> str:
    """The zsh script: ``source <(drafter completion zsh)`` after ``compinit``."""
    lines = ["#compdef drafter",
             "# drafter completion for zsh: source <(drafter completion zsh) after compinit",
             "_drafter() {",
             '    local cur="${words[CURRENT]}" prev="${words[CURRENT-1]}" cmdpath="" w i',
             "    for (( i = 2; i < CURRENT; i++ )); do",
             '        w="${words[i]}"',
             '        case "$cmdpath/$w" in',
             f"            ({'|'.join(repr(p).replace(chr(39), chr(34)) for p in _paths(commands))})"
             ' cmdpath="${cmdpath:+$cmdpath }$w" ;;',
             "        esac",
             "    done",
             *_cases(commands, "(", _zsh_reply),
             "}",
             "compdef _drafter drafter"]
    return "\n".join(lines)


def _zsh_reply(value: Value) -> str:
    if value.words:
        return f"compadd -- {_shell_words(value.words)}"
    return {"dirs": "_files -/", "files": "_files", "none": ":"}[value.kind]


def fish(commands: list[Command]) -> str:
    """The fish script: ``drafter completion fish | source``."""
    cases = " ".join(f"'{p}'" for p in _paths(commands))
    lines = ["# drafter completion for fish: drafter completion fish | source",
             "function __drafter_at --description 'is the command typed so far the one named?'",
             '    set -l cmdpath ""',
             "    set -l typed (commandline -opc)",
             "    set -e typed[1]",
             "    for w in $typed",
             '        switch "$cmdpath/$w"',
             f"            case {cases}",
             '                if test -z "$cmdpath"',
             "                    set cmdpath $w",
             "                else",
             '                    set cmdpath "$cmdpath $w"',
             "                end",
             "        end",
             "    end",
             '    test "@$cmdpath" = "@$argv[1]"',
             "end",
             "complete -c drafter -f"]
    for c in commands:
        at = f"-n '__drafter_at \"{c.path}\"'"
        if c.subcommands:
            lines.append(f"complete -c drafter {at} -a '{_shell_words(tuple(c.subcommands))}'")
        elif c.positional is not None:
            lines.append(f"complete -c drafter {at} {_fish_value(c.positional)}")
        for option in c.flags:
            name = f"-l {option[2:]}" if option.startswith("--") else f"-s {option[1:]}"
            taken = c.values.get(option)
            # an option's value: -x (required, no files) with its words; -r -F for a file (fish refuses -x with -F)
            value = "" if taken is None else " -r -F" if taken.kind == "files" and not taken.words else \
                f" -x {_fish_value(taken)}"
            lines.append(f"complete -c drafter {at} {name}{value}")
    return "\n".join(lines)


def _fish_value(value: Value) -> str:
    if value.words:
        return f"-a '{_shell_words(value.words)}'"
    return {"dirs": "-a '(__fish_complete_directories)'", "files": "-F", "none": ""}[value.kind]
