"""``replace``: a paragraph's text rewritten (its typed label kept), and optionally its sub-paragraphs."""

from __future__ import annotations

from drafter.punctuation import FINAL_MARKS
from drafter.revise.actions.new import add_subparagraphs, pieces
from drafter.revise.actions.rewrite import rewrite
from drafter.revise.actions.strike import strike_block
from drafter.revise.step import Said, Step, zh_address
from drafter.revise.view import DraftView


def replace(view: DraftView, step: Step) -> Said:
    """Rewrite the paragraph the action names to read as its text; new sub-paragraphs replace the old."""
    action = step.action
    node = view.find(action.path, step.numbering, action.address)
    live = view.live[node]
    text = view.text(node)
    start = live.lead_start if live.lead else live.content_start
    end = len(text.rstrip())
    if end > start and text[end - 1] in FINAL_MARKS:
        end -= 1
    lead, runs = pieces(view, step, node, action.text, action.phrase, is_sub=node.level > 0)
    was = view.excerpt(node)
    rewrite(view, node, start, text[start:end], "".join(piece for piece, _, _ in runs), step.author,
            view.lang)
    live.lead, live.lead_start = lead, start
    if action.subparagraphs:
        for child in node.children:
            if view.live[child].struck_by is None:
                strike_block(view, child, step.author)
        add_subparagraphs(view, step, node, action.subparagraphs)
        step.structural = True
    return Said(f"replaced {action.address}: {was}", f"改写了{zh_address(action.address)}：{was}")
