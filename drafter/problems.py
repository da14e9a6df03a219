"""Where something stands in an input file, what is wrong there, and a did-you-mean hint: shared by every loader."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from drafter.patterns import lazy


@dataclass(frozen=True)
class Location:
    """Where an entry stands: file, 1-based line and column."""

    path: Path
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a library file."""

    location: Location
    message: str
    hint: str = ""

    def __str__(self) -> str:
        message = _LONG_QUOTE.sub(lambda m: f"{m.group(1)}{m.group(2)}…{m.group(1)}", self.message)
        return f"{self.location}: {message}" + (f" ({self.hint})" if self.hint else "")


_LONG_QUOTE = lazy(r"""(['"])([^'"\n]{60})[^'"\n]{20,}\1""")  # a long quoted value is shown cut


def did_you_mean(key: str, known: Iterable[str]) -> str:
    """"; did you mean 'x'?" for the closest known spelling, or "" when none is close."""
    import difflib

    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""
