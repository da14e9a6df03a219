"""Driving `drafter new` in a pseudo-terminal (pexpect), as a person types: shared by the end-to-end tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pexpect
from paths import ROOT

ENTER, CTRL_U, TAB, ESC, DOWN = "\r", "\x15", "\t", "\x1b", "\x1b[B"


def spawn(args: list[str], cwd: Path, rows: int = 24, columns: int = 80, shell: str = ""):
    env = dict(os.environ, PYTHONPATH=str(ROOT), TERM="xterm-256color", LINES=str(rows), COLUMNS=str(columns))
    if shell:  # run through a shell, for redirections
        return pexpect.spawn("/bin/sh", ["-c", shell], cwd=str(cwd), env=env, encoding="utf-8", timeout=30,
                             dimensions=(rows, columns))
    return pexpect.spawn(sys.executable, ["-m", "drafter", "new", *args], cwd=str(cwd), env=env,
                         encoding="utf-8", timeout=30, dimensions=(rows, columns))


def answer(child, prompt: str, keys: str) -> None:
    child.expect(prompt)
    time.sleep(0.4)  # let the prompt start reading keys, as a person would
    child.send(keys)


def press(child, keys: str) -> None:
    time.sleep(0.6)
    child.send(keys)


def read_answers(path: Path) -> dict:
    from drafter import yamlio

    data = yamlio.read(path)
    ids = {kind: [c if isinstance(c, str) else c.get("id") for c in data[kind]] for kind in ("preambular", "operative")}
    return ids | {"raw": data}


def check_clean(docx: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "drafter", "check", str(docx)], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings" in result.stdout or "0 个错误，0 个警告" in result.stdout  # a Chinese draft's report


