"""``--help`` in the user's language: Chinese with ``--lang zh`` or a Chinese locale. The parser's texts are
replaced by their Chinese (:mod:`drafter.commands.help_zh`) and wrapped by display width, so Chinese lines
fit the terminal and follow the rules of Chinese line breaking."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NoReturn

from drafter.patterns import lazy


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


class DrafterParser(argparse.ArgumentParser):
    """A parser whose usage errors are said in Chinese once :func:`to_chinese` has marked it (exit 2 as argparse's);
    its sub-commands' parsers are of this class too (argparse makes them of their parent's class)."""

    chinese = False

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error on standard error, in Chinese when the help is; exit BAD_INPUT (2)."""
        if not self.chinese:
            super().error(message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：{usage_error_zh(message)}\n")


def _choices(listed: str) -> str:
    return "、".join(word.strip().strip("'\"") for word in listed.split(","))


def _quoted(value: str) -> str:
    return f"“{value.strip().strip(chr(39) + chr(34))}”"


# argparse's usage errors (its wording in Python 3.10 to 3.13) and their Chinese; an error not listed is kept as is
USAGE_ERRORS_ZH: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (lazy(r"the following arguments are required: (.*)", re.S), lambda m: f"缺少必需的参数：{_choices(m[1])}"),
    (lazy(r"unrecognized arguments: (.*)", re.S), lambda m: f"无法识别的参数：{m[1]}"),
    (lazy(r"one of the arguments (.*) is required", re.S), lambda m: f"必须给出以下参数之一：{m[1]}"),
    (lazy(r"ambiguous option: (\S+) could match (.*)", re.S),
     lambda m: f"选项 {m[1]} 有歧义，可能是：{_choices(m[2])}"),
    (lazy(r"invalid choice: (.*?) \(choose from (.*)\)", re.S),
     lambda m: f"无效的选择 {_quoted(m[1])}（可选：{_choices(m[2])}）"),
    (lazy(r"invalid (\w+) value: (.*)", re.S), lambda m: f"无效的值 {_quoted(m[2])}"),
    (lazy(r"expected one argument", re.S), lambda m: "需要一个值"),
    (lazy(r"expected at least one argument", re.S), lambda m: "至少需要一个值"),
    (lazy(r"expected at most one argument", re.S), lambda m: "最多只能有一个值"),
    (lazy(r"expected (\d+) arguments?", re.S), lambda m: f"需要 {m[1]} 个值"),
    (lazy(r"not allowed with argument (.*)", re.S), lambda m: f"不能与参数 {m[1]} 同时使用"),
    (lazy(r"ignored explicit argument (.*)", re.S), lambda m: f"此选项不接受值 {_quoted(m[1])}"),
)


def usage_error_zh(message: str) -> str:
    """argparse's usage error ``message`` in Chinese ("argument --lang: invalid choice ..." → "参数 --lang：无效的选择
    …"); a message it does not know is returned unchanged."""
    argument = re.match(r"argument (\S+?): (.*)", message, re.S)
    prefix, rest = (f"参数 {argument[1]}：", argument[2]) if argument else ("", message)
    for pattern, chinese in USAGE_ERRORS_ZH:
        found = pattern.fullmatch(rest)
        if found:
            return prefix + chinese(found)
    return message


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
        if isinstance(each, DrafterParser):
            each.chinese = True
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
