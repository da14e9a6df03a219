"""The problems of a clause library said in Chinese, for ``drafter library lint --lang zh``: every reader gives
each problem its own Chinese (``zh=``, ``zh_hint=``; tests/test_messages_zh.py fails on one that does not), and
the entries the English messages name ("clause 'x'", "the internet fact of CHN") are said here in Chinese for
the readers that pass such a name on."""

from __future__ import annotations

import re

from drafter.patterns import lazy
from drafter.problems import Problem

_QUOTED = lazy(r"'([^']*)'")
# the entries messages name ("clause 'x'", "the internet fact of FRA"), quotation marks already Chinese
_ENTRIES = [(re.compile(pattern), zh) for pattern, zh in [
    (r"^side “([^”]*)” of contested question “([^”]*)”$", r"争议问题“\2”的“\1”方"),
    (r"^the (\w+) fact of ([A-Z]{3})$", r"\2的 \1 事实"),
    (r"^(?:of )?a position of ([\w-]+)$", r"\1的立场"),
    (r"^a bloc rule$", "立场集团规则"),
    (r"^the source of clause “([^”]*)”$", r"条款“\1”的出处"),
    (r"^(?:in )?a sub-paragraph of clause “([^”]*)”$", r"条款“\1”的分段"),
    (r"^(?:of )?a side of contested question “([^”]*)”$", r"争议问题“\1”的一方"),
    (r"^the default of placeholder “([^”]*)”$", r"占位符“\1”的默认值"),
    (r"^(?:of )?seed “([^”]*)”$", r"来源文件“\1”"),
    (r"^(?:of )?country ([A-Z]{3})$", r"国家 \1"),
    (r"^(?:of )?(clause|phrase|placeholder|agenda|topic|bloc|committee|country|contested question|reference) "
     r"“([^”]*)”$", None),
]]
_ENTRY_NAMES = {"clause": "条款", "phrase": "引导词", "placeholder": "占位符", "agenda": "议程", "topic": "议题",
                "bloc": "立场集团", "committee": "委员会", "country": "国家", "contested question": "争议问题",
                "reference": "参考文献"}


def entry_zh(what: str) -> str:
    """The entry an English message names, said in Chinese: "clause 'x'" → 条款“x”, " of seed 'a.txt'" →
    来源文件“a.txt”, "the internet fact of CHN" → CHN的 internet 事实 (kept as written when unknown)."""
    value = _QUOTED.sub(lambda m: f"“{m.group(1)}”", what.strip())
    for pattern, zh in _ENTRIES:
        found = pattern.match(value)
        if found:
            return found.expand(zh) if zh else f"{_ENTRY_NAMES[found.group(1)]}“{found.group(2)}”"
    return value


def line(problem: Problem) -> str:
    """``problem`` as a line in Chinese: 位置：问题（提示）, in the words its reader gave it."""
    message = problem.zh or problem.message
    hint = problem.zh_hint or problem.hint
    return f"{problem.location}：{message}" + (f"（{hint}）" if hint else "")
