"""``change_lead``: an operative paragraph's lead phrase replaced by another."""

from __future__ import annotations

from drafter.revise.step import ActionProblem, Said, Step, zh_address
from drafter.revise.view import DraftView


def change_lead(view: DraftView, step: Step) -> Said:
    """Replace the lead phrase of the paragraph the action names by the action's phrase (an id or words)."""
    action = step.action
    node = view.find(action.path, step.numbering, action.address)
    live = view.live[node]
    if node.level > 0:
        raise ActionProblem(f"{action.address} is a sub-paragraph; only operative paragraphs have a lead phrase")
    if not live.lead:
        raise ActionProblem(f"paragraph {action.address} has no lead phrase drafter recognises",
                            "use replace_words with the words it starts with")
    phrase = step.lib.phrases.get(action.phrase)
    if phrase is not None and phrase.kind != "operative":
        raise ActionProblem(f"{action.phrase!r} is a preambular phrase")
    new = phrase.text[view.lang] if phrase else action.phrase
    if new == live.lead:
        raise ActionProblem(f"paragraph {action.address} already opens with {new!r}")
    step.replaced_lead = live.lead
    was = view.excerpt(node)
    view.replace(node, live.lead_start, live.lead_start + len(live.lead), new, step.author, keep_format=True)
    live.lead = new
    return Said(f"changed the lead phrase of {action.address}: {was}",
                f"修改了{zh_address(action.address)}的引导词：{was}")
