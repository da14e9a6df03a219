"""The rough edges of issue 16: did-you-mean for countries in answers files, build --out -, Ctrl-C at the
first prompt, what --resume loaded, and check --fix refusing before its report."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

import paths
import pytest
from paths import LIBRARY_FIXTURES

from drafter.compose import answers
from drafter.environment import Environment
from drafter.interview import session
from drafter.interview.flow import Flow

ROOT = paths.ROOT
BASE = LIBRARY_FIXTURES / "base"
EXAMPLE = ROOT / "examples" / "china-resolution-zh-cn-mun.yaml"


def test_unknown_country_in_answers_gets_did_you_mean(lib, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("kind: resolution\nlanguage: en\ncountry: Germny\nsponsors: [Frnace, 德国家]\n"
                    "operative: [cyb-core-op-01]\n", encoding="utf-8")
    with pytest.raises(answers.AnswersError) as caught:
        answers.read(path, lib)
    text = str(caught.value)
    assert "a.yaml:3:10: unknown country 'Germny'; did you mean 'Germany' (DEU)?" in text
    assert "unknown country 'Frnace' in sponsors; did you mean 'France' (FRA)?" in text
    assert "unknown country '德国家' in sponsors; did you mean '德国' (DEU)?" in text


def test_build_out_dash_writes_md_and_txt_to_stdout(run, tmp_path: Path) -> None:
    status, out, _ = run("build", str(EXAMPLE), "--format", "md", "--out", "-")
    assert status == 0 and "**" in out and "中国" in out
    status, out, _ = run("build", str(EXAMPLE), "--format", "txt", "--out", "-")
    assert status == 0 and "**" not in out and out.count("\n") > 10
    assert not (tmp_path / "-").exists() and not list(tmp_path.iterdir())


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_build_out_dash_refuses_binary_formats(run, tmp_path: Path, fmt: str) -> None:
    status, out, err = run("build", str(EXAMPLE), "--format", fmt, "--out", "-")
    assert status == 2 and out == ""
    assert "standard output" in err and f"--out FILE.{fmt}" in err
    assert not list(tmp_path.iterdir())


def test_build_out_dash_takes_one_file(run) -> None:
    status, _, err = run("build", str(EXAMPLE), str(EXAMPLE), "--format", "md", "--out", "-")
    assert status == 2 and "one answers file" in err


class Interrupting:
    """An asker whose first question is answered with Ctrl-C."""

    def __getattr__(self, name: str):
        def ask(*args, **kwargs):
            raise KeyboardInterrupt

        return ask


@pytest.mark.parametrize("lang", ["", "zh"])
def test_ctrl_c_at_the_first_prompt_leaves_no_file(lib, tmp_path: Path, lang: str) -> None:
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=tmp_path)
    resume = tmp_path / "drafter-resume.yaml"
    assert session.interview(Flow(lib, Interrupting(), lang=lang, cwd=tmp_path), env, resume) == 130
    assert not list(tmp_path.iterdir())
    assert ("未保存" if lang == "zh" else "nothing was saved") in env.stderr.getvalue()


def test_check_fix_onto_existing_file_refuses_before_the_report(run, tmp_path: Path) -> None:
    assert run("build", str(EXAMPLE), "--out", str(tmp_path / "draft.docx"))[0] == 0
    existing = tmp_path / "fixed.docx"
    existing.write_bytes(b"keep me")
    status, out, err = run("check", str(tmp_path / "draft.docx"), "--fix", str(existing))
    assert status == 2 and out == "" and "already exists; use --force" in err
    assert existing.read_bytes() == b"keep me"
    status, out, _ = run("check", str(tmp_path / "draft.docx"), "--fix", str(existing), "--force")
    assert status in (0, 1) and out and existing.read_bytes() != b"keep me"


def test_resume_says_what_it_loaded(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    resume = tmp_path / "drafter-resume.yaml"
    resume.write_text("kind: position-paper\nlanguage: en\ncommittee: ccpcj\nagenda: cybercrime\ncountry: KEN\n"
                      "resume:\n  answered: [language, kind, committee, agenda, country]\n  language: en\n",
                      encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), TERM="xterm-256color", COLUMNS="100", LINES="30")
    child = pexpect.spawn(sys.executable, ["-m", "drafter", "new", "--resume", str(resume)], cwd=str(tmp_path),
                          env=env, encoding="utf-8", timeout=30, dimensions=(30, 100))
    child.expect(r"Resuming \S*drafter-resume.yaml: 5 questions already answered \(language, kind, "
                 r"committee, agenda, country\)")
    # the first question not answered yet
    child.expect("What does your position paper propose|What is your draft about|Proposals|Operative")
    time.sleep(0.3)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "country: KEN" in resume.read_text(encoding="utf-8")  # still there to resume again
