"""Building answers files in a batch: every file is read, checked, assembled and rendered before the first
document is written, so a problem anywhere writes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from drafter.commands.common import progress_line
from drafter.compose import answers as answers_mod
from drafter.compose import assemble
from drafter.compose.answers import Answers
from drafter.compose.pdf import to_pdf
from drafter.compose.render import render, to_docx
from drafter.environment import Environment
from drafter.files import check_not_inputs, exists, inside_problem, write_atomic
from drafter.library import Library
from drafter.plurals import counted
from drafter.problems import Location, Problem
from drafter.status import DrafterError, ExitStatus


@dataclass
class Job:
    """One document to build: its answers and where it goes."""

    answers: Answers
    out: Path


def plan(paths: list[Path], lib: Library, fmt: str, out: Path | None, out_dir: Path | None,
         force: bool, cwd: Path) -> list[Job]:
    """Read every answers file and decide every output path (an answers file's own ``output`` stays inside its
    folder or ``cwd``); raise listing all problems."""
    if out is not None and len(paths) > 1:
        raise DrafterError("--out names one file; with several answers files use --out-dir",
                           zh="--out 只能指定一个文件；有多个答案文件时请用 --out-dir")
    if out_dir is not None and exists(out_dir) and not out_dir.is_dir():
        raise DrafterError(f"--out-dir {out_dir} is a file, not a folder", zh=f"--out-dir {out_dir} 是文件，不是文件夹")
    problems: list[Problem] = []
    languages: set[str] = set()
    jobs: list[Job] = []
    for path in paths:
        try:
            answers = answers_mod.read(path, lib)
        except answers_mod.AnswersError as exc:
            problems.extend(exc.problems)
            languages.add(exc.language)
            continue
        languages.add(answers.language)
        if out is not None:
            target = out if out.suffix else out.with_suffix(f".{fmt}")
        elif out_dir is not None:
            target = out_dir / answers.output_path(fmt).name
        else:
            target = answers.output_path(fmt)
            outside = inside_problem(target, [path.parent, cwd])
            if outside:
                problems.append(Problem(answers.output_where or Location(path), f"output {outside}",
                                        zh=f"output 的值“{answers.output}”写到了答案文件所在文件夹和当前文件夹之外"))
                continue
        jobs.append(Job(answers, target))
    if problems:
        raise answers_mod.AnswersError(problems, languages.pop() if len(languages) == 1 else "")
    seen: dict[Path, Path] = {}
    for job in jobs:
        source = job.answers.source or Path("?")
        if job.out in seen:
            raise DrafterError(f"{source} and {seen[job.out]} would both write {job.out}; give one of them another 'output:'",
                               zh=f"{source} 与 {seen[job.out]} 都会写入 {job.out}；请给其中一个另设 `output:`")
        seen[job.out] = source
        if exists(job.out) and not force:
            raise DrafterError(f"{job.out} already exists; use --force to replace it (nothing was written)",
                               zh=f"{job.out} 已存在；如要替换，请加 --force（未写入任何文件）")
    check_not_inputs([job.out for job in jobs], paths)
    return jobs


def run(paths: list[Path], lib: Library, env: Environment, *, fmt: str = "docx", out: Path | None = None,
        out_dir: Path | None = None, force: bool = False, template: Path | None = None,
        today: dt.date | None = None, lang: str = "") -> int:
    """Build every answers file in ``paths``: all are read, checked, assembled and rendered before the first
    document is written; a progress bar or one line per document on standard error, in ``lang`` (default: the
    answers files' language when they share one)."""
    if template is not None and template.is_dir():
        raise DrafterError(f"--template {template} is a folder, not a .docx file",
                           zh=f"--template {template} 是文件夹，不是 .docx 文件")
    if template is not None and not template.is_file():
        raise DrafterError(f"{template}: no such template file", zh=f"{template}：没有此模板文件")
    jobs = plan(paths, lib, fmt, out, out_dir, force, env.cwd)
    library_files = [p for folder in lib.folders if folder.is_dir() for p in folder.rglob("*.y*ml")]
    check_not_inputs([job.out for job in jobs], ([template] if template else []) + library_files)
    # every document is assembled and rendered before the first is written
    rendered = [to_docx(assemble.assemble(job.answers, lib, today), template) if fmt == "pdf"
                else render(assemble.assemble(job.answers, lib, today), fmt, template) for job in jobs]
    languages = {job.answers.language for job in jobs}
    progress = Progress(env, len(jobs), lang or (languages.pop() if len(languages) == 1 else "en"))
    for number, (job, data) in enumerate(zip(jobs, rendered)):
        try:
            if fmt == "pdf":
                to_pdf(data, job.out, force)
            else:
                write_atomic(job.out, data, force=force)
        except DrafterError as exc:
            if len(jobs) == 1:
                raise
            raise DrafterError(f"{exc}\n{_written_so_far(jobs, number, env)}", exc.status,
                               zh=f"{exc.text('zh')}\n{_written_so_far(jobs, number, env, 'zh')}") from None
        progress.step(job.out)
    progress.done()
    return ExitStatus.OK


def _written_so_far(jobs: list[Job], failed: int, env: Environment, lang: str = "en") -> str:
    written = [_relative(job.out, env.cwd) for job in jobs[:failed]]
    not_written = [_relative(job.out, env.cwd) for job in jobs[failed:]]
    if lang == "zh":
        return f"出错前已写入：{'、'.join(written) if written else '无'}；未写入：{'、'.join(not_written)}"
    return (f"written before the failure: {', '.join(written) if written else 'none'}; "
            f"not written: {', '.join(not_written)}")


class Progress:
    """A progress bar on a terminal; one line per document otherwise."""

    def __init__(self, env: Environment, total: int, lang: str = "en") -> None:
        self.env, self.total, self.count, self.lang = env, total, 0, lang
        isatty = getattr(env.stderr, "isatty", None)
        self.bar = bool(isatty and isatty()) and total > 1

    def step(self, path: Path) -> None:
        """``path`` was written."""
        self.count += 1
        shown = _relative(path, self.env.cwd)
        if self.bar:
            self.env.stderr.write(progress_line(self.env, self.count, self.total, shown))
            self.env.stderr.flush()
        else:
            self.env.error(f"已写入 {shown}" if self.lang == "zh" else f"wrote {shown}")

    def done(self) -> None:
        """Every document was written: end the bar; say how many when there were several."""
        if self.bar:
            self.env.stderr.write("\n")
        if self.total > 1 or self.bar:
            self.env.error(f"已生成 {self.count} 份文件" if self.lang == "zh" else f"built {counted(self.count, 'document')}")


def _relative(path: Path, cwd: Path) -> str:
    try:
        return str(path.resolve().relative_to(cwd.resolve()))
    except ValueError:
        return str(path)
