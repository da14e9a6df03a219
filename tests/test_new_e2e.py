"""`drafter new` for real, in a pseudo-terminal: from the first prompt to a .docx, and interrupt + resume."""

from __future__ import annotations

import os
import time
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

ROOT = Path(__file__).resolve().parents[1]
ENTER, CTRL_U = "\r", "\x15"


def spawn(args: list[str], cwd: Path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), TERM="xterm-256color", COLUMNS="120", LINES="40")
    return pexpect.spawn(sys.executable, ["-m", "drafter", "new", *args], cwd=str(cwd), env=env,
                         encoding="utf-8", timeout=30, dimensions=(40, 120))


def answer(child, prompt: str, keys: str) -> None:
    child.expect(prompt)
    time.sleep(0.3)  # let the prompt start reading keys, as a person would
    child.send(keys)


def test_new_writes_a_docx(tmp_path: Path) -> None:
    child = spawn(["--lang", "en"], tmp_path)
    answer(child, "What do you want to draft", ENTER)
    answer(child, "Your country", "CHN" + ENTER)
    answer(child, "Format of the conference", ENTER)
    answer(child, "Sponsors", ENTER)
    answer(child, "Signatories", ENTER)
    answer(child, "Preambular clauses", ENTER)
    answer(child, "Operative clauses", ENTER)
    answer(child, "Order of the preambular", ENTER)
    answer(child, "Order of the operative", ENTER)
    answer(child, "Change a clause", ENTER)
    answered = set()
    # prompt_toolkit redraws a prompt as it works, so the same question may be seen twice: answer each once
    while child.expect([r"(cyb-[\w-]+): In which year", "Add a clause of your own"]) == 0:
        if child.match.group(1) not in answered:
            answered.add(child.match.group(1))
            time.sleep(0.3)
            child.send(ENTER)  # keep the placeholder's default
    time.sleep(0.3)
    child.send(ENTER)
    answer(child, "Save the .docx as", CTRL_U + "china.docx" + ENTER)
    answer(child, "Write the .docx", ENTER)
    child.expect("Wrote")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert (tmp_path / "china.docx").stat().st_size > 10_000
    answers = (tmp_path / "china.yaml").read_text(encoding="utf-8")
    assert "country: CHN" in answers and "date:" in answers


def test_interrupt_and_resume(tmp_path: Path) -> None:
    child = spawn(["--lang", "zh"], tmp_path)
    answer(child, "您要起草什么文件", "\x1b[B" + ENTER)  # a position paper
    answer(child, "您代表的国家", "RUS" + ENTER)
    child.expect("行动性条款")
    child.sendcontrol("c")
    child.expect("drafter new --resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    resume = tmp_path / "drafter-resume.yaml"
    assert "country: RUS" in resume.read_text(encoding="utf-8")

    child = spawn(["--resume", str(resume)], tmp_path)
    answer(child, "行动性条款", ENTER)  # the country is not asked again
    answer(child, "代表姓名", "李明" + ENTER)
    answer(child, "学校", ENTER)
    answer(child, "国家立场", "\x1b" + ENTER)
    answer(child, "保存为", CTRL_U + "rus.docx" + ENTER)
    answer(child, "生成", ENTER)
    child.expect("已生成")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert (tmp_path / "rus.docx").exists() and not resume.exists()
