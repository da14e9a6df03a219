"""Checks of the fields of a YAML mapping, shared by the three formats drafter reads: clause libraries,
answers files and amendment files.

Each check looks at one key of a :class:`~drafter.yamlio.YMap`, sends what is wrong to a :class:`Report` with
the line and column yamlio recorded, and returns a clean value (or None / "" when there is none). The words
of the messages written here are shared by every format; a format that words a problem its own way checks
with the small predicates (:func:`as_text`, :func:`is_blank`, :func:`unknown_keys`) and writes its message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any, Protocol, TypeVar, overload

from drafter.problems import joined_zh, q
from drafter.yamlio import Mark, YList, YMap

T = TypeVar("T")

KIND_NAMES: dict[type, str] = {str: "text", YMap: "mapping", YList: "list", int: "whole number", bool: "true/false"}
KIND_NAMES_ZH: dict[type, str] = {str: "文本", YMap: "映射", YList: "列表", int: "整数", bool: "true 或 false"}


class Report(Protocol):
    """Where a check sends a problem: its place in the file, the message and a hint saying how to fix it, each
    also in Chinese when the check has the words."""

    def __call__(self, mark: Mark, message: str, hint: str = "", *, zh: str = "", zh_hint: str = "") -> None: ...


# -- words -------------------------------------------------------------------------------------------------------


def kind_name(kind: type) -> str:
    """How a message names a kind of value: text, mapping, list, whole number or true/false."""
    return KIND_NAMES.get(kind, kind.__name__)


def missing(key: str) -> str:
    """The message for a required key that is absent: "missing field 'key'"."""
    return f"missing field {key!r}"


def missing_zh(key: str) -> str:
    """:func:`missing` in Chinese: 缺少字段“key”."""
    return f"缺少字段{q(key)}"


def wrong_kind(key: str, kind: type) -> str:
    """The message for a value of the wrong kind: "field 'key' must be text" (list, mapping, …)."""
    return f"field {key!r} must be {kind_name(kind)}"


def wrong_kind_zh(key: str, kind: type) -> str:
    """:func:`wrong_kind` in Chinese: 字段“key”必须是文本."""
    return f"字段{q(key)}必须是{KIND_NAMES_ZH.get(kind, kind.__name__)}"


# -- predicates --------------------------------------------------------------------------------------------------


def is_blank(value: Any) -> bool:
    """Nothing written: no value, or text that is only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: Any, *, dates: bool = True) -> str | None:
    """A scalar read as text: text as it is, a number (and, with ``dates``, a date) written out; None for
    anything else (true/false, a list, a mapping)."""
    if isinstance(value, str):
        return value
    kinds: tuple[type, ...] = (dt.date, int, float) if dates else (int, float)
    if isinstance(value, kinds) and not isinstance(value, bool):
        return str(value)
    return None


def is_whole_number(value: Any, minimum: int | None = None) -> bool:
    """A whole number (true/false are not numbers), at least ``minimum`` when given."""
    return isinstance(value, int) and not isinstance(value, bool) and (minimum is None or value >= minimum)


def is_date(text: str) -> bool:
    """Text Python reads as an ISO date (2027-05-20)."""
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def unknown_keys(mapping: YMap, known: Collection[Any]) -> list[tuple[Any, Mark]]:
    """Every key of ``mapping`` outside ``known``, in file order, with where the key stands."""
    return [(key, mapping.where_key(key)) for key in mapping if key not in known]


# -- checks that report ------------------------------------------------------------------------------------------


WHAT_ZH = {"field": "字段", "clause field": "条款字段", "position-paper field": "立场文件字段"}


def check_keys(mapping: YMap, known: Sequence[str], report: Report, what: str = "field") -> None:
    """Report every key outside ``known``: "unknown field 'x'" (``what`` names the kind of key), with the hint
    "fields are: a, b, c"."""
    for key, mark in unknown_keys(mapping, known):
        report(mark, f"unknown {what} {key!r}", f"fields are: {', '.join(known)}",
               zh=f"未知{WHAT_ZH.get(what, '字段')}{q(key)}", zh_hint=f"可用字段：{joined_zh(known)}")


def text(mapping: YMap, key: str, report: Report, *, required: bool = False, hint: str = "",
         choices: Sequence[str] = (), zh_hint: str = "") -> str:
    """The text under ``key``, stripped; "" when absent or empty, reported as missing (with ``hint``) when
    ``required``. A number or a date counts as text; any other value is "field 'key' must be text"; with
    ``choices``, any other text is "key 'value' is not one of a, b". Both give ""."""
    value = mapping.get(key)
    if value is None or value == "":
        if required:
            report(mapping.mark, missing(key), hint, zh=missing_zh(key), zh_hint=zh_hint)
        return ""
    written = as_text(value)
    if written is None:
        report(mapping.where(key), wrong_kind(key, str), zh=wrong_kind_zh(key, str))
        return ""
    written = written.strip()
    if choices and written not in choices:
        report(mapping.where(key), f"{key} {written!r} is not one of {', '.join(choices)}",
               zh=f"{key} 的值{q(written)}不在可选值之中（{joined_zh(choices)}）")
        return ""
    return written


@overload
def value(mapping: YMap, key: str, kind: type[T], report: Report, *, required: bool = True,
          hint: str = "", zh_hint: str = "") -> T | None: ...


@overload
def value(mapping: YMap, key: str, kind: type[T], report: Report, *, required: bool = True, hint: str = "",
          default: T, zh_hint: str = "") -> T: ...


def value(mapping: YMap, key: str, kind: type[Any], report: Report, *, required: bool = True, hint: str = "",
          default: Any = None, zh_hint: str = "") -> Any:
    """The value under ``key`` when it is of ``kind`` (text is stripped), else ``default``.

    Absent (or null) is "missing field 'key'" with ``hint`` when ``required``; a value of another kind is
    "field 'key' must be list" (text, mapping, whole number, true/false; a number counts as text); required
    text that is only spaces is "field 'key' is empty".
    """
    if key not in mapping or mapping[key] is None:
        if required:
            report(mapping.mark, missing(key), hint, zh=missing_zh(key), zh_hint=zh_hint)
        return default
    found = mapping[key]
    if kind is str:
        found = as_text(found, dates=False)
    if not isinstance(found, kind):
        report(mapping.where(key), wrong_kind(key, kind), zh=wrong_kind_zh(key, kind))
        return default
    if isinstance(found, str):
        found = found.strip()
        if required and not found:
            report(mapping.where(key), f"field {key!r} is empty", "write the text",
                   zh=f"字段{q(key)}为空", zh_hint="请填写文字")
            return default
    return found


def mapping_under(mapping: YMap, key: str, report: Report, message: str, zh: str = "") -> YMap | None:
    """The mapping under ``key``; None when absent, and when it is something else (reported as ``message``,
    in Chinese ``zh``, by default 字段“key”必须是映射)."""
    found = mapping.get(key)
    if found is None:
        return None
    if not isinstance(found, YMap):
        report(mapping.where(key), message, zh=zh or wrong_kind_zh(key, YMap))
        return None
    return found


def list_under(mapping: YMap, key: str, report: Report, message: str, zh: str = "") -> YList | None:
    """The list under ``key``; None when absent, and when it is something else (reported as ``message``,
    in Chinese ``zh``, by default 字段“key”必须是列表)."""
    found = mapping.get(key)
    if found is None:
        return None
    if not isinstance(found, YList):
        report(mapping.where(key), message, zh=zh or wrong_kind_zh(key, YList))
        return None
    return found


def as_list(found: Any) -> YList | None:
    """A list of texts as written: a YAML list as it is, one text as a list of one; None for anything else.

    A text made into a list was read as a scalar: its item has no position of its own (``where`` gives (0, 0)).
    """
    if isinstance(found, str):
        return YList([found])
    return found if isinstance(found, YList) else None


def check_date(mapping: YMap, key: str, written: str, report: Report, hint: str, zh_hint: str = "") -> bool:
    """Whether ``written`` (the text under ``key``) is a date; if not, report "key 'text' is not a date"."""
    if is_date(written):
        return True
    report(mapping.where(key), f"{key} {written!r} is not a date", hint, zh=f"{key} 的值{q(written)}不是日期",
           zh_hint=zh_hint)
    return False


def check_length(mapping: YMap, key: str, written: str, limit: int, report: Report, hint: str,
                 zh_hint: str = "") -> bool:
    """Whether ``written`` (the text under ``key``) has at most ``limit`` characters; if not, report
    "the key is N characters long; at most limit"."""
    if len(written) <= limit:
        return True
    report(mapping.where(key), f"the {key} is {len(written)} characters long; at most {limit}", hint,
           zh=f"{key} 长 {len(written)} 个字符，最多 {limit} 个", zh_hint=zh_hint)
    return False


def whole_number(mapping: YMap, key: str, report: Report, *, minimum: int) -> int | None:
    """The whole number under ``key``; None when absent, and when it is not a whole number of at least
    ``minimum`` (reported as "key must be a whole number from minimum")."""
    found = mapping.get(key)
    if found is None:
        return None
    if not is_whole_number(found, minimum):
        report(mapping.where(key), f"{key} must be a whole number from {minimum}", zh=f"{key} 必须是不小于 {minimum} 的整数")
        return None
    return int(found)
