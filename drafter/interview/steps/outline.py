"""The outline of a resolution: the chosen clauses in order, and what each key of the outline does to them
(reorder, remove, stronger or weaker lead phrase, edit, fill blanks, add, go back to an earlier step)."""

from __future__ import annotations

from typing import Any

from drafter.compose.answers import ClauseChoice, tidy_body
from drafter.interview.asker import GoBack, Option
from drafter.interview.messages import STEP_NAMES
from drafter.interview.state import FlowState
from drafter.interview.steps.placeholders import ask_placeholders, ask_value, fill_text
from drafter.library.model import Phrase
from drafter.punctuation import to_full_width


def ask_outline(flow: FlowState) -> None:
    """The chosen clauses in order: reorder, remove, change the lead phrase, edit, fill blanks, add."""
    index, note = 0, ""
    paper = flow.answers.kind == "position-paper"
    while True:
        rows = outline_rows(flow)
        index = max(0, min(index, len(rows) - 1))
        action, kind, position = flow.asker.outline(flow.t("outline-paper" if paper else "outline"), rows, index, note)
        note = ""
        items: list[ClauseChoice] = getattr(flow.answers, kind) if kind else []
        if action == "done":
            if not flow.answers.operative:
                note = flow.t("need-proposal" if paper else "need-operative")
                continue
            ask_placeholders(flow, only_missing=True)
            return
        if action in ("up", "down") and items:
            move(items, position, action)
            position = max(0, min(len(items) - 1, position + (1 if action == "down" else -1)))
        elif action == "remove" and items:
            removed = items.pop(position)
            note = flow.t("removed", text=flow.texts.choice_title(removed))
            position = min(position, len(items) - 1)
        elif action == "add":
            raise GoBack(kind or "operative")
        elif action == "steps":
            ask_step(flow)
        else:
            try:  # Esc in these small questions returns to the outline
                if action in ("stronger", "weaker") and items:
                    note = change_phrase(flow, items[position], action)
                elif action == "edit" and items:
                    edit(flow, items[position])
                elif action == "fill" and items:
                    note = fill(flow, items[position])
                elif action == "own":
                    kind, position = ask_own(flow)
            except GoBack:
                pass
        index = row_index(flow, kind, position)


def outline_rows(flow: FlowState) -> list[Option]:
    """One row per chosen clause, valued (kind, position), its preview the clause as it will read."""
    texts = flow.texts
    rows = []
    for kind in ("preambular", "operative"):
        for n, choice in enumerate(getattr(flow.answers, kind)):
            preview = texts.choice_text(choice)
            clause = flow.lib.clauses.get(choice.id) if choice.id else None
            if clause is not None:
                if not choice.text and not choice.phrase:
                    preview += "\n\n" + texts.full_text(clause, flow.other)
                if clause.placeholders and not choice.text:
                    values = {n: p.default for n, p in clause.placeholders.items()} | choice.values
                    preview += "\n\n" + flow.t("pv-blanks", values=", ".join(f"{k} = {v or '?'}"
                                                                             for k, v in values.items()))
                colon = "：" if flow.lang == "zh" else ": "
                preview += f"\n\n{flow.t('pv-source')}{colon}{clause.source}\nid{colon}{clause.id}"
            group = flow.t("proposals-kind" if flow.answers.kind == "position-paper" else f"{kind}-kind")
            rows.append(Option((kind, n), texts.choice_title(choice), group=group,
                               preview=preview))
    return rows


def row_index(flow: FlowState, kind: str, position: int) -> int:
    """The outline row of the clause at ``position`` among those of ``kind``."""
    if kind == "operative":
        return len(flow.answers.preambular) + max(0, position)
    return max(0, position)


def move(items: list[Any], index: int, where: str) -> None:
    """Move ``items[index]`` up, down, to the top or to the bottom."""
    item = items.pop(index)
    target = {"up": max(0, index - 1), "down": min(len(items), index + 1), "top": 0, "bottom": len(items)}[where]
    items.insert(target, item)


def change_phrase(flow: FlowState, choice: ClauseChoice, action: str) -> str:
    """The nearest ``action`` ("stronger" or "weaker") lead phrase (asked when two are as near); a note saying so."""
    lib = flow.lib
    clause = lib.clauses.get(choice.id) if choice.id else None
    phrase = lib.phrases[choice.phrase or (clause.phrase if clause else "")]
    found = lib.stronger(phrase, 1 if action == "stronger" else -1)
    if not found:
        return flow.t("no-phrase", which=flow.t(action), phrase=phrase.text[flow.lang])
    if len(found) == 1:
        picked = found[0].id
    else:
        options = [Option(p.id, f"{p.text[flow.lang]} / {p.text[flow.other]}") for p in found]
        picked = flow.asker.select(flow.t("pick-phrase"), options, found[0].id)
    choice.phrase = "" if clause is not None and picked == clause.phrase else picked
    return flow.t("phrase-now", phrase=lib.phrases[picked].text[flow.lang])


def edit(flow: FlowState, choice: ClauseChoice) -> None:
    """The text after the lead phrase, edited."""
    clause = flow.lib.clauses.get(choice.id) if choice.id else None
    current = choice.text or (fill_text(flow, clause, choice) if clause else "")
    choice.text = body(flow, flow.asker.text(flow.t("edit-text"), current, flow.not_empty))


def fill(flow: FlowState, choice: ClauseChoice) -> str:
    """Ask every blank of the clause; a note when it has none."""
    clause = flow.lib.clauses.get(choice.id) if choice.id else None
    if clause is None or not clause.placeholders or choice.text:
        return flow.t("no-blanks")
    for name in clause.placeholders:
        ask_value(flow, clause, choice, name)
    return ""


def ask_step(flow: FlowState) -> None:
    """Go back to an earlier step (raises :class:`GoBack` with its name); Esc or "stay" keeps the outline."""
    steps = [s for s in flow.history if s != "outline"]
    options = [Option(None, flow.t("step-stay"))] + [Option(s, STEP_NAMES[s][flow.lang == "zh"]) for s in steps]
    try:
        picked = flow.asker.select(flow.t("steps"), options, None)
    except GoBack:
        return  # Esc: stay in the outline
    if picked:
        raise GoBack(picked)


def ask_own(flow: FlowState) -> tuple[str, int]:
    """Add one clause of the delegate's own (a position paper: one proposal); return where it stands (kind,
    position)."""
    kind = "operative" if flow.answers.kind == "position-paper" else \
        flow.asker.select(flow.t("own-kind"), [Option("preambular", flow.t("preambular-kind")),
                                               Option("operative", flow.t("operative-kind"))], "operative")
    phrase = flow.lib.phrases[flow.asker.pick(flow.t("own-phrase"), phrase_options(flow, kind), multi=False)]
    text = strip_lead(flow, flow.asker.text(flow.t("edit-text"), "", flow.not_empty), phrase)
    items = getattr(flow.answers, kind)
    items.append(ClauseChoice(phrase=phrase.id, text=body(flow, text)))
    return kind, len(items) - 1


def phrase_options(flow: FlowState, kind: str) -> list[Option]:
    """The lead phrases of ``kind`` the committee may use, searchable by id and every form in both languages."""
    return [Option(p.id, f"{p.text[flow.lang]} / {p.text[flow.other]}", search=" ".join([p.id, *p.forms("en"),
                                                                                         *p.forms("zh")]))
            for p in flow.lib.phrases_of(kind)
            if not p.security_council_only or flow.lib.committees[flow.answers.committee].security_council]


def strip_lead(flow: FlowState, text: str, phrase: Phrase) -> str:
    """Drop the lead phrase if the delegate typed it again at the start."""
    stripped = text.strip()
    for form in phrase.forms(flow.lang):
        if stripped.casefold().startswith(form.casefold()):
            return stripped[len(form):].lstrip(" ,，")
    return stripped


def body(flow: FlowState, text: str) -> str:
    """Typed clause text without its final punctuation (the document adds it); full-width marks in Chinese."""
    tidy = tidy_body(text, flow.lang)
    return to_full_width(tidy) if flow.lang == "zh" else tidy
