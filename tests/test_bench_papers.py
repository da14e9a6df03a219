"""bench/papers.py, the position-paper bench the README quotes, runs to its table with and without --show (it
shares bench/students.py's printer, whose --fix lines and unjudged ends the papers' bench does not measure)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from paths import ROOT


@pytest.mark.parametrize("show", [[], ["--show"]])
def test_the_papers_bench_prints_its_table(show: list[str]) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "papers.py"), *show], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("position papers: ") and "\nall " in done.stdout, done.stdout
