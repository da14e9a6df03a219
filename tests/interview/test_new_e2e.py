"""`drafter new` for real, in a pseudo-terminal: typing Chinese into the clause filter, going back a step,
removing and reordering clauses in the outline, and a .docx that `drafter check` finds clean; interrupt + resume."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

import paths
import pytest
from terminal import CTRL_U, DOWN, ENTER, ESC, TAB, answer, check_clean, press, read_answers, spawn  # noqa: F401

from drafter.interview import suggest
from drafter.interview.flow import Flow
from drafter.interview.picker import matches
from drafter.interview.steps.clauses import clause_options
from drafter.interview.suggest import default_topics

pexpect = pytest.importorskip("pexpect")

ROOT = paths.ROOT
def unique_query(lib, lang: str, iso3: str, avoid: list[str]) -> tuple[str, str]:
    """A piece of Chinese text that finds exactly one operative clause outside the suggestion (and its side)."""
    f = Flow(lib, type("Quiet", (), {})(), lang=lang)
    f.answers.country, f.answers.agenda = iso3, "cybercrime"
    options = clause_options(f, "operative", [])
    blocked = set(avoid) | {a for c in avoid for a in lib.alternatives(c)}
    for option in options:
        if option.value in blocked or option.title.startswith("⚠"):
            continue
        text = lib.clauses[option.value].text.zh
        for start in range(0, len(text) - 6):
            query = text[start:start + 6]
            if "，" in query or "《" in query:
                continue
            if [o.value for o in options if matches(query, f"{o.title}\n{o.search}".casefold())] == [option.value]:
                return query, option.value
    raise AssertionError("no unique Chinese query")


def suggestion(lib, iso3: str, kind: str) -> list[str]:
    country, agenda = lib.countries[iso3], lib.agendas["cybercrime"]
    return suggest.suggest_clauses(lib, country, agenda, default_topics(lib, country, agenda), kind)


def outline_edits(child, preambular: int) -> None:
    """Remove the first preambular clause, then move the first operative clause down one place."""
    child.expect("x 删除|x remove")
    press(child, "x")
    child.expect("已删除|Removed")
    press(child, DOWN * (preambular - 1))
    press(child, "]")
    press(child, ENTER)


def test_new_in_english_at_80_columns(tmp_path: Path, lib) -> None:
    query, extra = unique_query(lib, "en", "CHN", suggestion(lib, "CHN", "operative"))
    child = spawn(["--lang", "en"], tmp_path)
    answer(child, "What do you want to draft", ENTER)
    answer(child, "Your country", "中国")
    press(child, ENTER)
    answer(child, "Format of the conference", ENTER)
    answer(child, "Sponsors", ENTER)
    child.expect("The UN format has no signatories")  # not asked for, nothing dropped
    answer(child, "What is your draft about", ESC)  # back one step: the sponsors again
    answer(child, "Sponsors", ENTER)
    answer(child, "What is your draft about", ENTER)
    answer(child, "Preambular clauses", ENTER)
    answer(child, "Operative clauses", query)          # Chinese text typed into the filter
    time.sleep(1)  # the filter narrows the list to the one clause
    press(child, TAB)
    press(child, ENTER)
    outline_edits(child, len(suggestion(lib, "CHN", "preambular")))
    answer(child, "Save the .docx as", CTRL_U + "my draft.docx" + ENTER)
    answer(child, "Write the .docx", ENTER)
    if child.expect(["Also make a PDF", "Wrote"]) == 0:
        press(child, ENTER)  # no PDF (the default)
        child.expect("Wrote")
    child.expect("Rebuild with: drafter build '")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    answers = read_answers(tmp_path / "my draft.yaml")
    preambular, operative = suggestion(lib, "CHN", "preambular"), suggestion(lib, "CHN", "operative")
    assert answers["preambular"] == preambular[1:]
    assert answers["operative"] == [operative[1], operative[0], *operative[2:], extra]
    assert answers["raw"]["sponsors"] == ["CHN"] and not lib.contradictions(answers["preambular"] + answers["operative"])
    check_clean(tmp_path / "my draft.docx")


def test_new_in_chinese_at_140_columns_with_stdout_redirected(tmp_path: Path, lib) -> None:
    query, extra = unique_query(lib, "zh", "RUS", suggestion(lib, "RUS", "operative"))
    command = f"{sys.executable} -m drafter new --lang zh > printed.txt"
    child = spawn([], tmp_path, rows=45, columns=140, shell=command)
    answer(child, "您要起草什么文件", ENTER)             # the prompts reach the terminal, not printed.txt
    answer(child, "您代表的国家", "俄罗斯")
    press(child, ENTER)
    answer(child, "会议文件格式", ENTER)
    answer(child, "起草国", ENTER)
    answer(child, "附议国", ENTER)
    answer(child, "您的草案关于什么", ESC)               # back one step: the signatories again
    answer(child, "附议国", ENTER)
    answer(child, "您的草案关于什么", ENTER)
    answer(child, "序言性条款", ENTER)
    answer(child, "行动性条款", query)
    time.sleep(1)
    press(child, TAB)
    press(child, ENTER)
    outline_edits(child, len(suggestion(lib, "RUS", "preambular")))
    answer(child, "保存为", CTRL_U + "草案/rus.docx" + ENTER)
    answer(child, "不存在。是否创建", ENTER)              # the folder 草案 is created
    answer(child, "生成 .docx 文件和答案文件", ENTER)
    if child.expect(["同时生成 PDF", pexpect.EOF]) == 0:
        press(child, ENTER)
        child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    printed = (tmp_path / "printed.txt").read_text(encoding="utf-8")
    assert "已生成" in printed and "重新生成：drafter build" in printed and "您代表的国家" not in printed
    answers = read_answers(tmp_path / "草案" / "rus.yaml")
    preambular, operative = suggestion(lib, "RUS", "preambular"), suggestion(lib, "RUS", "operative")
    assert answers["preambular"] == preambular[1:]
    assert answers["operative"] == [operative[1], operative[0], *operative[2:], extra]
    check_clean(tmp_path / "草案" / "rus.docx")


@pytest.mark.parametrize("stop", [signal.SIGHUP, signal.SIGTERM], ids=["terminal-closed", "terminated"])
def test_a_closed_terminal_keeps_the_answers(tmp_path: Path, stop: int) -> None:
    """The terminal window closed (SIGHUP) or the process asked to stop (SIGTERM) mid-questionnaire: the answers
    given are saved for --resume, as with Ctrl-C."""
    child = spawn(["--lang", "zh"], tmp_path)
    answer(child, "您要起草什么文件", DOWN + ENTER)  # a position paper
    answer(child, "您代表的国家", "KEN")
    press(child, ENTER)
    child.expect("您的立场文件围绕哪些议题")
    time.sleep(0.3)
    child.kill(stop)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "country: KEN" in (tmp_path / "drafter-resume.yaml").read_text(encoding="utf-8")


def test_interrupt_and_resume(tmp_path: Path) -> None:
    child = spawn(["--lang", "zh"], tmp_path)
    answer(child, "您要起草什么文件", DOWN + ENTER)  # a position paper
    answer(child, "您代表的国家", "RUS")
    press(child, ENTER)
    answer(child, "您的立场文件围绕哪些议题", ENTER)  # the topics, as a resolution has them
    child.expect("立场文件的建议")
    time.sleep(0.3)
    child.sendcontrol("c")
    child.expect("drafter new --resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    resume = tmp_path / "drafter-resume.yaml"
    assert "country: RUS" in resume.read_text(encoding="utf-8")

    child = spawn(["--resume", str(resume)], tmp_path)
    answer(child, "立场文件的建议", ENTER)  # the country is not asked again
    answer(child, "您的建议：检查、修改后按回车", ENTER)  # the outline of the proposals
    answer(child, "代表姓名", "李明" + ENTER)
    answer(child, "学校", ENTER)
    answer(child, "国家立场", ESC + ENTER)
    answer(child, "保存为", CTRL_U + "rus.docx" + ENTER)
    answer(child, "生成", ENTER)
    if child.expect(["同时生成 PDF", "已生成"]) == 0:
        press(child, ENTER)
        child.expect("已生成")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert (tmp_path / "rus.docx").exists() and not resume.exists()
