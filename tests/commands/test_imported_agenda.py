"""An imported agenda works everywhere the built-in one does: `new` (its interrupted questions resume with the same
library), `clauses` search, `build`, `check`, `amend` and `apply` of a draft built from it."""

from __future__ import annotations

import io
import os
import shlex
import sys
import time
from pathlib import Path

import pytest
from paths import ROOT, UN_FIXTURES
from scripted import ScriptedAsker

from drafter import importer, library
from drafter.environment import Environment
from drafter.interview import session
from drafter.interview.flow import Flow
from drafter.interview.resume import load_resume
from drafter.status import DrafterError

EN, ZH = UN_FIXTURES / "74_19.docx", UN_FIXTURES / "74_247_C.docx"


@pytest.fixture
def oceans(tmp_path: Path, lib: library.Library) -> Path:
    out = tmp_path / "oceans"
    importer.run(importer.Options([UN_FIXTURES / "74_19.docx"], out, topic="oceans",
                                  topic_names=["Oceans and the law of the sea", "海洋和海洋法"]), lib)
    return out


def test_interrupted_questions_resume_with_the_library(oceans: Path, tmp_path: Path) -> None:
    loaded = library.load([library.builtin_library(), oceans])
    committee = loaded.agendas["oceans"].committee
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=tmp_path)
    resume = tmp_path / "drafter-resume.yaml"
    flow = Flow(loaded, ScriptedAsker(["en", "resolution", committee, KeyboardInterrupt()]), cwd=tmp_path)
    assert session.interview(flow, env, resume, [oceans]) == 130
    printed = env.stderr.getvalue()
    command = next(line for line in printed.splitlines() if line.startswith("Resume with: "))
    assert shlex.split(command.removeprefix("Resume with: ")) == ["drafter", "new", "--resume", str(resume),
                                                                 "--library", str(oceans)]
    answers, answered, _ = load_resume(resume, loaded)
    assert answers.agenda == "oceans" and answered == ["language", "kind", "committee", "agenda"]
    with pytest.raises(DrafterError, match="oceans"):  # what the command printed before: the agenda is unknown
        load_resume(resume, library.load([library.builtin_library()]))


def test_the_printed_resume_command_works(oceans: Path, tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    resume = tmp_path / "drafter-resume.yaml"
    loaded = library.load([library.builtin_library(), oceans])
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=tmp_path)
    flow = Flow(loaded, ScriptedAsker(["en", "resolution", loaded.agendas["oceans"].committee, KeyboardInterrupt()]),
                cwd=tmp_path)
    session.interview(flow, env, resume, [oceans])
    command = next(line for line in env.stderr.getvalue().splitlines() if line.startswith("Resume with: "))
    argv = shlex.split(command.removeprefix("Resume with: "))[1:]
    child = pexpect.spawn(sys.executable, ["-m", "drafter", *argv], cwd=str(tmp_path), encoding="utf-8", timeout=60,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), TERM="xterm-256color", COLUMNS="100",
                                   LINES="30"), dimensions=(30, 100))
    child.expect(r"Resuming \S*drafter-resume.yaml: 4 questions already answered")
    child.expect("Your country")  # the next question: the committee and agenda came from the imported library
    time.sleep(0.3)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_search_build_check_amend_apply(run, oceans: Path, tmp_path: Path) -> None:
    status, shown, err = run("clauses", "universal participation", "--library", str(oceans), "--kind", "operative")
    assert status == 0 and "a74-19-op-2" in shown, err
    answers = tmp_path / "oceans.yaml"
    answers.write_text("kind: resolution\nlanguage: en\nagenda: oceans\ncountry: FRA\nsponsors: [FRA]\n"
                       "date: 2026-10-20\npreambular: [a74-19-pp-1, a74-19-pp-2]\n"
                       "operative: [a74-19-op-1, a74-19-op-2, a74-19-op-3]\n", encoding="utf-8")
    assert run("build", str(answers), "--library", str(oceans))[0] == 0
    draft = answers.with_suffix(".docx")
    status, shown, _ = run("check", str(draft), "--library", str(oceans))
    assert status == 0 and "0 errors, 0 warnings" in shown, shown
    amendment = tmp_path / "fra-1.yaml"
    amendment.write_text("draft: oceans.docx\nsubmitted_by: DEU\nkind: unfriendly\nactions:\n  - strike: \"3\"\n"
                         "  - replace_words: \"2\"\n    words: all States\n    with: all Member States\n"
                         "  - add_after: last\n    text: Decides to remain seized of the matter\n", encoding="utf-8")
    status, _, err = run("amend", str(amendment), "--library", str(oceans), "--sheet", str(tmp_path / "sheet.docx"))
    assert status == 0, err
    status, _, err = run("apply", str(draft), str(amendment), "--library", str(oceans), "--out",
                         str(tmp_path / "revised.docx"), "--accept")
    assert status == 0, err
    status, shown, _ = run("check", str(tmp_path / "revised.docx"), "--library", str(oceans))
    assert status == 0 and "0 errors, 0 warnings" in shown, shown


def test_a_position_paper_for_an_imported_agenda(run, oceans: Path, tmp_path: Path) -> None:
    answers = tmp_path / "paper.yaml"
    answers.write_text("kind: position-paper\nlanguage: en\nagenda: oceans\ncountry: CHN\ndate: 2026-10-20\n",
                       encoding="utf-8")
    status, _, err = run("build", str(answers), "--library", str(oceans), "--format", "md", "--out",
                         str(tmp_path / "paper.md"))
    assert status == 0, err
    text = (tmp_path / "paper.md").read_text(encoding="utf-8")
    assert "Oceans and the law of the sea" in text and "A/RES/74/19" in text
    assert "That the Assembly reaffirm" in text or "That the Assembly call upon" in text, text
