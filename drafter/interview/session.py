"""One ``drafter new`` session: the questions (:class:`~drafter.interview.flow.Flow`), the review, the .docx
(and on request a PDF) with its answers file; when interrupted, a resume file."""

from __future__ import annotations

import datetime as dt
import shlex
import shutil
import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from drafter.compose import answers as answers_mod
from drafter.compose.assemble import assemble
from drafter.environment import Environment
from drafter.files import write_atomic
from drafter.interview.asker import GoBack
from drafter.interview.flow import Flow
from drafter.interview.resume import save_resume
from drafter.interview.steps.output import resolve
from drafter.status import DrafterError, ExitStatus


def interview(flow: Flow, env: Environment, resume_path: Path, libraries: Sequence[Path] = ()) -> int:
    """Run the questions, show the draft, write the .docx (and on request a PDF) and its answers file.

    Ctrl-C or end of input at any prompt, a closed terminal window (SIGHUP) or a request to stop (SIGTERM) saves
    what was answered to ``resume_path`` and returns 130; the message says how to resume. Esc at the final question goes back to the questions.
    ``libraries`` are the ``--library`` folders the questions came from: every command printed names them again.
    """
    with _stops_as_interrupts():
        return _interview(flow, env, resume_path, libraries)


def _interview(flow: Flow, env: Environment, resume_path: Path, libraries: Sequence[Path]) -> int:
    again = "".join(f" --library {quote(folder)}" for folder in libraries)
    given = {"language"} if flow.lang and "language" not in flow.answered else set()  # --lang: never asked
    try:
        while True:
            answers = flow.run()
            # python-docx and lxml load once the questions are answered: the first prompt comes sooner
            from drafter.compose.pdf import to_pdf
            from drafter.compose.preview import to_text
            from drafter.compose.render import to_docx

            if not answers.date:  # pin the date, so replaying the answers file gives the same document
                answers.date = dt.date.today().isoformat()
            draft = assemble(answers, flow.lib)
            flow.asker.say(f"\n── {flow.t('review')} ──\n\n{to_text(draft)}")
            docx_path = resolve(flow, answers.output)
            answers_path = docx_path.with_suffix(".yaml")
            try:
                write = flow.asker.confirm(flow.t("write"), True)
            except GoBack:
                flow.go_back(None, [n for n, _ in flow.steps()] + ["write"], "write")
                continue
            answers.output = docx_path.name  # the answers file stands beside the document
            break
        if not write:
            if not flow.asker.confirm(flow.t("keep-answers", path=answers_path), True):
                flow.asker.say(flow.t("discarded"))
                return ExitStatus.OK
            if flow.create_folder:
                docx_path.parent.mkdir(parents=True, exist_ok=True)
            answers_mod.write(answers, answers_path, force=flow.force)
            flow.asker.say(flow.t("not-written", path=answers_path, quoted=quote(answers_path) + again))
            return ExitStatus.OK
        if flow.create_folder:
            docx_path.parent.mkdir(parents=True, exist_ok=True)
        docx = to_docx(draft)
        pdf_path = docx_path.with_suffix(".pdf")
        want_pdf = _soffice() is not None and (flow.force or not pdf_path.exists()) and \
            flow.asker.confirm(flow.t("pdf"), False)
    except (KeyboardInterrupt, EOFError):
        lang = flow.lang or "en"
        if not [step for step in flow.answered if step not in given]:  # nothing answered yet: no file
            _tell(env, "\n已中断。尚未回答任何问题，未保存文件。" if lang == "zh" else
                  "\nInterrupted before the first answer; nothing was saved.")
            return ExitStatus.INTERRUPTED
        saved = save_resume(flow, resume_path)  # first: a closed terminal may take no message
        _tell(env, f"\n已中断。已回答的内容保存在 {saved}\n继续：drafter new --resume {quote(saved)}{again}" if lang == "zh"
              else f"\nInterrupted. Your answers so far are saved in {saved}\nResume with: drafter new --resume "
                   f"{quote(saved)}{again}")
        return ExitStatus.INTERRUPTED
    write_atomic(docx_path, docx, force=flow.force)
    answers_mod.write(answers, answers_path, force=flow.force)
    if resume_path.exists() and resume_path != answers_path:
        resume_path.unlink()
    lines = [flow.t("written", docx=docx_path)]
    if want_pdf:
        try:
            to_pdf(docx, pdf_path, flow.force)
            lines.append(flow.t("written-pdf", pdf=pdf_path))
        except DrafterError as exc:
            lines.append(flow.t("pdf-failed", problem=exc))
    lines.append(flow.t("written-answers", answers=answers_path, quoted=quote(answers_path) + again))
    env.print("\n".join(lines))
    return ExitStatus.OK


def _tell(env: Environment, message: str) -> None:
    """Say ``message`` on the error stream, unless the terminal is gone (its window closed: nothing can be said)."""
    try:
        env.error(message)
    except OSError:
        pass


@contextmanager
def _stops_as_interrupts() -> Iterator[None]:
    """While the questions run, a closed terminal window (SIGHUP) or a request to stop (SIGTERM) interrupts them as
    Ctrl-C does, so that the answers given are saved; the handlers before are put back after."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = {}
    for name in ("SIGHUP", "SIGTERM"):
        number = getattr(signal, name, None)  # Windows has no SIGHUP
        if number is None:
            continue
        try:
            previous[number] = signal.signal(number, interrupt)
        except (ValueError, OSError):  # not the main thread (a test's runner): leave the handlers as they are
            continue
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def quote(path: Path | str) -> str:
    """A path as it can be pasted into a shell."""
    return shlex.quote(str(path))


def _soffice() -> str | None:
    """LibreOffice's command, when it is installed (a PDF is offered only then)."""
    return shutil.which("soffice") or shutil.which("libreoffice")
