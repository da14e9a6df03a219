"""A batch of drafts checked in worker processes, one per core: each worker reads and checks whole files and sends
back what their reports print, in the order of the files, so that the output is word for word that of a check in one
process. Only where a process forks safely (Linux and the BSDs): the workers start with the parent's library, patterns and caches already made."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from drafter.status import DrafterError, ExitStatus

if TYPE_CHECKING:
    from drafter.check import Report
    from drafter.word.reader import Document

# the fewest files per worker for which starting the workers pays (a worker's start costs about what one draft does)
FILES_PER_WORKER = 4


@dataclass(frozen=True)
class Outcome:
    """What one file's check left for the parent to say: its printed report and its JSON (``None`` when the parent
    must check the file itself: a position paper, whose length is counted over the batch), or the line saying why it
    could not be read, or a refusal to raise (a usage error about the file)."""

    name: str
    printed: list[str] | None = None  # each passed to print, as the report of one process prints it
    data: dict[str, object] | None = None
    errors: bool = False
    unreadable: str = ""
    refusal: tuple[str, str, int] | None = None

    @property
    def held(self) -> bool:
        """The parent checks this file again itself (a position paper)."""
        return self.printed is None and not self.unreadable and self.refusal is None

    def raise_refusal(self) -> None:
        """Raise the usage error the worker met, as the check in one process would have."""
        if self.refusal is not None:
            message, zh, status = self.refusal
            raise DrafterError(message, ExitStatus(status), zh=zh)


# set by the parent before it forks; each worker reads it (a forked worker shares the parent's memory at the fork)
_CHECK: Callable[[str], Outcome] | None = None


def cores() -> int:
    """The processors this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)


def workers(asked: int | None, files: int) -> int:
    """How many worker processes check ``files`` files: ``asked`` (``--jobs``) when given, else one per core with at
    least FILES_PER_WORKER files each; 1 (no worker: the files are checked in this process) where a process cannot fork safely."""
    import multiprocessing  # loaded on use: only a batch needs it

    if "fork" not in multiprocessing.get_all_start_methods() or sys.platform == "darwin":  # macOS' libraries fork badly
        return 1
    wanted = asked if asked is not None else min(cores(), files // FILES_PER_WORKER)
    return max(1, min(wanted, files))


def outcomes(names: list[str], jobs: int, check: Callable[[str], Outcome]) -> Iterator[Outcome]:
    """``check(name)`` for each of ``names`` in ``jobs`` forked workers, yielded in the order of ``names`` as they
    come. Ctrl-C stops the workers (they ignore it themselves: the parent alone ends the batch)."""
    import multiprocessing  # loaded on use: only a batch needs it

    global _CHECK
    _CHECK = check
    context = multiprocessing.get_context("fork")
    chunk = max(1, len(names) // (jobs * 8))
    try:
        with context.Pool(jobs, initializer=_ignore_interrupt) as pool:
            yield from pool.imap(_run, names, chunksize=chunk)
    finally:
        _CHECK = None


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run(name: str) -> Outcome:
    assert _CHECK is not None, "set by outcomes() before the fork"
    return _CHECK(name)


def report_outcome(name: str, report: Report, doc: Document, printed: Callable[[Report, Document], list[str]],
                   data: Callable[[Report], dict[str, object]] | None) -> Outcome:
    """A checked file's outcome: its report as printed and as JSON; held for the parent when it is a position
    paper."""
    if report.profile == "position-paper":
        return Outcome(name)
    return Outcome(name, printed=printed(report, doc), data=data(report) if data else None,
                   errors=bool(report.errors))


def refused(name: str, exc: DrafterError, unreadable_line: str) -> Outcome:
    """A file the worker could not check: unreadable (``unreadable_line`` says why), or a usage error."""
    if exc.status == ExitStatus.UNREADABLE:
        return Outcome(name, unreadable=unreadable_line)
    return Outcome(name, refusal=(str(exc), exc.zh, int(exc.status)))
