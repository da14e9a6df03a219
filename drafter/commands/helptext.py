"""``--help`` in the user's language: Chinese with ``--lang zh`` or a Chinese locale. The parser's texts are
replaced by their Chinese (:mod:`drafter.commands.help_zh`) and wrapped by display width, so Chinese lines
fit the terminal and follow the rules of Chinese line breaking."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Mapping, Sequence


def help_language(argv: Sequence[str], variables: Mapping[str, str]) -> str:
    """``--lang`` wherever it is typed, else Chinese when the locale is (LC_ALL, LC_MESSAGES or LANG), else English."""
    for n, word in enumerate(argv):
        if word == "--":
            break
        value = argv[n + 1] if word == "--lang" and n + 1 < len(argv) else word[7:] if word.startswith("--lang=") \
            else ""
        if value in ("en", "zh"):
            return value
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = variables.get(name, "")
        if value:
            return "zh" if value.casefold().startswith("zh") else "en"
    return "en"


class ChineseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help with a Chinese "usage" line, its texts wrapped by display width (a Chinese character takes two
    columns) between words or Chinese characters, never before a closing mark."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        from drafter.commands.help_zh import TITLES  # loaded on use: only for help in Chinese

        super().add_usage(usage, actions, groups, prefix if prefix is not None else TITLES["usage"])

    def format_help(self) -> str:
        """The help, its section headings ending with a full-width colon (argparse writes "选项:")."""
        from drafter.commands.help_zh import TITLES  # loaded on use: only for help in Chinese

        text = super().format_help()
        for title in TITLES.values():
            text = text.replace(f"\n{title}:\n", f"\n{title}：\n")
        return text

    def _split_lines(self, text: str, width: int) -> list[str]:
        from drafter.wrapping import wrap  # loaded on use: keeps start-up fast

        return wrap(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        from drafter.wrapping import wrap  # loaded on use: keeps start-up fast

        return "\n".join(wrap(text, width, indent=indent, first=indent))


def to_chinese(parser: argparse.ArgumentParser) -> None:
    """Give ``parser`` and every sub-command's parser their Chinese texts and the Chinese formatter."""
    from drafter.commands.help_zh import HELP_ZH, TITLES  # loaded on use: only for help in Chinese

    def zh(text: str | None) -> str | None:
        return HELP_ZH.get(text, text) if text else text

    for each in _parsers(parser):
        each.formatter_class = ChineseHelpFormatter
        each.description, each.epilog = zh(each.description), zh(each.epilog)
        each._positionals.title, each._optionals.title = TITLES["positional"], TITLES["options"]
        for action in each._actions:
            if action.help is not argparse.SUPPRESS:
                action.help = zh(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = zh(choice.help)


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """``parser`` and every parser below it."""
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found += _parsers(child)
    return found


def texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text, description and epilog of ``parser`` and its sub-commands (what needs Chinese)."""
    out: list[str] = []
    for each in _parsers(parser):
        out += [t for t in (each.description, each.epilog) if t]
        for action in each._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                out.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                out += [c.help for c in action._choices_actions if c.help]
    return list(dict.fromkeys(out))
