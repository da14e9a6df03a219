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

    def zh(self) -> str:
        """The place in Chinese: "x.yaml 第3行第5列" (the file alone when no line is known)."""
        if not self.line:
            return str(self.path)
        return f"{self.path} 第{self.line}行" + (f"第{self.column}列" if self.column else "")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a library file."""

    location: Location
    message: str
    hint: str = ""
    zh: str = ""  # the message in Chinese, when the loader that found it has one
    zh_hint: str = ""

    def __str__(self) -> str:
        message = _LONG_QUOTE.sub(lambda m: f"{m.group(1)}{m.group(2)}…{m.group(1)}", self.message)
        return f"{self.location}: {message}" + (f" ({self.hint})" if self.hint else "")

    def text(self, lang: str) -> str:
        """The problem in ``lang``: in Chinese, "x.yaml 第3行第5列：……（……）" when it has a Chinese message."""
        if lang != "zh" or not self.zh:
            return str(self)
        message = _LONG_ZH_QUOTE.sub(lambda m: f"“{m.group(1)}…”", self.zh)
        return f"{self.location.zh()}：{message}" + (f"（{self.zh_hint}）" if self.zh_hint else "")


_LONG_QUOTE = lazy(r"""(['"])([^'"\n]{60})[^'"\n]{20,}\1""")  # a long quoted value is shown cut
_LONG_ZH_QUOTE = lazy(r"“([^”\n]{60})[^”\n]{20,}”")


def q(value: object) -> str:
    """A value quoted in a Chinese message: “value”."""
    return f"“{value}”"


def joined_zh(items: Iterable[str]) -> str:
    """Items listed in a Chinese message, with the enumeration comma: a、b、c."""
    return "、".join(items)


def did_you_mean(key: str, known: Iterable[str]) -> str:
    """"; did you mean 'x'?" for the closest known spelling, or "" when none is close."""
    import difflib

    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def did_you_mean_zh(key: str, known: Iterable[str]) -> str:
    """"；是否指“x”？" for the closest known spelling, or "" when none is close."""
    import difflib

    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f"；是否指{q(close[0])}？" if close else ""
