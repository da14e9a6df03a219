"""Regular expressions compiled on first use.

Compiling a pattern with a large Chinese character class ([\\u3400-\\u4dbf\\u4e00-\\u9fff]) costs a
millisecond or more, every run; the Chinese patterns an English draft never needs are made with :func:`lazy`
and compiled only when a Chinese text asks for them.
"""

from __future__ import annotations

import re
from typing import Any, cast

from drafter import regexcache

_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern", "flags",
               "groups", "groupindex")


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only until the first use: the pattern's attributes are ours then
        compiled = regexcache.compile(*self._args)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on the first use of one of its methods or attributes (search, match,
    fullmatch, finditer, findall, sub, subn, split, pattern, flags, groups, groupindex); give it only to code
    that uses no other (not to ``re.sub(PATTERN, …)``, which needs a compiled pattern)."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
