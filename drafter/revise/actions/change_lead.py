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
        raise ActionProblem(f"{action.address} is a sub-paragraph; only operative paragraphs have a lead phrase",
                            zh=f"{zh_address(action.address)}是分段；只有执行部分段落才有引导词")
    if not live.lead:
        raise ActionProblem(f"paragraph {action.address} has no lead phrase drafter recognises",
                            "use replace_words with the words it starts with",
                            zh=f"{zh_address(action.address)}没有 drafter 认得的引导词",
                            zh_hint="请用 replace_words 替换其开头的词语")
    phrase = step.lib.phrases.get(action.phrase)
    if phrase is not None and phrase.kind != "operative":
        raise ActionProblem(f"{action.phrase!r} is a preambular phrase", zh=f"“{action.phrase}”是序言部分的引导词")
    new = phrase.text[view.lang] if phrase else action.phrase
    if new == live.lead:
        raise ActionProblem(f"paragraph {action.address} already opens with {new!r}",
                            zh=f"{zh_address(action.address)}已以“{new}”开头")
    step.replaced_lead = live.lead
    was = view.excerpt(node)
    view.replace(node, live.lead_start, live.lead_start + len(live.lead), new, step.author, keep_format=True)
    live.lead = new
    return Said(f"changed the lead phrase of {action.address}: {was}",
                f"修改了{zh_address(action.address)}的引导词：{was}")
