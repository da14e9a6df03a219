"""``drafter new``: the questionnaire in the terminal, for a draft, a position paper or an amendment.

The first question must come quickly: the widgets are imported first and the library loads in a thread
while the first questions (language, kind) wait for the delegate.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from drafter.commands import common
from drafter.environment import Environment
from drafter.plurals import counted
from drafter.status import DrafterError

if TYPE_CHECKING:
    from drafter.library import Library


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``new``."""
    new = sub.add_parser("new", help="draft a resolution or position paper by answering questions",
                         description="Answer questions in the terminal (English or Chinese) and get a .docx and the "
                                     "answers file that rebuilds it. Ctrl-C saves your answers for --resume.")
    new.add_argument("--lang", choices=["en", "zh"], help="language of the questions and the document")
    new.add_argument("--answers", metavar="FILE", help="start from an earlier answers file (its values become defaults)")
    new.add_argument("--resume", metavar="FILE", help="continue an interrupted questionnaire")
    new.add_argument("--out", metavar="FILE.docx", help="where to write the document (default: asked)")
    new.add_argument("--amendment", metavar="DRAFT", help="write an amendment to DRAFT (an answers file or .docx) "
                                                         "instead of a new draft")
    new.add_argument("--force", action="store_true", help="replace existing files")
    common.library_option(new)
    new.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Environment) -> int:
    """Ask the questions (or continue ``--resume``) and write the document and its answers file."""
    # loaded on use: keeps start-up fast
    from drafter.interview import resume, session
    from drafter.interview.flow import Flow

    stdin_tty = getattr(env.stdin, "isatty", None)
    if not (stdin_tty and stdin_tty()):
        raise DrafterError("drafter new asks questions in a terminal; without one, write an answers file "
                           "and run drafter build (see README)",
                           zh="drafter new 需要在终端中提问；没有终端时，请编写答案文件并运行 drafter build（见 README）")
    for option, value in (("--resume", args.resume), ("--answers", args.answers)):
        if value and env.resolve(value).is_dir():
            raise DrafterError(f"{option} {value}: is a folder, not an answers file",
                               zh=f"{option} {value}：是文件夹，不是答案文件")
    if args.out:
        from drafter.files import check_name  # loaded on use: keeps start-up fast

        check_name(args.out, "--out")
    # the widgets first: the library loads while they wait (and loaded on use: keeps start-up fast)
    from drafter.interview.questionnaire import TerminalAsker

    loading = LibraryLoading(args, env)
    # a library of the user's own may well hold mistakes: those are reported before the first question
    own = bool(args.library or env.variables.get("DRAFTER_LIBRARY"))
    waited = own or args.amendment or args.resume or args.answers
    lib = loading.get() if waited else cast("Library", loading)  # the loading stands in until first used
    with terminal(env) as (screen, app):
        asker = TerminalAsker(screen, args.lang or "", **app)
        if args.amendment:
            from drafter.interview import amendflow  # loaded on use: keeps start-up fast

            amendment_flow = amendflow.AmendmentFlow(lib, asker, env.resolve(args.amendment), lang=args.lang or "",
                                                     cwd=env.cwd)
            return amendflow.interview(amendment_flow, env, env.resolve(args.out) if args.out else None, args.force)
        flow = Flow(lib, asker, lang=args.lang or "", cwd=env.cwd, force=args.force,
                             out=env.resolve(args.out) if args.out else None)
        if args.resume:
            resume_path = env.resolve(args.resume)
            flow.answers, flow.answered, flow.lang = resume.load_resume(resume_path, lib)
            flow.asker.language = flow.lang
            done = len(flow.answered)
            steps = ", ".join(flow.answered) or "none"
            env.error(f"继续 {args.resume}：已回答 {done} 个问题（{steps}）" if flow.lang == "zh" else
                      f"Resuming {args.resume}: {counted(done, 'question')} already answered ({steps})")
            flow.answers.source = None
        else:
            if args.answers:
                flow.defaults = resume.load_defaults(env.resolve(args.answers), lib)
            resume_path = free_path(env.cwd / "drafter-resume.yaml")
        return session.interview(flow, env, resume_path, [env.resolve(d) for d in args.library])


class LibraryLoading:
    """The library, loaded in a thread while the first questions (language, kind) wait for the delegate;
    the first use of an attribute waits for it, and a library error is raised there."""

    def __init__(self, args: argparse.Namespace, env: Environment) -> None:
        import threading

        self._result: Library | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, args=(args, env), daemon=True)
        self._thread.start()

    def _load(self, args: argparse.Namespace, env: Environment) -> None:
        try:
            self._result = common.load_library(args, env)
        except BaseException as exc:  # handed to the main thread on first use
            self._error = exc

    def get(self) -> Library:
        """The library, once loaded; raises what loading raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)


@contextlib.contextmanager
def terminal(env: Environment) -> Iterator[tuple[IO[str], dict[str, Any]]]:
    """Where the questions go: stdout when it is the terminal, else the terminal itself (/dev/tty),
    so that ``drafter new > log`` still shows its prompts; only the final paths go to stdout."""
    if env.is_terminal:
        yield env.stdout, {}
        return
    try:
        tty_in = open("/dev/tty", encoding="utf-8")  # noqa: SIM115 - closed below
        tty_out = open("/dev/tty", "w", encoding="utf-8")  # noqa: SIM115
    except OSError:
        raise DrafterError("drafter new needs a terminal for its questions; stdout is redirected and there is "
                           "no /dev/tty. Run it in a terminal, or write an answers file and run drafter build",
                           zh="drafter new 需要终端来提问；标准输出已被重定向，且没有 /dev/tty。请在终端中运行，"
                              "或写好答案文件后运行 drafter build") from None
    from drafter.interview.questionnaire import on_terminal  # loaded on use: keeps start-up fast

    with tty_in, tty_out:
        yield tty_out, on_terminal(tty_in, tty_out)


def free_path(path: Path) -> Path:
    """``path``, or the first of ``name-2``, ``name-3``, … that does not exist yet."""
    n = 1
    candidate = path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate
