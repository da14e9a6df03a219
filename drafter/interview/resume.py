"""The files a questionnaire starts from: a resume file (the answers of an interrupted run and the steps done,
for ``drafter new --resume``) or an earlier answers file (its values become the defaults, ``--answers``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter import yamlio
from drafter.compose import answers as answers_mod
from drafter.compose.answers import Answers
from drafter.files import write_atomic
from drafter.interview.state import FlowState
from drafter.library import Library
from drafter.problems import Location
from drafter.status import DrafterError

RESUME_KEY = "resume"


def resume_data(flow: FlowState) -> dict[str, Any]:
    """The answers given so far, and under :data:`RESUME_KEY` the steps done and the language."""
    data: dict[str, Any] = flow.answers.to_data() if flow.answers.country else {
        key: getattr(flow.answers, key) for key in ("kind", "language", "committee", "agenda")}
    data = {k: v for k, v in data.items() if v not in ("", None)}
    for key in ("sponsors", "signatories", "preambular", "operative"):
        if key in data and key not in flow.answered and not getattr(flow.answers, key):
            del data[key]
    data[RESUME_KEY] = {"answered": list(flow.answered), "language": flow.lang}
    return data


def save_resume(flow: FlowState, path: Path) -> Path:
    """Write what was answered so far; ``drafter new --resume`` continues from it."""
    header = ("# drafter questionnaire, interrupted. Continue with: drafter new --resume THIS_FILE\n"
              "# The 'resume' entry lists the questions already answered.\n")
    write_atomic(path, (header + yamlio.dump(resume_data(flow))).encode("utf-8"), force=True)
    return path


def load_resume(path: Path, lib: Library) -> tuple[Answers, list[str], str]:
    """Read a resume file: the answers so far, the steps answered, the language."""
    try:
        data = yamlio.read(path)
    except FileNotFoundError:
        raise DrafterError(f"{path}: no such resume file", zh=f"{path}：没有此续答文件") from None
    except yamlio.YamlProblem as exc:
        raise DrafterError(str(exc), zh=f"{Location(exc.path, exc.line, exc.column).zh()}：{exc.zh}") from None
    if not isinstance(data, dict) or RESUME_KEY not in data:
        raise DrafterError(f"{path}: not a resume file (no 'resume' entry); use --answers for an answers file",
                           zh=f"{path}：不是续答文件（没有 resume 项）；答案文件请用 --answers")
    state = data.pop(RESUME_KEY) or {}
    parsed, problems = answers_mod.parse(data, path, lib)
    serious = [p for p in problems if "missing field" not in p.message and "needs operative" not in p.message]
    if serious:
        raise DrafterError("\n".join(str(p) for p in serious), zh="\n".join(p.text("zh") for p in serious))
    answered = [str(s) for s in state.get("answered", [])]
    return parsed, answered, str(state.get("language") or parsed.language)


def load_defaults(path: Path, lib: Library) -> Answers:
    """An earlier answers file, whose values become the defaults of the questions."""
    return answers_mod.read(path, lib)
