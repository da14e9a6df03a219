"""Regular expressions compiled on first use.

Compiling a pattern with a large Chinese character class ([\\u3400-\\u4dbf\\u4e00-\\u9fff]) costs a
millisecond or more, every run; the Chinese patterns an English draft never needs are made with :func:`lazy`
and compiled only when a Chinese text asks for them.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only until the first use: the methods become attributes then
        compiled = re.compile(*self._args)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on the first call of one of its methods (search, match, fullmatch,
    finditer, findall, sub, subn, split); give it only to code that calls them."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
