"""The last question: where the .docx (and its answers file beside it) is saved."""

from __future__ import annotations

from pathlib import Path

from drafter.interview.state import FlowState


def default_output(flow: FlowState) -> str:
    """--out, else the earlier answers' output, else COUNTRY-KIND-LANG.docx."""
    if flow.out is not None:
        return str(flow.out)
    if flow.defaults and flow.defaults.output:
        return flow.defaults.output
    return f"{flow.answers.country.lower()}-{flow.answers.kind}-{flow.lang}.docx"


def output_problem(flow: FlowState, text: str) -> str | None:
    """Why ``text`` will not do as the .docx's name (no .docx suffix; it or its answers file exists), or None."""
    text = text.strip()
    if not text:
        return flow.t("empty")
    if not text.lower().endswith(".docx"):
        return flow.t("output-suffix")
    path = resolve(flow, text)
    if not flow.force and (path.exists() or path.with_suffix(".yaml").exists()):
        return flow.t("output-exists", path=text)
    return None


def resolve(flow: FlowState, text: str) -> Path:
    """The path typed, from the working folder."""
    path = Path(text.strip()).expanduser()
    return path if path.is_absolute() else flow.cwd / path


def ask_output(flow: FlowState) -> None:
    """The .docx's name; a missing folder is created when the delegate agrees (else the name is asked again)."""
    while True:
        typed = flow.asker.text(flow.t("output"), default_output(flow), lambda text: output_problem(flow, text)).strip()
        folder = resolve(flow, typed).parent
        if folder.is_dir():
            break
        if flow.asker.confirm(flow.t("output-folder", folder=folder), True):
            flow.create_folder = True
            break
        flow.out = Path(typed)  # asked again, with what was typed as the default
    flow.answers.output = typed
