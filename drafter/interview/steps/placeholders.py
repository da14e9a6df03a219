"""The blanks of the chosen clauses (a year, a body's name): their values, asked one by one."""

from __future__ import annotations

from drafter.compose.answers import ClauseChoice
from drafter.interview.state import FlowState
from drafter.library import PLACEHOLDER
from drafter.library.model import Clause


def fill_text(flow: FlowState, clause: Clause, choice: ClauseChoice) -> str:
    """The clause's body in the questionnaire's language, its blanks filled (given values, else defaults)."""
    values = {n: p.default_in(flow.lang) for n, p in clause.placeholders.items()} | choice.values
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), clause.text[flow.lang])


def ask_value(flow: FlowState, clause: Clause, choice: ClauseChoice, name: str) -> None:
    """Ask the blank ``name`` of a chosen clause."""
    placeholder = clause.placeholders[name]
    current = choice.values.get(name, placeholder.default_in(flow.lang))
    value = flow.asker.text(flow.t("placeholder", clause=clause.id, question=placeholder.question[flow.lang]),
                            current, flow.not_empty)
    choice.values[name] = value.strip()


def ask_placeholders(flow: FlowState, only_missing: bool = False) -> None:
    """Ask the blanks of the chosen clauses (``only_missing``: those without a default)."""
    for choice in flow.answers.preambular + flow.answers.operative:
        clause = flow.lib.clauses.get(choice.id) if choice.id else None
        if clause is None or choice.text:
            continue
        for name, placeholder in clause.placeholders.items():
            if name not in choice.values and not (only_missing and placeholder.default):
                ask_value(flow, clause, choice, name)
