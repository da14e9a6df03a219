"""Shared fixtures: the built-in library (loaded once) and a console that tests can read."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from drafter import library
from drafter.environment import Environment

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def lib() -> library.Library:
    return library.load([library.builtin_library()])


class Run:
    """Run the CLI in-process with captured streams."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd

    def __call__(self, *argv: str, stdin: str = "", variables: dict[str, str] | None = None, cwd: Path | None = None):
        from drafter.cli import main

        env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.StringIO(stdin), cwd=cwd or self.cwd,
                          variables=variables if variables is not None else {})
        status = main(list(argv), env)
        return status, env.stdout.getvalue(), env.stderr.getvalue()


@pytest.fixture
def run(tmp_path: Path) -> Run:
    return Run(tmp_path)
