"""The position paper's own questions: the delegate, the school, and the national position."""

from __future__ import annotations

from drafter.compose.positions import national_text, position_paper
from drafter.interview.state import FlowState


def ask_paper(flow: FlowState) -> None:
    """The delegate's name and school (optional), and the national position, drafted from the country's facts."""
    paper = dict(flow.defaults.position_paper) if flow.defaults else {}
    delegate = flow.asker.text(flow.t("delegate"), str(paper.get("delegate", "")))
    school = flow.asker.text(flow.t("school"), str(paper.get("school", "")))
    for key, value in (("delegate", delegate), ("school", school)):
        if value.strip():
            flow.answers.position_paper[key] = value.strip()
    default = paper.get("position") or national_position(flow)
    if isinstance(default, list):
        default = "\n\n".join(default)
    text = flow.asker.text(flow.t("position"), default, flow.not_empty, multiline=True)
    if text.strip() != national_position(flow).strip():
        flow.answers.position_paper["position"] = text.strip()


def national_position(flow: FlowState) -> str:
    """Section III as drafter would write it from the country's facts, without its citation numbers (text the
    delegate edits is theirs, and cites nothing)."""
    return national_text(position_paper(flow.answers, flow.lib))
