"""``drafter check --jobs``: a batch checked in worker processes says word for word what a check in one process
says (every format, in the files' order), with unreadable files, position papers counted together, Chinese drafts
and an exit status of the whole batch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, Run

from drafter.commands import checkpool
from drafter.status import DrafterError, ExitStatus

UN = ROOT / "tests" / "fixtures" / "un"


def _batch(run: Run, folder: Path) -> list[str]:
    """Resolutions in both languages, two position papers apart, an empty file and a text file named .docx."""
    names = []
    for fixture in sorted(UN.glob("*.docx"))[:12]:
        shutil.copy(fixture, folder / fixture.name)
        names.append(fixture.name)
    for example in ("kenya-position-paper-en.yaml", "russia-position-paper-zh.yaml"):
        answers = folder / example
        answers.write_text("\n".join(line for line in (ROOT / "examples" / example).read_text(encoding="utf-8")
                                     .splitlines() if not line.startswith("output:")), encoding="utf-8")
        status, _, err = run("build", str(answers), "--out", example.replace(".yaml", ".docx"))
        assert status == 0, err
    (folder / "empty.docx").write_bytes(b"")
    (folder / "notes.docx").write_text("not a Word file", encoding="utf-8")
    return [*names[:3], "kenya-position-paper-en.docx", *names[3:7], "empty.docx", *names[7:10],
            "russia-position-paper-zh.docx", "notes.docx", *names[10:]]


@pytest.mark.parametrize("form", ["text", "line", "json"])
def test_workers_say_what_one_process_says(run: Run, tmp_path: Path, form: str) -> None:
    names = _batch(run, tmp_path)
    alone = run("check", "--format", form, "--jobs", "1", *names)
    pooled = run("check", "--format", form, "--jobs", "2", *names)
    assert alone[0] == ExitStatus.UNREADABLE  # two files cannot be read; the others are checked and reported
    assert pooled == alone
    if form != "line":  # the papers are clean: a line report has nothing to say of them
        said = ("(en, position paper)", "（zh，立场文件）") if form == "text" else ('"position-paper"',) * 2
        assert sum(alone[1].count(words) for words in set(said)) == 2


def test_workers_keep_the_order_and_the_status_of_findings(run: Run, tmp_path: Path) -> None:
    for fixture in sorted(UN.glob("*.docx")):
        shutil.copy(fixture, tmp_path / fixture.name)
    names = sorted(p.name for p in tmp_path.glob("*.docx"))
    alone = run("check", "--format", "line", "--jobs", "1", *names)
    pooled = run("check", "--format", "line", "--jobs", "3", *names, variables={"LANG": "zh_CN.UTF-8"})
    assert pooled[0] == alone[0] and pooled[1] == alone[1]
    files = [line.split(":")[0] for line in pooled[1].splitlines()]
    assert files == sorted(files, key=names.index)


def test_the_default_is_one_worker_per_core_for_a_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checkpool, "cores", lambda: 2)
    assert checkpool.workers(None, 100) == 2
    assert checkpool.workers(None, 7) == 1  # too few files to pay for starting the workers
    assert checkpool.workers(None, 1) == 1
    assert checkpool.workers(4, 3) == 3  # never more workers than files
    assert checkpool.workers(1, 100) == 1


def test_jobs_must_be_a_whole_number(run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(UN / "74_19.docx", tmp_path / "a.docx")
    for wrong in ("0", "-2", "two"):
        status, out, _ = run("check", "a.docx", "--jobs", wrong)
        assert status == ExitStatus.BAD_INPUT and out == ""
        assert "--jobs: give a whole number of 1 or more" in capsys.readouterr().err


def test_a_workers_usage_error_is_raised_by_the_parent() -> None:
    refusal = checkpool.refused("a.docx", DrafterError("no such rule", zh="没有这条规则"), "")
    with pytest.raises(DrafterError) as raised:
        refusal.raise_refusal()
    assert str(raised.value) == "no such rule" and raised.value.text("zh") == "没有这条规则"
    assert raised.value.status == ExitStatus.BAD_INPUT
    unreadable = checkpool.refused("a.docx", DrafterError("gone", ExitStatus.UNREADABLE), "drafter: gone")
    unreadable.raise_refusal()  # nothing to raise: the parent says the line and goes on
    assert unreadable.unreadable == "drafter: gone" and not unreadable.held
