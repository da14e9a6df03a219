"""The console and file-system facts a command sees; tests replace them."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO


@dataclass
class Environment:
    """Streams, working directory and variables of one command invocation."""

    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    stdin: IO[str] = field(default_factory=lambda: sys.stdin)
    cwd: Path = field(default_factory=Path.cwd)
    variables: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))

    @property
    def is_terminal(self) -> bool:
        isatty = getattr(self.stdout, "isatty", None)
        return bool(isatty and isatty())

    @property
    def colour(self) -> bool:
        return self.is_terminal and "NO_COLOR" not in self.variables

    def print(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def error(self, text: str) -> None:
        self.stderr.write(text + "\n")

    def resolve(self, path: str | Path) -> Path:
        """A user-given path, relative to the working directory of the command."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else self.cwd / p
