"""``drafter completion bash|zsh|fish`` (issue 25 item 9): scripts made from the parser that their shells load,
completing commands, options, choices, clause ids and country codes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DRAFTER = Path(sys.executable).parent / "drafter"

# words typed so far -> words the completion must offer
CASES = [
    (["drafter", ""], {"library", "clauses", "check", "completion"}),
    (["drafter", "library", ""], {"lint", "import"}),
    (["drafter", "library", "lint", "--"], {"--json", "--alone", "--lang", "--library"}),
    (["drafter", "check", "--profile", ""], {"un", "una-usa", "thimun", "cn-mun"}),
    (["drafter", "check", "--disable", "organ-"], {"organ-line"}),
    (["drafter", "clauses", "show", "cyb-ai-op-0"], {"cyb-ai-op-02"}),
    (["drafter", "countries", "show", "FR"], {"FRA"}),
    (["drafter", "clauses", "--country", "CH"], {"CHN", "CHE"}),
    (["drafter", "completion", ""], {"bash", "zsh", "fish"}),
]


def script(run, shell: str, tmp_path: Path) -> Path:
    status, out, err = run("completion", shell)
    assert status == 0, err
    path = tmp_path / f"drafter.{shell}"
    path.write_text(out, encoding="utf-8")
    return path


def test_bash_loads_the_script_from_the_command() -> None:
    if not DRAFTER.exists():
        pytest.skip("the drafter command is not installed next to this Python")
    done = subprocess.run(["bash", "-c", f"source <({DRAFTER} completion bash); complete -p drafter"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "-F _drafter drafter" in done.stdout, done.stderr


def test_bash_completes_commands_options_choices_and_ids(run, tmp_path: Path) -> None:
    path = script(run, "bash", tmp_path)
    probes = "\n".join(
        f'COMP_WORDS=({" ".join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}; COMPREPLY=(); _drafter; '
        f'echo "${{COMPREPLY[*]}}"' for words, _ in CASES)
    done = subprocess.run(["bash", "-c", f"source {path}\n{probes}"], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for (words, expected), line in zip(CASES, done.stdout.splitlines()):
        assert expected <= set(line.split()), (words, line)
    (tmp_path / "draft.docx").write_bytes(b"")
    done = subprocess.run(["bash", "-c", f'source {path}\nCOMP_WORDS=(drafter check dr); COMP_CWORD=2; _drafter; '
                                         'echo "${COMPREPLY[*]}"'], capture_output=True, text=True, cwd=tmp_path)
    assert sorted(done.stdout.split()) == ["draft.docx", "drafter.bash"]


def test_words_with_spaces_are_left_out(run, tmp_path: Path) -> None:
    text = script(run, "bash", tmp_path).read_text(encoding="utf-8")
    assert "G77" in text and "Arab League" not in text


@pytest.mark.parametrize(("shell", "check"), [("zsh", ["zsh", "-n"]), ("fish", ["fish", "--no-execute"])])
def test_zsh_and_fish_scripts_parse(run, tmp_path: Path, shell: str, check: list[str]) -> None:
    path = script(run, shell, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "cyb-ai-op-02" in text and "--profile" in text.replace("-l profile", "--profile")
    if not shutil.which(shell):
        pytest.skip(f"{shell} is not installed")
    done = subprocess.run([*check, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_zsh_completes_commands_options_choices_and_ids(run, tmp_path: Path) -> None:
    """The zsh function called as the completion system calls it: ``words`` and ``CURRENT`` set, with
    ``compadd`` and ``_files`` standing in for the system's own (they print what they are given)."""
    if not shutil.which("zsh"):
        pytest.skip("zsh is not installed")
    path = script(run, "zsh", tmp_path)
    stubs = "compdef() { :; }\ncompadd() { [[ $1 == -- ]] && shift; print -r -- \"$@\"; }\n_files() { print -r -- FILES; }"
    probes = "\n".join(f'words=({" ".join(repr(w) for w in words)}); CURRENT={len(words)}; _drafter'
                       for words, _ in CASES)
    done = subprocess.run(["zsh", "-f", "-c", f"{stubs}\nsource {path}\n{probes}"], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(CASES), done.stdout
    for (words, expected), line in zip(CASES, lines):
        assert expected <= set(line.split()), (words, line)


def test_fish_completes_commands_options_choices_and_ids(run, tmp_path: Path) -> None:
    if not shutil.which("fish"):
        pytest.skip("fish is not installed")
    path = script(run, "fish", tmp_path)
    probes = "\n".join(f"complete -C {' '.join(words)!r}; echo ---" for words, _ in CASES)
    done = subprocess.run(["fish", "--no-config", "-c", f"source {path}\n{probes}"], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0 and not done.stderr, done.stderr  # fish says what it refuses on stderr
    answers = done.stdout.split("---\n")
    for (words, expected), answer in zip(CASES, answers):
        offered = {line.split("\t")[0] for line in answer.splitlines()}
        assert expected <= offered, (words, sorted(offered)[:20])
    (tmp_path / "draft.docx").write_bytes(b"")
    done = subprocess.run(["fish", "--no-config", "-c", f"source {path}\ncomplete -C 'drafter build --out dr'"],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert not done.stderr and done.stdout.split() == ["draft.docx", "drafter.fish"], (done.stdout, done.stderr)


def test_unknown_shell_is_a_usage_error(run, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run("completion", "tcsh")
    assert status == 2 and "invalid choice: 'tcsh'" in capsys.readouterr().err
